"""The tray app's Qt user interface (GUI thread; the engine owns the one worker thread)."""
