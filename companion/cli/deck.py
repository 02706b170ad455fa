"""`companion deck` — tools for cue decks: validate, new, list, edit, try, diff; anonymous card
feedback (:mod:`companion.cli.deck_feedback`) and the agent's own cards
(:mod:`companion.cli.deck_mine`).

Runs on the main thread of the CLI process. Only the standard library is imported at module
level; ``companion.content`` is imported inside each command, and Qt only by ``deck edit`` and
``deck try``.

Exit codes: 0 fine (warnings allowed), 1 ``validate`` found errors, 2 bad usage or input
(a :class:`~companion.errors.CompanionError`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.errors import CompanionError
from companion.fileio import FileWriteError, atomic_write

if TYPE_CHECKING:
    from companion.content.decks import CueDeck
    from companion.content.patterns import BreathingPattern
    from companion.content.problems import Problem
    from companion.content.variants import DeckRelease
    from companion.paths import AppPaths
    from companion.settings import Settings


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `deck` subcommand and its actions."""
    parser = subparsers.add_parser(
        "deck",
        help="Cue decks: validate, list, new, edit, try, diff, feedback; your own cards",
        description="Write, check and inspect cue decks (see docs/decks.md).",
    )
    parser.set_defaults(func=_no_action)
    actions = parser.add_subparsers(title="actions", metavar="ACTION")

    validate = actions.add_parser(
        "validate", help="Check deck files; list every problem with file and line",
        description="Check deck files (or every .toml file in a folder). Lists every problem "
                    "as FILE:LINE: error|warning: message. Exit status 1 if any error; "
                    "warnings do not fail.",
    )
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                          help="a deck .toml file or a folder of them")
    validate.set_defaults(func=run_validate)

    new = actions.add_parser(
        "new", help="Write a commented template deck that validates",
        description="Write NAME.toml, a commented starter deck with three example cards.",
    )
    new.add_argument("name", metavar="NAME", help="deck name, e.g. 'team north'")
    new.add_argument("--out", type=Path, default=None, metavar="DIR",
                     help="folder to write into (default: the current folder)")
    new.add_argument("--title", default=None, help="deck title (default: from NAME)")
    new.add_argument("--author", default="", help="author shown in the deck")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(func=run_new)

    listing = actions.add_parser(
        "list", help="Show the decks in use, their source, version, cards and problems",
        description="Load decks as the app does (bundled, IT folders, personal folder) and "
                    "show each deck in use, where it came from, and every problem.",
    )
    add_language_option(listing, "show the decks an agent with this language sees")
    listing.set_defaults(func=run_list)

    edit = actions.add_parser("edit", help="Open the deck editor window",
                              description="Open the Qt deck editor (needs a display).")
    edit.add_argument("path", nargs="?", type=Path, default=None, metavar="PATH",
                      help="deck file to open (default: start with a new deck)")
    edit.set_defaults(func=run_edit)
    _register_review(actions)

    from companion.cli import deck_feedback, deck_mine

    deck_feedback.register(actions)
    deck_mine.register(actions)


