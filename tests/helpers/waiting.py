"""Waiting for something outside this process: a daemon, an X server, the app running as a
subprocess (:func:`helpers.app_process.wait_until_listening`).

Inside the test process wait on Qt signals or conditions (``qtbot.waitSignal``,
``qtbot.waitUntil``), never on time. A separate process cannot signal us, so this is the one
place where tests poll: check ``condition`` every ``interval_s`` until it holds or
``timeout_s`` has passed (a deadline that only ends a hang, never an assertion about speed).
"""

from __future__ import annotations

import time
from collections.abc import Callable


class WaitTimeoutError(AssertionError):
    """The condition did not hold before the deadline."""


def wait_for(condition: Callable[[], bool], *, timeout_s: float, what: str,
             interval_s: float = 0.05) -> None:
    """Poll ``condition`` until it is true; :class:`WaitTimeoutError` naming ``what`` after
    ``timeout_s`` seconds."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise WaitTimeoutError(f"{what}: not within {timeout_s:g} s")
        time.sleep(interval_s)   # another process cannot signal us (see the module docstring)

