"""lintkit: a prose linter for writing that treats leadership and management as one thing."""
from __future__ import annotations

from lintkit.api import lint_text
from lintkit.config import Config
from lintkit.findings import Finding
from lintkit.runner import lint_paths
from lintkit.version import __version__

__all__ = ["Config", "Finding", "lint_paths", "lint_text", "__version__"]
