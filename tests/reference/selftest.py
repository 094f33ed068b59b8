#!/usr/bin/env python3
"""Self-checks of reference.py against figures verifiable by hand.

Run: python3 tests/reference/selftest.py   (exit 0 when every check passes)
"""
from __future__ import annotations

import copy
import json
import os
import re
import sys
from decimal import Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
import reference as R  # noqa: E402

# The example workspace is the first ```json block of docs/file-format.md.
SPEC = os.environ.get("SCORECARD_SPEC",
                      os.path.join(HERE, "..", "..", "docs", "file-format.md"))

FAILS = []


def check(name, got, want):
    if got != want:
        FAILS.append(name)
        print(f"FAIL {name}: got {got!r}, want {want!r}")
    else:
        print(f"ok   {name}")


def example_workspace() -> dict:
    text = open(SPEC, encoding="utf-8").read()
    block = re.findall(r"```json\n(.*?)```", text, re.S)[0]
    return json.loads(block, parse_float=Decimal)


def unit(res, uid):
    for u in res["units"]:
        if u["unit"] == uid:
            return u
    raise KeyError(uid)


# ----------------------------------------------------------------------------- 1 example


def check_example():
    ws = example_workspace()
    res = R.score(ws, "2026Q1", None)
    want_unit = {
        "unit": "zd1", "score": "90.46", "rank": 1, "grade": "excellent",
        "weighted": "86.25", "deduction": "2.00", "coefficient": "1.05", "bonus": "2.00",
        "dimensions": {"task": "91.50", "team": "85.60", "innovation": "75.50", "risk": "85.67"},
        "indicators": {"progress": "92.00", "quality": "85.00", "utilisation": "100.00",
                       "team360": "85.60", "panel": "75.50", "plans": "88.00",
                       "response": "83.33"},
        "self_gap": {"team360": "9.40"},
        "flags": [], "warning": None, "honours": ["collaboration_award"],
        "previous": "58.40", "delta": "32.06"}
    check("example: header", {k: res[k] for k in ("format", "version", "scenario", "period",
                                                  "official", "quota", "quota_tie")},
          {"format": "scorecard-results", "version": 1, "scenario": None, "period": "2026Q1",
           "official": True, "quota": 1, "quota_tie": False})
    check("example: units", res["units"], [want_unit])
    check("example: key order of dimensions/indicators",
          (list(res["units"][0]["dimensions"]), list(res["units"][0]["indicators"])),
          (list(want_unit["dimensions"]), list(want_unit["indicators"])))
    check("example: people", res["people"],
          [{"person": "p001", "score": "87.69", "graded": True},
           {"person": "p002", "score": None, "graded": True}])
    check("example: default period", R.default_period(ws), "2026Q1")
    # scenario `special`: standard -> 40/20/20/20, excellent_share 0.15
    # B = .4*91.5 + .2*85.6 + .2*75.5 + .2*(88+83.333..)/2 = 85.95333..;
    # F = (85.95333.. - 2) * 1.05 + 2 = 90.151
    sp = R.score(ws, "2026Q1", "special")
    check("example: scenario special score/weighted/delta",
          (unit(sp, "zd1")["score"], unit(sp, "zd1")["weighted"], unit(sp, "zd1")["delta"],
           sp["scenario"]), ("90.15", "85.95", "31.75", "special"))
    # annual: only Q1 scored -> A = S(Q1); the unit misses four periods -> incomplete
    an = R.score(ws, "annual", None)
    u = unit(an, "zd1")
    check("example: annual", (u["score"], u["flags"], u["deduction"], u["dimensions"]["risk"],
                              "weighted" in u, "indicators" in u, "coefficient" in u),
          ("90.46", ["incomplete"], "2.00", "85.67", False, False, False))
    # kjc with a Q2 record: previous of zd1 in Q2 is its Q1 score, not history
    ws2 = copy.deepcopy(ws)
    r2 = copy.deepcopy(ws2["records"][0])
    r2["period"] = "2026Q2"
    r2["events"] = [{"level": "major"}]
    r2["closed_items"] = 0
    ws2["records"].append(r2)
    q2 = unit(R.score(ws2, "2026Q2", None), "zd1")
    # F = (86.245 - 20) * 1.05 = 69.55725 -> 69.56; drop 90.46 - 69.56 = 20.90 -> red
    check("Q2: previous from Q1, major event", (q2["score"], q2["previous"], q2["delta"],
                                                q2["warning"], q2["flags"], q2["grade"]),
          ("69.56", "90.46", "-20.90", "red", ["special_review"], "pass"))
    # annual of ws2: (0.1*90.46 + 0.1*69.56)/0.2 = 80.01; deduction 2 + 20 = 22
    a2 = unit(R.score(ws2, "annual", None), "zd1")
    check("annual: weighted mean of published S, summed deduction, veto blocks excellent",
          (a2["score"], a2["deduction"], a2["grade"], a2["flags"]),
          ("80.01", "22.00", "good", ["incomplete", "special_review"]))


