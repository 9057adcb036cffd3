"""lintkit: a prose linter for writing that treats leadership and management as one thing."""
from __future__ import annotations

__version__ = "0.1.0"

from lintkit.api import lint_text  # noqa: E402
from lintkit.config import Config  # noqa: E402
from lintkit.findings import Finding  # noqa: E402
from lintkit.runner import lint_paths  # noqa: E402

__all__ = ["Config", "Finding", "lint_paths", "lint_text", "__version__"]
