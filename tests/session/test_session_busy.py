"""Busy detection (presenting, full screen, do not disturb) with fake OS answers."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from companion.session import busy
from companion.session.busy import (
    MAC_FOCUS_ASSERTIONS,
    NOTIFICATIONS_INHIBITED,
    BusyReason,
    BusyStatus,
    LinuxDoNotDisturbDetector,
    MacFocusDetector,
    NullBusyDetector,
    WindowsNotificationStateDetector,
    busy_detector_for_platform,
    gsettings_value,
    run_command,
)


class FakeRunner:
    """Answers commands from a table; records what was asked."""

    def __init__(self, answers: dict[tuple[str, ...], str | None]) -> None:
        self.answers = answers
        self.asked: list[tuple[str, ...]] = []

    def __call__(self, args: Sequence[str]) -> str | None:
        self.asked.append(tuple(args))
        return self.answers.get(tuple(args))


BANNERS = ("gsettings", "get", "org.gnome.desktop.notifications", "show-banners")


@pytest.mark.parametrize(("state", "expected"), [
    (busy.QUNS_ACCEPTS_NOTIFICATIONS, BusyStatus.free()),
    (busy.QUNS_PRESENTATION_MODE, BusyStatus.because(BusyReason.PRESENTING)),
    (busy.QUNS_BUSY, BusyStatus.because(BusyReason.FULL_SCREEN)),
    (busy.QUNS_RUNNING_D3D_FULL_SCREEN, BusyStatus.because(BusyReason.FULL_SCREEN)),
    (busy.QUNS_APP, BusyStatus.because(BusyReason.FULL_SCREEN)),
    (busy.QUNS_QUIET_TIME, BusyStatus.because(BusyReason.DO_NOT_DISTURB)),
    (busy.QUNS_NOT_PRESENT, BusyStatus.because(BusyReason.AWAY)),
    (99, None),
    (None, None),
])
def test_windows_notification_state(state, expected) -> None:
    assert WindowsNotificationStateDetector(query=lambda: state).poll() == expected


def test_windows_failure_is_cannot_tell() -> None:
    def broken() -> int:
        raise OSError("no shell32")
    assert WindowsNotificationStateDetector(query=broken).poll() is None


def _mac(tmp_path: Path, payload: object | None) -> MacFocusDetector:
    if payload is not None:
        path = tmp_path / MAC_FOCUS_ASSERTIONS
        path.parent.mkdir(parents=True)
        path.write_text(payload if isinstance(payload, str) else json.dumps(payload),
                        encoding="utf-8")
    return MacFocusDetector(home=tmp_path)


def test_mac_focus_on_off_and_unreadable(tmp_path: Path) -> None:
    on = {"data": [{"storeAssertionRecords": [{"assertionDetails": {"mode": "work"}}]}]}
    assert _mac(tmp_path / "a", on).poll() == BusyStatus.because(BusyReason.DO_NOT_DISTURB)
    assert _mac(tmp_path / "b", {"data": [{"storeAssertionRecords": []}]}).poll() \
        == BusyStatus.free()
    assert _mac(tmp_path / "c", None).poll() is None            # missing / no permission
    assert _mac(tmp_path / "d", "{not json").poll() is None
    assert _mac(tmp_path / "e", ["unexpected"]).poll() is None


def test_mac_refuses_a_huge_file(tmp_path: Path) -> None:
    detector = _mac(tmp_path, {"data": [{"storeAssertionRecords": [1]}]})
    path = tmp_path / MAC_FOCUS_ASSERTIONS
    path.write_text(" " * (busy.MAX_ASSERTIONS_BYTES + 1) + "{}", encoding="utf-8")
    assert detector.poll() is None


def test_linux_gnome_banners_and_freedesktop_inhibited() -> None:
    gnome_dnd = FakeRunner({BANNERS: "false\n"})
    assert LinuxDoNotDisturbDetector(gnome_dnd).poll() \
        == BusyStatus.because(BusyReason.DO_NOT_DISTURB)
    assert len(gnome_dnd.asked) == 1, "one cheap command when GNOME already says so"
    kde = FakeRunner({NOTIFICATIONS_INHIBITED: "b true\n"})
    assert LinuxDoNotDisturbDetector(kde).poll() == BusyStatus.because(BusyReason.DO_NOT_DISTURB)
    free = FakeRunner({BANNERS: "true\n", NOTIFICATIONS_INHIBITED: "b false\n"})
    assert LinuxDoNotDisturbDetector(free).poll() == BusyStatus.free()
    assert LinuxDoNotDisturbDetector(FakeRunner({})).poll() is None


def test_gsettings_value_strips_quotes() -> None:
    runner = FakeRunner({("gsettings", "get", "a.b", "c"): "'default'\n"})
    assert gsettings_value("a.b", "c", runner) == "default"
    assert gsettings_value("a.b", "missing", runner) is None


def test_run_command_reports_missing_failing_and_slow_programs(tmp_path: Path) -> None:
    assert run_command(["companion-no-such-program"]) is None
    assert run_command([sys.executable, "-c", "print('hi')"]) == "hi\n"
    assert run_command([sys.executable, "-c", "raise SystemExit(3)"]) is None
    assert run_command([sys.executable, "-c", "import time; time.sleep(5)"],
                       timeout_s=0.2) is None


def test_detector_per_platform() -> None:
    assert isinstance(busy_detector_for_platform("win32"), WindowsNotificationStateDetector)
    assert isinstance(busy_detector_for_platform("darwin"), MacFocusDetector)
    assert isinstance(busy_detector_for_platform("linux"), LinuxDoNotDisturbDetector)
    assert isinstance(busy_detector_for_platform("sunos5"), NullBusyDetector)
    assert NullBusyDetector().poll() is None
