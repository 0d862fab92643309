"""The safety layer in the local server (``hearth serve``).

When the policy is on, a chat request's last message is checked while the model reads the
prompt: an unsafe one is refused with HTTP 400 (``content_policy_violation``, the category in
plain words). Answers are checked as they stream; one that turns unsafe ends after its last
safe sentence with ``finish_reason: "content_filter"`` (the window's mark is for people, not
for programs, so it is not sent). ``POST /v1/moderations`` answers from Llama Guard whether or
not the policy is on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationEvent,
    GenerationRequest,
    TokenEvent,
)
from app.core.errors import GenerationError, HearthError, LicenceError
from app.core.safety.guarded import PICTURES_OFF, GuardEvent, GuardService
from app.core.safety.moderation import ModerationInputError, moderate, moderation_inputs
from app.core.safety.policy import GuardPolicy

log = logging.getLogger(__name__)


class ContentBlockedError(HearthError):
    """The safety check found the request's message unsafe (the server answers 400)."""

    def __init__(self, message: str, categories: tuple[str, ...] = (),
                 param: str = "messages") -> None:
        super().__init__(message)
        self.categories = categories
        self.param = param  # the request field judged: "messages", or "prompt" (completions)


class SafetyLayer:
    """The policy and the guard for one server; thread-safe (checks run one at a time)."""

    def __init__(self, policy: GuardPolicy, service: GuardService | None = None) -> None:
        self.policy = policy
        self.service = service or GuardService()

    @property
    def active(self) -> bool:
        return self.policy.active

    def load(self) -> str:
        """Load the guard now (at server start, so a missing model is said at once)."""
        return self.service.classifier(self.policy).name

    def generate(self, engine: Engine, request: GenerationRequest, cancel: CancelToken
                 ) -> Iterator[GenerationEvent]:
        """``engine``'s events with the policy applied, as the API needs them."""
        if not self.policy.active:
            yield from engine.generate(request, cancel)
            return
        guarded = self.service.wrap(engine, self.policy)
        stopped = False
        shown: list[str] = []
        for event in guarded.generate(request, cancel):
            if isinstance(event, GuardEvent):
                categories = event.verdict.categories if event.verdict else ()
                if event.action == "blocked":
                    raise ContentBlockedError(event.message, categories,
                                              "messages" if request.messages else "prompt")
                if event.action == "failed" and event.role == "User" and \
                        self.policy.action == "block":
                    raise GenerationError(event.message)
                if event.action == "unchecked":
                    log.warning("safety: %s", event.message)
                    continue
                if event.action in ("cut", "failed") and self.policy.action == "block":
                    stopped = True
                log.warning("safety: %s", event.message)
                continue
            if isinstance(event, TokenEvent):
                if stopped:
                    continue  # the mark
                shown.append(event.text)
            elif isinstance(event, DoneEvent) and stopped:
                event = DoneEvent("".join(shown), event.stats, event.token_ids)
            yield event

    def moderate(self, raw_input: object,
                 save_image: Callable[[str], Path] | None = None) -> dict[str, object]:
        """The ``/v1/moderations`` response body for a request's ``input``; ``save_image``
        turns a picture's data: URL into a checked file (pictures go to the vision guard)."""
        inputs = moderation_inputs(raw_input)
        needs_text = any(item.image_url is None for item in inputs)
        classifier = self.service.classifier(self.policy) if needs_text else None
        return moderate(classifier, raw_input, vision=self._vision, save_image=save_image)

    def _vision(self) -> object:
        """Llama Guard 3 Vision for a moderation input with a picture, or the reason why not
        (as a refusal: a picture is never reported as checked when it was not)."""
        if not self.policy.check_images:
            raise ModerationInputError(
                f"The picture cannot be checked: {PICTURES_OFF}.")
        try:
            return self.service.vision_classifier(self.policy)
        except LicenceError:
            raise
        except HearthError as exc:
            raise ModerationInputError(f"The picture cannot be checked: {exc.message}.",
                                       hint=exc.hint) from None

    def close(self) -> None:
        self.service.close()
