"""Copies the rule files from the repository's ``rules/`` folder into the wheel.

Rules are data that live at the repository root (so writers of rules never touch
the package), yet an installed lintkit must find them: the build places them at
``lintkit/rules``. The rest of the metadata is in pyproject.toml.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RULES = Path(__file__).parent / "rules"


class BuildPyWithRules(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "lintkit" / "rules"
        target.mkdir(parents=True, exist_ok=True)
        for rule_file in RULES.iterdir():
            if rule_file.is_file():
                shutil.copy2(rule_file, target / rule_file.name)


setup(cmdclass={"build_py": BuildPyWithRules})
