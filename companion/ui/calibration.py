"""How far Companion has learned the agent's calm voice, in words for the tray and the welcome.

Runs on the GUI thread. :class:`CalibrationStatus` follows the engine: its ``calibration``
signal carries the 0-1 share of the calibration speech collected (1 once a baseline is in
use) and ``baseline_ready`` says a baseline was learned. :meth:`CalibrationStatus.text`
is "Learning your calm voice — 1:20 of 3:00" until then, and empty afterwards; ``changed`` is
emitted when that text changes (at most about once a second of speech).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

from companion.ui.i18n import Tr
from companion.ui.qtcompat import emit

_tr = Tr("Calibration")


def clock_text(seconds: float) -> str:
    """``m:ss`` of whole seconds (rounded down)."""
    whole = max(0, math.floor(seconds + 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class CalibrationStatus(QObject):
    """The calibration state shown to the agent.

    Parameters
    ----------
    target_s
        Seconds of speech a calibration needs (``Settings.calibration_min`` x 60, or the
        demo's shorter one).
    calibrated
        True when a stored baseline is in use from the start.
    """

    changed = Signal()

    def __init__(self, target_s: float, *, calibrated: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target_s = max(1.0, float(target_s))
        self.progress = 1.0 if calibrated else 0.0
        self._restarting = False    # ignore "done" updates from blocks before the restart
        self._shown = self.text()

    @property
    def calibrated(self) -> bool:
        """True once a baseline is in use."""
        return self.progress >= 1.0

    @property
    def done_s(self) -> float:
        """Seconds of speech collected so far."""
        return self.progress * self.target_s

    def text(self) -> str:
        """"Learning your calm voice — 1:20 of 3:00", or '' once calibrated."""
        if self.calibrated:
            return ""
        return _tr("Learning your calm voice — %1 of %2", clock_text(self.done_s),
                   clock_text(self.target_s))

    def on_progress(self, progress: float) -> None:
        """The engine's ``calibration`` signal (0-1)."""
        progress = float(progress)
        if self._restarting:
            if progress >= 1.0:
                return
            self._restarting = False
        self._set(progress)

    def on_baseline_ready(self, _baseline: object = None) -> None:
        """The engine learned a baseline."""
        self._restarting = False
        self._set(1.0)

    def restart(self) -> None:
        """A recalibration began: nothing learned yet."""
        self._restarting = True
        self._set(0.0, force=True)

    def _set(self, progress: float, *, force: bool = False) -> None:
        self.progress = min(max(progress, 0.0), 1.0)
        text = self.text()
        if force or text != self._shown:
            self._shown = text
            emit(self.changed)
