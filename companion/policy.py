"""Effective settings: defaults < user settings < IT policy (policy wins, and locks the key).

IT steers Companion centrally through *policy sources*. Each sits behind a small reader
interface (:class:`PolicyReader`: ``label`` plus ``read() -> PolicyRead``) so that tests
substitute fakes for the Windows registry and macOS managed preferences:

* every platform: ``policy.toml`` in the machine-wide config dir (:attr:`AppPaths.policy_file`,
  platformdirs' site config dir) — :class:`TomlPolicyReader`;
* Windows: values under ``HKCU\\SOFTWARE\\Policies\\Companion`` and
  ``HKLM\\SOFTWARE\\Policies\\Companion`` (Group Policy, the ADMX template in
  ``packaging/admx``) — :class:`RegistryPolicyReader`; REG_DWORD/REG_QWORD, REG_SZ and
  REG_MULTI_SZ are mapped onto the schema's types (DWORD 0/1 -> bool);
* a machine-wide autostart entry made by the installer (:mod:`companion.machine_autostart`,
  lowest of all) sets ``autostart = true``, so the agent's box shows what really happens;
* macOS: managed preferences for the bundle id :data:`BUNDLE_ID`,
  ``/Library/Managed Preferences/<bundle id>.plist`` (device profile) and
  ``/Library/Managed Preferences/<user>/<bundle id>.plist`` (user profile) —
  :class:`PlistPolicyReader`.

Sources are applied lowest first: ``policy.toml`` < HKCU < HKLM on Windows (machine policy
wins, as Group Policy does), ``policy.toml`` < device profile < user profile on macOS (Apple's
managed-preferences order). Value names everywhere are the schema keys
(:func:`companion.settings.setting_keys`, e.g. ``deck_folders``).

A bad policy value (wrong type, out of range, unknown key, unreadable source) is *reported* —
one line naming the source and the key in :attr:`EffectiveSettings.problems` — and ignored;
the rest applies. A bad key in the agent's ``settings.toml`` is handled the same way, so a
typo by the agent never drops IT policy. :func:`effective_settings` therefore never raises
for bad input.

Pure Python (stdlib; ``winreg`` only on Windows, injected), no Qt. Runs on whichever thread
calls it (the GUI thread at start-up and when settings are saved, or the CLI).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from companion.errors import CompanionError
from companion.fileio import FileReadError, read_small_file
from companion.it_trust import it_file_problem
from companion.messages import Text
from companion.paths import AppPaths, login_name
from companion.settings import (
    MAX_SETTINGS_BYTES,
    Settings,
    is_user_setting,
    read_settings_file,
    setting_fields,
    setting_keys,
    validate_value,
)

#: macOS bundle identifier; managed preferences are read for this domain.
BUNDLE_ID = "org.companion.app"
#: Registry key (under HKLM and HKCU) Group Policy writes Companion's policy values to.
REGISTRY_KEY = r"SOFTWARE\Policies\Companion"
#: Folder macOS writes managed preferences (configuration profiles) to.
MANAGED_PREFERENCES_DIR = Path("/Library/Managed Preferences")

#: Registry value types (same numbers as the ``winreg`` constants).
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11

#: Origins of a value as :meth:`EffectiveSettings.origin` reports them.
ORIGIN_DEFAULT = "default"
ORIGIN_USER = "user"
POLICY_PREFIX = "policy:"

#: Keys in managed-preference plists written by the profile machinery, not by IT.
_PLIST_BOOKKEEPING_PREFIXES = ("Payload", "mcx_", "PolicyVersion")


class PolicyError(CompanionError):
    """A policy source could not be read (reported as a problem, never fatal)."""


@dataclass(frozen=True)
class PolicyRead:
    """What one source yielded: raw ``values`` (key -> value, not yet validated) and
    ``problems`` (one line each, naming the source) found while reading."""

    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


class PolicyReader(Protocol):
    """A policy source. ``label`` is short and stable (shown as ``policy:<label>``)."""

    @property
    def label(self) -> str:
        """Name of the source (read-only: readers may compute it)."""
        ...

    def read(self) -> PolicyRead:
        """The source's values; a missing source gives an empty :class:`PolicyRead`."""
        ...


# -- type mapping -----------------------------------------------------------------------
def _kind(key: str) -> str | None:
    for f in setting_fields():
        if f.name == key:
            return f.type if isinstance(f.type, str) else f.type.__name__
    return None


