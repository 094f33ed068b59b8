#!/usr/bin/env python3
"""Trunk post-build hook: gives the built index.html a Content-Security-Policy.

Trunk writes its loader as an inline <script type="module">; rather than allow inline scripts
('unsafe-inline'), the policy names that exact script by its SHA-256, so no other inline script
can run. The app's own files are all same-origin; WebAssembly needs 'wasm-unsafe-eval'; styles
come only from the linked style sheets (the app sets no style attributes).

Run by Trunk (Trunk.toml, [[hooks]] stage = "post_build") with TRUNK_STAGING_DIR set; or by hand:
    scripts/csp.py DIR    (rewrites DIR/index.html in place)
Idempotent: a page that already has the policy gets it recomputed."""
import base64, hashlib, os, re, sys

MARK = '<meta http-equiv="Content-Security-Policy"'


def policy(script_hashes):
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes)
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' 'wasm-unsafe-eval' {scripts}".rstrip(),
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def apply(html):
    html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    bodies = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = [base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest()).decode() for b in bodies]
    meta = f'{MARK} content="{policy(hashes)}" />'
    head = re.search(r'<meta charset="utf-8"\s*/?>', html)
    if not head:
        sys.exit("csp.py: no <meta charset> in index.html to put the policy after")
    return html[: head.end()] + "\n    " + meta + html[head.end():]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not folder:
        sys.exit("usage: csp.py DIR (or run as a Trunk post_build hook)")
    path = os.path.join(folder, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(apply(html))


if __name__ == "__main__":
    main()
