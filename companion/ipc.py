"""Single instance and local commands over a per-user ``QLocalServer`` (no TCP, no network).

Threads: :class:`IpcServer` lives on the GUI thread and calls its handler there (from Qt's
event loop); :func:`send_command` is a blocking client for the CLI and for a second launch
forwarding its command, and needs no running event loop.

Wire format: one UTF-8 JSON object per line, at most :data:`MAX_MESSAGE_BYTES` bytes per line
(newline included). Request ``{"cmd": "call.status", "args": {}}``; reply
``{"ok": true, "result": {...}}`` or ``{"ok": false, "error": "one line"}``. Only
:data:`KNOWN_COMMANDS` are accepted. The server is created with user-only access
(``QLocalServer.SocketOption.UserAccessOption``); on POSIX that is a socket file with mode
0700 in the temp folder, on Windows a named pipe restricted to the user.

The server name is per user (``companion-`` + a hash of the login name) so two people on one
machine each get their own instance; ``COMPANION_IPC_NAME`` overrides it (tests, portable
setups).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion.errors import CompanionError

log = logging.getLogger(__name__)

#: Commands a running instance accepts.
KNOWN_COMMANDS = ("call.start", "call.end", "call.status", "breathe", "show", "card",
                  "dashboard", "quit")
#: Largest request or reply line, bytes (newline included).
MAX_MESSAGE_BYTES = 4096
#: Environment variable overriding the server name.
NAME_ENV = "COMPANION_IPC_NAME"
#: Seconds a connection may stay idle before the server closes it.
IDLE_TIMEOUT_S = 5.0
#: Most simultaneous client connections.
MAX_CONNECTIONS = 8

_NAME_RE = re.compile(r"^[A-Za-z0-9._-]{1,80}$")

Handler = Callable[[str, dict], dict]


class IpcError(CompanionError):
    """The local command channel failed (timeout, malformed reply, cannot listen)."""


class NotRunningError(IpcError):
    """No Companion instance is listening."""

    def __init__(self) -> None:
        super().__init__("Companion is not running; start it first")


class AlreadyRunningError(IpcError):
    """Another instance already listens on the server name."""


def server_name(user: str | None = None) -> str:
    """The per-user server name (``COMPANION_IPC_NAME`` wins when set).

    Raises
    ------
    IpcError
        When ``COMPANION_IPC_NAME`` holds characters other than letters, digits, ``._-``.
    """
    override = os.environ.get(NAME_ENV)
    if override is not None:
        if not _NAME_RE.match(override):
            raise IpcError(f"environment variable {NAME_ENV}={override!r} is not a valid name",
                           "use 1-80 letters, digits, '.', '_' or '-', or unset it")
        return override
    if user is None:
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no login name (service accounts): use the uid
            user = str(getattr(os, "getuid", lambda: "user")())
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return f"companion-{digest}"


def encode_message(obj: dict[str, Any]) -> bytes:
    """One JSON line (compact, UTF-8, ``\\n``-terminated)."""
    return (json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")


def parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Validate one request line (without the newline) into ``(cmd, args)``.

    Raises
    ------
    IpcError
        With the one-line reason sent back to the client.
    """
    if len(line) + 1 > MAX_MESSAGE_BYTES:
        raise IpcError(f"message is larger than {MAX_MESSAGE_BYTES} bytes")
    try:
        obj = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise IpcError("message is not one JSON object per line") from None
    if not isinstance(obj, dict):
        raise IpcError("message must be a JSON object with 'cmd' and 'args'")
    cmd = obj.get("cmd")
    args = obj.get("args", {})
    if not isinstance(cmd, str):
        raise IpcError("message needs a 'cmd' string")
    if cmd not in KNOWN_COMMANDS:
        shown = cmd if len(cmd) <= 40 else cmd[:40] + "..."
        raise IpcError(f"unknown command {shown!r}",
                       f"known commands: {', '.join(KNOWN_COMMANDS)}")
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise IpcError("'args' must be a JSON object")
    unknown = set(obj) - {"cmd", "args"}
    if unknown:
        raise IpcError(f"unexpected field(s) {', '.join(sorted(unknown))} in message")
    return cmd, args


