"""One pipeline for the app and ``companion analyze``: features -> wearer gate -> arousal ->
per-call and per-minute summaries.

* :mod:`~companion.pipeline.stream`: :class:`VoicePipeline` (audio blocks in,
  :class:`BlockResult` out) and its second half :class:`FrameScorer`;
* :mod:`~companion.pipeline.records`: :class:`ScoredFrames`, :class:`EpisodeEvent`,
  :class:`BlockResult`, :class:`LevelUpdate` (what the engine thread sends the GUI);
* :mod:`~companion.pipeline.call_rule` and :mod:`~companion.pipeline.calls`: the speech
  call rule and exact per-call summaries;
* :mod:`~companion.pipeline.analysis` and :mod:`~companion.pipeline.output`: a WAV file
  streamed through all of it, with the JSON/CSV writers of ``companion analyze``.

No Qt; see ``docs/architecture.md`` for the threads that run it. Names are imported from
their modules on first use, so ``companion.session`` (which needs only the call rule) does
not load numpy and the feature engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from companion.pipeline.analysis import (
        LEARN_LIMIT_S,
        AnalysisError,
        AnalysisSummary,
        EpisodeSpan,
        FrameCollector,
        FrameSink,
        analyze_file,
    )
    from companion.pipeline.call_rule import TICK_S, SpeechCallRule, to_ticks
    from companion.pipeline.calls import CallRecorder, CallSpanSummary, SpeechCalls
    from companion.pipeline.output import CSV_COLUMNS, CsvWriter, JsonWriter
    from companion.pipeline.records import (
        BlockResult,
        EpisodeEvent,
        LevelUpdate,
        ScoredFrames,
        speech_runs,
    )
    from companion.pipeline.stream import FrameScorer, VoicePipeline, arousal_config_for

_MODULES = {
    "analysis": ("LEARN_LIMIT_S", "AnalysisError", "AnalysisSummary", "EpisodeSpan",
                 "FrameCollector", "FrameSink", "analyze_file"),
    "call_rule": ("TICK_S", "SpeechCallRule", "to_ticks"),
    "calls": ("CallRecorder", "CallSpanSummary", "SpeechCalls"),
    "output": ("CSV_COLUMNS", "CsvWriter", "JsonWriter"),
    "records": ("BlockResult", "EpisodeEvent", "LevelUpdate", "ScoredFrames", "speech_runs"),
    "stream": ("FrameScorer", "VoicePipeline", "arousal_config_for"),
}
_WHERE = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "AnalysisError",
    "AnalysisSummary",
    "BlockResult",
    "CSV_COLUMNS",
    "CallRecorder",
    "CallSpanSummary",
    "CsvWriter",
    "EpisodeEvent",
    "EpisodeSpan",
    "FrameCollector",
    "FrameScorer",
    "FrameSink",
    "JsonWriter",
    "LEARN_LIMIT_S",
    "LevelUpdate",
    "ScoredFrames",
    "SpeechCallRule",
    "SpeechCalls",
    "TICK_S",
    "VoicePipeline",
    "analyze_file",
    "arousal_config_for",
    "speech_runs",
    "to_ticks",
]


def __getattr__(name: str) -> Any:
    """Import ``name`` from its module on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'companion.pipeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"companion.pipeline.{module}"), name)
    globals()[name] = value
    return value
