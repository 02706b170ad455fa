"""The docs name no runtime dependency the code does not have.

Three checks: every third-party module ``companion/`` imports (lazily or not) is a runtime
dependency in ``pyproject.toml`` and every runtime dependency is imported; and no page of the
docs claims that the app uses a library that is only a test or benchmark extra (scipy, the
peer pitch trackers, psutil): "generated with numpy and `scipy.fft`" fails, "no scipy at run
time" or "tested against scipy" do not.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Optional dependencies that are tools, not libraries the app could import.
TOOLS = {"pytest", "pytest-qt", "pytest-timeout", "hypothesis", "ruff", "import-linter", "mypy",
         "pyinstaller"}
#: docs/benchmarks.md compares us with peer tools: naming them there is the point.
PEER_PAGES = {"benchmarks.md"}
USE_VERBS = r"uses?|using|with|imports?|imported|via|through|needs?|requires?|built\s+on"
#: Words near the claim that make it one of non-use ("no scipy") or of the past ("was ...").
NEGATIONS = {"no", "not", "never", "without", "instead", "was", "were", "before", "earlier"}
#: A sentence about tests or benchmarks may name their libraries.
TEST_CONTEXT = re.compile(r"\b(?:tests?|tested|benchmarks?|oracle|compared)\b", re.IGNORECASE)


def _dist(name: str) -> str:
    """A requirement string's distribution name, normalised (PEP 503)."""
    bare = re.split(r"[<>=!~;\[ ]", name.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", bare).lower()


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def runtime_dependencies() -> set[str]:
    """Distribution names of ``[project].dependencies``."""
    return {_dist(d) for d in _project()["dependencies"]}


def optional_libraries() -> set[str]:
    """Distribution names (and their import names) of test/benchmark-only libraries."""
    names = {_dist(d) for extra in _project()["optional-dependencies"].values() for d in extra}
    libraries = names - runtime_dependencies() - TOOLS
    return libraries | {n.split("-")[-1] for n in libraries}   # praat-parselmouth: parselmouth


def third_party_imports(package: Path) -> set[str]:
    """Top-level names of every non-stdlib module imported anywhere in ``package``, including
    ``importlib.import_module("name")`` calls."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                found.add(str(node.args[0].value).split(".")[0])
    return found - set(sys.stdlib_module_names) - {package.name, "__future__"}


def usage_claims(text: str, libraries: set[str]) -> list[str]:
    """Sentences of ``text`` that say the app uses one of ``libraries``."""
    lib = "|".join(sorted(map(re.escape, libraries)))
    verb_then_lib = re.compile(rf"((?:\S+\s+){{0,3}})\b(?:{USE_VERBS})\s+"
                               rf"((?:[\w`.,()+-]+\s+){{0,3}}?)`?(?:{lib})\b", re.IGNORECASE)
    lib_remains = re.compile(rf"`?(?:{lib})[\w.]*`?\s*(?:\([^)]*\)\s*)?"
                             r"(?:remains|is used|are used|is imported|is needed)\b", re.IGNORECASE)
    claims = []
    flat = " ".join(text.split())
    for sentence in re.split(r"(?<=[.;!?])\s+(?=[A-Z`*(])", flat):
        if TEST_CONTEXT.search(sentence):
            continue
        for match in verb_then_lib.finditer(sentence):
            around = {w.strip("`.,()*").lower()
                      for w in (match.group(1) + " " + match.group(2)).split()}
            if not around & NEGATIONS:
                claims.append(sentence)
                break
        else:
            if lib_remains.search(sentence):
                claims.append(sentence)
    return claims


def test_runtime_imports_are_exactly_the_runtime_dependencies() -> None:
    dists = packages_distributions()
    imported = third_party_imports(ROOT / "companion")
    unknown = sorted(name for name in imported if name not in dists)
    assert unknown == [], f"imported but not installed: {unknown}"
    imported_dists = {_dist(d) for name in imported for d in dists[name]}
    # PySide6 is one import name of several distributions; count the one we depend on.
    declared = runtime_dependencies()
    assert declared <= imported_dists, f"declared but never imported: {declared - imported_dists}"
    undeclared = {d for d in imported_dists - declared
                  if not any(d.startswith(r.split("-")[0]) for r in declared)}
    assert undeclared == set(), f"imported at run time but not a dependency: {undeclared}"


def test_docs_claim_no_runtime_use_of_test_or_benchmark_libraries() -> None:
    libraries = optional_libraries()
    assert {"scipy", "librosa", "parselmouth", "aubio", "psutil"} <= libraries
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    claims = [f"{page.relative_to(ROOT)}: {claim[:160]}" for page in pages
              if page.name not in PEER_PAGES
              for claim in usage_claims(page.read_text(encoding="utf-8"), libraries)]
    assert claims == [], "the app does not ship these libraries:\n" + "\n".join(claims)


def test_the_claim_check_tells_use_from_non_use() -> None:
    libs = {"scipy", "librosa"}
    assert usage_claims("Generated with vectorised numpy and `scipy.fft` (no loops).", libs)
    assert usage_claims("The demo uses scipy for its filters.", libs)
    assert usage_claims("Only `scipy.fft` (+ scipy.special) remains.", libs)
    for fine in ("In pure numpy (no `scipy.signal` at run time).",
                 "The bundle is 189 MB (was 225 MB with scipy).",
                 "The runtime imports no scipy module.",
                 "Equal to 1e-12, tested against scipy.",
                 "The engine computes its FFTs with `numpy.fft` instead of `scipy.fft`.",
                 "Compared with librosa's pyin in the benchmark."):
        assert usage_claims(fine, libs) == [], fine
