"""A chat engine with the safety policy applied: what the window, ``hearth chat --guard`` and
the local server run when the policy is on.

:class:`GuardedEngine` wraps any engine. The person's message is checked on the classifier's
thread while the main model reads the prompt; the first token waits for that verdict. The
answer is checked as it streams, sentence by sentence: a sentence is held back until the guard
has passed it (the guard checks sentence *n* while the model writes sentence *n + 1*), so an
answer that turns unsafe is cut after its last safe sentence and marked, never half-shown.

When the person's last message carries a picture, the checks of that exchange go to Llama
Guard 3 11B Vision (with the picture in view) if it is installed, switched on in the policy and
allowed by the licence-region check; otherwise the text guard judges the text and an
"unchecked" event says, first, that the picture was not checked and why.

Besides the engine's own events it yields :class:`GuardEvent` (blocked, cut, warned, failed,
unchecked): a warning or a notice where it happens; a block or a cut just before the mark
(one TokenEvent saying why) and the final :class:`DoneEvent`, whose text is what was shown
plus the mark.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.core.chat.message import Message
from app.core.engine.base import (
    CancelToken,
    DoneEvent,
    Engine,
    GenerationEvent,
    GenerationRequest,
    ImageInput,
    ModelInfo,
    Stats,
    TokenEvent,
)
from app.core.errors import HearthError
from app.core.safety.classifier import GuardClassifier, last_exchange
from app.core.safety.policy import GuardPolicy
from app.core.safety.prompt import Role
from app.core.safety.verdict import GuardStopped, Verdict

if TYPE_CHECKING:
    from app.core.safety.vision_classifier import VisionGuardClassifier

    Classifier = GuardClassifier | VisionGuardClassifier

log = logging.getLogger(__name__)

GuardAction = Literal["blocked", "cut", "warned", "failed", "unchecked"]

# A sentence ends at . ! ? … (with closing quotes or brackets) followed by white space, or at a
# line break. Text without one for this long is checked anyway, at its last space.
_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”’)\]]*\s+|\n+")
_MAX_UNCHECKED = 400


@dataclass(frozen=True, slots=True)
class GuardEvent:
    """What the safety check did, with a sentence for the person."""

    action: GuardAction
    role: Role
    message: str
    verdict: Verdict | None = None


def blocked_message(verdict: Verdict) -> str:
    return (f"Not answered: the safety check found this message is about {verdict.plain} "
            f"({', '.join(verdict.categories)}).")


def cut_message(verdict: Verdict) -> str:
    return (f"Answer stopped by the safety check: it turned to {verdict.plain} "
            f"({', '.join(verdict.categories)}).")


def warn_message(role: Role, verdict: Verdict) -> str:
    what = "your message" if role == "User" else "this answer"
    return (f"Safety warning: {what} may be about {verdict.plain} "
            f"({', '.join(verdict.categories)}).")


def split_checked(text: str) -> int:
    """Where the last complete sentence of ``text`` ends (0: none yet)."""
    end = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
    if end == 0 and len(text) > _MAX_UNCHECKED:
        space = text.rfind(" ", 0, len(text) - 1)
        end = space + 1 if space > 0 else len(text)
    return end


class _Linked(CancelToken):
    """Cancelled when its parent is, or on its own (the guard stopping the main model)."""

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or self._parent.cancelled


def picture_not_checked(reason: str) -> str:
    """The notice for a picture the guard could not look at."""
    return f"The picture was not checked by the safety model: {reason.rstrip('.')}."


PICTURES_OFF = "checking pictures is off in Settings → Safety"


def judged_picture(request: GenerationRequest) -> ImageInput | None:
    """The picture of the person's last message, if it has one (what the vision guard sees)."""
    messages = request.messages
    last_user = next((i for i in range(len(messages) - 1, -1, -1)
                      if messages[i].role == "user"), None)
    if last_user is None:
        return None
    for image in reversed(request.images):
        if image.message_index % len(messages) == last_user:
            return image
    return None


def _judged_messages(request: GenerationRequest) -> list[Message]:
    """The chat the guard judges; a raw prompt (a plain completion) counts as the user's."""
    if request.messages:
        return list(request.messages)
    return [Message("user", request.prompt)] if request.prompt else []


