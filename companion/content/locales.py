"""Language tags (BCP 47) and choosing the best one for someone's preferred languages.

Plain Python, no Qt; pure functions used wherever content is loaded (the app's GUI thread,
the CLI). Matching ignores case and treats ``_`` as ``-``: Qt and POSIX locales say ``pt_BR``,
content files say ``pt-BR``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from companion.errors import CompanionError
from companion.languages import normalize_tag as bcp47_tag

#: A language tag as content files write it: ``en``, ``en-GB``, ``pt-BR``, ``zh-Hant-TW``.
LOCALE_PATTERN = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
#: The preferred languages when nobody says otherwise.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en",)
#: A language tag at the end of a file name (``default.pt-BR.toml``): a two-letter language,
#: or a three-letter one followed by a script or region (a bare ``.new`` or ``.old`` is not
#: read as a language).
FILE_TAG_PATTERN = re.compile(r"^(?:[A-Za-z]{2}|[A-Za-z]{3}(?=[-_]))(?:[-_][A-Za-z0-9]{2,8})*$")


def normalize_tag(tag: str) -> str:
    """``tag`` for comparing: lower case, ``_`` as ``-``, without a POSIX encoding or modifier
    (``pt_BR`` and ``pt_BR.UTF-8`` -> ``pt-br``); ``""`` for ``C`` or a non-tag."""
    return bcp47_tag(tag).lower()


def language_of(tag: str) -> str:
    """The language subtag of ``tag`` (``pt-BR`` -> ``pt``)."""
    return normalize_tag(tag).split("-", 1)[0]


def display_tag(tag: str) -> str:
    """``tag`` in the usual BCP 47 spelling: ``pt_br`` -> ``pt-BR``, ``zh-hant`` ->
    ``zh-Hant``."""
    return bcp47_tag(tag) or tag.strip()


def file_tag(path: Path | None) -> str | None:
    """The language tag in a file name (``default.es.toml`` -> ``es``), or None."""
    if path is None:
        return None
    stem = path.name[:-5] if path.name.lower().endswith(".toml") else path.name
    head, dot, tail = stem.rpartition(".")
    return tail if dot and head and FILE_TAG_PATTERN.match(tail) else None


def best_match(tags: Sequence[str], languages: Sequence[str]) -> int | None:
    """Index in ``tags`` of the best tag for someone who prefers ``languages`` (best first).

    For each preferred language in turn: the same tag, else a tag of the same language
    (the plain language before regional ones). None when no tag shares a language.
    """
    normal = [normalize_tag(t) for t in tags]
    for wanted in languages:
        want = normalize_tag(wanted)
        if not want:
            continue
        if want in normal:
            return normal.index(want)
        lang = language_of(want)
        same = [i for i, t in enumerate(normal) if t.split("-", 1)[0] == lang]
        if same:
            return next((i for i in same if normal[i] == lang), same[0])
    return None


def checked_languages(given: Sequence[str] | None,
                      default: Sequence[str] = DEFAULT_LANGUAGES) -> list[str]:
    """``--language`` values as a preferred-languages list (``default`` when none are given);
    a value that is not a language tag is a :class:`CompanionError` saying what to give."""
    for tag in given or ():
        if not LOCALE_PATTERN.match(tag.strip()):
            raise CompanionError(f"--language {tag!r} is not a language tag",
                                 "give one like de, es, fr or pt-BR")
    return [t.strip() for t in given] if given else list(default)
