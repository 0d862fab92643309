"""The Llama Guard classifier on llama.cpp: an exact prompt, a grammar, a cached prefix.

Everything in the prompt before the conversation depends only on the role judged and the
categories. The classifier evaluates that prefix once per role, keeps a copy of the KV cache
for each (``LlamaCppEngine.save_state``), and afterwards evaluates only the conversation,
the closing instructions and the few tokens of the verdict. Consecutive checks of a growing
answer share even more: the engine reuses the cache for the common start of two prompts, so
checking sentence *n* reads only sentence *n* and the instructions.

Checks run on one background thread (:meth:`GuardClassifier.submit`), so the window and the
server can check a message while the main model reads its prompt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from app.core.chat.message import Message
from app.core.engine.base import CancelToken, LoadOptions, SamplingParams, Stats
from app.core.errors import HearthError
from app.core.licence import FROM_SETTINGS, DeclarationArg
from app.core.safety.prompt import (
    ASSISTANT_HEADER,
    BEGIN_OF_TEXT,
    DEFAULT_CODES,
    USER_HEADER,
    Role,
    Turn,
    prefix_text,
    user_message,
)
from app.core.safety.verdict import Verdict, guard_grammar, max_verdict_tokens, verdict_of

#: The guard's context: the fixed prefix (~150 tokens), one exchange and the verdict.
GUARD_CTX = 4096


def last_exchange(messages: Sequence[Message], answer: str | None = None) -> list[Turn]:
    """The turns to judge: the last thing the person wrote, and ``answer`` when given.

    Hearth judges the last exchange only (not the whole chat): a check's cost then stays
    bounded however long the conversation grows, and the prefix in the cache stays useful.
    """
    user = next((m for m in reversed(messages) if m.role == "user"), None)
    if user is None:
        raise HearthError("There is no message to check.")
    turns = [Turn("User", user.content)]
    if answer is not None:
        turns.append(Turn("Agent", answer))
    return turns


class GuardClassifier:
    """A loaded Llama Guard 3 model that labels the last turn of a conversation."""

    reads_images = False  # Llama Guard 3 1B / 8B read text; 11B Vision is VisionGuardClassifier

    def __init__(self, engine: object, codes: Sequence[str] = DEFAULT_CODES, *,
                 cache_prefix: bool = True) -> None:
        from app.core.engine.llamacpp import LlamaCppEngine

        if not isinstance(engine, LlamaCppEngine):
            raise HearthError("The safety model must be a text model (a Llama Guard 3 GGUF).")
        self.engine = engine
        self.codes = tuple(codes)
        self.cache_prefix = cache_prefix
        self._grammar = guard_grammar(self.codes)
        self._states: dict[Role, tuple[bytes, tuple[int, ...]]] = {}
        self._prefix_ids: dict[Role, list[int]] = {}
        self._kv_role: Role | None = None
        self.last_stats: Stats | None = None  # the last check's numbers (cached tokens, time)
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="guard")

    @classmethod
    def load(cls, path: str | Path, codes: Sequence[str] = DEFAULT_CODES, *,
             options: LoadOptions | None = None, declaration: DeclarationArg = FROM_SETTINGS,
             cache_prefix: bool = True) -> GuardClassifier:
        """Load a Llama Guard 3 GGUF on llama.cpp (the licence check applies).

        A Llama Guard 3 Vision file (mllama) loads as a :class:`VisionGuardClassifier` on the
        vision engine instead (same methods; the licence-region check of vision models).
        """
        from app.core.engine.llamacpp import LlamaCppEngine
        from app.core.models.gguf_file import read_gguf_info

        if read_gguf_info(Path(path)).architecture == "mllama":
            from app.core.safety.vision_classifier import VisionGuardClassifier

            return VisionGuardClassifier.load(  # type: ignore[return-value]
                path, codes, options=options, declaration=declaration)
        engine = LlamaCppEngine(path, options or LoadOptions(n_ctx=GUARD_CTX),
                                declaration=declaration)
        return cls(engine, codes, cache_prefix=cache_prefix)

    @property
    def name(self) -> str:
        return self.engine.info.name

    # -- the prompt ---------------------------------------------------------------------------

    def prompt_tokens(self, turns: Sequence[Turn], role: Role | None = None
                      ) -> tuple[list[int], int]:
        """The prompt's token ids and how many of them are the fixed prefix.

        The Llama 3 markup is parsed as control tokens; the user message (task, categories,
        conversation, instructions) is tokenized as one plain text, as Meta's ChatFormat does,
        so text the person typed can never become a control token.
        """
        judged: Role = role or turns[-1].role
        engine = self.engine
        head = engine.tokenize(BEGIN_OF_TEXT + USER_HEADER, parse_special=True)
        body = engine.tokenize(user_message(turns, self.codes, judged))
        tail = engine.tokenize(ASSISTANT_HEADER, parse_special=True)
        prefix = self._prefix_ids.get(judged)
        if prefix is None:
            prefix = head + engine.tokenize(prefix_text(judged, self.codes))
            self._prefix_ids[judged] = prefix
        tokens = head + body + tail
        n_prefix = 0
        while n_prefix < len(prefix) and tokens[n_prefix] == prefix[n_prefix]:
            n_prefix += 1
        return tokens, n_prefix

    # -- checking -----------------------------------------------------------------------------

    def check(self, turns: Sequence[Turn], role: Role | None = None,
              cancel: CancelToken | None = None, image: str | Path | None = None) -> Verdict:
        """Judge the last turn (or ``role``'s last one); GuardOutputError if the answer is no
        verdict, GuardStopped when cancelled. A text guard cannot look at ``image``."""
        if image is not None:
            raise HearthError(f"{self.name} reads text only; it cannot check a picture.",
                              hint="Install Llama Guard 3 11B Vision to check pictures.")
        with self._lock:
            t0 = time.perf_counter()
            tokens, n_prefix = self.prompt_tokens(turns, role)
            self._ready_prefix(role or turns[-1].role, tokens[:n_prefix])
            sampling = SamplingParams(temperature=0.0, grammar=self._grammar,
                                      max_tokens=max_verdict_tokens(self.codes))
            events = self.engine.generate_tokens(tokens, sampling, cancel)
            verdict, self.last_stats = verdict_of(events, self.codes, t0)
            return verdict

    def submit(self, turns: Sequence[Turn], role: Role | None = None,
               cancel: CancelToken | None = None, image: str | Path | None = None
               ) -> Future[Verdict]:
        """:meth:`check` on the classifier's thread; checks run one at a time, in order."""
        return self._pool.submit(self.check, list(turns), role, cancel, image)

    def warm(self, roles: Sequence[Role] = ("User", "Agent")) -> None:
        """Read the fixed prefix of each role now (at load time rather than at the first
        check)."""
        with self._lock:
            for role in roles:
                tokens, n_prefix = self.prompt_tokens([Turn(role, "")], role)
                self._ready_prefix(role, tokens[:n_prefix])

    def _ready_prefix(self, role: Role, prefix: list[int]) -> None:
        """Make the KV cache start with ``role``'s prefix: already there, a saved copy put
        back, or read once and saved. Without prefix caching, the cache is emptied."""
        engine = self.engine
        if not self.cache_prefix:
            engine.truncate(0)
            self._kv_role = None
            return
        if self._kv_role == role:
            return
        state = self._states.get(role)
        if state is not None and state[1] == tuple(prefix) and engine.load_state(state):
            self._kv_role = role
            return
        engine.truncate(0)
        engine.prefill(prefix)
        self._states[role] = engine.save_state()
        self._kv_role = role

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self.engine.close()
