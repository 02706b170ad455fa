"""Composition root of the tray app: build the objects, inject them, connect them.

Runs on the GUI (main) thread; the only other thread is the engine's (``ui/engine.py``).
Nothing here holds behaviour: the handlers live in :class:`companion.ui.shell.AppShell`, the
session wiring in :class:`companion.ui.controller.SessionController`, the audio loop in
:class:`companion.ui.engine.Engine`.

Order of start-up: display check -> settings (+ IT policy) -> ``QApplication`` -> single
instance (a second launch forwards its command and exits 0) -> store and baseline -> call
state machine, policy, mic detector -> engine -> tray (or fallback window) -> event loop.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings, load_user_settings

log = logging.getLogger(__name__)

#: QT_QPA_PLATFORM values that need no display server.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
#: Seconds of speech the demo calibrates its (throw-away) baseline on.
DEMO_CALIBRATION_S = 45.0


class NoDisplayError(CompanionError):
    """There is no graphical session to show a tray app in."""


@dataclass(frozen=True)
class AppOptions:
    """How ``companion`` was started (from ``companion.cli.app_cmd``).

    ``speed`` scales the demo (1 = real time); ``exit_after_s`` ends the app after that many
    seconds (tests, benchmarks); ``stats_file`` receives a JSON report at exit (benchmarks);
    ``command`` is forwarded to an instance that already runs.
    """

    demo: bool = False
    speed: float = 1.0
    device: str | None = None
    exit_after_s: float | None = None
    stats_file: Path | None = None
    demo_script: tuple[tuple[str, float], ...] | None = None
    command: str = "show"
    command_args: Mapping[str, Any] = field(default_factory=dict)


def check_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> None:
    """Raise :class:`NoDisplayError` when Qt would have no display to open (Linux/BSD).

    Qt aborts the process when it cannot connect to a display, so this runs before the
    ``QApplication`` exists.
    """
    env = os.environ if env is None else env
    platform = platform or sys.platform
    if platform in ("win32", "darwin"):
        return
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if qpa in HEADLESS_PLATFORMS:
        return
    if qpa == "wayland" and env.get("WAYLAND_DISPLAY"):
        return
    if qpa == "xcb" and env.get("DISPLAY"):
        return
    if not qpa and (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return
    raise NoDisplayError(
        "no graphical display for Companion's windows (DISPLAY and WAYLAND_DISPLAY are not set)",
        "start Companion in a desktop session; on a server use 'companion analyze' or "
        "'companion self-test'",
    )


def load_settings(paths: AppPaths) -> tuple[Settings, Settings, set[str], str | None]:
    """(effective, user layer, keys locked by IT, notice).

    Effective settings are defaults < the agent's settings < IT policy; a bad value anywhere
    is ignored (its default applies) and the first problem becomes the notice. The user layer
    is what the settings window edits: defaults when the agent's file cannot be used.
    """
    from companion.policy import effective_settings
    from companion.ui.settings_window import locked_keys_from

    eff = effective_settings(paths)
    for problem in eff.problems:
        log.warning("settings/policy: %s", problem)
    log.info("policy sources %s; set by policy: %s", ", ".join(eff.sources),
             ", ".join(eff.locked_keys()) or "nothing")
    try:
        user = load_user_settings(paths.settings_file)
    except CompanionError:
        user = Settings()
    notice = eff.problems[0] if eff.problems else None
    return eff.settings, user, locked_keys_from(eff), notice


class ScaledClock:
    """Epoch seconds that run ``speed`` times faster than the wall clock from creation on
    (a sped-up demo keeps call times, wrap-up and minute aggregates consistent)."""

    def __init__(self, speed: float = 1.0, *, wall: Callable[[], float] = time.time,
                 mono: Callable[[], float] = time.monotonic) -> None:
        self.speed = float(speed)
        self._wall0, self._mono0, self._mono = wall(), mono(), mono

    def __call__(self) -> float:
        return self._wall0 + (self._mono() - self._mono0) * self.speed


@dataclass
class RunStats:
    """Numbers the benchmark reads from ``--stats-file`` (seconds, epoch seconds, bytes)."""

    started_at: float
    tray_shown_at: float | None = None
    latencies_s: list[float] = field(default_factory=list)
    updates: int = 0
    stream_s: float = 0.0
    calls: int = 0
    offers: int = 0
    faults: int = 0
    presence: str = ""

    def write(self, path: Path) -> None:
        """Write the JSON report, with the process' CPU time and peak RSS."""
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        lat = sorted(self.latencies_s)
        report = {
            "started_at": self.started_at, "tray_shown_at": self.tray_shown_at,
            "updates": self.updates, "stream_s": self.stream_s, "calls": self.calls, "offers": self.offers,
            "faults": self.faults, "presence": self.presence,
            "cpu_user_s": usage.ru_utime, "cpu_system_s": usage.ru_stime,
            "max_rss_kb": usage.ru_maxrss,
            "latency_p50_s": lat[len(lat) // 2] if lat else None,
            "latency_p95_s": lat[int(len(lat) * 0.95)] if lat else None,
            "latency_max_s": lat[-1] if lat else None,
        }
        path.write_text(json.dumps(report, indent=1), encoding="utf-8")


def run_app(options: AppOptions) -> int:  # noqa: PLR0915 - a composition root is a long list
    """Start the tray app and run it until the agent quits. Returns the exit code."""
    stats = RunStats(started_at=time.time())
    check_display()
    paths = AppPaths.from_environment()
    from companion.logs import runtime_summary

    log.info("%s starting%s; data folder %s", runtime_summary(),
             " in demo mode" if options.demo else "", paths.data_dir)
    settings, user_settings, locked, notice = load_settings(paths)
    if options.device is not None and not settings.allow_device_selection:
        raise CompanionError("--device is not allowed: your organisation's policy chooses the "
                             "microphone (allow_device_selection)", "run 'companion' without "
                             "--device")
    if options.demo and settings.demo_disabled:
        raise CompanionError("demo mode is turned off by your organisation's policy "
                             "(demo_disabled)", "ask your IT team, or run 'companion' normally")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QSystemTrayIcon

    from companion import APP_NAME, ipc
    from companion.session import (
        CallSignal,
        CallStateMachine,
        InterventionPolicy,
        detector_for_platform,
        handle_call_command,
    )
    from companion.ui.actions import AppActions
    from companion.ui.app_log import install_qt_message_handler, log_app_events, log_qt_start
    from companion.ui.application import gui_application
    from companion.ui.autostart import Autostart
    from companion.ui.controller import SessionController
    from companion.ui.engine import Engine
    from companion.ui.fallback_window import FallbackWindow
    from companion.ui.icons import IconSet
    from companion.ui.openers import WindowOpeners
    from companion.ui.prompt import PromptWindow
    from companion.ui.qtcompat import emit_steals_result
    from companion.ui.settings_window import SettingsWindow
    from companion.ui.shell import AppShell
    from companion.ui.tray import Tray

    install_qt_message_handler()
    app = gui_application(APP_NAME, quit_on_last_window=False)
    log_qt_start(app)

    # Single instance: claim the local name first so a second launch returns at once.
    route: dict[str, Callable[[str, dict], dict]] = {}

    def handler(cmd: str, args: dict) -> dict:
        if "shell" not in route:
            raise CompanionError("Companion is still starting", "try again in a moment")
        return route["shell"](cmd, args)

    server = ipc.claim_single_instance(handler)
    if server is None:
        ipc.send_command(options.command, dict(options.command_args))
        log.info("already running in this session: sent '%s' to it", options.command)
        print(f"{APP_NAME} is already running; sent '{options.command}' to it.")
        return 0

    # Data: the agent's store, or a throw-away one for the demo (demo numbers never mix in).
    demo_dir = Path(tempfile.mkdtemp(prefix="companion-demo-")) if options.demo else None
    clock: Callable[[], float] = ScaledClock(options.speed) if options.demo else time.time
    store, baseline = _open_store(paths, demo_dir, settings)

    machine = CallStateMachine.from_settings(settings, clock)
    policy = InterventionPolicy(settings, clock)
    icons = IconSet()
    actions = AppActions()
    use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    presence: Any = Tray(actions, icons) if use_tray else FallbackWindow(actions, icons)
    stats.presence = "tray" if use_tray else "window"
    prompt = PromptWindow()
    openers = WindowOpeners(presence.show_message, settings=settings, store=store,
                            paths=paths, clock=clock)
    cards = _install_cards(openers, presence)   # card window + deck hot reload
    from companion.ui.dashboard import install_dashboard

    install_dashboard(openers)                  # Dashboard menu item, IPC 'dashboard'

    device = options.device if options.device is not None else settings.input_device
    speed = options.speed

    def source_factory(name: str | None = device) -> Callable[[], Any]:
        """Called on the engine thread, so the audio/DSP imports never delay the tray."""
        if options.demo:
            made: list[Any] = []

            def demo_source() -> Any:
                if not made:   # one paced source: a paused demo continues where it was
                    from companion.audio import DemoSource
                    from companion.audio.block_source import PacedBlockSource

                    demo = DemoSource(script=options.demo_script)
                    made.append(PacedBlockSource(demo.blocks, speed=speed, name="demo shift"))
                return made[0]

            return demo_source
        def mic_source() -> Any:
            from companion.audio.block_source import MicBlockSource

            return MicBlockSource(name)

        return mic_source

    # The demo's first calm call is shorter than a real calibration: learn from 45 s of speech.
    calibration_s = DEMO_CALIBRATION_S if options.demo else None
    def pipeline() -> Any:
        """Called on the engine thread: the DSP imports happen there."""
        from companion.pipeline import VoicePipeline

        return VoicePipeline(baseline, settings=settings, calibration_s=calibration_s)

    engine = Engine(source_factory(), pipeline)
    own_input = [True]
    detector = None if options.demo else detector_for_platform(
        own_input_active=lambda: own_input[0])
    controller = SessionController(
        machine, policy, store, clock=clock, tense_threshold=settings.tense_threshold,
        detector=detector, demo=options.demo)

    def settings_window() -> SettingsWindow:
        window = SettingsWindow(user_settings, paths.settings_file, locked=locked,
                                effective=settings, list_devices=_device_names)
        window.saved.connect(on_settings_saved)
        return window

    shell = AppShell(
        engine=engine, controller=controller, presence=presence, actions=actions,
        prompt=prompt, openers=openers, call_signals=(CallSignal.MANUAL, CallSignal.IPC),
        call_command=lambda cmd, args: handle_call_command(machine, cmd, args),
        settings_window=settings_window)
    route["shell"] = shell.handle_command
    log_app_events(engine, controller)

    def on_settings_saved(new_user: Settings) -> None:
        nonlocal settings, user_settings
        old_device, old_autostart = settings.input_device, settings.autostart
        user_settings = new_user
        settings, _, _, _ = load_settings(paths)
        policy.update_settings(settings)
        controller.tense_threshold = settings.tense_threshold
        openers.context["settings"] = settings
        if settings.autostart != old_autostart:
            try:
                Autostart().set_enabled(settings.autostart)
            except CompanionError as exc:
                presence.show_message("Start with the system", exc.one_line())
        if not options.demo and options.device is None and settings.input_device != old_device:
            engine.replace_source(source_factory(settings.input_device))

    # Bookkeeping for the benchmark and the baseline.
    def on_update(update: Any) -> None:
        stats.updates += 1
        stats.stream_s = update.t_s
        stats.latencies_s.append(time.perf_counter() - update.read_at)

    engine.update.connect(on_update)
    engine.paused_changed.connect(lambda paused: own_input.__setitem__(0, not paused))
    engine.fault.connect(lambda *_: setattr(stats, "faults", stats.faults + 1))
    controller.call_finished.connect(lambda _: setattr(stats, "calls", stats.calls + 1))
    controller.offer_ready.connect(lambda _: setattr(stats, "offers", stats.offers + 1))
    if store is not None and demo_dir is None:
        engine.baseline_ready.connect(lambda data: _save_baseline(store, data))

    presence.show()
    stats.tray_shown_at = time.time()
    for line in (notice, getattr(store, "recovered_notice", None)):
        if line:
            presence.show_message(APP_NAME, line)
    if options.demo:
        presence.show_message(f"{APP_NAME} demo",
                              "Listening to a simulated shift (no microphone).")
    emit_steals_result()   # probe the Qt binding once, on this thread, before the engine runs
    engine.start()
    controller.start()
    if options.exit_after_s is not None:
        QTimer.singleShot(int(options.exit_after_s * 1000), shell.quit)
    purge = QTimer()   # retention: the store itself purges at most once a day
    purge.setInterval(3600 * 1000)
    purge.timeout.connect(lambda: _purge(store, settings.retention_days, demo_dir))
    purge.start()
    try:
        code = app.exec()
    finally:
        purge.stop()
        engine.stop()
        controller.stop()
        if cards is not None:
            cards.stop()
        server.close()
        presence.hide()
        if store is not None:
            store.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
        if options.stats_file is not None:
            stats.write(options.stats_file)
    log.info("quit (exit code %d)", code)
    return int(code)


def _open_store(paths: AppPaths, demo_dir: Path | None,
                settings: Settings) -> tuple[Any | None, dict | None]:
    """The store (None if it cannot be opened: the app still runs) and the saved baseline."""
    from companion.store import Store

    path = (demo_dir / "demo.sqlite3") if demo_dir is not None else paths.database_file
    try:
        store = Store.open(path)
    except CompanionError as exc:
        log.warning("store unavailable: %s", exc.one_line())
        return None, None
    baseline = None
    if demo_dir is None:
        with contextlib.suppress(CompanionError):
            store.maybe_purge(settings.retention_days)
        with contextlib.suppress(CompanionError):
            baseline = store.load_baseline()
    return store, baseline


def _install_cards(openers: Any, presence: Any) -> Any | None:
    """Hook the cue-card window into ``openers`` (None if that module is not in this build
    or the decks cannot be loaded: the menu item then shows a notice)."""
    try:
        from companion.ui.card_window import install_card_window
    except ImportError:
        return None
    try:
        return install_card_window(openers, anchor=presence.anchor)
    except CompanionError as exc:
        presence.show_message("Cue cards", exc.one_line())
        return None


def _purge(store: Any | None, retention_days: int, demo_dir: Path | None) -> None:
    if store is None or demo_dir is not None:
        return
    try:
        store.maybe_purge(retention_days)
    except CompanionError as exc:
        log.warning("retention purge failed: %s", exc.one_line())


def _save_baseline(store: Any, data: Mapping[str, Any]) -> None:
    try:
        store.save_baseline(data)
    except CompanionError as exc:
        log.warning("baseline not saved: %s", exc.one_line())


def _device_names() -> list[str]:
    """Input device names for the settings window (PortAudio missing -> CompanionError)."""
    from companion.audio import list_input_devices

    return [d.name for d in list_input_devices()]
