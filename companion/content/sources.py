"""Where breathing patterns and cue decks come from, in precedence order.

Plain Python, no Qt. Order is always: bundled -> IT (machine-wide folder, plus
``Settings.deck_folders`` for decks) -> the agent's own folder. Missing folders are simply
skipped (most machines have no IT folder); a folder that cannot be read (permission denied,
an offline share) is a problem naming it, and the other folders still load.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from companion.content.problems import Problem
from companion.errors import CompanionError
from companion.fileio import describe_os_error
from companion.it_trust import it_file_problem
from companion.paths import AppPaths, resource_dir
from companion.settings import Settings

Origin = Literal["bundled", "it", "personal", "folder"]

#: How each origin is shown to people.
ORIGIN_LABELS: dict[str, str] = {
    "bundled": "bundled",
    "it": "IT",
    "personal": "personal",
    "folder": "folder",
}


@dataclass(frozen=True)
class ContentSource:
    """One place content is loaded from.

    Attributes
    ----------
    path
        A folder (every ``*.toml`` directly inside it, in name order) or a single file.
    origin
        ``"bundled"``, ``"it"``, ``"personal"`` or ``"folder"`` (a plain path given by a caller).
    may_override
        For breathing patterns: whether a pattern here may replace one with the same id from
        an earlier source (decks use version numbers instead).
    must_exist
        Report a problem when the path does not exist (folders named in settings, paths given
        on the command line). The standard IT and personal folders are often absent: fine.
    owner_checked
        IT's machine-wide folder: an installed build uses only files an administrator
        identity owns (:func:`companion.it_trust.it_file_problem`).
    """

    path: Path
    origin: Origin = "folder"
    may_override: bool = True
    must_exist: bool = False
    owner_checked: bool = False

    @property
    def label(self) -> str:
        """Human label of the origin (``bundled``, ``IT``, ``personal``)."""
        return ORIGIN_LABELS[self.origin]

    def missing_problem(self) -> Problem | None:
        """A problem when ``must_exist`` and the path is absent, or when it cannot even be
        checked (a folder above it is closed to this user); else None."""
        try:
            exists = self.path.exists()
        except OSError as exc:
            return Problem(self.path, None, f"{self._what()} cannot be opened: "
                                            f"{describe_os_error(exc)}", "error")
        if self.must_exist and not exists:
            return Problem(self.path, None, f"{self._what()} not found", "warning")
        return None

    @property
    def present(self) -> bool:
        """True when the path exists (False also when it cannot even be checked)."""
        try:
            return self.path.exists()
        except OSError:
            return False

    def _what(self) -> str:
        return "file or folder" if self.origin == "folder" else f"{self.label} deck folder"

    def scan(self) -> tuple[list[Path], list[Problem]]:
        """The ``.toml`` files of this source and the problems met finding them (missing,
        unreadable folder, unreadable entries). Never raises for an unreadable path."""
        missing = self.missing_problem()
        if missing is not None:
            return [], [missing]
        files, problems = scan_folder(self.path)
        kept: list[Path] = []
        for file in files:
            refused = self.refusal(file)
            if refused is None:
                kept.append(file)
            else:
                problems.append(refused)
        return kept, problems

    def refusal(self, file: Path) -> Problem | None:
        """Why ``file`` of this source must not be loaded (a file in IT's folder that an
        administrator does not own), or None."""
        if not self.owner_checked:
            return None
        reason = it_file_problem(file)
        return None if reason is None else Problem(file, None, reason, "error")

    def files(self) -> list[Path]:
        """The ``.toml`` files of this source (none if the folder does not exist or cannot be
        read; :meth:`scan` says why)."""
        return self.scan()[0]

    def contains(self, file: Path) -> bool:
        """True if ``file`` is (or would be) one of this source's files."""
        if self.path.suffix.lower() == ".toml" and not _is_dir(self.path):
            return _same(self.path, file)
        return (file.suffix.lower() == ".toml" and not file.name.startswith((".", "~"))
                and _same(self.path, file.parent))


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def _is_deck_name(name: str) -> bool:
    return name.lower().endswith(".toml") and not name.startswith((".", "~"))


