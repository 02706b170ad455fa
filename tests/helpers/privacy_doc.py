"""What docs/privacy.md documents: the tables and columns the store may hold."""

from __future__ import annotations

import re
from pathlib import Path

PRIVACY_DOC = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"


def documented_columns(text: str | None = None) -> dict[str, list[str]]:
    """``{table: [column, ...]}`` from the "### `table`" sections' first table column of
    ``text`` (docs/privacy.md when None)."""
    if text is None:
        text = PRIVACY_DOC.read_text(encoding="utf-8")
    section = text.split("## What is stored", 1)[1].split("\n## ", 1)[0]
    tables: dict[str, list[str]] = {}
    current = None
    for line in section.splitlines():
        heading = re.match(r"^### `(\w+)`\s*$", line)
        if heading:
            current = heading.group(1)
            tables[current] = []
            continue
        row = re.match(r"^\|\s*`(\w+)`\s*\|\s*\S", line)
        if row and current is not None:
            tables[current].append(row.group(1))
    return tables
