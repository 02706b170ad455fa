"""The wiring step of the composition root: connects the parts' signals (GUI thread).

The shell connects the menu, the prompt and the engine-to-controller signals itself
(:meth:`companion.ui.shell.AppShell._connect`); :func:`wire` connects what belongs to no
single part: run statistics, the mic-in-use flag, the saved baseline, retention and settings
changes.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any

from companion.app.parts import AppParts, apply_look, busy_detector
from companion.errors import CompanionError
from companion.settings import Settings
from companion.store import Store
from companion.ui.app_log import log_app_events
from companion.ui.application import gui_application
from companion.ui.autostart import sync_autostart
from companion.ui.i18n import Tr, preferred_languages

_tr = Tr("App")

log = logging.getLogger(__name__)


def wire(parts: AppParts) -> None:
    """Connect the signals between the parts (call once, before ``start``)."""
    engine, controller, stats = parts.engine, parts.controller, parts.stats
    engine.update.connect(stats.count_update)
    engine.fault.connect(stats.count_fault)
    controller.call_finished.connect(stats.count_call)
    controller.offer_ready.connect(stats.count_offer)
    engine.paused_changed.connect(parts.own_input.on_paused)
    if parts.store is not None and parts.demo_dir is None:   # the demo's baseline is not kept
        engine.baseline_ready.connect(functools.partial(save_baseline, parts.store))
    parts.purge_timer.timeout.connect(functools.partial(purge, parts))
    parts.exit_timer.timeout.connect(parts.shell.quit)
    parts.settings.changed.connect(functools.partial(follow_settings, parts))
    log_app_events(engine, controller)


def follow_settings(parts: AppParts, new: Settings, old: Settings) -> None:
    """The agent saved the settings window: the running parts take the new values."""
    parts.policy.update_settings(new)
    parts.controller.tense_threshold = new.tense_threshold
    parts.openers.context.settings = new
    look = apply_look(new)
    parts.prompt.discreet = new.discreet_wording
    parts.prompt.auto_hide_s = float(new.prompt_auto_hide_s)
    parts.prompt.set_high_contrast(look.high_contrast)
    parts.shell.busy = busy_detector(new)
    if new.language != old.language:   # windows opened from now on; the menu on restart
        gui_application(language=new.language)
        if parts.cards is not None:      # the decks' variants in the new language
            parts.cards.library.set_languages(preferred_languages(new.language))
    if new.autostart != old.autostart:
        problem = sync_autostart(new.autostart, autostart=parts.autostart)
        if problem:
            parts.presence.show_message(_tr("Start with the system"), problem)
    options = parts.options
    if not options.demo and options.device is None and new.input_device != old.input_device:
        parts.engine.replace_source(parts.sources.for_device(new.input_device))


def purge(parts: AppParts) -> None:
    """Apply the retention period to the agent's store (not to the demo's)."""
    if parts.store is None or parts.demo_dir is not None:
        return
    try:
        parts.store.maybe_purge(parts.settings.effective.retention_days)
    except CompanionError as exc:
        log.warning("retention purge failed: %s", exc.one_line())


def save_baseline(store: Store, data: Mapping[str, Any]) -> None:
    """Keep the agent's learnt baseline (a failure costs a recalibration, nothing more)."""
    try:
        store.save_baseline(data)
    except CompanionError as exc:
        log.warning("baseline not saved: %s", exc.one_line())
