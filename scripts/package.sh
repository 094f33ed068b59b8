#!/usr/bin/env bash
# Builds the two offline packages of the app under target/package/ (see README, "Offline"):
#   target/package/site/          a static folder for any web server, under any sub-path, with a
#                                 service worker: a visited app keeps working offline, and says
#                                 when a new version is available
#   target/package/scorecard.html one self-contained file that runs from file:// (no server)
#
# Usage: scripts/package.sh [--dist DIR] [--out DIR]
#   --dist DIR  package this Trunk release build instead of running `trunk build --release`
#               (scripts/test.sh passes the dist/ it has just built)
#   --out DIR   write here instead of target/package
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIST=""
OUT="$ROOT/target/package"
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST="${2:?--dist needs a folder}"; shift 2 ;;
    --out) OUT="${2:?--out needs a folder}"; shift 2 ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$DIST" ]; then
  export PATH="${TOOLS_ROOT:-$HOME/.cargo}/bin:$PATH"
  trunk build --release
  DIST="$ROOT/dist"
fi
exec python3 scripts/package.py --dist "$DIST" --out "$OUT"
