"""Fixtures shared by the tray-app tests."""

from __future__ import annotations

from a11y_helpers import a11y_events

__all__ = ["a11y_events"]
