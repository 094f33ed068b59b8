#!/usr/bin/env python3
"""Writes demo.json: the workspace the app preloads on a user's first visit.

A finished year (2026Q1..2026Q4 + 2026final) of a corps' target assessment (总队目标考核):
20 units (HQ offices, directly-affiliated units, branches) on three weight profiles, every
scoring method, the negative list, audits, 360° ratings, expert panels, two scenarios,
history and people. The data is made so that every grade, flag, warning colour and honour
of the method appears somewhere; most of them already in the final period and the annual
view under the plan, which is what a user sees first.

Standard library only, deterministic (a fixed seed), decimals written as strings.

    python3 crates/engine/data/make_demo.py            # write demo.json, then check it
    python3 crates/engine/data/make_demo.py --no-check # write only

The check scores every period and the annual composite under the plan and each scenario
with the `scorecard` command (target/debug/scorecard, or `cargo run`; or --bin PATH) and
asserts the coverage; it prints what appears where. crates/engine/tests/engine/demo.rs asserts the
same coverage inside `cargo test`.
"""

import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(HERE, "demo.json")
# The reference tools' way of finding the `scorecard` command (--bin, target/debug, cargo run).
sys.path.insert(0, os.path.join(ROOT, "tests", "reference"))
from differential import find_bin  # noqa: E402

SEED = 20260101
PERIODS = ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026final"]
FINAL = "2026final"

# ---------------------------------------------------------------------------- plan

PLAN = {
    "name": "2026年度总队目标考核",
    "baseline": "100",
    "dimensions": [
        {"id": "task", "name": "任务完成率", "band": ["0.40", "0.50"], "indicators": [
            {"id": "progress", "name": "任务进度", "weight": "0.4",
             "method": {"kind": "linear", "worst": "0", "best": "1"}},
            {"id": "quality", "name": "质量达标率", "weight": "0.3",
             "method": {"kind": "bands", "bands": [
                 {"min": "0.98", "score": "100"}, {"min": "0.95", "score": "85"},
                 {"min": "0.90", "score": "70"}, {"min": "0.85", "score": "55"}]}},
            {"id": "utilisation", "name": "资源利用率", "weight": "0.15",
             "method": {"kind": "minmax", "better": "higher"}},
            {"id": "coverage", "name": "业务覆盖率", "weight": "0.15",
             "method": {"kind": "zscore", "better": "higher"}}]},
        {"id": "team", "name": "团队协作能力", "band": ["0.20", "0.25"], "indicators": [
            {"id": "team360", "name": "360度评价", "weight": "1", "method": {"kind": "survey"}}]},
        {"id": "innovation", "name": "创新与改进成果", "band": ["0.20", "0.25"], "indicators": [
            {"id": "panel", "name": "专家评审", "weight": "1", "method": {"kind": "panel"}}]},
        {"id": "risk", "name": "风险管控水平", "band": ["0", "0.20"], "indicators": [
            {"id": "plans", "name": "风险预案完备性", "weight": "0.4",
             "method": {"kind": "direct"}},
            {"id": "response", "name": "突发事件响应速度(分钟)", "weight": "0.35",
             "method": {"kind": "linear", "worst": "120", "best": "30"}},
            {"id": "drills", "name": "应急演练达标率", "weight": "0.25",
             "method": {"kind": "bands", "bands": [
                 {"min": "0.95", "score": "100"}, {"min": "0.90", "score": "90"},
                 {"min": "0.80", "score": "75"}, {"min": "0.70", "score": "60"}]}}]},
    ],
    "profiles": [
        {"id": "standard", "name": "标准",
         "weights": {"task": "0.45", "team": "0.20", "innovation": "0.20", "risk": "0.15"}},
        {"id": "technical", "name": "技术类",
         "weights": {"task": "0.40", "team": "0.20", "innovation": "0.25", "risk": "0.15"}},
        {"id": "logistics", "name": "后勤保障类",
         "weights": {"task": "0.40", "team": "0.20", "innovation": "0.20", "risk": "0.20"}},
    ],
    "survey": {"scale": ["0", "100"],
               "groups": {"superior": "0.5", "peer": "0.3", "subordinate": "0.2"}},
    "panel": {"criteria": {"feasibility": "0.4", "promotion": "0.3", "benefit": "0.3"},
              "trim": 1, "trim_min": 5},
    "deductions": {"levels": [
        {"id": "general", "name": "一般", "pct": "0.02"},
        {"id": "serious", "name": "较大", "pct": "0.05"},
        {"id": "major", "name": "重大", "pct": "0.20", "special_review": True, "veto": True}],
        "cap": None},
    "coefficients": {"coordination": ["0.90", "1.10"], "risk": ["0.90", "1.10"]},
    "bonus": {"per_item": "1", "cap": "3"},
    "grading": {"excellent_share": "0.10", "quota_rounding": "floor", "quota_min_one": True,
                "excellent_min": "90", "good_min": "80", "pass_line": "60",
                "severe_line": "50", "honour_min": "85"},
    "warnings": {"lag": ["0.05", "0.10", "0.20"], "drop": ["5", "10", "15"]},
    "audit_tolerance": "0.05",
    "missing": "exclude",
    "cohort": "all",
    "max_score": None,
    "periods": [
        {"id": "2026Q1", "name": "一季度", "weight": "0.10"},
        {"id": "2026Q2", "name": "二季度", "weight": "0.10"},
        {"id": "2026Q3", "name": "三季度", "weight": "0.10"},
        {"id": "2026Q4", "name": "四季度", "weight": "0.10"},
        {"id": "2026final", "name": "终期评审", "weight": "0.60"}],
}

