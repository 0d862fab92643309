"""The Llama 3 tokenizer of an mllama GGUF, run with tiktoken.

llama.cpp refuses to load an mllama file (it does not know the architecture), even for its
vocabulary alone. The vocabulary in the file is Meta's tiktoken BPE written GPT-2 style: token
*i* is the byte string of rank *i* (bytes mapped to printable characters), and the control
tokens (``<|begin_of_text|>``, ``<|image|>`` …) follow. So Hearth rebuilds Meta's tokenizer
from it: same ranks, same split pattern, same special tokens.
"""

from __future__ import annotations

import ctypes
from functools import cache
from pathlib import Path

import tiktoken

from app.core.errors import ModelFileError
from app.core.vision.ggml import GGUFInitParams, lib

# Meta's Llama 3 split pattern (llama_models.llama3.tokenizer.Tokenizer.pat_str).
LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*"
    r"|\s*[\r\n]+|\s+(?!\S)|\s+"
)
TOKEN_NORMAL = 1
IMAGE_TOKEN = "<|image|>"


@cache
def _unicode_to_byte() -> dict[str, int]:
    """GPT-2's printable stand-ins for bytes, reversed."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    chars = printable[:]
    n = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(printable, chars, strict=True)}


class Tokenizer:
    """Encode/decode text for an mllama model; special tokens are recognised in prompts."""

    def __init__(self, tokens: list[str], types: list[int], bos: int, eos: int,
                 name: str = "mllama") -> None:
        table = _unicode_to_byte()
        ranks: dict[bytes, int] = {}
        specials: dict[str, int] = {}
        for i, (text, kind) in enumerate(zip(tokens, types, strict=True)):
            if kind == TOKEN_NORMAL:
                try:
                    ranks[bytes(table[c] for c in text)] = i
                except KeyError:
                    raise ModelFileError(
                        f"Token {i} of the model's vocabulary is not byte-level BPE, so this "
                        "is not a Llama 3.2 Vision tokenizer.") from None
            else:
                specials[text] = i
        self._enc = tiktoken.Encoding(name, pat_str=LLAMA3_PATTERN, mergeable_ranks=ranks,
                                      special_tokens=specials)
        self.specials = specials
        self.bos = bos
        self.eos = eos
        self.n_vocab = len(tokens)
        self.image = specials.get(IMAGE_TOKEN, -1)
        self.stop_ids = {i for t, i in specials.items()
                         if t in ("<|eot_id|>", "<|eom_id|>", "<|end_of_text|>")} | {eos}

    @classmethod
    def from_gguf(cls, path: str | Path) -> Tokenizer:
        g = lib()
        ctx = g.gguf_init_from_file(str(path).encode(), GGUFInitParams(True, None))
        if not ctx:
            raise ModelFileError(f"ggml could not read {Path(path).name} as a GGUF file.")
        try:
            def key(name: str) -> int:
                k = g.gguf_find_key(ctx, name.encode())
                if k < 0:
                    raise ModelFileError(f"{Path(path).name} has no tokenizer ({name} missing).")
                return k

            k_tokens = key("tokenizer.ggml.tokens")
            n = g.gguf_get_arr_n(ctx, k_tokens)
            tokens = [g.gguf_get_arr_str(ctx, k_tokens, i).decode("utf-8") for i in range(n)]
            k_types = key("tokenizer.ggml.token_type")
            data = ctypes.cast(g.gguf_get_arr_data(ctx, k_types), ctypes.POINTER(ctypes.c_int32))
            types = [int(data[i]) for i in range(n)]
            bos = g.gguf_get_val_u32(ctx, key("tokenizer.ggml.bos_token_id"))
            eos = g.gguf_get_val_u32(ctx, key("tokenizer.ggml.eos_token_id"))
        finally:
            g.gguf_free(ctx)
        return cls(tokens, types, int(bos), int(eos))

    def encode(self, text: str) -> list[int]:
        """Tokens of ``text``; special-token text (``<|eot_id|>``, ``<|image|>``) is special."""
        return self._enc.encode(text, allowed_special="all")

    def encode_text(self, text: str) -> list[int]:
        """Tokens of ``text`` as plain text: ``<|eot_id|>`` typed by a person stays text."""
        return self._enc.encode_ordinary(text)

    def token_bytes(self, token: int) -> bytes:
        return self._enc.decode_single_token_bytes(token)

    def decode(self, tokens: list[int]) -> str:
        return self._enc.decode(tokens)
