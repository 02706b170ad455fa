"""Where every bundled resource and every per-user / machine-wide location lives.

This is the only module that knows about the source checkout, a wheel install
(``share/companion/...``) and a frozen PyInstaller build (``sys._MEIPASS``), so that all three
behave the same. It imports no Qt.

User data never leaves :attr:`AppPaths.data_dir` (created ``0700`` on POSIX). Tests and
portable setups can redirect every location with environment variables:

``COMPANION_DATA_DIR``, ``COMPANION_CONFIG_DIR``, ``COMPANION_SITE_CONFIG_DIR``,
``COMPANION_SITE_DATA_DIR``, ``COMPANION_LOG_DIR``, ``COMPANION_RUNTIME_DIR`` (the folder of
the command socket), ``COMPANION_TRANSLATIONS_DIR`` (the ``.qm`` files).

IT can move the data folder with the policy key ``data_folder`` (for non-persistent VDI
profiles: a folder that survives sign-out); ``COMPANION_DATA_DIR`` still wins over it.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from companion import APP_ID, APP_NAME
from companion.errors import CompanionError

log = logging.getLogger(__name__)

#: Environment variable overriding the per-user runtime folder (the command socket's).
RUNTIME_DIR_ENV = "COMPANION_RUNTIME_DIR"

#: Environment variable naming the folder of Companion's ``.qm`` translation files (tests,
#: development); else the bundled ``translations`` folder.
TRANSLATIONS_DIR_ENV = "COMPANION_TRANSLATIONS_DIR"

#: Names of the bundled resource folders (top level of the source tree).
RESOURCE_FOLDERS = ("assets", "breathing_patterns", "decks", "translations")


def _resource_roots() -> list[Path]:
    """Candidate roots holding the bundled resource folders, most specific first."""
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(Path(__file__).resolve().parent.parent)  # source checkout / editable install
    roots.append(Path(sys.prefix) / "share" / APP_ID)  # wheel install (data-files)
    return roots


def resource_dir(name: str) -> Path:
    """Return the directory of a bundled resource folder (``assets``, ``breathing_patterns``,
    ``decks``, ``translations``).

    Raises
    ------
    CompanionError
        If the installation is incomplete and the folder cannot be found.
    """
    if name not in RESOURCE_FOLDERS:
        raise ValueError(f"unknown resource folder {name!r}")
    for root in _resource_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise CompanionError(
        f"bundled resource folder '{name}' is missing",
        "reinstall Companion (the installation is incomplete)",
    )


def translations_dir() -> Path | None:
    """The folder of the ``companion_<lang>.qm`` files (``COMPANION_TRANSLATIONS_DIR``, else
    the bundled ``translations`` folder); None when there is none."""
    override = os.environ.get(TRANSLATIONS_DIR_ENV)
    if override:
        return Path(override)
    try:
        return resource_dir("translations")
    except CompanionError:
        return None


def asset_path(filename: str) -> Path:
    """Path of one file in the bundled ``assets`` folder."""
    return resource_dir("assets") / filename


def login_name() -> str:
    """The current user's login name, from the operating system rather than from ``$USER``
    (which any process can set): the uid's password entry on POSIX, ``getpass`` on Windows.
    ``""`` when there is none (some service accounts)."""
    if os.name == "posix":
        try:
            import pwd

            return pwd.getpwuid(os.getuid()).pw_name
        except (KeyError, ImportError):
            return ""
    try:
        import getpass

        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return ""


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and restrict it to the current user (0700 on
    POSIX). Returns ``path``.
    """
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


#: Overrides of the folders IT controls (policy file, IT decks and patterns).
IT_LOCATION_ENV = ("COMPANION_SITE_CONFIG_DIR", "COMPANION_SITE_DATA_DIR")


def it_override_allowed(folder: Path, *, frozen: bool | None = None) -> bool:
    """Whether ``COMPANION_SITE_*_DIR`` may move an IT location to ``folder``.

    Any user can set environment variables for their own processes, so an installed
    (frozen) Companion would otherwise let the agent swap IT's policy for a folder of their
    own (and call their own decks "IT"). Development, test and wheel installs honour the
    overrides; an installed build only when the folder is one the user cannot write to, or
    the user is root (POSIX). On Windows an installed build never does: registry policy and
    ``C:\\ProgramData\\Companion`` are what IT controls there.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not frozen:
        return True
    if os.name != "posix":
        return False
    if os.geteuid() == 0:
        return True
    target = folder.expanduser()
    probe = target if target.exists() else target.parent
    return not os.access(probe, os.W_OK)


class UnsafeFolderError(CompanionError):
    """A per-user private folder exists but belongs to someone else or is open to others."""


def _is_private_dir_of_mine(path: Path) -> bool:
    """A real folder (no symlink), owned by this user, closed to group and others."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
            and info.st_mode & 0o077 == 0)


def runtime_dir(platform: str = sys.platform) -> Path:
    """The per-user private folder for the command socket (POSIX; not created here).

    ``COMPANION_RUNTIME_DIR`` when set; else ``$XDG_RUNTIME_DIR/companion`` when that folder
    is this user's and private (Linux, BSD); else ``$TMPDIR/companion`` on macOS (``$TMPDIR``
    is per user there); else ``<temp folder>/companion-<uid>``, which
    :func:`ensure_runtime_dir` checks is this user's own.
    """
    override = os.environ.get(RUNTIME_DIR_ENV)
    if override:
        return Path(override).expanduser().absolute()
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and os.path.isabs(xdg) and _is_private_dir_of_mine(Path(xdg)):
        return Path(xdg) / "companion"
    tmp = os.environ.get("TMPDIR")
    if platform == "darwin" and tmp and _is_private_dir_of_mine(Path(tmp)):
        return Path(tmp) / "companion"
    return Path(tempfile.gettempdir()) / f"companion-{os.geteuid()}"


