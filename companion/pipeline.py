"""Source -> FeatureExtractor -> ArousalTracker, shared by ``companion analyze`` and tests.

:func:`analyze_file` runs a WAV file block by block through exactly the streaming code the
live app uses (``FileSource`` 100 ms blocks -> :class:`~companion.features.FeatureExtractor`
-> optional arousal tracker), so offline and live numbers agree. :class:`Analysis` turns the
result into the ``companion analyze`` JSON object and CSV rows.

Threads: runs entirely on the caller's thread (the CLI's main thread). No Qt; no audio is
written anywhere.
"""

from __future__ import annotations

import csv
import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

import numpy as np

from companion.arousal import ArousalConfig, ArousalTracker, Baseline, CalibrationError, calibrate
from companion.audio import SAMPLE_RATE_HZ, FileSource
from companion.errors import CompanionError
from companion.features import (
    FRAME_FIELDS,
    FeatureConfig,
    FeatureExtractor,
    FeatureFrames,
    FeatureInputError,
)

__all__ = [
    "Analysis",
    "AnalysisError",
    "ArousalTrackerLike",
    "EpisodeSpan",
    "analyze_file",
    "analyze_with_arousal",
]


class AnalysisError(CompanionError):
    """A file that can be read but not analysed (no samples, bad sample values)."""


class ArousalTrackerLike(Protocol):
    """The plug point for ``companion.arousal.ArousalTracker`` (or any stand-in).

    ``process(frames)`` and ``flush()`` return an object with ``t_s`` and ``arousal`` arrays
    (0–100, NaN = no value); ``episodes`` lists closed episodes with ``start_s``, ``end_s``
    and ``peak``.
    """

    def process(self, frames: FeatureFrames) -> Any: ...

    def flush(self) -> Any: ...

    @property
    def episodes(self) -> Iterable[Any]: ...


@dataclass(frozen=True)
class EpisodeSpan:
    """A tense stretch: seconds from the start of the file, peak on the 0–100 index."""

    start_s: float
    end_s: float
    peak: float


@dataclass
class Analysis:
    """Everything ``companion analyze`` reports about one file.

    Attributes
    ----------
    source
        The file analysed (as given).
    sample_rate_hz
        Analysis sample rate in Hz (16 000; files are resampled).
    hop_s
        Frame hop in seconds.
    duration_s
        Length of the audio in seconds.
    frames
        Per-frame features.
    arousal
        Per-frame arousal 0–100, NaN where there is none (or no tracker was given).
    episodes
        Tense episodes found by the arousal tracker (empty without one).
    """

    source: str
    sample_rate_hz: int
    hop_s: float
    duration_s: float
    frames: FeatureFrames
    arousal: np.ndarray
    episodes: list[EpisodeSpan] = field(default_factory=list)

    # -------------------------------------------------------------- summary numbers
    @property
    def voiced_ratio(self) -> float:
        """Fraction of frames that are voiced (0–1)."""
        return float(self.frames.voiced.mean()) if len(self.frames) else 0.0

    @property
    def speech_ratio(self) -> float:
        """Fraction of frames the VAD marks as speech (0–1)."""
        return float(self.frames.speech.mean()) if len(self.frames) else 0.0

    @property
    def f0_median_hz(self) -> float | None:
        """Median F0 of voiced frames in Hz, None when nothing is voiced."""
        f = self.frames.f0_hz[self.frames.voiced]
        return float(np.median(f)) if f.size else None

    @property
    def arousal_mean(self) -> float | None:
        """Mean arousal over frames that have a value, None when none do."""
        a = self.arousal[np.isfinite(self.arousal)]
        return float(a.mean()) if a.size else None

    def summary(self) -> dict[str, Any]:
        """The ``summary`` object of the JSON output."""
        return {
            "duration_s": round(self.duration_s, 4),
            "voiced_ratio": round(self.voiced_ratio, 4),
            "f0_median_hz": _round_or_none(self.f0_median_hz, 2),
            "arousal_mean": _round_or_none(self.arousal_mean, 2),
            "episodes": [
                {"start_s": round(e.start_s, 3), "end_s": round(e.end_s, 3),
                 "peak": _round_or_none(e.peak, 2)}
                for e in self.episodes
            ],
        }

    # -------------------------------------------------------------- output formats
    def to_json_dict(self) -> dict[str, Any]:
        """The ``companion analyze --json`` object (DESIGN.md contract); no NaN anywhere."""
        fr = self.frames
        return {
            "sample_rate": int(self.sample_rate_hz),
            "hop_s": float(self.hop_s),
            "frames": {
                "t": _floats(fr.t_s, 4),
                "f0_hz": _floats(fr.f0_hz, 2),
                "voiced": fr.voiced.tolist(),
                "rms_dbfs": _floats(fr.rms_dbfs, 2),
                "arousal": _floats(self.arousal, 2),
            },
            "summary": self.summary(),
        }

    def to_json(self) -> str:
        """:meth:`to_json_dict` as strict JSON text (one line)."""
        return json.dumps(self.to_json_dict(), allow_nan=False, separators=(",", ":"))

    def csv_header(self) -> list[str]:
        """Column names: every frame field, then ``arousal``."""
        return [*FRAME_FIELDS, "arousal"]

    def write_csv(self, out: TextIO) -> None:
        """Header plus one row per frame; empty cells for NaN, 1/0 for booleans."""
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.csv_header())
        decimals = {"t_s": 4, "periodicity": 3}
        columns = []
        for name, arr in self.frames.columns().items():
            if arr.dtype == np.bool_:
                columns.append(arr.astype(np.int8).tolist())
            else:
                columns.append(_csv_floats(arr, decimals.get(name, 2)))
        columns.append(_csv_floats(self.arousal, 2))
        writer.writerows(zip(*columns, strict=True))


