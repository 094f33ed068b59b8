#!/usr/bin/env python3
"""Packages a Trunk build (dist/) into the two offline builds (scripts/package.sh runs it).

    scripts/package.py --dist DIST --out OUT

OUT/site/         a static folder for any web server, under any sub-path: every asset URL is made
                  relative ("./…"), a service worker (sw.js, from scripts/package/) caches every
                  file so a visited app works offline, and sw-register.js shows a notice when a
                  new version is waiting. The Content-Security-Policy is recomputed by csp.py.
OUT/scorecard.html one self-contained file for file:// (a USB stick, an e-mail attachment): the
                  style sheets inlined into one <style>, the wasm-bindgen glue inlined into the
                  module script, the wasm inlined as base64 and handed to the glue's init as
                  bytes; the on-demand spreadsheet module (sheets/) inlined the same way into a
                  second module script that only runs when a workbook is read or written. Its own policy names that script and that style by their hashes and
                  allows nothing else to load.

Prints the size of each output (bytes and gzip -9). Exits non-zero with a message when the
build does not look like the Trunk output this was written for."""
import argparse, base64, gzip, hashlib, json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import csp  # noqa: E402  (scripts/csp.py, the Trunk post-build hook)

ASSETS = os.path.join(HERE, "package")
SITE_EXTRAS = ["sw-register.js", "offline.css"]
LOADER = re.compile(r"<script type=\"module\">(.*?)</script>", re.S)


def fail(msg):
    sys.exit(f"package.py: {msg}")


def files_of(folder):
    """Every file under folder, as sorted '/'-separated relative paths."""
    out = []
    for base, _, names in os.walk(folder):
        for n in names:
            out.append(os.path.relpath(os.path.join(base, n), folder).replace(os.sep, "/"))
    return sorted(out)


def read(path, mode="r"):
    with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def local(url):
    """A file name of dist/ from an asset URL of its index.html ("/x.js", "./x.js")."""
    return re.sub(r"^\.?/", "", url)


def sha256_b64(text):
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def relative_urls(html, names):
    """Trunk's absolute asset URLs ("/x.js", '/x.wasm') made relative ("./x.js")."""
    for n in names:
        for q in "\"'":
            html = html.replace(f"{q}/{n}", f"{q}./{n}")
    left = re.findall(r"(?:href|src)=\"/(?!/)[^\"]*\"|from '/[^']*'|module_or_path: '/[^']*'", html)
    if left:
        fail(f"absolute URLs left in index.html: {left}")
    return html


def build_site(dist, site):
    shutil.copytree(dist, site)
    names = [n for n in files_of(site) if n != "index.html"]
    html = relative_urls(read(os.path.join(site, "index.html")), names)
    extra = ('    <link rel="stylesheet" href="./offline.css" />\n'
             '    <script src="./sw-register.js" defer></script>\n  ')
    if "</head>" not in html:
        fail("no </head> in index.html")
    html = csp.apply(html.replace("</head>", extra + "</head>", 1))
    write(os.path.join(site, "index.html"), html)
    for n in SITE_EXTRAS:
        shutil.copy(os.path.join(ASSETS, n), os.path.join(site, n))
    listed = files_of(site)
    digest = hashlib.sha256()
    for n in listed:
        digest.update(n.encode() + b"\0" + read(os.path.join(site, n), "rb") + b"\0")
    worker = read(os.path.join(ASSETS, "sw.js"))
    for old, new in [("const VERSION = 'dev';", f"const VERSION = '{digest.hexdigest()[:16]}';"),
                     ("const FILES = [];", f"const FILES = {json.dumps(['./'] + listed)};")]:
        if old not in worker:
            fail(f"scripts/package/sw.js has no line {old!r}")
        worker = worker.replace(old, new, 1)
    write(os.path.join(site, "sw.js"), worker)


def glue_module(glue, wasm, what):
    """wasm-bindgen `--target web` glue as script text defining `bindings` (its exports, in a
    function scope so its top-level names do not clash) and `wasmBytes()` (the wasm, inlined).
    Exported functions (`export function f`) become plain functions listed in `bindings`."""
    functions = re.findall(r"^export function (\w+)", glue, flags=re.M)
    glue = re.sub(r"^export function ", "function ", glue, flags=re.M)
    exports = re.search(r"^export \{([^}]*)\};?\s*\Z", glue, flags=re.M)
    if not exports or re.search(r"^(?:import|export)\b(?!\.)", glue[: exports.start()], flags=re.M):
        fail(f"the wasm-bindgen glue of {what} has imports or exports other than one closing `export {{ … }};`")
    pairs = [f"{f}: {f}" for f in functions]
    for item in exports.group(1).split(","):
        parts = item.split()
        if len(parts) == 1:
            pairs.append(f"{parts[0]}: {parts[0]}")
        elif len(parts) == 3 and parts[1] == "as":
            pairs.append(f"{parts[2]}: {parts[0]}")
        else:
            fail(f"unexpected export item {item!r} in the glue of {what}")
    return ("const bindings = (() => {\n" + glue[: exports.start()]
            + "\nreturn { " + ", ".join(pairs) + " };\n})();\n"
            + f"const WASM_BASE64 = '{base64.b64encode(wasm).decode()}';\n"
            + "function wasmBytes() {\n"
            + "  const text = atob(WASM_BASE64);\n"
            + "  const bytes = new Uint8Array(text.length);\n"
            + "  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n"
            + "  return bytes;\n}\n")


SNIPPET_IMPORT = re.compile(r"^import \{([^}]*)\} from '\./(snippets/[^']+\.js)';\n", re.M)