# ----------------------------------------------------------------------------- 2 toy plans


def toy(n_units=3, **plan_extra) -> dict:
    """One direct indicator per dimension; units u1..un; data added by the caller."""
    plan = {
        "name": "測試",
        "dimensions": [
            {"id": "task", "name": "任務", "indicators": [
                {"id": "t", "name": "任務", "weight": "1", "method": {"kind": "direct"}}]},
            {"id": "team", "name": "協作", "indicators": [
                {"id": "m", "name": "協作", "weight": "1", "method": {"kind": "direct"}}]},
            {"id": "innovation", "name": "創新", "indicators": [
                {"id": "i", "name": "創新", "weight": "1", "method": {"kind": "direct"}}]},
            {"id": "risk", "name": "風險", "indicators": [
                {"id": "r", "name": "風險", "weight": "1", "method": {"kind": "direct"}}]},
        ],
        "profiles": [{"id": "standard", "name": "標準",
                      "weights": {"task": "0.45", "team": "0.20", "innovation": "0.20",
                                  "risk": "0.15"}}],
        "periods": [{"id": "P1", "name": "一", "weight": "0.4"},
                    {"id": "P2", "name": "二", "weight": "0.6"}],
    }
    plan.update(plan_extra)
    return {"format": "scorecard-workspace", "version": 1, "plan": plan,
            "units": [{"id": f"u{i + 1}", "name": f"單位{i + 1}", "level": "branch",
                       "profile": "standard"} for i in range(n_units)],
            "records": []}


def rec(uid, period, t, m, i, r, **extra):
    d = {"unit": uid, "period": period, "values": {"t": t, "m": m, "i": i, "r": r}}
    d.update(extra)
    return d


