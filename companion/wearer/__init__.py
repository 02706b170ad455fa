"""Own voice only: which frames are the wearer's ("personal VAD").

Pure numpy, no Qt; runs on the engine worker thread in the app and on the main thread in
``companion analyze``. See docs/arousal.md ("Own voice only") for the model and its
validation.
"""

from companion.wearer.gate import GateConfig, GateOutput, WearerGate
from companion.wearer.profile import PROFILE_FIELDS, ProfileError, VoiceProfile, fit_profile
from companion.wearer.talker import (
    NONE_CODE,
    OTHER_CODE,
    TALKER_LABELS,
    WEARER_CODE,
    Talker,
    talker_labels,
)

__all__ = ["NONE_CODE", "OTHER_CODE", "PROFILE_FIELDS", "TALKER_LABELS", "WEARER_CODE",
           "GateConfig", "GateOutput", "ProfileError", "Talker", "VoiceProfile", "WearerGate",
           "fit_profile", "talker_labels"]
