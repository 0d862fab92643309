"""``hearth doctor``: versions, backends, devices, CPU features and folders."""

from __future__ import annotations

import argparse
import json

from app.cli.args import EXIT_OK


def add_doctor_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    doctor = sub.add_parser("doctor", help="versions, backends, devices, CPU features, folders")
    doctor.add_argument("--json", action="store_true")


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.core.doctor import doctor_report, format_doctor

    report = doctor_report()
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(format_doctor(report))
    return EXIT_OK
