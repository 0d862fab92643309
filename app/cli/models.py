"""``hearth models …``: the model manager from a terminal.

list | search | pull | import | rm | info | login | logout, each a thin client of
``app.core.models``. Progress goes to stderr (so ``--json`` output on stdout stays clean);
Ctrl-C during ``pull`` pauses, keeping the partial file, and running the same command again
resumes it. Errors are one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import getpass
import json
import signal
import sys
from typing import TYPE_CHECKING, Any, TextIO

from app.cli.args import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from app.cli.progress import ProgressLine
from app.core.errors import HearthError
from app.core.progress import format_duration

if TYPE_CHECKING:
    from app.core.models.download import DownloadRequest



def add_models_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``models`` command and its actions, on the top-level sub-parsers."""
    models = sub.add_parser(
        "models", help="list, search, download, import and remove models",
        description="Manage models: the catalog, Hugging Face downloads (resumable, verified), "
        "local GGUF files. HF_ENDPOINT selects a mirror; HF_HUB_OFFLINE=1 keeps it offline.")
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")

    p = actions.add_parser("list", help="installed models (or the catalog with --catalog)")
    p.add_argument("--catalog", action="store_true",
                   help="show the catalog with its quantizations instead")
    p.add_argument("--all", action="store_true", help="with --catalog: also unlisted entries")
    p.add_argument("--refresh", action="store_true",
                   help="with --catalog: fetch real sizes and sha256 from the Hub")
    p.add_argument("--remote", action="store_true",
                   help="the models of the servers added with `hearth servers add`")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("search", help="search GGUF repos on the Hugging Face Hub",
                           description="Search GGUF repos; with --files, list the GGUF files "
                           "of one repo (owner/name) with sizes and quantizations.")
    p.add_argument("query", help="words to search for, or a repo (owner/name) with --files")
    p.add_argument("--files", action="store_true", help="list the .gguf files of the repo")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = actions.add_parser(
        "pull", help="download a model (catalog id, or a repo with --file)",
        description="Download, verify (sha256) and install a model. TARGET is a catalog id "
        "(see `hearth models list --catalog`) or a Hugging Face repo (owner/name) with --file. "
        "Ctrl-C pauses; run the same command again to resume.")
    p.add_argument("target", help="catalog id (e.g. llama-3.2-1b-instruct) or owner/name")
    p.add_argument("--file", action="append", dest="files", metavar="FILE",
                   help="a .gguf file of the repo (twice for a model and its mmproj projector)")
    p.add_argument("--quant", help="quantization of a catalog model (default: its recommended)")
    p.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    p.add_argument("--discard", action="store_true",
                   help="delete the paused partial download instead of resuming it")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end")
    _add_licence_flags(p)

    p = actions.add_parser(
        "import", help="use a GGUF file from disk, or find models already on disk",
        description="Add a GGUF file by reference (it stays where it is) or as a copy. With "
        "--scan, find GGUFs in the Hugging Face cache and LM Studio's folders.")
    p.add_argument("path", nargs="?", help="a .gguf file")
    p.add_argument("--copy", action="store_true", help="copy it into Hearth's models folder")
    p.add_argument("--projector", help="the vision projector (mmproj) .gguf of this model")
    p.add_argument("--scan", action="store_true",
                   help="look in the Hugging Face cache and LM Studio's folders")
    p.add_argument("-y", "--yes", action="store_true", help="with --scan: add all found")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser("rm", help="delete a model (asks first)")
    p.add_argument("name", help="the model's name or path")
    p.add_argument("-y", "--yes", action="store_true", help="do not ask")

    p = actions.add_parser("info", help="a model's metadata, origin and verified checksums")
    p.add_argument("name", help="an installed model's name, or a .gguf path")
    p.add_argument("--template", action="store_true", help="print the whole chat template")
    p.add_argument("--json", action="store_true")

    p = actions.add_parser(
        "login", help="store a Hugging Face token in the system keychain (for gated repos)",
        description="Store a Hugging Face read token in the OS keychain. It is never written "
        "to settings or logs. Without --token it is read from stdin or asked for (hidden).")
    p.add_argument("--token", help="the token (prefer stdin or the prompt: shells keep history)")

    actions.add_parser("logout", help="remove the Hugging Face token from the keychain")