def check_ties_and_quota():
    ws = toy(5)
    # u1, u2, u3 identical (95 everywhere -> S 95); u4 96 on task only; u5 low
    for u in ("u1", "u2", "u3"):
        ws["records"].append(rec(u, "P1", "95", "95", "95", "95"))
    ws["records"].append(rec("u4", "P1", "100", "90", "90", "90.5"))  # B = 45+18+18+13.575
    ws["records"].append(rec("u5", "P1", "40", "40", "40", "40"))
    res = R.score(ws, "P1", None)
    # u4: 45 + 18 + 18 + 13.575 = 94.575 -> 94.58 (a true midpoint, rounded up)
    check("midpoint 94.575 -> 94.58", unit(res, "u4")["score"], "94.58")
    check("competition ranks 1,1,1,4,5",
          [(u["unit"], u["rank"]) for u in res["units"]],
          [("u1", 1), ("u2", 1), ("u3", 1), ("u4", 4), ("u5", 5)])
    # N = 5, floor(0.5) = 0 -> at least one; u1..u3 tie on S, task, deduction -> all excellent
    check("quota min-one + tie", (res["quota"], res["quota_tie"],
                                  [u["grade"] for u in res["units"]]),
          (1, True, ["excellent", "excellent", "excellent", "good", "fail"]))
    check("leadership_review below 50", unit(res, "u5")["flags"], ["leadership_review"])
    # task tie-break: u2 gets task 96 but lower elsewhere so that S stays 95:
    # 0.45*96 + 0.2*x + 0.2*95 + 0.15*95 = 95 -> 0.2x = 18.55 -> x = 92.75
    ws["records"][1]["values"] = {"t": "96", "m": "92.75", "i": "95", "r": "95"}
    res = R.score(ws, "P1", None)
    check("tie broken by task score", (unit(res, "u2")["score"], res["quota_tie"],
                                       [(u["unit"], u["grade"]) for u in res["units"][:3]]),
          ("95.00", False, [("u1", "good"), ("u2", "excellent"), ("u3", "good")]))
    # ... and by deduction: give u1 task 96 too, and u1 a general event compensated by bonus
    ws["records"][0]["values"] = {"t": "96", "m": "92.75", "i": "95", "r": "95"}
    ws["records"][0]["events"] = [{"level": "general"}]
    ws["records"][0]["closed_items"] = 2
    res = R.score(ws, "P1", None)
    check("tie broken by deduction asc", [(u["unit"], u["grade"]) for u in res["units"][:3]],
          [("u1", "good"), ("u2", "excellent"), ("u3", "good")])
    # quota rounding: 10 units, share 0.15 -> 1.5: floor 1, ceil 2, round 2; share 0.25 -> 2.5
    for rounding, share, want in (("floor", "0.15", 1), ("ceil", "0.15", 2),
                                  ("round", "0.15", 2), ("round", "0.14", 1),
                                  ("round", "0.25", 3), ("floor", "0.25", 2)):
        ws = toy(10, grading={"excellent_share": share, "quota_rounding": rounding})
        for k in range(10):
            v = str(91 + k)
            ws["records"].append(rec(f"u{k + 1}", "P1", v, v, v, v))
        res = R.score(ws, "P1", None)
        check(f"quota {rounding} 10x{share}", (res["quota"],
                                              sum(u["grade"] == "excellent" for u in res["units"])),
              (want, want))
    ws = toy(3, grading={"quota_min_one": False})
    for k in range(3):
        ws["records"].append(rec(f"u{k + 1}", "P1", "99", "99", "99", "99"))
    res = R.score(ws, "P1", None)
    check("quota_min_one false -> 0 excellent", (res["quota"], res["quota_tie"],
                                                 {u["grade"] for u in res["units"]}),
          (0, False, {"good"}))
    # scenario: partial grading override
    ws["scenarios"] = [{"id": "s", "name": "情景", "grading": {"quota_min_one": True}}]
    res = R.score(ws, "P1", "s")
    check("scenario partial grading", (res["quota"], res["quota_tie"],
                                       [u["grade"] for u in res["units"]]),
          (1, True, ["excellent"] * 3))


def check_annual_and_flags():
    ws = toy(2, grading={"pass_line": "60"})
    ws["history"] = [{"period": "2025", "scores": {"u1": "59.99", "u2": "70"}},
                     {"period": "2025b", "scores": {"u2": "80.5"}}]
    ws["records"] += [rec("u1", "P1", "55", "55", "55", "55"),
                      rec("u1", "P2", "80", "80", "80", "80"),
                      rec("u2", "P2", "70", "70", "70", "70")]
    p1 = R.score(ws, "P1", None)
    u1 = unit(p1, "u1")
    # 55 < 60 and history 59.99 < 60 -> rectification; drop 4.99 -> no warning
    check("rectification vs history", (u1["flags"], u1["warning"], u1["previous"], u1["delta"]),
          (["rectification"], None, "59.99", "-4.99"))
    p2 = R.score(ws, "P2", None)
    # u2 previous = last history entry listing it (80.50): drop 10.5 -> orange
    check("previous = last history listing the unit",
          (unit(p2, "u2")["previous"], unit(p2, "u2")["warning"],
           unit(p2, "u1")["previous"]), ("80.50", "orange", "55.00"))
    an = R.score(ws, "annual", None)
    # u1: 0.4*55 + 0.6*80 = 70; u2 only P2: 70, incomplete
    check("annual", [(u["unit"], u["score"], u["rank"], u["flags"], u["previous"], u["warning"])
                     for u in an["units"]],
          [("u1", "70.00", 1, [], "59.99", None),
           ("u2", "70.00", 1, ["incomplete"], "80.50", "orange")])
    # people linkage on the annual set; new hire below min_months not graded
    ws["people"] = [{"id": "a", "name": "甲", "unit": "u1", "post": "technical",
                     "status": "new", "months_in_post": 5, "personal": "80"},
                    {"id": "b", "name": "乙", "unit": "u1", "post": "service",
                     "status": "seconded", "host_unit": "u2", "months_in_post": 1,
                     "personal": "90.05"}]
    an = R.score(ws, "annual", None)
    # a: 0.7*80 + 0.3*70 = 77; b: 0.7*90.05 + 0.3*70 = 84.035 -> 84.04 (midpoint up)
    check("people annual", an["people"], [{"person": "a", "score": "77.00", "graded": False},
                                          {"person": "b", "score": "84.04", "graded": True}])


