#!/usr/bin/env python3
"""Fill the translations of Qt ``.ts`` catalogs from a JSON file, keeping lupdate's format.

    python tools/i18n_fill.py translations.json resources/i18n/*/shell.ts

``translations.json`` maps a language to ``{source text: translation}``:
``{"de": {"&File": "&Datei", ...}, "fr": {...}}``. Each ``.ts`` names its own language
(``<TS language="de">``). Only messages whose source is in the JSON change: their
``<translation type="unfinished"></translation>`` (or an old translation) becomes the new
text, escaped as lupdate escapes it, so running lupdate again changes nothing but locations.
Prints, per file, how many entries are filled and which sources are still unfinished.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

_MESSAGE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: type=\"[a-z]+\")?>.*?</translation>|"
                          r"<translation(?: type=\"[a-z]+\")?/>", re.S)
_LANGUAGE = re.compile(r'<TS version="[^"]+" language="([^"]+)"')


def escape(text: str) -> str:
    """XML text as lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def fill(ts_text: str, translations: dict[str, str]) -> tuple[str, int, list[str]]:
    """The catalog with translations put in; how many were filled and the sources left."""
    filled = 0
    missing: list[str] = []

    def one(match: re.Match[str]) -> str:
        nonlocal filled
        head, body, tail = match.groups()
        source = _SOURCE.search(body)
        if source is None:
            return match.group(0)
        text = html.unescape(source.group(1))
        wanted = translations.get(text)
        if wanted is None:
            if 'type="unfinished"' in body or "<translation></translation>" in body:
                missing.append(text)
            return match.group(0)
        filled += 1
        body = _TRANSLATION.sub(lambda _m: f"<translation>{escape(wanted)}</translation>",
                                body, count=1)
        return head + body + tail

    return _MESSAGE.sub(one, ts_text), filled, missing


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    status = 0
    for name in argv[1:]:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        found = _LANGUAGE.search(text)
        if found is None:
            print(f"{path}: no language attribute", file=sys.stderr)
            status = 1
            continue
        language = found.group(1).split("_")[0]
        new, filled, missing = fill(text, table.get(language, {}))
        path.write_text(new, encoding="utf-8")
        print(f"{path}: {filled} filled, {len(missing)} unfinished")
        for source in missing:
            print(f"    unfinished: {source!r}")
        status = status or (1 if missing else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
