#!/usr/bin/env bash
# Install (only what is missing) the tools that build, serve and test the app:
#   rustup target wasm32-unknown-unknown · trunk · wasm-bindgen-cli (= Cargo.lock's wasm-bindgen)
#   wasm-opt from npm binaryen (linked into $TOOLS_ROOT/bin, ahead of /usr/bin)
#   Debian chromium + chromium-driver · tests/e2e node_modules (npm ci; playwright-core, no browser download)
#   Python jsonschema (tests/schema/check_schema.py; pip, only when `import jsonschema` fails)
#   Python openpyxl, odfpy, xlwt (tests/sheets/check_openpyxl.py; pip, each only when its import fails)
#   cargo-fuzz (scripts/fuzz.sh; cargo install)
# Idempotent: every tool already present at the pinned version is skipped (~1 s when all present).
# Only crates.io, the npm registry, PyPI and Debian's archive are used (no GitHub downloads).
#
# Environment:
#   TOOLS_ROOT  where `cargo install` puts bin/ (default: $HOME/.cargo, i.e. ~/.cargo/bin)
#   NPM_TOOLS   where npm-packaged tools live (default: $TOOLS_ROOT/npm-tools)
#   TRUNK_VERSION, BINARYEN_NPM_VERSION, WBG_VERSION  override the pins
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="${TRUNK_VERSION:-0.21.14}"                # 0.22.x needs rustc >= 1.96.1
BINARYEN_NPM_VERSION="${BINARYEN_NPM_VERSION:-132.0.0}"  # Debian's binaryen 108 cannot parse wasm-bindgen 0.2.130 output
TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}"
NPM_TOOLS="${NPM_TOOLS:-$TOOLS_ROOT/npm-tools}"
E2E_DIR="$ROOT/tests/e2e"
export PATH="$TOOLS_ROOT/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '[install-tools %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
t0=$(date +%s)
did=()

# Serialise concurrent runs (two test.sh at once must not race two `cargo install`s).
mkdir -p "$TOOLS_ROOT"
if command -v flock >/dev/null; then
  exec 9>"$TOOLS_ROOT/.scorecard-install-tools.lock"
  flock -w 1800 9 || { log "could not take the install lock in 30 min" >&2; exit 1; }
fi

timed() { # timed LABEL CMD...: run, log its wall seconds
  local label=$1 s
  shift
  s=$(date +%s)
  "$@"
  log "$label: done in $(($(date +%s) - s)) s"
  did+=("$label")
}

# cargo install --locked, falling back to a fresh resolve when the registry lacks a locked version
# (seen here: wasm-bindgen-cli 0.2.130 locks webpki-roots 1.0.11, which the registry does not have).
cargo_install() {
  cargo install --locked --root "$TOOLS_ROOT" "$@" || {
    log "--locked install failed; retrying without --locked"
    cargo install --root "$TOOLS_ROOT" "$@"
  }
}

# 1. wasm target
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32-unknown-unknown target: present"
else
  log "adding wasm32-unknown-unknown target"
  timed "rustup target add wasm32-unknown-unknown" rustup target add wasm32-unknown-unknown
fi

# 2. trunk
if [ "$(trunk --version 2>/dev/null || true)" = "trunk $TRUNK_VERSION" ]; then
  log "trunk $TRUNK_VERSION: present"
else
  log "installing trunk $TRUNK_VERSION (cargo install, ~6 min on 2 cores)"
  timed "trunk $TRUNK_VERSION" cargo_install "trunk@$TRUNK_VERSION"
fi

# 3. wasm-bindgen-cli: exactly the wasm-bindgen version in Cargo.lock
WBG_VERSION="${WBG_VERSION:-}"
if [ -z "$WBG_VERSION" ]; then
  [ -f Cargo.lock ] || cargo generate-lockfile
  WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
fi
[ -n "$WBG_VERSION" ] || { echo "could not find wasm-bindgen in $ROOT/Cargo.lock" >&2; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WBG_VERSION" ] &&
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" = "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  log "wasm-bindgen-cli $WBG_VERSION: present"
else
  log "installing wasm-bindgen-cli $WBG_VERSION (cargo install, ~2 min)"
  timed "wasm-bindgen-cli $WBG_VERSION" cargo_install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# 4. Debian packages: chromium + chromedriver (browser tests), and a small CJK font so that
#    headless screenshots show Chinese (the app itself ships no font: users have their own).
#    NOT binaryen (108 is too old). node/npm come with the machine; install Debian's if missing.
missing=()
for p in chromium chromium-driver fonts-wqy-microhei; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -eq 0 ]; then
  log "chromium, chromium-driver, fonts-wqy-microhei, node, npm: present"
