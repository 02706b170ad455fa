"""Language variants of decks: matching tags, which variant an agent sees, IT precedence across
languages, validation of variants against their base, right-to-left decks."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from companion.cli import main
from companion.content.decks import DeckSupport, check_deck_file, check_deck_text, deck_to_toml
from companion.content.library import DeckLibrary, load_decks, load_default_decks
from companion.content.locales import best_match, display_tag, file_tag, normalize_tag
from companion.content.picker import CardPicker
from companion.content.sources import ContentSource
from companion.content.support import fallback_card, fallback_support, support_for
from companion.paths import AppPaths
from companion.settings import Settings

CARDS = ("breathe", "feet", "listen")


def write_variant(folder: Path, name: str, locale: str | None, *, deck_id: str = "team",
                  version: int = 1, cards: tuple[str, ...] = CARDS,
                  when: dict[str, list[str]] | None = None) -> Path:
    """A deck file whose card titles say which language they are in (``[de] breathe``)."""
    meta: dict[str, Any] = {"id": deck_id, "title": f"Team ({locale})", "version": version}
    if locale is not None:
        meta["locale"] = locale
    when = when or {}
    data = {"deck": meta,
            "cards": [{"id": c, "title": f"[{locale or 'en'}] {c}", "body": f"Body {c}.",
                       "when": when.get(c, ["between_calls"])} for c in cards]}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def languages_of(library: DeckLibrary, deck_id: str = "team") -> set[str]:
    """The languages of the cards in use for ``deck_id`` (never mixed)."""
    deck = library.by_id[deck_id]
    return {c.title.split("]")[0].strip("[") for c in deck.cards}


@pytest.fixture
def family(tmp_path: Path) -> Path:
    """One folder with an English base and German, Spanish and Brazilian-Portuguese variants."""
    folder = tmp_path / "bundled"
    write_variant(folder, "team.toml", "en")
    write_variant(folder, "team.de.toml", "de")
    write_variant(folder, "team.es.toml", "es")
    write_variant(folder, "team.pt-BR.toml", "pt-BR")
    return folder


# -- tags ----------------------------------------------------------------------------------
def test_tags_normalise_case_and_underscores() -> None:
    assert normalize_tag("pt_BR") == normalize_tag("PT-br") == "pt-br"
    assert normalize_tag("de_DE.UTF-8") == "de-de" and normalize_tag("sr_RS@latin") == "sr-rs"
    assert display_tag("pt_br") == "pt-BR" and display_tag("zh-hant-tw") == "zh-Hant-TW"
    assert file_tag(Path("default.pt-BR.toml")) == "pt-BR"
    assert file_tag(Path("default.es.toml")) == "es" and file_tag(Path("d.fil-PH.toml"))
    for plain in ("default.toml", "team.new.toml", "team.v2.toml", ".es.toml"):
        assert file_tag(Path(plain)) is None, plain


@pytest.mark.parametrize(("languages", "expected"), [
    (["de-DE", "de", "en"], "de"),        # language only
    (["pt_BR"], "pt-BR"),                  # exact, as Qt spells it
    (["pt-PT", "en"], "pt-BR"),            # same language beats the next preference
    (["es-MX"], "es-ES"),                  # a region of the same language
    (["fr", "en-GB"], "en"),               # next preference
    (["xx", ""], None),                    # nothing shared
    ([], None),
])
def test_best_match(languages: list[str], expected: str | None) -> None:
    tags = ["en", "de", "pt-BR", "es-ES", "de-AT"]
    index = best_match(tags, languages)
    assert (None if index is None else tags[index]) == expected


def test_plain_language_preferred_over_another_region() -> None:
    assert best_match(["de-AT", "de"], ["de-CH"]) == 1
    assert best_match(["de-AT", "de-CH"], ["de-CH"]) == 1


# -- which variant is used -------------------------------------------------------------------
@pytest.mark.parametrize(("languages", "expected"), [
    (["de-DE", "de", "en"], "de"),
    (["es-MX", "en"], "es"),
    (["pt_BR"], "pt-BR"),
    (["pt-PT"], "pt-BR"),
    (["fr-FR", "fr"], "en"),     # no French variant: the base
    (["xx"], "en"),              # unknown language: the base
    (["en"], "en"),
])
def test_picks_the_agents_language_and_falls_back_to_the_base(
        family: Path, languages: list[str], expected: str) -> None:
    library = load_decks([ContentSource(family, "bundled")], languages=languages)
    assert library.problems == []
    assert languages_of(library) == {expected}
    assert library.releases["team"].locales == ["en", "de", "es", "pt-BR"]
    assert library.superseded == []


def test_default_is_english_and_the_language_can_change_without_reloading(
        family: Path) -> None:
    library = DeckLibrary([ContentSource(family, "bundled")])
    assert languages_of(library) == {"en"}
    generation = library.generation
    library.set_languages(["de"])
    assert languages_of(library) == {"de"} and library.generation > generation
    library.rescan()
    assert languages_of(library) == {"de"}


def test_card_keys_are_the_same_in_every_language(family: Path) -> None:
    """Pins, hides, helpful marks and stats name cards by key: they work in any language."""
    keys = {}
    for lang in ("en", "de", "es"):
        library = load_decks([ContentSource(family, "bundled")], languages=[lang])
        keys[lang] = {c.key for c in library.cards()}
        picker = CardPicker(library, rng=_Fixed(), hidden={"team/feet", "team/listen"})
        card = picker.pick("between_calls")
        assert card is not None and card.key == "team/breathe"
        assert card.title == f"[{lang}] breathe"
    assert keys["en"] == keys["de"] == keys["es"] == {f"team/{c}" for c in CARDS}


class _Fixed:
    def random(self) -> float:
        return 0.0


def test_a_base_in_another_language_is_the_fallback(tmp_path: Path) -> None:
    """A supervisor's Spanish deck with an English translation: French agents get Spanish."""
    folder = tmp_path / "team"
    write_variant(folder, "equipo.toml", "es", deck_id="equipo")
    write_variant(folder, "equipo.en.toml", "en", deck_id="equipo")
    for languages, expected in ((["fr"], "es"), (["en-US"], "en"), (["es"], "es")):
        library = load_decks([folder], languages=languages)
        assert library.problems == [] and languages_of(library, "equipo") == {expected}


