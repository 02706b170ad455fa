"""The typed settings schema: every key, its type, default, range and meaning.

One schema drives everything: the user's ``settings.toml``, the IT policy layer
(:mod:`companion.policy`), the settings window and ``companion policy show``. Consumers never
clamp or re-validate: a :class:`Settings` object is valid by construction.

Effective settings are ``defaults < user settings < IT policy``; this module knows the first
two, :mod:`companion.policy` adds the third.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.errors import CompanionError
from companion.fileio import FileReadError, FileWriteError, atomic_write, describe_os_error
from companion.languages import UI_LANGUAGES
from companion.messages import Text, noop
from companion.tomlfile import read_toml

#: Largest settings/policy file accepted (bytes); real ones are a few hundred bytes.
MAX_SETTINGS_BYTES = 64 * 1024

#: Values of the ``log_level`` key (and of ``companion --log-level``).
LOG_LEVELS = ("debug", "info", "warning", "error")

#: What is left of ``%NAME%`` / ``${NAME}`` when the variable is not set.
_UNSET_VARIABLE = re.compile(r"%[A-Za-z_][A-Za-z0-9_()]*%|\$\{[^}]*\}")

#: Longest text value, and most entries in a list value.
MAX_TEXT_CHARS = 500
MAX_LIST_ITEMS = 50

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Translators: where a wrong setting came from: a change made in the settings window
#: The source :meth:`Settings.replace` names in its errors ("change: setting 'x' must ...").
CHANGE = Text("Settings", "change")
_QUIET_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


def _spec(default: Any, help: str, *, minimum: float | None = None,
          maximum: float | None = None, choices: tuple[str, ...] | None = None,
          user: bool = True) -> Any:
    """A dataclass field carrying its schema in ``metadata``.

    ``user=False`` marks keys only IT policy may set (not shown as editable to the agent).
    """
    meta = {"help": help, "min": minimum, "max": maximum, "choices": choices, "user": user}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """Effective settings. Durations are in the unit their name says."""

    input_device: str = _spec("", "Input device name ('' = the system default microphone)")
    language: str = _spec(
        "", "Language of Companion's windows and cards: en, de, es, fr or pt-BR "
        "('' = the system's language)", choices=("", *UI_LANGUAGES),
    )
    sensitivity: int = _spec(
        3, "How readily a call counts as tense: 1 (rarely) to 5 (readily)", minimum=1, maximum=5
    )
    tense_threshold: float = _spec(
        70.0, "Arousal index (0-100, 50 = your usual) above which speech counts as tense",
        minimum=55.0, maximum=95.0,
    )
    prompts_enabled: bool = _spec(True, "Offer breathing or a card after a tense call")
    prompt_max_per_hour: int = _spec(3, "Most prompts in any hour", minimum=0, maximum=20)
    prompt_min_gap_min: int = _spec(
        10, "Fewest minutes between two prompts", minimum=0, maximum=240
    )
    quiet_hours: str = _spec(
        "", "No prompts in this daily window, 'HH:MM-HH:MM' ('' = none)"
    )
    prompt_auto_hide_s: int = _spec(
        45, "Seconds an ignored offer stays on screen (0 = until answered)",
        minimum=0, maximum=600,
    )
    discreet_wording: bool = _spec(
        True, "Neutral words on screen: an offer never says that a call was tense"
    )
    hold_offers_when_busy: bool = _spec(
        True, "No offers while presenting, in a full-screen app or in do-not-disturb"
    )
    welcome_enabled: bool = _spec(
        True, "Show the welcome and microphone check when Companion first starts"
    )
    reduced_motion: bool = _spec(
        False, "Breathing guide without scaling animation (the system setting also applies)"
    )
    high_contrast: bool = _spec(
        False, "High-contrast colours in Companion's windows (the system setting also applies)"
    )
    breathing_tones: bool = _spec(False, "Soft tones at breathing phase changes")
    overlay_size_px: int = _spec(
        360, "Breathing guide size in pixels", minimum=200, maximum=900
    )
    overlay_opacity: float = _spec(
        0.92, "Breathing guide opacity", minimum=0.3, maximum=1.0
    )
    overlay_screen: str = _spec(
        "", "Screen for the breathing guide ('' = the one with the mouse pointer)"
    )
    default_breathing_pattern: str = _spec("resonance", "Pattern used by 'breathe now'")
    card_auto_dismiss_s: int = _spec(
        0, "Close a cue card after this many seconds (0 = stay until closed)",
        minimum=0, maximum=600,
    )
    autostart: bool = _spec(False, "Start Companion when you sign in")
    call_start_speech_s: float = _spec(
        4.0, "Seconds of sustained speech that start a call (speech heuristic)",
        minimum=1.0, maximum=60.0,
    )
    call_end_silence_s: float = _spec(
        20.0, "Seconds without speech that end a call (speech heuristic)",
        minimum=3.0, maximum=600.0,
    )
    wrap_up_s: float = _spec(
        90.0, "Seconds of wrap-up after a call before back to idle", minimum=10.0, maximum=900.0
    )
    calibration_min: float = _spec(
        3.0, "Minutes of speech used to learn your calm baseline", minimum=0.5, maximum=30.0
    )
    retention_days: int = _spec(
        30, "Days aggregates are kept before they are deleted", minimum=1, maximum=365
    )
    deck_folders: list[str] = _spec([], "Extra folders to load cue decks from", user=False)
    allow_personal_decks: bool = _spec(
        True, "Load decks from the agent's own folder", user=False
    )
    allow_device_selection: bool = _spec(
        True, "The agent may choose the input device", user=False
    )
    demo_disabled: bool = _spec(False, "Refuse 'companion --demo'", user=False)
    log_level: str = _spec(
        "info", "Detail of the log file: debug, info, warning or error",
        choices=LOG_LEVELS, user=False,
    )
    data_folder: str = _spec(
        "", "Folder for the agent's data instead of the per-user default, e.g. a folder kept "
        "across sign-ins on non-persistent desktops ('' = default; %USERNAME% / $USER "
        "expanded)", user=False,
    )

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied, each validated against the schema."""
        checked = {key: validate_value(key, value, CHANGE) for key, value in changes.items()}
        return dataclasses.replace(self, **checked)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of every key (for TOML/JSON)."""
        return dataclasses.asdict(self)


def setting_fields() -> tuple[dataclasses.Field, ...]:
    """The schema: one dataclass field per key, with ``metadata`` help/min/max/choices/user."""
    return dataclasses.fields(Settings)


def setting_keys() -> tuple[str, ...]:
    """All setting keys in schema order."""
    return tuple(f.name for f in setting_fields())


def user_setting_keys() -> tuple[str, ...]:
    """Keys the agent may set in ``settings.toml`` (not the IT-only ``user=False`` ones)."""
    return tuple(f.name for f in setting_fields() if f.metadata["user"])


def is_user_setting(key: str) -> bool:
    """True when the agent may set ``key``; False for IT-only and unknown keys."""
    return key in user_setting_keys()


def _field(key: str) -> dataclasses.Field:
    for f in setting_fields():
        if f.name == key:
            return f
    raise KeyError(key)


def validate_value(key: str, value: Any, source: str) -> Any:
    """Check ``value`` for ``key`` and return it in its canonical type.

    The error's message and hint are :class:`~companion.messages.Text` (context
    ``Settings``): English in logs and the CLI, translated where a window shows them.

    Raises
    ------
    CompanionError
        Naming the source, the key and what is wrong.
    """
    try:
        spec = _field(key)
    except KeyError:
        shown_key = key if len(key) <= 40 else key[:37] + "..."
        raise CompanionError(
            Text("Settings", "%1: unknown setting %2", source, repr(shown_key)),
            Text("Settings", "known settings: %1", ", ".join(setting_keys())),
        ) from None
    kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
    meta = spec.metadata

    def bad(template: str, *values: object) -> CompanionError:
        """``template``'s %1 is the source, %2 the key, %3... the ``values``."""
        return CompanionError(Text("Settings", template, source, key, *values),
                              Text("Settings", meta["help"]))

    shown = _show(value)

    if kind == "bool":
        if not isinstance(value, bool):
            raise bad(noop("Settings", "%1: setting '%2' must be true or false, not %3"), shown)
    elif kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad(noop("Settings", "%1: setting '%2' must be a number, not %3"), shown)
        if isinstance(value, float) and not math.isfinite(value):
            raise bad(noop("Settings", "%1: setting '%2' must be a finite number, not %3"), shown)
        if kind == "int":
            if isinstance(value, float) and not value.is_integer():
                raise bad(noop("Settings",
                               "%1: setting '%2' must be a whole number, not %3"), shown)
            value = int(value)
        else:
            try:
                value = float(value)
            except OverflowError:
                raise bad(noop("Settings",
                               "%1: setting '%2' must be a finite number, not %3"), shown) from None
        if meta["min"] is not None and value < meta["min"]:
            raise bad(noop("Settings",
                           "%1: setting '%2' must be at least %3, not %4"), f"{meta['min']:g}",
                      _show(value))
        if meta["max"] is not None and value > meta["max"]:
            raise bad(noop("Settings",
                           "%1: setting '%2' must be at most %3, not %4"), f"{meta['max']:g}",
                      _show(value))
    elif kind == "str":
        if not isinstance(value, str):
            raise bad(noop("Settings", "%1: setting '%2' must be text, not %3"), shown)
        if len(value) > MAX_TEXT_CHARS:
            raise bad(noop("Settings",
                           "%1: setting '%2' is longer than %3 characters"), MAX_TEXT_CHARS)
        if _CONTROL.search(value):
            raise bad(noop("Settings", "%1: setting '%2' contains a control character (%3)"),
                      _control_hint(value))
        if key == "quiet_hours" and value and not _QUIET_HOURS.match(value):
            raise bad(noop("Settings",
                           "%1: setting '%2' must look like '18:00-08:00', not %3"), shown)
        if key == "data_folder" and value:
            _check_folder(value, bad)
        if meta["choices"] and value not in meta["choices"]:
            raise bad(noop("Settings",
                           "%1: setting '%2' must be one of %3"), ", ".join(meta["choices"]))
    elif kind == "list[str]":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(noop("Settings",
                           "%1: setting '%2' must be a list of text values, e.g. [\"C:/Decks\"]"))
        if len(value) > MAX_LIST_ITEMS:
            raise bad(noop("Settings",
                           "%1: setting '%2' has %3 entries; at most %4 allowed"), len(value),
                      MAX_LIST_ITEMS)
        for item in value:
            if len(item) > MAX_TEXT_CHARS:
                raise bad(noop("Settings",
                               "%1: setting '%2' has an entry longer than %3 characters"),
                          MAX_TEXT_CHARS)
            if _CONTROL.search(item):
                raise bad(noop("Settings",
                               "%1: setting '%2' has an entry with a control character (%3)"),
                          _control_hint(item))
        value = list(value)
    else:  # pragma: no cover - schema error
        raise TypeError(f"unsupported setting type {kind} for {key}")
    return value


