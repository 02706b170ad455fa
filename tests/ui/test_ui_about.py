"""The About box's support-bundle button: the list comes first, then the agent saves (or not)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from companion.diagnostics.bundle import BundleFile, SupportBundle
from companion.ui.about import AboutDialog, SupportBundleDialog


def small_bundle() -> SupportBundle:
    return SupportBundle([BundleFile("README.txt", "what this is", b"hello"),
                          BundleFile("logs/companion.log", "log file", b"x" * 3000)])


def test_button_lists_the_files_before_anything_is_written(qtbot, tmp_path: Path) -> None:
    asked: list[str] = []
    target = tmp_path / "bundle.zip"

    def choose(name: str) -> Path:
        asked.append(name)
        return target

    about = AboutDialog(make_bundle=small_bundle, choose_path=choose)
    qtbot.addWidget(about)
    about.show()
    qtbot.mouseClick(about.bundle_button, Qt.MouseButton.LeftButton)
    dialog = about.bundle_dialog
    assert isinstance(dialog, SupportBundleDialog) and dialog.isVisible()
    rows = [[dialog.files.topLevelItem(i).text(c) for c in range(3)]
            for i in range(dialog.files.topLevelItemCount())]
    assert rows == [["README.txt", "5 bytes", "what this is"],
                    ["logs/companion.log", "3 KB", "log file"]]
    assert not target.exists() and not asked   # nothing written by listing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("companion-support-") and asked[0].endswith(".zip")
    with zipfile.ZipFile(target) as zf:
        assert zf.namelist() == ["README.txt", "logs/companion.log"]
    assert str(target) in dialog.status.text() and not dialog.save_button.isEnabled()


def test_cancelled_save_writes_nothing_and_errors_are_one_line(qtbot, tmp_path: Path) -> None:
    dialog = SupportBundleDialog(small_bundle(), lambda name: None)
    qtbot.addWidget(dialog)
    assert dialog.save() is None and dialog.status.text() == ""
    existing = tmp_path / "taken.zip"
    existing.write_bytes(b"keep")
    dialog = SupportBundleDialog(small_bundle(), lambda name: existing)
    qtbot.addWidget(dialog)
    assert dialog.save() is None
    assert "already exists" in dialog.status.text() and existing.read_bytes() == b"keep"
    assert dialog.save_button.isEnabled()


def test_real_bundle_from_the_running_gui(qtbot, isolated_dirs, tmp_path: Path) -> None:
    """The default maker runs the self-test inside the app's QApplication."""
    about = AboutDialog(choose_path=lambda name: tmp_path / name)
    qtbot.addWidget(about)
    dialog = about.open_bundle()
    assert dialog is not None
    names = [dialog.files.topLevelItem(i).text(0) for i in range(dialog.files.topLevelItemCount())]
    assert names[:3] == ["README.txt", "self-test.txt", "self-test.json"]
    assert {"policy.json", "devices.json", "system.json", "store.json"} <= set(names)
    written = dialog.save()
    assert written is not None and written.parent == tmp_path
    with zipfile.ZipFile(written) as zf:
        assert zf.namelist() == names
        assert b"[ ok ] Qt" in zf.read("self-test.txt")


def test_file_descriptions_in_the_agents_language(qtbot, isolated_dirs, ui_language,
                                                  tmp_path: Path) -> None:
    """The bundle describes its files in English (the zip and the CLI are for the helpdesk);
    the About box shows the descriptions in the agent's language."""
    ui_language("de")
    about = AboutDialog(choose_path=lambda name: tmp_path / name)
    qtbot.addWidget(about)
    dialog = about.open_bundle()
    assert dialog is not None
    shown = {dialog.files.topLevelItem(i).text(0): dialog.files.topLevelItem(i).text(2)
             for i in range(dialog.files.topLevelItemCount())}
    assert shown["README.txt"] == "was dieses Paket ist und was es weglässt"
    assert shown["self-test.json"] == "derselbe Bericht als JSON"
    assert dialog.bundle.files[0].description == "what this bundle is and what it leaves out"
