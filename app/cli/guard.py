"""``hearth guard TEXT`` and ``hearth chat --guard``: Llama Guard 3 from the terminal.

``hearth guard`` labels one text as Llama Guard 3 does: a person's message (``--role user``,
the default) or an answer (``--role agent``, optionally ``--after`` the message it answers).
It exits 0 when the text is safe and 3 when it is unsafe, so scripts can use it.
``hearth chat --guard`` applies the safety policy of Settings (turned on if it is off) to a
terminal chat: an unsafe message is not answered, an unsafe answer is cut.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from app.cli.args import EXIT_UNSAFE
from app.core.errors import HearthError


def _codes(text: str) -> list[str]:
    from app.core.safety.prompt import check_codes

    try:
        return list(check_codes(text.split(",")))
    except HearthError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_guard_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    guard = sub.add_parser(
        "guard", help="check a text with Llama Guard 3 (safe, or unsafe and its categories)",
        description="Label a text with Llama Guard 3. Exit status: 0 safe, 3 unsafe, 1 error.")
    guard.add_argument("text", nargs="?", help="the text to check ('-' reads stdin)")
    guard.add_argument("--role", choices=("user", "agent"), default="user",
                       help="judge the text as a person's message (user, the default) or as "
                       "an assistant's answer (agent)")
    guard.add_argument("--after", metavar="TEXT", default=None,
                       help="with --role agent: the person's message the answer replies to")
    guard.add_argument("--model", help="the guard GGUF (path or installed name; default: the "
                       "one in Settings, else Llama Guard 3 1B)")
    guard.add_argument("--exclude", type=_codes, default=None, metavar="S7,S8",
                       help="categories to leave out (default: those left out in Settings)")
    guard.add_argument("--image", metavar="PATH", default=None,
                       help="a picture sent with the message: judged with Llama Guard 3 11B "
                       "Vision when it is installed and the licence allows it (otherwise the "
                       "text alone is judged, and that is said)")
    guard.add_argument("--list-categories", action="store_true",
                       help="print the categories and exit")
    guard.add_argument("--json", action="store_true", help="print one JSON object")


def add_guard_chat_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("safety (Llama Guard 3)")
    group.add_argument("--guard", action="store_true",
                       help="check messages and answers with Llama Guard 3 (the policy in "
                       "Settings, turned on)")
    group.add_argument("--guard-model", metavar="MODEL", default=None,
                       help="the guard GGUF (default: Settings, else Llama Guard 3 1B)")


def cmd_guard(args: argparse.Namespace) -> int:
    from app.core.safety.classifier import GuardClassifier
    from app.core.safety.guarded import find_guard_model
    from app.core.safety.prompt import CATEGORIES, PLAIN_WORDS, Turn
    from app.core.settings import load_settings

    if args.list_categories:
        if args.json:
            print(json.dumps([{"code": c, "name": n, "plain": PLAIN_WORDS[c]}
                              for c, n in CATEGORIES.items()]))
        else:
            for code, name in CATEGORIES.items():
                print(f"{code:>4}  {name}  ({PLAIN_WORDS[code]})")
        return 0
    text = args.text
    if text == "-":
        text = sys.stdin.read()
    if text is None or not text.strip():
        raise HearthError("There is nothing to check; give the text as an argument.")
    if args.after is not None and args.role != "agent":
        raise HearthError("--after goes with --role agent (the message the answer replies to).")
    policy = load_settings().guard_policy()
    if args.exclude is not None:
        policy.excluded = args.exclude
    classifier, image = _picture_guard(args.image, args.model, policy) if args.image else (
        None, None)
    if classifier is None:
        classifier = GuardClassifier.load(find_guard_model(args.model or policy.model),
                                          policy.codes())
    try:
        if args.role == "agent":
            turns = [Turn("User", args.after or ""), Turn("Agent", text)]
        else:
            turns = [Turn("User", text)]
        verdict = classifier.check(turns, image=image)
    finally:
        classifier.close()
    if args.json:
        extra = {"image_checked": image is not None} if args.image else {}
        print(json.dumps({**verdict.as_dict(), "role": args.role, "model": classifier.name,
                          **extra}, ensure_ascii=False))
    elif verdict.safe:
        print("safe")
    else:
        print(f"unsafe: {verdict.plain} ({', '.join(verdict.categories)})")
    return 0 if verdict.safe else EXIT_UNSAFE


def _picture_guard(image: str, model: str | None, policy: object
                   ) -> tuple[object | None, str | None]:
    """``hearth guard --image``: Llama Guard 3 Vision and the picture, or (None, None) after
    saying on stderr why the picture is not checked (the text guard then judges the text)."""
    from app.core.models.gguf_file import read_gguf_info
    from app.core.safety.guarded import PICTURES_OFF, find_vision_guard_model, picture_not_checked
    from app.core.safety.policy import GuardPolicy
    from app.core.safety.vision_classifier import VisionGuardClassifier
    from app.core.vision.attachments import check_image

    assert isinstance(policy, GuardPolicy)
    check_image(image)  # a missing or broken picture is an error, not a skipped check
    if not policy.check_images:
        reason = PICTURES_OFF
    else:
        spec = policy.vision_model
        if model and Path(model).is_file() and read_gguf_info(Path(model)).architecture == \
                "mllama":
            spec = model
        try:
            return VisionGuardClassifier.load(find_vision_guard_model(spec),
                                              policy.codes()), image
        except HearthError as exc:
            reason = exc.message
    print(f"hearth: safety: {picture_not_checked(reason)}", file=sys.stderr)
    return None, None


class ChatGuard:
    """The safety layer of ``hearth chat``: wraps the engine, reports what the guard did."""

    def __init__(self, args: argparse.Namespace, settings: object, *,
                 picture: bool = False) -> None:
        from app.core.safety.guarded import GuardService
        from app.core.settings import Settings

        assert isinstance(settings, Settings)
        self.policy = settings.guard_policy()
        if getattr(args, "guard", False):
            self.policy.enabled = True
        if getattr(args, "guard_model", None):
            self.policy.model = args.guard_model
        self.service = GuardService()
        self.events: list[dict[str, object]] = []
        if not self.policy.active:
            return
        if picture and self.policy.check_images:
            # A message with a picture: Llama Guard 3 Vision judges it when it can be had
            # (otherwise the text guard does, and the picture is reported unchecked).
            try:
                self.service.vision_classifier(self.policy)
                return
            except HearthError:
                pass
        self.service.classifier(self.policy)  # load now: errors before the chat starts

    def wrap(self, engine: object) -> object:
        return self.service.wrap(engine, self.policy)  # type: ignore[arg-type]

    def report(self, event: object, err: TextIO) -> bool:
        """Print a GuardEvent to ``err`` (and keep it for --json); False for other events."""
        from app.core.safety.guarded import GuardEvent

        if not isinstance(event, GuardEvent):
            return False
        self.events.append({"action": event.action, "role": event.role.lower(),
                            "categories": list(event.verdict.categories) if event.verdict
                            else [], "message": event.message})
        print(f"\nhearth: safety: {event.message}", file=err)
        return True

    def close(self) -> None:
        self.service.close()
