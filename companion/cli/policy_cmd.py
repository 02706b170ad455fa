"""`companion policy show` — every setting, its effective value and where it came from.

Origins are ``default``, ``user`` (the agent's ``settings.toml``) or ``policy:<source>``
(``policy.toml``, ``HKLM``, ``HKCU``, ``managed-preferences``, ``managed-preferences-user``).
Problems with policy values (ignored) go to stderr as warnings; the exit code stays 0 unless
``--strict`` is given (then 1 when there are problems, for IT scripts checking a rollout).
Imports only the standard library at module level; runs on the CLI's main thread.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `policy` subcommand (``policy show``; plain ``policy`` means ``show``)."""
    parser = subparsers.add_parser(
        "policy", help="Show effective settings and where each came from",
        description="Show every setting's effective value and its origin "
                    "(default, user, or policy:<source>; policy keys are locked).",
    )
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run, policy_command="show")
    sub = parser.add_subparsers(title="policy commands", metavar="COMMAND")
    show = sub.add_parser("show", help="Print every key, its value and its origin")
    show.add_argument("--json", action="store_true",
                      help="one JSON object: settings, origins, locked, problems, sources")
    show.add_argument("--strict", action="store_true",
                      help="exit 1 when any policy or settings value was ignored")
    show.set_defaults(func=run, policy_command="show")


def run(args: argparse.Namespace) -> int:
    """Print the effective settings table (or JSON); warnings for ignored values."""
    from companion.paths import AppPaths
    from companion.policy import effective_settings, format_value
    from companion.settings import setting_keys

    paths = AppPaths.from_environment()
    eff = effective_settings(paths)
    if args.json:
        print(json.dumps({
            "settings": eff.settings.to_dict(),
            "origins": dict(eff.origins),
            "locked": eff.locked_keys(),
            "invalid": dict(eff.invalid),
            "problems": list(eff.problems),
            "sources": list(eff.sources),
            "policy_file": str(paths.policy_file),
            "settings_file": str(paths.settings_file),
        }, indent=2))
    else:
        keys = setting_keys()
        values = {key: format_value(getattr(eff.settings, key)) for key in keys}
        width_key = max(len(k) for k in keys)
        width_value = min(40, max(len(v) for v in values.values()))
        print(f"{'key':<{width_key}}  {'value':<{width_value}}  origin")
        for key in keys:
            if key in eff.invalid:
                note = (f"  (locked: {eff.invalid[key]} has an invalid value, "
                        "so the default is used)")
            elif eff.locked(key):
                note = "  (locked: set by your organisation)"
            else:
                note = ""
            print(f"{key:<{width_key}}  {values[key]:<{width_value}}  {eff.origin(key)}{note}")
        print()
        print(f"settings file: {paths.settings_file}")
        print(f"policy file:   {paths.policy_file}")
        print(f"policy sources (lowest first): {', '.join(eff.sources)}")
        if eff.problems:
            print(f"{len(eff.problems)} value(s) ignored: see the warnings below")
    for line in eff.problems:
        print(f"companion: warning: {line}", file=sys.stderr)
    return 1 if args.strict and eff.problems else 0
