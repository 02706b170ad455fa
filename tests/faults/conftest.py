"""Fixtures of the fault-injection suite (see ``fault_env.py`` for what it does and as whom)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_env import AGENT_UID, IS_ROOT, OTHER_UID, User

collect_ignore = [] if os.name == "posix" else ["."]


@pytest.fixture
def world() -> Iterator[Path]:
    """A folder outside root's private pytest tree that other users can enter, with a
    world-writable sticky ``tmp`` (like ``/tmp``) shared by everyone in it."""
    base = Path(tempfile.mkdtemp(prefix="cf-", dir="/tmp"))  # short: socket paths are capped
    base.chmod(0o755)
    (base / "tmp").mkdir(mode=0o1777)
    (base / "tmp").chmod(0o1777)
    yield base
    for path in [base, *base.rglob("*")]:  # the test may have closed folders
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)


def _make_user(world: Path, uid: int, name: str) -> User:
    home = world / name
    home.mkdir(mode=0o700)
    user = User(uid=uid, home=home, shared_tmp=world / "tmp")
    user.own(home)
    return user


@pytest.fixture
def agent(world: Path) -> User:
    """The agent: a non-root user with a private home."""
    return _make_user(world, AGENT_UID, "agent")


@pytest.fixture
def other_user(world: Path) -> User:
    """A second, hostile local user (needs root to become someone else)."""
    if not IS_ROOT:
        pytest.skip("acting as a second local user needs root (CI runs as root)")
    return _make_user(world, OTHER_UID, "other")
