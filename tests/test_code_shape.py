"""Rules ruff cannot check: no function in ``companion/`` is longer than 100 lines, and tests
wait on conditions, not on time."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The hard limit of the style guide (functions are normally shorter than ~60 lines).
MAX_FUNCTION_LINES = 100
#: ``path name`` -> the open issue that rewrites it. An entry that is no longer too long fails
#: the test, so this list only shrinks.
BEING_REWRITTEN: dict[str, str] = {}


def function_lengths(root: Path) -> dict[str, int]:
    """``path:line name`` (relative to ``root``) -> lines of every function, decorators and
    docstring included."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                assert node.end_lineno is not None
                where = f"{path.relative_to(root).as_posix()}:{node.lineno} {node.name}"
                found[where] = node.end_lineno - first + 1
    return found


def test_no_function_in_companion_is_over_100_lines() -> None:
    lengths = function_lengths(ROOT / "companion")
    assert len(lengths) > 500                      # the walk really saw the package
    too_long = {where: n for where, n in lengths.items() if n > MAX_FUNCTION_LINES}
    known = {where for where in too_long if _key(where) in BEING_REWRITTEN}
    assert {where: too_long[where] for where in set(too_long) - known} == {}, \
        "split these functions: " + ", ".join(
            f"{where} ({n} lines)" for where, n in sorted(too_long.items()))
    fixed = set(BEING_REWRITTEN) - {_key(where) for where in known}
    assert not fixed, f"no longer too long, remove from BEING_REWRITTEN: {sorted(fixed)}"


def _key(where: str) -> str:
    """``path:line name`` -> ``path name``."""
    path, name = where.split(" ", 1)
    return f"{path.split(':')[0]} {name}"


def test_the_length_check_sees_a_long_function(tmp_path: Path) -> None:
    """Positive control: a 101-line function is reported."""
    body = "\n".join(f"    x{i} = {i}" for i in range(100))
    (tmp_path / "long.py").write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert function_lengths(tmp_path) == {"long.py:1 long": 101}


#: Sleeping or timing in a test makes it fail on a loaded machine. Only these files may sleep:
TIMING = re.compile(r"time\.sleep\(|qtbot\.wait\([0-9]|perf_counter\(\) *- *t0 *<")
ALLOWED_SLEEPS = {
    "helpers/waiting.py": "polls another process, which cannot signal us (with a deadline)",
    "ui/ui_fakes.py": "a fake device whose read blocks like a real one",
    "ui/atspi_walker.py": "runs in the system Python and polls the AT-SPI bus (deadlines)",
    "session/test_session_busy.py": "the sleep is the program a timeout is tested against",
    "faults/test_fault_hostile_input.py": "the sleep is the hostile client's own trickle (a "
                                          "child process)",
}


def test_tests_wait_on_conditions_not_on_time() -> None:
    tests = ROOT / "tests"
    offenders = [f"{path.relative_to(tests).as_posix()}:{n}: {line.strip()}"
                 for path in sorted(tests.rglob("*.py")) if path.name != "test_code_shape.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if TIMING.search(line)]
    unexpected = [o for o in offenders if o.split(":")[0] not in ALLOWED_SLEEPS]
    assert unexpected == [], "wait with qtbot.waitUntil/waitSignal instead: " + "; ".join(
        unexpected)
    unused = set(ALLOWED_SLEEPS) - {o.split(":")[0] for o in offenders}
    assert not unused, f"no longer sleeps, remove from ALLOWED_SLEEPS: {sorted(unused)}"
