"""percent-of: a share "X …, about Z of the ⟨whole⟩" whose whole is a total written elsewhere in the document (before
or after the share) under the same or a related noun, pinned with hand-written sentences (none from bench/):

- the whole is named by the noun after it ("4,271 valid votes"), the noun it is "of" ("a crowd of 8,200"), a label
  ("Attendance: 8,200"), a subject before a verb of amount ("The stadium will hold 32,000") or a collective it makes
  up ("640 buses in the fleet"); a related noun names it too (attendance / crowd / gate, respondents / responses /
  replies, vote / poll / ballots), and the share's modifiers must be written with it ("the valid vote"); a whole
  after the share only with a modifier or as a label; the whole of "Of N …" is named by the doer of its verb too
  ("Of the 900 people who applied …, … of applicants");
- "the total" is the one total of the part's own things ("Overseas visitors numbered 90,000, nearly half of the
  total" after "250,000 visitors"), or of the things the modifier names ("the theft total");
- silent when the named amounts are of more than one value, of another period or an average, of another magnitude or
  currency, or not written with the share's modifier; a threshold ("below the 80 tonnes expected") is never the part;
- a run-in heading in bold before "Of N …," leaves the sentence opening with its whole.
"""

from __future__ import annotations

import pytest
from _run import default_rule, fails, run

CROWD = "A crowd of 8,200 watched the final at Ashgrove Park on Saturday."


@pytest.mark.parametrize(
    "text",
    [
        # sport: the attendance named as a crowd in the sentence before
        f"{CROWD} Visiting fans numbered 2,050, more than 40 per cent of the attendance.",
        # sport: the attendance as a label at the foot of the report, after the share
        "Visiting fans numbered 2,050, more than 40 per cent of the attendance, and they sang throughout.\n\n"
        "Referee: Ann Moss.\n\nAttendance: 8,200.",
        # elections: the valid vote stated after the share, with its modifier
        "Ms Ortega won 3,960 votes, about 45% of the valid vote. Mr Hale took 2,100 votes. "
        "The six candidates shared 11,200 valid votes between them.",
        # a survey: respondents named by its responses
        "The survey drew 1,450 responses from members across the region.\n\n"
        "Costs were the main worry: 620 members said bills had doubled, roughly two-thirds of respondents.",
        # public finance: a sum of money named by the noun after its magnitude
        "The trust set a £96m budget for the year. Agency staff cost £18m, more than a third of the budget, the "
        "report said.",
        # transport: a collective the whole makes up
        "The operator runs 640 buses in the fleet across its depots. Just 96 are electric, a quarter of the fleet.",
        # tourism: the total of the part's own things, named by its subject
        "The museum counted 250,000 visitors. Overseas visitors numbered 90,000, nearly half of the total.",
        # crime: the total of the things the modifier names
        "Police logged 5,100 thefts in the city last year, the report says.\n\nBurglaries fell again.\n\n"
        "Bicycle thefts reached 1,300 — about 40 per cent of the theft total.",
        # a stadium's size: a subject before a verb of amount
        "The new stadium will hold 32,000. Some 4,000 seats, a fifth of the stadium, will be in the family stand.",
        # the whole of "Of N …" named by the doer of its verb
        "Of the 900 people who applied for the scheme, 270 were accepted — about half of applicants.",
        # a run-in bold heading before "Of N …,"
        "- **Most schools improved.** Of 60 schools inspected, 42 moved up a grade — more than 80%.",
    ],
)
def test_a_share_of_a_whole_named_elsewhere_is_checked(text: str) -> None:
    assert fails("percent-of", text)


@pytest.mark.parametrize(
    "text",
    [
        # the right share
        f"{CROWD} Visiting fans numbered 2,050, about a quarter of the attendance.",
        # two attendances: which one is meant is not said
        f"{CROWD} The semi-final drew a crowd of 6,100. Visiting fans numbered 2,050, more than 40 per cent of the "
        "attendance.",
        # a whole of another period
        "Last season's average crowd of 5,000 was a club record. Visiting fans numbered 2,050, more than half of "
        "the attendance.",
        # no amount written with the share's modifier
        "Ms Ortega won 3,960 votes, about 45% of the valid vote. Mr Hale took 8,800 votes.",
        # members are no respondents
        "Costs were the main worry: 620 members said bills had doubled, roughly two-thirds of respondents. The union "
        "has 1,450 members.",
        # another magnitude
        "The trust set a £1.2bn budget. Agency staff cost £18m, more than a third of the budget.",
        # the part counts nothing the total names
        "The museum counted 250,000 visitors. It raised 90,000, nearly half of the total.",
        # a threshold is no part: 120 of 400 is 30%
        "Of the 400 growers surveyed, 120 reported yields below the 80 tonnes expected — about 30 per cent of "
        "those surveyed.",
        # a group the whole of "Of N …" does not name
        "Of the 900 people who applied for the scheme, 270 were accepted — about half of households.",
        # the heading's share is right
        "- **Most schools improved.** Of 60 schools inspected, 42 moved up a grade — 70%.",
    ],
)
def test_a_share_of_a_whole_named_elsewhere_stays_silent_when_unsure_or_right(text: str) -> None:
    assert not fails("percent-of", text)


def test_the_message_says_which_sentence_gave_the_whole() -> None:
    text = (
        "Ms Ortega won 3,960 votes, about 45% of the valid vote. Mr Hale took 2,100 votes. "
        "The six candidates shared 11,200 valid votes between them."
    )
    messages = [f.message for f in run(default_rule("percent-of"), text).findings]
    assert messages == ["3,960 of 11,200 (the valid vote, 2 sentences after) is 35.36%, not about 45%"]
