"""Hot reload of cue decks through QFileSystemWatcher: good edits, broken edits (the last good
version stays), atomic replaces, new and deleted files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from companion.content import load_decks
from companion.ui.content_watcher import ContentWatcher, ReloadReport, describe_problems

TIMEOUT_MS = 5000


def deck_text(version: int = 1, title: str = "Let them finish", deck_id: str = "team") -> str:
    return f'''[deck]
id = "{deck_id}"
title = "Team cues"
version = {version}

[[cards]]
id = "hear-them-out"
title = "{title}"
body = "Let the customer say it all before you answer."
when = ["between_calls"]
'''


BROKEN = '''[deck]
id = "team"
title = "Team cues"
version = 2

[[cards]]
id = "hear-them-out"
title = "Broken"
body = "Fine body."
when = ["sometimes"]
'''


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "decks"
    path.mkdir()
    (path / "team.toml").write_text(deck_text(), encoding="utf-8")
    return path


@pytest.fixture
def watcher(folder: Path, qtbot):
    library = load_decks([folder])
    w = ContentWatcher(library, settle_ms=30)
    w.start()
    yield w
    w.stop()


def title_in_use(watcher: ContentWatcher) -> str | None:
    card = watcher.library.card("team/hear-them-out")
    return card.title if card else None


def test_good_edit_is_picked_up(watcher: ContentWatcher, folder: Path, qtbot) -> None:
    assert str(folder / "team.toml") in watcher.watched()
    assert str(folder) in watcher.watched()
    with qtbot.waitSignal(watcher.reloaded, timeout=TIMEOUT_MS) as blocker:
        (folder / "team.toml").write_text(deck_text(2, "Hear them out"), encoding="utf-8")
    report = blocker.args[0]
    assert isinstance(report, ReloadReport)
    assert report.errors == []
    qtbot.waitUntil(lambda: title_in_use(watcher) == "Hear them out", timeout=TIMEOUT_MS)
    assert watcher.library.by_id["team"].version == 2


def test_broken_edit_is_reported_and_last_good_version_stays(
        watcher: ContentWatcher, folder: Path, qtbot) -> None:
    with qtbot.waitSignal(watcher.problems, timeout=TIMEOUT_MS) as blocker:
        (folder / "team.toml").write_text(BROKEN, encoding="utf-8")
    problems = blocker.args[0]
    errors = [p for p in problems if p.is_error]
    assert errors, problems
    assert errors[0].path.name == "team.toml"
    assert errors[0].line == 10          # the `when` line
    assert "sometimes" in errors[0].message
    assert any("last good version" in p.message for p in problems)
    # The deck in use is still version 1 with its old title.
    assert title_in_use(watcher) == "Let them finish"
    assert watcher.library.by_id["team"].version == 1
    text = describe_problems(problems)
    assert text.startswith("team.toml, line 10:") and "last good version stays" in text
    # Fixing the file takes effect and clears the problem.
    (folder / "team.toml").write_text(deck_text(3, "Fixed"), encoding="utf-8")
    qtbot.waitUntil(lambda: title_in_use(watcher) == "Fixed", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: watcher.library.problems == [], timeout=TIMEOUT_MS)


def test_invalid_toml_names_the_line(watcher: ContentWatcher, folder: Path, qtbot) -> None:
    with qtbot.waitSignal(watcher.problems, timeout=TIMEOUT_MS) as blocker:
        (folder / "team.toml").write_text(deck_text().replace('title = "Team cues"',
                                                              'title = "Team cues'),
                                          encoding="utf-8")
    error = next(p for p in blocker.args[0] if p.is_error)
    assert error.line == 3 and "not valid TOML" in error.message
    assert title_in_use(watcher) == "Let them finish"


def test_atomic_replace_keeps_the_file_watched(watcher: ContentWatcher, folder: Path,
                                               qtbot) -> None:
    target = folder / "team.toml"
    for version, title in ((2, "Second"), (3, "Third")):
        tmp = folder / f".team.toml.{version}.tmp"
        tmp.write_text(deck_text(version, title), encoding="utf-8")
        os.replace(tmp, target)
        qtbot.waitUntil(lambda t=title: title_in_use(watcher) == t, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: str(target) in watcher.watched(), timeout=TIMEOUT_MS)
    # Temp files (names starting with '.') never become decks.
    assert [d.path.name for d in watcher.library.decks] == ["team.toml"]


def test_new_and_deleted_files(watcher: ContentWatcher, folder: Path, qtbot) -> None:
    extra = folder / "extra.toml"
    extra.write_text(deck_text(1, "Extra card", deck_id="extra"), encoding="utf-8")
    qtbot.waitUntil(lambda: "extra" in watcher.library.by_id, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: str(extra) in watcher.watched(), timeout=TIMEOUT_MS)
    extra.unlink()
    qtbot.waitUntil(lambda: "extra" not in watcher.library.by_id, timeout=TIMEOUT_MS)
    assert "team" in watcher.library.by_id


def test_new_broken_file_is_reported(watcher: ContentWatcher, folder: Path, qtbot) -> None:
    with qtbot.waitSignal(watcher.problems, timeout=TIMEOUT_MS) as blocker:
        (folder / "other.toml").write_text(BROKEN.replace('"team"', '"other"'),
                                           encoding="utf-8")
    assert any(p.path.name == "other.toml" and p.is_error for p in blocker.args[0])
    assert "other" not in watcher.library.by_id


def test_stopped_watcher_ignores_changes(watcher: ContentWatcher, folder: Path, qtbot) -> None:
    watcher.stop()
    assert watcher.watched() == []          # no path left that could report a change
    reloads: list[object] = []
    watcher.reloaded.connect(reloads.append)
    (folder / "team.toml").write_text(deck_text(5, "Ignored"), encoding="utf-8")
    watcher.notify_changed(folder / "team.toml")   # even an explicit nudge is ignored
    QCoreApplication.processEvents()
    assert reloads == [] and not watcher._timer.isActive()
    assert title_in_use(watcher) == "Let them finish"


def test_describe_problems_without_errors_is_empty(folder: Path) -> None:
    library = load_decks([folder])
    assert describe_problems(library.problems) == ""


def test_a_deck_folder_created_later_is_noticed(tmp_path: Path, qtbot) -> None:
    from companion.content import ContentSource

    personal = tmp_path / "config" / "decks"
    personal.parent.mkdir()
    library = load_decks([ContentSource(personal, "personal")])
    w = ContentWatcher(library, settle_ms=30)
    w.start()
    try:
        assert w.watched() == [str(personal.parent)]
        personal.mkdir()
        (personal / "team.toml").write_text(deck_text(), encoding="utf-8")
        qtbot.waitUntil(lambda: "team" in library.by_id, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: str(personal / "team.toml") in w.watched(), timeout=TIMEOUT_MS)
        assert str(personal.parent) not in w.watched()
    finally:
        w.stop()