def _add_licence_flags(parser: argparse.ArgumentParser) -> None:
    try:
        from app.cli.licence import add_declaration_arguments
    except ImportError:  # the licence module is optional for this command
        return
    add_declaration_arguments(parser)


def cmd_models(args: argparse.Namespace) -> int:
    if not getattr(args, "verbose", False):
        # huggingface-hub logs its retries through its own stderr handler (set up when it is
        # imported); Hearth reports what matters itself, in one voice.
        from huggingface_hub.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
    action = args.models_command or "list"
    handler = {
        "list": _list, "search": _search, "pull": _pull, "import": _import, "rm": _rm,
        "info": _info, "login": _login, "logout": _logout,
    }[action]
    if action == "list" and not hasattr(args, "catalog"):
        args.catalog = args.all = args.refresh = args.json = False
    return handler(args)


# -- helpers --------------------------------------------------------------------------------


def _fmt(n: float | None) -> str:
    from app.core.models.gguf_file import fmt_bytes

    return "?" if n is None else fmt_bytes(n)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _confirm(question: str, out: TextIO = sys.stderr) -> bool:
    """Ask on the terminal; a closed stdin answers no."""
    out.write(f"{question} [y/N] ")
    out.flush()
    try:
        answer = input()
    except EOFError:
        out.write("\n")
        return False
    return answer.strip().lower() in {"y", "yes"}


# -- list -------------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    if getattr(args, "remote", False):
        from app.cli.remote import list_remote_models

        return list_remote_models(args.json)
    if args.catalog:
        return _list_catalog(args)
    from app.core.models.download import pending_downloads
    from app.core.models.index import read_index
    from app.core.models.names import display_name
    from app.core.models.registry import installed_models

    models = installed_models()
    entries = {str(e.path): e for e in read_index()}
    rows = []
    for m in models:
        e = entries.get(str(m.path))
        rows.append({"name": m.name, "display_name": display_name(m.path),
                     "path": str(m.path), "size_bytes": m.size_bytes,
                     "starter": m.starter,
                     "kind": "starter" if m.starter else (e.kind if e else "folder"),
                     "repo": e.repo if e else None,
                     "projector": str(e.projector) if e and e.projector else None})
    pending = pending_downloads()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("No models installed.")
    for r in rows:
        tag = "  (starter)" if r["starter"] else ""
        if r["kind"] == "reference":
            tag += "  (reference)"
        if r["projector"]:
            tag += "  (+ vision projector)"
        print(f"{r['display_name']:28} {r['name']:34} {_fmt(r['size_bytes']):>10}  "
              f"{r['path']}{tag}")
    if pending:
        print("\nPaused downloads (run the same `hearth models pull` again to resume):")
        for p in pending:
            pct = f"{100 * p.done / p.size:.0f}%" if p.size else "?"
            print(f"  {p.repo}/{p.filename}: {_fmt(p.done)} of {_fmt(p.size)} ({pct})")
    return EXIT_OK


def _list_catalog(args: argparse.Namespace) -> int:
    from app.core.models.catalog import load_catalog, refresh_catalog
    from app.core.models.hub_auth import get_token
    from app.core.models.registry import installed_models

    catalog = refresh_catalog(token=get_token()) if args.refresh else load_catalog()
    installed = {m.path.name.lower() for m in installed_models()}
    models = catalog.models if args.all else catalog.listed()
    if args.json:
        _print_json({"source": catalog.source, "refreshed_at": catalog.refreshed_at,
                     "warnings": list(catalog.warnings), "models": [{
                         "id": m.id, "name": m.name, "repo": m.repo, "licence": m.licence,
                         "capabilities": list(m.capabilities),
                         "can_draft_for": list(m.can_draft_for), "parameters": m.parameters,
                         "context_length": m.context_length, "default_quant": m.default_quant,
                         "quantizations": [{
                             "quant": q.quant, "size_bytes": q.size, "note": q.note,
                             "listed": q.listed, "available": q.available,
                             "installed": q.model_file.name.lower() in installed,
                             "files": [{"name": f.name, "size_bytes": f.size,
                                        "sha256": f.sha256, "role": f.role} for f in q.files],
                         } for q in m.quantizations]} for m in models]})
        return EXIT_OK
    when = f", refreshed {catalog.refreshed_at}" if catalog.refreshed_at else \
        " (approximate sizes; --refresh asks the Hub)"
    print(f"Catalog ({catalog.source}{when})")
    for w in catalog.warnings:
        print(f"  warning: {w}", file=sys.stderr)
    for m in models:
        caps = ", ".join(m.capabilities)
        print(f"\n{m.id}  —  {m.name}  [{caps}; licence: {m.licence}]\n  {m.repo}")
        for q in m.quantizations:
            if not q.listed and not args.all:
                continue
            marks = [q.note] if q.note else []
            if q.quant == m.default_quant:
                marks = ["default", *[x for x in marks if x != "recommended"]]
            if q.model_file.name.lower() in installed:
                marks.append("installed")
            if not q.available:
                marks.append("not on the Hub")
            extra = f"  ({'; '.join(marks)})" if marks else ""
            print(f"  {q.quant:8} {_fmt(q.size):>10}{extra}")
    return EXIT_OK


