"""What a screen reader sees: walks Companion's AT-SPI tree and records its events.

Run with the *system* interpreter (``/usr/bin/python3``, where pyatspi lives) inside the
accessibility session of ``tests/helpers/atspi.py``; not collected by pytest. It waits for
the application named on the command line to appear on the accessibility bus, prints
``ready`` and then answers one command per line on stdin with one JSON line on stdout:

* ``dump``   -> the tree: every object's role, name, description, text and states;
* ``events`` -> the events seen since the last ``events`` (announcements, focus, name changes);
* ``wait KIND TEXT`` -> the first event seen whose type contains KIND and whose name or data
  contains TEXT, waiting up to 20 s for it (``null`` if none came);
* ``quit``.
"""

import json
import sys
import time

import pyatspi
from gi.repository import GLib

APP = sys.argv[1] if len(sys.argv) > 1 else "Companion"
EVENTS = ("object:announcement", "object:state-changed:focused",
          "object:state-changed:showing", "object:property-change:accessible-name",
          "window:activate")
STATES = {"focusable": pyatspi.STATE_FOCUSABLE, "focused": pyatspi.STATE_FOCUSED,
          "showing": pyatspi.STATE_SHOWING, "visible": pyatspi.STATE_VISIBLE}
MAX_DEPTH = 12

seen = []


def describe(obj):
    try:
        return {"role": obj.getRoleName(), "name": obj.name or ""}
    except Exception:  # noqa: BLE001 - an object may go away while we look
        return {"role": "?", "name": ""}


def on_event(event):
    entry = {"type": event.type, "detail1": event.detail1}
    entry.update(describe(event.source))
    data = event.any_data
    if isinstance(data, str):
        entry["data"] = data
    seen.append(entry)


def node(obj, depth):
    out = describe(obj)
    try:
        out["description"] = obj.description or ""
        states = obj.getState()
        out["states"] = sorted(k for k, v in STATES.items() if states.contains(v))
    except Exception:  # noqa: BLE001
        out["states"] = []
    try:
        text = obj.queryText()
        out["text"] = text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    except Exception:  # noqa: BLE001
        pass
    if depth < MAX_DEPTH:
        kids = []
        for i in range(obj.childCount):
            child = obj.getChildAtIndex(i)
            if child is not None:
                kids.append(node(child, depth + 1))
        out["children"] = kids
    return out


def matches(entry, kind, text):
    return kind in entry["type"] and (text in entry.get("name", "")
                                      or text in entry.get("data", ""))


def wait_for_event(kind, text, timeout_s=20.0):
    ctx = GLib.MainContext.default()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for entry in seen:
            if matches(entry, kind, text):
                return entry
        ctx.iteration(True) if ctx.pending() else time.sleep(0.02)
    return None


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == APP:
            return app
    return None


def wait_for_app(timeout_s=30.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app = find_app()
        if app is not None:
            return app
        ctx = GLib.MainContext.default()
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.1)
    return None


def main():
    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(on_event, kind)
    loop = GLib.MainLoop()

    def on_line(channel, _condition):
        line = channel.readline().strip()
        if line == "dump":
            app = find_app()
            print(json.dumps(node(app, 0) if app is not None else None), flush=True)
        elif line == "events":
            ctx = GLib.MainContext.default()
            while ctx.pending():
                ctx.iteration(False)
            print(json.dumps(seen), flush=True)
            seen.clear()
        elif line.startswith("wait "):
            _, kind, text = line.split(" ", 2)
            print(json.dumps(wait_for_event(kind, text)), flush=True)
        elif line in ("quit", ""):
            loop.quit()
            return False
        return True

    app = wait_for_app()
    print("ready" if app is not None else "no-app", flush=True)
    if app is None:
        return 1
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP,
                      on_line)
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
