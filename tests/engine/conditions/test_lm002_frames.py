"""LM002 read as two frames: a word that lets one side go and a word that takes the other up, in any wording."""
from __future__ import annotations

import pytest


def _replacements(lint, text):
    """(pattern id, matched words) of each LM002 finding."""
    return [(f.evidence[0].word, f.matched) for f in lint(text) if f.code == "LM002"]


@pytest.mark.parametrize("text", [
    "Time to retire the word manager and let our people lead.",  # a verb above the side, then "let ... lead"
    "The Death of Management and the Rise of Leadership",  # a headline with no verb
    "We're phasing out managers and bringing in leaders across every department.",  # verbs with their particles
    "I'm done being a manager. From now on I'm going to lead.",  # over two sentences
    "The managerial era has ended and a leadership era has begun.",  # verdicts the sides are the subjects of
    "Our teams don't report to managers anymore; they follow leaders.",  # a negation that ends one side
    "Heads up: hire leaders early and skip the managers entirely.",  # the side taken up comes first
    "We flattened the org chart and swapped all twelve managers for self-appointed team leaders.",  # swap X for Y
    "Good managers are a dime a dozen. Be a leader instead.",  # "instead" puts the second in the first's place
    "You can't manage your way to a great culture; you have to lead your way there.",  # refused, then required
    "Stop trying to be a better manager. Try being a leader.",  # roles after "be", not two people
    "Throw away the management playbook and lead from the heart.",  # the side taken up is the next command
    "Managers shove from behind; leaders walk out front. Pick your spot.",  # a contrast, then a pick
    "Companies don't need more managers. They need people who can lead.",  # the people who lead are asked for
    "We replaced our managers with coaches who lead.",  # swapped for people who lead
    "Don't settle for management when your team deserves leadership.",  # the negation belongs to the first frame
    "The manager era is ending; the leader era is beginning.",  # eras, not two people
    "Managers are being phased out, replaced by leaders.",  # a passive frame, then the agent of "replaced"
    "Managers were fired and leaders were hired.",  # both frames in the passive
    "Outdated: managing people. Current: leading them.",  # labels that give their verdict (slide bullets)
    "Before: management by spreadsheet. After: leadership by example.",
    "No more managing from behind a desk: this year I commit to leading from the front.",  # "more" under a negation
    "Our founders swapped every department manager for a team leader by spring.",  # every post, so the function
    "Our nurses are tired of being managed... they are asking to be led.",  # asking takes a side up
    "The board approved the elimination of managers and the appointment of leaders in their stead.",  # nominalisations
    "We let management walk and appointed leaders instead.",  # the side let go is who departs at the bidding of "let"
    "Swap your managers for coaches who know how to lead.",  # the side taken up is what the people put in know how to do
])
def test_a_swap_is_flagged_whatever_the_words_between(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["dropped-then-taken-up"]


@pytest.mark.parametrize("text", [
    "Learning to lead doesn't mean you stop managing; it means you add a new set of skills.",  # the frame is denied
    "Our management training is over; next week we begin the leadership module.",  # modifiers name things
    "I'm done with management books; time to read some fiction about leadership.",  # the side only describes a thing
    "We fired our manager last year and hired a new team leader in March.",  # one person after another
    "Dana replaced Kofi as shift manager in May and has led the night crew ever since.",  # a named person let go
    "The board dropped Hughes as manager and asked the captain to lead the squad until June.",
    "If managers stop micromanaging, the team leads can take over.",  # a supposition
    "It isn't management's job to lead every project; teams have to lead themselves.",  # both sides in the refused clause
    "We didn't have 'leadership' back then, we had management, and it was the same thing.",  # owning, and an equation
    "Stop hiring managers and start training the ones you have to lead.",  # the side hangs on the people already named
    "The myth that you must choose between leading and managing has done real damage.",  # "done" is not a verdict here
    "Step away from the manager's desk and lead the fire drill.",  # the side owns a thing
    "Managers push, leaders pull. Be the one who can do both.",  # the pick takes both
    "Managers keep the lights on. Leaders decide where to go. Hire for the role you need.",  # the pick is no side
    "Stop hiring managers who can't lead and start hiring people who can.",  # a relative clause describes people
    "We don't need more managers; we need managers who lead.",  # the first side asked for again
    "Managers put their phones aside and leaders take notes.",  # a thing set aside, not the side
    "We cut paperwork, not managers, and asked every manager to spend more time leading.",  # the side is spared
    "Our manager was replaced by an interim leader.",  # one person after another, in the passive
    "New: leadership training. Old: management training.",  # labels on things the sides name
    "Today: leadership workshop. Tomorrow: management review.",  # a schedule
    "We need more managers, and we commit to leading better.",  # "more" with no negation asks for them
    "Let the managers go home early; the leaders will close up.",  # who goes home, not a side let go
    "We let our manager go in May and hired a new team leader.",  # one person after another
    "Our heads learn to lead without dropping any of the managing.",  # the letting go withheld
])
def test_a_frame_that_does_not_swap_the_functions_passes(lint, text):
    assert [p for p, _ in _replacements(lint, text) if p == "dropped-then-taken-up"] == []


@pytest.mark.parametrize("text", [
    "Management was dissolved, with leaders appointed in its stead.",  # set where the other stood
    "A mediocre leader outperforms a flawless manager.",  # overtaking a fine one of the other side
    "Management works; leadership doesn't.",  # a verdict denied by an auxiliary standing for it
])
def test_places_vacated_overtaking_and_elided_verdicts_are_flagged(lint, text):
    assert [f.code for f in lint(text)] == ["LM002"]


@pytest.mark.parametrize("text", [
    "In the culture war at our firm, leadership won and management lost.",  # "won" read as a noun the side modifies
    "Management fades; leadership flourishes.",  # "flourishes" read as a noun
    "As leaders rise, managers fall.",
])
def test_one_side_losing_as_the_other_wins_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["dropped-then-taken-up"]


@pytest.mark.parametrize("text", [
    "Our manager lost the vote and the team leader won it.",  # two people in one contest
    "Management won the contract; leadership of the project goes to Ana.",
    "Management declined to comment, but the team leader was more open.",
    "Management consulting is dying and leadership coaching is booming.",  # compounds that name trades
])
def test_losing_and_winning_that_do_not_swap_the_functions_pass(lint, text):
    assert _replacements(lint, text) == []


@pytest.mark.parametrize("text", [
    "Management had a good run, but it's time we retired it and let leadership do the work.",  # "it" takes the side up
    "Management served us well for decades; now we are retiring it and letting leadership take over.",
])
def test_a_side_let_go_through_a_pronoun_is_flagged(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == ["dropped-then-taken-up"]


@pytest.mark.parametrize("text", [
    "Management wrote a policy, but we scrapped it and let leadership decide.",  # "it" may be the policy
    "Bureaucracy had a good run; it's time we retired it and let leaders do the work.",  # no side let go
    "Management kept the plant running; we kept it and let leadership grow alongside it.",  # nothing let go
    "Managing the budget took all year, so we dropped it and let the team lead the launch.",  # a person leads
])
def test_a_pronoun_that_need_not_mean_the_side_passes(lint, text):
    assert [p for p, _ in _replacements(lint, text)] == []


@pytest.mark.parametrize("text,flagged", [
    ("Our parish council has laid management to rest; from Advent on, it will simply lead.", True),  # "it" is the council
    ("The co-op has scrapped management, and from January it will lead by consensus.", True),
    ("We have retired management jargon; we will lead with plain words.", False),  # jargon let go
    ("We haven't laid management to rest; we will lead and manage.", False),  # the letting go denied
    ("If we lay management to rest, will we lead better?", False),  # a supposition and a question
])
def test_whoever_lets_one_side_go_and_will_do_the_other(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("You're managing your volunteers. Go lead them.", True),  # what the reader does, then the errand of "go"
    ("Right now you are managing a roster, and your players want to be led.", True),  # then wanted, in a clause joined on
    ("You're managing people who need to be led.", False),  # the people described, not a side required
    ("Go lead the standup; I'll keep managing the release.", False),  # a command with nothing described before it
])
def test_what_the_reader_does_then_the_other_required(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("A manager keeps the lights on; a leader makes them worth keeping on, and I know which of the two I'd hire.", True),
    ("Leadership opens doors. Management guards them. Guess which one we're hiring for.", True),
    ("Managers set budgets; leaders set direction, which is what makes the pair work.", False),  # "which" picks nothing
    ("Managers keep score; leaders call plays. Which one matters depends on the week.", False),
])
def test_a_contrast_then_a_pick_asked_as_which(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("After the merger Priya stopped managing the claims team altogether and led it.", True),  # the next act, joined on
    ("Halfway through the project I gave up managing altogether so that I could finally lead.", True),  # what it was for
    ("He stopped managing the payroll team in 2019 and led the audit group after that.", False),  # split by object
    ("We rewrote the rota so that our managers could lead more often.", False),  # nothing let go
])
def test_the_other_side_done_next_or_as_the_purpose_of_letting_go(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("LEADERSHIP KILLED MANAGEMENT AND NOBODY WENT TO THE FUNERAL", True),  # the side that ends the other
    ("In the end, leadership buried management, and the staff survey shows it.", True),
    ("The leaders fired the manager on Friday.", False),  # people
    ("Leadership killed the management proposal in committee.", False),  # a thing the side names
    ("Management dropped leadership from the agenda.", False),  # a group at work, nothing ended for good
])
def test_one_side_as_what_ended_the_other(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("I always thought leading meant giving up managing.", True),  # what doing one side takes: letting the other go
    ("Real leadership means you stop managing.", True),
    ("Growing as a leader involves letting go of managing.", True),
    ("Leadership demands that you quit managing and start trusting.", True),
    ("Becoming a leader means losing your manager, which stings.", False),  # a person, not the function
    ("Leading means letting managers decide.", False),  # letting is not letting go
    ("Being a manager means abandoning some leadership ideals, she admits.", False),  # a thing named after the function
    ("However, leadership requires a different skill set: budgeting and risk management.", False),  # a noun, no verb
    ("Leading doesn't mean giving up managing.", False),
])
def test_one_side_said_to_entail_letting_the_other_go(lint, text, flagged):
    assert bool(_replacements(lint, text)) is flagged


@pytest.mark.parametrize("text", [
    "Case 4 shows how a hospital dismantled its management layer and let leadership emerge on the wards.",
    "We spent years building a management layer. Now we're dismantling it so that leaders can grow in the teams.",
])
def test_a_management_layer_let_go_is_the_function(lint, text):
    assert _replacements(lint, text)
