"""The live pipeline, one block at a time: features -> wearer gate -> arousal.

:class:`VoicePipeline` is what the app's engine thread runs on every ~100 ms block and what
``companion analyze`` runs over a file; :class:`FrameScorer` is its second half (gate and
arousal over feature frames), which ``analyze`` also uses to learn a baseline from the start
of a file. Any split of the same samples into blocks gives the same frames, talkers, index
values and episodes, bit for bit.

Threads: one pipeline per stream, used from one thread at a time (the engine worker in the
app, the CLI thread in ``analyze``). No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np

from companion.arousal import ArousalConfig, ArousalTracker, Baseline
from companion.features import FeatureConfig, FeatureExtractor, FeatureFrames
from companion.features.rate import MIN_RATE_SPEECH_S, SyllableRate
from companion.pipeline.records import BlockResult, EpisodeEvent, ScoredFrames
from companion.settings import Settings
from companion.wearer import (
    NONE_CODE,
    OTHER_CODE,
    WEARER_CODE,
    GateConfig,
    GateOutput,
    WearerGate,
)

__all__ = ["FrameScorer", "VoicePipeline", "arousal_config_for", "gate_config_for"]


def arousal_config_for(settings: Settings | None = None, calibration_s: float | None = None,
                       base: ArousalConfig | None = None) -> ArousalConfig:
    """The arousal config for the effective ``settings`` (or the defaults), with an optional
    calibration length in seconds of speech (the demo uses a short one)."""
    overrides = {} if calibration_s is None else {"calibration_s": float(calibration_s)}
    if settings is not None:
        return ArousalConfig.from_settings(settings, **overrides)
    return (base or ArousalConfig()).replace(**overrides)


def gate_config_for(config: ArousalConfig) -> GateConfig:
    """The wearer gate's timing for an arousal config: same frames, calibration length and
    slow-update grid, so that the voice profile and the baseline learn together."""
    return GateConfig(hop_s=config.hop_s, calibration_s=config.calibration_s,
                      min_voiced_s=config.min_calibration_voiced_s,
                      update_every_s=config.update_every_s, forgetting_s=config.forgetting_s)


def as_baseline(baseline: Baseline | Mapping[str, Any] | None) -> Baseline | None:
    """A :class:`Baseline` from a saved record (or None/an existing baseline as is)."""
    if baseline is None or isinstance(baseline, Baseline):
        return baseline
    return Baseline.from_dict(dict(baseline)) if baseline else None


class FrameScorer:
    """Wearer gate then arousal tracker over feature frames, with episode events.

    Parameters
    ----------
    baseline
        The wearer's baseline (None: learn it from the first ``calibration_s`` of their
        speech; the index is NaN until then).
    config
        Arousal settings.
    gate_config
        Timing of the wearer gate.
    self_calibrate
        False: without a baseline, never learn one (no index).
    """

    def __init__(self, baseline: Baseline | None = None, *, config: ArousalConfig | None = None,
                 gate_config: GateConfig | None = None, self_calibrate: bool = True) -> None:
        self.config = config or ArousalConfig()
        self._gate = WearerGate(gate_config or gate_config_for(self.config),
                                None if baseline is None else baseline.voice)
        self._tracker = ArousalTracker(self.config, baseline=baseline, calibrate=self_calibrate)
        features = FeatureConfig()
        self._own_rate = SyllableRate.of(features.syllable_window_s, MIN_RATE_SPEECH_S,
                                          self.config.hop_s)
        self._closed_seen = 0
        self._open_start: float | None = None

    @property
    def baseline(self) -> Baseline | None:
        """The baseline in use, with the wearer's current voice profile (None while the
        arousal baseline is still being learned)."""
        base = self._tracker.baseline
        return None if base is None else base.with_voice(self._gate.profile)

    @property
    def calibrated(self) -> bool:
        """True once both the arousal baseline and the voice profile are in use."""
        return self._tracker.calibrated and self._gate.profile is not None

    @property
    def calibration_progress(self) -> float:
        """0-1: share of the calibration speech collected."""
        return min(self._tracker.calibration_progress, self._gate.calibration_progress)

    def recalibrate(self) -> None:
        """Forget the baseline and the voice profile and learn them again from the next
        ``calibration_s`` of speech (a new headset: level and envelope change)."""
        self._gate.recalibrate()
        self._tracker.recalibrate()

    def calibrate_now(self) -> bool:
        """Finish a calibration in progress with what was collected so far (the end of a
        short recording); True when there is a baseline afterwards."""
        self._gate.calibrate_now()
        return self._tracker.calibrate_now()

    def process(self, frames: FeatureFrames) -> BlockResult:
        """Score feature frames (any number); returns the frames decided so far."""
        return self._score(self._gate.process(frames), final=False)

    def flush(self) -> BlockResult:
        """End of stream: decide the frames still waiting and close an open episode."""
        return self._score(self._gate.flush(), final=True)

    def _score(self, gated: GateOutput, *, final: bool) -> BlockResult:
        fr = gated.frames
        if len(fr):
            out = self._tracker.process(*self._own_voice(gated))
            arousal = np.asarray(out.arousal, dtype=np.float64)
        else:
            arousal = np.empty(0)
        if final:
            self._tracker.flush()
        scored = ScoredFrames(np.asarray(fr.t_s, dtype=np.float64), gated.talker, arousal)
        return self._with_episodes(fr, scored)

    def _own_voice(self, gated: GateOutput) -> tuple[FeatureFrames, np.ndarray]:
        """What the arousal tracker reads: the wearer's own frames (their syllables, not a
        colleague louder for a moment in their pauses), with the speech rate of their own
        syllables; other talkers' frames marked so that they get no index."""
        fr, own = gated.frames, gated.own
        turn = fr.speech & (gated.talker == WEARER_CODE)
        rate = self._own_rate.process(fr.nucleus & own, turn)
        talker = np.where(own, WEARER_CODE,
                          np.where(gated.talker == OTHER_CODE, OTHER_CODE, NONE_CODE))
        return replace(fr, syllable_rate_hz=rate), talker.astype(np.int8)

    def _with_episodes(self, fr: FeatureFrames, scored: ScoredFrames) -> BlockResult:
        episodes = self._tracker.episodes
        closed = tuple(EpisodeEvent.of(e, closed=True) for e in episodes[self._closed_seen:])
        self._closed_seen = len(episodes)
        live = self._tracker.open_episode
        opened = None
        if live is not None and live.start_s != self._open_start:
            opened = EpisodeEvent.of(live, closed=False)
        self._open_start = None if live is None else live.start_s
        return BlockResult(features=fr, scored=scored, opened=opened, closed=closed,
                           open_episode=None if live is None else EpisodeEvent.of(
                               live, closed=False), hop_s=self.config.hop_s)


