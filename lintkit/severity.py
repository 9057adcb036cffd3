"""Severities, ordered so that ``--fail-on`` and overrides can compare them."""
from __future__ import annotations

import enum


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    HINT = "hint"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(str(value).lower())
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (allowed: {allowed})") from None

    def __str__(self) -> str:
        return self.value


def three_levels(lowest: str) -> dict[Severity, str]:
    """Severity names for an output format with three levels: info and hint both become ``lowest``."""
    return {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: lowest, Severity.HINT: lowest}


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1, Severity.HINT: 0}
