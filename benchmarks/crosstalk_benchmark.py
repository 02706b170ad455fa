"""Own voice only: the wearer gate on an open-plan floor (corpus: crosstalk_corpus.py).

Run by hand from the repository root (results go into docs/arousal.md, "Own voice only")::

    .venv/bin/python benchmarks/crosstalk_benchmark.py                 # both splits
    .venv/bin/python benchmarks/crosstalk_benchmark.py --split tuning  # one split
    .venv/bin/python benchmarks/crosstalk_benchmark.py --quick         # 1 wearer, short scenes
    .venv/bin/python benchmarks/crosstalk_benchmark.py --json out.json

Everything goes through the app's own code: ``extract_features`` (bit-identical to the
streaming extractor), then ``companion.pipeline.FrameScorer`` (wearer gate -> arousal
tracker), the call rule (``SpeechCalls``) and the call summaries. Each wearer's baseline and
voice profile are learned from calm calibration sentences over an open-plan background (a
colleague at -25 dB and the noise floor), as ``companion analyze`` learns them. Rows:

1. wearer silent, an agitated colleague at -30/-20/-10 dB (reverberated), babble, the customer
   in the earpiece: episodes opened, speech-based call starts per hour, share of the talk
   attributed to the wearer;
2. a calm wearer with an agitated colleague at -10 (and -20) dB: shift of the wearer's mean
   index against the same calm speech alone;
3. frame-level wearer-vs-other accuracy at -10 dB, at the level of speaker turns (a 100 ms
   collar at turn changes, see ``crosstalk_corpus.truth``): separate turns and a conversation
   where the colleague talks through the wearer's pauses;
4. calm < agitated ordering of the wearer's own speech, level-matched;
5. after recalibration: the whole microphone 12 dB quieter; a 300-3400 Hz headset;
6. a colleague of the same voice type (the wearer's own synthetic voice, reverberated).

No audio is written anywhere. Single-threaded.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import crosstalk_corpus as cc

from companion.arousal import ArousalConfig, Baseline
from companion.features import FeatureFrames, extract_features
from companion.pipeline import FrameScorer, ScoredFrames, SpeechCalls
from companion.pipeline.stream import gate_config_for
from companion.wearer import GateConfig, Talker

CONFIG = ArousalConfig()
#: The gate as shipped; ablations replace it.
GATE: GateConfig = gate_config_for(CONFIG)
#: Background while calibrating: a colleague this far below the wearer (dB).
CALIBRATION_BACKGROUND_DB = -25.0


@dataclass
class Run:
    """What the pipeline made of one scene."""

    scored: ScoredFrames
    episodes: int
    calls: int
    features: FeatureFrames

    @property
    def talking(self) -> np.ndarray:
        return self.scored.talker != Talker.NONE

    @property
    def wearer_share(self) -> float:
        t = self.talking
        return float((self.scored.talker[t] == Talker.WEARER).mean()) if t.any() else 0.0

    @property
    def mean_index(self) -> float:
        a = self.scored.arousal
        return float(np.nanmean(a)) if np.isfinite(a).any() else float("nan")


def run(features: FeatureFrames, baseline: Baseline | None) -> Run:
    """The app's path after the extractor: gate, tracker, episodes, speech-based calls."""
    scorer = FrameScorer(baseline, config=CONFIG, gate_config=GATE)
    results = [scorer.process(features), scorer.flush()]
    scored = ScoredFrames.concat([r.scored for r in results])
    episodes = sum(len(r.closed) for r in results)  # flush() closes an open one
    calls = SpeechCalls()
    starts = 0
    for r in results:
        for speaking, seconds in r.speech_runs:
            edge = calls.feed(speaking, seconds)
            starts += edge is not None and edge[0] == "start"
    return Run(scored, episodes, starts, features)


def learn(wearer: cc.Voice, *, gain_db: float = 0.0, band_limit: bool = False,
          background: cc.Voice | None = None, room: cc.Room | None = None,
          background_db: float = CALIBRATION_BACKGROUND_DB) -> Baseline:
    """Baseline + voice profile from the wearer's calm calibration speech over an open-plan
    background, learned as ``analyze`` learns it (all of the calibration speech)."""
    calib = cc.calibration_speech(wearer, gain_db=gain_db)
    others = []
    if background is not None and room is not None:
        others.append(cc.colleague(background, room, background_db + gain_db,
                                   calib.size / cc.SR, mode="calm", offset=5))
    m = cc.mix(calib, others, seed=101, noise_rel_db=cc.NOISE_FLOOR_REL_DB)
    x = cc.telephone(m.samples) if band_limit else m.samples
    scorer = FrameScorer(None, config=CONFIG, gate_config=GATE)
    scorer.process(extract_features(x))
    scorer.flush()
    scorer.calibrate_now()
    base = scorer.baseline
    if base is None or base.voice is None:
        raise RuntimeError(f"could not learn a baseline for {wearer.name}")
    return base


