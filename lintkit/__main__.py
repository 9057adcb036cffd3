"""``python -m lintkit``: the same command as ``lintkit``."""
from lintkit.cli import main

if __name__ == "__main__":
    main()
