"""`companion support-bundle [PATH] [--yes]` — a zip for the helpdesk, after showing what is
in it.

The bundle (:mod:`companion.diagnostics.bundle`) holds the self-test report, the effective
policy with origins, the input devices, versions and platform, the store's table row counts
and the log files; never audio, voice data, store rows or card text. The list of files is
printed first and the agent confirms (``--yes`` for scripts; without a terminal ``--yes`` is
required). PATH defaults to ``companion-support-<date>-<time>.zip`` in the current folder;
an existing file is never overwritten. Exit codes: 0 written, 1 declined, 2 error. Runs on
the CLI's main thread; imports only the standard library at module level.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `support-bundle` subcommand."""
    parser = subparsers.add_parser(
        "support-bundle", help="Write a zip for the helpdesk (you see its contents first)",
        description="Collect the self-test report, effective policy, devices, versions, "
                    "the store's row counts (no data) and the log files into one zip. The "
                    "list of files is shown first. Nothing is sent anywhere.")
    parser.add_argument("path", nargs="?", type=Path, metavar="PATH",
                        help="the zip to write (default: companion-support-<time>.zip here)")
    parser.add_argument("--yes", action="store_true",
                        help="do not ask for confirmation (needed when not on a terminal)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Plan the bundle, show its files, confirm, write."""
    from companion.cli.prompts import confirm
    from companion.diagnostics.bundle import default_bundle_name, plan_bundle
    from companion.ui.icons import render_svg

    bundle = plan_bundle(render_svg)
    target = (args.path or Path(default_bundle_name(bundle.created))).expanduser()
    _print("The support bundle will hold these files (nothing is sent anywhere; you decide "
           "whom to give it to):")
    for line in bundle.listing():
        _print(f"  {line}")
    if not confirm(f"Write them to {target}?", args.yes, "write the support bundle"):
        _print("Nothing was written.")
        return 1
    written = bundle.write(target)
    log.info("support bundle written (%d files)", len(bundle.files))
    _print(f"Wrote {written} ({len(bundle.files)} files).")
    return 0


def _print(text: str) -> None:
    """Print when there is a console (a windowed Windows exe has ``sys.stdout`` None)."""
    if sys.stdout is not None:
        print(text)