# -- precedence across sources and languages ------------------------------------------------
def test_newer_it_deck_in_english_only_replaces_every_language(family: Path,
                                                               tmp_path: Path) -> None:
    it = tmp_path / "it"
    write_variant(it, "team.toml", "en", version=2)
    library = load_decks([ContentSource(family, "bundled"), ContentSource(it, "it")],
                         languages=["de-DE", "de", "en"])
    deck = library.by_id["team"]
    assert deck.version == 2 and deck.path == it / "team.toml"
    assert languages_of(library) == {"en"}, "IT's newer content wins over the older German"
    assert library.releases["team"].locales == ["en"]
    assert {d.locale for d in library.superseded} == {"en", "de", "es", "pt-BR"}
    assert library.problems == []


def test_newer_it_deck_with_its_own_translation(family: Path, tmp_path: Path) -> None:
    it = tmp_path / "it"
    write_variant(it, "team.toml", "en", version=2)
    write_variant(it, "team.de.toml", "de", version=2)
    library = load_decks([ContentSource(family, "bundled"), ContentSource(it, "it")],
                         languages=["de"])
    assert library.by_id["team"].path == it / "team.de.toml"
    library.set_languages(["es"])
    assert library.by_id["team"].path == it / "team.toml", "no v2 in Spanish: IT's base"


def test_it_can_add_a_language_to_the_same_version(family: Path, tmp_path: Path) -> None:
    it = tmp_path / "it"
    write_variant(it, "team.pl.toml", "pl")
    library = load_decks([ContentSource(family, "bundled"), ContentSource(it, "it")],
                         languages=["pl"])
    assert library.problems == [] and languages_of(library) == {"pl"}
    assert library.releases["team"].locales == ["en", "de", "es", "pt-BR", "pl"]


def test_same_version_and_language_twice_is_a_conflict(family: Path, tmp_path: Path) -> None:
    it = tmp_path / "it"
    copy = write_variant(it, "team.de.toml", "de")
    library = load_decks([ContentSource(family, "bundled"), ContentSource(it, "it")],
                         languages=["de"])
    assert library.by_id["team"].path == family / "team.de.toml", "the first read is kept"
    [conflict] = library.errors
    assert conflict.path == copy and "same language (de)" in conflict.message
    assert "(bundled)" in conflict.message


