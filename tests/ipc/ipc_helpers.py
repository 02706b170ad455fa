"""Helpers of the command-channel tests: raw in-process clients and CLI subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from companion import ipc

ROOT = Path(__file__).resolve().parents[2]


def raw_exchange(qtbot, name: str, data: bytes, *, expect_close: bool = False,
                 replies: int | None = None) -> list[dict]:
    """Write raw bytes from an in-process client; return the reply lines."""
    sock = QLocalSocket()
    received = bytearray()
    closed = []
    sock.readyRead.connect(lambda: received.extend(bytes(sock.readAll().data())))
    sock.disconnected.connect(lambda: closed.append(True))
    sock.connectToServer(ipc.server_address(name) if "/" not in name else name)
    qtbot.waitUntil(lambda: sock.state() == QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=3000)
    sock.write(data)
    sock.flush()
    wanted = replies or data.count(b"\n") or 1
    qtbot.waitUntil(lambda: received.count(b"\n") >= wanted, timeout=3000)
    if expect_close:
        qtbot.waitUntil(lambda: bool(closed), timeout=3000)
    sock.abort()
    return [json.loads(line) for line in bytes(received).splitlines() if line]


def run_cli(qtbot, *args: str, env_name: str, timeout_s: float = 30.0):
    """Run ``python -m companion ...`` while this process keeps serving Qt events."""
    env = dict(os.environ, **{ipc.NAME_ENV: env_name, "PYTHONPATH": str(ROOT)})
    proc = subprocess.Popen([sys.executable, "-m", "companion", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=int(timeout_s * 1000))
    out, err = proc.communicate()
    return proc.returncode, out, err
