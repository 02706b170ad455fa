"""The history file under attack while the app runs: deleted (item 7), shared by a second
instance (item 8), a full disk during export (item 12)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest
from fault_env import IS_ROOT, User, stop, wait_until_answering
from test_fault_session_end import EXIT_DEADLINE_S, calls


def log_text(agent: User) -> str:
    logs = list(agent.home.rglob("companion.log"))
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)


def one_call(agent: User, env: dict[str, str] | None = None) -> None:
    for action in ("start", "end"):
        result = agent.run("call", action, env=env)
        assert result.returncode == 0, result.stderr


def test_database_deleted_while_running_starts_a_fresh_one_at_the_path(agent: User) -> None:
    """Regression: after the file was deleted everything went into the unlinked file and
    vanished at exit."""
    app = agent.popen()
    try:
        wait_until_answering(agent, app)
        one_call(agent)
        assert len(calls(agent)) == 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{agent.database}{suffix}").unlink(missing_ok=True)
        one_call(agent)  # written after the deletion
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=EXIT_DEADLINE_S)
    finally:
        out, err = stop(app)
    assert app.returncode == 0, err[-2000:]
    kept = calls(agent)
    assert len(kept) == 1 and kept[0]["source"] == "ipc" and kept[0]["cut_short"] == 0
    assert f"{agent.database} was deleted while Companion was running" in log_text(agent)
    assert (os.stat(agent.database).st_mode & 0o777) == 0o600


def run_two_sessions(agent: User, session_1: dict[str, str],
                     session_2: dict[str, str]) -> tuple[int, str]:
    """Start the app in two sessions of one profile (each its own command channel), make one
    call in each, end both with SIGTERM; the first app's pid and the log text."""
    first = agent.popen(env=session_1)
    second = None
    try:
        wait_until_answering(agent, first, env=session_1)
        second = agent.popen(env=session_2)
        wait_until_answering(agent, second, env=session_2)
        one_call(agent, env=session_1)
        one_call(agent, env=session_2)
        for proc in (first, second):
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=EXIT_DEADLINE_S)
    finally:
        stop(first)
        _, err = stop(second) if second is not None else ("", "")
    assert second is not None and first.returncode == 0 and second.returncode == 0, err[-2000:]
    return first.pid, log_text(agent)


def test_second_instance_on_the_same_data_folder_stores_nothing(agent: User) -> None:
    """Regression: two instances on one data folder (two sessions, a roaming profile, a VDI
    host) both stored the same call. The second one says who holds the folder and keeps no
    history."""
    # Another session of the same profile: its own command channel, the same data folder.
    other_session = agent.env(COMPANION_RUNTIME_DIR=str(agent.home / "session-2"),
                              COMPANION_IPC_NAME="companion-session-2")
    first_pid, log = run_two_sessions(agent, agent.env(), other_session)
    assert len(calls(agent)) == 1  # never counted twice
    assert f"the data folder {agent.data_dir} is in use by another Companion (process " \
        f"{first_pid} on " in log


def test_two_sessions_on_a_policy_set_data_folder_store_once(agent: User) -> None:
    """VDI: IT points ``data_folder`` at a kept profile share; two sessions of the same
    agent reach it at once and the folder lock keeps the history single."""
    share = agent.home / "profile-share"
    site = agent.home / "site-config"
    site.mkdir()
    (site / "policy.toml").write_text('data_folder = "$HOME/profile-share"\n',
                                      encoding="utf-8")
    agent.own(site)

    def session(number: int) -> dict[str, str]:
        env = agent.env(COMPANION_RUNTIME_DIR=str(agent.home / f"session-{number}"),
                        COMPANION_IPC_NAME=f"companion-session-{number}")
        del env["COMPANION_DATA_DIR"]  # the folder comes from policy
        return env

    first_pid, log = run_two_sessions(agent, session(1), session(2))
    with sqlite3.connect(f"file:{share / agent.database.name}?mode=ro", uri=True) as db:
        assert db.execute("SELECT COUNT(*) FROM calls").fetchone() == (1,)
    assert not agent.database.exists()  # nothing went to the default folder
    assert f"the data folder {share} is in use by another Companion (process " \
        f"{first_pid} on " in log


@pytest.fixture
def full_volume(world: Path) -> Path:
    """A 256 KiB tmpfs, full after a few writes (needs root to mount; a private mount
    namespace is not needed: it is unmounted at teardown)."""
    if not IS_ROOT:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = world / "stick"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0777", "tmpfs",
                           str(mount)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_to_a_full_volume_is_one_line_and_leaves_nothing(agent: User, full_volume: Path,
                                                                fmt: str) -> None:
    """Regression: an OSError traceback; no partial file where a good one was expected."""
    _fill_history(agent, rows=6000)
    (full_volume / "filler").write_bytes(b"\0" * (200 * 1024))
    result = agent.run("data", "export", "--format", fmt, str(full_volume / "export"))
    assert result.returncode == 2, result.stdout
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert line.count("\n") == 0 and "the disk is full" in line, line
    assert sorted(p.name for p in full_volume.iterdir()) == ["filler"]


def test_cli_output_to_the_always_full_device_is_one_line(agent: User) -> None:
    """Any command writing to a full disk (here /dev/full) says so in one line."""
    for args in (["policy", "show"], ["data", "summary"], ["deck", "list"]):
        with open("/dev/full", "w") as full:
            result = agent.run(*args, stdout=full.fileno())
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
        assert result.stderr.strip().count("\n") == 0, result.stderr
        assert "the disk is full" in result.stderr, result.stderr


def _fill_history(agent: User, *, rows: int) -> None:
    code = (
        "from companion.paths import AppPaths\n"
        "from companion.store import MinuteAggregate, Store\n"
        "with Store.open(AppPaths.from_environment().database_file) as s:\n"
        f"    s.add_minutes(MinuteAggregate(60.0 * i, 40.0, 50.0, 60.0, 30.0, True)"
        f" for i in range({rows}))\n")
    result = agent.python(code)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(f"file:{agent.database}?mode=ro", uri=True) as db:
        assert db.execute("SELECT count(*) FROM minutes").fetchone()[0] == rows
