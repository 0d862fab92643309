"""Tiny GGUF files that *look* like Llama 3.2 vision models, for the licence tests.

Only the header matters to the licence check, so a single zero tensor is enough. Real vision
weights are neither needed nor loadable by the text engine (which refuses them afterwards).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def write_gguf(path: Path, arch: str, *, name: str | None = None,
               extra: dict[str, Any] | None = None) -> Path:
    """A valid GGUF with ``general.architecture = arch`` and the given extra keys."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_name(name or f"{arch} test")
    writer.add_block_count(1)
    writer.add_context_length(128)
    writer.add_embedding_length(8)
    writer.add_head_count(1)
    for key, value in (extra or {}).items():
        if isinstance(value, bool):
            writer.add_bool(key, value)
        elif isinstance(value, int):
            writer.add_uint32(key, value)
        else:
            writer.add_string(key, str(value))
    writer.add_tensor("token_embd.weight", np.zeros(8, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_mllama(path: Path) -> Path:
    """The text half of a Llama 3.2 11B Vision GGUF (Ollama's split layout), in miniature."""
    return write_gguf(path, "mllama", name="Llama 3.2 11B Vision Instruct")
