"""Corpus files a test writes: one good item, and JSON Lines from rows (a string row is written as it is)."""
from __future__ import annotations

import json

def write_jsonl(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


GOOD = {"id": "x-1", "text": "Lead, don't manage.", "category": "LM002",
        "findings": [{"code": "LM002", "start": 0, "end": 18, "context": None}], "note": ""}
