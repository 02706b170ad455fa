"""The support bundle: one zip the agent hands to the helpdesk, after seeing what is in it.

:func:`plan_bundle` gathers the files in memory (nothing is written yet) so the CLI and the
About box can show the list first; :meth:`SupportBundle.write` then writes the zip (to a
temporary file beside the target, renamed into place: never a half-written bundle, never an
existing file overwritten).

What goes in: ``README.txt`` (what this is and what it leaves out), the self-test report
(text and JSON), the effective policy with the origin of every value, the input devices and
the one Companion listens to, versions, platform, session kind and folders, the store's
*table row counts* (the store is opened read-only; no row is read), and the log files. What
never goes in: audio (never recorded), voice features or arousal numbers, store rows, card
or deck text, the agent's exports. Runs on the caller's main/GUI thread (the self-test's Qt
check needs it).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from companion.errors import CompanionError
from companion.fileio import FileReadError, FileWriteError, atomic_writer, read_tail
from companion.messages import Text

#: Largest single file copied into the bundle, bytes (a log is at most ~1 MB).
MAX_COPIED_BYTES = 4 * 1024 * 1024

README = """Companion support bundle
========================

Made on {time} with 'companion support-bundle' (or About > Create support bundle).
The agent saw this list of files before it was written. Nothing was sent anywhere.

{listing}

