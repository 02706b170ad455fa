"""IT policy layering with fake registry, plist and TOML sources; `companion policy show`."""

from __future__ import annotations

import json
import plistlib
from pathlib import Path
from typing import Any

import pytest

from companion import policy
from companion.cli import main
from companion.paths import AppPaths
from companion.policy import (
    REG_DWORD,
    REG_MULTI_SZ,
    REG_QWORD,
    REG_SZ,
    PlistPolicyReader,
    PolicyRead,
    RegistryPolicyReader,
    TomlPolicyReader,
    coerce_registry_value,
    default_readers,
    effective_settings,
)
from companion.settings import Settings, setting_keys


class FakeWinreg:
    """Just enough of ``winreg``: ``{hive: {key: [(name, data, type), ...]}}``."""

    HKEY_LOCAL_MACHINE = "HKLM"
    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, tree: dict[str, dict[str, list[tuple[str, Any, int]]]],
                 denied: tuple[str, ...] = ()) -> None:
        self.tree = tree
        self.denied = denied
        self.closed = 0

    KEY_READ = 0x20019
    KEY_WOW64_64KEY = 0x0100

    def OpenKey(self, root: str, key: str, reserved: int = 0,
                access: int = 0x20019) -> tuple[str, str]:
        assert reserved == 0 and access & self.KEY_WOW64_64KEY
        if root in self.denied:
            raise PermissionError(5, "Access is denied")
        if key not in self.tree.get(root, {}):
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return (root, key)

    def EnumValue(self, handle: tuple[str, str], index: int) -> tuple[str, Any, int]:
        values = self.tree[handle[0]][handle[1]]
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    def CloseKey(self, handle: tuple[str, str]) -> None:
        self.closed += 1


def paths() -> AppPaths:
    return AppPaths.from_environment()


def write_user(text: str) -> None:
    p = paths().settings_file
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def write_policy_toml(text: str) -> Path:
    p = paths().policy_file
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_defaults_only() -> None:
    eff = effective_settings(paths(), readers=[])
    assert eff.settings == Settings()
    assert all(eff.origin(k) == "default" for k in setting_keys())
    assert not any(eff.locked(k) for k in setting_keys())
    assert eff.problems == ()
    with pytest.raises(KeyError):
        eff.origin("no_such_key")


def test_user_then_policy_precedence() -> None:
    write_user("tense_threshold = 60\nretention_days = 10\nsensitivity = 4\n")
    write_policy_toml("retention_days = 90\nallow_personal_decks = false\n")
    eff = effective_settings(paths(), readers=[TomlPolicyReader(paths().policy_file)])
    s = eff.settings
    assert s.tense_threshold == 60.0 and eff.origin("tense_threshold") == "user"
    assert s.retention_days == 90 and eff.origin("retention_days") == "policy:policy.toml"
    assert s.allow_personal_decks is False and eff.locked("allow_personal_decks")
    assert s.sensitivity == 4 and not eff.locked("sensitivity")
    assert eff.origin("quiet_hours") == "default"
    assert eff.locked_keys() == ["retention_days", "allow_personal_decks"]


def test_bad_policy_value_reported_and_rest_applies() -> None:
    write_policy_toml('tense_threshold = 200\nquiet_hours = "noon"\nwat = 1\n'
                      'prompt_max_per_hour = 2\n')
    eff = effective_settings(paths(), readers=[TomlPolicyReader(paths().policy_file)])
    assert eff.settings.prompt_max_per_hour == 2 and eff.locked("prompt_max_per_hour")
    assert eff.settings.tense_threshold == Settings().tense_threshold
    # IT meant to set them: the default applies and the agent cannot change them.
    assert eff.locked("tense_threshold") and eff.locked("quiet_hours")
    assert eff.origin("tense_threshold") == "default"
    assert eff.invalid == {"tense_threshold": "policy:policy.toml",
                           "quiet_hours": "policy:policy.toml"}
    assert len(eff.problems) == 3
    for line, key in zip(eff.problems, ("tense_threshold", "quiet_hours", "wat"), strict=True):
        assert "\n" not in line
        assert line.startswith("policy:policy.toml:") and f"'{key}'" in line


