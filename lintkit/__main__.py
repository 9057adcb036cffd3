"""``python -m lintkit``: the same command as ``lintkit``."""
from lintkit.cli import run

if __name__ == "__main__":
    run()