def _coerce_text(key: str, text: str) -> Any:
    """A value given as text (REG_SZ) in the schema type of ``key``; unchanged when it
    cannot be converted (validation then names the problem)."""
    kind = _kind(key)
    stripped = text.strip()
    if kind == "bool":
        lowered = stripped.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
    elif kind in ("int", "float"):
        try:
            return int(stripped) if kind == "int" else float(stripped)
        except ValueError:
            try:
                return float(stripped)
            except ValueError:
                return text
    elif kind == "list[str]":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def coerce_registry_value(key: str, data: Any, reg_type: int) -> Any:
    """Map a registry value of ``reg_type`` onto the schema type of ``key``.

    REG_DWORD/REG_QWORD: 0/1 for bool keys, the number for numeric keys. REG_SZ: parsed
    (``"true"``/``"1"``, numbers, ``;``-separated lists). REG_MULTI_SZ: a list of text.
    Values that do not fit are returned as they are, so validation reports them.
    """
    kind = _kind(key)
    if reg_type in (REG_DWORD, REG_QWORD) and isinstance(data, int):
        if kind == "bool" and data in (0, 1):
            return bool(data)
        if kind == "float":
            return float(data)
        return data
    if reg_type in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str):
        if reg_type == REG_EXPAND_SZ:
            data = os.path.expandvars(data)
        return _coerce_text(key, data)
    if reg_type == REG_MULTI_SZ and isinstance(data, list):
        items = [str(item) for item in data if str(item).strip()]
        if kind == "list[str]":
            return items
        return _coerce_text(key, items[0]) if len(items) == 1 else items
    return data


# -- readers ----------------------------------------------------------------------------
@dataclass
class TomlPolicyReader:
    """``policy.toml`` (top-level ``key = value`` lines, the schema keys)."""

    path: Path
    label: str = "policy.toml"

    def read(self) -> PolicyRead:
        """The file's values (a missing file gives nothing; a bad one is a problem)."""
        try:
            data = read_settings_file(self.path, "policy file")
        except CompanionError as exc:
            return PolicyRead({}, [Text("PolicyNotice", "policy:%1: %2 (file ignored)",
                                        self.label, exc.one_line())])
        refused = it_file_problem(self.path) if data else None
        if refused is not None:
            return PolicyRead({}, [f"policy:{self.label}: {self.path} is {refused}"])
        # A [policy] table is accepted too, for files that group their keys.
        table = data.pop("policy", None)
        if isinstance(table, dict):
            data.update(table)
        return PolicyRead(data, [])


@dataclass
class RegistryPolicyReader:
    """Values under ``<hive>\\SOFTWARE\\Policies\\Companion``.

    Parameters
    ----------
    hive
        ``"HKLM"`` or ``"HKCU"``.
    winreg
        The ``winreg`` module, or a fake with ``OpenKey``, ``EnumValue``, ``CloseKey``,
        ``HKEY_LOCAL_MACHINE``, ``HKEY_CURRENT_USER`` (tests).
    """

    hive: str
    winreg: Any
    key: str = REGISTRY_KEY

    @property
    def label(self) -> str:
        """The hive (``HKLM`` / ``HKCU``)."""
        return self.hive

    def read(self) -> PolicyRead:
        """The values under the key (a missing key gives nothing)."""
        root = (self.winreg.HKEY_LOCAL_MACHINE if self.hive == "HKLM"
                else self.winreg.HKEY_CURRENT_USER)
        where = f"{self.hive}\\{self.key}"
        try:
            # Always the 64-bit view, where Group Policy writes (even from a 32-bit build).
            access = (getattr(self.winreg, "KEY_READ", 0x20019)
                      | getattr(self.winreg, "KEY_WOW64_64KEY", 0x0100))
            handle = self.winreg.OpenKey(root, self.key, 0, access)
        except FileNotFoundError:
            return PolicyRead()
        except OSError as exc:
            return PolicyRead({}, [f"policy:{self.hive}: registry key {where} cannot be read "
                                   f"({exc}) — check its permissions"])
        values: dict[str, Any] = {}
        problems: list[str] = []
        try:
            index = 0
            while True:
                try:
                    name, data, reg_type = self.winreg.EnumValue(handle, index)
                except OSError:  # no more values
                    break
                index += 1
                if not name:  # the key's (Default) value
                    continue
                values[name] = coerce_registry_value(name, data, reg_type)
        finally:
            self.winreg.CloseKey(handle)
        return PolicyRead(values, problems)