# ---------------------------------------------------------------------------- units
# id, name, level, profile, strength s (0..1: drives task and risk data),
# team (typical 360° rating), innovation (typical expert criterion score),
# history (2025Q4, 2025final published scores).
UNITS = [
    ("bgs", "办公室", "hq", "standard", 0.74, 83, 72, ("80.15", "81.60")),
    ("zzb", "政治部", "hq", "standard", 0.70, 84, 70, ("79.40", "80.25")),
    ("hqbzb", "后勤保障部", "hq", "logistics", 0.72, 80, 68, ("78.90", "79.35")),
    ("kjxxc", "科技信息处", "hq", "technical", 0.90, 86, 93, ("88.70", "90.85")),
    ("xlc", "训练处", "hq", "standard", 0.68, 80, 73, ("77.20", "78.10")),
    ("fhjdc", "防火监督处", "hq", "standard", 0.64, 78, 70, ("76.35", "77.80")),
    ("xlzqzd", "训练与战勤保障支队", "direct", "logistics", 0.73, 82, 68, ("79.05", "80.40")),
    ("tqdd", "特勤大队", "direct", "technical", 0.88, 93, 85, ("89.90", "91.20")),
    ("jdzd", "机动支队", "direct", "standard", 0.86, 87, 80, ("86.40", "87.15")),
    ("txbzdd", "通信保障大队", "direct", "technical", 0.70, 80, 82, ("80.60", "81.05")),
    ("zd1", "一支队", "branch", "standard", 0.80, 84, 76, ("83.25", "84.10")),
    ("zd2", "二支队", "branch", "standard", 0.70, 80, 70, ("78.60", "79.95")),
    ("zd3", "三支队", "branch", "standard", 0.68, 79, 71, ("77.85", "78.40")),
    ("zd4", "四支队", "branch", "standard", 0.66, 78, 68, ("78.30", "79.60")),
    ("zd5", "五支队", "branch", "standard", 0.76, 82, 74, ("80.70", "82.30")),
    ("zd6", "六支队", "branch", "standard", 0.58, 76, 66, ("82.45", "83.40")),
    ("zd7", "七支队", "branch", "standard", 0.20, 60, 54, ("55.20", "56.80")),
    ("zd8", "八支队", "branch", "standard", 0.50, 74, 64, ("69.80", "70.65")),
    ("zd9", "九支队", "branch", "standard", 0.62, 77, 67, ("74.10", "75.20")),
    ("zd10", "十支队", "branch", "standard", 0.56, 75, 65, ("71.40", "72.05")),
]

# Units without a record in a period (a finished year except these).
MISSING_PERIOD = {("zd10", "2026Q1"), ("fhjdc", "2026Q3")}

# Progress lag (planned − actual) set by hand; elsewhere small (no warning).
LAG = {
    ("zd7", "2026Q2"): "0.06", ("zd7", "2026Q3"): "0.08", ("zd7", "2026Q4"): "0.12",
    ("zd7", FINAL): "0.22",                      # red
    ("zd6", "2026Q3"): "0.05", ("zd6", FINAL): "0.12",   # orange
    ("zd2", FINAL): "0.07",                      # yellow
    ("zd8", "2026Q2"): "0.06",
    ("txbzdd", "2026Q1"): "0.05",
}