def split_of(name: str) -> tuple[tuple[cc.Voice, ...], tuple[cc.Voice, ...], tuple[cc.Room, ...]]:
    if name == "tuning":
        return cc.TUNING_WEARERS, cc.TUNING_OTHERS, cc.TUNING_ROOMS
    return cc.HELDOUT_WEARERS, cc.HELDOUT_OTHERS, cc.HELDOUT_ROOMS


def wearer_silent(split: str, bases: dict[str, Baseline], seconds: float) -> dict:
    """Row 1: colleagues, babble and the earpiece while the wearer says nothing."""
    _, others, rooms = split_of(split)
    scenes: dict[str, list[FeatureFrames]] = {}
    for rel in (-30.0, -20.0, -10.0):
        scenes[f"colleague {rel:+.0f} dB"] = [
            extract_features(cc.mix(None, [cc.colleague(o, rooms[i % len(rooms)], rel, seconds,
                                                        offset=i)], seed=20 + i).samples)
            for i, o in enumerate(others)]
    scenes["babble -20 dB"] = [extract_features(cc.mix(
        None, [cc.babble(others, rooms, -20.0, seconds)], seed=30).samples)]
    scenes["earpiece -30 dB"] = [extract_features(cc.mix(
        None, [cc.earpiece(others[0], -30.0, seconds)], seed=31).samples)]
    out = {}
    for label, feats in scenes.items():
        runs = [run(f, b) for f in feats for b in bases.values()]
        hours = sum(len(r.features) for r in runs) * CONFIG.hop_s / 3600.0
        out[label] = {"hours": hours, "episodes": sum(r.episodes for r in runs),
                      "calls": sum(r.calls for r in runs),
                      "calls_per_hour": sum(r.calls for r in runs) / hours,
                      "wearer_share": float(np.mean([r.wearer_share for r in runs])),
                      "wearer_share_max": float(np.max([r.wearer_share for r in runs])),
                      "scored_s": sum(int(np.isfinite(r.scored.arousal).sum()) for r in runs)
                      * CONFIG.hop_s}
    return out


def accuracy(tr: np.ndarray, talker: np.ndarray) -> dict:
    """Turn-level accuracy over frames the gate calls talking and the truth labels."""
    n = min(tr.size, talker.size)
    tr, talker = tr[:n], talker[:n]
    sel = (tr > 0) & (talker != Talker.NONE)
    return {"frames": int(sel.sum()), "correct": int((tr[sel] == talker[sel]).sum()),
            "wearer_frames": int(((tr == 1) & sel).sum()),
            "wearer_kept": int(((tr == 1) & (talker == Talker.WEARER)).sum()),
            "other_frames": int(((tr == 2) & sel).sum()),
            "other_as_wearer": int(((tr == 2) & (talker == Talker.WEARER)).sum())}


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + v for k, v in b.items()}


def wearer_talks(split: str, bases: dict[str, Baseline], seconds: float,
                 same_voice: bool = False, levels: tuple[float, ...] = (-10.0, -20.0)) -> dict:
    """Rows 2, 3 and 6: a calm wearer with an agitated colleague; index shift, accuracy."""
    wearers, others, rooms = split_of(split)
    wearers = tuple(w for w in wearers if w.name in bases)
    out: dict[str, dict] = {}
    for rel in levels:
        shifts, acc_mix, acc_sep = [], {}, {}
        for wi, w in enumerate(wearers):
            base = bases[w.name]
            talkers = [w] if same_voice else list(others)
            for oi, o in enumerate(talkers):
                room = rooms[oi % len(rooms)]
                own = cc.wearer_speech(w, "calm", seconds, offset=oi)
                col = cc.colleague(o, room, rel, seconds, offset=oi + wi)
                alone = run(extract_features(cc.mix(own, [], seed=40 + oi).samples), base)
                m = cc.mix(own, [col], seed=40 + oi)
                both = run(extract_features(m.samples), base)
                shifts.append(both.mean_index - alone.mean_index)
                acc_mix = add(acc_mix, accuracy(cc.truth(m), both.scored.talker))
                solo = cc.mix(None, [col], seed=50 + oi)
                acc_sep = add(acc_sep, accuracy(cc.truth(cc.mix(own, [], seed=40 + oi)),
                                                alone.scored.talker))
                acc_sep = add(acc_sep, accuracy(cc.truth(solo), run(
                    extract_features(solo.samples), base).scored.talker))
        out[f"{rel:+.0f} dB"] = {"shift_mean": float(np.mean(shifts)),
                                  "shift_max": float(np.max(np.abs(shifts))),
                                  "mixed": acc_mix, "separate": acc_sep}
    return out


