"""Project-wide guarantees: cheap imports, settings schema, paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.errors import CompanionError
from companion.paths import AppPaths, ensure_private_dir, resource_dir
from companion.settings import (
    Settings,
    load_user_settings,
    parse_quiet_hours,
    save_user_settings,
    validate_value,
)


def test_import_companion_and_cli_loads_no_qt_or_sounddevice() -> None:
    code = (
        "import sys, companion, companion.cli; companion.cli.build_parser();"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph','sounddevice'))];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_paths_follow_environment_overrides(isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    assert paths.data_dir == isolated_dirs["data"]
    assert paths.policy_file.parent == isolated_dirs["site_config"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_dir_is_user_only(tmp_path: Path) -> None:
    d = ensure_private_dir(tmp_path / "a" / "b")
    assert (d.stat().st_mode & 0o777) == 0o700


def test_bundled_resource_folders_exist() -> None:
    for name in ("assets", "breathing_patterns", "decks"):
        assert resource_dir(name).is_dir()


def test_settings_round_trip_writes_only_changes(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    s = Settings().replace(sensitivity=5, quiet_hours="18:00-08:00")
    save_user_settings(path, s)
    text = path.read_text()
    assert "sensitivity = 5" in text and "retention_days" not in text
    assert load_user_settings(path) == s


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("sensitivity", 9, "at most 5"),
        ("sensitivity", "high", "must be a number"),
        ("prompts_enabled", 1, "true or false"),
        ("quiet_hours", "late", "18:00-08:00"),
        ("nonsense", 1, "unknown setting"),
        ("deck_folders", "C:/x", "list of text"),
    ],
)
def test_bad_setting_values_are_explained(key: str, value: object, fragment: str) -> None:
    with pytest.raises(CompanionError, match=fragment):
        validate_value(key, value, "settings.toml")


def test_malformed_settings_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("sensitivity = = 3\n")
    with pytest.raises(CompanionError, match=r"settings.toml:1: not valid TOML"):
        load_user_settings(path)


def test_quiet_hours_parse_wraps_midnight() -> None:
    assert parse_quiet_hours("18:00-08:30") == (1080, 510)
    assert parse_quiet_hours("") is None


def test_cli_imports_only_the_command_it_runs() -> None:
    """`companion analyze ...` registers (and imports) the analyze module alone."""
    code = (
        "import sys, companion.cli as c;"
        "c.build_parser(['--log-level', 'info', 'analyze', 'x.wav', '--json']);"
        "print(sorted(m for m in sys.modules if m.startswith('companion.cli.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['companion.cli.analyze', 'companion.cli.app_cmd']"


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h", "analyze"], ["analyze", "--help"], ["deck", "mine", "add", "--help"],
    ["bogus"], ["analyze", "--bogus"], ["--bogus", "analyze", "x"], ["--log-level", "no", "deck"],
    ["deck", "bogus"], ["--version", "analyze"],
])
def test_cli_help_and_errors_match_the_full_parser(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """The parser built for one command prints the same help and errors as the full one."""
    from companion.cli import build_parser

    outputs = []
    for parser in (build_parser(), build_parser(argv)):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(argv)
        outputs.append((stop.value.code, capsys.readouterr()))
    assert outputs[0] == outputs[1]
