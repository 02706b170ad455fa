"""Where breathing patterns and cue decks come from, in precedence order.

Plain Python, no Qt. Order is always: bundled -> IT (machine-wide folder, plus
``Settings.deck_folders`` for decks) -> the agent's own folder. Missing folders are simply
skipped (most machines have no IT folder).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from companion.content.problems import Problem
from companion.errors import CompanionError
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
    """

    path: Path
    origin: Origin = "folder"
    may_override: bool = True
    must_exist: bool = False

    @property
    def label(self) -> str:
        """Human label of the origin (``bundled``, ``IT``, ``personal``)."""
        return ORIGIN_LABELS[self.origin]

    def missing_problem(self) -> Problem | None:
        """A problem when ``must_exist`` and the path is absent, else None."""
        if self.must_exist and not self.path.exists():
            what = "file or folder" if self.origin == "folder" else f"{self.label} deck folder"
            return Problem(self.path, None, f"{what} not found", "warning")
        return None

    def files(self) -> list[Path]:
        """The ``.toml`` files of this source (none if the folder does not exist)."""
        return toml_files(self.path)

    def contains(self, file: Path) -> bool:
        """True if ``file`` is (or would be) one of this source's files."""
        if self.path.suffix.lower() == ".toml" and not self.path.is_dir():
            return _same(self.path, file)
        return (file.suffix.lower() == ".toml" and not file.name.startswith((".", "~"))
                and _same(self.path, file.parent))


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def toml_files(path: Path) -> list[Path]:
    """``path`` itself if it is a file, else the ``*.toml`` files directly inside it (sorted by
    name; hidden and editor backup files skipped). A missing path gives an empty list."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    return sorted(
        (p for p in path.iterdir()
         if p.suffix.lower() == ".toml" and not p.name.startswith((".", "~")) and p.is_file()),
        key=lambda p: p.name,
    )


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
        ContentSource(paths.site_content_dir("breathing_patterns"), "it", may_override=True),
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
        ContentSource(paths.site_content_dir("decks"), "it"),
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
