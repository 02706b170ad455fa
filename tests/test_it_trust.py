"""Files in IT's machine-wide folder count only when an administrator identity owns them
(an agent may create files under ``C:\\ProgramData``: their own ``policy.toml`` or "IT" deck
must be ignored by an installed build)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from companion import it_trust
from companion.content.library import load_decks
from companion.content.patterns import load_patterns
from companion.content.sources import ContentSource
from companion.it_trust import FileOwner, it_file_problem
from companion.policy import TomlPolicyReader

DECK = """[deck]
id = "it-team"
title = "Team deck"
version = 1

[[cards]]
id = "slow"
title = "Slow down"
body = "Three slow breaths, out longer than in."
tags = ["recovery", "breathing"]
when = ["after_tense"]
"""

PATTERN = """name = "Team calm"
description = "Four in, six out."
cycles = 6

[[phases]]
kind = "inhale"
seconds = 4

[[phases]]
kind = "exhale"
seconds = 6
"""

AGENT = FileOwner("S-1-5-21-1004336348-1177238915-682003330-1001", trusted=False)
ADMINS = FileOwner("Administrators", trusted=True)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)


def owned_by(monkeypatch: pytest.MonkeyPatch, owner: FileOwner) -> None:
    monkeypatch.setattr(it_trust, "file_owner", lambda path: owner)


def test_development_runs_do_not_check(tmp_path: Path, monkeypatch) -> None:
    owned_by(monkeypatch, AGENT)
    (tmp_path / "policy.toml").write_text("x = 1\n")
    assert it_file_problem(tmp_path / "policy.toml") is None


def test_installed_build_names_the_owner(installed, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("x = 1\n")
    owned_by(monkeypatch, AGENT)
    problem = it_file_problem(path)
    assert problem is not None and AGENT.name in problem and "ignored" in problem
    owned_by(monkeypatch, ADMINS)
    assert it_file_problem(path) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX ownership")
def test_real_posix_owner(installed, tmp_path: Path) -> None:
    """A file of a normal user is refused; one of root is used."""
    path = tmp_path / "policy.toml"
    path.write_text("x = 1\n")
    if os.geteuid() == 0:
        assert it_file_problem(path) is None
        os.chown(path, 65534, 65534)
    problem = it_file_problem(path)
    assert problem is not None and "not by root" in problem


def test_policy_file_of_the_agent_is_ignored(installed, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("tense_threshold = 90\n", encoding="utf-8")
    owned_by(monkeypatch, AGENT)
    read = TomlPolicyReader(path).read()
    assert read.values == {}
    (problem,) = read.problems
    assert problem.startswith("policy:policy.toml: ") and str(path) in problem
    owned_by(monkeypatch, ADMINS)
    assert TomlPolicyReader(path).read().values == {"tense_threshold": 90}


def test_missing_policy_file_is_no_problem(installed, tmp_path: Path) -> None:
    assert TomlPolicyReader(tmp_path / "policy.toml").read().problems == []


def test_it_decks_and_patterns_of_the_agent_are_refused(installed, tmp_path: Path,
                                                        monkeypatch) -> None:
    (tmp_path / "decks").mkdir()
    (tmp_path / "decks" / "team.toml").write_text(DECK, encoding="utf-8")
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "team-calm.toml").write_text(PATTERN, encoding="utf-8")
    decks = ContentSource(tmp_path / "decks", "it", owner_checked=True)
    patterns = ContentSource(tmp_path / "patterns", "it", owner_checked=True)
    owned_by(monkeypatch, AGENT)
    library = load_decks([decks])
    assert [d.id for d in library.decks] == []
    assert any(AGENT.name in p.message and p.severity == "error" for p in library.problems)
    assert "team-calm" not in load_patterns([patterns]).items
    # A folder IT names itself (deck_folders on a share) is not owner-checked.
    assert [d.id for d in load_decks([ContentSource(tmp_path / "decks", "it")]).decks] == \
        ["it-team"]
    owned_by(monkeypatch, ADMINS)
    assert [d.id for d in load_decks([decks]).decks] == ["it-team"]
    assert "team-calm" in load_patterns([patterns]).items


def test_a_reloaded_file_is_checked_too(installed, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "team.toml").write_text(DECK, encoding="utf-8")
    owned_by(monkeypatch, ADMINS)
    library = load_decks([ContentSource(tmp_path, "it", owner_checked=True)])
    assert [d.id for d in library.decks] == ["it-team"]
    owned_by(monkeypatch, AGENT)   # the agent replaced IT's file with their own
    (problem,) = library.reload_file(tmp_path / "team.toml")
    assert AGENT.name in problem.message and library.decks == []