# Events by hand (level, note); elsewhere occasional general ones at random.
EVENTS = {
    ("zd4", FINAL): [("major", "重大责任事故：执勤车辆道路交通事故致2人重伤"),
                     ("general", "信息报送迟报")],
    ("zd7", "2026Q1"): [("serious", "安全生产一般事故：营区电气线路起火")],
    ("zd7", "2026Q3"): [("general", "值班备勤人员脱岗")],
    ("zd7", FINAL): [("serious", "训练安全一般事故：训练中1人受伤"),
                     ("general", "信息报送迟报")],
    ("zd8", "2026Q2"): [("serious", "消防车辆维护保养不到位被通报")],
    ("hqbzb", "2026Q3"): [("general", "物资台账记录不全")],
    ("zd3", "2026Q4"): [("general", "统计数据报送不及时")],
}
GENERAL_NOTES = ["信息报送迟报", "值班备勤人员脱岗", "装备器材台账记录不全",
                 "执勤车辆维护保养不到位", "会议纪要归档不及时"]

# Audited quality set by hand (reported, audited); elsewhere reported ≈ audited.
AUDIT = {
    ("zd3", FINAL): ("0.98", "0.91"),   # 7.7% over the audited value: audit_discrepancy
    ("zd8", "2026Q2"): ("0.96", "0.90"),
}

# Indicators left unreported (incomplete in that period).
UNREPORTED = {("zd9", FINAL): ["coverage"]}


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def f2(x):
    return f"{x:.2f}"


def f3(x):
    return f"{x:.3f}"


def record(rng, unit, period):
    uid, _name, _level, _profile, s, team, innov, _hist = unit
    final = period == FINAL
    key = (uid, period)
    # Task completion: progress against the period's plan (final: the whole year, 100%).
    planned = 1.0 if final else rng.choice([0.90, 0.92, 0.95, 0.95, 0.98])
    if key in LAG:
        lag = float(LAG[key])
    else:
        lag = clamp(0.04 * (1 - s) + rng.uniform(-0.03, 0.0), -0.02, 0.04)
    progress = clamp(planned - lag, 0.70, 1.0)
    if key in AUDIT:
        reported, audited = AUDIT[key]
    else:
        a = clamp(0.855 + 0.13 * s + rng.uniform(-0.012, 0.012), 0.85, 0.995)
        r = clamp(a + rng.choice([0.0, 0.0, 0.003, 0.006, 0.01]), 0.85, 0.998)
        audited, reported = f3(a), f3(r)
    utilisation = clamp(0.60 + 0.32 * s + rng.uniform(-0.03, 0.03), 0.5, 0.98)
    coverage = clamp(0.80 + 0.18 * s + rng.uniform(-0.02, 0.02), 0.7, 0.995)
    plans = round(clamp(58 + 36 * s + rng.uniform(-3, 3), 40, 98))
    response = round(clamp(102 - 70 * s + rng.uniform(-5, 5), 20, 115))
    drills = clamp(0.68 + 0.32 * s + rng.uniform(-0.03, 0.03), 0.5, 1.0)
    values = {
        "progress": f2(progress),
        "quality": {"reported": reported, "audited": audited},
        "utilisation": f2(utilisation),
        "coverage": f3(coverage),
        "plans": str(plans),
        "response": str(response),
        "drills": f2(drills),
    }
    for ind in UNREPORTED.get(key, []):
        del values[ind]

    # Teamwork: 360° by superiors, peers, subordinates; the team's self rating beside it.
    def rate(centre, spread, n):
        return [str(round(clamp(centre + rng.uniform(-spread, spread), 40, 100)))
                for _ in range(n)]
    ratings = {"team360": {
        "superior": rate(team, 3, 2),
        "peer": rate(team - 2, 4, rng.choice([3, 4])),
        "subordinate": rate(team + 1, 4, rng.choice([2, 3])),
        "self": rate(team + 6, 3, 1),
    }}

    # Innovation: expert panel; the final review has a full panel (trimmed), quarters 3–4.
    n = rng.choice([5, 6, 7]) if final else rng.choice([3, 3, 4])
    experts = []
    for _ in range(n):
        experts.append({
            "feasibility": str(round(clamp(innov + rng.uniform(-6, 6), 30, 100))),
            "promotion": str(round(clamp(innov - 2 + rng.uniform(-7, 7), 30, 100))),
            "benefit": str(round(clamp(innov - 1 + rng.uniform(-7, 7), 30, 100))),
        })

    chance, note = rng.random(), rng.choice(GENERAL_NOTES)  # drawn always: a stable stream
    if key in EVENTS:
        events = [{"level": lv, "note": text} for lv, text in EVENTS[key]]
    elif chance < 0.35 * (1 - s):
        events = [{"level": "general", "note": note}]
    else:
        events = []

    coordination = clamp(0.97 + 0.06 * s + rng.uniform(-0.01, 0.01), 0.90, 1.10)
    risk_k = clamp(0.97 + 0.05 * s + rng.uniform(-0.01, 0.01), 0.90, 1.10)
    closed = min(3, int(s * 3 + rng.uniform(0, 1.2))) if final else int(rng.random() < s * 0.6)

    return {
        "unit": uid,
        "period": period,
        "values": values,
        "planned": {"progress": f2(planned)},
        "ratings": ratings,
        "panel": {"panel": experts},
        "events": events,
        "coefficients": {"coordination": f2(coordination), "risk": f2(risk_k)},
        "closed_items": closed,
    }


