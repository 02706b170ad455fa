"""Voice features from 16 kHz mono audio: pitch (YIN family), level, VAD, vocal effort, rate.

Pure numpy (no Qt, no sounddevice). See ``docs/features.md`` for what each feature is,
its units and the frame/latency conventions. Runs on the caller's thread.
"""

from companion.features.config import FeatureConfig, FeatureConfigError
from companion.features.extractor import FeatureExtractor, FeatureInputError, extract_features
from companion.features.frames import FRAME_FIELDS, FeatureFrames

__all__ = [
    "FRAME_FIELDS",
    "FeatureConfig",
    "FeatureConfigError",
    "FeatureExtractor",
    "FeatureFrames",
    "FeatureInputError",
    "extract_features",
]
