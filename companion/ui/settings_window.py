"""The agent's settings window, built from the ``Settings`` schema metadata.

Runs on the GUI thread. Shows the keys an agent may change (:data:`EDITABLE_KEYS`) with the
schema's help text as label/tooltip and min/max as ranges; the input device is chosen by NAME
from ``list_input_devices`` ("System default" first) and saved by name, so it survives a USB
headset moving to another port. Keys locked by IT policy (``locked``) are shown disabled with
"set by your organisation". "Save" validates through ``Settings.replace`` and writes
``AppPaths.settings_file`` with ``save_user_settings``; a bad value is shown inline in one
line, never as a crash.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.errors import CompanionError
from companion.languages import LANGUAGE_NAMES, UI_LANGUAGES
from companion.policy import EffectiveSettings
from companion.settings import CHANGE, Settings, save_user_settings, setting_fields
from companion.ui.i18n import Tr, noop, shown
from companion.ui.qtcompat import emit
from companion.ui.text_fit import fit_placeholder, grow_for_wrapped_text, set_min_width
from companion.ui.theme import error_color

_tr = Tr("SettingsWindow")

#: Keys shown in the window, in order.
EDITABLE_KEYS = ("input_device", "language", "sensitivity", "prompts_enabled", "quiet_hours",
                 "discreet_wording", "hold_offers_when_busy", "prompt_auto_hide_s",
                 "reduced_motion", "high_contrast", "breathing_tones", "autostart")
#: Short labels (the schema's help text becomes the tooltip).
LABELS: dict[str, str] = {
    "input_device": noop("SettingsWindow", "&Microphone"),
    "language": noop("SettingsWindow", "&Language"),
    "sensitivity": noop("SettingsWindow", "&Sensitivity (1 rarely … 5 readily)"),
    "prompts_enabled": noop("SettingsWindow", "&Offer help after tense calls"),
    "quiet_hours": noop("SettingsWindow", "&Quiet hours (HH:MM-HH:MM)"),
    "discreet_wording": noop("SettingsWindow", "&Neutral words on screen"),
    "hold_offers_when_busy": noop("SettingsWindow",
                                  "No offers while &presenting or in do-not-disturb"),
    "prompt_auto_hide_s": noop("SettingsWindow",
                               "Offer stays on scre&en (seconds, 0 = until answered)"),
    "reduced_motion": noop("SettingsWindow", "&Reduced motion"),
    "high_contrast": noop("SettingsWindow", "&High contrast"),
    "breathing_tones": noop("SettingsWindow", "Breathing &tones"),
    "autostart": noop("SettingsWindow", "Start with the s&ystem"),
}
#: Shown for the system's default microphone and beside a key IT policy sets (translated
#: where shown).
SYSTEM_DEFAULT = noop("SettingsWindow", "System default")
LOCKED_NOTE = noop("SettingsWindow", "set by your organisation")
#: The schema's help texts (``companion/settings.py``) are translated in this context.
_help = Tr("Settings")


class SettingsWindow(QDialog):
    """Edit and save the agent's settings.

    Parameters
    ----------
    settings
        The agent's own settings (the user layer; defaults where they set nothing).
    path
        Where to save (``AppPaths.settings_file``).
    locked
        Keys IT policy sets: shown disabled with "set by your organisation".
    effective
        Effective settings (policy applied), used to display the locked keys' values.
    list_devices
        Returns input device names (may raise ``CompanionError``: then only the default).
    """

    saved = Signal(object)   # the new user Settings

    def __init__(self, settings: Settings, path: Path, *, locked: Iterable[str] = (),
                 effective: Settings | None = None,
                 list_devices: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsWindow")
        self.setWindowTitle(_tr("Companion settings"))
        self.setModal(False)
        self.settings = settings
        self.path = path
        self.locked = set(locked)
        self.effective = effective or settings
        self._list_devices = list_devices
        self.editors: dict[str, QWidget] = {}
        fields = {f.name: f for f in setting_fields()}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for key in EDITABLE_KEYS:
            field = fields[key]
            shown = getattr(self.effective if key in self.locked else settings, key)
            editor = self._make_editor(field, shown)
            editor.setObjectName(f"edit_{key}")
            problem = editor.toolTip()
            help_text = _help(field.metadata["help"])
            editor.setToolTip(_tr("%1 (%2)", help_text, problem) if problem else help_text)
            label = QLabel(label_for(key))
            label.setBuddy(editor)
            if key in self.locked:
                editor.setEnabled(False)
                editor.setToolTip(_tr("%1 (%2)", help_text, _tr(LOCKED_NOTE)))
                label.setText(_tr("%1 (%2)", label_for(key), _tr(LOCKED_NOTE)))
            self.editors[key] = editor
            form.addRow(label, editor)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_color()}; font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.close)
        self.button_box = buttons
        layout.addWidget(buttons)
        set_min_width(self, 460)

    # ---- editors -------------------------------------------------------------------------
    def _make_editor(self, field: dataclasses.Field, value: Any) -> QWidget:
        kind = field.type if isinstance(field.type, str) else field.type.__name__
        meta = field.metadata
        if field.name == "input_device":
            return self._device_combo(str(value))
        if field.name == "language":
            return language_combo(str(value))
        if kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if kind == "int":
            spin = QSpinBox()
            spin.setRange(int(meta["min"] if meta["min"] is not None else -10**6),
                          int(meta["max"] if meta["max"] is not None else 10**6))
            spin.setValue(int(value))
            return spin
        if kind == "float":
            dspin = QDoubleSpinBox()
            dspin.setDecimals(1)
            dspin.setRange(float(meta["min"] if meta["min"] is not None else -1e6),
                           float(meta["max"] if meta["max"] is not None else 1e6))
            dspin.setValue(float(value))
            return dspin
        line = QLineEdit(str(value))
        if field.name == "quiet_hours":
            line.setPlaceholderText(_tr("e.g. 18:00-08:00 (empty = none)"))
            fit_placeholder(line)
        return line

    def _device_combo(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(_tr(SYSTEM_DEFAULT), "")
        names: list[str] = []
        if self._list_devices is not None:
            try:
                names = list(self._list_devices())
            except CompanionError as exc:
                combo.setToolTip(shown(exc.one_line()))
        for name in names:
            if name and combo.findData(name) < 0:
                combo.addItem(name, name)
        if current and combo.findData(current) < 0:
            combo.addItem(_tr("%1 (not connected)", current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def value_of(self, key: str) -> Any:
        """The value the editor for ``key`` holds now."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData() or ""
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    # ---- saving ---------------------------------------------------------------------------
    def collect(self) -> Settings:
        """The edited settings (locked keys untouched). Raises ``CompanionError``."""
        changes = {key: self.value_of(key) for key in EDITABLE_KEYS if key not in self.locked}
        return self.settings.replace(**changes)

    def save(self) -> bool:
        """Validate and write; True on success (the window closes), else the error shows."""
        try:
            new = self.collect()
            save_user_settings(self.path, new)
        except CompanionError as exc:
            self.show_error(shown(exc.one_line()))
            return False
        except OSError as exc:
            self.show_error(_tr("The settings file %1 cannot be written: %2", self.path,
                                exc.strerror))
            return False
        self.settings = new
        self.error_label.hide()
        emit(self.saved, new)
        self.close()
        return True

    def show_error(self, line: str) -> None:
        """One line in red above the buttons (without the "change:" that names the source)."""
        source = shown(CHANGE)
        rest = line[len(source):]
        if line.startswith(source) and rest.lstrip(" \u00a0\u202f").startswith(":"):
            line = rest.lstrip(" :\u00a0\u202f")
        self.error_label.setText(line)
        self.error_label.show()
        grow_for_wrapped_text(self)


def language_combo(current: str) -> QComboBox:
    """The languages by their own names ("Deutsch"), the system's first (data: the tag)."""
    combo = QComboBox()
    combo.addItem(_tr("System language"), "")
    for tag in UI_LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[tag], tag)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def label_for(key: str) -> str:
    """The label of ``key`` in the window, translated."""
    return _tr(LABELS[key]) if key in LABELS else key


def locked_keys_from(effective: EffectiveSettings) -> set[str]:
    """Keys IT policy sets (shown as "set by your organisation"), plus the input device when
    IT disallows choosing it."""
    locked = {field.name for field in setting_fields() if effective.locked(field.name)}
    if not effective.settings.allow_device_selection:
        locked.add("input_device")
    return locked


__all__ = ["SettingsWindow", "locked_keys_from", "EDITABLE_KEYS", "LOCKED_NOTE",
           "SYSTEM_DEFAULT"]
