"""``hearth convert-vision FOLDER [OUT]``: a Hugging Face Llama 3.2 Vision checkpoint → GGUF.

So a Llama 3.2 11B Vision model can come from Meta's own safetensors (or a mirror) instead of
one third-party GGUF upload. Writes Ollama's split layout (model + ``…-mmproj-F16.gguf``) by
default; ``--single-file`` writes one file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.core.errors import HearthError


def add_convert_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "convert-vision",
        help="convert a Llama 3.2 Vision safetensors checkpoint to GGUF",
        description="Convert a Hugging Face Llama 3.2 11B Vision folder (config.json, "
        "tokenizer.json, *.safetensors) to GGUF files Hearth runs.",
    )
    p.add_argument("folder", type=Path, help="the checkpoint folder")
    p.add_argument("out", type=Path, nargs="?", default=None,
                   help="where to write (default: the checkpoint folder)")
    p.add_argument("--type", dest="ftype", choices=("q4_k", "q8_0", "f16", "f32"),
                   default="q4_k", help="text weights' type (default q4_k; the projector "
                   "stays F16)")
    p.add_argument("--single-file", action="store_true",
                   help="one file with the projector inside (default: two files)")
    p.add_argument("--name", default=None, help="file name stem (default: the folder's name)")


def cmd_convert(args: argparse.Namespace) -> int:
    from app.core.vision.convert import convert_checkpoint

    if not args.folder.is_dir():
        raise HearthError(f"{args.folder} is not a folder.")

    def progress(name: str, done: int, total: int) -> None:
        print(f"\r{done}/{total} {name[:50]:<50}", end="", file=sys.stderr, flush=True)

    paths = convert_checkpoint(args.folder, args.out or args.folder, args.ftype,
                               layout="single" if args.single_file else "split",
                               name=args.name, progress=progress)
    print(file=sys.stderr)
    for path in paths:
        print(path)
    return 0
