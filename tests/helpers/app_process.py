"""The real tray app in a subprocess: its environment and waiting until it answers.

``app_env(**extra)`` is the test process' environment without a display (tests choose
``QT_QPA_PLATFORM`` themselves) and with a private IPC name, so no test reaches another's app;
``wait_until_listening(name)`` polls ``call.status`` until the app answers (its reply).
"""

from __future__ import annotations

import os
import uuid
from typing import Any

from helpers.waiting import wait_for


def app_env(**extra: str) -> dict[str, str]:
    """Environment for ``python -m companion`` in a subprocess (see module doc)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COMPANION_IPC_NAME"] = f"companion-test-{uuid.uuid4().hex[:12]}"
    env.update(extra)
    return env


def wait_until_listening(name: str, timeout_s: float = 15.0) -> dict[str, Any]:
    """Poll the app's ``call.status`` until it answers; its reply. The app listens before it
    has finished starting (it then answers "still starting"), so this waits for ``ok``.

    Raises :class:`helpers.waiting.WaitTimeoutError` (an AssertionError) when it never does.
    """
    from companion import ipc

    replies: list[dict[str, Any]] = []

    def answered() -> bool:
        try:
            replies.append(ipc.send_command("call.status", name=name, timeout_s=1.0))
        except ipc.IpcError:          # not listening yet (NotRunningError) or no answer yet
            return False
        return bool(replies[-1].get("ok"))

    wait_for(answered, timeout_s=timeout_s, what=f"the app answering on {name}",
             interval_s=0.1)
    return replies[-1]
