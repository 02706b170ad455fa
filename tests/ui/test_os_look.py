"""Following the system's high-contrast and reduced-motion preferences (fake readers)."""

from __future__ import annotations

from collections.abc import Sequence

from companion.settings import Settings
from companion.ui.os_look import (
    SystemLook,
    effective_look,
    gsettings_look,
    macos_look,
    platform_reader,
    system_look,
    windows_look,
)


def runner(answers: dict[tuple[str, ...], str]):
    def run(args: Sequence[str]) -> str | None:
        return answers.get(tuple(args))
    return run


def test_gnome_preferences() -> None:
    answers = {("gsettings", "get", "org.gnome.desktop.a11y.interface", "high-contrast"): "true",
               ("gsettings", "get", "org.gnome.desktop.interface", "enable-animations"):
               "false\n"}
    assert gsettings_look(runner(answers)) == SystemLook(True, True)
    assert gsettings_look(runner({})) == SystemLook(None, None)


def test_macos_preferences() -> None:
    answers = {("defaults", "read", "com.apple.universalaccess", "increaseContrast"): "1\n",
               ("defaults", "read", "com.apple.universalaccess", "reduceMotion"): "0\n"}
    assert macos_look(runner(answers)) == SystemLook(True, False)


def test_qt_hint_wins_for_contrast_and_failures_mean_unknown() -> None:
    assert system_look(lambda: SystemLook(False, True), qt_hint=lambda: True) \
        == SystemLook(True, True)
    assert system_look(lambda: SystemLook(False, None), qt_hint=lambda: None) \
        == SystemLook(False, None)

    def broken() -> SystemLook:
        raise OSError("sandboxed")
    assert system_look(broken, qt_hint=lambda: None) == SystemLook(None, None)


def test_either_the_setting_or_the_system_turns_a_mode_on() -> None:
    look = effective_look(Settings(), SystemLook(True, None))
    assert look.high_contrast and look.system_high_contrast and not look.reduced_motion
    look = effective_look(Settings(reduced_motion=True), SystemLook(None, None))
    assert look.reduced_motion and not look.system_reduced_motion and not look.high_contrast
    assert effective_look(object(), SystemLook()) == effective_look(Settings(), SystemLook())


def test_reader_per_platform() -> None:
    assert platform_reader("win32") is windows_look
    assert platform_reader("darwin") is macos_look
    assert platform_reader("linux") is gsettings_look
