"""What this installation runs on: versions, platform, the kind of session (local or remote).

Shared by the self-test report and the support bundle. Reading versions never imports a
library that is not loaded yet unless asked (``load=True`` for the support bundle, which
wants all of them). No user data; no Qt import at module level.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
from collections.abc import Mapping
from dataclasses import dataclass

#: Windows ``SESSIONNAME`` prefixes of remote sessions: RDP (Remote Desktop, Azure Virtual
#: Desktop, Windows 365) and ICA (Citrix).
REMOTE_SESSION_PREFIXES = {"RDP-": "Remote Desktop (RDP)", "ICA-": "Citrix (ICA)"}


@dataclass(frozen=True)
class SessionInfo:
    """The desktop session Companion runs in.

    ``remote`` is True for RDP/AVD/Windows 365/Citrix/SSH sessions, where the headset
    microphone reaches Companion only through audio redirection; ``kind`` is a short text,
    ``name`` the session's name and ``client`` the remote client's name where known.
    """

    remote: bool
    kind: str
    name: str = ""
    client: str = ""

    def describe(self) -> str:
        """One line for reports, e.g. ``remote: Citrix (ICA) ICA-CGP#4 from PC-0042``."""
        text = f"{'remote' if self.remote else 'local'}: {self.kind}"
        if self.name:
            text += f" {self.name}"
        if self.client:
            text += f" from {self.client}"
        return text


def session_info(env: Mapping[str, str] | None = None,
                 platform_name: str | None = None) -> SessionInfo:
    """The session kind from the environment (``SESSIONNAME``/``CLIENTNAME`` on Windows,
    ``SSH_CONNECTION``/``XDG_SESSION_TYPE`` elsewhere)."""
    env = os.environ if env is None else env
    platform_name = platform_name or sys.platform
    if platform_name == "win32":
        name = env.get("SESSIONNAME", "")
        client = env.get("CLIENTNAME", "")
        for prefix, kind in REMOTE_SESSION_PREFIXES.items():
            if name.upper().startswith(prefix):
                return SessionInfo(True, kind, name, client)
        if name and name.lower() != "console":
            return SessionInfo(True, "remote session", name, client)
        return SessionInfo(False, "console session", name)
    if env.get("SSH_CONNECTION"):
        return SessionInfo(True, "SSH session", "", env["SSH_CONNECTION"].split(" ")[0])
    kind = env.get("XDG_SESSION_TYPE", "") or ("Aqua" if platform_name == "darwin" else "")
    return SessionInfo(False, f"{kind} session" if kind else "desktop session")


def _module_version(name: str, *, load: bool) -> str | None:
    module = sys.modules.get(name)
    if module is None and load:
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a missing/broken library is reported as such
            return "not available"
    return str(getattr(module, "__version__", "?")) if module is not None else None


def versions(*, load: bool = False) -> dict[str, str]:
    """Companion, Python, OS and library versions (``load``: import numpy, PySide6 and
    sounddevice to read theirs; otherwise only the ones already loaded)."""
    from companion import __version__

    out = {
        "companion": __version__,
        "build": "frozen bundle" if getattr(sys, "frozen", False) else "Python install",
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()} ({platform.version()})",
        "machine": platform.machine(),
    }
    for name in ("numpy", "PySide6"):
        version = _module_version(name, load=load)
        if version is not None:
            out[name] = version
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        out["qt"] = str(qt_core.qVersion())
    out.update(_audio_versions(load=load))
    return out


def _audio_versions(*, load: bool) -> dict[str, str]:
    """Versions of sounddevice and PortAudio, through the audio layer's loader."""
    if "sounddevice" not in sys.modules and not load:
        return {}
    from companion.audio.devices import load_sounddevice
    from companion.errors import CompanionError

    try:
        sd = load_sounddevice()
        return {"sounddevice": str(sd.__version__),
                "portaudio": str(sd.get_portaudio_version()[1])}
    except (CompanionError, OSError, AttributeError) as exc:
        return {"sounddevice": f"not available ({exc})"}


__all__ = ["SessionInfo", "session_info", "versions"]
