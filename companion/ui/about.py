"""The About box: version, what the app is (and is not), what it keeps, and the support
bundle for the helpdesk.

"Create support bundle..." gathers the bundle (:mod:`companion.diagnostics.bundle`: the
self-test, effective policy, devices, versions, the store's row counts and the logs; never
voice data, store rows or card text) and shows :class:`SupportBundleDialog`, which lists every
file before anything is written; the agent then picks where to save the zip, or cancels.

Runs on the GUI thread. Non-modal, so it never blocks the tray. The bundle maker and the
save-path chooser are injected (tests; the defaults are the real ones).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.errors import CompanionError
from companion.ui.i18n import Tr, noop, shown, size_text
from companion.ui.text_fit import set_min_width

_tr = Tr("AboutDialog")

if TYPE_CHECKING:   # the bundle module loads when the agent asks for a bundle
    from companion.diagnostics.bundle import SupportBundle

#: Shown in the About box and in docs/app.md.
NOT_MEDICAL = noop("AboutDialog",
                   "A wellbeing aid, not a medical device and not a monitoring tool. "
                   "It does not diagnose anything, and nobody else sees what it notices.")
PRIVACY = noop("AboutDialog",
               "Your voice never leaves this computer and is never recorded: Companion keeps "
               "only per-minute and per-call numbers, on this machine, for a limited time. "
               "You can see, export and delete them (companion data ...).")
BUNDLE_INTRO = noop("AboutDialog",
                    "These files go into one zip for your helpdesk. Nothing is sent anywhere: "
                    "you choose where to save it and whom to give it to. It holds no audio, no "
                    "voice data, none of your history (only how many rows it has) and no card "
                    "text.")

#: ``(suggested file name) -> chosen path or None`` (cancelled).
PathChooser = Callable[[str], Path | None]


def _make_bundle() -> SupportBundle:
    from companion.diagnostics.bundle import plan_bundle
    from companion.ui.icons import render_svg

    return plan_bundle(render_svg)


class SupportBundleDialog(QDialog):
    """Lists the planned bundle's files; "Save..." asks where and writes it."""

    def __init__(self, bundle: SupportBundle, choose_path: PathChooser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportBundleDialog")
        self.setWindowTitle(_tr("Support bundle"))
        self.bundle = bundle
        self._choose_path = choose_path
        self.written: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(_tr(BUNDLE_INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.files = QTreeWidget()
        self.files.setObjectName("bundleFiles")
        self.files.setAccessibleName(_tr("Files in the support bundle"))
        self.files.setHeaderLabels([_tr("File"), _tr("Size"), _tr("What it is")])
        self.files.setRootIsDecorated(False)
        for file in bundle.files:
            self.files.addTopLevelItem(QTreeWidgetItem(
                [file.name, size_text(file.size), shown(file.description)]))
        for column in range(3):
            self.files.resizeColumnToContents(column)
        layout.addWidget(self.files)
        self.status = QLabel("")
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(_tr("&Save..."),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveBundle")
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.buttons)
        set_min_width(self, 560)

    def save(self) -> Path | None:
        """Ask where, write the zip, and say where it went (or why not)."""
        from companion.diagnostics.bundle import default_bundle_name

        target = self._choose_path(default_bundle_name(self.bundle.created))
        if target is None:
            return None
        try:
            self.written = self.bundle.write(target)
        except CompanionError as exc:
            self.status.setText(shown(exc.one_line()))
            return None
        self.status.setText(_tr("Saved to %1. Give this file to your helpdesk.", self.written))
        self.save_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Close"))
        return self.written


def choose_bundle_path(suggested: str, parent: QWidget | None = None) -> Path | None:
    """A save dialog in the Documents folder; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the support bundle"),
                                          str(Path(folder) / suggested),
                                          _tr("Zip files (*.zip)"))
    return Path(name) if name else None


class AboutDialog(QDialog):
    """About Companion, with the support-bundle button."""

    def __init__(self, parent: QWidget | None = None, *,
                 make_bundle: Callable[[], SupportBundle] = _make_bundle,
                 choose_path: PathChooser | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_tr("About %1", APP_NAME))
        self.setModal(False)
        self._make_bundle = make_bundle
        self._choose_path = choose_path or (lambda name: choose_bundle_path(name, self))
        self.bundle_dialog: SupportBundleDialog | None = None
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        for name, text in (("notMedical", _tr(NOT_MEDICAL)), ("privacy", _tr(PRIVACY)),
                           ("license", _tr("Licensed under the Apache License 2.0."))):
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self.bundle_button = QPushButton(_tr("Create &support bundle..."))
        self.bundle_button.setObjectName("supportBundle")
        self.bundle_button.setToolTip(_tr("A zip for your helpdesk; you see what is in it first"))
        self.bundle_button.clicked.connect(self.open_bundle)
        self.bundle_error = QLabel("")
        self.bundle_error.setWordWrap(True)
        self.bundle_error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.bundle_button)
        layout.addWidget(self.bundle_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        set_min_width(self, 380)
        # Wrapped paragraphs (longer in translation) get the height they need at this width.
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))

    def open_bundle(self) -> SupportBundleDialog | None:
        """Gather the bundle (about a second: it runs the self-test) and list its files."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bundle = self._make_bundle()
        except CompanionError as exc:
            self.bundle_error.setText(shown(exc.one_line()))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.bundle_error.setText("")
        self.bundle_dialog = SupportBundleDialog(bundle, self._choose_path, self)
        self.bundle_dialog.show()
        return self.bundle_dialog
