"""The settings of the running app, replaced when the agent saves the settings window.

GUI thread. :class:`LiveSettings` owns the current :class:`~companion.app.options.AppSettings`,
builds the settings window on demand and, after a save, reloads the layers (defaults < agent
< IT policy) and emits ``changed(new, old)``; :mod:`companion.app.wiring` connects that to the
parts that follow the settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from companion.app.options import AppSettings, load_settings
from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings, save_user_settings
from companion.ui.i18n import fill
from companion.ui.qtcompat import emit

if TYPE_CHECKING:
    from companion.ui.settings_window import SettingsWindow


class LiveSettings(QObject):
    """Current settings; ``changed(new, old)`` carries two effective ``Settings``."""

    changed = Signal(object, object)

    def __init__(self, paths: AppPaths, current: AppSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.current = current

    @property
    def effective(self) -> Settings:
        """Defaults < the agent's settings < IT policy."""
        return self.current.effective

    def open_window(self) -> SettingsWindow:
        """A settings window on the agent's layer; saving it updates these settings (the
        window's module is imported on the first open)."""
        from companion.ui.settings_window import SettingsWindow

        window = SettingsWindow(self.current.user, self._paths.settings_file,
                                locked=self.current.locked, effective=self.current.effective,
                                list_devices=input_device_names)
        window.saved.connect(self.on_saved)
        return window

    def save_user(self, **changes: Any) -> str | None:
        """Save ``changes`` to the agent's layer (the welcome window's microphone chooser)
        as the settings window would; returns the problem in one line, or None."""
        try:
            new_user = self.current.user.replace(**changes)
            save_user_settings(self._paths.settings_file, new_user)
        except CompanionError as exc:
            return exc.one_line()
        except OSError as exc:
            return fill(QCoreApplication.translate(
                "LiveSettings", "The settings file %1 cannot be written: %2"),
                self._paths.settings_file, exc.strerror)
        self.on_saved(new_user)
        return None

    def on_saved(self, new_user: Settings) -> None:
        """The agent saved ``new_user``: read every layer again and tell the app."""
        old = self.current.effective
        reloaded = load_settings(self._paths)
        self.current = AppSettings(reloaded.effective, new_user, reloaded.locked)
        emit(self.changed, self.current.effective, old)


def input_device_names() -> list[str]:
    """Input device names for the settings window (PortAudio missing -> CompanionError)."""
    from companion.audio import list_input_devices  # the audio backend loads when asked for

    return [d.name for d in list_input_devices()]
