"""No way around IT policy, and no bad value that stops the app: schema-wide checks of the
settings and policy layers, plus a hypothesis fuzz of the reader."""

from __future__ import annotations

import dataclasses
import math
import os
import plistlib
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.policy import (
    REG_SZ,
    PlistPolicyReader,
    RegistryPolicyReader,
    TomlPolicyReader,
    coerce_registry_value,
    combine,
    effective_settings,
)
from companion.settings import (
    Settings,
    load_user_settings,
    save_user_settings,
    setting_fields,
    user_setting_keys,
    validate_value,
)

IT_ONLY = [f for f in setting_fields() if not f.metadata["user"]]
NUMERIC = [f for f in setting_fields() if f.type in ("int", "float", int, float)]
FLOATS = [f for f in setting_fields() if f.type in ("float", float)]


def kind(f: dataclasses.Field) -> str:
    return f.type if isinstance(f.type, str) else f.type.__name__


def other_valid_value(f: dataclasses.Field) -> Any:
    """A valid value for ``f`` that differs from its default."""
    default = getattr(Settings(), f.name)
    k = kind(f)
    if k == "bool":
        return not default
    if k == "list[str]":
        return ["/srv/agent-decks"]
    if k in ("int", "float"):
        low, high = f.metadata["min"], f.metadata["max"]
        value = high if high is not None else (default + 1)
        return value if value != default else low
    if f.metadata["choices"]:
        return next(c for c in f.metadata["choices"] if c != default)
    return {"quiet_hours": "12:00-13:00", "data_folder": "/srv/companion"}.get(f.name, "x")


def paths() -> AppPaths:
    return AppPaths.from_environment()


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_every_schema_key_declares_who_may_set_it() -> None:
    for f in setting_fields():
        assert isinstance(f.metadata["user"], bool), f.name
    assert {f.name for f in IT_ONLY} >= {"deck_folders", "allow_personal_decks",
                                          "allow_device_selection", "demo_disabled"}


@pytest.mark.parametrize("field", IT_ONLY, ids=lambda f: f.name)
def test_it_only_keys_from_the_agents_file_are_ignored_with_a_notice(field) -> None:
    """Regression: deck_folders in settings.toml was accepted with origin 'user'."""
    value = other_valid_value(field)
    write(paths().settings_file, tomli_w.dumps({field.name: value, "sensitivity": 4}))
    eff = effective_settings(paths(), readers=[])
    assert getattr(eff.settings, field.name) == getattr(Settings(), field.name)
    assert eff.origin(field.name) == "default"
    assert eff.settings.sensitivity == 4  # the rest of the agent's file applies
    assert len(eff.problems) == 1
    assert f"'{field.name}' can only be set by your organisation" in eff.problems[0]
    assert eff.notice() == eff.problems[0]
    # Every other way of reading the agent's layer skips it too.
    assert getattr(load_user_settings(paths().settings_file), field.name) \
        == getattr(Settings(), field.name)


@pytest.mark.parametrize("field", IT_ONLY, ids=lambda f: f.name)
def test_it_only_keys_from_policy_apply(field) -> None:
    value = other_valid_value(field)
    write(paths().policy_file, tomli_w.dumps({field.name: value}))
    eff = effective_settings(paths(), readers=[TomlPolicyReader(paths().policy_file)])
    assert getattr(eff.settings, field.name) == value and eff.locked(field.name)


def test_saving_settings_never_writes_it_only_keys(tmp_path: Path) -> None:
    changed = dataclasses.replace(Settings(), **{f.name: other_valid_value(f) for f in IT_ONLY})
    save_user_settings(tmp_path / "s.toml", changed.replace(sensitivity=2))
    assert (tmp_path / "s.toml").read_text() == "sensitivity = 2\n"
    assert set(user_setting_keys()).isdisjoint(f.name for f in IT_ONLY)


