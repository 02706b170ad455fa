"""PyInstaller hook for the ``companion`` package.

``companion.cli`` imports its subcommand modules by name (``importlib.import_module``) and the
app imports most layers lazily inside functions, so PyInstaller's import scan misses them:
collect every submodule. Bundled resources (assets, breathing_patterns, decks) are added by
``packaging/companion.spec`` at the bundle root, where ``companion.paths.resource_dir`` looks
under ``sys._MEIPASS``.
"""

from PyInstaller.utils.hooks import collect_submodules

# sounddevice is imported by name in companion.audio.devices (load_sounddevice).
hiddenimports = collect_submodules("companion") + ["sounddevice", "_cffi_backend"]