def check_private_dir(path: Path) -> None:
    """Raise :class:`UnsafeFolderError` naming ``path`` unless it is a folder of this user
    that nobody else can enter (POSIX). A folder of ours that is open to others is closed
    (0700) first."""
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise UnsafeFolderError(f"folder {path} cannot be used: {exc.strerror}",
                                f"remove it, or set {RUNTIME_DIR_ENV} to a private "
                                "folder") from None
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a folder"
        raise UnsafeFolderError(f"{path} is {what}, so Companion cannot keep its private "
                                "files there", f"remove it, or set {RUNTIME_DIR_ENV}")
    if info.st_uid != os.geteuid():
        raise UnsafeFolderError(
            f"folder {path} belongs to another user (uid {info.st_uid}), so Companion cannot "
            "keep its command channel there",
            f"ask your administrator to remove it, or set {RUNTIME_DIR_ENV} to a private "
            "folder")
    if info.st_mode & 0o077:
        os.chmod(path, 0o700)


def ensure_runtime_dir() -> Path:
    """:func:`runtime_dir`, created 0700 if needed and checked to be this user's alone.

    Raises
    ------
    UnsafeFolderError
        It exists and belongs to another user (squatted), is a symlink or a file.
    """
    path = runtime_dir()
    try:
        path.mkdir(mode=0o700, parents=True)
    except FileExistsError:
        pass
    except OSError as exc:
        raise UnsafeFolderError(f"cannot create the folder {path}: {exc.strerror}",
                                f"set {RUNTIME_DIR_ENV} to a folder you can write to") from None
    check_private_dir(path)
    return path


@dataclass(frozen=True)
class AppPaths:
    """Resolved per-user and machine-wide locations.

    Attributes
    ----------
    data_dir
        Per-user data (SQLite store, baseline). Private to the user.
    config_dir
        Per-user settings (``settings.toml``) and the agent's own decks/patterns.
    site_config_dir
        Machine-wide configuration that IT deploys (``policy.toml``).
    site_data_dir
        Machine-wide content that IT deploys (``decks/``, ``breathing_patterns/``).
    log_dir
        Per-user log folder (:mod:`companion.logs`): platformdirs' user log dir.
    """

    data_dir: Path
    config_dir: Path
    site_config_dir: Path
    site_data_dir: Path
    log_dir: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        """Resolve locations with platformdirs, honouring the ``COMPANION_*_DIR`` overrides
        and, for the data folder, the IT policy key ``data_folder``."""
        import platformdirs

        def pick(env: str, default: str) -> Path:
            value = os.environ.get(env)
            if value and env in IT_LOCATION_ENV and not it_override_allowed(Path(value)):
                log.warning("%s ignored: an installed Companion reads IT policy and decks "
                            "only from the machine's own folders", env)
                value = None
            return Path(value).expanduser() if value else Path(default)

        paths = cls(
            data_dir=pick("COMPANION_DATA_DIR", platformdirs.user_data_dir(APP_NAME, False)),
            config_dir=pick(
                "COMPANION_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME, False)
            ),
            site_config_dir=pick(
                "COMPANION_SITE_CONFIG_DIR", platformdirs.site_config_dir(APP_NAME, False)
            ),
            site_data_dir=pick(
                "COMPANION_SITE_DATA_DIR", platformdirs.site_data_dir(APP_NAME, False)
            ),
            log_dir=pick("COMPANION_LOG_DIR", platformdirs.user_log_dir(APP_NAME, False)),
        )
        if os.environ.get("COMPANION_DATA_DIR"):
            return paths
        folder = policy_data_folder(paths)
        return dataclasses.replace(paths, data_dir=folder) if folder is not None else paths

    @property
    def log_file(self) -> Path:
        """The current log file (rotated copies end in ``.1``, ``.2``, ...)."""
        return self.log_dir / "companion.log"

    @property
    def database_file(self) -> Path:
        """The SQLite store of aggregates."""
        return self.data_dir / "companion.sqlite3"

    @property
    def settings_file(self) -> Path:
        """The agent's own settings."""
        return self.config_dir / "settings.toml"

    @property
    def welcome_seen_file(self) -> Path:
        """Exists once the agent has seen the welcome window (first-run marker)."""
        return self.config_dir / "welcome-seen"

    @property
    def policy_file(self) -> Path:
        """The machine-wide IT policy file (read-only for the app)."""
        return self.site_config_dir / "policy.toml"

    def user_content_dir(self, kind: str) -> Path:
        """The agent's own folder for ``decks`` or ``breathing_patterns``."""
        return self.config_dir / kind

    def site_content_dir(self, kind: str) -> Path:
        """The machine-wide folder IT deploys ``decks`` or ``breathing_patterns`` into."""
        return self.site_data_dir / kind


def expand_folder(text: str) -> Path:
    """A folder as IT writes it in policy: ``~`` and environment variables (``%USERNAME%``
    on Windows, ``$USER`` elsewhere) expanded."""
    return Path(os.path.expandvars(os.path.expanduser(text.strip())))


def policy_data_folder(paths: AppPaths) -> Path | None:
    """The data folder IT set with the policy key ``data_folder``, or None.

    Only policy counts (never the agent's own settings file); a bad value is ignored here
    and reported by ``companion policy show``.
    """
    from companion.policy import combine, default_readers, read_policy  # policy imports paths

    effective = combine({}, read_policy(default_readers(paths)))
    if not effective.locked("data_folder") or not effective.settings.data_folder:
        return None
    return expand_folder(effective.settings.data_folder)
