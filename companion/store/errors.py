"""The store's user-facing error (any thread)."""

from __future__ import annotations

from companion.errors import CompanionError


class StoreError(CompanionError):
    """The local database cannot be opened, read or written (locked, read-only, disk full,
    newer schema, ...), or an export/delete request cannot be done. One line naming the file.
    """
