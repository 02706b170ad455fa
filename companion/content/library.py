"""The deck library: every deck file from every source, resolved into the decks in use.

Plain Python, no Qt. Lives on the GUI thread in the app; the Qt file watcher (in ``ui/``)
calls :meth:`DeckLibrary.reload_file` / :meth:`DeckLibrary.rescan` when files change.

Precedence: sources are read in order (bundled -> IT -> personal). When two files define the
same deck id, the higher ``version`` is used and the other is listed in ``superseded``; with
equal versions (and the same language) the file read first is kept and the other is reported
as a conflict (an error in ``problems``).

Languages: files with the same deck id and version but another ``locale`` are language
variants of one deck. The library is given the agent's preferred languages and uses one
variant per deck id (:mod:`companion.content.variants` has the rules); cards keep their ids
across variants, so pins, hides, feedback and statistics do not depend on the language.

Hot reload: each file keeps its *last good* version. An edit that breaks a file is reported in
``problems`` while the last good version of that file stays in use until it is fixed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from companion.content.decks import CueCard, CueDeck, check_deck_file
from companion.content.locales import DEFAULT_LANGUAGES
from companion.content.problems import Problem
from companion.content.sources import ContentSource, as_sources, deck_sources
from companion.content.variants import DeckRelease, resolve_release
from companion.paths import AppPaths
from companion.settings import Settings


@dataclass
class DeckFile:
    """What the library knows about one deck file.

    Attributes
    ----------
    path, source
        The file and the source it belongs to.
    deck
        The last good version of the deck in this file (None if it never loaded).
    problems
        Problems found the last time the file was read.
    stale
        True when the last read failed and ``deck`` is an older, good version.
    """

    path: Path
    source: ContentSource
    deck: CueDeck | None = None
    problems: list[Problem] = field(default_factory=list)
    stale: bool = False


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


class DeckLibrary:
    """Decks loaded from ordered sources, with precedence, conflicts and hot reload.

    Build it with :func:`load_decks`. Attributes are recomputed after every reload:

    ``decks``
        The decks in use (one language variant per id), in source order.
    ``by_id``
        The same, by deck id.
    ``releases``
        Per deck id, every language variant of the version in use (``locales`` lists them).
    ``superseded``
        Good decks not used because another file has a higher version of the same id.
    ``problems``
        File problems (bad files, warnings, "keeping last good version") and conflicts.
    ``generation``
        Increases whenever the decks in use may have changed.
    """

    def __init__(self, sources: Iterable[ContentSource | Path | str], *,
                 languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.sources: list[ContentSource] = as_sources(sources)
        self.languages: tuple[str, ...] = tuple(languages)
        self._files: dict[str, DeckFile] = {}
        self.decks: list[CueDeck] = []
        self.by_id: dict[str, CueDeck] = {}
        self.releases: dict[str, DeckRelease] = {}
        self._given: dict[str, CueDeck] = {}   # decks in memory (see :meth:`of`)
        self.superseded: list[CueDeck] = []
        self.conflicts: list[Problem] = []
        self.generation = 0
        self._source_problems: list[Problem] = []
        self.rescan()

    @classmethod
    def of(cls, decks: Iterable[CueDeck], *,
           languages: Sequence[str] = DEFAULT_LANGUAGES) -> DeckLibrary:
        """A library of decks already in memory (a deck being tried, tests): no files, no
        reload; ``decks`` are used as given (later ones win a repeated id). ``languages``
        are for the built-in cards and contact (:mod:`companion.content.support`)."""
        library = cls([], languages=languages)
        library._given = {d.id: d for d in decks}
        library._resolve()
        return library

    # -- queries ---------------------------------------------------------------------------
    @property
    def files(self) -> list[DeckFile]:
        """Every known deck file, in precedence order."""
        return sorted(self._files.values(), key=self._order)

    @property
    def problems(self) -> list[Problem]:
        """Every current problem: missing folders, file problems, then conflicts."""
        out = list(self._source_problems)
        for entry in self.files:
            out.extend(entry.problems)
        return out + self.conflicts

    @property
    def errors(self) -> list[Problem]:
        """Only the error-severity problems."""
        return [p for p in self.problems if p.is_error]

    def cards(self) -> list[CueCard]:
        """Every card of every deck in use."""
        return [card for deck in self.decks for card in deck.cards]

    def card(self, key: str) -> CueCard | None:
        """The card with ``key`` (``"deck/card"``), or None."""
        deck_id, _, card_id = key.partition("/")
        deck = self.by_id.get(deck_id)
        return deck.card(card_id) if deck else None

    def source_of(self, deck: CueDeck) -> ContentSource | None:
        """The source the deck's file belongs to."""
        if deck.path is None:
            return None
        entry = self._files.get(_key(deck.path))
        return entry.source if entry else None

    def watch_paths(self) -> list[Path]:
        """Existing source folders and deck files, for a file-system watcher."""
        out = [s.path for s in self.sources if s.present]
        out += [e.path for e in self.files if _exists(e.path) and e.path not in out]
        return out

    def set_languages(self, languages: Sequence[str]) -> None:
        """Use the variants for ``languages`` (best first, e.g. ``["de-DE", "de", "en"]``)
        from now on; nothing is re-read."""
        self.languages = tuple(languages)
        self._resolve()

    # -- loading ---------------------------------------------------------------------------
    def _order(self, entry: DeckFile) -> tuple[int, str]:
        index = next((i for i, s in enumerate(self.sources) if s == entry.source), 0)
        return index, entry.path.name

    def _source_for(self, path: Path) -> ContentSource | None:
        return next((s for s in self.sources if s.contains(path)), None)

    def rescan(self) -> list[Problem]:
        """Re-read every source: pick up new files, drop deleted ones, reload the rest.

        Returns the current problems.
        """
        self._source_problems = []
        seen: set[str] = set()
        for source in self.sources:
            files, problems = source.scan()
            self._source_problems.extend(problems)
            for path in files:
                key = _key(path)
                if key in seen:
                    continue
                seen.add(key)
                self._read(path, source)
        for key in [k for k in self._files if k not in seen]:
            del self._files[key]
        self._resolve()
        return self.problems

    def reload_file(self, path: Path | str) -> list[Problem]:
        """Re-read one file after it changed (or vanished). Returns that file's problems.

        A file that now has errors keeps its last good version in use (``stale``); a deleted
        file is dropped. A path outside every source gives a problem and changes nothing.
        """
        path = Path(path)
        key = _key(path)
        entry = self._files.get(key)
        source = entry.source if entry else self._source_for(path)
        if source is None:
            return [Problem(path, None, "not in any deck folder of this library; nothing "
                                        "reloaded", "warning")]
        refused = source.refusal(path) if _exists(path) else None
        if not _exists(path) or refused is not None:
            self._files.pop(key, None)
            self._resolve()
            return [] if refused is None else [refused]
        problems = self._read(path, source)
        self._resolve()
        return problems

    def _read(self, path: Path, source: ContentSource) -> list[Problem]:
        check = check_deck_file(path, origin=source.origin)
        key = _key(path)
        entry = self._files.get(key) or DeckFile(path, source)
        self._files[key] = entry
        entry.problems = list(check.problems)
        if check.deck is not None:
            entry.deck = check.deck
            entry.stale = False
        elif entry.deck is not None:
            entry.stale = True
            entry.problems.append(Problem(
                path, None,
                f"keeping the last good version of deck '{entry.deck.id}' (version "
                f"{entry.deck.version}) until this file is fixed", "warning"))
        return entry.problems

    def _resolve(self) -> None:
        by_id: dict[str, list[CueDeck]] = {}
        for entry in self.files:
            if entry.deck is not None:
                by_id.setdefault(entry.deck.id, []).append(entry.deck)
        self.releases = {deck_id: resolve_release(decks, self._label)
                         for deck_id, decks in by_id.items()}
        self.releases.update({d.id: DeckRelease(d.id, d, [d]) for d in self._given.values()})
        self.decks = [r.pick(self.languages) for r in self.releases.values()]
        self.by_id = {d.id: d for d in self.decks}
        self.superseded = [d for r in self.releases.values() for d in r.superseded]
        self.conflicts = [p for r in self.releases.values() for p in r.problems]
        self.generation += 1

    def _label(self, deck: CueDeck) -> str:
        source = self.source_of(deck)
        return source.label if source else deck.origin


def _exists(path: Path) -> bool:
    """``path.exists()``, False when it cannot even be checked (a folder above is closed)."""
    try:
        return path.exists()
    except OSError:
        return False


def load_decks(sources: Iterable[ContentSource | Path | str], *,
               languages: Sequence[str] = DEFAULT_LANGUAGES) -> DeckLibrary:
    """Load every deck from ``sources`` (in precedence order; see :class:`DeckLibrary`),
    choosing the variants for ``languages`` (best first)."""
    return DeckLibrary(sources, languages=languages)


def load_default_decks(paths: AppPaths | None = None, settings: Settings | None = None, *,
                       languages: Sequence[str] = DEFAULT_LANGUAGES) -> DeckLibrary:
    """Decks from the bundled, IT (+ ``settings.deck_folders``) and, when allowed, personal
    folders, in the variants for ``languages`` (the agent's preferred languages, best first).
    ``paths`` is an :class:`~companion.paths.AppPaths` (from the environment when None);
    ``settings`` a :class:`~companion.settings.Settings` (defaults when None)."""
    return DeckLibrary(deck_sources(paths or AppPaths.from_environment(), settings or Settings()),
                       languages=languages)
