"""The one atomic writer and the small-file reader (``companion.fileio``), and every writer
that goes through it."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from pathlib import Path

import pytest

from companion.arousal.baseline import Baseline, BaselineError
from companion.fileio import (
    FileReadError,
    FileWriteError,
    atomic_write,
    atomic_writer,
    read_small_file,
    read_tail,
)
from companion.settings import Settings, save_user_settings

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and FIFOs")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def fail_replace(monkeypatch: pytest.MonkeyPatch, code: int = errno.ENOSPC) -> None:
    def boom(src: object, dst: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", boom)


def test_atomic_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write(target, "one\n")
    atomic_write(target, b"two\n")
    assert target.read_bytes() == b"two\n"
    assert leftovers(tmp_path) == []


@posix_only
def test_atomic_write_keeps_the_old_mode_and_uses_umask_for_new_files(tmp_path: Path) -> None:
    old = tmp_path / "old.toml"
    old.write_text("x")
    old.chmod(0o640)
    atomic_write(old, "y")
    assert stat.S_IMODE(old.stat().st_mode) == 0o640
    umask = os.umask(0o027)
    try:
        atomic_write(tmp_path / "new.toml", "z")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.toml").stat().st_mode) == 0o640
    atomic_write(tmp_path / "private.json", "{}", mode=0o600)
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600


def test_failed_rename_keeps_the_old_file_and_leaves_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.toml"
    target.write_text("old")
    fail_replace(monkeypatch)
    with pytest.raises(FileWriteError) as info:
        atomic_write(target, "new", what="settings file")
    assert target.read_text() == "old" and leftovers(tmp_path) == []
    text = str(info.value)
    assert "\n" not in text and f"settings file {target}" in text
    assert "the disk is full" in text and "free some space" in text


def test_error_inside_the_block_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(RuntimeError), atomic_writer(target) as fh:
        fh.write("half a file")
        raise RuntimeError("stop")
    assert not target.exists() and leftovers(tmp_path) == []


def test_write_error_inside_the_block_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(FileWriteError, match="the disk is full"), atomic_writer(target) as fh:
        fh.write("{")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert not target.exists() and leftovers(tmp_path) == []


def test_no_overwrite_refuses_an_existing_target_even_one_made_meanwhile(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("mine")
    with pytest.raises(FileWriteError, match="already exists"):
        atomic_write(target, "x", overwrite=False)
    racing = tmp_path / "racing.json"
    with pytest.raises(FileWriteError, match="already exists"), \
            atomic_writer(racing, overwrite=False) as fh:
        fh.write("export")
        racing.write_text("someone else's")  # appears between the check and the rename
    assert target.read_text() == "mine" and racing.read_text() == "someone else's"
    assert leftovers(tmp_path) == []


def test_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="no such file or directory"):
        atomic_write(tmp_path / "nope" / "x.toml", "x")


@posix_only
def test_symlinked_file_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_concurrent_writers_never_leave_a_torn_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    payloads = [json.dumps({"writer": i, "pad": "x" * 20000}) for i in range(4)]

    def write(payload: str) -> None:
        for _ in range(10):
            atomic_write(target, payload)

    threads = [threading.Thread(target=write, args=(p,)) for p in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert target.read_text() in payloads and leftovers(tmp_path) == []


# -- every writer goes through it ------------------------------------------------------------
def calm_baseline() -> Baseline:
    from companion.arousal import calibrate
    from tests.arousal.arousal_fakes import CALM, voice_frames

    return calibrate(voice_frames(40, CALM, seed=1))


def test_settings_save_failure_keeps_old_file_and_no_temp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("sensitivity = 2\n")
    fail_replace(monkeypatch)
    with pytest.raises(FileWriteError, match="the disk is full"):
        save_user_settings(path, Settings().replace(sensitivity=4))
    assert path.read_text() == "sensitivity = 2\n" and leftovers(tmp_path) == []


def test_baseline_save_failure_leaves_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: Baseline.save left its '.baseline-*' temp file behind on failure."""
    baseline = calm_baseline()
    fail_replace(monkeypatch)
    with pytest.raises(BaselineError, match="the disk is full"):
        baseline.save(tmp_path / "baseline.json")
    assert list(tmp_path.iterdir()) == []


def test_baseline_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    calm_baseline().save(path)
    assert Baseline.load(path).to_dict() == calm_baseline().to_dict()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


#: Writes that are not "save a file": moving a damaged database aside, a write probe, and
#: writing into the temporary path ``fileio.atomic_path`` hands out.
ALLOWED_RAW_WRITES = {("store/store.py", "os.replace("),
                      ("diagnostics/selftest.py", ".write_bytes("),
                      ("cli/analyze.py", ".write_text("), ("cli/analyze.py", ".write_bytes(")}


def test_no_other_module_writes_files_its_own_way() -> None:
    """One atomic writer: nobody else stages temp files, renames over targets, or writes a
    file in place (a crash or a full disk would leave it half-written)."""
    root = Path(__file__).resolve().parents[1] / "companion"
    offenders = []
    for path in root.rglob("*.py"):
        name = str(path.relative_to(root))
        if name == "fileio.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("tempfile.mkstemp", "NamedTemporaryFile", "os.replace(", ".write_text(",
                       ".write_bytes("):
            if needle in text and (name, needle) not in ALLOWED_RAW_WRITES:
                offenders.append(f"{name}: {needle}")
    assert offenders == []


# -- reading -----------------------------------------------------------------------------
@posix_only
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)
    with pytest.raises(FileReadError, match=r"named pipe \(FIFO\), not a regular file"):
        read_small_file(fifo, max_bytes=100, what="policy file")


@posix_only
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_devices_are_refused(device: str) -> None:
    with pytest.raises(FileReadError, match="character device"):
        read_small_file(Path(device), max_bytes=100)


def test_too_large_and_missing_and_folder(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 2049)
    with pytest.raises(FileReadError, match="larger than the 2 KiB allowed"):
        read_small_file(big, max_bytes=2048)
    with pytest.raises(FileReadError) as info:
        read_small_file(tmp_path / "nope.toml", max_bytes=10)
    assert info.value.missing
    with pytest.raises(FileReadError, match="folder"):
        read_small_file(tmp_path, max_bytes=10)


@posix_only
def test_baseline_from_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "baseline.json"
    os.mkfifo(fifo)
    with pytest.raises(BaselineError, match=r"named pipe \(FIFO\), not a regular file"):
        Baseline.load(fifo)


def test_read_tail_reads_only_the_end(tmp_path: Path) -> None:
    log = tmp_path / "companion.log"
    log.write_bytes(b"a" * 5000 + b"the end\n")
    assert read_tail(log, max_bytes=8) == b"the end\n"
    assert read_tail(log, max_bytes=10**6) == log.read_bytes()


@posix_only
def test_read_tail_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "companion.log"
    os.mkfifo(fifo)
    with pytest.raises(FileReadError, match="named pipe"):
        read_tail(fifo, max_bytes=100)
