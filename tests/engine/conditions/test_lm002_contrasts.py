"""LM002 read as two clauses set against each other: each side gets a clause of its own and the contrast swaps them."""
from __future__ import annotations

import pytest


def _replacements(lint, text):
    """(pattern id, matched words) of each LM002 finding."""
    return [(f.evidence[0].word, f.matched) for f in lint(text) if f.code == "LM002"]


@pytest.mark.parametrize("text,pattern", [
    ("Management slows teams down, while leadership lifts them up.", "held-back-then-freed"),  # verbs with particles
    ("Management is a cost. Leadership is an investment.", "held-back-then-freed"),  # what a copula says of each
    ("Managers are expendable; leaders are not.", "one-is-the-other-is-not"),  # the verdict repeated, then left out
    ("Leadership matters; management doesn't.", "one-is-the-other-is-not"),  # "matters" read as a noun the side modifies
    ("What people want is leadership; what they get is management.", "wanted-then-settled-for"),  # two clefts
    ("Employees crave leadership but all they ever get is management.", "wanted-then-settled-for"),  # an object, a cleft
    ("Managing is what's left when leadership fails.", "fallback-for-failure"),  # the other side fails
    ("Management is for those who cannot lead.", "fallback-for-failure"),  # for the people who cannot
    ("Managing is what you do until you learn to lead.", "fallback-for-failure"),  # the other side not yet learned
    ("We'd rather hire one leader than three managers.", "rather-than-phrase"),  # "than" on the noun
    ("I'd much rather work under a leader than under a manager.", "rather-than-phrase"),
    ("Our staff would rather follow a leader than report to a manager.", "rather-than-phrase"),  # an act after "than"
    ("Management? No. Leadership.", "asked-refused-answered"),
    ("Should a choir be managed? No. It should be led.", "question-denied-then-other"),  # the answer turns one side down
    ("Does a startup of nine people need managers? Nah. It needs one good leader.", "question-denied-then-other"),
])
def test_a_contrast_of_two_clauses_is_flagged_by_its_construction(lint, text, pattern):
    assert [p for p, _ in _replacements(lint, text)] == [pattern]


@pytest.mark.parametrize("text", [
    "Poor management drains people; leadership fuels them.",  # a poor version of one side
    "Managers are replaceable; leaders are replaceable too.",  # the same verdict for both
    "What people want is leadership, and what they need is management.",  # both asked for
    "When managers fail to lead, people leave.",  # both sides in the one clause
    "If you cannot lead yourself, you cannot manage a team.",  # the side fallen back on is denied too
    "Nobody can lead a night shift well if they refuse to manage its rota.",  # the side fallen back on is declined
    "You learn to manage before you learn to lead.",  # an order of learning, not a stage left behind
    "I'd rather report to a manager who listens than to a leader who doesn't.",  # two people weighed
    "I'd rather report to a manager who listens than work for a leader who doesn't.",
    "Is your manager a good leader? No, but she is a fair one.",  # both sides in the question
    "Should I stop managing my reports? No. Keep managing them, and lead them too.",  # the answer keeps both
    "Leadership roles are replacing the management consultants.",  # different things swapped
])
def test_two_clauses_that_do_not_swap_the_sides_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text", [
    "People will follow a leader anywhere; nobody follows a manager anywhere.",  # one act, a negative subject
    "We are hiring someone who leads, not someone who manages.",  # two people described, one refused
    "I want a boss with a vision who leads me, not one with a spreadsheet who manages me.",  # the parse hangs each on a noun
    "Schools of the future will be led, no longer managed.",  # "no longer"
    "We screen for leaders and screen out managers.",  # a particle turns the act against its object
])
def test_one_act_affirmed_for_one_side_and_denied_for_the_other_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["affirmed-for-one-denied-for-other"]


@pytest.mark.parametrize("text", [
    "There's no real difference between managing and leading.",  # the negation is above both
    "The song never manages a proper bridge; the verse just leads back into the chorus.",  # two things, each its act
    "The launch wasn't managed by the programme office; it was led by the product team.",  # two agents
    "Nobody follows a manager who never leads.",  # both denied
    "Leaders inspire people; managers don't inspire anyone.",  # subjects tell two jobs apart
    "Leaders reach out to managers, and managers reach out to leaders.",  # subjects again
    "She leads the design team and doesn't manage anyone.",  # what one person does
    "The project was led by Ana and not managed by anyone.",  # what a named person did
])
def test_an_act_denied_of_both_or_of_two_actors_passes(lint, text):
    assert "affirmed-for-one-denied-for-other" not in [p for p, _ in _replacements(lint, text)]


