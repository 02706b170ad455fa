"""Special files where regular ones belong, and hostile local clients on the command channel,
against the real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import textwrap

from fault_env import User, stop, wait_until_answering
from test_fault_session_end import EXIT_DEADLINE_S


def test_fifos_instead_of_settings_policy_and_decks_never_hang(agent: User) -> None:
    """A named pipe at a settings, policy or deck path used to block start-up forever (an
    open() that waits for a writer); now each is a problem naming the file."""
    site = agent.home / "site-config"
    decks = agent.config_dir / "decks"
    for folder in (site, decks):
        folder.mkdir(parents=True)
    (agent.home / "logs").mkdir()
    for fifo in (agent.config_dir / "settings.toml", site / "policy.toml",
                 decks / "stuck.toml", agent.home / "logs" / "companion.log"):
        os.mkfifo(fifo)
    agent.own(agent.home)
    shown = agent.run("policy", "show", timeout_s=60)
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    assert "settings.toml: a named pipe (FIFO), not a regular file" in shown.stderr
    assert "policy.toml: a named pipe (FIFO), not a regular file" in shown.stderr
    listed = agent.run("deck", "list", timeout_s=60)
    assert listed.returncode == 0 and "Traceback" not in listed.stderr
    app = agent.run("--demo", "--speed", "60", "--exit-after", "2", timeout_s=120)
    assert app.returncode == 0 and "Traceback" not in app.stderr
    bundle = agent.run("support-bundle", "--yes", str(agent.home / "bundle.zip"), timeout_s=120)
    assert bundle.returncode == 0 and "Traceback" not in bundle.stderr, bundle.stderr


#: Eight clients that each trickle a byte now and then, forever (a slowloris).
SLOW_CLIENTS = textwrap.dedent("""
    import socket, sys, time
    from companion import ipc
    socks = []
    for _ in range(ipc.MAX_CONNECTIONS):
        s = socket.socket(socket.AF_UNIX)
        s.connect(ipc.server_address())
        s.sendall(b"{")
        socks.append(s)
    print("connected", flush=True)
    while True:
        for s in socks:
            try:
                s.sendall(b" ")
            except OSError:
                pass
        time.sleep(1)
""")

#: Hostile requests; each must get a one-line reply and leave the app serving.
NASTY = textwrap.dedent("""
    import json, socket
    from companion import ipc
    lines = [b"[" * 2000, b"{" * 3000, b'{"cmd":"breathe","args":{"duration_s":NaN}}',
             b"\\xff\\xfe\\x00", b'{"cmd":"call.status","args":' + b"[" * 17 + b"]" * 17 + b"}"]
    for line in lines:
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(ipc.server_address())
            s.sendall(line + b"\\n")
            reply = json.loads(s.makefile("rb").readline())
            print(reply["ok"], reply["error"][:60])
""")


def test_hostile_clients_cannot_lock_out_or_crash_the_app(agent: User) -> None:
    """Regression: '[' * 2000 got no reply (RecursionError); eight slow clients locked out
    `companion call status` with a misleading "closed the connection"."""
    app = agent.popen()
    slow = None
    try:
        wait_until_answering(agent, app)
        nasty = agent.python(NASTY)
        assert nasty.returncode == 0, nasty.stderr
        replies = nasty.stdout.splitlines()
        assert len(replies) == 5 and all(r.startswith("False ") for r in replies), replies
        assert "nested more than" in replies[0] and "finite numbers" in replies[2]
        slow = _start_slow_clients(agent)
        status = agent.run("call", "status")
        assert status.returncode == 0, status.stderr
        assert "state: idle" in status.stdout
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=EXIT_DEADLINE_S)
    finally:
        if slow is not None:
            stop(slow)
        _, err = stop(app)
    assert app.returncode == 0 and "Traceback" not in err, err[-2000:]


def _start_slow_clients(agent: User) -> subprocess.Popen[str]:
    proc = subprocess.Popen(agent.python_argv("-c", SLOW_CLIENTS), cwd=agent.home,
                            env=agent.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "connected"
    return proc
