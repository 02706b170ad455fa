"""Single instance and local commands over a per-user ``QLocalServer`` (no TCP, no network).

Threads: :class:`IpcServer` lives on the GUI thread and calls its handler there (from Qt's
event loop); :func:`send_command` is a blocking client for the CLI and for a second launch
forwarding its command, and needs no running event loop.

Wire format: one UTF-8 JSON object per line, at most :data:`MAX_MESSAGE_BYTES` bytes per line
(newline included), nested at most :data:`MAX_JSON_DEPTH` deep, finite numbers only. Request
``{"cmd": "call.status", "args": {}}``; reply ``{"ok": true, "result": {...}}`` or
``{"ok": false, "error": "one line"}`` (plus ``"busy": true`` when the server is full: the
client retries). Only :data:`KNOWN_COMMANDS` are accepted.

Where it listens, and whom it trusts:

* POSIX: a socket file named :func:`server_name` inside the per-user private folder
  :func:`companion.paths.runtime_dir` (``$XDG_RUNTIME_DIR/companion``, macOS' per-user
  ``$TMPDIR/companion``, else ``<temp>/companion-<uid>``; 0700, checked to be this user's).
  Another user cannot create, replace or answer it; a folder or file at that path that
  belongs to someone else is a clear error naming the path, never "already running".
* Windows: a named pipe restricted to the user (``UserAccessOption``).
* Both ends check the other's user (``SO_PEERCRED`` / ``LOCAL_PEERCRED`` on POSIX, the pipe
  server's or client's process token on Windows): the server drops clients of other users,
  the client refuses a listener of another user and sends it nothing.

Each connection must deliver a complete line within :data:`REQUEST_DEADLINE_S` of connecting
(or of its previous reply): trickling bytes does not extend it. At most
:data:`MAX_CONNECTIONS` connections are served; a new one then pushes out the oldest (if it
has had its chance) or is told the server is busy.

``COMPANION_IPC_NAME`` overrides the name (tests, portable setups).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import stat
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion import peercred
from companion.errors import CompanionError
from companion.paths import (
    RUNTIME_DIR_ENV,
    UnsafeFolderError,
    check_private_dir,
    ensure_runtime_dir,
    login_name,
    runtime_dir,
)

log = logging.getLogger(__name__)

#: Commands a running instance accepts.
KNOWN_COMMANDS = ("call.start", "call.end", "call.status", "breathe", "show", "card",
                  "dashboard", "quit")
#: Largest request or reply line, bytes (newline included).
MAX_MESSAGE_BYTES = 4096
#: Environment variable overriding the server name.
NAME_ENV = "COMPANION_IPC_NAME"
#: Seconds a client has to deliver a complete request line (from connecting, or from its
#: previous reply); partial data does not extend it.
REQUEST_DEADLINE_S = 2.0
#: Most simultaneous client connections.
MAX_CONNECTIONS = 8
#: Seconds a connection is served before a newcomer may push it out when all are taken.
MIN_SERVED_S = 0.25
#: Deepest nesting of arrays/objects in a request (``{"args": {...}}`` is 2).
MAX_JSON_DEPTH = 16
#: Longest Unix socket path (``sun_path`` holds 108 bytes on Linux, 104 on macOS and the
#: BSDs, the terminating NUL included).
MAX_SOCKET_PATH_BYTES = 107 if sys.platform.startswith("linux") else 103
#: Reply sent when every connection slot is taken.
BUSY_REPLY = {"ok": False, "busy": True,
              "error": "Companion is busy with other local connections; try again"}

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
        user = login_name() or str(getattr(os, "getuid", lambda: "user")())
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]
    return f"companion-{digest}"


def server_address(name: str | None = None) -> str:
    """What Qt listens on / connects to: the socket path in the private runtime folder
    (POSIX), the pipe name (Windows). Creates nothing.

    Raises
    ------
    IpcError
        The path would be longer than a Unix socket path may be.
    """
    name = name or server_name()
    if os.name != "posix":
        return name
    path = str(runtime_dir() / name)
    if len(os.fsencode(path)) > MAX_SOCKET_PATH_BYTES:
        raise IpcError(f"the command channel path {path} is too long for a local socket",
                       f"set {RUNTIME_DIR_ENV} to a shorter folder")
    return path


def _socket_file_problem(path: str) -> str | None:
    """Why the file at ``path`` cannot be our socket (None: it can, or there is none)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be checked ({exc.strerror})"
    if not stat.S_ISSOCK(info.st_mode):
        return "is not a socket"
    if info.st_uid != os.geteuid():
        return f"belongs to another user (uid {info.st_uid})"
    return None