def _check_folder(value: str, bad: Any) -> None:
    """A policy folder must be absolute once ``~`` and environment variables are expanded."""
    from companion.paths import expand_folder

    expanded = expand_folder(value)
    if _UNSET_VARIABLE.search(str(expanded)):
        raise bad(noop("Settings",
                       "%1: setting '%2' names an environment variable that is not set: %3"),
                  repr(value))
    if not expanded.is_absolute():
        raise bad(noop("Settings",
                       "%1: setting '%2' must be an absolute folder path, not %3"), repr(value))

def _show(value: Any) -> str:
    """A value for an error message: short (a hostile file may hold megabytes)."""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int) and abs(value) >= 10**30:
        return Text("Settings", "a huge number")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _control_hint(text: str) -> str:
    """Why a value may hold a control character: a Windows path in double quotes, where
    ``\\n``, ``\\t``... are escapes (``"C:\\new"`` is ``C:`` + newline + ``ew``)."""
    if re.search(r"[\n\t\r\b\f]", text):
        return Text("Settings", "write Windows paths in single quotes, 'C:\\Decks', or with "
                    "forward slashes")
    return Text("Settings", "remove it")


def parse_quiet_hours(text: str) -> tuple[int, int] | None:
    """``'HH:MM-HH:MM'`` as (start, end) minutes after midnight, or None when empty.

    The window may wrap past midnight (``'18:00-08:00'``).
    """
    match = _QUIET_HOURS.match(text)
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return h1 * 60 + m1, h2 * 60 + m2


