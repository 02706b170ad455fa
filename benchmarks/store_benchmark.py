"""Store benchmark: how fast the dashboard's queries are on a month of data.

Fills a temporary store with a realistic month (30 days x 8.5 h of minutes = 15 300 minute rows,
40 calls and 6 offers a day), then times, as the dashboard uses them: ``Store.open`` of the
existing file (integrity check included), ``minutes(month)``, ``day_summary``, ``week_summary``,
plus a single per-minute insert (what the GUI thread does once a minute), ``stats``, a JSON
export and ``delete``. Prints a Markdown table (median of ``--repeat`` runs, milliseconds) for
``docs/benchmarks.md`` ("## Store").

Run by hand: ``python benchmarks/store_benchmark.py [--repeat 5]``. Runs on the main thread;
writes only to a temporary folder it removes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from companion.store import (
    CallRecord,
    InterventionRecord,
    MinuteAggregate,
    Store,
    local_day_bounds,
)

DAYS = 30
WORK_MINUTES = 510  # 8.5 h a day
CALLS_PER_DAY = 40
OFFERS_PER_DAY = 6


def fill_month(store: Store, first_day: dt.date, seed: int = 1) -> dict[str, int]:
    """Add a month of synthetic aggregates; returns rows per table."""
    rnd = random.Random(seed)
    n_minutes = n_calls = n_offers = 0
    for d in range(DAYS):
        start, _ = local_day_bounds(first_day + dt.timedelta(days=d))
        shift = start + 8 * 3600
        minutes = []
        for m in range(WORK_MINUTES):
            mean = rnd.uniform(35, 75)
            minutes.append(MinuteAggregate(shift + 60 * m, mean - 8, mean, mean + 10,
                                           rnd.uniform(0, 45), rnd.random() < 0.7))
        n_minutes += store.add_minutes(minutes)
        for c in range(CALLS_PER_DAY):
            t = shift + c * (WORK_MINUTES * 60 / CALLS_PER_DAY)
            tense = rnd.choice([0.0, 0.0, 0.0, 12.0, 40.0])
            call_id = store.add_call(CallRecord(t, t + rnd.uniform(120, 600), "speech",
                                                rnd.uniform(40, 70), rnd.uniform(60, 95),
                                                tense, rnd.uniform(30, 300) if tense else None))
            n_calls += 1
            if c % (CALLS_PER_DAY // OFFERS_PER_DAY) == 0 and n_offers < (d + 1) * OFFERS_PER_DAY:
                store.add_intervention(InterventionRecord(
                    rnd.choice(["breathing", "card"]), "resonance", t + 620,
                    rnd.choice(["completed", "skipped", "snoozed", "accepted"]),
                    rnd.uniform(55, 80), rnd.uniform(40, 70),
                    rnd.choice(["better", "same", None]), call_id))
                n_offers += 1
    return {"minutes": n_minutes, "calls": n_calls, "interventions": n_offers}


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn`` over ``repeat`` runs, milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    args = parser.parse_args(argv)
    first_day = dt.date(2026, 10, 1)
    month_start = local_day_bounds(first_day)[0]
    month_end = local_day_bounds(first_day + dt.timedelta(days=DAYS - 1))[1]
    mid_day = local_day_bounds(first_day + dt.timedelta(days=15))

    with tempfile.TemporaryDirectory(prefix="companion-store-bench-") as tmp:
        path = Path(tmp) / "data" / "companion.sqlite3"
        t0 = time.perf_counter()
        with Store.open(path) as store:
            rows = fill_month(store, first_day)
        fill_ms = (time.perf_counter() - t0) * 1000.0
        size_kb = path.stat().st_size / 1024

        def open_close() -> None:
            Store.open(path).close()

        results: list[tuple[str, float]] = [("fill a month (bulk, once)", fill_ms),
                                            ("open existing file (+ integrity check)",
                                             timed(open_close, args.repeat))]
        with Store.open(path) as store:
            n = len(store.minutes(month_start, month_end))
            assert n == rows["minutes"], n
            results.append((f"minutes(month) -> {n} rows",
                            timed(lambda: store.minutes(month_start, month_end), args.repeat)))
            results.append(("calls(month) + interventions(month)",
                            timed(lambda: (store.calls(month_start, month_end),
                                           store.interventions(month_start, month_end)),
                                  args.repeat)))
            results.append(("day_summary", timed(lambda: store.day_summary(*mid_day),
                                                 args.repeat)))
            results.append(("week_summary (7 days)",
                            timed(lambda: store.week_summary(first_day + dt.timedelta(days=14)),
                                  args.repeat)))
            t = [month_end + 3600.0]

            def add_one() -> None:
                t[0] += 60.0
                store.add_minute(MinuteAggregate(t[0], 40, 50, 60, 30, True))

            results.append(("add_minute (one transaction)", timed(add_one, max(args.repeat, 50))))
            results.append(("stats (data summary)", timed(store.stats, args.repeat)))

            def export_json() -> None:
                target = Path(tmp) / f"export-{time.perf_counter_ns()}.json"
                store.export(target, "json")
                os.unlink(target)

            results.append(("export json (whole month)", timed(export_json, args.repeat)))
            t0 = time.perf_counter()
            store.delete()
            results.append(("delete all + VACUUM (once)", (time.perf_counter() - t0) * 1000.0))

        dashboard = sum(ms for name, ms in results[1:6])
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
          f"{platform.release()}, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"Data: {rows['minutes']} minutes, {rows['calls']} calls, "
          f"{rows['interventions']} offers; file {size_kb:.0f} KB")
    print()
    print("| Operation | ms (median) |")
    print("|---|---:|")
    for name, ms in results:
        print(f"| {name} | {ms:.2f} |")
    print(f"| **open + minutes + calls/offers + day + week (dashboard load)** | "
          f"**{dashboard:.1f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
