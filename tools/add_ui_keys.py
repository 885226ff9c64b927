#!/usr/bin/env python3
"""Adds or replaces UI keys (below '# ---- ui ----') in the English and Thai bundles, keeping them sorted.

Usage: tools/add_ui_keys.py KEYS_FILE [BUNDLE_DIR]
KEYS_FILE has one key per line: key<TAB>English<TAB>Thai (blank lines and '#' lines ignored).
"""
import sys

MARK = "# ---- ui ----"


def merge(path, new):
    lines = open(path, encoding="utf-8").read().split("\n")
    i = lines.index(MARK) + 1
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    head, body = lines[:i], [l for l in lines[i:] if l.strip()]
    entries = {}
    for l in body:
        k, _, v = l.partition("=")
        entries[k] = v
    entries.update(new)
    out = head + [f"{k}={entries[k]}" for k in sorted(entries)]
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


def main():
    src = sys.argv[1]
    base = sys.argv[2] if len(sys.argv) > 2 else "src/main/resources/i18n"
    en, th = {}, {}
    for raw in open(src, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        k, e, t = line.split("\t")
        assert k.startswith("ui."), k
        en[k], th[k] = e, t
    merge(f"{base}/messages.properties", en)
    merge(f"{base}/messages_th.properties", th)
    print(f"{len(en)} keys")


if __name__ == "__main__":
    main()
