#!/usr/bin/env python3
"""Checks docs/workspace.schema.json against the files the engine accepts and refuses.

    python3 tests/schema/check_schema.py [--bin target/debug/scorecard]

1. The schema is a valid JSON Schema (draft 2020-12, `Draft202012Validator.check_schema`).
2. It accepts every valid workspace in the repository: the demo and the format example
   (`crates/engine/data/`), the example printed in `docs/file-format.md` (which must also
   equal `crates/engine/data/example.json`), every file of `tests/valid/` and the workspace
   of every hand-worked case in `crates/engine/tests/cases/`. With `--bin`, also the
   workspaces the engine itself writes (the `workspace` embedded in `scorecard score`
   output for the demo and the example), so the export form is covered too.
3. Every file of the malformed corpus (`crates/engine/tests/malformed/`, else
   `crates/cli/tests/malformed/`) is classified below: MUST_REJECT (the schema expresses the
   fault and must reject the file), NOT_JSON (the fault is below the schema: the file is
   not JSON the engine's reader accepts, checked with a reader as strict as the engine's),
   or CANNOT_EXPRESS (a semantic fault the schema cannot state; the schema must accept the
   file, so that the list stays honest). A file in no list, or in the wrong one, fails.

Exit status 0 when everything holds, 1 otherwise (every failure is printed).
Needs Python 3 and `jsonschema` (scripts/install-tools.sh installs it).
"""
from __future__ import annotations

import argparse
import decimal
import json
import os
import re
import subprocess
import sys
from decimal import Decimal

try:
    import jsonschema
except ImportError:  # pragma: no cover
    print("check_schema: the Python package `jsonschema` is missing "
          "(scripts/install-tools.sh installs it)", file=sys.stderr)
    sys.exit(1)

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SCHEMA = os.path.join(ROOT, "docs", "workspace.schema.json")
FORMAT_DOC = os.path.join(ROOT, "docs", "file-format.md")
GENERATED = 30  # workspaces from tests/reference/generate.py
MAX_DEPTH = 64  # the engine's reader (crates/engine/src/json.rs, MAX_DEPTH)

# The fault of each malformed file, by file name. ------------------------------------------

# The schema states the rule that the file breaks: (JSON path of the fault, what it is). The
# schema must reject the file with an error at that path (or inside it).
MUST_REJECT = {
    "13-string-for-object.json": ("plan.survey", "plan.survey is a string, not an object"),
    "14-number-for-array.json": ("records[0].events", "records[0].events is a number, not an array"),
    "15-bool-for-decimal.json": ("plan.audit_tolerance", "plan.audit_tolerance is a boolean, not a decimal"),
    "16-decimal-abc.json": ("records[0].values.plans", "'abc' is not decimal text"),
    "17-decimal-comma.json": ("people[0].personal", "'86,5' is not decimal text"),
    "18-decimal-leading-space.json": ("plan.baseline", "' 100' is not decimal text"),
    "21-number-exponent-overflow.json": ("records[0].values.utilisation", "the number 1e999 is beyond rust_decimal's range"),
    "22-string-for-integer.json": ("plan.panel.trim", "'one' is not a whole number"),
    "23-root-array.json": ("(root)", "the root is an array, not an object"),
    "76-expert-name-not-text.json": ("records[0].panel.panel[0].expert", "an expert's name is a number, not text"),
    "77-criterion-named-expert.json": ("plan.panel.criteria", "a criterion has the reserved id 'expert'"),
    "24-negative-weight.json": ("plan.dimensions[0].indicators[2].weight", "an indicator weight below 0"),
    "25-weight-above-1.json": ("plan.dimensions[3].indicators[0].weight", "an indicator weight above 1"),
    "29-audit-tolerance-negative.json": ("plan.audit_tolerance", "audit_tolerance below 0"),
    "32-closed-items-negative.json": ("records[0].closed_items", "closed_items below 0"),
    "33-closed-items-fraction.json": ("records[0].closed_items", "closed_items not whole"),
    "34-panel-criterion-101.json": ("records[0].panel.panel[0].feasibility", "an expert's criterion score above 100"),
    "35-scenario-excellent-share-1.5.json": ("scenarios[0].grading.excellent_share", "excellent_share above 1"),
    "50-seconded-without-host-unit.json": ("people[1]", "a seconded person without host_unit"),
    "62-id-65-characters.json": ("units[1].id", "an id of 65 characters"),
    "63-empty-id.json": ("scenarios[0].id", "an empty id"),
    "64-name-201-characters.json": ("units[0].name", "a name of 201 characters"),
    "65-unknown-top-level-field.json": ("(root)", "an unknown field at the root"),
    "66-unknown-field-in-unit.json": ("units[0]", "an unknown field in a unit"),
    "67-wrong-format.json": ("format", "format is not scorecard-workspace"),
    "68-version-2.json": ("version", "version is not 1"),
    "69-missing-plan-periods.json": ("plan", "plan.periods is missing"),
    "71-missing-plan.json": ("(root)", "plan is missing"),
    "72-record-missing-period.json": ("records[0]", "a record without period"),
    "73-unknown-unit-level.json": ("units[0].level", "a unit level outside hq/direct/branch"),
    "74-unknown-method-kind.json": ("plan.dimensions[3].indicators[0].method.kind", "a method kind outside the seven"),
    "75-unknown-field-in-plan.json": ("plan", "an unknown field in the plan"),
}

