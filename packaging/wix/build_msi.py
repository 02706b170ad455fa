"""Build ``Companion.msi`` from a PyInstaller one-folder bundle with msitools' ``wixl``.

Usage::

    python packaging/wix/build_msi.py --bundle build/bundle/dist/Companion --out Companion.msi
    python packaging/wix/build_msi.py --bundle ... --scope perUser --out Companion-PerUser.msi

The bundle folder must hold ``Companion.exe`` (a Windows build; on Linux the test feeds a
small fake tree). ``--scope`` picks the package (``perMachine``: ``Companion.msi``;
``perUser``: the no-admin ``Companion-PerUser.msi``, see ``Companion.wxs``). Steps: list the
bundle's files with ``wixl-heat`` (component group ``AppFiles`` under ``INSTALLDIR``), build
with ``wixl`` from ``Companion.wxs``, then apply what wixl's WiX subset cannot express, with
``msibuild -q``: the ``<Condition>`` of components (policy presets written only when their
property is given) and of features (``AUTOSTART=1`` enables the Autostart feature), and
directory-based custom actions with their place in ``InstallExecuteSequence``
(``REMOVEUSERDATA``). On Windows CI the same ``Companion.wxs`` is built with WiX 3
``heat``/``candle``/``light``, which handle all of it themselves. Runs on the main thread;
tools run as subprocesses.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WXS = HERE / "Companion.wxs"
WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
#: Attributes WiX 3 needs but wixl ignores with a warning (Secure: public properties reach
#: the elevated install; Platform: wixl takes the architecture from -a; CompressionLevel:
#: wixl's cabinets are always MSZIP).
WIXL_UNKNOWN_ATTRIBUTES = ("Secure", "Platform", "CompressionLevel")
#: The two packages (the preprocessor variable Scope of Companion.wxs).
SCOPES = ("perMachine", "perUser")
#: Custom action type bits (Windows Installer "Custom Action Types").
CA_EXE_IN_DIRECTORY = 34
CA_IGNORE_RETURN = 64
CA_DEFERRED = 1024
CA_NO_IMPERSONATE = 2048


class MsiBuildError(Exception):
    """A build step failed (message names the step and tool output)."""


@dataclass
class CustomAction:
    """A ``<CustomAction Directory=... ExeCommand=...>`` (type 34) and where it is scheduled."""

    action: str
    type: int
    source: str
    target: str
    condition: str = ""
    before: str = ""
    after: str = ""


@dataclass
class Conditions:
    """What is taken out of the source for wixl, to be written into the tables after."""

    components: dict[str, str] = field(default_factory=dict)
    features: list[tuple[str, int, str]] = field(default_factory=list)  # (feature, level, cond)
    secure: list[str] = field(default_factory=list)  # properties marked Secure="yes"
    custom_actions: list[CustomAction] = field(default_factory=list)


def _custom_action(element: ET.Element) -> CustomAction:
    kind = CA_EXE_IN_DIRECTORY
    if element.get("Return") == "ignore":
        kind |= CA_IGNORE_RETURN
    if element.get("Execute") == "deferred":
        kind |= CA_DEFERRED
    if element.get("Impersonate") == "no":
        kind |= CA_NO_IMPERSONATE
    return CustomAction(element.get("Id", ""), kind, element.get("Directory", ""),
                        element.get("ExeCommand", ""))


def _split_custom_actions(root: ET.Element, found: Conditions) -> None:
    """Take directory custom actions and their ``<Custom>`` scheduling out of ``root``."""
    by_id: dict[str, CustomAction] = {}
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == f"{{{WIX_NS}}}CustomAction" and child.get("Directory"):
                by_id[child.get("Id", "")] = _custom_action(child)
                parent.remove(child)
    for parent in list(root.iter()):
        for seq in list(parent):
            if seq.tag != f"{{{WIX_NS}}}InstallExecuteSequence":
                continue
            for custom in list(seq):
                action = by_id.get(custom.get("Action", ""))
                if action is not None:
                    action.condition = (custom.text or "").strip()
                    action.before = custom.get("Before", "")
                    action.after = custom.get("After", "")
                    seq.remove(custom)
            if not len(seq):
                parent.remove(seq)
    found.custom_actions = list(by_id.values())


_PP_CONDITION = re.compile(r'^\$\(var\.(\w+)\)\s*=\s*"([^"]*)"$')


def _drop_inactive(parent: ET.Element, variables: dict[str, str]) -> None:
    """Remove elements in ``<?if?>`` branches not taken (conditions of the form
    ``$(var.X) = "value"``); the instructions themselves stay for wixl."""
    taken: list[bool] = []
    for child in list(parent):
        if child.tag is ET.PI:
            target, _, rest = (child.text or "").strip().partition(" ")
            if target == "if":
                match = _PP_CONDITION.match(rest.strip())
                if match is None:
                    raise MsiBuildError(f"unsupported preprocessor condition: {rest.strip()}")
                taken.append(variables.get(match.group(1)) == match.group(2))
            elif target == "else":
                taken[-1] = not taken[-1]
            elif target == "endif":
                taken.pop()
        elif not all(taken):
            parent.remove(child)
        else:
            _drop_inactive(child, variables)


def split_conditions(wxs_text: str, scope: str = "perMachine") -> tuple[str, Conditions]:
    """The ``scope`` package's source for wixl (no ``<Condition>`` children of
    Component/Feature, no directory custom actions, no attributes wixl ignores, no element of
    an ``<?if?>`` branch not taken) and what was taken out."""
    ET.register_namespace("", WIX_NS)
    root = ET.fromstring(wxs_text, ET.XMLParser(target=ET.TreeBuilder(insert_pis=True)))
    _drop_inactive(root, {"Scope": scope})
    found = Conditions()
    _split_custom_actions(root, found)
    for parent in root.iter():
        if not isinstance(parent.tag, str):  # a preprocessor instruction
            continue
        tag = parent.tag.split("}")[-1]
        if tag not in ("Component", "Feature"):
            continue
        for cond in parent.findall(f"{{{WIX_NS}}}Condition"):
            text = (cond.text or "").strip()
            if tag == "Component":
                found.components[parent.get("Id", "")] = text
            else:
                found.features.append((parent.get("Id", ""), int(cond.get("Level", "0")), text))
            parent.remove(cond)
    found.secure = [p.get("Id", "") for p in root.iter(f"{{{WIX_NS}}}Property")
                    if p.get("Secure") == "yes"]
    for element in root.iter():  # attributes wixl does not know (warnings only)
        for attr in WIXL_UNKNOWN_ATTRIBUTES:
            element.attrib.pop(attr, None)
    return ET.tostring(root, encoding="unicode"), found


def custom_action_queries(found: Conditions, sequence: dict[str, int],
                          have_table: bool) -> list[str]:
    """SQL adding the custom actions and scheduling them next to the named actions of
    ``sequence`` (InstallExecuteSequence: action -> number)."""
    if not found.custom_actions:
        return []
    queries = [] if have_table else [
        "CREATE TABLE `CustomAction` (`Action` CHAR(72) NOT NULL, `Type` SHORT NOT NULL, "
        "`Source` CHAR(72), `Target` CHAR(255), `ExtendedType` LONG PRIMARY KEY `Action`)"]
    for ca in found.custom_actions:
        anchor = ca.before or ca.after
        if anchor not in sequence:
            raise MsiBuildError(f"custom action {ca.action}: {anchor} is not in "
                                "InstallExecuteSequence")
        number = sequence[anchor] + (-1 if ca.before else 1)
        if number in sequence.values():
            raise MsiBuildError(f"custom action {ca.action}: sequence {number} is taken")
        queries.append("INSERT INTO `CustomAction` (`Action`, `Type`, `Source`, `Target`) "
                       f"VALUES ({_sql(ca.action)}, {ca.type}, {_sql(ca.source)}, "
                       f"{_sql(ca.target)})")
        queries.append("INSERT INTO `InstallExecuteSequence` (`Action`, `Condition`, "
                       f"`Sequence`) VALUES ({_sql(ca.action)}, {_sql(ca.condition)}, "
                       f"{number})")
    return queries


def _table_rows(msi: Path, name: str) -> list[list[str]]:
    """Rows of one table (msiinfo export: header, types, key line, then rows)."""
    lines = _run(["msiinfo", "export", str(msi), name]).stdout.splitlines()
    return [line.split("\t") for line in lines[3:] if line]


def _add_custom_actions(msi: Path, found: Conditions) -> None:
    if not found.custom_actions:
        return
    sequence = {row[0]: int(row[2]) for row in _table_rows(msi, "InstallExecuteSequence")}
    tables = set(_run(["msiinfo", "tables", str(msi)]).stdout.split())
    for query in custom_action_queries(found, sequence, "CustomAction" in tables):
        _run(["msibuild", str(msi), "-q", query])


def mark_win64(fragment: str) -> str:
    """wixl-heat's fragment with ``Win64="yes"`` on every component (files of a 64-bit
    install in ProgramFiles64Folder; WiX 3 heat does this with ``-platform x64``)."""
    ET.register_namespace("", WIX_NS)
    root = ET.fromstring(fragment)
    for comp in root.iter(f"{{{WIX_NS}}}Component"):
        comp.set("Win64", "yes")
    return ET.tostring(root, encoding="unicode")


def _sql(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def condition_queries(found: Conditions) -> list[str]:
    """SQL for msibuild that puts the conditions into the Component and Condition tables."""
    queries = [f"UPDATE `Component` SET `Condition` = {_sql(cond)} "
               f"WHERE `Component` = {_sql(comp)}" for comp, cond in found.components.items()]
    if found.features:
        queries.append("CREATE TABLE `Condition` (`Feature_` CHAR(38) NOT NULL, "
                       "`Level` SHORT NOT NULL, `Condition` CHAR(255) "
                       "PRIMARY KEY `Feature_`, `Level`)")
        queries += [f"INSERT INTO `Condition` (`Feature_`, `Level`, `Condition`) "
                    f"VALUES ({_sql(feat)}, {level}, {_sql(cond)})"
                    for feat, level, cond in found.features]
    return queries


def _add_secure_properties(msi: Path, names: list[str]) -> None:
    """Append ``names`` to SecureCustomProperties (WiX 3 does this for Secure="yes")."""
    table = _run(["msiinfo", "export", str(msi), "Property"]).stdout
    current = next((line.split("\t", 1)[1] for line in table.splitlines()
                    if line.startswith("SecureCustomProperties\t")), "")
    merged = ";".join(dict.fromkeys([*filter(None, current.split(";")), *names]))
    verb = ("UPDATE `Property` SET `Value` = {v} WHERE `Property` = 'SecureCustomProperties'"
            if current else "INSERT INTO `Property` (`Property`, `Value`) "
            "VALUES ('SecureCustomProperties', {v})")
    _run(["msibuild", str(msi), "-q", verb.format(v=_sql(merged))])


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    if proc.returncode != 0:
        raise MsiBuildError(f"{Path(cmd[0]).name} failed ({proc.returncode}): "
                            f"{(proc.stderr or proc.stdout).strip()[-1500:]}")
    return proc


def build_msi(bundle: Path, out: Path, version: str = "0.1.0", arch: str = "x64",
              scope: str = "perMachine") -> Path:
    """Build ``out`` (the ``scope`` package) from ``bundle``; returns ``out``."""
    if scope not in SCOPES:
        raise MsiBuildError(f"scope {scope!r} is not one of {', '.join(SCOPES)}")
    for tool in ("wixl", "wixl-heat", "msibuild", "msiinfo"):
        if shutil.which(tool) is None:
            raise MsiBuildError(f"{tool} not found: apt install wixl msitools")
    bundle = bundle.resolve()
    if not (bundle / "Companion.exe").is_file():
        raise MsiBuildError(f"{bundle} has no Companion.exe (build the bundle on Windows)")
    with tempfile.TemporaryDirectory(prefix="companion-msi-") as tmp:
        work = Path(tmp)
        files = sorted(str(p.relative_to(bundle.parent)).replace("\\", "/")
                       for p in bundle.rglob("*") if p.is_file())
        heat = _run(["wixl-heat", "-p", f"{bundle.name}/", "--directory-ref", "INSTALLDIR",
                     "--var", "var.SourceDir", "--component-group", "AppFiles"],
                    input="\n".join(files) + "\n", cwd=bundle.parent)
        (work / "files.wxs").write_text(mark_win64(heat.stdout) if arch == "x64" else heat.stdout,
                                        encoding="utf-8")
        source, found = split_conditions(WXS.read_text(encoding="utf-8"), scope)
        (work / "Companion.wxs").write_text(source, encoding="utf-8")
        msi = work / "Companion.msi"
        # wixl wants source paths relative to its working directory.
        _run(["wixl", "-a", arch, "-D", f"SourceDir={bundle.name}", "-D", f"Version={version}",
              "-D", f"Scope={scope}", "-o", str(msi), str(work / "Companion.wxs"),
              str(work / "files.wxs")], cwd=bundle.parent)
        for query in condition_queries(found):
            _run(["msibuild", str(msi), "-q", query])
        _add_custom_actions(msi, found)
        _add_secure_properties(msi, found.secure)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(msi, out)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: build the MSI; one error line and exit 1 on failure."""
    parser = argparse.ArgumentParser(description="Build Companion.msi with wixl")
    parser.add_argument("--bundle", type=Path, required=True,
                        help="PyInstaller one-folder bundle holding Companion.exe")
    parser.add_argument("--out", type=Path, default=Path("build") / "Companion.msi")
    parser.add_argument("--version", default="0.1.0")
    parser.add_argument("--scope", choices=SCOPES, default="perMachine",
                        help="perMachine (Companion.msi, admin) or perUser (no admin rights)")
    args = parser.parse_args(argv)
    try:
        out = build_msi(args.bundle, args.out, args.version, scope=args.scope)
    except MsiBuildError as exc:
        print(f"build_msi: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