def inline_snippets(dist, glue, base):
    """The glue with each `import { f } from './snippets/…'` (wasm-bindgen's inline_js) replaced
    by the snippet itself, its `export function` made a plain function. `base` is the glue's
    folder inside dist."""
    def take(m):
        code = read(os.path.join(dist, base, m.group(2)))
        if re.search(r"^\s*import\b", code, flags=re.M):
            fail(f"the snippet {m.group(2)} imports something: inline it by hand")
        code = re.sub(r"^export (function|const|let|class) ", r"\1 ", code, flags=re.M)
        if re.search(r"^export\b", code, flags=re.M):
            fail(f"the snippet {m.group(2)} has an export this script does not inline")
        names = [n.strip() for n in m.group(1).split(",") if n.strip()]
        return "// " + m.group(2) + " (inlined)\n" + code + "\n" + "".join(
            f"if (typeof {n} !== 'function') throw new Error('snippet lacks {n}');\n" for n in names)
    return SNIPPET_IMPORT.sub(take, glue)


def inline_glue(dist, loader):
    """The Trunk loader with the glue module and the wasm bytes inlined."""
    m = re.search(r"import init, \* as bindings from '([^']+)';", loader)
    w = re.search(r"module_or_path: '([^']+)'", loader)
    if not m or not w:
        fail("Trunk's loader does not look as expected (import init … / module_or_path: '…')")
    glue_file = local(m.group(1))
    glue = inline_snippets(dist, read(os.path.join(dist, glue_file)), os.path.dirname(glue_file))
    wasm = read(os.path.join(dist, local(w.group(1))), "rb")
    module = glue_module(glue, wasm, "the app") + "const init = bindings.default;\n"
    loader = loader.replace(m.group(0), module, 1).replace(w.group(0), "module_or_path: wasmBytes()", 1)
    if re.search(r"</script", loader, flags=re.I):
        fail("the glue contains '</script', which cannot be inlined")
    return loader


SHEETS = "sheets/scorecard_sheets_web"


def inline_sheets(dist):
    """The on-demand spreadsheet module (scripts/build-sheets-web.sh) as an inline module
    script: it only defines globalThis.__scorecardSheets, which src/browser/sheets.rs calls on
    first use instead of importing the module's file (nothing can be fetched from file://)."""
    js, wasm = os.path.join(dist, SHEETS + ".js"), os.path.join(dist, SHEETS + "_bg.wasm")
    if not (os.path.isfile(js) and os.path.isfile(wasm)):
        fail(f"{dist}/{SHEETS}.js and _bg.wasm not found: the Trunk build runs scripts/build-sheets-web.sh")
    script = ("globalThis.__scorecardSheets = () => {\n" + glue_module(read(js), read(wasm, "rb"), "sheets")
              + "return bindings.default({ module_or_path: wasmBytes() }).then(() => bindings);\n};\n")
    if re.search(r"</script", script, flags=re.I):
        fail("the sheets glue contains '</script', which cannot be inlined")
    return script


def build_single(dist, out_file):
    html = read(os.path.join(dist, "index.html"))
    html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    css = []

    def take_css(m):
        css.append(read(os.path.join(dist, local(m.group(1)))))
        return ""

    html = re.sub(r'\s*<link rel="stylesheet" href="([^"]+)"[^>]*>', take_css, html)
    html = re.sub(r'<link rel="(?:modulepreload|preload)"[^>]*>', "", html)
    style = "\n".join(css)
    if re.search(r"</style", style, flags=re.I):
        fail("a style sheet contains '</style'")
    loaders = LOADER.findall(html)
    if len(loaders) != 1 or re.search(r"<script(?! type=\"module\">)", html):
        fail("index.html should have exactly one script, Trunk's inline module loader")
    script = inline_glue(dist, loaders[0])
    sheets = inline_sheets(dist)
    policy = "; ".join([
        "default-src 'none'",
        f"script-src 'sha256-{sha256_b64(script)}' 'sha256-{sha256_b64(sheets)}' 'wasm-unsafe-eval'",
        f"style-src 'sha256-{sha256_b64(style)}'",
        "img-src data: blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    html = LOADER.sub(lambda _: f'<script type="module">{script}</script>\n    '
                      f'<script type="module">{sheets}</script>', html, count=1)
    head = re.search(r'<meta charset="utf-8"\s*/?>', html)
    if not head or "</head>" not in html:
        fail("no <meta charset> or </head> in index.html")
    html = (html[: head.end()] + f'\n    <meta http-equiv="Content-Security-Policy" content="{policy}" />'
            + html[head.end():])
    html = html.replace("</head>", f"<style>{style}</style>\n  </head>", 1)
    write(out_file, html)


def sizes(label, paths):
    raw = sum(os.path.getsize(p) for p in paths)
    gz = sum(len(gzip.compress(read(p, "rb"), 9)) for p in paths)
    print(f"[package] {label:<28} {raw:>9} bytes, gzip -9 {gz:>8} bytes")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", required=True, help="a Trunk release build (dist/)")
    ap.add_argument("--out", required=True, help="where site/ and scorecard.html go")
    args = ap.parse_args()
    if not os.path.isfile(os.path.join(args.dist, "index.html")):
        fail(f"{args.dist}/index.html not found: build first (trunk build --release)")
    site = os.path.join(args.out, "site")
    single = os.path.join(args.out, "scorecard.html")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(args.out, exist_ok=True)
    build_site(args.dist, site)
    build_single(args.dist, single)
    sizes("site/ (all files)", [os.path.join(site, n) for n in files_of(site)])
    sizes("scorecard.html", [single])
    print(f"[package] wrote {site}/ and {single}")


if __name__ == "__main__":
    main()
