"""Cue decks: the card and deck models, the deck file format and its validation.

Plain Python, no Qt. Runs on the GUI thread (app, deck editor) or the main thread (CLI).

A deck is one UTF-8 TOML file (at most 256 KiB)::

    [deck]
    id = "team-north"            # [a-z0-9-]{1,64}
    title = "North team cues"    # at most 80 characters
    version = 3                  # a whole number; raise it each time you publish
    author = "Sam (team lead)"   # optional
    locale = "en-GB"             # optional, default "en"

    [support]                    # optional: who to turn to after a hard call
    title = "Someone to talk to" # optional
    body = "Your team lead, ext. 2040. Staff support line (free, private): 0800 000 000."

    [[changelog]]                # optional, one per published version
    version = 3
    changes = "Recovery cards first after a tense call."

    [[cards]]
    id = "hear-them-out"
    title = "Let them finish"
    body = "Let the customer finish before you answer. Being heard comes first."
    tags = ["empathy", "listening"]
    when = ["between_calls"]
    weight = 1.5                 # optional, 0.1-10, default 1

Validation collects every problem with the file and line it is on (see
:mod:`companion.content.toml_io`); a file with any error is not used, warnings are advisory
and teach (:mod:`companion.content.care` has the order-of-care rules behind them).
A translated deck keeps its card ids (marks, feedback and ``deck diff`` match cards by id)
and names its language in ``locale``.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from companion.content import care
from companion.content.locales import LOCALE_PATTERN, display_tag, file_tag, normalize_tag
from companion.content.problems import DeckError, Problem, first_error
from companion.content.sources import Origin
from companion.content.suggest import did_you_mean
from companion.content.toml_io import (
    Checker,
    TomlDocument,
    parse_toml_text,
    read_toml_file,
    show,
)

Moment = Literal["after_tense", "between_calls", "start_of_shift"]

#: When a card may be shown.
WHEN_VALUES: tuple[str, ...] = ("after_tense", "between_calls", "start_of_shift")
#: What each moment is called where people read it (the card's footer, ``deck diff``).
MOMENT_LABELS: dict[str, str] = {
    "after_tense": "After a tough call",
    "between_calls": "Between calls",
    "start_of_shift": "Start of shift",
}

#: The documented tag vocabulary (other well-formed tags only give a warning).
KNOWN_TAGS: dict[str, str] = {
    "recovery": "for the agent after a hard call (needed on every after_tense card)",
    "breathing": "slow breathing to steady yourself",
    "grounding": "settling the body: feet, chair, senses",
    "self-care": "water, a stretch, a break: looking after yourself",
    "feelings": "naming a feeling and hearing that it is normal",
    "self-compassion": "being as kind to yourself as to a colleague",
    "boundaries": "abuse is not part of the job",
    "support": "someone to talk to (shows the deck's support contact)",
    "break": "a longer break away from the phone",
    "anger": "understanding anger (often disappointed expectations)",
    "apology": "apologising well and briefly",
    "positive-language": "saying what you can do",
    "empathy": "empathy; the customer feeling seen and heard",
    "listening": "listening fully before answering",
    "de-escalation": "lowering the heat of a conversation",
    "trust": "building trust; doing what you said",
    "accountability": "owning the problem, kindly",
    "time": "respecting the customer's time",
    "teamwork": "the customer (and colleagues) as teammates",
    "intention": "start-of-shift intentions",
    "gratitude": "thanks and appreciation",
    "kindness": "warmth and small kindnesses",
    "tone": "voice, pace and tone",
    "clarity": "clear, simple explanations",
    "perspective": "keeping a hard moment in proportion",
    "patience": "staying steady while things take time",
}
#: Start of the warning for a tag outside :data:`KNOWN_TAGS` (the tag list is printed once
#: by whoever shows the problems, see :func:`tag_list_note`).
UNKNOWN_TAG = "unknown tag"

MAX_DECK_BYTES = 256 * 1024
MAX_CARDS = 500
MAX_TITLE_CHARS = 80
MAX_BODY_CHARS = 600
MAX_AUTHOR_CHARS = 80
MAX_DESCRIPTION_CHARS = 400
MAX_SUPPORT_CHARS = 400
MAX_CHANGES_CHARS = 400
MAX_CHANGELOG = 200
MAX_TAGS = 12
MIN_WEIGHT = 0.1
MAX_WEIGHT = 10.0
MAX_VERSION = 1_000_000
ID_PATTERN = re.compile(r"^[a-z0-9-]{1,64}$")
TAG_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
#: Something that looks like an HTML/XML tag or entity.
MARKUP_PATTERN = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>|&[A-Za-z]+;|&#\d+;")

TOP_KEYS = ("deck", "support", "changelog", "cards")
DECK_KEYS = ("id", "title", "version", "author", "locale", "description")
SUPPORT_KEYS = ("title", "body")
CHANGELOG_KEYS = ("version", "changes")
CARD_KEYS = ("id", "title", "body", "tags", "when", "weight")
#: Title of the support block when the deck gives none.
DEFAULT_SUPPORT_TITLE = "Someone to talk to"


@dataclass(frozen=True)
class CueCard:
    """One cue card: a short title and a plain-text body of one to three sentences.

    ``deck_id`` and ``line`` are filled in by the loader (``line``: where the card's table
    starts in its file; the deck editor uses it to find the card again when it saves);
    :attr:`key` (``deck/card``) is unique across a library and is what pins, hides and the
    store refer to.
    """

    id: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    when: tuple[str, ...] = ("between_calls",)
    weight: float = 1.0
    deck_id: str = ""
    line: int | None = field(default=None, compare=False)

    @property
    def key(self) -> str:
        """``"<deck id>/<card id>"``."""
        return f"{self.deck_id}/{self.id}"

    @property
    def is_recovery(self) -> bool:
        """True when the card may be shown right after a tense call (tag ``recovery``)."""
        return care.is_recovery(self.tags)


@dataclass(frozen=True)
class DeckSupport:
    """Who an agent can turn to after a hard call (filled in by a supervisor or IT).

    Plain text, shown on the "this was a hard one" card and after a breathing session the
    agent answered "worse".
    """

    body: str
    title: str = DEFAULT_SUPPORT_TITLE


@dataclass(frozen=True)
class ChangelogEntry:
    """What changed in one published version of a deck."""

    version: int
    changes: str


@dataclass(frozen=True)
class CueDeck:
    """A validated deck of cards.

    Attributes
    ----------
    id, title, version, author, locale, description
        From the ``[deck]`` table (``version`` is a whole number; higher replaces lower).
    support
        The ``[support]`` block, or None.
    changelog
        The ``[[changelog]]`` entries, in file order.
    cards
        The cards, in file order.
    path
        The file the deck was read from (None when built in memory).
    origin
        ``bundled``, ``it``, ``personal`` or ``folder``.
    line
        Line of ``version`` in the file (for conflict reports).
    """

    id: str
    title: str
    version: int
    cards: tuple[CueCard, ...]
    author: str = ""
    locale: str = "en"
    description: str = ""
    support: DeckSupport | None = None
    changelog: tuple[ChangelogEntry, ...] = ()
    path: Path | None = field(default=None, compare=False)
    origin: Origin = field(default="folder", compare=False)
    line: int | None = field(default=None, compare=False)

    def card(self, card_id: str) -> CueCard | None:
        """The card with ``card_id`` or None."""
        return next((c for c in self.cards if c.id == card_id), None)

    def changes_in(self, version: int) -> str:
        """The changelog text for ``version`` ('' when there is none)."""
        return next((e.changes for e in self.changelog if e.version == version), "")


@dataclass
class DeckCheck:
    """Result of validating one deck file: the deck (None on any error) and every problem."""

    path: Path
    deck: CueDeck | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        """The error-severity problems."""
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        """The warning-severity problems."""
        return [p for p in self.problems if not p.is_error]


@dataclass(frozen=True)
class _Meta:
    id: str
    title: str
    version: int
    author: str
    locale: str
    description: str


def check_deck_document(doc: TomlDocument, *, origin: Origin = "folder") -> DeckCheck:
    """Validate a parsed deck file; build the deck when there is no error."""
    c = Checker(doc)
    data = doc.data
    if "deck" not in data and "cards" not in data and "phases" in data:
        c.error("this looks like a breathing pattern, not a cue deck (it has phases but no "
                "[deck] table)", "phases")
        return DeckCheck(doc.path, None, c.problems)
    c.unknown_keys(data, TOP_KEYS, "", ())
    meta = _check_meta(c, data)
    support = _check_support(c, data)
    changelog = _check_changelog(c, data, meta.version if meta else None)
    cards = _check_cards(c, data, meta.id if meta else "", has_support=support is not None)
    deck = None
    if c.ok and meta is not None and cards is not None:
        deck = CueDeck(meta.id, meta.title, meta.version, tuple(cards), meta.author,
                       meta.locale, meta.description, support, tuple(changelog),
                       path=doc.path, origin=origin, line=doc.line_of("deck", "version"))
    return DeckCheck(doc.path, deck, c.problems)


def _check_meta(c: Checker, data: dict[str, Any]) -> _Meta | None:
    if "deck" not in data:
        c.error('the [deck] table is missing: start the file with [deck], id = "...", '
                'title = "..." and version = 1')
        return None
    meta = data["deck"]
    if not isinstance(meta, dict):
        c.error("deck must be a table: write [deck] on its own line", "deck")
        return None
    c.unknown_keys(meta, DECK_KEYS, "deck: ", ("deck",))
    key = ("deck",)
    deck_id = _check_id(c, meta, "deck.id", key)
    title = c.text(meta, "title", "deck.title", key, max_len=MAX_TITLE_CHARS)
    author = c.text(meta, "author", "deck.author", key, max_len=MAX_AUTHOR_CHARS,
                    required=False) or ""
    description = c.text(meta, "description", "deck.description", key,
                         max_len=MAX_DESCRIPTION_CHARS, required=False, multiline=True) or ""
    locale = _check_locale(c, meta)
    version = _check_version(c, meta, "deck.version", key, missing_hint=" (raise it each time "
                             "you publish)")
    if deck_id is None or title is None or version is None:
        return None
    return _Meta(deck_id, title, version, author, locale, description)


def _check_locale(c: Checker, meta: dict[str, Any]) -> str:
    """``deck.locale`` (default ``en``); it must agree with a language tag in the file name
    (``default.es.toml`` is Spanish)."""
    locale = "en"
    if "locale" in meta:
        value = meta["locale"]
        if not isinstance(value, str) or not LOCALE_PATTERN.match(value):
            c.error(f"deck.locale must be a language tag like 'en' or 'en-GB', not "
                    f"{show(value)}", "deck", "locale")
            return locale
        locale = value
    named = file_tag(c.doc.path)
    if named is not None and normalize_tag(named) != normalize_tag(locale):
        said = f"deck.locale is '{locale}'" if "locale" in meta else "deck.locale is missing"
        c.error(f"the file name says the deck is in '{named}' but {said}: set locale = "
                f'"{display_tag(named)}", or rename the file', "deck",
                *(("locale",) if "locale" in meta else ()))
    return locale


def _check_version(c: Checker, table: dict[str, Any], label: str,
                   key: tuple[str | int, ...], *, missing_hint: str = "") -> int | None:
    if "version" not in table:
        c.error(f"{label} is missing: add version = 1{missing_hint}", *key)
        return None
    value = table["version"]
    if isinstance(value, bool) or not isinstance(value, int):
        c.error(f"{label} must be a whole number like 3 (raise it each time you publish), "
                f"not {show(value)}", *key, "version")
        return None
    if not 1 <= value <= MAX_VERSION:
        c.error(f"{label} must be between 1 and {MAX_VERSION}, not {value}", *key, "version")
        return None
    return value


def _check_support(c: Checker, data: dict[str, Any]) -> DeckSupport | None:
    if "support" not in data:
        return None
    raw = data["support"]
    if not isinstance(raw, dict):
        c.error('support must be a table: write [support] on its own line, then body = "..."',
                "support")
        return None
    key = ("support",)
    c.unknown_keys(raw, SUPPORT_KEYS, "support: ", key)
    title = c.text(raw, "title", "support.title", key, max_len=MAX_TITLE_CHARS,
                   required=False) or DEFAULT_SUPPORT_TITLE
    body = c.text(raw, "body", "support.body", key, max_len=MAX_SUPPORT_CHARS, multiline=True)
    if body and MARKUP_PATTERN.search(body):
        _warn_markup(c, "support", body, key, "body")
    return DeckSupport(body, title) if body else None


def _check_changelog(c: Checker, data: dict[str, Any],
                     deck_version: int | None) -> list[ChangelogEntry]:
    if "changelog" not in data:
        return []
    raw = data["changelog"]
    example = '[[changelog]] tables with version = 2 and changes = "what changed"'
    if not isinstance(raw, list) or not all(isinstance(e, dict) for e in raw):
        c.error(f"changelog must be {example}", "changelog")
        return []
    if len(raw) > MAX_CHANGELOG:
        c.error(f"the changelog has {len(raw)} entries; at most {MAX_CHANGELOG} allowed "
                "(drop the oldest)", "changelog")
        return []
    entries: list[ChangelogEntry] = []
    for i, item in enumerate(raw):
        key = ("changelog", i)
        c.unknown_keys(item, CHANGELOG_KEYS, f"changelog #{i + 1}: ", key)
        version = _check_version(c, item, f"changelog #{i + 1}: version", key)
        changes = c.text(item, "changes", f"changelog #{i + 1}: changes", key,
                         max_len=MAX_CHANGES_CHARS, multiline=True)
        if version is None or changes is None:
            continue
        if deck_version is not None and version > deck_version:
            c.warn(f"changelog #{i + 1} is for version {version}, but the deck is version "
                   f"{deck_version}: raise deck.version or fix the entry", *key, "version")
        entries.append(ChangelogEntry(version, changes))
    if entries and deck_version is not None \
            and all(e.version != deck_version for e in entries):
        c.warn(f"the changelog has no entry for version {deck_version}: add [[changelog]] "
               f'version = {deck_version}, changes = "..." so IT and agents know what is new',
               "changelog")
    return entries


def _check_id(c: Checker, table: dict[str, Any], label: str,
              key: tuple[str | int, ...]) -> str | None:
    if "id" not in table:
        c.error(f"{label} is missing", *key)
        return None
    value = table["id"]
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        c.error(f"{label} must be 1-64 lowercase letters, digits or '-' (e.g. 'calm-voice'), "
                f"not {show(value)}", *key, "id")
        return None
    return value


def _check_cards(c: Checker, data: dict[str, Any], deck_id: str, *,
                 has_support: bool) -> list[CueCard] | None:
    example = '[[cards]] tables with id, title, body and when = ["between_calls"]'
    if "cards" not in data:
        meta = data.get("deck")
        if isinstance(meta, dict) and "cards" in meta:
            c.error("cards ended up inside [deck]: write each card as a [[cards]] table after "
                    "the [deck] keys (not [deck.cards])", "deck", "cards")
            return None
        if has_support:   # a support-only deck: IT hands out just the contact
            return []
        c.error(f"the deck has no cards: add {example}")
        return None
    raw = data["cards"]
    if not isinstance(raw, list) or not all(isinstance(card, dict) for card in raw):
        c.error(f"cards must be {example}", "cards")
        return None
    if not raw and not has_support:
        c.error(f"the deck has no cards: add {example}", "cards")
        return None
    if len(raw) > MAX_CARDS:
        c.error(f"the deck has {len(raw)} cards; at most {MAX_CARDS} allowed (split it into "
                "several decks)", "cards", MAX_CARDS)
        return None
    cards: list[CueCard] = []
    first_seen: dict[str, int | None] = {}
    ok = True
    for i, item in enumerate(raw):
        card = _check_card(c, item, i, deck_id)
        if card is None:
            ok = False
            continue
        if card.id in first_seen:
            where = first_seen[card.id]
            c.error(f"card '{card.id}': the id is used twice (first at line {where}); card "
                    "ids must be unique in a deck", "cards", i, "id")
            ok = False
            continue
        first_seen[card.id] = card.line
        cards.append(card)
    return cards if ok else None


def _card_label(item: dict[str, Any], index: int) -> str:
    card_id = item.get("id")
    if isinstance(card_id, str) and ID_PATTERN.match(card_id):
        return f"card '{card_id}'"
    return f"card #{index + 1}"


def _errors(c: Checker) -> int:
    return sum(p.is_error for p in c.problems)


def _check_card(c: Checker, item: dict[str, Any], i: int, deck_id: str) -> CueCard | None:
    key = ("cards", i)
    label = _card_label(item, i)
    errors_before = _errors(c)
    c.unknown_keys(item, CARD_KEYS, f"{label}: ", key)
    card_id = _check_id(c, item, f"{label}: id", key)
    title = c.text(item, "title", f"{label}: title", key, max_len=MAX_TITLE_CHARS)
    body = c.text(item, "body", f"{label}: body", key, max_len=MAX_BODY_CHARS, multiline=True)
    if body and MARKUP_PATTERN.search(body):
        _warn_markup(c, label, body, key, "body")
    tags = _check_tags(c, item, label, key)
    when = _check_when(c, item, label, key)
    weight = 1.0
    if "weight" in item:
        value = c.number(item, "weight", f"{label}: weight", key, low=MIN_WEIGHT,
                         high=MAX_WEIGHT)
        weight = 1.0 if value is None else value
    if _errors(c) > errors_before \
            or card_id is None or title is None or body is None or when is None:
        return None
    card = CueCard(card_id, title, body, tags, when, weight, deck_id,
                   c.doc.lines.exact(*key) or c.doc.line_of(*key, "id"))
    _advise(c, card, label, key)
    return card


def _warn_markup(c: Checker, label: str, text: str, key: tuple[str | int, ...],
                 name: str) -> None:
    match = MARKUP_PATTERN.search(text)
    c.warn(f"{label}: {name} looks like HTML markup ({match.group(0) if match else ''!r}); "
           "cards are shown as plain text, so it would appear as typed", *key, name)


def _advise(c: Checker, card: CueCard, label: str, key: tuple[str | int, ...]) -> None:
    """Soft warnings that teach: glanceable length and the order of care (never errors)."""
    words = care.word_count(card.title)
    if words > care.SOFT_TITLE_WORDS:
        c.warn(f"{label}: the title has {words} words; {care.SOFT_TITLE_WORDS} or fewer can "
               "be read at a glance", *key, "title")
    words = care.word_count(card.body)
    if words > care.SOFT_BODY_WORDS:
        c.warn(f"{label}: the body has {words} words; {care.SOFT_BODY_WORDS} or fewer fit "
               "the short pause between calls", *key, "body")
    if "after_tense" not in card.when:
        return
    if not card.is_recovery:
        c.warn(f"{label}: it is listed for after_tense but not tagged '{care.RECOVERY_TAG}', "
               "so it is not shown after a tense call. Right after a hard call the agent "
               f"comes first: add the tag '{care.RECOVERY_TAG}' if the card helps them settle, "
               "or move it to between_calls if it is a skill for the next customer",
               *key, "when")
    blame = care.blames_customer(f"{card.title}. {card.body}")
    if blame:
        c.warn(f"{label}: '{blame}' names the customer as the problem; right after a tense "
               "call, help the agent settle instead of taking sides", *key, "body")


def _check_tags(c: Checker, item: dict[str, Any], label: str,
                key: tuple[str | int, ...]) -> tuple[str, ...]:
    if "tags" not in item:
        return ()
    raw = item["tags"]
    if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
        c.error(f'{label}: tags must be a list of words, e.g. tags = ["empathy", "time"]',
                *key, "tags")
        return ()
    if len(raw) > MAX_TAGS:
        c.error(f"{label}: {len(raw)} tags; at most {MAX_TAGS} allowed", *key, "tags")
        return ()
    tags: list[str] = []
    for j, tag in enumerate(raw):
        if not TAG_PATTERN.match(tag):
            c.error(f"{label}: tag {show(tag)} must be 1-32 lowercase letters, digits or '-'"
                    f"{did_you_mean(tag, KNOWN_TAGS)}", *key, "tags", j)
            continue
        if tag not in KNOWN_TAGS:
            c.warn(f"{label}: {UNKNOWN_TAG} '{tag}'{did_you_mean(tag, KNOWN_TAGS)}",
                   *key, "tags", j)
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _check_when(c: Checker, item: dict[str, Any], label: str,
                key: tuple[str | int, ...]) -> tuple[str, ...] | None:
    choices = ", ".join(WHEN_VALUES)
    if "when" not in item:
        c.error(f'{label}: when is missing, e.g. when = ["between_calls"] (choose from '
                f"{choices})", *key)
        return None
    raw = item["when"]
    if isinstance(raw, str):
        shown = raw if raw in WHEN_VALUES else next(
            (m for m in WHEN_VALUES if did_you_mean(raw, (m,))), raw)
        c.error(f'{label}: when must be a list, e.g. when = ["{shown}"]', *key, "when")
        return None
    if not isinstance(raw, list) or not raw:
        c.error(f"{label}: when must be a non-empty list chosen from {choices}", *key, "when")
        return None
    values: list[str] = []
    ok = True
    for j, value in enumerate(raw):
        if value not in WHEN_VALUES:
            c.error(f"{label}: when value {show(value)} is not one of {choices}"
                    f"{did_you_mean(value, WHEN_VALUES)}", *key, "when", j)
            ok = False
        elif value not in values:
            values.append(value)
    return tuple(values) if ok else None


def tag_list_note(problems: list[Problem]) -> str | None:
    """``"Known tags: ..."`` once, when any problem is about an unknown tag (else None)."""
    if any(UNKNOWN_TAG in p.message for p in problems):
        return "Known tags: " + ", ".join(KNOWN_TAGS)
    return None


def check_deck_text(text: str, path: Path, *, origin: Origin = "folder") -> DeckCheck:
    """Validate deck TOML ``text`` as if read from ``path``; never raises for bad content."""
    try:
        doc = parse_toml_text(text, path, error_cls=DeckError)
    except DeckError as exc:
        return DeckCheck(path, None, [Problem(path, exc.line, exc.detail)])
    return check_deck_document(doc, origin=origin)


def check_deck_file(path: Path, *, origin: Origin = "folder") -> DeckCheck:
    """Read and validate one deck file; never raises for bad content."""
    try:
        doc = read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
    except DeckError as exc:
        return DeckCheck(path, None, [Problem(path, exc.line, exc.detail)])
    return check_deck_document(doc, origin=origin)


def load_deck_file(path: Path, *, origin: Origin = "folder") -> CueDeck:
    """One deck, or :class:`DeckError` naming the file, line and first error."""
    check = check_deck_file(path, origin=origin)
    error = first_error(check.problems)
    if error is not None or check.deck is None:
        raise error.to_error(DeckError) if error else DeckError("unusable deck", path=path)
    return check.deck


# -- drafts: a deck being edited (the deck editor) -----------------------------------------
def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    return [t for t in value if isinstance(t, dict)] if isinstance(value, list) else []


def _words(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    return tuple(_text(v) for v in value) if isinstance(value, list) else ()


def _draft_card(item: dict[str, Any], deck_id: str, line: int | None) -> CueCard:
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        weight = 1.0
    return CueCard(id=_text(item.get("id")), title=_text(item.get("title")),
                   body=_text(item.get("body")), tags=_words(item.get("tags")),
                   when=tuple(w for w in _words(item.get("when")) if w in WHEN_VALUES),
                   weight=min(MAX_WEIGHT, max(MIN_WEIGHT, float(weight))), deck_id=deck_id,
                   line=line)


def draft_from_document(doc: TomlDocument) -> tuple[CueDeck, list[str]]:
    """Whatever the file holds as a :class:`CueDeck`, even when it does not validate yet, so
    it can be edited; notes say what could not be kept as it was.

    Values of the wrong type become text (or their default); ``when`` values that are not
    moments are dropped. Card ``line`` is where each card's table starts in ``doc``.
    """
    data = doc.data
    meta = _table(data, "deck")
    notes: list[str] = []
    version = meta.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) \
            or not 1 <= version <= MAX_VERSION:
        notes.append(f"version {version!r} was not a whole number from 1 to {MAX_VERSION}; "
                     "it is set to 1")
        version = 1
    dropped = sorted({w for item in _tables(data, "cards") for w in _words(item.get("when"))}
                     - set(WHEN_VALUES))
    if dropped:
        notes.append(f"when values that are not moments were dropped: {', '.join(dropped)}")
    deck_id = _text(meta.get("id"))
    cards = tuple(_draft_card(item, deck_id, doc.lines.exact("cards", i))
                  for i, item in enumerate(_tables(data, "cards")))
    raw_support = _table(data, "support")
    support = (DeckSupport(_text(raw_support.get("body")),
                           _text(raw_support.get("title")) or DEFAULT_SUPPORT_TITLE)
               if raw_support else None)
    changelog = tuple(ChangelogEntry(e["version"], _text(e.get("changes")))
                      for e in _tables(data, "changelog")
                      if isinstance(e.get("version"), int)
                      and not isinstance(e.get("version"), bool))
    deck = CueDeck(deck_id, _text(meta.get("title")), version, cards, _text(meta.get("author")),
                   _text(meta.get("locale")) or "en", _text(meta.get("description")), support,
                   changelog, path=doc.path)
    return deck, notes


def new_card(existing_ids: set[str], deck_id: str = "") -> CueCard:
    """A fresh card with an unused id (its body is empty: the validator asks for one)."""
    n = 1
    while f"new-card-{n}" in existing_ids:
        n += 1
    return CueCard(id=f"new-card-{n}", title="New card", body="", deck_id=deck_id)


def copy_id(card_id: str, existing_ids: set[str]) -> str:
    """An unused id for a copy of ``card_id`` (``x-2``, ``x-3``, ...)."""
    n = 2
    while f"{card_id}-{n}"[:64] in existing_ids:
        n += 1
    return f"{card_id}-{n}"[:64]


def deck_to_toml(deck: CueDeck) -> str:
    """The deck as TOML text that :func:`check_deck_text` accepts."""
    from companion.content.deck_doc import render_deck

    return render_deck(deck)


def slugify(name: str) -> str:
    """A deck/card id from free text: lowercase, runs of other characters become '-'."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return slug[:64].strip("-")


