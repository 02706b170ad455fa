"""Whether a file in IT's machine-wide folder really comes from IT.

Plain Python (ctypes on Windows), no Qt; any thread.

``C:\\ProgramData\\Companion`` is where IT puts ``policy.toml`` and its decks and breathing
patterns. Windows lets any standard user create files in a folder under ``ProgramData``
(the default ACL grants "create files" to Users, and "full control" to the creator of what
they create), and the installer cannot lock the folder down with the tools this project
builds it with. So an agent could write their own ``policy.toml`` for the keys the registry
leaves unset, or a deck that would be labelled "IT". An installed Companion therefore uses a
file from those folders only when its **owner** is an administrator identity: the
Administrators group (what an elevated prompt creates), SYSTEM (Intune, SCCM, Group Policy
preferences) or TrustedInstaller. On macOS and Linux the file must belong to root (a pkg, an
MDM profile, a configuration-management tool). Development and test runs (not frozen) do not
check, like :func:`companion.paths.it_override_allowed`.

Folders IT names itself (``deck_folders``: a share whose ACL IT manages) are not checked.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

#: String SIDs of the identities whose files count as IT's on Windows.
TRUSTED_WINDOWS_SIDS = {
    "S-1-5-32-544": "Administrators",
    "S-1-5-18": "SYSTEM",
    "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464": "TrustedInstaller",
}


@dataclass(frozen=True)
class FileOwner:
    """Who owns a file: a readable ``name`` and whether that is an administrator identity."""

    name: str
    trusted: bool


def installed_build() -> bool:
    """True in an installed (PyInstaller) build, where the check applies."""
    return bool(getattr(sys, "frozen", False))


def file_owner(path: Path) -> FileOwner:
    """The owner of ``path`` (raises ``OSError`` when it cannot be read)."""
    if sys.platform == "win32":
        return _windows_owner(path)
    uid = os.stat(path).st_uid
    return FileOwner(f"uid {uid}", trusted=uid == 0)


def it_file_problem(path: Path) -> str | None:
    """Why ``path`` must not be used as IT's file, or None when it may.

    Returns None outside installed builds and for files an administrator identity owns.
    """
    if not installed_build():
        return None
    try:
        owner = file_owner(path)
    except OSError as exc:
        return f"its owner cannot be read ({exc.strerror or exc}); ignored"
    if owner.trusted:
        return None
    admin = "an administrator" if sys.platform == "win32" else "root"
    return (f"owned by {owner.name}, not by {admin}, so it is ignored (create it with your "
            "deployment tool or from an elevated prompt)")


if sys.platform == "win32":  # exercised on Windows only

    def _windows_owner(path: Path) -> FileOwner:
        """The owner SID of ``path`` (GetNamedSecurityInfoW), named when it is a trusted one."""
        import ctypes
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        se_file_object, owner_security_information = 1, 1
        owner = ctypes.c_void_p()
        descriptor = ctypes.c_void_p()
        error = advapi32.GetNamedSecurityInfoW(
            wintypes.LPCWSTR(str(path)), se_file_object, owner_security_information,
            ctypes.byref(owner), None, None, None, ctypes.byref(descriptor))
        if error:
            raise OSError(error, ctypes.FormatError(error), str(path))
        try:
            text = wintypes.LPWSTR()
            if not advapi32.ConvertSidToStringSidW(owner, ctypes.byref(text)):
                raise ctypes.WinError(ctypes.get_last_error())
            sid = text.value or ""
            kernel32.LocalFree(text)
        finally:
            kernel32.LocalFree(descriptor)
        return FileOwner(TRUSTED_WINDOWS_SIDS.get(sid, sid), trusted=sid in TRUSTED_WINDOWS_SIDS)


__all__ = ["TRUSTED_WINDOWS_SIDS", "FileOwner", "file_owner", "installed_build",
           "it_file_problem"]
