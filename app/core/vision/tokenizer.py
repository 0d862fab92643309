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
GGUF_TYPE_UINT32 = 4
GGUF_TYPE_INT32 = 5
GGUF_TYPE_STRING = 8
GGUF_TYPE_ARRAY = 9


@cache
def _type_getters():  # type: ignore[no-untyped-def]
    """gguf_get_kv_type and gguf_get_arr_type, bound to the process's libggml."""
    from llama_cpp import _ggml

    lib()  # checks the version first
    out = []
    for name in ("gguf_get_kv_type", "gguf_get_arr_type"):
        fn = getattr(_ggml.libggml, name)
        fn.restype = ctypes.c_int
        fn.argtypes = [ctypes.c_void_p, ctypes.c_int64]
        out.append(fn)
    return tuple(out)


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

    def __init__(self, tokens: list[str | bytes], types: list[int], bos: int, eos: int,
                 name: str = "mllama") -> None:
        if len(tokens) != len(types):
            raise ModelFileError(f"The model's vocabulary has {len(tokens)} tokens but "
                                 f"{len(types)} token types; the file is damaged.")
        table = _unicode_to_byte()
        ranks: dict[bytes, int] = {}
        specials: dict[str, int] = {}
        # Entries tiktoken cannot hold (not UTF-8, or a second copy of a piece): their bytes.
        self._extra: dict[int, bytes] = {}
        for i, (text, kind) in enumerate(zip(tokens, types, strict=True)):
            if isinstance(text, bytes):
                self._extra[i] = text
            elif kind == TOKEN_NORMAL:
                try:
                    piece = bytes(table[c] for c in text)
                except KeyError:
                    raise ModelFileError(
                        f"Token {i} of the model's vocabulary is not byte-level BPE, so this "
                        "is not a Llama 3.2 Vision tokenizer.") from None
                if piece in ranks:
                    self._extra[i] = piece
                else:
                    ranks[piece] = i
            elif text in specials:
                self._extra[i] = text.encode()
            else:
                specials[text] = i
        if not 0 <= bos < len(tokens) or not 0 <= eos < len(tokens):
            raise ModelFileError("The model's vocabulary names a begin or end token it does "
                                 "not have; the file is damaged.")
        try:
            self._enc = tiktoken.Encoding(name, pat_str=LLAMA3_PATTERN, mergeable_ranks=ranks,
                                          special_tokens=specials)
        except ValueError as exc:
            raise ModelFileError(f"The model's vocabulary cannot be used ({exc}); the file is "
                                 "damaged.") from None
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
        kv_type, arr_type = _type_getters()
        file = Path(path).name
        try:
            def key(name: str, kind: int, item: int | None = None) -> int:
                k = g.gguf_find_key(ctx, name.encode())
                if k < 0:
                    raise ModelFileError(f"{file} has no tokenizer ({name} missing).")
                if kv_type(ctx, k) != kind or (item is not None and arr_type(ctx, k) != item):
                    raise ModelFileError(f"{file} has a damaged tokenizer ({name} holds the "
                                         "wrong kind of value).")
                return k

            k_tokens = key("tokenizer.ggml.tokens", GGUF_TYPE_ARRAY, GGUF_TYPE_STRING)
            n = g.gguf_get_arr_n(ctx, k_tokens)
            tokens = [_text(g.gguf_get_arr_str(ctx, k_tokens, i)) for i in range(n)]
            k_types = key("tokenizer.ggml.token_type", GGUF_TYPE_ARRAY, GGUF_TYPE_INT32)
            if g.gguf_get_arr_n(ctx, k_types) != n:
                raise ModelFileError(f"{file} has a damaged tokenizer ({n} tokens but "
                                     f"{g.gguf_get_arr_n(ctx, k_types)} token types).")
            data = ctypes.cast(g.gguf_get_arr_data(ctx, k_types), ctypes.POINTER(ctypes.c_int32))
            types = [int(data[i]) for i in range(n)]
            bos = g.gguf_get_val_u32(ctx, key("tokenizer.ggml.bos_token_id", GGUF_TYPE_UINT32))
            eos = g.gguf_get_val_u32(ctx, key("tokenizer.ggml.eos_token_id", GGUF_TYPE_UINT32))
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
        extra = self._extra.get(token)
        if extra is not None:
            return extra
        return self._enc.decode_single_token_bytes(token)

    def decode(self, tokens: list[int]) -> str:
        if not self._extra:
            return self._enc.decode(tokens)
        return b"".join(self.token_bytes(t) for t in tokens).decode("utf-8", errors="replace")


def _text(raw: bytes | None) -> str | bytes:
    """A vocabulary entry as text, or as its bytes when it is not UTF-8 (llama.cpp keeps those)."""
    raw = raw or b""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