Not included, ever: audio (Companion never records it), voice features or arousal
numbers, the rows of the agent's history (only how many rows each table has), card or
deck text, and the agent's exports.
"""


class BundleError(CompanionError):
    """The support bundle could not be written."""


@dataclass(frozen=True)
class BundleFile:
    """One file of the bundle: its ``name`` in the zip, what it is (``description``, shown
    to the agent) and its bytes (``data``)."""

    name: str
    description: str
    data: bytes

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)


@dataclass
class SupportBundle:
    """The planned bundle: the files, in the order they are listed and written."""

    files: list[BundleFile] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def rows(self) -> list[tuple[str, str, str]]:
        """(name, size as text, description) of each file."""
        return [(f.name, _size(f.size), f.description) for f in self.files]

    def listing(self) -> list[str]:
        """One line per file: name, size, description."""
        width = max((len(f.name) for f in self.files), default=0)
        return [f"{name:<{width}}  {size:>10}  {what}" for name, size, what in self.rows()]

    def write(self, target: Path) -> Path:
        """Write the zip to ``target`` (a new file). Raises :class:`BundleError`."""
        target = target.expanduser()
        if not target.parent.is_dir():
            raise BundleError(f"the folder {target.parent} does not exist",
                              "create it, or choose another place")
        try:
            with atomic_writer(target, binary=True, mode=0o600, overwrite=False,
                               what="support bundle") as raw, \
                    zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
                for item in self.files:
                    info = zipfile.ZipInfo(item.name, time.localtime(self.created)[:6])
                    info.compress_type = zipfile.ZIP_DEFLATED
                    zf.writestr(info, item.data)
        except FileWriteError as exc:
            if exc.exists:
                raise BundleError(f"{target} already exists", "choose another file name") \
                    from None
            raise BundleError(f"cannot write {target}: {exc.reason}", exc.hint) from None
        return target


def _size(n: int) -> str:
    from companion.store import format_size

    return format_size(n)


def default_bundle_name(now: float | None = None) -> str:
    """``companion-support-YYYYMMDD-HHMMSS.zip`` (local time)."""
    return time.strftime("companion-support-%Y%m%d-%H%M%S.zip", time.localtime(now))


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n").encode()


# -- the parts ------------------------------------------------------------------------------
def store_counts(database: Path) -> dict[str, Any]:
    """Row counts per table of the store, read-only (no row is read, nothing is changed)."""
    if not database.exists():
        return {"file": str(database), "exists": False}
    out: dict[str, Any] = {"file": str(database), "exists": True,
                           "size_bytes": database.stat().st_size}
    try:
        conn = sqlite3.connect(database.absolute().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as exc:
        return {**out, "error": f"cannot be opened read-only: {exc}"}
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        out["tables"] = {name: int(conn.execute(
            f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"').fetchone()[0])
            for name in names}
        out["schema_version"] = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        out["error"] = f"cannot be read: {exc}"
    finally:
        conn.close()
    from companion.store import set_aside_copies

    out["set_aside_copies"] = len(set_aside_copies(database))
    return out


def device_report(requested: str) -> dict[str, Any]:
    """Input devices as PortAudio lists them, and the one Companion listens to."""
    from companion.audio.devices import find_input_device, list_input_devices

    try:
        devices = list_input_devices()
    except CompanionError as exc:
        return {"error": exc.one_line()}
    try:
        chosen = find_input_device(requested or None, devices).name
    except CompanionError as exc:
        chosen = f"none: {exc.one_line()}"
    return {"input_device_setting": requested, "listens_to": chosen,
            "inputs": [asdict(d) for d in devices]}


def policy_report(paths: Any) -> dict[str, Any]:
    """Effective settings with the origin of each, locked keys, problems, sources."""
    from companion.policy import effective_settings

    eff = effective_settings(paths)
    return {"settings": eff.settings.to_dict(), "origins": dict(eff.origins),
            "locked": eff.locked_keys(), "problems": list(eff.problems),
            "sources": list(eff.sources), "policy_file": str(paths.policy_file),
            "settings_file": str(paths.settings_file)}


def system_report(paths: Any) -> dict[str, Any]:
    """Versions, platform, session and folders (no user data)."""
    import sys

    from companion.diagnostics.environment import session_info, versions

    overrides = {k: v for k, v in os.environ.items()
                 if k.startswith("COMPANION_") and k.endswith("_DIR")}
    return {"versions": versions(load=True), "session": asdict(session_info()),
            "executable": sys.executable,
            "folders": {"data": str(paths.data_dir), "config": str(paths.config_dir),
                        "logs": str(paths.log_dir), "site_config": str(paths.site_config_dir),
                        "site_data": str(paths.site_data_dir)},
            "environment_overrides": overrides}


def _log_files(paths: Any) -> list[BundleFile]:
    from companion.logs import log_files

    out = []
    for path in log_files(paths.log_file):
        try:
            data = read_tail(path, max_bytes=MAX_COPIED_BYTES, what="log file")
        except FileReadError as exc:
            data = f"(could not be read: {exc.detail})\n".encode()
        out.append(BundleFile(f"logs/{path.name}", Text(
            "SupportBundle", "log file (events and errors, no voice data, no card text)"), data))
    return out


def _self_test(render_svg: Callable[[Path, int], Any]) -> list[BundleFile]:
    from companion.diagnostics.selftest import (
        format_report,
        is_usable,
        report_header,
        run_checks,
    )

    results = run_checks(render_svg)
    header = report_header()
    return [
        BundleFile("self-test.txt",
                   Text("SupportBundle", "self-test report (is this installation usable?)"),
                   format_report(results, header).encode()),
        BundleFile("self-test.json", Text("SupportBundle", "the same report as JSON"),
                   _json({**header, "usable": is_usable(results),
                          "checks": [asdict(r) for r in results]})),
    ]


def plan_bundle(render_svg: Callable[[Path, int], Any], *,
                clock: Callable[[], float] = time.time) -> SupportBundle:
    """Gather every file of the bundle in memory (runs the self-test; writes nothing)."""
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    policy = policy_report(paths)
    files = _self_test(render_svg) + [
        BundleFile("policy.json", Text("SupportBundle", "effective settings, where each value "
                                       "came from, policy problems"), _json(policy)),
        BundleFile("devices.json",
                   Text("SupportBundle", "input devices and the one Companion listens to"),
                   _json(device_report(str(policy["settings"]["input_device"])))),
        BundleFile("system.json", Text("SupportBundle", "versions, platform, session kind, "
                                       "folders"),
                   _json(system_report(paths))),
        BundleFile("store.json", Text("SupportBundle", "how many rows each table of your "
                                      "history has (no rows)"),
                   _json(store_counts(paths.database_file))),
        *_log_files(paths),
    ]
    bundle = SupportBundle(created=clock())
    listing = "\n".join(f"  {line}" for line in SupportBundle(files).listing())
    readme = README.format(time=time.strftime("%Y-%m-%d %H:%M:%S %Z",
                                              time.localtime(bundle.created)), listing=listing)
    bundle.files = [BundleFile("README.txt", Text("SupportBundle", "what this bundle is and "
                                                  "what it leaves out"), readme.encode()), *files]
    return bundle


__all__ = ["BundleError", "BundleFile", "SupportBundle", "default_bundle_name", "device_report",
           "plan_bundle", "policy_report", "store_counts", "system_report"]
