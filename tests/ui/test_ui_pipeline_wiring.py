"""The default pipeline on the real feature/arousal layers, and settings + policy loading."""

from __future__ import annotations

import numpy as np
import pytest

from companion.settings import Settings


def test_arousal_pipeline_calibrates_and_its_baseline_round_trips(tmp_path) -> None:
    from companion.audio import DemoSource
    from companion.store import Store
    from companion.ui.engine import ArousalPipeline

    demo = DemoSource(script=(("pause", 2.0), ("calm", 45.0), ("pause", 3.0)))
    pipeline = ArousalPipeline(None, settings=Settings(), calibration_s=15.0)
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
    again = ArousalPipeline(loaded, settings=Settings())
    assert again.baseline_dict() is not None       # calibrated from the start


def test_load_settings_applies_policy_and_locks(isolated_dirs) -> None:
    from companion.app import load_settings
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("sensitivity = 2\nreduced_motion = true\n")
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("sensitivity = 5\nallow_device_selection = false\n")
    effective, user, locked, notice = load_settings(paths)
    assert effective.sensitivity == 5 and effective.reduced_motion
    assert user.sensitivity == 2 and user.reduced_motion
    assert locked == {"sensitivity", "allow_device_selection", "input_device"}
    assert notice is None


def test_broken_settings_value_gives_its_default_and_a_notice(isolated_dirs) -> None:
    from companion.app import load_settings
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("sensitivity = 9\nreduced_motion = true\n")
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("retention_days = 7\n")
    effective, user, locked, notice = load_settings(paths)
    assert user == Settings()
    assert effective.sensitivity == Settings().sensitivity and effective.retention_days == 7
    assert notice is not None and "sensitivity" in notice and "\n" not in notice


@pytest.mark.parametrize("speech, voiced, want", [
    ([1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0]),
    ([1, 1, 1, 1, 1, 1], [0, 0, 1, 0, 0, 0], [1, 1, 1, 1, 1, 0]),
    ([0, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1], [0, 1, 1, 0, 0, 0]),
])
def test_talking_needs_voicing_nearby(speech, voiced, want) -> None:
    from companion.ui.engine import talking

    got = talking(np.array(speech, bool), np.array(voiced, bool), 2)
    assert got.astype(int).tolist() == want
