"""LM004 (charisma): conditions only the innate-leadership rule needs."""
from __future__ import annotations

CONDITIONS: dict = {}
