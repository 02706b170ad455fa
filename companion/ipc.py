"""Single instance and local commands over QLocalServer; filled in by the tray-app issue."""
