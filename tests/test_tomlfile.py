"""The one TOML reader (``companion.tomlfile``): what Windows tools write, for every file kind
(settings, IT policy, decks, breathing patterns)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from companion.content import check_deck_file, load_decks
from companion.content.patterns import check_pattern_file
from companion.fileio import FileReadError
from companion.paths import AppPaths
from companion.policy import TomlPolicyReader, effective_settings
from companion.settings import load_user_settings
from companion.tomlfile import TomlFileError, read_toml

POLICY = 'allow_personal_decks = false\ndeck_folders = ["C:/Decks"]\nretention_days = 14\n'

#: What Notepad and PowerShell 5 write, as (label, encode(text) -> bytes).
WINDOWS_ENCODINGS = {
    "utf-8 with BOM (Notepad, PowerShell -Encoding UTF8)":
        lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    "utf-16 LE with BOM (PowerShell 5 > and Out-File, Notepad 'Unicode')":
        lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    "utf-16 BE with BOM (Notepad 'Unicode big endian')":
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-32 with BOM": lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"),
    "BOM written twice (converted twice)":
        lambda t: codecs.BOM_UTF8 + ("\ufeff" + t).encode("utf-8"),
    "CRLF, no BOM": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("encode", WINDOWS_ENCODINGS.values(), ids=WINDOWS_ENCODINGS.keys())
def test_policy_written_by_windows_tools_keeps_every_lock(encode) -> None:
    """Regression: a policy.toml with a BOM was ignored whole (every IT lock lost)."""
    paths = AppPaths.from_environment()
    paths.policy_file.parent.mkdir(parents=True)
    paths.policy_file.write_bytes(encode(POLICY))
    eff = effective_settings(paths, readers=[TomlPolicyReader(paths.policy_file)])
    assert eff.problems == ()
    assert eff.settings.allow_personal_decks is False and eff.locked("allow_personal_decks")
    assert eff.settings.deck_folders == ["C:/Decks"] and eff.settings.retention_days == 14


@pytest.mark.parametrize("encode", WINDOWS_ENCODINGS.values(), ids=WINDOWS_ENCODINGS.keys())
def test_settings_written_by_windows_tools(encode, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(encode('sensitivity = 5\nquiet_hours = "18:00-08:00"\n'))
    settings = load_user_settings(path)
    assert settings.sensitivity == 5 and settings.quiet_hours == "18:00-08:00"


@pytest.mark.parametrize("encode", WINDOWS_ENCODINGS.values(), ids=WINDOWS_ENCODINGS.keys())
def test_decks_and_patterns_written_by_windows_tools(encode, tmp_path: Path) -> None:
    deck = tmp_path / "team.toml"
    deck.write_bytes(encode(
        '[deck]\nid = "team"\ntitle = "Team"\nversion = 1\n\n'
        '[[cards]]\nid = "a"\ntitle = "Pause"\nbody = "Breathe out slowly."\n'
        'tags = ["recovery"]\nwhen = ["after_tense"]\n'))
    check = check_deck_file(deck)
    assert check.deck is not None, check.problems
    assert [d.id for d in load_decks([tmp_path]).decks] == ["team"]
    pattern = tmp_path / "slow.toml"
    pattern.write_bytes(encode(
        'name = "Slow"\ndescription = "Slow breathing"\ncycles = 3\n'
        '[[phases]]\nkind = "inhale"\nseconds = 4\n[[phases]]\nkind = "exhale"\nseconds = 6\n'))
    assert check_pattern_file(pattern).pattern is not None


def test_legacy_code_page_is_one_line_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes('retention_days = 14\n# Équipe\n'.encode("cp1252"))
    with pytest.raises(TomlFileError) as info:
        read_toml(path, max_bytes=1000, what="policy file")
    assert info.value.line == 2
    assert str(info.value).startswith(f"policy file {path}:2: not UTF-8 text")
    assert "Set-Content -Encoding utf8" in str(info.value)


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_bytes("retention_days = 14\n".encode("utf-16-le"))
    with pytest.raises(TomlFileError, match="UTF-16 text without a byte-order mark"):
        read_toml(path, max_bytes=1000)


def test_windows_path_in_double_quotes_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('deck_folders = ["\\\\server\\decks"]\n')
    with pytest.raises(TomlFileError, match=r"policy.toml:1: not valid TOML.*single quotes"):
        read_toml(path, max_bytes=1000)


def test_windows_path_that_parses_into_a_control_character_is_refused() -> None:
    """"C:\\new" is valid TOML but means C: + newline + ew: a setting refuses it."""
    paths = AppPaths.from_environment()
    paths.policy_file.parent.mkdir(parents=True)
    paths.policy_file.write_text('deck_folders = ["C:\\new"]\n')
    eff = effective_settings(paths, readers=[TomlPolicyReader(paths.policy_file)])
    assert eff.settings.deck_folders == [] and eff.locked("deck_folders")
    assert "control character" in eff.problems[0] and "single quotes" in eff.problems[0]


def test_deep_nesting_and_size_cap(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(TomlFileError, match="nested too deeply|not valid TOML"):
        read_toml(deep, max_bytes=100_000)
    with pytest.raises(FileReadError, match="larger than"):
        read_toml(deep, max_bytes=1000)


def test_only_one_module_parses_toml_files() -> None:
    """tomllib is called from the foundation reader only (the content line-scanner parses
    single quoted keys, not files)."""
    root = Path(__file__).resolve().parents[1] / "companion"
    users = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                   if "tomllib.load" in p.read_text(encoding="utf-8"))
    assert users == ["content/toml_io.py", "tomlfile.py"]
    assert "tomllib.loads(\"k = \"" in (root / "content" / "toml_io.py").read_text()