def scan_folder(path: Path) -> tuple[list[Path], list[Problem]]:
    """``path`` itself if it is a file, else the ``*.toml`` files directly inside it (sorted by
    name; hidden and editor backup files skipped), and the problems met: a folder that cannot
    be listed (permission denied, an offline share) is an error naming it; an entry that cannot
    be checked, or a subfolder that cannot be opened, is a warning. A missing path gives
    nothing."""
    try:
        if path.is_file():
            return [path], []
        if not path.is_dir():
            return [], []
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        return [], [Problem(path, None, f"folder cannot be read: {describe_os_error(exc)}"
                                        " (check its permissions, or that the share is online)",
                            "error")]
    files: list[Path] = []
    problems: list[Problem] = []
    for entry in entries:
        try:
            if entry.is_dir():
                if not os.access(entry.path, os.R_OK | os.X_OK):
                    problems.append(Problem(Path(entry.path), None, "subfolder cannot be opened "
                                            "(permission denied); only files directly in "
                                            f"{path} are loaded", "warning"))
                continue
            if _is_deck_name(entry.name) and entry.is_file():
                files.append(Path(entry.path))
        except OSError as exc:
            problems.append(Problem(Path(entry.path), None,
                                    f"cannot be checked: {describe_os_error(exc)}", "warning"))
    return files, problems


def toml_files(path: Path) -> list[Path]:
    """The ``.toml`` files of :func:`scan_folder` (an unreadable folder gives none)."""
    return scan_folder(path)[0]


def as_sources(items: Iterable[ContentSource | Path | str]) -> list[ContentSource]:
    """Wrap plain paths as ``ContentSource(path, "folder")``; keep sources as they are."""
    out: list[ContentSource] = []
    for item in items:
        out.append(item if isinstance(item, ContentSource)
                   else ContentSource(Path(item), must_exist=True))
    return out


def _bundled(kind: str) -> list[ContentSource]:
    try:
        return [ContentSource(resource_dir(kind), "bundled", may_override=False)]
    except CompanionError:
        return []


def pattern_sources(paths: AppPaths) -> list[ContentSource]:
    """Breathing-pattern folders in precedence order.

    The IT folder may replace a bundled pattern with the same id (so IT can retune
    ``resonance`` for everyone); the agent's folder may only add new ids.
    """
    return [
        *_bundled("breathing_patterns"),
        ContentSource(paths.site_content_dir("breathing_patterns"), "it", may_override=True,
                      owner_checked=True),
        ContentSource(paths.user_content_dir("breathing_patterns"), "personal",
                      may_override=False),
    ]


def deck_sources(paths: AppPaths, settings: Settings | None = None) -> list[ContentSource]:
    """Cue-deck folders in precedence order: bundled, IT folder, ``settings.deck_folders``
    (also IT), and the agent's own folders (decks, and "what helps me" cards) if
    ``settings.allow_personal_decks``."""
    settings = settings or Settings()
    sources = [
        *_bundled("decks"),
        ContentSource(paths.site_content_dir("decks"), "it", owner_checked=True),
    ]
    sources += [ContentSource(Path(folder).expanduser(), "it", must_exist=True)
                for folder in settings.deck_folders if folder.strip()]
    if settings.allow_personal_decks:   # the agent's decks, and their "what helps me" cards
        sources.append(ContentSource(paths.user_content_dir("decks"), "personal"))
        sources.append(ContentSource(paths.user_content_dir("my-cards"), "personal"))
    return _dedupe(sources)


def _dedupe(sources: Sequence[ContentSource]) -> list[ContentSource]:
    """Drop a folder listed twice (the first listing wins)."""
    seen: list[ContentSource] = []
    for source in sources:
        if not any(_same(source.path, s.path) for s in seen):
            seen.append(source)
    return seen
