//! Large, regular workspaces for the benchmarks, the same shape as
//! `scripts/bench/gen_large.py`: the scheme's default plan (4 dimensions, 8 indicators, every
//! method), `units` units over `periods` periods, values from a seeded generator.

use std::fmt::Write as _;

/// A small deterministic generator (xorshift64*), so every run times the same numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let x = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
    fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next()
    }
}

const PLAN: &str = r#"{"name": "large", "dimensions": [
 {"id": "task", "name": "任务完成率", "band": ["0.40", "0.50"], "indicators": [
  {"id": "progress", "name": "任务进度", "weight": "0.5", "method": {"kind": "linear", "worst": "0", "best": "1"}},
  {"id": "quality", "name": "质量达标率", "weight": "0.3", "method": {"kind": "bands", "bands": [
   {"min": "0.98", "score": "100"}, {"min": "0.95", "score": "85"}, {"min": "0.90", "score": "70"}]}},
  {"id": "utilisation", "name": "资源利用率", "weight": "0.2", "method": {"kind": "minmax", "better": "higher"}}]},
 {"id": "team", "name": "团队协作能力", "band": ["0.20", "0.25"], "indicators": [
  {"id": "team360", "name": "360度评价", "weight": "1", "method": {"kind": "survey"}}]},
 {"id": "innovation", "name": "创新与改进成果", "band": ["0.20", "0.25"], "indicators": [
  {"id": "panel", "name": "专家评审", "weight": "1", "method": {"kind": "panel"}}]},
 {"id": "risk", "name": "风险管控水平", "band": ["0", "0.20"], "indicators": [
  {"id": "plans", "name": "风险预案完备性", "weight": "0.5", "method": {"kind": "zscore", "better": "higher"}},
  {"id": "response", "name": "响应速度", "weight": "0.5", "method": {"kind": "linear", "worst": "120", "best": "30"}}]}],
 "profiles": [
  {"id": "standard", "name": "标准", "weights": {"task": "0.45", "team": "0.20", "innovation": "0.20", "risk": "0.15"}},
  {"id": "technical", "name": "技术", "weights": {"task": "0.40", "team": "0.20", "innovation": "0.25", "risk": "0.15"}},
  {"id": "logistics", "name": "后勤", "weights": {"task": "0.40", "team": "0.20", "innovation": "0.20", "risk": "0.20"}}],
 "periods": PERIODS}"#;

fn ratings(rng: &mut Rng, n: usize, lo: f64) -> String {
    let xs: Vec<String> = (0..n)
        .map(|_| format!("\"{:.1}\"", rng.uniform(lo, 100.0)))
        .collect();
    format!("[{}]", xs.join(", "))
}

/// The workspace text.
pub fn workspace(units: usize, periods: usize, seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let periods = periods.max(1);
    let share = 1.0 / periods as f64;
    let period_list: Vec<String> = (0..periods)
        .map(|k| {
            let w = if k + 1 < periods {
                share
            } else {
                1.0 - (share * 1e4).round() / 1e4 * (periods - 1) as f64
            };
            format!(
                "{{\"id\": \"P{0}\", \"name\": \"P{0}\", \"weight\": \"{w:.4}\"}}",
                k + 1
            )
        })
        .collect();
    let mut out = String::from("{\"format\": \"scorecard-workspace\", \"version\": 1, \"plan\": ");
    out.push_str(&PLAN.replace("PERIODS", &format!("[{}]", period_list.join(", "))));
    out.push_str(", \"units\": [");
    for k in 0..units {
        let profile = ["standard", "technical", "logistics"]
            .get(k % 3)
            .copied()
            .unwrap_or("standard");
        let sep = if k > 0 { ", " } else { "" };
        let _ = write!(
            out,
            "{sep}{{\"id\": \"u{k:05}\", \"name\": \"单位{k}\", \"level\": \"branch\", \"profile\": \"{profile}\"}}"
        );
    }
    out.push_str("], \"records\": [");
    let mut first = true;
    for p in 1..=periods {
        for k in 0..units {
            let s = rng.next();
            let sep = if first { "" } else { ", " };
            first = false;
            let panel: Vec<String> = (0..5)
                .map(|_| {
                    format!(
                        "{{\"feasibility\": \"{:.1}\", \"promotion\": \"{:.1}\", \"benefit\": \"{:.1}\"}}",
                        rng.uniform(50.0, 100.0),
                        rng.uniform(50.0, 100.0),
                        rng.uniform(50.0, 100.0)
                    )
                })
                .collect();
            let events = if rng.next() < 0.1 {
                "[{\"level\": \"general\", \"note\": \"x\"}]"
            } else {
                "[]"
            };
            let coordination = ["0.95", "1", "1.05"]
                .get((rng.next() * 3.0) as usize % 3)
                .copied()
                .unwrap_or("1");
            let _ = write!(
                out,
                "{sep}{{\"unit\": \"u{k:05}\", \"period\": \"P{p}\", \"values\": {{\"progress\": \"{:.3}\", \
                 \"quality\": {{\"reported\": \"{:.3}\", \"audited\": \"{:.3}\"}}, \"utilisation\": \"{:.2}\", \
                 \"plans\": \"{:.1}\", \"response\": \"{:.1}\"}}, \"planned\": {{\"progress\": \"{:.3}\"}}, \
                 \"ratings\": {{\"team360\": {{\"superior\": {}, \"peer\": {}, \"subordinate\": {}, \"self\": {}}}}}, \
                 \"panel\": {{\"panel\": [{}]}}, \"events\": {events}, \
                 \"coefficients\": {{\"coordination\": \"{coordination}\", \"risk\": \"1\"}}, \"closed_items\": {}}}",
                0.5 + 0.5 * s,
                0.9 + 0.1 * s,
                0.9 + 0.09 * s,
                rng.uniform(50.0, 100.0),
                rng.uniform(60.0, 100.0),
                rng.uniform(20.0, 130.0),
                (0.55 + 0.5 * s).min(1.0),
                ratings(&mut rng, 2, 60.0),
                ratings(&mut rng, 4, 60.0),
                ratings(&mut rng, 6, 60.0),
                ratings(&mut rng, 1, 70.0),
                panel.join(", "),
                (rng.next() * 4.0) as u32 % 4,
            );
        }
    }
    // One weight scenario (the benchmark's "a scenario"), within the bands.
    out.push_str(
        "], \"scenarios\": [{\"id\": \"risk_up\", \"name\": \"风险上调\", \"weights\": \
         {\"standard\": {\"task\": \"0.40\", \"team\": \"0.20\", \"innovation\": \"0.20\", \"risk\": \"0.20\"}}}]}",
    );
    out
}
