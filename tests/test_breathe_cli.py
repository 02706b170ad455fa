"""``companion breathe``: bad input, forwarding to a running instance over the local command
channel (a real server in this process, the CLI in a subprocess) and the standalone guide
(offscreen, clock sped up) recording its session in the store."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from companion.cli import main
from companion.errors import CompanionError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def ipc_name(monkeypatch: pytest.MonkeyPatch) -> str:
    name = f"companion-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("COMPANION_IPC_NAME", name)
    return name


def run_cli(*args: str, timeout: float = 60.0) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "companion", "breathe", *args], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.parametrize(("args", "message"), [
    (["--duration", "5"], "--duration 5 is out of range — give 10 to 600 seconds"),
    (["--duration", "nan"], "--duration nan is out of range"),
    (["--duration", "601"], "--duration 601 is out of range"),
    (["--pattern", "nope"], "no breathing pattern 'nope' — known patterns: 4-7-8, box, "
                            "cyclic-sighing, quick-reset, resonance"),
    (["--pattern", " "], "--pattern is empty"),
    (["--speed", "0"], "--speed 0 is out of range"),
    (["--language", "not a tag"], "--language 'not a tag' is not a language tag — give one "
                                  "like de, es, fr or pt-BR"),
])
def test_bad_input_is_one_line(ipc_name, capsys, args: list[str], message: str) -> None:
    code = main(["breathe", *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("companion: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_personal_pattern_does_not_hide_the_good_ones(ipc_name, isolated_dirs,
                                                         capsys) -> None:
    folder = isolated_dirs["config"] / "breathing_patterns"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('name = "Mine"\ncycles = 2\n', encoding="utf-8")
    assert main(["breathe", "--pattern", "mine"]) == 2
    assert "no breathing pattern 'mine'" in capsys.readouterr().err


def test_standalone_runs_the_guide_and_records_it(ipc_name, isolated_dirs) -> None:
    proc = run_cli("--pattern", "quick-reset", "--duration", "10", "--speed", "40")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "breathing: quick-reset completed after 10 s" in out
    from companion.paths import AppPaths
    from companion.store import Store

    with Store.open(AppPaths.from_environment().database_file) as store:
        (rec,) = store.interventions()
    assert (rec.kind, rec.item_id, rec.outcome, rec.feeling) == (
        "breathing", "quick-reset", "completed", None)


def test_standalone_shows_the_pattern_in_the_language_asked_for(
        ipc_name, isolated_dirs, capsys, monkeypatch) -> None:
    import companion.app
    import companion.ui.breathing_overlay as overlay

    chosen = []

    def resolve(*args, **kw):
        chosen.append(real(*args, **kw))
        return chosen[-1]

    def no_display() -> None:
        raise CompanionError("stop here")

    real = overlay.resolve_pattern
    monkeypatch.setattr(overlay, "resolve_pattern", resolve)
    monkeypatch.setattr(companion.app, "check_display", no_display)
    for languages, name in ((["de-CH"], "Box-Atmung"), (["pt_BR", "en"], "Respiração quadrada"),
                            ([], "Box breathing")):
        flags = [part for tag in languages for part in ("--language", tag)]
        assert main(["breathe", "--standalone", "--pattern", "box", *flags]) == 2
        assert chosen[-1].name == name and chosen[-1].phases[0].seconds == 4
    from companion.paths import AppPaths

    settings = AppPaths.from_environment().settings_file   # no --language: the setting's
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('language = "es"\n', encoding="utf-8")
    assert main(["breathe", "--standalone", "--pattern", "box"]) == 2
    assert chosen[-1].name == "Respiración cuadrada"
    assert "stop here" in capsys.readouterr().err


def test_standalone_without_a_display_says_so(ipc_name, capsys, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if sys.platform in ("win32", "darwin"):
        pytest.skip("always has a display")
    assert main(["breathe", "--pattern", "box"]) == 2
    err = capsys.readouterr().err
    assert "no graphical display" in err and err.count("\n") == 1


class Handler:
    def __init__(self, refuse: bool = False) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.refuse = refuse

    def __call__(self, cmd: str, args: dict) -> dict:
        self.calls.append((cmd, args))
        if self.refuse:
            raise CompanionError("no breathing pattern 'box2'", "known patterns: box")
        return {"done": cmd}


@pytest.mark.parametrize("refuse", [False, True])
def test_forwards_to_the_running_instance(qtbot, ipc_name, refuse: bool) -> None:
    from companion import ipc

    handler = Handler(refuse)
    server = ipc.IpcServer(handler)
    server.start()
    try:
        proc = run_cli("--pattern", "box", "--duration", "60")
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)
        out, err = proc.communicate()
    finally:
        server.close()
    assert handler.calls == [("breathe", {"pattern": "box", "duration_s": 60.0})]
    if refuse:
        assert proc.returncode == 2
        assert err.strip() == ("companion: error: Companion could not open the breathing "
                               "guide: no breathing pattern 'box2' — known patterns: box")
    else:
        assert proc.returncode == 0, err
        assert out.strip() == "Opened the breathing guide in the running Companion."
