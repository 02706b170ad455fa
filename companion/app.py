"""Composition root (wiring only); filled in by the tray-app issue."""
