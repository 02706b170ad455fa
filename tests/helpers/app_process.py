"""The real tray app in a subprocess: its environment and waiting until it answers.

``app_env(**extra)`` is the test process' environment without a display (tests choose
``QT_QPA_PLATFORM`` themselves) and with a private IPC name, so no test reaches another's app;
``wait_until_listening(name)`` polls ``call.status`` until the app answers (its reply).
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any


def app_env(**extra: str) -> dict[str, str]:
    """Environment for ``python -m companion`` in a subprocess (see module doc)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COMPANION_IPC_NAME"] = f"companion-test-{uuid.uuid4().hex[:12]}"
    env.update(extra)
    return env


def wait_until_listening(name: str, attempts: int = 150) -> dict[str, Any]:
    """Poll the app's ``call.status`` until it answers (about 0.1 s apart); its reply.

    Raises AssertionError when it never answers.
    """
    from companion import ipc

    for _ in range(attempts):
        try:
            return ipc.send_command("call.status", name=name, timeout_s=1.0)
        except ipc.NotRunningError:
            time.sleep(0.1)
    raise AssertionError(f"the app never answered on {name}")
