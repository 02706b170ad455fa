"""`companion self-test`: the real checks in a subprocess, verdict logic in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.diagnostics import selftest
from companion.errors import CompanionError


def run_selftest(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "companion", "self-test", *args],
                          capture_output=True, text=True, env=full_env, timeout=120)


def test_selftest_usable_here_and_writes_report(isolated_dirs: dict[str, Path]) -> None:
    proc = run_selftest()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = isolated_dirs["data"] / selftest.REPORT_NAME
    assert report.is_file()
    text = report.read_text(encoding="utf-8")
    assert text in proc.stdout
    for name in ("Qt", "Audio", "Signal chain", "Resources", "Translations", "Data dir",
                 "Policy"):
        assert any(line.split("] ", 1)[-1].startswith(name) for line in text.splitlines())
    assert "[ ok ] Qt" in text and "SVG icons render" in text
    assert "[ ok ] Resources" in text and "breathing patterns" in text
    assert "[ ok ] Translations" in text and "pt-BR" in text
    assert "[ ok ] Data dir" in text and "0700" in text
    assert "Result: usable" in text
    assert (isolated_dirs["data"].stat().st_mode & 0o777) == 0o700


def test_selftest_json_and_failure_exit_code(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    report = tmp_path / "out" / "report.txt"
    proc = run_selftest("--json", "--report", str(report),
                        env={"COMPANION_DATA_DIR": str(blocker / "data")})
    assert proc.returncode == 1, proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    assert data["usable"] is False and data["report_file"] == str(report)
    by_name = {c["name"]: c for c in data["checks"]}
    assert by_name["Data dir"]["status"] == "fail"
    assert by_name["Qt"]["status"] == "ok"
    assert "Traceback" not in proc.stderr
    assert "Result: NOT usable" in report.read_text(encoding="utf-8")


def test_policy_problem_is_a_warning(isolated_dirs: dict[str, Path]) -> None:
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text("retention_days = -1\n")
    result = selftest.run_check("Policy", selftest.check_policy)
    assert result.status == selftest.WARN
    assert "retention_days" in result.detail and "1 value(s) ignored" in result.detail


def test_run_check_statuses_and_report() -> None:
    def warn() -> str:
        raise selftest.CheckWarningError("no microphone")

    def bad_input() -> str:
        raise CompanionError("device 'X' not found", "pick another")

    def crash() -> str:
        raise ValueError("boom")

    results = [selftest.run_check("A", lambda: "fine"), selftest.run_check("B", warn),
               selftest.run_check("C", bad_input), selftest.run_check("D", crash)]
    assert [r.status for r in results] == ["ok", "warning", "fail", "fail"]
    assert results[2].detail == "device 'X' not found — pick another"
    assert results[3].detail.startswith("ValueError: boom (at test_deploy_selftest.py:")
    text = selftest.format_report(results, {"version": "9", "frozen": True, "platform": "P",
                                            "time": "T"})
    assert text.splitlines()[1:] == [
        "[ ok ] A  fine", "[warn] B  no microphone",
        "[FAIL] C  device 'X' not found — pick another", f"[FAIL] D  {results[3].detail}",
        "Result: NOT usable (2 failed, 1 warning(s))",
    ]
    only_warn = selftest.format_report(results[:2], {"version": "9", "frozen": False,
                                                     "platform": "P", "time": "T"})
    assert only_warn.endswith("Result: usable (0 failed, 1 warning(s))\n")


def test_data_dir_check_creates_private_dir(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert "writable" in selftest.check_data_dir(target)
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o700
    (target / "f").write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError, match="cannot be created"):  # a failure line
        selftest.check_data_dir(target / "f" / "x")
    result = selftest.run_check("Data dir", lambda: selftest.check_data_dir(target / "f" / "x"))
    assert result.status == selftest.FAIL and "cannot be created" in result.detail


def fake_devices(monkeypatch, devices: list) -> None:
    from companion.audio import devices as audio_devices

    class FakeSd:
        @staticmethod
        def get_portaudio_version():
            return (1, "PortAudio V19 fake")

    monkeypatch.setattr(audio_devices, "load_sounddevice", lambda: FakeSd)
    monkeypatch.setattr(audio_devices, "list_input_devices", lambda **kw: devices)


def test_audio_check_names_the_device_companion_listens_to(monkeypatch) -> None:
    from companion.audio.devices import InputDevice

    fake_devices(monkeypatch, [
        InputDevice("Microphone (Remote Audio)", 3, 48000, 1, True, "Windows WASAPI"),
        InputDevice("USB Headset", 5, 16000, 1, False, "Windows WASAPI"),
    ])
    detail = selftest.check_audio("")
    assert ("listens to 'Microphone (Remote Audio)' (Windows WASAPI, 1 ch, 48000 Hz; the "
            "system default)") in detail
    assert "2 input device(s): Microphone (Remote Audio) [Windows WASAPI], USB Headset" in detail
    assert "listens to 'USB Headset'" in selftest.check_audio("usb")
    assert "input_device 'usb'" in selftest.check_audio("usb")
    with pytest.raises(selftest.CheckWarningError, match=r"\('Jabra'\) is not present"):
        selftest.check_audio("Jabra")


def test_no_microphone_in_a_remote_session_points_at_redirection(monkeypatch) -> None:
    fake_devices(monkeypatch, [])
    with pytest.raises(selftest.CheckWarningError, match="turn on microphone redirection"):
        selftest.check_audio("", remote=True)
    with pytest.raises(selftest.CheckWarningError, match="plug in a headset"):
        selftest.check_audio("", remote=False)


@pytest.mark.parametrize("env, platform, text, remote", [
    ({"SESSIONNAME": "RDP-Tcp#12", "CLIENTNAME": "PC-0042"}, "win32",
     "remote: Remote Desktop (RDP) RDP-Tcp#12 from PC-0042", True),
    ({"SESSIONNAME": "ICA-CGP#4", "CLIENTNAME": "THIN-7"}, "win32",
     "remote: Citrix (ICA) ICA-CGP#4 from THIN-7", True),
    ({"SESSIONNAME": "Console"}, "win32", "local: console session Console", False),
    ({"SSH_CONNECTION": "10.0.0.5 5122 10.0.0.9 22"}, "linux",
     "remote: SSH session from 10.0.0.5", True),
    ({"XDG_SESSION_TYPE": "wayland"}, "linux", "local: wayland session", False),
])
def test_session_kind(env: dict, platform: str, text: str, remote: bool) -> None:
    from companion.diagnostics.environment import session_info

    info = session_info(env, platform)
    assert info.describe() == text and info.remote is remote


def test_real_device_through_a_virtual_microphone() -> None:
    """PulseAudio's virtual mic as PortAudio sees it: the self-test names it."""
    from helpers.pulse import virtual_mic

    with virtual_mic() as vm:
        detail = selftest.check_audio(vm.device)
        assert f"listens to '{vm.device}'" in detail and f"input_device '{vm.device}'" in detail
        result = selftest.run_check("Audio", lambda: selftest.check_audio(""))
        assert result.status == selftest.OK and "listens to '" in result.detail
