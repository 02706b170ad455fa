"""Hot reload of cue decks: a ``QFileSystemWatcher`` over a :class:`DeckLibrary`.

Runs on the GUI thread (the library is a GUI-thread object). File-system events are gathered
for :data:`SETTLE_MS` milliseconds (editors write a file in several steps; an atomic save
replaces it), then each changed file is re-read with :meth:`DeckLibrary.reload_file` and a
changed folder with :meth:`DeckLibrary.rescan`. A broken edit keeps the file's last good
version in use (the library does that) and is reported through :attr:`ContentWatcher.problems`.

A deck folder that does not exist yet is noticed when it is created (its parent folder is
watched meanwhile). Watched paths are re-synchronised after every reload: an editor that saves by "write a temp
file, then rename over the old one" removes the old file from the watch list, so the watcher
adds the new file back, and files created in a watched folder are watched from then on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from companion.content.library import DeckLibrary
from companion.content.problems import Problem
from companion.ui.i18n import Tr

_tr = Tr("ContentWatcher")

#: Milliseconds to wait after the last file event before reloading.
SETTLE_MS = 250


@dataclass(frozen=True)
class ReloadReport:
    """What one reload did.

    Attributes
    ----------
    changed
        Files and folders that had events.
    problems
        Problems of the changed files (errors and warnings; "keeping the last good version"
        is one of the warnings when an edit broke a file that loaded before).
    generation
        :attr:`DeckLibrary.generation` after the reload.
    card_count
        Cards in use after the reload.
    """

    changed: tuple[Path, ...]
    problems: tuple[Problem, ...] = field(default=())
    generation: int = 0
    card_count: int = 0

    @property
    def errors(self) -> list[Problem]:
        """The error-severity problems (the file was not taken)."""
        return [p for p in self.problems if p.is_error]


def describe_problems(problems: list[Problem] | tuple[Problem, ...]) -> str:
    """One short paragraph for a tray notice: the first error and how many more there are."""
    errors = [p for p in problems if p.is_error]
    if not errors:
        return ""
    first = errors[0]
    where = _tr("%1, line %2", first.path.name, first.line) if first.line else first.path.name
    message = " ".join(first.message.split())
    text = _tr("%1: %2 (and %n more).", where, message, n=len(errors) - 1) \
        if len(errors) > 1 else _tr("%1: %2.", where, message)
    kept = any("last good version" in p.message for p in problems)
    tail = _tr("The last good version stays in use until it is fixed.") if kept else \
        _tr("The file is not used until it is fixed.")
    return f"{text} {tail}"


class ContentWatcher(QObject):
    """Watch a deck library's folders and files and reload what changes.

    Signals
    -------
    reloaded(ReloadReport)
        After every reload (the decks in use may have changed).
    problems(list[Problem])
        After a reload whose changed files have errors: what is wrong, with file and line.
    """

    reloaded = Signal(object)
    problems = Signal(list)

    def __init__(self, library: DeckLibrary, *, settle_ms: int = SETTLE_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._watcher = QFileSystemWatcher(self)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, int(settle_ms)))
        self._timer.timeout.connect(self.flush)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self.running = False

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Begin watching the library's current folders and files."""
        self.running = True
        self.sync_paths()

    def stop(self) -> None:
        """Stop watching (pending events are dropped)."""
        self.running = False
        self._timer.stop()
        self._pending.clear()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)

    def watched(self) -> list[str]:
        """Paths watched now (folders and files)."""
        return sorted(self._watcher.directories() + self._watcher.files())

    def sync_paths(self) -> None:
        """Watch exactly the library's existing folders and files."""
        wanted = {str(p) for p in self.library.watch_paths()}
        # A deck folder that does not exist yet (no personal decks so far): watch its parent,
        # so the folder is noticed when it is created (any folder event triggers a rescan).
        for source in self.library.sources:
            parent = source.path.parent
            if not source.present and _is_dir(parent):
                wanted.add(str(parent))
        current = set(self._watcher.files()) | set(self._watcher.directories())
        gone = sorted(current - wanted)
        new = sorted(wanted - current)
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)

    # -- events --------------------------------------------------------------------------
    def _on_event(self, path: str) -> None:
        if not self.running:
            return
        self._pending.add(path)
        self._timer.start()

    def notify_changed(self, path: Path | str) -> None:
        """Treat ``path`` as changed (e.g. the deck editor just saved it)."""
        self._on_event(str(path))

    def flush(self) -> ReloadReport:
        """Reload what changed now (normally called by the settle timer)."""
        self._timer.stop()
        pending = sorted(self._pending)
        self._pending.clear()
        folders = {str(s.path) for s in self.library.sources} | {
            str(s.path.parent) for s in self.library.sources if not s.present}
        problems: list[Problem] = []
        if any(p in folders or _is_dir(Path(p)) for p in pending):
            before = {str(e.path): list(e.problems) for e in self.library.files}
            self.library.rescan()
            for entry in self.library.files:
                # New files, and files whose problems changed, are what this event is about.
                key = str(entry.path)
                if key in pending or before.get(key) != entry.problems:
                    problems.extend(entry.problems)
        for path in pending:
            if path in folders or Path(path).is_dir():
                continue
            for problem in self.library.reload_file(path):
                if problem not in problems:
                    problems.append(problem)
        if self.running:
            self.sync_paths()
        report = ReloadReport(tuple(Path(p) for p in pending), tuple(problems),
                              self.library.generation, len(self.library.cards()))
        self.reloaded.emit(report)
        if report.errors:
            self.problems.emit(list(report.problems))
        return report


def _is_dir(path: Path) -> bool:
    """``path.is_dir()``, False when it cannot be checked (a folder above is closed)."""
    try:
        return path.is_dir()
    except OSError:
        return False
