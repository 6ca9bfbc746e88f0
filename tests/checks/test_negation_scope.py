"""negation-flip reads a negation by its scope, not by one more sentence pattern: a negated expectation passes to what
is expected ("are not expected to be affected" denies "would be affected"); the same verb of two different objects
("does not expect a quick recovery" / "expects punctuality to stay level") is no flip; a noun before its auxiliary
("no new hospital transports had been reported") is no verb; a copula's "not" is read past a connective adverb ("was
therefore not broad-based"); "did not find evidence that P" denies "found that P"; "built without any state subsidy"
denies "received state subsidies"; a complement restated the other way in a counterpart that is not the rewrite
sentence's best match is a flip."""

from __future__ import annotations

import pytest
from _run import rewrite_findings

_BEFORE = "The regional council met in Harwick on Tuesday to review its spending plans for the coming year. "
_AFTER = " The council will publish the full minutes of the meeting on its website next week."


def _flags(source: str, rewrite: str) -> bool:
    found = rewrite_findings("negation-flip", _BEFORE + source + _AFTER, _BEFORE + rewrite + _AFTER, 1)
    return any(rewrite in e.text for f in found for e in f.evidence)


# a negated expectation (or "unlikely to") denies what is expected: the rewrite keeps the source's negation
_RAISED_KEPT = [
    (
        "Ferry services to the islands would not be affected by the strike, the operator said.",
        "Ferry services to the islands are not expected to be affected by the strike, the operator said.",
    ),
    (
        "The museum will not close during the renovation of its east wing.",
        "The museum is not expected to close during the renovation of its east wing.",
    ),
    (
        "Officials said the two rangers had not left the valley before the storm arrived.",
        "Officials said the two rangers were not thought to have left the valley before the storm arrived.",
    ),
    (
        "The ruling will not change the way schools in the county admit pupils.",
        "The ruling is unlikely to change the way schools in the county admit pupils.",
    ),
    (
        "Water bills for households in the district will not rise next April, the regulator said.",
        "Water bills for households in the district are not set to rise next April, the regulator said.",
    ),
    (
        "No flights from the northern runway will be cancelled during the resurfacing work.",
        "No flights from the northern runway are expected to be cancelled during the resurfacing work.",
    ),
]

_RAISED_KEPT += [
    (
        "Analysts said the storm was unlikely on its own to push wheat prices much higher.",
        "Analysts say the storm is unlikely to push wheat prices much higher.",
    ),
    (
        "The harbour road was closed and police said it was unlikely to reopen before Friday.",
        "The harbour road reopened on Friday morning after police cleared the debris.",
    ),
]

