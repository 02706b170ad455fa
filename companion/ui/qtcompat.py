"""Work-arounds for Qt binding bugs, in one place.

Any thread. PySide6 6.12.0 returns the result of ``SignalInstance.emit()`` (``True``) without
taking a reference, so every discarded result takes one reference away from ``True``. On
Python 3.11 (where ``True`` is not immortal) a few thousand emits later the interpreter aborts
with "bool_dealloc: deallocating True or False". The engine emits ~10 signals a second, so a
shift would crash. :func:`emit` emits and, only when the running binding has that bug (probed
once), gives the reference back. PySide6 6.11 and earlier are not affected; Python 3.12+
makes ``True`` immortal, so the probe finds nothing to repair there.

PySide6 also reads the whole source of every module imported after it (PYSIDE-2029,
``shibokensupport.feature._mod_uses_pyside``: ``inspect.getsource``, which keeps every line in
``linecache`` for good) to decide whether the module takes part in ``from __feature__ import``
switching, which Companion never uses. In the tray app run from a checkout or a pip install
that is ~12 MB of resident memory (a PyInstaller bundle ships no sources, so it never pays
it). :func:`skip_source_scan` replaces the scan before the app's modules load.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from types import ModuleType

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 64


class _Probe(QObject):
    ping = Signal()


@functools.cache
def emit_steals_result() -> bool:
    """True when ``emit()`` returns a borrowed reference (PySide6 6.12.0)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost >= _PROBE_EMITS // 2:
        for _ in range(lost):   # repair what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


def skip_source_scan() -> bool:
    """Make PySide6 stop reading the source of every module imported from now on (see the
    module docstring): modules count as not switching ``__feature__``s, the only answer for
    Companion, which never imports ``__feature__``. True when the scan was found and
    replaced (PySide6 6.4 and later); any other binding is left alone."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature   # type: ignore[attr-defined]
    return True


def _uses_no_feature(module: ModuleType) -> bool:
    """Stands in for PySide6's source scan: no module switches features."""
    return False


def emit(signal: SignalInstance, *args: object) -> None:
    """``signal.emit(*args)`` without the reference leak of :func:`emit_steals_result`."""
    # The stubs say emit() returns None; the bindings this works around return True.
    result = signal.emit(*args)  # type: ignore[func-returns-value]
    if emit_steals_result():
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