@dataclass
class PlistPolicyReader:
    """A managed-preferences plist (``plistlib``); a missing file gives nothing."""

    path: Path
    label: str = "managed-preferences"

    def read(self) -> PolicyRead:
        """The plist's values (a missing file gives nothing; a bad one is a problem)."""
        try:
            raw = read_small_file(self.path, max_bytes=MAX_SETTINGS_BYTES,
                                  what="managed preferences")
        except FileReadError as exc:
            if exc.missing:
                return PolicyRead()
            return PolicyRead({}, [Text("PolicyNotice", "policy:%1: %2 (file ignored)",
                                        self.label, exc.one_line())])
        import plistlib  # macOS policy only: not loaded by every command on every platform
        import xml.parsers.expat

        try:
            data = plistlib.loads(raw)
        except (plistlib.InvalidFileException, xml.parsers.expat.ExpatError, ValueError,
                TypeError, OverflowError, RecursionError) as exc:
            return PolicyRead({}, [f"policy:{self.label}: {self.path} is not a valid property "
                                   f"list ({type(exc).__name__}) (file ignored)"])
        if not isinstance(data, dict):
            return PolicyRead({}, [f"policy:{self.label}: {self.path} is not a dictionary "
                                   "of settings (file ignored)"])
        values = {key: value for key, value in data.items()
                  if not str(key).startswith(_PLIST_BOOKKEEPING_PREFIXES)}
        for key, value in list(values.items()):
            if isinstance(value, str):  # text in a profile: parse like REG_SZ
                values[key] = _coerce_text(key, value) if _kind(key) != "str" else value
        return PolicyRead(values, [])


def default_readers(paths: AppPaths, *, platform: str = sys.platform,
                    winreg: Any = None, user: str | None = None,
                    managed_dir: Path = MANAGED_PREFERENCES_DIR) -> list[PolicyReader]:
    """The policy sources of ``platform``, lowest precedence first.

    ``winreg`` (Windows) defaults to the real module; ``user`` (macOS per-user managed
    preferences) to the login name.
    """
    readers: list[PolicyReader] = [TomlPolicyReader(paths.policy_file)]
    if platform == "win32":
        if winreg is None:
            import winreg as winreg_module  # Windows only

            winreg = winreg_module
        readers.append(RegistryPolicyReader("HKCU", winreg))
        readers.append(RegistryPolicyReader("HKLM", winreg))
    elif platform == "darwin":
        readers.append(PlistPolicyReader(managed_dir / f"{BUNDLE_ID}.plist",
                                         "managed-preferences"))
        user = user or login_name()
        if user:
            readers.append(PlistPolicyReader(managed_dir / user / f"{BUNDLE_ID}.plist",
                                             "managed-preferences-user"))
    from companion.machine_autostart import MachineAutostartReader, machine_autostart_entry

    entry = machine_autostart_entry(platform, winreg=winreg)
    if entry is not None:  # the installer starts Companion for everyone: lowest source
        readers.insert(0, MachineAutostartReader(entry))
    return readers


# -- layering ---------------------------------------------------------------------------
@dataclass(frozen=True)
class EffectiveSettings:
    """The settings in force and where each value came from.

    Attributes
    ----------
    settings
        Valid :class:`~companion.settings.Settings` (defaults < user < policy).
    origins
        Key -> ``"default"``, ``"user"`` or ``"policy:<source>"`` for every schema key.
    problems
        One line per ignored bad value or unreadable source (naming source and key).
    sources
        Labels of the policy sources consulted, lowest precedence first.
    invalid
        Key -> ``"policy:<source>"`` for keys whose policy value was invalid: the default
        applies and the key stays locked (IT meant to set it; the agent cannot).
    """

    settings: Settings
    origins: Mapping[str, str]
    problems: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    invalid: Mapping[str, str] = field(default_factory=dict)

    def origin(self, key: str) -> str:
        """``"default"``, ``"user"`` or ``"policy:<source>"``. Raises KeyError for a key
        that is not in the schema."""
        return self.origins[key]

    def locked(self, key: str) -> bool:
        """True when IT policy sets ``key`` (the UI shows it as set by the organisation),
        also when the policy value was invalid and the default applies."""
        return self.origin(key).startswith(POLICY_PREFIX) or key in self.invalid

    def locked_keys(self) -> list[str]:
        """Every key policy sets, in schema order."""
        return [key for key in setting_keys() if self.locked(key)]

    def notice(self) -> str | None:
        """One line for the app's notice: the first problem, and how many more there are."""
        if not self.problems:
            return None
        more = len(self.problems) - 1
        if more == 0:
            return self.problems[0]
        return Text("PolicyNotice", "%1 (and %2 more: run 'companion policy show')",
                    self.problems[0], more)