def check_methods():
    base = toy(1)
    ws = copy.deepcopy(base)
    # z-score, panel trim, survey groups/self, bands, linear lower-better, missing policies
    ws["plan"]["dimensions"][0]["indicators"] = [
        {"id": "z", "name": "z", "weight": "0.5", "method": {"kind": "zscore"}},
        {"id": "mm", "name": "mm", "weight": "0.5",
         "method": {"kind": "minmax", "better": "lower"}}]
    ws["plan"]["dimensions"][1]["indicators"] = [
        {"id": "sv", "name": "sv", "weight": "1", "method": {"kind": "survey"}}]
    ws["plan"]["dimensions"][2]["indicators"] = [
        {"id": "pn", "name": "pn", "weight": "1", "method": {"kind": "panel"}}]
    ws["plan"]["dimensions"][3]["indicators"] = [
        {"id": "bd", "name": "bd", "weight": "0.5", "method": {"kind": "bands", "bands": [
            {"min": "0.9", "score": "70"}, {"min": "0.98", "score": "100"}]}},
        {"id": "ln", "name": "ln", "weight": "0.5",
         "method": {"kind": "linear", "worst": "120", "best": "30"}}]
    ws["plan"]["survey"] = {"scale": ["1", "5"]}
    ws["units"] = [{"id": f"u{i}", "name": "單位", "level": "hq", "profile": "standard"}
                   for i in (1, 2, 3)]
    panel5 = [{"feasibility": x, "promotion": x, "benefit": x}
              for x in ("50", "60", "70", "80", "100")]
    ws["records"] = [
        {"unit": "u1", "period": "P1", "values": {"z": "0", "mm": "1", "bd": "0.98", "ln": "20"},
         "ratings": {"sv": {"superior": ["5", "4"], "peer": ["3"], "self": ["5"]}},
         "panel": {"pn": panel5}},
        {"unit": "u2", "period": "P1", "values": {"z": "4", "mm": "3", "bd": "0.9", "ln": "75"},
         "ratings": {"sv": {"self": ["4"]}},
         "panel": {"pn": panel5[:4]}},
        {"unit": "u3", "period": "P1", "values": {"z": "2", "mm": "2", "bd": "0.89"}},
    ]
    res = R.score(ws, "P1", None)
    u1, u2, u3 = unit(res, "u1"), unit(res, "u2"), unit(res, "u3")
    # z: mean 2, var 8/3 -> sd irrational; u3 at the mean -> 50; u1 -> 50 - 10*2/sqrt(8/3)
    # = 50 - 12.247.. = 37.75; u2 62.25. minmax lower: 1 -> 100, 3 -> 0, 2 -> 50
    # survey on [1,5]: superior mean (100+75)/2 = 87.5, peer 50 -> (0.5*87.5+0.3*50)/0.8
    # = 73.4375 -> 73.44; self 100 -> gap 26.5625 -> 26.56; u2 only self -> missing
    # panel: 5 experts -> trim -> mean(60,70,80) = 70; 4 experts -> mean(50..80) = 65
    check("method scores u1", u1["indicators"],
          {"z": "37.75", "mm": "100.00", "sv": "73.44", "pn": "70.00", "bd": "100.00",
           "ln": "100.00"})
    check("self gap", (u1["self_gap"], u2["self_gap"]), ({"sv": "26.56"}, {}))
    check("method scores u2 (survey missing under exclude)", u2["indicators"],
          {"z": "62.25", "mm": "0.00", "pn": "65.00", "bd": "70.00", "ln": "50.00"})
    check("u3 missing panel/survey/ln: dims left out, incomplete",
          (u3["indicators"], list(u3["dimensions"]), u3["flags"][:1]),
          ({"z": "50.00", "mm": "50.00", "bd": "0.00"}, ["task", "risk"], ["incomplete"]))
    # u3: task 50, risk 0 (bd only, rescaled) -> B = (0.45*50 + 0.15*0)/0.6 = 37.5
    check("exclude rescales dimension weights", u3["weighted"], "37.50")
    ws["plan"]["missing"] = "zero"
    res = R.score(ws, "P1", None)
    u3 = unit(res, "u3")
    # zero: task 50, team 0, innovation 0, risk 0.5*0 + 0.5*0 -> B = 22.5
    check("missing zero", (u3["weighted"], u3["indicators"]["sv"], u3["dimensions"]["team"],
                           u3["flags"][:1]), ("22.50", "0.00", "0.00", ["incomplete"]))
    # z-score with a perfect-square variance: values 0 and 4 -> sd 2 -> 40 / 60
    ws["records"] = ws["records"][:2]
    res = R.score(ws, "P1", None)
    check("zscore exact sd", (unit(res, "u1")["indicators"]["z"],
                              unit(res, "u2")["indicators"]["z"]), ("40.00", "60.00"))


