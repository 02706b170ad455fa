"""Which user is at the other end of a local socket or named pipe.

The command channel (:mod:`companion.ipc`) trusts only processes of the same user. This
module asks the operating system, never the peer:

* Linux: ``SO_PEERCRED`` (pid, uid of the process that connected or listened);
* macOS and the BSDs: ``LOCAL_PEERCRED`` (``struct xucred``: uid), ``LOCAL_PEERPID`` (macOS);
* Windows: ``GetNamedPipeServerProcessId`` / ``GetNamedPipeClientProcessId``, then the user
  SID of that process' token compared with ours. A process we may not even query (access
  denied) belongs to another user.

Standard library only (``ctypes`` on Windows), no Qt; runs on the caller's thread.
"""

from __future__ import annotations

import os
import socket
import struct
import sys
from dataclasses import dataclass

#: ``getsockopt`` level and options for ``LOCAL_PEERCRED`` / ``LOCAL_PEERPID`` (macOS, BSD).
_SOL_LOCAL = 0
_LOCAL_PEERCRED = 0x001
_LOCAL_PEERPID = 0x002
#: ``struct xucred``: u_int version, uid_t uid, short ngroups, gid_t groups[16] (+ padding).
_XUCRED_SIZE = 4 + 4 + 2 + 2 + 16 * 4


@dataclass(frozen=True)
class Peer:
    """The process at the other end: ``pid`` and ``uid`` when known, and the verdict."""

    pid: int | None
    uid: int | None
    same_user: bool

    def describe(self) -> str:
        """``"uid 1001, pid 4242"`` (what is known)."""
        parts = [f"uid {self.uid}" if self.uid is not None else "",
                 f"pid {self.pid}" if self.pid else ""]
        return ", ".join(p for p in parts if p) or "unknown process"


def peer_of(descriptor: int, *, server: bool) -> Peer | None:
    """The peer of a connected socket file descriptor (POSIX) or pipe HANDLE (Windows).

    ``server`` says which end ``descriptor`` is (the server asks about its client). None when
    this platform cannot tell (the caller then relies on the folder/pipe permissions alone).
    """
    if descriptor is None or descriptor < 0:
        return None
    if os.name == "posix":
        return _posix_peer(descriptor)
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_peer(descriptor, server=server)
    return None


def _posix_peer(fd: int) -> Peer | None:
    try:
        sock = socket.socket(fileno=os.dup(fd))
    except OSError:
        return None
    try:
        if hasattr(socket, "SO_PEERCRED"):
            raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
            pid, uid, _gid = struct.unpack("3i", raw)
            return Peer(pid or None, uid, uid == os.geteuid())
        raw = sock.getsockopt(_SOL_LOCAL, _LOCAL_PEERCRED, _XUCRED_SIZE)
        _version, uid = struct.unpack_from("=II", raw)
        pid = None
        if sys.platform == "darwin":
            try:
                pid = struct.unpack("i", sock.getsockopt(_SOL_LOCAL, _LOCAL_PEERPID, 4))[0]
            except OSError:
                pid = None
        return Peer(pid, uid, uid == os.geteuid())
    except (OSError, struct.error):
        return None
    finally:
        sock.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    def _windows_peer(handle: int, *, server: bool) -> Peer | None:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        query = (kernel32.GetNamedPipeClientProcessId if server
                 else kernel32.GetNamedPipeServerProcessId)
        query.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.ULONG)]
        query.restype = wintypes.BOOL
        pid = wintypes.ULONG()
        if not query(wintypes.HANDLE(handle), ctypes.byref(pid)):
            return None
        mine = _process_user_sid(None)
        theirs = _process_user_sid(pid.value)
        if mine is None:
            return None
        return Peer(pid.value, None, theirs is not None and theirs == mine)


    def _process_user_sid(pid: int | None) -> bytes | None:
        """The user SID (bytes) of process ``pid`` (None = this process); None if it cannot be
        queried (for another process: access denied = another user's)."""
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
        advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD,
                                              ctypes.POINTER(wintypes.HANDLE)]
        advapi32.GetTokenInformation.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                                 wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)]
        advapi32.GetLengthSid.argtypes = [ctypes.c_void_p]
        advapi32.GetLengthSid.restype = wintypes.DWORD
        process_query_limited_information, token_query, token_user = 0x1000, 0x0008, 1

        process = (kernel32.GetCurrentProcess() if pid is None
                   else kernel32.OpenProcess(process_query_limited_information, False, pid))
        if not process:
            return None
        token = wintypes.HANDLE()
        try:
            if not advapi32.OpenProcessToken(process, token_query, ctypes.byref(token)):
                return None
            try:
                size = wintypes.DWORD()
                advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
                buffer = ctypes.create_string_buffer(size.value)
                if not advapi32.GetTokenInformation(token, token_user, buffer, size,
                                                    ctypes.byref(size)):
                    return None
                sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
                return ctypes.string_at(sid, advapi32.GetLengthSid(sid))
            finally:
                kernel32.CloseHandle(token)
        finally:
            if pid is not None:
                kernel32.CloseHandle(process)
else:
    def _windows_peer(handle: int, *, server: bool) -> Peer | None:
        """Windows only."""
        return None


__all__ = ["Peer", "peer_of"]