def _wrapped(words: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in textwrap.wrap(words, 76))


#: The starter deck's example cards (one recovery card, two skills for between calls).
_TEMPLATE_CARDS = '''
[[cards]]
id = "hear-them-out"
title = "Let them finish"
body = "Let the customer say it all before you answer. Feeling heard comes first."
tags = ["empathy", "listening"]
when = ["between_calls"]

[[cards]]
id = "what-i-can-do"
title = "Lead with what you can do"
body = """
Swap "I can't" for the next step you can take. \\
People relax when they hear a way forward."""
tags = ["positive-language"]
when = ["between_calls"]
weight = 1.5

[[cards]]
id = "one-slow-breath"
title = "Three slow breaths"
body = "Breathe in for four, out for six, three times. About thirty seconds."
tags = ["recovery", "breathing"]
when = ["after_tense", "between_calls"]
'''


def deck_template(deck_id: str, title: str, author: str = "") -> str:
    """A commented starter deck that validates (for ``companion deck new``)."""
    if not ID_PATTERN.match(deck_id):
        raise DeckError(f"'{deck_id}' is not a usable deck id",
                        "use lowercase letters, digits and '-', e.g. team-north")
    safe_title = title.replace("\\", "").replace('"', "'")[:MAX_TITLE_CHARS]
    safe_author = author.replace("\\", "").replace('"', "'")[:MAX_AUTHOR_CHARS]
    tags = _wrapped(", ".join(KNOWN_TAGS), "#            ")
    steps = _wrapped("; ".join(f"{i}. {name} ({', '.join(tags)})"
                               for i, (name, tags) in enumerate(care.CARE_STEPS, 1)), "#   ")
    return f'''# Companion cue deck. Check it with:  companion deck validate {deck_id}.toml
# Try it:  companion deck try {deck_id}.toml    Format and limits: docs/decks.md.
# Cards are plain text (no HTML), shown between calls.

[deck]
# id: unique; lowercase letters, digits and '-'. Keep it when you publish a new version.
id = "{deck_id}"
# title: at most {MAX_TITLE_CHARS} characters.
title = "{safe_title}"
# version: a whole number. Raise it each time you hand out a new copy.
version = 1
author = "{safe_author}"
# locale: the language of the cards, e.g. "en", "en-GB", "fr".
locale = "en"

# Who agents can turn to after a hard call: your team lead, the employee assistance line.
# Shown on "this was a hard one" and when breathing did not help. Plain text.
[support]
body = "Your team lead, or a colleague you trust."

# What changed in each version you hand out (newest last).
[[changelog]]
version = 1
changes = "First version."

# One [[cards]] table per card:
#   id     unique in this deck (lowercase letters, digits, '-')
#   title  six words or fewer (at most {MAX_TITLE_CHARS} characters)
#   body   one to three short sentences, 40 words or fewer, plain text
#   when   one or more of: {", ".join(WHEN_VALUES)}
#   weight optional, {MIN_WEIGHT:g} to {MAX_WEIGHT:g} (default 1): how often it comes up
#   tags   optional, from:
{tags}
#
# After a tense call the agent comes first. after_tense cards must have the tag
# "recovery" and follow the order of care:
{steps}
# Skills for the next customer belong in between_calls or start_of_shift.
{_TEMPLATE_CARDS}'''
