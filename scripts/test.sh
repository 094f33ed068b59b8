#!/usr/bin/env bash
# The one test command: installs what is missing, then runs every check and test.
#   fmt · clippy (native + wasm32) · native cargo tests (engine, cli, app) · Python reference
#   self-checks · workspace JSON Schema check · openpyxl spreadsheets · differential engine vs reference · wasm tests in
#   headless Chromium · trunk release build · offline packages (scripts/package.sh) · Playwright end-to-end tests
#   against the built dist/ and the packages.
# Prints each step's wall seconds and a closing summary; stops at the first failure (exit non-zero).
#
# Environment:
#   SKIP_INSTALL=1   do not run scripts/install-tools.sh (tools already on PATH)
#   FUZZ_SECONDS     seconds of the short fuzz pass per target (default 15; scripts/fuzz.sh)
#   CHROMEDRIVER     driver for the wasm tests (default /usr/bin/chromedriver)
#   CHROMIUM         browser for the e2e tests (default /usr/bin/chromium)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

T0=$(now)
passed=0
failed=0
timings=()
server_pid=""

finish() {
  local rc=$?
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  echo
  echo "[test] ---- step timings (wall seconds) ----"
  local t
  for t in "${timings[@]}"; do echo "[test]   $t"; done
  echo "[test] total $(secs "$T0" "$(now)") s"
  if [ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]; then
    echo "[test] all steps passed"
  else
    echo "[test] FAILED (exit $rc)"
  fi
  echo "steps: $passed passed, $failed failed"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM

# step NAME CMD...: run a step, time it, stop everything on failure.
step() {
  local name=$1 s rc
  shift
  echo
  echo "[test] ==== $name ===="
  s=$(now)
  if "$@"; then
    passed=$((passed + 1))
    timings+=("$(printf '%-52s %6s s' "$name" "$(secs "$s" "$(now)")")")
  else
    rc=$?
    failed=$((failed + 1))
    timings+=("$(printf '%-52s %6s s  FAILED (exit %s)' "$name" "$(secs "$s" "$(now)")" "$rc")")
    echo "[test] step failed: $name (exit $rc)" >&2
    exit "$rc"
  fi
}

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  step "install tools" bash scripts/install-tools.sh
fi

step "cargo fmt --check" cargo fmt --all --check
step "cargo clippy (native, all targets)" cargo clippy --workspace --all-targets -- -D warnings
step "cargo clippy (wasm32, app and spreadsheet module)" \
  cargo clippy --target wasm32-unknown-unknown -p scorecard-app -p scorecard-sheets-web --all-targets -- -D warnings
step "layout: no function over 120 lines, no component file over 250" \
  python3 tests/layout/check_layout.py
step "cargo test --workspace (native)" cargo test --workspace
step "reference self-checks (Python, exact)" python3 tests/reference/selftest.py
step "build scorecard (for the differential)" cargo build -q -p scorecard-cli
step "workspace schema (Python jsonschema)" \
  python3 tests/schema/check_schema.py --bin target/debug/scorecard
step "spreadsheets written and read by openpyxl" \
  python3 tests/sheets/check_openpyxl.py --bin target/debug/scorecard
step "differential: engine vs reference, 100 workspaces" \
  python3 tests/reference/differential.py --seeds 100 --bin target/debug/scorecard
step "fuzz: a short pass of each reader target (scripts/fuzz.sh)" \
  env FUZZ_SCRATCH=1 bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
# No --quiet: cargo forwards it to wasm-bindgen-test-runner, which rejects it.
step "cargo test wasm32 (headless chromium)" \
  cargo test --target wasm32-unknown-unknown -p scorecard-app
step "trunk build --release" trunk build --release

report_dist() {
  local f
  for f in dist/*.wasm dist/*.js dist/sheets/*.wasm dist/sheets/*.js; do
    [ -e "$f" ] || continue
    printf '[test]   %-48s %8s bytes, gzip -9 %8s bytes\n' "$f" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
  done
}
report_dist
# The offline packages from that same dist/ (no second wasm build); tests/e2e/offline.test.mjs
# tests them (PACKAGE_DIR).
step "package: target/package/ (scripts/package.sh --dist dist)" \
  bash scripts/package.sh --dist dist --out target/package

# Serve dist/ on a free loopback port with a tiny static server, then run the e2e tests.
PORT="${E2E_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}"
APP_URL="http://127.0.0.1:$PORT/"
mkdir -p target
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist >target/e2e-server.log 2>&1 &
server_pid=$!
wait_for_server() {
  local _
  for _ in $(seq 1 100); do
    curl -fs -o /dev/null "$APP_URL" && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "static server did not come up at $APP_URL:" >&2
  cat target/e2e-server.log >&2
  return 1
}
step "serve dist/ at $APP_URL" wait_for_server
step "e2e (node --test tests/e2e/, playwright)" \
  env APP_URL="$APP_URL" PACKAGE_DIR="$ROOT/target/package" node --test tests/e2e/