def test_broken_policy_toml_is_one_problem_and_other_sources_apply() -> None:
    write_policy_toml("retention_days = = 3\n")
    fake = FakeWinreg({"HKLM": {policy.REGISTRY_KEY: [("demo_disabled", 1, REG_DWORD)]}})
    readers = [TomlPolicyReader(paths().policy_file), RegistryPolicyReader("HKLM", fake)]
    eff = effective_settings(paths(), readers=readers)
    assert eff.settings.demo_disabled is True and eff.origin("demo_disabled") == "policy:HKLM"
    assert len(eff.problems) == 1
    assert "policy.toml:1: not valid TOML" in eff.problems[0]


def test_broken_user_file_keeps_policy() -> None:
    write_user("this is not toml = [\n")
    fake = FakeWinreg({"HKLM": {policy.REGISTRY_KEY: [("retention_days", 7, REG_DWORD)]}})
    eff = effective_settings(paths(), readers=[RegistryPolicyReader("HKLM", fake)])
    assert eff.settings.retention_days == 7
    assert any("settings file" in p for p in eff.problems)


def test_registry_types_and_hklm_wins_over_hkcu() -> None:
    key = policy.REGISTRY_KEY
    fake = FakeWinreg({
        "HKCU": {key: [("retention_days", 5, REG_DWORD), ("quiet_hours", "12:00-13:00", REG_SZ),
                       ("prompt_min_gap_min", 20, REG_DWORD)]},
        "HKLM": {key: [
            ("", "ignored default value", REG_SZ),
            ("deck_folders", ["\\\\srv\\decks", "D:\\Decks", ""], REG_MULTI_SZ),
            ("allow_device_selection", 0, REG_DWORD),
            ("autostart", "true", REG_SZ),
            ("tense_threshold", 75, REG_DWORD),
            ("overlay_opacity", "0.8", REG_SZ),
            ("retention_days", 60, REG_QWORD),
            ("default_breathing_pattern", "box", REG_SZ),
        ]},
    })
    readers = default_readers(paths(), platform="win32", winreg=fake)
    assert [r.label for r in readers] == ["policy.toml", "HKCU", "HKLM"]
    eff = effective_settings(paths(), readers=readers)
    s = eff.settings
    assert eff.problems == ()
    assert s.deck_folders == ["\\\\srv\\decks", "D:\\Decks"]
    assert s.allow_device_selection is False
    assert s.autostart is True
    assert s.tense_threshold == 75.0 and isinstance(s.tense_threshold, float)
    assert s.overlay_opacity == pytest.approx(0.8)
    assert s.retention_days == 60 and eff.origin("retention_days") == "policy:HKLM"
    assert s.quiet_hours == "12:00-13:00" and eff.origin("quiet_hours") == "policy:HKCU"
    assert s.prompt_min_gap_min == 20 and eff.locked("prompt_min_gap_min")
    assert s.default_breathing_pattern == "box"
    assert fake.closed == 2


def test_registry_bad_dword_for_bool_and_denied_hive() -> None:
    key = policy.REGISTRY_KEY
    fake = FakeWinreg({"HKLM": {key: [("demo_disabled", 7, REG_DWORD),
                                      ("retention_days", 400, REG_DWORD)]},
                       "HKCU": {key: [("retention_days", 9, REG_DWORD)]}},
                      denied=("HKCU",))
    eff = effective_settings(paths(), readers=default_readers(paths(), platform="win32",
                                                              winreg=fake))
    assert eff.settings.demo_disabled is False and eff.settings.retention_days == 30
    text = "\n".join(eff.problems)
    assert "policy:HKLM: setting 'demo_disabled'" in text
    assert "policy:HKLM: setting 'retention_days' must be at most 365" in text
    assert "policy:HKCU: registry key HKCU\\SOFTWARE\\Policies\\Companion cannot be read" in text


