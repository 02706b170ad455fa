"""Fault injection with real processes: each test runs ``python -m companion ...`` as a child
process, as a **non-root user** (root ignores file permissions), and breaks something around
it: a signal, a deleted database, a second instance, a FIFO, a full disk, an unreadable
folder, a squatted socket folder, hostile IPC clients.

Users: when the suite runs as root (CI), the agent is ``nobody`` (uid 65534) and a second,
hostile local user is a throw-away uid with no account (64998), both via ``setpriv``. When it
runs as a normal user, that user is the agent and the two-user cases are skipped (only root
can act as someone else).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
AGENT_UID = 65534 if IS_ROOT else (os.geteuid() if hasattr(os, "geteuid") else 0)
OTHER_UID = 64998

@dataclass
class User:
    """A local user the suite runs commands as, with a private home and Companion folders."""

    uid: int
    home: Path
    shared_tmp: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def config_dir(self) -> Path:
        return self.home / "config"

    @property
    def database(self) -> Path:
        return self.data_dir / "companion.sqlite3"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "TMPDIR": str(self.shared_tmp),  # the shared, world-writable temp folder
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONPATH": str(ROOT),
            "LANG": "C.UTF-8",
            "COMPANION_DATA_DIR": str(self.data_dir),
            "COMPANION_CONFIG_DIR": str(self.config_dir),
            "COMPANION_SITE_CONFIG_DIR": str(self.home / "site-config"),
            "COMPANION_SITE_DATA_DIR": str(self.home / "site-data"),
            "COMPANION_LOG_DIR": str(self.home / "logs"),
        }
        env.update(self.extra_env)
        env.update(extra)
        return env

    def argv(self, *args: str) -> list[str]:
        """``companion ARGS`` as this user."""
        return self.python_argv("-m", "companion", *args)

    def python_argv(self, *args: str) -> list[str]:
        """``python ARGS`` as this user."""
        command = [sys.executable, *args]
        if IS_ROOT:
            return ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups",
                    "--", *command]
        return command

    def popen(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """Start ``companion ARGS`` as this user (its own process group, pipes for output)."""
        return subprocess.Popen(self.argv(*args), cwd=self.home, env=env or self.env(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)

    def run(self, *args: str, env: dict[str, str] | None = None, timeout_s: float = 120.0,
            stdout: int | None = None) -> subprocess.CompletedProcess[str]:
        """Run ``companion ARGS`` as this user to completion."""
        return subprocess.run(self.argv(*args), cwd=self.home, env=env or self.env(),
                              stdin=subprocess.DEVNULL, capture_output=stdout is None,
                              stdout=stdout, stderr=subprocess.PIPE if stdout else None,
                              text=True, timeout=timeout_s, check=False)

    def python(self, code: str, *, timeout_s: float = 60.0) -> subprocess.CompletedProcess[str]:
        """Run Python ``code`` as this user."""
        return subprocess.run(self.python_argv("-c", code), cwd=self.home, env=self.env(),
                              capture_output=True, text=True, timeout=timeout_s, check=False)

    def own(self, *paths: Path) -> None:
        """Hand ``paths`` (recursively) to this user."""
        if not IS_ROOT:
            return
        for path in paths:
            for sub in [path, *path.rglob("*")] if path.is_dir() else [path]:
                os.lchown(sub, self.uid, self.uid)


def stop(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Kill a child that is still running (its whole group) and collect its output."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.communicate(timeout=30)


def wait_until_answering(agent: User, app: subprocess.Popen[str],
                         env: dict[str, str] | None = None) -> None:
    """Poll `companion call status` until the app answers (start-up takes a few seconds)."""
    from helpers.waiting import wait_for

    def answering() -> bool:
        assert app.poll() is None, stop(app)
        return agent.run("call", "status", env=env).returncode == 0

    wait_for(answering, timeout_s=120, what="the app answering `companion call status`",
             interval_s=0.25)
