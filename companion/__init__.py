"""Companion: an on-device wellbeing and de-escalation companion for contact-center agents.

Importing this package is cheap and never imports Qt or sounddevice: the heavy layers are
imported lazily by the code paths that need them (see ``docs/architecture.md``).
"""

__version__ = "0.1.0"
APP_NAME = "Companion"
APP_ID = "companion"
