"""``hearth ask-image IMAGE --prompt TEXT``: one question about a picture, from a terminal.

Runs a Llama 3.2 Vision model (``--model``: a GGUF path or an installed model's name; its
projector is found beside it, or given with ``--projector``) and streams the answer, or prints
one JSON object with ``--json``. Exit codes as for ``hearth chat``.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path

from app.cli.args import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    positive_int,
    temperature,
    with_load_flags,
)
from app.cli.licence import add_declaration_arguments, declaration_for_model
from app.cli.progress import ProgressLine
from app.core.engine.base import ProgressEvent, describe_progress
from app.core.errors import HearthError


def add_image_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "ask-image",
        help="ask a Llama 3.2 Vision model about a picture",
        description="Ask a question about a picture (PNG, JPEG, WebP, GIF, BMP) with a Llama "
        "3.2 Vision model and print the answer.",
    )
    p.add_argument("image", type=Path, help="the picture file")
    p.add_argument("-p", "--prompt", required=True, help="the question ('-' reads stdin)")
    p.add_argument("-m", "--model", help="a Llama 3.2 Vision GGUF path or installed name, or "
                   "SERVER/MODEL on an added server (default: the model chosen in settings)")
    p.add_argument("--projector", type=Path, default=None,
                   help="the vision projector GGUF (default: the *mmproj*.gguf beside the model)")
    p.add_argument("--detail", choices=("full", "quick"), default="full",
                   help="full: up to four tiles, as the model was trained (default); quick: one "
                   "560-px tile, about six times less work")
    p.add_argument("--temperature", type=temperature, default=None)
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--max-tokens", type=positive_int, default=None)
    p.add_argument("--ctx", type=positive_int, default=None, help="context size in tokens")
    p.add_argument("--threads", type=positive_int, default=None)
    p.add_argument("--gpu-layers", type=int, default=None,
                   help="decoder layers on the GPU (0: CPU only, 999: all; default: as many "
                   "as its free memory holds); the vision encoder goes first")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end")
    from app.cli.guard import add_guard_chat_arguments

    add_guard_chat_arguments(p)  # --guard: the picture goes to Llama Guard 3 Vision
    add_declaration_arguments(p)


def cmd_ask_image(args: argparse.Namespace) -> int:
    from app.core.chat.message import Message
    from app.core.engine.base import (
        CancelToken,
        DoneEvent,
        GenerationRequest,
        ImageInput,
        TokenEvent,
    )
    from app.core.engines import load_engine
    from app.core.models.gguf_file import read_gguf_info
    from app.core.models.registry import resolve_model
    from app.core.settings import load_settings
    from app.core.vision.preprocess import load_image

    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    if not prompt.strip():
        raise HearthError("The question is empty; give --prompt some text.")
    load_image(args.image)  # a bad picture is reported before the model loads
    settings = load_settings()
    from app.cli.remote import remote_engine

    engine = remote_engine(args, settings)  # --model SERVER/MODEL: a vision model on a server
    if engine is None:
        path = resolve_model(args.model or settings.model)
        if read_gguf_info(path).architecture != "mllama":
            raise HearthError(f"{path.name} cannot see pictures.",
                              hint="Pass --model with a Llama 3.2 Vision GGUF.")
        declaration = declaration_for_model(args, path)
        options = with_load_flags(settings.load_options(path), args)
        engine = load_engine(path, options, declaration=declaration, projector=args.projector)
    if engine.info.notice:
        print(f"hearth: note: {engine.info.notice}", file=sys.stderr)
    from app.cli.guard import EXIT_UNSAFE, ChatGuard

    try:
        guard = ChatGuard(args, settings, picture=True)
    except BaseException:
        engine.close()
        raise
    placed = getattr(engine, "placement_bytes", dict)()
    sampling = settings.sampling(seed=args.seed)
    if args.temperature is not None:
        sampling.temperature = args.temperature
    if args.max_tokens is not None:
        sampling.max_tokens = args.max_tokens
    request = GenerationRequest(messages=[Message("user", prompt)],
                                images=(ImageInput(args.image, detail=args.detail),),
                                sampling=sampling)
    cancel = CancelToken()
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    done: DoneEvent | None = None
    progress = ProgressLine(sys.stderr)  # redirected: a line per tenth of the way
    try:
        for event in guard.wrap(engine).generate(request, cancel):  # type: ignore[attr-defined]
            if guard.report(event, sys.stderr):
                continue
            if isinstance(event, ProgressEvent):
                progress.show(describe_progress(event), step=int(event.fraction * 10))
                continue
            progress.clear()
            if isinstance(event, TokenEvent) and not args.json:
                sys.stdout.write(event.text)
                sys.stdout.flush()
            elif isinstance(event, DoneEvent):
                done = event
    finally:
        progress.clear()
        signal.signal(signal.SIGINT, previous)
        guard.close()
        engine.close()
    if done is None:
        return EXIT_ERROR
    stats = done.stats
    if args.json:
        print(json.dumps({
            "text": done.text, "image": str(args.image), "model": engine.info.name,
            "prompt_tokens": stats.prompt_tokens, "completion_tokens": stats.completion_tokens,
            "ttft_ms": round(stats.ttft_ms, 2), "tokens_per_s": round(stats.tokens_per_s, 2),
            "stop_reason": stats.stop_reason, "detail": args.detail,
            "picture_from": getattr(engine, "last_image_source", None),
            # The memory plan: layers on the GPU, in a sentence, and weight bytes per device.
            "n_gpu_layers": engine.info.n_gpu_layers, "offload": engine.info.offload,
            "placement": placed,
            "notice": engine.info.notice,
            **({"guard": guard.events} if guard.policy.active else {}),
        }, ensure_ascii=False))
    else:
        print()
    if stats.stop_reason == "cancelled":
        return EXIT_INTERRUPTED
    return EXIT_UNSAFE if any(e["action"] in ("blocked", "cut") for e in guard.events) else EXIT_OK
