"""`companion data delete --everything`: what the MSI's REMOVEUSERDATA=1 and sign-out scripts
run. Everything Companion made for the user goes; nothing else is touched."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.app_process import app_env, wait_until_listening

from companion.cli import main
from companion.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def seed_everything(paths: AppPaths, home_config: Path) -> dict[str, Path]:
    """A store (rows), a damaged copy, the baseline, a report, settings, own decks, logs and
    the sign-in entry, like an agent's machine after a few weeks."""
    from companion.logs import setup_logging, shutdown_logging
    from companion.store import MinuteAggregate, Store

    with Store.open(paths.database_file) as store:
        store.add_minute(MinuteAggregate(time.time() // 60 * 60, 40.0, 50.0, 60.0, 30.0))
        store.save_baseline({"f0_median_hz": 180.0})
    copy = paths.database_file.with_name(paths.database_file.name + ".corrupt-1700000000")
    copy.write_bytes(b"old damaged history")
    (paths.data_dir / "self-test.txt").write_text("report", encoding="utf-8")
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("sensitivity = 4\n", encoding="utf-8")
    decks = paths.user_content_dir("decks")
    decks.mkdir(parents=True)
    (decks / "mine.toml").write_text("[deck]\n", encoding="utf-8")
    setup_logging(paths.log_file, "info")
    shutdown_logging()
    entry = home_config / "autostart" / "companion.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\n", encoding="utf-8")
    return {"copy": copy, "decks": decks, "entry": entry}


def test_everything_goes_and_only_what_companion_made(isolated_dirs, tmp_path: Path,
                                                       monkeypatch, capsys) -> None:
    home_config = tmp_path / "home-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home_config))
    paths = AppPaths.from_environment()
    seeded = seed_everything(paths, home_config)
    (paths.data_dir / "notes-from-it.txt").write_text("not ours", encoding="utf-8")
    assert main(["data", "delete", "--everything", "--yes"]) == 0
    out = capsys.readouterr().out
    for gone in (paths.database_file, seeded["copy"],
                 paths.data_dir / "self-test.txt", paths.settings_file, seeded["decks"],
                 paths.log_file, seeded["entry"]):
        assert not gone.exists(), gone
        assert f"Removed {gone}" in out
    assert not paths.config_dir.exists() and not paths.log_dir.exists()
    assert (paths.data_dir / "notes-from-it.txt").read_text() == "not ours"
    assert f"left {paths.data_dir}: it also holds notes-from-it.txt" in out


def test_a_shared_policy_data_folder_keeps_other_files(isolated_dirs, tmp_path: Path,
                                                       monkeypatch, capsys) -> None:
    shared = tmp_path / "persistent-disk"
    shared.mkdir()
    (shared / "other-app.db").write_text("someone else's", encoding="utf-8")
    monkeypatch.delenv("COMPANION_DATA_DIR")
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text(
        f'data_folder = "{shared.as_posix()}"\n')
    paths = AppPaths.from_environment()
    assert paths.data_dir == shared
    seed_everything(paths, tmp_path / "cfg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert main(["data", "delete", "--everything", "--yes"]) == 0
    assert sorted(p.name for p in shared.iterdir()) == ["other-app.db"]


def test_nothing_there_is_fine(isolated_dirs, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert main(["data", "delete", "--everything", "--yes"]) == 0
    removed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("Rem")]
    log_file = AppPaths.from_environment().log_file
    assert removed == [f"Removed {log_file}"]   # only the line this very command logged
    assert not log_file.parent.exists()


def test_needs_yes_without_a_terminal(isolated_dirs) -> None:
    proc = subprocess.run([sys.executable, "-m", "companion", "data", "delete", "--everything"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "refusing to delete without confirmation" in proc.stderr


@pytest.mark.slow
def test_a_running_instance_is_asked_to_quit_first(isolated_dirs, tmp_path: Path) -> None:
    env = app_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    app = subprocess.Popen([sys.executable, "-m", "companion", "--device", "none-such",
                            "--exit-after", "120"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_until_listening(env["COMPANION_IPC_NAME"])["ok"]
        assert AppPaths.from_environment().database_file.exists()   # the app opened its store
        proc = subprocess.run([sys.executable, "-m", "companion", "data", "delete",
                               "--everything", "--yes"], env=env, capture_output=True,
                              text=True, timeout=60)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Asked the running Companion to quit." in proc.stdout
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert not AppPaths.from_environment().database_file.exists()
