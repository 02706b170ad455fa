"""Fixtures of the command-channel tests: a private IPC name, a recording server."""

from __future__ import annotations

import ctypes
import sys
import uuid

import pytest

pytest.importorskip("PySide6.QtNetwork")

from companion import ipc
from companion.errors import CompanionError
from companion.session import CallStateMachine, handle_call_command


def _void_calls_leak_none() -> bool:
    """PySide6 6.12.0 returns None from void methods without a reference: on Python 3.11
    every call takes one reference from None, and the interpreter aborts ("deallocating None")
    once a few thousand are gone. 6.11 and earlier are fine; Python 3.12+ has immortal None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    for _ in range(max(lost, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return lost >= 32


@pytest.fixture(autouse=True)
def _give_back_none_references():
    """Keep these tests from draining None on an affected PySide6 (see above)."""
    leaky = _void_calls_leak_none()
    before = sys.getrefcount(None)
    yield
    lost = before - sys.getrefcount(None)
    if leaky and lost > 0:  # an extra reference to None is harmless; a missing one is fatal
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


@pytest.fixture
def ipc_name(qapp, monkeypatch: pytest.MonkeyPatch) -> str:
    # qapp first: send_command would otherwise create a QCoreApplication, and pytest-qt
    # needs a full QApplication in the same process.
    name = f"companion-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(ipc.NAME_ENV, name)
    return name


class Recorder:
    """A handler that records calls and answers from a CallStateMachine."""

    def __init__(self) -> None:
        self.t = 1_700_000_000.0
        self.machine = CallStateMachine(clock=lambda: self.t)
        self.calls: list[tuple[str, dict]] = []

    def __call__(self, cmd: str, args: dict) -> dict:
        self.calls.append((cmd, args))
        if cmd.startswith("call."):
            return handle_call_command(self.machine, cmd, args)
        if cmd == "card":
            raise CompanionError("no deck loaded", "add a deck")
        if cmd == "dashboard":
            raise RuntimeError("boom")
        return {"done": cmd}


@pytest.fixture
def server(qtbot, ipc_name):
    handler = Recorder()
    srv = ipc.IpcServer(handler)
    srv.start()
    srv.handler = handler  # type: ignore[attr-defined]
    yield srv
    srv.close()
