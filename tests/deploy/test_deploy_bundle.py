"""Build the PyInstaller bundle (~50 s) and run the frozen app: self-test, policy, analyze.

Marked slow but part of the suite (CI runs it). Skipped only when PyInstaller is not
installed (it is the ``package`` extra). Builds into a temp folder: nothing lands in the repo.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(600),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e .[package])"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("bundle")
    info = build_bundle.build(out)
    info["out"] = out
    return info


def frozen(bundle: dict, *args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_DATA_DIR": str(data_dir)}
    env.pop("COMPANION_TRANSLATIONS_DIR", None)   # the bundle's own .qm files
    return subprocess.run([bundle["executable"], *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_bundle_layout_and_size(bundle: dict) -> None:
    root = Path(bundle["bundle"])
    assert Path(bundle["executable"]).is_file()
    internal = root / "_internal"
    for folder in ("assets", "breathing_patterns", "decks", "translations"):
        assert any((internal / folder).iterdir()), folder
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("tkinter", "numba", "llvmlite"):
        assert unwanted not in names
    # Companion's translations and Qt's own of the same languages, no other Qt translations.
    assert {p.name for p in internal.rglob("*.qm")} == {
        f"companion_{lang}.qm" for lang in ("en", "de", "es", "fr", "pt_BR")} | {
        f"qtbase_{lang}.qm" for lang in ("de", "es", "fr", "pt_BR")}
    assert not any("Qt6Quick" in n or "Qt6Qml" in n or "Qt6Pdf" in n or "qgtk3" in n
                   for n in names)
    print(f"bundle: {bundle['size_mb']} MB, {bundle['files']} files, "
          f"build {bundle['build_s']} s")
    # Linux bundles carry ICU and system libraries; the budget here is generous on purpose.
    assert bundle["size_mb"] < 330


def test_frozen_self_test(bundle: dict, tmp_path: Path) -> None:
    proc = frozen(bundle, "self-test", "--json", data_dir=tmp_path / "data")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    data = json.loads(proc.stdout)
    assert data["frozen"] is True and data["usable"] is True
    checks = {c["name"]: c for c in data["checks"]}
    for name in ("Qt", "Signal chain", "Resources", "Translations", "Data dir", "Policy"):
        assert checks[name]["status"] == "ok", checks[name]
    assert checks["Audio"]["status"] in ("ok", "warning")
    assert "PortAudio" in checks["Audio"]["detail"]
    assert "_internal" in checks["Resources"]["detail"]  # found under sys._MEIPASS
    assert "_internal" in checks["Translations"]["detail"]
    assert (tmp_path / "data" / "self-test.txt").is_file()


def test_frozen_policy_and_analyze(bundle: dict, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "policy.toml").write_text("retention_days = 12\n", encoding="utf-8")
    env_proc = subprocess.run(
        [bundle["executable"], "policy", "show", "--json"], capture_output=True, text=True,
        timeout=120, env={**os.environ, "COMPANION_SITE_CONFIG_DIR": str(site)})
    assert env_proc.returncode == 0, env_proc.stderr
    data = json.loads(env_proc.stdout)
    assert data["settings"]["retention_days"] == 12 and "retention_days" in data["locked"]
    # A 44.1 kHz WAV exercises the resampler (scipy.signal) and the extractor (scipy.fft).
    rate = 44100
    t = np.arange(int(rate * 1.5)) / rate
    tone = (0.3 * np.sin(2 * np.pi * 180.0 * t) * 32767).astype("<i2")
    wav = tmp_path / "tone.wav"
    with wave.open(str(wav), "wb") as fh:
        fh.setnchannels(1)
        fh.setsampwidth(2)
        fh.setframerate(rate)
        fh.writeframes(tone.tobytes())
    proc = frozen(bundle, "analyze", str(wav), "--json", "--plot", str(tmp_path / "p.png"),
                  data_dir=tmp_path / "data")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["sample_rate"] == 16000
    assert result["summary"]["f0_median_hz"] == pytest.approx(180.0, rel=0.05)
    assert (tmp_path / "p.png").stat().st_size > 1000
