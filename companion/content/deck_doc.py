"""Writing a deck as TOML while keeping the comments and layout of the file it came from.

Plain Python (tomlkit), no Qt; runs on the GUI thread (deck editor) or the CLI's thread.

:func:`render_deck` is the one way a :class:`~companion.content.decks.CueDeck` becomes TOML.
Given the text the deck was read from, it changes only what differs: comments (the template's
guidance and the author's own), key order, string styles (a multi-line body stays multi-line)
and keys it does not know are kept. Each card is matched to its table in that text by
:attr:`CueCard.line` (where the loader found it); new cards get new tables. A comment block
directly above a ``[[cards]]`` header belongs to that card and moves (or goes) with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Comment, Item, Table, Whitespace
from tomlkit.toml_document import TOMLDocument

from companion.content.decks import (
    DEFAULT_SUPPORT_TITLE,
    ChangelogEntry,
    CueCard,
    CueDeck,
    DeckSupport,
)
from companion.content.problems import DeckError
from companion.content.toml_io import LineMap
from companion.fileio import FileWriteError, atomic_write

_Body = list[tuple[Any, Item]]


def render_deck(deck: CueDeck, base: str | None = None) -> str:
    """``deck`` as TOML text; with ``base`` (the text it was read from), keep its comments,
    order and formatting and rewrite only what changed."""
    doc = tomlkit.parse(base) if base else tomlkit.document()
    _sync_meta(doc, deck)
    _sync_support(doc, deck.support)
    _sync_changelog(doc, deck.changelog)
    _sync_cards(doc, deck.cards, LineMap(base) if base else None)
    text = tomlkit.dumps(doc)
    if not base:
        text = text.lstrip("\n")
    return text if text.endswith("\n") else text + "\n"


def save_deck_text(path: Path, text: str) -> None:
    """Write deck ``text`` to ``path`` atomically.

    Uses :func:`companion.fileio.atomic_write`: a hidden temporary file in the same folder (so
    deck folders ignore it), fsynced, then renamed; the old file's permissions are kept.
    Raises :class:`DeckError` when it cannot be written; ``path`` is then unchanged and no
    temporary file is left behind.
    """
    try:
        atomic_write(path, text, what="deck")
    except FileWriteError as exc:
        raise DeckError(f"cannot save: {exc.reason}",
                        "choose a folder you can write to (File > Save as, Ctrl+Shift+S)",
                        path=path) from None


def card_lines(text: str, count: int) -> list[int | None]:
    """Line of each of the first ``count`` ``[[cards]]`` tables in ``text`` (to renew
    :attr:`CueCard.line` after a save)."""
    lines = LineMap(text)
    return [lines.exact("cards", i) for i in range(count)]


# -- values ------------------------------------------------------------------------------
def _value(text: str) -> Any:
    return tomlkit.string(text, multiline=True) if "\n" in text else text


def _kind(value: Any) -> str:
    """Values of one kind compare equal as TOML sees them (2 == 2.0, a list == a tuple)."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    return "list" if isinstance(value, list | tuple) else type(value).__name__


def _set(table: Table | TOMLDocument, key: str, value: Any) -> None:
    """Set ``key`` only when its value changes (so an unchanged value keeps its style)."""
    current = table.get(key)
    plain = current.unwrap() if isinstance(current, Item) else current
    if key in table and plain == value and _kind(plain) == _kind(value):
        return
    if isinstance(value, str):
        table[key] = _value(value)
    elif isinstance(value, list | tuple):
        table[key] = list(value)
    else:
        table[key] = value


def _set_optional(table: Table, key: str, value: Any, default: Any) -> None:
    """Set ``key``, or remove it when ``value`` is its default."""
    if value == default:
        if key in table:
            del table[key]
    else:
        _set(table, key, value)


