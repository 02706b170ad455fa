"""`companion data delete --everything`: remove everything Companion keeps for this user.

For uninstall (the MSI's ``REMOVEUSERDATA=1`` runs it as the uninstalling user), sign-out
scripts on shared or non-persistent desktops, and an agent who wants no trace left. In order:
ask a running instance of this session to quit; delete every stored row (the store overwrites
deleted rows and compacts, so nothing is recoverable from the file); delete the files and
folders Companion made — the database and its side files, damaged copies set aside, the
baseline, the self-test report, the settings file, the agent's own decks and breathing
patterns, the log files — and the agent's sign-in entry; then the folders themselves when
nothing else is left in them. Only files Companion knows it made are touched: a ``data_folder``
that IT pointed at a shared place is never emptied wholesale, and anything unknown is listed
and left.

Runs on the CLI's main thread; imports only the standard library at module level.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from companion.errors import CompanionError

if TYPE_CHECKING:
    from companion.paths import AppPaths

#: Seconds to wait for a running instance to quit before removing its files.
QUIT_WAIT_S = 10.0
#: Side files SQLite keeps beside the database.
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def stop_running_instance(wait_s: float = QUIT_WAIT_S) -> bool:
    """Ask Companion running in this session to quit; True when one was running."""
    from companion import ipc

    try:
        ipc.send_command("quit", timeout_s=2.0)
    except ipc.NotRunningError:
        return False
    except CompanionError:
        pass   # running but not answering: its files may be in use (reported later)
    deadline = time.monotonic() + wait_s
    while ipc.is_listening() and time.monotonic() < deadline:
        time.sleep(0.2)
    return True


def owned_files(paths: AppPaths) -> list[Path]:
    """Files and folders Companion made for this user (existing or not), removal order."""
    from companion.diagnostics.selftest import REPORT_NAME
    from companion.logs import log_files
    from companion.store import set_aside_copies

    db = paths.database_file
    copies = set_aside_copies(db)
    return [
        db, *(db.with_name(db.name + s) for s in SQLITE_SIDE_SUFFIXES),
        *copies, *(c.with_name(c.name + s) for c in copies for s in SQLITE_SIDE_SUFFIXES),
        paths.data_dir / REPORT_NAME, paths.settings_file,
        paths.user_content_dir("decks"), paths.user_content_dir("breathing_patterns"),
        *log_files(paths.log_file),
    ]


def _wipe_rows(database: Path) -> str | None:
    """Delete every row (overwritten on disk) before the file goes; a note on failure."""
    if not database.exists():
        return None
    from companion.store import Store

    try:
        with Store.open(database) as store:
            store.delete(None)
    except CompanionError as exc:
        return f"rows not wiped first ({exc.one_line()}); the file is removed anyway"
    return None


def _remove(path: Path) -> str | None:
    """Remove a file or folder; None when done or absent, else one line."""
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError as exc:
        return f"cannot remove {path}: {exc.strerror or exc}"
    return None


def _remove_empty_folders(paths: AppPaths) -> list[Path]:
    """The log, data and config folders (and their 'Companion' parents) when empty."""
    from companion import APP_NAME

    folders = [paths.log_dir, paths.data_dir, paths.config_dir]
    folders += [f.parent for f in folders if f.parent.name == APP_NAME]
    left = []
    for folder in dict.fromkeys(folders):
        if not folder.is_dir():
            continue
        with contextlib.suppress(OSError):
            folder.rmdir()
        if folder.is_dir():
            left.append(folder)
    return left


def remove_everything(paths: AppPaths) -> tuple[list[Path], list[str]]:
    """Do the removal. Returns (what was removed, problems, one line each)."""
    from companion.ui.autostart import Autostart, AutostartError

    problems = [p for p in [_wipe_rows(paths.database_file)] if p]
    removed = []
    for path in owned_files(paths):
        if not path.exists():
            continue
        problem = _remove(path)
        if problem:
            problems.append(problem)
        else:
            removed.append(path)
    try:
        auto = Autostart()
        if auto.is_enabled():
            auto.set_enabled(False)
            removed.append(Path(auto.location))
    except AutostartError as exc:
        problems.append(exc.one_line())
    for folder in _remove_empty_folders(paths):
        others = sorted(p.name for p in folder.iterdir())
        if others:
            problems.append(f"left {folder}: it also holds {', '.join(others[:5])}"
                            + (" ..." if len(others) > 5 else ""))
    return removed, problems


def run_everything(paths: AppPaths, assume_yes: bool) -> int:
    """``data delete --everything`` after confirmation; exit code."""
    from companion.cli.prompts import confirm

    question = ("Delete everything Companion keeps for you on this computer — your history, "
                "baseline, settings, your own decks, logs and your sign-in entry? This cannot "
                "be undone.")
    if not confirm(question, assume_yes, "delete"):
        print("Nothing was deleted.")
        return 1
    if stop_running_instance():
        print("Asked the running Companion to quit.")
    import logging

    from companion.logs import shutdown_logging

    logging.getLogger(__name__).info("data delete --everything: removing this user's files")
    shutdown_logging()   # the log file goes too (Windows cannot delete an open file)
    removed, problems = remove_everything(paths)
    for path in removed:
        print(f"Removed {path}")
    if not removed:
        print("Companion kept nothing for you here; nothing to remove.")
    for line in problems:
        print(f"companion: warning: {line}")
    if any(line.startswith("cannot remove") for line in problems):
        raise CompanionError("some files could not be removed (see the warnings above)",
                             "quit Companion and run the command again")
    return 0
