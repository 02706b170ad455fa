"""docs/privacy.md lists every number the voice baseline record holds, and nothing else."""

from __future__ import annotations

import re

from helpers.privacy_doc import PRIVACY_DOC

from companion.arousal import Baseline
from companion.wearer import PROFILE_FIELDS


def _documented_keys() -> set[str]:
    text = PRIVACY_DOC.read_text(encoding="utf-8")
    section = text.split("## Your voice baseline, number by number", 1)[1].split("\n## ", 1)[0]
    keys: set[str] = set()
    for line in section.splitlines():
        first = re.match(r"^\|([^|]+)\|", line)
        if first:
            keys.update(re.findall(r"`([\w.]+)`", first.group(1)))
    return keys


def test_privacy_doc_lists_exactly_the_baseline_record() -> None:
    record = Baseline.from_dict({
        "kind": "companion-voice-baseline", "version": 1, "f0_median_hz": 120.0,
        "f0_sd_st": 1.0, "f0_range_st": None, "f0_range_sd_st": None, "loudness_dbfs": None,
        "loudness_sd_db": None, "alpha_ratio_db": None, "alpha_ratio_sd_db": None,
        "hammarberg_db": None, "hammarberg_sd_db": None, "spectral_slope_db_per_khz": None,
        "spectral_slope_sd_db_per_khz": None, "rate_hz": None, "rate_sd_hz": None,
        "voiced_s": 3.0}).to_dict()
    stored = {k for k in record if k != "voice"} | {f"voice.{k}" for k in PROFILE_FIELDS}
    assert _documented_keys() == stored


def test_privacy_doc_says_other_voices_are_not_analysed() -> None:
    text = PRIVACY_DOC.read_text(encoding="utf-8")
    assert '"not you"' in text and "not analysed" in text
