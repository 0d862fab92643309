"""Llama Guard 3 11B Vision on Hearth's vision engine: a message with its picture, judged.

The guard is a Llama 3.2 Vision model, so it runs on :class:`MllamaEngine` (llama.cpp does not
load mllama files) and the licence-region check of the vision models applies when it is loaded.
Its prompt is the text guard's with ``<|image|>`` in front (:func:`render_vision`); its answer
is held to the verdict language by a :class:`LanguageConstraint` (greedy decoding with every
token that would leave the language masked), so a quantized guard cannot answer outside
"safe" / "unsafe" + codes, as the grammar does for the text guard.

The engine keeps the picture's encoding and the KV cache of the prompt's common start, so the
checks of one exchange (the message, then the answer sentence by sentence) read the picture
once and the fixed instructions once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.engine.base import (
    CancelToken,
    ImageInput,
    LoadOptions,
    SamplingParams,
    Stats,
)
from app.core.errors import HearthError
from app.core.licence import FROM_SETTINGS, DeclarationArg
from app.core.safety.prompt import (
    ASSISTANT_HEADER,
    BEGIN_OF_TEXT,
    DEFAULT_CODES,
    USER_HEADER,
    Role,
    Turn,
    user_message,
)
from app.core.safety.verdict import Verdict, max_verdict_tokens, verdict_language, verdict_of

if TYPE_CHECKING:
    from app.core.vision.tokenizer import Tokenizer

#: The vision guard's context: the prompt (~200 tokens), one exchange and the verdict.
VISION_GUARD_CTX = 4096


def vision_prompt_tokens(tokenizer: Tokenizer, turns: Sequence[Turn],
                         codes: Sequence[str] = DEFAULT_CODES, role: Role | None = None, *,
                         image: bool = True) -> list[int]:
    """Llama Guard 3 Vision's prompt as token ids, as Meta's ChatFormat encodes it: Llama 3
    markup as control tokens, ``<|image|>`` when there is a picture, the user message as plain
    text (text a person typed never becomes a control token)."""
    judged: Role = role or turns[-1].role
    head = tokenizer.encode(BEGIN_OF_TEXT + USER_HEADER)
    if image:
        head.append(tokenizer.image)
    return (head + tokenizer.encode_text(user_message(turns, codes, judged))
            + tokenizer.encode(ASSISTANT_HEADER))


class VisionGuardClassifier:
    """A loaded Llama Guard 3 Vision that labels the last turn, with or without a picture."""

    reads_images = True

    def __init__(self, engine: object, codes: Sequence[str] = DEFAULT_CODES) -> None:
        from app.core.vision.engine import MllamaEngine

        if not isinstance(engine, MllamaEngine):
            raise HearthError("The picture safety model must be Llama Guard 3 Vision (an "
                              "mllama GGUF).")
        self.engine = engine
        self.codes = tuple(codes)
        self.language = verdict_language(self.codes)
        self.last_stats: Stats | None = None
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vision-guard")

    @classmethod
    def load(cls, path: str | Path, codes: Sequence[str] = DEFAULT_CODES, *,
             options: LoadOptions | None = None, declaration: DeclarationArg = FROM_SETTINGS,
             projector: str | Path | None = None) -> VisionGuardClassifier:
        """Load a Llama Guard 3 Vision GGUF (the licence-region check applies)."""
        from app.core.vision.engine import MllamaEngine
        from app.core.vision.gguf_layout import find_projector

        engine = MllamaEngine(path, projector or find_projector(path),
                              options or LoadOptions(n_ctx=VISION_GUARD_CTX),
                              declaration=declaration)
        return cls(engine, codes)

    @property
    def name(self) -> str:
        return self.engine.info.name

    @cached_property
    def _trie(self) -> object:
        from app.core.vision.constraint import TokenTrie

        tok = self.engine.tokenizer
        return TokenTrie.from_vocabulary(tok.n_vocab, tok.token_bytes, self.language.alphabet,
                                         skip=tok.specials.values())

    # -- the prompt ---------------------------------------------------------------------------

    def prompt_tokens(self, turns: Sequence[Turn], role: Role | None = None, *,
                      image: bool = True) -> list[int]:
        """The prompt's token ids (see :func:`vision_prompt_tokens`)."""
        return vision_prompt_tokens(self.engine.tokenizer, turns, self.codes, role, image=image)

    def constraint(self) -> object:
        """A fresh verdict constraint for one check."""
        from app.core.vision.constraint import LanguageConstraint

        return LanguageConstraint(self.language, self._trie,  # type: ignore[arg-type]
                                  self.engine.tokenizer.stop_ids)

    # -- checking -----------------------------------------------------------------------------

    def check(self, turns: Sequence[Turn], role: Role | None = None,
              cancel: CancelToken | None = None, image: str | Path | None = None) -> Verdict:
        """Judge the last turn (or ``role``'s) with ``image`` in view (the picture of the
        person's message); GuardOutputError if the answer is no verdict, GuardStopped when
        cancelled."""
        if not turns:
            raise HearthError("There is nothing to check.")
        with self._lock:
            t0 = time.perf_counter()
            tokens = self.prompt_tokens(turns, role, image=image is not None)
            sampling = SamplingParams(temperature=0.0, max_tokens=max_verdict_tokens(self.codes))
            picture = ImageInput(Path(image), 0) if image is not None else None
            events = self.engine.generate_tokens(tokens, sampling, cancel, image=picture,
                                                 constraint=self.constraint())
            verdict, self.last_stats = verdict_of(events, self.codes, t0)
            return verdict

    def submit(self, turns: Sequence[Turn], role: Role | None = None,
               cancel: CancelToken | None = None, image: str | Path | None = None
               ) -> Future[Verdict]:
        """:meth:`check` on the classifier's thread; checks run one at a time, in order."""
        return self._pool.submit(self.check, list(turns), role, cancel, image)

    def warm(self, roles: Sequence[Role] = ("User", "Agent")) -> None:
        """Build the verdict constraint's token trie now (the KV cache fills on first use)."""
        _ = self._trie

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.engine.close()
