"""Build both MSIs (per-machine and per-user) with wixl from a small fake bundle tree and
inspect their tables (msiinfo)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.settings import setting_fields, setting_keys

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "wix"))
import build_msi  # noqa: E402

HAVE_TOOLS = all(shutil.which(t) for t in ("wixl", "wixl-heat", "msibuild", "msiinfo"))
needs_wixl = pytest.mark.skipif(not HAVE_TOOLS, reason="wixl/msitools not installed "
                                "(apt install wixl msitools)")


def table(msi: Path, name: str) -> list[dict[str, str]]:
    """Rows of one MSI table as dicts (msiinfo export: header, types, key line, rows)."""
    text = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True,
                          text=True, check=True).stdout.splitlines()
    header = text[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in text[3:] if line]


#: The packages' UpgradeCodes (stable: detection rules and upgrades depend on them; they are
#: documented in docs/deploy.md).
UPGRADE_CODES = {"perMachine": "0C63590C-84A4-42CF-8454-B5408A3DCD47",
                 "perUser": "78F309B0-DFC5-481C-979A-C7DD2DC75820"}
REMOVE_USER_DATA = 'REMOVE="ALL" AND REMOVEUSERDATA="1" AND NOT UPGRADINGPRODUCTCODE'


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_TOOLS:
        pytest.skip("wixl/msitools not installed")
    bundle = tmp_path_factory.mktemp("msi") / "Companion"
    (bundle / "_internal" / "assets").mkdir(parents=True)
    (bundle / "_internal" / "decks").mkdir()
    (bundle / "Companion.exe").write_bytes(b"MZ fake exe")
    (bundle / "_internal" / "assets" / "companion.svg").write_text("<svg/>")
    (bundle / "_internal" / "decks" / "default.toml").write_text("[deck]\n")
    (bundle / "_internal" / "python311.dll").write_bytes(b"\0" * 64)
    return bundle


@pytest.fixture(scope="module")
def msi(bundle: Path) -> Path:
    return build_msi.build_msi(bundle, bundle.parent / "out" / "Companion.msi", "1.2.3")


@pytest.fixture(scope="module")
def msi_user(bundle: Path) -> Path:
    return build_msi.build_msi(bundle, bundle.parent / "out" / "Companion-PerUser.msi", "1.2.3",
                               scope="perUser")


def upgrade_code(scope: str = "perMachine") -> str:
    text = (ROOT / "packaging" / "wix" / "Companion.wxs").read_text(encoding="utf-8")
    assert f'"{UPGRADE_CODES[scope]}"' in text
    assert UPGRADE_CODES[scope] in (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    return UPGRADE_CODES[scope]


def suminfo(msi: Path) -> str:
    return subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True,
                          check=True).stdout


@needs_wixl
def test_files_components_and_features(msi: Path) -> None:
    files = {row["FileName"] for row in table(msi, "File")}
    assert files == {"Companion.exe", "companion.svg", "default.toml", "python311.dll"}
    components = {row["Component"]: row for row in table(msi, "Component")}
    assert all(int(row["Attributes"]) & 256 for row in components.values())  # 64-bit
    features = {row["Feature"]: row for row in table(msi, "Feature")}
    assert features["Main"]["Level"] == "1" and features["Autostart"]["Level"] == "1000"
    conds = table(msi, "Condition")
    assert conds == [{"Feature_": "Autostart", "Level": "1", "Condition": 'AUTOSTART = "1"'}]
    fc = table(msi, "FeatureComponents")
    assert {"Feature_": "Autostart", "Component_": "MachineAutostart"} in fc
    assert sum(r["Feature_"] == "Main" for r in fc) == len(components) - 1
    dirs = {row["Directory"]: row for row in table(msi, "Directory")}
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"] == "Companion"


@needs_wixl
def test_shortcut_upgrade_and_per_machine(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert shortcut["Target"] == "[INSTALLDIR]Companion.exe" and shortcut["Name"] == "Companion"
    props = {row["Property"]: row["Value"] for row in table(msi, "Property")}
    assert props["ALLUSERS"] == "1" and props["ProductVersion"] == "1.2.3"
    assert props["UpgradeCode"] == "{" + upgrade_code() + "}"
    secure = props["SecureCustomProperties"].split(";")
    assert {"AUTOSTART", "DECKFOLDER", "RETENTIONDAYS", "WIX_UPGRADE_DETECTED"} <= set(secure)
    upgrades = table(msi, "Upgrade")
    assert {row["UpgradeCode"] for row in upgrades} == {"{" + upgrade_code() + "}"}
    assert {row["ActionProperty"] for row in upgrades} == {"WIX_UPGRADE_DETECTED",
                                                           "WIX_DOWNGRADE_DETECTED"}
    actions = {row["Action"] for row in table(msi, "InstallExecuteSequence")}
    assert "RemoveExistingProducts" in actions


@needs_wixl
def test_registry_autostart_and_policy_presets(msi: Path) -> None:
    rows = table(msi, "Registry")
    run = [r for r in rows if r["Key"] == r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run"]
    assert len(run) == 1 and run[0]["Root"] == "2"  # HKLM
    assert run[0]["Value"] == '"[INSTALLDIR]Companion.exe" --autostart'
    assert run[0]["Component_"] == "MachineAutostart"
    from companion.machine_autostart import MACHINE_RUN_KEY

    assert run[0]["Key"] == MACHINE_RUN_KEY   # where the app looks for it
    version = [r for r in rows if r["Name"] == "Version"]
    assert version == [{"Registry": version[0]["Registry"], "Root": "2",
                        "Key": r"SOFTWARE\Companion", "Name": "Version",
                        "Value": "[ProductVersion]", "Component_": "InstallLocation"}]
    policy = {r["Name"]: r for r in rows if r["Key"] == r"SOFTWARE\Policies\Companion"}
    assert {"deck_folders", "retention_days", "allow_personal_decks", "demo_disabled",
            "tense_threshold", "quiet_hours"} <= set(policy)
    assert set(policy) <= set(setting_keys())
    kinds = {f.name: (f.type if isinstance(f.type, str) else f.type.__name__)
             for f in setting_fields()}
    components = {row["Component"]: row for row in table(msi, "Component")}
    for name, row in policy.items():
        assert row["Root"] == "2"
        prop = re.fullmatch(r"#?\[([A-Z]+)\]", row["Value"]).group(1)
        # DWORD (#) for bool/int keys, REG_SZ for float/text/list keys.
        assert row["Value"].startswith("#") == (kinds[name] in ("bool", "int")), name
        # Written only when the property is given on the command line.
        assert components[row["Component_"]]["Condition"] == prop


def test_split_conditions_and_queries() -> None:
    wxs = (ROOT / "packaging" / "wix" / "Companion.wxs").read_text(encoding="utf-8")
    source, found = build_msi.split_conditions(wxs)
    root = ET.fromstring(source)
    assert not root.findall(".//{http://schemas.microsoft.com/wix/2006/wi}Condition")
    assert not root.findall(".//{http://schemas.microsoft.com/wix/2006/wi}CustomAction")
    assert "Secure=" not in source and "Platform=" not in source
    assert "CompressionLevel=" not in source and 'CompressionLevel="high"' in wxs
    assert "<?if $(var.Scope)" in source   # the defines are left to wixl
    assert found.components["Policy_deck_folders"] == "DECKFOLDER"
    assert found.features == [("Autostart", 1, 'AUTOSTART = "1"')]
    queries = build_msi.condition_queries(found)
    assert queries[0].startswith("UPDATE `Component` SET `Condition` = ")
    assert any("INSERT INTO `Condition`" in q and "'AUTOSTART = \"1\"'" in q for q in queries)
    (action,) = found.custom_actions
    assert (action.action, action.type, action.source) == ("RemoveUserData", 34 + 64 + 1024,
                                                           "INSTALLDIR")
    assert action.before == "RemoveFiles" and action.condition == REMOVE_USER_DATA
    user_source, user = build_msi.split_conditions(wxs, "perUser")
    assert not user.components and not user.features and "DECKFOLDER" not in user_source
    assert user.secure == ["REMOVEUSERDATA"] and len(user.custom_actions) == 1
    with pytest.raises(build_msi.MsiBuildError, match="not in InstallExecuteSequence"):
        build_msi.custom_action_queries(found, {"InstallFiles": 4000}, True)


@needs_wixl
def test_remove_user_data_on_uninstall_only(msi: Path, msi_user: Path) -> None:
    for package in (msi, msi_user):
        (action,) = table(package, "CustomAction")
        assert action["Action"] == "RemoveUserData" and action["Source"] == "INSTALLDIR"
        assert int(action["Type"]) == 34 + 64 + 1024   # exe in a folder, deferred, ignore exit
        assert action["Target"] == ('"[INSTALLDIR]Companion.exe" data delete --everything '
                                    "--yes")
        sequence = {row["Action"]: row for row in table(package, "InstallExecuteSequence")}
        assert sequence["RemoveUserData"]["Condition"] == REMOVE_USER_DATA
        assert int(sequence["RemoveUserData"]["Sequence"]) == int(
            sequence["RemoveFiles"]["Sequence"]) - 1   # while Companion.exe is still there
        props = {row["Property"]: row["Value"] for row in table(package, "Property")}
        assert "REMOVEUSERDATA" in props["SecureCustomProperties"].split(";")


@needs_wixl
def test_per_user_package_needs_no_admin_rights(msi_user: Path) -> None:
    props = {row["Property"]: row["Value"] for row in table(msi_user, "Property")}
    assert props["ALLUSERS"] == "2" and props["MSIINSTALLPERUSER"] == "1"
    assert props["UpgradeCode"] == "{" + upgrade_code("perUser") + "}"
    assert props["UpgradeCode"] != "{" + upgrade_code("perMachine") + "}"
    assert "Source: 10 " in suminfo(msi_user)   # compressed + no elevation (UAC) needed
    secure = props["SecureCustomProperties"].split(";")
    assert "AUTOSTART" not in secure and "DECKFOLDER" not in secure
    rows = table(msi_user, "Registry")
    assert {r["Root"] for r in rows} == {"1"}   # HKCU only: nothing machine-wide
    assert {r["Name"] for r in rows} == {"StartMenuShortcut", "InstallDir", "Version"}
    assert not any("Policies" in r["Key"] or "Run" in r["Key"] for r in rows)
    features = {row["Feature"] for row in table(msi_user, "Feature")}
    assert features == {"Main"}
    dirs = {row["Directory"]: row for row in table(msi_user, "Directory")}
    # With ALLUSERS=2 + MSIINSTALLPERUSER=1 Windows points this at %LOCALAPPDATA%\Programs.
    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    (shortcut,) = table(msi_user, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    files = {row["FileName"] for row in table(msi_user, "File")}
    assert files == {"Companion.exe", "companion.svg", "default.toml", "python311.dll"}


@needs_wixl
def test_per_machine_package_asks_for_elevation(msi: Path) -> None:
    assert "Source: 2 " in suminfo(msi)


def test_unknown_scope_is_refused(tmp_path: Path) -> None:
    with pytest.raises(build_msi.MsiBuildError, match="scope 'everyone'"):
        build_msi.build_msi(tmp_path, tmp_path / "x.msi", scope="everyone")


@needs_wixl
def test_missing_exe_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "Companion").mkdir()
    with pytest.raises(build_msi.MsiBuildError, match="has no Companion.exe"):
        build_msi.build_msi(tmp_path / "Companion", tmp_path / "x.msi")