class VoicePipeline:
    """Audio blocks -> :class:`FeatureExtractor` -> :class:`FrameScorer`.

    Parameters
    ----------
    baseline
        A :class:`Baseline` or its saved record (``baseline_dict()`` of an earlier session;
        an old record without a voice profile is fine); None = calibrate on the first
        ``calibration_s`` of the wearer's speech.
    settings
        The effective ``companion.settings.Settings`` (tense threshold, calibration length,
        sensitivity); None = defaults.
    calibration_s
        Overrides the calibration length (seconds of speech).
    feature_config, arousal_config
        Explicit configs (tests, benchmarks); ``arousal_config`` is used when ``settings``
        is None.
    """

    def __init__(self, baseline: Baseline | Mapping[str, Any] | None = None, *,
                 settings: Settings | None = None, calibration_s: float | None = None,
                 feature_config: FeatureConfig | None = None,
                 arousal_config: ArousalConfig | None = None) -> None:
        self.feature_config = feature_config or FeatureConfig()
        self.config = arousal_config_for(settings, calibration_s, arousal_config)
        self.hop_s = float(self.feature_config.hop_s)
        self._extractor = FeatureExtractor(self.feature_config)
        self.scorer = FrameScorer(as_baseline(baseline), config=self.config)

    def process(self, block: np.ndarray) -> BlockResult:
        """Analyse one block (float32, 16 kHz, any length)."""
        return self.scorer.process(self._extractor.process(block))

    def flush(self) -> BlockResult:
        """End of stream: the remaining frames and the closing of an open episode."""
        first = self.scorer.process(self._extractor.flush())
        rest = self.scorer.flush()
        return BlockResult(
            features=FeatureFrames.concat([first.features, rest.features]),
            scored=ScoredFrames.concat([first.scored, rest.scored]),
            opened=first.opened or rest.opened, closed=first.closed + rest.closed,
            open_episode=rest.open_episode, hop_s=self.hop_s)

    @property
    def baseline(self) -> Baseline | None:
        """The baseline in use (None while calibrating)."""
        return self.scorer.baseline

    @property
    def calibration_progress(self) -> float:
        """0-1: share of the calibration speech collected (1 once a baseline is in use)."""
        return self.scorer.calibration_progress

    def recalibrate(self) -> None:
        """Forget the baseline and learn it again from the next speech."""
        self.scorer.recalibrate()

    def baseline_dict(self) -> dict[str, Any] | None:
        """The baseline as a plain dict (to save), or None while still calibrating."""
        base = self.scorer.baseline
        return None if base is None else dict(base.to_dict())
