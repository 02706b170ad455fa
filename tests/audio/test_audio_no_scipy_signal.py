"""The audio runtime (resampling, demo voice) never imports scipy.signal or its heavy deps.

scipy.signal drags in scipy.linalg, optimize, sparse, stats ...: ~50 MB of RSS in the app and
~70 MB in the installer. Checked in a fresh interpreter, since the test process itself imports
scipy.signal for reference comparisons.
"""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np

HEAVY = ("scipy.signal", "scipy.linalg", "scipy.optimize", "scipy.sparse", "scipy.stats",
         "scipy.interpolate", "scipy.ndimage", "scipy.integrate", "scipy.spatial")

_PROBE = """
import json, sys
import numpy as np
import companion.audio
from companion.audio.file_source import FileSource
from companion.audio.demo_source import DemoSource, synth_voice
blocks = list(FileSource(sys.argv[1]).blocks())
n_file = int(sum(b.shape[0] for b in blocks))
demo = DemoSource(seed=2, script=[("pause", 0.5), ("calm", 2.0), ("heated", 1.5)]).read_all()
voice = synth_voice(1.0, mode="heated", seed=4)
loaded = sorted(m for m in sys.modules if m == "scipy" or m.startswith("scipy."))
print(json.dumps({"n_file": n_file, "n_demo": int(demo.shape[0]),
                  "demo_rms": float(np.sqrt(np.mean(demo.astype(np.float64) ** 2))),
                  "n_voice": int(voice.shape[0]), "scipy": loaded}))
"""


def _write_wav(path: Path, rate_hz: int, seconds: float) -> None:
    t = np.arange(int(rate_hz * seconds)) / rate_hz
    pcm = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate_hz)
        w.writeframes(pcm.tobytes())


def test_audio_runtime_does_not_import_scipy_signal(tmp_path: Path) -> None:
    wav = tmp_path / "tone44k.wav"
    _write_wav(wav, 44100, 1.5)
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(wav)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    # The work really ran: 1.5 s at 44.1 kHz -> 24000 samples at 16 kHz; demo 4 s at 16 kHz.
    assert report["n_file"] == 24000
    assert report["n_demo"] == 64000 and report["demo_rms"] > 1e-3
    assert report["n_voice"] == 16000
    leaked = [m for m in report["scipy"] if m.startswith(HEAVY)]
    assert not leaked, f"audio runtime imported {leaked}"
    # numpy.fft replaced scipy.fft: no scipy module at all.
    assert report["scipy"] == [], f"audio runtime imported {report['scipy']}"
