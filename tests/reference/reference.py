#!/usr/bin/env python3
"""Independent reference implementation of the scoring method (Python 3.11, stdlib only).

Written from the method and the file format (docs/method.md, with its readings, and
docs/file-format.md) -- never from the Rust engine's source. All arithmetic is exact
(fractions.Fraction); figures are rounded only when published (2 places, half away from
zero). The one irrational step (population sd of `zscore`) is exact when the variance is a
perfect square of a rational, else a 60-digit decimal square root.

    score(workspace: dict, period: str, scenario: str | None) -> dict

returns the results document of docs/file-format.md without `workspace`, `engine`,
`input_sha256`. Command line: `python3 reference.py WORKSPACE.json [--period P] [--scenario S]`.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from decimal import Decimal, localcontext
from fractions import Fraction

# --------------------------------------------------------------------------- numbers

HALF = Fraction(1, 2)


def dec(x) -> Decimal:
    """An entered decimal (JSON string, JSON number parsed as Decimal/int) as a Decimal."""
    if isinstance(x, bool):
        raise TypeError("boolean is not a decimal")
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, str):
        return Decimal(x.strip())
    if isinstance(x, float):  # only if the caller loaded JSON without parse_float=Decimal
        return Decimal(repr(x))
    if isinstance(x, Fraction):
        raise TypeError("Fraction given where an entered decimal was expected")
    raise TypeError(f"not a decimal: {x!r}")


def fr(x) -> Fraction:
    """An entered decimal as an exact Fraction."""
    if isinstance(x, Fraction):
        return x
    return Fraction(dec(x))


def round2(x: Fraction) -> Fraction:
    """Round to 2 decimal places, half away from zero."""
    n = x * 100
    q = math.floor(abs(n) + HALF)
    return Fraction(q if n >= 0 else -q, 100)


def fmt2(x: Fraction) -> str:
    """Publish: round2 and print with exactly 2 decimals ("-0.00" is printed "0.00")."""
    r = round2(x)
    cents = r.numerator * (100 // r.denominator)
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def sqrt_frac(q: Fraction) -> Fraction:
    """Square root of a non-negative rational: exact if a perfect square, else 60 digits."""
    if q < 0:
        raise ValueError("negative variance")
    n, d = q.numerator, q.denominator
    rn, rd = math.isqrt(n), math.isqrt(d)
    if rn * rn == n and rd * rd == d:
        return Fraction(rn, rd)
    with localcontext() as ctx:
        ctx.prec = 60
        s = (Decimal(n) / Decimal(d)).sqrt()
    return Fraction(s)


def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


# --------------------------------------------------------------------------- defaults

DEFAULT_BANDS = {
    "task": ("0.40", "0.50"),
    "team": ("0.20", "0.25"),
    "innovation": ("0.20", "0.25"),
    "risk": ("0", "0.20"),
}
DEFAULT_SURVEY_GROUPS = {"superior": "0.5", "peer": "0.3", "subordinate": "0.2"}
DEFAULT_CRITERIA = {"feasibility": "0.4", "promotion": "0.3", "benefit": "0.3"}
DEFAULT_LEVELS = [
    {"id": "general", "pct": "0.02"},
    {"id": "serious", "pct": "0.05"},
    {"id": "major", "pct": "0.20", "special_review": True, "veto": True},
]
DEFAULT_GRADING = {
    "excellent_share": "0.10",
    "quota_rounding": "floor",
    "quota_min_one": True,
    "excellent_min": "90",
    "good_min": "80",
    "pass_line": "60",
    "severe_line": "50",
    "honour_min": "85",
}
FLAG_ORDER = ["incomplete", "band_violation", "audit_discrepancy", "special_review",
              "rectification", "leadership_review"]
WARN_LEVELS = [None, "yellow", "orange", "red"]
VALUE_KINDS = {"linear", "bands", "minmax", "zscore", "direct"}


class Plan:
    """The plan with every default filled in, numbers as Fractions."""

    def __init__(self, ws: dict):
        p = ws["plan"]
        self.raw = p
        self.baseline = fr(p["baseline"]) if p.get("baseline") is not None else Fraction(100)
        self.dims = []  # list of dicts: id, inds (list of dicts), band (lo, hi)
        for d in p["dimensions"]:
            band = d.get("band")
            if band is None:
                band = DEFAULT_BANDS.get(d["id"], ("0", "1"))
            inds = []
            for i in d["indicators"]:
                inds.append({"id": i["id"], "weight": fr(i["weight"]), "method": i["method"],
                             "dim": d["id"]})
            self.dims.append({"id": d["id"], "band": (fr(band[0]), fr(band[1])), "inds": inds})
        self.core = self.dims[0]["id"]
        self.indicators = [i for d in self.dims for i in d["inds"]]
        self.profiles = {pr["id"]: {k: fr(v) for k, v in pr["weights"].items()}
                         for pr in p["profiles"]}
        sv = p.get("survey") or {}
        scale = sv.get("scale") or ["0", "100"]
        self.scale = (fr(scale[0]), fr(scale[1]))
        self.groups = {g: fr(w) for g, w in (sv.get("groups") or DEFAULT_SURVEY_GROUPS).items()}
        pn = p.get("panel") or {}
        self.criteria = {c: fr(w) for c, w in (pn.get("criteria") or DEFAULT_CRITERIA).items()}
        self.trim = int(pn["trim"]) if pn.get("trim") is not None else 1
        self.trim_min = int(pn["trim_min"]) if pn.get("trim_min") is not None else 5
        de = p.get("deductions") or {}
        levels = de.get("levels") if de.get("levels") is not None else DEFAULT_LEVELS
        self.levels = {lv["id"]: {"pct": fr(lv["pct"]),
                                  "special_review": bool(lv.get("special_review", False)),
                                  "veto": bool(lv.get("veto", False))} for lv in levels}
        self.cap = fr(de["cap"]) if de.get("cap") is not None else None
        bo = p.get("bonus") or {}
        self.per_item = fr(bo["per_item"]) if bo.get("per_item") is not None else Fraction(1)
        if "cap" in bo:
            self.bonus_cap = fr(bo["cap"]) if bo["cap"] is not None else None
        else:
            self.bonus_cap = Fraction(3)
        g = dict(DEFAULT_GRADING)
        for k, v in (p.get("grading") or {}).items():
            if v is not None:
                g[k] = v
        self.grading_raw = g
        wa = p.get("warnings") or {}
        self.lag = [fr(x) for x in (wa.get("lag") or ["0.05", "0.10", "0.20"])]
        self.drop = [fr(x) for x in (wa.get("drop") or ["5", "10", "15"])]
        self.tolerance = fr(p["audit_tolerance"]) if p.get("audit_tolerance") is not None \
            else Fraction(5, 100)
        self.missing = p.get("missing") or "exclude"
        self.cohort = p.get("cohort") or "all"
        self.max_score = fr(p["max_score"]) if p.get("max_score") is not None else None
        self.core_largest = p.get("core_largest", True)
        if self.core_largest is None:
            self.core_largest = True
        self.periods = [(pe["id"], fr(pe["weight"])) for pe in p["periods"]]
        self.period_ids = [pid for pid, _ in self.periods]
        self.period_w = dict(self.periods)


def grading_settings(plan: Plan, scenario: dict | None) -> dict:
    g = dict(plan.grading_raw)
    if scenario is not None:
        for k, v in (scenario.get("grading") or {}).items():
            if v is not None:
                g[k] = v
    return {
        "share": fr(g["excellent_share"]),
        "rounding": g["quota_rounding"],
        "min_one": bool(g["quota_min_one"]),
        "excellent_min": fr(g["excellent_min"]),
        "good_min": fr(g["good_min"]),
        "pass_line": fr(g["pass_line"]),
        "severe_line": fr(g["severe_line"]),
        "honour_min": fr(g["honour_min"]),
    }


def profile_weights(plan: Plan, scenario: dict | None) -> dict:
    w = {k: dict(v) for k, v in plan.profiles.items()}
    if scenario is not None:
        for pid, ws in (scenario.get("weights") or {}).items():
            w[pid] = {k: fr(v) for k, v in ws.items()}
    return w


def violates_bands(plan: Plan, weights: dict) -> bool:
    for d in plan.dims:
        wd = weights.get(d["id"], Fraction(0))
        lo, hi = d["band"]
        if wd < lo or wd > hi:
            return True
    if plan.core_largest:
        core = weights.get(plan.core, Fraction(0))
        for d in plan.dims:
            if weights.get(d["id"], Fraction(0)) > core:
                return True
    return False


# --------------------------------------------------------------------------- one period


class UnitPeriod:
    """Exact figures of one unit in one period."""

    def __init__(self, uid):
        self.uid = uid
        self.ind = {}          # indicator id -> Fraction score (present only, or 0 under zero)
        self.dims = {}         # dim id -> Fraction (present only)
        self.self_gap = {}     # indicator id -> Fraction
        self.flags = set()
        self.B = Fraction(0)
        self.P = Fraction(0)
        self.coef = Decimal(1)
        self.kc = Fraction(1)
        self.kr = Fraction(1)
        self.bonus = Fraction(0)
        self.F = Fraction(0)
        self.S = Fraction(0)   # published (rounded) score
        self.veto = False
        self.lag_level = 0


def value_of(v):
    """(scored value, audited pair or None) of an entered value."""
    if isinstance(v, dict):
        return fr(v["audited"]), (fr(v["reported"]), fr(v["audited"]))
    return fr(v), None


def compute_period_raw(ws: dict, plan: Plan, period: str, scenario: dict | None) -> dict:
    """Per-unit exact figures for one period (no set-level grading yet)."""
    units = {u["id"]: u for u in ws["units"]}
    records = {}
    for r in ws.get("records") or []:
        if r["period"] == period:
            records[r["unit"]] = r
    scored = [u["id"] for u in ws["units"] if u["id"] in records]
    pweights = profile_weights(plan, scenario)
    out = {uid: UnitPeriod(uid) for uid in scored}

    # values (audited where given) of every value-based indicator
    values = {}  # ind id -> {uid: Fraction}
    for ind in plan.indicators:
        kind = ind["method"]["kind"]
        if kind not in VALUE_KINDS:
            continue
        vals = {}
        for uid in scored:
            rv = (records[uid].get("values") or {}).get(ind["id"])
            if rv is None:
                continue
            v, pair = value_of(rv)
            vals[uid] = v
            if pair is not None:
                rep, aud = pair
                diff = abs(rep - aud)
                limit = plan.tolerance * abs(aud) if aud != 0 else plan.tolerance
                if diff > limit:
                    out[uid].flags.add("audit_discrepancy")
        values[ind["id"]] = vals

    lo, hi = plan.scale
    for ind in plan.indicators:
        iid = ind["id"]
        m = ind["method"]
        kind = m["kind"]
        for uid in scored:
            rec = records[uid]
            u = out[uid]
            s = None
            if kind in VALUE_KINDS:
                vals = values[iid]
                if uid in vals:
                    v = vals[uid]
                    if kind == "linear":
                        worst, best = fr(m["worst"]), fr(m["best"])
                        s = 100 * clamp((v - worst) / (best - worst), Fraction(0), Fraction(1))
                    elif kind == "bands":
                        bands = sorted(((fr(b["min"]), fr(b["score"])) for b in m["bands"]),
                                       key=lambda t: t[0], reverse=True)
                        s = Fraction(0)
                        for bmin, bscore in bands:
                            if v >= bmin:
                                s = bscore
                                break
                    elif kind == "direct":
                        s = v
                    else:  # minmax / zscore over the cohort
                        if plan.cohort == "profile":
                            prof = units[uid]["profile"]
                            cohort = [vals[x] for x in vals if units[x]["profile"] == prof]
                        else:
                            cohort = list(vals.values())
                        lower = m.get("better", "higher") == "lower"
                        if kind == "minmax":
                            mn, mx = min(cohort), max(cohort)
                            if mx == mn:
                                s = Fraction(100)
                            elif lower:
                                s = 100 * (mx - v) / (mx - mn)
                            else:
                                s = 100 * (v - mn) / (mx - mn)
                        else:
                            n = len(cohort)
                            mean = sum(cohort, Fraction(0)) / n
                            var = sum(((c - mean) ** 2 for c in cohort), Fraction(0)) / n
                            if var == 0:
                                s = Fraction(50)
                            else:
                                sd = sqrt_frac(var)
                                z = (v - mean) / sd
                                if lower:
                                    z = -z
                                s = clamp(50 + 10 * z, Fraction(0), Fraction(100))
            elif kind == "survey":
                ratings = (rec.get("ratings") or {}).get(iid)
                if ratings:
                    num = Fraction(0)
                    wsum = Fraction(0)
                    for g, lst in ratings.items():
                        if g == "self" or not lst:
                            continue
                        mapped = [(fr(r) - lo) / (hi - lo) * 100 for r in lst]
                        mean_g = sum(mapped, Fraction(0)) / len(mapped)
                        w = plan.groups[g]
                        num += w * mean_g
                        wsum += w
                    if wsum != 0:
                        s = num / wsum
                        selfs = ratings.get("self") or []
                        if selfs:
                            ms = sum(((fr(r) - lo) / (hi - lo) * 100 for r in selfs),
                                     Fraction(0)) / len(selfs)
                            u.self_gap[iid] = ms - s
            elif kind == "panel":
                experts = (rec.get("panel") or {}).get(iid)
                if experts:
                    totals = []
                    for e in experts:
                        t = Fraction(0)
                        for c, sc in e.items():
                            if c == "expert":  # the expert's name, not scored
                                continue
                            t += plan.criteria[c] * fr(sc)
                        totals.append(t)
                    totals.sort()
                    if plan.trim > 0 and len(totals) >= plan.trim_min:
                        totals = totals[plan.trim:len(totals) - plan.trim]
                    s = sum(totals, Fraction(0)) / len(totals)
            else:
                raise ValueError(f"unknown method {kind}")
            if s is None:
                u.flags.add("incomplete")
                if plan.missing == "zero":
                    u.ind[iid] = Fraction(0)
            else:
                u.ind[iid] = s

    for uid in scored:
        u = out[uid]
        rec = records[uid]
        # dimensions
        for d in plan.dims:
            if plan.missing == "zero":
                u.dims[d["id"]] = sum((i["weight"] * u.ind.get(i["id"], Fraction(0))
                                       for i in d["inds"]), Fraction(0))
            else:
                pres = [i for i in d["inds"] if i["id"] in u.ind]
                wsum = sum((i["weight"] for i in pres), Fraction(0))
                if pres and wsum != 0:
                    u.dims[d["id"]] = sum((i["weight"] * u.ind[i["id"]] for i in pres),
                                          Fraction(0)) / wsum
        # weighted score
        W = pweights[units[uid]["profile"]]
        pres = [d["id"] for d in plan.dims if d["id"] in u.dims]
        wsum = sum((W.get(d, Fraction(0)) for d in pres), Fraction(0))
        if pres and wsum != 0:
            u.B = sum((W.get(d, Fraction(0)) * u.dims[d] for d in pres), Fraction(0)) / wsum
        else:
            u.B = Fraction(0)
        if violates_bands(plan, W):
            u.flags.add("band_violation")
        # deductions
        tot = Fraction(0)
        for ev in rec.get("events") or []:
            lv = plan.levels[ev["level"]]
            tot += lv["pct"]
            if lv["special_review"]:
                u.flags.add("special_review")
            if lv["veto"]:
                u.veto = True
        P = plan.baseline * tot
        if plan.cap is not None:
            P = min(P, plan.cap * plan.baseline)
        u.P = P
        # coefficients
        co = rec.get("coefficients") or {}
        kc = dec(co["coordination"]) if co.get("coordination") is not None else Decimal(1)
        kr = dec(co["risk"]) if co.get("risk") is not None else Decimal(1)
        u.coef = kc * kr
        u.kc, u.kr = Fraction(kc), Fraction(kr)
        # bonus
        closed = rec.get("closed_items")
        closed = int(closed) if closed is not None else 0
        b = plan.per_item * closed
        if plan.bonus_cap is not None:
            b = min(b, plan.bonus_cap)
        u.bonus = b
        F = (u.B - u.P) * u.kc * u.kr + u.bonus
        F = max(Fraction(0), F)
        if plan.max_score is not None:
            F = min(F, plan.max_score)
        u.F = F
        u.S = round2(F)
        # progress lag
        level = 0
        for iid, pv in (rec.get("planned") or {}).items():
            if pv is None:
                continue
            vals = values.get(iid)
            if vals is None or uid not in vals:
                continue  # READING 6
            lag = fr(pv) - vals[uid]
            level = max(level, warn_level(lag, plan.lag))
        u.lag_level = level
    return out


def warn_level(x: Fraction, thresholds) -> int:
    y, o, r = thresholds
    if x >= r:
        return 3
    if x >= o:
        return 2
    if x >= y:
        return 1
    return 0


# --------------------------------------------------------------------------- set level


def history_previous(ws: dict, uid: str):
    prev = None
    for h in ws.get("history") or []:
        sc = h.get("scores") or {}
        if uid in sc and sc[uid] is not None:
            prev = round2(fr(sc[uid]))
    return prev


def compute_quota(n: int, g: dict) -> int:
    x = n * g["share"]
    if g["rounding"] == "floor":
        q = math.floor(x)
    elif g["rounding"] == "ceil":
        q = math.ceil(x)
    elif g["rounding"] == "round":
        q = math.floor(x + HALF)
    else:
        raise ValueError(f"quota_rounding {g['rounding']}")
    if g["min_one"] and n >= 1:
        q = max(q, 1)
    return q


def grade_set(entries: list, plan: Plan, g: dict):
    """entries: dicts with uid, S, core (rounded or None), P (rounded), veto.
    Sets rank, grade; returns (quota, quota_tie)."""
    # competition ranking by S
    for e in entries:
        e["rank"] = 1 + sum(1 for o in entries if o["S"] > e["S"])
    n = len(entries)
    quota = compute_quota(n, g)
    cands = [e for e in entries if e["S"] >= g["excellent_min"] and not e["veto"]]

    def key(e):
        # S desc, core desc (missing core below any), P asc
        has_core = 0 if e["core"] is not None else 1
        core = -(e["core"] if e["core"] is not None else 0)
        return (-e["S"], has_core, core, e["P"])

    cands.sort(key=key)
    excellent = set()
    quota_tie = False
    if quota > 0 and cands:
        chosen = cands[:quota]
        excellent = {e["uid"] for e in chosen}
        if len(cands) > quota:
            last = key(chosen[-1])
            for e in cands[quota:]:
                if key(e) == last:
                    excellent.add(e["uid"])
                    quota_tie = True
    for e in entries:
        if e["uid"] in excellent:
            e["grade"] = "excellent"
        elif e["S"] >= g["good_min"]:
            e["grade"] = "good"
        elif e["S"] >= g["pass_line"]:
            e["grade"] = "pass"
        else:
            e["grade"] = "fail"
    return quota, quota_tie


def honours_for(entries: list, g: dict, plan: Plan, dims_of) -> dict:
    """dims_of(uid) -> {dim: rounded Fraction}. Returns uid -> list of honours."""
    res = {e["uid"]: [] for e in entries}
    dim_ids = {d["id"] for d in plan.dims}
    for honour, dim in (("innovation_award", "innovation"), ("collaboration_award", "team")):
        if dim not in dim_ids:
            continue
        scores = {e["uid"]: dims_of(e["uid"])[dim] for e in entries if dim in dims_of(e["uid"])}
        if not scores:
            continue
        best = max(scores.values())
        if best < g["honour_min"]:
            continue
        for uid, s in scores.items():
            if s == best:
                res[uid].append(honour)
    return res


class Engine:
    def __init__(self, ws: dict):
        self.ws = ws
        self.plan = Plan(ws)
        self._cache = {}

    def scenario(self, sid):
        if sid is None:
            return None
        for s in self.ws.get("scenarios") or []:
            if s["id"] == sid:
                return s
        raise KeyError(f"no scenario {sid}")

    def raw(self, period, sid):
        key = (period, sid)
        if key not in self._cache:
            self._cache[key] = compute_period_raw(self.ws, self.plan, period, self.scenario(sid))
        return self._cache[key]

    def previous(self, uid, period, sid):
        """READING 8: nearest earlier plan period in which the unit was scored, else history."""
        idx = self.plan.period_ids.index(period)
        for p in reversed(self.plan.period_ids[:idx]):
            r = self.raw(p, sid)
            if uid in r:
                return r[uid].S
        return history_previous(self.ws, uid)

    # ------------------------------------------------------------------ period result
    def period_result(self, period, sid):
        plan = self.plan
        g = grading_settings(plan, self.scenario(sid))
        raw = self.raw(period, sid)
        entries = []
        for uid, u in raw.items():
            core = round2(u.dims[plan.core]) if plan.core in u.dims else None
            entries.append({"uid": uid, "S": u.S, "core": core, "P": round2(u.P),
                            "veto": u.veto})
        quota, quota_tie = grade_set(entries, plan, g)
        rdims = {uid: {d: round2(v) for d, v in u.dims.items()} for uid, u in raw.items()}
        hon = honours_for(entries, g, plan, lambda uid: rdims[uid])
        units_out = []
        official = True
        for e in entries:
            uid = e["uid"]
            u = raw[uid]
            flags = set(u.flags)
            prev = self.previous(uid, period, sid)
            if prev is not None and u.S < g["pass_line"] and prev < g["pass_line"]:
                flags.add("rectification")
            if u.S < g["severe_line"]:
                flags.add("leadership_review")
            if "band_violation" in flags:
                official = False
            level = u.lag_level
            if prev is not None:
                level = max(level, warn_level(prev - u.S, plan.drop))
            units_out.append({
                "unit": uid,
                "score": fmt2(u.S),
                "rank": e["rank"],
                "grade": e["grade"],
                "weighted": fmt2(u.B),
                "deduction": fmt2(u.P),
                "coefficient": str(u.coef),
                "bonus": fmt2(u.bonus),
                "dimensions": {d["id"]: fmt2(u.dims[d["id"]]) for d in plan.dims
                               if d["id"] in u.dims},
                "indicators": {i["id"]: fmt2(u.ind[i["id"]]) for i in plan.indicators
                               if i["id"] in u.ind},
                "self_gap": {i["id"]: fmt2(u.self_gap[i["id"]]) for i in plan.indicators
                             if i["id"] in u.self_gap},
                "flags": [f for f in FLAG_ORDER if f in flags],
                "warning": WARN_LEVELS[level],
                "honours": hon[uid],
                "previous": fmt2(prev) if prev is not None else None,
                "delta": fmt2(u.S - prev) if prev is not None else None,
            })
        scores = {uid: u.S for uid, u in raw.items()}
        return self._finish(period, sid, official, quota, quota_tie, units_out, scores)

    # ------------------------------------------------------------------ annual result
    def annual_result(self, sid):
        plan = self.plan
        g = grading_settings(plan, self.scenario(sid))
        per = {p: self.raw(p, sid) for p in plan.period_ids}
        uids = [u["id"] for u in self.ws["units"] if any(u["id"] in per[p] for p in per)]
        data = {}
        entries = []
        for uid in uids:
            num = Fraction(0)
            wsum = Fraction(0)
            flags = set()
            veto = False
            P = Fraction(0)
            dnum = {d["id"]: Fraction(0) for d in plan.dims}
            dw = {d["id"]: Fraction(0) for d in plan.dims}
            has_dim = {d["id"]: False for d in plan.dims}
            for p in plan.period_ids:
                w = plan.period_w[p]
                if uid not in per[p]:
                    flags.add("incomplete")
                    continue
                u = per[p][uid]
                num += w * u.S
                wsum += w
                for f in ("incomplete", "band_violation", "audit_discrepancy", "special_review"):
                    if f in u.flags:
                        flags.add(f)
                veto = veto or u.veto
                P += u.P
                for d, v in u.dims.items():
                    dnum[d] += w * round2(v)
                    dw[d] += w
                    has_dim[d] = True
            A = round2(num / wsum) if wsum != 0 else Fraction(0)
            dims = {}
            for d in plan.dims:
                did = d["id"]
                if has_dim[did] and dw[did] != 0:
                    dims[did] = round2(dnum[did] / dw[did])
            data[uid] = {"A": A, "flags": flags, "veto": veto, "P": P, "dims": dims}
            entries.append({"uid": uid, "S": A, "core": dims.get(plan.core), "P": round2(P),
                            "veto": veto})
        quota, quota_tie = grade_set(entries, plan, g)
        hon = honours_for(entries, g, plan, lambda uid: data[uid]["dims"])
        units_out = []
        official = True
        for e in entries:
            uid = e["uid"]
            dd = data[uid]
            flags = set(dd["flags"])
            A = dd["A"]
            prev = history_previous(self.ws, uid)
            if prev is not None and A < g["pass_line"] and prev < g["pass_line"]:
                flags.add("rectification")
            if A < g["severe_line"]:
                flags.add("leadership_review")
            if "band_violation" in flags:
                official = False
            level = warn_level(prev - A, plan.drop) if prev is not None else 0
            units_out.append({
                "unit": uid,
                "score": fmt2(A),
                "rank": e["rank"],
                "grade": e["grade"],
                "deduction": fmt2(dd["P"]),
                "dimensions": {d["id"]: fmt2(dd["dims"][d["id"]]) for d in plan.dims
                               if d["id"] in dd["dims"]},
                "flags": [f for f in FLAG_ORDER if f in flags],
                "warning": WARN_LEVELS[level],
                "honours": hon[uid],
                "previous": fmt2(prev) if prev is not None else None,
                "delta": fmt2(A - prev) if prev is not None else None,
            })
        scores = {uid: data[uid]["A"] for uid in uids}
        return self._finish("annual", sid, official, quota, quota_tie, units_out, scores)

    def _finish(self, period, sid, official, quota, quota_tie, units_out, scores):
        units_out.sort(key=lambda x: (x["rank"], x["unit"]))
        link = self.ws.get("linkage") or {}
        lam = fr(link["lambda"]) if link.get("lambda") is not None else Fraction(3, 10)
        min_months = int(link["min_months"]) if link.get("min_months") is not None else 6
        people = []
        for p in self.ws.get("people") or []:
            graded = not (p.get("status") == "new" and p.get("months_in_post") is not None
                          and int(p["months_in_post"]) < min_months)
            target = p.get("host_unit") if p.get("status") == "seconded" else p.get("unit")
            score = None
            if target in scores and p.get("personal") is not None:
                score = fmt2((1 - lam) * fr(p["personal"]) + lam * scores[target])
            people.append({"person": p["id"], "score": score, "graded": graded})
        return {
            "format": "scorecard-results",
            "version": 1,
            "scenario": sid,
            "period": period,
            "official": official,
            "quota": quota,
            "quota_tie": quota_tie,
            "units": units_out,
            "people": people,
        }


def score(workspace: dict, period: str, scenario: str | None = None) -> dict:
    eng = Engine(workspace)
    if period == "annual":
        return eng.annual_result(scenario)
    return eng.period_result(period, scenario)


def default_period(workspace: dict) -> str:
    have = {r["period"] for r in workspace.get("records") or []}
    last = None
    for pe in workspace["plan"]["periods"]:
        if pe["id"] in have:
            last = pe["id"]
    if last is None:
        raise ValueError("no period has records")
    return last


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("workspace")
    ap.add_argument("--period")
    ap.add_argument("--scenario")
    a = ap.parse_args(argv)
    ws = load(a.workspace)
    period = a.period or default_period(ws)
    json.dump(score(ws, period, a.scenario), sys.stdout, ensure_ascii=False, indent=2)
    print()


if __name__ == "__main__":
    main()
