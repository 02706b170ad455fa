"""Local IPC: protocol, rejection of bad messages, single instance, stale names, and a real
round trip from ``python -m companion call ...`` in a subprocess to an in-process server."""

from __future__ import annotations

import json
import os
import socket as pysocket
import stat
import sys
import time

import pytest

pytest.importorskip("PySide6.QtNetwork")

from ipc_helpers import raw_exchange, run_cli
from PySide6.QtNetwork import QLocalServer

from companion import ipc
from companion.errors import CompanionError


def test_server_name_is_per_user_and_overridable(monkeypatch):
    monkeypatch.delenv(ipc.NAME_ENV, raising=False)
    a, b = ipc.server_name("alice"), ipc.server_name("bob")
    assert a != b and a.startswith("companion-") and len(a) == len("companion-") + 16
    assert "alice" not in a
    assert ipc.server_name("alice") == a
    monkeypatch.setenv(ipc.NAME_ENV, "my-test.name_1")
    assert ipc.server_name("alice") == "my-test.name_1"
    monkeypatch.setenv(ipc.NAME_ENV, "../etc/passwd")
    with pytest.raises(ipc.IpcError, match=ipc.NAME_ENV):
        ipc.server_name()


def test_parse_request_validation():
    assert ipc.parse_request(b'{"cmd":"show"}') == ("show", {})
    assert ipc.parse_request(b'{"cmd":"breathe","args":{"pattern":"box"}}') == \
        ("breathe", {"pattern": "box"})
    for bad, why in [(b"not json", "JSON"), (b"[1,2]", "object"), (b'{"args":{}}', "cmd"),
                     (b'{"cmd":"rm -rf"}', "unknown command"),
                     (b'{"cmd":"show","args":[1]}', "args"),
                     (b'{"cmd":"show","extra":1}', "unexpected"),
                     (b"\xff\xfe", "JSON"),
                     (b'{"cmd":"show","args":{"x":"' + b"a" * 5000 + b'"}}', "larger")]:
        with pytest.raises(ipc.IpcError, match=why):
            ipc.parse_request(bad)


def test_known_command_round_trip_in_process(qtbot, server):
    received = []
    server.command_received.connect(lambda c, a: received.append((c, a)))
    replies = raw_exchange(qtbot, server.name,
                           b'{"cmd":"breathe","args":{"pattern":"box"}}\n{"cmd":"call.start"}\n')
    assert replies[0] == {"ok": True, "result": {"done": "breathe"}}
    assert replies[1]["ok"] and replies[1]["result"]["state"] == "in_call"
    assert server.handler.calls[0] == ("breathe", {"pattern": "box"})
    assert received == [("breathe", {"pattern": "box"}), ("call.start", {})]


def test_unknown_command_rejected(qtbot, server):
    replies = raw_exchange(qtbot, server.name, b'{"cmd":"format_disk","args":{}}\n')
    assert replies[0]["ok"] is False and "unknown command" in replies[0]["error"]
    assert server.handler.calls == []


def test_malformed_json_rejected_and_connection_still_usable(qtbot, server):
    replies = raw_exchange(qtbot, server.name, b'{oops\n{"cmd":"show"}\n')
    assert replies[0]["ok"] is False and "JSON" in replies[0]["error"]
    assert replies[1] == {"ok": True, "result": {"done": "show"}}


def test_oversized_message_rejected_and_disconnected(qtbot, server):
    big = b'{"cmd":"show","args":{"x":"' + b"a" * 10_000  # no newline: never a full line
    replies = raw_exchange(qtbot, server.name, big, expect_close=True)
    assert replies == [{"ok": False, "error": f"message is larger than {ipc.MAX_MESSAGE_BYTES} "
                                              "bytes"}]
    assert server.handler.calls == []


def test_oversized_complete_line_rejected_and_disconnected(qtbot, server):
    big = b'{"cmd":"show","args":{"x":"' + b"a" * 5000 + b'"}}\n{"cmd":"show"}\n'
    replies = raw_exchange(qtbot, server.name, big, expect_close=True, replies=1)
    assert replies == [{"ok": False, "error": f"message is larger than {ipc.MAX_MESSAGE_BYTES} "
                                              "bytes"}]
    assert server.handler.calls == []


def test_message_of_exactly_the_limit_is_accepted(qtbot, server):
    head, tail = b'{"cmd":"show","args":{"x":"', b'"}}\n'
    line = head + b"a" * (ipc.MAX_MESSAGE_BYTES - len(head) - len(tail)) + tail
    assert len(line) == ipc.MAX_MESSAGE_BYTES
    replies = raw_exchange(qtbot, server.name, line)
    assert replies == [{"ok": True, "result": {"done": "show"}}]