def test_personal_deck_is_not_loaded_through_the_agents_deck_folders(tmp_path: Path) -> None:
    """The issue's scenario end to end: IT forbids personal decks; the agent lists a folder of
    their own in settings.toml; `deck list` must not load it, let alone label it IT."""
    mine = tmp_path / "mine"
    write(mine / "sneaky.toml", '[deck]\nid = "sneaky"\ntitle = "Mine"\nversion = 1\n'
          '[[cards]]\nid = "a"\ntitle = "T"\nbody = "B"\ntags = ["empathy"]\n'
          'when = ["between_calls"]\n')
    write(paths().settings_file, f"deck_folders = [{str(mine)!r}]\n")
    write(paths().policy_file, "allow_personal_decks = false\n")
    from companion.content import load_default_decks

    settings = effective_settings(paths()).settings
    assert "sneaky" not in {d.id for d in load_default_decks(paths(), settings).decks}


# -- finite numbers -------------------------------------------------------------------------
@pytest.mark.parametrize("field", NUMERIC, ids=lambda f: f.name)
@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_every_number_must_be_finite(field, bad: float) -> None:
    with pytest.raises(CompanionError, match="finite"):
        validate_value(field.name, bad, "settings file")


@pytest.mark.parametrize("field", FLOATS, ids=lambda f: f.name)
def test_nan_in_the_agents_file_does_not_stop_anything(field, tmp_path: Path) -> None:
    """Regression: call_start_speech_s = nan stopped the app at start-up."""
    write(paths().settings_file, f"{field.name} = nan\nsensitivity = 2\n")
    eff = effective_settings(paths(), readers=[])
    assert getattr(eff.settings, field.name) == getattr(Settings(), field.name)
    assert eff.settings.sensitivity == 2 and "finite" in eff.problems[0]


@pytest.mark.parametrize("field", FLOATS, ids=lambda f: f.name)
@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e999", "NaN"])
def test_nan_in_any_policy_source_uses_the_default_and_stays_locked(field, text: str,
                                                                    tmp_path: Path) -> None:
    """Regression: tense_threshold = nan in a locked policy key killed the engine thread."""
    write(paths().settings_file, f"{field.name} = {other_valid_value(field)}\n")
    plist = tmp_path / "managed.plist"
    plist.write_bytes(plistlib.dumps({field.name: text}))
    registry = coerce_registry_value(field.name, text, REG_SZ)
    toml_value = {"nan": "nan", "NaN": "nan", "inf": "inf", "-inf": "-inf",
                  "1e999": "1e999"}[text]
    reads = [("policy.toml", TomlPolicyReader(_policy(f"{field.name} = {toml_value}\n")).read()),
             ("managed-preferences", PlistPolicyReader(plist).read()),
             ("HKLM", _read_registry(field.name, registry))]
    for label, read in reads:
        eff = combine({field.name: other_valid_value(field)}, [(label, read)])
        assert getattr(eff.settings, field.name) == getattr(Settings(), field.name), label
        assert math.isfinite(getattr(eff.settings, field.name))
        assert eff.locked(field.name) and eff.invalid[field.name] == f"policy:{label}"
        assert len(eff.problems) == 1 and "is used" in eff.problems[0]


def _policy(text: str) -> Path:
    write(paths().policy_file, text)
    return paths().policy_file


def _read_registry(name: str, value: Any):
    from companion import policy
    from tests.deploy.test_deploy_policy import FakeWinreg

    fake = FakeWinreg({"HKLM": {policy.REGISTRY_KEY: [(name, value, REG_SZ)]}})
    return RegistryPolicyReader("HKLM", fake).read()