# -- search -----------------------------------------------------------------------------------


def _search(args: argparse.Namespace) -> int:
    from app.core.models.catalog import list_gguf_files, search_hub
    from app.core.models.hub_auth import get_token

    token = get_token()
    if args.files:
        repo = list_gguf_files(args.query.strip(), token=token)
        if args.json:
            _print_json({"repo": repo.repo, "commit": repo.commit, "gated": repo.gated,
                         "files": [{"name": f.name, "size_bytes": f.size, "sha256": f.sha256,
                                    "quant": f.quant, "role": f.role} for f in repo.files]})
            return EXIT_OK
        gated = "  (gated: accept its licence on the Hub, then `hearth models login`)" \
            if repo.gated else ""
        print(f"{repo.repo}{gated}")
        if not repo.files:
            print("  no .gguf files")
        for f in repo.files:
            role = "  (vision projector)" if f.role == "projector" else ""
            print(f"  {f.name:60} {_fmt(f.size):>10}  {f.quant or '':8}{role}")
        return EXIT_OK
    results = search_hub(args.query, limit=args.limit, token=token)
    if args.json:
        _print_json([{"repo": r.repo, "downloads": r.downloads, "likes": r.likes,
                      "gated": r.gated} for r in results])
        return EXIT_OK
    if not results:
        print("No GGUF repos found.")
    for r in results:
        gated = "  (gated)" if r.gated else ""
        print(f"{r.repo:60} {r.downloads:>10,} downloads{gated}")
    if results:
        print(f"\nFiles of a repo: hearth models search {results[0].repo} --files",
              file=sys.stderr)
    return EXIT_OK


# -- pull -------------------------------------------------------------------------------------


def _pull_request(args: argparse.Namespace) -> tuple[DownloadRequest, str | None]:
    """(DownloadRequest, licence family or None) from TARGET, --file and --quant."""
    from app.core.models.catalog import load_catalog
    from app.core.models.download import DownloadRequest, request_for_catalog

    catalog = load_catalog()
    entry = catalog.find(args.target)
    if entry is not None and not args.files:
        return request_for_catalog(entry.id, args.quant, catalog), entry.licence
    if "/" not in args.target:
        raise HearthError(f"'{args.target}' is neither a catalog id nor a Hugging Face repo.",
                          hint="See `hearth models list --catalog`, or give owner/name --file "
                          "FILE.")
    if args.quant and not args.files:
        raise HearthError(f"--quant needs a catalog model; {args.target} is not in the catalog.",
                          hint=f"Pick a file with --file (`hearth models search {args.target} "
                          "--files` lists them).")
    if not args.files:
        raise HearthError(f"Which file of {args.target}?",
                          hint=f"Add --file FILE; `hearth models search {args.target} --files` "
                          "lists them.")
    licence = entry.licence if entry is not None else None
    return DownloadRequest(args.target, tuple(args.files), args.revision), licence


def _download_line(done: int, total: int, rate: float, eta: float | None) -> str:
    """`` 42.0%  840 MB of 2.0 GB  12 MB/s  1 min 50 s left``."""
    pct = 100 * done / total if total else 100.0
    speed = f"{_fmt(rate)}/s" if rate > 0 else "…"
    left = f"{format_duration(eta)} left" if eta is not None else ""
    return f"{pct:5.1f}%  {_fmt(done)} of {_fmt(total)}  {speed}  {left}".rstrip()


