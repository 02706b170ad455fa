"""Deck sources, precedence, version conflicts and hot reload (last good version kept)."""

from __future__ import annotations

from pathlib import Path

import tomli_w

from companion.content.library import DeckLibrary, load_decks, load_default_decks
from companion.content.sources import ContentSource, deck_sources
from companion.paths import AppPaths, resource_dir
from companion.settings import Settings


def write_deck(folder: Path, name: str, deck_id: str, version: int, cards: list[str],
               title: str = "T") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = {"deck": {"id": deck_id, "title": title, "version": version},
            "cards": [{"id": c, "title": c, "body": f"Body {c}.", "when": ["between_calls"]}
                      for c in cards]}
    path = folder / name
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_sources_order_and_personal_switch(isolated_dirs: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    extra = tmp_path / "extra"
    sources = deck_sources(paths, Settings().replace(deck_folders=[str(extra)]))
    assert [s.origin for s in sources] == ["bundled", "it", "it", "personal", "personal"]
    assert sources[0].path == resource_dir("decks")
    assert sources[1].path == paths.site_content_dir("decks")
    assert sources[2].path == extra and sources[2].must_exist
    assert sources[3].path == paths.user_content_dir("decks")
    assert sources[4].path == paths.user_content_dir("my-cards")   # "what helps me"
    no_personal = deck_sources(paths, Settings().replace(allow_personal_decks=False))
    assert [s.origin for s in no_personal] == ["bundled", "it"]


def test_default_library_has_bundled_deck(isolated_dirs: dict[str, Path]) -> None:
    lib = load_default_decks(AppPaths.from_environment(), Settings())
    assert list(lib.by_id) == ["default"] and lib.problems == []
    assert lib.decks[0].origin == "bundled" and len(lib.cards()) >= 40


def test_personal_decks_only_when_allowed(isolated_dirs: dict[str, Path]) -> None:
    paths = AppPaths.from_environment()
    write_deck(paths.user_content_dir("decks"), "mine.toml", "mine", 1, ["a"])
    assert "mine" in load_default_decks(paths, Settings()).by_id
    off = Settings().replace(allow_personal_decks=False)
    assert "mine" not in load_default_decks(paths, off).by_id


def test_missing_settings_folder_is_a_warning(isolated_dirs: dict[str, Path],
                                              tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    lib = load_default_decks(paths, Settings().replace(deck_folders=[str(tmp_path / "gone")]))
    assert [p.severity for p in lib.problems] == ["warning"]
    assert "not found" in lib.problems[0].message and "default" in lib.by_id


def test_higher_version_wins_whatever_the_order(tmp_path: Path) -> None:
    it, me = tmp_path / "it", tmp_path / "me"
    write_deck(it, "team.toml", "team", 3, ["a"], title="IT v3")
    write_deck(me, "team.toml", "team", 2, ["b"], title="Mine v2")
    lib = load_decks([ContentSource(it, "it"), ContentSource(me, "personal")])
    assert lib.by_id["team"].title == "IT v3"
    assert [d.title for d in lib.superseded] == ["Mine v2"]
    write_deck(me, "team.toml", "team", 4, ["b"], title="Mine v4")
    lib = load_decks([ContentSource(it, "it"), ContentSource(me, "personal")])
    assert lib.by_id["team"].title == "Mine v4" and lib.problems == []
    assert lib.source_of(lib.by_id["team"]).origin == "personal"


def test_equal_versions_conflict_and_first_is_kept(tmp_path: Path) -> None:
    it, me = tmp_path / "it", tmp_path / "me"
    first = write_deck(it, "team.toml", "team", 2, ["a"], title="First")
    second = write_deck(me, "other-name.toml", "team", 2, ["b"], title="Second")
    lib = load_decks([ContentSource(it, "it"), ContentSource(me, "personal")])
    assert lib.by_id["team"].title == "First"
    assert len(lib.conflicts) == 1
    conflict = lib.conflicts[0]
    assert conflict.is_error and conflict.path == second and conflict.line == 4
    assert str(first) in conflict.message and "higher version" in conflict.message
    assert conflict in lib.problems


def test_same_folder_listed_twice_is_not_a_conflict(tmp_path: Path) -> None:
    write_deck(tmp_path, "team.toml", "team", 1, ["a"])
    lib = load_decks([tmp_path, ContentSource(tmp_path, "it")])
    assert lib.conflicts == [] and len(lib.decks) == 1


def test_bad_file_is_reported_and_skipped(tmp_path: Path) -> None:
    write_deck(tmp_path, "good.toml", "good", 1, ["a"])
    (tmp_path / "bad.toml").write_text("[deck]\nid = 'bad'\n", encoding="utf-8")
    (tmp_path / ".hidden.toml").write_text("nonsense", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("nonsense", encoding="utf-8")
    lib = load_decks([tmp_path])
    assert list(lib.by_id) == ["good"]
    assert lib.errors and all(p.path.name == "bad.toml" for p in lib.errors)


def test_reload_keeps_last_good_version(tmp_path: Path) -> None:
    path = write_deck(tmp_path, "team.toml", "team", 1, ["a", "b"])
    lib = DeckLibrary([ContentSource(tmp_path, "it")])
    generation = lib.generation
    assert [c.id for c in lib.cards()] == ["a", "b"]

    path.write_text(path.read_text() + '\n[[cards]]\nid = "c"\ntitle = "C"\n', "utf-8")
    problems = lib.reload_file(path)
    assert any(p.is_error and "body is missing" in p.message for p in problems)
    assert any("keeping the last good version" in p.message for p in problems)
    assert [c.id for c in lib.cards()] == ["a", "b"], "broken edit must not drop the deck"
    assert lib.files[0].stale and lib.generation > generation
    assert any("body is missing" in p.message for p in lib.problems)

    write_deck(tmp_path, "team.toml", "team", 2, ["a", "b", "c"])
    assert lib.reload_file(path) == []
    assert [c.id for c in lib.cards()] == ["a", "b", "c"] and not lib.files[0].stale
    assert lib.problems == []

    path.write_text("not toml at all [", encoding="utf-8")
    lib.reload_file(path)
    assert lib.by_id["team"].version == 2

    path.unlink()
    assert lib.reload_file(path) == [] and lib.decks == []


def test_reload_of_new_file_and_rescan(tmp_path: Path) -> None:
    lib = DeckLibrary([ContentSource(tmp_path, "it")])
    assert lib.decks == []
    new = write_deck(tmp_path, "new.toml", "new", 1, ["a"])
    lib.reload_file(new)
    assert "new" in lib.by_id
    write_deck(tmp_path, "more.toml", "more", 1, ["a"])
    new.unlink()
    lib.rescan()
    assert list(lib.by_id) == ["more"]
    assert tmp_path in lib.watch_paths()


def test_reload_outside_sources_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    lib = DeckLibrary([ContentSource(tmp_path / "in", "it")])
    stray = write_deck(tmp_path / "out", "x.toml", "x", 1, ["a"])
    problems = lib.reload_file(stray)
    assert problems and "not in any deck folder" in problems[0].message
    assert lib.decks == []


def test_a_fixed_file_can_supersede_after_reload(tmp_path: Path) -> None:
    it, me = tmp_path / "it", tmp_path / "me"
    write_deck(it, "team.toml", "team", 1, ["a"], title="IT")
    mine = write_deck(me, "team.toml", "team", 1, ["b"], title="Mine")
    lib = DeckLibrary([ContentSource(it, "it"), ContentSource(me, "personal")])
    assert lib.conflicts and lib.by_id["team"].title == "IT"
    write_deck(me, "team.toml", "team", 2, ["b"], title="Mine")
    lib.reload_file(mine)
    assert lib.conflicts == [] and lib.by_id["team"].title == "Mine"
    assert lib.card("team/b") is not None and lib.card("team/a") is None


def test_editor_temp_files_are_ignored(tmp_path: Path) -> None:
    lib = DeckLibrary([ContentSource(tmp_path, "it")])
    swap = write_deck(tmp_path, ".team.toml", "team", 1, ["a"])
    problems = lib.reload_file(swap)
    assert problems and "not in any deck folder" in problems[0].message and lib.decks == []
