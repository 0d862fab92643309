"""A tiny Llama 3.2 GGUF that behaves as a one-word safety model, for the Llama Guard tests.

Why: no Llama Guard 3 weights are available offline, and a random-weight model labels every
text the same way, so it cannot show a message passing while another is blocked, or an answer
turning unsafe in its third sentence. This file is the tiny random-weight Llama 3.2 of
:mod:`tests.support.tiny_gguf` (real tokenizer, real architecture, run by the real llama.cpp)
with a few weights set by hand so that its first answer token is "unsafe"-like when the
judged prompt contains the trigger word and "safe"-like otherwise:

* embedding column 0 is zero for every token but the trigger, whose entry is large;
* layer 0's query weights are zero, so its attention averages every position;
* its value and output weights carry column 0 into residual column 1 (strongly);
* the last prompt token ("\\n\\n" after the assistant header) and the tokens that start
  "safe" / "unsafe" have column 1 set so that, through the tied output embedding, a negative
  column 1 favours "safe" and a positive one (the trigger was read) favours "unsafe".

Everything after the first token is the random model under Llama Guard's grammar, so the
categories it names are arbitrary but always well-formed and always the same.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import gguf

from . import models, tiny_gguf

TRIGGER = " poison"
_SAFE_PREFIXES = ("s", "sa", "saf", "safe")
_UNSAFE_PREFIXES = ("u", "un", "uns", "unsa", "unsaf", "unsafe")
_LAST_PROMPT_TOKEN = "ĊĊ"  # "\n\n" in the byte-level vocabulary


def _byte_level(text: str) -> str:
    return text.replace(" ", "Ġ").replace("\n", "Ċ")


def keyword_guard_path(cache_dir: Path, trigger: str = TRIGGER) -> Path:
    """The one-word guard in ``cache_dir`` (written on first use from the tiny model)."""
    cache_dir = Path(cache_dir)
    source = models.tiny_llama_path(cache_dir)
    name = f"keyword-guard-{_byte_level(trigger).strip('Ġ')}-{source.stem}.gguf"
    target = cache_dir / name
    if target.is_file():
        return target
    index = {tok: i for i, tok in enumerate(tiny_gguf.llama32_vocab().tokens)}
    trigger_id = index[_byte_level(trigger)]
    fd, tmp_name = tempfile.mkstemp(dir=cache_dir, prefix=f".{name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        reader = gguf.GGUFReader(tmp, "r+")
        tensors = {t.name: t.data for t in reader.tensors}
        embd = tensors["token_embd.weight"]
        embd[:, 0] = 0
        embd[trigger_id, 0] = 100
        embd[index[_LAST_PROMPT_TOKEN], 1] = -1
        for tok in _SAFE_PREFIXES:
            if tok in index:
                embd[index[tok], 1] = -1
        for tok in _UNSAFE_PREFIXES:
            if tok in index:
                embd[index[tok], 1] = 1
        tensors["blk.0.attn_q.weight"][:] = 0
        value = tensors["blk.0.attn_v.weight"]
        value[:] = 0
        value[0, 0] = 1
        out = tensors["blk.0.attn_output.weight"]
        out[:] = 0
        out[1, 0] = 1000
        out[1, 16] = 1000  # query heads 0 and 1 share key/value head 0
        reader.data.flush()
        del reader, tensors, embd, value, out
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
