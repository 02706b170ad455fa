"""The log file: where it lives, its size cap, its level, and what reaches it (uncaught
exceptions, Qt messages), with the rest of the app untouched when it cannot be written."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion import logs
from companion.cli import main
from companion.paths import AppPaths


@pytest.fixture
def log_file(isolated_dirs: dict[str, Path]) -> Path:
    return AppPaths.from_environment().log_file


def our_handler() -> logging.Handler:
    (handler,) = [h for h in logging.getLogger().handlers if getattr(h, "companion_log", False)]
    return handler


def test_log_file_is_private_and_in_the_log_dir(isolated_dirs: dict[str, Path],
                                                log_file: Path) -> None:
    assert log_file.parent == isolated_dirs["log"]
    assert logs.setup_logging(log_file, "info") == log_file
    logging.getLogger("companion.test").info("hello %s", "log")
    logging.getLogger("companion.test").debug("not at info")
    text = log_file.read_text(encoding="utf-8")
    assert "INFO" in text and "companion.test: hello log" in text and f"[{os.getpid()} " in text
    assert "not at info" not in text
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o777 == 0o600
        assert log_file.parent.stat().st_mode & 0o777 == 0o700


def test_setting_up_twice_keeps_one_handler(log_file: Path) -> None:
    logs.setup_logging(log_file, "info")
    logs.setup_logging(log_file, "debug")
    logging.getLogger("companion.test").info("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1
    assert our_handler().level == logging.DEBUG


def test_rotation_caps_the_size_on_disk(log_file: Path) -> None:
    logs.setup_logging(log_file, "info")
    line = "x" * 1000
    for i in range(6000):   # ~6 MB of log lines
        logging.getLogger("companion.test").info("%d %s", i, line)
    files = logs.log_files(log_file)
    assert [p.name for p in files] == ["companion.log", "companion.log.1", "companion.log.2",
                                       "companion.log.3"]
    total = sum(p.stat().st_size for p in files)
    assert total <= logs.MAX_BYTES * (logs.BACKUP_COUNT + 1)
    assert "5999 " in log_file.read_text(encoding="utf-8")   # the newest is kept


def test_long_messages_are_cut(log_file: Path) -> None:
    logs.setup_logging(log_file, "info")
    logging.getLogger("companion.test").warning("%s", "y" * 50_000)
    text = log_file.read_text(encoding="utf-8")
    assert "y" * logs.MAX_MESSAGE_CHARS in text and "y" * (logs.MAX_MESSAGE_CHARS + 1) not in text
    assert "[50000 characters, cut]" in text


def test_a_blocked_rotation_keeps_logging(log_file: Path, monkeypatch) -> None:
    logs.setup_logging(log_file, "info")
    handler = our_handler()

    def refuse(source: str, dest: str) -> None:   # Windows: another process holds the file
        raise PermissionError(13, "in use", source)

    monkeypatch.setattr(handler, "rotate", refuse)
    monkeypatch.setattr(handler, "maxBytes", 200)
    for i in range(20):
        logging.getLogger("companion.test").info("line %d of a blocked rotation", i)
    assert "line 19 of a blocked rotation" in log_file.read_text(encoding="utf-8")


def test_unwritable_log_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert logs.setup_logging(blocker / "logs" / "companion.log", "info") is None
    logging.getLogger("companion.test").warning("goes nowhere, raises nothing")


def test_cli_log_level_option_and_policy_key(isolated_dirs: dict[str, Path], log_file: Path,
                                             capsys) -> None:
    assert main(["--log-level", "debug", "policy", "show"]) == 0
    assert "command: policy" in log_file.read_text(encoding="utf-8")
    assert our_handler().level == logging.DEBUG
    assert main(["policy", "show", "--log-level", "error"]) == 0   # also after the command
    assert our_handler().level == logging.ERROR
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text('log_level = "warning"\n')
    assert main(["policy", "show"]) == 0
    out = capsys.readouterr().out
    assert "log_level" in out and '"warning"' in out and "policy:policy.toml" in out
    assert our_handler().level == logging.WARNING


def test_cli_errors_are_logged(isolated_dirs: dict[str, Path], log_file: Path, capsys) -> None:
    assert main(["data", "export", str(isolated_dirs["data"] / "x.json")]) != 0
    assert "WARNING" in log_file.read_text(encoding="utf-8")
    assert "nothing is stored yet" in log_file.read_text(encoding="utf-8")


def test_bad_log_level_policy_is_reported_and_ignored(isolated_dirs: dict[str, Path],
                                                      capsys) -> None:
    isolated_dirs["site_config"].mkdir(parents=True)
    (isolated_dirs["site_config"] / "policy.toml").write_text('log_level = "chatty"\n')
    assert main(["policy", "show", "--strict"]) == 1
    assert "log_level" in capsys.readouterr().err
    assert our_handler().level == logging.INFO


UNCAUGHT = """
import sys, threading
from pathlib import Path
from companion import logs
logs.setup_logging(Path(sys.argv[1]), "info")
logs.install_exception_hooks()
t = threading.Thread(target=lambda: 1 / 0, name="worker-x")
t.start(); t.join()
raise RuntimeError("boom at the top")
"""


def test_uncaught_exceptions_reach_the_log(tmp_path: Path) -> None:
    path = tmp_path / "companion.log"
    proc = subprocess.run([sys.executable, "-c", UNCAUGHT, str(path)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1
    text = path.read_text(encoding="utf-8")
    assert "uncaught exception in thread worker-x" in text and "ZeroDivisionError" in text
    assert "CRITICAL" in text and "RuntimeError: boom at the top" in text
    assert "RuntimeError: boom at the top" in proc.stderr   # the default hook still runs


def test_qt_messages_reach_the_log(log_file: Path, qtbot) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from companion.ui.app_log import install_qt_message_handler

    logs.setup_logging(log_file, "info")
    install_qt_message_handler()
    try:
        qWarning("a Qt warning for the log")
    finally:
        qInstallMessageHandler(None)
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING" in text and "companion.qt: a Qt warning for the log" in text


def test_app_events_are_logged_without_telling_tense_from_calm(log_file: Path, qtbot) -> None:
    from PySide6.QtCore import QObject, Signal

    from companion.ui.app_log import log_app_events
    from companion.ui.icons import TrayState

    class FakeEngine(QObject):
        fault = Signal(str, float)
        recovered = Signal(str)
        paused_changed = Signal(bool)

    class FakeController(QObject):
        state_changed = Signal(object)

    engine, controller = FakeEngine(), FakeController()
    logs.setup_logging(log_file, "debug")
    log_app_events(engine, controller)
    engine.fault.emit("the microphone was unplugged", 4.0)
    engine.recovered.emit("USB headset")
    engine.paused_changed.emit(True)
    for state in (TrayState.IN_CALL, TrayState.TENSE, TrayState.IN_CALL, TrayState.LISTENING):
        controller.state_changed.emit(state)
    text = log_file.read_text(encoding="utf-8")
    assert "listening fault: the microphone was unplugged (retry in 4 s)" in text
    assert "listening again (USB headset)" in text and "listening paused" in text
    assert text.count("state: in-call") == 1 and "state: listening" in text
    assert "tense" not in text.lower()


def test_cli_error_is_printed_once_when_the_log_cannot_be_written(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    env = {**os.environ, "COMPANION_LOG_DIR": str(blocker / "logs")}
    done = subprocess.run([sys.executable, "-m", "companion", "data", "export",
                           str(tmp_path / "x.json")], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode != 0
    assert done.stderr.count("nothing is stored yet") == 1, done.stderr
