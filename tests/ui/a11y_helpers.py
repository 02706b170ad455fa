"""Capture what Companion tells screen readers, in-process.

PySide6 has no ``QAccessible::installUpdateHandler``, so :func:`a11y_events` replaces
``QAccessible.updateAccessibility`` (the one call our code makes for alerts and
announcements) with a recorder that still forwards to Qt. Events Qt raises by itself (focus,
name changes) reach assistive technology over AT-SPI; ``test_atspi_tree.py`` listens there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtGui import QAccessible


@dataclass(frozen=True)
class Captured:
    """One accessibility event: its type, the object's name, and the announced text."""

    type: QAccessible.Event
    object_name: str
    message: str
    assertive: bool


class EventLog(list):
    """The captured events, with small queries."""

    def of(self, kind: QAccessible.Event) -> list[Captured]:
        """Events of ``kind``."""
        return [e for e in self if e.type == kind]

    def announcements(self) -> list[str]:
        """Announced texts, oldest first."""
        return [e.message for e in self.of(QAccessible.Event.Announcement)]


@pytest.fixture
def a11y_events(monkeypatch: pytest.MonkeyPatch) -> EventLog:
    """Record every ``QAccessible.updateAccessibility`` call made through Python."""
    log = EventLog()
    real = QAccessible.updateAccessibility

    def record(event: Any) -> None:
        obj = event.object()
        message = event.message() if hasattr(event, "message") else ""
        assertive = bool(hasattr(event, "politeness") and event.politeness()
                         == QAccessible.AnnouncementPoliteness.Assertive)
        log.append(Captured(event.type(), obj.objectName() if obj is not None else "",
                            message, assertive))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return log
