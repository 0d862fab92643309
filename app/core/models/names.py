"""The one name people see for a model file: in the window's title and status bar, the model
list, the CLI and error messages.

GGUF files carry ``general.name``, which converters fill from the repo folder and title-case
("Smollm2 135M 8k Lc100K Mix1 Ep2"); people recognise the catalog's name ("Llama 3.2 3B
Instruct") or the file they downloaded. So: the catalog's name when the file is a catalog
file, else the file name without its quantization and split suffix, separators as spaces.
The metadata name is never used.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from app.core.models.catalog import CatalogError, load_catalog, quant_from_name

_SPLIT_PART = re.compile(r"-\d{5}-of-\d{5}$", re.IGNORECASE)
_QUANT_TOKEN = re.compile(
    r"(?i)[-_. ]+(?:IQ\d_[A-Z]+|Q\d_K_[SMLX]+|Q\d_K|Q\d_\d(?:_\d_\d)?|BF16|F16|F32)$"
)


@lru_cache(maxsize=1)
def _catalog_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(file-name pattern, name) for every catalog entry; bundled data, read once."""
    try:
        catalog = load_catalog(use_cache=False)
    except CatalogError:
        return ()
    pairs = []
    for model in catalog.models:
        pattern = re.escape(model.file_pattern).replace(re.escape("{quant}"), r"[A-Za-z0-9_]+")
        pairs.append((re.compile(pattern + "$", re.IGNORECASE), model.name))
        for quant in model.quantizations:
            for file in quant.files:
                if file.role == "model":
                    pairs.append((re.compile(re.escape(file.name) + "$", re.IGNORECASE),
                                  model.name))
    return tuple(pairs)


def catalog_name(path: str | os.PathLike[str]) -> str | None:
    """The catalog's name for this file (by its file name), or None."""
    file_name = Path(path).name
    return next((name for pattern, name in _catalog_names() if pattern.match(file_name)), None)


def clean_file_name(path: str | os.PathLike[str]) -> str:
    """``Llama-3.2-3B-Instruct-Q4_K_M.gguf`` → ``Llama 3.2 3B Instruct``."""
    stem = Path(path).name
    if stem.lower().endswith(".gguf"):
        stem = stem[: -len(".gguf")]
    stem = _SPLIT_PART.sub("", stem)
    if quant_from_name(stem + ".gguf"):
        stem = _QUANT_TOKEN.sub("", stem)
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    # A dot between words separates them (name.Q4_1); inside numbers it stays (3.2).
    words = [part for w in words for part in re.split(r"(?<=[A-Za-z])\.(?=[A-Za-z])", w)]
    text = " ".join(words).strip(" .")
    if not text:
        return Path(path).name
    return text[0].upper() + text[1:]


def display_name(path: str | os.PathLike[str]) -> str:
    """The name to show for the model file at ``path`` (see the module docstring)."""
    return catalog_name(path) or clean_file_name(path)
