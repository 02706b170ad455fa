"""The local SQLite store of aggregates: schema, migrations, retention, export, delete.

Only per-minute / per-call / per-offer numbers are stored, never audio. See
``docs/privacy.md`` for every table and column and ``docs/architecture.md`` ("Store") for the
API. No Qt here; the store is used from the GUI thread in the app.
"""

from companion.store.errors import StoreError
from companion.store.lock import DataFolderLock, FolderInUseError
from companion.store.records import (
    CALL_SOURCES,
    DEMO_SOURCE,
    FEELINGS,
    INTERVENTION_KINDS,
    INTERVENTION_OUTCOMES,
    CallRecord,
    CallSignal,
    CardPreference,
    DaySummary,
    InterventionRecord,
    MinuteAggregate,
    StoreStats,
    format_size,
)
from companion.store.schema import SCHEMA_VERSION
from companion.store.store import Store, set_aside_copies
from companion.store.summary import TENSE_CALL_MIN_S, local_day_bounds

__all__ = [
    "CALL_SOURCES",
    "DEMO_SOURCE",
    "FEELINGS",
    "INTERVENTION_KINDS",
    "INTERVENTION_OUTCOMES",
    "SCHEMA_VERSION",
    "TENSE_CALL_MIN_S",
    "CallRecord",
    "CallSignal",
    "CardPreference",
    "DataFolderLock",
    "DaySummary",
    "FolderInUseError",
    "InterventionRecord",
    "MinuteAggregate",
    "Store",
    "StoreError",
    "StoreStats",
    "format_size",
    "local_day_bounds",
    "set_aside_copies",
]
