"""Session wiring on the GUI thread: engine updates -> call state -> store -> offers.

Runs on the GUI thread only. :class:`SessionController` receives :class:`~companion.ui.engine.
Engine` signals (already queued to the GUI thread), feeds the wearer's speech to the
``CallStateMachine``, keeps per-call and per-minute arousal summaries (the pipeline's
:class:`~companion.pipeline.calls.CallRecorder` and
:class:`~companion.arousal.ArousalAccumulator`: the same definitions ``companion analyze``
uses), writes aggregates to the store and, when a call ends, asks the ``InterventionPolicy``
whether to offer help. It never
offers anything while a call is on: an offer is re-checked against the call state and the
policy right before it is shown, and a call that starts hides any visible prompt.

Times are epoch seconds from the injected ``clock`` (scaled in a sped-up demo); durations are
seconds of stream time.

The summaries (numpy) are made when first needed, after the tray icon is up: the engine thread
has imported numpy by the time the first update arrives.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from companion.arousal.config import ArousalConfig
from companion.session import (
    CallSignal,
    CallState,
    CallStateMachine,
    InterventionPolicy,
    MicInUseDetector,
    Offer,
)
from companion.store.records import (
    DEMO_SOURCE,
    CallRecord,
    InterventionRecord,
    MinuteAggregate,
)
from companion.ui.icons import TrayState
from companion.ui.qtcompat import emit

if TYPE_CHECKING:
    from companion.arousal import ArousalAccumulator, CallArousalSummary
    from companion.pipeline.calls import CallRecorder
    from companion.pipeline.records import EpisodeEvent, LevelUpdate

log = logging.getLogger(__name__)


class SessionLog(Protocol):
    """Where the controller writes aggregates (:class:`companion.store.Store` does)."""

    def add_call(self, call: CallRecord) -> int:
        """Store a finished call; returns its id."""
        ...

    def update_call(self, call_id: int, **changes: Any) -> CallRecord:
        """Change a stored call (a checkpointed call that ended after all)."""
        ...

    def add_minute(self, minute: MinuteAggregate) -> None:
        """Store one minute's aggregate."""
        ...

    def add_intervention(self, record: InterventionRecord) -> int:
        """Store an offer and what became of it; returns its id."""
        ...

    def update_intervention(self, intervention_id: int, **changes: Any) -> InterventionRecord:
        """Change a stored offer (its answer came after a checkpoint)."""
        ...

    def delete_intervention(self, intervention_id: int) -> bool:
        """Drop a provisional offer row."""
        ...

    def take_notices(self) -> list[str]:
        """Lines for the UI about the store (e.g. its file was deleted and started again)."""
        ...

    def record_arousal_after(self, arousal: float | None, *, since: float,
                             until: float) -> int:
        """Set ``arousal_after`` on the offers made in ``[since, until)``."""
        ...


#: Seconds of speech at the start of a call whose mean arousal is stored as "arousal after"
#: on the offers made between the previous call and this one.
AROUSAL_AFTER_SPEECH_S = 20.0


@dataclass
class MinuteTally:
    """One minute of updates: the wearer's arousal and speech, and how much was in a call."""

    config: ArousalConfig
    total_s: float = 0.0
    in_call_s: float = 0.0
    #: Made by the first update (it needs numpy).
    acc: ArousalAccumulator | None = field(default=None, init=False)

    def add(self, update: LevelUpdate, in_call: bool) -> None:
        """Fold one engine update in."""
        if self.acc is None:
            from companion.arousal.summary import ArousalAccumulator

            self.acc = ArousalAccumulator(self.config)
        self.total_s += update.duration_s
        if in_call:
            self.in_call_s += update.duration_s
        fr = update.frames
        self.acc.add(fr.t_s, fr.arousal, fr.talking)


def summary_config(tense_threshold: float) -> ArousalConfig:
    """The arousal settings call and minute summaries use for a tense threshold."""
    return ArousalConfig().with_threshold(tense_threshold)