class GuardedEngine:
    """``engine`` with ``policy`` applied by ``classifier`` (an :class:`Engine` itself);
    ``vision``, when given, judges the exchanges whose last message carries a picture."""

    def __init__(self, engine: Engine, classifier: Classifier, policy: GuardPolicy,
                 vision: VisionGuardClassifier | None = None) -> None:
        self.engine = engine
        self.classifier = classifier
        self.policy = policy
        self.vision = vision

    def _text_judge(self) -> Classifier:
        return self.classifier

    def _vision_judge(self) -> Classifier:
        """The classifier for pictures; HearthError (the reason, for people) when none."""
        if self.vision is not None:
            return self.vision
        if getattr(self.classifier, "reads_images", False):
            return self.classifier
        raise HearthError("Llama Guard 3 11B Vision is not installed")

    def judge_for(self, request: GenerationRequest
                  ) -> tuple[Classifier, Path | None, GuardEvent | None]:
        """Who judges ``request``, the picture it sees, and the notice when a picture of the
        last message is left unchecked."""
        image = judged_picture(request)
        if image is None:
            return self._text_judge(), None, None
        if not self.policy.check_images:
            reason = PICTURES_OFF
        else:
            try:
                return self._vision_judge(), Path(image.path), None
            except HearthError as exc:
                reason = exc.message
        return (self._text_judge(), None,
                GuardEvent("unchecked", "User", picture_not_checked(reason)))

    @property
    def info(self) -> ModelInfo:
        return self.engine.info

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def close(self) -> None:
        """The wrapped engine and the classifier belong to whoever made them."""

    def generate(self, request: GenerationRequest, cancel: CancelToken | None = None
                 ) -> Iterator[GenerationEvent | GuardEvent]:  # type: ignore[override]
        cancel = cancel or CancelToken()
        policy = self.policy
        block = policy.action == "block"
        judge, image, notice = self.judge_for(request)
        if notice is not None:
            yield notice
        user_check: Future[Verdict] | None = None
        messages = _judged_messages(request)
        if policy.check_prompts and messages and messages[-1].role == "user":
            # Started before the main model reads the prompt: the two run side by side.
            user_check = judge.submit(last_exchange(messages), "User", cancel, image)
        inner_cancel = _Linked(cancel)
        inner = self.engine.generate(request, inner_cancel)
        try:
            yield from self._run(request, inner, inner_cancel, cancel, user_check, block,
                                 judge, image)
        finally:
            inner_cancel.cancel()
            inner.close()

    def _run(self, request: GenerationRequest, inner: Iterator[GenerationEvent],
             inner_cancel: _Linked, cancel: CancelToken, user_check: Future[Verdict] | None,
             block: bool, judge: Classifier, image: Path | None
             ) -> Iterator[GenerationEvent | GuardEvent]:
        check_answers = self.policy.check_answers
        shown: list[str] = []
        pending = ""  # streamed text not yet sent to the guard
        submitted = ""  # the answer as far as it was sent to the guard
        checks: deque[tuple[Future[Verdict], str]] = deque()
        warned = False

        def stop(marker: str, event: GuardEvent, stats: Stats | None
                 ) -> Iterator[GenerationEvent | GuardEvent]:
            inner_cancel.cancel()
            for future, _ in checks:
                future.cancel()
            text = "".join(shown)
            marker = ("\n\n" if text else "") + marker
            yield event  # first, so a consumer can treat the mark differently (the server)
            yield TokenEvent(marker)
            final = stats or Stats()
            final.stop_reason = "content_filter"
            yield DoneEvent(text + marker, final)

        def settle(wait: bool) -> Iterator[GenerationEvent | GuardEvent | _Stop]:
            """Show checked sentences in order; a _Stop when one was unsafe."""
            nonlocal warned
            while checks and (wait or checks[0][0].done()):
                future, sentence = checks.popleft()
                try:
                    verdict = future.result()
                except GuardStopped:
                    continue  # the person stopped the answer; unchecked text is not shown
                except HearthError as exc:
                    if block:
                        yield _Stop("The rest of the answer is hidden: the safety check "
                                    f"failed ({exc}).", GuardEvent("failed", "Agent", str(exc)))
                        return
                    yield GuardEvent("failed", "Agent", f"The safety check failed: {exc}")
                    verdict = Verdict(True)
                if not verdict.safe:
                    if block:
                        message = cut_message(verdict)
                        yield _Stop(message, GuardEvent("cut", "Agent", message, verdict))
                        return
                    if not warned:
                        warned = True
                        yield GuardEvent("warned", "Agent", warn_message("Agent", verdict),
                                         verdict)
                shown.append(sentence)
                yield TokenEvent(sentence)

        def submit(sentence: str) -> None:
            nonlocal submitted
            submitted += sentence
            if warned:  # after one warning the rest is shown as it comes
                done: Future[Verdict] = Future()
                done.set_result(Verdict(True))
                checks.append((done, sentence))
                return
            future = judge.submit(last_exchange(_judged_messages(request), submitted),
                                  "Agent", cancel, image)
            checks.append((future, sentence))

        first = True
        for event in inner:
            if first and user_check is not None:
                first = False
                try:
                    verdict = user_check.result()
                except GuardStopped:
                    verdict = None
                except HearthError as exc:
                    if block:
                        message = f"Not answered: the safety check failed ({exc})."
                        yield from stop(message, GuardEvent("failed", "User", message), None)
                        return
                    yield GuardEvent("failed", "User", f"The safety check failed: {exc}")
                    verdict = None
                if verdict is not None and not verdict.safe:
                    if block:
                        message = blocked_message(verdict)
                        yield from stop(message, GuardEvent("blocked", "User", message, verdict),
                                        None)
                        return
                    yield GuardEvent("warned", "User", warn_message("User", verdict), verdict)
            if not check_answers:
                yield event
                continue
            if isinstance(event, TokenEvent):
                pending += event.text
                end = split_checked(pending)
                if end:
                    submit(pending[:end])
                    pending = pending[end:]
                for item in settle(wait=False):
                    if isinstance(item, _Stop):
                        yield from stop(item.marker, item.event, None)
                        return
                    yield item
            elif isinstance(event, DoneEvent):
                if pending and event.stats.stop_reason != "cancelled":
                    submit(pending)
                    pending = ""
                for item in settle(wait=True):
                    if isinstance(item, _Stop):
                        yield from stop(item.marker, item.event, event.stats)
                        return
                    yield item
                yield DoneEvent("".join(shown), event.stats, event.token_ids)
                return
            else:
                yield event