# Not JSON as the engine reads it (a syntax error, or a reader limit).
NOT_JSON = {
    "01-trailing-comma-object.json": "syntax: trailing comma in an object",
    "02-trailing-comma-array.json": "syntax: trailing comma in an array",
    "03-unterminated-string.json": "syntax: unterminated string",
    "04-bad-escape.json": "syntax: invalid escape",
    "05-lone-surrogate.json": "a lone UTF-16 surrogate escape is not a Unicode character",
    "06-control-character.json": "syntax: raw control character in a string",
    "07-two-top-level-values.json": "syntax: two top-level values",
    "08-empty-file.json": "syntax: empty file",
    "09-nan.json": "syntax: NaN is not JSON",
    "10-leading-zero.json": "syntax: number with a leading zero",
    "11-duplicate-key.json": "duplicate object key (a parsed document cannot hold one)",
    "12-nesting-200-deep.json": "nesting deeper than the reader's 64 levels",
}

# Semantic faults: references, sums, uniqueness, ranges set by the plan, cross-field rules.
CANNOT_EXPRESS = {
    "19-decimal-exponent-overflow.json": "'1e999' is decimal text; its size limit is not a pattern",
    "20-decimal-29-digits.json": "29 decimal places: rust_decimal's digit limit is not a pattern",
    "26-direct-101.json": "the [0, 100] range applies only to values of direct indicators",
    "27-rating-outside-scale.json": "the rating scale is set by the plan",
    "28-coefficient-outside-range.json": "the coefficient range is set by the plan",
    "30-trim-min-not-above-2-trim.json": "relation between two fields (trim_min > 2 × trim)",
    "31-band-lo-above-hi.json": "relation between two items (low ≤ high)",
    "36-indicator-weights-0.99.json": "weights summing to 1",
    "37-profile-weights-1.01.json": "weights summing to 1",
    "38-period-weights-1.01.json": "weights summing to 1",
    "39-profile-missing-dimension.json": "every dimension of the plan must be weighed (a reference)",
    "40-record-unit-unknown.json": "unknown reference (unit)",
    "41-record-period-unknown.json": "unknown reference (period)",
    "42-unit-profile-unknown.json": "unknown reference (profile)",
    "43-values-unknown-indicator.json": "unknown reference (indicator)",
    "44-values-on-survey-indicator.json": "input kind depends on the referenced indicator's method",
    "45-ratings-on-non-survey-indicator.json": "input kind depends on the referenced indicator's method",
    "46-unknown-rating-group.json": "unknown reference (rater group of the plan)",
    "47-unknown-panel-criterion.json": "unknown reference (criterion of the plan)",
    "48-unknown-deduction-level.json": "unknown reference (deduction level)",
    "49-person-unit-unknown.json": "unknown reference (unit)",
    "51-scenario-unknown-profile.json": "unknown reference (profile)",
    "52-history-unknown-unit.json": "unknown reference (unit)",
    "53-unknown-indicator-key-quoted.json": "unknown reference (indicator)",
    "54-history-unit-key-with-dot.json": "unknown reference (unit)",
    "55-profile-weight-unknown-dimension.json": "unknown reference (dimension)",
    "56-host-unit-unknown.json": "unknown reference (unit)",
    "57-duplicate-unit-id.json": "duplicate id",
    "58-duplicate-indicator-across-dimensions.json": "duplicate id (across dimensions)",
    "59-duplicate-period-id.json": "duplicate id",
    "60-duplicate-record-unit-period.json": "duplicate (unit, period) record",
    "61-duplicate-person-id.json": "duplicate id",
    "70-linear-best-equals-worst.json": "relation between two fields (best ≠ worst)",
}

FAILS: list[str] = []


def fail(msg: str) -> None:
    FAILS.append(msg)
    print(f"FAIL {msg}")


def rel(path: str) -> str:
    return os.path.relpath(path, ROOT)


# A JSON reader as strict as the engine's. --------------------------------------------------

class NotJson(ValueError):
    pass


def _no_constant(name):
    raise NotJson(f"{name} is not JSON")


def _no_duplicates(pairs):
    seen = set()
    for k, _ in pairs:
        if k in seen:
            raise NotJson(f"duplicate key {k!r}")
        seen.add(k)
    return dict(pairs)


