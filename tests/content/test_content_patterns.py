"""Breathing patterns: timing of the bundled patterns, validation, fuzzing, sources."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.content.patterns import (
    BreathingPattern,
    Phase,
    check_pattern_file,
    check_pattern_text,
    load_pattern_file,
    load_patterns,
)
from companion.content.problems import PatternError
from companion.content.sources import ContentSource, pattern_sources
from companion.paths import AppPaths, resource_dir

BUNDLED = resource_dir("breathing_patterns")

# id -> (phases as (kind, seconds), cycles)
EXPECTED = {
    "resonance": ([("inhale", 5), ("exhale", 5)], 9),
    "box": ([("inhale", 4), ("hold", 4), ("exhale", 4), ("hold", 4)], 4),
    "4-7-8": ([("inhale", 4), ("hold", 7), ("exhale", 8)], 4),
    "cyclic-sighing": ([("inhale", 3), ("inhale", 1), ("exhale", 6)], 6),
    "quick-reset": ([("inhale", 4), ("exhale", 6)], 3),
}


def _bundled() -> dict[str, BreathingPattern]:
    loaded = load_patterns([ContentSource(BUNDLED, "bundled")])
    assert loaded.problems == []
    return loaded.items


def test_bundled_patterns_load_with_expected_phases() -> None:
    items = _bundled()
    assert set(items) == set(EXPECTED)
    for pid, (phases, cycles) in EXPECTED.items():
        p = items[pid]
        assert [(ph.kind, ph.seconds) for ph in p.phases] == phases
        assert p.cycles == cycles
        assert 30 <= p.total_s <= 120, f"{pid} default should fit a wrap-up"
        assert p.name and p.description and p.reference
        assert p.origin == "bundled"


def test_resonance_is_six_breaths_a_minute() -> None:
    assert _bundled()["resonance"].breaths_per_min == pytest.approx(6.0)


def test_cyclic_sighing_has_double_inhale_and_long_exhale() -> None:
    p = _bundled()["cyclic-sighing"]
    kinds = [ph.kind for ph in p.phases]
    assert kinds[:2] == ["inhale", "inhale"]
    exhale = sum(ph.seconds for ph in p.phases if ph.kind == "exhale")
    inhale = sum(ph.seconds for ph in p.phases if ph.kind == "inhale")
    assert exhale > inhale
    assert "Cell Reports Medicine" in p.reference and "2023" in p.reference


@pytest.mark.parametrize("pid", sorted(EXPECTED))
def test_at_hits_exact_phase_boundaries(pid: str) -> None:
    p = _bundled()[pid]
    phases, cycles = EXPECTED[pid]
    cycle_s = sum(s for _, s in phases)
    assert p.cycle_s == cycle_s
    assert p.total_s == cycle_s * cycles
    t = 0.0
    for cycle in range(cycles):
        for index, (kind, seconds) in enumerate(phases):
            pos = p.at(t)
            assert (pos.index, pos.cycle, pos.phase.kind) == (index, cycle, kind), (pid, t)
            assert pos.progress == 0.0
            assert pos.seconds_left == pytest.approx(seconds)
            assert not pos.finished
            mid = p.at(t + seconds / 2)
            assert mid.index == index and mid.progress == pytest.approx(0.5)
            assert mid.seconds_left == pytest.approx(seconds / 2)
            end = p.at(t + seconds - 1e-6)
            assert end.index == index and end.cycle == cycle
            assert end.progress == pytest.approx(1.0, abs=1e-5)
            t += seconds
    assert t == p.total_s
    done = p.at(t)
    assert done.finished and p.is_finished(t) and not p.is_finished(t - 0.01)
    assert (done.index, done.cycle, done.progress, done.seconds_left) == (
        len(phases) - 1, cycles - 1, 1.0, 0.0)
    assert p.at(t + 1000).finished
    assert p.phase_boundaries()[-1] == p.total_s
    assert len(p.phase_boundaries()) == cycles * len(phases) + 1


def test_at_clamps_negative_time_and_rejects_nan() -> None:
    p = _bundled()["box"]
    assert p.at(-5) == p.at(0)
    with pytest.raises(ValueError):
        p.at(float("nan"))


def test_with_duration_rounds_to_whole_cycles() -> None:
    p = _bundled()["box"]  # 16 s cycle
    assert p.with_duration(60).cycles == 4
    assert p.with_duration(10).cycles == 1
    assert p.with_duration(600).total_s <= 600
    r = _bundled()["resonance"].with_duration(120)
    assert r.cycles == 12 and r.total_s == 120
    for bad in (5, 601, float("nan"), "60", True):
        with pytest.raises(PatternError, match="between 10 and 600"):
            p.with_duration(bad)  # type: ignore[arg-type]


def _write(tmp_path: Path, name: str, data: dict | str) -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else tomli_w.dumps(data), encoding="utf-8")
    return path


GOOD = {
    "name": "Slow",
    "description": "d",
    "cycles": 3,
    "phases": [{"kind": "inhale", "seconds": 4}, {"kind": "exhale", "seconds": 6}],
}


def test_error_names_file_line_key_and_limit(tmp_path: Path) -> None:
    text = """name = "Box"
