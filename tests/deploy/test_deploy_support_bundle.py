"""`companion support-bundle`: what goes in, what never does, and the agent's say before it
is written. The privacy test seeds a store and a deck with recognisable values, runs the real
app (demo, debug log level) so that a card is shown and the log fills, then greps the zip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from helpers.app_process import app_env, wait_until_listening

from companion.cli import main
from companion.diagnostics.bundle import BundleError, BundleFile, SupportBundle, store_counts
from companion.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {"README.txt", "self-test.txt", "self-test.json", "policy.json", "devices.json",
            "system.json", "store.json"}

#: Recognisable values seeded into the store: none of them may reach the bundle.
SECRET_NUMBERS = ("87.6543", "11.1113", "93.7771", "66.1928", "91.9182", "187.6543", "41.2517",
                  "123.4561", "45.6781", "72.3219")
SECRET_CARD_ID = "card-zebra-7731"
DECK = """[deck]
id = "seeded-deck-q"
title = "Seeded deck"
version = 1
author = "test"
locale = "en"

[[cards]]
id = "card-zebra-7731"
title = "Quokka lantern reminder"
body = "Zebra marmalade counts the violet staircase before every call."
tags = ["recovery", "self-care"]  # a valid after_tense card: no warning names it
when = ["between_calls", "after_tense", "start_of_shift"]
weight = 10
"""
SECRET_TEXTS = ("Quokka lantern", "Zebra marmalade", "violet staircase")


def seed_store(database: Path) -> None:
    from companion.store import (
        CallRecord,
        CardPreference,
        InterventionRecord,
        MinuteAggregate,
        Store,
    )

    now = time.time() - 3600
    with Store.open(database) as store:
        store.add_minute(MinuteAggregate(now // 60 * 60, 11.11131, 87.65432, 93.77712,
                                         41.25171, True))
        call_id = store.add_call(CallRecord(now, now + 300, "manual", 66.19283, 91.91827,
                                            123.45612, 45.67812))
        store.add_intervention(InterventionRecord("card", SECRET_CARD_ID, now + 310,
                                                  arousal_before=72.32191, call_id=call_id))
        store.set_card_preference(CardPreference(SECRET_CARD_ID, pinned=True))
        store.save_baseline({"f0_median_hz": 187.65432, "note": "baseline"})


def zip_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8", "replace") for name in zf.namelist()}


def run_app_showing_a_card(env: dict[str, str]) -> None:
    """The real app at debug level: start, show a card over IPC, breathe, quit."""
    from companion import ipc

    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "--log-level", "debug", "--demo",
         "--demo-script", "pause:600", "--exit-after", "60"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    name = env["COMPANION_IPC_NAME"]
    try:
        assert wait_until_listening(name)["ok"]
        for cmd in ("call.start", "call.end", "card"):
            assert ipc.send_command(cmd, {"moment": "between_calls"} if cmd == "card" else {},
                                    name=name)["ok"], cmd
        assert ipc.send_command("quit", name=name)["ok"]
        proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0


@pytest.mark.slow
def test_bundle_holds_no_voice_data_no_card_text_no_store_rows(
        isolated_dirs: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths.from_environment()
    seed_store(paths.database_file)
    decks = isolated_dirs["config"] / "decks"
    decks.mkdir(parents=True)
    (decks / "seeded.toml").write_text(DECK, encoding="utf-8")
    env = app_env(QT_QPA_PLATFORM="offscreen")
    run_app_showing_a_card(env)
    log_text = paths.log_file.read_text(encoding="utf-8")
    assert "DEBUG" in log_text and "state: in-call" in log_text   # the log did fill

    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    proc = subprocess.run([sys.executable, "-m", "companion", "support-bundle", str(target),
                           "--yes"], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    files = zip_text(target)
    assert set(files) >= EXPECTED and "logs/companion.log" in files
    everything = "\n".join(files.values())
    for secret in (*SECRET_NUMBERS, SECRET_CARD_ID, *SECRET_TEXTS):
        assert secret not in everything, secret
    from companion.content import load_default_decks
    from companion.policy import effective_settings

    library = load_default_decks(paths, effective_settings(paths).settings)
    assert any(card.id == SECRET_CARD_ID for card in library.cards())
    for card in library.cards():   # no card of any deck: bundled or the agent's
        assert card.body not in everything, card.id
    counts = json.loads(files["store.json"])["tables"]
    assert counts["minutes"] == 1 and counts["calls"] == 1 and counts["interventions"] == 1
    assert counts["card_prefs"] == 1 and counts["baseline"] >= 1
    assert "audio" not in {Path(n).suffix for n in files} and not any(
        n.endswith((".wav", ".sqlite3", ".csv")) for n in files)


def test_cli_shows_the_list_and_asks_first(isolated_dirs: dict[str, Path], tmp_path: Path,
                                           monkeypatch, capsys) -> None:
    target = tmp_path / "b.zip"

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert main(["support-bundle", str(target)]) == 1
    out = capsys.readouterr().out
    for name in EXPECTED:
        assert name in out
    assert "Nothing was written." in out and not target.exists()
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert main(["support-bundle", str(target)]) == 0
    assert target.is_file() and set(zip_text(target)) >= EXPECTED
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()
              if line.startswith("  ")]
    assert listed == list(zip_text(target))   # exactly what was shown is what was written


def test_without_a_terminal_it_needs_yes(isolated_dirs: dict[str, Path], tmp_path: Path,
                                         capsys) -> None:
    proc = subprocess.run([sys.executable, "-m", "companion", "support-bundle",
                           str(tmp_path / "b.zip")], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("companion: error: refusing to write the support bundle "
                                   "without confirmation: input is not a terminal — add --yes "
                                   "to confirm")
    assert not (tmp_path / "b.zip").exists()


def test_existing_file_and_missing_folder_are_one_line_errors(tmp_path: Path) -> None:
    bundle = SupportBundle([BundleFile("a.txt", "a", b"a")])
    existing = tmp_path / "x.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(BundleError, match="already exists"):
        bundle.write(existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(BundleError, match="does not exist"):
        bundle.write(tmp_path / "no" / "x.zip")
    assert bundle.write(tmp_path / "y.zip").is_file()
    assert not list(tmp_path.glob(".companion-support-*"))   # no temp file left


UNWRITABLE = """import sys
from pathlib import Path
from companion.diagnostics.bundle import BundleError, BundleFile, SupportBundle
for target in sys.argv[1:]:
    try:
        SupportBundle([BundleFile("a", "a", b"a")]).write(Path(target))
    except BundleError as exc:
        print(exc.one_line())
