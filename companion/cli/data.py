"""`companion data summary|export|delete` — see, export and delete what Companion stores
(``delete --everything`` also removes the files and folders: :mod:`companion.cli.data_remove`).

Runs on the main thread of the ``companion`` process. Imports only the standard library at
module level; the store is imported inside the commands. Works while the app is running (the
database allows one writer and many readers).

Exit codes: 0 done; 1 the agent declined the confirmation; 2 an error (one line on stderr).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.errors import CompanionError

if TYPE_CHECKING:
    from companion.paths import AppPaths
    from companion.settings import Settings

_TABLE_WORDS = {
    "minutes": "per-minute arousal summaries (lowest/average/highest, seconds of speech)",
    "calls": "calls (start, end, how detected, average/peak arousal, tense and recovery seconds)",
    "interventions": "breathing/card offers (what, when, outcome, arousal before/after, feeling)",
    "baseline": "your calm voice baseline (a few numbers, never audio)",
    "card_prefs": "your pinned/hidden/helpful marks on cue cards",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `data` subcommand and its `summary`, `export` and `delete` actions."""
    parser = subparsers.add_parser(
        "data", help="Your stored data: summary, export, delete",
        description="What Companion stores on this computer (aggregates only, never audio), "
                    "and how to export or delete it.")
    parser.set_defaults(func=_no_action, data_parser=parser)
    actions = parser.add_subparsers(title="actions", metavar="ACTION")

    summary = actions.add_parser("summary", help="What is stored, where, and for how long")
    summary.set_defaults(func=run_summary)

    export = actions.add_parser(
        "export", help="Write everything stored to a JSON file or a folder of CSV files",
        description="json: one file with one object holding every table. csv: PATH is a new "
                    "folder with one <table>.csv per table. Nothing is overwritten.")
    export.add_argument("--format", choices=("json", "csv"), default="json", dest="fmt",
                        help="json (default): one file; csv: a new folder of files")
    export.add_argument("path", metavar="PATH", help="the new file (json) or folder (csv)")
    export.set_defaults(func=run_export)

    delete = actions.add_parser(
        "delete", help="Delete everything, or everything before a date",
        description="Deletes rows and compacts the database so they are gone from the disk.")
    which = delete.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="delete everything stored")
    which.add_argument("--before", metavar="YYYY-MM-DD",
                       help="delete what is older than this local date (midnight)")
    which.add_argument("--everything", action="store_true",
                       help="delete everything and remove Companion's files for this user: "
                            "history, baseline, settings, own decks, logs, sign-in entry "
                            "(for uninstall and sign-out scripts)")
    delete.add_argument("--yes", action="store_true",
                        help="do not ask for confirmation (needed when not on a terminal)")
    delete.set_defaults(func=run_delete)


def _no_action(args: argparse.Namespace) -> int:
    args.data_parser.print_help()
    return 2


def _paths() -> AppPaths:
    from companion.paths import AppPaths

    return AppPaths.from_environment()


def _effective_settings(paths: AppPaths) -> Settings:
    """The settings in force (IT policy over the agent's settings; the only place this command
    reads settings). A bad settings or policy value is reported as one warning line on stderr
    and its default applies, so the agent can still see, export and delete their data.
    """
    from companion.policy import effective_settings

    effective = effective_settings(paths)
    for problem in effective.problems:
        print(f"companion: warning: {problem}", file=sys.stderr)
    return effective.settings


def _open_store(path: Path) -> Any:
    from companion.store import Store

    store = Store.open(path)
    if store.recovered_notice:
        print(f"companion: note: {store.recovered_notice}", file=sys.stderr)
    return store


def _when(epoch: float | None) -> str:
    if epoch is None:
        return "-"
    return dt.datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def run_summary(args: argparse.Namespace) -> int:
    """Print what is stored, how much, the date range, the file and the retention."""
    paths = _paths()
    settings = _effective_settings(paths)
    db = paths.database_file
    print("Companion keeps only numbers summarising your voice (never audio, never words) on "
          "this computer.")
    print("They stay in your private folder and are never sent anywhere; only you can export "
          "them.")
    print(f"Location:   {db}")
    print(f"Retention:  {settings.retention_days} days (older data is deleted automatically)")
    from companion.store import format_size, set_aside_copies

    copies = set_aside_copies(db)
    if not db.exists():
        print("Stored:     nothing yet")
        _print_copies(copies)
        return 0
    with _open_store(db) as store:
        stats = store.stats()
    copies = set_aside_copies(db)  # opening may have set a damaged file aside
    print(f"File size:  {format_size(stats.size_bytes)}")
    print(f"Date range: {_when(stats.first)} to {_when(stats.last)}"
          if stats.first is not None else "Date range: -")
    print("Stored:")
    for table, count in stats.counts.items():
        print(f"  {table:<14}{count:>8} {'row ' if count == 1 else 'rows'}  {_TABLE_WORDS[table]}")
    _print_copies(copies)
    print("Export:     companion data export --format json|csv PATH")
    print("Delete:     companion data delete --all | --before YYYY-MM-DD")
    print("A wellbeing aid, not a medical device and not a monitoring tool.")
    return 0


def _print_copies(copies: list[Path]) -> None:
    from companion.store import format_size

    if not copies:
        return
    print("Damaged copies set aside (they may hold older data; 'delete --all' removes them):")
    for copy in copies:
        print(f"  {copy.name}  {format_size(copy.stat().st_size)}")


def run_export(args: argparse.Namespace) -> int:
    """Export every table to ``args.path``."""
    paths = _paths()
    db = paths.database_file
    target = Path(args.path).expanduser()
    if not db.exists():
        raise CompanionError(f"nothing is stored yet in {db}", "there is nothing to export")
    with _open_store(db) as store:
        store.export(target, args.fmt)
        total = sum(store.stats().counts.values())
    what = "folder" if args.fmt == "csv" else "file"
    print(f"Exported {total} rows to the {what} {target}. It is now yours to keep safe: "
          f"Companion does not track or delete exports.")
    return 0


def _parse_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CompanionError(f"--before {text!r} is not a date",
                             "use YYYY-MM-DD, e.g. --before 2026-01-31") from None


def run_delete(args: argparse.Namespace) -> int:
    """Delete all stored data, or the data before a date, after confirmation."""
    from companion.store import set_aside_copies

    if args.everything:
        from companion.cli.data_remove import run_everything

        return run_everything(_paths(), args.yes)
    before = None if args.all else _parse_day(args.before)
    paths = _paths()
    db = paths.database_file
    copies = set_aside_copies(db) if before is None else []
    if not db.exists() and not copies:
        print(f"Nothing is stored in {db}; nothing to delete.")
        return 0
    what = ("everything Companion has stored" if before is None
            else f"everything Companion stored before {before.isoformat()}")
    if copies:
        what += f" (and {len(copies)} damaged cop{'y' if len(copies) == 1 else 'ies'} set aside)"
    from companion.cli.prompts import confirm

    if not confirm(f"Delete {what}? This cannot be undone.", args.yes, "delete"):
        print("Nothing was deleted.")
        return 1
    if db.exists():
        with _open_store(db) as store:
            counts = store.delete(before)
        detail = ", ".join(f"{table} {n}" for table, n in counts.items())
        print(f"Deleted {sum(counts.values())} rows ({detail}) and compacted {db}.")
    if before is None:
        for copy in set_aside_copies(db):  # including one set aside just now
            try:
                copy.unlink()
            except OSError as exc:
                raise CompanionError(f"cannot delete {copy}: {exc.strerror}",
                                     "delete it yourself") from None
            print(f"Deleted the damaged copy {copy.name}.")
    return 0
