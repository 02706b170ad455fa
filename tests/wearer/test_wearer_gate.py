"""The wearer gate on synthetic scenes (crosstalk corpus, synthetic voices: no espeak needed):
who is talking, learning the profile, and streaming == batch."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import crosstalk_corpus as cc

from companion.features import FeatureFrames, extract_features
from companion.wearer import GateConfig, GateOutput, Talker, WearerGate

WEARER = cc.Voice("synth-120hz", f0_hz=120.0, seed=12)
COLLEAGUE = cc.Voice("synth-200hz", f0_hz=200.0, seed=21)
ROOM = cc.Room("office", 0.55, -2.0, 5)
CONFIG = GateConfig(calibration_s=15.0)


def _features(m: cc.Mix) -> FeatureFrames:
    return extract_features(m.samples)


def _run(gate: WearerGate, frames: FeatureFrames, cuts: list[int] | None = None) -> GateOutput:
    """Feed ``frames`` in pieces of ``cuts`` frames (all at once without cuts), then flush."""
    outs, pos, k = [], 0, 0
    while pos < len(frames):
        step = len(frames) if not cuts else cuts[k % len(cuts)]
        outs.append(gate.process(frames[pos:pos + step]))
        pos, k = pos + step, k + 1
    outs.append(gate.flush())
    return GateOutput(FeatureFrames.concat([o.frames for o in outs]),
                      np.concatenate([o.talker for o in outs]),
                      np.concatenate([o.own for o in outs]),
                      np.concatenate([o.evidence for o in outs]))


@pytest.fixture(scope="module")
def learned() -> WearerGate:
    """A gate that learned the wearer's profile from calm speech over a quiet colleague."""
    calib = cc.calibration_speech(WEARER)
    bg = cc.colleague(COLLEAGUE, ROOM, -25.0, calib.size / cc.SR, mode="calm")
    gate = WearerGate(CONFIG)
    _run(gate, _features(cc.mix(calib, [bg], seed=1)))
    assert gate.profile is not None
    return gate


def _share(out: GateOutput, who: Talker) -> float:
    talking = out.talker != Talker.NONE
    return float((out.talker[talking] == who).mean()) if talking.any() else 0.0


def test_profile_is_the_wearers_voice(learned: WearerGate) -> None:
    p = learned.profile
    assert p is not None
    assert p.f0_median_hz == pytest.approx(120.0, rel=0.08)
    assert p.peak_level_dbfs == pytest.approx(cc.WEARER_LEVEL_DBFS, abs=8.0)


@pytest.mark.parametrize("rel_db", [-30.0, -20.0])
def test_a_colleague_alone_is_never_the_wearer(learned: WearerGate, rel_db: float) -> None:
    gate = WearerGate(CONFIG, learned.profile)
    out = _run(gate, _features(cc.mix(None, [cc.colleague(COLLEAGUE, ROOM, rel_db, 30.0)],
                                      seed=2)))
    assert (out.talker != Talker.NONE).sum() > 300       # the colleague is heard ...
    assert _share(out, Talker.WEARER) == 0.0             # ... and never taken for the wearer
    assert not out.own.any()


def test_the_customer_in_the_earpiece_is_not_the_wearer(learned: WearerGate) -> None:
    gate = WearerGate(CONFIG, learned.profile)
    out = _run(gate, _features(cc.mix(None, [cc.earpiece(COLLEAGUE, -30.0, 30.0)], seed=3)))
    assert _share(out, Talker.WEARER) == 0.0


@pytest.mark.parametrize("mode", ["calm", "agitated"])
def test_the_wearer_is_the_wearer_calm_or_agitated(learned: WearerGate, mode: str) -> None:
    gate = WearerGate(CONFIG, learned.profile)
    out = _run(gate, _features(cc.mix(cc.wearer_speech(WEARER, mode, 20.0), [], seed=4)))
    assert _share(out, Talker.WEARER) > 0.9
    assert out.own.sum() > 0.7 * (out.talker == Talker.WEARER).sum()


def test_bootstrap_does_not_learn_a_colleague_who_spoke_first() -> None:
    """The wearer is the dominant dry close-talk voice: a reverberant colleague heard before
    the wearer says anything is not taken for them while the gate is still bootstrapping."""
    first = cc.colleague(COLLEAGUE, ROOM, -15.0, 20.0)
    calib = cc.calibration_speech(WEARER)
    x = np.concatenate([first, calib]).astype(np.float32)
    gate = WearerGate(CONFIG)
    out = _run(gate, extract_features(cc.mix(x, [], seed=5).samples))
    before = out.frames.t_s < 19.5
    assert (out.talker[before] == Talker.WEARER).mean() < 0.05
    assert gate.profile is not None
    assert gate.profile.f0_median_hz == pytest.approx(120.0, rel=0.08)


def test_recalibrate_forgets_the_profile(learned: WearerGate) -> None:
    gate = WearerGate(CONFIG, learned.profile)
    gate.recalibrate()
    assert gate.profile is None and gate.calibration_progress == 0.0


@pytest.fixture(scope="module")
def scene() -> FeatureFrames:
    """Calibration speech, then the wearer with a colleague at -10 dB, then the colleague."""
    calib = cc.calibration_speech(WEARER)
    own = cc.wearer_speech(WEARER, "calm", 12.0)
    col = cc.colleague(COLLEAGUE, ROOM, -10.0, 20.0)
    x = np.concatenate([calib, own, np.zeros(8000, np.float32)]).astype(np.float32)
    y = np.zeros(x.size + col.size, np.float32)
    y[: x.size] = x
    y[calib.size:calib.size + col.size] += col
    return extract_features(cc.mix(y, [], seed=6).samples)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(1, 700), min_size=1, max_size=8))
def test_any_split_gives_the_same_decisions(scene: FeatureFrames, cuts: list[int]) -> None:
    """Calibration completing, the slow-update grid and turn changes inside blocks: the
    decisions, own-voice flags, evidence and the profile do not depend on the blocks."""
    cfg = replace(CONFIG, update_every_s=2.0, forgetting_s=60.0)
    whole_gate, split_gate = WearerGate(cfg), WearerGate(cfg)
    whole = _run(whole_gate, scene)
    split = _run(split_gate, scene, cuts)
    assert whole.frames.equals(split.frames) and len(whole) == len(scene)
    assert np.array_equal(whole.talker, split.talker)
    assert np.array_equal(whole.own, split.own)
    assert np.array_equal(whole.evidence, split.evidence, equal_nan=True)
    assert whole_gate.profile == split_gate.profile and whole_gate.profile is not None
    assert whole_gate.profile.updates_s > 0
