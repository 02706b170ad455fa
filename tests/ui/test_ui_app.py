"""The whole app: no-display error, demo policy, single instance, a real (bounded) demo run."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from helpers.app_process import app_env, wait_until_listening

from companion.app import AppOptions, NoDisplayError, check_display
from companion.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run_companion(args: list[str], env: dict[str, str], timeout: float = 60.0
                  ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "companion", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_no_display_is_one_clear_line_not_a_crash() -> None:
    proc = run_companion(["--demo"], app_env())
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("companion: error: no graphical display")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("env, ok", [
    ({}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, True),
    ({"QT_QPA_PLATFORM": "xcb"}, False),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True),
    ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, False),
])
def test_check_display(env: dict[str, str], ok: bool) -> None:
    if ok:
        check_display(env, "linux")
    else:
        with pytest.raises(NoDisplayError, match="no graphical display"):
            check_display(env, "linux")
    check_display({}, "win32")   # Windows and macOS always have a session
    check_display({}, "darwin")


def test_demo_refused_when_policy_disables_it(isolated_dirs, capsys) -> None:
    policy = isolated_dirs["site_config"] / "policy.toml"   # IT-only: never the agent's file
    policy.parent.mkdir(parents=True, exist_ok=True)
    policy.write_text("demo_disabled = true\n", encoding="utf-8")
    assert main(["--demo"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("companion: error: demo mode is turned off")
    assert "\n" not in err


def test_device_option_refused_when_policy_fixes_the_device(isolated_dirs, capsys) -> None:
    policy = isolated_dirs["site_config"] / "policy.toml"
    policy.parent.mkdir(parents=True, exist_ok=True)
    policy.write_text("allow_device_selection = false\n", encoding="utf-8")
    assert main(["--device", "USB headset"]) == 2
    assert "allow_device_selection" in capsys.readouterr().err


@pytest.mark.parametrize("args, message", [
    (["--demo", "--speed", "0"], "must be a number greater than 0"),
    (["--demo", "--speed", "fast"], "is not a number"),
    (["--speed", "2"], "--speed only applies to --demo"),
    (["--demo", "--speed", "500"], "too fast"),
    (["--demo", "--demo-script", "calm:10,angry:5"], "kind must be pause, calm or heated"),
    (["--demo", "--demo-script", "calm:x"], "seconds must be a number"),
    (["--demo", "--demo-script", "calm:-1"], "seconds must be between"),
    (["--demo-script", "calm:10"], "--demo-script only applies to --demo"),
])
def test_bad_options(args: list[str], message: str, capsys) -> None:
    try:
        code = main(args)
    except SystemExit as exc:   # argparse type errors
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err


def test_second_launch_forwards_show_and_exits_0(qtbot, monkeypatch) -> None:
    from companion import ipc

    name = f"companion-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("COMPANION_IPC_NAME", name)
    got: list[tuple[str, dict]] = []

    def handler(cmd: str, args: dict) -> dict:
        got.append((cmd, args))
        return {"done": cmd}

    server = ipc.claim_single_instance(handler)
    assert server is not None
    try:
        env = app_env(QT_QPA_PLATFORM="offscreen", COMPANION_IPC_NAME=name)
        proc = subprocess.Popen([sys.executable, "-m", "companion"], env=env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
        out, err = proc.communicate()
    finally:
        server.close()
    assert proc.returncode == 0, err
    assert got == [("show", {})]
    assert "already running" in out


@pytest.mark.slow
def test_demo_run_detects_calls_and_offers_after_the_heated_one(qtbot, tmp_path) -> None:
    """The whole app in this process on a short demo script, until the script has played.
    Start-up time and audio-to-UI latency are measured by ``benchmarks/app_benchmark.py``."""
    from companion.app.lifecycle import launch, shutdown

    stats_file = tmp_path / "stats.json"
    # 158 s of shift: a calm call (long enough to calibrate), a heated one, its silence.
    script = (("pause", 3.0), ("calm", 70.0), ("pause", 22.0), ("heated", 40.0), ("pause", 23.0))
    parts = launch(AppOptions(demo=True, speed=32.0, demo_script=script,
                              stats_file=stats_file))
    assert parts is not None
    try:
        qtbot.waitUntil(lambda: parts.stats.stream_s > 157, timeout=60_000)  # got through it
    finally:
        shutdown(parts)       # (no shell.quit(): there is no event loop of ours to end)
    stats = json.loads(stats_file.read_text())
    assert stats["presence"] == "window"          # offscreen has no tray: fallback window
    assert stats["updates"] > 30
    assert stats["calls"] >= 2                    # a calm call, then a heated one ...
    assert stats["offers"] >= 1                   # ... that earns an offer after it ends
    assert stats["offers"] <= stats["calls"] // 2  # the calm calls earn none
    assert stats["faults"] == 0
    assert stats["tray_shown_at"] >= stats["started_at"]
    assert stats["latency_p95_s"] is not None


def test_running_app_serves_call_commands_and_quits_over_ipc(tmp_path) -> None:
    from companion import ipc

    env = app_env(QT_QPA_PLATFORM="offscreen")
    name = env["COMPANION_IPC_NAME"]
    stats_file = tmp_path / "stats.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "--demo", "--demo-script", "pause:600",
         "--exit-after", "60", "--stats-file", str(stats_file)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        reply = wait_until_listening(name)
        assert reply["ok"], reply
        assert reply["result"]["state"] == "idle"
        started = ipc.send_command("call.start", name=name)
        assert started["ok"] and started["result"]["state"] == "in_call"
        assert started["result"]["changed"] is True
        ended = ipc.send_command("call.end", name=name)
        assert ended["result"]["state"] == "wrap_up"
        assert ipc.send_command("quit", name=name)["ok"]
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    stats = json.loads(stats_file.read_text())
    assert stats["calls"] == 1          # the IPC-marked call reached the controller