@dataclass
class CallSummary:
    """What the policy and the store learn about a finished call (seconds, index 0-100).

    Has the ``peak``/``mean``/``tense_s`` attributes ``CallOutcome.from_summary`` reads.
    """

    started_at: float
    ended_at: float
    source: str
    mean: float | None
    peak: float | None
    tense_s: float
    recovery_s: float | None
    duration_s: float = 0.0
    episodes: list[EpisodeEvent] = field(default_factory=list)


class SessionController(QObject):
    """Drives the call state machine and the offers; see the module docstring.

    Parameters
    ----------
    machine
        A ``CallStateMachine`` (or anything with its interface).
    policy
        An ``InterventionPolicy``.
    store
        A ``Store`` or None (aggregates are then not kept).
    clock
        Epoch seconds.
    tense_threshold
        Arousal index above which speech counts as tense.
    detector
        A ``MicInUseDetector`` polled every ``detector_interval_ms`` (None = no OS signal).
    demo
        Calls are stored with source ``demo``.
    """

    state_changed = Signal(object)   # TrayState
    offer_ready = Signal(object)     # Offer
    offer_withdrawn = Signal()
    call_finished = Signal(object)   # CallSummary
    notice = Signal(str)

    def __init__(self, machine: CallStateMachine, policy: InterventionPolicy,
                 store: SessionLog | None, *,
                 clock: Callable[[], float], tense_threshold: float = 70.0,
                 detector: MicInUseDetector | None = None, detector_interval_ms: int = 2000,
                 tick_interval_ms: int = 1000, demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.machine = machine
        self.policy = policy
        self.store = store
        self._clock = clock
        self._detector = detector
        self._demo = demo
        self.paused = False
        self.unavailable = False
        self.episode_open = False
        self._config = summary_config(tense_threshold)
        self._call_recorder: CallRecorder | None = None   # see _recorder
        self._call_episodes: list[EpisodeEvent] = []
        self._call_started_at = 0.0
        self._call_signal = CallSignal.SPEECH
        self._minute_start: float | None = None
        self._minute = MinuteTally(self._config)
        self._previous_call_end: float | None = None
        self.last_call: CallSummary | None = None
        self._arousal_after_pending = False
        #: Row of the running call stored by :meth:`checkpoint` (updated when it ends).
        self._provisional_call_id: int | None = None
        #: Row id of the last finished call (offers after it link to it).
        self.last_call_id: int | None = None
        self.ended = False
        self._state = TrayState.LISTENING
        # The policy must learn a call ended before this controller asks it for an offer.
        machine.add_listener(policy.on_call_state)
        machine.add_listener(self._on_call_state)
        self._tick = QTimer(self)
        self._tick.setInterval(tick_interval_ms)
        self._tick.timeout.connect(self.tick)
        self._detector_timer = QTimer(self)
        self._detector_timer.setInterval(detector_interval_ms)
        self._detector_timer.timeout.connect(self.poll_detector)

    # ---- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        """Start the 1 s tick and the OS mic detector poll."""
        self._tick.start()
        if self._detector is not None:
            self._detector_timer.start()

    def stop(self) -> None:
        """Stop timers and keep everything (see :meth:`end_session`)."""
        self.end_session()

    def checkpoint(self) -> None:
        """Store what would be lost if the process ended now, without ending anything: the
        running call as a provisional row (``cut_short``, ``end`` = now; the same row is
        completed when the call really ends) and the current partial minute (replaced when
        the minute is complete). Called when the session manager asks applications to save
        their data (logout, shutdown), which the user may still cancel."""
        if self.ended:
            return
        if self._recorder.in_call:
            summary = self._summary(self._recorder.so_far(), ended=self._clock())
            self._provisional_call_id = self._save_call(
                summary, cut_short=True, row_id=self._provisional_call_id)
        self._save_minute(self._minute)

    def end_session(self) -> None:
        """The shift ends now (sign-out, shutdown, a signal, Quit): stop the timers, close a
        running call as cut short (kept, never offered on), store the current minute. Nothing
        is stored after this. Idempotent."""
        if self.ended:
            return
        self._tick.stop()
        self._detector_timer.stop()
        if self._recorder.in_call:
            self._finish_call(cut_short=True)
        self._flush_minute()
        self.ended = True

    # ---- state -------------------------------------------------------------------------------
    @property
    def _recorder(self) -> CallRecorder:
        """The per-call summaries, made on first use (after start-up: it imports numpy)."""
        if self._call_recorder is None:
            from companion.pipeline.calls import CallRecorder

            self._call_recorder = CallRecorder.for_rule(self._config, self.machine.rule)
        return self._call_recorder

    @property
    def tense_threshold(self) -> float:
        """Arousal index from which speech counts as tense (``settings.tense_threshold``)."""
        return self._config.upper

    @tense_threshold.setter
    def tense_threshold(self, value: float) -> None:
        self._config = summary_config(value)
        self._recorder.config = self._config

    @property
    def call_state(self) -> CallState:
        """Where the agent is in the call cycle."""
        return self.machine.state

    @property
    def in_call(self) -> bool:
        """True while a call is on."""
        return self.machine.state is CallState.IN_CALL

    @property
    def tray_state(self) -> TrayState:
        """What the tray should show now."""
        return tray_state_for(paused=self.paused, unavailable=self.unavailable,
                              in_call=self.in_call, tense=self.episode_open)

    def _refresh(self) -> None:
        state = self.tray_state
        if state != self._state:
            self._state = state
            emit(self.state_changed, state)

    # ---- engine slots ------------------------------------------------------------------------
    def on_update(self, update: LevelUpdate) -> None:
        """One processed block: feed the wearer's speech, summarise arousal, roll minutes."""
        if self.ended:
            return
        if self.unavailable:
            self.unavailable = False
        # Frames first: a call the speech below starts or ends may be dated back into them.
        self._recorder.add(update.frames, update.closed, update.open_episode)
        for speaking, seconds in update.speech_runs:
            self.machine.feed_speech(speaking, seconds)
        self._roll_minute(self._clock())
        self._minute.add(update, self.in_call)
        if self.in_call:
            self._maybe_record_arousal_after()
        self._refresh()

    def on_episode_opened(self, episode: EpisodeEvent) -> None:
        """A tense episode began (the tray turns 'tense' during a call)."""
        self.episode_open = True
        self._refresh()

    def on_episode_closed(self, episode: EpisodeEvent) -> None:
        """A tense episode ended."""
        self.episode_open = False
        if self._recorder.in_call:
            self._call_episodes.append(episode)
        self._refresh()

    def on_fault(self, message: str, retry_in_s: float) -> None:
        """The microphone failed; an open call cannot be heard any more."""
        self.unavailable = True
        self.episode_open = False
        self._refresh()

    def on_recovered(self, name: str) -> None:
        """The microphone is back."""
        self.unavailable = False
        self._refresh()

    def on_paused(self, paused: bool) -> None:
        """Listening paused or resumed (the engine closed/reopened the stream)."""
        self.paused = paused
        if paused:
            self.episode_open = False
        self._refresh()

    # ---- explicit call control (tray, IPC, OS detector) ----------------------------------------
    def mark_call_start(self, signal: CallSignal) -> bool:
        """The agent / a CTI hook says a call started."""
        return bool(self.machine.explicit_start(signal))

    def mark_call_end(self, signal: CallSignal) -> bool:
        """The agent / a CTI hook says the call ended."""
        return bool(self.machine.explicit_end(signal))

    def tick(self) -> None:
        """~1 Hz: let the state machine expire wrap-up; flush a finished minute."""
        self.machine.tick()
        self._roll_minute(self._clock())

    def poll_detector(self) -> None:
        """Ask the OS whether another app uses the microphone (a softphone in a call)."""
        if self._detector is None:
            return
        try:
            value = self._detector.poll()
        except Exception as exc:  # noqa: BLE001 - a flaky OS query must not break the app
            log.debug("mic-in-use detector failed: %s", exc)
            return
        self.machine.feed_mic_in_use(value)

    # ---- call lifecycle ----------------------------------------------------------------------
    def _on_call_state(self, old: CallState, new: CallState, signal: CallSignal) -> None:
        if self.ended:
            return
        if new is CallState.IN_CALL and old is not CallState.IN_CALL:
            span = self.machine.current_call
            self._recorder.start(span.start_stream_s if span is not None
                                 else self._recorder.end_s)
            self._call_episodes = []
            self._call_started_at = self._clock()
            self._call_signal = signal
            self._arousal_after_pending = self._previous_call_end is not None
            emit(self.offer_withdrawn)   # never anything on screen during a call
        elif old is CallState.IN_CALL and new is not CallState.IN_CALL:
            self._finish_call()
        self._refresh()

    def _finish_call(self, *, cut_short: bool = False) -> None:
        """The call ended (or the session did, ``cut_short``): store it; offer help unless the
        session is ending."""
        if not self._recorder.in_call:
            return
        span = self.machine.last_call
        end_s = span.end_stream_s if not cut_short and span is not None \
            and span.end_stream_s is not None else self._recorder.end_s
        summary = self._summary(self._recorder.end(end_s), ended=self._clock())
        self._previous_call_end = summary.ended_at
        self.last_call = summary
        self.last_call_id = self._save_call(summary, cut_short=cut_short,
                                            row_id=self._provisional_call_id)
        self._provisional_call_id = None
        emit(self.call_finished, summary)
        if cut_short:
            return
        offer = None
        try:
            offer = self.policy.after_call(summary)
        except Exception as exc:  # noqa: BLE001 - the policy must never crash the app
            log.warning("intervention policy failed: %s", exc)
        if offer is not None and not self.in_call:
            emit(self.offer_ready, offer)

    def _summary(self, arousal: CallArousalSummary, *, ended: float) -> CallSummary:
        started = self._call_started_at
        return CallSummary(
            started_at=started, ended_at=ended,
            source=DEMO_SOURCE if self._demo else self._call_signal.value,
            mean=arousal.mean, peak=arousal.peak, tense_s=arousal.tense_s,
            recovery_s=arousal.recovery_s, duration_s=max(0.0, ended - started),
            episodes=list(self._call_episodes),
        )

    def record_offer(self, offer: Offer, outcome: str, *, kind: str = "breathing",
                     item_id: str = "resonance", row_id: int | None = None) -> int | None:
        """Store what came of an offer shown between calls: ``offered`` (no answer: it timed
        out, a call started, the session ended), ``skipped``, ``snoozed``, or ``accepted`` (a
        card was opened; breathing sessions record themselves). With ``row_id`` the row
        stored earlier for this offer is updated instead. Returns the row id (None without a
        store or when it cannot be written: a full disk must not stop the shift)."""
        if self.store is None:
            return None
        try:
            if row_id is not None:
                self.store.update_intervention(row_id, outcome=outcome, kind=kind,
                                               item_id=item_id)
                return row_id
            return self.store.add_intervention(InterventionRecord(
                kind=kind, item_id=item_id, offered_at=offer.offered_at, outcome=outcome,
                arousal_before=self.last_call.mean if self.last_call else None,
                call_id=self.last_call_id))
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the shift
            log.warning("could not store the offer: %s", exc)
            return None
        finally:
            self._report_store_notices()

    def forget_offer(self, row_id: int) -> None:
        """Drop a provisional offer row (the agent then started breathing, which records
        itself)."""
        if self.store is None:
            return
        try:
            self.store.delete_intervention(row_id)
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the shift
            log.warning("could not update the offer: %s", exc)

    def _maybe_record_arousal_after(self) -> None:
        """Once the new call has ``AROUSAL_AFTER_SPEECH_S`` of the wearer's speech with an
        index, store its mean as ``arousal_after`` on the offers made since the previous call
        ended: that is how the dashboard compares calls after breathing with calls after no
        breathing.
        """
        since = self._previous_call_end
        if not self._arousal_after_pending or self.store is None or since is None:
            return
        mean, speech_s = self._recorder.progress()
        if speech_s < AROUSAL_AFTER_SPEECH_S or mean is None:
            return
        self._arousal_after_pending = False
        try:
            self.store.record_arousal_after(mean, since=since, until=self._call_started_at)
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the shift
            log.warning("could not store the arousal after an offer: %s", exc)

    def offer_still_allowed(self) -> bool:
        """Re-check right before showing a (possibly delayed) offer."""
        if self.in_call or self.paused:
            return False
        # The offer itself already counted towards the hourly cap and the gap; re-check only
        # what can change in between (a call, a snooze, do-not-disturb, quiet hours).
        return self.policy.blocked_reason(counted=False) is None

    # ---- store -------------------------------------------------------------------------------
    def _save_call(self, summary: CallSummary, *, cut_short: bool = False,
                   row_id: int | None = None) -> int | None:
        """Store a call (or update row ``row_id``); its row id, None when not stored."""
        if self.store is None:
            return None
        record = CallRecord(
            start=summary.started_at, end=summary.ended_at, source=summary.source,
            arousal_mean=summary.mean, arousal_peak=summary.peak, tense_s=summary.tense_s,
            recovery_s=summary.recovery_s, cut_short=cut_short)
        try:
            if row_id is not None:
                self.store.update_call(row_id, **{
                    f.name: getattr(record, f.name) for f in dataclasses.fields(record)
                    if f.name != "id"})
                return row_id
            return self.store.add_call(record)
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the shift
            log.warning("could not store the call: %s", exc)
            return None
        finally:
            self._report_store_notices()

    def _report_store_notices(self) -> None:
        """Pass on what the store noticed (e.g. its file was deleted and started again)."""
        for line in self.store.take_notices() if self.store is not None else ():
            log.warning("store: %s", line)
            emit(self.notice, line)

    def _roll_minute(self, now: float) -> None:
        start = math.floor(now / 60.0) * 60.0
        if self._minute_start is None:
            self._minute_start = start
        elif start > self._minute_start:
            self._flush_minute()
            self._minute_start = start

    def _flush_minute(self) -> None:
        tally, self._minute = self._minute, MinuteTally(self._config)
        self._save_minute(tally)

    def _save_minute(self, tally: MinuteTally) -> None:
        """Store ``tally`` as the row of the current minute (a later save replaces it)."""
        if (self._minute_start is None or tally.total_s <= 0 or tally.acc is None
                or self.store is None):
            return
        arousal = tally.acc.summary(tally.acc.start_s, ())
        try:
            self.store.add_minute(MinuteAggregate(
                minute_start=self._minute_start, arousal_min=arousal.minimum,
                arousal_mean=arousal.mean, arousal_max=arousal.peak,
                speech_s=min(60.0, arousal.speech_s),
                in_call=tally.in_call_s >= 0.5 * tally.total_s,
            ))
        except Exception as exc:  # noqa: BLE001 - a full disk must not stop the shift
            log.warning("could not store the minute aggregate: %s", exc)
        self._report_store_notices()


def tray_state_for(*, paused: bool, unavailable: bool, in_call: bool, tense: bool) -> TrayState:
    """Precedence: paused > microphone unavailable > tense call > in call > listening."""
    if paused:
        return TrayState.PAUSED
    if unavailable:
        return TrayState.UNAVAILABLE
    if in_call:
        return TrayState.TENSE if tense else TrayState.IN_CALL
    return TrayState.LISTENING

