"""The IT policy key ``data_folder`` moves the agent's data (non-persistent VDI profiles)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import main
from companion.paths import AppPaths, expand_folder, policy_data_folder
from companion.policy import effective_settings


@pytest.fixture
def policy(isolated_dirs: dict[str, Path], monkeypatch: pytest.MonkeyPatch):
    """Write policy.toml; the data dir is left to policy (no COMPANION_DATA_DIR)."""
    monkeypatch.delenv("COMPANION_DATA_DIR")

    def write(text: str) -> Path:
        isolated_dirs["site_config"].mkdir(parents=True, exist_ok=True)
        path = isolated_dirs["site_config"] / "policy.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_policy_moves_the_data_folder_with_variables_expanded(policy, tmp_path: Path,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("AGENT_SHARE", str(tmp_path / "persist"))
    monkeypatch.setenv("USER", "agent7")
    policy('data_folder = "${AGENT_SHARE}/$USER/Companion"\n')
    paths = AppPaths.from_environment()
    assert paths.data_dir == tmp_path / "persist" / "agent7" / "Companion"
    assert paths.database_file.parent == paths.data_dir
    eff = effective_settings(paths)
    assert eff.origin("data_folder") == "policy:policy.toml" and not eff.problems


def test_self_test_and_data_commands_use_the_policy_folder(policy, tmp_path: Path,
                                                          capsys) -> None:
    folder = tmp_path / "kept" / "Companion"
    policy(f'data_folder = "{folder.as_posix()}"\n')
    assert main(["data", "summary"]) == 0
    assert str(folder / "companion.sqlite3") in capsys.readouterr().out
    env = {k: v for k, v in os.environ.items() if k != "COMPANION_DATA_DIR"}
    proc = subprocess.run([sys.executable, "-m", "companion", "self-test"], env=env,
                          capture_output=True, text=True, timeout=120)   # own QGuiApplication
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (folder / "self-test.txt").is_file() and str(folder) in proc.stdout


def test_environment_override_wins_over_policy(isolated_dirs: dict[str, Path],
                                               tmp_path: Path) -> None:
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text(
        f'data_folder = "{(tmp_path / "elsewhere").as_posix()}"\n')
    assert AppPaths.from_environment().data_dir == isolated_dirs["data"]


@pytest.mark.parametrize("value, problem", [
    ("relative/folder", "must be an absolute folder path"),
    ("%NO_SUCH_VARIABLE_X%/Companion", "environment variable that is not set"),
    ("${NO_SUCH_VARIABLE_X}/Companion", "environment variable that is not set"),
])
def test_bad_folder_is_reported_and_the_default_kept(policy, value: str, problem: str) -> None:
    default = AppPaths.from_environment().data_dir
    policy(f'data_folder = "{value}"\n')
    paths = AppPaths.from_environment()
    assert paths.data_dir == default
    problems = effective_settings(paths).problems
    assert len(problems) == 1 and problem in problems[0] and "data_folder" in problems[0]


def test_the_agent_cannot_move_it_from_their_own_settings(policy, isolated_dirs,
                                                          tmp_path: Path) -> None:
    default = AppPaths.from_environment().data_dir
    isolated_dirs["config"].mkdir(parents=True)
    (isolated_dirs["config"] / "settings.toml").write_text(
        f'data_folder = "{(tmp_path / "mine").as_posix()}"\n')
    assert AppPaths.from_environment().data_dir == default
    assert policy_data_folder(AppPaths.from_environment()) is None


def test_share_names_with_a_dollar_are_fine() -> None:
    from companion.settings import validate_value

    assert validate_value("data_folder", "/srv/profiles$/agent", "test") == "/srv/profiles$/agent"
    assert expand_folder("/srv/profiles$/agent") == Path("/srv/profiles$/agent")
