"""The command channel against hostile input and hostile neighbours: nesting, NaN, slow
clients, a full server, a squatted folder or path, and the peer's user."""

from __future__ import annotations

import os
import socket as pysocket
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtNetwork")

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtNetwork import QLocalSocket

from companion import ipc, peercred
from companion.paths import RUNTIME_DIR_ENV, ensure_runtime_dir, runtime_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="socket files and uids")

from ipc_helpers import raw_exchange, run_cli  # noqa: E402


# -- parser --------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [b"[" * 2000, b'{"cmd":"show","args":' + b'{"a":' * 100
                                  + b"1" + b"}" * 101, b"{" * 3000])
def test_deep_nesting_is_refused_without_recursion(line: bytes) -> None:
    """Regression: '[' * 2000 raised RecursionError and the client got no reply."""
    with pytest.raises(ipc.IpcError, match="nested more than"):
        ipc.parse_request(line)


def test_nesting_inside_strings_does_not_count() -> None:
    line = b'{"cmd":"breathe","args":{"pattern":"' + b"[{" * 100 + b'\\""}}'
    assert ipc.parse_request(line)[0] == "breathe"


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_are_refused(number: bytes) -> None:
    with pytest.raises(ipc.IpcError, match="finite numbers only"):
        ipc.parse_request(b'{"cmd":"breathe","args":{"duration_s":' + number + b"}}")


@settings(max_examples=500, deadline=None)
@given(st.one_of(
    st.binary(max_size=5000),
    st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                           st.text(max_size=20)),
                 lambda inner: st.one_of(st.lists(inner, max_size=4),
                                         st.dictionaries(st.text(max_size=8), inner,
                                                         max_size=4)),
                 max_leaves=30).map(lambda v: repr(v).encode()),
    st.builds(lambda cmd, depth, tail: (b'{"cmd":' + cmd + b',"args":' + b"[" * depth
                                        + tail),
              st.sampled_from([b'"show"', b'"call.start"', b"1", b"null"]),
              st.integers(0, 3000), st.binary(max_size=50)),
))
def test_fuzz_parser_only_ever_raises_ipc_error(line: bytes) -> None:
    try:
        cmd, args = ipc.parse_request(line)
    except ipc.IpcError as exc:
        assert "\n" not in exc.one_line()
    else:
        assert cmd in ipc.KNOWN_COMMANDS and isinstance(args, dict)


# -- server --------------------------------------------------------------------------------
def test_deeply_nested_request_gets_a_reply_and_the_connection_lives(qtbot, server) -> None:
    replies = raw_exchange(qtbot, server.name, b"[" * 2000 + b'\n{"cmd":"show"}\n')
    assert replies[0]["ok"] is False and "nested" in replies[0]["error"]
    assert replies[1] == {"ok": True, "result": {"done": "show"}}


def connect_raw(qtbot, name: str, first: bytes = b"") -> QLocalSocket:
    sock = QLocalSocket()
    sock.connectToServer(ipc.server_address(name))
    qtbot.waitUntil(lambda: sock.state() == QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=3000)
    if first:
        sock.write(first)
        sock.flush()
    return sock


def test_a_trickling_client_is_cut_off_at_its_deadline(qtbot, server) -> None:
    """Partial data does not extend the deadline (a byte every so often used to keep a
    slot forever)."""
    sock = connect_raw(qtbot, server.name, b"{")
    closed: list[bool] = []
    sock.disconnected.connect(lambda: closed.append(True))
    from PySide6.QtCore import QTimer

    trickle = QTimer()
    trickle.setInterval(200)
    trickle.timeout.connect(lambda: (sock.write(b" "), sock.flush()))
    trickle.start()
    try:
        qtbot.waitUntil(lambda: bool(closed), timeout=int(ipc.REQUEST_DEADLINE_S * 1000) + 3000)
    finally:
        trickle.stop()
    assert server.handler.calls == []
    assert not [c for c in server._connections if not c.closing]


def test_eight_slow_clients_do_not_lock_out_call_status(qtbot, server) -> None:
    """Regression: eight clients each sending a byte every few seconds made `companion call
    status` fail with a misleading "closed the connection"."""
    slow = [connect_raw(qtbot, server.name, b"{") for _ in range(ipc.MAX_CONNECTIONS)]
    qtbot.waitUntil(lambda: len([c for c in server._connections if not c.closing])
                    == ipc.MAX_CONNECTIONS, timeout=3000)
    code, out, err = run_cli(qtbot, "call", "status", env_name=server.name)
    assert code == 0, err
    assert "state: idle" in out
    for sock in slow:
        sock.abort()


