"""Start, run and shut down the tray app (GUI thread).

:func:`run` is the whole life of the app: :func:`launch` (checks, settings, single instance,
then build -> wire -> start) and, when the event loop ends, :func:`shutdown`, the one place
where the app lets go of its resources. :func:`shutdown` is idempotent, so anything that ends
the app (the Quit action, ``companion quit``, ``--exit-after``, the session ending) may call it.
"""

from __future__ import annotations

import logging
import shutil
import time

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
from companion.ui.qtcompat import emit_steals_result

log = logging.getLogger(__name__)


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
    log_qt_start(gui_application(APP_NAME, quit_on_last_window=False))
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
    start(parts)
    return parts


def start(parts: AppParts) -> None:
    """Show the presence, bring the agent's sign-in entry in line with the ``autostart``
    setting (not in the demo), show the first notices and, on the first start, the welcome;
    then start listening."""
    parts.presence.show()
    parts.stats.tray_shown_at = time.time()
    store_notice = parts.store.recovered_notice if parts.store is not None else None
    autostart_problem = None if parts.options.demo else sync_autostart(
        parts.settings.effective.autostart, autostart=parts.autostart)
    for line in (parts.settings.current.notice, store_notice, autostart_problem):
        if line:
            parts.presence.show_message(APP_NAME, line)
    if parts.options.demo:
        parts.presence.show_message(f"{APP_NAME} demo",
                                    "Listening to a simulated shift (no microphone).")
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
    stop(parts)
    release(parts)


def stop(parts: AppParts) -> None:
    """Stop timers, the engine thread and the windows; flush the current minute to the
    store. The store stays open (see :func:`release`)."""
    parts.purge_timer.stop()
    parts.exit_timer.stop()
    parts.engine.stop()
    parts.controller.stop()
    if parts.cards is not None:
        parts.cards.stop()
    if parts.server is not None:
        parts.server.close()
    parts.presence.hide()


def release(parts: AppParts) -> None:
    """Close the store, remove the demo's throw-away folder, write ``--stats-file``."""
    parts.closed = True
    if parts.store is not None:
        parts.store.close()
    if parts.demo_dir is not None:
        shutil.rmtree(parts.demo_dir, ignore_errors=True)
    if parts.options.stats_file is not None:
        parts.stats.write(parts.options.stats_file)