def test_an_older_translation_beside_its_base_is_used_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_variant(folder, "team.toml", "en", version=3)
    german = write_variant(folder, "team.de.toml", "de", version=2)
    write_variant(folder, "old-team-de.toml", "de", version=1)   # a stale copy: superseded
    library = load_decks([folder], languages=["de"])
    assert languages_of(library) == {"de"} and library.by_id["team"].version == 2
    [warning] = library.problems
    assert warning.severity == "warning" and warning.path == german
    assert "version 2" in warning.message and "version 3" in warning.message
    assert [d.version for d in library.superseded] == [1]


def test_a_translation_with_other_cards_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    write_variant(folder, "team.toml", "en")
    german = write_variant(folder, "team.de.toml", "de", cards=("breathe", "feet", "extra"))
    library = load_decks([folder], languages=["de"])
    assert languages_of(library) == {"en"}, "falls back to the base, never a mix"
    assert library.releases["team"].locales == ["en"]
    assert {p.path for p in library.errors} == {german}
    text = " ".join(p.message for p in library.errors)
    assert "lacks cards that team.toml has: listen" in text
    assert "has cards that team.toml does not: extra" in text


def test_personal_decks_are_unaffected(isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    write_variant(paths.user_content_dir("decks"), "mine.toml", "es", deck_id="mine")
    write_variant(paths.user_content_dir("decks"), "more.toml", None, deck_id="more")
    for languages in (["de"], ["en"], ["ar"]):
        library = load_default_decks(paths, Settings(), languages=languages)
        assert languages_of(library, "mine") == {"es"}
        assert languages_of(library, "more") == {"en"}
        assert {"default", "mine", "more"} <= set(library.by_id)


# -- validation --------------------------------------------------------------------------
def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_validate_names_missing_and_extra_card_ids(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    write_variant(tmp_path, "team.toml", "en")
    german = write_variant(tmp_path, "team.de.toml", "de", cards=("feet", "breathe", "more"))
    code, out, err = run_cli(capsys, "deck", "validate", str(tmp_path))
    assert code == 1 and "1 of 2 files" in err
    assert (f"{german}:4: error: the de translation of deck 'team' lacks cards that "
            "team.toml has: listen") in out
    assert f"{german}:23: error: the de translation of deck 'team' has cards that team.toml " \
           "does not: more" in out
    assert f"ok: 3 cards in {tmp_path / 'team.toml'}" in out and f"ok: 3 cards in {german}" \
        not in out


def test_validate_checks_when_lists(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_variant(tmp_path, "team.toml", "en")
    spanish = write_variant(tmp_path, "team.es.toml", "es",
                            when={"feet": ["between_calls", "start_of_shift"]})
    code, out, _ = run_cli(capsys, "deck", "validate", str(tmp_path))
    assert code == 1
    assert (f"{spanish}:15: error: card 'feet': when = ['between_calls', 'start_of_shift'] "
            "here but ['between_calls'] in team.toml") in out


def test_validate_checks_the_locale_against_the_file_name(tmp_path: Path) -> None:
    wrong = write_variant(tmp_path, "team.fr.toml", "de")
    check = check_deck_file(wrong)
    assert check.deck is None
    [problem] = check.errors
    assert problem.line == 5 and "file name says the deck is in 'fr' but deck.locale is 'de'" \
        in problem.message and 'set locale = "fr"' in problem.message
    missing = write_variant(tmp_path, "team.pt_br.toml", None)
    [problem] = check_deck_file(missing).errors
    assert "deck.locale is missing" in problem.message and 'locale = "pt-BR"' in problem.message
    for fine in (write_variant(tmp_path, "team.pt-BR.toml", "pt_br"),
                 write_variant(tmp_path, "team.old.toml", None)):
        assert check_deck_file(fine).problems == [], fine


def test_validate_warns_for_an_older_translation(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    write_variant(tmp_path, "team.toml", "en", version=2)
    german = write_variant(tmp_path, "team.de.toml", "de", version=1)
    code, out, _ = run_cli(capsys, "deck", "validate", str(tmp_path))
    assert code == 0
    assert f"{german}:4: warning: the de translation is version 1 but team.toml is version 2" \
        in out


def set_language(tag: str) -> None:
    """The agent's language setting. (Tests never set ``LANGUAGE`` in this process: once the
    C library has read it, error texts such as strerror's stay translated for the run.)"""
    path = AppPaths.from_environment().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'language = "{tag}"\n', encoding="utf-8")


def test_deck_list_shows_languages(capsys: pytest.CaptureFixture[str],
                                   isolated_dirs: dict[str, Path]) -> None:
    folder = AppPaths.from_environment().site_content_dir("decks")
    write_variant(folder, "team.toml", "en")
    write_variant(folder, "team.de.toml", "de")
    code, out, _ = run_cli(capsys, "deck", "list", "--language", "de")
    assert code == 0
    assert "languages: en, de (shown)" in out
    code, out, _ = run_cli(capsys, "deck", "list")
    assert "languages: en (shown), de" in out
    code, _, err = run_cli(capsys, "deck", "list", "--language", "not a tag")
    assert code == 2 and "is not a language tag" in err
    set_language("de")   # no --language: the agent's language setting
    code, out, _ = run_cli(capsys, "deck", "list")
    assert "languages: en, de (shown)" in out


# -- any language, right to left included --------------------------------------------------
RTL_DECKS = {
    "ar": ("فريق الشمال", "تنفس ببطء", "خذ نفسًا عميقًا، ثم أخرجه ببطء. العدد ٤ ثم ٦."),
    "he": ("צוות צפון", "נשימה איטית", "קחו נשימה עמוקה ושחררו אותה לאט. ספרו 4, ואז 6."),
}


@pytest.mark.parametrize("lang", sorted(RTL_DECKS))
def test_right_to_left_deck_validates_round_trips_and_is_picked(lang: str,
                                                                tmp_path: Path) -> None:
    deck_title, title, body = RTL_DECKS[lang]
    data = {"deck": {"id": "team", "title": deck_title, "version": 1, "locale": lang},
            "cards": [{"id": c, "title": title, "body": body, "when": ["between_calls"]}
                      for c in CARDS]}
    write_variant(tmp_path, "team.toml", "en")
    path = tmp_path / f"team.{lang}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    check = check_deck_file(path)
    assert check.problems == [] and check.deck is not None
    assert check.deck.title == deck_title and check.deck.cards[0].body == body
    again = check_deck_text(deck_to_toml(check.deck), path)
    assert again.deck is not None and again.deck.cards == check.deck.cards
    library = load_decks([tmp_path], languages=[lang])
    assert library.problems == []
    assert [c.title for c in library.by_id["team"].cards] == [title] * len(CARDS)


# -- the built-in support contact and stand-in cards -----------------------------------------
@pytest.mark.parametrize(("languages", "title"), [
    (["en"], "Someone to talk to"), (["de-AT", "de"], "Jemand zum Reden"),
    (["es-MX"], "Alguien con quien hablar"), (["fr"], "Quelqu'un à qui parler"),
    (["pt_BR"], "Alguém para conversar"), (["pt-PT"], "Alguém para conversar"),
    (["ja", "xx"], "Someone to talk to"), ([], "Someone to talk to"),
])
def test_built_in_support_comes_in_the_agents_language(languages: list[str],
                                                       title: str) -> None:
    assert fallback_support(languages).title == title
    assert support_for([], languages) == fallback_support(languages)


def test_built_in_cards_keep_their_keys_in_every_language() -> None:
    for role in ("support", "break"):
        english = fallback_card(role)
        for lang in ("de", "es", "fr", "pt-BR"):
            card = fallback_card(role, [lang])
            assert card.key == english.key and card.tags == english.tags
            assert card.when == english.when and card.title != english.title
            assert card.body != english.body and len(card.body.split()) <= 40
    with pytest.raises(ValueError, match="unknown card role"):
        fallback_card("hug")


def test_a_deck_contact_wins_over_the_built_in_one(family: Path) -> None:
    library = load_decks([ContentSource(family, "bundled")], languages=["de"])
    assert support_for(library.decks, library.languages) == fallback_support(["de"])
    deck = dataclasses.replace(library.decks[0], support=DeckSupport("Durchwahl 2040"))
    assert support_for([deck], ["de"]).body == "Durchwahl 2040"


def test_deck_try_refuses_a_bad_language(capsys: pytest.CaptureFixture[str]) -> None:
    from companion.paths import resource_dir

    box = resource_dir("breathing_patterns") / "box.toml"
    code, _, err = run_cli(capsys, "deck", "try", str(box), "--language", "fr!")
    assert code == 2 and "--language 'fr!' is not a language tag" in err
