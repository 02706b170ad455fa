"""User-initiated export: JSON object of every table, CSV folder of one file per table."""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path

import pytest

from companion.store import (
    CallRecord,
    CardPreference,
    InterventionRecord,
    MinuteAggregate,
    Store,
    StoreError,
)
from companion.store.schema import ALL_TABLES


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_minute(MinuteAggregate(600.0, 40.0, 52.5, 61.0, 33.0, True))
    cid = store.add_call(CallRecord(500.0, 800.0, "manual", 52.5, 77.0, 12.0, 30.0))
    store.add_intervention(InterventionRecord("breathing", "box", 810.0, "completed", 70.0,
                                              55.0, "better", cid))
    store.save_baseline({"f0_median_hz": 130.0}, saved_at=100.0)
    store.set_card_preference(CardPreference("deck/card, \"quoted\"", hidden=True,
                                             updated_at=200.0))
    return store


def test_json_export_holds_every_table(filled: Store, tmp_path: Path, clock) -> None:
    target = tmp_path / "export.json"
    assert filled.export(target, "json") == target
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert set(doc) == {"companion_export", *ALL_TABLES}
    assert doc["companion_export"]["format_version"] == 1
    assert doc["companion_export"]["exported_at"] == clock.now
    assert doc["minutes"] == [{"minute_start": 600.0, "arousal_min": 40.0, "arousal_mean": 52.5,
                               "arousal_max": 61.0, "speech_s": 33.0, "in_call": 1}]
    assert doc["calls"][0]["source"] == "manual" and doc["calls"][0]["end"] == 800.0
    offer = doc["interventions"][0]
    assert (offer["feeling"], offer["arousal_after"], offer["call_id"]) == ("better", 55.0, 1)
    assert doc["baseline"] == [{"id": 1, "saved_at": 100.0, "data": {"f0_median_hz": 130.0}}]
    assert doc["card_prefs"][0]["card_id"] == "deck/card, \"quoted\""
    assert {row["key"] for row in doc["meta"]} >= {"created_at"}
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_export_is_a_folder_of_tables(filled: Store, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    filled.export(folder, "csv")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in ALL_TABLES)
    with open(folder / "calls.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["id", "start", "end", "source", "arousal_mean", "arousal_peak",
                       "tense_s", "recovery_s", "cut_short"]
    assert rows[1] == ["1", "500.0", "800.0", "manual", "52.5", "77.0", "12.0", "30.0", "0"]
    with open(folder / "card_prefs.csv", encoding="utf-8", newline="") as fh:
        prefs = list(csv.DictReader(fh))
    assert prefs == [{"card_id": "deck/card, \"quoted\"", "pinned": "0", "hidden": "1",
                      "helpful": "", "updated_at": "200.0"}]
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_export_of_empty_store_has_headers(store: Store, tmp_path: Path) -> None:
    store.export(tmp_path / "e", "csv")
    assert (tmp_path / "e" / "minutes.csv").read_text().startswith("minute_start,")
    store.export(tmp_path / "e.json")
    assert json.loads((tmp_path / "e.json").read_text())["calls"] == []


def test_export_never_overwrites(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    target.write_text("precious")
    with pytest.raises(StoreError, match="already exists"):
        filled.export(target, "json")
    with pytest.raises(StoreError, match="already exists"):
        filled.export(tmp_path, "csv")
    assert target.read_text() == "precious"


def test_export_bad_format_and_missing_folder(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        filled.export(tmp_path / "x", "xml")
    with pytest.raises(StoreError, match="does not exist"):
        filled.export(tmp_path / "no" / "such" / "x.json", "json")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_to_a_full_disk_leaves_nothing_behind(filled: Store, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     fmt: str) -> None:
    """Regression: a full volume gave an OSError traceback (json) or a half-written folder
    (csv). Now: one StoreError line and nothing at the target."""
    import errno

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(StoreError) as info:
        filled.export(stick / "out", fmt)
    assert "the disk is full" in str(info.value) and "\n" not in str(info.value)
    assert list(stick.iterdir()) == []
