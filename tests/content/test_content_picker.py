"""Card picker: moments, recovery first after a tense call (the order of care), roles, no
repeats, hidden, pinned preference, weights, seeded."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.content import care
from companion.content.decks import KNOWN_TAGS, WHEN_VALUES, CueCard, check_deck_text
from companion.content.library import DeckLibrary, load_default_decks
from companion.content.picker import CardPicker
from companion.paths import AppPaths
from companion.settings import Settings


def make_library(tmp_path: Path, cards: list[dict]) -> DeckLibrary:
    data = {"deck": {"id": "d", "title": "D", "version": 1},
            "cards": [{"title": c["id"], "body": "b", **c} for c in cards]}
    (tmp_path / "d.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    lib = DeckLibrary([tmp_path])
    assert lib.errors == [], lib.errors
    return lib


CARDS = [
    {"id": "calm", "when": ["after_tense"], "tags": ["recovery"]},
    {"id": "recover", "when": ["after_tense", "between_calls"], "tags": ["recovery"]},
    {"id": "listen", "when": ["between_calls"]},
    {"id": "clear", "when": ["between_calls"]},
    {"id": "intend", "when": ["start_of_shift"]},
    {"id": "intend-2", "when": ["start_of_shift"]},
]


def test_moments_pick_from_their_pool(tmp_path: Path) -> None:
    picker = CardPicker(make_library(tmp_path, CARDS), rng=random.Random(1))
    seen: dict[str, set[str]] = {}
    for moment in ("after_tense", "between_calls", "start_of_shift"):
        seen[moment] = {picker.pick(moment).id for _ in range(60)}  # type: ignore[union-attr]
    assert seen == {"after_tense": {"calm", "recover"},
                    "between_calls": {"recover", "listen", "clear"},
                    "start_of_shift": {"intend", "intend-2"}}
    with pytest.raises(ValueError):
        picker.pick("lunch")


def test_never_the_same_card_twice_in_a_row(tmp_path: Path) -> None:
    picker = CardPicker(make_library(tmp_path, CARDS), rng=random.Random(7))
    previous = None
    for i in range(300):
        moment = ("after_tense", "between_calls", "start_of_shift")[i % 3 if i % 5 else 1]
        card = picker.pick(moment)
        assert card is not None and card.key != previous
        previous = card.key


def test_single_card_is_not_repeated(tmp_path: Path) -> None:
    lib = make_library(tmp_path, [{"id": "only", "when": ["between_calls"]}])
    picker = CardPicker(lib, rng=random.Random(0))
    assert picker.pick("between_calls").id == "only"  # type: ignore[union-attr]
    assert picker.pick("between_calls") is None
    picker.note_shown("d/other")
    assert picker.pick("between_calls").id == "only"  # type: ignore[union-attr]


def test_hidden_cards_never_appear(tmp_path: Path) -> None:
    picker = CardPicker(make_library(tmp_path, CARDS), rng=random.Random(3),
                        hidden={"d/listen", "intend"})
    ids = {picker.pick("between_calls").id for _ in range(50)}  # type: ignore[union-attr]
    assert ids == {"recover", "clear"}
    assert picker.pick("start_of_shift").id == "intend-2"  # type: ignore[union-attr]
    assert picker.pick("start_of_shift") is None  # the only one left was just shown
    picker.set_hidden(set())
    assert "listen" in {picker.pick("between_calls").id for _ in range(50)}  # type: ignore[union-attr]


def test_everything_hidden_gives_none(tmp_path: Path) -> None:
    picker = CardPicker(make_library(tmp_path, CARDS), rng=random.Random(3),
                        hidden={c["id"] for c in CARDS})
    assert picker.pick("after_tense") is None


def test_empty_moment_falls_back_to_between_calls(tmp_path: Path) -> None:
    lib = make_library(tmp_path, [{"id": "a", "when": ["between_calls"]},
                                  {"id": "b", "when": ["between_calls"]}])
    picker = CardPicker(lib, rng=random.Random(3))
    assert picker.pick("start_of_shift").id in {"a", "b"}  # type: ignore[union-attr]


def test_pinned_cards_come_up_about_half_the_time(tmp_path: Path) -> None:
    cards = [{"id": f"c{i}", "when": ["between_calls"]} for i in range(20)]
    picker = CardPicker(make_library(tmp_path, cards), rng=random.Random(11),
                        pinned={"d/c3", "c4"})
    counts = Counter(picker.pick("between_calls").id for _ in range(4000))  # type: ignore[union-attr]
    pinned_share = (counts["c3"] + counts["c4"]) / 4000
    # 0.5 from the pinned draw + 0.5 * 2/20 from the open draw (minus no-repeat effects)
    assert 0.45 < pinned_share < 0.62
    assert len(counts) == 20, "other cards still come up"
    never = CardPicker(picker.library, rng=random.Random(1), pinned={"c3"}, pinned_share=0.0)
    assert Counter(never.pick("between_calls").id for _ in range(2000))["c3"] < 200  # type: ignore[union-attr]


def test_weights_are_roughly_honoured(tmp_path: Path) -> None:
    cards = [{"id": "heavy", "when": ["between_calls"], "weight": 6.0},
             {"id": "light-1", "when": ["between_calls"]},
             {"id": "light-2", "when": ["between_calls"]},
             {"id": "light-3", "when": ["between_calls"]}]
    picker = CardPicker(make_library(tmp_path, cards), rng=np.random.default_rng(5))
    picks = [picker.pick("between_calls").id for _ in range(6000)]  # type: ignore[union-attr]
    # After a light card the pool is heavy (6) + two lights (1 + 1): heavy with p = 6/8.
    after_light = [b for a, b in zip(picks, picks[1:], strict=False) if a != "heavy"]
    assert abs(after_light.count("heavy") / len(after_light) - 0.75) < 0.03
    # Stationary share of heavy with the no-repeat rule: p = 0.75 (1 - p) -> 3/7.
    assert abs(picks.count("heavy") / len(picks) - 3 / 7) < 0.03
    lights = Counter(p for p in picks if p != "heavy")
    assert max(lights.values()) / min(lights.values()) < 1.2


def test_helpful_cards_are_boosted(tmp_path: Path) -> None:
    cards = [{"id": f"c{i}", "when": ["between_calls"]} for i in range(6)]
    picker = CardPicker(make_library(tmp_path, cards), rng=random.Random(2), helpful={"c0"},
                        helpful_boost=4.0)
    counts = Counter(picker.pick("between_calls").id for _ in range(3000))  # type: ignore[union-attr]
    assert counts["c0"] > 2.5 * counts["c1"]


def test_seeded_picks_are_reproducible(isolated_dirs: dict[str, Path]) -> None:
    lib = load_default_decks(AppPaths.from_environment(), Settings())
    a = CardPicker(lib, rng=random.Random(42))
    b = CardPicker(lib, rng=random.Random(42))
    seq_a = [a.pick("after_tense").key for _ in range(20)]  # type: ignore[union-attr]
    seq_b = [b.pick("after_tense").key for _ in range(20)]  # type: ignore[union-attr]
    assert seq_a == seq_b and len(set(seq_a)) > 5


def test_picker_follows_library_reload(tmp_path: Path) -> None:
    lib = make_library(tmp_path, CARDS[:2])
    picker = CardPicker(lib, rng=random.Random(0))
    assert picker.pick("start_of_shift") is not None  # falls back to between_calls
    make_library(tmp_path, CARDS)
    lib.rescan()
    assert picker.pick("start_of_shift").id.startswith("intend")  # type: ignore[union-attr]


def test_bad_arguments() -> None:
    lib = DeckLibrary([])
    with pytest.raises(ValueError):
        CardPicker(lib, rng=random.Random(0), pinned_share=2)
    with pytest.raises(ValueError):
        CardPicker(lib, rng=random.Random(0), helpful_boost=0.5)
    assert CardPicker(lib, rng=random.Random(0)).pick("between_calls") is None


# -- recovery first after a tense call -------------------------------------------------------
class Cards:
    """A stand-in library: just the cards (validated by the real deck checker)."""

    def __init__(self, cards: list[CueCard]) -> None:
        self._cards = cards

    def cards(self) -> list[CueCard]:
        return self._cards


_tags = st.lists(st.sampled_from(sorted(KNOWN_TAGS)), max_size=4, unique=True)
_when = st.lists(st.sampled_from(WHEN_VALUES), min_size=1, max_size=3, unique=True)


@settings(max_examples=200, deadline=None)
@given(decks=st.lists(st.tuples(_tags, _when), min_size=1, max_size=12),
       marks=st.lists(st.tuples(st.integers(0, 11), st.sampled_from(["pin", "hide", "help"])),
                      max_size=6),
       actions=st.lists(st.sampled_from(["start", "pick", "pick", "pick"]), min_size=1,
                        max_size=12),
       seed=st.integers(0, 2**16))
def test_never_a_coaching_card_after_a_tense_call(decks, marks, actions, seed) -> None:
    """Whatever the decks (including cards wrongly listed for after_tense), the agent's
    pins, hides and helpful marks: every card offered after a tense call is a recovery card,
    and the first one settles the body when the decks have such a card."""
    data = {"deck": {"id": "d", "title": "D", "version": 1},
            "cards": [{"id": f"c{i}", "title": "T", "body": "B", "tags": tags, "when": when}
                      for i, (tags, when) in enumerate(decks)]}
    deck = check_deck_text(tomli_w.dumps(data), Path("d.toml")).deck
    assert deck is not None
    names = {kind: {f"c{i}" for i, k in marks if k == kind} for kind in ("pin", "hide", "help")}
    picker = CardPicker(Cards(list(deck.cards)), rng=random.Random(seed),  # type: ignore[arg-type]
                        pinned=names["pin"], hidden=names["hide"], helpful=names["help"])
    visible = [c for c in deck.cards if c.id not in names["hide"]]
    fresh = True
    for action in actions:
        if action == "start":
            picker.start("after_tense")
            fresh = True
            continue
        last = picker.last_key
        card = picker.pick("after_tense")
        if card is None:
            assert not [c for c in visible if c.is_recovery and c.key != last]
            continue
        assert card.is_recovery, card
        if fresh and not names["pin"]:
            assert care.care_step(card.tags) == _first_step(visible, last), card
        fresh = False


def _first_step(visible: list[CueCard], last: str | None) -> int | None:
    """The earliest step of care any candidate belongs to (the oracle for the first pick)."""
    others = [c for c in visible if c.key != last]
    pool = [c for c in others if "after_tense" in c.when and c.is_recovery] \
        or [c for c in others if c.is_recovery]
    steps = [care.care_step(c.tags) for c in pool]
    return min((s for s in steps if s is not None), default=None)


def test_default_deck_after_a_tense_call_follows_the_order_of_care(
        isolated_dirs: dict[str, Path]) -> None:
    lib = load_default_decks(AppPaths.from_environment(), Settings())
    for seed in range(20):
        picker = CardPicker(lib, rng=random.Random(seed))
        picker.start("after_tense")
        steps = [care.care_step(picker.pick("after_tense").tags)  # type: ignore[union-attr]
                 for _ in range(len(care.CARE_STEPS))]
        assert steps == list(range(len(care.CARE_STEPS))), seed
        # Afterwards any recovery card; a new session starts with the body again.
        assert all(picker.pick("after_tense").is_recovery for _ in range(30))  # type: ignore[union-attr]
        picker.start("after_tense")
        assert care.care_step(picker.pick("after_tense").tags) == 0  # type: ignore[union-attr]


def test_a_pinned_recovery_card_may_come_first(tmp_path: Path) -> None:
    cards = [{"id": "breathe", "when": ["after_tense"], "tags": ["recovery", "breathing"]},
             {"id": "kind", "when": ["after_tense"], "tags": ["recovery", "self-compassion"]},
             {"id": "skill", "when": ["after_tense"], "tags": ["empathy"]}]
    picker = CardPicker(make_library(tmp_path, cards), rng=random.Random(4), pinned={"kind"},
                        pinned_share=1.0)
    picker.start("after_tense")
    assert picker.pick("after_tense").id == "kind"  # type: ignore[union-attr]


def test_no_recovery_card_at_all_gives_none_after_a_tense_call(tmp_path: Path) -> None:
    cards = [{"id": "skill", "when": ["after_tense"], "tags": ["empathy"]},
             {"id": "other", "when": ["between_calls"], "tags": ["anger"]}]
    picker = CardPicker(make_library(tmp_path, cards), rng=random.Random(0))
    assert picker.candidates("after_tense") == [] and picker.pick("after_tense") is None
    assert picker.pick("between_calls") is not None


def test_recovery_cards_of_other_moments_fill_in(tmp_path: Path) -> None:
    cards = [{"id": "skill", "when": ["after_tense"], "tags": ["empathy"]},
             {"id": "stretch", "when": ["between_calls"], "tags": ["recovery", "self-care"]}]
    picker = CardPicker(make_library(tmp_path, cards), rng=random.Random(0))
    assert picker.pick("after_tense").id == "stretch"  # type: ignore[union-attr]


def test_roles_pick_support_and_break_cards(isolated_dirs: dict[str, Path]) -> None:
    lib = load_default_decks(AppPaths.from_environment(), Settings())
    picker = CardPicker(lib, rng=random.Random(1))
    assert "support" in picker.pick_role("support").tags  # type: ignore[union-attr]
    assert picker.pick_role("break").id == "take-a-real-break"  # type: ignore[union-attr]
    picker.set_hidden({"take-a-real-break"})
    assert picker.pick_role("break") is None
    with pytest.raises(ValueError):
        picker.pick_role("lunch")