@pytest.mark.parametrize(("key", "data", "kind", "expected"), [
    ("allow_personal_decks", 1, REG_DWORD, True),
    ("allow_personal_decks", "0", REG_SZ, False),
    ("allow_personal_decks", 2, REG_DWORD, 2),  # left for validation to report
    ("retention_days", "45", REG_SZ, 45),
    ("deck_folders", "C:/a; D:/b", REG_SZ, ["C:/a", "D:/b"]),
    ("quiet_hours", ["18:00-08:00"], REG_MULTI_SZ, "18:00-08:00"),
])
def test_coerce_registry_value(key: str, data: Any, kind: int, expected: Any) -> None:
    assert coerce_registry_value(key, data, kind) == expected


def test_macos_managed_preferences_user_profile_wins(tmp_path: Path) -> None:
    managed = tmp_path / "Managed Preferences"
    (managed / "agent7").mkdir(parents=True)
    with (managed / f"{policy.BUNDLE_ID}.plist").open("wb") as fh:
        plistlib.dump({"PayloadUUID": "x", "deck_folders": ["/Library/Decks"],
                       "retention_days": 14, "demo_disabled": True,
                       "tense_threshold": "72.5"}, fh)
    with (managed / "agent7" / f"{policy.BUNDLE_ID}.plist").open("wb") as fh:
        plistlib.dump({"retention_days": 21}, fh)
    readers = default_readers(paths(), platform="darwin", user="agent7", managed_dir=managed)
    assert [r.label for r in readers] == ["policy.toml", "managed-preferences",
                                          "managed-preferences-user"]
    eff = effective_settings(paths(), readers=readers)
    assert eff.problems == ()
    assert eff.settings.deck_folders == ["/Library/Decks"]
    assert eff.settings.demo_disabled is True
    assert eff.settings.tense_threshold == 72.5
    assert eff.settings.retention_days == 21
    assert eff.origin("retention_days") == "policy:managed-preferences-user"
    assert eff.origin("deck_folders") == "policy:managed-preferences"


def test_corrupt_plist_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "x.plist"
    bad.write_bytes(b"<?xml version='1.0'?><plist><dict><key>a</key>")
    read = PlistPolicyReader(bad).read()
    assert read.values == {} and len(read.problems) == 1 and str(bad) in read.problems[0]
    assert PlistPolicyReader(tmp_path / "absent.plist").read() == PolicyRead()


def test_linux_sources_are_toml_only() -> None:
    assert [r.label for r in default_readers(paths(), platform="linux")] == ["policy.toml"]


def test_default_readers_use_policy_toml_in_site_config(isolated_dirs: dict[str, Path]) -> None:
    write_policy_toml('quiet_hours = "18:00-08:00"\n')
    eff = effective_settings(paths())  # this platform's real readers
    assert eff.settings.quiet_hours == "18:00-08:00"
    assert eff.origin("quiet_hours") == "policy:policy.toml"
    assert paths().policy_file.parent == isolated_dirs["site_config"]


def test_cli_policy_show(capsys: pytest.CaptureFixture[str]) -> None:
    write_user("sensitivity = 5\n")
    write_policy_toml('deck_folders = ["/srv/decks"]\nretention_days = 0\n')
    assert main(["policy", "show"]) == 0
    out, err = capsys.readouterr()
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    for key in setting_keys():
        assert key in lines
    assert lines["deck_folders"].split()[1:3] == ['["/srv/decks"]', "policy:policy.toml"]
    assert "set by your organisation" in lines["deck_folders"]
    assert lines["sensitivity"].split()[1:] == ["5", "user"]
    assert lines["retention_days"].split()[1:3] == ["30", "default"]
    assert "locked: policy:policy.toml has an invalid value" in lines["retention_days"]
    assert err.count("\n") == 1 and "policy:policy.toml: setting 'retention_days'" in err
    assert main(["policy", "show", "--strict"]) == 1


def test_cli_policy_json(capsys: pytest.CaptureFixture[str]) -> None:
    write_policy_toml("allow_device_selection = false\n")
    assert main(["policy", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["settings"]["allow_device_selection"] is False
    assert data["locked"] == ["allow_device_selection"]
    assert data["origins"]["autostart"] == "default"
    assert data["problems"] == []