def _checked_client_address(name: str | None) -> str:
    """The address to connect to, after checking (POSIX) that the folder and the socket file
    are this user's. Raises NotRunningError when there is nothing to connect to."""
    if os.name != "posix":
        return server_address(name)
    folder = runtime_dir()
    if not os.path.lexists(folder):
        raise NotRunningError()
    try:
        check_private_dir(folder)
    except UnsafeFolderError as exc:
        raise IpcError(exc.message, exc.hint) from None
    address = server_address(name)
    if not os.path.lexists(address):
        raise NotRunningError()
    problem = _socket_file_problem(address)
    if problem:
        raise IpcError(f"the command channel {address} {problem}; nothing was sent",
                       "ask your administrator to remove it")
    return address


def _check_peer(socket: QLocalSocket, address: str) -> None:
    """Raise IpcError when the process at the other end runs as another user."""
    peer = peercred.peer_of(int(socket.socketDescriptor()), server=False)
    if peer is not None and not peer.same_user:
        raise IpcError(f"the command channel {address} is answered by another user's "
                       f"process ({peer.describe()}); nothing was sent",
                       "ask your administrator to find and stop it")


def encode_message(obj: dict[str, Any]) -> bytes:
    """One JSON line (compact, UTF-8, ``\\n``-terminated)."""
    return (json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")


_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')


def json_depth(line: bytes) -> int:
    """Deepest nesting of ``[``/``{`` in ``line`` (strings ignored); cheap, no recursion."""
    depth = deepest = 0
    for byte in _JSON_STRING.sub(b'""', line):
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif byte in b"]}":
            depth -= 1
    return deepest


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Validate one request line (without the newline) into ``(cmd, args)``.

    Raises
    ------
    IpcError
        With the one-line reason sent back to the client (never anything else, for any
        bytes: too large, too deeply nested, not JSON, NaN/Infinity, wrong shape).
    """
    if len(line) + 1 > MAX_MESSAGE_BYTES:
        raise IpcError(f"message is larger than {MAX_MESSAGE_BYTES} bytes")
    if json_depth(line) > MAX_JSON_DEPTH:
        raise IpcError(f"message is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        obj = json.loads(line.decode("utf-8"), parse_float=_finite,
                         parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpcError("message is not one JSON object per line (finite numbers only)") \
            from None
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
    """One client connection: reads lines, answers each, closes on its deadline or abuse."""

    def __init__(self, socket: QLocalSocket, server: IpcServer, *, busy: bool = False) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        #: Answer the first request with :data:`BUSY_REPLY`, then close (the client's request
        #: is read first, so it never writes into a closed socket and loses the reply).
        self.busy = busy
        self._buffer = bytearray()
        self._closing = False
        self._gone = False
        self.age = QElapsedTimer()
        self.age.start()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(int(REQUEST_DEADLINE_S * 1000))
        self._deadline.timeout.connect(self._on_deadline)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._deadline.start()

    def _on_ready_read(self) -> None:
        if self._closing:
            self._socket.readAll()
            return
        self._buffer += bytes(self._socket.readAll().data())
        while not self._closing:
            end = self._buffer.find(b"\n")
            if (end < 0 and len(self._buffer) >= MAX_MESSAGE_BYTES) \
                    or end + 1 > MAX_MESSAGE_BYTES:
                self.close_with({"ok": False,
                                 "error": f"message is larger than {MAX_MESSAGE_BYTES} bytes"})
                return
            if end < 0:
                return
            line = bytes(self._buffer[:end]).rstrip(b"\r")
            del self._buffer[: end + 1]
            if line.strip() and self.busy:
                self.close_with(BUSY_REPLY)
            elif line.strip():
                self._reply(self._server._dispatch(line))
                self._deadline.start()  # a new deadline for the next request only

    def _on_deadline(self) -> None:
        if self._buffer.strip():
            self.close_with({"ok": False, "error": "message not completed within "
                                                   f"{REQUEST_DEADLINE_S:g} s"})
        else:
            self.close()

    def _reply(self, obj: dict[str, Any]) -> None:
        data = encode_message(obj)
        if len(data) > MAX_MESSAGE_BYTES:
            data = encode_message({"ok": False, "error": "reply is too large"})
        self._socket.write(data)
        self._socket.flush()

    def close_with(self, reply: dict[str, Any]) -> None:
        """Send ``reply``, then disconnect."""
        if not self._closing:
            self._reply(reply)
        self.close()

    def close(self) -> None:
        """Flush what was written and disconnect."""
        if self._closing:
            return
        self._closing = True
        self._deadline.stop()
        self._socket.disconnectFromServer()  # writes pending data first
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    @property
    def gone(self) -> bool:
        """True once the client disconnected (the server prunes it later)."""
        return self._gone

    @property
    def closing(self) -> bool:
        """True once this connection is on its way out."""
        return self._closing

    def _on_disconnected(self) -> None:
        # Only mark: the server drops its reference later (when the next client arrives or
        # on close), never while this object's own slot is running.
        if self._gone:
            return
        self._gone = True
        self._closing = True
        self._deadline.stop()
        with contextlib.suppress(RuntimeError):  # already deleted with its server at exit
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
        """Listen; a stale socket left by a crashed instance of this user is removed first.

        Raises
        ------
        AlreadyRunningError
            Another instance of this user answers on this name.
        IpcError
            The private folder or the socket path belongs to someone else (naming the
            path), or the name cannot be listened on.
        """
        if self.listening:
            return
        address = self._prepare_address()
        if is_listening(self.name):
            raise AlreadyRunningError(f"another Companion instance listens on {address}")
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(MAX_CONNECTIONS)
        if not server.listen(address):
            # Nobody answered, so the name is stale (a crashed instance's socket file).
            QLocalServer.removeServer(address)
            if not server.listen(address):
                reason = server.errorString()
                server.deleteLater()
                raise IpcError(f"cannot open the local command channel {address}: {reason}",
                               f"check that it is writable, or set {RUNTIME_DIR_ENV}")
        server.newConnection.connect(self._on_new_connection)
        self._server = server

    def _prepare_address(self) -> str:
        """The address to listen on; on POSIX the private folder is made and every path is
        checked to be this user's."""
        if os.name != "posix":
            return server_address(self.name)
        try:
            ensure_runtime_dir()
        except UnsafeFolderError as exc:
            raise IpcError(exc.message, exc.hint) from None
        address = server_address(self.name)
        problem = _socket_file_problem(address)
        if problem:
            raise IpcError(f"the command channel {address} {problem}, so Companion cannot "
                           "listen there", "ask your administrator to remove it")
        return address

    def close(self) -> None:
        """Stop listening (removing the socket file) and drop every connection."""
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
            peer = peercred.peer_of(int(socket.socketDescriptor()), server=True)
            if peer is not None and not peer.same_user:
                log.warning("IPC: refused a connection from another user (%s)",
                            peer.describe())
                socket.abort()
                socket.deleteLater()
                continue
            self._connections.append(_Connection(socket, self, busy=not self._make_room()))

    def _make_room(self) -> bool:
        """True when a new connection may be served; pushes out the oldest connection when
        every slot is taken and it has been served at least :data:`MIN_SERVED_S`."""
        live = [conn for conn in self._connections if not conn.closing and not conn.busy]
        if len(live) < MAX_CONNECTIONS:
            return True
        oldest = live[0]
        if oldest.age.elapsed() < MIN_SERVED_S * 1000:
            return False
        oldest.close_with({**BUSY_REPLY, "error": "closed to make room for another "
                                                   "connection; send whole lines at once"})
        return True

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
    """Whether an instance of this user accepts connections on ``name`` (default
    :func:`server_name`).

    Creates no Qt application (a blocking connect needs no event loop), so the GUI can call
    it, via :func:`claim_single_instance`, before or after creating its ``QApplication``.

    Raises
    ------
    IpcError
        What listens there (or the folder it is in) belongs to another user.
    """
    try:
        address = _checked_client_address(name)
    except NotRunningError:
        return False
    socket = QLocalSocket()
    socket.connectToServer(address)
    try:
        ok = socket.waitForConnected(int(timeout_s * 1000))
        if ok:
            _check_peer(socket, address)
        return ok
    finally:
        socket.abort()


def claim_single_instance(handler: Handler, *, name: str | None = None,
                          parent: QObject | None = None) -> IpcServer | None:
    """Start the server for this instance, or None when another instance already runs.

    Raises
    ------
    IpcError
        The channel cannot be used (a path squatted by another user, named in the message).
    """
    server = IpcServer(handler, name=name, parent=parent)
    try:
        server.start()
    except AlreadyRunningError:
        server.deleteLater()
        return None
    except IpcError:
        server.deleteLater()
        raise
    return server


def send_command(cmd: str, args: dict[str, Any] | None = None, *, timeout_s: float = 2.0,
                 name: str | None = None) -> dict[str, Any]:
    """Send one command to the running instance and return its reply object.

    Works without a running event loop (blocking waits). The reply is
    ``{"ok": True, "result": {...}}`` or ``{"ok": False, "error": "..."}``. A "busy" reply
    is retried until ``timeout_s`` is spent.

    Raises
    ------
    NotRunningError
        No instance listens on the server name.
    IpcError
        Unknown command, request too large, timeout, a malformed reply, or a channel that
        belongs to another user (nothing is sent to it).
    """
    if cmd not in KNOWN_COMMANDS:
        raise IpcError(f"unknown command {cmd!r}", f"known commands: {', '.join(KNOWN_COMMANDS)}")
    payload = encode_message({"cmd": cmd, "args": args or {}})
    if len(payload) > MAX_MESSAGE_BYTES:
        raise IpcError(f"command '{cmd}' is larger than {MAX_MESSAGE_BYTES} bytes")
    address = _checked_client_address(name)
    _ensure_core_app()
    deadline = time.monotonic() + timeout_s
    pause_s = 0.05
    while True:
        reply = _exchange(address, cmd, payload, deadline, timeout_s)
        if not reply.get("busy") or time.monotonic() + pause_s >= deadline:
            return reply
        time.sleep(pause_s)  # the server is full: give its deadline a chance to free a slot
        pause_s = min(pause_s * 2, 0.4)


def _exchange(address: str, cmd: str, payload: bytes, deadline: float,
              timeout_s: float) -> dict[str, Any]:
    """One connection: send ``payload``, read one reply line."""

    def remaining_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(address)
    try:
        if not socket.waitForConnected(remaining_ms()):
            if socket.error() == QLocalSocket.LocalSocketError.SocketTimeoutError:
                raise IpcError(f"Companion did not accept '{cmd}' within {timeout_s:g} s",
                               "it may be busy; try again")
            raise NotRunningError()
        _check_peer(socket, address)
        socket.write(payload)
        socket.waitForBytesWritten(remaining_ms())
        buffer = bytearray()
        while b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                raise IpcError("Companion sent a reply larger than allowed")
            if socket.bytesAvailable() == 0 and not socket.waitForReadyRead(remaining_ms()) \
                    and socket.bytesAvailable() == 0:
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    raise IpcError(f"Companion closed the connection before answering '{cmd}'",
                                   "it may be shutting down; try again")
                raise IpcError(f"Companion did not answer '{cmd}' within {timeout_s:g} s",
                               "it may be busy or hung; try again")
            buffer += bytes(socket.readAll().data())
        line = bytes(buffer[: buffer.index(b"\n")])
    finally:
        socket.abort()
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpcError("Companion sent a malformed reply") from None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise IpcError("Companion sent a malformed reply")
    return reply
