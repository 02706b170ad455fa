"""Start, run and shut down the tray app (GUI thread).

:func:`run` is the whole life of the app: :func:`launch` (checks, settings, single instance,
then build -> wire -> start) and, when the event loop ends, :func:`shutdown`, the one place
where the app lets go of its resources. :func:`shutdown` is idempotent, so anything that ends
the app (the Quit action, ``companion quit``, ``--exit-after``, the session ending) may call it.

How a session ends (signals, the session manager, ``WM_ENDSESSION``, ``aboutToQuit``) is
:mod:`companion.ui.session_end`: it stores the running call (cut short) and an offer on screen
through the shell, then ends the event loop; :func:`shutdown` follows as always. Each teardown
step runs even if an earlier one fails, so the store is closed, the data folder unlocked and
temporary files removed whatever happened.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer

from companion import APP_NAME, ipc
from companion.app.options import AppOptions, check_allowed, check_display, load_settings
from companion.app.parts import AppParts, build
from companion.app.wiring import wire
from companion.errors import CompanionError
from companion.logs import runtime_summary
from companion.paths import AppPaths
from companion.ui.app_log import install_qt_message_handler, log_qt_start
from companion.ui.application import gui_application
from companion.ui.autostart import sync_autostart
from companion.ui.i18n import Tr
from companion.ui.qtcompat import emit_steals_result
from companion.ui.session_end import SessionEnd

_tr = Tr("App")

log = logging.getLogger(__name__)

#: Milliseconds after the tray icon is shown that the decks load and the card window is made
#: (reading and checking the decks takes 0.1-0.25 s; the icon's first paint, a few round
#: trips to the tray host, should not wait for it). A card asked for sooner loads them then.
DECKS_AFTER_ICON_MS = 1000


class CommandRouter:
    """IPC handler that exists before the shell does: the single-instance name is claimed
    first, so a second launch returns at once; commands go to ``target`` once it is set."""

    def __init__(self) -> None:
        self.target: ipc.Handler | None = None

    def __call__(self, cmd: str, args: dict) -> dict:
        """Serve one IPC command (``CompanionError`` while the app is starting)."""
        if self.target is None:
            raise CompanionError("Companion is still starting", "try again in a moment")
        return self.target(cmd, args)


def run(options: AppOptions) -> int:
    """Start the tray app and run it until the agent quits. Returns the exit code."""
    parts = launch(options)
    if parts is None:
        return 0
    code = 1
    try:
        code = exec_event_loop()
    finally:
        shutdown(parts)
        log.info("quit (exit code %d)", code)
    return code


def exec_event_loop() -> int:
    """Run Qt's event loop until the app quits; its exit code."""
    return int(gui_application().exec())


def launch(options: AppOptions) -> AppParts | None:
    """Everything up to the event loop; None when another instance runs (the command was
    forwarded to it) or a sign-in start finds autostart off."""
    check_display()
    paths = AppPaths.from_environment()
    log.info("%s starting%s; data folder %s", runtime_summary(),
             " in demo mode" if options.demo else "", paths.data_dir)
    settings = load_settings(paths)
    check_allowed(options, settings.effective)
    if options.autostart and not settings.effective.autostart:
        log.info("started at sign-in, but 'Start with the system' (autostart) is off: exiting")
        return None
    install_qt_message_handler()
    log_qt_start(gui_application(APP_NAME, quit_on_last_window=False,
                                 language=settings.effective.language))
    router = CommandRouter()
    server = ipc.claim_single_instance(router)
    if server is None and options.autostart:   # a second sign-in entry: stay quiet
        log.info("started at sign-in, already running in this session: exiting")
        return None
    if server is None:
        ipc.send_command(options.command, dict(options.command_args))
        log.info("already running in this session: sent '%s' to it", options.command)
        print(f"{APP_NAME} is already running; sent '{options.command}' to it.")
        return None
    parts = build(options, paths, settings, server=server)
    router.target = parts.shell.handle_command
    wire(parts)
    parts.session_end = SessionEnd(gui_application(), checkpoint=parts.shell.checkpoint,
                                   end=parts.shell.end_session)
    parts.session_end.install()
    start(parts)
    return parts


def start(parts: AppParts) -> None:
    """Show the presence, bring the agent's sign-in entry in line with the ``autostart``
    setting (not in the demo), show the first notices and, on the first start, the welcome;
    then start listening."""
    parts.presence.show()
    parts.stats.tray_shown_at = time.time()
    QTimer.singleShot(0, parts.stats.mark_painted)   # the loop's first turn paints the icon
    QTimer.singleShot(DECKS_AFTER_ICON_MS, parts.openers.install_cards)
    store_notice = parts.store.recovered_notice if parts.store is not None \
        else parts.store_notice
    autostart_problem = None if parts.options.demo else sync_autostart(
        parts.settings.effective.autostart, autostart=parts.autostart)
    for line in (parts.settings.current.notice, store_notice, autostart_problem):
        if line:
            parts.presence.show_message(APP_NAME, line)
    if parts.options.demo:
        parts.presence.show_message(_tr("%1 demo", APP_NAME),
                                    _tr("Listening to a simulated shift (no microphone)."))
    else:
        parts.first_run.maybe_show()   # the first start: welcome and microphone check
    emit_steals_result()   # probe the Qt binding once, on this thread, before the engine runs
    parts.engine.start()
    parts.controller.start()
    if parts.options.exit_after_s is not None:
        parts.exit_timer.start(int(parts.options.exit_after_s * 1000))
    parts.purge_timer.start()


def shutdown(parts: AppParts) -> None:
    """Stop everything and let go of every resource (idempotent)."""
    if parts.closed:
        return
    if parts.session_end is not None:
        parts.session_end.finish("quit")   # (normally done already, by aboutToQuit)
    stop(parts)
    release(parts)


def _steps(*steps: tuple[str, Callable[[], object] | None]) -> None:
    """Run each ``(name, action)`` in order (None = nothing to do); a failure is logged and
    the remaining steps still run."""
    for name, action in steps:
        if action is None:
            continue
        try:
            action()
        except Exception:
            log.exception("shutdown: %s failed", name)


def stop(parts: AppParts) -> None:
    """Stop timers, the engine thread and the windows; keep the running call (cut short) and
    the current minute. The store stays open (see :func:`release`)."""
    parts.openers.card_installer = None   # start's pending install must not run after this
    _steps(("retention timer", parts.purge_timer.stop), ("exit timer", parts.exit_timer.stop),
           ("engine", parts.engine.stop), ("session", parts.controller.stop),
           ("deck watcher", parts.cards.stop if parts.cards is not None else None),
           ("command channel", parts.server.close if parts.server is not None else None),
           ("tray", parts.presence.hide))


def release(parts: AppParts) -> None:
    """Close the store, unlock the data folder, remove the demo's throw-away folder, write
    ``--stats-file``, give the signals back."""
    parts.closed = True
    demo_dir, stats_file = parts.demo_dir, parts.options.stats_file
    _steps(("store", parts.store.close if parts.store is not None else None),
           ("data folder lock", parts.data_lock.release if parts.data_lock is not None
            else None),
           ("demo files", (lambda: shutil.rmtree(demo_dir, ignore_errors=True))
            if demo_dir is not None else None),
           ("stats", (lambda: parts.stats.write(stats_file)) if stats_file is not None
            else None),
           ("signals", parts.session_end.uninstall if parts.session_end is not None else None))
