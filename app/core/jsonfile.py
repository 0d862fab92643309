"""Writing a JSON file so that a crash, a full disk or Ctrl-C never leaves half of it.

Settings, the model index, download sidecars, the catalog cache, tool choices, ``mcp.json`` and
the user's tools file are all replaced this way: written beside the old file, then moved over
it in one step (``os.replace`` is atomic on every OS Hearth runs on).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def write_json_atomic(path: Path, data: Any, *, indent: int | None = None,
                      ensure_ascii: bool = True) -> None:
    """Replace ``path`` with ``data`` as JSON, all at once; the folder is created if needed.

    ``ensure_ascii=False`` for files people read and edit (names in their own script)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=indent, ensure_ascii=ensure_ascii)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
