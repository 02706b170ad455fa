"""The voice profile: fitting, the record, and the baseline format that carries it (v2, still
reading v1)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from companion.arousal import Baseline, BaselineError
from companion.wearer import PROFILE_FIELDS, ProfileError, VoiceProfile, fit_profile

BASE_V1 = {
    "kind": "companion-voice-baseline", "version": 1, "f0_median_hz": 118.2, "f0_sd_st": 1.9,
    "f0_range_st": 4.5, "f0_range_sd_st": 1.0, "loudness_dbfs": -27.2, "loudness_sd_db": 4.2,
    "alpha_ratio_db": -18.0, "alpha_ratio_sd_db": 11.0, "hammarberg_db": 31.1,
    "hammarberg_sd_db": 7.2, "spectral_slope_db_per_khz": -16.7,
    "spectral_slope_sd_db_per_khz": 3.6, "rate_hz": 3.4, "rate_sd_hz": 0.2, "voiced_s": 17.7,
    "calm_updates_s": 0.0}


def _profile() -> VoiceProfile:
    rng = np.random.default_rng(3)
    n = 800
    peaks = np.concatenate([rng.normal(-24.0, 3.0, n), rng.normal(-46.0, 2.0, 80)])
    f0 = np.concatenate([120.0 * 2 ** (rng.normal(0, 1.5, n) / 12), np.full(80, 210.0)])
    cep = rng.normal(2.0, 3.0, (n + 80, 12))
    prof = fit_profile(peaks, f0, cep, 0.01)
    assert prof is not None
    return prof


def test_fit_leaves_out_a_quiet_other_talker_and_uses_robust_spreads() -> None:
    p = _profile()
    assert p.peak_level_dbfs == pytest.approx(-24.0, abs=0.5)
    assert p.f0_median_hz == pytest.approx(120.0, rel=0.02)   # the 210 Hz talker is out
    assert p.f0_sd_st == pytest.approx(1.5, rel=0.15)
    assert p.voiced_s == pytest.approx(8.0, abs=0.2)
    assert len(p.cepstrum_mean) == len(p.cepstrum_sd) == 12
    assert fit_profile(np.full(3, np.nan), np.ones(3), np.ones((3, 12)), 0.01) is None


def test_profile_round_trips_and_bad_records_are_one_line() -> None:
    p = _profile()
    d = p.to_dict()
    assert tuple(d) == PROFILE_FIELDS
    assert VoiceProfile.from_dict(json.loads(json.dumps(d))).to_dict() == d
    for change, message in (({"f0_median_hz": 5.0}, "not a voice"),
                            ({"cepstrum_sd": [1.0] * 11}, "12 finite numbers"),
                            ({"cepstrum_sd": [0.0] * 12}, "must be positive"),
                            ({"peak_level_sd_db": -1}, "out of range"),
                            ({"extra": 1}, "unknown key 'extra'")):
        with pytest.raises(ProfileError, match=message) as info:
            VoiceProfile.from_dict({**d, **change}, source="me")
        assert "\n" not in str(info.value)


def test_baseline_v2_carries_the_profile_and_v1_still_loads(tmp_path) -> None:
    old = Baseline.from_dict(BASE_V1)
    assert old.voice is None and old.to_dict()["version"] == 2
    new = old.with_voice(_profile())
    d = new.to_dict()
    assert d["voice"]["f0_median_hz"] == pytest.approx(new.voice.f0_median_hz, abs=1e-3)
    again = Baseline.from_dict(json.loads(json.dumps(d)))
    assert again.voice == VoiceProfile.from_dict(d["voice"])
    path = tmp_path / "b.json"
    new.save(path)
    assert Baseline.load(path).to_dict() == d
    assert path.stat().st_size < 4096          # a few numbers, no audio
    with pytest.raises(BaselineError, match="unknown key 'voice'"):
        Baseline.from_dict({**BASE_V1, "voice": None})   # v1 had no voice
    with pytest.raises(BaselineError, match="voice: 'f0_sd_st'") as info:
        Baseline.from_dict({**d, "voice": {**d["voice"], "f0_sd_st": "x"}}, source="b.json")
    assert str(info.value).startswith("b.json: voice:")


def test_slow_update_moves_centres_only() -> None:
    p = _profile()
    q = p.with_centers(-20.0, 12 * np.log2(130.0), np.zeros(12), seconds=5.0)
    assert q.peak_level_dbfs == -20.0 and q.f0_median_hz == pytest.approx(130.0)
    assert q.f0_sd_st == p.f0_sd_st and q.cepstrum_sd == p.cepstrum_sd
    assert q.updates_s == p.updates_s + 5.0
