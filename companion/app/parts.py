"""The builder of the composition root: makes every part of the running app (GUI thread).

:func:`build` only makes objects and hands each its collaborators; the parts a constructor
connects itself (the shell connects the menu and the engine to the controller) are the only
connections made here. :mod:`companion.app.wiring` connects the rest, and
:mod:`companion.app.lifecycle` starts and shuts them down.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from companion.app.live_settings import LiveSettings, input_device_names
from companion.app.options import AppOptions, AppSettings
from companion.app.stats import RunStats
from companion.errors import CompanionError
from companion.ipc import IpcServer
from companion.paths import AppPaths
from companion.session import (
    BusyDetector,
    CallStateMachine,
    InterventionPolicy,
    busy_detector_for_platform,
    detector_for_platform,
    handle_call_command,
)
from companion.settings import Settings
from companion.store import DataFolderLock, Store
from companion.ui.actions import AppActions
from companion.ui.autostart import Autostart
from companion.ui.calibration import CalibrationStatus
from companion.ui.controller import SessionController
from companion.ui.engine import BlockPipeline, Engine
from companion.ui.fallback_window import FallbackWindow
from companion.ui.i18n import Tr, shown
from companion.ui.icons import IconSet
from companion.ui.openers import DashboardOnDemand, WindowContext, WindowOpeners
from companion.ui.os_look import Look, effective_look, system_look
from companion.ui.prompt import PromptWindow
from companion.ui.session_end import SessionEnd
from companion.ui.shell import AppShell
from companion.ui.theme import apply_app_look
from companion.ui.tray import Presence, Tray
from companion.ui.welcome import FirstRun, open_your_data

_tr = Tr("App")

if TYPE_CHECKING:
    from companion.audio.block_source import BlockSource, PacedBlockSource
    from companion.ui.card_window import CardFeature

log = logging.getLogger(__name__)

#: Seconds of speech the demo calibrates its (throw-away) baseline on: the demo's first calm
#: call is shorter than a real calibration.
DEMO_CALIBRATION_S = 45.0
#: How often the retention purge is asked to run (ms); the store itself purges at most daily.
PURGE_INTERVAL_MS = 3600 * 1000


class ScaledClock:
    """Epoch seconds that run ``speed`` times faster than the wall clock from creation on
    (a sped-up demo keeps call times, wrap-up and minute aggregates consistent)."""

    def __init__(self, speed: float = 1.0, *, wall: Callable[[], float] = time.time,
                 mono: Callable[[], float] = time.monotonic) -> None:
        self.speed = float(speed)
        self._wall0, self._mono0, self._mono = wall(), mono(), mono

    def __call__(self) -> float:
        """Epoch seconds, scaled."""
        return self._wall0 + (self._mono() - self._mono0) * self.speed


class SourceFactory:
    """Makes the engine's audio source: the demo shift, or a microphone by name.

    The factories it returns run on the engine thread, so opening audio (and importing numpy
    and the audio modules) never delays the tray.
    """

    def __init__(self, options: AppOptions) -> None:
        self._options = options
        self._demo: PacedBlockSource | None = None

    def for_device(self, name: str | None) -> Callable[[], BlockSource]:
        """A factory for input device ``name`` (None = system default; ignored in the demo)."""
        if self._options.demo:
            return self._demo_source
        return lambda: mic_source(name)

    def _demo_source(self) -> BlockSource:
        if self._demo is None:   # one paced source: a paused demo continues where it was
            from companion.audio import DemoSource  # synthesised on the engine thread
            from companion.audio.block_source import PacedBlockSource

            demo = DemoSource(script=self._options.demo_script)
            self._demo = PacedBlockSource(demo.blocks, speed=self._options.speed,
                                          name="demo shift")
        return self._demo


def mic_source(name: str | None) -> BlockSource:
    """The microphone ``name`` as a block source (called on the engine thread)."""
    from companion.audio.block_source import MicBlockSource

    return MicBlockSource(name)


class OwnInputFlag:
    """Whether our own input stream is open: the macOS mic-in-use detector must not take
    Companion's own listening for a softphone call. ``on_paused`` follows the engine."""

    def __init__(self) -> None:
        self.active = True

    def __call__(self) -> bool:
        """True while our own stream is open."""
        return self.active

    def on_paused(self, paused: bool) -> None:
        """The engine closed (paused) or reopened its stream."""
        self.active = not paused


