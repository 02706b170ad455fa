"""Property tests: any valid record survives a trip through the database unchanged."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.store import (
    CALL_SOURCES,
    FEELINGS,
    INTERVENTION_KINDS,
    INTERVENTION_OUTCOMES,
    CallRecord,
    InterventionRecord,
    MinuteAggregate,
    Store,
)

epoch = st.floats(min_value=0, max_value=4e9, allow_nan=False)
arousal = st.one_of(st.none(), st.just(math.nan), st.floats(min_value=0, max_value=100))
seconds = st.floats(min_value=0, max_value=36000, allow_nan=False)

calls = st.builds(CallRecord, start=epoch, end=st.one_of(st.none(), epoch),
                  source=st.sampled_from(CALL_SOURCES), arousal_mean=arousal,
                  arousal_peak=arousal, tense_s=seconds,
                  recovery_s=st.one_of(st.none(), seconds))
offers = st.builds(InterventionRecord, kind=st.sampled_from(INTERVENTION_KINDS),
                   item_id=st.text(min_size=1, max_size=40), offered_at=epoch,
                   outcome=st.sampled_from(INTERVENTION_OUTCOMES), arousal_before=arousal,
                   arousal_after=arousal, feeling=st.sampled_from((None, *FEELINGS)))
minutes = st.builds(MinuteAggregate, minute_start=epoch, arousal_min=arousal,
                    arousal_mean=arousal, arousal_max=arousal,
                    speech_s=st.floats(min_value=0, max_value=60), in_call=st.booleans())


def test_records_round_trip(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "prop.sqlite3")

    @settings(max_examples=60, deadline=None)
    @given(call=calls, offer=offers, minute=minutes)
    def check(call: CallRecord, offer: InterventionRecord, minute: MinuteAggregate) -> None:
        call_id = store.add_call(call)
        assert store.get_call(call_id) == dataclasses.replace(call, id=call_id)
        offer_id = store.add_intervention(offer)
        assert store.get_intervention(offer_id) == dataclasses.replace(offer, id=offer_id)
        store.add_minute(minute)
        stored = store.minutes(minute.minute_start, math.nextafter(minute.minute_start, math.inf))
        assert stored == [minute]

    try:
        check()
    finally:
        store.close()