def ordering(split: str, bases: dict[str, Baseline], seconds: float, *, gain_db: float = 0.0,
             band_limit: bool = False, pairs: int = 4,
             colleague_db: float | None = None) -> dict:
    """Row 4/5: calm vs agitated clips of the wearer's own speech, level-matched."""
    wearers, others, rooms = split_of(split)
    wearers = tuple(w for w in wearers if w.name in bases)
    calm_scores, agit_scores, shares = [], [], []
    for w in wearers:
        base = bases[w.name]
        for k in range(pairs):
            calm = cc.wearer_speech(w, "calm", seconds, offset=k, gain_db=gain_db)
            agit = cc.at_level(cc.wearer_speech(w, "agitated", seconds, offset=k),
                               cc.active_level_db(calm))
            for clip, sink in ((calm, calm_scores), (agit, agit_scores)):
                extra = [] if colleague_db is None else [cc.colleague(
                    others[k % len(others)], rooms[k % len(rooms)], colleague_db + gain_db,
                    seconds, offset=k)]
                x = cc.mix(clip, extra, seed=60 + k).samples
                r = run(extract_features(cc.telephone(x) if band_limit else x), base)
                sink.append(r.mean_index)
                shares.append(r.wearer_share)
    c, a = np.array(calm_scores), np.array(agit_scores)
    return {"pairs": int(c.size), "ordered": float(np.mean(a > c)), "calm_mean": float(np.mean(c)),
            "agitated_mean": float(np.mean(a)), "calm": c.tolist(), "agitated": a.tolist(),
            "wearer_share_min": float(np.min(shares))}


def disturbed_calibration(split: str, seconds: float) -> dict:
    """Calibration with a colleague at -10 dB talking through the wearer's calibration (the
    bootstrap must still find the wearer): the learned F0 against an undisturbed
    calibration, and what the disturbed profile then does with colleagues alone."""
    wearers, others, rooms = split_of(split)
    f0_err, shares = [], []
    for i, w in enumerate(wearers):
        clean = learn(w)
        noisy = learn(w, background=others[i % len(others)], room=rooms[0], background_db=-10.0)
        assert clean.voice is not None and noisy.voice is not None
        f0_err.append(abs(12 * np.log2(noisy.voice.f0_median_hz / clean.voice.f0_median_hz)))
        for j, o in enumerate(others):
            f = extract_features(cc.mix(None, [cc.colleague(o, rooms[j % len(rooms)], -20.0,
                                                            seconds, offset=j)], seed=70).samples)
            shares.append(run(f, noisy).wearer_share)
    return {"f0_error_st_max": float(np.max(f0_err)), "colleague_-20_share_max": float(
        np.max(shares))}


def ablation(split: str, bases: dict[str, Baseline]) -> dict:
    """Accuracy at -10 dB and colleague-alone acceptance with each cue left out."""
    global GATE
    shipped = GATE
    out = {}
    try:
        for name in ("none", "level", "dry", "f0", "envelope"):
            GATE = shipped if name == "none" else replace(shipped, **{f"weight_{name}": 0.0})
            t = wearer_talks(split, bases, 20.0, levels=(-10.0,))["-10 dB"]
            out[name] = {"conversation": t["mixed"]["correct"] / max(t["mixed"]["frames"], 1),
                         "separate": t["separate"]["correct"] / max(t["separate"]["frames"], 1),
                         "other_as_wearer": t["separate"]["other_as_wearer"]
                         / max(t["separate"]["other_frames"], 1),
                         "shift": t["shift_mean"]}
    finally:
        GATE = shipped
    return out