@dataclass
class AppParts:
    """Everything the running app is made of (built by :func:`build`)."""

    options: AppOptions
    paths: AppPaths
    settings: LiveSettings
    clock: Callable[[], float]
    demo_dir: Path | None
    store: Store | None
    machine: CallStateMachine
    policy: InterventionPolicy
    actions: AppActions
    presence: Presence
    prompt: PromptWindow
    openers: WindowOpeners
    sources: SourceFactory
    engine: Engine
    own_input: OwnInputFlag
    controller: SessionController
    first_run: FirstRun
    shell: AppShell
    autostart: Autostart
    purge_timer: QTimer
    exit_timer: QTimer
    stats: RunStats
    server: IpcServer | None = None
    #: The data folder's lock (None in the demo, or when another Companion holds it).
    data_lock: DataFolderLock | None = None
    #: Why no history is kept this session (another instance, an unusable store), or None.
    store_notice: str | None = None
    #: The session-end hookup (signals, session manager), installed by ``launch``.
    session_end: SessionEnd | None = None
    closed: bool = False

    @property
    def cards(self) -> CardFeature | None:
        """The decks, their watcher and the card window (None until they are installed,
        after the icon is on screen, or when the decks did not load)."""
        return self.openers.cards


def build(options: AppOptions, paths: AppPaths, settings: AppSettings, *,
          server: IpcServer | None = None, autostart: Autostart | None = None) -> AppParts:
    """Make the parts; nothing runs until :func:`companion.app.lifecycle.start`.

    The demo gets a throw-away store in a temporary folder (demo numbers never mix into the
    agent's history) and a clock sped up like its audio.
    """
    stats = RunStats(started_at=time.time(), keep_latencies=options.stats_file is not None)
    demo_dir = Path(tempfile.mkdtemp(prefix="companion-demo-")) if options.demo else None
    clock: Callable[[], float] = ScaledClock(options.speed) if options.demo else time.time
    store, baseline, data_lock, store_notice = open_store(paths, demo_dir, settings.effective)
    live = LiveSettings(paths, settings)
    machine = CallStateMachine.from_settings(settings.effective, clock)
    policy = InterventionPolicy(settings.effective, clock)
    actions = AppActions()
    presence, stats.presence = make_presence(actions)
    openers = WindowOpeners(presence.show_message, WindowContext(
        settings=settings.effective, store=store, paths=paths, clock=clock))
    # The card window and the decks' hot reload: once the icon is on screen (start).
    openers.card_installer = lambda: install_cards(openers, presence)
    openers.dashboard_opener = DashboardOnDemand(openers.context)   # imported when opened
    sources = SourceFactory(options)
    device = options.device if options.device is not None else settings.effective.input_device
    calibration_s = DEMO_CALIBRATION_S if options.demo else None
    engine = Engine(sources.for_device(device),
                    lambda: voice_pipeline(baseline, live.effective, calibration_s))
    own_input = OwnInputFlag()
    controller = SessionController(
        machine, policy, store, clock=clock, tense_threshold=settings.effective.tense_threshold,
        detector=None if options.demo else detector_for_platform(own_input_active=own_input),
        demo=options.demo)
    look = apply_look(settings.effective)
    prompt = PromptWindow(auto_hide_s=settings.effective.prompt_auto_hide_s,
                          discreet=settings.effective.discreet_wording,
                          high_contrast=look.high_contrast)
    first_run = make_first_run(engine, store, baseline, options, paths, openers, presence, live)
    shell = AppShell(
        engine=engine, controller=controller, presence=presence, actions=actions,
        prompt=prompt, openers=openers,
        call_command=lambda cmd, args: handle_call_command(machine, cmd, args),
        settings_window=live.open_window, first_run=first_run,
        busy=busy_detector(settings.effective))
    purge_timer = QTimer()
    purge_timer.setInterval(PURGE_INTERVAL_MS)
    exit_timer = QTimer()              # --exit-after (tests, benchmarks)
    exit_timer.setSingleShot(True)
    return AppParts(
        data_lock=data_lock, store_notice=store_notice,
        options=options, paths=paths, settings=live, clock=clock, demo_dir=demo_dir,
        store=store, machine=machine, policy=policy, actions=actions, presence=presence,
        prompt=prompt, openers=openers, sources=sources, engine=engine,
        own_input=own_input, controller=controller, first_run=first_run, shell=shell,
        autostart=autostart or Autostart(), purge_timer=purge_timer, exit_timer=exit_timer,
        stats=stats,
        server=server)