def _apply_user(values: Mapping[str, Any], source: str, current: dict[str, Any],
                origins: dict[str, str], problems: list[str]) -> None:
    """The agent's values: valid ones apply; IT-only and bad ones are reported and ignored."""
    for key, raw in values.items():
        name = str(key)
        if name in current and not is_user_setting(name):
            problems.append(Text("PolicyNotice", "%1: setting '%2' can only be set by your "
                                 "organisation's IT policy (ignored)", source, name))
            continue
        try:
            current[name] = validate_value(name, raw, source)
        except CompanionError as exc:
            problems.append(Text("PolicyNotice", "%1 (ignored)", exc.one_line()))
            continue
        origins[name] = ORIGIN_USER


def _apply_policy(values: Mapping[str, Any], label: str, current: dict[str, Any],
                  origins: dict[str, str], invalid: dict[str, str],
                  problems: list[str]) -> None:
    """One policy source's values: a valid value applies and locks the key; an invalid one
    is reported, the key's default applies and the key stays locked."""
    source = POLICY_PREFIX + label
    defaults = Settings().to_dict()
    for key, raw in values.items():
        name = str(key)
        try:
            current[name] = validate_value(name, raw, source)
        except CompanionError as exc:
            if name in current:
                current[name] = defaults[name]
                origins[name] = ORIGIN_DEFAULT
                invalid[name] = source
                problems.append(Text("PolicyNotice", "%1 (the default, %2, is used)",
                                     exc.one_line(), format_value(defaults[name])))
            else:
                problems.append(Text("PolicyNotice", "%1 (ignored)", exc.one_line()))
            continue
        origins[name] = source
        invalid.pop(name, None)


def combine(user_values: Mapping[str, Any], policy_reads: Sequence[tuple[str, PolicyRead]],
            *, user_source: str = "settings file") -> EffectiveSettings:
    """Layer ``user_values`` and each ``(label, PolicyRead)`` (lowest first) over the
    defaults, validating key by key.

    The agent's file may set only the keys the schema marks ``user=True``; the others are
    reported and ignored. A policy value that is invalid (wrong type, out of range, NaN)
    is reported, resets its key to the default and keeps it locked.
    """
    current = Settings().to_dict()
    origins = {key: ORIGIN_DEFAULT for key in current}
    invalid: dict[str, str] = {}
    problems: list[str] = []
    _apply_user(user_values, user_source, current, origins, problems)
    for label, read in policy_reads:
        problems.extend(read.problems)
        _apply_policy(read.values, label, current, origins, invalid, problems)
    settings = dataclasses.replace(Settings(), **current)
    return EffectiveSettings(settings, origins, tuple(problems),
                             tuple(label for label, _ in policy_reads), invalid)


def read_policy(readers: Iterable[PolicyReader]) -> list[tuple[str, PolicyRead]]:
    """Read each source; a reader that fails unexpectedly becomes a problem line."""
    out: list[tuple[str, PolicyRead]] = []
    for reader in readers:
        try:
            read = reader.read()
        except (OSError, ValueError, CompanionError) as exc:
            read = PolicyRead({}, [Text("PolicyNotice",
                                        "policy:%1: cannot be read (%2) (source ignored)",
                                        reader.label, exc)])
        out.append((reader.label, read))
    return out


def effective_settings(paths: AppPaths, *, readers: Iterable[PolicyReader] | None = None
                       ) -> EffectiveSettings:
    """Defaults < the agent's ``settings.toml`` < IT policy from ``readers`` (the platform's
    :func:`default_readers` when None). Never raises for bad input: see ``.problems``."""
    problems: list[str] = []
    try:
        user_values = read_settings_file(paths.settings_file, "settings file")
    except CompanionError as exc:
        user_values = {}
        problems.append(Text("PolicyNotice", "%1 (using defaults)", exc.one_line()))
    if readers is None:
        readers = default_readers(paths)
    result = combine(user_values, read_policy(readers), user_source=str(paths.settings_file))
    return dataclasses.replace(result, problems=tuple(problems) + result.problems)


def format_value(value: Any) -> str:
    """A value as TOML-like text for reports (``true``, ``"text"``, ``["a", "b"]``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    return f"{value:g}" if isinstance(value, float) else str(value)


__all__ = [
    "BUNDLE_ID", "REGISTRY_KEY", "EffectiveSettings", "PlistPolicyReader", "PolicyError",
    "PolicyRead", "PolicyReader", "RegistryPolicyReader", "TomlPolicyReader", "combine",
    "coerce_registry_value", "default_readers", "effective_settings", "format_value",
    "read_policy",
]