def _child_table(doc: TOMLDocument, key: str) -> Table:
    table = doc.get(key)
    if isinstance(table, Table):
        return table
    if key in doc:
        del doc[key]
    new = tomlkit.table()
    _add_before_cards(doc, key, new)
    got = doc[key]
    assert isinstance(got, Table)
    return got


def _add_before_cards(doc: TOMLDocument, key: str, item: Item) -> None:
    """Add a top-level table before the cards (after them TOML would still be valid, but a
    person reading the file expects ``[support]`` near ``[deck]``)."""
    cards = doc.get("cards")
    if isinstance(cards, AoT):
        doc.remove("cards")
        doc.add(key, item)
        doc.add("cards", cards)
    else:
        doc.add(key, item)


# -- deck, support, changelog ------------------------------------------------------------
def _sync_meta(doc: TOMLDocument, deck: CueDeck) -> None:
    meta = _child_table(doc, "deck")
    _set(meta, "id", deck.id)
    _set(meta, "title", deck.title)
    _set(meta, "version", deck.version)
    _set_optional(meta, "author", deck.author, "")
    if deck.locale != "en" or "locale" in meta:
        _set(meta, "locale", deck.locale)
    _set_optional(meta, "description", deck.description, "")


def _sync_support(doc: TOMLDocument, support: DeckSupport | None) -> None:
    if support is None:
        if "support" in doc:
            del doc["support"]
        return
    table = _child_table(doc, "support")
    _set_optional(table, "title", support.title, DEFAULT_SUPPORT_TITLE)
    _set(table, "body", support.body)


def _sync_changelog(doc: TOMLDocument, entries: tuple[ChangelogEntry, ...]) -> None:
    old = doc.get("changelog")
    by_version = {t.get("version"): t for t in old} if isinstance(old, AoT) else {}
    if not entries:
        if "changelog" in doc:
            del doc["changelog"]
        return
    tables = []
    for entry in entries:
        table = by_version.get(entry.version) or tomlkit.table()
        _set(table, "version", entry.version)
        _set(table, "changes", entry.changes)
        tables.append(table)
    aot = AoT(tables, parsed=True)
    if isinstance(old, AoT):
        doc["changelog"] = aot
    else:
        if "changelog" in doc:
            del doc["changelog"]
        _add_before_cards(doc, "changelog", aot)


# -- cards -------------------------------------------------------------------------------
def _sync_card(table: Table, card: CueCard) -> None:
    _set(table, "id", card.id)
    _set(table, "title", card.title)
    _set(table, "body", card.body)
    _set_optional(table, "tags", list(card.tags), [])
    _set(table, "when", list(card.when))
    _set_optional(table, "weight", round(card.weight, 2), 1.0)


def _is_blank(item: Item) -> bool:
    return isinstance(item, Whitespace) and "\n" in item.as_string()


def _split_trailer(table: Table) -> tuple[_Body, _Body]:
    """Remove the comments and blank lines after the table's last key; return them as
    (those that stay: up to the last blank line; those directly above the next header)."""
    body: _Body = table.value.body
    cut = len(body)
    while cut > 0 and body[cut - 1][0] is None \
            and isinstance(body[cut - 1][1], Comment | Whitespace):
        cut -= 1
    trailer = body[cut:]
    del body[cut:]
    last_blank = max((i for i, (_, item) in enumerate(trailer) if _is_blank(item)), default=-1)
    return trailer[:last_blank + 1], trailer[last_blank + 1:]


def _take_lead(table: Table) -> _Body:
    """Remove and return the comment block directly above the next header (see
    :func:`_split_trailer`), leaving the rest of the table as it was."""
    stay, lead = _split_trailer(table)
    _append(table, stay)
    return lead


def _table_before_cards(doc: TOMLDocument) -> Table | None:
    """The table whose end comes right before the first ``[[cards]]`` header (comments there
    are stored at its end), or None."""
    body = doc.body
    index = next((i for i, (key, _) in enumerate(body)
                  if key is not None and key.key == "cards"), None)
    if not index:
        return None
    item = body[index - 1][1]
    if isinstance(item, AoT) and item.body:
        return item.body[-1]
    return item if isinstance(item, Table) else None


