"""The Windows version resource of ``Companion.exe`` (PyInstaller ``EXE(version=...)``).

Detection rules (Intune/SCCM "file version"), AppLocker and WDAC publisher rules (which read
ProductName, OriginalFilename and the file version of a signed file) and Explorer's
Properties tab all read it. Build-time helper imported by ``packaging/companion.spec``; only
PyInstaller's own ``versioninfo`` module is used.
"""

from __future__ import annotations

from typing import Any

PRODUCT_NAME = "Companion"
COMPANY_NAME = "Companion contributors"
ORIGINAL_FILENAME = "Companion.exe"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` as ``(1, 2, 3, 0)`` (four 16-bit parts, as Windows wants them)."""
    parts = [int(p) for p in version.split(".")[:4]]
    if not parts or any(not 0 <= p <= 65535 for p in parts):
        raise ValueError(f"version {version!r} must be 1-4 numbers of 0-65535")
    return tuple((parts + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def version_info(version: str) -> Any:
    """A ``VSVersionInfo`` for ``version`` (ProductName Companion, English/Unicode)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple(version)
    strings = [
        vi.StringStruct("CompanyName", COMPANY_NAME),
        vi.StringStruct("FileDescription", "Companion - wellbeing aid for contact-center agents"),
        vi.StringStruct("FileVersion", version),
        vi.StringStruct("InternalName", PRODUCT_NAME),
        vi.StringStruct("LegalCopyright", "Apache License 2.0"),
        vi.StringStruct("OriginalFilename", ORIGINAL_FILENAME),
        vi.StringStruct("ProductName", PRODUCT_NAME),
        vi.StringStruct("ProductVersion", version),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
              vi.VarFileInfo([vi.VarStruct("Translation", [1033, 1200])])],
    )
