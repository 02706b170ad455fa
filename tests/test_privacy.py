"""Privacy proof: a simulated shift through the real app keeps only documented aggregates and
opens no network socket.

``test_simulated_shift_...`` runs the app (``companion.app.lifecycle``: launch, event loop,
shutdown) in this process on the demo source with a 60x clock (as ``companion --demo --speed
60``), opens a breathing guide after the first call and the dashboard after the second, quits
after six minutes of demo audio, and checks, right before the store closes and after the app
has exited:

- the data, config and demo folders hold only the files ``docs/privacy.md`` documents;
- the database holds only the documented tables and columns, and only numbers / short ids;
- nothing the size of audio (or with an audio file header) was written anywhere we watch;
- no IPv4/IPv6 socket was created, bound or connected and no host name was looked up
  (Python's audit hooks intercept every socket the interpreter creates);

``test_strace_...`` runs ``scripts/privacy_strace.sh`` (the whole process tree under
``strace -f -e trace=socket,connect,bind``: catches sockets made by C/C++ code such as Qt too).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.privacy_doc import documented_columns

ROOT = Path(__file__).resolve().parents[1]

STRACE_SCRIPT = ROOT / "scripts" / "privacy_strace.sh"
#: The demo shift played (the built-in script is 816 s of stream time).
SPEED = 60.0
#: Seconds of demo audio the run plays at least (six minute aggregates, two calls at least).
MIN_STREAM_S = 360.0
#: Wall seconds after which the app quits even if the script never got there (then fails).
DEADLINE_S = 120.0
#: 16 kHz 16-bit mono: the smallest form raw speech audio of the shift could take on disk.
AUDIO_BYTES_PER_S = 16000 * 2
AUDIO_MAGIC = (b"RIFF", b"fLaC", b"OggS", b"ID3", b"FORM", b".snd", b"caff")
#: Files the store documents in its folder (docs/privacy.md, "Where it is stored").
DB_FILES = re.compile(r"^(companion|demo)\.sqlite3(-wal|-shm)?$")


@dataclass
class Watch:
    """Audit-hook recorder (Python's ``sys.addaudithook``; hooks cannot be removed, so one
    hook per process is installed and switched on and off)."""

    active: bool = False
    network: list[str] = field(default_factory=list)
    unix: int = 0
    written: list[str] = field(default_factory=list)

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        try:
            if event == "socket.__new__":
                family = args[1]
                if family in (socket.AF_INET, socket.AF_INET6):
                    self.network.append(f"socket({socket.AddressFamily(family).name})")
                elif family == getattr(socket, "AF_UNIX", None):
                    self.unix += 1
            elif event in ("socket.connect", "socket.bind", "socket.sendto"):
                sock = args[0]
                if getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6):
                    self.network.append(f"{event}{args[1:]!r}")
            elif event in ("socket.getaddrinfo", "socket.gethostbyname",
                           "socket.gethostbyname_ex", "socket.gethostbyaddr"):
                self.network.append(f"{event}{args!r}")
            elif event == "open":
                path, mode, flags = args
                writing = (any(c in mode for c in "wax+") if isinstance(mode, str)
                           else bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)))
                if writing and isinstance(path, (str, bytes, os.PathLike)):
                    self.written.append(os.fsdecode(path))
        except Exception:  # noqa: BLE001 - an audit hook must never raise
            pass


@pytest.fixture(scope="session")
def watch() -> Iterator[Watch]:
    w = Watch()
    sys.addaudithook(w)
    yield w
    w.active = False


def files_under(*roots: Path) -> dict[Path, int]:
    """Every regular file under ``roots`` with its size in bytes."""
    found = {}
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _, names in os.walk(root):
            for name in names:
                p = Path(dirpath) / name
                st = p.lstat()
                if stat.S_ISREG(st.st_mode):
                    found[p] = st.st_size
    return found


def has_audio_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(12)
    return head.startswith(AUDIO_MAGIC) or head[8:12] in (b"WAVE", b"AIFF")


def snapshot_store(store: Any) -> dict[str, Any]:
    """Files beside the database, its schema and what kind of values each column holds."""
    folder = Path(store.path).parent
    conn = sqlite3.connect(Path(store.path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
        kinds: dict[str, set[str]] = {}
        longest: dict[str, int] = {}
        counts = {}
        for t, cols in columns.items():
            counts[t] = conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for c in cols:
                kinds[f"{t}.{c}"] = {r[0] for r in conn.execute(
                    f'SELECT DISTINCT typeof("{c}") FROM "{t}"')}
                longest[f"{t}.{c}"] = conn.execute(
                    f'SELECT coalesce(max(length(CAST("{c}" AS BLOB))), 0) FROM "{t}"'
                ).fetchone()[0]
    finally:
        conn.close()
    return {"folder": folder, "files": files_under(folder), "columns": columns,
            "kinds": kinds, "longest": longest, "counts": counts}


def flush_qt_garbage() -> None:
    """Destroy the app's closed windows now (deferred deletes, then the cycle collector), so
    they are not freed in the middle of a later test that counts references."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()


def test_the_watch_sees_a_network_socket(watch: Watch) -> None:
    """Positive control: the interception really catches IPv4/IPv6 sockets (never used)."""
    watch.network.clear()
    watch.active = True
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        if socket.has_ipv6:
            socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()
        if hasattr(socket, "AF_UNIX"):
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
    finally:
        watch.active = False
    assert watch.network[0] == "socket(AF_INET)"
    assert len(watch.network) == (2 if socket.has_ipv6 else 1)
    assert watch.unix >= 1


