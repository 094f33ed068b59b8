#!/usr/bin/env python3
"""Random but valid workspaces that exercise every feature of the scoring method.

    generate(seed) -> dict      (decimal values are `str` or `decimal.Decimal`; a Decimal is
                                 written as a JSON number, a str as a JSON string)
    dumps(workspace) -> str     the JSON text (numbers written exactly, never via float)

Command line: `python3 generate.py SEED [OUT.json]`.

Deliberately dense in the places where implementations disagree: exact ties between units
(cloned records), values on thirds under weights like 0.15/0.45 (exact midpoints such as
x.xx5), audit differences exactly at the tolerance, lags and score drops exactly at the
warning thresholds, quota products like 10 x 0.15 = 1.5 under floor/ceil/round.
"""
from __future__ import annotations

import json
import random
import sys
from decimal import Decimal

# ---------------------------------------------------------------------- JSON out


def dumps(obj, indent=1) -> str:
    """JSON text; Decimal is written as a plain JSON number with its exact digits."""
    def enc(o, lvl):
        pad = " " * (indent * (lvl + 1))
        end = " " * (indent * lvl)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, Decimal):
            s = format(o, "f")
            return s
        if isinstance(o, int):
            return str(o)
        if isinstance(o, str):
            return json.dumps(o, ensure_ascii=False)
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = [f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {enc(v, lvl + 1)}"
                     for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + end + "}"
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            return "[\n" + ",\n".join(pad + enc(v, lvl + 1) for v in o) + "\n" + end + "]"
        raise TypeError(f"cannot encode {o!r}")
    return enc(obj, 0) + "\n"


# ---------------------------------------------------------------------- helpers

NAME_CHARS = "一二三四五六七八九十東南西北中甲乙丙丁科技處支隊大隊機關直屬後勤保障訓練指揮通信"
SURNAMES = "張王李趙劉陳楊黃周吳徐孫馬朱胡郭何林高羅"
GIVEN = "偉芳娜敏靜麗強磊軍洋勇艷傑娟濤明超秀霞平剛"


class G:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, s) -> object:
        """A decimal given as a JSON string or as a JSON number, at random."""
        s = str(s)
        if self.chance(0.4):
            return Decimal(s)
        return s

    def cname(self, prefix: str = "") -> str:
        return prefix + "".join(self.r.choice(NAME_CHARS) for _ in range(self.r.randint(2, 4)))

    def pname(self) -> str:
        return self.r.choice(SURNAMES) + "".join(self.r.choice(GIVEN)
                                                 for _ in range(self.r.randint(1, 2)))


def d2(x) -> str:
    """A Decimal/number as a string with no exponent."""
    return format(Decimal(x), "f")


def q(x, places=2) -> str:
    return format(Decimal(x).quantize(Decimal(1).scaleb(-places)), "f")


# Indicator weight sets within a dimension (each sums to exactly 1).
IND_WEIGHTS = {
    1: [["1"]],
    2: [["0.5", "0.5"], ["0.3", "0.7"], ["0.45", "0.55"], ["0.15", "0.85"], ["0.6", "0.4"],
        ["0", "1"]],
    3: [["0.5", "0.3", "0.2"], ["0.15", "0.45", "0.4"], ["0.4", "0.3", "0.3"],
        ["0.25", "0.25", "0.5"], ["0", "0.5", "0.5"], ["0.35", "0.45", "0.2"]],
    4: [["0.25", "0.25", "0.25", "0.25"], ["0.1", "0.2", "0.3", "0.4"],
        ["0.15", "0.45", "0.15", "0.25"], ["0.4", "0.2", "0.2", "0.2"]],
}

