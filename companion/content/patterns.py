"""Breathing patterns: the model, its pure timing function, file validation and loading.

Plain Python, no Qt. Files are loaded on the GUI thread (app) or main thread (CLI);
:meth:`BreathingPattern.at` is a pure function of elapsed seconds, so the breathing overlay is
driven by a clock it is given and can be tested against a fake one.

File format (``<id>.toml``, the id is the file name without ``.toml``)::

    name = "Box breathing"
    description = "In, hold, out, hold: four seconds each."
    reference = "..."            # optional
    cycles = 4                   # or: duration_s = 60 (rounded to whole cycles)

    [[phases]]
    kind = "inhale"              # inhale | hold | exhale
    seconds = 4
    ...

    [locale.es]                  # optional, one per language: the text in that language
    name = "Respiración en caja"
    description = "..."

All times are in seconds. The top-level ``name`` and ``description`` are the base text
(English in the bundled patterns); :meth:`BreathingPattern.localized` picks the text for the
agent's languages (timings are shared by every language).
"""

from __future__ import annotations

import dataclasses
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from companion.content.locales import (
    DEFAULT_LANGUAGES,
    LOCALE_PATTERN,
    best_match,
    display_tag,
    normalize_tag,
)
from companion.content.problems import Loaded, PatternError, Problem, first_error
from companion.content.sources import ContentSource, Origin, as_sources, pattern_sources
from companion.content.toml_io import (
    Checker,
    TomlDocument,
    parse_toml_text,
    read_toml_file,
    show,
)
from companion.paths import AppPaths

PhaseKind = Literal["inhale", "hold", "exhale"]

PHASE_KINDS: tuple[str, ...] = ("inhale", "hold", "exhale")
#: Largest pattern file (bytes).
MAX_PATTERN_BYTES = 64 * 1024
MAX_PHASES = 12
MIN_PHASE_S = 0.5
MAX_PHASE_S = 20.0
MIN_TOTAL_S = 10.0
MAX_TOTAL_S = 600.0
MAX_CYCLES = 200
MAX_NAME_CHARS = 60
MAX_DESCRIPTION_CHARS = 400
MAX_REFERENCE_CHARS = 400
ID_PATTERN = re.compile(r"^[a-z0-9-]{1,64}$")
PATTERN_KEYS = ("name", "description", "phases", "cycles", "duration_s", "reference", "locale")
PHASE_KEYS = ("kind", "seconds")
LOCALE_KEYS = ("name", "description")
#: The language of a pattern's top-level ``name`` and ``description``.
BASE_LOCALE = "en"


@dataclass(frozen=True)
class Phase:
    """One step of a breathing cycle: ``kind`` for ``seconds`` seconds."""

    kind: PhaseKind
    seconds: float


@dataclass(frozen=True)
class PhasePosition:
    """Where a pattern is at one moment.

    Attributes
    ----------
    index
        0-based index of the current phase within the cycle.
    phase
        The current :class:`Phase`.
    progress
        How far through the current phase, 0.0 (just started) to 1.0 (done).
    seconds_left
        Seconds until the current phase ends.
    cycle
        0-based index of the current cycle.
    finished
        True once the whole pattern is over (``t_s >= total_s``).
    """

    index: int
    phase: Phase
    progress: float
    seconds_left: float
    cycle: int
    finished: bool = False


