"""`companion self-test` — is this installation usable? (for IT and for the frozen bundle).

The checks live in :mod:`companion.diagnostics.selftest` (Qt, audio devices and the one
Companion listens to, signal chain, resources, data dir, policy); this module runs them,
prints the report and writes it to ``self-test.txt`` in the data dir (a windowed Windows
exe has no stdout), or to ``--report PATH``. Exit code 0 when usable (warnings allowed), 1
when any check failed. Runs on the CLI's main thread; only the standard library is imported
at module level.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path

from companion.diagnostics.selftest import REPORT_NAME
from companion.fileio import FileWriteError, atomic_write, describe_os_error

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `self-test` subcommand."""
    parser = subparsers.add_parser(
        "self-test", help="Check Qt, audio, resources and the data dir",
        description="Check that this installation is usable; prints a report and writes it "
                    f"to {REPORT_NAME} in the data dir. Exit code 0 when usable.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--report", metavar="PATH", type=Path,
                        help=f"write the report here instead of <data dir>/{REPORT_NAME}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the checks, print and save the report; 0 when usable."""
    from companion.diagnostics.selftest import (
        format_report,
        is_usable,
        report_header,
        run_checks,
    )
    from companion.paths import AppPaths
    from companion.ui.icons import render_svg

    paths = AppPaths.from_environment()
    results = run_checks(render_svg)
    header = report_header()
    text = format_report(results, header)
    usable = is_usable(results)
    log.info("self-test: %s", text.strip().splitlines()[-1])
    for result in results:
        if result.status != "ok":
            log.warning("self-test %s %s: %s", result.name, result.status, result.detail)
    target = args.report or paths.data_dir / REPORT_NAME
    saved = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, text, what="report")
        saved = target
    except FileWriteError as exc:
        text += f"(report not saved: {target}: {exc.reason})\n"
    except OSError as exc:
        text += f"(report not saved: {target}: {describe_os_error(exc)})\n"
    if args.json:
        out = {**header, "usable": usable, "report_file": str(saved) if saved else None,
               "checks": [asdict(r) for r in results]}
        _print(json.dumps(out, indent=2))
    else:
        _print(text + (f"Report saved to {saved}" if saved else ""))
    return 0 if usable else 1


def _print(text: str) -> None:
    """Print when there is a console (a windowed Windows exe has ``sys.stdout`` None)."""
    if sys.stdout is not None:
        print(text)