class _Connection(QObject):
    """One client connection: reads lines, answers each, closes when idle or abusive."""

    def __init__(self, socket: QLocalSocket, server: IpcServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._buffer = bytearray()
        self._closing = False
        self._gone = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(IDLE_TIMEOUT_S * 1000))
        self._idle.timeout.connect(self.close)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._idle.start()

    def _on_ready_read(self) -> None:
        if self._closing:
            self._socket.readAll()
            return
        self._idle.start()
        self._buffer += bytes(self._socket.readAll().data())
        while not self._closing:
            end = self._buffer.find(b"\n")
            if (end < 0 and len(self._buffer) >= MAX_MESSAGE_BYTES) \
                    or end + 1 > MAX_MESSAGE_BYTES:
                self._reply({"ok": False,
                             "error": f"message is larger than {MAX_MESSAGE_BYTES} bytes"})
                self.close()
                return
            if end < 0:
                return
            line = bytes(self._buffer[:end]).rstrip(b"\r")
            del self._buffer[: end + 1]
            if line.strip():
                self._reply(self._server._dispatch(line))

    def _reply(self, obj: dict[str, Any]) -> None:
        data = encode_message(obj)
        if len(data) > MAX_MESSAGE_BYTES:
            data = encode_message({"ok": False, "error": "reply is too large"})
        self._socket.write(data)
        self._socket.flush()

    def close(self) -> None:
        """Flush what was written and disconnect."""
        if self._closing:
            return
        self._closing = True
        self._idle.stop()
        self._socket.disconnectFromServer()  # writes pending data first
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    @property
    def gone(self) -> bool:
        """True once the client disconnected (the server prunes it later)."""
        return self._gone

    def _on_disconnected(self) -> None:
        # Only mark: the server drops its reference later (when the next client arrives or
        # on close), never while this object's own slot is running.
        if self._gone:
            return
        self._gone = True
        self._idle.stop()
        self._socket.deleteLater()