PERIOD_SETS = {
    2: [["0.4", "0.6"], ["0.5", "0.5"], ["0.3", "0.7"]],
    3: [["0.2", "0.2", "0.6"], ["0.15", "0.45", "0.4"], ["0.3", "0.3", "0.4"]],
    4: [["0.25", "0.25", "0.25", "0.25"], ["0.1", "0.1", "0.2", "0.6"],
        ["0.15", "0.15", "0.15", "0.55"]],
    5: [["0.10", "0.10", "0.10", "0.10", "0.60"], ["0.2", "0.2", "0.2", "0.2", "0.2"],
        ["0.15", "0.15", "0.15", "0.15", "0.4"]],
}
PERIOD_IDS = {
    2: ["2026H1", "2026final"],
    3: ["2026T1", "2026T2", "2026final"],
    4: ["2026Q1", "2026Q2", "2026Q3", "2026final"],
    5: ["2026Q1", "2026Q2", "2026Q3", "2026Q4", "2026final"],
}

DIM_NAMES = {"task": "任務完成率", "team": "團隊協作能力", "innovation": "創新與改進成果",
             "risk": "風險管控水平", "service": "服務保障"}
SCHEME_BANDS = {"task": ("0.40", "0.50"), "team": ("0.20", "0.25"),
                "innovation": ("0.20", "0.25"), "risk": ("0", "0.20")}

KINDS = ["linear", "bands", "minmax", "zscore", "direct", "survey", "panel"]


def weights_in_bands(g: G, dims: list, bands: dict, core_largest: bool, step: int,
                     valid: bool) -> dict:
    """Profile weights (strings summing to exactly 1) over `dims`, in hundredths.

    valid=True tries to land inside the bands (and core largest); otherwise anything."""
    n = len(dims)
    for _ in range(400):
        if valid:
            w = []
            for d in dims[:-1]:
                lo, hi = bands[d]
                lo_i, hi_i = int(Decimal(lo) * 100), int(Decimal(hi) * 100)
                choices = [x for x in range(lo_i, hi_i + 1) if x % step == 0]
                if not choices:
                    break
                w.append(g.r.choice(choices))
            else:
                last = 100 - sum(w)
                w.append(last)
                lo, hi = bands[dims[-1]]
                if not (int(Decimal(lo) * 100) <= last <= int(Decimal(hi) * 100)):
                    continue
                if core_largest and max(w) > w[0]:
                    continue
                return {d: q(Decimal(x) / 100) for d, x in zip(dims, w)}
        # anything: random composition of 100 in `step`s
        units = 100 // step
        cuts = sorted(g.r.randint(0, units) for _ in range(n - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [units])]
        return {d: q(Decimal(x * step) / 100) for d, x in zip(dims, parts)}
    units = 100 // step
    cuts = sorted(g.r.randint(0, units) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [units])]
    return {d: q(Decimal(x * step) / 100) for d, x in zip(dims, parts)}


def in_bands(w: dict, bands: dict, core: str, core_largest: bool) -> bool:
    for d, x in w.items():
        lo, hi = bands[d]
        if not (Decimal(lo) <= Decimal(x) <= Decimal(hi)):
            return False
    if core_largest and any(Decimal(x) > Decimal(w[core]) for x in w.values()):
        return False
    return True


# ---------------------------------------------------------------------- the plan


