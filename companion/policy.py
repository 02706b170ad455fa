"""Effective settings: defaults < user settings < IT policy (filled in by the deployment issue)."""
