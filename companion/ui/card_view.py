"""The one way a cue card is drawn: shared by the agent's card window and the editor preview.

Runs on the GUI thread. :class:`CardFace` is the card itself (title, body, a quiet footer);
:func:`render_card` is the only function that puts a card's text on screen, so the deck
editor's preview is exactly what the agent sees.

Safety: card text is untrusted (anyone who can drop a file in a deck folder writes it). Every
label is ``Qt.PlainText`` with no text interaction and no link opening, so a body such as
``<img src=http://x>`` or ``<b>hi</b>`` shows those characters literally and nothing is ever
fetched or rendered as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.content.decks import MOMENT_LABELS, CueCard, DeckSupport
from companion.ui.i18n import Tr, noop
from companion.ui.text_fit import follow_text_direction
from companion.ui.theme import font_pt

_tr = Tr("CardView")

#: Width of a card on screen (pixels); the editor preview uses the same width.
CARD_WIDTH_PX = 420
#: The card's buttons: (key, label with mnemonic, tooltip). Keys work once the card has focus.
#: Texts are marked here and translated when the buttons are made.
CARD_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("another", noop("CardView", "&Another card"),
     noop("CardView", "Show a different card [A]")),
    ("helpful", noop("CardView", "&Helpful"),
     noop("CardView", "This card helped; kept on this computer only [H]")),
    ("pin", noop("CardView", "&Pin"), noop("CardView", "Show this card more often [P]")),
    ("hide", noop("CardView", "Hi&de this card"),
     noop("CardView", "Never show this card again [D]")),
    ("close", noop("CardView", "Close"), noop("CardView", "Close the card [Esc]")),
)
#: What each moment is called on a card's footer (``MOMENT_LABELS``, translated).
MOMENT_TEXTS: dict[str, str] = {
    "after_tense": noop("CardView", "After a tough call"),
    "between_calls": noop("CardView", "Between calls"),
    "start_of_shift": noop("CardView", "Start of shift"),
}


@dataclass(frozen=True)
class CardPalette:
    """Colours of a card (CSS colour strings)."""

    background: str
    border: str
    title: str
    body: str
    footer: str
    accent: str
    focus: str
    checked: str
    support: str


#: The default palette: calm, warm paper; text contrast >= 7:1, borders >= 3:1.
PALETTE = CardPalette(background="#fbfaf6", border="#737d79", title="#14231f", body="#24332f",
                      footer="#4e5d58", accent="#00785a", focus="#0060a8",
                      checked="#dff3ec", support="#eef4f1")
#: ``settings.high_contrast``: black on white with a heavy border.
HIGH_CONTRAST = CardPalette(background="#ffffff", border="#000000", title="#000000",
                            body="#000000", footer="#000000", accent="#000000",
                            focus="#0000ff", checked="#ffff00", support="#ffffff")


def palette_for(high_contrast: bool) -> CardPalette:
    """The palette for the agent's ``high_contrast`` setting."""
    return HIGH_CONTRAST if high_contrast else PALETTE


def plain_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label that can only ever show plain text (no markup, no links, no
    resources)."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def footer_text(card: CueCard, deck_title: str = "") -> str:
    """The small line under a card: its moments and, when known, the deck it comes from."""
    moments = " · ".join(_tr(MOMENT_TEXTS.get(m, label)) for m, label in MOMENT_LABELS.items()
                         if m in card.when)
    return "  —  ".join(part for part in (moments, deck_title) if part)


#: Longest run of characters without a break opportunity before one is added (a long link
#: or a row of dashes must wrap inside the card instead of running off its edge).
MAX_UNBROKEN_CHARS = 30
_ZERO_WIDTH_SPACE = "\u200b"


def _breakable(text: str) -> str:
    """``text`` with a zero-width break opportunity inside every over-long word."""
    return re.sub(rf"\S{{{MAX_UNBROKEN_CHARS + 1},}}",
                  lambda m: _ZERO_WIDTH_SPACE.join(
                      m.group(0)[i:i + MAX_UNBROKEN_CHARS]
                      for i in range(0, len(m.group(0)), MAX_UNBROKEN_CHARS)), text)


def body_text(card: CueCard) -> str:
    """The body as shown: surrounding blank lines trimmed, inner line breaks kept, and very
    long words given break opportunities (the characters themselves are unchanged)."""
    return _breakable(card.body.strip())


