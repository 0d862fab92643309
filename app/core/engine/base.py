"""The engine interface every backend implements: text, speculative and vision.

An engine turns a :class:`GenerationRequest` into a stream of events. The window and the CLI
consume the same stream; cancellation goes through a :class:`CancelToken` that the engine polls
between tokens and (through llama.cpp's abort callback) inside long prompt evaluations.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable

from app.core.chat.message import Message

# "content_filter": the safety layer (app.core.safety) blocked the message or cut the answer.
StopReason = Literal["eos", "length", "stop", "cancelled", "content_filter"]


class CancelToken:
    """A thread-safe flag that asks a running operation to stop soon."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(slots=True)
class SamplingParams:
    """How to pick tokens. ``temperature <= 0`` means greedy."""

    temperature: float = 0.6
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    seed: int | None = None
    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    # Constrained decoding (llama.cpp GBNF, rule "root"): the completion must match it. With
    # grammar_trigger (a Python regular expression), decoding is free until the completion so
    # far matches the trigger at its start; then the tokens so far are replayed into the
    # grammar and it constrains the rest (if they do not fit it, the answer stays free). Tool
    # calls use this: a call is forced to be well-formed once the model writes "[".
    grammar: str | None = None
    grammar_trigger: str | None = None


ImageDetail = Literal["full", "quick"]
IMAGE_DETAILS: tuple[ImageDetail, ...] = ("full", "quick")


@dataclass(frozen=True, slots=True)
class ImageInput:
    """A picture attached to ``messages[message_index]`` (negative counts from the end).

    ``detail``: "full" reads the picture as up to four tiles, exactly as the model was
    trained; "quick" as one 560-px tile, about a sixth of the work (like OpenAI's low detail).
    """

    path: Path
    message_index: int = -1
    detail: ImageDetail = "full"


@dataclass(slots=True)
class GenerationRequest:
    """A chat to continue (``messages``) or, for power users, a raw ``prompt`` string.

    ``images`` are for vision engines; the vision model looks at the most recent one only.
    """

    messages: Sequence[Message] = ()
    prompt: str | None = None
    sampling: SamplingParams = field(default_factory=SamplingParams)
    add_default_system: bool = True
    images: tuple[ImageInput, ...] = ()
    # Tool definitions (Meta's form, app.core.tools.prompt.tool_definitions) for engines that
    # place them themselves (``takes_tool_definitions``: remote servers); local engines get
    # the tools inside the system prompt instead and leave this empty.
    tools: tuple[dict[str, Any], ...] = ()


@dataclass(slots=True)
class Stats:
    """Numbers about one generation; ``tokens_per_s`` is the decode rate after the first token."""

    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    ttft_ms: float = 0.0
    tokens_per_s: float = 0.0
    total_ms: float = 0.0
    stop_reason: StopReason = "eos"
    dropped_messages: int = 0
    # Speculative decoding only (None otherwise): draft tokens proposed and accepted,
    # accepted / drafted, and the decode rate over plain decoding's, estimated from the
    # measured cost of a one-token target step.
    drafted: int | None = None
    accepted: int | None = None
    acceptance: float | None = None
    speedup: float | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TokenEvent:
    """A piece of text ready to show; always whole UTF-8 characters."""

    text: str


@dataclass(frozen=True, slots=True)
class DoneEvent:
    """The generation ended; ``text`` is the whole completion, ``token_ids`` its tokens."""

    text: str
    stats: Stats
    token_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgressEvent:
    """Work before the first token that takes long enough to show: ``phase`` "image" is a
    picture being read. ``fraction`` goes from 0 to 1; ``eta_s`` is the estimated time left
    (None until it can be estimated). Consumers that do not show progress ignore it."""

    phase: Literal["image"]
    fraction: float
    eta_s: float | None = None


def describe_progress(event: ProgressEvent) -> str:
    """The words the window and the CLI show: "Reading the picture… 35 % · about 2 min left"."""
    from app.core.progress import time_left

    text = f"Reading the picture… {int(event.fraction * 100)} %"
    eta = event.eta_s
    # Never "almost done" while the bar still moves: a picture's steps are short.
    left = time_left(max(eta, 1.0)) if eta is not None and event.fraction < 1 else ""
    return f"{text} · {left}" if left else text


GenerationEvent = TokenEvent | DoneEvent | ProgressEvent


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How to load a model. ``None`` means: let Hearth choose from the hardware."""

    n_ctx: int = 4096
    n_threads: int | None = None
    n_gpu_layers: int | None = None
    n_batch: int = 512
    check_memory: bool = True


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What a loaded engine tells about its model."""

    path: Path
    name: str
    architecture: str
    n_ctx: int
    n_ctx_train: int
    n_params: int
    size_bytes: int
    chat_format: str
    n_threads: int
    n_gpu_layers: int
    offload: str = ""
    notice: str | None = None
    draft: str | None = None  # the draft model's name, when decoding speculatively


@runtime_checkable
class Engine(Protocol):
    """What the UI, the CLI and the later features need from any engine."""

    @property
    def info(self) -> ModelInfo: ...

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` takes in this model's vocabulary (no BOS)."""
        ...

    def generate(
        self, request: GenerationRequest, cancel: CancelToken | None = None
    ) -> Iterator[GenerationEvent]:
        """Stream the answer; the last event is always a :class:`DoneEvent`."""
        ...

    def close(self) -> None:
        """Free the model and its context."""
        ...