def make_method(g: G, kind: str, ind_no: int) -> tuple[dict, dict]:
    """(method JSON, private generation info)."""
    info = {"kind": kind}
    if kind == "linear":
        style = g.r.choice(["rate", "thirds", "minutes", "count", "rate_low"])
        if style == "rate":
            worst, best = "0", "1"
            info["values"] = lambda: q(Decimal(g.r.randint(40, 105)) / 100) \
                if g.chance(0.85) else d2(Decimal(g.r.randint(400000, 1050000)) / 1000000)
            info["lag_ok"] = True
        elif style == "thirds":
            worst, best = "0", g.r.choice(["3", "6", "0.3", "30"])
            b = Decimal(best)
            info["values"] = lambda b=b: d2(b / 3 * g.r.randint(0, 3)) if g.chance(0.8) \
                else d2(b * g.r.randint(0, 10) / 10)
            info["lag_ok"] = True
        elif style == "minutes":
            worst, best = g.r.choice([("120", "30"), ("90", "15"), ("60", "0")])
            lo, hi = int(best), int(worst)
            info["values"] = lambda lo=lo, hi=hi: str(g.r.randint(max(0, lo - 10), hi + 15))
            info["lag_ok"] = False
        elif style == "count":
            worst, best = "2", "12"
            info["values"] = lambda: str(g.r.randint(0, 14))
            info["lag_ok"] = False
        else:
            worst, best = "0.3", "0"
            info["values"] = lambda: q(Decimal(g.r.randint(0, 40)) / 100)
            info["lag_ok"] = False
        info["rate"] = style in ("rate",)
        info["pref"] = 1 if Decimal(best) > Decimal(worst) else -1
        return {"kind": "linear", "worst": g.num(worst), "best": g.num(best)}, info
    if kind == "bands":
        style = g.r.choice(["rate", "score"])
        if style == "rate":
            mins = sorted(g.r.sample(["0.98", "0.95", "0.90", "0.85", "0.80", "0.70"],
                                     g.r.randint(2, 4)), key=Decimal, reverse=True)
            scores = sorted(g.r.sample(["100", "95", "90", "85", "80", "70", "60", "50", "33.33"],
                                       len(mins)), key=Decimal, reverse=True)
            opts = mins + ["0.99", "0.5", "1"]
            info["values"] = lambda opts=opts: g.r.choice(opts) if g.chance(0.6) else \
                q(Decimal(g.r.randint(60, 100)) / 100)
            info["lag_ok"] = True
            info["rate"] = True
        else:
            mins = sorted(g.r.sample(["90", "80", "75", "60", "40"], g.r.randint(2, 4)),
                          key=Decimal, reverse=True)
            scores = sorted(g.r.sample(["100", "92.5", "85", "70", "66.67", "50"], len(mins)),
                            key=Decimal, reverse=True)
            info["values"] = lambda mins=mins: g.r.choice(mins) if g.chance(0.4) else \
                str(g.r.randint(30, 100))
            info["lag_ok"] = False
        bands = [{"min": g.num(m), "score": g.num(s)} for m, s in zip(mins, scores)]
        g.r.shuffle(bands)  # "in order of min descending" whatever the entry order
        info["pref"] = 1
        return {"kind": "bands", "bands": bands}, info
    if kind in ("minmax", "zscore"):
        better = g.r.choice(["higher", "lower"])
        style = g.r.choice(["small", "rate", "thirds", "signed"])
        if style == "small":
            info["values"] = lambda: str(g.r.randint(1, 9))
        elif style == "signed":
            info["values"] = lambda: d2(Decimal(g.r.randint(-5000, 5000)) / 1000)
        elif style == "rate":
            info["values"] = lambda: q(Decimal(g.r.randint(50, 100)) / 100)
        else:
            info["values"] = lambda: str(g.r.choice([0, 1, 2, 3, 3, 6, 9]))
        info["lag_ok"] = style == "rate"
        m = {"kind": kind}
        info["pref"] = -1 if better == "lower" else 1
        if better == "lower" or g.chance(0.7):
            m["better"] = better
        return m, info
    if kind == "direct":
        info["values"] = lambda: g.r.choice([str(g.r.randint(40, 100)),
                                             q(Decimal(g.r.randint(4000, 10000)) / 100),
                                             "100", "0", "66.5", "88.88"])
        info["lag_ok"] = False
        info["pref"] = 1
        return {"kind": "direct"}, info
    info["pref"] = 1
    return {"kind": kind}, info


