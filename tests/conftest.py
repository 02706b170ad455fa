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
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English text and neutral formats (24-hour times) whatever the machine's locale: tests that
# check another language or locale install it themselves (companion.ui.i18n).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


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


@functools.cache
def built_translations() -> Path:
    """The .qm files built from ``translations/*.ts`` for this run (once per session, in a
    temporary folder: the tests always use what the .ts files say now)."""
    import sys

    root = Path(tempfile.mkdtemp(prefix="companion-qm-"))
    atexit.register(shutil.rmtree, root, True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import translations

    translations.release(root)
    return root


@pytest.fixture(scope="session", autouse=True)
def _one_gui_application(qapp: object) -> object:
    """The run's one QApplication, made before any test: code under test that needs only a
    QCoreApplication (the IPC client of a CLI command run in-process) would otherwise make
    one, and every later widget test would abort ("construct a QApplication first").

    It speaks English with the .qm files built from the repository's .ts files (subprocesses
    find them too)."""
    os.environ["COMPANION_TRANSLATIONS_DIR"] = str(built_translations())
    from companion.ui.application import gui_application

    gui_application()
    return qapp


@pytest.fixture
def ui_language(qapp: object) -> Iterator[Callable[[str], object]]:
    """``ui_language("de")`` switches the translations and QLocale's default to a language
    (a tag of ``companion.languages.UI_LANGUAGES``) for windows built afterwards; back to
    English at the end of the test. Returns ``companion.ui.i18n.LanguageChoice``."""
    from PySide6.QtCore import QLocale

    from companion.ui.i18n import install_translator

    before = QLocale()
    yield lambda language: install_translator(qapp, language)  # type: ignore[arg-type]
    install_translator(qapp)  # type: ignore[arg-type]
    QLocale.setDefault(before)


@pytest.fixture
def rng() -> np.random.Generator:
    """A seeded random generator: tests are deterministic."""
    return np.random.default_rng(seed=440)