def test_policy_show_reports_the_invalid_value_and_the_default(capsys) -> None:
    write(paths().policy_file, "tense_threshold = nan\n")
    assert main(["policy", "show"]) == 0
    out, err = capsys.readouterr()
    row = next(line for line in out.splitlines() if line.startswith("tense_threshold"))
    assert row.split()[1:3] == ["70", "default"] and "invalid value" in row
    assert "setting 'tense_threshold' must be a finite number" in err
    assert "the default, 70, is used" in err
    assert main(["policy", "show", "--json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["invalid"] == {"tense_threshold": "policy:policy.toml"}
    assert "tense_threshold" in data["locked"]


# -- fuzz ------------------------------------------------------------------------------------
toml_scalars = st.one_of(
    st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=50),
)
toml_values = st.recursive(toml_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=10)
keys = st.one_of(st.sampled_from([f.name for f in setting_fields()]), st.text(max_size=20))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(user=st.dictionaries(keys, toml_values, max_size=6),
       policy=st.dictionaries(keys, toml_values, max_size=6))
def test_fuzz_any_mapping_gives_valid_settings_and_one_line_problems(user, policy) -> None:
    eff = combine(user, [("policy.toml", _as_read(policy))])
    _assert_valid(eff)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_fuzz_any_file_bytes_never_raise(raw: bytes) -> None:
    p = paths()
    for path in (p.settings_file, p.policy_file):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
    eff = effective_settings(p, readers=[TomlPolicyReader(p.policy_file)])
    _assert_valid(eff)


@settings(max_examples=200, deadline=None)
@given(name=keys, data=st.one_of(st.text(max_size=40), st.integers(0, 2**64 - 1),
                                  st.lists(st.text(max_size=20), max_size=3)),
       reg_type=st.sampled_from([1, 2, 4, 7, 11]))
def test_fuzz_registry_values(name: str, data: Any, reg_type: int) -> None:
    value = coerce_registry_value(name, data, reg_type)
    _assert_valid(combine({}, [("HKLM", _as_read({name: value}))]))


def _as_read(values: dict[str, Any]):
    from companion.policy import PolicyRead

    return PolicyRead(dict(values), [])


def _assert_valid(eff) -> None:
    # Valid by construction: every value re-validates, every number is finite.
    for f in setting_fields():
        value = getattr(eff.settings, f.name)
        assert validate_value(f.name, value, "check") == value
        if isinstance(value, float):
            assert math.isfinite(value)
    for line in eff.problems:
        assert "\n" not in line and len(line) < 1000


# -- the IT locations cannot be moved by the agent in an installed build ---------------------
def test_site_overrides_are_honoured_in_development_builds(isolated_dirs) -> None:
    from companion.paths import it_override_allowed

    assert it_override_allowed(isolated_dirs["site_config"], frozen=False)
    assert paths().site_config_dir == isolated_dirs["site_config"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX users")
def test_installed_build_ignores_site_overrides_the_agent_controls() -> None:
    """An agent could set COMPANION_SITE_CONFIG_DIR to an empty folder of their own (dropping
    policy.toml's locks) or COMPANION_SITE_DATA_DIR to their own decks labelled IT."""
    from helpers.unprivileged import open_folder, run_python

    code = ("import os, sys\nsys.frozen = True\n"
            "os.environ['COMPANION_SITE_CONFIG_DIR'] = sys.argv[1]\n"
            "os.environ['COMPANION_SITE_DATA_DIR'] = sys.argv[1]\n"
            "from companion.paths import AppPaths\np = AppPaths.from_environment()\n"
            "print(p.site_config_dir == __import__('pathlib').Path(sys.argv[1]),"
            " p.site_data_dir == __import__('pathlib').Path(sys.argv[1]))\n")
    with open_folder() as base:
        mine = base / "my-policy"
        mine.mkdir(mode=0o777)
        mine.chmod(0o777)
        result = run_python(code, str(mine))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_installed_build_on_windows_never_moves_it_locations(monkeypatch, tmp_path) -> None:
    from companion import paths as paths_module

    monkeypatch.setattr(paths_module.os, "name", "nt")
    assert not paths_module.it_override_allowed(tmp_path, frozen=True)