@pytest.mark.parametrize("text", [
    "Manage less. Lead more.",
    "Half the managing, twice the leading.",
    "My goal this year is to spend zero time managing and all of it leading.",  # the amount on the time spent
    "Less Managing Tickets, More Leading Humans: My Year in Review",  # the amount on the noun a side modifies
])
def test_one_side_cut_and_the_other_raised_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["more-of-one-less-of-other"]


@pytest.mark.parametrize("text", [
    "The more you lead, the less you have to manage.",  # relates the two
    "More leadership and more management, please.",  # both raised
    "Our managers spend less time on reports and more time leading.",  # what is cut is reports
    "Fewer managers reported burnout this year, and more leaders asked for coaching.",  # counts who did what
    "We now have fewer managers per team, so every manager leads more.",  # unlike forms
])
def test_amounts_that_do_not_swap_the_sides_pass(lint, text):
    assert "more-of-one-less-of-other" not in [p for p, _ in _replacements(lint, text)]


@pytest.mark.parametrize("text", [
    "A great head teacher is someone who leads a school, as opposed to merely managing one.",  # the phrase hangs on "is"
    "She leads in lieu of managing.",
    "Given the choice, I will take a team that is led over one that is managed.",  # "over" after a choice
])
def test_one_side_set_aside_as_the_alternative_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["one-in-place-of-the-other"]


@pytest.mark.parametrize("text", [
    "Managers, instead of leading, hide in spreadsheets.",  # describes managers: unlike forms
    "Rather than managing everything herself, she delegated.",  # the other is no side
    "Put the leaders in charge over the managers for the offsite.",  # "over" with no choice: people over people
    "We need coaches instead of managers who lead.",  # both sides inside the phrase set aside
    "As opposed to managers, tech leads don't have direct reports.",  # compares who does what
    "Instead of managing by spreadsheet, good managers lead by example.",  # managers who lead do both
    "Over-managed, under-led: that was the inspectors' verdict on the ward.",  # "over" hyphened to its side: a balance
    "The school felt over-managed, under-led, and the inspectors said so.",
])
def test_an_alternative_that_is_not_the_other_side_passes(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text", [
    "A mediocre leader will always get more out of people than a brilliant manager.",
    "An average leader gets far more done than an excellent manager.",
])
def test_a_poor_one_of_one_side_put_above_a_fine_one_of_the_other_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["poor-one-above-fine-other"]


@pytest.mark.parametrize("text", [
    "A good manager gets more done than a mediocre leader.",  # the fine one above the poor one
    "Leaders get more credit than managers.",  # no ratings: a comparison
    "A mediocre leader gets less out of people than a brilliant manager.",  # no: the comparative word is there, but ...
])
def test_comparisons_that_do_not_rank_a_poor_one_first_pass(lint, text):
    assert "poor-one-above-fine-other" not in [p for p, _ in _replacements(lint, text)]


@pytest.mark.parametrize("text,flagged", [
    ("Our startup only hires leaders who never manage.", True),
    ("We don't want leaders who never manage.", False),  # asks for leaders who also manage
    ("Managers who never lead, and leaders who never manage, both fail.", False),  # asks for no one
    ("We need managers who don't lead by fear.", False),  # a way of leading refused
])
def test_people_asked_for_on_condition_they_never_do_the_other(lint, text, flagged):
    assert ("asked-for-without-the-other" in [p for p, _ in _replacements(lint, text)]) is flagged


@pytest.mark.parametrize("text", [
    "The project is led by volunteers, not managed by staff.",  # two doers
    "He manages the warehouse; he doesn't lead the union.",  # one particular person
])
def test_two_doers_or_one_person_say_who_does_what(lint, text):
    assert _replacements(lint, text) == []


def test_doers_that_are_the_sides_tell_nothing_apart(lint):
    assert [m for _, m in _replacements(lint, "Teams want to be led by leaders, not managed by managers.")] != []


