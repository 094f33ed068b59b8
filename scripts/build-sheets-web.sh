#!/usr/bin/env bash
# Builds the on-demand spreadsheet module (crates/sheets-web) into OUT/sheets/:
#   scorecard_sheets_web.js (wasm-bindgen --target web) and scorecard_sheets_web_bg.wasm
#   (wasm-opt -Oz). The app imports ./sheets/scorecard_sheets_web.js the first time a user
#   reads or writes a workbook (src/browser/sheets.rs), so a first visit does not pay for it.
#
#   bash scripts/build-sheets-web.sh [OUT]     OUT defaults to $TRUNK_STAGING_DIR (the Trunk
#                                             post_build hook in Trunk.toml), else dist/
#
# Uses the wasm-bindgen and wasm-opt on PATH (scripts/install-tools.sh); the optimised output
# is kept in target/sheets-web/ and reused while the module's wasm is unchanged, so a Trunk
# rebuild of the app (trunk serve) costs a cargo no-op and a copy.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="${TOOLS_ROOT:-$HOME/.cargo}/bin:$PATH"
OUT="${1:-${TRUNK_STAGING_DIR:-dist}}/sheets"
CACHE="target/sheets-web"
RAW="target/wasm32-unknown-unknown/wasm-release/scorecard_sheets_web.wasm"

cargo build --quiet -p scorecard-sheets-web --target wasm32-unknown-unknown --profile wasm-release
mkdir -p "$CACHE"
stamp="$(sha256sum "$RAW" | cut -c1-64)"
if [ "$(cat "$CACHE/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$CACHE/out"
  wasm-bindgen --target web --no-typescript --out-dir "$CACHE/out" "$RAW"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals -o "$CACHE/out/scorecard_sheets_web_bg.opt.wasm" \
    "$CACHE/out/scorecard_sheets_web_bg.wasm"
  mv "$CACHE/out/scorecard_sheets_web_bg.opt.wasm" "$CACHE/out/scorecard_sheets_web_bg.wasm"
  echo "$stamp" >"$CACHE/stamp"
fi
mkdir -p "$OUT"
cp "$CACHE/out/scorecard_sheets_web.js" "$CACHE/out/scorecard_sheets_web_bg.wasm" "$OUT/"
echo "[sheets-web] $OUT: $(stat -c %s "$OUT/scorecard_sheets_web_bg.wasm") bytes of wasm"
