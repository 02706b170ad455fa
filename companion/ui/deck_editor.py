"""``companion deck edit``: a Qt editor for cue decks, usable with the keyboard alone.

Runs on the GUI thread of its own process (the CLI's ``deck edit`` starts a ``QApplication``).

The window has the deck's own fields at the top, the card list on the left, the selected
card's fields in the middle and, on the right, a live preview drawn by the same function as
the agent's card window (:func:`companion.ui.card_view.render_card`) plus the problems the
deck validator finds (the same checks as ``companion deck validate``), updated as you type.

Saving is atomic: the deck is written to a temporary file in the same folder, flushed to
disk and renamed over the old file, so the app's deck watcher (and anyone reading the file)
never sees half a file. A deck with errors is not saved. Saving rewrites the file from the
fields, so comments in a hand-written file are not kept (the editor says so when it opens one).

Keys: ``Ctrl+S`` save, ``Ctrl+Shift+S`` save as, ``Ctrl+O`` open, ``Ctrl+N`` new card,
``Ctrl+D`` duplicate card, ``Ctrl+Delete`` delete card, ``Alt+Up``/``Alt+Down`` move the card,
``Ctrl+L`` card list, ``F8`` problems; ``Alt`` + the underlined letter jumps to a field.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.content.decks import (
    CARD_KEYS,
    DECK_KEYS,
    KNOWN_TAGS,
    MAX_BODY_CHARS,
    MAX_DECK_BYTES,
    MAX_VERSION,
    MAX_WEIGHT,
    MIN_WEIGHT,
    WHEN_VALUES,
    CueCard,
    check_deck_text,
    deck_template,
    slugify,
)
from companion.content.problems import DeckError, Problem
from companion.content.toml_io import parse_toml_text, read_toml_file
from companion.errors import CompanionError
from companion.ui.card_view import CARD_WIDTH_PX, CardFace, render_card
from companion.ui.theme import error_color

#: Milliseconds after the last keystroke before the deck is validated again.
VALIDATE_DELAY_MS = 200

_WHEN_MNEMONICS = {"after_tense": "Afte&r a tense call", "between_calls": "Bet&ween calls",
                   "start_of_shift": "Start of s&hift"}


# -- data ---------------------------------------------------------------------------------
def new_card_data(existing_ids: set[str]) -> dict[str, Any]:
    """A fresh card with an unused id (its body is empty: the validator asks for one)."""
    n = 1
    while f"new-card-{n}" in existing_ids:
        n += 1
    return {"id": f"new-card-{n}", "title": "New card", "body": "", "tags": [],
            "when": ["between_calls"]}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _coerce(data: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], list[str]]:
    """Deck fields and card list from parsed TOML, forced into editable shapes; notes say
    what could not be kept as it was."""
    notes: list[str] = []
    deck = data.get("deck")
    raw_meta: dict[str, Any] = deck if isinstance(deck, dict) else {}
    meta: dict[str, Any] = {k: _text(raw_meta.get(k)) for k in DECK_KEYS if k != "version"}
    version = raw_meta.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int) \
            or not 1 <= version <= MAX_VERSION:
        notes.append(f"version {version!r} was not a whole number from 1 to {MAX_VERSION}; "
                     "it is set to 1")
        version = 1
    meta["version"] = version
    meta["locale"] = meta.get("locale") or "en"
    cards: list[dict[str, Any]] = []
    listed = data.get("cards")
    raw_cards: list[Any] = listed if isinstance(listed, list) else []
    for item in raw_cards:
        if not isinstance(item, dict):
            continue
        tags = item.get("tags", [])
        when = item.get("when", [])
        card: dict[str, Any] = {
            "id": _text(item.get("id")), "title": _text(item.get("title")),
            "body": _text(item.get("body")),
            "tags": [str(t) for t in tags] if isinstance(tags, list) else [],
            "when": [w for w in when if w in WHEN_VALUES] if isinstance(when, list)
            else [when] if when in WHEN_VALUES else [],
        }
        weight = item.get("weight")
        if isinstance(weight, int | float) and not isinstance(weight, bool):
            card["weight"] = min(MAX_WEIGHT, max(MIN_WEIGHT, float(weight)))
        cards.append(card)
    dropped = sorted({k for item in raw_cards if isinstance(item, dict) for k in item}
                     - set(CARD_KEYS)) + sorted(set(raw_meta) - set(DECK_KEYS))
    if dropped:
        notes.append(f"unknown keys are not kept: {', '.join(dropped)}")
    return meta, cards, notes


def deck_data_to_toml(meta: dict[str, Any], cards: list[dict[str, Any]]) -> str:
    """The editor's fields as deck TOML (empty optional fields left out)."""
    import tomli_w

    deck: dict[str, Any] = {"id": meta.get("id", ""), "title": meta.get("title", ""),
                            "version": int(meta.get("version", 1))}
    for key in ("author", "locale", "description"):
        if meta.get(key):
            deck[key] = meta[key]
    out_cards = []
    for card in cards:
        entry: dict[str, Any] = {"id": card["id"], "title": card["title"],
                                 "body": card["body"]}
        if card.get("tags"):
            entry["tags"] = list(card["tags"])
        entry["when"] = list(card.get("when", []))
        weight = card.get("weight", 1.0)
        if weight != 1.0:
            entry["weight"] = round(float(weight), 2)
        out_cards.append(entry)
    return tomli_w.dumps({"deck": deck, "cards": out_cards}, multiline_strings=True)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically: a temporary file in the same folder (its name
    starts with '.', so deck folders ignore it), flushed to disk, then renamed over ``path``.
    The old file's permissions are kept. Raises :class:`DeckError` when it cannot be written;
    ``path`` is then unchanged and no temporary file is left behind."""
    folder = path.parent
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise DeckError(f"cannot save: {exc.strerror or exc}",
                        "choose a folder you can write to (File > Save as, Ctrl+Shift+S)",
                        path=path) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def card_from_data(data: dict[str, Any], deck_id: str = "") -> CueCard:
    """A :class:`CueCard` for the preview from (possibly unfinished) card fields."""
    return CueCard(id=data.get("id", ""), title=data.get("title", ""),
                   body=data.get("body", ""), tags=tuple(data.get("tags", ())),
                   when=tuple(w for w in data.get("when", ()) if w in WHEN_VALUES),
                   weight=float(data.get("weight", 1.0)), deck_id=deck_id)


def _card_header_lines(text: str) -> list[int]:
    """1-based line numbers of each ``[[cards]]`` header in editor-generated TOML."""
    return [i for i, line in enumerate(text.splitlines(), start=1)
            if line.strip() == "[[cards]]"]


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
        self.meta: dict[str, Any] = {}
        self.cards: list[dict[str, Any]] = []
        self.problems: list[Problem] = []
        self.card_problems: dict[int, list[Problem]] = {}
        self.modified = False
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

        deck_box = QGroupBox("Deck", central)
        grid = QGridLayout(deck_box)
        grid.setHorizontalSpacing(8)
        self.deck_fields: dict[str, QLineEdit] = {}
        placements = (("id", "Deck &id", 0, 0), ("title", "Deck titl&e", 0, 2),
                      ("author", "A&uthor", 1, 0), ("locale", "&Locale", 1, 2),
                      ("description", "Descri&ption", 2, 0))
        for key, label, row, col in placements:
            edit = QLineEdit(deck_box)
            edit.setObjectName(f"deck_{key}")
            caption = QLabel(label, deck_box)
            caption.setBuddy(edit)
            self.deck_fields[key] = edit
            grid.addWidget(caption, row, col)
            if key == "description":
                grid.addWidget(edit, row, col + 1, 1, 5)
            else:
                grid.addWidget(edit, row, col + 1)
            if key == "title":
                self.version = QSpinBox(deck_box)
                self.version.setObjectName("deck_version")
                self.version.setRange(1, MAX_VERSION)
                version_label = QLabel("&Version", deck_box)
                version_label.setBuddy(self.version)
                self.version.setToolTip("Raise it each time you hand out a new copy")
                grid.addWidget(version_label, row, col + 2)
                grid.addWidget(self.version, row, col + 3)
            edit.textEdited.connect(lambda text, k=key: self._deck_edited(k, text))
        self.version.valueChanged.connect(lambda v: self._deck_edited("version", int(v)))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        outer.addWidget(deck_box)

        body = QHBoxLayout()
        body.setSpacing(12)
        outer.addLayout(body, 1)

        # Card list.
        left = QVBoxLayout()
        list_label = QLabel("&Cards", central)
        self.card_list = QListWidget(central)
        self.card_list.setObjectName("cardList")
        self.card_list.setMinimumWidth(230)
        list_label.setBuddy(self.card_list)
        self.card_list.currentRowChanged.connect(self._select_row)
        left.addWidget(list_label)
        left.addWidget(self.card_list, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton("&New card", central)
        self.dup_button = QPushButton("Duplicate", central)
        self.delete_button = QPushButton("Delete", central)
        self.up_button = QPushButton("Move up", central)
        self.down_button = QPushButton("Move down", central)
        for i, (button, tip) in enumerate((
                (self.add_button, "Ctrl+N"), (self.dup_button, "Ctrl+D"),
                (self.delete_button, "Ctrl+Delete"), (self.up_button, "Alt+Up"),
                (self.down_button, "Alt+Down"))):
            button.setToolTip(tip)
            button.setAutoDefault(False)
            buttons.addWidget(button, i // 2, i % 2)
        self.add_button.clicked.connect(self.add_card)
        self.dup_button.clicked.connect(self.duplicate_card)
        self.delete_button.clicked.connect(self.delete_card)
        self.up_button.clicked.connect(lambda: self.move_card(-1))
        self.down_button.clicked.connect(lambda: self.move_card(+1))
        left.addLayout(buttons)
        body.addLayout(left, 0)

        # Card fields.
        card_box = QGroupBox("Card", central)
        form = QFormLayout(card_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.card_id = QLineEdit(card_box)
        self.card_id.setObjectName("card_id")
        self.card_title = QLineEdit(card_box)
        self.card_title.setObjectName("card_title")
        self.card_body = QPlainTextEdit(card_box)
        self.card_body.setObjectName("card_body")
        self.card_body.setTabChangesFocus(True)
        self.card_body.setMinimumHeight(110)
        self.body_count = QLabel(card_box)
        self.body_count.setObjectName("bodyCount")
        self.card_tags = QLineEdit(card_box)
        self.card_tags.setObjectName("card_tags")
        self.card_tags.setPlaceholderText("e.g. empathy, listening")
        self.card_tags.setToolTip("Separate tags with commas. Known tags: "
                                  + ", ".join(KNOWN_TAGS))
        when_row = QHBoxLayout()
        self.when_boxes: dict[str, QCheckBox] = {}
        for moment in WHEN_VALUES:
            box = QCheckBox(_WHEN_MNEMONICS[moment], card_box)
            box.setObjectName(f"when_{moment}")
            box.toggled.connect(self._card_edited)
            self.when_boxes[moment] = box
            when_row.addWidget(box)
        when_row.addStretch(1)
        self.card_weight = QDoubleSpinBox(card_box)
        self.card_weight.setObjectName("card_weight")
        self.card_weight.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.card_weight.setSingleStep(0.5)
        self.card_weight.setDecimals(1)
        self.card_weight.setValue(1.0)
        self.card_weight.setToolTip("How often the card comes up (1 = normal, 2 = twice as often)")
        for label, widget in (("Card i&d", self.card_id), ("&Title", self.card_title),
                              ("&Body", self.card_body)):
            caption = QLabel(label, card_box)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow("", self.body_count)
        tags_label = QLabel("T&ags", card_box)
        tags_label.setBuddy(self.card_tags)
        form.addRow(tags_label, self.card_tags)
        form.addRow("When", when_row)
        weight_label = QLabel("Wei&ght", card_box)
        weight_label.setBuddy(self.card_weight)
        form.addRow(weight_label, self.card_weight)
        self.card_errors = QLabel(card_box)
        self.card_errors.setObjectName("cardErrors")
        self.card_errors.setTextFormat(Qt.TextFormat.PlainText)
        self.card_errors.setWordWrap(True)
        self.card_errors.setStyleSheet(f"color: {error_color()};")   # AA in both modes
        form.addRow(self.card_errors)
        self.card_id.textEdited.connect(self._card_edited)
        self.card_title.textEdited.connect(self._card_edited)
        self.card_body.textChanged.connect(self._card_edited)
        self.card_tags.textEdited.connect(self._card_edited)
        self.card_weight.valueChanged.connect(self._card_edited)
        body.addWidget(card_box, 1)

        # Preview and problems.
        right = QVBoxLayout()
        right.addWidget(QLabel("Preview: the card as agents see it", central))
        self.preview = CardFace(interactive=False, parent=central)
        self.preview.setObjectName("cardFace")
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        problems_label = QLabel("Problems (F8)", central)
        self.problem_list = QListWidget(central)
        self.problem_list.setObjectName("problemList")
        self.problem_list.setMinimumHeight(120)
        self.problem_list.setWordWrap(True)
        problems_label.setBuddy(self.problem_list)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        right.addWidget(problems_label)
        right.addWidget(self.problem_list, 1)
        right_box = QWidget(central)
        right_box.setLayout(right)
        right_box.setFixedWidth(CARD_WIDTH_PX + 8)
        body.addWidget(right_box, 0)

        bottom = QHBoxLayout()
        self.status = QLabel(central)
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.save_button = QPushButton("&Save", central)
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

        for keys, slot in (
                (QKeySequence.StandardKey.Save, self.save),
                (QKeySequence.StandardKey.SaveAs, self.save_as),
                (QKeySequence.StandardKey.Open, self.open_dialog),
                ("Ctrl+N", self.add_card), ("Ctrl+D", self.duplicate_card),
                ("Ctrl+Delete", self.delete_card),
                ("Alt+Up", lambda: self.move_card(-1)), ("Alt+Down", lambda: self.move_card(+1)),
                ("Ctrl+L", self.card_list.setFocus), ("F8", self.problem_list.setFocus)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.resize(1180, 720)

    # -- loading -------------------------------------------------------------------------
    def new_deck(self, path: Path | None = None) -> None:
        """Start from the starter deck (saved to ``path``, or asked for on save)."""
        deck_id = slugify(path.stem) if path is not None else "my-deck"
        deck_id = deck_id or "my-deck"
        title = deck_id.replace("-", " ").capitalize()
        doc = parse_toml_text(deck_template(deck_id, title), path or Path(f"{deck_id}.toml"),
                              error_cls=DeckError)
        meta, cards, _ = _coerce(doc.data)
        self._load(meta, cards, path)
        self.modified = path is not None
        self._update_title()
        self.set_status("A new deck with three example cards. Change them, then save (Ctrl+S).")

    def open_path(self, path: Path) -> None:
        """Open ``path``. Raises :class:`DeckError` (one line with file and line) when it is
        not a readable TOML file; a deck that parses but has errors opens with its problems
        listed."""
        doc = read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
        meta, cards, notes = _coerce(doc.data)
        self._load(meta, cards, path)
        if any(line.lstrip().startswith("#") for line in doc.text.splitlines()):
            notes.append("comments in this file are not kept when you save")
        self.set_status(f"Opened {path}." + ("" if not notes else " Note: " + "; ".join(notes)
                                             + "."))

    def _load(self, meta: dict[str, Any], cards: list[dict[str, Any]],
              path: Path | None) -> None:
        self._loading = True
        try:
            self.path = path
            self.meta = meta
            self.cards = cards
            for key, edit in self.deck_fields.items():
                edit.setText(_text(meta.get(key)))
            self.version.setValue(int(meta.get("version", 1)))
            self._current = -1
            self.card_list.clear()
            for i in range(len(cards)):
                self.card_list.addItem(QListWidgetItem(self._item_text(i)))
        finally:
            self._loading = False
        self.modified = False
        self.card_list.setCurrentRow(0 if cards else -1)
        if not cards:
            self._show_card_fields()
        self.validate_now()
        self._update_title()

    # -- editing -------------------------------------------------------------------------
    def _deck_edited(self, key: str, value: Any) -> None:
        if self._loading:
            return
        self.meta[key] = value
        self._changed()

    def _select_row(self, row: int) -> None:
        self._current = row
        self._show_card_fields()

    def _show_card_fields(self) -> None:
        self._loading = True
        try:
            card = self.current_card()
            enabled = card is not None
            for widget in (self.card_id, self.card_title, self.card_body, self.card_tags,
                           self.card_weight, *self.when_boxes.values(), self.dup_button,
                           self.delete_button, self.up_button, self.down_button):
                widget.setEnabled(enabled)
            card = card or {}
            self.card_id.setText(_text(card.get("id")))
            self.card_title.setText(_text(card.get("title")))
            self.card_body.setPlainText(_text(card.get("body")))
            self.card_tags.setText(", ".join(card.get("tags", [])))
            self.card_weight.setValue(float(card.get("weight", 1.0)))
            for moment, box in self.when_boxes.items():
                box.setChecked(moment in card.get("when", []))
        finally:
            self._loading = False
        self._refresh_card_view()

    def current_card(self) -> dict[str, Any] | None:
        """The selected card's fields (None when there is none)."""
        return self.cards[self._current] if 0 <= self._current < len(self.cards) else None

    def _card_edited(self, *_: Any) -> None:
        card = self.current_card()
        if self._loading or card is None:
            return
        card["id"] = self.card_id.text().strip()
        card["title"] = self.card_title.text()
        card["body"] = self.card_body.toPlainText()
        card["tags"] = [t for t in (p.strip() for p in self.card_tags.text()
                                    .replace(";", ",").split(",")) if t]
        card["when"] = [m for m, box in self.when_boxes.items() if box.isChecked()]
        weight = round(self.card_weight.value(), 2)
        if weight == 1.0:
            card.pop("weight", None)
        else:
            card["weight"] = weight
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
        at = self._current + 1 if self._current >= 0 else len(self.cards)
        self.cards.insert(at, new_card_data({c["id"] for c in self.cards}))
        self._after_list_change(at)
        self.card_title.setFocus()
        self.card_title.selectAll()

    def duplicate_card(self) -> None:
        """Copy the selected card (with a new id) right after it."""
        card = self.current_card()
        if card is None:
            return
        ids = {c["id"] for c in self.cards}
        copy = {k: (list(v) if isinstance(v, list) else v) for k, v in card.items()}
        n = 2
        while f"{card['id']}-{n}"[:64] in ids:
            n += 1
        copy["id"] = f"{card['id']}-{n}"[:64]
        self.cards.insert(self._current + 1, copy)
        self._after_list_change(self._current + 1)

    def delete_card(self) -> None:
        """Remove the selected card."""
        if self.current_card() is None:
            return
        del self.cards[self._current]
        self._after_list_change(min(self._current, len(self.cards) - 1))
        self.set_status("Card deleted. Close without saving to undo.")

    def move_card(self, step: int) -> None:
        """Move the selected card up (-1) or down (+1)."""
        i, j = self._current, self._current + step
        if self.current_card() is None or not 0 <= j < len(self.cards):
            return
        self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
        self._after_list_change(j)
        self.card_list.setFocus()

    def _after_list_change(self, select: int) -> None:
        self._loading = True
        try:
            self.card_list.clear()
            for i in range(len(self.cards)):
                self.card_list.addItem(QListWidgetItem(self._item_text(i)))
        finally:
            self._loading = False
        self._current = -1
        self.card_list.setCurrentRow(select)
        if select < 0:
            self._show_card_fields()
        self._changed()
        self.validate_now()

    def _item_text(self, index: int) -> str:
        card = self.cards[index]
        title = " ".join(_text(card.get("title")).split()) or "(no title)"
        marks = self.card_problems.get(index, [])
        flag = "✗ " if any(p.is_error for p in marks) else ("! " if marks else "")
        return f"{flag}{title}\n   {card.get('id') or '(no id)'}"

    # -- preview and validation ----------------------------------------------------------
    def _refresh_card_view(self) -> None:
        card = self.current_card()
        render_card(self.preview, card_from_data(card, self.meta.get("id", ""))
                    if card is not None else None, deck_title=_text(self.meta.get("title")))
        body = card.get("body", "") if card else ""
        self.body_count.setText(f"{len(body.strip())} / {MAX_BODY_CHARS} characters")
        self._show_card_problems()

    def _show_card_problems(self) -> None:
        problems = self.card_problems.get(self._current, [])
        lines = [f"{p.severity}: {' '.join(p.message.split())}" for p in problems]
        self.card_errors.setText("\n".join(lines))
        self.card_errors.setVisible(bool(lines))

    def to_toml(self) -> str:
        """The deck as it would be saved."""
        return deck_data_to_toml(self.meta, self.cards)

    def validate_now(self) -> list[Problem]:
        """Run the deck checks on the current fields; update the problem list and marks."""
        self._timer.stop()
        text = self.to_toml()
        check = check_deck_text(text, self.path or Path("new-deck.toml"))
        headers = _card_header_lines(text)
        self.problems = list(check.problems)
        self.card_problems = {}
        self.problem_list.clear()
        for problem in self.problems:
            index = None
            if problem.line is not None:
                before = [i for i, line in enumerate(headers) if line <= problem.line]
                index = before[-1] if before else None
            if index is not None:
                self.card_problems.setdefault(index, []).append(problem)
            message = " ".join(problem.message.split())
            where = "" if message.startswith("card ") else (
                f"card {index + 1}: " if index is not None else "deck: ")
            item = QListWidgetItem(f"{problem.severity}: {where}{message}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.problem_list.addItem(item)
        if not self.problems:
            self.problem_list.addItem(QListWidgetItem("No problems: the deck is ready."))
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
        if isinstance(index, int) and 0 <= index < len(self.cards):
            self.card_list.setCurrentRow(index)
            self.card_title.setFocus()
        else:
            self.deck_fields["id"].setFocus()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save atomically; False (with the reason in the status line) when the
        deck has errors or the file cannot be written."""
        problems = self.validate_now()
        errors = [p for p in problems if p.is_error]
        if errors:
            self.set_status(f"Not saved: {len(errors)} error(s). Fix them first "
                            "(F8 lists them; Enter on one goes to its card).")
            return False
        if self.path is None:
            return self.save_as()
        try:
            atomic_write_text(self.path, self.to_toml())
        except CompanionError as exc:
            self.set_status(f"Not saved: {exc.one_line()}")
            return False
        self.modified = False
        self._update_title()
        warnings = len(problems)
        self.set_status(f"Saved {self.path} ({len(self.cards)} cards"
                        + (f", {warnings} warning(s)" if warnings else "") + ").")
        self.saved.emit(self.path)
        return True

    def save_as(self) -> bool:
        """Ask for a file name, then save there."""
        suggested = self.path or Path.cwd() / f"{self.meta.get('id') or 'deck'}.toml"
        target = self._choose_path(suggested)
        if target is None:
            return False
        self.path = Path(target)
        return self.save()

    def open_dialog(self) -> None:
        """Ask for a deck file and open it (after offering to save changes)."""
        if not self._may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self, "Open deck", str(self.path or Path.cwd()),
                                              "Cue decks (*.toml)")
        if name:
            try:
                self.open_path(Path(name))
            except CompanionError as exc:
                self.set_status(f"Not opened: {exc.one_line()}")

    def _dialog_path(self, suggested: Path | None) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, "Save deck as", str(suggested or ""),
                                              "Cue decks (*.toml)")
        if not name:
            return None
        return Path(name if name.endswith(".toml") else name + ".toml")

    # -- window --------------------------------------------------------------------------
    def set_status(self, text: str) -> None:
        """Show ``text`` in the status line (plain text)."""
        self.status.setText(text)

    def _update_title(self) -> None:
        name = self.path.name if self.path is not None else "new deck"
        self.setWindowTitle(f"{name}{' *' if self.modified else ''} — Companion deck editor")

    def _ask(self, question: str) -> str:
        answer = QMessageBox.question(
            self, "Unsaved changes", question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def _may_discard(self) -> bool:
        if not self.modified:
            return True
        answer = self._confirm("The deck has unsaved changes. Save them?")
        if answer == "save":
            return self.save()
        return answer == "discard"

    def closeEvent(self, event: QCloseEvent) -> None:
        """Offer to save unsaved changes."""
        if self._may_discard():
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
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    editor = DeckEditor(path)
    editor.show()
    return int(app.exec())


__all__ = ["DeckEditor", "atomic_write_text", "deck_data_to_toml",
           "run_deck_editor"]
