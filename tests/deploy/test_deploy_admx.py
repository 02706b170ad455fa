"""The Group Policy templates list exactly the schema's keys, with matching types/ranges, and
each language's ADML defines the same strings and boxes as en-US, in that language."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from companion.languages import SOURCE_LANGUAGE, UI_LANGUAGES
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


TRANSLATED = [lang for lang in UI_LANGUAGES if lang != SOURCE_LANGUAGE]
#: Strings that read the same in every language: the product, the languages' own names and
#: the log levels (values IT types).
SAME_IN_EVERY_LANGUAGE = {"Companion", "language_en", "language_de", "language_es",
                          "language_fr", "language_pt_BR", "log_level_debug", "log_level_info",
                          "log_level_warning", "log_level_error"}
#: Titles that happen to be the same word in a language: (language, string id).
SAME_WORD = {("fr", "input_device")}   # "Microphone (input_device)"


def test_templates_are_valid_xml_and_up_to_date() -> None:
    ET.parse(ADMX)
    assert ADMX.read_text(encoding="utf-8") == generate_admx.admx_text(), (
        "packaging/admx is out of date: run python packaging/admx/generate_admx.py")
    for lang in UI_LANGUAGES:
        path = generate_admx.adml_path(lang)
        ET.parse(path)
        assert path.read_text(encoding="utf-8") == generate_admx.adml_text(lang), path
    assert generate_admx.main(["--check"]) == 0


def test_every_ui_language_has_an_adml_folder() -> None:
    assert generate_admx.adml_path(SOURCE_LANGUAGE) == ADML
    assert set(generate_admx.ADML_FOLDERS) == set(UI_LANGUAGES)
    folders = {p.parent.name for p in (ROOT / "packaging" / "admx").glob("*/Companion.adml")}
    assert folders == set(generate_admx.ADML_FOLDERS.values())
    assert set(generate_admx.TITLES) == set(setting_keys())


def _adml(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The string table and each presentation's text (its label) of one ADML."""
    root = ET.parse(generate_admx.adml_path(lang)).getroot()
    strings = {s.get("id"): s.text or "" for s in root.iter(f"{{{NS['p']}}}string")}
    boxes = {p.get("id"): "".join(p.itertext()) for p in root.iter(f"{{{NS['p']}}}presentation")}
    return strings, boxes


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_adml_defines_the_same_ids_as_en_us(lang: str) -> None:
    en_strings, en_boxes = _adml(SOURCE_LANGUAGE)
    strings, boxes = _adml(lang)
    assert list(strings) == list(en_strings)
    assert list(boxes) == list(en_boxes)
    for sid, text in strings.items():   # values IT types stay as they are
        for value in re.findall(r"'[^' ]*'|REG_[A-Z_]+|SOFTWARE\\\S+", en_strings[sid]):
            assert value in text, (lang, sid, value)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_each_adml_is_in_its_language(lang: str) -> None:
    """No English left: every string and box differs from en-US (names aside), and no
    English sentence of the templates is left inside a longer text."""
    en_strings, en_boxes = _adml(SOURCE_LANGUAGE)
    strings, boxes = _adml(lang)
    same = [sid for sid, text in strings.items()
            if text == en_strings[sid] and sid not in SAME_IN_EVERY_LANGUAGE
            and (lang, sid) not in SAME_WORD]
    same += [pid for pid, text in boxes.items() if text.strip() == en_boxes[pid].strip()]
    assert same == []
    tr = generate_admx.read_translations(lang)
    text = generate_admx.adml_path(lang).read_text(encoding="utf-8")
    english = [*generate_admx.TITLES.values(), *generate_admx.HOW.values(),
               generate_admx.ALLOWED, generate_admx.DEFAULT, generate_admx.WHERE,
               generate_admx.LOCKS, generate_admx.DESCRIPTION, generate_admx.EMPTY_CHOICE]
    left = [source for source in english if tr("GroupPolicy", source) != source
            and any(len(part) > 12 and escape(part) in text
                    for part in re.split(r"%\d", source))]
    assert left == []


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
