"""Breathing patterns in other languages: ``[locale.<tag>]`` tables, their checks, and the
fallback to the base text."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.content.patterns import (
    BreathingPattern,
    check_pattern_text,
    load_default_patterns,
    load_patterns,
)
from companion.content.sources import ContentSource
from companion.paths import AppPaths, resource_dir

BUNDLED = resource_dir("breathing_patterns")
LANGUAGES = ("es", "de", "fr", "pt-BR")

BASE = '''name = "Slow out"
description = "In for four, out for six."
cycles = 6

[[phases]]
kind = "inhale"
seconds = 4

[[phases]]
kind = "exhale"
seconds = 6
'''


def _check(text: str, name: str = "slow-out.toml") -> tuple[BreathingPattern | None, list[str]]:
    check = check_pattern_text(text, Path(name))
    return check.pattern, [str(p) for p in check.problems]


def test_every_bundled_pattern_comes_in_every_language() -> None:
    loaded = load_patterns([ContentSource(BUNDLED, "bundled")])
    assert loaded.problems == [] and len(loaded) == 5
    for pattern in loaded.items.values():
        assert [t.locale for t in pattern.translations] == ["en", *LANGUAGES], pattern.id
        english = pattern.localized(["en"])
        for lang in LANGUAGES:
            shown = pattern.localized([lang])
            assert shown.locale == lang and shown.name != english.name, (pattern.id, lang)
            assert shown.description and shown.description != english.description
            assert shown.phases == pattern.phases and shown.cycles == pattern.cycles


@pytest.mark.parametrize(("languages", "locale", "name"), [
    (["de-DE", "de", "en"], "de", "Box-Atmung"),
    (["pt_BR"], "pt-BR", "Respiração quadrada"),
    (["pt-PT", "en"], "pt-BR", "Respiração quadrada"),
    (["es-419"], "es", "Respiración cuadrada"),
    (["it-IT", "it"], "en", "Box breathing"),       # no Italian: the base text
    (["xx"], "en", "Box breathing"),
    (["en", "de"], "en", "Box breathing"),
])
def test_picks_the_language_and_falls_back(languages: list[str], locale: str,
                                           name: str) -> None:
    loaded = load_patterns([ContentSource(BUNDLED, "bundled")], languages=languages)
    box = loaded.items["box"]
    assert (box.locale, box.name) == (locale, name)
    assert box.localized(["en"]).name == "Box breathing", "the base text stays reachable"


def test_default_patterns_take_the_agents_languages(isolated_dirs: dict[str, Path]) -> None:
    loaded = load_default_patterns(AppPaths.from_environment(), languages=["es"])
    assert loaded.items["resonance"].name == "Respiración de resonancia"
    assert load_default_patterns(AppPaths.from_environment()).items["resonance"].name \
        == "Resonance breathing"


def test_a_pattern_in_memory_has_only_its_own_text() -> None:
    pattern, _ = _check(BASE)
    assert pattern is not None
    bare = BreathingPattern("x", "X", "d", pattern.phases, 2)
    assert bare.localized(["de"]) == bare


def test_locale_tables_load_with_unicode_and_right_to_left_text() -> None:
    text = BASE + '''
[locale.ar]
name = "زفير أطول"
description = "شهيق لأربع، زفير لست."

[locale.pt_BR]
name = "Expire devagar"
'''
    pattern, problems = _check(text)
    assert problems == [] and pattern is not None
    assert pattern.localized(["ar"]).name == "زفير أطول"
    shown = pattern.localized(["pt-BR"])
    assert (shown.locale, shown.name, shown.description) == ("pt-BR", "Expire devagar", "")


@pytest.mark.parametrize(("table", "line", "message"), [
    ('[locale]\nes = "Lento"\n', 13, "locale must hold one table per language"),
    ('[locale."spanish language"]\nname = "x"\n', 13,
     "locale.spanish language: 'spanish language' is not a language tag"),
    ('[locale.es]\ndescription = "Lento."\n', 13, "locale.es.name is missing"),
    ('[locale.es]\nname = " "\n', 14, "locale.es.name is empty"),
    ('[locale.de]\nname = "' + "x" * 61 + '"\n', 14, "locale.de.name is 61 characters"),
])
def test_bad_locale_tables_are_errors_with_a_line(table: str, line: int, message: str) -> None:
    pattern, problems = _check(BASE + "\n" + table)
    assert pattern is None, problems
    assert any(message in p and f":{line}: error:" in p for p in problems), problems


def test_a_locale_that_is_not_a_table_is_an_error() -> None:
    pattern, problems = _check('locale = "es"\n' + BASE)
    assert pattern is None
    assert problems == ['slow-out.toml:1: error: locale must hold one table per language, e.g. '
                        '[locale.es] with name = "..." and description = "..."']


@pytest.mark.parametrize(("table", "message"), [
    ('[locale.es]\nname = "Lento"\ntitle = "x"\n', "locale.es: unknown key 'title'"),
    ('[locale.en]\nname = "Slow"\n', "locale.en repeats the top-level name and description"),
    ('[locale.es]\nname = "Lento"\n[locale.ES]\nname = "Otro"\n',
     "locale.ES repeats another [locale] table"),
])
def test_doubtful_locale_tables_are_warnings(table: str, message: str) -> None:
    pattern, problems = _check(BASE + "\n" + table)
    assert pattern is not None
    assert any(message in p and ": warning:" in p for p in problems), problems
    assert pattern.localized(["es"]).locale in ("es", "en")