def apply_look(settings: Settings) -> Look:
    """The look the windows use (the agent's setting or the OS preference) and the
    application palette for it (the standard windows: settings, dashboard, editor)."""
    from PySide6.QtWidgets import QApplication

    look = effective_look(settings, system_look())
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_app_look(app, high_contrast=settings.high_contrast,
                       system_high_contrast=look.system_high_contrast)
    return look


def busy_detector(settings: Settings) -> BusyDetector | None:
    """Offers wait while the desktop is busy, unless the agent turned that off."""
    return busy_detector_for_platform() if settings.hold_offers_when_busy else None


def make_first_run(engine: Engine, store: Store | None, baseline: dict[str, Any] | None,
                   options: AppOptions, paths: AppPaths, openers: WindowOpeners,
                   presence: Presence, live: LiveSettings) -> FirstRun:
    """The welcome window and the calibration progress. The demo never shows the welcome by
    itself and never touches the agent's baseline."""
    target_s = DEMO_CALIBRATION_S if options.demo else live.effective.calibration_min * 60.0

    def choose_device(name: str) -> None:
        problem = live.save_user(input_device=name)
        if problem:
            presence.show_message(_tr("Microphone"), problem)

    return FirstRun(
        engine, CalibrationStatus(target_s, calibrated=bool(baseline)),
        marker=None if options.demo else paths.welcome_seen_file,
        settings=lambda: live.effective, devices=input_device_names,
        choose_device=choose_device, open_your_data=lambda: open_your_data(openers),
        store=None if options.demo else store, notify=presence.show_message,
        device_locked=lambda: ("input_device" in live.current.locked
                               or options.device is not None),
        high_contrast=lambda: effective_look(live.effective, system_look()).high_contrast)


def voice_pipeline(baseline: dict[str, Any] | None, settings: Settings,
                   calibration_s: float | None) -> BlockPipeline:
    """The engine's pipeline; called on the engine thread, so the DSP imports happen there."""
    from companion.pipeline import VoicePipeline

    return VoicePipeline(baseline, settings=settings, calibration_s=calibration_s)


def open_store(paths: AppPaths, demo_dir: Path | None, settings: Settings
               ) -> tuple[Store | None, dict[str, Any] | None, DataFolderLock | None, str | None]:
    """(store, saved baseline, data-folder lock, notice). The store is None when it cannot
    be opened, or when another Companion holds the data folder (then this one keeps no
    history, so nothing is counted twice; ``docs/deploy.md``); the notice says why."""
    lock = None
    if demo_dir is None:
        try:
            lock = DataFolderLock.acquire(paths.database_file.parent)
        except CompanionError as exc:
            log.warning("not keeping a history: %s", exc.one_line())
            return None, None, None, _tr("Not keeping a history: %1", shown(exc.one_line()))
    path = (demo_dir / "demo.sqlite3") if demo_dir is not None else paths.database_file
    try:
        store = Store.open(path)
    except CompanionError as exc:
        log.warning("store unavailable: %s", exc.one_line())
        if lock is not None:
            lock.release()
        return None, None, None, _tr("Not keeping a history: %1", shown(exc.one_line()))
    baseline = None
    if demo_dir is None:
        with contextlib.suppress(CompanionError):
            store.maybe_purge(settings.retention_days)
        with contextlib.suppress(CompanionError):
            baseline = store.load_baseline()
    return store, baseline, lock, None


def make_presence(actions: AppActions) -> tuple[Presence, str]:
    """The tray icon, or the fallback window where the desktop has no tray; and its kind."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return Tray(actions, IconSet()), "tray"
    return FallbackWindow(actions, IconSet()), "window"


def install_cards(openers: WindowOpeners, presence: Presence) -> CardFeature | None:
    """Hook the cue-card window into ``openers`` (None when the decks cannot be loaded: the
    menu item then shows a notice)."""
    from companion.ui.card_window import install_card_window

    try:
        return install_card_window(openers, anchor=presence.anchor)
    except CompanionError as exc:
        presence.show_message(_tr("Cue cards"), shown(exc.one_line()))
        return None
