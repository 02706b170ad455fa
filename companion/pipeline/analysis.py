"""``companion analyze``: a WAV file through the live pipeline, streamed, in bounded memory.

:func:`analyze_file` reads the file in :data:`ANALYZE_BLOCK_S` blocks
(:class:`~companion.audio.FileSource`) and runs exactly what the app runs
(:class:`~companion.pipeline.stream.VoicePipeline`'s extractor and :class:`~companion.pipeline.stream.FrameScorer`), then the same call rule and
call summaries (:mod:`companion.pipeline.calls`). Per-frame results go to *sinks* (the JSON
and CSV writers of :mod:`companion.pipeline.output`, the plot); the file summary is
accumulated on the way. Nothing keeps every frame, so memory stays flat whatever the length.

Without a baseline the file is scored against itself: the baseline (and the voice profile)
are learned from the first ``calibration_s`` of the wearer's speech, or from all of it when
there is less, within the first :data:`LEARN_LIMIT_S` of audio, and the file is then scored
from its start. The frames of that stretch are held in memory meanwhile.

Threads: the caller's (the CLI's main thread). No Qt; no audio is written anywhere.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from companion.arousal import ArousalAccumulator, ArousalConfig, Baseline, CallArousalSummary
from companion.audio import SAMPLE_RATE_HZ, FileSource
from companion.errors import CompanionError
from companion.features import FeatureConfig, FeatureExtractor, FeatureFrames, FeatureInputError
from companion.pipeline.calls import CallRecorder, CallSpanSummary, SpeechCalls
from companion.pipeline.records import BlockResult, ScoredFrames
from companion.pipeline.spool import SpooledValues
from companion.pipeline.stream import FrameScorer, arousal_config_for, as_baseline
from companion.settings import Settings
from companion.wearer import OTHER_CODE, WEARER_CODE

__all__ = ["ANALYZE_BLOCK_S", "LEARN_LIMIT_S", "AnalysisError", "AnalysisSummary",
           "EpisodeSpan", "FrameCollector", "FrameSink", "analyze_file"]

#: Without a baseline, the baseline is learned within this much audio at the start of the
#: file (seconds); its frames are held in memory until then.
LEARN_LIMIT_S = 600.0
#: Block length (s) ``analyze`` feeds the pipeline. The app feeds ~2 s blocks from the
#: microphone; any split gives the same frames bit for bit, and long blocks make far fewer,
#: larger numpy calls in the wearer gate and the arousal window (about a third less CPU than
#: 0.1 s blocks).
ANALYZE_BLOCK_S = 10.0


class AnalysisError(CompanionError):
    """A file that can be read but not analysed (no samples, bad sample values)."""


class FrameSink(Protocol):
    """Receives the analysis frame by frame (in stream order)."""

    def write(self, result: BlockResult) -> None:
        """One chunk of frames: features, talker, index."""


@dataclass(frozen=True)
class EpisodeSpan:
    """A tense stretch: seconds from the start of the file, peak on the 0–100 index."""

    start_s: float
    end_s: float
    peak: float


@dataclass
class AnalysisSummary:
    """Everything ``companion analyze`` reports about a file besides the frames.

    Counts are frames (``hop_s`` each); levels dBFS; pitch Hz; index 0–100.
    """

    source: str
    sample_rate_hz: int
    hop_s: float
    duration_s: float = 0.0
    n_frames: int = 0
    voiced_n: int = 0
    speech_n: int = 0
    wearer_n: int = 0
    other_n: int = 0
    f0_median_hz: float | None = None
    f0_p10_hz: float | None = None
    f0_p90_hz: float | None = None
    speech_level_dbfs: float | None = None
    rate_median_hz: float | None = None
    arousal: CallArousalSummary | None = None
    episodes: list[EpisodeSpan] = field(default_factory=list)
    calls: list[CallSpanSummary] = field(default_factory=list)
    baseline: Baseline | None = None

    @property
    def voiced_ratio(self) -> float:
        """Fraction of frames that are voiced (0–1)."""
        return self.voiced_n / self.n_frames if self.n_frames else 0.0

    @property
    def speech_ratio(self) -> float:
        """Fraction of frames the VAD marks as speech (0–1)."""
        return self.speech_n / self.n_frames if self.n_frames else 0.0

    @property
    def arousal_mean(self) -> float | None:
        """Mean index over the frames that have one (the wearer's speech), or None."""
        return None if self.arousal is None else self.arousal.mean

    @property
    def wearer_speech_s(self) -> float:
        """Seconds of the wearer's speech."""
        return self.wearer_n * self.hop_s

    @property
    def other_speech_s(self) -> float:
        """Seconds of other talkers' speech."""
        return self.other_n * self.hop_s

    def to_dict(self) -> dict[str, Any]:
        """The ``summary`` object of the JSON output (the DESIGN.md keys first)."""
        return {
            "duration_s": round(self.duration_s, 4),
            "voiced_ratio": round(self.voiced_ratio, 4),
            "f0_median_hz": _round_or_none(self.f0_median_hz, 2),
            "arousal_mean": _round_or_none(self.arousal_mean, 2),
            "episodes": [{"start_s": round(e.start_s, 3), "end_s": round(e.end_s, 3),
                          "peak": _round_or_none(e.peak, 2)} for e in self.episodes],
            "wearer_speech_s": round(self.wearer_speech_s, 2),
            "other_speech_s": round(self.other_speech_s, 2),
            "calls": [c.to_dict() for c in self.calls],
        }


def _round_or_none(x: float | None, nd: int) -> float | None:
    if x is None or not np.isfinite(x):
        return None
    return round(float(x), nd)


class FrameCollector:
    """A sink that keeps every frame (tests and short files only)."""

    def __init__(self) -> None:
        self._features: list[FeatureFrames] = []
        self._scored: list[ScoredFrames] = []

    def write(self, result: BlockResult) -> None:
        """Keep the chunk."""
        self._features.append(result.features)
        self._scored.append(result.scored)

    @property
    def features(self) -> FeatureFrames:
        """All feature frames."""
        return FeatureFrames.concat(self._features)

    @property
    def scored(self) -> ScoredFrames:
        """All talker/index frames."""
        return ScoredFrames.concat(self._scored)


class _SummaryBuilder:
    """Accumulates an :class:`AnalysisSummary` and the speech-based calls, chunk by chunk."""

    def __init__(self, summary: AnalysisSummary, config: ArousalConfig,
                 settings: Settings | None) -> None:
        self.s = summary
        self.config = config
        start = getattr(settings, "call_start_speech_s", 4.0)
        end = getattr(settings, "call_end_silence_s", 20.0)
        self.calls = SpeechCalls(start, end)
        self.recorder = CallRecorder.for_rule(config, self.calls.rule)
        self.file_arousal = ArousalAccumulator(config)
        self.f0 = SpooledValues()
        self.level = SpooledValues()
        self.rate = SpooledValues()
        self._call_start: float | None = None
        self._last: BlockResult | None = None

    def write(self, r: BlockResult) -> None:
        """Fold one chunk in (a :class:`FrameSink`)."""
        fr, sc, s = r.features, r.scored, self.s
        s.n_frames += len(fr)
        s.voiced_n += int(np.count_nonzero(fr.voiced))
        s.speech_n += int(np.count_nonzero(fr.speech))
        s.wearer_n += int(np.count_nonzero(sc.talker == WEARER_CODE))
        s.other_n += int(np.count_nonzero(sc.talker == OTHER_CODE))
        self.f0.extend(fr.f0_hz[fr.voiced])
        self.level.extend(fr.rms_dbfs[fr.speech])
        self.rate.extend(fr.syllable_rate_hz)
        self.file_arousal.add(sc.t_s, sc.arousal, sc.talking)
        s.episodes.extend(EpisodeSpan(e.start_s, float(e.end_s or e.start_s), e.peak)
                          for e in r.closed)
        self.recorder.add(sc, r.closed, r.open_episode)
        for speaking, seconds in r.speech_runs:
            edge = self.calls.feed(speaking, seconds)
            if edge is not None:
                self._call_edge(*edge)
        self._last = r

    def _call_edge(self, kind: str, at_s: float) -> None:
        if kind == "start":
            self._call_start = at_s
            self.recorder.start(at_s)
        elif self._call_start is not None:
            self.s.calls.append(CallSpanSummary(self._call_start, at_s, self.recorder.end(at_s)))
            self._call_start = None

    def finish(self, n_samples: int) -> AnalysisSummary:
        s = self.s
        s.duration_s = n_samples / s.sample_rate_hz
        end_s = self.recorder.end_s
        if self._call_start is not None:  # a call still on at the end of the recording
            self._call_edge("end", end_s)
        s.arousal = self.file_arousal.summary(end_s, [])
        s.f0_median_hz = self.f0.median()
        s.f0_p10_hz, s.f0_p90_hz = self.f0.percentile(10), self.f0.percentile(90)
        s.speech_level_dbfs = self.level.median()
        s.rate_median_hz = self.rate.median()
        for spool in (self.f0, self.level, self.rate):
            spool.close()
        return s


class _Samples:
    """Feature chunks of a file, counting its samples."""

    def __init__(self, source: FileSource, extractor: FeatureExtractor) -> None:
        self.source = source
        self.extractor = extractor
        self.n = 0

    def chunks(self) -> Iterator[FeatureFrames]:
        try:
            for block in self.source.blocks():
                self.n += int(block.shape[0])
                yield self.extractor.process(block)
            yield self.extractor.flush()
        except FeatureInputError as exc:
            raise AnalysisError(f"{self.source.path}: {exc.message}", exc.hint) from None


def _learn(chunks: Iterator[FeatureFrames], config: ArousalConfig,
           limit_frames: int) -> tuple[Baseline | None, list[FeatureFrames]]:
    """Learn a baseline from the start of a stream; returns it and the chunks read."""
    learner = FrameScorer(None, config=config)
    held: list[FeatureFrames] = []
    n = 0
    for fr in chunks:
        held.append(fr)
        n += len(fr)
        learner.process(fr)
        if learner.calibrated or n >= limit_frames:
            break
    else:
        learner.flush()
    learner.calibrate_now()
    return learner.baseline, held


def analyze_file(path: str | os.PathLike[str], *,
                 baseline: Baseline | dict[str, Any] | None = None,
                 settings: Settings | None = None,
                 arousal_config: ArousalConfig | None = None,
                 feature_config: FeatureConfig | None = None,
                 block_s: float = ANALYZE_BLOCK_S,
                 learn: bool = True, sinks: Iterable[FrameSink] = ()) -> AnalysisSummary:
    """Analyse a WAV file with the live pipeline; frames go to ``sinks``.

    Parameters
    ----------
    path
        A WAV file (any rate/channels ``FileSource`` reads; resampled to 16 kHz mono).
    baseline
        The wearer's saved baseline (``--baseline``). None: learn it from the file itself
        when ``learn`` is true, else no index.
    settings
        ``companion.settings.Settings`` for the tense threshold, sensitivity, calibration
        length and the call rule (defaults when None).
    arousal_config, feature_config
        Explicit configs (tests); ``arousal_config`` is used when ``settings`` is None.
    block_s
        Block length fed to the extractor, seconds (the live app uses ~0.1 s; results do
        not depend on it).
    sinks
        Receivers of the per-frame results, in stream order.

    Raises
    ------
    companion.audio.WavFormatError
        Not a WAV we can read (missing, not a regular file, empty, truncated, bad header).
    AnalysisError
        A readable file with no samples or with samples that cannot be analysed.
    """
    fcfg = feature_config or FeatureConfig()
    if fcfg.sample_rate_hz != SAMPLE_RATE_HZ:
        raise AnalysisError(f"feature setting sample_rate_hz={fcfg.sample_rate_hz} does not "
                            "match the audio rate", f"use {SAMPLE_RATE_HZ}")
    acfg = arousal_config_for(settings, None, arousal_config)
    samples = _Samples(FileSource(path, block_s=block_s), FeatureExtractor(fcfg))
    chunks = samples.chunks()
    base = as_baseline(baseline)
    held: list[FeatureFrames] = []
    if base is None and learn:
        base, held = _learn(chunks, acfg, round(LEARN_LIMIT_S / fcfg.hop_s))
    scorer = FrameScorer(base, config=acfg, self_calibrate=learn)
    builder = _SummaryBuilder(AnalysisSummary(str(path), fcfg.sample_rate_hz, fcfg.hop_s),
                              acfg, settings)
    _stream(scorer, _chain(held, chunks), [builder, *sinks])
    if samples.n == 0:
        raise AnalysisError(f"{path}: the file holds no audio samples",
                            "record or export at least a fraction of a second of audio")
    summary = builder.finish(samples.n)
    summary.baseline = base if base is not None else scorer.baseline
    return summary


def _stream(scorer: FrameScorer, chunks: Iterable[FeatureFrames],
            sinks: list[FrameSink]) -> None:
    """Score every chunk and hand each result to every sink, then the end of the stream."""
    for fr in chunks:
        result = scorer.process(fr)
        for sink in sinks:
            sink.write(result)
    result = scorer.flush()
    for sink in sinks:
        sink.write(result)


def _chain(first: list[FeatureFrames], rest: Iterator[FeatureFrames]) -> Iterator[FeatureFrames]:
    """``first`` then ``rest``, dropping each held chunk once it has been handed on."""
    held = deque(first)
    first.clear()
    while held:
        yield held.popleft()
    yield from rest
