#!/usr/bin/env bash
# Fuzz the readers of untrusted input with cargo fuzz (libFuzzer):
#   workspace_reader  parse_workspace on any text; an accepted workspace must score, write a
#                     results file and verify
#   results_verifier  verify_results on any text
#   sheet_import      the spreadsheet importer (XLSX/XLS/ODS/CSV) on any bytes
#
#   scripts/fuzz.sh [SECONDS=60] [TARGET...]   (default: every target, SECONDS each)
#   FUZZ_SCRATCH=1 scripts/fuzz.sh 15            (scripts/test.sh: new inputs go to a temporary
#                                                 folder, the kept corpus is only read)
#
# The corpus each run grows is kept in fuzz/corpus/TARGET (merged and minimised at the end),
# started from fuzz/seeds/TARGET; an input that makes a target fail is saved by libFuzzer in
# fuzz/artifacts/TARGET and belongs, once fixed, in fuzz/regressions/ (the engine's tests read
# every file there). cargo-fuzz is installed into $TOOLS_ROOT when missing. libFuzzer needs
# unstable compiler flags: RUSTC_BOOTSTRAP=1 lets this machine's stable toolchain take them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PATH"
export RUSTC_BOOTSTRAP=1
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(workspace_reader results_verifier sheet_import)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install --locked --root "$TOOLS_ROOT" cargo-fuzz
fi

for t in "${TARGETS[@]}"; do
  mkdir -p "corpus/$t" "seeds/$t"
  dirs=("corpus/$t" "seeds/$t")
  if [ "${FUZZ_SCRATCH:-0}" = 1 ]; then
    scratch="$(mktemp -d)"
    dirs=("$scratch" "corpus/$t" "seeds/$t")
  fi
  # The spreadsheet target is built like the shipped command (-O: no overflow checks):
  # calamine 0.38 overflows its column arithmetic on some crafted cell references, a panic
  # only where overflow checks are on (our importer turns it into an error where a panic
  # unwinds; the input is in fuzz/regressions/sheet_import/), and libFuzzer would stop at it.
  build=()
  [ "$t" = sheet_import ] && build=(-O)
  echo "[fuzz] $t for ${SECONDS_EACH}s"
  # -rss_limit_mb: a reader must not need more than 2 GB for any input; -timeout: nor 10 s.
  mkdir -p artifacts
  log="artifacts/$t.log"
  [ "${FUZZ_SCRATCH:-0}" = 1 ] && log="$scratch.log"
  status=0
  cargo fuzz run --sanitizer none "${build[@]}" "$t" "${dirs[@]}" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  grep -aE "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)|^#[0-9]+ +DONE|SUMMARY|panicked" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "[fuzz] $t FAILED (exit $status; the input is in fuzz/artifacts/$t, the log in $log)" >&2
    exit 1
  fi
  if [ "${FUZZ_SCRATCH:-0}" = 1 ]; then
    rm -rf "$scratch" "$scratch.log"
  else
    cargo fuzz cmin --sanitizer none "${build[@]}" "$t" "corpus/$t" >/dev/null 2>&1 || true
    echo "[fuzz] $t: corpus $(ls "corpus/$t" | wc -l) files"
  fi
done
