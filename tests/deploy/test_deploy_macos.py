"""macOS packaging files: valid plists/XML, the keys they must carry, the sample profile's
policy keys accepted by the schema and by the managed-preferences reader."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import policy
from companion.policy import PlistPolicyReader, combine
from companion.settings import setting_keys

MACOS = Path(__file__).resolve().parents[2] / "packaging" / "macos"


def load(name: str) -> object:
    with (MACOS / name).open("rb") as fh:
        return plistlib.load(fh)


def test_info_plist() -> None:
    info = load("Info.plist")
    assert info["CFBundleIdentifier"] == policy.BUNDLE_ID
    assert info["LSUIElement"] is True  # tray app: no Dock icon
    assert "no audio is recorded" in info["NSMicrophoneUsageDescription"].lower()
    assert load("entitlements.plist")["com.apple.security.device.audio-input"] is True


def test_launch_agent() -> None:
    agent = load("org.companion.app.autostart.plist")
    assert agent["RunAtLoad"] is True and agent["LimitLoadToSessionType"] == "Aqua"
    assert agent["ProgramArguments"] == ["/Applications/Companion.app/Contents/MacOS/Companion",
                                         "--autostart"]
    assert agent["Label"] != "org.companion.app"  # the per-user agent's label stays distinct
    # Where the pkg installs it is where Companion looks for it (read as IT policy).
    from companion.machine_autostart import MACHINE_LAUNCH_AGENT

    assert MACHINE_LAUNCH_AGENT.name == "org.companion.app.autostart.plist"
    assert str(MACHINE_LAUNCH_AGENT.parent) == "/Library/LaunchAgents"


def test_sample_profile_sets_valid_policy(tmp_path: Path) -> None:
    profile = load("Companion-policy.mobileconfig")
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == policy.BUNDLE_ID
    # What macOS writes to /Library/Managed Preferences/<bundle id>.plist:
    managed = {k: v for k, v in payload.items() if not k.startswith("Payload")}
    assert {"deck_folders", "allow_personal_decks", "prompt_max_per_hour",
            "prompt_min_gap_min", "tense_threshold", "quiet_hours", "retention_days",
            "autostart", "default_breathing_pattern", "allow_device_selection",
            "demo_disabled"} <= set(managed) <= set(setting_keys())
    target = tmp_path / f"{policy.BUNDLE_ID}.plist"
    with target.open("wb") as fh:
        plistlib.dump(payload, fh)  # Payload* bookkeeping keys must be skipped by the reader
    read = PlistPolicyReader(target).read()
    eff = combine({}, [("managed-preferences", read)])
    assert eff.problems == ()
    assert eff.settings.tense_threshold == 72.5 and eff.locked("demo_disabled")


def test_distribution_and_script() -> None:
    root = ET.parse(MACOS / "distribution.xml").getroot()
    assert {c.get("id") for c in root.iter("choice")} == {"app", "autostart"}
    assert load("autostart-choice.xml")[0]["choiceIdentifier"] == "autostart"
    script = MACOS / "build-pkg.sh"
    assert script.stat().st_mode & 0o111
    if shutil.which("sh") is None:
        pytest.skip("no sh")
    subprocess.run(["sh", "-n", str(script)], check=True)
