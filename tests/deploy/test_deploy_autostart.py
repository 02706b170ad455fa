"""The installer's machine-wide autostart entry and the agent's "Start with the system" box
agree: the entry counts as IT policy (the box is locked, ticked), a policy that turns
autostart off wins over it, and the app started with --autostart honours the effective
setting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers.app_process import app_env

from companion import policy
from companion.cli import main
from companion.machine_autostart import MACHINE_RUN_KEY, machine_autostart_entry
from companion.paths import AppPaths
from companion.policy import REG_DWORD, default_readers, effective_settings

ROOT = Path(__file__).resolve().parents[2]


class FakeWinreg:
    """``winreg`` with ``{hive: {key: {name: (data, type)}}}``."""

    HKEY_LOCAL_MACHINE = "HKLM"
    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100

    def __init__(self, tree: dict[str, dict[str, dict[str, tuple[Any, int]]]]) -> None:
        self.tree = tree

    def OpenKey(self, root: str, key: str, reserved: int = 0, access: int = 0) -> tuple:
        assert access & self.KEY_WOW64_64KEY   # the 64-bit view, where the MSI writes
        if key not in self.tree.get(root, {}):
            raise FileNotFoundError(2, "not found")
        return (root, key)

    def QueryValueEx(self, handle: tuple, name: str) -> tuple[Any, int]:
        try:
            return self.tree[handle[0]][handle[1]][name]
        except KeyError:
            raise FileNotFoundError(2, name) from None

    def EnumValue(self, handle: tuple, index: int) -> tuple[str, Any, int]:
        items = list(self.tree[handle[0]][handle[1]].items())
        if index >= len(items):
            raise OSError(259, "no more data")
        name, (data, kind) = items[index]
        return name, data, kind

    def CloseKey(self, handle: tuple) -> None:
        pass


RUN = {"Companion": ('"C:\\Program Files\\Companion\\Companion.exe" --autostart', 1)}


def test_machine_entry_on_each_platform(tmp_path: Path) -> None:
    assert machine_autostart_entry("win32", winreg=FakeWinreg({})) is None
    reg = FakeWinreg({"HKLM": {MACHINE_RUN_KEY: RUN}})
    assert machine_autostart_entry("win32", winreg=reg) == f"HKLM\\{MACHINE_RUN_KEY}\\Companion"
    other = FakeWinreg({"HKLM": {MACHINE_RUN_KEY: {"OtherApp": ("x", 1)}}})
    assert machine_autostart_entry("win32", winreg=other) is None
    agent = tmp_path / "org.companion.app.autostart.plist"
    assert machine_autostart_entry("darwin", launch_agent=agent) is None
    agent.write_bytes(b"<plist/>")
    assert machine_autostart_entry("darwin", launch_agent=agent) == str(agent)
    xdg = tmp_path / "xdg"
    env = {"XDG_CONFIG_DIRS": f"{tmp_path / 'none'}{os.pathsep}{xdg}"}
    assert machine_autostart_entry("linux", env=env) is None
    (xdg / "autostart").mkdir(parents=True)
    (xdg / "autostart" / "companion.desktop").write_text("[Desktop Entry]\n")
    assert machine_autostart_entry("linux", env=env) == str(xdg / "autostart" /
                                                            "companion.desktop")


def test_msi_autostart_locks_the_box_ticked(isolated_dirs) -> None:
    paths = AppPaths.from_environment()
    reg = FakeWinreg({"HKLM": {MACHINE_RUN_KEY: RUN}})
    readers = default_readers(paths, platform="win32", winreg=reg)
    assert [r.label for r in readers] == ["machine-autostart", "policy.toml", "HKCU", "HKLM"]
    eff = effective_settings(paths, readers=readers)
    assert eff.settings.autostart is True and eff.locked("autostart")
    assert eff.origin("autostart") == "policy:machine-autostart" and not eff.problems


def test_group_policy_off_wins_over_the_installer_entry(isolated_dirs) -> None:
    paths = AppPaths.from_environment()
    reg = FakeWinreg({"HKLM": {MACHINE_RUN_KEY: RUN,
                               policy.REGISTRY_KEY: {"autostart": (0, REG_DWORD)}}})
    eff = effective_settings(paths, readers=default_readers(paths, platform="win32",
                                                            winreg=reg))
    assert eff.settings.autostart is False and eff.origin("autostart") == "policy:HKLM"


def test_no_machine_entry_leaves_the_choice_to_the_agent(isolated_dirs) -> None:
    paths = AppPaths.from_environment()
    readers = default_readers(paths, platform="win32", winreg=FakeWinreg({}))
    assert [r.label for r in readers] == ["policy.toml", "HKCU", "HKLM"]
    eff = effective_settings(paths, readers=readers)
    assert not eff.locked("autostart") and eff.origin("autostart") == "default"


@pytest.fixture
def machine_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A machine-wide XDG autostart entry, as IT's package would install it."""
    xdg = tmp_path / "etc-xdg"
    (xdg / "autostart").mkdir(parents=True)
    entry = xdg / "autostart" / "companion.desktop"
    entry.write_text("[Desktop Entry]\nType=Application\nExec=companion --autostart\n")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(xdg))
    return entry


