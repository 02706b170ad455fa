"""Settings window (persistence by name, locked keys) and where the prompt window sits (its
keyboard and screen-reader behaviour: test_prompt_a11y.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from companion.errors import CompanionError
from companion.paths import AppPaths
from companion.settings import Settings, load_user_settings
from companion.ui.prompt import PromptWindow
from companion.ui.settings_window import (
    EDITABLE_KEYS,
    LOCKED_NOTE,
    SYSTEM_DEFAULT,
    SettingsWindow,
    locked_keys_from,
)


def devices() -> list[str]:
    return ["Jabra Evolve2 40", "Built-in Microphone"]


def test_settings_round_trip_by_device_name(qtbot) -> None:
    path = AppPaths.from_environment().settings_file
    window = SettingsWindow(Settings(), path, list_devices=devices)
    qtbot.addWidget(window)
    combo = window.editors["input_device"]
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == SYSTEM_DEFAULT
    assert [combo.itemText(i) for i in range(combo.count())][1:] == devices()
    combo.setCurrentIndex(combo.findData("Jabra Evolve2 40"))
    sens = window.editors["sensitivity"]
    assert isinstance(sens, QSpinBox) and (sens.minimum(), sens.maximum()) == (1, 5)
    sens.setValue(5)
    window.editors["quiet_hours"].setText("18:00-08:00")
    window.editors["prompts_enabled"].setChecked(False)
    window.editors["reduced_motion"].setChecked(True)
    window.editors["autostart"].setChecked(True)
    saved: list[Settings] = []
    window.saved.connect(saved.append)
    assert window.save() is True
    loaded = load_user_settings(path)
    assert loaded.input_device == "Jabra Evolve2 40"
    assert (loaded.sensitivity, loaded.quiet_hours, loaded.prompts_enabled,
            loaded.reduced_motion, loaded.autostart) == (5, "18:00-08:00", False, True, True)
    assert saved == [loaded]
    # Reopened: the values come back, the device is found by its name.
    again = SettingsWindow(loaded, path, list_devices=lambda: ["Built-in Microphone",
                                                              "Jabra Evolve2 40"])
    qtbot.addWidget(again)
    assert again.value_of("input_device") == "Jabra Evolve2 40"
    assert again.value_of("sensitivity") == 5


def test_missing_device_is_kept_and_marked(qtbot, tmp_path) -> None:
    window = SettingsWindow(Settings(input_device="Old USB headset"), tmp_path / "s.toml",
                            list_devices=devices)
    qtbot.addWidget(window)
    combo = window.editors["input_device"]
    assert combo.currentText() == "Old USB headset (not connected)"
    assert window.value_of("input_device") == "Old USB headset"


def test_no_audio_backend_still_offers_system_default(qtbot, tmp_path) -> None:
    def broken() -> list[str]:
        raise CompanionError("PortAudio library not found", "install libportaudio2")

    window = SettingsWindow(Settings(), tmp_path / "s.toml", list_devices=broken)
    qtbot.addWidget(window)
    combo = window.editors["input_device"]
    assert combo.count() == 1 and combo.itemText(0) == SYSTEM_DEFAULT
    assert "PortAudio" in combo.toolTip()


def test_bad_quiet_hours_show_one_line_and_nothing_is_written(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    window = SettingsWindow(Settings(), path)
    qtbot.addWidget(window)
    window.editors["quiet_hours"].setText("after lunch")
    assert window.save() is False
    assert not path.exists()
    assert "quiet_hours" in window.error_label.text()
    assert "\n" not in window.error_label.text()


def test_bad_quiet_hours_show_in_the_agents_language(qtbot, tmp_path, ui_language) -> None:
    ui_language("de")
    window = SettingsWindow(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(window)
    window.editors["quiet_hours"].setText("after lunch")
    assert window.save() is False
    line = window.error_label.text()
    assert line.startswith("Die Einstellung 'quiet_hours' muss so aussehen: '18:00-08:00', "
                           "nicht 'after lunch' — "), line
    assert "setting" not in line and "change" not in line and "Änderung" not in line


def test_locked_keys_are_disabled_and_keep_their_user_value(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    user = Settings(sensitivity=2)
    effective = Settings(sensitivity=4, prompts_enabled=False)
    window = SettingsWindow(user, path, locked={"sensitivity", "prompts_enabled"},
                            effective=effective)
    qtbot.addWidget(window)
    for key in ("sensitivity", "prompts_enabled"):
        assert not window.editors[key].isEnabled()
        assert LOCKED_NOTE in window.editors[key].toolTip()
    assert window.editors["sensitivity"].value() == 4     # shows what is in force
    labels = " ".join(w.text() for w in window.findChildren(QLabel))
    assert f"({LOCKED_NOTE})" in labels
    assert window.editors["reduced_motion"].isEnabled()
    window.editors["reduced_motion"].setChecked(True)
    assert window.save()
    loaded = load_user_settings(path)
    assert loaded.sensitivity == 2 and loaded.prompts_enabled is True  # untouched
    assert loaded.reduced_motion is True


def test_locked_keys_from_policy() -> None:
    from companion.policy import PolicyRead, combine

    mine = combine({"sensitivity": 4}, [])
    assert locked_keys_from(mine) == set() and mine.settings.sensitivity == 4
    it = combine({"sensitivity": 4},
                 [("test", PolicyRead({"autostart": True, "allow_device_selection": False}))])
    assert locked_keys_from(it) == {"autostart", "allow_device_selection", "input_device"}


def test_every_editable_key_has_an_editor(qtbot, tmp_path) -> None:
    window = SettingsWindow(Settings(), tmp_path / "s.toml")
    qtbot.addWidget(window)
    assert list(window.editors) == list(EDITABLE_KEYS)
    assert isinstance(window.editors["quiet_hours"], QLineEdit)
    assert isinstance(window.editors["high_contrast"], QCheckBox)


def test_prompt_sits_inside_the_screen_near_the_anchor(qtbot) -> None:
    prompt = PromptWindow()
    qtbot.addWidget(prompt)
    area = prompt.screen().availableGeometry()
    for anchor in (None, QRect(area.right() - 30, area.top(), 24, 24),
                   QRect(area.right() - 30, area.bottom() - 24, 24, 24)):
        pos = prompt.position_for(anchor)
        assert area.contains(QRect(pos, prompt.sizeHint()))
