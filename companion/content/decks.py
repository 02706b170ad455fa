"""Cue decks: the card and deck models, the deck file format and its validation.

Plain Python, no Qt. Runs on the GUI thread (app, deck editor) or the main thread (CLI).

A deck is one UTF-8 TOML file (at most 256 KiB)::

    [deck]
    id = "team-north"            # [a-z0-9-]{1,64}
    title = "North team cues"    # at most 80 characters
    version = 3                  # a whole number; raise it each time you publish
    author = "Sam (team lead)"   # optional
    locale = "en-GB"             # optional, default "en"

    [[cards]]
    id = "hear-them-out"
    title = "Let them finish"
    body = "Let the customer finish before you answer. Being heard comes first."
    tags = ["empathy", "listening"]
    when = ["between_calls", "after_tense"]
    weight = 1.5                 # optional, 0.1-10, default 1

Validation collects every problem with the file and line it is on (see
:mod:`companion.content.toml_io`); a file with any error is not used, warnings are advisory.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from companion.content.problems import DeckError, Problem, first_error
from companion.content.sources import Origin
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

#: The documented tag vocabulary (other well-formed tags only give a warning).
KNOWN_TAGS: dict[str, str] = {
    "anger": "understanding anger (often disappointed expectations)",
    "apology": "apologising well and briefly",
    "positive-language": "saying what you can do",
    "empathy": "empathy; the customer feeling seen and heard",
    "listening": "listening fully before answering",
    "de-escalation": "lowering the heat of a conversation",
    "recovery": "recovering after a hard call",
    "trust": "building trust; doing what you said",
    "accountability": "owning the problem, kindly",
    "time": "respecting the customer's time",
    "teamwork": "the customer (and colleagues) as teammates",
    "self-care": "looking after yourself",
    "intention": "start-of-shift intentions",
    "breathing": "slow breathing to steady yourself",
    "boundaries": "staying respectful when a caller is abusive",
    "gratitude": "thanks and appreciation",
    "kindness": "warmth and small kindnesses",
    "tone": "voice, pace and tone",
    "clarity": "clear, simple explanations",
    "perspective": "keeping a hard moment in proportion",
    "patience": "staying steady while things take time",
}

MAX_DECK_BYTES = 256 * 1024
MAX_CARDS = 500
MAX_TITLE_CHARS = 80
MAX_BODY_CHARS = 600
MAX_AUTHOR_CHARS = 80
MAX_DESCRIPTION_CHARS = 400
MAX_TAGS = 12
MIN_WEIGHT = 0.1
MAX_WEIGHT = 10.0
MAX_VERSION = 1_000_000
ID_PATTERN = re.compile(r"^[a-z0-9-]{1,64}$")
TAG_PATTERN = re.compile(r"^[a-z0-9-]{1,32}$")
LOCALE_PATTERN = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
#: Something that looks like an HTML/XML tag or entity.
MARKUP_PATTERN = re.compile(r"<\s*/?\s*[A-Za-z][^<>]*>|&[A-Za-z]+;|&#\d+;")

TOP_KEYS = ("deck", "cards")
DECK_KEYS = ("id", "title", "version", "author", "locale", "description")
CARD_KEYS = ("id", "title", "body", "tags", "when", "weight")


@dataclass(frozen=True)
class CueCard:
    """One cue card: a short title and a plain-text body of one to three sentences.

    ``deck_id`` and ``line`` are filled in by the loader; :attr:`key` (``deck/card``) is
    unique across a library and is what pins, hides and the store refer to.
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


