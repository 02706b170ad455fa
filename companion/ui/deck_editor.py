"""``companion deck edit``: a Qt editor for cue decks, usable with the keyboard alone.

Runs on the GUI thread of its own process (the CLI's ``deck edit`` starts a ``QApplication``).

The window has the deck's own fields at the top (with its support contact and what changed in
this version), the card list on the left, the selected card's fields in the middle and, on
the right, a live preview drawn by the same function as the agent's card window
(:func:`companion.ui.card_view.render_card`) plus the problems the deck validator finds (the
same checks as ``companion deck validate``), updated as you type. *Try* shows the deck in the
real card window without installing it (:mod:`companion.ui.deck_try`).

What is edited is the one typed deck model, :class:`~companion.content.decks.CueDeck`
(:func:`~companion.content.decks.draft_from_document` reads a file that does not validate
yet). Saving goes through :func:`~companion.content.deck_doc.render_deck` with the text the
file had, so the template's guidance comments, the author's own comments, the layout and keys
Companion does not know are kept; only what changed is rewritten. Saving is atomic: a
temporary file in the same folder, flushed to disk and renamed over the old file, so the
app's deck watcher never sees half a file. A deck with errors is not saved.

Keys: ``Ctrl+S`` save, ``Ctrl+Shift+S`` save as, ``Ctrl+O`` open, ``Ctrl+N`` new card,
``Ctrl+D`` duplicate card, ``Ctrl+Delete`` delete card, ``Alt+Up``/``Alt+Down`` move the card,
``Ctrl+L`` card list, ``F8`` problems, ``Ctrl+T`` try; ``Alt`` + the underlined letter jumps to
a field.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.content.deck_doc import card_lines, render_deck, save_deck_text
from companion.content.decks import (
    DEFAULT_SUPPORT_TITLE,
    KNOWN_TAGS,
    MAX_BODY_CHARS,
    MAX_DECK_BYTES,
    MAX_VERSION,
    MAX_WEIGHT,
    MIN_WEIGHT,
    WHEN_VALUES,
    ChangelogEntry,
    CueCard,
    CueDeck,
    DeckSupport,
    check_deck_text,
    copy_id,
    deck_template,
    draft_from_document,
    new_card,
    slugify,
)
from companion.content.problems import DeckError, Problem
from companion.content.support import shows_support, support_for
from companion.content.toml_io import TomlDocument, parse_toml_text, read_toml_file
from companion.errors import CompanionError
from companion.ui.card_view import CardFace, render_card
from companion.ui.i18n import Tr, noop, number, shown
from companion.ui.theme import error_color

_tr = Tr("DeckEditor")

#: Milliseconds after the last keystroke before the deck is validated again.
VALIDATE_DELAY_MS = 200

# Texts of these tables are translated where the widgets are made.
_WHEN_MNEMONICS = {"after_tense": noop("DeckEditor", "Afte&r a tense call"),
                   "between_calls": noop("DeckEditor", "Bet&ween calls"),
                   "start_of_shift": noop("DeckEditor", "Start of s&hift")}
#: Deck text fields: (key, label with mnemonic, grid row, grid column, column span).
_DECK_FIELDS = (("id", noop("DeckEditor", "Deck &id"), 0, 0, 1),
                ("title", noop("DeckEditor", "Deck titl&e"), 0, 2, 1),
                ("author", noop("DeckEditor", "A&uthor"), 1, 0, 1),
                ("locale", noop("DeckEditor", "&Locale"), 1, 2, 1),
                ("description", noop("DeckEditor", "Descri&ption"), 2, 0, 5),
                ("support", noop("DeckEditor", "Supp&ort contact"), 3, 0, 5),
                ("changes", noop("DeckEditor", "Su&mmary of changes"), 4, 0, 5))
_DECK_TIPS = {
    "support": noop("DeckEditor",
                    "Who agents can turn to after a hard call (team lead, staff support line). "
                    "Shown on the 'this was a hard one' card and when breathing did not help."),
    "changes": noop("DeckEditor",
                    "What changed in this version, for IT and agents (the changelog entry for "
                    "the version number above)"),
}
#: A problem's severity as shown in the lists.
_SEVERITY = {"error": noop("DeckEditor", "error"), "warning": noop("DeckEditor", "warning")}


def severity_text(problem: Problem) -> str:
    """``error`` or ``warning``, translated."""
    return _tr(_SEVERITY.get(problem.severity, problem.severity))


def _card_index(line: int | None, headers: list[int | None]) -> int | None:
    """Index of the card whose table contains ``line`` (None: outside every card)."""
    if line is None:
        return None
    before = [i for i, start in enumerate(headers) if start is not None and start <= line]
    return before[-1] if before else None


def _open_notes(doc: TomlDocument, notes: list[str]) -> list[str]:
    """What the editor says about a file it opened (what is kept, what was changed)."""
    from companion.content.decks import CARD_KEYS, DECK_KEYS, TOP_KEYS

    data = doc.data
    unknown = set(data) - set(TOP_KEYS)
    if isinstance(data.get("deck"), dict):
        unknown |= set(data["deck"]) - set(DECK_KEYS)
    for item in data.get("cards", []) if isinstance(data.get("cards"), list) else []:
        if isinstance(item, dict):
            unknown |= set(item) - set(CARD_KEYS)
    comments = any(line.lstrip().startswith("#") for line in doc.text.splitlines())
    keys = ", ".join(sorted(unknown))
    if comments and unknown:
        notes = [*notes, _tr("its comments and keys Companion does not use (%1) are kept when "
                             "you save", keys)]
    elif comments:
        notes = [*notes, _tr("its comments are kept when you save")]
    elif unknown:
        notes = [*notes, _tr("keys Companion does not use (%1) are kept when you save", keys)]
    return notes


# -- window -------------------------------------------------------------------------------
class DeckEditor(QMainWindow):
    """The deck editor window.

    Parameters
    ----------
    path
        The deck file (None: a new deck, saved with "Save as"). A path that does not exist
        yet starts a new deck to be saved there.
    confirm
        ``confirm(question) -> "save" | "discard" | "cancel"`` when closing with unsaved
        changes (a message box by default; tests inject one).
    choose_path
        ``choose_path(suggested) -> Path | None`` for "Save as" (a file dialog by default).

    Attributes: ``deck`` (the :class:`CueDeck` being edited), ``base_text`` (the file's text
    when it was opened or last saved; comments are kept from it), ``path``, ``problems``.
    Signals: ``saved(Path)`` after each save; ``validated(list)`` with the current problems.
    """

    saved = Signal(object)
    validated = Signal(list)

    def __init__(self, path: Path | None = None, *,
                 confirm: Callable[[str], str] | None = None,
                 choose_path: Callable[[Path | None], Path | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckEditor")
        self.path: Path | None = None
        self.deck = CueDeck("", "", 1, ())
        self.base_text: str | None = None
        self.problems: list[Problem] = []
        self.card_problems: dict[int, list[Problem]] = {}
        self.modified = False
        self.try_window: QWidget | None = None
        self._loading = False
        self._current = -1
        self._confirm = confirm or self._ask
        self._choose_path = choose_path or self._dialog_path
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        self._build()
        if path is not None and Path(path).exists():
            self.open_path(Path(path))
        else:
            self.new_deck(Path(path) if path is not None else None)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget(self)
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(10)
        outer.addWidget(self._build_deck_box(central))
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addLayout(self._build_card_list(central), 0)
        body.addWidget(self._build_card_form(central), 1)
        body.addWidget(self._build_preview(central), 0)
        outer.addLayout(body, 1)
        outer.addLayout(self._build_bottom(central))
        self._bind_shortcuts()
        self.resize(1180, 760)

    def _build_deck_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(_tr("Deck"), parent)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        self.deck_fields: dict[str, QLineEdit] = {}
        for key, label, row, col, span in _DECK_FIELDS:
            edit = QLineEdit(box)
            edit.setObjectName(f"deck_{key}")
            edit.setToolTip(_tr(_DECK_TIPS[key]) if key in _DECK_TIPS else "")
            caption = QLabel(_tr(label), box)
            caption.setBuddy(edit)
            self.deck_fields[key] = edit
            grid.addWidget(caption, row, col)
            grid.addWidget(edit, row, col + 1, 1, span)
            edit.textEdited.connect(lambda text, k=key: self._deck_edited(k, text))
        self.deck_fields["support"].setPlaceholderText(
            _tr("e.g. Team lead: ext. 2040. Staff support line (free, private): 0800 …"))
        self.version = QSpinBox(box)
        self.version.setObjectName("deck_version")
        self.version.setRange(1, MAX_VERSION)
        self.version.setToolTip(_tr("Raise it each time you hand out a new copy"))
        version_label = QLabel(_tr("&Version"), box)
        version_label.setBuddy(self.version)
        grid.addWidget(version_label, 0, 4)
        grid.addWidget(self.version, 0, 5)
        self.version.valueChanged.connect(lambda v: self._deck_edited("version", int(v)))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        return box

    def _build_card_list(self, parent: QWidget) -> QVBoxLayout:
        left = QVBoxLayout()
        list_label = QLabel(_tr("&Cards"), parent)
        self.card_list = QListWidget(parent)
        self.card_list.setObjectName("cardList")
        self.card_list.setMinimumWidth(230)
        list_label.setBuddy(self.card_list)
        self.card_list.currentRowChanged.connect(self._select_row)
        left.addWidget(list_label)
        left.addWidget(self.card_list, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton(_tr("&New card"), parent)
        self.dup_button = QPushButton(_tr("Duplicate"), parent)
        self.delete_button = QPushButton(_tr("Delete"), parent)
        self.up_button = QPushButton(_tr("Move up"), parent)
        self.down_button = QPushButton(_tr("Move down"), parent)
        for i, (button, tip, slot) in enumerate((
                (self.add_button, "Ctrl+N", self.add_card),
                (self.dup_button, "Ctrl+D", self.duplicate_card),
                (self.delete_button, "Ctrl+Delete", self.delete_card),
                (self.up_button, "Alt+Up", lambda: self.move_card(-1)),
                (self.down_button, "Alt+Down", lambda: self.move_card(+1)))):
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button, i // 2, i % 2)
        left.addLayout(buttons)
        return left

    def _build_card_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(_tr("Card"), parent)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.card_id = QLineEdit(box)
        self.card_title = QLineEdit(box)
        self.card_body = QPlainTextEdit(box)
        self.card_body.setTabChangesFocus(True)
        self.card_body.setMinimumHeight(110)
        self.body_count = QLabel(box)
        self.card_tags = QLineEdit(box)
        self.card_tags.setPlaceholderText(_tr("e.g. recovery, breathing"))
        self.card_tags.setToolTip(_tr("Separate tags with commas. Known tags: %1",
                                      ", ".join(KNOWN_TAGS)))
        self.card_weight = QDoubleSpinBox(box)
        self.card_weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.card_weight.setSingleStep(0.5)
        self.card_weight.setDecimals(1)
        self.card_weight.setValue(1.0)
        self.card_weight.setToolTip(
            _tr("How often the card comes up (1 = normal, 2 = twice as often)"))
        self.card_errors = QLabel(box)
        self.card_errors.setTextFormat(Qt.TextFormat.PlainText)
        self.card_errors.setWordWrap(True)
        self.card_errors.setStyleSheet(f"color: {error_color()};")   # AA in both modes
        for widget, name in ((self.card_id, "card_id"), (self.card_title, "card_title"),
                             (self.card_body, "card_body"), (self.body_count, "bodyCount"),
                             (self.card_tags, "card_tags"), (self.card_weight, "card_weight"),
                             (self.card_errors, "cardErrors")):
            widget.setObjectName(name)
        for label, widget in ((_tr("Card i&d"), self.card_id), (_tr("&Title"), self.card_title),
                              (_tr("&Body"), self.card_body)):
            self._form_row(form, label, widget)
        form.addRow("", self.body_count)
        self._form_row(form, _tr("T&ags"), self.card_tags)
        form.addRow(_tr("When"), self._build_when_row(box))
        self._form_row(form, _tr("Wei&ght"), self.card_weight)
        form.addRow(self.card_errors)
        for line in (self.card_id, self.card_title, self.card_tags):
            line.textEdited.connect(self._card_edited)
        self.card_body.textChanged.connect(self._card_edited)
        self.card_weight.valueChanged.connect(self._card_edited)
        return box

    @staticmethod
    def _form_row(form: QFormLayout, label: str, widget: QWidget) -> None:
        caption = QLabel(label, widget.parentWidget())
        caption.setBuddy(widget)
        form.addRow(caption, widget)

    def _build_when_row(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.when_boxes: dict[str, QCheckBox] = {}
        for moment in WHEN_VALUES:
            box = QCheckBox(_tr(_WHEN_MNEMONICS[moment]), parent)
            box.setObjectName(f"when_{moment}")
            box.toggled.connect(self._card_edited)
            self.when_boxes[moment] = box
            row.addWidget(box)
        self.when_boxes["after_tense"].setToolTip(
            _tr("After a tense call the agent comes first: such a card needs the tag "
                "'recovery'"))
        row.addStretch(1)
        return row

    def _build_preview(self, parent: QWidget) -> QWidget:
        right = QVBoxLayout()
        right.addWidget(QLabel(_tr("Preview: the card as agents see it"), parent))
        self.preview = CardFace(interactive=False, parent=parent)
        self.preview.setObjectName("cardFace")
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        problems_label = QLabel(_tr("Problems (F8)"), parent)
        self.problem_list = QListWidget(parent)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setMinimumHeight(120)
        self.problem_list.setWordWrap(True)
        problems_label.setBuddy(self.problem_list)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        right.addWidget(problems_label)
        right.addWidget(self.problem_list, 1)
        box = QWidget(parent)
        box.setLayout(right)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # card wide
        return box

    def _build_bottom(self, parent: QWidget) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.status = QLabel(parent)
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.try_button = QPushButton(_tr("Tr&y in the card window"), parent)
        self.try_button.setObjectName("tryButton")
        self.try_button.setToolTip(_tr("Show these cards in the agents' card window; nothing is "
                                       "installed or saved (Ctrl+T)"))
        self.save_button = QPushButton(_tr("&Save"), parent)
        self.save_button.setToolTip(_tr("Ctrl+S"))
        for button, slot in ((self.try_button, self.try_deck), (self.save_button, self.save)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.try_button)
        bottom.addWidget(self.save_button)
        return bottom

    def _bind_shortcuts(self) -> None:
        for keys, slot in (
                (QKeySequence.StandardKey.Save, self.save),
                (QKeySequence.StandardKey.SaveAs, self.save_as),
                (QKeySequence.StandardKey.Open, self.open_dialog),
                ("Ctrl+N", self.add_card), ("Ctrl+D", self.duplicate_card),
                ("Ctrl+Delete", self.delete_card), ("Ctrl+T", self.try_deck),
                ("Alt+Up", lambda: self.move_card(-1)), ("Alt+Down", lambda: self.move_card(+1)),
                ("Ctrl+L", self.card_list.setFocus), ("F8", self.problem_list.setFocus)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- loading -------------------------------------------------------------------------
    def new_deck(self, path: Path | None = None) -> None:
        """Start from the starter deck (saved to ``path``, or asked for on save); its
        guidance comments are kept when it is saved."""
        deck_id = slugify(path.stem) if path is not None else "my-deck"
        deck_id = deck_id or "my-deck"
        title = deck_id.replace("-", " ").capitalize()
        doc = parse_toml_text(deck_template(deck_id, title), path or Path(f"{deck_id}.toml"),
                              error_cls=DeckError)
        deck, _ = draft_from_document(doc)
        self._load(deck, doc.text, path)
        self.modified = path is not None
        self._update_title()
        self.set_status(_tr("A new deck with three example cards. Change them, then save "
                            "(Ctrl+S)."))

    def open_path(self, path: Path) -> None:
        """Open ``path``. Raises :class:`DeckError` (one line with file and line) when it is
        not a readable TOML file; a deck that parses but has errors opens with its problems
        listed."""
        doc = read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
        deck, notes = draft_from_document(doc)
        self._load(deck, doc.text, path)
        notes = _open_notes(doc, notes)
        self.set_status(_tr("Opened %1. Note: %2.", path, "; ".join(notes)) if notes
                        else _tr("Opened %1.", path))

    def _load(self, deck: CueDeck, base_text: str | None, path: Path | None) -> None:
        self._loading = True
        try:
            self.path = path
            self.deck = deck
            self.base_text = base_text
            self._show_deck_fields()
            self._current = -1
            self._refill_list()
        finally:
            self._loading = False
        self.modified = False
        self.card_list.setCurrentRow(0 if deck.cards else -1)
        if not deck.cards:
            self._show_card_fields()
        self.validate_now()
        self._update_title()

    def _show_deck_fields(self) -> None:
        deck = self.deck
        values = {"id": deck.id, "title": deck.title, "author": deck.author,
                  "locale": deck.locale, "description": deck.description,
                  "support": deck.support.body if deck.support else "",
                  "changes": deck.changes_in(deck.version)}
        for key, edit in self.deck_fields.items():
            edit.setText(values[key])
        self.version.setValue(deck.version)

    def _refill_list(self) -> None:
        self.card_list.clear()
        for i in range(len(self.deck.cards)):
            self.card_list.addItem(QListWidgetItem(self._item_text(i)))

    # -- editing -------------------------------------------------------------------------
    @property
    def cards(self) -> list[CueCard]:
        """The cards being edited, in order."""
        return list(self.deck.cards)

    def _set_cards(self, cards: list[CueCard]) -> None:
        self.deck = dataclasses.replace(self.deck, cards=tuple(cards))

    def _deck_edited(self, key: str, value: Any) -> None:
        if self._loading:
            return
        deck = self.deck
        if key == "support":
            title = deck.support.title if deck.support else DEFAULT_SUPPORT_TITLE
            self.deck = dataclasses.replace(
                deck, support=DeckSupport(value, title) if value.strip() else None)
        elif key == "changes":
            entries = [e for e in deck.changelog if e.version != deck.version]
            if value.strip():
                entries.append(ChangelogEntry(deck.version, value))
            self.deck = dataclasses.replace(deck, changelog=tuple(
                sorted(entries, key=lambda e: e.version)))
        else:
            self.deck = dataclasses.replace(deck, **{key: value})
            if key == "version":
                self.deck_fields["changes"].setText(self.deck.changes_in(int(value)))
        self._changed()

    def _select_row(self, row: int) -> None:
        self._current = row
        self._show_card_fields()

    def _show_card_fields(self) -> None:
        self._loading = True
        try:
            card = self.current_card()
            for widget in (self.card_id, self.card_title, self.card_body, self.card_tags,
                           self.card_weight, *self.when_boxes.values(), self.dup_button,
                           self.delete_button, self.up_button, self.down_button):
                widget.setEnabled(card is not None)
            shown = card or CueCard("", "", "", when=())
            self.card_id.setText(shown.id)
            self.card_title.setText(shown.title)
            self.card_body.setPlainText(shown.body)
            self.card_tags.setText(", ".join(shown.tags))
            self.card_weight.setValue(shown.weight)
            for moment, box in self.when_boxes.items():
                box.setChecked(moment in shown.when)
        finally:
            self._loading = False
        self._refresh_card_view()

    def current_card(self) -> CueCard | None:
        """The selected card (None when there is none)."""
        cards = self.deck.cards
        return cards[self._current] if 0 <= self._current < len(cards) else None

    def _card_edited(self, *_: Any) -> None:
        card = self.current_card()
        if self._loading or card is None:
            return
        tags = tuple(t for t in (p.strip() for p in self.card_tags.text()
                                 .replace(";", ",").split(",")) if t)
        edited = dataclasses.replace(
            card, id=self.card_id.text().strip(), title=self.card_title.text(),
            body=self.card_body.toPlainText(), tags=tags,
            when=tuple(m for m, box in self.when_boxes.items() if box.isChecked()),
            weight=round(self.card_weight.value(), 2))
        cards = self.cards
        cards[self._current] = edited
        self._set_cards(cards)
        item = self.card_list.item(self._current)
        if item is not None:
            item.setText(self._item_text(self._current))
        self._changed()

    def _changed(self) -> None:
        self.modified = True
        self._update_title()
        self._refresh_card_view()
        self._timer.start()

    def add_card(self) -> None:
        """Add a card after the selected one and put the cursor in its title."""
        cards = self.cards
        at = self._current + 1 if self._current >= 0 else len(cards)
        cards.insert(at, new_card({c.id for c in cards}, self.deck.id))
        self._after_list_change(cards, at)
        self.card_title.setFocus()
        self.card_title.selectAll()

    def duplicate_card(self) -> None:
        """Copy the selected card (with a new id) right after it."""
        card = self.current_card()
        if card is None:
            return
        cards = self.cards
        copy = dataclasses.replace(card, id=copy_id(card.id, {c.id for c in cards}), line=None)
        cards.insert(self._current + 1, copy)
        self._after_list_change(cards, self._current + 1)

    def delete_card(self) -> None:
        """Remove the selected card."""
        if self.current_card() is None:
            return
        cards = self.cards
        del cards[self._current]
        self._after_list_change(cards, min(self._current, len(cards) - 1))
        self.set_status(_tr("Card deleted. Close without saving to undo."))

    def move_card(self, step: int) -> None:
        """Move the selected card up (-1) or down (+1)."""
        i, j = self._current, self._current + step
        cards = self.cards
        if self.current_card() is None or not 0 <= j < len(cards):
            return
        cards[i], cards[j] = cards[j], cards[i]
        self._after_list_change(cards, j)
        self.card_list.setFocus()

    def _after_list_change(self, cards: list[CueCard], select: int) -> None:
        self._set_cards(cards)
        self._loading = True
        try:
            self._refill_list()
        finally:
            self._loading = False
        self._current = -1
        self.card_list.setCurrentRow(select)
        if select < 0:
            self._show_card_fields()
        self._changed()
        self.validate_now()

    def _item_text(self, index: int) -> str:
        card = self.deck.cards[index]
        title = " ".join(card.title.split()) or _tr("(no title)")
        marks = self.card_problems.get(index, [])
        flag = "✗ " if any(p.is_error for p in marks) else ("! " if marks else "")
        return f"{flag}{title}\n   {card.id or _tr('(no id)')}"

    # -- preview and validation ----------------------------------------------------------
    def _refresh_card_view(self) -> None:
        card = self.current_card()
        shown = dataclasses.replace(card, deck_id=self.deck.id) if card else None
        support = None
        if shown and shows_support(shown):   # the built-in contact in the deck's language
            support = support_for([self.deck], [self.deck.locale])
        render_card(self.preview, shown, deck_title=self.deck.title, support=support)
        body = card.body if card else ""
        self.body_count.setText(_tr("%1 / %2 characters", number(len(body.strip())),
                                    number(MAX_BODY_CHARS)))
        self._show_card_problems()

    def _show_card_problems(self) -> None:
        problems = self.card_problems.get(self._current, [])
        lines = [_tr("%1: %2", severity_text(p), " ".join(p.message.split()))
                 for p in problems]
        self.card_errors.setText("\n".join(lines))
        self.card_errors.setVisible(bool(lines))

    def to_toml(self) -> str:
        """The deck as it would be saved (the opened file's comments and layout kept)."""
        return render_deck(self.deck, self.base_text)

    def validate_now(self) -> list[Problem]:
        """Run the deck checks on the current fields; update the problem list and marks."""
        self._timer.stop()
        text = self.to_toml()
        check = check_deck_text(text, self.path or Path("new-deck.toml"))
        headers = card_lines(text, len(self.deck.cards))
        self.problems = list(check.problems)
        self.card_problems = {}
        self.problem_list.clear()
        for problem in self.problems:
            index = _card_index(problem.line, headers)
            if index is not None:
                self.card_problems.setdefault(index, []).append(problem)
            message = " ".join(problem.message.split())
            if message.startswith("card "):
                text = _tr("%1: %2", severity_text(problem), message)
            elif index is not None:
                text = _tr("%1: card %2: %3", severity_text(problem), index + 1, message)
            else:
                text = _tr("%1: deck: %2", severity_text(problem), message)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.problem_list.addItem(item)
        if not self.problems:
            self.problem_list.addItem(QListWidgetItem(_tr("No problems: the deck is ready.")))
        for i in range(self.card_list.count()):
            self.card_list.item(i).setText(self._item_text(i))
        self._show_card_problems()
        self.validated.emit(self.problems)
        return self.problems

    @property
    def errors(self) -> list[Problem]:
        """The current error-severity problems (the deck cannot be saved while any exist)."""
        return [p for p in self.problems if p.is_error]

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and 0 <= index < len(self.deck.cards):
            self.card_list.setCurrentRow(index)
            self.card_title.setFocus()
        else:
            self.deck_fields["id"].setFocus()

    # -- trying --------------------------------------------------------------------------
    def try_deck(self) -> QWidget | None:
        """Show the deck as it is now in the agents' card window (nothing is saved)."""
        if self.validate_now() and self.errors:
            self.set_status(_tr("Cannot try it yet: %n error(s). Fix them first (F8 lists "
                                "them).", n=len(self.errors)))
            return None
        check = check_deck_text(self.to_toml(), self.path or Path("new-deck.toml"))
        if check.deck is None:   # pragma: no cover - no errors means a deck
            return None
        from companion.ui.deck_try import TryCardWindow

        if self.try_window is not None:
            self.try_window.close()
        window = TryCardWindow(check.deck)
        self.try_window = window
        window.start()
        self.set_status(_tr("Trying the deck in the card window: 'Another card' goes through "
                            "every card; Esc closes it."))
        return window

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save atomically; False (with the reason in the status line) when the
        deck has errors or the file cannot be written."""
        problems = self.validate_now()
        errors = [p for p in problems if p.is_error]
        if errors:
            self.set_status(_tr("Not saved: %n error(s). Fix them first (F8 lists them; Enter "
                                "on one goes to its card).", n=len(errors)))
            return False
        if self.path is None:
            return self.save_as()
        text = self.to_toml()
        try:
            save_deck_text(self.path, text)
        except CompanionError as exc:
            self.set_status(_tr("Not saved: %1", shown(exc.one_line())))
            return False
        self._saved_as(text)
        cards = _tr("%n card(s)", n=len(self.deck.cards))
        self.set_status(_tr("Saved %1 (%2, %3).", self.path, cards,
                            _tr("%n warning(s)", n=len(problems))) if problems
                        else _tr("Saved %1 (%2).", self.path, cards))
        self.saved.emit(self.path)
        return True

    def _saved_as(self, text: str) -> None:
        """``text`` is now the file: the next save keeps its comments, cards find their
        tables in it by line."""
        lines = card_lines(text, len(self.deck.cards))
        self._set_cards([dataclasses.replace(c, line=n)
                         for c, n in zip(self.deck.cards, lines, strict=True)])
        self.base_text = text
        self.modified = False
        self._update_title()

    def save_as(self) -> bool:
        """Ask for a file name, then save there."""
        suggested = self.path or Path.cwd() / f"{self.deck.id or 'deck'}.toml"
        target = self._choose_path(suggested)
        if target is None:
            return False
        self.path = Path(target)
        return self.save()

    def open_dialog(self) -> None:
        """Ask for a deck file and open it (after offering to save changes)."""
        if not self._may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self, _tr("Open deck"),
                                              str(self.path or Path.cwd()),
                                              _tr("Cue decks (*.toml)"))
        if name:
            try:
                self.open_path(Path(name))
            except CompanionError as exc:
                self.set_status(_tr("Not opened: %1", shown(exc.one_line())))

    def _dialog_path(self, suggested: Path | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, _tr("Save deck as"), str(suggested or ""),
                                              _tr("Cue decks (*.toml)"))
        if not name:
            return None
        return Path(name if name.endswith(".toml") else name + ".toml")

    # -- window --------------------------------------------------------------------------
    def set_status(self, text: str) -> None:
        """Show ``text`` in the status line (plain text)."""
        self.status.setText(text)

    def _update_title(self) -> None:
        name = self.path.name if self.path is not None else _tr("new deck")
        # Translators: the deck editor's title: the file name, " *" when it has unsaved changes.
        self.setWindowTitle(_tr("%1%2 — Companion deck editor", name,
                                " *" if self.modified else ""))

    def _ask(self, question: str) -> str:
        answer = QMessageBox.question(
            self, _tr("Unsaved changes"), question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def _may_discard(self) -> bool:
        if not self.modified:
            return True
        answer = self._confirm(_tr("The deck has unsaved changes. Save them?"))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save unsaved changes (the try window closes with the editor)."""
        if self._may_discard():
            if self.try_window is not None:
                self.try_window.close()
            event.accept()
        else:
            event.ignore()


def _check_display() -> None:
    """Raise :class:`CompanionError` when Qt would have no display (Linux/BSD)."""
    if sys.platform in ("win32", "darwin"):
        return
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") \
            or os.environ.get("WAYLAND_DISPLAY"):
        return
    raise CompanionError("no graphical display for the deck editor (DISPLAY is not set)",
                         "edit the .toml file in a text editor and check it with "
                         "'companion deck validate PATH'")


def run_deck_editor(path: Path | None = None) -> int:
    """Open the editor on ``path`` and run until it is closed (``companion deck edit``).

    Bad input (a folder, an unreadable or invalid TOML file) raises a one-line
    :class:`CompanionError` before any window opens.
    """
    if path is not None:
        path = Path(path).expanduser()
        if path.is_dir():
            raise DeckError("is a folder; give a deck .toml file", path=path)
        if path.exists():
            read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
        elif not path.parent.is_dir():
            raise DeckError(f"the folder {path.parent} does not exist", path=path)
    _check_display()
    from companion.ui.application import gui_application

    app = gui_application()
    editor = DeckEditor(path)
    editor.show()
    return int(app.exec())


__all__ = ["DeckEditor", "run_deck_editor"]
