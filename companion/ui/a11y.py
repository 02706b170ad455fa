"""What screen readers hear: announcements, alerts and accessible roles for our own windows.

Runs on the GUI thread. Qt exposes widgets to screen readers through ``QAccessible`` (UI
Automation on Windows for Narrator/NVDA/JAWS, NSAccessibility on macOS for VoiceOver, AT-SPI on
Linux for Orca). Three things are not automatic and live here:

* :func:`announce` sends a live-region style announcement (``QAccessibleAnnouncementEvent``,
  Qt 6.8+; polite or assertive). With an older Qt the widget's accessible description is set
  and a ``DescriptionChanged`` event sent instead.
* :func:`alert` raises ``QAccessible.Alert`` for a window that appeared by itself (the
  between-call offer), after :func:`set_role` made it an alert.
* :func:`set_role` gives a plain ``QWidget`` a role (``alert``, ``status``, ``dialog``)
  through one accessibility factory installed on first use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

#: Widget property naming the accessible role :func:`set_role` gives.
ROLE_PROPERTY = "companionA11yRole"
#: Application property set once the role factory is installed.
_FACTORY_PROPERTY = "companionA11yFactory"

ROLES: dict[str, QAccessible.Role] = {
    "alert": QAccessible.Role.AlertMessage,
    "status": QAccessible.Role.StatusBar,
    "dialog": QAccessible.Role.Dialog,
    "animation": QAccessible.Role.Animation,
}


class RoleAccessible(QAccessibleWidget):
    """A widget's usual accessible interface with the role from :data:`ROLE_PROPERTY`; a
    label keeps its text as its name (as Qt's own label interface does)."""

    def role(self) -> QAccessible.Role:  # noqa: D102 - Qt override
        widget = self.widget()
        name = str(widget.property(ROLE_PROPERTY) or "") if widget is not None else ""
        return ROLES.get(name, super().role())

    def text(self, kind: QAccessible.Text) -> str:  # noqa: D102 - Qt override
        text = super().text(kind)
        widget = self.widget()
        if kind == QAccessible.Text.Name and not text and isinstance(widget, QLabel):
            return widget.text()
        return text


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and obj.property(ROLE_PROPERTY) in ROLES:
        return RoleAccessible(obj)
    return None


def install_role_factory() -> None:
    """Install the role factory once per application (later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is None or app.property(_FACTORY_PROPERTY):
        return
    QAccessible.installFactory(_factory)
    app.setProperty(_FACTORY_PROPERTY, True)


def set_role(widget: QWidget, role: str) -> None:
    """Expose ``widget`` with ``role`` (a key of :data:`ROLES`). Call before it is shown."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    install_role_factory()
    widget.setProperty(ROLE_PROPERTY, role)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask screen readers to speak ``text`` now, on behalf of ``widget``.

    Polite announcements wait for the reader to finish what it is saying; assertive ones
    interrupt (use them only for something the agent must not miss).
    """
    if not text:
        return
    event_class = getattr(_qtgui(), "QAccessibleAnnouncementEvent", None)
    if event_class is None:   # Qt < 6.8: a description change is the closest thing
        widget.setAccessibleDescription(text)
        QAccessible.updateAccessibility(
            QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
        return
    event = event_class(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


def alert(widget: QWidget) -> None:
    """Tell assistive technology that ``widget`` (an alert window) has just appeared."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def _qtgui() -> object:
    from PySide6 import QtGui

    return QtGui
