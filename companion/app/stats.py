"""Numbers about one run of the app, for ``--stats-file`` (benchmarks). GUI thread."""

from __future__ import annotations

import json
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from companion.fileio import atomic_write

if TYPE_CHECKING:
    from companion.pipeline.records import LevelUpdate

#: Read-to-GUI latencies kept for the report (the last ~33 minutes at 10 updates a second).
LATENCY_SAMPLES = 20_000


@dataclass
class RunStats:
    """Counters the benchmark reads from ``--stats-file`` (seconds, epoch seconds, bytes).

    The ``count_*`` methods are slots for the engine's and the controller's signals.
    Latencies are kept only with ``keep_latencies`` (a ``--stats-file`` was asked for), and
    only the last :data:`LATENCY_SAMPLES`: a shift-long run does not grow.
    """

    started_at: float
    #: When the tray icon (or the fallback window) was asked to show.
    tray_shown_at: float | None = None
    #: The first turn of the event loop after that: Qt paints the icon then.
    tray_painted_at: float | None = None
    #: CPU time of the process (all threads) up to then, in seconds.
    tray_painted_cpu_s: float | None = None
    keep_latencies: bool = False
    latencies_s: deque[float] = field(default_factory=lambda: deque(maxlen=LATENCY_SAMPLES))
    updates: int = 0
    stream_s: float = 0.0
    calls: int = 0
    offers: int = 0
    faults: int = 0
    presence: str = ""

    def mark_painted(self) -> None:
        """The event loop runs (the icon is on screen)."""
        if self.tray_painted_at is None:
            self.tray_painted_at = time.time()
            self.tray_painted_cpu_s = time.process_time()

    def count_update(self, update: LevelUpdate) -> None:
        """One processed block: stream time and read-to-GUI latency (s)."""
        self.updates += 1
        self.stream_s = update.t_s
        if self.keep_latencies:
            self.latencies_s.append(time.perf_counter() - update.read_at)

    def count_call(self, *_: object) -> None:
        """A call ended."""
        self.calls += 1

    def count_offer(self, *_: object) -> None:
        """Help was offered after a call."""
        self.offers += 1

    def count_fault(self, *_: object) -> None:
        """The audio source failed."""
        self.faults += 1

    def write(self, path: Path) -> None:
        """Write the JSON report, with the process' CPU time and peak RSS (POSIX)."""
        import resource  # POSIX only: imported when a benchmark asks for the report

        usage = resource.getrusage(resource.RUSAGE_SELF)
        lat = sorted(self.latencies_s)
        report = {
            "started_at": self.started_at, "tray_shown_at": self.tray_shown_at,
            "tray_painted_at": self.tray_painted_at,
            "tray_painted_cpu_s": self.tray_painted_cpu_s,
            "updates": self.updates, "stream_s": self.stream_s, "calls": self.calls,
            "offers": self.offers, "faults": self.faults, "presence": self.presence,
            "cpu_user_s": usage.ru_utime, "cpu_system_s": usage.ru_stime,
            "max_rss_kb": usage.ru_maxrss,
            "latency_p50_s": lat[len(lat) // 2] if lat else None,
            "latency_p95_s": lat[int(len(lat) * 0.95)] if lat else None,
            "latency_max_s": lat[-1] if lat else None,
        }
        atomic_write(path, json.dumps(report, indent=1), what="stats file")