def read_settings_file(path: Path, what: str) -> dict[str, Any]:
    """The top-level table of a settings or policy TOML file; a missing file is empty.

    Read with the project's one TOML reader (:func:`companion.tomlfile.read_toml`): regular
    files only, at most :data:`MAX_SETTINGS_BYTES`, a BOM or UTF-16 as Windows tools write.

    Raises
    ------
    CompanionError
        One line naming the file (and line) and what to do.
    """
    try:
        return read_toml(path, max_bytes=MAX_SETTINGS_BYTES, what=what).data
    except FileReadError as exc:
        if exc.missing:
            return {}
        raise


def settings_from_mapping(data: dict[str, Any], source: str,
                          base: Settings | None = None) -> Settings:
    """Apply a mapping of keys onto ``base`` (defaults when None), validating each."""
    base = base or Settings()
    checked = {key: validate_value(key, value, source) for key, value in data.items()}
    return dataclasses.replace(base, **checked)


def load_user_settings(path: Path) -> Settings:
    """The agent's settings: defaults overlaid with ``path`` (missing file = defaults).

    Keys only IT may set (``user=False``) are skipped: they are not the agent's to set
    (:func:`companion.policy.effective_settings` reports them as a notice).
    """
    data = read_settings_file(path, "settings file")
    user_keys = set(user_setting_keys())
    return settings_from_mapping({k: v for k, v in data.items() if k in user_keys
                                  or k not in setting_keys()}, str(path))


def save_user_settings(path: Path, settings: Settings, *, only_changed: bool = True) -> None:
    """Write the agent's settings atomically (:func:`companion.fileio.atomic_write`). By
    default only the keys that differ from the defaults are written, so later default changes
    reach the agent. IT-only keys are never written.

    Raises
    ------
    FileWriteError
        The folder cannot be written (the old file is unchanged).
    """
    import tomli_w

    defaults = Settings().to_dict()
    user_keys = set(user_setting_keys())
    data = {k: v for k, v in settings.to_dict().items()
            if k in user_keys and (not only_changed or defaults[k] != v)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc),
                             "choose a folder you can write to", path=path,
                             what="settings file") from None
    atomic_write(path, tomli_w.dumps(data), what="settings file")
