"""The Group Policy templates list exactly the schema's keys, with matching types/ranges."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from companion.policy import REGISTRY_KEY
from companion.settings import setting_fields, setting_keys

ROOT = Path(__file__).resolve().parents[2]
ADMX = ROOT / "packaging" / "admx" / "Companion.admx"
ADML = ROOT / "packaging" / "admx" / "en-US" / "Companion.adml"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
sys.path.insert(0, str(ROOT / "packaging" / "admx"))
import generate_admx  # noqa: E402


def kinds() -> dict[str, str]:
    return {f.name: (f.type if isinstance(f.type, str) else f.type.__name__)
            for f in setting_fields()}


def test_templates_are_valid_xml_and_up_to_date() -> None:
    ET.parse(ADMX)
    ET.parse(ADML)
    assert ADMX.read_text(encoding="utf-8") == generate_admx.admx_text(), (
        "packaging/admx is out of date: run python packaging/admx/generate_admx.py")
    assert ADML.read_text(encoding="utf-8") == generate_admx.adml_text()
    assert generate_admx.main(["--check"]) == 0


def test_admx_and_code_list_the_same_keys() -> None:
    root = ET.parse(ADMX).getroot()
    policies = root.findall("p:policies/p:policy", NS)
    value_names = []
    for policy in policies:
        assert policy.get("key") == REGISTRY_KEY
        assert policy.get("class") == "Both"
        assert policy.find("p:parentCategory", NS).get("ref") == "Companion"
        names = [policy.get("valueName")] + [e.get("valueName")
                                             for e in policy.findall("p:elements/*", NS)]
        value_names += [n for n in names if n]
    assert sorted(value_names) == sorted(setting_keys())
    assert len(value_names) == len(set(value_names))
    categories = root.findall("p:categories/p:category", NS)
    assert [c.get("name") for c in categories] == ["Companion"]


def test_admx_types_and_ranges_match_schema() -> None:
    root = ET.parse(ADMX).getroot()
    schema = {f.name: f for f in setting_fields()}
    kind = kinds()
    for policy in root.findall("p:policies/p:policy", NS):
        key = policy.get("name")
        elements = policy.findall("p:elements/*", NS)
        if kind[key] == "bool":
            assert not elements
            on = policy.find("p:enabledValue/p:decimal", NS)
            off = policy.find("p:disabledValue/p:decimal", NS)
            assert (on.get("value"), off.get("value")) == ("1", "0")
            continue
        (element,) = elements
        tag = element.tag.split("}")[1]
        expected = {"int": "decimal", "float": "text", "str": "text",
                    "list[str]": "multiText"}[kind[key]]
        if schema[key].metadata["choices"]:
            expected = "enum"
            values = [v.text or "" for v in element.findall("p:item/p:value/p:string", NS)]
            assert values == list(schema[key].metadata["choices"]), key
        assert tag == expected, key
        assert (element.get("expandable") == "true") == (key == "data_folder"), key
        if tag == "decimal":
            meta = schema[key].metadata
            assert int(element.get("minValue")) == meta["min"]
            assert int(element.get("maxValue")) == meta["max"]


def test_adml_defines_every_string_and_presentation() -> None:
    admx = ADMX.read_text(encoding="utf-8")
    adml = ET.parse(ADML).getroot()
    strings = {s.get("id") for s in adml.findall("p:resources/p:stringTable/p:string", NS)}
    presentations = {p.get("id"): p for p in
                     adml.findall("p:resources/p:presentationTable/p:presentation", NS)}
    for ref in re.findall(r"\$\(string\.([A-Za-z0-9_]+)\)", admx):
        assert ref in strings, ref
    for ref in re.findall(r"\$\(presentation\.([A-Za-z0-9_]+)\)", admx):
        assert ref in presentations, ref
        (box,) = list(presentations[ref])
        assert box.get("refId") == ref
    for key in setting_keys():
        assert f"Registry value '{key}'" in "".join(
            s.text or "" for s in adml.iter(f"{{{NS['p']}}}string") if s.get("id") == f"{key}_Explain")
