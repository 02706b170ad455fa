"""The schema and docs/privacy.md list exactly the same tables and columns.

A new table or column cannot reach users' machines without being documented in plain words.
"""

from __future__ import annotations

from companion.store import Store
from companion.store.schema import ALL_TABLES, table_columns
from tests.helpers.privacy_doc import PRIVACY_DOC, documented_columns


def test_every_table_and_column_is_documented(store: Store) -> None:
    actual = table_columns(store._conn)
    documented = documented_columns(PRIVACY_DOC.read_text(encoding="utf-8"))
    assert set(actual) == set(ALL_TABLES)
    assert {t: sorted(c) for t, c in documented.items()} == {
        t: sorted(c) for t, c in actual.items()
    }


def test_parser_notices_an_undocumented_column() -> None:
    text = ("## What is stored\n### `calls`\n| Column | Meaning |\n|---|---|\n"
            "| `start` | when |\n\n## Export\n| `nope` | not in section |\n")
    assert documented_columns(text) == {"calls": ["start"]}
    assert documented_columns(text) != {"calls": ["start", "secret_column"]}


def test_privacy_doc_makes_the_core_promises() -> None:
    text = PRIVACY_DOC.read_text(encoding="utf-8")
    for promise in ("No audio, ever", "not a medical device and not a monitoring tool",
                    "no network", "companion data export", "companion data delete",
                    "30", "%LOCALAPPDATA%", "Application Support", ".local/share"):
        assert promise.lower() in text.lower(), promise
