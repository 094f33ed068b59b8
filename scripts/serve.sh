#!/usr/bin/env bash
# Run the app: installs what is missing, then builds it (release) and serves it with live rebuild.
#   PORT=8080 (default)   ADDRESS=127.0.0.1 (default)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
export PATH="$TOOLS_ROOT/bin:$PATH"
PORT="${PORT:-8080}"
ADDRESS="${ADDRESS:-127.0.0.1}"

bash scripts/install-tools.sh

echo
echo "[serve] building and serving the app at http://$ADDRESS:$PORT/ (Ctrl-C to stop)"
echo
exec trunk serve --release --address "$ADDRESS" --port "$PORT"
