"""The licence declaration from a terminal: ``hearth licence`` and the ``--domicile`` flags.

Scripts pass the answers as flags (``--domicile CC --as individual|company``); otherwise the
stored declaration counts. With neither, a person at a terminal is asked; anything else is
an error (exit 1), never a default, because the answer decides what the licence allows.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app.cli.args import EXIT_OK
from app.core.countries import country_from_system_locale, country_name, normalize_country
from app.core.errors import HearthError, ModelFileError
from app.core.licence import (
    EXPLANATION,
    FROM_SETTINGS,
    LICENCE_NAME,
    LICENCE_URL,
    LICENCE_VERSION,
    ROLES,
    USE_POLICY_URL,
    Declaration,
    DeclarationArg,
    check_file,
    decide,
    store_declaration,
    stored_declaration,
)


def _country(text: str) -> str:
    try:
        return normalize_country(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_declaration_arguments(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--domicile CC --as individual|company [--company-country CC]`` on ``parser``."""
    group = parser.add_argument_group(
        "licence declaration",
        "Only Llama 3.2 vision models need it (their licence excludes the EU). Giving these "
        "declares your answers, and your acceptance of the Llama 3.2 licence, for this run; "
        "without them the stored declaration (`hearth licence`) counts.",
    )
    group.add_argument("--domicile", metavar="CC", type=_country, required=required,
                       help="the country you live in, as an ISO 3166-1 code (DE, US, …)")
    group.add_argument("--as", dest="licence_role", choices=ROLES, required=required,
                       help="whether you use Hearth as an individual or for a company")
    group.add_argument("--company-country", metavar="CC", type=_country,
                       help="with --as company: the country of the company's principal place "
                       "of business (this one decides)")
    parser.set_defaults(declaration_parser=parser)


def declaration_from_args(args: argparse.Namespace) -> Declaration | None:
    """The flags as a declaration, or None when none were given; bad combinations exit 2."""
    domicile = getattr(args, "domicile", None)
    role = getattr(args, "licence_role", None)
    company = getattr(args, "company_country", None)
    if domicile is None and role is None and company is None:
        return None
    parser: argparse.ArgumentParser = args.declaration_parser
    if domicile is None or role is None:
        parser.error("--domicile and --as go together")
    if role == "company" and company is None:
        parser.error("--as company needs --company-country (the principal place of business)")
    if role == "individual" and company is not None:
        parser.error("--company-country goes with --as company")
    return Declaration.make(domicile, role, company)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def declaration_for_model(args: argparse.Namespace, path: Path,
                          *, interactive: bool | None = None) -> DeclarationArg:
    """What ``load_engine`` should check ``path`` against for this command.

    Flags win; then the stored declaration. If the model is a vision model and nothing is
    declared, a terminal session is asked (and the answer stored); otherwise the loader
    refuses with LicenceUndecidedError, which the CLI prints as one line (exit 1).
    """
    flags = declaration_from_args(args)
    if flags is not None:
        return flags
    if interactive is None:
        interactive = _interactive()
    if not interactive:
        return FROM_SETTINGS
    try:
        decision = check_file(path)
    except ModelFileError:
        return FROM_SETTINGS  # the loader reports what is wrong with the file
    if decision.undecided:
        print(f"{path.name} is a Llama 3.2 vision model: Hearth needs to ask you first.\n",
              file=sys.stderr)
        declaration = prompt_declaration()
        if declaration is not None:
            store_declaration(declaration)
            return declaration
    return FROM_SETTINGS


def _ask_on_stderr(question: str) -> str:
    """Questions go to stderr so that stdout stays the answer (``--json`` included)."""
    print(question, end="", file=sys.stderr, flush=True)
    return input()