"""


def test_unwritable_or_unreadable_folder_is_a_clear_error() -> None:
    """As a normal user (root ignores permissions): a read-only folder, a closed one."""
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        base = Path(tmp)
        base.chmod(0o755)
        (base / "ro").mkdir(mode=0o555)
        (base / "closed").mkdir(mode=0o700)
        proc = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
             "-c", UNWRITABLE, str(base / "ro" / "b.zip"), str(base / "closed" / "b.zip")],
            capture_output=True, text=True, timeout=60, cwd="/")
        assert proc.returncode == 0, proc.stderr
        ro, closed = proc.stdout.splitlines()
        assert ro.startswith(f"cannot write {base / 'ro' / 'b.zip'}: permission denied")
        assert closed.startswith(f"cannot write {base / 'closed' / 'b.zip'}: permission denied")
        assert not list((base / "ro").iterdir())


def test_store_counts_are_read_only_and_report_damage(tmp_path: Path) -> None:
    db = tmp_path / "companion.sqlite3"
    assert store_counts(db) == {"file": str(db), "exists": False}
    assert not db.exists()   # nothing created
    seed_store(db)
    before = db.read_bytes()
    counts = store_counts(db)
    assert counts["tables"]["minutes"] == 1 and counts["schema_version"] >= 1
    assert db.read_bytes() == before
    db.write_bytes(b"this is not a database" * 100)
    damaged = store_counts(db)
    assert "error" in damaged and db.read_bytes() == b"this is not a database" * 100
