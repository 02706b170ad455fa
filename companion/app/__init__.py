"""Composition root of the tray app: build the parts, wire them, run, shut down.

Runs on the GUI (main) thread; the only other thread is the engine's (``ui/engine.py``).
Nothing here holds behaviour: the handlers live in :class:`companion.ui.shell.AppShell`, the
session wiring in :class:`companion.ui.controller.SessionController`, the audio loop in
:class:`companion.ui.engine.Engine`. The table of contents:

- :mod:`~companion.app.options` - how the app was started, display check, settings + IT policy
  (no Qt; runs before the ``QApplication`` exists);
- :mod:`~companion.app.parts` - :func:`~companion.app.parts.build` makes every part;
- :mod:`~companion.app.wiring` - :func:`~companion.app.wiring.wire` connects their signals;
- :mod:`~companion.app.lifecycle` - ``launch`` (display check -> settings -> ``QApplication``
  -> single instance: a second launch forwards its command and exits 0 -> build -> wire ->
  start), the event loop, and :func:`~companion.app.lifecycle.shutdown`, the one exit path.

Importing this package is cheap (no Qt): the CLI imports it for :func:`check_display`.
"""

from __future__ import annotations

from companion.app.options import (
    HEADLESS_PLATFORMS,
    AppOptions,
    AppSettings,
    NoDisplayError,
    check_allowed,
    check_display,
    load_settings,
)

__all__ = [
    "HEADLESS_PLATFORMS",
    "AppOptions",
    "AppSettings",
    "NoDisplayError",
    "check_allowed",
    "check_display",
    "load_settings",
    "run_app",
]


def run_app(options: AppOptions) -> int:
    """Start the tray app and run it until the agent quits. Returns the exit code."""
    from companion.ui.qtcompat import skip_source_scan

    skip_source_scan()   # before the app's modules load: ~12 MB less (see qtcompat)
    from companion.app.lifecycle import run  # Qt and every part load only when the app runs

    return run(options)
