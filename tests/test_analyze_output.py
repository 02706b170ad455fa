"""``companion analyze`` as a real process against hostile inputs and outputs: special files,
a full disk, output files that must never be left half-written, and memory that stays flat."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers.wav import write_wav

from companion.audio import DemoSource

SR = 16000


def _wav(path: Path, seconds: float, seed: int = 1) -> Path:
    demo = DemoSource(seed=seed, script=(("pause", 1.0), ("calm", max(1.0, seconds - 1.0))))
    return write_wav(path, np.concatenate(list(demo.blocks()))[: int(seconds * SR)])


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _wav(tmp_path_factory.mktemp("out") / "speech.wav", 12.0)


def _analyze(*args: str, stdout: object = subprocess.PIPE, limit_bytes: int | None = None,
             timeout: float = 120.0) -> subprocess.CompletedProcess[str]:
    def limit() -> None:  # a file-size limit: writes beyond it fail with EFBIG, like a full disk
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-m", "companion", "analyze", *args],
                          stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=timeout,
                          preexec_fn=limit)


def _one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.strip()
    assert err.startswith("companion: error:") and "\n" not in err, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_special_files_are_refused_at_once(kind: str, tmp_path: Path) -> None:
    """A FIFO with no writer used to block forever; a device reads without end."""
    if kind == "fifo":
        path = tmp_path / "pipe.wav"
        os.mkfifo(path)
        word = "named pipe"
    elif kind == "device":
        path, word = Path("/dev/zero"), "device"
    else:
        path, word = tmp_path, "folder"
    _one_line_error(_analyze(str(path), "--json", timeout=30.0), word, "not a WAV file")


@pytest.mark.parametrize("fmt", ["--json", "--csv", "--summary"])
def test_standard_output_on_a_full_disk_is_one_line(fmt: str, speech: Path) -> None:
    args = [str(speech)] if fmt == "--summary" else [str(speech), fmt]
    with open("/dev/full", "w") as full:
        proc = _analyze(*args, stdout=full)
    _one_line_error(proc, "the disk is full")


@pytest.mark.parametrize("option, name", [("--output", "out.json"), ("--plot", "plot.png"),
                                          ("--save-baseline", "me.json")])
def test_a_full_disk_leaves_the_old_file_and_no_partial_one(option: str, name: str,
                                                           speech: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / name
    target.write_text("the previous, good file\n")
    args = [str(speech), option, str(target)]
    if option == "--output":
        args.append("--json")
    proc = _analyze(*args, stdout=subprocess.DEVNULL, limit_bytes=300)
    _one_line_error(proc, name)
    assert "disk is full" in proc.stderr or "File too large" in proc.stderr
    assert target.read_text() == "the previous, good file\n"
    assert sorted(p.name for p in folder.iterdir()) == [name]   # no temporary file left


def test_output_file_is_written_whole(speech: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    proc = _analyze(str(speech), "--json", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and target.read_text().startswith('{"sample_rate":16000,')
    assert target.read_text().endswith("}\n")


@pytest.mark.parametrize("where", ["folder", "device", "missing"])
def test_bad_output_paths_are_refused_before_any_work(where: str, speech: Path,
                                                      tmp_path: Path) -> None:
    target = {"folder": tmp_path, "device": Path("/dev/null"),
              "missing": tmp_path / "no" / "out.json"}[where]
    word = {"folder": "directory", "device": "not a regular file", "missing": "does not exist"}
    _one_line_error(_analyze(str(speech), "--json", "-o", str(target)), word[where])


def test_memory_stays_flat_with_the_length_of_the_file(tmp_path: Path) -> None:
    """Nothing keeps every frame: analysing 20x more audio needs about the same memory."""
    import tracemalloc

    from companion.pipeline import CsvWriter, JsonWriter, analyze_file

    short, long = _wav(tmp_path / "short.wav", 15.0), _wav(tmp_path / "long.wav", 300.0)
    baseline = analyze_file(short).baseline
    peaks = []
    for path in (short, long):
        with open(os.devnull, "w") as null:
            tracemalloc.start()
            writer = JsonWriter(SR, 0.01)
            summary = analyze_file(path, baseline=baseline, sinks=[writer, CsvWriter(null)])
            writer.finish(summary.to_dict(), null)
            writer.close()
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
    assert peaks[1] < 1.5 * peaks[0] + 2_000_000, peaks
