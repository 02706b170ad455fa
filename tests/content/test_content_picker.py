"""Card picker: moments, no repeats, hidden, pinned preference, weights, seeded."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import tomli_w

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
    {"id": "calm", "when": ["after_tense"]},
    {"id": "recover", "when": ["after_tense", "between_calls"]},
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
