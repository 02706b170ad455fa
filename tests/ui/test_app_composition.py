"""The composition root's steps, each on its own: build, wire, follow settings, shut down.

No monkeypatching: the parts are built for real (demo source, throw-away store, offscreen
fallback window) and faked only where the builder takes a collaborator (autostart).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from companion.app import AppOptions, load_settings
from companion.app.lifecycle import DECKS_AFTER_ICON_MS, CommandRouter, shutdown, start
from companion.app.parts import AppParts, OwnInputFlag, SourceFactory, build
from companion.app.wiring import follow_settings, wire
from companion.audio.block_source import MicBlockSource
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.session import Offer
from companion.settings import save_user_settings
from companion.ui.autostart import Autostart


class FailingAutostart(Autostart):
    """An autostart entry that cannot be written (a read-only home, say)."""

    def set_enabled(self, on: bool) -> None:
        raise CompanionError("cannot write the autostart entry", "check your home folder")


@pytest.fixture
def parts(qapp: Any, tmp_path: Path) -> Any:
    paths = AppPaths.from_environment()
    autostart = Autostart(platform="linux", home=tmp_path / "home", env={})
    built = build(AppOptions(demo=True, speed=20.0, stats_file=tmp_path / "stats.json"),
                  paths, load_settings(paths), autostart=autostart)
    yield built
    shutdown(built)


def test_build_makes_parts_that_do_not_run_yet(parts: AppParts) -> None:
    assert parts.stats.presence == "window"          # offscreen: no tray, fallback window
    assert parts.store is not None and parts.demo_dir is not None
    assert Path(parts.store.path).parent == parts.demo_dir   # the demo's throw-away store
    assert not parts.engine.running
    assert parts.cards is None                       # the decks load after the icon shows
    parts.openers.install_cards()
    assert parts.cards is not None                   # bundled decks load
    assert parts.clock() > 0


def test_start_loads_the_decks_once_the_icon_is_up(parts: AppParts, qtbot: Any) -> None:
    wire(parts)
    start(parts)
    assert parts.cards is None                       # not before the loop's first turn
    qtbot.waitUntil(lambda: parts.cards is not None)
    assert parts.openers.card_opener is not None


def test_a_card_asked_for_before_that_loads_them_first(parts: AppParts) -> None:
    parts.openers.open_card("between_calls")
    assert parts.cards is not None and parts.cards.window.isVisible()
    installed = parts.cards
    parts.openers.install_cards()                    # once only
    assert parts.cards is installed


def test_shutdown_cancels_a_pending_install(qapp: Any, tmp_path: Path, qtbot: Any) -> None:
    paths = AppPaths.from_environment()
    built = build(AppOptions(demo=True, speed=20.0), paths, load_settings(paths),
                  autostart=Autostart(platform="linux", home=tmp_path / "home", env={}))
    start(built)
    shutdown(built)                                  # before the loop turned
    after: list[bool] = []
    QTimer.singleShot(DECKS_AFTER_ICON_MS, lambda: after.append(True))   # timers of the same
    qtbot.waitUntil(lambda: bool(after))          # interval fire in order: after start's
    assert built.cards is None


def test_wire_connects_stats_and_the_own_input_flag(parts: AppParts) -> None:
    wire(parts)
    parts.controller.call_finished.emit(object())
    parts.controller.offer_ready.emit(Offer(reason="tense_call", moment="after_tense",
                                            choices=("breathe",), offered_at=0.0))
    parts.engine.fault.emit("gone", 1.0)
    parts.engine.paused_changed.emit(True)
    assert (parts.stats.calls, parts.stats.offers, parts.stats.faults) == (1, 1, 1)
    assert parts.own_input() is False
    parts.engine.paused_changed.emit(False)
    assert parts.own_input() is True


def test_saved_settings_reach_the_running_parts(parts: AppParts, tmp_path: Path) -> None:
    wire(parts)
    old = parts.settings.effective
    new_user = dataclasses.replace(parts.settings.current.user, tense_threshold=80.0,
                                   autostart=True)
    window = parts.settings.open_window()
    try:
        assert parts.controller.tense_threshold != 80.0    # nothing changes until a save
        save_user_settings(parts.paths.settings_file, new_user)
        parts.settings.on_saved(new_user)
    finally:
        window.close()
    assert parts.settings.effective.tense_threshold == 80.0 != old.tense_threshold
    assert parts.controller.tense_threshold == 80.0
    assert parts.openers.context.settings is parts.settings.effective
    assert parts.autostart.is_enabled()


def test_an_autostart_failure_is_a_notice(parts: AppParts, tmp_path: Path) -> None:
    parts.autostart = FailingAutostart(platform="linux", home=tmp_path, env={})
    old = parts.settings.effective
    follow_settings(parts, dataclasses.replace(old, autostart=not old.autostart), old)
    message = parts.presence.message_label.text()   # the fallback window shows it
    assert "cannot write the autostart entry" in message


def test_a_saved_language_applies_to_windows_opened_afterwards(parts: AppParts,
                                                               ui_language) -> None:
    from companion.ui.prompt import PromptWindow

    old = parts.settings.effective
    parts.openers.install_cards()
    assert parts.cards is not None and parts.cards.library.languages == ("en",)
    follow_settings(parts, dataclasses.replace(old, language="de"), old)
    german = PromptWindow().windowTitle()
    assert parts.cards.library.languages == ("de", "en")      # the decks' German variants
    follow_settings(parts, old, dataclasses.replace(old, language="de"))
    assert PromptWindow().windowTitle() == "Companion offer" != german
    assert parts.cards.library.languages == ("en",)


def test_shutdown_releases_everything_once(parts: AppParts) -> None:
    wire(parts)
    start(parts)
    demo_dir = parts.demo_dir
    assert demo_dir is not None and demo_dir.exists()
    shutdown(parts)
    shutdown(parts)                                   # idempotent: a second call is a no-op
    assert parts.closed and not parts.engine.running
    assert not demo_dir.exists()
    assert parts.store is not None
    with pytest.raises(CompanionError, match="closed"):
        parts.store.calls()
    assert parts.options.stats_file is not None
    report = json.loads(parts.options.stats_file.read_text())
    assert report["presence"] == "window"


def test_command_router_waits_for_its_target() -> None:
    router = CommandRouter()
    with pytest.raises(CompanionError, match="still starting"):
        router("show", {})
    router.target = lambda cmd, args: {"done": cmd, **args}
    assert router("card", {"moment": "start_of_shift"}) == {"done": "card",
                                                              "moment": "start_of_shift"}


def test_source_factory_keeps_one_demo_source_and_opens_no_mic_early() -> None:
    demo = SourceFactory(AppOptions(demo=True, speed=4.0))
    first = demo.for_device(None)()
    assert demo.for_device("ignored in the demo")() is first   # a paused demo continues
    mic = SourceFactory(AppOptions()).for_device("Headset")
    assert callable(mic)                  # nothing opened until the engine thread calls it
    source = mic()
    assert isinstance(source, MicBlockSource)


def test_own_input_flag_follows_pauses() -> None:
    flag = OwnInputFlag()
    assert flag()
    flag.on_paused(True)
    assert not flag()