def _pull(args: argparse.Namespace) -> int:
    from app.core.engine.base import CancelToken
    from app.core.models import download as dl
    from app.core.models.catalog import load_catalog

    pair = load_catalog().find_pair(args.target)  # a model with its draft: both files
    if pair is not None:
        args.target, args.files = pair.target, []
    request, licence_family = _pull_request(args)
    if args.discard:
        freed = dl.discard_download(request)
        print(f"Deleted the partial download of {request.display_name} ({_fmt(freed)}).",
              file=sys.stderr)
        return EXIT_OK
    from app.cli.licence import declaration_from_args
    from app.core.licence import FROM_SETTINGS, check_download_allowed

    declared = declaration_from_args(args)
    declaration = FROM_SETTINGS if declared is None else declared
    if licence_family is not None:
        check_download_allowed(licence_family, declaration, model_name=request.display_name)

    cancel = CancelToken()
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum: int, frame: object) -> None:
        if cancel.cancelled:  # a second Ctrl-C: stop now (the partial is still kept)
            raise KeyboardInterrupt
        cancel.cancel()

    signal.signal(signal.SIGINT, on_sigint)
    # Redrawn five times a second on a terminal; a line every 2 s in logs. Notes keep the figures.
    printer = ProgressLine(sys.stderr, every_s=0.2, every_s_redirected=2.0, keep=True)
    try:
        events = (dl.download_pair(pair.id, cancel) if pair is not None
                  else dl.download(request, cancel, declaration=declaration))
        for event in events:
            if isinstance(event, dl.DownloadProgress):
                printer.show(_download_line(event.done, event.total, event.rate, event.eta))
            elif isinstance(event, dl.DownloadStarted):
                files = " + ".join(f"{f.filename} ({_fmt(f.size)})" for f in event.files)
                resumed = (f", resuming at {_fmt(event.resumed)}" if event.resumed else "")
                repo = event.files[0].repo if event.files else request.repo
                printer.note(f"downloading {event.name} from {repo}: {files}{resumed}")
            elif isinstance(event, dl.DownloadRehashing):
                printer.note(f"checking the {_fmt(event.size)} downloaded earlier")
            elif isinstance(event, dl.DownloadRetry):
                printer.note(f"{event.reason}; retrying in {event.delay:.0f} s "
                             f"({event.attempt}/{event.max_attempts})")
            elif isinstance(event, dl.DownloadRestarted):
                printer.note(f"starting {event.filename} over: {event.reason}")
            elif isinstance(event, dl.DownloadVerified):
                printer.note(f"{event.filename}: sha256 verified")
            elif isinstance(event, dl.DownloadPaused):
                printer.note(f"paused at {_fmt(event.done)} of {_fmt(event.total)}; run the "
                             "same command again to resume.")
                return EXIT_INTERRUPTED
            elif isinstance(event, dl.DownloadDone):
                printer.end_line()
                if args.json:
                    _print_json({"name": event.name, "path": str(event.path),
                                 "projector": str(event.projector) if event.projector else None,
                                 "sha256": event.sha256, "fetched_bytes": event.fetched,
                                 "already_installed": event.already_installed})
                elif event.already_installed:
                    print(f"{event.name} is already installed: {event.path}")
                else:
                    print(f"Installed {event.name}: {event.path}")
                return EXIT_OK
    finally:
        printer.end_line()
        signal.signal(signal.SIGINT, previous)
    return EXIT_ERROR


# -- import, rm, info ---------------------------------------------------------------------------