@dataclass(frozen=True, slots=True)
class _Stop:
    marker: str
    event: GuardEvent


class GuardService:
    """Loads the guard models when the policy first needs them (on a worker thread) and wraps
    engines with the policy; one per window or server. The vision guard (for messages with a
    picture) is loaded separately, only when a picture comes."""

    def __init__(self, loader: Callable[[GuardPolicy], Classifier] | None = None,
                 vision_loader: Callable[[GuardPolicy], Classifier] | None = None) -> None:
        self._loader = loader or load_guard
        self._vision_loader = vision_loader or load_vision_guard
        self._classifier: Classifier | None = None
        self._vision: Classifier | None = None
        self._key: tuple[object, ...] | None = None
        self._vision_key: tuple[object, ...] | None = None
        self._lock = threading.Lock()
        self._vision_lock = threading.Lock()

    def classifier(self, policy: GuardPolicy) -> Classifier:
        """The classifier for ``policy`` (loaded now if needed; slow the first time)."""
        key = (policy.model, policy.codes())
        with self._lock:
            if self._classifier is None or self._key != key:
                if self._classifier is not None:
                    self._classifier.close()
                    self._classifier = None
                self._classifier = self._loader(policy)
                self._key = key
            return self._classifier

    def loaded_classifier(self) -> Classifier | None:
        """The text-side classifier if one is loaded (None: none yet)."""
        return self._classifier

    def vision_classifier(self, policy: GuardPolicy) -> Classifier:
        """Llama Guard 3 Vision for ``policy``; HearthError with the reason (not installed,
        or refused by the licence check) when it cannot be had."""
        main = self._classifier
        if main is not None and getattr(main, "reads_images", False) and \
                self._key == (policy.model, policy.codes()):
            return main  # the safety model is itself the vision guard
        key = (policy.vision_model, policy.codes())
        with self._vision_lock:
            if self._vision is None or self._vision_key != key:
                if self._vision is not None:
                    self._vision.close()
                    self._vision = None
                self._vision = self._vision_loader(policy)
                self._vision_key = key
            return self._vision

    def wrap(self, engine: Engine, policy: GuardPolicy) -> Engine:
        """``engine`` itself when the policy is off, else an engine that applies it. The guard
        is loaded lazily, inside the first ``generate`` (so on the caller's worker thread)."""
        if not policy.active:
            return engine
        return _LazyGuarded(self, engine, policy)  # type: ignore[return-value]

    def close(self) -> None:
        with self._lock:
            if self._classifier is not None:
                self._classifier.close()
                self._classifier = None
        with self._vision_lock:
            if self._vision is not None:
                self._vision.close()
                self._vision = None