def make_plan(g: G) -> tuple[dict, dict]:
    r = g.r
    # dimensions
    dims = ["task", "team", "innovation", "risk"]
    shape = r.random()
    if shape < 0.12:
        dims = ["task", "innovation", "risk"]           # no collaboration award possible
    elif shape < 0.22:
        dims = ["task", "team", "risk"]                 # no innovation award possible
    elif shape < 0.35:
        dims = ["task", "team", "innovation", "risk", "service"]
    elif shape < 0.42:
        dims = ["innovation", "task", "team", "risk"]   # the core is not `task`
    n_ind = {d: r.choice([1, 1, 2, 2, 3, 4]) for d in dims}
    total_inds = sum(n_ind.values())
    while total_inds < 7:  # room for every method kind
        d = r.choice(dims)
        if n_ind[d] < 4:
            n_ind[d] += 1
            total_inds += 1
    kinds = KINDS[:] + [r.choice(KINDS) for _ in range(total_inds - len(KINDS))]
    r.shuffle(kinds)
    bands = {}
    explicit_band = {}
    for d in dims:
        if d in SCHEME_BANDS and r.random() < 0.6:
            explicit_band[d] = None                     # omitted: the scheme's band applies
            bands[d] = SCHEME_BANDS[d]
        elif d in SCHEME_BANDS:
            bands[d] = SCHEME_BANDS[d] if r.random() < 0.7 else \
                r.choice([("0.30", "0.60"), ("0.10", "0.30"), ("0", "0.50")])
            explicit_band[d] = bands[d]
        else:
            if r.random() < 0.5:
                explicit_band[d] = None
                bands[d] = ("0", "1")
            else:
                bands[d] = ("0", "0.20")
                explicit_band[d] = bands[d]
    core = dims[0]
    core_largest = True if r.random() < 0.8 else False
    plan_dims = []
    info = {"inds": {}, "dims": dims}
    k = 0
    for d in dims:
        inds = []
        ws = r.choice(IND_WEIGHTS[n_ind[d]])
        ws = ws[:]
        r.shuffle(ws)
        for j in range(n_ind[d]):
            kind = kinds[k]
            k += 1
            iid = f"{d[:3]}{j + 1}"
            meth, inf = make_method(g, kind, k)
            inf["dim"] = d
            info["inds"][iid] = inf
            inds.append({"id": iid, "name": g.cname("指標"), "weight": g.num(ws[j]),
                         "method": meth})
        dd = {"id": d, "name": DIM_NAMES[d]}
        if explicit_band[d] is not None:
            dd["band"] = [g.num(explicit_band[d][0]), g.num(explicit_band[d][1])]
        dd["indicators"] = inds
        plan_dims.append(dd)

    # profiles
    n_prof = r.randint(2, 4)
    prof_ids = ["standard", "technical", "logistics", "frontline"][:n_prof]
    profiles = []
    info["profile_w"] = {}
    for pid in prof_ids:
        valid = r.random() < 0.8
        step = r.choice([5, 5, 1])
        w = weights_in_bands(g, dims, bands, core_largest, step, valid)
        info["profile_w"][pid] = w
        profiles.append({"id": pid, "name": g.cname("類"),
                         "weights": {d: g.num(w[d]) for d in dims}})
    info["bands"] = bands
    info["core"] = core
    info["core_largest"] = core_largest

    plan = {"name": "2026年度" + g.cname() + "目標考核"}
    if r.random() < 0.5:
        plan["baseline"] = g.num(r.choice(["100", "100", "120", "80"]))
    plan["dimensions"] = plan_dims
    plan["profiles"] = profiles
    if r.random() < 0.7:
        scale = r.choice([("0", "100"), ("1", "5"), ("0", "10")])
        groups = r.choice([{"superior": "0.5", "peer": "0.3", "subordinate": "0.2"},
                           {"superior": "0.6", "peer": "0.4", "subordinate": "0"},
                           {"superior": "0.4", "peer": "0.3", "subordinate": "0.3"},
                           {"superior": "0.45", "peer": "0.15", "subordinate": "0.4"}])
        sv = {}
        if r.random() < 0.8:
            sv["scale"] = [g.num(scale[0]), g.num(scale[1])]
        else:
            scale = ("0", "100")
        if r.random() < 0.8:
            sv["groups"] = {k: g.num(v) for k, v in groups.items()}
        else:
            groups = {"superior": "0.5", "peer": "0.3", "subordinate": "0.2"}
        plan["survey"] = sv
    else:
        scale = ("0", "100")
        groups = {"superior": "0.5", "peer": "0.3", "subordinate": "0.2"}
    info["scale"] = scale
    info["groups"] = groups
    if r.random() < 0.7:
        crit = r.choice([{"feasibility": "0.4", "promotion": "0.3", "benefit": "0.3"},
                         {"feasibility": "0.5", "promotion": "0.25", "benefit": "0.25"},
                         {"feasibility": "0.15", "promotion": "0.45", "benefit": "0.4"}])
        trim = r.choice([0, 1, 1, 2])
        trim_min = r.randint(2 * trim + 1, 2 * trim + 4)
        plan["panel"] = {"criteria": {k: g.num(v) for k, v in crit.items()},
                         "trim": trim, "trim_min": trim_min}
    else:
        crit = {"feasibility": "0.4", "promotion": "0.3", "benefit": "0.3"}
    info["criteria"] = crit
    if r.random() < 0.6:
        levels = [{"id": "general", "name": "一般", "pct": g.num(r.choice(["0.02", "0.01", "0.03"]))},
                  {"id": "serious", "name": "較大", "pct": g.num(r.choice(["0.05", "0.10"]))},
                  {"id": "major", "name": "重大", "pct": g.num(r.choice(["0.20", "0.15"])),
                   "special_review": r.random() < 0.8, "veto": r.random() < 0.8}]
        if r.random() < 0.5:
            levels[1]["special_review"] = r.random() < 0.5
        if r.random() < 0.3:
            levels.append({"id": "minor", "name": "輕微", "pct": g.num("0.005")})
        plan["deductions"] = {"levels": levels,
                              "cap": g.num(r.choice(["0.25", "0.3"])) if r.random() < 0.4 else None}
        info["levels"] = [lv["id"] for lv in levels]
    else:
        info["levels"] = ["general", "serious", "major"]
    crange = ("0.90", "1.10")
    if r.random() < 0.5:
        crange = r.choice([("0.90", "1.10"), ("0.85", "1.15"), ("0.95", "1.05")])
        plan["coefficients"] = {"coordination": [g.num(crange[0]), g.num(crange[1])],
                                "risk": [g.num(crange[0]), g.num(crange[1])]}
    info["crange"] = crange
    if r.random() < 0.5:
        plan["bonus"] = {"per_item": g.num(r.choice(["1", "0.5", "1.5"])),
                         "cap": g.num(r.choice(["3", "2", "5"]))}
    if r.random() < 0.8:
        gr = {}
        opts = {
            "excellent_share": ["0.10", "0.15", "0.20", "0.25", "0.3"],
            "quota_rounding": ["floor", "ceil", "round"],
            "quota_min_one": [True, False],
            "excellent_min": ["90", "85", "88"],
            "good_min": ["80", "75"],
            "pass_line": ["60", "70"],
            "severe_line": ["50", "55"],
            "honour_min": ["85", "80", "90"],
        }
        for key, vals in opts.items():
            if r.random() < 0.6:
                v = r.choice(vals)
                gr[key] = v if isinstance(v, bool) or key == "quota_rounding" else g.num(v)
        plan["grading"] = gr
    if r.random() < 0.4:
        plan["warnings"] = {"lag": [g.num(x) for x in r.choice([["0.05", "0.10", "0.20"],
                                                                ["0.03", "0.06", "0.1"]])],
                            "drop": [g.num(x) for x in r.choice([["5", "10", "15"],
                                                                 ["3", "6", "9"]])]}
    if r.random() < 0.5:
        plan["audit_tolerance"] = g.num(r.choice(["0.05", "0.02", "0.1", "0"]))
    if r.random() < 0.6:
        plan["missing"] = r.choice(["exclude", "zero"])
    if r.random() < 0.6:
        plan["cohort"] = r.choice(["all", "profile"])
    if r.random() < 0.3:
        plan["max_score"] = g.num(r.choice(["100", "102.5"])) if r.random() < 0.8 else None
    if not core_largest or r.random() < 0.2:
        plan["core_largest"] = core_largest
    n_per = r.randint(2, 5)
    pw = r.choice(PERIOD_SETS[n_per])
    plan["periods"] = [{"id": pid, "name": g.cname("期"), "weight": g.num(w)}
                       for pid, w in zip(PERIOD_IDS[n_per], pw)]
    info["periods"] = PERIOD_IDS[n_per]
    info["tol"] = Decimal(str(plan.get("audit_tolerance", "0.05")))
    return plan, info


