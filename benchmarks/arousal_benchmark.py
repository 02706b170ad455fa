"""Arousal benchmark: ordering, separation, speaker spread, gain invariance, latency.

Run by hand from the repository root (results go into docs/arousal.md)::

    .venv/bin/python benchmarks/arousal_benchmark.py            # full set
    .venv/bin/python benchmarks/arousal_benchmark.py --quick    # 3 talkers, no demo shift
    .venv/bin/python benchmarks/arousal_benchmark.py --json out.json

For every talker of :mod:`arousal_corpus` a baseline is learned from calm calibration speech
(sentences that are not scored); each test clip is then scored as the mean of its finite
per-frame index through the real pipeline (``extract_features`` -> ``ArousalTracker``). The
same run scores a naive model: raw RMS level and raw F0 z-scores against fixed population
constants, no speaker normalisation. Single-threaded; no audio is written anywhere.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arousal_corpus import (
    ESPEAK_VOICES,
    SYNTH_SPEAKERS,
    Talker,
    gain,
    join,
    talkers,
)

from companion.arousal import (
    ArousalConfig,
    ArousalTracker,
    Baseline,
    calibrate,
    track,
)
from companion.features import FeatureConfig, FeatureExtractor, extract_features

FEATURES = FeatureConfig()
CONFIG = ArousalConfig()

#: Naive model: fixed population constants (adult voices pooled), no speaker baseline.
#: F0 150 Hz +- 4 semitones, voiced level -26 dBFS +- 6 dB; only F0 level and loudness.
NAIVE_BASELINE = Baseline(
    f0_median_hz=150.0, f0_sd_st=4.0, f0_range_st=math.nan, f0_range_sd_st=math.nan,
    loudness_dbfs=-26.0, loudness_sd_db=6.0, alpha_ratio_db=math.nan,
    alpha_ratio_sd_db=math.nan, hammarberg_db=math.nan, hammarberg_sd_db=math.nan,
    spectral_slope_db_per_khz=math.nan, spectral_slope_sd_db_per_khz=math.nan,
    rate_hz=math.nan, rate_sd_hz=math.nan, voiced_s=0.0)
NAIVE_CONFIG = CONFIG.replace(weights=(0.5, 0.0, 0.5, 0.0, 0.0), forgetting_s=0.0)

#: Speech-to-noise ratio of the noisy condition (dB, white noise vs active speech level).
NOISE_SNR_DB = 20.0


def add_noise(x: np.ndarray, ref: np.ndarray, seed: int) -> np.ndarray:
    """``x`` plus white noise ``NOISE_SNR_DB`` below the active level of ``ref``."""
    active = ref[np.abs(ref) > 1e-4]
    level = float(np.sqrt(np.mean(active.astype(np.float64) ** 2))) if active.size else 0.01
    noise = np.random.default_rng(seed).normal(0.0, level * 10 ** (-NOISE_SNR_DB / 20), x.size)
    return (x + noise).astype(np.float32)


@dataclass
class Scored:
    talker: str
    kind: str
    label: str
    item: str
    ours: float
    naive: float
    ours_gain: float  # -12 dB, recalibrated
    ours_gain_stale: float  # -12 dB, old baseline (shows why recalibration is needed)
    naive_gain: float
    ours_noise: float  # white noise at NOISE_SNR_DB, calibrated in the same noise


def clip_score(samples: np.ndarray, baseline: Baseline, config: ArousalConfig) -> float:
    """Mean finite index over a clip (NaN if the clip never gets a value)."""
    a = track(extract_features(samples, FEATURES), config, baseline).frames.arousal
    return float(np.nanmean(a)) if np.isfinite(a).any() else math.nan


def score_talker(t: Talker, gain_db: float = -12.0) -> list[Scored]:
    base = calibrate(extract_features(t.calibration, FEATURES), CONFIG)
    base_g = calibrate(extract_features(gain(t.calibration, gain_db), FEATURES), CONFIG)
    base_n = calibrate(extract_features(add_noise(t.calibration, t.calibration, 1), FEATURES),
                       CONFIG)
    calm_ref = np.concatenate([c.samples for c in t.clips if c.label == "calm"])
    out = []
    for i, c in enumerate(t.clips):
        quiet = gain(c.samples, gain_db)
        noisy = add_noise(c.samples, calm_ref, 2 + i)
        out.append(Scored(
            t.name, t.kind, c.label, c.item,
            ours=clip_score(c.samples, base, CONFIG),
            naive=clip_score(c.samples, NAIVE_BASELINE, NAIVE_CONFIG),
            ours_gain=clip_score(quiet, base_g, CONFIG),
            ours_gain_stale=clip_score(quiet, base, CONFIG),
            naive_gain=clip_score(quiet, NAIVE_BASELINE, NAIVE_CONFIG),
            ours_noise=clip_score(noisy, base_n, CONFIG)))
    return out


def auc(neg: np.ndarray, pos: np.ndarray) -> float:
    """P(pos > neg) + 0.5 P(tie) (Mann-Whitney)."""
    neg, pos = neg[np.isfinite(neg)], pos[np.isfinite(pos)]
    if not neg.size or not pos.size:
        return math.nan
    d = pos[:, None] - neg[None, :]
    return float(((d > 0).sum() + 0.5 * (d == 0).sum()) / d.size)


def metrics(rows: list[Scored], field: str) -> dict[str, float]:
    """Pair ordering, AUC and calm spread of the scores in ``field``."""
    by = {(r.talker, r.item, r.label): getattr(r, field) for r in rows}
    pairs = [(by[(r.talker, r.item, "calm")], by[(r.talker, r.item, "agitated")])
             for r in rows if r.label == "calm"]
    ordered = [a > c for c, a in pairs if np.isfinite(a) and np.isfinite(c)]
    calm = np.array([getattr(r, field) for r in rows if r.label == "calm"])
    agit = np.array([getattr(r, field) for r in rows if r.label == "agitated"])
    per_talker = {}
    for r in rows:
        if r.label == "calm":
            per_talker.setdefault(r.talker, []).append(getattr(r, field))
    talker_calm = np.array([np.nanmean(v) for v in per_talker.values()])
    return {
        "pairs": len(pairs), "pairs_ordered": float(np.mean(ordered)) if ordered else math.nan,
        "auc": auc(calm, agit),
        "calm_mean": float(np.nanmean(calm)), "agitated_mean": float(np.nanmean(agit)),
        "talker_calm_min": float(np.nanmin(talker_calm)),
        "talker_calm_max": float(np.nanmax(talker_calm)),
        "talker_calm_sd": float(np.nanstd(talker_calm)),
        "talkers_calm_within_50pm10": float(np.mean(np.abs(talker_calm - 50) <= 10)),
        "clips_calm_within_50pm10": float(np.mean(np.abs(calm[np.isfinite(calm)] - 50) <= 10)),
    }


def gain_metrics(rows: list[Scored], after: str, before: str) -> dict[str, float]:
    d = np.array([getattr(r, after) - getattr(r, before) for r in rows])
    d = d[np.isfinite(d)]
    return {"mean_abs": float(np.mean(np.abs(d))), "p95_abs": float(np.percentile(np.abs(d), 95)),
            "max_abs": float(np.max(np.abs(d))), "mean": float(np.mean(d))}


def streaming_latency(audio: np.ndarray, baseline: Baseline, block_s: float = 0.1
                      ) -> dict[str, float]:
    """Audio in -> arousal out through the streaming path, 100 ms blocks.

    ``lag`` is how far the newest arousal frame's end trails the audio pushed so far
    (algorithmic: the feature extractor's lookahead); ``compute`` is the wall time to
    process one block. The window grid adds up to ``step_s - hop_s`` on top.
    """
    fx = FeatureExtractor(FEATURES)
    tr = ArousalTracker(CONFIG, baseline)
    n = int(block_s * 16000)
    lags, compute, arousal_compute = [], [], []
    pushed = 0
    for i in range(0, audio.size, n):
        block = audio[i:i + n]
        t0 = time.perf_counter()
        frames = fx.process(block)
        t1 = time.perf_counter()
        out = tr.process(frames)
        t2 = time.perf_counter()
        compute.append(t2 - t0)
        arousal_compute.append(t2 - t1)
        pushed += block.size
        if len(out):
            lags.append(pushed / 16000 - (out.t_s[-1] + CONFIG.hop_s / 2))
    lag = np.array(lags)
    c = np.array(compute[5:]) if len(compute) > 10 else np.array(compute)
    ca = np.array(arousal_compute[5:]) if len(compute) > 10 else np.array(arousal_compute)
    grid = CONFIG.step_s - CONFIG.hop_s
    return {"lag_median_s": float(np.median(lag)), "lag_max_s": float(lag.max()),
            "grid_hold_max_s": grid,
            "compute_per_block_p50_ms": float(np.median(c) * 1e3),
            "compute_per_block_p95_ms": float(np.percentile(c, 95) * 1e3),
            "compute_per_block_max_ms": float(c.max() * 1e3),
            "arousal_compute_per_block_p95_ms": float(np.percentile(ca, 95) * 1e3),
            "arousal_compute_per_block_max_ms": float(ca.max() * 1e3),
            "arousal_realtime_factor": float(audio.size / 16000 / max(ca.sum(), 1e-9)),
            "delay_beyond_window_max_s": float(lag.max() + grid + c.max()),
            "realtime_factor": float(audio.size / 16000 / max(sum(compute), 1e-9))}


def episode_onset(t: Talker, block_s: float = 0.1) -> dict[str, float]:
    """Calm then agitated speech, streamed: seconds from the agitated start to the episode."""
    calm = join([c.samples for c in t.clips if c.label == "calm"] * 3)
    agit = join([c.samples for c in t.clips if c.label == "agitated"] * 3)
    base = calibrate(extract_features(t.calibration, FEATURES), CONFIG)
    audio = np.concatenate([calm, agit])
    start = calm.size / 16000
    fx, tr = FeatureExtractor(FEATURES), ArousalTracker(CONFIG, base)
    n = int(block_s * 16000)
    opened = math.nan
    for i in range(0, audio.size, n):
        tr.process(fx.process(audio[i:i + n]))
        if tr.open_episode is not None or tr.episodes:
            opened = (i + n) / 16000
            break
    early = [e for e in tr.episodes if e.start_s < start]
    return {"onset_s": opened - start if opened >= start else math.nan,
            "false_before_heated": float(len(early) > 0 or opened < start)}


def demo_shift(calibration_s: float) -> dict[str, object]:
    """The built-in DemoSource shift: which segments get episodes."""
    from companion.audio import DemoSource

    src = DemoSource(seed=0)
    fx = FeatureExtractor(FEATURES)
    tr = ArousalTracker(CONFIG.replace(calibration_s=calibration_s))
    t0 = time.perf_counter()
    pushed, calibrated_at, opened = 0, None, []
    was_open = False
    for block in src.blocks():
        tr.process(fx.process(block))
        pushed += block.size
        if calibrated_at is None and tr.calibrated:
            calibrated_at = pushed / 16000
        if tr.open_episode is not None and not was_open:
            opened.append(pushed / 16000)
        was_open = tr.open_episode is not None
    tr.process(fx.flush())
    tr.flush()
    elapsed = time.perf_counter() - t0
    segs = []
    for s in src.segments:
        if s.kind == "pause":
            continue
        eps = [e for e in tr.episodes if e.end_s > s.start_s and e.start_s < s.end_s]
        opens = [o for o in opened if s.start_s <= o < s.end_s + 5]
        segs.append({"kind": s.kind, "start_s": s.start_s, "end_s": s.end_s,
                     "episodes": len(eps),
                     "first_start_s": round(eps[0].start_s - s.start_s, 1) if eps else None,
                     "first_opened_s": round(opens[0] - s.start_s, 1) if opens else None})
    return {"calibration_s": calibration_s, "segments": segs,
            "calibrated_at_s": calibrated_at, "seconds": elapsed, "audio_s": src.duration_s,
            "episodes": [e.to_dict() for e in tr.episodes]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 talkers, no demo shift")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    voices = ESPEAK_VOICES[:2] if args.quick else ESPEAK_VOICES
    synth = SYNTH_SPEAKERS[:1] if args.quick else SYNTH_SPEAKERS
    t0 = time.perf_counter()
    rows: list[Scored] = []
    onsets = []
    latency = None
    for tk in talkers(espeak_voices=voices, synth=synth):
        rows += score_talker(tk)
        onsets.append({"talker": tk.name, **episode_onset(tk)})
        if latency is None:
            latency = streaming_latency(join([tk.calibration] * 3),
                                        calibrate(extract_features(tk.calibration, FEATURES)))
        print(f"  {tk.name}: done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    result: dict[str, object] = {
        "talkers": sorted({r.talker for r in rows}),
        "ours": {k: metrics([r for r in rows if r.kind == k or k == "all"], "ours")
                 for k in ("all", "espeak", "synth")},
        "naive": {k: metrics([r for r in rows if r.kind == k or k == "all"], "naive")
                  for k in ("all", "espeak", "synth")},
        "ours_noise": {k: metrics([r for r in rows if r.kind == k or k == "all"], "ours_noise")
                       for k in ("all", "espeak", "synth")},
        "gain_minus12db": {
            "ours_recalibrated": gain_metrics(rows, "ours_gain", "ours"),
            "ours_not_recalibrated": gain_metrics(rows, "ours_gain_stale", "ours"),
            "naive": gain_metrics(rows, "naive_gain", "naive"),
        },
        "latency": latency,
        "episode_onset": onsets,
        "clips": [r.__dict__ for r in rows],
    }
    if not args.quick:
        result["demo_shift"] = [demo_shift(90.0), demo_shift(CONFIG.calibration_s)]
    result["benchmark_seconds"] = time.perf_counter() - t0
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=float))
    return 0


def print_report(r: dict) -> None:
    def f(v: float, nd: int = 1) -> str:
        return "n/a" if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:.{nd}f}"

    print(f"Talkers: {', '.join(r['talkers'])}\n")
    print("| model | set | pairs | ordered | AUC | calm mean | agitated mean "
          "| talker calm min-max | talkers in 50±10 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for model in ("ours", "naive", "ours_noise"):
        for k, m in r[model].items():
            print(f"| {model} | {k} | {m['pairs']} | {f(100 * m['pairs_ordered'])} % "
                  f"| {f(m['auc'], 3)} | {f(m['calm_mean'])} | {f(m['agitated_mean'])} "
                  f"| {f(m['talker_calm_min'])}-{f(m['talker_calm_max'])} "
                  f"| {f(100 * m['talkers_calm_within_50pm10'])} % |")
    print("\nGain -12 dB (clip score change, index points):")
    for k, g in r["gain_minus12db"].items():
        print(f"  {k}: mean |d| {f(g['mean_abs'], 2)}, p95 {f(g['p95_abs'], 2)}, "
              f"max {f(g['max_abs'], 2)}, mean d {f(g['mean'], 2)}")
    lat = r["latency"]
    print(f"\nStreaming latency (100 ms blocks): feature lag median {f(lat['lag_median_s'], 3)} s"
          f" max {f(lat['lag_max_s'], 3)} s; window grid hold <= {f(lat['grid_hold_max_s'], 3)} s;"
          f" compute/block p50 {f(lat['compute_per_block_p50_ms'], 2)} ms p95 "
          f"{f(lat['compute_per_block_p95_ms'], 2)} ms max {f(lat['compute_per_block_max_ms'], 2)}"
          f" ms (arousal part p95 {f(lat['arousal_compute_per_block_p95_ms'], 2)} ms, max "
          f"{f(lat['arousal_compute_per_block_max_ms'], 2)} ms, "
          f"{f(lat['arousal_realtime_factor'], 0)}x realtime); total beyond window <= "
          f"{f(lat['delay_beyond_window_max_s'], 3)} s; whole path "
          f"{f(lat['realtime_factor'], 0)}x realtime")
    on = np.array([o["onset_s"] for o in r["episode_onset"]])
    print(f"Episode onset after agitated start: median {f(float(np.nanmedian(on)))} s, "
          f"max {f(float(np.nanmax(on)))} s, missed {int(np.isnan(on).sum())}/{on.size}, "
          f"false before heated {int(sum(o['false_before_heated'] for o in r['episode_onset']))}")
    for d in r.get("demo_shift", []):
        print(f"\nDemo shift (calibration_s={d['calibration_s']:g}, {d['audio_s']:.0f} s audio in "
              f"{d['seconds']:.1f} s, calibrated at {f(d['calibrated_at_s'])} s):")
        for s in d["segments"]:
            print(f"  {s['kind']:6s} {s['start_s']:6.0f}-{s['end_s']:4.0f} s: "
                  f"{s['episodes']} episode(s)"
                  + (f", starts {s['first_start_s']} s in, opened (streaming) "
                     f"{s['first_opened_s']} s in" if s["episodes"] else ""))
    print(f"\nBenchmark took {r['benchmark_seconds']:.0f} s")


if __name__ == "__main__":
    raise SystemExit(main())