def prompt_declaration(
    ask: Callable[[str], str] | None = None, out: TextIO | None = None
) -> Declaration | None:
    """Ask the questions in a terminal; None when the person declines or stops."""
    ask = ask or _ask_on_stderr
    out = out or sys.stderr
    print(EXPLANATION, file=out)
    suggestion = country_from_system_locale()

    def ask_country(question: str, default: str | None) -> str | None:
        hint = f" [{default}: {country_name(default)}; Enter confirms]" if default else ""
        for _ in range(3):
            answer = ask(f"{question} (ISO code, e.g. DE, US, GB){hint}: ").strip()
            if not answer and default:
                return default
            try:
                return normalize_country(answer)
            except ValueError as exc:
                print(f"  {exc}", file=out)
        return None

    try:
        domicile = ask_country("Country where you live", suggestion)
        if domicile is None:
            return None
        role = ""
        for _ in range(3):
            role = ask("Do you use Hearth as an individual or for a company? "
                       "[individual/company]: ").strip().lower()
            role = {"i": "individual", "c": "company"}.get(role, role)
            if role in ROLES:
                break
            print("  Answer 'individual' or 'company'.", file=out)
        else:
            return None
        company = None
        if role == "company":
            company = ask_country("Country of the company's principal place of business",
                                  domicile)
            if company is None:
                return None
        accept = ask(f"Do you accept the {LICENCE_NAME} and the Acceptable Use Policy? "
                     "[y/N]: ").strip().lower()
    except EOFError:
        return None
    if accept not in {"y", "yes"}:
        print("Nothing recorded.", file=out)
        return None
    return Declaration.make(domicile, role, company)


# -- hearth licence show|declare|clear ---------------------------------------------------------


def add_licence_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``licence`` command (alias ``license``)."""
    licence = sub.add_parser(
        "licence",
        aliases=["license"],
        help="your declaration for the Llama 3.2 vision models' licence",
        description="Llama 3.2 vision models are not licensed to individuals domiciled in, or "
        "companies with their principal place of business in, the EU. Show, record or clear "
        "your answers. Text models need none.",
    )
    actions = licence.add_subparsers(dest="licence_command", metavar="ACTION")
    show = actions.add_parser("show", help="the stored declaration and what it allows")
    show.add_argument("--json", action="store_true")
    declare = actions.add_parser(
        "declare", help="record your answers and accept the licence",
        description="Record where you live and whether you use Hearth for a company, and "
        "accept the Llama 3.2 Community License and Acceptable Use Policy.",
    )
    add_declaration_arguments(declare, required=True)
    declare.add_argument("--accept", action="store_true",
                         help=f"accept the {LICENCE_NAME} ({LICENCE_URL}) and the Acceptable "
                         f"Use Policy ({USE_POLICY_URL})")
    actions.add_parser("clear", help="forget the declaration (Hearth asks again)")


def cmd_licence(args: argparse.Namespace) -> int:
    action = getattr(args, "licence_command", None) or "show"
    if action == "declare":
        declaration = declaration_from_args(args)
        assert declaration is not None  # --domicile and --as are required here
        if not args.accept:
            print(EXPLANATION)
            raise HearthError(
                "Nothing recorded: read the licence and add --accept to accept it.",
                hint=f"Licence: {LICENCE_URL} Use policy: {USE_POLICY_URL}",
            )
        store_declaration(declaration)
        decision = decide(True, declaration)
        print(f"Recorded: you declared {declaration.describe()}.")
        print(f"Llama 3.2 vision models: {decision.verdict.value}. Text models: allowed.")
        return EXIT_OK
    if action == "clear":
        store_declaration(None)
        print("Licence declaration cleared; Hearth will ask again before it downloads or "
              "loads a Llama 3.2 vision model.")
        return EXIT_OK
    return _show(getattr(args, "json", False))


def _show(as_json: bool) -> int:
    declaration = stored_declaration()
    decision = decide(True, declaration)
    if as_json:
        print(json.dumps({
            "declaration": declaration.to_dict() if declaration else None,
            "vision_models": decision.verdict.value,
            "text_models": "allowed",
            "reason": decision.reason,
            "licence_version": LICENCE_VERSION,
            "licence_url": LICENCE_URL,
            "use_policy_url": USE_POLICY_URL,
        }, indent=2, ensure_ascii=False))
        return EXIT_OK
    if declaration is None:
        print("No licence declaration yet.")
    else:
        print(f"You declared {declaration.describe()}.")
        print(f"Accepted: {declaration.licence_version} on {declaration.accepted_at or '?'}")
    print(f"Llama 3.2 vision models: {decision.verdict.value} — {decision.reason}")
    print("Llama 3.2 text models: allowed everywhere.")
    if declaration is None or decision.undecided:
        print("Record it with: hearth licence declare --domicile CC --as individual|company "
              "[--company-country CC] --accept")
    print()
    print(EXPLANATION, end="")
    return EXIT_OK