def test_a_flood_of_new_connections_gets_a_clear_busy_reply(qtbot, server, monkeypatch) -> None:
    monkeypatch.setattr(ipc, "MIN_SERVED_S", 3600.0)  # nobody has had their chance yet
    socks = [connect_raw(qtbot, server.name) for _ in range(ipc.MAX_CONNECTIONS)]
    extra = connect_raw(qtbot, server.name, b'{"cmd":"show"}\n')
    got = bytearray()
    extra.readyRead.connect(lambda: got.extend(bytes(extra.readAll().data())))
    qtbot.waitUntil(lambda: b"\n" in got, timeout=3000)
    assert b'"busy":true' in bytes(got) and b"try again" in bytes(got)
    assert server.handler.calls == []
    for sock in [*socks, extra]:
        sock.abort()


# -- where it listens, and whom it trusts ----------------------------------------------------
@posix_only
def test_socket_lives_in_a_private_per_user_folder(server) -> None:
    path = Path(server.full_server_name)
    assert path.parent == runtime_dir()
    info = path.parent.stat()
    assert info.st_uid == os.geteuid() and info.st_mode & 0o077 == 0
    assert path.stat().st_mode & 0o077 == 0


@posix_only
def test_xdg_runtime_dir_is_used_when_it_is_ours(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(RUNTIME_DIR_ENV, raising=False)
    xdg = tmp_path / "run-user"
    xdg.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    assert runtime_dir("linux") == xdg / "companion"
    xdg.chmod(0o755)  # not private: not trusted, the temp folder fallback is used
    assert runtime_dir("linux").name == f"companion-{os.geteuid()}"


@posix_only
@pytest.mark.skipif(os.geteuid() != 0, reason="needs chown; the fault suite covers non-root")
def test_a_folder_squatted_by_another_user_is_a_clear_error(qtbot, ipc_name, tmp_path,
                                                            monkeypatch) -> None:
    squatted = Path(tempfile.mkdtemp(prefix="cs-", dir="/tmp"))
    os.chown(squatted, 65534, 65534)
    monkeypatch.setenv(RUNTIME_DIR_ENV, str(squatted))
    with pytest.raises(ipc.IpcError) as info:
        ipc.claim_single_instance(lambda c, a: {})
    assert f"folder {squatted} belongs to another user (uid 65534)" in str(info.value)
    try:
        with pytest.raises(ipc.IpcError, match="belongs to another user"):
            ipc.send_command("call.status")
    finally:
        os.rmdir(squatted)


@posix_only
@pytest.mark.parametrize("kind", ["file", "fifo"])
def test_something_else_at_the_socket_path_is_named(qtbot, ipc_name, kind: str) -> None:
    ensure_runtime_dir()
    path = Path(ipc.server_address(ipc_name))
    if kind == "file":
        path.write_text("not a socket")
    else:
        os.mkfifo(path)
    try:
        with pytest.raises(ipc.IpcError, match=f"{path} is not a socket"):
            ipc.IpcServer(lambda c, a: {}).start()
        with pytest.raises(ipc.IpcError, match=f"{path} is not a socket"):
            ipc.send_command("call.status")
        assert path.exists()  # never deleted: it is not ours to remove
    finally:
        path.unlink()


@posix_only
def test_peer_credentials_name_this_user() -> None:
    a, b = pysocket.socketpair(pysocket.AF_UNIX)
    try:
        peer = peercred.peer_of(a.fileno(), server=True)
        assert peer is not None and peer.same_user and peer.uid == os.geteuid()
        if sys.platform.startswith("linux"):
            assert peer.pid == os.getpid()
    finally:
        a.close()
        b.close()
    assert peercred.peer_of(-1, server=False) is None


def test_socket_path_length_is_checked(monkeypatch, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("pipe names have no path limit")
    monkeypatch.setenv(RUNTIME_DIR_ENV, str(tmp_path / ("x" * 120)))
    with pytest.raises(ipc.IpcError, match="too long"):
        ipc.server_address("companion")