# ---------------------------------------------------------------------- the data


def make_values_record(g: G, info: dict, star: bool, missing_p: float) -> dict:
    r = g.r
    rec = {"values": {}, "ratings": {}, "panel": {}}
    planned = {}
    lo, hi = (Decimal(x) for x in info["scale"])
    for iid, inf in info["inds"].items():
        kind = inf["kind"]
        if r.random() < missing_p:
            continue
        if kind in ("linear", "bands", "minmax", "zscore", "direct"):
            # stars take the best of 4 draws, others the best of 1 or 2
            draws = [inf["values"]() for _ in range(4 if star else r.choice([1, 2, 2]))]
            v = max(draws, key=lambda x: inf["pref"] * Decimal(x))
            if star and kind == "direct" and r.random() < 0.5:
                v = r.choice(["100", "95", "98.5"])
            if r.random() < 0.08:
                # reported/audited pair; difference below, at, or beyond the tolerance
                a = Decimal(v)
                tol = info["tol"]
                rel = r.choice([Decimal(0), tol / 2, tol, tol * 2, Decimal("0.5")])
                if a == 0:
                    rep = r.choice([tol, tol * 2, Decimal("0")])
                else:
                    rep = a + a.copy_abs() * rel * r.choice([1, -1])
                if kind == "direct" and rep > 100:
                    rep = a - a.copy_abs() * rel
                rep = max(rep, Decimal(0)) if kind == "direct" else rep
                rec["values"][iid] = {"reported": g.num(d2(rep)), "audited": g.num(v)}
            else:
                rec["values"][iid] = g.num(v)
            if inf["lag_ok"] and r.random() < 0.25:
                lag = r.choice(["0", "0.05", "0.10", "0.20", "0.03", "0.12", "-0.1",
                                "0.06", "0.1"])
                planned[iid] = g.num(d2(Decimal(v) + Decimal(lag)))
        elif kind == "survey":
            groups = {}
            for grp in ("superior", "peer", "subordinate", "self"):
                if grp != "self" and r.random() < 0.15:
                    continue
                if grp == "self" and r.random() < 0.5:
                    continue
                n = r.randint(1, 4)
                vals = []
                for _ in range(n):
                    if hi - lo <= 10:
                        k = r.randint(0, 8) if not star else r.randint(7, 8)
                        vals.append(g.num(d2(lo + (hi - lo) * k / 8)))
                    else:
                        x = r.randint(55, 100) if not star else r.randint(88, 100)
                        vals.append(g.num(f"{x}.5" if x < 100 and r.random() < 0.3 else str(x)))
                groups[grp] = vals
            if r.random() < 0.04:
                groups = {"self": groups.get("self") or [g.num(str(hi))]}
            if groups:
                rec["ratings"][iid] = groups
        elif kind == "panel":
            n = r.randint(1, 7)
            experts = []
            for _ in range(n):
                e = {}
                for c in info["criteria"]:
                    x = r.randint(50, 100) if not star else r.randint(85, 100)
                    e[c] = g.num(str(x) if r.random() < 0.8 else f"{min(x, 99)}.5")
                if r.random() < 0.5:  # a name, kept for the receipt and not scored
                    e = {"expert": r.choice(["张三", "李四", "王五", "专家 7"]), **e}
                experts.append(e)
            rec["panel"][iid] = experts
    if planned:
        rec["planned"] = planned
    return rec


