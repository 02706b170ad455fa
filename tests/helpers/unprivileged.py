"""Running a piece of the test as a normal user: root ignores file permissions, so a test of
"permission denied" run as root (CI) proves nothing. As root, :func:`run_python` runs the code
as ``nobody`` with ``setpriv``; as a normal user it runs it as that user. Folders it touches
must be reachable by that user: make them with :func:`open_folder` (outside root's private
pytest tree).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: ``nobody``.
UNPRIVILEGED_UID = 65534


def run_python(code: str, *args: str, timeout_s: float = 120.0
               ) -> subprocess.CompletedProcess[str]:
    """``python -c code args...`` as a normal user, with this checkout importable."""
    argv = [sys.executable, "-c", code, *args]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv = ["setpriv", f"--reuid={UNPRIVILEGED_UID}", f"--regid={UNPRIVILEGED_UID}",
                "--clear-groups", "--", *argv]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout_s,
                          cwd="/", env=env, check=False)


@contextmanager
def open_folder() -> Iterator[Path]:
    """A folder in /tmp the unprivileged user may enter and write in (removed afterwards)."""
    base = Path(tempfile.mkdtemp(prefix="cu-", dir="/tmp"))
    base.chmod(0o777)
    try:
        yield base
    finally:
        for path in [base, *base.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o777)
        shutil.rmtree(base, ignore_errors=True)
