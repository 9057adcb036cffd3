"""lintkit's version, in a module of its own: the result cache and the front ends read it without importing the package's API."""

__version__ = "0.1.0"