def _register_review(actions: argparse._SubParsersAction) -> None:
    """`deck try` and `deck diff`: look at a deck before handing it out."""
    tryout = actions.add_parser(
        "try", help="Show a deck's cards in the real card window, without installing it",
        description="Opens the agents' card window on the deck ('Another card' goes through "
                    "every card). A breathing pattern file runs in the real breathing guide. "
                    "Nothing is installed or saved.")
    tryout.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help="a deck .toml file, and/or a breathing pattern .toml file")
    add_language_option(tryout, "show a breathing pattern's name and description in this "
                                "language (a deck is shown in its own)")
    tryout.set_defaults(func=run_try)

    diff = actions.add_parser(
        "diff", help="What changed between two versions of a deck, in plain words",
        description="Cards added, removed and changed (matched by card id), deck fields, and "
                    "whether the version was raised.")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    diff.set_defaults(func=run_diff)


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--language TAG`` (repeatable: a list, best first)."""
    parser.add_argument("--language", action="append", default=None, metavar="TAG",
                        help=f"{what}, e.g. de or pt-BR (repeat for a list, best first; "
                             "default: the language setting, else the system's)")


def _no_action(args: argparse.Namespace) -> int:
    raise CompanionError("choose an action: companion deck validate|list|new|edit|try|diff|"
                         "feedback|share-feedback|mine",
                         "see 'companion deck --help'")


# -- validate ----------------------------------------------------------------------------
def _deck_files(path: Path) -> tuple[list[Path], list[Problem]]:
    """The deck files a path given to ``validate`` names, and why there are none."""
    from companion.content.problems import Problem
    from companion.content.sources import scan_folder

    files, problems = scan_folder(path)
    if any(p.is_error for p in problems):
        return [], problems
    if not path.exists():
        return [], [*problems, Problem(path, None, "no such file or folder")]
    if not files:
        return [], [*problems, Problem(path, None, "no .toml deck files in this folder")]
    return files, problems


def run_validate(args: argparse.Namespace) -> int:
    """Validate every given file/folder; print each problem and a summary."""
    from companion.content.decks import check_deck_file

    checks = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    unusable_paths = 0
    for path in args.paths:
        files, found = _deck_files(path)
        problems.extend(found)
        if not files:
            unusable_paths += 1
            continue
        for file in files:
            if file.resolve() in seen:
                continue
            seen.add(file.resolve())
            check = check_deck_file(file)
            checks.append(check)
            problems.extend(check.problems)
    problems.extend(_cross_file_conflicts(checks))

    from companion.content.decks import tag_list_note

    for problem in problems:
        print(problem)
    note = tag_list_note(problems)
    if note:
        print(note)
    bad_files = {p.path for p in problems if p.is_error}
    total_cards = 0
    for check in checks:
        if check.deck is not None and check.path not in bad_files:
            deck = check.deck
            total_cards += len(deck.cards)
            print(f"ok: {len(deck.cards)} cards in {check.path} (deck '{deck.id}', "
                  f"version {deck.version})")
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if errors:
        targets = len(checks) + unusable_paths
        print(f"companion: error: {_count(errors, 'error')}, {_count(warnings, 'warning')} "
              f"in {len(bad_files)} of {_count(targets, 'file')} — fix the lines named above",
              file=sys.stderr)
        return 1
    if len(checks) > 1:
        print(f"ok: {total_cards} cards in {len(checks)} decks"
              + (f" ({_count(warnings, 'warning')})" if warnings else ""))
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _cross_file_conflicts(checks: list[Any]) -> list[Problem]:
    """Between the files given: the same deck id, version and language twice (the app would
    keep only one), and language variants that differ from their base (card ids, ``when``;
    see :mod:`companion.content.variants`)."""
    from companion.content.variants import resolve_release

    by_id: dict[str, list[CueDeck]] = {}
    for check in checks:
        if check.deck is not None:
            by_id.setdefault(check.deck.id, []).append(check.deck)
    return [p for decks in by_id.values() for p in resolve_release(decks).problems]


# -- new ---------------------------------------------------------------------------------
def run_new(args: argparse.Namespace) -> int:
    """Write a starter deck file."""
    from companion.content.decks import check_deck_text, deck_template, slugify

    deck_id = slugify(args.name)
    if not deck_id:
        raise CompanionError(f"'{args.name}' cannot be made into a deck id",
                             "use letters and digits, e.g. 'team north'")
    raw_title = args.title if args.title is not None else (
        args.name if args.name != args.name.lower() or " " in args.name.strip()
        else deck_id.replace("-", " ").capitalize())
    title = " ".join(raw_title.split())[:80] or deck_id
    author = " ".join(args.author.split())
    out_dir: Path = args.out if args.out is not None else Path.cwd()
    target = out_dir / f"{deck_id}.toml"
    if target.exists() and not args.force:
        raise CompanionError(f"{target} already exists",
                             "choose another NAME or --out folder, or add --force")
    text = deck_template(deck_id, title, author)
    check = check_deck_text(text, target)
    if check.deck is None:  # pragma: no cover - the template is tested to validate
        raise CompanionError(f"internal error: the template for '{deck_id}' does not validate")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(target, text, overwrite=args.force, what="deck")
    except FileWriteError as exc:
        if exc.exists:
            raise CompanionError(f"{target} already exists",
                                 "choose another NAME or --out folder, or add --force") from None
        raise CompanionError(f"cannot write {target}: {exc.reason}",
                             "choose a folder you can write to with --out") from None
    except OSError as exc:
        raise CompanionError(f"cannot write {target}: {exc.strerror or exc}",
                             "choose a folder you can write to with --out") from None
    print(f"wrote {target} (deck '{deck_id}', {len(check.deck.cards)} example cards)")
    print(f"next: edit the cards, then run: companion deck validate {target}")
    return 0


# -- list --------------------------------------------------------------------------------
def _effective_settings(paths: AppPaths) -> Settings:
    """IT policy over user settings when the policy layer exists, else user settings."""
    import companion.policy as policy

    effective = getattr(policy, "effective_settings", None)
    if effective is not None:
        return effective(paths).settings
    from companion.settings import load_user_settings

    return load_user_settings(paths.settings_file)


def run_list(args: argparse.Namespace) -> int:
    """Show the decks in use, superseded decks, sources and problems."""
    from companion.content.library import load_default_decks
    from companion.paths import AppPaths

    paths = AppPaths.from_environment()
    settings = _effective_settings(paths)
    from companion.content.locales import checked_languages
    from companion.languages import preferred_languages

    wanted = preferred_languages(settings.language, env=os.environ)
    library = load_default_decks(paths, settings,
                                 languages=checked_languages(args.language, default=wanted))

    def row(deck: CueDeck, note: str = "") -> str:
        source = library.source_of(deck)
        label = source.label if source else deck.origin
        return (f"  {deck.id:<24} v{deck.version:<5} {len(deck.cards):>4} cards  "
                f"{label:<9} {deck.path}{note}")

    stale = {str(e.path) for e in library.files if e.stale}
    print("Decks in use:" if library.decks else "Decks in use: none")
    for deck in library.decks:
        note = "  (last good version: the file now has errors)" if str(deck.path) in stale \
            else ""
        print(row(deck, note))
        print(f"  {'':<24} languages: {_languages_line(library.releases[deck.id], deck)}")
    if library.superseded:
        print("Superseded (a higher version of the same deck is in use):")
        for deck in library.superseded:
            print(row(deck))
    print("Sources searched, in order:")
    for source in library.sources:
        state = "" if source.present else "  (not present)"
        print(f"  {source.label:<9} {source.path}{state}")
    problems = library.problems
    if problems:
        from companion.content.decks import tag_list_note

        print("Problems:")
        for problem in problems:
            print(f"  {problem}")
        tags_note = tag_list_note(problems)
        if tags_note:
            print(f"  {tags_note}")
    else:
        print("Problems: none")
    return 0


def _languages_line(release: DeckRelease, shown: CueDeck) -> str:
    """``en, de (shown), es``: the languages a deck comes in, the one in use marked."""
    return ", ".join(f"{tag} (shown)" if deck is shown else tag
                     for tag, deck in zip(release.locales, release.variants, strict=True))


# -- edit --------------------------------------------------------------------------------
def run_edit(args: argparse.Namespace) -> int:
    """Open the Qt deck editor (lazy import: only this command loads Qt)."""
    try:
        from companion.ui.deck_editor import run_deck_editor
    except ImportError as exc:
        raise CompanionError(
            f"the deck editor is not available in this build ({exc})",
            "edit the .toml file in a text editor and check it with "
            "'companion deck validate PATH'",
        ) from None
    return int(run_deck_editor(args.path) or 0)


# -- try ---------------------------------------------------------------------------------
def _load_for_try(path: Path) -> tuple[CueDeck | None, BreathingPattern | None]:
    """(deck, None) or (None, breathing pattern) from ``path``; the first error as a
    :class:`CompanionError` otherwise."""
    from companion.content.decks import MAX_DECK_BYTES, load_deck_file
    from companion.content.patterns import load_pattern_file
    from companion.content.problems import DeckError
    from companion.content.toml_io import read_toml_file

    doc = read_toml_file(path, max_bytes=MAX_DECK_BYTES, error_cls=DeckError)
    if "phases" in doc.data and "deck" not in doc.data:
        return None, load_pattern_file(path)
    return load_deck_file(path), None


def run_try(args: argparse.Namespace) -> int:
    """Show a deck in the card window and/or a pattern in the breathing guide."""
    from companion.content.locales import checked_languages

    languages = checked_languages(args.language, default=())
    decks: list[CueDeck] = []
    patterns: list[BreathingPattern] = []
    for path in args.paths:
        deck, pattern = _load_for_try(path)
        if deck is not None:
            decks.append(deck)
        if pattern is not None:
            patterns.append(pattern)
    if len(decks) > 1 or len(patterns) > 1:
        raise CompanionError("try one deck (and at most one breathing pattern) at a time",
                             "run 'companion deck try' once per file")
    try:
        from companion.ui.deck_try import run_deck_try
    except ImportError as exc:
        raise CompanionError(f"the card window is not available in this build ({exc})",
                             "check the deck with 'companion deck validate PATH'") from None
    deck = decks[0] if decks else None
    if deck is not None:
        print(f"Trying deck '{deck.id}' ({len(deck.cards)} cards): 'Another card' [A] goes "
              "through them; Esc closes. Nothing is installed.")
    pattern = patterns[0].localized(languages or _agent_languages()) if patterns else None
    return run_deck_try(deck, pattern)


def _agent_languages() -> list[str]:
    """The agent's languages, best first: the language setting, else the system's."""
    from companion.paths import AppPaths
    from companion.ui.i18n import preferred_languages

    return preferred_languages(_effective_settings(AppPaths.from_environment()).language)


# -- diff --------------------------------------------------------------------------------
def run_diff(args: argparse.Namespace) -> int:
    """Print what changed from OLD to NEW."""
    from companion.content.deck_diff import diff_decks
    from companion.content.decks import load_deck_file

    old, new = load_deck_file(args.old), load_deck_file(args.new)
    for line in diff_decks(old, new).lines():
        print(line)
    return 0
