"""An error is one line naming the file: whatever the file's name holds."""
from __future__ import annotations

from lintkit.errors import LintkitError


def test_an_error_line_keeps_the_name_and_escapes_its_control_characters():
    error = LintkitError("cannot read\nthe file \x1b[2J", path="two  spaces\t\x1b.md", key="a\nb")
    assert error.one_line() == "two  spaces\\t\\x1b.md: a\\nb: cannot read the file \\x1b[2J"
