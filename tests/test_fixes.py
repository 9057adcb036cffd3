"""--fix touches only the writer's own flagged words: everything else stays byte-for-byte, and a second run changes nothing."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lintkit.fixes import fixed_text, is_applicable

FIXABLE = ["We need leaders, not managers.", "Escalate to leadership.", "Stop managing and start leading.", "Lead, don't manage."]
# Flagged words a fix must never reach: quoted, attributed, code, front matter.
UNTOUCHABLE = [
    '> "We need leaders, not managers," she said.',
    "Some people argue that we must replace management with leadership.",
    "    We need leaders, not managers.",  # an indented code block
    "Run `leaders, not managers` in the shell.",
    "```\nEscalate to leadership.\n```",
]
PLAIN = ["The team shipped on time.", "Lead pipes are old.", "Café ☕ notes — ünïcode 🎉.", "", "# Heading"]
FRONT_MATTER = "---\ntitle: We need leaders, not managers\n---\n"

blocks = st.lists(st.sampled_from(FIXABLE + UNTOUCHABLE + PLAIN), min_size=1, max_size=8)


def _fixed(lint, text: str):
    return fixed_text(text, lint(text, path="doc.md"))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=blocks, front=st.booleans(), newline=st.sampled_from(["\n", "\r\n"]))
def test_fix_changes_only_the_lines_of_applied_findings(lint, chosen, front, newline):
    text = ((FRONT_MATTER if front else "") + "\n\n".join(chosen) + "\n").replace("\n", newline)
    after, applied = _fixed(lint, text)
    before_lines, after_lines = text.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(before_lines) == len(after_lines)  # a fix never adds or removes a line break
    fixed_lines = {text.count("\n", 0, f.start) for f in applied}
    for n, (old, new) in enumerate(zip(before_lines, after_lines)):
        if n not in fixed_lines:
            assert old == new  # byte-identical (line endings too) away from the fixes
    for block in UNTOUCHABLE + ([FRONT_MATTER] if front else []):
        if block in "\n\n".join(chosen) or block == FRONT_MATTER:
            assert block.replace("\n", newline) in after
    assert all(is_applicable(f) for f in applied)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=blocks)
def test_a_second_fix_changes_nothing(lint, chosen):
    once, _ = _fixed(lint, "\n\n".join(chosen) + "\n")
    twice, applied = _fixed(lint, once)
    assert (twice, applied) == (once, [])


def test_only_the_first_of_overlapping_fixes_is_made(lint):
    text = "We need leaders, not managers."
    (finding,) = lint(text)
    from dataclasses import replace

    wider = replace(finding, start=finding.start - 5, matched=text[finding.start - 5:finding.end], replacement="x")
    after, applied = fixed_text(text, [finding, wider])
    assert applied == [wider] and after == "We x."


def test_words_no_longer_at_their_offsets_are_left_alone(lint):
    text = "We need leaders, not managers."
    findings = lint(text)
    assert fixed_text("I need leaders, not managers.", findings) == ("I need leaders, not managers.", [])  # one character shorter
