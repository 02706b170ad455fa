"""`companion self-test`: the real checks in a subprocess, verdict logic in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import selftest
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
    for name in ("Qt", "Audio", "Signal chain", "Resources", "Data dir", "Policy"):
        assert any(line.split("] ", 1)[-1].startswith(name) for line in text.splitlines())
    assert "[ ok ] Qt" in text and "SVG icons render" in text
    assert "[ ok ] Resources" in text and "breathing patterns" in text
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
    with pytest.raises(OSError):  # run_check turns this into a failure line
        selftest.check_data_dir(target / "f" / "x")
    result = selftest.run_check("Data dir", lambda: selftest.check_data_dir(target / "f" / "x"))
    assert result.status == selftest.FAIL and "Error" in result.detail