class IpcServer(QObject):
    """The running instance's end of the command channel (GUI thread).

    Parameters
    ----------
    handler
        ``handler(cmd, args) -> result dict``, called on the GUI thread for each known
        command. A :class:`CompanionError` it raises is sent back as ``{"ok": false}``.
    name
        Server name (default :func:`server_name`).
    """

    #: Emitted with (cmd, args) before the handler runs.
    command_received = Signal(str, object)

    def __init__(self, handler: Handler, *, name: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self.name = name or server_name()
        self._server: QLocalServer | None = None
        self._connections: list[_Connection] = []

    @property
    def listening(self) -> bool:
        """Whether the server accepts connections."""
        return self._server is not None and self._server.isListening()

    @property
    def full_server_name(self) -> str:
        """The socket path (POSIX) or pipe name (Windows); '' when not listening."""
        return self._server.fullServerName() if self._server is not None else ""

    def start(self) -> None:
        """Listen; a stale name left by a crashed instance is removed first.

        Raises
        ------
        AlreadyRunningError
            Another instance answers on this name.
        IpcError
            The name cannot be listened on.
        """
        if self.listening:
            return
        if is_listening(self.name):
            raise AlreadyRunningError(f"another Companion instance listens on '{self.name}'")
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(MAX_CONNECTIONS)
        if not server.listen(self.name):
            # Nobody answered, so the name is stale (a crashed instance's socket file).
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                reason = server.errorString()
                server.deleteLater()
                raise IpcError(f"cannot open the local command channel '{self.name}': {reason}",
                               "check the temp folder is writable, or set COMPANION_IPC_NAME")
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def close(self) -> None:
        """Stop listening and drop every connection."""
        for conn in self._connections:
            if not conn.gone:
                conn.close()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        self._prune()
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if len(self._connections) >= MAX_CONNECTIONS:
                socket.write(encode_message({"ok": False, "error": "too many connections"}))
                socket.disconnectFromServer()
                socket.deleteLater()
                continue
            self._connections.append(_Connection(socket, self))

    def _prune(self) -> None:
        """Drop connections whose client has gone (never called from their own slots)."""
        keep = []
        for conn in self._connections:
            if conn.gone:
                conn.deleteLater()
            else:
                keep.append(conn)
        self._connections = keep

    def _dispatch(self, line: bytes) -> dict[str, Any]:
        """Validate, run the handler, and build the reply object."""
        try:
            cmd, args = parse_request(line)
        except IpcError as exc:
            return {"ok": False, "error": exc.one_line()}
        self.command_received.emit(cmd, args)
        try:
            result = self._handler(cmd, args)
        except CompanionError as exc:
            return {"ok": False, "error": exc.one_line()}
        except Exception as exc:  # a bug in the handler must not take the app down
            log.exception("IPC handler failed for %s", cmd)
            return {"ok": False, "error": f"internal error while running {cmd}: "
                                          f"{type(exc).__name__}"}
        return {"ok": True, "result": {} if result is None else result}


def _ensure_core_app() -> QCoreApplication:
    """The existing Qt application, or a new QCoreApplication (the CLI has none).

    Only :func:`send_command` calls this: a GUI process must create its ``QApplication``
    before forwarding a command, or Qt would refuse to create it afterwards.
    """
    app = QCoreApplication.instance()
    return app if app is not None else QCoreApplication([])


def is_listening(name: str | None = None, *, timeout_s: float = 0.5) -> bool:
    """Whether an instance accepts connections on ``name`` (default :func:`server_name`).

    Creates no Qt application (a blocking connect needs no event loop), so the GUI can call
    it, via :func:`claim_single_instance`, before or after creating its ``QApplication``.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    ok = socket.waitForConnected(int(timeout_s * 1000))
    socket.abort()
    return ok


def claim_single_instance(handler: Handler, *, name: str | None = None,
                          parent: QObject | None = None) -> IpcServer | None:
    """Start the server for this instance, or None when another instance already runs."""
    server = IpcServer(handler, name=name, parent=parent)
    try:
        server.start()
    except AlreadyRunningError:
        server.deleteLater()
        return None
    return server


def send_command(cmd: str, args: dict[str, Any] | None = None, *, timeout_s: float = 2.0,
                 name: str | None = None) -> dict[str, Any]:
    """Send one command to the running instance and return its reply object.

    Works without a running event loop (blocking waits). The reply is
    ``{"ok": True, "result": {...}}`` or ``{"ok": False, "error": "..."}``.

    Raises
    ------
    NotRunningError
        No instance listens on the server name.
    IpcError
        Unknown command, request too large, timeout, or a malformed reply.
    """
    if cmd not in KNOWN_COMMANDS:
        raise IpcError(f"unknown command {cmd!r}", f"known commands: {', '.join(KNOWN_COMMANDS)}")
    payload = encode_message({"cmd": cmd, "args": args or {}})
    if len(payload) > MAX_MESSAGE_BYTES:
        raise IpcError(f"command '{cmd}' is larger than {MAX_MESSAGE_BYTES} bytes")
    _ensure_core_app()
    deadline = time.monotonic() + timeout_s

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    try:
        if not socket.waitForConnected(remaining_ms()):
            if socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError:
                raise IpcError(f"Companion did not accept '{cmd}' within {timeout_s:g} s",
                               "it may be busy; try again")
            raise NotRunningError()
        socket.write(payload)
        socket.waitForBytesWritten(remaining_ms())
        buffer = bytearray()
        while b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                raise IpcError("Companion sent a reply larger than allowed")
            if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(remaining_ms()) \
                    and socket.bytesAvailable() == 0:
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    raise IpcError(f"Companion closed the connection before answering '{cmd}'")
                raise IpcError(f"Companion did not answer '{cmd}' within {timeout_s:g} s",
                               "it may be busy or hung; try again")
            buffer += bytes(socket.readAll().data())
        line = bytes(buffer[: buffer.index(b"\n")])
    finally:
        socket.abort()
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise IpcError("Companion sent a malformed reply") from None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise IpcError("Companion sent a malformed reply")
    return reply