class _LazyGuarded(GuardedEngine):
    def __init__(self, service: GuardService, engine: Engine, policy: GuardPolicy) -> None:
        self._service = service
        self.engine = engine
        self.policy = policy
        self.vision = None

    def _text_judge(self) -> Classifier:
        self.classifier = self._service.classifier(self.policy)
        return self.classifier

    def _vision_judge(self) -> Classifier:
        return self._service.vision_classifier(self.policy)


def find_guard_model(spec: str | None = None) -> str:
    """The guard GGUF: ``spec`` (a path or installed name), else an installed Llama Guard 3 1B."""
    from app.core.models.registry import installed_models, resolve_model

    if spec:
        return str(resolve_model(spec))
    for model in installed_models():
        if "llama-guard-3-1b" in model.path.name.lower():
            return str(model.path)
    raise HearthError(
        "The safety check needs Llama Guard 3 1B, which is not installed.",
        hint="Download it with `hearth models pull llama-guard-3-1b`, or choose a guard "
        "model file in Settings → Safety.")


def find_vision_guard_model(spec: str | None = None) -> str:
    """The vision guard GGUF: ``spec``, else an installed Llama Guard 3 11B Vision;
    HearthError("… is not installed") without one."""
    from app.core.models.registry import installed_models, resolve_model

    if spec:
        return str(resolve_model(spec))
    for model in installed_models():
        name = model.path.name.lower().replace("_", "-")
        if "llama-guard-3" in name and "vision" in name:
            return str(model.path)
    raise HearthError("Llama Guard 3 11B Vision is not installed",
                      hint="Meta publishes it as safetensors (meta-llama/Llama-Guard-3-11B-"
                      "Vision): convert that checkpoint into the models folder with `hearth "
                      "convert-vision FOLDER`, or choose its GGUF in Settings → Safety.")


def vision_guard_status(policy: GuardPolicy) -> tuple[bool, str]:
    """Whether messages with a picture will be judged by Llama Guard 3 Vision under
    ``policy``, and a sentence saying so (or why not) for Settings → Safety. Quick: it reads
    the models folder and one file header, and loads nothing."""
    from app.core.licence import check_file, refusal, restriction_of_file

    if not policy.check_images:
        return False, "Pictures are not checked (the text of a message with a picture is)."
    try:
        path = Path(find_vision_guard_model(policy.vision_model))
        decision = check_file(path)
    except HearthError as exc:
        return False, (f"Pictures are not checked: {exc.message.rstrip('.')} (the text of a "
                       "message with a picture is).")
    if not decision.allowed:
        what = restriction_of_file(path) or "a Llama 3.2 vision model"
        reason = refusal(decision, path.name, what).message
        return False, f"Pictures are not checked: {reason}"
    return True, f"Pictures are checked by Llama Guard 3 11B Vision ({path.name})."


def load_guard(policy: GuardPolicy) -> Classifier:
    """Load the guard model that ``policy`` names, with its categories."""
    classifier = GuardClassifier.load(find_guard_model(policy.model), policy.codes())
    classifier.warm()
    return classifier


def load_vision_guard(policy: GuardPolicy) -> Classifier:
    """Load the vision guard that ``policy`` names (or the installed one), with its
    categories; the licence-region check of vision models applies."""
    from app.core.safety.vision_classifier import VisionGuardClassifier

    classifier = VisionGuardClassifier.load(find_vision_guard_model(policy.vision_model),
                                            policy.codes())
    classifier.warm()
    return classifier
