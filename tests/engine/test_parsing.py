"""Window texts in, window-relative findings out, with the parse evidence behind each."""
from __future__ import annotations

from lintkit.config import Config
from lintkit.engine.parsing import engine_for, parse_texts


def test_findings_are_placed_in_the_window_text_with_their_evidence(nlp):
    texts = ["Nothing to see here.", "In short, we need leaders, not managers."]
    quiet, found = parse_texts(texts, [None, None], Config(), "memo.md")
    assert quiet == []
    assert [(f.code, texts[1][f.start:f.end]) for f in found] == [("LM002", "leaders, not managers")]
    assert found[0].path == "memo.md" and found[0].evidence[0].relation == "pattern"


def test_a_block_context_is_the_context_of_its_findings(nlp):
    (found,) = parse_texts(["We need leaders, not managers."], ["quoted"], Config(), "x")
    assert found and {f.context for f in found} == {"quoted"}


def test_the_engine_is_built_once_per_settings(nlp):
    key = (Config().model, (), ())
    assert engine_for(*key) is engine_for(*key)
    assert engine_for(*key).accepted is None


def test_a_sentence_left_open_is_parsed_as_one_that_ends(nlp):
    """Headlines, bullets and posts often end without a stop; the parser reads the sentence as if it had one, and the
    finding stays on the words of the text."""
    texts = ["When you manage a team, you lead it", "When you manage a team, you lead it."]
    open_ended, closed = parse_texts(texts, [None, None], Config(), "post.txt")
    assert [(f.code, texts[0][f.start:f.end]) for f in open_ended] == [(f.code, texts[1][f.start:f.end]) for f in closed] != []
    assert all(f.end <= len(texts[0]) for f in open_ended)


def test_a_line_ending_in_another_script_gets_no_stop():
    """The stop is for an English sentence left open; after other script or a pictograph it would move the parse of the
    sentence before."""
    from lintkit.engine.parsing import _with_final_stop

    assert _with_final_stop("Wherever leadership flourishes, management withers") == "Wherever leadership flourishes, management withers."
    assert _with_final_stop("She was a leader. 日本語") == "She was a leader. 日本語"
    assert _with_final_stop("Ship it 🚀") == "Ship it 🚀"
    assert _with_final_stop("Done.") == "Done."


def test_a_tab_after_a_stop_reads_as_a_space():
    from lintkit.engine.parsing import _tabs_after_stops_as_spaces

    assert _tabs_after_stops_as_spaces("Note.\tManagers or leaders?\tLeaders.") == "Note. Managers or leaders? Leaders."
    assert _tabs_after_stops_as_spaces("Leader\tManager") == "Leader\tManager"  # a tab between cells stays


def test_a_spaced_hyphen_between_words_reads_as_a_dash():
    """Writers type " - " for a dash; the rules and the parser read the dash. Hyphens inside words, before numbers and
    at a line's start stay, and no offset moves."""
    from lintkit.engine.parsing import _spaced_hyphens_as_dashes

    assert _spaced_hyphens_as_dashes("who has led - that is, managed - the club") == "who has led – that is, managed – the club"
    assert _spaced_hyphens_as_dashes("our 'leader' - the manager") == "our 'leader' – the manager"
    for kept in ("a hybrid leader-manager role", "scores 3 - 1", "- a bullet", "leaders -- managers"):
        assert _spaced_hyphens_as_dashes(kept) == kept


def test_blank_space_at_the_end_of_a_window_does_not_move_the_parse(nlp):
    """A pictograph after the last sentence is blanked to spaces; parsed as a token of its own, the run of spaces
    changed how the sentence before it was read."""
    texts = ["A manager who manages well is by definition a leader.", "A manager who manages well is by definition a leader. 👩\u200d💼"]
    plain, with_pictograph = parse_texts(texts, [None, None], Config(), "memo.md")
    assert [(f.start, f.end, f.evidence[0].word) for f in with_pictograph] == [(f.start, f.end, f.evidence[0].word) for f in plain] != []
