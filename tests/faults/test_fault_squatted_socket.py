"""Another local user cannot take the agent's command channel: the socket lives in a private
per-user folder, a folder squatted first is a clear error naming it, and the peer's user is
checked (item 1 of the hardening issue)."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from fault_env import User, stop, wait_until_answering

#: Listens on a socket path and answers every line with a fake "idle" status (the squatter).
SQUATTER = textwrap.dedent("""
    import json, os, socket, sys
    path = sys.argv[1]
    if not os.path.isdir(os.path.dirname(path)):
        os.makedirs(os.path.dirname(path))
        os.chmod(os.path.dirname(path), 0o755)
    srv = socket.socket(socket.AF_UNIX)
    srv.bind(path)
    os.chmod(path, 0o777)
    srv.listen(8)
    print("ready", flush=True)
    while True:
        conn, _ = srv.accept()
        data = conn.recv(4096)
        conn.sendall(json.dumps({"ok": True, "result": {"state": "idle", "since": 0,
                     "signal": None, "call_started_at": None, "changed": False}}).encode()
                     + b"\\n")
        conn.close()
""")


def start_squatter(other: User, path: Path) -> subprocess.Popen[str]:
    argv = [sys.executable, "-c", SQUATTER, str(path)]
    argv = ["setpriv", f"--reuid={other.uid}", f"--regid={other.uid}", "--clear-groups",
            "--", *argv]
    proc = subprocess.Popen(argv, cwd=other.home, env=other.env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_squatted_folder_is_named_and_never_trusted(agent: User, other_user: User) -> None:
    """Regression: the socket was $TMPDIR/companion-<hash(login)>: another user could create
    it first and the agent's app refused to start ("already running"), or the squatter
    answered `companion call status`."""
    folder = agent.shared_tmp / f"companion-{agent.uid}"  # where the agent's app would go
    squatter = start_squatter(other_user, folder / "companion-squatted")
    try:
        env = agent.env(COMPANION_IPC_NAME="companion-squatted")
        status = agent.run("call", "status", env=env)
        assert status.returncode == 2 and "Traceback" not in status.stderr
        assert f"folder {folder} belongs to another user (uid {other_user.uid})" \
            in status.stderr
        assert "state: idle" not in status.stdout  # the squatter's answer is never shown

        app = agent.run("--demo", "--speed", "60", "--exit-after", "2", env=env)
        assert app.returncode == 2 and "Traceback" not in app.stderr
        assert f"folder {folder} belongs to another user" in app.stderr
        assert "already running" not in app.stdout + app.stderr
    finally:
        stop(squatter)


def test_a_listener_of_another_user_is_refused_by_peer_check(agent: User,
                                                             other_user: User) -> None:
    """Even in a folder the agent owns (say the agent opened it up), a socket answered by
    another user's process gets nothing: the client checks the peer's uid."""
    runtime = agent.home / "run"
    runtime.mkdir(mode=0o700)
    agent.own(runtime)
    path = runtime / "companion-peer"
    open_folder = agent.home
    open_folder.chmod(0o755)
    runtime.chmod(0o777)  # opened up by mistake; Companion closes it again, see below
    squatter = start_squatter(other_user, path)
    try:
        env = agent.env(COMPANION_RUNTIME_DIR=str(runtime), COMPANION_IPC_NAME="companion-peer")
        status = agent.run("call", "status", env=env)
        assert status.returncode == 2 and "Traceback" not in status.stderr
        assert f"{path} belongs to another user (uid {other_user.uid}); nothing was sent" \
            in status.stderr
        assert stat.S_IMODE(runtime.stat().st_mode) == 0o700  # closed again
        # Even a socket file handed to the agent (only root could) answered by the other
        # user's process is refused: the kernel names the listener's uid.
        os.lchown(path, agent.uid, agent.uid)
        status = agent.run("call", "status", env=env)
        assert status.returncode == 2 and "Traceback" not in status.stderr
        assert f"{path} is answered by another user's process (uid {other_user.uid}, pid " \
            in status.stderr
        assert "state: idle" not in status.stdout
    finally:
        stop(squatter)
        open_folder.chmod(0o700)


def test_socket_of_the_agent_is_private_and_removed_at_exit(agent: User) -> None:
    app = agent.popen("--demo", "--speed", "60")
    folder = agent.shared_tmp / f"companion-{agent.uid}"
    try:
        wait_until_answering(agent, app)
        info = os.lstat(folder)
        assert info.st_uid == agent.uid and stat.S_IMODE(info.st_mode) == 0o700
        sockets = [p for p in folder.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]
        assert len(sockets) == 1 and sockets[0].lstat().st_uid == agent.uid
        quit_ = agent.run("call", "status")  # still there
        assert quit_.returncode == 0
        if os.geteuid() == 0:  # root may connect to any socket; the app drops other users
            with socket.socket(socket.AF_UNIX) as probe:
                probe.connect(str(sockets[0]))
                with contextlib.suppress(ConnectionResetError, BrokenPipeError):
                    probe.sendall(b'{"cmd":"call.status"}\n')
                    assert probe.recv(100) == b""  # dropped without an answer
    finally:
        os.kill(app.pid, 15)
        out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert [p for p in folder.iterdir() if stat.S_ISSOCK(p.lstat().st_mode)] == []