class CardFace(QFrame):
    """A card as the agent sees it: title, body and footer on a rounded panel.

    ``high_contrast`` follows ``Settings.high_contrast``. Fill it with :func:`render_card`.
    ``buttons`` (by key, see :data:`CARD_ACTIONS`) is the row of actions at the bottom; the
    card window connects them, the editor preview shows them inert (``interactive=False``).
    """

    def __init__(self, *, high_contrast: bool = False, interactive: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardFace")
        self.title = plain_label("cardTitle", self)
        self.body = plain_label("cardBody", self)
        self.footer = plain_label("cardFooter", self)
        self.note = plain_label("cardNote", self)   # "pinned" / "marked helpful"
        # The deck's support contact, under cards that point to real support.
        self.support = QFrame(self)
        self.support.setObjectName("supportBox")
        self.support_title = plain_label("supportTitle", self.support)
        self.support_body = plain_label("supportBody", self.support)
        box = QVBoxLayout(self.support)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(2)
        box.addWidget(self.support_title)
        box.addWidget(self.support_body)
        self.support.setVisible(False)
        for label in (self.title, self.body, self.footer, self.note):
            label.setContentsMargins(8, 0, 8, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.support)
        layout.addSpacing(2)
        layout.addWidget(self.footer)
        layout.addWidget(self.note)
        layout.addSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip in CARD_ACTIONS:
            button = QPushButton(_tr(text), self)
            button.setObjectName(f"{key}Button")
            button.setToolTip(_tr(tip))
            button.setAccessibleName(_tr(text).replace("&", ""))
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if interactive
                                  else Qt.FocusPolicy.NoFocus)
            self.buttons[key] = button
            if key == "close":
                row.addStretch(1)
            row.addWidget(button)
        self.buttons["helpful"].setCheckable(True)
        self.buttons["pin"].setCheckable(True)
        layout.addLayout(row)
        if not interactive:   # a picture of the buttons: no clicks, no Alt+letter keys
            for button in self.buttons.values():
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
                button.setShortcut(QKeySequence())
        self.setFixedWidth(CARD_WIDTH_PX)
        self.high_contrast = False
        self.set_high_contrast(high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        """Switch between the normal and the high-contrast palette."""
        self.high_contrast = bool(on)
        p = palette_for(self.high_contrast)
        border = 3 if self.high_contrast else 1
        self.setStyleSheet(f"""
QFrame#cardFace {{ background: {p.background}; border: {border}px solid {p.border};
                   border-top: 5px solid {p.accent}; }}
QLabel#cardTitle {{ color: {p.title}; font-size: {font_pt(1.55)}; font-weight: 700; }}
QLabel#cardBody {{ color: {p.body}; font-size: {font_pt(1.3)}; }}
QLabel#cardFooter {{ color: {p.footer}; font-size: {font_pt(1.0)}; }}
QLabel#cardNote {{ color: {p.accent}; font-size: {font_pt(1.0)}; font-weight: 600; }}
QFrame#supportBox {{ background: {p.support}; border: 1px solid {p.border};
                     border-left: 4px solid {p.accent}; }}
QLabel#supportTitle {{ color: {p.title}; font-size: {font_pt(1.15)}; font-weight: 700; }}
QLabel#supportBody {{ color: {p.body}; font-size: {font_pt(1.2)}; }}
QPushButton {{ padding: 4px 7px; border-radius: 5px; font-size: {font_pt(1.05)};
               color: {p.title}; border: 1px solid {p.border}; background: #ffffff; }}
QPushButton:focus {{ border: 3px solid {p.focus}; padding: 2px 5px; }}
QPushButton:checked {{ background: {p.checked}; border: 1px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.footer}; }}
QPushButton#anotherButton {{ font-weight: 600; }}
""")


def render_card(face: CardFace, card: CueCard | None, *, deck_title: str = "",
                pinned: bool = False, helpful: bool | None = None,
                support: DeckSupport | None = None) -> None:
    """Put ``card`` on ``face`` (None shows an empty-deck message). Plain text only.

    ``pinned`` and ``helpful`` (the agent's own marks) appear as a short note under the footer;
    ``support`` (who to turn to) in a box under the body.
    """
    if card is None:
        face.title.setText(_tr("No card to show"))
        face.body.setText(_tr("There is no cue card for this moment. Your supervisor can add "
                              "cards to a deck."))
        face.footer.setText("")
        face.note.setText("")
        face.footer.setVisible(False)
        face.note.setVisible(False)
    else:
        face.title.setText(_breakable(" ".join(card.title.split())) or _tr("(no title)"))
        face.body.setText(body_text(card))
        face.footer.setText(footer_text(card, deck_title))
        face.footer.setVisible(True)
        marks = [text for on, text in ((pinned, _tr("Pinned")),
                                       (helpful is True, _tr("Marked helpful"))) if on]
        face.note.setText(" · ".join(marks))
        face.note.setVisible(bool(marks))
    show_support = card is not None and support is not None
    if support is not None:
        face.support_title.setText(" ".join(support.title.split()))
        face.support_body.setText(_breakable(support.body.strip()))
    face.support.setVisible(show_support)
    for label in (face.title, face.body, face.support_title, face.support_body):
        follow_text_direction(label)
    face.setAccessibleName(face.title.text())
    face.setAccessibleDescription(face.body.text() + (
        f" {face.support_title.text()}: {face.support_body.text()}" if show_support else ""))
    fit_height(face)


def fit_height(face: CardFace) -> None:
    """Size ``face`` to its text (call again after changing a label): :data:`CARD_WIDTH_PX`
    wide, or wider when its row of buttons needs more (a longer language), and as tall as
    the wrapped text needs at that width."""
    face.ensurePolished()   # fonts from the style sheet, before measuring
    layout = face.layout()
    assert layout is not None, "CardFace sets its layout in __init__"
    layout.invalidate()     # button texts may have changed ("Pin" / "Unpin"): activating
    layout.activate()       # the layout re-reads the size hints of its nested button row
    width = max(CARD_WIDTH_PX, layout.totalMinimumSize().width())
    face.setFixedWidth(width)
    face.setFixedHeight(layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                        else layout.totalSizeHint().height())
