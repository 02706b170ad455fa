"""Call state, intervention policy, mic-in-use and busy (presenting, do not disturb)
detection (GUI thread, no Qt).

See ``docs/architecture.md`` ("Session") for the contract and ``docs/calls.md`` for how call
state is detected.
"""

from companion.session.busy import (
    BusyDetector,
    BusyReason,
    BusyStatus,
    FakeBusyDetector,
    NullBusyDetector,
    busy_detector_for_platform,
)
from companion.session.call_state import (
    CALL_COMMANDS,
    CallSignal,
    CallSpan,
    CallState,
    CallStateMachine,
    CallStatus,
    SessionError,
    handle_call_command,
)
from companion.session.intervention import CallOutcome, InterventionPolicy, Offer
from companion.session.mic_in_use import (
    FakeDetector,
    MacCoreAudioDetector,
    MicInUseDetector,
    NullDetector,
    WindowsConsentStoreDetector,
    detector_for_platform,
)

__all__ = [
    "BusyDetector",
    "BusyReason",
    "BusyStatus",
    "FakeBusyDetector",
    "NullBusyDetector",
    "busy_detector_for_platform",
    "CALL_COMMANDS",
    "CallOutcome",
    "CallSignal",
    "CallSpan",
    "CallState",
    "CallStateMachine",
    "CallStatus",
    "FakeDetector",
    "InterventionPolicy",
    "MacCoreAudioDetector",
    "MicInUseDetector",
    "NullDetector",
    "Offer",
    "SessionError",
    "WindowsConsentStoreDetector",
    "detector_for_platform",
    "handle_call_command",
]