cycles = 2

[[phases]]
kind = "inhale"
seconds = 4

[[phases]]
kind = "exhale"
seconds = 40
"""
    path = _write(tmp_path, "box.toml", text)
    check = check_pattern_file(path)
    assert check.pattern is None
    msgs = [str(p) for p in check.problems]
    assert msgs == [f"{path}:10: error: phases[2].seconds must be between 0.5 and 20, not 40"]
    with pytest.raises(PatternError) as info:
        load_pattern_file(path)
    assert "box.toml:10:" in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"phases": [{"kind": "inhale", "seconds": 4}, {"kind": "hold", "seconds": 6}]},
         "at least one inhale and one exhale"),
        ({"phases": [{"kind": "inhale", "seconds": 1}] * 6 + [{"kind": "exhale", "seconds": 1}]
          * 7}, "at most 12"),
        ({"phases": []}, "phases is empty"),
        ({"phases": [{"kind": "sniff", "seconds": 4}]}, "inhale, hold or exhale"),
        ({"phases": [{"kind": "inhale", "seconds": 0.1}, {"kind": "exhale", "seconds": 4}]},
         "between 0.5 and 20"),
        ({"phases": [{"kind": "inhale", "seconds": "4"}, {"kind": "exhale", "seconds": 4}]},
         "must be a number"),
        ({"phases": [{"kind": "inhale"}, {"kind": "exhale", "seconds": 4}]},
         "phases[1].seconds is missing"),
        ({"cycles": 100}, "between 10 and 600"),
        ({"cycles": 2.5}, "whole number"),
        ({"name": ""}, "name is empty"),
        ({"name": "x" * 61}, "at most 60"),
        ({"duration_s": 60}, "either cycles or duration_s"),
        ({"phases": "in out"}, "phases must be"),
    ],
)
def test_invalid_patterns_are_explained(tmp_path: Path, change: dict, fragment: str) -> None:
    data = {**GOOD, **change}
    check = check_pattern_file(_write(tmp_path, "p.toml", data))
    assert check.pattern is None
    assert any(fragment in p.message for p in check.problems if p.is_error), check.problems


def test_cycles_one_too_short_total(tmp_path: Path) -> None:
    data = {**GOOD, "cycles": 1}  # 10 s: allowed exactly
    assert check_pattern_file(_write(tmp_path, "ok.toml", data)).pattern is not None
    data = {**GOOD, "cycles": 1, "phases": [{"kind": "inhale", "seconds": 2},
                                           {"kind": "exhale", "seconds": 3}]}
    check = check_pattern_file(_write(tmp_path, "short.toml", data))
    assert check.pattern is None and "lasts 5 seconds" in check.problems[0].message


def test_missing_cycles_and_duration(tmp_path: Path) -> None:
    data = {k: v for k, v in GOOD.items() if k != "cycles"}
    check = check_pattern_file(_write(tmp_path, "p.toml", data))
    assert "cycles (e.g. cycles = 6) or duration_s" in check.problems[0].message


def test_duration_is_rounded_to_cycles(tmp_path: Path) -> None:
    data = {k: v for k, v in GOOD.items() if k != "cycles"} | {"duration_s": 64}
    p = load_pattern_file(_write(tmp_path, "p.toml", data))
    assert p.cycles == 6 and p.total_s == 60


def test_unknown_keys_warn_but_load(tmp_path: Path) -> None:
    check = check_pattern_file(_write(tmp_path, "p.toml", {**GOOD, "colour": "blue"}))
    assert check.pattern is not None
    assert [p.severity for p in check.problems] == ["warning"]
    assert "colour" in check.problems[0].message


def test_bad_file_name_is_an_error(tmp_path: Path) -> None:
    check = check_pattern_file(_write(tmp_path, "My Pattern.toml", GOOD))
    assert check.pattern is None and "not a usable pattern id" in check.problems[0].message


def test_file_level_problems(tmp_path: Path) -> None:
    big = _write(tmp_path, "big.toml", "# " + "x" * (64 * 1024) + "\n")
    assert "larger than the 64 KiB" in check_pattern_file(big).problems[0].message
    bad = tmp_path / "bin.toml"
    bad.write_bytes(b'name = "a"\ndescription = "\xff"\n')
    problem = check_pattern_file(bad).problems[0]
    assert problem.line == 2 and "UTF-8" in problem.message
    broken = _write(tmp_path, "broken.toml", 'name = "a"\ncycles = \n')
    problem = check_pattern_file(broken).problems[0]
    assert problem.line == 2 and "not valid TOML" in problem.message
    missing = check_pattern_file(tmp_path / "nope.toml").problems[0]
    assert "not found" in missing.message


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + tomli_w.dumps(GOOD).encode())
    assert check_pattern_file(path).pattern is not None


def test_bad_file_is_skipped_others_load(tmp_path: Path) -> None:
    _write(tmp_path, "good.toml", GOOD)
    _write(tmp_path, "bad.toml", {**GOOD, "cycles": 0})
    loaded = load_patterns([tmp_path])
    assert list(loaded.items) == ["good"]
    assert len(loaded.errors) == 1 and "bad.toml" in str(loaded.errors[0])


def test_sources_precedence_it_overrides_personal_only_adds(
        isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    it_dir = paths.site_content_dir("breathing_patterns")
    me_dir = paths.user_content_dir("breathing_patterns")
    it_dir.mkdir(parents=True)
    me_dir.mkdir(parents=True)
    _write(it_dir, "box.toml", {**GOOD, "name": "IT box"})
    _write(me_dir, "resonance.toml", {**GOOD, "name": "My resonance"})
    _write(me_dir, "mine.toml", {**GOOD, "name": "Mine"})
    loaded = load_patterns(pattern_sources(paths))
    assert loaded.items["box"].name == "IT box" and loaded.items["box"].origin == "it"
    assert loaded.items["resonance"].name == "Resonance breathing"
    assert loaded.items["mine"].origin == "personal"
    assert set(EXPECTED) <= set(loaded.items)
    warning = [p for p in loaded.problems if "resonance" in p.message]
    assert warning and warning[0].severity == "warning" and "rename" in warning[0].message


def test_model_rejects_empty() -> None:
    with pytest.raises(ValueError):
        BreathingPattern("x", "x", "", (), 1)
    with pytest.raises(ValueError):
        BreathingPattern("x", "x", "", (Phase("inhale", 1),), 0)


# -- fuzzing -------------------------------------------------------------------------------
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.text(max_size=300))
def test_fuzz_arbitrary_text_never_crashes(text: str) -> None:
    check = check_pattern_text(text, Path("fuzz.toml"))
    assert check.pattern is None or not any(p.is_error for p in check.problems)
    for p in check.problems:
        assert str(p).startswith("fuzz.toml") and "\n" not in str(p)


_values = st.one_of(st.integers(-5, 1000), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(max_size=5), st.booleans(), st.lists(st.integers(0, 5), max_size=3))
_phase = st.dictionaries(st.sampled_from(["kind", "seconds", "extra"]),
                         st.one_of(st.sampled_from(["inhale", "hold", "exhale", "x"]), _values),
                         max_size=3)


@FUZZ
@given(st.fixed_dictionaries(
    {},
    optional={
        "name": st.one_of(st.text(max_size=70), _values),
        "description": st.one_of(st.text(max_size=20), _values),
        "cycles": _values,
        "duration_s": _values,
        "reference": st.text(max_size=10),
        "phases": st.one_of(st.lists(_phase, max_size=14), _values),
    },
))
def test_fuzz_structured_patterns(data: dict) -> None:
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        return
    check = check_pattern_text(text, Path("fz.toml"))
    if check.pattern is not None:
        p = check.pattern
        assert 10 <= p.total_s <= 600 and 1 <= len(p.phases) <= 12
        assert {"inhale", "exhale"} <= {ph.kind for ph in p.phases}
        assert all(0.5 <= ph.seconds <= 20 for ph in p.phases)
        pos = p.at(p.total_s / 2)
        assert 0 <= pos.progress <= 1 and pos.seconds_left >= 0
        assert not math.isnan(pos.seconds_left)
    else:
        assert any(pr.is_error and pr.message for pr in check.problems)