# the expectation denied where the source affirms the act: a flip
_RAISED_FLIPPED = [
    (
        "Ferry services to the islands would be affected by the strike, the operator said.",
        "Ferry services to the islands are not expected to be affected by the strike, the operator said.",
    ),
    (
        "The museum will close during the renovation of its east wing.",
        "The museum is not expected to close during the renovation of its east wing.",
    ),
    (
        "The ruling will change the way schools in the county admit pupils.",
        "The ruling is unlikely to change the way schools in the county admit pupils.",
    ),
    (
        "Water bills for households in the district will rise next April, the regulator said.",
        "Water bills for households in the district are not set to rise next April, the regulator said.",
    ),
    (
        "The new timetable will reduce waiting times at the main clinic, managers said.",
        "The new timetable is not likely to reduce waiting times at the main clinic, managers said.",
    ),
    (
        "The tunnel repairs will delay the reopening of the coastal line until spring.",
        "The tunnel repairs are not expected to delay the reopening of the coastal line until spring.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _RAISED_KEPT)
def test_a_negated_expectation_keeps_the_negation(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _RAISED_FLIPPED)
def test_a_negated_expectation_of_an_affirmed_act_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


# one verb, two objects that share no word: no polarity to compare
_OTHER_OBJECTS = [
    (
        "The operator expects passenger numbers in March to stay close to February's level.",
        "The operator does not expect a swift rebound, saying March numbers will look much like February's.",
    ),
    (
        "The club signed a young striker from the academy before the deadline.",
        "The club did not sign the experienced goalkeeper before the deadline, and a young striker joined.",
    ),
    (
        "Inspectors approved the revised fire plan for the tower block on Friday.",
        "Inspectors did not approve the new cladding for the tower block, though the fire plan was revised.",
    ),
    (
        "The board accepted the auditor's recommendations on procurement.",
        "The board did not accept the union's pay offer, and the auditor's recommendations were noted.",
    ),
    (
        "The farm received heavy rain in the first week of June.",
        "The farm did not receive its subsidy payment in the first week of June.",
    ),
    (
        "Police recovered the stolen van near the harbour on Sunday.",
        "Police have not recovered the jewellery taken from the shop near the harbour.",
    ),
]

# the same object: a flip (a figure written another way, or a clause after a verb of belief, is no other object)
_SAME_OBJECT = [
    (
        "Members did not approve the proposed 3 per cent levy on hotel rooms.",
        "Members approved a three per cent levy on hotel rooms.",
    ),
    (
        "Detectives do not believe the fire is connected to the burglary on Mill Lane.",
        "Detectives believe the blaze is connected to the burglary on Mill Lane.",
    ),
    (
        "The operator expects a swift rebound in passenger numbers in March.",
        "The operator does not expect a swift rebound in passenger numbers in March.",
    ),
    (
        "The club did not sign the experienced goalkeeper before the deadline.",
        "The club signed the experienced goalkeeper before the deadline.",
    ),
    (
        "Inspectors did not approve the revised fire plan for the tower block on Friday.",
        "Inspectors approved the revised fire plan for the tower block on Friday.",
    ),
    (
        "Investigators have not ruled out sabotage at the pumping station.",
        "Investigators have ruled out sabotage at the pumping station.",
    ),
    (
        "The farm did not receive its subsidy payment in the first week of June.",
        "The farm received its subsidy payment in the first week of June.",
    ),
    (
        "Police have recovered the jewellery taken from the shop near the harbour.",
        "Police have not recovered the jewellery taken from the shop near the harbour.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _OTHER_OBJECTS)
def test_one_verb_of_two_objects_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _SAME_OBJECT)
def test_one_verb_of_one_object_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


# a noun before its auxiliary is the subject's head, no verb: nothing to compare with the source's verb
_SUBJECT_NOUNS = [
    (
        "Paramedics had transported three people to hospital with smoke inhalation on Sunday.",
        "No further hospital transports had been recorded since the three on Sunday, the fire service said.",
    ),
    (
        "The council plans to close two libraries in the north of the town.",
        "No new council plans were published at the meeting on library closures in the north of the town.",
    ),
    (
        "Volunteers repaired the fence around the nature reserve in May.",
        "No fence repairs have been carried out at the nature reserve since May.",
    ),
    (
        "Engineers tested the alarms in every block of the estate last year.",
        "No alarm tests were logged in the blocks of the estate this year.",
    ),
    (
        "The trust cut its waiting lists for hip surgery in the spring.",
        "No waiting-list cuts were reported for hip surgery after the spring.",
    ),
    (
        "The agency reviewed the permits issued to the quarry in 2024.",
        "No permit reviews were requested for the quarry after 2024.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _SUBJECT_NOUNS)
def test_a_noun_before_its_auxiliary_is_no_verb(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


# a connective adverb between a copula and its "not": the negation is read
_CONNECTIVE_FLIPPED = [
    ("The rise in rents was therefore not broad-based.", "The rise in rents was broad-based, the agency said."),
    ("The scheme is thus not compulsory for smaller firms.", "The scheme is compulsory for smaller firms."),
    (
        "The result was hence not significant at the five per cent level.",
        "The result was significant at the five per cent level.",
    ),
    ("The bridge is consequently not safe for heavy lorries.", "The bridge is safe for heavy lorries, engineers said."),
    (
        "The tenants were accordingly not liable for the roof repairs, the tribunal ruled.",
        "The tenants were liable for the roof repairs.",
    ),
    ("The fall in prices was nevertheless not permanent.", "The fall in prices was permanent, the survey found."),
]
_CONNECTIVE_KEPT = [
    ("The rise in rents was therefore not broad-based.", "The rise in rents was not broad-based, the agency said."),
    ("The scheme is thus not compulsory for smaller firms.", "The scheme is not compulsory for smaller firms."),
    (
        "The result was hence not significant at the five per cent level.",
        "The result was not significant at the five per cent level.",
    ),
    (
        "The bridge is consequently not safe for heavy lorries.",
        "The bridge is not safe for heavy lorries, engineers said.",
    ),
    (
        "The tenants were accordingly liable for the roof repairs, the tribunal ruled.",
        "The tenants were liable for the roof repairs.",
    ),
    ("The fall in prices was therefore permanent.", "The fall in prices was permanent, the survey found."),
]


@pytest.mark.parametrize(("source", "rewrite"), _CONNECTIVE_FLIPPED)
def test_a_copula_negated_past_a_connective_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _CONNECTIVE_KEPT)
def test_a_connective_kept_or_dropped_with_its_negation_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


# "did not find evidence that P" denies the finding "found that P"
_EVIDENCE_FLIPPED = [
    (
        "The inquiry did not find evidence that the directors had known about the leak.",
        "The inquiry found that the directors had known about the leak.",
    ),
    (
        "Auditors found no proof that the grant had been misspent.",
        "Auditors found that the grant had been misspent.",
    ),
    (
        "The panel did not find any indication that the referee had been biased.",
        "The panel found that the referee had been biased.",
    ),
    (
        "The inquiry found that the directors had known about the leak.",
        "The inquiry did not find evidence that the directors had known about the leak.",
    ),
    (
        "Scientists found no sign that the virus had spread to the second farm.",
        "Scientists found that the virus had spread to the second farm.",
    ),
    (
        "The watchdog did not find evidence that the prices had been fixed.",
        "The watchdog found that the prices had been fixed, it said on Monday.",
    ),
]
_EVIDENCE_KEPT = [
    (
        "The inquiry did not find evidence that the directors had known about the leak.",
        "The inquiry found no evidence that the directors had known about the leak.",
    ),
    (
        "Auditors found no proof that the grant had been misspent.",
        "Auditors did not find proof that the grant had been misspent.",
    ),
    (
        "The panel found evidence that the referee had been biased.",
        "The panel found that the referee had been biased.",
    ),
    (
        "The inquiry found that the directors had known about the leak.",
        "The inquiry found evidence that the directors had known about the leak.",
    ),
    (
        "Scientists found no sign that the virus had spread to the second farm.",
        "Scientists did not find any sign that the virus had spread to the second farm.",
    ),
    (
        "The watchdog did not find evidence that the prices had been fixed.",
        "The watchdog found no evidence that the prices had been fixed, it said on Monday.",
    ),
]


@pytest.mark.parametrize(("source", "rewrite"), _EVIDENCE_FLIPPED)
def test_a_finding_denied_by_its_evidence_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _EVIDENCE_KEPT)
def test_a_finding_kept_with_or_without_its_evidence_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


# "without (any) X" denies getting X
_WITHOUT_FLIPPED = [
    ("The stadium was rebuilt without any public funding.", "The stadium received public funding for the rebuild."),
    ("The charity ran the shelter without a council grant.", "The charity got a council grant to run the shelter."),
    ("The team finished the season without a major trophy.", "The team won a major trophy at the end of the season."),
    ("The school reopened without any extra staff.", "The school obtained extra staff when it reopened."),
    ("The stadium received public funding for the rebuild.", "The stadium was rebuilt without any public funding."),
    ("The archive was digitised without any lottery money.", "The archive received lottery money to be digitised."),
]
_WITHOUT_KEPT = [
    (
        "The stadium was rebuilt without any public funding.",
        "The stadium did not receive public funding for the rebuild.",
    ),
    ("The charity ran the shelter without a council grant.", "The charity got a private donation to run the shelter."),
    ("The team finished the season without a single trophy.", "The team did not win a trophy all season."),
    ("The school reopened without consulting parents.", "The school obtained extra staff when it reopened."),
    ("The stadium received public funding for the rebuild.", "The stadium was rebuilt with public funding."),
    ("The archive was digitised without any lottery money.", "The archive was digitised without lottery money."),
]


@pytest.mark.parametrize(("source", "rewrite"), _WITHOUT_FLIPPED)
def test_getting_what_the_source_went_without_is_a_flip(source: str, rewrite: str) -> None:
    assert _flags(source, rewrite)


@pytest.mark.parametrize(("source", "rewrite"), _WITHOUT_KEPT)
def test_going_without_restated_or_another_thing_got_is_no_flip(source: str, rewrite: str) -> None:
    assert not _flags(source, rewrite)


def _flags_doc(source: str, rewrite: str, sentence: str) -> bool:
    found = rewrite_findings("negation-flip", source, rewrite, 1)
    return any(sentence in e.text for f in found for e in f.evidence)


_COMMON = (
    "Season tickets will rise by less than day returns, and the railcard discount stays at a third. "
    "The changes take effect on the first Sunday of April, when the summer timetable begins. "
    "The transport secretary set out the new rail fares for the coming year at Holyrood on Wednesday. "
)
# the speaker's line is the rewrite sentence's best match; the claim is in the quotation after it
_SPEAKER_SOURCE = (
    _COMMON + "\n\nIn a change that will anger commuters, Mr Hale, the transport secretary, said:\n\n"
    '"{claim} Fares on most routes will rise by 3.5% from April, below the rate of inflation."'
)
_SPEAKER_REWRITE = (
    _COMMON + "In a change that will anger commuters, Mr Hale, the transport secretary, said that {said}."
)

# the complement the other way in a counterpart, the subject alike: a flip
_COUNTERPART_FLIPPED = [
    (
        "Peak fares, which were permanently removed in September 2024, will not be reintroduced.",
        "peak fares will be reintroduced",
    ),
    (
        "Concession cards for students aged over eighteen will not be available next year.",
        "concession cards for students will be available",
    ),
    (
        "Weekend railcards bought before the change in the rules will be refundable in full.",
        "weekend railcards will not be refundable",
    ),
    (
        "Seat reservations on the busiest trains to the north will not be compulsory.",
        "seat reservations will be compulsory",
    ),
    (
        "Travel for carers accompanying a disabled passenger will be free of charge.",
        "travel for carers will not be free",
    ),
    (
        "Sleeper berths on the Highland line, withdrawn during the pandemic, will not be restored.",
        "sleeper berths will be restored",
    ),
]
# another subject with the same complement: no flip
_COUNTERPART_KEPT = [
    (
        "Peak fares, which were permanently removed in September 2024, will not be reintroduced.",
        "off-peak discounts will be reintroduced",
    ),
    (
        "Concession cards for students aged over eighteen will not be available next year.",
        "a new weekly pass will be available",
    ),
    (
        "Weekend railcards bought before the change in the rules will be refundable in full.",
        "day returns will not be refundable",
    ),
    (
        "Seat reservations on the busiest trains to the north will not be compulsory.",
        "face coverings will be compulsory",
    ),
    (
        "Travel for carers accompanying a disabled passenger will be free of charge.",
        "parking at stations will not be free",
    ),
    (
        "Sleeper berths on the Highland line, withdrawn during the pandemic, will not be restored.",
        "ticket offices will be restored",
    ),
]


@pytest.mark.parametrize(("claim", "said"), _COUNTERPART_FLIPPED)
def test_a_complement_the_other_way_in_a_counterpart_is_a_flip(claim: str, said: str) -> None:
    rewrite = _SPEAKER_REWRITE.format(said=said)
    assert _flags_doc(_SPEAKER_SOURCE.format(claim=claim), rewrite, said)


@pytest.mark.parametrize(("claim", "said"), _COUNTERPART_KEPT)
def test_a_complement_of_another_subject_is_no_flip(claim: str, said: str) -> None:
    rewrite = _SPEAKER_REWRITE.format(said=said)
    assert not _flags_doc(_SPEAKER_SOURCE.format(claim=claim), rewrite, said)