def evaluate_split(split: str, quick: bool) -> dict:
    wearers, others, rooms = split_of(split)
    if quick:
        wearers = wearers[:1]
    seconds = 40.0 if quick else 300.0
    t0 = time.perf_counter()
    bases = {w.name: learn(w, background=others[-1], room=rooms[0]) for w in wearers}
    report: dict = {"split": split, "wearers": [w.name for w in wearers],
                    "others": [o.name for o in others], "rooms": [r.name for r in rooms]}
    report["silent"] = wearer_silent(split, bases, seconds)
    report["talking"] = wearer_talks(split, bases, 30.0)
    report["same_voice"] = wearer_talks(split, bases, 30.0, same_voice=True)
    report["ordering"] = ordering(split, bases, 8.0)
    report["ordering_colleague_-20"] = ordering(split, bases, 8.0, colleague_db=-20.0)
    quiet = {w.name: learn(w, gain_db=-12.0, background=others[-1], room=rooms[0])
             for w in wearers}
    report["gain_-12"] = ordering(split, quiet, 8.0, gain_db=-12.0)
    report["gain_-12_old_baseline"] = ordering(split, bases, 8.0, gain_db=-12.0)
    narrow = {w.name: learn(w, band_limit=True, background=others[-1], room=rooms[0])
              for w in wearers}
    report["band_limited"] = ordering(split, narrow, 8.0, band_limit=True)
    report["disturbed_calibration"] = disturbed_calibration(split, seconds / 2)
    if split == "tuning" and not quick:
        report["ablation"] = ablation(split, bases)
    report["seconds"] = time.perf_counter() - t0
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tuning", "heldout", "both"), default="both")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", metavar="OUT.json")
    args = parser.parse_args(argv)
    if not cc.espeak_available():
        print("espeak-ng is not installed (apt install espeak-ng)", file=sys.stderr)
        return 2
    splits = ("tuning", "heldout") if args.split == "both" else (args.split,)
    reports = [evaluate_split(s, args.quick) for s in splits]
    for r in reports:
        print_report(r)
    if args.json:
        Path(args.json).write_text(json.dumps(reports, indent=1))
    return 0


def _pct(d: dict, num: str, den: str) -> str:
    return f"{100.0 * d[num] / max(d[den], 1):.1f} %"


def print_report(r: dict) -> None:
    print(f"\n== {r['split']}: wearers {', '.join(r['wearers'])}; colleagues "
          f"{', '.join(r['others'])}; rooms {', '.join(r['rooms'])} ({r['seconds']:.0f} s)")
    for label, s in r["silent"].items():
        print(f"wearer silent, {label}: {s['episodes']} episodes, {s['calls']} call starts "
              f"({s['calls_per_hour']:.1f}/h over {s['hours']:.2f} h), talk taken for the "
              f"wearer {100 * s['wearer_share']:.1f} % (max {100 * s['wearer_share_max']:.1f} %), "
              f"indexed {s['scored_s']:.1f} s")
    for key in ("talking", "same_voice"):
        for rel, s in r[key].items():
            mx, sp = s["mixed"], s["separate"]
            print(f"{key} {rel}: shift {s['shift_mean']:+.2f} (max |{s['shift_max']:.2f}|); "
                  f"accuracy conversation {_pct(mx, 'correct', 'frames')}, separate turns "
                  f"{_pct(sp, 'correct', 'frames')}; wearer kept {_pct(mx, 'wearer_kept', 'wearer_frames')}; "
                  f"other taken for wearer {_pct(mx, 'other_as_wearer', 'other_frames')} "
                  f"(separate {_pct(sp, 'other_as_wearer', 'other_frames')})")
    for key in ("ordering", "ordering_colleague_-20", "gain_-12", "gain_-12_old_baseline",
                "band_limited"):
        s = r[key]
        print(f"{key}: {100 * s['ordered']:.0f} % of {s['pairs']} pairs ordered; calm "
              f"{s['calm_mean']:.1f}, agitated {s['agitated_mean']:.1f}; wearer share min "
              f"{100 * s['wearer_share_min']:.0f} %")
    d = r["disturbed_calibration"]
    print(f"calibrated with a colleague at -10 dB: profile F0 off by at most "
          f"{d['f0_error_st_max']:.2f} st; then a colleague at -20 dB taken for the wearer at "
          f"most {100 * d['colleague_-20_share_max']:.1f} %")
    for name, a in r.get("ablation", {}).items():
        print(f"without {name}: accuracy conversation {100 * a['conversation']:.1f} %, separate "
              f"{100 * a['separate']:.1f} %, colleague alone taken for wearer "
              f"{100 * a['other_as_wearer']:.1f} %, shift {a['shift']:+.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