def _check_tree(v, depth: int = 0) -> None:
    if isinstance(v, (dict, list)):
        if depth + 1 > MAX_DEPTH:
            raise NotJson(f"nesting deeper than {MAX_DEPTH} levels")
        items = v.items() if isinstance(v, dict) else enumerate(v)
        for k, x in items:
            if isinstance(k, str):
                _check_str(k)
            _check_tree(x, depth + 1)
    elif isinstance(v, str):
        _check_str(v)


def _check_str(s: str) -> None:
    if any(0xD800 <= ord(c) <= 0xDFFF for c in s):
        raise NotJson("lone surrogate in a string")


def load_strict(text: str):
    """Parses like the engine: decimals exact, no NaN/Infinity, no duplicate keys, no lone
    surrogates, at most MAX_DEPTH levels. Raises NotJson (or ValueError) otherwise."""
    try:
        v = json.loads(text, parse_float=Decimal, parse_constant=_no_constant,
                       object_pairs_hook=_no_duplicates)
    except NotJson:
        raise
    except (ValueError, RecursionError) as e:
        raise NotJson(str(e)) from e
    _check_tree(v)
    return v


def load_file(path: str):
    with open(path, encoding="utf-8", errors="surrogatepass") as f:
        return load_strict(f.read())


# --------------------------------------------------------------------------------------------