@dataclass(frozen=True)
class CueDeck:
    """A validated deck of cards.

    Attributes
    ----------
    id, title, version, author, locale, description
        From the ``[deck]`` table (``version`` is a whole number; higher replaces lower).
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
    path: Path | None = field(default=None, compare=False)
    origin: Origin = field(default="folder", compare=False)
    line: int | None = field(default=None, compare=False)

    def card(self, card_id: str) -> CueCard | None:
        """The card with ``card_id`` or None."""
        return next((c for c in self.cards if c.id == card_id), None)


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
    cards = _check_cards(c, data, meta[0] if meta else "")
    deck = None
    if c.ok and meta is not None and cards is not None:
        deck_id, title, version, author, locale, description = meta
        deck = CueDeck(deck_id, title, version, tuple(cards), author, locale, description,
                       path=doc.path, origin=origin, line=doc.line_of("deck", "version"))
    return DeckCheck(doc.path, deck, c.problems)


def _check_meta(c: Checker, data: dict[str, Any]
                ) -> tuple[str, str, int, str, str, str] | None:
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
    locale = "en"
    if "locale" in meta:
        value = meta["locale"]
        if not isinstance(value, str) or not LOCALE_PATTERN.match(value):
            c.error(f"deck.locale must be a language tag like 'en' or 'en-GB', not "
                    f"{show(value)}", "deck", "locale")
        else:
            locale = value
    version: int | None = None
    if "version" not in meta:
        c.error("deck.version is missing: add version = 1 (raise it each time you publish)",
                "deck")
    else:
        value = meta["version"]
        if isinstance(value, bool) or not isinstance(value, int):
            c.error(f"deck.version must be a whole number like 3 (raise it each time you "
                    f"publish), not {show(value)}", "deck", "version")
        elif not 1 <= value <= MAX_VERSION:
            c.error(f"deck.version must be between 1 and {MAX_VERSION}, not {value}",
                    "deck", "version")
        else:
            version = value
    if deck_id is None or title is None or version is None:
        return None
    return deck_id, title, version, author, locale, description


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


def _check_cards(c: Checker, data: dict[str, Any], deck_id: str) -> list[CueCard] | None:
    example = '[[cards]] tables with id, title, body and when = ["between_calls"]'
    if "cards" not in data:
        meta = data.get("deck")
        if isinstance(meta, dict) and "cards" in meta:
            c.error("cards ended up inside [deck]: write each card as a [[cards]] table after "
                    "the [deck] keys (not [deck.cards])", "deck", "cards")
        else:
            c.error(f"the deck has no cards: add {example}")
        return None
    raw = data["cards"]
    if not isinstance(raw, list) or not all(isinstance(card, dict) for card in raw):
        c.error(f"cards must be {example}", "cards")
        return None
    if not raw:
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


def _check_card(c: Checker, item: dict[str, Any], i: int, deck_id: str) -> CueCard | None:
    key = ("cards", i)
    label = _card_label(item, i)
    errors_before = len([p for p in c.problems if p.is_error])
    c.unknown_keys(item, CARD_KEYS, f"{label}: ", key)
    card_id = _check_id(c, item, f"{label}: id", key)
    title = c.text(item, "title", f"{label}: title", key, max_len=MAX_TITLE_CHARS)
    body = c.text(item, "body", f"{label}: body", key, max_len=MAX_BODY_CHARS, multiline=True)
    markup = MARKUP_PATTERN.search(body) if body else None
    if markup:
        c.warn(f"{label}: body looks like HTML markup ({markup.group(0)!r});"
               " cards are shown as plain text, so it would appear as typed", *key, "body")
    tags = _check_tags(c, item, label, key)
    when = _check_when(c, item, label, key)
    weight = 1.0
    if "weight" in item:
        value = c.number(item, "weight", f"{label}: weight", key, low=MIN_WEIGHT,
                         high=MAX_WEIGHT)
        weight = 1.0 if value is None else value
    if len([p for p in c.problems if p.is_error]) > errors_before \
            or card_id is None or title is None or body is None or when is None:
        return None
    return CueCard(card_id, title, body, tags, when, weight, deck_id,
                   c.doc.lines.exact(*key) or c.doc.line_of(*key, "id"))


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
            c.error(f"{label}: tag {show(tag)} must be 1-32 lowercase letters, digits or '-'",
                    *key, "tags", j)
            continue
        if tag not in KNOWN_TAGS:
            c.warn(f"{label}: unknown tag '{tag}' (known tags: {', '.join(KNOWN_TAGS)})",
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
        c.error(f'{label}: when must be a list, e.g. when = ["{raw}"]', *key, "when")
        return None
    if not isinstance(raw, list) or not raw:
        c.error(f"{label}: when must be a non-empty list chosen from {choices}", *key, "when")
        return None
    values: list[str] = []
    ok = True
    for j, value in enumerate(raw):
        if value not in WHEN_VALUES:
            c.error(f"{label}: when value {show(value)} is not one of {choices}",
                    *key, "when", j)
            ok = False
        elif value not in values:
            values.append(value)
    return tuple(values) if ok else None


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


def deck_to_dict(deck: CueDeck) -> dict[str, Any]:
    """The deck as plain data in the file format (for tomli-w, the deck editor)."""
    meta: dict[str, Any] = {"id": deck.id, "title": deck.title, "version": deck.version}
    if deck.author:
        meta["author"] = deck.author
    meta["locale"] = deck.locale
    if deck.description:
        meta["description"] = deck.description
    cards = []
    for card in deck.cards:
        entry: dict[str, Any] = {"id": card.id, "title": card.title, "body": card.body,
                                 "tags": list(card.tags), "when": list(card.when)}
        if card.weight != 1.0:
            entry["weight"] = card.weight
        cards.append(entry)
    return {"deck": meta, "cards": cards}


def deck_to_toml(deck: CueDeck) -> str:
    """The deck as TOML text that :func:`check_deck_text` accepts."""
    import tomli_w

    return tomli_w.dumps(deck_to_dict(deck), multiline_strings=True)


def slugify(name: str) -> str:
    """A deck/card id from free text: lowercase, runs of other characters become '-'."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.strip().lower()).strip("-")
    return slug[:64].strip("-")


def deck_template(deck_id: str, title: str, author: str = "") -> str:
    """A commented starter deck that validates (for ``companion deck new``)."""
    if not ID_PATTERN.match(deck_id):
        raise DeckError(f"'{deck_id}' is not a usable deck id",
                        "use lowercase letters, digits and '-', e.g. team-north")
    safe_title = title.replace("\\", "").replace('"', "'")[:MAX_TITLE_CHARS]
    safe_author = author.replace("\\", "").replace('"', "'")[:MAX_AUTHOR_CHARS]
    tags = "\n".join("#            " + line for line in textwrap.wrap(", ".join(KNOWN_TAGS), 76))
    return f'''# Companion cue deck. Check it with:  companion deck validate {deck_id}.toml
# Format and limits: docs/decks.md. Cards are plain text (no HTML), shown between calls.

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

# One [[cards]] table per card:
#   id     unique in this deck (lowercase letters, digits, '-')
#   title  a few words, at most {MAX_TITLE_CHARS} characters
#   body   one to three short sentences, at most {MAX_BODY_CHARS} characters, plain text
#   when   one or more of: {", ".join(WHEN_VALUES)}
#   weight optional, {MIN_WEIGHT:g} to {MAX_WEIGHT:g} (default 1): how often it comes up
#   tags   optional, from:
{tags}

[[cards]]
id = "hear-them-out"
title = "Let them finish"
body = "Let the customer say it all before you answer. Feeling heard comes first."
tags = ["empathy", "listening"]
when = ["between_calls", "after_tense"]

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
title = "One slow breath"
body = "Before the next call, breathe out slowly, longer than you breathe in."
tags = ["breathing", "recovery"]
when = ["after_tense", "start_of_shift"]
'''
