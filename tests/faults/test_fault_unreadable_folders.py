"""An unreadable deck folder (the agent's own, or an IT share that is offline or denied) is a
problem naming the folder; the other decks still load (item 9 of the hardening issue)."""

from __future__ import annotations

from pathlib import Path

from fault_env import User

DECK = ('[deck]\nid = "{id}"\ntitle = "{id}"\nversion = 1\n[[cards]]\nid = "a"\ntitle = "T"\n'
        'body = "Say what you can do."\ntags = ["empathy"]\nwhen = ["between_calls"]\n')


def write_deck(folder: Path, deck_id: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{deck_id}.toml").write_text(DECK.format(id=deck_id), encoding="utf-8")


def test_deck_list_with_unreadable_folders_names_them_and_loads_the_rest(
        agent: User, world: Path) -> None:
    """Regression: a PermissionError traceback in `deck list` (and at start-up)."""
    personal = agent.config_dir / "decks"
    write_deck(personal, "mine")
    write_deck(personal / "archive", "old")
    share_ok = world / "share-ok"
    write_deck(share_ok, "team")
    share_denied = world / "share-denied"
    write_deck(share_denied, "denied")
    behind_closed = world / "closed" / "decks"  # the folder above is closed to the agent
    write_deck(behind_closed, "hidden")
    (agent.home / "site-config").mkdir()
    (agent.home / "site-config" / "policy.toml").write_text(
        f"deck_folders = [{str(share_ok)!r}, {str(share_denied)!r}, {str(behind_closed)!r}]\n")
    agent.own(agent.home)
    share_ok.chmod(0o755)
    share_denied.chmod(0o700)  # root's, not the agent's
    (world / "closed").chmod(0o700)
    (personal / "archive").chmod(0o000)
    result = agent.run("deck", "list")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0
    out = result.stdout
    assert "team" in out and "mine" in out  # the readable ones load
    assert f"{share_denied}: error: folder cannot be read: permission denied" in out
    assert f"{behind_closed}: error: IT deck folder cannot be opened: permission denied" in out
    assert f"{personal / 'archive'}: warning: subfolder cannot be opened" in out

    personal.chmod(0o000)  # the agent's own folder, closed by mistake
    result = agent.run("deck", "list")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert f"{personal}: error: folder cannot be read: permission denied" in result.stdout
    assert "team" in result.stdout

    result = agent.run("deck", "validate", str(personal))
    assert "Traceback" not in result.stderr and result.returncode != 0
    assert "folder cannot be read" in result.stdout + result.stderr


def test_app_starts_with_an_unreadable_deck_folder(agent: User, world: Path) -> None:
    personal = agent.config_dir / "decks"
    write_deck(personal, "mine")
    agent.own(agent.home)
    personal.chmod(0o000)
    result = agent.run("--demo", "--speed", "60", "--exit-after", "2")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