def test_policy_show_and_the_settings_window_say_so(machine_entry: Path, qtbot,
                                                    capsys) -> None:
    assert main(["policy", "show"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("autostart "))
    assert "true" in line and "policy:machine-autostart" in line and "locked" in line
    from companion.settings import Settings
    from companion.ui.settings_window import SettingsWindow, locked_keys_from

    paths = AppPaths.from_environment()
    eff = effective_settings(paths)
    window = SettingsWindow(Settings(), paths.settings_file, locked=locked_keys_from(eff),
                            effective=eff.settings)
    qtbot.addWidget(window)
    box = window.editors["autostart"]
    assert box.isChecked() and not box.isEnabled()
    assert "set by your organisation" in box.toolTip()


def run_app(args: list[str], env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = app_env(QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, "-m", "companion", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_started_at_sign_in_with_autostart_off_exits_at_once(isolated_dirs) -> None:
    proc = run_app(["--autostart", "--exit-after", "30"], {})
    assert proc.returncode == 0, proc.stderr
    log = AppPaths.from_environment().log_file.read_text(encoding="utf-8")
    assert "'Start with the system' (autostart) is off: exiting" in log


def test_policy_off_beats_the_machine_entry_at_sign_in(isolated_dirs, machine_entry) -> None:
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text("autostart = false\n")
    proc = run_app(["--autostart", "--exit-after", "30"], {})
    assert proc.returncode == 0, proc.stderr
    assert "is off: exiting" in AppPaths.from_environment().log_file.read_text()


def test_machine_entry_starts_it_and_the_agents_own_entry_goes(isolated_dirs, machine_entry,
                                                              tmp_path: Path) -> None:
    home_config = tmp_path / "home-config"
    own = home_config / "autostart" / "companion.desktop"
    own.parent.mkdir(parents=True)
    own.write_text("[Desktop Entry]\nExec=old-companion\n")
    proc = run_app(["--autostart", "--demo", "--demo-script", "pause:60", "--exit-after", "2"],
                   {"XDG_CONFIG_HOME": str(home_config)})
    assert proc.returncode == 0, proc.stderr
    log = AppPaths.from_environment().log_file.read_text(encoding="utf-8")
    assert "starting" in log and "quit (exit code 0)" in log
    assert own.exists()   # the demo never changes sign-in entries
    proc = run_app(["--autostart", "--exit-after", "2", "--device", "none-such"],
                   {"XDG_CONFIG_HOME": str(home_config)})
    assert proc.returncode == 0, proc.stderr
    assert not own.exists()   # one entry only: the machine-wide one
