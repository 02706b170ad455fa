"""Entry script of the frozen Companion bundle (PyInstaller): the ``companion`` command.

``Companion.exe`` (Windows, windowed: no console), ``Companion.app`` (macOS) and ``companion``
(Linux) run exactly what the ``companion`` console script runs: no arguments start the tray
app, ``self-test``/``policy show``/... run a subcommand. Runs on the process's main thread.
"""

from __future__ import annotations

import sys

from companion.cli import main

if __name__ == "__main__":
    sys.exit(main())
