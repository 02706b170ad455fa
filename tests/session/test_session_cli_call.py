"""``companion call``: argument parsing, output formatting, errors (no running app needed)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from companion.cli import build_parser, main
from companion.cli.call import format_status

NOW = 1_700_000_000.0


def test_parser_accepts_actions_and_rejects_others(capsys):
    parser = build_parser()
    args = parser.parse_args(["call", "start"])
    assert args.action == "start" and args.json is False and args.timeout == 2.0
    with pytest.raises(SystemExit) as info:
        parser.parse_args(["call", "pause"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_import_of_cli_stays_free_of_qt():
    # Importing the call command must not load Qt or numpy (they load when it runs).
    code = ("import sys, companion.cli.call; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_format_status_lines():
    idle = {"state": "idle", "since": NOW - 5, "signal": None, "call_started_at": None}
    clock_text = time.strftime("%H:%M:%S", time.localtime(NOW - 5))
    assert format_status("status", idle, NOW) == \
        f"state: idle (between calls) since {clock_text} (5 s ago)"
    started = {"state": "in_call", "since": NOW - 185, "signal": "ipc",
               "call_started_at": NOW - 185, "changed": True}
    text = format_status("start", started, NOW)
    lines = text.splitlines()
    assert lines[0] == "call started"
    assert lines[1].startswith("state: in a call since ") and lines[1].endswith("(3 min 05 s ago)")
    assert lines[2] == "changed by: 'companion call'"
    assert lines[3].startswith("call started at: ")
    again = dict(started, changed=False)
    assert format_status("start", again, NOW).splitlines()[0] == "already in a call"
    ended = {"state": "wrap_up", "since": NOW - 7300, "signal": "os_mic",
             "call_started_at": NOW - 8000, "changed": True}
    text = format_status("end", ended, NOW)
    assert text.splitlines()[0] == "call ended" and "(2 h 01 min ago)" in text
    assert "microphone in use by another app" in text
    assert format_status("end", dict(idle, changed=False), NOW).startswith(
        "no call was in progress")
    demo = dict(idle, since=NOW + 600)  # the demo's scaled clock runs ahead: no "ago"
    assert "ago" not in format_status("status", demo, NOW)


def test_bad_timeout_is_one_line_error(capsys):
    assert main(["call", "status", "--timeout", "0"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("companion: error: --timeout") and err.count("\n") == 1
