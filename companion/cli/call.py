"""``companion call start|end|status``: tell the running app about call state.

For CTI scripts and softphone hooks: ``companion call start`` when a call is answered,
``companion call end`` when it is hung up. Explicit signals override the app's speech
heuristic (see ``docs/calls.md``). The command goes over the local command channel
(:mod:`companion.ipc`); Qt is imported only when the command runs.

Exit codes: 0 done, 2 Companion is not running or refused the command.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from companion.errors import CompanionError

ACTIONS = ("start", "end", "status")

_STATE_TEXT = {"idle": "idle (between calls)", "in_call": "in a call",
               "wrap_up": "wrapping up after a call"}
_SIGNAL_TEXT = {"speech": "speech detection", "manual": "the tray menu",
                "ipc": "'companion call'", "os_mic": "the microphone in use by another app",
                "timer": "the wrap-up timer"}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``call`` subcommand."""
    parser = subparsers.add_parser(
        "call", help="Tell the running app a call started or ended, or show call state",
        description=(
            "Tell the running Companion that a call started or ended (for CTI scripts and "
            "softphone hooks), or show the current call state. Explicit start/end override "
            "the app's speech-based call detection."),
    )
    parser.add_argument("action", choices=ACTIONS,
                        help="start: a call began; end: it ended; status: show the state")
    parser.add_argument("--json", action="store_true",
                        help="print the app's reply as one JSON object")
    parser.add_argument("--timeout", type=float, default=2.0, metavar="SECONDS",
                        help="how long to wait for the app (default 2)")
    parser.set_defaults(func=run)


def _clock_text(epoch_s: float | None) -> str:
    if epoch_s is None:
        return "-"
    return time.strftime("%H:%M:%S", time.localtime(epoch_s))


def _ago_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def format_status(action: str, result: dict[str, Any], now: float) -> str:
    """Human-readable lines for a ``call.*`` reply."""
    state = str(result.get("state", "?"))
    since = result.get("since")
    signal = result.get("signal")
    lines = []
    if action == "start":
        lines.append("call started" if result.get("changed") else "already in a call")
    elif action == "end":
        lines.append("call ended" if result.get("changed") else "no call was in progress")
    text = f"state: {_STATE_TEXT.get(state, state)}"
    if isinstance(since, (int, float)):
        text += f" since {_clock_text(since)}"
        if since <= now + 1.0:  # a sped-up demo runs on its own clock, ahead of ours
            text += f" ({_ago_text(now - since)} ago)"
    lines.append(text)
    if signal:
        lines.append(f"changed by: {_SIGNAL_TEXT.get(str(signal), str(signal))}")
    started = result.get("call_started_at")
    if isinstance(started, (int, float)) and state in ("in_call", "wrap_up"):
        lines.append(f"call started at: {_clock_text(started)}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Send the command to the running instance and print its answer."""
    if not args.timeout > 0:
        raise CompanionError(f"--timeout must be a positive number of seconds, not {args.timeout}")
    from companion.ipc import send_command

    reply = send_command(f"call.{args.action}", {}, timeout_s=args.timeout)
    if not reply.get("ok"):
        raise CompanionError(f"Companion refused 'call {args.action}': "
                             f"{reply.get('error', 'no reason given')}")
    result = reply.get("result") or {}
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        print(format_status(args.action, result, time.time()))
    return 0
