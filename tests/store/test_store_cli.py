"""`companion data summary|export|delete`: outputs, exit codes, confirmation."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli import main
from companion.paths import AppPaths
from companion.store import CallRecord, InterventionRecord, MinuteAggregate, Store

T0 = 1795435200.0  # 2026-11-23 12:00 UTC


class _Stdin(io.StringIO):
    def __init__(self, text: str = "", tty: bool = False) -> None:
        super().__init__(text)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture
def paths() -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def filled(paths: AppPaths) -> Path:
    with Store.open(paths.database_file) as store:
        store.add_minutes(MinuteAggregate(T0 - 86400 * 3 + 60 * i, 40, 50, 60, 20, True)
                          for i in range(10))
        store.add_call(CallRecord(T0 - 86400 * 3, T0 - 86400 * 3 + 600, "speech"))
        store.add_call(CallRecord(T0, T0 + 300, "manual"))
        store.add_intervention(InterventionRecord("breathing", "box", T0 + 400))
    return paths.database_file


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return store.stats().counts


def test_summary_without_data_creates_nothing(paths: AppPaths, capsys) -> None:
    assert main(["data", "summary"]) == 0
    out = capsys.readouterr().out
    assert "nothing yet" in out and str(paths.database_file) in out
    assert "30 days" in out and "never audio" in out
    assert not paths.database_file.exists()


def test_summary_reports_counts_range_size_and_retention(paths: AppPaths, filled: Path,
                                                        capsys) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("retention_days = 14\n")
    assert main(["data", "summary"]) == 0
    out = capsys.readouterr().out
    assert "Retention:  14 days" in out
    assert str(filled) in out
    lines = {line.split()[0]: line.split()[1] for line in out.splitlines()
             if line.startswith("  ")}
    assert lines == {"minutes": "10", "calls": "2", "interventions": "1", "baseline": "0",
                     "card_prefs": "0"}
    assert "Date range: 2026-11-20" in out and "KB" in out
    assert "not a medical device" in out


def test_summary_with_bad_settings_warns_once_and_uses_the_default(paths: AppPaths,
                                                                    capsys) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("retention_days = 0\n")
    assert main(["data", "summary"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith("companion: warning:") and captured.err.count("\n") == 1
    assert "retention_days" in captured.err
    assert "Retention:  30 days" in captured.out


def test_export_json_and_csv(filled: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.json"
    assert main(["data", "export", "--format", "json", str(target)]) == 0
    assert "Exported 13 rows" in capsys.readouterr().out
    doc = json.loads(target.read_text())
    assert len(doc["minutes"]) == 10 and len(doc["calls"]) == 2
    assert main(["data", "export", "--format", "csv", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "interventions.csv").read_text().count("\n") == 2
    # existing target: refused, one line, exit 2
    assert main(["data", "export", str(target)]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1


def test_export_without_data_is_an_error(tmp_path: Path, capsys) -> None:
    assert main(["data", "export", str(tmp_path / "x.json")]) == 2
    assert "nothing is stored" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_delete_refuses_without_yes_when_not_a_terminal(filled: Path, monkeypatch,
                                                        capsys) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(tty=False))
    assert main(["data", "delete", "--all"]) == 2
    err = capsys.readouterr().err
    assert "not a terminal" in err and "--yes" in err and err.count("\n") == 1
    assert _counts(filled)["calls"] == 2


def test_delete_asks_on_a_terminal(filled: Path, monkeypatch, capsys) -> None:
    asked: list[str] = []

    def fake_input(prompt: str) -> str:
        asked.append(prompt)
        return answers.pop(0)

    answers = ["no", "yes"]
    monkeypatch.setattr(sys, "stdin", _Stdin(tty=True))
    monkeypatch.setattr("builtins.input", fake_input)
    assert main(["data", "delete", "--all"]) == 1
    assert "Nothing was deleted" in capsys.readouterr().out
    assert _counts(filled)["calls"] == 2
    assert main(["data", "delete", "--all"]) == 0
    assert "Deleted 13 rows" in capsys.readouterr().out
    assert "cannot be undone" in asked[0]
    assert sum(_counts(filled).values()) == 0


def test_delete_before_date_with_yes(filled: Path, capsys) -> None:
    assert main(["data", "delete", "--before", "2026-11-22", "--yes"]) == 0
    counts = _counts(filled)
    assert counts["minutes"] == 0 and counts["calls"] == 1 and counts["interventions"] == 1


def test_delete_bad_date_and_missing_choice(filled: Path, capsys) -> None:
    assert main(["data", "delete", "--before", "23/11/2026", "--yes"]) == 2
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as info:
        main(["data", "delete", "--yes"])  # neither --all nor --before: argparse usage error
    assert info.value.code == 2
    assert _counts(filled)["calls"] == 2


def test_delete_with_nothing_stored(paths: AppPaths, capsys) -> None:
    assert main(["data", "delete", "--all", "--yes"]) == 0
    assert "nothing to delete" in capsys.readouterr().out
    assert not paths.database_file.exists()


def test_corrupt_database_is_reported_once_and_set_aside(paths: AppPaths, capsys) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database_file.write_bytes(b"\x00garbage" * 500)
    assert main(["data", "summary"]) == 0
    captured = capsys.readouterr()
    assert "companion: note:" in captured.err and "corrupt-" in captured.err
    assert len(list(paths.data_dir.glob("companion.sqlite3.corrupt-*"))) == 1


def test_real_process_refuses_delete_on_non_tty_stdin(filled: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "companion", "data", "delete", "--all"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.startswith("companion: error: refusing to delete")
    assert "Traceback" not in proc.stderr
    assert _counts(filled)["calls"] == 2


def test_damaged_copies_are_listed_and_removed_by_delete_all(paths: AppPaths, capsys) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.database_file.write_bytes(b"garbage!" * 600)
    with Store.open(paths.database_file) as store:  # sets the garbage aside
        store.add_call(CallRecord(T0, T0 + 60))
    assert main(["data", "summary"]) == 0
    out = capsys.readouterr().out
    assert "Damaged copies set aside" in out and "companion.sqlite3.corrupt-" in out
    assert main(["data", "delete", "--before", "2000-01-01", "--yes"]) == 0
    assert len(list(paths.data_dir.glob("*.corrupt-*"))) == 1  # only --all removes copies
    assert main(["data", "delete", "--all", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Deleted the damaged copy" in out
    assert list(paths.data_dir.glob("*.corrupt-*")) == []
    assert _counts(paths.database_file)["calls"] == 0


def test_summary_follows_it_policy_over_the_agents_setting(paths: AppPaths, capsys) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text("retention_days = 60\n")
    paths.site_config_dir.mkdir(parents=True)
    paths.policy_file.write_text("retention_days = 7\n")
    assert main(["data", "summary"]) == 0
    assert "Retention:  7 days" in capsys.readouterr().out