def _import(args: argparse.Namespace) -> int:
    from app.core.models.local import add_found, discover_models, import_model

    if args.scan:
        found = discover_models()
        new = [f for f in found if not f.installed]
        if args.json and not args.yes:
            _print_json([{"path": str(f.path), "origin": f.origin, "repo": f.repo,
                          "size_bytes": f.size, "installed": f.installed,
                          "projector": str(f.projector) if f.projector else None}
                         for f in found])
            return EXIT_OK
        if not new:
            print("No new GGUF models found in the Hugging Face cache or LM Studio's folders.")
            return EXIT_OK
        for f in new:
            where = f" ({f.repo})" if f.repo else ""
            print(f"  [{f.origin}] {f.path.name}{where}  {_fmt(f.size)}  {f.path}")
        if not args.yes and not _confirm(f"Add these {len(new)} models by reference "
                                         "(nothing is copied)?"):
            print("Nothing added.")
            return EXIT_OK
        added = add_found(new)
        if args.json:
            _print_json([{"name": m.name, "path": str(m.path)} for m in added])
        else:
            print(f"Added {len(added)} models.")
        return EXIT_OK
    if not args.path:
        raise HearthError("Which file?", hint="Give a .gguf path, or use --scan.")
    model = import_model(args.path, copy=args.copy, projector=args.projector)
    if args.json:
        _print_json({"name": model.name, "path": str(model.path), "size_bytes": model.size_bytes,
                     "copied": args.copy})
    else:
        how = "copied into the models folder" if args.copy else "by reference"
        print(f"Imported {model.name} ({how}): {model.path}")
    return EXIT_OK


def _rm(args: argparse.Namespace) -> int:
    from app.core.models.local import delete_model, plan_delete

    plan = plan_delete(args.name)
    if plan.forget_only:
        question = (f"Forget {plan.model.name}? The file stays where it is: {plan.model.path}")
    else:
        files = ", ".join(str(f) for f in plan.files)
        question = f"Delete {plan.model.name} ({_fmt(plan.size)}): {files}?"
    if not args.yes and not _confirm(question):
        print("Nothing deleted.", file=sys.stderr)
        return EXIT_ERROR
    delete_model(plan)
    print(f"Forgot {plan.model.name}." if plan.forget_only
          else f"Deleted {plan.model.name} ({_fmt(plan.size)} freed).")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    from app.core.models.local import model_details

    d = model_details(args.name)
    if args.json:
        _print_json(d)
        return EXIT_OK
    template = d.pop("chat_template")
    labels = [("display_name", "Model"), ("name", "Name"), ("path", "File"),
              ("size_bytes", "Size"), ("architecture", "Architecture"),
              ("model_name", "general.name"),
              ("parameters", "Parameters"), ("quantization", "Quantization"),
              ("context_length", "Context length"), ("layers", "Layers"),
              ("vision", "Vision"), ("kind", "Installed as"), ("origin", "Origin"),
              ("repo", "Repo"), ("commit", "Commit"), ("projector", "Projector"),
              ("added_at", "Added")]
    for key, label in labels:
        value = d.get(key)
        if value in (None, "", {}):
            continue
        if key == "size_bytes":
            value = f"{_fmt(value)} ({value:,} bytes)"
        elif key == "parameters":
            value = f"{value / 1e9:.2f} B" if value >= 1e8 else f"{value / 1e6:.1f} M"
        print(f"{label + ':':16}{value}")
    for name, digest in (d.get("sha256") or {}).items():
        print(f"{'sha256:':16}{digest}  {name} (verified at download)")
    if template:
        if args.template:
            print(f"Chat template:\n{template}")
        else:
            first = template.strip().splitlines()[0][:70]
            print(f"{'Chat template:':16}{len(template):,} characters ({first}…; --template "
                  "shows it)")
    else:
        print(f"{'Chat template:':16}none")
    return EXIT_OK


# -- login / logout -----------------------------------------------------------------------------


def _login(args: argparse.Namespace) -> int:
    from app.core.models.hub_auth import TOKENS_URL, set_token

    token = args.token
    if token is None:
        if sys.stdin.isatty():
            print(f"Paste a Hugging Face read token ({TOKENS_URL}); it will not be shown.",
                  file=sys.stderr)
            token = getpass.getpass("Token: ")
        else:
            token = sys.stdin.readline()
    set_token(token)
    print("Saved the Hugging Face token in the system keychain.", file=sys.stderr)
    return EXIT_OK


def _logout(args: argparse.Namespace) -> int:
    from app.core.models.hub_auth import clear_token

    removed = clear_token()
    print("Removed the Hugging Face token from the system keychain." if removed
          else "No Hugging Face token was stored.", file=sys.stderr)
    return EXIT_OK