def _thresholds_at_scores(g: G, plan: dict, raw: dict):
    """Move one grading threshold exactly onto a score some unit reaches (the boundaries
    `S >= excellent_min` etc. are where implementations slip), keeping the order
    severe < pass < good < excellent and room for the scenarios' overrides (82/85, 65)."""
    r = g.r
    if not raw or r.random() < 0.3:
        return
    gr = plan.setdefault("grading", {})
    cur = {"excellent_min": "90", "good_min": "80", "pass_line": "60", "severe_line": "50",
           "honour_min": "85"}
    cur.update({k: str(v) for k, v in gr.items() if k in cur})
    c = {k: Decimal(v) for k, v in cur.items()}
    key = r.choice(["excellent_min", "good_min", "pass_line", "severe_line", "honour_min"])
    def dec2(x):
        return Decimal(x.numerator) / Decimal(x.denominator)
    if key == "honour_min":
        vals = [dec2(reference_round2(v)) for u in raw.values()
                for d, v in u.dims.items() if d in ("team", "innovation")]
        lo, hi = Decimal(0), Decimal(100)
    else:
        vals = [dec2(u.S) for u in raw.values()]
        lo, hi = {
            "excellent_min": (max(c["good_min"], Decimal(85)), Decimal(1000)),
            "good_min": (max(c["pass_line"], Decimal(65)), min(c["excellent_min"], Decimal(82))),
            "pass_line": (c["severe_line"], min(c["good_min"], Decimal(65))),
            "severe_line": (Decimal(0), min(c["pass_line"], Decimal(55))),
        }[key]
    vals = [v for v in vals if lo < v < hi]
    if vals:
        gr[key] = g.num(q(r.choice(vals)))