def _round_or_none(x: float | None, nd: int) -> float | None:
    if x is None or not math.isfinite(x):
        return None
    return round(float(x), nd)


def _floats(arr: np.ndarray, nd: int) -> list[float | None]:
    """Rounded floats with None for NaN/inf (JSON null)."""
    values = np.round(np.asarray(arr, dtype=np.float64), nd)
    finite = np.isfinite(values)
    out: list[float | None] = values.tolist()
    if not finite.all():
        for i in np.flatnonzero(~finite).tolist():
            out[i] = None
    return out


def _csv_floats(arr: np.ndarray, nd: int) -> list[str]:
    return ["" if v is None else repr(v) for v in _floats(arr, nd)]


def _align_arousal(t_s: np.ndarray, parts: list[Any], hop_s: float) -> np.ndarray:
    """Arousal values from the tracker's output placed on the feature frames (by time)."""
    out = np.full(t_s.shape, np.nan)
    if not parts or t_s.size == 0:
        return out
    ta = np.concatenate([np.asarray(p.t_s, dtype=np.float64) for p in parts])
    va = np.concatenate([np.asarray(p.arousal, dtype=np.float64) for p in parts])
    if ta.size == 0:
        return out
    idx = np.clip(np.round((ta - t_s[0]) / hop_s).astype(np.int64), 0, t_s.size - 1)
    close = np.abs(t_s[idx] - ta) <= hop_s / 2
    out[idx[close]] = va[close]
    return out