def json_path(parts) -> str:
    """A path as the engine writes it: `records[0].values.plans`, `(root)`."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out or "(root)"


def leaves(errors):
    """The innermost errors (inside anyOf/oneOf/if), where the fault actually is."""
    for e in errors:
        if e.context:
            yield from leaves(e.context)
        else:
            yield e


def errors_of(validator, doc) -> list[tuple[str, str]]:
    """(path, message) of every innermost error, in document order."""
    found = [(json_path(e.absolute_path), e.message[:160]) for e in leaves(validator.iter_errors(doc))]
    return sorted(set(found))


def under(path: str, prefix: str) -> bool:
    if prefix == "(root)":
        return path == "(root)"
    return (path == prefix or path.startswith(prefix + ".")
            or path.startswith(prefix + "["))


def expect_valid(validator, label: str, doc) -> None:
    errs = errors_of(validator, doc)
    if errs:
        fail(f"{label}: the schema rejects a workspace the engine accepts:\n    "
             + "\n    ".join(f"{p}: {m}" for p, m in errs[:10]))
    else:
        print(f"ok   {label}")


def first_dir(*candidates: str) -> str | None:
    for c in candidates:
        p = os.path.join(ROOT, c)
        if os.path.isdir(p):
            return p
    return None


def doc_example():
    text = open(FORMAT_DOC, encoding="utf-8").read()
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    if not blocks:
        raise NotJson(f"{rel(FORMAT_DOC)} has no ```json block")
    return load_strict(blocks[0])


def check_valid(validator, bin_path: str | None) -> None:
    data = os.path.join(ROOT, "crates", "engine", "data")
    for name in ("demo.json", "example.json"):
        expect_valid(validator, f"crates/engine/data/{name}", load_file(os.path.join(data, name)))

    try:
        ex = doc_example()
    except (OSError, ValueError) as e:
        fail(f"docs/file-format.md example: {e}")
    else:
        expect_valid(validator, "docs/file-format.md example (first ```json block)", ex)
        if ex != load_file(os.path.join(data, "example.json")):
            fail("docs/file-format.md example differs from crates/engine/data/example.json")

    valid_dir = first_dir("crates/engine/tests/valid", "crates/cli/tests/valid")
    if valid_dir is None:
        fail("no tests/valid/ directory found")
    else:
        for name in sorted(os.listdir(valid_dir)):
            if name.endswith(".json"):
                p = os.path.join(valid_dir, name)
                expect_valid(validator, rel(p), load_file(p))

    cases = os.path.join(ROOT, "crates", "engine", "tests", "cases")
    n = 0
    for name in sorted(os.listdir(cases)):
        if not name.endswith(".json"):
            continue
        case = load_file(os.path.join(cases, name))
        if isinstance(case, dict) and "workspace" in case:
            n += 1
            expect_valid(validator, f"cases/{name} workspace", case["workspace"])
    if n == 0:
        fail("crates/engine/tests/cases/ holds no workspace")

    # Random valid workspaces of the differential test's generator (numbers and strings,
    # negative values, every method and option); the differential runs the engine on them.
    sys.path.insert(0, os.path.join(ROOT, "tests", "reference"))
    import generate  # noqa: E402

    bad = []
    for seed in range(GENERATED):
        errs = errors_of(validator, load_strict(generate.dumps(generate.generate(seed))))
        if errs:
            bad.append(f"seed {seed}: {errs[0][0]}: {errs[0][1]}")
    if bad:
        fail(f"generated workspaces rejected by the schema ({len(bad)} of {GENERATED}):\n    "
             + "\n    ".join(bad[:10]))
    else:
        print(f"ok   {GENERATED} generated workspaces (tests/reference/generate.py, seeds 0 … "
              f"{GENERATED - 1})")

    if bin_path:
        for name in ("demo.json", "example.json"):
            p = os.path.join(data, name)
            run = subprocess.run([bin_path, "score", p, "--period", "annual"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                fail(f"{bin_path} score {rel(p)}: exit {run.returncode}: {run.stderr[:500]}")
                continue
            expect_valid(validator, f"workspace exported by the engine ({name})",
                         load_strict(run.stdout)["workspace"])


def check_malformed(validator) -> tuple[int, int, int]:
    mal = first_dir("crates/engine/tests/malformed", "crates/cli/tests/malformed")
    if mal is None:
        fail("no malformed corpus found (crates/engine/tests/malformed, crates/cli/tests/malformed)")
        return 0, 0, 0
    print(f"malformed corpus: {rel(mal)}")
    files = sorted(f for f in os.listdir(mal) if f.endswith(".json"))
    lists = (MUST_REJECT, NOT_JSON, CANNOT_EXPRESS)
    for a in range(3):
        for b in range(a + 1, 3):
            for f in set(lists[a]) & set(lists[b]):
                fail(f"{f} is in two lists")
    for listed in set(MUST_REJECT) | set(NOT_JSON) | set(CANNOT_EXPRESS):
        if listed not in files:
            fail(f"{listed} is listed here but not in {rel(mal)} (remove it from the lists)")
    for f in files:
        path = os.path.join(mal, f)
        try:
            doc, parse_error = load_file(path), None
        except (ValueError, UnicodeDecodeError) as e:
            doc, parse_error = None, str(e)
        if f in NOT_JSON:
            if parse_error is None:
                fail(f"{f}: listed as not JSON, but a strict reader accepts it")
            else:
                print(f"ok   {f}: not JSON ({parse_error[:80]})")
        elif parse_error is not None:
            fail(f"{f}: not JSON ({parse_error[:120]}); list it in NOT_JSON")
        elif f in MUST_REJECT:
            where, what = MUST_REJECT[f]
            errs = errors_of(validator, doc)
            at = [(p, m) for p, m in errs if under(p, where)]
            if at:
                print(f"ok   {f}: rejected at {at[0][0]}: {at[0][1][:80]}")
            elif errs:
                fail(f"{f}: the schema must reject it at {where} ({what}), but its errors are "
                     f"elsewhere: " + "; ".join(f"{p}: {m}" for p, m in errs[:3]))
            else:
                fail(f"{f}: the schema must reject it at {where} ({what}) but accepts it")
        elif f in CANNOT_EXPRESS:
            errs = errors_of(validator, doc)
            if errs:
                fail(f"{f}: listed as not expressible ({CANNOT_EXPRESS[f]}), but the schema "
                     f"rejects it at {errs[0][0]}: {errs[0][1]}; move it to MUST_REJECT if "
                     f"that is its fault")
            else:
                print(f"ok   {f}: accepted, as expected ({CANNOT_EXPRESS[f]})")
        else:
            errs = errors_of(validator, doc)
            what = (f"the schema rejects it at {errs[0][0]}: {errs[0][1]}" if errs
                    else "the schema accepts it")
            fail(f"{f}: a new malformed case; classify it in tests/schema/check_schema.py "
                 f"(MUST_REJECT, NOT_JSON or CANNOT_EXPRESS); {what}")
    count = lambda lst: sum(1 for f in files if f in lst)  # noqa: E731
    return count(MUST_REJECT), count(NOT_JSON), count(CANNOT_EXPRESS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="the scorecard binary; also check the workspaces it exports")
    args = ap.parse_args()
    decimal.getcontext().prec = 4000  # exact `multipleOf` on large Decimals

    schema = json.load(open(SCHEMA, encoding="utf-8"))
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"FAIL {rel(SCHEMA)} is not a valid draft 2020-12 schema: {e.message}")
        return 1
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        fail(f"{rel(SCHEMA)}: $schema is not draft 2020-12")
    print(f"ok   {rel(SCHEMA)} is a valid draft 2020-12 schema")
    validator = jsonschema.Draft202012Validator(schema)

    check_valid(validator, args.bin)
    rejected, not_json, cannot = check_malformed(validator)
    print(f"malformed: {rejected} rejected by the schema, {not_json + cannot} not expressible "
          f"({not_json} not JSON, {cannot} semantic)")
    if FAILS:
        print(f"check_schema: {len(FAILS)} failure(s)", file=sys.stderr)
        return 1
    print("check_schema: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
