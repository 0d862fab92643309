"""Constrained decoding for the engines that pick tokens themselves (the vision engine).

llama.cpp's grammar sampler is not available to Hearth's own ggml decoder, so a finite or
prefix-checkable output language is enforced here: before each token the logits of every
token that would take the output out of the language are masked, and the engine stops as
soon as nothing may follow.

* :class:`Constraint` is what a generation loop needs: the tokens allowed next, and
  ``accept`` for the one chosen. An end-of-turn token is allowed exactly when the output so
  far is complete.
* :class:`PrefixLanguage` is a language given by two checks on bytes: "can this still become
  a sentence" and "is this a sentence". Llama Guard's verdicts are one
  (:func:`app.core.safety.verdict.verdict_language`).
* :class:`TokenTrie` holds the vocabulary's tokens by their bytes, so the allowed set is found
  by walking the trie alongside the language and pruning every branch the language refuses,
  instead of testing all 128k tokens at each step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from app.core.errors import GenerationError


@runtime_checkable
class Constraint(Protocol):
    """Limits what a generation may produce; stateful, one per generation."""

    def allowed(self) -> Sequence[int]:
        """Token ids that may come next (end-of-turn ids included when the output may end)."""
        ...

    def accept(self, token: int) -> None:
        """Record the token chosen (one of :meth:`allowed`)."""
        ...

    @property
    def finished(self) -> bool:
        """True when nothing may follow: the generation ends here."""
        ...


class PrefixLanguage(Protocol):
    """A set of byte strings, known through its prefixes."""

    #: Every byte any sentence of the language uses (tokens with other bytes never fit).
    alphabet: frozenset[int]

    def is_prefix(self, data: bytes) -> bool:
        """Whether ``data`` starts some sentence (a sentence is its own prefix)."""
        ...

    def is_complete(self, data: bytes) -> bool:
        """Whether ``data`` is a sentence."""
        ...


class _Node:
    __slots__ = ("children", "ids")

    def __init__(self) -> None:
        self.children: dict[int, _Node] = {}
        self.ids: list[int] = []


class TokenTrie:
    """Tokens by their bytes, limited to those made of ``alphabet`` (the rest never fit)."""

    def __init__(self, pieces: Iterable[tuple[int, bytes]], alphabet: frozenset[int]) -> None:
        self.root = _Node()
        self.alphabet = alphabet
        self.pieces: dict[int, bytes] = {}  # token → its bytes, for the tokens kept
        for token, data in pieces:
            if not data or any(b not in alphabet for b in data):
                continue
            self.pieces[token] = data
            node = self.root
            for b in data:
                node = node.children.setdefault(b, _Node())
            node.ids.append(token)

    @classmethod
    def from_vocabulary(cls, n_vocab: int, token_bytes: Callable[[int], bytes],
                        alphabet: frozenset[int], skip: Iterable[int] = ()) -> TokenTrie:
        """The trie of a tokenizer's vocabulary (``skip``: control tokens, never text)."""
        skipped = set(skip)
        return cls(((i, token_bytes(i)) for i in range(n_vocab) if i not in skipped), alphabet)

    def extensions(self, text: bytes, language: PrefixLanguage) -> list[int]:
        """Tokens whose bytes, appended to ``text``, keep it a prefix of ``language``."""
        out: list[int] = []
        stack: list[tuple[_Node, bytes]] = [(self.root, text)]
        while stack:
            node, so_far = stack.pop()
            for b, child in node.children.items():
                longer = so_far + bytes((b,))
                if language.is_prefix(longer):
                    out.extend(child.ids)
                    stack.append((child, longer))
        return sorted(out)


class LanguageConstraint:
    """A :class:`Constraint` that keeps the output a prefix of ``language``.

    ``end_ids``: the tokens that end a turn; allowed only once the output is a sentence.
    When a sentence cannot be extended, :attr:`finished` is True and the loop stops without
    asking the model for an end token.
    """

    def __init__(self, language: PrefixLanguage, trie: TokenTrie, end_ids: Iterable[int]
                 ) -> None:
        self.language = language
        self.trie = trie
        self.end_ids = tuple(sorted(set(end_ids)))
        self.text = b""
        self._allowed: list[int] | None = None

    def allowed(self) -> list[int]:
        if self._allowed is None:
            ids = self.trie.extensions(self.text, self.language)
            if self.language.is_complete(self.text):
                ids = sorted(set(ids) | set(self.end_ids))
            self._allowed = ids
        return self._allowed

    def accept(self, token: int) -> None:
        if token in self.end_ids:
            self._allowed = []
            return
        piece = self.trie.pieces.get(token)
        if piece is None or not self.language.is_prefix(self.text + piece):
            raise GenerationError("The constrained answer took a token outside its format.")
        self.text += piece
        self._allowed = None

    @property
    def finished(self) -> bool:
        if self._allowed == []:
            return True
        if not self.language.is_complete(self.text):
            return False
        return not any(self.language.is_prefix(self.text + bytes((b,)))
                       for b in self.language.alphabet)


def mask_logits(logits: np.ndarray, allowed: Sequence[int]) -> np.ndarray:
    """``logits`` with every token outside ``allowed`` at minus infinity."""
    if not len(allowed):
        raise GenerationError("The constrained answer has no way to go on.")
    masked = np.full(logits.shape, -np.inf, dtype=np.float64)
    index = np.asarray(allowed, dtype=np.int64)
    masked[index] = logits[index]
    return masked
