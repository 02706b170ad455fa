"""Build ``Companion.msi`` from a PyInstaller one-folder bundle with msitools' ``wixl``.

Usage::

    python packaging/wix/build_msi.py --bundle build/bundle/dist/Companion --out Companion.msi

The bundle folder must hold ``Companion.exe`` (a Windows build; on Linux the test feeds a
small fake tree). Steps: list the bundle's files with ``wixl-heat`` (component group
``AppFiles`` under ``INSTALLDIR``), build with ``wixl`` from ``Companion.wxs``, then apply
what wixl's WiX subset cannot express: the ``<Condition>`` of components (policy presets
written only when their property is given) and of features (``AUTOSTART=1`` enables the
Autostart feature) are written into the MSI tables with ``msibuild -q``. On Windows CI the
same ``Companion.wxs`` is built with WiX 3 ``heat``/``candle``/``light``, which handle those
conditions themselves. Runs on the main thread; tools run as subprocesses.
"""

from __future__ import annotations

import argparse
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
#: the elevated install; Platform: wixl takes the architecture from -a).
WIXL_UNKNOWN_ATTRIBUTES = ("Secure", "Platform")


class MsiBuildError(Exception):
    """A build step failed (message names the step and tool output)."""


@dataclass
class Conditions:
    """``<Condition>`` elements taken out of the source for wixl."""

    components: dict[str, str] = field(default_factory=dict)
    features: list[tuple[str, int, str]] = field(default_factory=list)  # (feature, level, cond)
    secure: list[str] = field(default_factory=list)  # properties marked Secure="yes"


def split_conditions(wxs_text: str) -> tuple[str, Conditions]:
    """The source for wixl (no ``<Condition>`` children of Component/Feature, no attributes
    wixl ignores) and the conditions taken out."""
    ET.register_namespace("", WIX_NS)
    root = ET.fromstring(wxs_text)
    found = Conditions()
    for parent in root.iter():
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


def build_msi(bundle: Path, out: Path, version: str = "0.1.0", arch: str = "x64") -> Path:
    """Build ``out`` from ``bundle``; returns ``out``."""
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
        source, found = split_conditions(WXS.read_text(encoding="utf-8"))
        (work / "Companion.wxs").write_text(source, encoding="utf-8")
        msi = work / "Companion.msi"
        # wixl wants source paths relative to its working directory.
        _run(["wixl", "-a", arch, "-D", f"SourceDir={bundle.name}", "-D", f"Version={version}",
              "-o", str(msi), str(work / "Companion.wxs"), str(work / "files.wxs")],
             cwd=bundle.parent)
        for query in condition_queries(found):
            _run(["msibuild", str(msi), "-q", query])
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
    args = parser.parse_args(argv)
    try:
        out = build_msi(args.bundle, args.out, args.version)
    except MsiBuildError as exc:
        print(f"build_msi: error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
