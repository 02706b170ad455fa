"""The live pipeline (VoicePipeline) on the real feature/gate/arousal layers."""

from __future__ import annotations

import numpy as np

from companion.settings import Settings


def test_arousal_pipeline_calibrates_and_its_baseline_round_trips(tmp_path) -> None:
    from companion.audio import DemoSource
    from companion.pipeline import VoicePipeline
    from companion.store import Store

    demo = DemoSource(script=(("pause", 2.0), ("calm", 45.0), ("pause", 3.0)))
    pipeline = VoicePipeline(None, settings=Settings(), calibration_s=15.0)
    runs, values, baseline = [], [], None
    for block in demo.blocks():
        result = pipeline.process(block)
        runs.extend(result.speech_runs)
        if result.arousal is not None:
            values.append(result.arousal)
        baseline = baseline or pipeline.baseline_dict()
    assert baseline is not None, "never calibrated on 45 s of calm speech"
    talk = sum(d for s, d in runs if s)
    assert 15.0 < talk < 45.0                      # speech, with the listening gaps
    first_talk = next(i for i, (s, _) in enumerate(runs) if s)
    silence_at_start = sum(d for _, d in runs[:first_talk])
    assert silence_at_start > 1.5                  # the 2 s pause is not speech
    assert values and 30.0 < float(np.median(values)) < 70.0   # calm = near the usual 50
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.save_baseline(baseline)
        loaded = store.load_baseline()
    again = VoicePipeline(loaded, settings=Settings())
    assert again.baseline_dict() is not None       # calibrated from the start