def check_numbers():
    check("round2 midpoints", [R.fmt2(Fraction(x)) for x in
                               ("80.005", "-80.005", "0.004", "-0.004", "2.675", "1e-9")],
          ["80.01", "-80.01", "0.00", "0.00", "2.68", "0.00"])
    # audit tolerance exactly at the limit is not a discrepancy; beyond it is
    ws = toy(2, audit_tolerance="0.05")
    ws["records"] = [rec("u1", "P1", {"reported": "84", "audited": "80"}, "1", "1", "1"),
                     rec("u2", "P1", {"reported": "84.01", "audited": "80"}, "1", "1", "1")]
    res = R.score(ws, "P1", None)
    check("audit tolerance boundary", (unit(res, "u1")["flags"], unit(res, "u2")["flags"][:1],
                                       unit(res, "u1")["indicators"]["t"]),
          (["leadership_review"], ["audit_discrepancy"], "80.00"))
    # coefficient shown as the exact product of the entered decimals
    ws["records"][0]["coefficients"] = {"coordination": Decimal("1.10"), "risk": "0.95"}
    ws["records"][1]["coefficients"] = {"risk": "1.0"}
    res = R.score(ws, "P1", None)
    check("coefficient text", (unit(res, "u1")["coefficient"], unit(res, "u2")["coefficient"]),
          ("1.0450", "1.0"))


def check_generator_roundtrip():
    for seed in range(20):
        ws = generate.generate(seed)
        text = generate.dumps(ws)
        back = json.loads(text, parse_float=Decimal)
        for p in [x["id"] for x in back["plan"]["periods"]] + ["annual"]:
            for sc in [None] + [s["id"] for s in back.get("scenarios") or []]:
                R.score(back, p, sc)
    check("generator: 20 workspaces score without error", True, True)


def main():
    check_example()
    check_ties_and_quota()
    check_annual_and_flags()
    check_methods()
    check_numbers()
    check_generator_roundtrip()
    print(f"selftest: {len(FAILS)} failed")
    sys.exit(1 if FAILS else 0)


if __name__ == "__main__":
    main()
