"""Shared test setup.

Every test runs with its own temporary data/config/site directories (``COMPANION_*_DIR``), so
nothing touches the real home directory, and Qt uses the offscreen platform unless a test
starts Xvfb itself. Subfolders add their own fixtures in their own ``conftest.py``.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """Point every Companion location at a fresh temporary folder (and close the log file
    a CLI call opened there)."""
    dirs = {}
    for name in ("DATA", "CONFIG", "SITE_CONFIG", "SITE_DATA", "LOG"):
        path = tmp_path / f"companion-{name.lower()}"
        monkeypatch.setenv(f"COMPANION_{name}_DIR", str(path))
        dirs[name.lower()] = path
    # A private IPC name and socket folder per test: no test can reach a real instance or
    # another test's server. Short: socket paths are capped at ~104 bytes.
    tag = hashlib.sha1(str(tmp_path).encode()).hexdigest()[:12]
    monkeypatch.setenv("COMPANION_IPC_NAME", f"companion-test-{tag}")
    monkeypatch.setenv("COMPANION_RUNTIME_DIR", str(_runtime_root() / tag))
    yield dirs
    from companion.logs import shutdown_logging

    shutdown_logging()


@functools.cache
def _runtime_root() -> Path:
    """One short private folder per test session for the tests' socket folders."""
    root = Path(tempfile.mkdtemp(prefix="crt-", dir="/tmp" if os.name == "posix" else None))
    atexit.register(shutil.rmtree, root, True)
    return root


@pytest.fixture(scope="session", autouse=True)
def _one_gui_application(qapp: object) -> object:
    """The run's one QApplication, made before any test: code under test that needs only a
    QCoreApplication (the IPC client of a CLI command run in-process) would otherwise make
    one, and every later widget test would abort ("construct a QApplication first")."""
    return qapp


@pytest.fixture
def rng() -> np.random.Generator:
    """A seeded random generator: tests are deterministic."""
    return np.random.default_rng(seed=440)