@pytest.mark.parametrize("text", [
    "Pros: friendly team. Cons: too much managing and not enough leading from the top.",  # a balance, weighed
    "Most team leads end up managing schedules rather than leading anything.",  # where their time goes
    "She stopped managing the café and started leading hiking tours.",  # a split by object, read through a modifier
    "Good management, or rather leadership, is what the audit asked for.",  # "or rather" renames (LM001's gloss)
])
def test_amounts_descriptions_splits_by_object_and_corrections_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text, flagged", [
    ("Pick: manager or leader. Nobody can be both.", True),  # the refusal in the next sentence
    ("Are you going to be a leader or a manager? Pick one, you can't be both.", True),  # the pair asked as a question
    ("A manager or a leader? You can be both.", False),  # both granted
    ("Choose whether managers or leaders run the retro; both cannot attend on Friday.", False),  # who does a task
])
def test_a_choice_with_both_refused_after_it(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) == flagged


@pytest.mark.parametrize("text,pattern", [
    ("For a new head teacher the challenge isn't how to manage the staff room; it's how to lead it.", "question-is-not-but"),
    ("The real question isn't whether you can manage a team. It's whether you can lead one.", "question-is-not-but"),
    ("If I had to choose between a manager and a leader for the rebuild, I'd choose the leader.", "choice-between-then-picked"),
    ("Between a leader and a manager, hire the leader.", "choice-between-then-picked"),
    ("Our managers must be reinvented as leaders by next spring.", "made-into-the-other"),
    ("Schools need not more managers but more leaders.", "not-one-but-the-other"),
    ("What we need is not management but leadership.", "not-one-but-the-other"),
    ("A school that is led will always outperform a school that is managed.", "led-ones-overtake-managed-ones"),
])
def test_what_is_at_issue_a_choice_and_a_remaking_are_flagged(lint, text, pattern):
    assert [p for p, _ in _replacements(lint, text)] == [pattern]


@pytest.mark.parametrize("text", [
    "The question is not how to manage the budget but how to lead the expansion project.",  # a split by object
    "The question is how to manage your people and how to lead them.",  # nothing denied
    "The gap between managers and leaders is smaller than you think; hire the manager who listens.",  # no choice
    "Between managing and leading, she picks managing on Mondays and leading on Fridays.",  # both picked
    "Our managers were promoted into leadership roles last year.",  # a role
    "We want not just managers but leaders as well.",  # both asked for
    "It was not the manager who spoke up but the team leader.",  # one person, not the other
    "What we need is not management or leadership but money.",  # neither side given
    "Teams that are led by volunteers outperform teams that are managed by staff.",  # who runs them
    "Teams that are led and managed well outperform teams that are neither.",  # both
])
def test_issues_choices_and_roles_that_keep_both_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text,pattern", [
    ("Managers are typewriters. Leaders are laptops.", "relic-then-successor"),  # two copulas, one a relic
    ("Managers belong on the scrapheap, and leaders belong on the shop floor.", "relic-then-successor"),  # a place
    ("Managing is a floppy disk. Leading is the cloud.", "relic-then-successor"),  # the relic as a modifier
    ("A foreman who leads is worth more to a crew than a whole office of managers.", "worth-more-than-other"),
    ("An editor who leads is better for a newsroom than ten managers.", "worth-more-than-other"),  # a count
    ("One teacher who can lead is more valuable to a school than any amount of management.", "worth-more-than-other"),
])
def test_a_side_left_behind_or_outweighed_is_flagged(lint, text, pattern):
    assert [p for p, _ in _replacements(lint, text)] == [pattern]


