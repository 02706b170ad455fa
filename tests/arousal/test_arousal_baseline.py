"""Baseline record: round trip, file persistence, validation of bad input; config checks."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from arousal_fakes import CALM, voice_frames

from companion.arousal import (
    ArousalConfig,
    ArousalConfigError,
    Baseline,
    BaselineError,
    calibrate,
)
from companion.errors import CompanionError
from companion.settings import Settings


@pytest.fixture(scope="module")
def base() -> Baseline:
    return calibrate(voice_frames(40, CALM, seed=1))


def test_round_trip_through_dict_and_file(base: Baseline, tmp_path: Path) -> None:
    d = base.to_dict()
    assert d["kind"] == "companion-voice-baseline" and d["version"] == 2
    json.dumps(d, allow_nan=False)  # plain JSON, no NaN tokens
    again = Baseline.from_dict(d)
    for key, value in again.to_dict().items():
        assert value == d[key]
    path = tmp_path / "sub" / "baseline.json"
    base.save(path)
    assert Baseline.load(path).to_dict() == d
    assert path.stat().st_size < 2000  # a few numbers, no audio


def test_missing_cue_is_null_in_json(base: Baseline) -> None:
    d = {**base.to_dict(), "alpha_ratio_db": None, "alpha_ratio_sd_db": None}
    b = Baseline.from_dict(d)
    assert math.isnan(b.alpha_ratio_db)
    assert b.to_dict()["alpha_ratio_db"] is None


@pytest.mark.parametrize("change, message", [
    ({"f0_median_hz": "high"}, "'f0_median_hz' must be a finite number"),
    ({"f0_median_hz": None}, "'f0_median_hz' must be a finite number"),
    ({"f0_median_hz": 5000.0}, "is not a voice"),
    ({"loudness_sd_db": -1.0}, "'loudness_sd_db' must be >= 0"),
    ({"version": 7}, "unsupported baseline version 7"),
    ({"kind": "something-else"}, "'kind' is 'something-else'"),
    ({"surprise": 1}, "unknown key 'surprise'"),
    ({"rate_hz": True}, "'rate_hz' must be a finite number"),
])
def test_bad_records_raise_one_line_errors(base: Baseline, change: dict, message: str) -> None:
    d = {**base.to_dict(), **change}
    with pytest.raises(BaselineError, match=message) as info:
        Baseline.from_dict(d, source="b.json")
    assert "\n" not in str(info.value) and str(info.value).startswith("b.json: ")
    assert isinstance(info.value, CompanionError)


def test_missing_key_and_non_object(base: Baseline) -> None:
    d = base.to_dict()
    del d["f0_sd_st"]
    with pytest.raises(BaselineError, match="missing key 'f0_sd_st'"):
        Baseline.from_dict(d)
    with pytest.raises(BaselineError, match="expected a JSON object"):
        Baseline.from_dict([1, 2])


@pytest.mark.parametrize("content, message", [
    ("{not json", "line 1: not valid JSON"),
    ('{\n  "kind": "companion-voice-baseline",\n  "version": 1,\n}', "line 4: not valid JSON"),
    ("[]", "expected a JSON object"),
    ("", "not valid JSON"),
])
def test_bad_files_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "base.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message) as info:
        Baseline.load(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="cannot read baseline"):
        Baseline.load(tmp_path / "missing.json")
    with pytest.raises(BaselineError, match="cannot read baseline"):
        Baseline.load(tmp_path)
    (tmp_path / "bin.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BaselineError, match="not UTF-8"):
        Baseline.load(tmp_path / "bin.json")
    (tmp_path / "big.json").write_text(" " * 20000)
    with pytest.raises(BaselineError, match="not a baseline file"):
        Baseline.load(tmp_path / "big.json")


def test_save_to_unwritable_place(base: Baseline, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BaselineError, match="cannot write baseline"):
        base.save(blocker / "baseline.json")


def test_from_frames_is_calibrate() -> None:
    fr = voice_frames(20, CALM, seed=4)
    assert Baseline.from_frames(fr) == calibrate(fr)


@pytest.mark.parametrize("change", [
    {"upper": 50.0, "lower": 60.0}, {"window_s": -1.0}, {"hop_s": float("nan")},
    {"weights": (1.0, 0.0)}, {"weights": (0.0,) * 5}, {"min_voiced_s": 5.0},
    {"recovery_level": 80.0}, {"update_every_s": 1000.0}, {"gain": "x"},
])
def test_bad_config_is_rejected(change: dict) -> None:
    with pytest.raises(ArousalConfigError):
        ArousalConfig().replace(**change)
    with pytest.raises(ArousalConfigError, match="unknown key"):
        ArousalConfig().replace(colour=1)


def test_config_from_settings() -> None:
    s = Settings().replace(tense_threshold=80.0, calibration_min=2.0, sensitivity=5)
    cfg = ArousalConfig.from_settings(s)
    assert (cfg.upper, cfg.lower, cfg.calibration_s) == (80.0, 70.0, 120.0)
    assert cfg.min_episode_speech_s == 1.0
    default = ArousalConfig.from_settings(Settings())
    assert default.upper == 70.0 and default.calibration_s == 180.0
    assert default.window_frames == 300 and default.min_voiced_frames == 100