@dataclass(frozen=True)
class PatternText:
    """A pattern's ``name`` and ``description`` in one language (a ``[locale.<tag>]``
    table)."""

    locale: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class BreathingPattern:
    """A paced-breathing pattern: phases repeated ``cycles`` times.

    Attributes
    ----------
    id
        Stable identifier: the file name without ``.toml``.
    name, description, reference
        Text shown to the agent (reference: where the pattern comes from).
    phases
        The phases of one cycle, in order.
    cycles
        How many times the cycle repeats (a file's ``duration_s`` is rounded to whole cycles).
    path, origin
        The file it was loaded from and its source (``bundled`` / ``it`` / ``personal``).
    locale
        The language of ``name`` and ``description``.
    translations
        The texts in every language of the file: the base text first, then each
        ``[locale.<tag>]`` table in file order (empty for a pattern built in memory).
    """

    id: str
    name: str
    description: str
    phases: tuple[Phase, ...]
    cycles: int
    reference: str = ""
    path: Path | None = field(default=None, compare=False)
    origin: Origin = field(default="folder", compare=False)
    locale: str = BASE_LOCALE
    translations: tuple[PatternText, ...] = ()

    def __post_init__(self) -> None:
        if not self.phases:
            raise ValueError("a breathing pattern needs at least one phase")
        if self.cycles < 1:
            raise ValueError("cycles must be at least 1")

    @property
    def cycle_s(self) -> float:
        """Seconds in one cycle."""
        return math.fsum(p.seconds for p in self.phases)

    @property
    def total_s(self) -> float:
        """Seconds in the whole exercise."""
        return self.cycle_s * self.cycles

    @property
    def breaths_per_min(self) -> float:
        """Cycles per minute (one cycle is one breath)."""
        return 60.0 / self.cycle_s

    def _starts(self) -> list[float]:
        starts, acc = [], 0.0
        for p in self.phases:
            starts.append(acc)
            acc += p.seconds
        return starts

    def is_finished(self, t_s: float) -> bool:
        """True when ``t_s`` seconds after the start the exercise is over."""
        return t_s >= self.total_s

    def at(self, t_s: float) -> PhasePosition:
        """Position ``t_s`` seconds after the start (negative times count as 0).

        At an exact phase boundary the new phase has just begun (``progress == 0``). From
        ``total_s`` on, the result is the end of the last phase with ``finished=True``.
        """
        if t_s != t_s:  # NaN
            raise ValueError("t_s must be a number")
        t_s = max(0.0, float(t_s))
        last = len(self.phases) - 1
        if t_s >= self.total_s:
            return PhasePosition(last, self.phases[last], 1.0, 0.0, self.cycles - 1, True)
        cycle_s = self.cycle_s
        cycle = min(int(t_s // cycle_s), self.cycles - 1)
        within = min(max(t_s - cycle * cycle_s, 0.0), cycle_s)
        starts = self._starts()
        index = min(max(bisect_right(starts, within) - 1, 0), last)
        phase = self.phases[index]
        into = within - starts[index]
        progress = min(max(into / phase.seconds, 0.0), 1.0)
        left = max(phase.seconds - into, 0.0)
        return PhasePosition(index, phase, progress, left, cycle, False)

    def phase_boundaries(self) -> list[float]:
        """Start time (seconds) of every phase of every cycle, then ``total_s``."""
        starts = self._starts()
        out = [c * self.cycle_s + s for c in range(self.cycles) for s in starts]
        return [*out, self.total_s]

    def localized(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> BreathingPattern:
        """A copy whose ``name`` and ``description`` are in the best of ``languages`` (best
        first, e.g. ``["de-DE", "de", "en"]``): the exact tag, then the same language, else
        the base text. Timings are the same in every language."""
        texts = self.translations or (PatternText(self.locale, self.name, self.description),)
        index = best_match([t.locale for t in texts], languages)
        text = texts[0 if index is None else index]
        return dataclasses.replace(self, name=text.name, description=text.description,
                                   locale=text.locale)

    def with_duration(self, seconds: float) -> BreathingPattern:
        """A copy lasting about ``seconds`` (whole cycles, nearest; for ``--duration``).

        Raises
        ------
        PatternError
            If ``seconds`` is not between 10 and 600.
        """
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) \
                or not MIN_TOTAL_S <= seconds <= MAX_TOTAL_S:
            raise PatternError(
                f"duration must be between {MIN_TOTAL_S:g} and {MAX_TOTAL_S:g} seconds, "
                f"not {seconds}",
                "e.g. --duration 60",
            )
        return dataclasses.replace(self, cycles=cycles_for_duration(self.cycle_s, seconds))


def cycles_for_duration(cycle_s: float, duration_s: float) -> int:
    """Whole cycles closest to ``duration_s`` while the total stays within 10–600 s."""
    cycles = max(1, round(duration_s / cycle_s))
    while cycles > 1 and cycles * cycle_s > MAX_TOTAL_S:
        cycles -= 1
    while cycles * cycle_s < MIN_TOTAL_S:
        cycles += 1
    return cycles


@dataclass
class PatternCheck:
    """Result of validating one pattern file: the pattern (None on any error) and problems."""

    path: Path
    pattern: BreathingPattern | None
    problems: list[Problem]


def check_pattern_document(doc: TomlDocument, *, origin: Origin = "folder") -> PatternCheck:
    """Validate a parsed pattern file and build the pattern if there is no error."""
    c = Checker(doc)
    data = doc.data
    pattern_id = doc.path.stem
    if not ID_PATTERN.match(pattern_id):
        c.error(f"file name '{doc.path.name}' is not a usable pattern id: use lowercase "
                "letters, digits and '-' (e.g. 'slow-exhale.toml')")
    c.unknown_keys(data, PATTERN_KEYS, "", ())
    name = c.text(data, "name", "name", (), max_len=MAX_NAME_CHARS)
    description = c.text(data, "description", "description", (),
                         max_len=MAX_DESCRIPTION_CHARS, required=False, multiline=True) or ""
    reference = c.text(data, "reference", "reference", (), max_len=MAX_REFERENCE_CHARS,
                       required=False, multiline=True) or ""
    phases = _check_phases(c, data)

    cycles: int | None = None
    has_cycles, has_duration = "cycles" in data, "duration_s" in data
    if has_cycles and has_duration:
        c.error("give either cycles or duration_s, not both", "duration_s")
    elif not has_cycles and not has_duration:
        c.error("cycles (e.g. cycles = 6) or duration_s (e.g. duration_s = 60) is missing")
    elif has_cycles:
        value = c.number(data, "cycles", "cycles", (), low=1, high=MAX_CYCLES, integer=True)
        cycles = None if value is None else int(value)
    else:
        duration = c.number(data, "duration_s", "duration_s", (), low=MIN_TOTAL_S,
                            high=MAX_TOTAL_S, unit=" seconds")
        if duration is not None and phases:
            cycles = cycles_for_duration(math.fsum(p.seconds for p in phases), duration)

    if phases and cycles is not None:
        total = math.fsum(p.seconds for p in phases) * cycles
        if not MIN_TOTAL_S <= total <= MAX_TOTAL_S:
            key = "cycles" if has_cycles else "duration_s"
            c.error(f"the exercise lasts {total:g} seconds; it must last between "
                    f"{MIN_TOTAL_S:g} and {MAX_TOTAL_S:g} (change cycles or the phases)", key)
    translations = _check_locales(c, data)
    pattern = None
    if c.ok and name and phases and cycles:
        texts = (PatternText(BASE_LOCALE, name, description), *translations)
        pattern = BreathingPattern(pattern_id, name, description, tuple(phases), cycles,
                                   reference, path=doc.path, origin=origin,
                                   translations=texts)
    return PatternCheck(doc.path, pattern, c.problems)


def _check_locales(c: Checker, data: dict[str, Any]) -> list[PatternText]:
    """The ``[locale.<tag>]`` tables: a language tag each, a name, an optional
    description."""
    raw = data.get("locale", {})
    example = '[locale.es] with name = "..." and description = "..."'
    if not isinstance(raw, dict) or not all(isinstance(t, dict) for t in raw.values()):
        c.error(f"locale must hold one table per language, e.g. {example}", "locale")
        return []
    texts: list[PatternText] = []
    seen: set[str] = {BASE_LOCALE}
    for tag, table in raw.items():
        key = ("locale", tag)
        label = f"locale.{tag}"
        if not LOCALE_PATTERN.match(tag):
            c.error(f"{label}: '{tag}' is not a language tag; use one like es, de or pt-BR",
                    *key)
            continue
        if normalize_tag(tag) in seen:
            where = "the top-level name and description" \
                if normalize_tag(tag) == BASE_LOCALE else "another [locale] table"
            c.warn(f"{label} repeats {where} ({BASE_LOCALE} is the top-level text); it is "
                   "ignored", *key)
            continue
        seen.add(normalize_tag(tag))
        c.unknown_keys(table, LOCALE_KEYS, f"{label}: ", key)
        name = c.text(table, "name", f"{label}.name", key, max_len=MAX_NAME_CHARS)
        description = c.text(table, "description", f"{label}.description", key,
                             max_len=MAX_DESCRIPTION_CHARS, required=False,
                             multiline=True) or ""
        if name:
            texts.append(PatternText(display_tag(tag), name, description))
    return texts


def _check_phases(c: Checker, data: dict[str, Any]) -> list[Phase] | None:
    example = '[[phases]] tables, e.g. kind = "inhale" and seconds = 4'
    if "phases" not in data:
        c.error(f"phases is missing: add {example}")
        return None
    raw = data["phases"]
    if not isinstance(raw, list) or not all(isinstance(p, dict) for p in raw):
        c.error(f"phases must be {example}", "phases")
        return None
    if not raw:
        c.error(f"phases is empty: add {example}", "phases")
        return None
    if len(raw) > MAX_PHASES:
        c.error(f"phases has {len(raw)} entries; at most {MAX_PHASES} allowed", "phases",
                MAX_PHASES)
        return None
    phases: list[Phase] = []
    ok = True
    for i, item in enumerate(raw):
        label = f"phases[{i + 1}]"
        c.unknown_keys(item, PHASE_KEYS, f"{label}: ", ("phases", i))
        kind = item.get("kind")
        if kind is None:
            c.error(f"{label}.kind is missing (inhale, hold or exhale)", "phases", i)
            ok = False
        elif kind not in PHASE_KINDS:
            c.error(f"{label}.kind must be inhale, hold or exhale, not {show(kind)}",
                    "phases", i, "kind")
            ok = False
        if "seconds" not in item:
            c.error(f"{label}.seconds is missing", "phases", i)
            ok = False
            continue
        seconds = c.number(item, "seconds", f"{label}.seconds", ("phases", i),
                           low=MIN_PHASE_S, high=MAX_PHASE_S)
        if seconds is None or kind not in PHASE_KINDS:
            ok = False
            continue
        phases.append(Phase(kind, seconds))
    if not ok:
        return None
    kinds = {p.kind for p in phases}
    if "inhale" not in kinds or "exhale" not in kinds:
        c.error("phases must include at least one inhale and one exhale", "phases")
        return None
    return phases


def check_pattern_text(text: str, path: Path, *, origin: Origin = "folder") -> PatternCheck:
    """Validate pattern TOML ``text`` as if read from ``path`` (the id is its stem)."""
    try:
        doc = parse_toml_text(text, path, error_cls=PatternError)
    except PatternError as exc:
        return PatternCheck(path, None, [Problem(path, exc.line, exc.detail)])
    return check_pattern_document(doc, origin=origin)


def check_pattern_file(path: Path, *, origin: Origin = "folder") -> PatternCheck:
    """Read and validate one pattern file; never raises for bad content."""
    try:
        doc = read_toml_file(path, max_bytes=MAX_PATTERN_BYTES, error_cls=PatternError)
    except PatternError as exc:
        return PatternCheck(path, None, [Problem(path, exc.line, exc.detail)])
    return check_pattern_document(doc, origin=origin)


def load_pattern_file(path: Path, *, origin: Origin = "folder") -> BreathingPattern:
    """One pattern file, or :class:`PatternError` naming the file, line and first error."""
    check = check_pattern_file(path, origin=origin)
    error = first_error(check.problems)
    if check.pattern is None or error is not None:
        raise (error.to_error(PatternError) if error else PatternError("unusable", path=path))
    return check.pattern


def load_patterns(sources: Iterable[ContentSource | Path | str], *,
                  languages: Sequence[str] = DEFAULT_LANGUAGES) -> Loaded[BreathingPattern]:
    """Load every pattern from ``sources`` in order (see :mod:`companion.content.sources`),
    with names and descriptions in the best of ``languages`` (:meth:`BreathingPattern.localized`).

    A bad file is reported in ``problems`` and skipped. A later pattern with an id already
    loaded replaces it only when its source has ``may_override`` (the IT folder); otherwise it
    is ignored with a warning.
    """
    items: dict[str, BreathingPattern] = {}
    problems: list[Problem] = []
    for source in as_sources(sources):
        files, found = source.scan()
        problems.extend(found)
        for path in files:
            check = check_pattern_file(path, origin=source.origin)
            problems.extend(check.problems)
            pattern = check.pattern
            if pattern is None:
                continue
            earlier = items.get(pattern.id)
            if earlier is not None and not source.may_override:
                problems.append(Problem(
                    path, None,
                    f"pattern '{pattern.id}' ignored: the {earlier.origin} pattern with that id "
                    f"({earlier.path}) is kept; rename this file to add it as a new pattern",
                    "warning",
                ))
                continue
            items[pattern.id] = pattern.localized(languages)
    return Loaded(items, problems)


def load_default_patterns(paths: AppPaths | None = None, *,
                          languages: Sequence[str] = DEFAULT_LANGUAGES
                          ) -> Loaded[BreathingPattern]:
    """Patterns from the bundled, IT and personal folders of ``paths`` (an
    :class:`~companion.paths.AppPaths`; resolved from the environment when None), in the best
    of ``languages`` (the agent's preferred languages, best first)."""
    return load_patterns(pattern_sources(paths or AppPaths.from_environment()),
                         languages=languages)
