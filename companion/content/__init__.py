"""Breathing patterns and cue decks: formats, loading, validation and card selection.

Plain Python (stdlib + tomli-w), no Qt: usable from the CLI, the app's GUI thread and tests.
The Qt pieces (breathing overlay, card window, deck editor, file watcher) build on this API.

Modules: :mod:`~companion.content.patterns` (breathing patterns and their timing),
:mod:`~companion.content.decks` (cards, decks, deck validation),
:mod:`~companion.content.library` (sources, precedence, hot reload),
:mod:`~companion.content.variants` (a deck's language variants: which one is shown),
:mod:`~companion.content.locales` (language tags and matching),
:mod:`~companion.content.picker` (which card to show), :mod:`~companion.content.sources`
(where content comes from), :mod:`~companion.content.toml_io` (safe reading, key -> line),
:mod:`~companion.content.problems` (errors and problem records).
"""

from companion.content.decks import (
    KNOWN_TAGS,
    WHEN_VALUES,
    CueCard,
    CueDeck,
    DeckCheck,
    check_deck_file,
    check_deck_text,
    deck_template,
    deck_to_toml,
    load_deck_file,
)
from companion.content.library import DeckFile, DeckLibrary, load_decks, load_default_decks
from companion.content.patterns import (
    BreathingPattern,
    Phase,
    PhasePosition,
    check_pattern_file,
    load_default_patterns,
    load_pattern_file,
    load_patterns,
)
from companion.content.picker import CardPicker
from companion.content.problems import (
    ContentError,
    DeckError,
    Loaded,
    PatternError,
    Problem,
)
from companion.content.sources import ContentSource, deck_sources, pattern_sources

__all__ = [
    "KNOWN_TAGS",
    "WHEN_VALUES",
    "BreathingPattern",
    "CardPicker",
    "ContentError",
    "ContentSource",
    "CueCard",
    "CueDeck",
    "DeckCheck",
    "DeckError",
    "DeckFile",
    "DeckLibrary",
    "Loaded",
    "PatternError",
    "Phase",
    "PhasePosition",
    "Problem",
    "check_deck_file",
    "check_deck_text",
    "check_pattern_file",
    "deck_sources",
    "deck_template",
    "deck_to_toml",
    "load_deck_file",
    "load_decks",
    "load_default_decks",
    "load_default_patterns",
    "load_pattern_file",
    "load_patterns",
    "pattern_sources",
]