SCENARIOS = [
    {"id": "special", "name": "特殊时期(风险上调)",
     # Risk control raised temporarily (S3.2.2): five points from task where the task band
     # allows it, from innovation for technical units (task is already at its floor 40%);
     # logistics units already weigh risk at its ceiling 20%.
     "weights": {
         "standard": {"task": "0.40", "team": "0.20", "innovation": "0.20", "risk": "0.20"},
         "technical": {"task": "0.40", "team": "0.20", "innovation": "0.20", "risk": "0.20"},
     },
     "grading": {"excellent_share": "0.15"}},
    {"id": "innovation_push", "name": "创新导向(超出权重区间，仅供测算)",
     # Deliberately outside the bands for technical units (task 35% < 40%, innovation 30%
     # > 25%): their results carry band_violation and the set is not official.
     "weights": {
         "standard": {"task": "0.40", "team": "0.20", "innovation": "0.25", "risk": "0.15"},
         "technical": {"task": "0.35", "team": "0.20", "innovation": "0.30", "risk": "0.15"},
     }},
]

PEOPLE = [
    ("p01", "王建国", "bgs", "management", "regular", None, 52, "88.5"),
    ("p02", "李明", "zd1", "management", "regular", None, 36, "85"),
    ("p03", "张伟", "kjxxc", "technical", "regular", None, 60, "93"),
    ("p04", "刘洋", "tqdd", "technical", "regular", None, 28, "91.5"),
    ("p05", "陈静", "hqbzb", "service", "regular", None, 75, "82"),
    ("p06", "赵磊", "zd7", "management", "regular", None, 40, "68.5"),
    ("p07", "孙浩", "zd4", "technical", "new", None, 4, "76"),
    ("p08", "周婷", "zd2", "technical", "new", None, 9, "80.5"),
    ("p09", "吴鹏", "zd3", "technical", "seconded", "kjxxc", 14, "87"),
    ("p10", "郑凯", "xlzqzd", "service", "regular", None, 96, "79"),
    ("p11", "黄晓燕", "zzb", "management", "seconded", "bgs", 8, "84"),
]


def build():
    rng = random.Random(SEED)
    records = []
    for period in PERIODS:
        for unit in UNITS:
            if (unit[0], period) in MISSING_PERIOD:
                continue
            records.append(record(rng, unit, period))
    people = []
    for pid, name, unit, post, status, host, months, personal in PEOPLE:
        p = {"id": pid, "name": name, "unit": unit, "post": post, "status": status}
        if host:
            p["host_unit"] = host
        p["months_in_post"] = months
        p["personal"] = personal
        people.append(p)
    return {
        "format": "scorecard-workspace",
        "version": 1,
        "plan": PLAN,
        "units": [{"id": u[0], "name": u[1], "level": u[2], "profile": u[3]} for u in UNITS],
        "records": records,
        "history": [
            {"period": "2025Q4", "scores": {u[0]: u[7][0] for u in UNITS}},
            {"period": "2025final", "scores": {u[0]: u[7][1] for u in UNITS}},
        ],
        "scenarios": SCENARIOS,
        "people": people,
        "linkage": {"lambda": "0.30", "min_months": 6},
    }


# ---------------------------------------------------------------------------- JSON out


def dumps(obj, width=100):
    """Pretty JSON: containers of scalars stay on one line when they fit in `width`."""
    def flat(o):
        return json.dumps(o, ensure_ascii=False, separators=(", ", ": "))

    def scalar_only(o):
        vals = o.values() if isinstance(o, dict) else o
        return all(not isinstance(v, (dict, list)) or
                   (isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))
                   for v in vals)

    def enc(o, lvl, lead):
        # `lead`: the characters before the value on its line (indent and key).
        pad = "  " * (lvl + 1)
        if isinstance(o, (dict, list)) and o and scalar_only(o):
            one = flat(o)
            if lead + len(one) + 1 <= width:
                return one
        if isinstance(o, dict) and o:
            items = []
            for k, v in o.items():
                head = f"{pad}{json.dumps(k, ensure_ascii=False)}: "
                items.append(head + enc(v, lvl + 1, len(head)))
            return "{\n" + ",\n".join(items) + "\n" + "  " * lvl + "}"
        if isinstance(o, list) and o:
            return ("[\n" + ",\n".join(pad + enc(v, lvl + 1, len(pad)) for v in o) + "\n"
                    + "  " * lvl + "]")
        return flat(o)
    return enc(obj, 0, 0) + "\n"


