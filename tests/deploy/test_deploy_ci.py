"""The build workflow signs only with secrets and records sizes on every platform; the size
tool and the Windows version resource helper work."""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
sys.path.insert(0, str(ROOT / "packaging"))
import measure_sizes  # noqa: E402
import version_info  # noqa: E402


def job_text(name: str) -> str:
    """The text of one job of the workflow (from its key to the next job's)."""
    text = WORKFLOW.read_text(encoding="utf-8")
    jobs = text[text.index("\njobs:"):]
    starts = [(m.group(1), m.start()) for m in re.finditer(r"^  ([a-z]+):\n", jobs, re.M)]
    for i, (job, start) in enumerate(starts):
        if job == name:
            end = starts[i + 1][1] if i + 1 < len(starts) else len(jobs)
            return jobs[start:end]
    raise AssertionError(f"no job {name}")


@pytest.mark.parametrize("job", ["linux", "windows", "macos"])
def test_every_platform_records_its_sizes(job: str) -> None:
    text = job_text(job)
    assert f"packaging/measure_sizes.py --label {job}" in text
    assert "GITHUB_STEP_SUMMARY" in text and f"sizes-{job}" in text
    # The size target is checked last, after every upload (a red job still has its packages).
    last_step = text.rstrip().split("\n      - ")[-1]
    assert f"measure_sizes.py --check build/sizes-{job}.json --max-mb 80" in last_step


def test_signing_steps_run_only_with_their_secrets() -> None:
    windows, macos = job_text("windows"), job_text("macos")
    assert "WINDOWS_SIGNING: ${{ secrets.WINDOWS_CERT_PFX_BASE64 != '' }}" in windows
    assert "MACOS_SIGNING: ${{ secrets.MACOS_CERTS_P12_BASE64 != '' }}" in macos
    for text, flag, tools in ((windows, "WINDOWS_SIGNING", ("signtool",)),
                              (macos, "MACOS_SIGNING", ("notarytool", "security import", "spctl"))):
        signing = [step for step in text.split("\n      - ")
                   if "run:" in step and any(t in step.split("run:", 1)[1].lower() for t in tools)]
        assert len(signing) >= 2
        for step in signing:
            assert f"if: env.{flag} == 'true'" in step, step
    assert "-dScope=$($pkg.Scope)" in windows and "Companion-PerUser.msi" in windows
    assert "REMOVEUSERDATA=1" in windows


def test_sizes_of_a_bundle_and_an_installer(tmp_path: Path) -> None:
    bundle = tmp_path / "Companion"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "Companion.exe").write_bytes(b"MZ" + b"\0" * 100_000)
    (bundle / "_internal" / "lib.dat").write_bytes(bytes(range(256)) * 1000)
    (bundle / "_internal" / "link").symlink_to("lib.dat")
    msi = tmp_path / "Companion.msi"
    msi.write_bytes(b"x" * 1234)
    out = tmp_path / "sizes.json"
    keep = tmp_path / "bundle.zip"
    assert measure_sizes.main(["--label", "test", "--bundle", str(bundle), "--file", str(msi),
                               "--json", str(out), "--zip-out", str(keep)]) == 0
    rows = json.loads(out.read_text())
    assert [r["artefact"] for r in rows] == ["bundle, unpacked", "bundle, zip (deflate 9)",
                                             "msi"]
    assert rows[0]["bytes"] == 100_002 + 256_000 and rows[0]["files"] == 2
    assert rows[1]["bytes"] == keep.stat().st_size < 20_000   # zeros and a pattern compress
    assert rows[2]["bytes"] == 1234
    with zipfile.ZipFile(keep) as zf:
        assert sorted(zf.namelist()) == ["Companion/Companion.exe", "Companion/_internal/lib.dat",
                                         "Companion/_internal/link"]
    table = measure_sizes.markdown(rows)
    assert "| test | msi | Companion.msi | 0.0 MB |" in table


def test_missing_input_is_one_line(tmp_path: Path, capsys) -> None:
    assert measure_sizes.main(["--label", "x", "--file", str(tmp_path / "none.msi")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"measure_sizes: error: {tmp_path / 'none.msi'} does not exist")


def test_windows_version_numbers() -> None:
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("2.10.3.7") == (2, 10, 3, 7)
    with pytest.raises(ValueError, match="0-65535"):
        version_info.version_tuple("1.70000")
    spec = (ROOT / "packaging" / "companion.spec").read_text(encoding="utf-8")
    assert "version=version_info(VERSION)" in spec


def test_size_check_fails_on_an_installer_over_the_target(tmp_path: Path, capsys) -> None:
    rows = [{"platform": "windows", "artefact": "bundle, unpacked", "name": "Companion",
             "bytes": 300_000_000, "files": 900},
            {"platform": "windows", "artefact": "bundle, zip (deflate 9)", "name": "c.zip",
             "bytes": 90_000_000},
            {"platform": "windows", "artefact": "msi", "name": "Companion.msi",
             "bytes": 79_900_000},
            {"platform": "windows", "artefact": "msi", "name": "Companion-PerUser.msi",
             "bytes": 80_100_000}]
    sizes = tmp_path / "sizes.json"
    sizes.write_text(json.dumps(rows), encoding="utf-8")
    # The installers count, not the bundle's zip, where there are installers.
    assert measure_sizes.main(["--check", str(sizes)]) == 1
    assert capsys.readouterr().out.strip() == (
        "::error::windows Companion-PerUser.msi: 80.1 MB, over the 80 MB target")
    assert measure_sizes.main(["--check", str(sizes), "--max-mb", "81"]) == 0
    assert "within 81 MB" in capsys.readouterr().out
    # Without an installer (Linux) the zip is the download.
    sizes.write_text(json.dumps(rows[:2]), encoding="utf-8")
    assert measure_sizes.main(["--check", str(sizes)]) == 1
    assert "c.zip: 90.0 MB" in capsys.readouterr().out
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert measure_sizes.main(["--check", str(tmp_path / "bad.json")]) == 1
    assert "cannot read" in capsys.readouterr().err