class AgentScript:
    """What the agent does during the shift, driven by the app's own signals (never by the
    clock): after the first call a short breathing break, after the second a look at the
    dashboard (left open until the app quits), then quit once the shift has produced at
    least ``MIN_STREAM_S`` seconds of audio."""

    def __init__(self, parts: Any) -> None:
        self.parts = parts
        self.dashboard: Any = None
        parts.controller.call_finished.connect(self.on_call_finished)
        parts.engine.update.connect(self.on_update)

    def on_call_finished(self, _summary: Any) -> None:
        openers = self.parts.openers
        if self.parts.stats.calls == 1:
            openers.open_breathing(None, 10.0)
        elif self.dashboard is None:
            self.dashboard = openers.open_dashboard()

    def on_update(self, _update: Any) -> None:
        stats = self.parts.stats
        if self.dashboard is not None and stats.stream_s >= MIN_STREAM_S:
            self.parts.shell.quit()


@pytest.mark.slow
def test_simulated_shift_keeps_only_documented_aggregates_and_no_network(
        watch: Watch, isolated_dirs: dict[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    from companion.app import AppOptions
    from companion.app.lifecycle import exec_event_loop, launch, release, stop
    from companion.audio.demo_source import DEFAULT_SCRIPT

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))          # the demo's throw-away store goes here
    monkeypatch.setattr(tempfile, "tempdir", None)
    seen: dict[str, Any] = {}

    watch.network.clear()
    watch.written.clear()
    watch.active = True
    script = None
    try:
        # The deadline only stops a run that would otherwise hang; the steps wait on signals.
        parts = launch(AppOptions(demo=True, speed=SPEED, exit_after_s=DEADLINE_S))
        assert parts is not None
        script = AgentScript(parts)
        code = exec_event_loop()
        stop(parts)                   # engine and session stopped, the last minute flushed
        if script.dashboard is not None:
            script.dashboard.refresh()
            seen["dashboard_calls"] = script.dashboard.tiles.text("calls")
            seen["dashboard_story"] = script.dashboard.story.text()
        seen["store"] = snapshot_store(parts.store)    # right before the store closes
        release(parts)
    finally:
        watch.active = False
        if script is not None and script.dashboard is not None:
            script.dashboard.close()
            script.dashboard.deleteLater()
        flush_qt_garbage()
    assert code == 0

    # 1. The shift really ran, and the dashboard told it.
    snap = seen["store"]
    assert snap["counts"]["minutes"] >= 5, snap["counts"]
    assert snap["counts"]["calls"] >= 2, snap["counts"]
    assert snap["counts"]["interventions"] >= 1, snap["counts"]    # the breathing break
    assert int(seen["dashboard_calls"]) == snap["counts"]["calls"]
    assert "You took" in seen["dashboard_story"]

    # 2. Only documented files: the store's folder, the data and config folders.
    assert {p.name for p in snap["files"]} <= {"demo.sqlite3", "demo.sqlite3-wal",
                                              "demo.sqlite3-shm"}, snap["files"]
    for folder in (isolated_dirs["data"], isolated_dirs["config"]):
        for p in files_under(folder):
            assert DB_FILES.match(p.name) or p.name == "settings.toml", p
    assert not snap["folder"].exists(), "the demo's throw-away history must be removed at exit"

    # 3. Only documented tables and columns, holding numbers and short ids, never blobs.
    documented = documented_columns()
    assert {t: sorted(c) for t, c in snap["columns"].items()} == {
        t: sorted(c) for t, c in documented.items()}
    for column, kinds in snap["kinds"].items():
        assert "blob" not in kinds, column
        limit = 16 * 1024 if column == "baseline.data" else 200
        assert snap["longest"][column] <= limit, (column, snap["longest"][column])

    # 4. Nothing the size of audio, and no audio file, anywhere we watch.
    stream_s = sum(seconds for _, seconds in DEFAULT_SCRIPT)
    audio_bytes = int(stream_s * AUDIO_BYTES_PER_S)            # ~26 MB for this shift
    written = {**snap["files"], **files_under(isolated_dirs["data"], isolated_dirs["config"],
                                              tmp)}
    assert sum(written.values()) < audio_bytes / 10, written
    assert all(size < 2 * 1024 * 1024 for size in written.values()), written
    assert not [p for p in written if p.exists() and has_audio_header(p)]
    outside = [p for p in watch.written
               if not Path(p).resolve().is_relative_to(tmp_path.resolve())
               and not p.startswith("/dev/")]
    assert outside == [], f"the app wrote outside its folders: {outside}"
    assert not [p for p in watch.written if p.lower().endswith((".wav", ".flac", ".ogg",
                                                                 ".mp3", ".raw", ".pcm"))]

    # 5. No network: no IPv4/IPv6 socket, no name lookup.
    assert watch.network == [], watch.network


def test_strace_sees_no_network_socket_from_the_running_app() -> None:
    """The whole process tree under strace (Qt's own sockets included)."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON"] = sys.executable
    selftest = subprocess.run(["bash", str(STRACE_SCRIPT), "--selftest"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=60)
    if selftest.returncode == 2 and "Operation not permitted" in selftest.stderr:
        pytest.fail("strace cannot trace here (ptrace not permitted): " + selftest.stderr)
    assert selftest.returncode == 1, selftest.stdout + selftest.stderr   # detector works
    assert "socket(AF_INET" in selftest.stderr
    proc = subprocess.run(["bash", str(STRACE_SCRIPT), "16", "60"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "none IPv4/IPv6" in proc.stdout
    assert "AF_UNIX" in proc.stdout            # the local IPC server was traced
    assert "2 of 2 windows opened" in proc.stdout
