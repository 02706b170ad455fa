"""'Start with the system': per-user autostart entries on the three platforms."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from companion.ui.autostart import (
    RUN_KEY,
    Autostart,
    AutostartError,
    launch_command,
    sync_autostart,
)


def test_linux_desktop_entry(tmp_path: Path) -> None:
    auto = Autostart(platform="linux", home=tmp_path, env={},
                     command=["/opt/Companion dir/companion"])
    assert not auto.is_enabled()
    auto.set_enabled(True)
    path = tmp_path / ".config" / "autostart" / "companion.desktop"
    text = path.read_text()
    assert "Exec='/opt/Companion dir/companion'" in text
    assert "Type=Application" in text and auto.is_enabled()
    auto.set_enabled(True)   # idempotent
    auto.set_enabled(False)
    assert not path.exists() and not auto.is_enabled()
    auto.set_enabled(False)


def test_xdg_config_home_is_honoured(tmp_path: Path) -> None:
    auto = Autostart(platform="linux", home=tmp_path / "home",
                     env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")}, command=["companion"])
    auto.set_enabled(True)
    assert (tmp_path / "xdg" / "autostart" / "companion.desktop").is_file()


def test_macos_launch_agent(tmp_path: Path) -> None:
    auto = Autostart(platform="darwin", home=tmp_path, command=["/Applications/C.app/x"])
    auto.set_enabled(True)
    data = plistlib.loads(
        (tmp_path / "Library" / "LaunchAgents" / "org.companion.app.plist").read_bytes())
    assert data["ProgramArguments"] == ["/Applications/C.app/x"] and data["RunAtLoad"] is True
    auto.set_enabled(False)
    assert not auto.is_enabled()


class FakeWinreg:
    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def CreateKey(self, root, path):
        return self._Key(path)

    def OpenKey(self, root, path):
        return self._Key(path)

    def SetValueEx(self, key, name, reserved, kind, value):
        self.values[(key.path, name)] = value

    def QueryValueEx(self, key, name):
        try:
            return self.values[(key.path, name)], self.REG_SZ
        except KeyError:
            raise FileNotFoundError(name) from None

    def DeleteValue(self, key, name):
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        del self.values[(key.path, name)]


def test_windows_run_key() -> None:
    reg = FakeWinreg()
    auto = Autostart(platform="win32", winreg=reg,
                     command=[r"C:\Program Files\Companion\companion.exe"])
    assert not auto.is_enabled()
    auto.set_enabled(True)
    assert reg.values[(RUN_KEY, "Companion")] == r'"C:\Program Files\Companion\companion.exe"'
    assert auto.is_enabled()
    auto.set_enabled(False)
    auto.set_enabled(False)
    assert not auto.is_enabled()


def test_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / ".config"
    blocker.write_text("not a folder")
    auto = Autostart(platform="linux", home=tmp_path, env={}, command=["companion"])
    with pytest.raises(AutostartError, match="cannot create the autostart entry") as info:
        auto.set_enabled(True)
    assert "\n" not in str(info.value)


def test_launch_command() -> None:
    assert launch_command("/usr/bin/python3", frozen=False) == [
        "/usr/bin/python3", "-m", "companion", "--autostart"]
    assert launch_command("C:/Companion/companion.exe", frozen=True) == [
        "C:/Companion/companion.exe", "--autostart"]


# -- agreement with the installer's machine-wide entry -------------------------------------
@pytest.mark.parametrize("want, machine, expected", [
    (True, None, True),       # the agent ticks the box: their own entry
    (False, None, False),     # unticked: no entry
    (True, "HKLM\\...\\Run\\Companion", False),  # the installer starts it for everyone
    (False, "/etc/xdg/autostart/companion.desktop", False),
])
def test_sync_keeps_one_entry_at_most(tmp_path: Path, want: bool, machine: str | None,
                                      expected: bool) -> None:
    auto = Autostart(platform="linux", home=tmp_path, env={}, command=["companion",
                                                                       "--autostart"])
    auto.set_enabled(not expected)   # start from the wrong state
    assert sync_autostart(want, autostart=auto, machine_entry=machine) is None
    assert auto.is_enabled() is expected


def test_sync_rewrites_an_entry_of_an_old_install(tmp_path: Path) -> None:
    old = Autostart(platform="darwin", home=tmp_path, command=["/Old/Companion", "--autostart"])
    old.set_enabled(True)
    new = Autostart(platform="darwin", home=tmp_path, command=["/Applications/C.app/x",
                                                               "--autostart"])
    assert new.reconcile(True) is True
    data = plistlib.loads(
        (tmp_path / "Library" / "LaunchAgents" / "org.companion.app.plist").read_bytes())
    assert data["ProgramArguments"] == ["/Applications/C.app/x", "--autostart"]
    assert new.reconcile(True) is False   # already right: nothing written


def test_sync_windows_run_value(tmp_path: Path) -> None:
    reg = FakeWinreg()
    auto = Autostart(platform="win32", winreg=reg,
                     command=[r"C:\Users\a\AppData\Local\Programs\Companion\Companion.exe",
                              "--autostart"])
    assert sync_autostart(True, autostart=auto, machine_entry=None) is None
    assert reg.values[(RUN_KEY, "Companion")].endswith("Companion.exe --autostart")
    assert sync_autostart(True, autostart=auto, machine_entry="HKLM") is None
    assert (RUN_KEY, "Companion") not in reg.values


def test_sync_reports_a_failure_in_one_line(tmp_path: Path) -> None:
    (tmp_path / ".config").write_text("not a folder")
    auto = Autostart(platform="linux", home=tmp_path, env={}, command=["companion"])
    line = sync_autostart(True, autostart=auto, machine_entry=None)
    assert line is not None and line.startswith("cannot create the autostart entry")