def analyze_file(path: str | os.PathLike[str], *, config: FeatureConfig | None = None,
                 arousal_tracker: ArousalTrackerLike | None = None,
                 block_s: float = 0.1) -> Analysis:
    """Analyse a WAV file with the streaming feature engine (and optional arousal tracker).

    Parameters
    ----------
    path
        A WAV file (any rate/channels ``FileSource`` reads; resampled to 16 kHz mono).
    config
        Feature settings (defaults when omitted; the sample rate must be 16 000 Hz).
    arousal_tracker
        The plug point for arousal: an object with ``process(frames)``, ``flush()`` and
        ``episodes`` (see :class:`ArousalTrackerLike`). When None, arousal is null everywhere
        and there are no episodes.
    block_s
        Block length fed to the extractor, seconds (the live app uses 0.1 s).

    Raises
    ------
    companion.audio.WavFormatError
        Not a WAV we can read (missing, a directory, empty, truncated, bad header, NaN data).
    AnalysisError
        A readable file with no samples or with samples that cannot be analysed.
    """
    cfg = config if config is not None else FeatureConfig()
    if cfg.sample_rate_hz != SAMPLE_RATE_HZ:
        raise AnalysisError(f"feature setting sample_rate_hz={cfg.sample_rate_hz} does not match "
                            f"the audio rate", f"use {SAMPLE_RATE_HZ}")
    source = FileSource(path, block_s=block_s)
    extractor = FeatureExtractor(cfg)
    frames: list[FeatureFrames] = []
    arousal_parts: list[Any] = []
    n_samples = 0

    def feed(fr: FeatureFrames) -> None:
        frames.append(fr)
        if arousal_tracker is not None and len(fr):
            arousal_parts.append(arousal_tracker.process(fr))

    try:
        for block in source.blocks():
            n_samples += int(block.shape[0])
            feed(extractor.process(block))
        feed(extractor.flush())
    except FeatureInputError as exc:
        raise AnalysisError(f"{path}: {exc.message}", exc.hint) from None
    if n_samples == 0:
        raise AnalysisError(f"{path}: the file holds no audio samples",
                            "record or export at least a fraction of a second of audio")
    if arousal_tracker is not None:
        arousal_parts.append(arousal_tracker.flush())
    all_frames = FeatureFrames.concat(frames)
    episodes = []
    if arousal_tracker is not None:
        for e in arousal_tracker.episodes:
            episodes.append(EpisodeSpan(float(e.start_s), float(e.end_s), float(e.peak)))
    return Analysis(
        source=str(path),
        sample_rate_hz=cfg.sample_rate_hz,
        hop_s=cfg.hop_s,
        duration_s=n_samples / cfg.sample_rate_hz,
        frames=all_frames,
        arousal=_align_arousal(all_frames.t_s, arousal_parts, cfg.hop_s),
        episodes=episodes,
    )


def analyze_with_arousal(path: str | os.PathLike[str], *, baseline: Baseline | None = None,
                         arousal_config: ArousalConfig | None = None,
                         config: FeatureConfig | None = None,
                         block_s: float = 0.1) -> tuple[Analysis, Baseline | None]:
    """Analyse a file with arousal, as ``companion analyze`` does.

    With a ``baseline`` (the agent's own, e.g. ``--baseline FILE.json``) the file runs once
    through the streaming extractor and the streaming :class:`ArousalTracker`. Without one,
    the baseline is calibrated on the file itself: the features are computed first, then
    :func:`~companion.arousal.calibrate` learns the calm baseline from all voiced frames and
    the same streaming tracker runs over those frames. With too little voiced speech to
    calibrate (under a few seconds) arousal stays null.

    Returns the analysis and the baseline that was used (None when there was none).
    """
    acfg = arousal_config if arousal_config is not None else ArousalConfig()
    if baseline is not None:
        tracker = ArousalTracker(acfg, baseline)
        return analyze_file(path, config=config, arousal_tracker=tracker,
                            block_s=block_s), baseline
    features_only = analyze_file(path, config=config, block_s=block_s)
    try:
        own = calibrate(features_only.frames, acfg)
    except CalibrationError:
        return features_only, None
    tracker = ArousalTracker(acfg, own)
    out = [tracker.process(features_only.frames), tracker.flush()]
    cfg = config if config is not None else FeatureConfig()
    features_only.arousal = _align_arousal(features_only.frames.t_s, out, cfg.hop_s)
    features_only.episodes = [EpisodeSpan(float(e.start_s), float(e.end_s), float(e.peak))
                              for e in tracker.episodes]
    return features_only, own
