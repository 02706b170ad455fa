"""Settings + policy loading for the app."""

from __future__ import annotations

from companion.settings import Settings


def test_load_settings_applies_policy_and_locks(isolated_dirs) -> None:
    from companion.app import load_settings
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("sensitivity = 2\nreduced_motion = true\n")
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("sensitivity = 5\nallow_device_selection = false\n")
    loaded = load_settings(paths)
    effective, user, locked, notice = (loaded.effective, loaded.user, loaded.locked,
                                       loaded.notice)
    assert effective.sensitivity == 5 and effective.reduced_motion
    assert user.sensitivity == 2 and user.reduced_motion
    assert locked == {"sensitivity", "allow_device_selection", "input_device"}
    assert notice is None


def test_broken_settings_value_gives_its_default_and_a_notice(isolated_dirs) -> None:
    from companion.app import load_settings
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("sensitivity = 9\nreduced_motion = true\n")
    paths.policy_file.parent.mkdir(parents=True, exist_ok=True)
    paths.policy_file.write_text("retention_days = 7\n")
    loaded = load_settings(paths)
    effective, user, notice = loaded.effective, loaded.user, loaded.notice
    assert user == Settings()
    assert effective.sensitivity == Settings().sensitivity and effective.retention_days == 7
    assert notice is not None and "sensitivity" in notice and "\n" not in notice
