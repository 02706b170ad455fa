"""Which language the agent reads: BCP-47 tags from the setting, the environment and the OS.

No Qt (any layer may use it). The Qt side (:mod:`companion.ui.i18n`) adds the OS's own list
(``QLocale.system().uiLanguages()``) and installs the translations; content (decks, breathing
patterns) takes the same list to pick its locale variants.

Tags are BCP-47 with a hyphen (``de-DE``, ``pt-BR``); POSIX names (``de_DE.UTF-8@euro``) are
turned into tags. The list always ends with ``en``, the language of the source strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

#: The languages Companion's user interface is translated into (source language first).
UI_LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr", "pt-BR")
#: Each UI language's name in that language (what a language chooser shows).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español",
                                  "fr": "Français", "pt-BR": "Português (Brasil)"}
#: The source language of every string (also the last fallback).
SOURCE_LANGUAGE = "en"
#: Environment variables naming the language, most specific first (GNU gettext's order:
#: ``LANGUAGE`` is a colon-separated list of preferences).
LANGUAGE_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def normalize_tag(name: str) -> str:
    """A BCP-47 tag for a POSIX locale name or a tag (``de_DE.UTF-8`` -> ``de-DE``); ``""``
    for ``C``, ``POSIX``, an empty name or anything that is not a language tag."""
    base = name.strip().split(".", 1)[0].split("@", 1)[0].replace("_", "-")
    if not base or base.upper() in ("C", "POSIX") or not _TAG.match(base):
        return ""
    parts = base.split("-")
    return "-".join([parts[0].lower()] + [_tag_part(p) for p in parts[1:]])


def _tag_part(part: str) -> str:
    """Region upper case (``BR``), script title case (``Latn``), others as written."""
    if len(part) == 2 or part.isdigit():
        return part.upper()
    if len(part) == 4:
        return part.title()
    return part


def env_languages(env: Mapping[str, str]) -> list[str]:
    """The languages the environment asks for, in order (``LANGUAGE=de:fr`` -> de, fr; then
    the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set). ``C``/``POSIX`` name no
    language. Unlike gettext, ``LANGUAGE`` counts under ``LANG=C`` too (``LANGUAGE=de
    companion`` on a server-like setup)."""
    tags = [normalize_tag(part) for part in env.get("LANGUAGE", "").split(":")]
    locale = next((env[k] for k in LANGUAGE_ENV[1:] if env.get(k)), "")
    tags.append(normalize_tag(locale))
    return [t for t in tags if t]


def with_fallbacks(tags: Iterable[str]) -> list[str]:
    """Each tag followed by its shorter forms, duplicates dropped, ``en`` last
    (``["de-AT", "fr"]`` -> ``["de-AT", "de", "fr", "en"]``)."""
    out: list[str] = []
    for tag in tags:
        parts = normalize_tag(tag).split("-")
        for size in range(len(parts), 0, -1):
            candidate = "-".join(parts[:size])
            if candidate and candidate not in out:
                out.append(candidate)
    if SOURCE_LANGUAGE in out:
        out.remove(SOURCE_LANGUAGE)
    return out + [SOURCE_LANGUAGE]


def preferred_languages(setting: str = "", *, env: Mapping[str, str],
                        system: Sequence[str] = ()) -> list[str]:
    """The agent's languages, most wanted first, always ending with ``en``.

    ``setting`` (the ``language`` setting or IT policy; ``""`` = follow the system) wins;
    then the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), then the OS's
    list (``system``, e.g. Qt's ``uiLanguages()``).
    """
    chosen = normalize_tag(setting)
    if chosen:
        return with_fallbacks([chosen])
    return with_fallbacks([*env_languages(env), *system])


def ui_language(languages: Sequence[str], available: Sequence[str] = UI_LANGUAGES) -> str:
    """The first of ``languages`` there is a translation for (a region falls back to the
    language, a language to any of its regions: ``de-AT`` -> ``de``, ``pt`` -> ``pt-BR``);
    ``en`` when none is."""
    for tag in languages:
        norm = normalize_tag(tag)
        if norm in available:
            return norm
        base = norm.split("-", 1)[0]
        for candidate in available:
            if candidate.split("-", 1)[0] == base:
                return candidate
    return SOURCE_LANGUAGE


def qt_name(tag: str) -> str:
    """Qt's file-name form of a tag (``pt-BR`` -> ``pt_BR``)."""
    return tag.replace("-", "_")