def test_handler_errors_become_error_replies(qtbot, server):
    replies = raw_exchange(qtbot, server.name, b'{"cmd":"card"}\n{"cmd":"dashboard"}\n')
    assert replies[0] == {"ok": False, "error": "no deck loaded — add a deck"}
    assert replies[1]["ok"] is False and "internal error" in replies[1]["error"]


def test_socket_is_user_only(server):
    if sys.platform == "win32":
        pytest.skip("named pipes have no file mode")
    mode = os.stat(server.full_server_name).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)


def test_single_instance(qtbot, ipc_name):
    first = ipc.claim_single_instance(lambda c, a: {})
    assert first is not None and first.listening
    try:
        assert ipc.claim_single_instance(lambda c, a: {}) is None
        with pytest.raises(ipc.AlreadyRunningError):
            ipc.IpcServer(lambda c, a: {}).start()
    finally:
        first.close()
    again = ipc.claim_single_instance(lambda c, a: {})
    assert again is not None
    again.close()


@pytest.mark.skipif(sys.platform == "win32", reason="stale socket files are a POSIX thing")
def test_stale_name_is_recovered(qtbot, ipc_name):
    from companion.paths import ensure_runtime_dir

    ensure_runtime_dir()
    path = ipc.server_address(ipc_name)
    stale = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    stale.bind(path)  # a crashed instance's socket file: exists, nobody listens
    stale.close()
    try:
        assert os.path.exists(path)
        plain = QLocalServer()
        assert not plain.listen(path)  # Qt alone refuses the stale name
        assert not ipc.is_listening(ipc_name)
        srv = ipc.claim_single_instance(lambda c, a: {"ok": 1})
        assert srv is not None and srv.listening
        replies = raw_exchange(qtbot, path, b'{"cmd":"show"}\n')
        assert replies == [{"ok": True, "result": {"ok": 1}}]
        srv.close()
    finally:
        if os.path.exists(path):
            os.unlink(path)


def test_send_command_not_running(ipc_name):
    with pytest.raises(ipc.NotRunningError) as info:     # at once: pytest-timeout guards hangs
        ipc.send_command("call.status")
    assert str(info.value) == "Companion is not running; start it first"
    assert isinstance(info.value, CompanionError)


def test_send_command_rejects_unknown_and_oversized_locally(ipc_name):
    with pytest.raises(ipc.IpcError, match="unknown command"):
        ipc.send_command("shutdown")
    with pytest.raises(ipc.IpcError, match="larger"):
        ipc.send_command("show", {"x": "a" * 5000})


def test_send_command_times_out_when_server_does_not_answer(qtbot, ipc_name):
    # Listening but the event loop is blocked in send_command itself: nobody answers.
    srv = ipc.IpcServer(lambda c, a: {})
    srv.start()
    try:
        t0 = time.monotonic()
        with pytest.raises(ipc.IpcError, match="did not answer"):
            ipc.send_command("show", timeout_s=0.3)
        assert time.monotonic() - t0 >= 0.25       # it waited for its timeout, then gave up
    finally:
        srv.close()


def test_cli_round_trip_from_subprocess(qtbot, server):
    machine = server.handler.machine
    code, out, err = run_cli(qtbot, "call", "status", env_name=server.name)
    assert code == 0, err
    assert "state: idle" in out
    code, out, err = run_cli(qtbot, "call", "start", env_name=server.name)
    assert code == 0, err
    assert out.startswith("call started") and "in a call" in out
    assert machine.state.value == "in_call" and machine.explicit
    code, out, err = run_cli(qtbot, "call", "status", "--json", env_name=server.name)
    status = json.loads(out)
    assert status["state"] == "in_call" and status["signal"] == "ipc"
    code, out, err = run_cli(qtbot, "call", "end", env_name=server.name)
    assert code == 0 and out.startswith("call ended") and "wrapping up" in out
    assert [c for c, _ in server.handler.calls] == ["call.status", "call.start", "call.status",
                                                    "call.end"]


def test_cli_not_running_is_one_clear_line(qtbot, ipc_name):
    code, out, err = run_cli(qtbot, "call", "status", env_name=ipc_name)
    assert code == 2 and out == ""
    assert err.strip() == "companion: error: Companion is not running; start it first"
    assert "Traceback" not in err