else
  log "apt-get installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_install() { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
  timed "apt-get install ${missing[*]}" apt_install
fi

# 5. wasm-opt from npm's binaryen (a node/wasm build), linked into $TOOLS_ROOT/bin ahead of /usr/bin
BINARYEN_MAJOR="${BINARYEN_NPM_VERSION%%.*}"
if [ "$(wasm-opt --version 2>/dev/null || true)" = "wasm-opt version $BINARYEN_MAJOR (version_$BINARYEN_MAJOR)" ] &&
  [ "$(command -v wasm-opt)" = "$TOOLS_ROOT/bin/wasm-opt" ]; then
  log "wasm-opt (npm binaryen $BINARYEN_NPM_VERSION): present"
else
  log "installing npm binaryen@$BINARYEN_NPM_VERSION for wasm-opt"
  install_binaryen() {
    mkdir -p "$NPM_TOOLS" "$TOOLS_ROOT/bin"
    npm install --prefix "$NPM_TOOLS" --no-save --no-audit --no-fund --loglevel=error \
      "binaryen@$BINARYEN_NPM_VERSION" >/dev/null
    ln -sf "$NPM_TOOLS/node_modules/binaryen/bin/wasm-opt" "$TOOLS_ROOT/bin/wasm-opt"
  }
  timed "wasm-opt (binaryen $BINARYEN_NPM_VERSION)" install_binaryen
fi

# 6. e2e node deps from the committed lockfile (playwright-core only; it drives /usr/bin/chromium).
#    Re-run `npm ci` only when package-lock.json changed since the last install.
if [ -f "$E2E_DIR/package-lock.json" ]; then
  stamp="$E2E_DIR/node_modules/.scorecard-lock.sha256"
  want=$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)
  if [ -d "$E2E_DIR/node_modules/playwright-core" ] && [ "$(cat "$stamp" 2>/dev/null || true)" = "$want" ]; then
    log "tests/e2e node_modules: present (matches package-lock.json)"
  else
    log "npm ci in tests/e2e"
    e2e_ci() {
      (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
      echo "$want" >"$stamp"
    }
    timed "npm ci (tests/e2e)" e2e_ci
  fi
fi

# 7–8. Python modules, each only when `import` fails: jsonschema for the workspace schema check
# (any recent version; 4.x has Draft 2020-12); openpyxl, odfpy and xlwt for the spreadsheet
# check (XLSX, ODS and XLS workbooks written and read by other programs).
pip_module() { # pip_module IMPORT PACKAGE: install PACKAGE with pip and check IMPORT imports
  local pip=(python3 -m pip)
  command -v pip >/dev/null && pip=(pip)
  # --user first; Debian's Python refuses it (PEP 668, externally managed), hence the fallback.
  "${pip[@]}" install --user --quiet "$2" ||
    "${pip[@]}" install --break-system-packages --quiet "$2"
  python3 -c "import $1"
}
for pair in jsonschema:jsonschema openpyxl:openpyxl odf:odfpy xlwt:xlwt; do
  module="${pair%%:*}" package="${pair#*:}"
  if python3 -c "import $module" 2>/dev/null; then
    log "python $package: present"
  else
    log "pip installing $package"
    timed "pip install $package" pip_module "$module" "$package"
  fi
done

# 9. cargo-fuzz (libFuzzer) for scripts/fuzz.sh and the short fuzz pass of scripts/test.sh.
CARGO_FUZZ_VERSION="${CARGO_FUZZ_VERSION:-0.13.2}"
if [ "$(cargo fuzz --version 2>/dev/null || true)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  log "cargo-fuzz $CARGO_FUZZ_VERSION: present"
else
  log "installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo install, ~2 min on 2 cores)"
  timed "cargo-fuzz $CARGO_FUZZ_VERSION" cargo_install "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi

log "versions: $(rustc --version) | $(trunk --version) | $(wasm-bindgen --version) | $(wasm-opt --version) | $(chromium --version 2>/dev/null) | $(chromedriver --version | cut -d' ' -f1-2) | node $(node --version) | jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))' 2>/dev/null)"
if [ ${#did[@]} -eq 0 ]; then
  log "nothing to install; done in $(($(date +%s) - t0)) s"
else
  log "installed: $(IFS=';'; echo "${did[*]}"); done in $(($(date +%s) - t0)) s"
fi
