#!/usr/bin/env python3
"""The code's size rules (issue 9), checked over every tracked Rust file:

- no function over 120 lines (its lines that are neither blank nor only a comment), Yew
  components included (clippy's `too_many_lines` is denied at the same 120 in Cargo.toml,
  but it does not see inside `#[function_component]`, whose body the macro moves);
- no component file (one with a `#[function_component]`) over 250 lines.

Functions are found by their `fn` line and measured to the brace that closes them, with
strings, characters and `//` comments blanked first. Exits 1 and lists what is over, else 0.
`--top N` lists the N longest functions as well.

    python3 tests/layout/check_layout.py [--top N]
"""

import re
import subprocess
import sys

FN_LIMIT = 120
COMPONENT_FILE_LIMIT = 250

FN = re.compile(r"\s*(?:pub(?:\([^)]*\))?\s+)?(?:async\s+)?(?:const\s+)?(?:unsafe\s+)?fn\s+(\w+)")
STRING = re.compile(r'"(?:\\.|[^"\\])*"')
CHAR = re.compile(r"'(?:\\.|[^'\\])'")


def code_of(line: str) -> str:
    """The line without its strings, characters and `//` comment."""
    line = STRING.sub('""', line)
    line = CHAR.sub("''", line)
    return line.split("//", 1)[0]


def functions(lines: list[str]):
    """(name, first line number, code lines) of every function with a body."""
    for i, line in enumerate(lines):
        m = FN.match(line)
        if not m:
            continue
        depth, started, end = 0, False, None
        for j in range(i, len(lines)):
            code = code_of(lines[j])
            for ch in code:
                if ch == "{":
                    depth += 1
                    started = True
                elif ch == "}":
                    depth -= 1
            if started and depth <= 0:
                end = j
                break
            if not started and code.strip().endswith(";"):
                break  # a declaration without a body
        if end is None:
            continue
        body = [
            l for l in lines[i : end + 1] if l.strip() and not l.strip().startswith("//")
        ]
        yield m.group(1), i + 1, len(body)


def selftest() -> None:
    """The measure itself: braces in strings, characters and comments do not count, blank and
    comment lines do not count, a declaration without a body is not a function."""
    body = ["    let x = 1;"] * (FN_LIMIT + 1)
    text = (
        ["fn long() {"] + body + ["}", "", "pub fn tricky() -> char {", '    let s = "{{";']
        + ["    // }", "", "    '{'", "}", "    fn declared(&self);"]
    )
    got = {name: n for name, _, n in functions(text)}
    assert got == {"long": FN_LIMIT + 3, "tricky": 4}, got


def main() -> int:
    selftest()
    top = 0
    if "--top" in sys.argv:
        top = int(sys.argv[sys.argv.index("--top") + 1])
    files = subprocess.run(
        ["git", "ls-files", "*.rs"], capture_output=True, text=True, check=True
    ).stdout.split()
    over, found = [], []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for name, at, n in functions(lines):
            found.append((n, f"{f}:{at}", name))
            if n > FN_LIMIT:
                over.append(f"{f}:{at}: fn {name} has {n} lines (limit {FN_LIMIT})")
        if any("#[function_component" in l for l in lines):
            n = len(lines) - (1 if lines and lines[-1] == "" else 0)
            if n > COMPONENT_FILE_LIMIT:
                over.append(f"{f}: component file of {n} lines (limit {COMPONENT_FILE_LIMIT})")
    for n, place, name in sorted(found, reverse=True)[:top]:
        print(f"{n:4} {place} {name}")
    if not found:
        print("no functions found: is this the repository's root?", file=sys.stderr)
        return 1
    for o in over:
        print(o, file=sys.stderr)
    print(f"{len(found)} functions in {len(files)} files; {len(over)} over the limits")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