# ---------------------------------------------------------------------------- check

GRADES = ["excellent", "good", "pass", "fail"]
FLAGS = ["incomplete", "band_violation", "audit_discrepancy", "special_review",
         "rectification", "leadership_review"]
WARNINGS = ["yellow", "orange", "red"]
HONOURS = ["innovation_award", "collaboration_award"]
# What must already show in the final period and the annual view under the plan.
FINAL_MUST = set(GRADES + ["incomplete", "audit_discrepancy", "special_review",
                           "rectification", "leadership_review"] + WARNINGS + HONOURS)
ANNUAL_MUST = set(GRADES + ["incomplete", "audit_discrepancy", "special_review",
                            "rectification"] + WARNINGS + HONOURS)


def run(cmd, args):
    p = subprocess.run(cmd + args, capture_output=True, text=True, cwd=ROOT, timeout=600)
    if p.returncode != 0:
        sys.exit(f"scorecard {' '.join(args)}: exit {p.returncode}\n{p.stderr}")
    return p.stdout


def check(cmd, quiet=False):
    out = run(cmd, ["validate", OUT]).strip()
    assert out == "ok", out
    seen = {}   # word -> [(view, unit)]
    views = {}
    for scenario in [None] + [s["id"] for s in SCENARIOS]:
        for period in PERIODS + ["annual"]:
            args = ["score", OUT, "--period", period]
            if scenario:
                args += ["--scenario", scenario]
            res = json.loads(run(cmd, args))
            view = f"{scenario or 'plan'}/{period}"
            views[view] = res
            for u in res["units"]:
                words = [u["grade"]] + u["flags"] + u["honours"]
                if u["warning"]:
                    words.append(u["warning"])
                for w in words:
                    seen.setdefault(w, []).append((view, u["unit"]))
    allw = GRADES + FLAGS + WARNINGS + HONOURS
    missing = [w for w in allw if w not in seen]
    assert not missing, f"never appear: {missing}"

    def words_in(view):
        r = views[view]
        s = set()
        for u in r["units"]:
            s.update([u["grade"]] + u["flags"] + u["honours"] + ([u["warning"]] if u["warning"] else []))
        return s
    for view, must in [(f"plan/{FINAL}", FINAL_MUST), ("plan/annual", ANNUAL_MUST)]:
        lack = must - words_in(view)
        assert not lack, f"{view} lacks {sorted(lack)}"
    assert views["plan/annual"]["official"] and views[f"plan/{FINAL}"]["official"]
    assert all(views[f"special/{p}"]["official"] for p in PERIODS + ["annual"])
    assert not any(views[f"innovation_push/{p}"]["official"] for p in PERIODS + ["annual"])
    for p in PERIODS:
        n = sum(1 for r in views[f"plan/{p}"]["units"])
        assert n >= 18, (p, n)
    if not quiet:
        for view in [f"plan/{FINAL}", "plan/annual"]:
            print(f"== {view} (official={views[view]['official']}, quota={views[view]['quota']})")
            for u in views[view]["units"]:
                extra = u["flags"] + u["honours"] + ([u["warning"]] if u["warning"] else [])
                print(f"  {u['rank']:>2} {u['unit']:<7} {u['score']:>6} {u['grade']:<9} "
                      f"prev={u['previous']} {' '.join(extra)}")
        print("== where each word appears (first views)")
        for w in allw:
            places = seen[w]
            shown = ", ".join(f"{v}:{un}" for v, un in places[:6])
            print(f"  {w:<20} {len(places):>3}x  {shown}{' …' if len(places) > 6 else ''}")
    print("demo.json: ok (all grades, flags, warnings and honours appear)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-check", action="store_true", help="write only")
    ap.add_argument("--bin", help="the scorecard command (default: target/debug/scorecard)")
    ap.add_argument("--quiet", action="store_true", help="no summary")
    a = ap.parse_args(argv)
    text = dumps(build())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(OUT, ROOT)} ({len(text.encode('utf-8'))} bytes)")
    if not a.no_check:
        check(find_bin(a.bin), a.quiet)


if __name__ == "__main__":
    main()
