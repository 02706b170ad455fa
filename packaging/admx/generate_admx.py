"""Generate the Group Policy templates (``Companion.admx`` and one ``Companion.adml`` per
language: ``en-US``, ``de-DE``, ``es-ES``, ``fr-FR``, ``pt-BR``) from the settings schema, so
the templates and the code always list the same keys.

Every schema key becomes one policy in the category "Companion", for the machine and the user
(``class="Both"``: ``HKLM``/``HKCU\\SOFTWARE\\Policies\\Companion``), value name = the key:

* bool -> enabled = REG_DWORD 1, disabled = REG_DWORD 0;
* int -> a number box (REG_DWORD) with the schema's minimum and maximum;
* float -> a text box (REG_SZ, e.g. ``72.5``; Group Policy has no decimal fractions);
* text -> a text box (REG_SZ); a folder key (``data_folder``) an expandable one
  (REG_EXPAND_SZ, so ``%USERNAME%`` works); text with fixed choices -> a drop-down list;
* list of text -> a multi-line box (REG_MULTI_SZ).

The ADML text is the app's: each key's label is the schema's help (context ``Settings``), the
rest is marked here with ``noop("GroupPolicy", ...)``; ``scripts/translations.py update`` puts
both into ``translations/*.ts``, and the translations are read from there (no Qt needed).

Run after changing ``companion/settings.py`` or a translation: ``python
packaging/admx/generate_admx.py`` (``--check`` exits 1 when the committed files are out of
date). Build-time tool; main thread.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from companion import __version__  # noqa: E402
from companion.languages import LANGUAGE_NAMES, SOURCE_LANGUAGE, UI_LANGUAGES, qt_name  # noqa: E402
from companion.messages import fill, noop  # noqa: E402
from companion.policy import REGISTRY_KEY, format_value  # noqa: E402
from companion.settings import Settings, setting_fields  # noqa: E402

NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
ADMX = HERE / "Companion.admx"
#: The ADML folder of each UI language (Windows' language-region names).
ADML_FOLDERS: dict[str, str] = {"en": "en-US", "de": "de-DE", "es": "es-ES", "fr": "fr-FR",
                                "pt-BR": "pt-BR"}
ADML = HERE / ADML_FOLDERS[SOURCE_LANGUAGE] / "Companion.adml"
TS_DIR = ROOT / "translations"
SUPPORTED = "SUPPORTED_Companion_0_1"
#: Text keys holding a folder: written as REG_EXPAND_SZ (environment variables expanded).
FOLDER_KEYS = ("data_folder",)
#: Translation contexts: the schema's help texts, and this file's own text.
SETTINGS_CONTEXT = "Settings"
CONTEXT = "GroupPolicy"

#: Each policy's name in the editor (the key follows in brackets).
TITLES: dict[str, str] = {
    "input_device": noop("GroupPolicy", "Microphone"),
    "language": noop("GroupPolicy", "Language"),
    "sensitivity": noop("GroupPolicy", "Sensitivity"),
    "tense_threshold": noop("GroupPolicy", "Tense level"),
    "prompts_enabled": noop("GroupPolicy", "Offer help after tense calls"),
    "prompt_max_per_hour": noop("GroupPolicy", "Most offers per hour"),
    "prompt_min_gap_min": noop("GroupPolicy", "Fewest minutes between offers"),
    "quiet_hours": noop("GroupPolicy", "Quiet hours"),
    "prompt_auto_hide_s": noop("GroupPolicy", "How long an offer stays on screen"),
    "discreet_wording": noop("GroupPolicy", "Neutral words on screen"),
    "hold_offers_when_busy": noop("GroupPolicy", "No offers while presenting or in do-not-disturb"),
    "welcome_enabled": noop("GroupPolicy", "Welcome and microphone check"),
    "reduced_motion": noop("GroupPolicy", "Reduced motion"),
    "high_contrast": noop("GroupPolicy", "High contrast"),
    "breathing_tones": noop("GroupPolicy", "Breathing tones"),
    "overlay_size_px": noop("GroupPolicy", "Breathing guide size"),
    "overlay_opacity": noop("GroupPolicy", "Breathing guide opacity"),
    "overlay_screen": noop("GroupPolicy", "Breathing guide screen"),
    "default_breathing_pattern": noop("GroupPolicy", "Default breathing pattern"),
    "card_auto_dismiss_s": noop("GroupPolicy", "Close cue cards automatically"),
    "autostart": noop("GroupPolicy", "Start with the system"),
    "call_start_speech_s": noop("GroupPolicy", "Speech that starts a call"),
    "call_end_silence_s": noop("GroupPolicy", "Silence that ends a call"),
    "wrap_up_s": noop("GroupPolicy", "Wrap-up time"),
    "calibration_min": noop("GroupPolicy", "Time to learn the calm voice"),
    "retention_days": noop("GroupPolicy", "Days data is kept"),
    "deck_folders": noop("GroupPolicy", "Deck folders"),
    "allow_personal_decks": noop("GroupPolicy", "Allow personal decks"),
    "allow_device_selection": noop("GroupPolicy", "Allow choosing the microphone"),
    "demo_disabled": noop("GroupPolicy", "Turn off the demo"),
    "log_level": noop("GroupPolicy", "Log detail"),
    "data_folder": noop("GroupPolicy", "Data folder"),
}
#: How a value of each kind is written in the registry.
HOW: dict[str, str] = {
    "bool": noop("GroupPolicy", "Enabled = true, Disabled = false (REG_DWORD 1/0)."),
    "int": noop("GroupPolicy", "A whole number (REG_DWORD)."),
    # Translators: keep 72.5 with its point: Companion reads the value that way.
    "float": noop("GroupPolicy", "A number such as 72.5 (REG_SZ)."),
    "str": noop("GroupPolicy", "Text (REG_SZ)."),
    "list[str]": noop("GroupPolicy", "One entry per line (REG_MULTI_SZ)."),
}
HOW_FOLDER = noop("GroupPolicy", "An absolute folder path (REG_EXPAND_SZ: environment variables "
                           "such as %USERNAME% are expanded).")
HOW_CHOICES = noop("GroupPolicy", "One of: %1 (REG_SZ).")
ALLOWED = noop("GroupPolicy", "Allowed: %1 to %2.")
DEFAULT = noop("GroupPolicy", "Default when not configured: %1.")
WHERE = noop("GroupPolicy", "Registry value '%1' under %2.")
LOCKS = noop("GroupPolicy", "A policy value locks the setting: the agent sees it as set by your "
                      "organisation. An invalid value is ignored and reported by 'companion "
                      "policy show'.")
SUPPORTED_TEXT = noop("GroupPolicy", "Companion %1 and later")
DESCRIPTION = noop("GroupPolicy", "Policies for Companion, the on-device wellbeing aid for "
                            "contact-center agents.")
#: How the ADML shows a drop-down's empty choice ('' = the built-in behaviour).
EMPTY_CHOICE = noop("GroupPolicy", "(automatic: follow the system)")

#: Translates ``(context, source, *args)`` into one language.
Translate = Callable[..., str]


def read_translations(language: str, ts_dir: Path = TS_DIR) -> Translate:
    """The translations of ``language`` (a UI tag such as ``pt-BR``) from its ``.ts`` file:
    finished ones only, the English source for the rest (the source language reads none)."""
    table: dict[tuple[str, str], str] = {}
    if language != SOURCE_LANGUAGE:
        root = ET.parse(ts_dir / f"companion_{qt_name(language)}.ts").getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and not translation.get("type") \
                        and translation.text:
                    table[(name, message.findtext("source", ""))] = translation.text

    def translate(context: str, source: str, *args: object) -> str:
        return fill(table.get((context, source), source), *args)

    return translate


def _choice_id(key: str, choice: str) -> str:
    """String id of one drop-down choice (``language_de``; ``language_auto`` for '')."""
    return f"{key}_{choice.replace('-', '_') or 'auto'}"


def _choice_label(choice: str, tr: Translate) -> str:
    """What the drop-down shows for a choice (a language by its own name: ``Deutsch (de)``)."""
    if not choice:
        return tr(CONTEXT, EMPTY_CHOICE)
    name = LANGUAGE_NAMES.get(choice)
    return f"{name} ({choice})" if name else choice


def _kind(f: object) -> str:
    t = f.type  # type: ignore[attr-defined]
    return t if isinstance(t, str) else t.__name__


def _explain(f: object, kind: str, tr: Translate) -> str:
    meta = f.metadata  # type: ignore[attr-defined]
    key = f.name  # type: ignore[attr-defined]
    default = format_value(getattr(Settings(), key))
    how = tr(CONTEXT, HOW[kind])
    if key in FOLDER_KEYS:
        how = tr(CONTEXT, HOW_FOLDER)
    elif meta["choices"]:
        how = tr(CONTEXT, HOW_CHOICES, ", ".join(choice or "''" for choice in meta["choices"]))
    parts = [tr(SETTINGS_CONTEXT, meta["help"]) + "."]
    if meta["min"] is not None:
        parts.append(tr(CONTEXT, ALLOWED, f"{meta['min']:g}", f"{meta['max']:g}"))
    parts += [how, tr(CONTEXT, DEFAULT, default), tr(CONTEXT, WHERE, key, REGISTRY_KEY),
              tr(CONTEXT, LOCKS)]
    return " ".join(parts)


def admx_text() -> str:
    """The ADMX document."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           "<!-- Generated by packaging/admx/generate_admx.py from companion/settings.py. -->",
           f'<policyDefinitions xmlns="{NS}" revision="1.0" schemaVersion="1.0">',
           "  <policyNamespaces>",
           '    <target prefix="companion" namespace="Companion.Policies.Companion" />',
           '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />',
           "  </policyNamespaces>",
           '  <resources minRequiredRevision="1.0" />',
           "  <supportedOn>", "    <definitions>",
           f'      <definition name="{SUPPORTED}" displayName="$(string.{SUPPORTED})" />',
           "    </definitions>", "  </supportedOn>",
           "  <categories>",
           '    <category name="Companion" displayName="$(string.Companion)" />',
           "  </categories>",
           "  <policies>"]
    for f in setting_fields():
        key, kind, meta = f.name, _kind(f), f.metadata
        presentation = "" if kind == "bool" else f' presentation="$(presentation.{key})"'
        out.append(f'    <policy name="{key}" class="Both" displayName="$(string.{key})" '
                   f'explainText="$(string.{key}_Explain)"{presentation} '
                   f'key={quoteattr(REGISTRY_KEY)}'
                   + (f' valueName="{key}">' if kind == "bool" else ">"))
        out.append('      <parentCategory ref="Companion" />')
        out.append(f'      <supportedOn ref="{SUPPORTED}" />')
        if kind == "bool":
            out += ['      <enabledValue><decimal value="1" /></enabledValue>',
                    '      <disabledValue><decimal value="0" /></disabledValue>']
        else:
            out.append("      <elements>")
            if kind == "int":
                out.append(f'        <decimal id="{key}" valueName="{key}" required="true" '
                           f'minValue="{int(meta["min"])}" maxValue="{int(meta["max"])}" />')
            elif meta["choices"]:
                out.append(f'        <enum id="{key}" valueName="{key}" required="true">')
                out += [f'          <item displayName="$(string.{_choice_id(key, choice)})"><value>'
                        f'<string>{choice}</string></value></item>' for choice in meta["choices"]]
                out.append("        </enum>")
            elif kind in ("float", "str"):
                expandable = ' expandable="true"' if key in FOLDER_KEYS else ""
                out.append(f'        <text id="{key}" valueName="{key}" maxLength="500"'
                           f'{expandable} '
                           + ('required="true" />' if kind == "float" else "/>"))
            else:
                out.append(f'        <multiText id="{key}" valueName="{key}" maxStrings="50" />')
            out.append("      </elements>")
        out.append("    </policy>")
    out += ["  </policies>", "</policyDefinitions>", ""]
    return "\n".join(out)


