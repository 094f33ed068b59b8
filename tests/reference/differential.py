#!/usr/bin/env python3
"""Differential test: the Rust `scorecard score` against reference.py on random workspaces.

    python3 tests/reference/differential.py [--seeds N] [--start S] [--bin PATH] [--max-report K]

For every seed: generate a workspace (generate.py), write it to a temp file, and for every
period, "annual", and every scenario (and the plan itself) run
`scorecard score FILE --period P [--scenario X]`; compare every field of its JSON (except
`workspace`, `engine`, `input_sha256`) with reference.score(). Mismatches are printed as
`seed S period P scenario X: units[zd1].score: rust=... ref=...`; a failing workspace is
kept at /tmp/diff-fail-SEED.json. Exit 1 on any mismatch.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import generate  # noqa: E402
import reference  # noqa: E402

IGNORED = {"workspace", "engine", "input_sha256"}


def fmt(v) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


def diff(path: str, rust, ref, out: list):
    """Append (path, rust, ref) for every difference; lists of units/people keyed by id."""
    if isinstance(ref, dict) and isinstance(rust, dict):
        for k in ref:
            if k in IGNORED:
                continue
            if k not in rust:
                out.append((f"{path}.{k}" if path else k, "<absent>", ref[k]))
            else:
                diff(f"{path}.{k}" if path else k, rust[k], ref[k], out)
        for k in rust:
            if k not in ref and k not in IGNORED:
                out.append((f"{path}.{k}" if path else k, rust[k], "<absent>"))
        # key order matters for dimensions / indicators / self_gap (plan order)
        if path.split(".")[-1] in ("dimensions", "indicators", "self_gap") and \
                set(rust) == set(ref) and list(rust) != list(ref):
            out.append((path + "<order>", list(rust), list(ref)))
        return
    if isinstance(ref, list) and isinstance(rust, list):
        idkey = None
        if ref and isinstance(ref[0], dict):
            idkey = "unit" if "unit" in ref[0] else "person" if "person" in ref[0] else None
        if idkey and all(isinstance(x, dict) and idkey in x for x in rust):
            rmap = {x[idkey]: x for x in rust}
            fmap = {x[idkey]: x for x in ref}
            for k, v in fmap.items():
                if k not in rmap:
                    out.append((f"{path}[{k}]", "<absent>", "<present>"))
                else:
                    diff(f"{path}[{k}]", rmap[k], v, out)
            for k in rmap:
                if k not in fmap:
                    out.append((f"{path}[{k}]", "<present>", "<absent>"))
            if [x[idkey] for x in rust] != [x[idkey] for x in ref] and set(rmap) == set(fmap):
                out.append((f"{path}<order>", [x[idkey] for x in rust], [x[idkey] for x in ref]))
            return
        if rust != ref:
            out.append((path, rust, ref))
        return
    if type(rust) is not type(ref) or rust != ref:
        out.append((path, rust, ref))


def find_bin(arg: str | None) -> list[str]:
    if arg:
        return [arg]
    b = os.path.join(ROOT, "target", "debug", "scorecard")
    if os.path.exists(b):
        return [b]
    return ["cargo", "run", "-q", "-p", "scorecard-cli", "--bin", "scorecard", "--"]


def run_rust(cmd: list[str], path: str, period: str | None, scenario: str | None):
    args = cmd + ["score", path] + (["--period", period] if period is not None else [])
    if scenario is not None:
        args += ["--scenario", scenario]
    p = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=300)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.strip()[:800]}"
    try:
        return json.loads(p.stdout), None
    except json.JSONDecodeError as e:
        return None, f"stdout is not JSON ({e}): {p.stdout[:300]!r}"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Rust engine vs reference.py")
    ap.add_argument("--seeds", type=int, default=150)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--bin", default=None, help="scorecard binary (default target/debug/"
                    "scorecard, else cargo run)")
    ap.add_argument("--max-report", type=int, default=20,
                    help="mismatch lines printed per seed (all are counted)")
    ap.add_argument("--workspace", default=None,
                    help="compare on this workspace file instead of generated ones")
    a = ap.parse_args(argv)
    cmd = find_bin(a.bin)
    passed = failed = 0
    tmpdir = tempfile.mkdtemp(prefix="scorecard-diff-")
    if a.workspace:
        seeds = [None]
    else:
        seeds = range(a.start, a.start + a.seeds)
    for seed in seeds:
        if seed is None:
            path = a.workspace
            text = open(path, encoding="utf-8").read()
        else:
            text = generate.dumps(generate.generate(seed))
            path = os.path.join(tmpdir, f"ws-{seed}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        ws = json.loads(text, parse_float=Decimal)
        periods = [p["id"] for p in ws["plan"]["periods"]] + ["annual"]
        scenarios = [None] + [s["id"] for s in ws.get("scenarios") or []]
        problems = []
        for period in periods:
            for sc in scenarios:
                try:
                    ref = reference.score(ws, period, sc)
                except Exception as e:  # a reference bug: report it, keep going
                    problems.append((period, sc, "<reference raised>", "", repr(e)))
                    continue
                rust, err = run_rust(cmd, path, period, sc)
                if err is not None:
                    problems.append((period, sc, "<run>", err, "results"))
                    continue
                out = []
                diff("", rust, ref, out)
                for where, rv, fv in out:
                    problems.append((period, sc, where, rv, fv))
        if ws.get("records"):
            # the default period: the last period that has records
            rust, err = run_rust(cmd, path, None, None)
            want = reference.default_period(ws)
            if err is not None:
                problems.append(("<default>", None, "<run>", err, "results"))
            elif rust.get("period") != want:
                problems.append(("<default>", None, "period", rust.get("period"), want))
        if problems:
            failed += 1
            keep = f"/tmp/diff-fail-{seed if seed is not None else 'ws'}.json"
            with open(keep, "w", encoding="utf-8") as f:
                f.write(text)
            for i, (period, sc, where, rv, fv) in enumerate(problems):
                if i >= a.max_report:
                    print(f"seed {seed}: ... {len(problems) - a.max_report} more")
                    break
                rvs = rv if isinstance(rv, str) and where == "<run>" else fmt(rv)
                print(f"seed {seed} period {period} scenario {sc}: {where}: "
                      f"rust={rvs} ref={fmt(fv)}")
            print(f"seed {seed}: {len(problems)} mismatches, workspace kept at {keep}")
        else:
            passed += 1
        sys.stdout.flush()
    print(f"differential: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