def _append(table: Table, items: Iterable[tuple[Any, Item]]) -> None:
    table.value.body.extend(items)


def _ends_blank(table: Table) -> bool:
    body: _Body = table.value.body
    return bool(body) and body[-1][0] is None and _is_blank(body[-1][1])


@dataclass
class _CardTables:
    """The ``[[cards]]`` tables of the base text, with their comment blocks taken off.

    ``leads[i]``: the comments directly above card ``i``'s header; ``stays[i]``: those after
    its last key that belong to it; ``tail``: the comments after the last card (the end of
    the file); ``before``: the table whose end precedes the first card header.
    """

    tables: list[Table] = field(default_factory=list)
    by_line: dict[int, int] = field(default_factory=dict)
    leads: list[_Body] = field(default_factory=list)
    stays: list[_Body] = field(default_factory=list)
    tail: _Body = field(default_factory=list)
    before: Table | None = None


def _card_tables(doc: TOMLDocument, lines: LineMap | None) -> _CardTables:
    old = doc.get("cards")
    found = _CardTables(tables=list(old) if isinstance(old, AoT) else [])
    for i in range(len(found.tables) if lines is not None else 0):
        line = lines.exact("cards", i) if lines is not None else None
        if line is not None:
            found.by_line[line] = i
    found.before = _table_before_cards(doc)
    found.leads.append(_take_lead(found.before) if found.before is not None else [])
    for i, table in enumerate(found.tables):
        stay, lead = _split_trailer(table)
        found.stays.append(stay)
        if i == len(found.tables) - 1:
            found.tail = lead
        else:
            found.leads.append(lead)
    return found


def _match(cards: tuple[CueCard, ...], found: _CardTables) -> list[tuple[Table, _Body, _Body]]:
    """For each card: its table (the original one found by line, else a new one), the
    comment block above it and the comments that stay at its end."""
    out: list[tuple[Table, _Body, _Body]] = []
    used: set[int] = set()
    for card in cards:
        index = found.by_line.get(card.line) if card.line is not None else None
        if index is None or index in used:
            out.append((tomlkit.table(), [], []))
            continue
        used.add(index)
        out.append((found.tables[index], found.leads[index], found.stays[index]))
    return out


def _sync_cards(doc: TOMLDocument, cards: tuple[CueCard, ...], lines: LineMap | None) -> None:
    found = _card_tables(doc, lines)
    if not cards:
        if "cards" in doc:
            del doc["cards"]
        for _, item in found.tail:
            doc.append(None, item)
        return
    out = _match(cards, found)
    first_lead = out[0][1]
    if first_lead:      # the comment block above the first card
        if found.before is not None:
            _append(found.before, first_lead)
        else:
            _prepend(out[0][0], first_lead)
    for k, (card, (table, _, stay)) in enumerate(zip(cards, out, strict=True)):
        _sync_card(table, card)
        _append(table, stay)
        if k + 1 < len(out):
            if not _ends_blank(table):
                _append(table, [(None, tomlkit.ws("\n"))])
            _append(table, out[k + 1][1])
        else:
            _end_with(table, found.tail)
    aot = AoT([table for table, _, _ in out], parsed=True)
    if "cards" in doc and isinstance(doc.get("cards"), AoT):
        doc["cards"] = aot
    else:
        if "cards" in doc:
            del doc["cards"]
        doc.add("cards", aot)


def _prepend(table: Table, items: _Body) -> None:
    container: Container = table.value
    container.body[0:0] = items


def _end_with(table: Table, tail: _Body) -> None:
    """Finish the last card: no blank lines at its end, then the file's closing comments."""
    body: _Body = table.value.body
    while body and body[-1][0] is None and _is_blank(body[-1][1]):
        body.pop()
    if tail:
        _append(table, [(None, tomlkit.ws("\n")), *tail])