@pytest.mark.parametrize("text", [
    "Managers are dinosaurs. Leaders are dinosaurs too.",  # both relics
    "Management belongs in every plant. Leadership belongs in every plant too.",  # neither
    "The manager is in a museum today. The leader is at the office.",  # where two people are
    "A manager who also leads is worth more than ten managers who don't.",  # both in one person
    "A nurse who leads is worth as much as a good manager.",  # no more, no less
    "A nurse who leads spends more time on the ward than most managers.",  # what she does, not her worth
    "The nurse who now leads the ward is worth more to us than the manager she replaced.",  # one person after another
    "Leaders are better at vision than managers.",  # one skill weighed
])
def test_relics_and_weighings_that_keep_both_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text,flagged", [
    ("Management is a luxury; what a field hospital needs is leadership.", True),  # "needs" read as a noun
    ("Managers are a luxury. What a small charity needs is leaders.", True),  # over two sentences
    ("Leadership is a luxury; management is a luxury too.", False),  # both
    ("Bosses are a luxury; what a startup needs is leadership.", False),  # not a family word
    ("Leadership is a luxury only in theory; what a startup needs is management and leadership alike.", False),  # both needed
])
def test_one_side_a_luxury_and_the_other_needed(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Managers count heads. Leaders win hearts. This course turns you from the first into the second.", True),
    ("Management keeps the books. Leadership writes the story. I know which one I'm choosing.", True),
    ("Managers plan the work. Leaders set the course. Good teams need both.", False),
    ("Our manager booked the venue. The team leader ran the offsite. I thanked the first and the second.", False),
])
def test_a_pair_then_one_picked_in_the_next_sentence(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("Leadership is in, management is out.", True),  # verdicts in the other order
    ("Leaders are in; managers are out.", True),
    ("Leadership is in the room, management is out on the floor.", False),  # places
])
def test_in_then_out(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("No, you need fewer managers and more people who can lead.", True),  # the people asked for stand for their act
    ("Our hospital needs more people who lead and fewer managers.", True),
    ("Fewer people who manage reported burnout, and more leaders joined the survey.", False),  # who did what, counted
    ("We hired fewer managers this year and more engineers who lead projects.", False),
])
def test_more_people_who_do_one_side_and_fewer_of_the_other(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,pattern", [
    ("Leader or manager: a bishop has to choose. I chose leader.", "or-choice-then-picked"),  # the pick a sentence on
    ("Manager or leader? We picked leaders, and it shows.", "or-choice-then-picked"),
    ("Should the parish be led or managed? The council voted, and it chose to be led.", "or-choice-then-picked"),
    ("My old headmistress believed that a school could be led or managed but never both.", "choice-then-both-refused"),
    ("Charities that are led grow; charities that are merely managed shrink.", "thriving-ones-and-failing-ones"),
    ("A head who leads keeps her staff; one who manages loses them by Easter.", "thriving-ones-and-failing-ones"),
    ("Clubs that get managed drift; clubs that get led thrive.", "failing-ones-and-thriving-ones"),
])
def test_a_choice_made_and_opposite_fortunes_are_flagged(lint, text, pattern):
    assert pattern in [p for p, _ in _replacements(lint, text)]


@pytest.mark.parametrize("text", [
    "Manager or leader? If we had picked leaders, the budget would have suffered.",  # a supposition picks nothing
    "Manager or leader? I never chose leadership; it chose me.",  # a denied pick
    "Do you want a manager or a leader? I picked a leader who also manages well.",  # the one picked does both
    "Leader or manager, the charity needs both, and the trustees picked both.",
    "Teams that are led and managed well grow; teams that are neither shrink.",  # both on one group
    "The director who manages the budget lost money; the director who leads the cast won an award.",  # two people
    "If a ward that is managed fails, does a ward that is led survive?",
])
def test_picks_and_fortunes_that_keep_both_or_tell_people_apart_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text,flagged", [
    ("A sister who leads is worth a whole corridor of managers.", True),  # a measure of the other side
    ("In my experience one real leader is worth ten managers on any film set.", True),
    ("Leadership in a parish is worth any number of managers.", True),
    ("A manager who leads is worth a dozen managers who don't.", False),  # the person is of the other family
    ("Leadership training is worth every manager's time.", False),  # the price is time
    ("A leader is worth nothing without good managers beside her.", False),
])
def test_a_side_priced_at_a_count_of_the_other(lint, text, flagged):
    assert bool(_replacements(lint, text)) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("Management by spreadsheet has had its day in the force; officers want leadership on the beat.", True),
    ("Managers are history across the civil service; leaders are what the ministries need.", True),
    ("Management is over a century old, and leadership is older still.", False),  # a measure, not a verdict
    ("Management was done in the old way at the club, and leadership was shared.", False),  # done somewhere
    ("Managers are past their best in August; leaders rest them in September.", False),
])
def test_a_verdict_of_obsolescence_may_close_with_where_it_holds(lint, text, flagged):
    assert any(f.code == "LM002" for f in lint(text)) == flagged