def reference_round2(x):
    import reference  # noqa: PLC0415
    return reference.round2(x)


def generate(seed: int) -> dict:
    g = G(seed)
    r = g.r
    plan, info = make_plan(g)
    n_units = r.randint(3, 25)
    units = []
    for i in range(n_units):
        level = r.choice(["hq", "direct", "branch", "branch"])
        prefix = {"hq": "hq", "direct": "zs", "branch": "zd"}[level]
        units.append({"id": f"{prefix}{i + 1}", "name": g.cname(), "level": level,
                      "profile": r.choice(plan["profiles"])["id"]})
    missing_p = r.choice([0, 0.03, 0.08, 0.15])
    periods = info["periods"]
    # some periods in the future: no records
    active = periods[:] if r.random() < 0.6 else periods[:r.randint(1, len(periods) - 1)]
    records = []
    crange = [Decimal(x) for x in info["crange"]]
    for p in active:
        prev_recs = []
        stars = []
        for u in units:
            if r.random() < 0.12:
                continue  # not scored this period
            if prev_recs and r.random() < 0.15:
                # an exact clone of another unit's record: a tie (under cohort=profile only
                # when the profiles match); mostly of a star, to tie for the quota
                src = r.choice(stars if stars and r.random() < 0.7 else prev_recs)
                rec = json.loads(dumps(src), parse_float=Decimal)
                # the clone must keep Decimal vs str forms; json round trip keeps numbers
                rec["unit"] = u["id"]
                records.append(rec)
                prev_recs.append(rec)
                continue
            star = r.random() < 0.3
            body = make_values_record(g, info, star, missing_p if r.random() > 0.02 else 1.0)
            rec = {"unit": u["id"], "period": p}
            for key in ("values", "planned", "ratings", "panel"):
                if body.get(key):
                    rec[key] = body[key]
                elif key in ("values",) and r.random() < 0.5:
                    rec[key] = {}
            if r.random() < (0.1 if star else 0.3):
                evs = []
                for _ in range(r.randint(1, 3)):
                    evs.append({"level": r.choice(info["levels"]), "note": g.cname("事件")})
                rec["events"] = evs
            if r.random() < 0.45:
                co = {}
                for key in ("coordination", "risk"):
                    if r.random() < 0.7:
                        lo, hi = crange
                        steps = int((hi - lo) * 100)
                        x = lo + Decimal(r.randint(0, steps)) / 100
                        s = d2(x)
                        if r.random() < 0.2:
                            s = s.rstrip("0").rstrip(".") if "." in s else s
                        if r.random() < 0.1 and "." in s:
                            s = s + "0"
                        co[key] = g.num(s)
                if co:
                    rec["coefficients"] = co
            if r.random() < 0.4:
                rec["closed_items"] = r.randint(0, 5)
            records.append(rec)
            prev_recs.append(rec)
            if star:
                stars.append(rec)
    # history, oldest first
    history = []
    if r.random() < 0.75:
        for hp in r.sample(["2024final", "2025Q3", "2025Q4", "2025final"], r.randint(1, 3)):
            scores = {}
            for u in units:
                if r.random() < 0.7:
                    x = r.choice([r.randint(3000, 9900), r.randint(4500, 6500)])
                    s = f"{x // 100}.{x % 100:02d}"
                    if r.random() < 0.2:
                        s = s.rstrip("0").rstrip(".")
                    scores[u["id"]] = g.num(s)
            history.append({"period": hp, "scores": scores})
        history.sort(key=lambda h: h["period"])
    # scenarios
    scenarios = []
    for si in range(r.choice([0, 1, 1, 2])):
        sc = {"id": f"scn{si + 1}", "name": g.cname("情景"), "weights": {}}
        for pid in r.sample(list(info["profile_w"]), r.randint(1, len(info["profile_w"]))):
            w = weights_in_bands(g, info["dims"], info["bands"], info["core_largest"],
                                 r.choice([5, 1]), r.random() < 0.8)
            sc["weights"][pid] = {d: g.num(w[d]) for d in info["dims"]}
        if r.random() < 0.6:
            gr = {}
            if r.random() < 0.7:
                gr["excellent_share"] = g.num(r.choice(["0.15", "0.2", "0.5"]))
            if r.random() < 0.4:
                gr["quota_rounding"] = r.choice(["floor", "ceil", "round"])
            if r.random() < 0.3:
                gr["excellent_min"] = g.num(r.choice(["82", "85"]))
            if r.random() < 0.3:
                gr["pass_line"] = g.num("65")
            if r.random() < 0.2:
                gr["quota_min_one"] = r.random() < 0.5
            sc["grading"] = gr
        if not sc["weights"]:
            del sc["weights"]
        scenarios.append(sc)
    # people
    people = []
    for pi in range(r.randint(0, 6)):
        status = r.choice(["regular", "new", "seconded"])
        u = r.choice(units)
        p = {"id": f"p{pi + 1:03d}", "name": g.pname(), "unit": u["id"],
             "post": r.choice(["technical", "management", "service"]), "status": status}
        if status == "seconded":
            p["host_unit"] = r.choice([x for x in units if x["id"] != u["id"]])["id"]
        p["months_in_post"] = r.choice([1, 3, 5, 6, 7, 12, 30])
        if r.random() < 0.85:
            p["personal"] = g.num(r.choice([str(r.randint(50, 100)), "86.5", "72.25",
                                            "90.05", "66.65"]))
        people.append(p)
    ws = {"format": "scorecard-workspace", "version": 1, "plan": plan, "units": units,
          "records": records}
    if history:
        ws["history"] = history
    if scenarios:
        ws["scenarios"] = scenarios
    if people or r.random() < 0.5:
        ws["people"] = people
        if r.random() < 0.6:
            ws["linkage"] = {"lambda": g.num(r.choice(["0.30", "0.25", "0.5"])),
                             "min_months": r.choice([6, 3, 12])}
    if records and not history and r.random() < 0.4:
        import reference  # noqa: PLC0415 (same directory)
        raw = reference.compute_period_raw(ws, reference.Plan(ws), periods[0], None)
        _thresholds_at_scores(g, plan, raw)
    if history and records and r.random() < 0.7:
        # previous scores exactly at the drop thresholds: the first period's S does not
        # depend on history, so take it from the reference and put S + 5/10/15 in history
        import reference  # noqa: PLC0415 (same directory)
        first = periods[0]
        raw = reference.compute_period_raw(ws, reference.Plan(ws), first, None)
        drops = [Decimal(x) for x in (plan.get("warnings") or {}).get("drop", ["5", "10", "15"])]
        _thresholds_at_scores(g, plan, raw)
        for uid, u in raw.items():
            if r.random() < 0.35:
                s = Decimal(u.S.numerator) / Decimal(u.S.denominator)
                prev = s + r.choice(drops + [drops[0] - Decimal("0.01")])
                history[-1]["scores"][uid] = g.num(q(prev))
    return ws


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    seed = int(argv[0]) if argv else 0
    text = dumps(generate(seed))
    if len(argv) > 1:
        with open(argv[1], "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