def _presentation(f: object, tr: Translate) -> str | None:
    """The presentation (the box under the policy) of one key; None for a bool."""
    key, kind, meta = f.name, _kind(f), f.metadata  # type: ignore[attr-defined]
    default = getattr(Settings(), key)
    label = escape(tr(SETTINGS_CONTEXT, meta["help"]))
    if meta["choices"]:
        return (f'      <presentation id="{key}"><dropdownList refId="{key}" noSort="true" '
                f'defaultItem="{list(meta["choices"]).index(default)}">{label}</dropdownList>'
                "</presentation>")
    if kind == "int":
        return (f'      <presentation id="{key}"><decimalTextBox refId="{key}" '
                f'defaultValue="{default}">{label}</decimalTextBox></presentation>')
    if kind in ("float", "str"):
        shown = f"{default:g}" if kind == "float" else default
        return (f'      <presentation id="{key}"><textBox refId="{key}"><label>{label}</label>'
                f"<defaultValue>{escape(str(shown))}</defaultValue></textBox></presentation>")
    if kind == "list[str]":
        return (f'      <presentation id="{key}"><multiTextBox refId="{key}">{label}'
                "</multiTextBox></presentation>")
    return None


def adml_text(language: str = SOURCE_LANGUAGE) -> str:
    """The ADML document (strings and presentations) of ``language`` (a UI tag)."""
    tr = read_translations(language)
    strings = [("Companion", "Companion"),
               (SUPPORTED, tr(CONTEXT, SUPPORTED_TEXT, __version__))]
    presentations: list[str] = []
    for f in setting_fields():
        key, kind = f.name, _kind(f)
        strings.append((key, f"{tr(CONTEXT, TITLES[key])} ({key})"))
        strings.append((f"{key}_Explain", _explain(f, kind, tr)))
        strings += [(_choice_id(key, choice), _choice_label(choice, tr))
                    for choice in f.metadata["choices"] or ()]
        box = _presentation(f, tr)
        if box is not None:
            presentations.append(box)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           "<!-- Generated by packaging/admx/generate_admx.py from companion/settings.py. -->",
           f'<policyDefinitionResources xmlns="{NS}" revision="1.0" schemaVersion="1.0">',
           "  <displayName>Companion</displayName>",
           f"  <description>{escape(tr(CONTEXT, DESCRIPTION))}</description>",
           "  <resources>", "    <stringTable>"]
    out += [f'      <string id="{sid}">{escape(text)}</string>' for sid, text in strings]
    out += ["    </stringTable>", "    <presentationTable>", *presentations,
            "    </presentationTable>", "  </resources>", "</policyDefinitionResources>", ""]
    return "\n".join(out)


def adml_path(language: str) -> Path:
    """Where the ADML of ``language`` (a UI tag) lives."""
    return HERE / ADML_FOLDERS[language] / "Companion.adml"


def templates() -> dict[Path, str]:
    """Every template file and its text: the ADMX and one ADML per UI language."""
    return {ADMX: admx_text(), **{adml_path(lang): adml_text(lang) for lang in UI_LANGUAGES}}


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the templates."""
    parser = argparse.ArgumentParser(description="Generate the Companion ADMX/ADML templates")
    parser.add_argument("--check", action="store_true", help="exit 1 when out of date")
    args = parser.parse_args(argv)
    wanted = templates()
    stale = [p for p, text in wanted.items()
             if not p.is_file() or p.read_text(encoding="utf-8") != text]
    if args.check:
        for p in stale:
            print(f"{p} is out of date: run python packaging/admx/generate_admx.py")
        return 1 if stale else 0
    for path, text in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {ADMX.name} and the ADML of {', '.join(ADML_FOLDERS[x] for x in UI_LANGUAGES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
