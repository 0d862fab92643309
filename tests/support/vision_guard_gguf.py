"""A tiny random-weight Llama Guard 3 11B Vision stand-in, for the vision guard tests.

Why: no Llama Guard 3 Vision weights are available offline. The tiny mllama fixture
(tests/data/mllama, real architecture, real vision encoder, run by Hearth's own ggml engine)
has a context of 256 tokens, and its small byte-level vocabulary makes Llama Guard's prompt
about 650 tokens long. This copy raises ``mllama.context_length`` to 2048 (RoPE needs nothing
else), and is named as Llama Guard 3 11B Vision is, beside its projector. Its verdicts are the
random model's, held to the verdict language by the constraint: always well-formed and always
the same for the same input.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "mllama"
GUARD_NAME = "Llama-Guard-3-11B-Vision-Q4_K_M.gguf"
PROJECTOR_NAME = "Llama-Guard-3-11B-Vision-mmproj-F16.gguf"
CONTEXT = 2048


def vision_guard_path(folder: Path) -> Path:
    """The stand-in's model file in ``folder`` (its projector beside it), written once."""
    import gguf

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GUARD_NAME
    projector = folder / PROJECTOR_NAME
    if not projector.is_file():
        shutil.copyfile(DATA / "tiny-mllama-mmproj.gguf", projector)
    if target.is_file():
        return target
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{GUARD_NAME}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(DATA / "tiny-mllama-text.gguf", tmp)
        reader = gguf.GGUFReader(tmp, "r+")
        field = reader.fields["mllama.context_length"]
        field.parts[field.data[0]][0] = CONTEXT
        reader.data.flush()
        del reader, field
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
