"""hedge_dropped: the source attributes or hedges a claim and the rewrite states it as plain fact.

What it flags: a source sentence with an attribution ("police said", "according to X"), a hedge ("reportedly",
"allegedly", "could", "may") or a verification caveat ("could not be independently verified", in the sentence or
the next one) whose restatement in the rewrite has none of these (nor a quotation, nor a caveat in its next
sentence).
Why it matters: dropping "police said" or "allegedly" turns a claim into the outlet's own assertion.
Flags: source "The suspect fled the country, police said." rewrite "The suspect fled the country."
Passes: source "The suspect fled the country, police said." rewrite "According to police, the suspect fled the
country."
Each qualifier of the source sentence is weighed on its own, and must bear on what the rewrite restates: a hedge
on a verb (a modal "could", "appeared to", "is expected to", "allegedly received") qualifies its clause, another
hedge the words from it to the next comma or semicolon ("…amid revelations of possibly fraudulent deals" does not
hedge the sentence's arrest), a caveat ("a claim that could not be independently verified") the whole sentence, an
attribution that frames the sentence or closes a clause after a comma ("…, according to two officials who …", "…,
the researchers said, although …") that clause, and one in mid-sentence what follows it ("…, saying the deal would
raise prices"); the stretch must hold at least two of the content words the rewrite shares with the source
sentence, and half of them. A hedge on a verb qualifies its predicate, the words from it to its clause's end: when the
rewrite restates none of them ("faulty pumps that could cause engines to stall" → "its recall of faulty pumps";
"report … on whether later models might be affected" → "report on the root cause"), it dropped no hedge.
A hedge is kept by a hedge of the rewrite in the clause that restates the hedged one (not "Power cuts are likely, and
some villages will be cut off" for "some villages could be cut off": the second clause is a flat claim), and so is
an estimate's ("are probable", "should"); "reportedly"/"allegedly" also by an attribution. An attribution is kept
by the rewrite's own ("According to police", "…, said board chair X", "The rise, announced by the ministry, …",
"…, which said …", "A report by Forbes found that …", "…, a study has found",
"…, figures showed on Monday"), by an attribution to the same source in the rewrite's previous or next sentence
(wire copy attributes a run of sentences once; "…, the supplier said" after the supplier's name counts, and so does
"…, the company has said" after a sentence whose subject names the body the source cites by its common noun speaking
of itself: "The automaker said it had received …" → "Kurosawa has received … . …, the company has said"; a source
is matched by its name or its head noun: "the prefecture said", "according to the Savoie prefecture"), for an
announcement or report ("Holt announced that she …") when it names the announcer, when the rewrite opens with the
cited speaker as the subject of a verb of speaking, judging or deciding ("Boss X ruled out …", "The minister denied
…", "Analysts likened it to …", "The coroner put the toll at …"), and for a self-report ("Police said they were
investigating …", "Norvik estimates its cost …") when it names the reporter.
A rewrite sentence that merges two adjacent source sentences (its two best matches, each scoring at least the
restating threshold, and together a better match than either) is also weighed against both, scored with their
merged vector, for hedges only ("…touched down at 4:15. It may have hydroplaned on ice, investigators said." →
"It hydroplaned on ice as it touched down at 4.15"): merged facts are often attributed once, elsewhere. So is one
whose two best matches are adjacent source sentences that each hedge with a modal ("pill may lower risk", "could
reduce the risk …") and that together it restates (at least the restating threshold), however loosely each alone.
So is one that restates its best source sentence (at least the restating threshold) and adds a figure only the adjacent
second-best one gives (at least the support floor), when that one is hedged by a modal and the best is not ("8.2 lakh
cases have been pending … The Department expects … could be reduced by half by March 2029" → "…, now 8.2 lakh, will be
halved by March 2029").
So is one whose two best matches are adjacent source sentences (each at least the support floor, together at least the
restating threshold) of which one forecasts ("is expected to close", "is on course to claim") when it says "will": a
forecast merged with a fact is stated as a certain future ("… will close in March"). A restatement scoring below
min_score (but at least the restating threshold) is weighed too, for hedges only, when it states a cause where its
source sentence hedges with a modal ("may have reduced the abundance of sandeels" → "Warmer seas have cut the supply of
sandeels, driving the decline"), or when it repeats a figure (not a
year) that a source hedge on what will or could be governs ("could be 54% below 1990 levels …, if …" → "will be 54%
below 1990 levels, the Commission says"): a hedged figure restated is the hedged claim, however loosely the rest is
paraphrased. So is one scoring only the support floor that says "will" and repeats a decimal figure, or a figure and
the year, such a hedge governs ("could reach around 90% of homes by 2030" → "will reach 90% of homes by 2030"; "the
Ministry projects that exports could reach 29.5 million tonnes, provided …" → "Exports will climb to
29.5 million tonnes this year."). Such a hedged figure is also taken from a counterpart that scores less than the
best match when the best gives no such figure. A rewrite sentence that says "will" on the verb its best source
sentence (at least the support floor) hedges with "could", "may" or "might", the words after it alike ("could become
an important option" → "will become an important option"), is weighed too, for hedges only. An estimate of the future
("the study estimates the scheme would generate 85 trips") and a projection from a trend ("is on course to", "on
track for") hedge their clause as a forecast does, and so does a change named as possible or forecast ("a possible
further decrease of about 30 cents", "a potential rise in fares").
A rewrite sentence with a clause that says "will" is weighed against its best source sentence (at least the support
floor), for hedges only, when that clause restates what a hedge of the source sentence governs (two of its content
words, and half of those it shares with the source sentence): "NEA projects that weekly case numbers could exceed
1,000 by July if …" → "Weekly infections will pass 1,000 by July, as the hot season …". The clause that says "will"
is the forecast stated as certain, whatever reason the rest of the sentence adds, and bears on the hedge so. A "will"
in quotation marks, under a condition or proviso ("if", "unless", "provided", "subject to") or after a verb of hoping
or forecasting ("The board hopes the work will be finished") states no certain future.
A rewrite sentence that restates its best source sentence (at least ``min_score``) and adds two content words only
an adjacent source sentence gives that alleges ("The indictment alleges they accepted payments from the same network
of inmates" next to "… were indicted in June") is weighed against that sentence, attributions too: an allegation
merged into a fact is stated as fact, however loosely paraphrased. An allegation is kept by the rewrite's own
accusation or charge ("officers accused of taking cash").
A caveat the source gives in the next sentence is kept when the rewrite's next sentence restates that sentence: the
caveat is still beside the claim, and is weighed against its own sentence's restatement. A breakdown whose parts add up
to a total that another sentence of the rewrite attributes to the same source ("killed at least nine people, officials
said" … "The dead included four …, three … and two …") keeps the attribution.
A forecast someone makes ("Most economists expect the bank to cut rates in February") is a hedge on what it
forecasts; it is kept by "is seen" ("Unemployment is seen peaking at 9%", "growth is seen at 2%"; not the past "was
seen leaving", a sighting) and by the forecaster's own word about the future ("The group expects rates to soften" →
"Group warns rates will soften", "the company warned that rates would soften"; not the past, not a plain "said",
nor another's word). A rewrite that restates a claim as someone's intention or hope ("They hope to close the deal …",
"plans to", "aims to", "intends to", "hopes the work will be finished") or under a condition or proviso ("…, if
regulators approve", "…, provided equipment arrives") where its source sentence has no such frame keeps the qualifier
of a source sentence that forecasts or tells of a plan ("they expect it to close", "would close"): both are no fact
(the same words in the source too are no new hedge; "analysts said the bank could cut rates" → "The bank plans to
cut rates" makes a possibility the bank's plan, and is flagged).
A modal of possibility ("could", "may", "might") is kept by a rewrite that states the claim under a condition
anywhere in the sentence, where its source sentence states none ("…, leaving them little to fall back on if this
season also fails"; not "as if", "even if", "asked if"; "could return to profit if rainfall is normal" → "will
return to profit if rainfall is normal" drops the hedge).
An attribution that vouches for what it reports ("…, police confirmed", "the inquiry revealed") does not keep
"allegedly" or "reportedly".
A present hope ("The team hopes to identify two compounds by 2032", "the club hopes he will be available") hedges its
clause as a forecast does: "The team will have two compounds by 2032" states it as certain (not "the hope", "high
hopes", a past "had hoped"); "aims to", "is due to" or the hope itself keep it. A present aim, proposal or attempt
("Tarnwell aims to open a plant by 2030", "the Authority proposes to impose a penalty", "will try to measure")
hedges its clause as a hope does; an intention ("intends to use part of it for …") is the decider's plan, no hedge.
A forecast is kept by a loose schedule ("is expected to issue in mid-October" → "is due around mid-October"), by the
forecaster's approximate figure (a figure of the source sentence after "about", "around", "roughly" in a rewrite
attributed to the source sentence's own attribution: "is forecast at 66.8 million bags, Conab said" → "will harvest
about 66.8 million bags, Conab said"; not the exact figure, nor without the attribution), and by a rewrite published
after its source that reports as done the act of announcing or deciding the hedge forecasts ("ministers are expected to
confirm that the cap will rise" → two days on, "The government has confirmed that the cap will rise": an update; on the
same day, the forecast made fact).
A dropped attribution (not a hedge or caveat) of a routine claim is not reported unless ``routine_severity`` is set
(then with its own message): rewrites routinely restate without "the airport said" or "the commission said" what
the attributed body runs, counts or observes (a closure, delays, turnout, tickets sold), and across fourteen
hand-checked sets 26 of 27 such notes were faithful restatements; a claim someone could dispute stays at the
rule's severity. A claim is disputable when the restated sentence names a cause, motive or blame
("started deliberately", "caused by", "contributed to"), wrongdoing, an allegation or a denial ("vote-buying",
"misled"), deaths or injuries, a military claim ("retook the town", "a raid"), an estimate or a verdict on
fairness (in words of the sentence, not inside a capitalised name: "Killarney" names no killing); a crime named only
as a suspicion or charge ("arrested on suspicion of arson") is not asserted, so it does
not count. A claim the source sentence itself calls disputed ("…, a claim disputed by River Action", "a figure the
union rejects", "figures that objectors say are inflated", "a date residents call unrealistic"), or attributes with
a verb of allegation ("Prosecutors allege that …", "the union claimed", "The developer, Halcyon Digital, claims …")
or to an unnamed source ("according to people familiar with the talks", "two diplomats briefed on …"), is
disputable whatever it says.
A settled tally is routine although it counts deaths: a death count for a completed past period ("26 people died in
avalanches last winter", "in 2024" before the year of publication), with nothing else disputable, that the source
attributes to a body keeping statistics (an association, agency, institute, office, bureau, "official figures").
Parameters: min_score (alignment score a sentence pair needs, default 0.4), routine_severity (default null: not
reported; info or warning reports routine claims too).
A "may" that grants a restricted permission ("Lawns may be watered only on one day a week", "may only park in marked
bays") is no hedge; a "may not" restated as a ban ("may not hold office" → "is barred from holding office",
"cannot hold office") is kept. An accusation ("X is accused of setting the fire", "was suspected of") hedges its
clause; it is kept by the rewrite's own accusation or charge ("was charged with setting") or by an attribution. An
amount given as estimated ("an estimated $1.1 million") keeps a hedge or an estimate's attribution, and so does one
someone puts at a figure ("The Commission puts the savings at about €600m"); a forecast ("is expected to create 2,100
jobs") is kept by a present report of what would be ("says the new lines would create 2,100 jobs"). A noun's amount of
two words is forecast too ("forecasts operating profit of ¥24.0 billion"). A passive "explained by" with no one named
as its agent ("the difference … explained by stock build") gives a cause, no attribution.
A "may" that invites an act of getting in touch ("Parents who have questions may call the helpline") or that
defines a permitted amount ("caps the total a single donor may give at $50,000", "the maximum each angler may keep")
is no hedge either; "the total may reach $50,000" and "may call for a review" stay hedges. A forecast verb with a
"that" clause telling of the future ("The company expects that about 90 of the staff will be offered jobs") or with
a noun's amount after an article ("expects a deficit of around CHF 84 million") forecasts; the "will" inside such a
clause is the forecaster's, so a rewrite's plain "will" is the forecast made certain. A hedge of the rewrite in a
subordinate clause (", where a new line is due to start", ", chiefly because it expects …") keeps no hedge of its
main claim. A figure the source gives as someone's estimate or belief under a modal ("officials believe the dispute
could cost about 9 million euros a day", "the union estimates the raises could add up to $21,000") stated as fact
("is costing about 9 million euros a day", "is worth $21,000") is a projected figure made certain, a forecast's kind
(not when the rewrite tells it as still ahead: "are set to pass"); such an estimate is weighed also from a
counterpart below the restating threshold when the rewrite repeats its figure of two digits or more and its best
match lacks it.
A "could not" before a verb of taking a position ("stated she could not support the resolution") is a refusal, no
hedge; a verification caveat has its caveat word within the hedge's next words ("could not be independently
verified"), not anywhere in its sentence.
Kinds: by default two kinds of drop are reported (``report: [forecast, allegation]``): a forecast's hedge before a
rewrite that says what will happen ("could rise" → "will rise", "is expected to open" → "will open") and an
allegation's or caveat's ("allegedly took", "could not be independently verified"), and so is a cause or blame the
source gives as a belief ("Engineers believe seepage caused …", kept by the rewrite's own verb of belief or
suspicion; any belief, "Investigators believe the shipment was bound for …", "is thought to have been spent on …", is
a guess stated as fact when dropped), or an effect on a risk ("could cut the risk of dementia" → "cuts the risk") or a
possibility ("may have caused", "appeared to have been started by", "was likely the cause"): an unconfirmed cause stated
as fact is an allegation. Another hedge ("likely was" → "was", "could face" → "faces") and an attribution ("…, police
said") are opt-in (``hedge``, ``attribution``): on twenty-four sets of unseen planted pairs (heldout30–53, measured
blind) forecasts were right 19 times in 20, other hedges 5 times in 21 (a "can" or "plans to" that keeps a hedge in
other words, a right with a deadline) and attributions none in 7 (wire copy attributes once for a run of sentences, a
court's or a company's account is told in its own voice). Routine attributions are governed by ``routine_severity``
alone. Known false positives: an attribution carried two sentences away; a modal of permission ("Shops may open")
restated as a plain fact.
Known misses: an actor's announcement of its own act restated with the actor named ("Russia announced it retook the
town" → "Russia retook the town") is taken as kept (a self-report of a past act, "said it had retaken", is not).
A self-report may tell of a state still open ("it said it had not yet decided …", not a past feat), and when the
source cites a pronoun it is kept by the same pronoun opening the rewrite ("It said it had not yet decided" → "It has
not yet decided").
An allegation still to be decided ("The stewards are investigating an alleged unsafe release, and a decision is
expected on Monday") is settled, no hedge dropped, in a rewrite published after its source that reports the ruling
or sanction as done ("The stewards on Monday handed him a five-second penalty for an unsafe release", "was fined",
"banned", "upheld"); the same day, or without a ruling, the allegation is made fact. An act a source projects for a
named actor ("Ms Galbraith appears on track to win the seat", "is expected to win", "is likely to keep") that a
rewrite not published after it tells as done ("Fiona Galbraith has won the by-election") is a forecast made fact,
whichever source sentence projects it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from pydantic import Field

from factcheck.align import (
    ALIGN_THRESHOLD,
    SUPPORT_FLOOR,
    Match,
    best_support,
    index,
    publication_dates,
    rewrite_pairs,
)
from factcheck.checks._common import Verdict, fail
from factcheck.checks._numeric import has_digit, scan
from factcheck.checks._registry import register_check
from factcheck.checks._rewrite import (
    entities_of,
    merged_score,
    per_sentence,
    restatements,
    sentence_tokens,
    source_scores_at_least,
)
from factcheck.extract._gate import lead
from factcheck.extract.assertions import (
    REPORTING_VERBS,
    STOPWORDS,
    Token,
    content_lemmas,
    find_attribution,
    find_hedge,
    is_verb,
    lemma_set,
    negated_at,
    primary_lemma,
)
from factcheck.facts import FactBase
from factcheck.ingest import metadata_line
from factcheck.models import EntityMention, Severity, Span
from factcheck.rules.base import RuleBase

_QUOTES = ("“", "”", '"')
_CAVEAT_WORDS = ("verif", "confirm", "unverified", "unconfirmed", "be checked", "been checked")
_MODAL_HEDGES = frozenset({"could", "may", "might"})
# hedges that say someone else claims it: an attribution of the rewrite keeps them
_REPORTATIVE = frozenset(
    {"reportedly", "allegedly", "alleged", "purportedly", "supposedly", "said to be", "accused of", "suspected of"}
)
_SELF = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her"})
_FINDING_VERBS = REPORTING_VERBS | {"find", "discover", "show", "expose", "conclude", "reveal", "allege"}
_ANNOUNCING = frozenset({"announce", "confirm", "report", "publish", "unveil"})
_STOPS = ",;:"


# What makes an attributed claim one that someone could dispute (see the module docstring): a cause, motive or
# blame; wrongdoing, an allegation or a denial; deaths and injuries; a military claim (a raid, a town retaken); an
# estimate; a verdict on fairness. Word stems, matched at a word start in the restated sentence.
_CONTESTED = lead(
    re.compile(
        r"\b(?:deliberate|intentional|on purpose|arson|caus|blam|fault|responsib|because|due to|motiv|retaliat|provok|"
        r"result of|led to|lead to|sparked|triggered|started by|set by|behind the|contribut(?:e|es|ed|ing) to\b|"
        r"contributing factor|contributory|"
        r"fraud|corrupt|brib|vote-buying|buying votes|rigg|irregularit|intimidat|coerc|pressur|abus|illegal|unlawful|"
        r"violat|crime|criminal|guilt|murder|kill|attack|shelled|shelling|bomb|terror|tortur|steal|stole|theft|launder|"
        r"embezzl|misconduct|negligen|cover-up|mislead|misled|harass|assault|smuggl|massacre|genocid|accus|alleg|"
        r"suspect|sabotag|wrongdoing|denied|denies|deny|denial|threat|spied|spying|dead\b|death|died|casualt|wound|injur|shot\b|raid|"
        r"airstrike|invad|retook|retaken|recaptur|captur|seiz|liberat|estimat|unfair|flawed|biased)",
        re.I,
    )
)
# The source itself says the claim is disputed: "…, a claim disputed by River Action", "an account the union
# rejects", "figures that objectors say are inflated", "a date residents call unrealistic" (a dispute between other
# parties, "a pay dispute", does not count; nor "a figure the union says is accurate").
_WRONG = (
    r"(?:inflated|exaggerated|overstated|understated|wrong|false|untrue|misleading|inaccurate|incorrect|unrealistic"
    r"|overblown|flawed|fanciful)\b(?!-)"
)
_DISPUTED = re.compile(
    r"\bdisputed by\b|\b(?:claim|assertion|account|figure|version|allegation)s?\b[^.;]{0,40}?\b"
    r"(?:disputes?|disputed|denies|denied|rejects?|rejected|contests?|contested|challenges?|challenged)\b"
    r"|\b(?:say|says|said|argue|argues|argued|insist|insists|insisted|believe|believes|believed|contend|contends"
    r"|contended)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|be|to\s+be)\s+(?:\w+\s+)?"
    + _WRONG
    + r"|\b(?:call|calls|called|consider|considers|considered|dismiss|dismisses|dismissed)\s+(?:it\s+|them\s+)?"
    r"(?:as\s+)?(?:\w+\s+)?" + _WRONG,
    re.I,
)
# a crime named as a suspicion or charge is not asserted: "arrested on suspicion of arson", "charged with murder"
_CHARGED = re.compile(r"\b(?:on suspicion of|suspected of|accused of|charged with)\s+[\w-]+", re.I)


DropKind = Literal["forecast", "allegation", "hedge", "attribution"]
"""What a rewrite dropped (:func:`_drop`): a forecast's hedge before a certain future ("could rise" → "will rise"), an
allegation's or a caveat's ("allegedly took", "could not be verified"), another hedge ("likely was" → "was"), or an
attribution ("police said")."""
EVERY_DROP: tuple[DropKind, ...] = get_args(DropKind)
DEFAULT_DROPS: tuple[DropKind, ...] = ("forecast", "allegation")


class HedgeDroppedRule(RuleBase):
    type: Literal["hedge-dropped"] = "hedge-dropped"
    min_score: float = Field(0.4, ge=0, le=1, description="minimum alignment score of the sentence pair")
    report: list[DropKind] = Field(
        default_factory=lambda: list(DEFAULT_DROPS),
        min_length=1,
        description="the kinds of drop reported: forecast and allegation (the default), hedge, attribution",
    )
    routine_severity: Severity | None = Field(
        None,
        description="severity for a dropped attribution of a routine claim (no cause, blame, wrongdoing, casualty, "
        "estimate or verdict): an airport's closure, a commission's turnout; null (the default) does not report it",
    )


@dataclass(frozen=True)
class Qualifier:
    """An attribution, hedge or caveat of a sentence: its kind, span, who is cited, whether it bears on the whole
    sentence (a verification caveat), and whether it opens a report of the attributor's own doings ("Police said
    they were investigating …", "Norvik estimates its cost at …")."""

    kind: str
    span: Span
    source: str = ""
    whole: bool = False
    self_report: bool = False


def qualifiers(facts: FactBase, document: str, sentence: int) -> list[Qualifier]:
    """The attribution, the hedge or caveat that qualify a sentence (or its next sentence's caveat)."""
    return per_sentence(facts, "qualifiers", document, sentence, lambda: _qualifiers(facts, document, sentence))


def qualifier(facts: FactBase, document: str, sentence: int) -> tuple[str, Span] | None:
    """The first qualifier of a sentence, as (kind, span), or None."""
    found = qualifiers(facts, document, sentence)
    return (found[0].kind, found[0].span) if found else None


def _qualifiers(facts: FactBase, document: str, sentence: int) -> list[Qualifier]:
    tokens = sentence_tokens(facts, document, sentence)
    doc = facts.documents[document]
    out: list[Qualifier] = []
    attribution = find_attribution(tokens, entities_of(facts, document, sentence))
    if attribution is not None and _tally_of_reports(tokens, attribution.end):
        attribution = None  # "The total amount reported lost was Rs 9.8 crore": a tally of reports, no source
    if attribution is not None and _results_reported(tokens, attribution.end):
        attribution = None  # "Cricket Tasmania has reported an operating loss of $1.3m": its accounts, no claim
    if attribution is not None and _passive_account(tokens, attribution.end, entities_of(facts, document, sentence)):
        attribution = None  # "the difference … explained by stock build": a cause given, no one's word
    if attribution is not None:
        after = [t for t in tokens if t.start >= attribution.end][:4]
        own = next((k for k, t in enumerate(after) if t.lower in _SELF), -1)
        # "said it had retaken" tells of a past feat; "said it had not yet decided" of a state still open
        feat = own + 1 < len(after) and after[own + 1].lower in ("had", "'d")
        pending = own + 2 < len(after) and after[own + 2].lower in ("not", "yet")
        self_report = own >= 0 and (not feat or pending)
        span = doc.span(attribution.start, attribution.end)
        out.append(Qualifier("attributed", span, attribution.source, self_report=self_report))
    hedge = find_hedge(tokens) or _forecast(tokens) or _on_course(tokens) or _estimated_future(tokens)
    hedge = hedge or _accusation(tokens) or _passive_forecast(tokens) or _expects_to(tokens)
    hedge = hedge or _possible_change(tokens) or _hoped(tokens)
    at = _hedge_at(tokens, hedge) if hedge is not None else -1
    while hedge is not None:
        if not _no_hedge(tokens, at):
            span = doc.span(tokens[at].start, tokens[at].start + len(hedge))
            out.append(Qualifier("hedged", span, whole=_caveat(tokens, at)))
        hedge, at = _next_hedge(tokens, at)
    sentences = facts.extractions[document].sentences
    if sentence + 1 < len(sentences) and not any(q.whole for q in out):
        nxt = sentences[sentence + 1].span
        following = sentence_tokens(facts, document, sentence + 1)
        caveat_text = find_hedge(following)
        if caveat_text and _caveat(following, _hedge_at(following, caveat_text)):
            out.append(Qualifier("hedged", nxt, whole=True))
    return out


def _no_hedge(tokens: list[Token], at: int) -> bool:
    """Whether the hedge word at ``at`` hedges nothing: a permission ("Lawns may be watered only on Tuesdays", "a
    petition may be filed within 28 days"), the law's maximum penalty ("may be fined up to $5,000") or a position
    taken ("she could not support the resolution")."""
    return (
        _permission(tokens, at)
        or _penalty_maximum(tokens, at)
        or _refused_position(tokens, at)
        or _inability(tokens, at)
    )


def _inability(tokens: list[Token], at: int) -> bool:
    """A negated "could" that states what was not possible ("as the ward could not be safely staffed", "rescuers
    couldn't reach the village"), the past of "cannot", no hedge on what may happen; a verification caveat ("could not
    be independently verified") stays one."""
    word = tokens[at].lower
    negated = word in ("couldn't", "couldn’t") or (
        word == "could" and at + 1 < len(tokens) and tokens[at + 1].lower in ("not", "never")
    )
    return negated and not _caveat(tokens, at)


def _next_hedge(tokens: list[Token], at: int) -> tuple[str | None, int]:
    """The hedge word of a later clause than the hedge at ``at`` ("El Niño is likely to fade by June, and La Niña is
    likely to develop …": each clause hedged on its own; "We expect X to fall, and the regulator expects Y to ease":
    each forecast too), as (hedge, index); (None, -1) when there is none."""
    end = _hedge_end(tokens, at + 1)
    if end >= len(tokens) or end <= at:
        return None, -1
    later = tokens[end:]
    forecast = _forecast(later)
    if forecast is not None and _denied_forecast(later, _hedge_at(later, forecast)):
        forecast = None  # "…, but does not expect it to reduce …": a forecast denied, read as before
    found = [(end + _hedge_at(later, h), h) for h in (find_hedge(later), _hoped(later), forecast) if h]
    if not found:
        return None, -1
    at, hedge = min(found)
    return hedge, at


def _denied_forecast(tokens: list[Token], at: int) -> bool:
    """Whether the forecasting verb at ``at`` is negated ("does not expect", "doesn't predict"): the forecaster's
    denial, which a rewrite may keep in a verb of belief ("does not think … will")."""
    return any(t.lower in ("not", "never") or t.lower.endswith("n't") for t in tokens[max(0, at - 2) : at])


def _caveat(tokens: list[Token], at: int) -> bool:
    """Whether the hedge at ``at`` is a verification caveat: a caveat word within its next words ("could not be
    independently verified"), not further away ("could not support the resolution … once the award is confirmed")."""
    near = " ".join(t.lower for t in tokens[at : at + 6])
    return any(w in near for w in _CAVEAT_WORDS)


def _hedge_at(tokens: list[Token], hedge: str) -> int:
    """The index of the token that opens a hedge found as written (its words, not an earlier "on" of "on course")."""
    n = len(hedge.split())
    return next(
        (i for i in range(len(tokens)) if " ".join(t.text for t in tokens[i : i + n]) == hedge),
        next(i for i, t in enumerate(tokens) if hedge.startswith(t.text)),
    )


_ACCUSING_BE = frozenset({"is", "was", "are", "were", "been", "being", "be", "stands", "stood", "remains"})


def _accusation(tokens: list[Token]) -> str | None:
    """An accusation that frames its clause: "X is accused of setting the fire", "Y, who was suspected of …" (the
    allegation is the accuser's, no fact), as "accused of"/"suspected of" after a form of "be"; not "arrested on
    suspicion of" nor "charged with", which report a fact of the case."""
    for i in range(1, len(tokens) - 1):
        t = tokens[i]
        if t.lower in ("accused", "suspected") and tokens[i + 1].lower == "of" and tokens[i - 1].lower in _ACCUSING_BE:
            return f"{t.text} of"
    return None


# After a restricting "only", what a permission is limited to: a time, a place, a count ("may be watered only on one
# day a week", "may only park in marked bays", "may be used only once").
_LIMITS = frozenset(
    {"on", "at", "in", "between", "before", "after", "during", "from", "within", "with", "by", "once", "twice", "one"}
    | {"when", "if", "where", "until", "for", "to"}
)


# Verbs of a position one takes on a proposal: "could not support", "cannot accept".
_POSITION_VERBS = frozenset({"support", "accept", "agree", "back", "endorse", "approve", "recommend", "condone"})


# Heads of an amount or count that a reduced passive "reported" qualifies ("the total amount reported lost", "the
# number of cases reported"): the figure is a tally of reports, not a claim someone vouches for.
_TALLY_HEADS = frozenset({"amount", "total", "sum", "number", "value", "figure", "count", "cases", "losses"})


def _passive_account(tokens: list[Token], end: int, entities: list[EntityMention]) -> bool:
    """Whether "explained" ending an attribution at offset ``end`` is a passive whose agent is no one named ("the
    difference between output and sales explained by stock build"): a cause given for what stands before it, not a
    speaker's word."""
    k = next((k for k, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k < 2 or k >= len(tokens) or tokens[k].lower != "by" or "explain" not in tokens[k - 1].lemmas:
        return False
    k += 1
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    return k < len(tokens) and not any(e.span.start <= tokens[k].start < e.span.end for e in entities)


# A body's financial results, which it publishes as its accounts: "reported an operating loss of $1.3 million".
_RESULTS = frozenset({"loss", "losses", "profit", "profits", "surplus", "deficit", "revenue", "revenues", "earnings"})
_RESULT_REACH = 4


def _results_reported(tokens: list[Token], end: int) -> bool:
    """Whether an attribution ending at offset ``end`` in "report" is a body publishing its results ("Cricket Tasmania
    has reported an operating loss of $1.31 million", "reported record profits"): its accounts, a fact it discloses,
    no claim it vouches for."""
    at = next((k for k, t in enumerate(tokens) if t.end == end), -1)
    if at < 0 or "report" not in tokens[at].lemmas:
        return False
    ahead = tokens[at + 1 : at + 1 + _RESULT_REACH]
    head = next((k for k, t in enumerate(ahead) if t.lower in _RESULTS), -1)
    return head >= 0 and all(t.is_word for t in ahead[:head])


def _tally_of_reports(tokens: list[Token], end: int) -> bool:
    """Whether the attribution ending at ``end`` is a reduced passive "reported" after a noun of amount or count
    ("The total amount reported lost was …", "the number of thefts reported rose"), no source that speaks."""
    at = next((k for k, t in enumerate(tokens) if t.end == end), -1)
    return at > 0 and tokens[at].lower == "reported" and tokens[at - 1].lower in _TALLY_HEADS


# Words of a penalty the law sets, and what marks its maximum: "may be fined up to $5,000", "can be jailed for a
# maximum of two years", "may be liable to caning of up to 24 strokes".
_PENALTY_STEMS = ("liable", "fine", "jail", "imprison", "sentence", "punish", "cane", "caning", "penalt")
_MAXIMUM = re.compile(r"(?i)\b(?:up\s+to|a\s+maximum\s+of|not\s+(?:more\s+than|exceeding))\b")
_PENALTY_REACH = 12


def _penalty_maximum(tokens: list[Token], at: int) -> bool:
    """A modal ("may", "can", "could") whose verb group states a penalty up to a maximum ("Offenders may be fined up
    to $5,000", "may be liable to caning of up to 24 strokes"): the law's range of punishment, not a hedge on what
    happened or will happen."""
    if tokens[at].lower not in ("may", "can", "could"):
        return False
    group = tokens[at + 1 : at + 1 + _PENALTY_REACH]
    words = [t.lower for t in group[:4] if t.is_word]
    if not any(w.startswith(_PENALTY_STEMS) for w in words):
        return False
    return bool(group) and bool(_MAXIMUM.search(" ".join(t.lower for t in group)))


def _refused_position(tokens: list[Token], at: int) -> bool:
    """A "could not" before a verb of taking a position ("stated she could not support the resolution", "said they
    could not accept the offer"): a refusal stated as the speaker's stance, no hedge on what could happen."""
    word = tokens[at].lower
    if word in ("couldn't", "couldn’t"):
        k = at + 1
    elif word == "could" and at + 1 < len(tokens) and tokens[at + 1].lower == "not":
        k = at + 2
    else:
        return False
    return k < len(tokens) and tokens[k].lower in _POSITION_VERBS


def _permission(tokens: list[Token], at: int) -> bool:
    """A "may" that grants a restricted permission, no hedge: "only" in its verb group, which is passive ("may be
    watered only on …", "may only be used by …") or followed by what the permission is limited to ("may water only
    on Tuesdays", "may only park in marked bays"); "may only delay the problem" stays a hedge. So is a "may" of a
    step of procedure before a time limit (:func:`_procedure_in_time`)."""
    if _procedure_in_time(tokens, at):
        return True
    if tokens[at].lower != "may":
        return False
    if _invited_contact(tokens, at) or _allowed_amount(tokens, at):
        return True
    group = [t.lower for t in tokens[at + 1 : at + 6] if t.is_word]
    if "only" not in group[:3]:
        return False
    k = group.index("only")
    rest = [w for w in group if w != "only"]
    passive = len(rest) >= 2 and rest[0] == "be" and rest[1].endswith(("ed", "en", "wn", "t"))
    limited = any(j < len(group) and group[j] in _LIMITS for j in (k + 1, k + 2))
    return passive or (limited and k < 2)


# Ways of getting in touch one is invited to use: "Parents who have questions may call the helpline".
_CONTACTING = frozenset(
    {"call", "contact", "email", "e-mail", "phone", "ring", "text", "write", "visit", "enquire", "inquire"}
)
# Particles that make such a verb another act: "call for a review", "call off the strike", "write off the debt".
_NOT_CONTACT = frozenset({"for", "on", "off", "in", "out", "up", "into", "down", "back"})
# Heads of a permitted amount: "the total a single donor may give", "the most a household may claim".
_ALLOWANCES = frozenset({"total", "amount", "sum", "maximum", "most", "limit", "number", "share", "quantity"})
_ALLOWANCE_REACH = 4
# What opens the subject of a clause that defines such an amount: "the total a single donor may give", "each angler".
_HOLDER_STARTS = frozenset({"a", "an", "the", "each", "every", "any", "one", "we", "you", "they", "he", "she", "it"})


def _invited_contact(tokens: list[Token], at: int) -> bool:
    """A "may" before a verb of getting in touch ("Parents who have questions may call the toll-free line", "Readers
    may email the desk"): an invitation to act, no possibility of a fact."""
    k = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].lower in _RIGHT_ADVERBS)
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return k < len(tokens) and tokens[k].lower in _CONTACTING and after not in _NOT_CONTACT


def _allowed_amount(tokens: list[Token], at: int) -> bool:
    """A "may" in a clause that defines a permitted amount ("caps the total a single donor may give at $50,000", "the
    maximum each household may claim"): a quantity noun a few words before it, no verb between, states a limit the
    rule allows, no possibility; the noun as the subject ("the total may reach $50,000") stays a hedge."""
    for k in range(at - 1, max(-1, at - 1 - _ALLOWANCE_REACH), -1):
        if tokens[k].lower in _ALLOWANCES:  # (a subject between: "the total may reach" is a forecast)
            holder = tokens[k + 1].lower in _HOLDER_STARTS  # "the total a donor may", not "the number of anglers may"
            return holder and k < at - 1 and k > 0 and tokens[k - 1].lower in {"the", "a", "its", "their"}
        if not tokens[k].is_word or is_verb(tokens, k) == 2:
            return False
    return False


# Steps of a procedure one is entitled to take ("an appeal may be lodged", "voters may apply for a postal vote").
_PROCEDURES = frozenset(
    {"file", "lodge", "appeal", "apply", "submit", "register", "object", "petition", "claim", "request", "challenge"}
)
# What sets a time limit on such a step: "within 28 days", "no later than 30 June", "until 31 December".
_TIME_LIMIT = re.compile(r"(?i)^(?:within|until|till|no\s+later\s+than|not\s+later\s+than)\b")
# Modals that grant a right: "may"; "can" and its reported "could" only before a dated limit (see below).
_RIGHT_MODALS = frozenset({"may", "can", "could"})
# Adverbs between the modal and its step: "could still claim", "may also apply".
_RIGHT_ADVERBS = frozenset({"still", "also", "now"})


def _procedure_in_time(tokens: list[Token], at: int) -> bool:
    """A "may" (or "can", "could") before a step of procedure (active or passive: "may file", "may be lodged", "could
    still claim") with a time limit in its clause ("an election petition may be filed at the High Court within 28
    days", "objectors may appeal no later than 30 June", "customers can still claim refunds until 30 April"): a right
    and its deadline, not a possibility; "the ruling may be appealed" with no limit stays a hedge, and so does a "can"
    or "could" whose limit has no number ("the firm could file for bankruptcy within weeks")."""
    modal = tokens[at].lower
    if modal not in _RIGHT_MODALS:
        return False
    k = at + 1
    while k < len(tokens) and tokens[k].lower in _RIGHT_ADVERBS:
        k += 1
    if k < len(tokens) and tokens[k].lower == "be":
        k += 1
    if k >= len(tokens) or not lemma_set(tokens[k].lower) & _PROCEDURES:
        return False
    clause = tokens[k + 1 : _hedge_end(tokens, k)]
    limits = [j for j in range(len(clause)) if _TIME_LIMIT.match(" ".join(t.lower for t in clause[j : j + 3]))]
    return any(modal == "may" or any(has_digit(t.text) for t in clause[j + 1 : j + 5]) for j in limits)


# A forecast in the passive with no infinitive: "60mm to 80mm is expected widely", "Snow is forecast overnight".
_PASSIVE_FORECASTS = frozenset({"expected", "forecast", "predicted", "anticipated", "projected"})


# A hope held now ("hopes to", "is hoping", "we hope"), not a past one ("had hoped to win": maybe dashed).
_HOPING_NOW = frozenset({"hope", "hopes", "hoping"})
# An aim, a proposal or an attempt held now or ahead ("aims to open", "proposes to impose", "will try to measure"): a
# hope's kind ("would seek to recruit" is not read: "plans to hire" tells it faithfully, and a plan is no hedge). Not an
# intention ("The Rectorate intends to use part of it for a fund" → "Some of that will fund …"): the one who decides
# tells its plan.
_AIMING_NOW = frozenset({"aim", "aims", "aiming", "propose", "proposes", "proposing", "try", "tries", "trying"})


# Words before "hope" or "hopes" that make it a noun: "there is hope that", "high hopes", "its hope".
_HOPE_NOUN_BEFORE = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "the", "a", "an", "its", "their", "his", "her"}
    | {"our", "my", "your", "of", "no", "little", "some", "high", "faint", "real", "new", "fresh", "great", "every"}
)


def _hoped(tokens: list[Token]) -> str | None:
    """A subject's present hope for what is ahead ("The team hopes to identify two compounds by 2032", "the club hopes
    he will be available for the game"): "hope(s)"/"hoping" as a verb after its subject, then "to" and a verb or a
    modal ("will", "can", "may be able to") within its clause; not "the hope", "hopes of", nor a past "hoped". A hope
    is no fact: the outcome stated with "will" is the forecast made certain. So is a present aim or proposal with
    "to" and a verb ("Tarnwell aims to open a plant by 2030", "the regulator proposes to impose a
    fine"; not "the aim to", "its aims")."""
    for i, t in enumerate(tokens[1:-1], start=1):
        before = tokens[i - 1]
        if t.lower not in _HOPING_NOW | _AIMING_NOW or not before.is_word or before.lower in ("to", "in"):
            continue
        noun = before.lower in _HOPE_NOUN_BEFORE or before.lower.endswith(("'", "’", "'s", "’s"))
        if not t.lower.endswith("ing") and noun:
            continue  # "There is hope that …", "little hope", "fans' hopes": a noun
        if tokens[i + 1].lower == "to" and i + 2 < len(tokens) and _infinitive(tokens[i + 2]):
            return t.text
        if t.lower in _AIMING_NOW:
            continue
        ahead = tokens[i + 1 : i + 1 + _HOPE_REACH]
        cut = next((k for k, u in enumerate(ahead) if u.text in _STOPS or u.text == "."), len(ahead))
        if any(u.lower in _MODALS for u in ahead[:cut]):
            return t.text
    return None


def _infinitive(t: Token) -> bool:
    """Whether a word after "to" can be a bare verb ("to have", "to reopen"), not "to the", "to 2030", "to £5m"."""
    determiner = t.lower in _DETERMINERS or t.lower in ("his", "her", "our", "my", "your", "this", "that", "these")
    return t.is_word and not determiner and not t.text[0].isupper() and not has_digit(t.text)


def _expects_to(tokens: list[Token]) -> str | None:
    """A subject's forecast of its own course ("it expects to become cash-flow positive in 2029", "The insurer
    anticipates to pay …"): "expects" after a word of its subject, then "to" and a verb; not "the expected", "as
    expected"."""
    for i, t in enumerate(tokens[1:-2], start=1):
        before = tokens[i - 1]
        if t.lower not in _FORECASTING or not before.is_word or before.lower in _DETERMINERS | {"to", "as", "than"}:
            continue
        if tokens[i + 1].lower == "to" and is_verb(tokens, i + 2) > 0:
            return t.text
    return None


def _passive_forecast(tokens: list[Token]) -> str | None:
    """A forecast in the passive that no infinitive follows ("60mm to 80mm is expected widely", "a decision is now
    expected next week"): the participle after a form of "be" (an adverb between allowed); not "as expected", "than
    forecast", nor "is expected to", which the hedge phrases read."""
    for i, t in enumerate(tokens):
        if t.lower not in _PASSIVE_FORECASTS or i == 0 or (i + 1 < len(tokens) and tokens[i + 1].lower == "to"):
            continue
        k = i - 1
        if k > 0 and tokens[k].lower in _ADVERBS_BEFORE_VERB | {"widely", "generally"}:
            k -= 1
        if tokens[k].lower in _BE and not (k > 0 and tokens[k - 1].lower in ("as", "than")):
            return t.text
    return None


_FORECASTING = frozenset(
    {"expect", "expects", "predict", "predicts", "forecast", "forecasts", "anticipate", "anticipates"}
)
# any tense, for a rewrite that keeps a forecast in reported speech ("said the agency anticipated finishing …")
_FORECASTING_ANY = _FORECASTING | {"expected", "predicted", "anticipated", "foresee", "foresees", "foresaw"}


# What starts a forecast amount as the object of "expect": "expect about $350 million", "predicts 2% growth".
_AMOUNT_STARTS = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "approximately", "up", "over"})
_AMOUNT_FIRST_CHARS = "$£€¥0123456789"


def _forecast(tokens: list[Token], verbs: frozenset[str] = _FORECASTING, objects: bool = False) -> str | None:
    """A forecast someone makes ("Most economists expect the bank to cut rates", "Analysts predict sales to fall"):
    the verb, when a "to" follows it within its clause and a noun or pronoun stands before it; else None. With
    ``objects``, also a verb followed by a gerund, "that" or "to" ("the agency anticipated finishing the walls",
    "expects that the walls will …", "The insurer expects to pay most claims by year-end") and a "to" further on
    ("The Commission expects a trip from the station to the airport to take …") and an amount ("The firms expect
    about $350 million in savings"). A noun's amount is forecast either way ("expects attendance of approximately
    40,000", "forecasts growth of 2%")."""
    for i, t in enumerate(tokens):
        if t.lower not in verbs or i == 0 or not (tokens[i - 1].is_word or (objects and tokens[i - 1].text == ",")):
            continue  # with ``objects``, also after a clause aside ("The company, which has hired …, expects to")
        if tokens[i - 1].lower in _DETERMINERS or tokens[i - 1].lower in ("as", "than", "to"):
            continue  # "the forecasts", "as expected", "than forecast", "to expect"
        ahead = tokens[i + 1 : i + (11 if objects else 7)]
        cut = next((k for k, u in enumerate(ahead) if u.text in _STOPS or u.text == "."), len(ahead))
        if any(u.lower == "to" for u in ahead[1:cut]):
            return t.text
        if objects and ahead and (ahead[0].lower in ("that", "to") or _gerund(ahead[0])):
            return t.text
        if objects and ahead and _amount_at(ahead, 0):
            return t.text  # a forecast amount: "The firms expect about $350 million in savings"
        if _noun_amount(ahead) or _noun_amount(ahead[1:] if ahead and ahead[0].lower in ("a", "an") else []):
            return t.text  # a forecast amount of a noun: "expects attendance of approximately 40,000", "a deficit of"
        if _future_that(tokens, i):
            return t.text  # "The company expects that about 90 of the staff will be offered jobs"
    return None


_FUTURE_THAT_REACH = 14


def _future_that(tokens: list[Token], i: int) -> bool:
    """Whether the forecasting verb at ``i`` takes a "that" clause that tells of the future ("expects that about 90
    of the affected employees will be offered positions", "predicts that rates would fall"), its "will" or "would"
    before the clause's first comma or semicolon."""
    if i + 1 >= len(tokens):
        return False
    if tokens[i + 1].lower != "that":
        return _future_clause(tokens, i)
    for u in tokens[i + 2 : i + 2 + _FUTURE_THAT_REACH]:
        if u.text in _STOPS or u.text == ".":
            return False
        if u.lower in _FUTURE:
            return True
    return False


# What opens the subject of a clause that follows its verb of forecasting with no "that": "forecasts the share will".
_CLAUSE_SUBJECTS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "these", "it", "they", "he", "she"}
)
_CLAUSE_SUBJECT_REACH = 4


def _future_clause(tokens: list[Token], i: int) -> bool:
    """Whether the forecasting verb at ``i`` takes a clause with "that" left out whose verb is "will" or "would"
    ("The operator has forecast the share will approach 30%", "predicts it would take two years"): a subject of at most
    ``_CLAUSE_SUBJECT_REACH`` words opening with a determiner or pronoun, then the modal; not a noun "forecast"
    followed by its own verb ("the forecast will be revised": a determiner before it) or preposition ("forecasts of
    demand")."""
    if tokens[i + 1].lower not in _CLAUSE_SUBJECTS:
        return False
    for u in tokens[i + 2 : i + 2 + _CLAUSE_SUBJECT_REACH]:
        if u.lower in _FUTURE:
            return True
        if not u.is_word or u.lower in ("of", "for", "that", "which", "who", "and", "but", "to"):
            return False
    return False


def _noun_amount(tokens: list[Token]) -> bool:
    """Whether ``tokens`` open with a noun of one or two words and "of" an amount ("attendance of approximately
    40,000", "operating profit of ¥24.0 billion")."""
    for n in (1, 2):
        if (
            len(tokens) > n + 1
            and all(u.is_word and (n == 1 or u.lower not in STOPWORDS) for u in tokens[:n])
            and tokens[n].lower == "of"
            and _amount_at(tokens, n + 1)
        ):
            return True
    return False


def _amount_at(tokens: list[Token], k: int) -> bool:
    """Whether an amount starts at token ``k``: a figure ("$350", "40,000") or a word before one ("about")."""
    return tokens[k].lower in _AMOUNT_STARTS or tokens[k].text[:1] in _AMOUNT_FIRST_CHARS


# A projection from a trend: "is on course to claim a fourth week", "are on track for a record year".
_ON_COURSE = frozenset({"course", "track"})


def _on_course(tokens: list[Token]) -> str | None:
    """A projection from a trend ("is on course to claim", "are on track for"), as written; else None."""
    for i in range(len(tokens) - 2):
        if tokens[i].lower == "on" and tokens[i + 1].lower in _ON_COURSE and tokens[i + 2].lower in ("to", "for"):
            return " ".join(t.text for t in tokens[i : i + 3])
    return None


# "a possible further decrease", "a potential rise in fares", "an expected increase of 4%": a change forecast, named
_CHANCE_OF = frozenset({"possible", "potential", "probable", "expected", "projected", "forecast", "predicted"})
_CHANGES = frozenset(
    {"increase", "decrease", "rise", "fall", "drop", "cut", "reduction", "decline", "hike", "jump", "gain", "loss"}
)
_CHANGE_REACH = 2


def _possible_change(tokens: list[Token]) -> str | None:
    """A change named as possible or forecast ("a possible further decrease of about 30 cents", "a potential rise in
    fares", "an expected increase of 4%"): the hedging adjective after an article, with a noun of change at most two
    words on; else None."""
    for i, t in enumerate(tokens[1:-1], start=1):
        if t.lower not in _CHANCE_OF or tokens[i - 1].lower not in ("a", "an"):
            continue
        if any(u.lower in _CHANGES for u in tokens[i + 1 : i + 1 + _CHANGE_REACH]):
            return t.text
    return None


_ESTIMATE_VERBS = frozenset({"estimate", "estimates", "estimated"})
_FUTURE_AUX = frozenset({"will", "would", "'ll"})


def _estimated_future(tokens: list[Token]) -> str | None:
    """An estimate of what will happen ("The assessment estimates the scheme would generate 85 trips", "engineers
    estimated that it will take"): the verb after its subject, before a clause ("that", a determiner, a pronoun or a
    name) with "will"/"would" before the next comma; not "an estimated 85", "estimates of …", "was estimated at"."""
    for i, t in enumerate(tokens[1:-1], start=1):
        before, after = tokens[i - 1], tokens[i + 1]
        if t.lower not in _ESTIMATE_VERBS or not before.is_word or before.lower in _DETERMINERS | _BE:
            continue
        if not (after.lower in _DETERMINERS | _SELF | {"that"} or after.text[:1].isupper()):
            continue
        ahead = tokens[i + 2 : i + 12]
        cut = next((k for k, u in enumerate(ahead) if u.text in _STOPS or u.text == "."), len(ahead))
        if any(u.lower in _FUTURE_AUX for u in ahead[:cut]):
            return t.text
    return None


def _gerund(t: Token) -> bool:
    return t.is_word and t.text.islower() and len(t.text) > 5 and t.lower.endswith("ing")


def _quoted(facts: FactBase, document: str, sentence: int) -> bool:
    return any(q in facts.sentence_text(document, sentence) for q in _QUOTES)


# Nouns of a party's case, which a "that" clause after them states as that party's: "a special defence that …".
_CASE_NOUNS = frozenset(
    {"defence", "defense", "claim", "allegation", "argument", "contention", "assertion", "complaint", "accusation"}
    | {"insistence", "submission"}
)
# Verbs of speaking that the attribution finder does not read, closing a clause: "…, it pointed out;".
_SPEAKING = frozenset({"point", "stress", "emphasise", "emphasize", "observe", "remark", "concede", "reply"})
_SUBJECT_WORDS = 4


def _case_stated(tokens: list[Token]) -> bool:
    """The sentence states a claim as a party's case: a noun of a case before a "that" clause ("has lodged a special
    defence that some payments were authorised", "rejected the claim that …")."""
    return any(t.lower in _CASE_NOUNS and u.lower == "that" for t, u in itertools.pairwise(tokens))


def _closing_speech(tokens: list[Token]) -> bool:
    """A clause closed by its speaker with a verb of speaking ("…, it pointed out;", "…, the minister stressed."): a
    comma, a subject of up to four words, the verb (and "out"), then a stop or the sentence's end."""
    for i, t in enumerate(tokens):
        if t.text != ",":
            continue
        for k in range(i + 2, min(len(tokens), i + 2 + _SUBJECT_WORDS)):
            if not all(u.is_word for u in tokens[i + 1 : k]) or not lemma_set(tokens[k].lower) & _SPEAKING:
                continue
            end = k + 2 if k + 1 < len(tokens) and tokens[k + 1].lower == "out" else k + 1
            if end >= len(tokens) or tokens[end].text in ",;.!?":
                return True
    return False


def _reported(tokens: list[Token]) -> bool:
    """The sentence reports a finding or statement: "A report by Forbes found that …", "officials noted that …",
    "his wife told the newspaper that …", or ends on one: "…, a study has found.", "…, figures showed on Monday."; or
    states a party's case (:func:`_case_stated`), or a clause closed by its speaker (:func:`_closing_speech`)."""
    if _case_stated(tokens) or _closing_speech(tokens):
        return True
    for i, t in enumerate(tokens):
        if not (t.lemmas & _FINDING_VERBS) or t.text[0].isupper():
            continue
        ahead = tokens[i + 1 : i + 6]
        cut = next((k for k, u in enumerate(ahead) if not u.is_word), len(ahead))
        if any(u.lower == "that" for u in ahead[:cut]):
            return True
        if all(not u.is_word or u.lower in _WHEN for u in tokens[i + 1 :]) and any(
            u.text == "," for u in tokens[max(0, i - 12) : i]
        ):
            return True  # "…, a study has found.", "…, official figures showed on Thursday."
    return False


# The day a closing report was made: "…, figures showed on Thursday", "…, a survey found last week".
_WHEN = frozenset(
    {"on", "today", "yesterday", "last", "this", "earlier", "week", "month", "monday", "tuesday", "wednesday"}
    | {"thursday", "friday", "saturday", "sunday"}
)


def _governed(tokens: list[Token], kind: str, span: Span, whole: bool) -> list[Token]:
    """The tokens of the source sentence that its qualifier bears on (see the module docstring)."""
    if whole:  # a caveat bears on the whole sentence
        return tokens
    at = next((i for i, t in enumerate(tokens) if t.start >= span.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= span.end), len(tokens))
    if kind == "hedged":
        end = _hedge_end(tokens, at)
        start = next(
            (k + 1 for k in range(at - 1, -1, -1) if tokens[k].text in _STOPS or _new_predicate(tokens, k)), 0
        )  # "… would have X-rays but was expected to start": the hedge is on the second predicate only
        if _label_colon(tokens, start - 1):
            start = 0  # "- Tuesday 6 July: the earliest date on which …": a list item's label is what it tells of
        if start == at and _after_aside(tokens, at):
            start = _aside_start(tokens, at)  # "the new wing, scheduled for spring, could cut …": its subject too
        if _verbal(tokens, at, after):  # "A vaccine could reduce …", "X allegedly received …": its whole clause
            return tokens[start:end]
        if len(content_lemmas(tokens[at:end])) >= 2:
            return tokens[at:end]
        return tokens[start:end]
    words = [t for t in tokens if t.is_word]
    frames = (
        (words and span.start <= words[0].start)
        or not any(t.is_word for t in tokens[after:])
        or (at > 0 and tokens[at - 1].text == "," and _closes_clause(tokens, at, after))
    )
    if frames:  # "According to X, …" / "…, X said.": the clause up to a semicolon
        end = next((k for k in range(after, len(tokens)) if tokens[k].text == ";"), len(tokens))
        start = next((k + 1 for k in range(at - 1, -1, -1) if tokens[k].text == ";"), 0)
        return tokens[start:end]
    end = next((k for k in range(after, len(tokens)) if tokens[k].text == ";"), len(tokens))
    return tokens[after:end]


def _after_aside(tokens: list[Token], at: int) -> bool:
    """Whether the hedge at ``at`` follows an aside between commas ("the wing, scheduled for spring 2028, could …")."""
    return at > 1 and tokens[at - 1].text == "," and any(t.text == "," for t in tokens[: at - 1])


def _aside_start(tokens: list[Token], at: int) -> int:
    """Where the clause of a hedge after an aside starts: after the stop before the aside's opening comma."""
    opening = next(k for k in range(at - 2, -1, -1) if tokens[k].text == ",")
    return next((k + 1 for k in range(opening - 1, -1, -1) if tokens[k].text in _STOPS), 0)


def _hedge_end(tokens: list[Token], at: int) -> int:
    """Where the clause of a hedge at token ``at`` ends: the next comma, semicolon or colon, or a second predicate."""
    return next(
        (k for k in range(at, len(tokens)) if tokens[k].text in _STOPS or _new_predicate(tokens, k)), len(tokens)
    )


def _hedged_predicate(tokens: list[Token], span: Span) -> list[Token] | None:
    """What a hedge on a verb qualifies, from the hedge to its clause's end ("could cause engines to stall" of "pumps
    that could cause engines to stall"); None for a hedge on a word ("possibly fraudulent deals")."""
    at = next((i for i, t in enumerate(tokens) if t.start >= span.start), len(tokens))
    after = next((i for i, t in enumerate(tokens) if t.start >= span.end), len(tokens))
    if at >= len(tokens) or not _verbal(tokens, at, after):
        return None
    return tokens[after : _hedge_end(tokens, at)]


def _label_colon(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is the colon after a short label that opens the sentence ("- Monday 5 July: …", "Key date: …"):
    what follows tells of the label."""
    return 0 < k <= _LABEL_WORDS and tokens[k].text == ":" and not any(t.text in _STOPS for t in tokens[:k])


_LABEL_WORDS = 5


def _new_predicate(tokens: list[Token], k: int) -> bool:
    """Token ``k`` is "but" before a verb or auxiliary: a second predicate of the subject, beyond a hedge on the first
    ("it expected to have enough supply but asked residents to cut back": the request is not hedged), or bounding a
    hedge on the second ("would have X-rays but was expected to start": the X-rays are not hedged)."""
    if tokens[k].lower != "but" or k + 1 >= len(tokens):
        return False
    return is_verb(tokens, k + 1) == 2 or tokens[k + 1].lower in _AUXILIARIES  # "but was expected to start"


_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})


def _closes_clause(tokens: list[Token], at: int, after: int) -> bool:
    """An attribution after a comma that closes what comes before it: "…, according to two officials who …", "…, the
    researchers said, although …" (not "…, saying the deal would raise prices", which attributes what follows)."""
    if tokens[at].lower == "according":
        return True
    return after >= len(tokens) or tokens[after].text in ",;.!?" or tokens[after].lower in ("who", "which")


def _verbal(tokens: list[Token], at: int, after: int) -> bool:
    """A hedge on the verb of its clause: a modal ("could"), a verbal phrase ("appeared to", "is expected to") or an
    adverb before a verb ("allegedly received"), rather than on a word after it ("possibly fraudulent deals")."""
    if tokens[at].lower in _MODAL_HEDGES or after - at > 1:
        return True
    return after < len(tokens) and is_verb(tokens, after) > 0


def _bears_on_restated(facts: FactBase, m: Match, kind: str, span: Span, whole: bool = False) -> bool:
    """Whether the qualifier's stretch holds what the rewrite restates (≥ 2 shared words and half of them)."""
    source = sentence_tokens(facts, m.other, m.other_sentence)
    stated = set(content_lemmas(sentence_tokens(facts, m.document, m.sentence)))
    whole = whole or (not (span.start >= source[0].start and span.end <= source[-1].end) if source else True)
    shared = stated & set(content_lemmas(source))
    governed = stated & set(content_lemmas(_governed(source, kind, span, whole)))
    predicate = _hedged_predicate(source, span) if kind == "hedged" and not whole else None
    if predicate is not None and not stated & set(content_lemmas(predicate)):
        return False  # "pumps that could cause engines to stall" → "a recall of faulty pumps": what is hedged is
        # not restated
    return len(governed) >= 2 and len(governed) * 2 >= len(shared)


def _names_announcer(facts: FactBase, m: Match, span: Span) -> bool:
    """An announcement or report ("Holt announced", "Rotten Tomatoes reports") whose announcer the rewrite names."""
    words = span.text.split()
    if not words or not (lemma_set(words[-1].lower()) & _ANNOUNCING):
        return False
    name = [w.lower() for w in words[:-1] if w[:1].isupper() or w[:1].isdigit()]
    stated = {t.lower for t in sentence_tokens(facts, m.document, m.sentence)}
    return bool(name) and all(w in stated for w in name)


def _neighbour_cites(facts: FactBase, m: Match, cited: Qualifier) -> bool:
    """The rewrite's previous or next sentence cites the same source ("…, the organisers said. Some 18,000 ticket
    holders will get their money back."): wire copy attributes a run of sentences once. A source is matched by its
    name or by its head noun ("the prefecture said" and "according to the Savoie prefecture", whose source is the
    name "Savoie")."""
    words = _name_words(cited.source)
    mine = words | _head_noun(cited.span.text)
    for k in (m.sentence - 1, m.sentence + 1):
        if 0 <= k < len(facts.extractions[m.document].sentences):
            for q in qualifiers(facts, m.document, k):
                if q.kind != "attributed":
                    continue
                if mine & (_name_words(q.source) | _head_noun(q.span.text)) or _refers_back(facts, m, k, q, words):
                    return True
                if k > m.sentence and _named_for_its_noun(facts, m, q, cited):
                    return True
    return False


_NOT_HEAD = re.compile(r"(?i)^(?:according|to|as|by|the|a|an)$")
_HEAD_ENDS = frozenset({"of", "who", "which", "that", "in", "on", "at", "for", ","})


def _head_noun(attribution: str) -> set[str]:
    """The head noun of an attribution's source, a common noun ("prefecture" of "according to the Savoie
    prefecture", "the prefecture said"), or nothing ("Reuters said", "officials at the ministry said" → "officials")."""
    words = [w for w in re.findall(r"[\w'’-]+|,", attribution) if not _NOT_HEAD.match(w)]
    verb = next((k for k, w in enumerate(words) if w[:1].islower() and lemma_set(w.lower()) & _FINDING_VERBS), -1)
    if verb >= 0:  # "the prefecture said", "the company told reporters"; "said the prefecture"
        words = words[:verb] if verb > 0 else words[1:]
    cut = next((k for k, w in enumerate(words) if w.lower() in _HEAD_ENDS), len(words))
    head = words[cut - 1] if cut else ""
    if not head or not head[0].islower() or head in STOPWORDS or head[0].isdigit():
        return set()
    return {head.lower()}


def _refers_back(facts: FactBase, m: Match, k: int, q: Qualifier, words: set[str]) -> bool:
    """The neighbour's attribution is a common noun for the cited organisation ("…, the supplier said", "the company
    said"), which the neighbour names ("Hackers stole the data of 1.2 million Brightline customers, the supplier
    said.")."""
    if not words or q.source.lower() not in _REFERRING_NOUNS:
        return False
    return words <= {t.lower for t in sentence_tokens(facts, m.document, k) if t.end <= q.span.start}


def _named_for_its_noun(facts: FactBase, m: Match, q: Qualifier, cited: Qualifier) -> bool:
    """The source's reporter is a body's common noun telling of itself ("The automaker said it had received 137
    reports"), the rewrite sentence names a body as its subject in its place ("Kurosawa has received 137 reports")
    and its next sentence cites it back by a common noun ("…, the company has said"): one body, named once and
    referred back to."""
    if cited.source.lower() not in _REFERRING_NOUNS or q.source.lower() not in _REFERRING_NOUNS:
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    after = next((t for t in source if t.start >= cited.span.end), None)
    if after is None or after.lower not in ("it", "its"):
        return False  # not the reporter's word about itself
    tokens = sentence_tokens(facts, m.document, m.sentence)
    return bool(tokens) and any(
        e.span.start == tokens[0].start and e.kind not in ("person", "place")
        for e in entities_of(facts, m.document, m.sentence)
    )


# Common nouns a story refers back to a named company or body by ("the supplier said"); not "police", "officials".
_REFERRING_NOUNS = frozenset(
    {
        "company", "firm", "group", "supplier", "lender", "bank", "insurer", "retailer", "airline", "carrier",
        "operator", "provider", "manufacturer", "maker", "developer", "chain", "business", "broadcaster", "charity",
        "club", "union", "council", "agency", "regulator", "watchdog", "university", "museum", "automaker",
        "carmaker", "drugmaker", "chipmaker", "utility",
    }
)  # fmt: skip


def _name_words(name: str) -> set[str]:
    return {w for w in (x.lower().strip("'’") for x in name.split()) if w and w not in STOPWORDS}


def _names_self_reporter(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """A self-report ("Police said they were investigating …") restated with the reporter named ("Police are
    investigating …"): the actor still tells of its own doings. Past accomplishments ("said it had retaken") and
    caveats are not spared."""
    words = _name_words(q.source)
    tokens = sentence_tokens(facts, m.document, m.sentence)
    if q.self_report and q.source.lower() in _SELF and tokens:
        return tokens[0].lower == q.source.lower()  # "It said it …" → "It …": the same actor, by the same pronoun
    stated = {t.lower for t in tokens}
    return q.self_report and bool(words) and words <= stated


def _kept(facts: FactBase, m: Match, q: Qualifier, mine: list[Qualifier]) -> bool:
    """Whether the rewrite sentence keeps what the source qualifier says."""
    tokens = sentence_tokens(facts, m.document, m.sentence)
    if any(x.kind == "hedged" and _bears_on_clause(facts, m, q, x, tokens) for x in mine):
        return True  # a hedge or caveat of its own
    if _reportative_modifier(tokens):
        return True  # "no reported deaths", "the alleged bribes", "an estimated $2m"
    accused = q.kind == "hedged" and q.span.text.lower() in ("accused of", "suspected of")
    if accused and _CHARGED.search(facts.sentence_text(m.document, m.sentence)):
        return True  # "is accused of setting the fire" → "was charged with setting the fire": still a charge
    if q.kind == "attributed" and _alleged(q) and _CHARGED.search(facts.sentence_text(m.document, m.sentence)):
        return True  # "Prosecutors allege they took cash" → "officers accused of taking cash": still an allegation
    if q.kind == "hedged" and q.span.text.lower() == "may" and _permits(tokens):
        return True  # "fishers may continue using hook-and-line" → "fishers can keep fishing": a permission still
    if q.kind == "hedged" and _prohibition_kept(facts, m, q, tokens):
        return True  # "X may not hold public office" → "X is barred from holding public office": a rule, no hedge
    if q.whole and _caveat_follows(facts, m, q):
        return True  # the caveat's own sentence is restated next, where the source has it
    source = sentence_tokens(facts, m.other, m.other_sentence)
    foretold = _foretold(source) or _forecast_hedge(facts, m.other, m.other_sentence)
    framed = {_intended: _restating_clause(facts, m, q, tokens), _conditioned: tokens}
    if foretold and any(frame(words) and not frame(source) for frame, words in framed.items()):
        return True  # "they expect it to close …" → "They hope to close …, if regulators sign off": still no fact
    if q.kind == "hedged" and (
        any(_in_restating_clause(facts, m, q, tokens, at) for at in _estimates(tokens))
        or _forecast_on_restated(facts, m, q, tokens)
    ):
        return True  # "could save £1.2m" → "should save around £1.2m, the council estimates": still no fact;
        # "We expect to finish by 2029" → "X said the agency anticipated finishing by 2029": still a forecast
    if q.kind == "hedged" and _forecast_still_theirs(facts, m, q, mine, tokens):
        return True  # "The group expects rates to soften" → "Group warns rates will soften": still its forecast
    if q.kind == "hedged" and q.span.text.lower().split()[0] in _FORECAST_WORDS and _says_would(tokens):
        return True  # "is expected to create 2,100 jobs" → "says the lines would create 2,100 jobs": still a forecast
    if (
        q.kind == "hedged"
        and q.span.text.lower() in _MODAL_HEDGES
        and _conditional(tokens)
        and not _conditional(source)
    ):
        return True  # "could leave millions with nothing" → "leaving them little … if this season also fails": a
        # possibility restated under a condition of its own, still no fact ("could … if X" → "will … if X" is)
    if q.kind == "attributed" and _believed(q) and any(t.lemmas & _BELIEVING for t in tokens):
        return True  # "Engineers believe seepage caused it" → "Engineers suspect seepage caused it": still a belief
    if q.kind == "hedged" and _announced_since(facts, m, q, tokens):
        return True  # "ministers are expected to confirm that the cap will rise" → two days on, "The government has
        # confirmed that the cap will rise": a later story reports the act done, no forecast made certain
    if _allegation_decided(facts, m, q, tokens):
        return True  # "The stewards are investigating an alleged unsafe release" → next day, "The stewards handed
        # him a penalty for an unsafe release": a follow-up reports the decision that settled the allegation
    if q.kind == "hedged" and _forecaster_approximates(facts, m, q, mine, tokens):
        return True  # "The harvest is forecast at 66.8 million bags, Conab said" → "Brazil will harvest about 66.8
        # million bags, Conab said": still the forecaster's approximate figure
    if q.kind == "hedged" and (q.whole or q.span.text.lower() not in _REPORTATIVE):
        return False  # an attribution does not keep "could", "appeared to" or "could not be verified"
    if q.kind == "hedged" and mine and all(_factive(x) for x in mine):
        return False  # "allegedly passed the files" → "passed the files, police confirmed": now a fact
    if mine or _reported(sentence_tokens(facts, m.document, m.sentence)):
        return True  # its own attribution, or a report ("A study found that …")
    if q.kind == "hedged":
        return False
    return (
        _names_announcer(facts, m, q.span)
        or _names_self_reporter(facts, m, q)
        or _neighbour_cites(facts, m, q)
        or _speaker_subject(facts, m, q.source)
        or _attributed_total(facts, m, q)
    )


# Acts of making known or deciding that a story can forecast ("expected to confirm") and a later one report done.
_ANNOUNCED_ACTS = _ANNOUNCING | {"approve", "ratify", "sign"}


def _announced_since(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token]) -> bool:
    """Whether a rewrite published after its source reports as done the act the source's hedge forecasts ("ministers
    are expected to confirm on Thursday that …" → "The government has confirmed that …"): the same verb of announcing
    or deciding, past, not after "to" or a modal. A follow-up that reports the announcement attributes the claim to
    the announcer; on the same day it would be the forecast made fact."""
    published = publication_dates(facts, m.document, m.other)
    if not (published[0] and published[1] and published[0] > published[1]):
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    after = next((i for i, t in enumerate(source) if t.start >= q.span.end), len(source))
    acts = source[after].lemmas & _ANNOUNCED_ACTS if after < len(source) else set()
    return any(
        t.lemmas & acts and t.lower not in acts and not (k > 0 and tokens[k - 1].lower in _MODALS | {"to"})
        for k, t in enumerate(tokens)
    )


# What leaves an allegation to be decided: an inquiry under way or a decision awaited ("The stewards are investigating
# an alleged …", "a ruling is expected", "the panel will hear the alleged breach").
_PENDING = frozenset(
    {"investigate", "investigation", "inquiry", "probe", "review", "examine", "hearing", "decision", "ruling"}
    | {"verdict", "adjudicate", "consider", "hear", "disciplinary", "tribunal"}
)
# The decisions that settle an allegation: verbs of a ruling or sanction told as done ("was fined", "banned him",
# "cleared the club", "upheld the complaint") …
_DECIDING = frozenset(
    {"penalise", "penalize", "fine", "ban", "suspend", "disqualify", "convict", "acquit", "clear", "uphold", "dismiss"}
    | {"reprimand", "sanction", "sentence", "strip", "exonerate", "dock", "rule", "punish", "warn"}
)
# … or a sanction handed out ("handed him a five-second penalty", "was given a two-match ban").
_SANCTIONS = frozenset(
    {"penalty", "fine", "ban", "suspension", "reprimand", "sanction", "verdict", "ruling", "disqualification"}
    | {"punishment", "warning", "sentence", "deduction"}
)
_HANDING = frozenset({"hand", "give", "issue", "impose", "receive", "slap", "award", "deliver"})
_ALLEGING_HEDGES = ("alleg", "accused of", "suspected of")


def _allegation_decided(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token]) -> bool:
    """Whether a rewrite published after its source reports the decision that settles what the source gives as an
    allegation still to be decided ("The stewards are investigating an alleged unsafe release, and a decision is
    expected on Monday" → "The stewards on Monday handed him a penalty for an unsafe release"): the source's
    allegation hedge, an inquiry or awaited decision in the source sentence, and in the rewrite a ruling or sanction
    told as done (a past verb of deciding, or a sanction noun after a past verb of handing it out). A follow-up that
    reports the ruling states what the ruling body found, no allegation made fact; the same day, or with no decision,
    it would be."""
    if not any(w in q.span.text.lower() for w in _ALLEGING_HEDGES):
        return False
    published = publication_dates(facts, m.document, m.other)
    if not (published[0] and published[1] and published[0] > published[1]):
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    if not any(t.lemmas & _PENDING for t in source):
        return False
    done = [k for k, t in enumerate(tokens) if _past_form(t) and not (k > 0 and tokens[k - 1].lower in _UNDONE)]
    return any(tokens[k].lemmas & _DECIDING for k in done) or any(
        tokens[k].lemmas & _HANDING and any(t.lower in _SANCTIONS for t in tokens[k + 1 : k + 8]) for k in done
    )


def _past_form(t: Token) -> bool:
    """Whether a word is a verb's past form, not its base ("fined", "handed", "gave", "upheld"; not "fine", "ban")."""
    return t.is_word and t.lower != t.lemma and (t.lower.endswith(("ed", "en", "nt")) or t.lower in _IRREGULAR_PAST)


_IRREGULAR_PAST = frozenset({"gave", "upheld", "struck", "took", "got", "dealt"})


# Words that give a figure as approximate: "about 66.8 million", "around $2bn", "some 40,000".
_APPROXIMATELY = frozenset({"about", "around", "roughly", "approximately", "some", "nearly", "almost"})
_CURRENCY_SIGNS = frozenset("$£€¥")


def _forecaster_approximates(
    facts: FactBase, m: Match, q: Qualifier, mine: list[Qualifier], tokens: list[Token]
) -> bool:
    """Whether a forecast figure the source attributes ("The harvest is forecast at 66.8 million bags, Conab said") is
    restated as approximate and attributed to the same forecaster ("Brazil will harvest about 66.8 million bags, Conab
    said"): still that body's estimate, not the outlet's certainty. Without the approximation ("will harvest 66.8
    million bags, Conab said") or the attribution it is a forecast made certain."""
    if q.span.text.lower().split()[0] not in _FORECASTING_ANY | {"projected"}:
        return False
    cited = {
        w for x in qualifiers(facts, m.other, m.other_sentence) if x.kind == "attributed" for w in _name_words(x.source)
    }
    if not any(_name_words(x.source) & cited for x in mine if x.kind == "attributed"):
        return False
    figures = {f for f in _figures(facts.sentence_text(m.other, m.other_sentence)) if not _YEAR.fullmatch(f)}
    return any(_figures(t.text) & figures and _approximated(tokens, k) for k, t in enumerate(tokens))


def _approximated(tokens: list[Token], k: int) -> bool:
    """Whether the figure at ``k`` is given as approximate: "about 66.8 million", "around $4.8 billion"."""
    j = k - 1 if k > 0 and tokens[k - 1].text in _CURRENCY_SIGNS else k
    return j > 0 and tokens[j - 1].lower in _APPROXIMATELY


def _bears_on_clause(facts: FactBase, m: Match, q: Qualifier, mine: Qualifier, tokens: list[Token]) -> bool:
    """Whether the rewrite's own hedge ``mine`` keeps the source's: a caveat does, a hedge only in the clause that
    restates the hedged one ("The agency expects to count the votes on Monday, and the result will be declared on
    Tuesday", "Power cuts are likely, and some villages will be cut off": the second clause is a flat claim)."""
    if mine.whole or q.kind != "hedged":
        return True
    at = next((i for i, t in enumerate(tokens) if t.start >= mine.span.start), -1)
    return _in_restating_clause(facts, m, q, tokens, at)


def _caveat_follows(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """Whether a caveat the source gives in its next sentence ("AV estimates this freed 40 crews a day, but its data
    could not confirm …") stays next to the claim in the rewrite: the rewrite's next sentence restates that sentence
    (scores at least the restating threshold with it), so the caveat is weighed there, not on this claim."""
    following = m.other_sentence + 1
    sentences = facts.extractions[m.document].sentences
    if m.sentence + 1 >= len(sentences) or q.span.start < facts.sentence(m.other, m.other_sentence).span.end:
        return False
    scored = source_scores_at_least(facts, m.document, m.sentence + 1, [m.other], ALIGN_THRESHOLD)
    return any(i == following for _score, _src, i in scored)


def _forecast_on_restated(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token]) -> bool:
    """Whether the rewrite sentence (``tokens``) makes a forecast that bears on what it restates of the hedged source
    clause: a forecast in another coordinated clause ("The board expects to meet on Monday, and the deal will be
    signed on Tuesday") leaves the second a flat claim. With no second clause, any forecast bears on the sentence."""
    verb = _forecast(tokens, _FORECASTING_ANY, objects=True)
    if verb is None:
        return False
    return _in_restating_clause(facts, m, q, tokens, next((i for i, t in enumerate(tokens) if t.text == verb), -1))


def _in_restating_clause(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token], at: int) -> bool:
    """Whether the rewrite's word at ``at`` stands in the coordinated clause that restates most of the hedged source
    clause (or the sentence has one clause)."""
    clauses = _clauses(tokens)
    if len(clauses) < 2:
        return True
    source = sentence_tokens(facts, m.other, m.other_sentence)
    hedged = set(content_lemmas(_governed(source, q.kind, q.span, q.whole)))
    theirs = next(c for c in clauses if any(t.start == tokens[at].start for t in c))
    held = [len(hedged & set(content_lemmas(c))) for c in clauses]
    if len(hedged & set(content_lemmas(theirs))) >= max(held) or max(held) < 2:
        return True
    return _subordinate(theirs) and _restates_predicate(source, q, theirs)


def _subordinate(clause: list[Token]) -> bool:
    """Whether ``clause`` opens with a subordinator (", where he may partner …", ", chiefly because …")."""
    first = clause[1] if len(clause) > 1 and clause[0].lower in _CLAUSE_ADVERBS else clause[0]
    return first.lower in _SUBORDINATORS


def _restates_predicate(source: list[Token], q: Qualifier, clause: list[Token]) -> bool:
    """Whether ``clause`` restates two content words of what the source hedge's verb qualifies ("may be paired
    temporarily with another player in training sessions" → ", where he may partner other players in sessions"): a
    subordinate clause that restates the hedged predicate keeps its hedge there."""
    predicate = _hedged_predicate(source, q.span)
    return predicate is not None and len(set(content_lemmas(predicate)) & set(content_lemmas(clause))) >= 2


def _restating_clause(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token]) -> list[Token]:
    """The clause of the rewrite sentence that restates most of the hedged source clause (the whole sentence when no
    clause holds two of its words): a schedule in a relative clause (", where a new line is due to start") frames
    that clause, not the claim."""
    clauses = _clauses(tokens)
    source = sentence_tokens(facts, m.other, m.other_sentence)
    hedged = set(content_lemmas(_governed(source, q.kind, q.span, q.whole)))
    held = [len(hedged & set(content_lemmas(c))) for c in clauses]
    return tokens if max(held) < 2 else clauses[held.index(max(held))]


# What opens a subordinate clause after a comma: ", where a new line is due …", ", chiefly because it expects …".
_SUBORDINATORS = frozenset({"because", "where", "which", "while", "whereas", "although", "though", "since"})
_CLAUSE_ADVERBS = frozenset({"chiefly", "mainly", "mostly", "largely", "partly", "partially", "probably", "not"})


_RELATIVES = frozenset({"which", "who", "whose"})


def _clauses(tokens: list[Token]) -> list[list[Token]]:
    """The sentence's clauses, cut where :func:`_joins_clause` says; a relative clause set off by commas is an aside,
    and the main clause it interrupts resumes after it ("the final report, which will include the cause, could take
    two years": "could take two years" goes with "the final report"): a clause opening with "which" or "who" ends at
    its next comma when a modal or auxiliary follows that comma, and what follows joins the clause before the aside."""
    cuts = [0, *(k + 1 for k in range(len(tokens) - 1) if _joins_clause(tokens, k)), len(tokens)]
    clauses: list[list[Token]] = []
    for s, e in itertools.pairwise(cuts):
        clause = tokens[s:e]
        if clauses and clause and clause[0].lower in _RELATIVES:
            close = next(
                (
                    k
                    for k in range(1, len(clause) - 1)
                    if clause[k].text == "," and (clause[k + 1].lower in _MODALS or clause[k + 1].lower in _AUXILIARIES)
                ),
                None,
            )
            if close is not None:
                clauses[-1] = clauses[-1] + clause[close + 1 :]
                clauses.append(clause[: close + 1])
                continue
        clauses.append(clause)
    return clauses


def _joins_clause(tokens: list[Token], k: int) -> bool:
    """Token ``k`` ends a clause that a coordinated clause with a verb of its own follows (", and the result will
    …", "; …"), not a list (", and profits"), or that a subordinate clause follows (", where a new line is due to
    start", ", chiefly because it expects …": a hedge there qualifies that clause, not the main claim)."""
    if tokens[k].text == ";":
        return True
    if tokens[k].text == "," and k + 1 < len(tokens):
        j = k + 2 if tokens[k + 1].lower in _CLAUSE_ADVERBS else k + 1
        if j < len(tokens) and tokens[j].lower in _SUBORDINATORS:
            return True
    if tokens[k].text != "," or k + 1 >= len(tokens) or tokens[k + 1].lower not in ("and", "but"):
        return False
    return any(u.lower in _AUXILIARIES or u.lower in _MODALS for u in tokens[k + 2 : k + 8])


_MODALS = frozenset({"will", "would", "could", "should", "may", "might", "must", "can", "shall"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
# verbs that give a claim about the future as a warning or forecast, not as a plain statement ("said … will")
_WARNING = frozenset({"warn", "caution", "signal", "flag", "predict", "forecast", "project"})


def _forecast_still_theirs(facts: FactBase, m: Match, q: Qualifier, mine: list[Qualifier], tokens: list[Token]) -> bool:
    """A forecast ("The group expects rates to soften") restated as the forecaster's warning about the future ("Group
    warns rates will soften", "the company warned that rates would soften"): the rewrite attributes the claim to
    the one the source has forecast it (a word of the forecaster in the attribution, or a pronoun forecaster) with a
    verb of warning or forecasting, and keeps it in the future. A forecast restated in the past, as a plain statement
    ("X will be done, the manager said": a flat claim) or attributed to someone else is not."""
    if q.span.text.lower() not in _FORECASTING_ANY or not any(u.lower in _FUTURE for u in tokens):
        return False
    cited = [
        x for x in mine if x.kind == "attributed" and any(lemma_set(w.lower()) & _WARNING for w in x.span.text.split())
    ]
    if not cited:
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    at = next((i for i, t in enumerate(source) if t.start >= q.span.start), 0)
    forecaster = {t.lower for t in source[max(0, at - 4) : at] if t.is_word and t.lower not in STOPWORDS}
    if not forecaster and at > 0 and source[at - 1].lower in _SELF:
        return True  # "It expects …": the forecaster is the one the story is about
    return any(forecaster & _name_words(x.source) for x in cited)


def _says_would(tokens: list[Token]) -> bool:
    """Whether the sentence reports in the present what "would" be ("…, and says the new lines would create about
    2,100 jobs"): a verb of saying in the present tense, then "would" in its clause, the speaker's conditional claim
    (a past "said … would" may be a certain "will" reported)."""
    for k, t in enumerate(tokens):
        if not (t.lemmas & REPORTING_VERBS) or t.lower not in {f"{lemma}s" for lemma in t.lemmas & REPORTING_VERBS}:
            continue
        for u in tokens[k + 1 : k + 10]:
            if u.text in _STOPS or u.text == ".":
                break
            if u.lower == "would":
                return True
    return False


def _attributed_total(facts: FactBase, m: Match, cited: Qualifier) -> bool:
    """Whether the rewrite sentence breaks down a total that another of its sentences attributes to the same source
    ("…killed at least nine people, officials said." … "The dead included four people in Perry County, three in Knott
    County and two in Letcher County."): the parts add up to the attributed total, so the story keeps the
    attribution."""
    parts = [n for n in scan(facts.sentence_text(m.document, m.sentence)) if n.is_count and not n.year]
    if len(parts) < 2:
        return False
    total = sum(n.value for n in parts)
    words = _name_words(cited.source) | _head_noun(cited.span.text)
    if not words:
        return False
    for k in range(len(facts.extractions[m.document].sentences)):
        if k == m.sentence:
            continue
        cites = any(
            q.kind == "attributed" and words & (_name_words(q.source) | _head_noun(q.span.text))
            for q in qualifiers(facts, m.document, k)
        )
        if cites and any(
            n.is_count and n.bounds.low <= total <= n.bounds.high and (n.value == total or n.bounds.bounded)
            for n in scan(facts.sentence_text(m.document, k))
        ):  # ("at least nine" holds a total of nine, not of 40)
            return True
    return False


# Verbs of intention: "They hope to close the deal", "The city plans to reopen the bridge", "aims to", "intends to",
# "wants to", "seeks to".
_INTENDING = frozenset({"hope", "aim", "plan", "intend", "want", "seek", "propose"})


_HOPE_REACH = 8


def _intended(tokens: list[Token]) -> bool:
    """Whether a sentence states its claim as someone's intention or hope: a subject + "hope/aim/plan/intend to" ("They
    hope to close the deal …"), "hopes" before a "will" or "would" ("The board hopes the work will be finished …"), or
    a schedule ("are due to meet"); "the plan to" is none."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        after = tokens[i + 1].lower if i + 1 < n else ""
        before = tokens[i - 1] if i > 0 else None
        subject = before is not None and before.is_word and before.lower not in _DETERMINERS
        if t.lemmas & _INTENDING and after == "to" and subject and is_verb(tokens, i):
            return True
        ahead = tokens[i + 1 : i + 1 + _HOPE_REACH]
        if "hope" in t.lemmas and subject and is_verb(tokens, i) and any(u.lower in _FUTURE for u in ahead):
            return True
        if t.lower == "due" and before is not None and before.lower in _BE and _scheduled(tokens, i + 1):
            return True  # "Fishing organisations are due to meet the minister": a schedule, no fact yet
    return False


def _conditioned(tokens: list[Token]) -> bool:
    """Whether a sentence states its claim under a condition or proviso: an "if"/"unless" clause opening the sentence
    or after a comma ("…, if regulators approve"), or a proviso after a comma ("…, provided equipment arrives", "…,
    subject to funding"); "as if", "even if" and "asked if" are none."""
    for i, t in enumerate(tokens):
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        opens = i == 0 or tokens[i - 1].text == ","
        if t.lower in ("if", "unless") and opens and after and after not in ("any", "so", "not", "necessary", "needed"):
            return True
        if opens and i > 0 and _PROVISO.match(" ".join(u.text for u in tokens[i : i + 3])):
            return True
    return False


# Words before an "if" that make it no condition: "as if", "even if", "asked if" (whether), "only if" (a condition
# kept: see _conditional).
_NOT_CONDITIONAL = frozenset({"as", "even", "ask", "wonder", "know", "see", "check", "decide", "unclear", "doubt"})


def _conditional(tokens: list[Token]) -> bool:
    """Whether a sentence states its claim under a condition anywhere in it ("…, leaving them little to fall back on
    if this season also fails", "unless rain comes"): an "if"/"unless" that is no "as if", "even if" nor a question's
    "if" ("asked if", "unclear if")."""
    for i, t in enumerate(tokens):
        if t.lower not in ("if", "unless") or i + 1 >= len(tokens) or not tokens[i + 1].is_word:
            continue
        if i == 0 or not (tokens[i - 1].lemmas | {tokens[i - 1].lower}) & _NOT_CONDITIONAL:
            return True
    return False


def _foretold(tokens: list[Token]) -> bool:
    """Whether a sentence tells of the future as a forecast or a plan ("expect it to close", "the deal would close",
    "will open"), not as a possibility ("could cut rates", "may have fled"), which an intention would turn into fact."""
    lows = {t.lower for t in tokens}
    if lows & _MODAL_HEDGES:
        return False
    return _forecast(tokens) is not None or bool(lows & {"will", "would", "'ll"})


_REPORTATIVE_PARTICIPLES = frozenset({"reported", "alleged", "suspected", "claimed", "purported", "rumoured"})
_BEFORE_MODIFIER = frozenset(
    {"no", "the", "a", "an", "any", "its", "their", "his", "her", "some", "several", "many", "few", "other", "more"}
)


def _reportative_modifier(tokens: list[Token]) -> bool:
    """The sentence qualifies a noun as reported or alleged: "There have been no reported deaths", "the alleged
    bribes", "two suspected cases" (a participle after a determiner or number, before a word), or an amount as
    estimated ("an estimated $2 million"), not the verb ("Police reported two deaths")."""
    return any(
        (
            (t.lower in _REPORTATIVE_PARTICIPLES and after.is_word)
            or (t.lower == "estimated" and (after.text[:1] in _AMOUNT_FIRST_CHARS or after.lower in _AMOUNT_STARTS))
        )
        and after.lower not in ("by", "to", "that")
        and (before.lower in _BEFORE_MODIFIER or before.text[:1].isdigit())
        for before, t, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


# "may not"/"may no longer" restated by a word of prohibition: the source's "may" forbade, it did not hedge
_PROHIBITED = re.compile(
    r"\b(?:barred|banned|prohibited|forbidden|disqualified|not (?:be )?(?:allowed|permitted)|cannot|can't|can not"
    r"|must not|mustn't)\b",
    re.I,
)


_PERMITTING = re.compile(r"(?i)\b(?:can|(?:allowed|permitted|free)\s+to)\b")


def _permits(tokens: list[Token]) -> bool:
    """Whether a sentence grants a permission or states a possibility with "can" or "allowed to" ("Producers can
    apply to book the hall", "are allowed to fish"): a "may" restated so is still no fact."""
    return bool(_PERMITTING.search(" ".join(t.lower for t in tokens)))


def _prohibition_kept(facts: FactBase, m: Match, q: Qualifier, tokens: list[Token]) -> bool:
    """A source "may not" / "may no longer" ("Under the ruling, she may not hold office") that the rewrite restates
    as a prohibition ("She is barred from holding office", "cannot hold office"): a rule, not a possibility."""
    if q.span.text.lower() != "may":
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    at = next((i for i, t in enumerate(source) if t.start >= q.span.start), len(source))
    if at + 1 >= len(source) or source[at + 1].lower not in ("not", "no"):
        return False
    return bool(_PROHIBITED.search(facts.sentence_text(m.document, m.sentence)))


_ESTIMATING = frozenset({"should", "estimate", "estimates", "estimated", "projected"})
_LIKELY = frozenset({"expected", "likely"})


def _estimates(tokens: list[Token]) -> Iterator[int]:
    """Where the sentence gives a claim as an estimate, expectation or possibility: the index of each "should",
    "estimates", "is expected to", "are likely to", "is possible" (not "as expected", not a comparison: "were less
    likely to")."""
    for i, t in enumerate(tokens):
        if t.lower in _ESTIMATING:
            yield i
        if t.lower == "seen" and 0 < i < len(tokens) - 1 and tokens[i - 1].lower in ("is", "are"):
            ahead = tokens[i + 1]
            if ahead.lower in ("at", "to", "as") or _gerund(ahead):
                yield i  # "Unemployment is seen peaking at 9%", "growth is seen at 2%": a forecast
        if (
            t.lower in _LIKELY
            and 0 < i < len(tokens) - 1
            and tokens[i + 1].lower == "to"
            and tokens[i - 1].lower in _BE
        ):
            yield i
        if t.lower in _POSSIBLE and i > 0 and tokens[i - 1].lower in _BE:
            yield i  # "a return to profit is possible if …"
        if t.lower in ("put", "puts") and _put_at_amount(tokens, i):
            yield i  # "The Commission puts the savings at about €600m": its estimate
        if t.lower in ("sees", "see") and i > 0 and tokens[i - 1].is_word and _seen_ahead(tokens, i):
            yield i  # "the Bank now sees inflation averaging 4.8%", "sees growth at 2%": its forecast
        if t.lower == "due" and i > 0 and tokens[i - 1].lower in _BE and _scheduled(tokens, i + 1):
            yield i  # "a report is due within 30 days", "is due to open in May": a schedule, no fact yet


def _seen_ahead(tokens: list[Token], i: int) -> bool:
    """Whether "sees" at ``i`` sees its object at an amount or doing something ("sees inflation averaging 4.8%",
    "sees growth at 2%") within its clause: a forecast."""
    for k in range(i + 2, min(len(tokens) - 1, i + 6)):
        if tokens[k].text in _STOPS or tokens[k].text == ".":
            return False
        if _gerund(tokens[k]) or (tokens[k].lower == "at" and _amount_at(tokens, k + 1)):
            return True
    return False


# Words that open a time given loosely or ahead: "due around mid-October", "due early next year", "due next week".
_ROUGH_TIMES = frozenset(
    {"next", "this", "later", "soon", "shortly", "around", "about", "roughly", "approximately", "early", "late", "mid"}
)


def _scheduled(tokens: list[Token], k: int) -> bool:
    """Whether what follows "is due" at ``k`` is a time or an infinitive ("due within 30 days", "due on Monday", "due
    to open", "due around mid-October"), a schedule, not a cause ("due to the rain", "due to falling orders")."""
    if k >= len(tokens):
        return True
    if tokens[k].lower == "to":
        verb = tokens[k + 1] if k + 1 < len(tokens) else None
        return verb is not None and verb.lower not in _DETERMINERS and not _gerund(verb) and is_verb(tokens, k + 1) > 0
    word = tokens[k].lower
    return word in _LIMITS or word in _ROUGH_TIMES or word.startswith("mid-")


def _put_at_amount(tokens: list[Token], i: int) -> bool:
    """Whether "put" at ``i`` puts its object at an amount in the same clause ("puts the savings at about €600m")."""
    for k in range(i + 2, min(len(tokens) - 1, i + 14)):
        if tokens[k].text in _STOPS or tokens[k].text == ".":
            return False
        if tokens[k].lower == "at":
            return _amount_at(tokens, k + 1)
    return False


_POSSIBLE = frozenset({"possible", "probable", "conceivable"})


_BE = frozenset({"is", "are", "was", "were", "be", "been"})


def _factive(q: Qualifier) -> bool:
    """An attribution that vouches for what it reports ("…, police confirmed", "the inquiry revealed")."""
    return q.kind == "attributed" and any(lemma_set(w.lower()) & {"confirm", "reveal"} for w in q.span.text.split())


# Verbs of speaking, judging or deciding whose subject owns the claim ("Whitfield ruled out …", "The minister
# denied …", "Analysts likened the fire to …", "The board put the cost at …").
_SPEAKER_VERBS = REPORTING_VERBS | {
    "deny", "reject", "dismiss", "refuse", "promise", "pledge", "vow", "concede", "predict", "forecast", "expect",
    "anticipate", "accuse", "blame", "defend", "rule", "liken", "compare", "describe", "stress", "emphasise",
    "emphasize", "put",
}  # fmt: skip
# verbs that own a claim only with their particle: "ruled out" / "ruled that", "put the toll at"
_SPEAKER_PARTICLES = {"rule": ("out", "that"), "put": ("at",)}
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _speaker_subject(facts: FactBase, m: Match, source: str) -> bool:
    """The rewrite opens with the cited source as the subject of a verb of speaking or deciding ("Boss Dana
    Whitfield ruled out …" for "Chief executive Dana Whitfield said … did not rule out …", "Vantage has blamed …"):
    still attributed. "rule" only as "ruled out" / "ruled that"."""
    names = [w for w in (x.lower().strip("'’,") for x in source.split()) if w and w not in STOPWORDS]
    if not names:
        return False
    tokens = sentence_tokens(facts, m.document, m.sentence)
    for i, t in enumerate(tokens[:-1]):
        if t.lower != names[-1]:
            continue
        lead = tokens[_list_marker_end(tokens) : i]
        if not all(u.is_word and (u.text[0].isupper() or u.lower in names or u.lower in _DETERMINERS) for u in lead):
            return False  # not the sentence's subject ("Sales fell after the minister denied …")
        k = i + 1
        while k < len(tokens) - 1 and tokens[k].lower in _AUXILIARIES:
            k += 1  # "Vantage has blamed …": the verb after its auxiliary
        verb = tokens[k]
        lemmas = verb.lemmas & _SPEAKER_VERBS
        if not lemmas or not verb.is_word:
            return False
        particles = _SPEAKER_PARTICLES.get(next(iter(lemmas))) if len(lemmas) == 1 else None
        if particles is None:
            return True
        if "at" in particles:  # "put turnout at 68%": the particle after its object, in the same clause
            for u in tokens[k + 1 : k + 13]:
                if u.lower == "at" or u.text in ",;:.!?()":
                    return u.lower == "at"
            return False
        return k + 1 < len(tokens) and tokens[k + 1].lower in particles
    return False


def _list_marker_end(tokens: list[Token]) -> int:
    """Where a sentence starts after the marker of a list item it opens with ("- The Commission puts …", "• …")."""
    return 1 if tokens and tokens[0].text in ("-", "*", "•", "–", "—") else 0


def merged(facts: FactBase) -> list[Match]:
    """Rewrite sentences that merge two adjacent source sentences: both score at least the restating threshold and
    are its two best matches, and the pair together matches it better than either alone. One Match per source
    sentence, each scored with the pair's merged vector (a merged sentence's words are split between its two
    sources, so neither alone may reach ``min_score``). Computed once per run (hedge-dropped and negation-flip both
    read it; shared: do not modify)."""
    return facts.derived("hedge-dropped.merged", _merged)


def _merged(facts: FactBase) -> list[Match]:
    # the two best matter only when both reach the threshold: the others need not be scored
    return [
        Match(doc, sentence, src, k, score)
        for doc, sentence, best, src, (i, j) in _adjacent_best_two(facts, ALIGN_THRESHOLD)
        if (score := merged_score(facts, doc, sentence, [(src, i), (src, j)])) > best
        for k in sorted((i, j))
    ]


def _adjacent_best_two(facts: FactBase, floor: float) -> Iterator[tuple[str, int, float, str, tuple[int, int]]]:
    """Each rewrite sentence whose two best source sentences scoring at least ``floor`` are adjacent sentences of one
    source: (document, sentence, best score, source, (the best source sentence, the second))."""
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            scored = source_scores_at_least(facts, doc, s.index, sources, floor)
            if len(scored) < 2:
                continue
            (a, src_a, i), (_b, src_b, j) = scored[0], scored[1]
            if src_a == src_b and abs(i - j) == 1:
                yield doc, s.index, a, src_a, (i, j)


def _pairs(facts: FactBase, min_score: float) -> list[tuple[Match, bool]]:
    """The sentence pairs weighed, each with whether only hedges count: restatements scoring at least ``min_score``,
    and the halves of merged sentences (hedges only: a rewrite that merges two facts often cites their source once,
    elsewhere, but a dropped "may have" changes the merged claim itself)."""
    found = {
        (m.document, m.sentence, m.other, m.other_sentence): (m, False)
        for m in restatements(facts)
        if m.score >= min_score
    }
    for m in merged(facts):
        if m.score >= min_score:
            found.setdefault((m.document, m.sentence, m.other, m.other_sentence), (m, True))
    for m in restatements(facts):
        if ALIGN_THRESHOLD <= m.score < min_score and (_restates_hedged_figure(facts, m) or _hedged_cause(facts, m)):
            found.setdefault((m.document, m.sentence, m.other, m.other_sentence), (m, True))
    for m in (
        _hedged_twice(facts) + _dated_from_next(facts) + _hedged_figure_made_certain(facts) + _estimate_made_fact(facts)
    ):
        found.setdefault((m.document, m.sentence, m.other, m.other_sentence), (m, True))
    for m in _modal_made_will(facts, min_score) + _forecast_made_certain(facts) + _projection_made_done(facts):
        found.setdefault((m.document, m.sentence, m.other, m.other_sentence), (m, True))
    for m in _allegation_merged(facts, min_score):  # attributions too, where a merged sentence weighs hedges only
        key = (m.document, m.sentence, m.other, m.other_sentence)
        found[key] = (found.get(key, (m, False))[0], False)
    return [found[k] for k in sorted(found)]


# Words before "to" that project an act from a trend or a count ("on track to win", "is expected to win", "is poised
# to take", "tipped to win"): the act still ahead.
_PROJECTING = frozenset(
    {"track", "course", "expected", "likely", "poised", "tipped", "projected", "forecast", "predicted", "favourite"}
)
_DONE_IRREGULAR = frozenset({"won", "lost", "took", "beat", "held", "kept", "left", "sold", "bought", "made"})


def _projected_acts(tokens: list[Token]) -> dict[str, int]:
    """The lemmas of the acts a sentence projects, each with the place of its "to" ("Ms Galbraith appears on track to
    win the seat": win), not denied ("is not expected to win")."""
    out: dict[str, int] = {}
    for k in range(1, len(tokens) - 1):
        if tokens[k].lower == "to" and tokens[k - 1].lower in _PROJECTING and not negated_at(tokens, k - 1):
            out.setdefault(primary_lemma(tokens[k + 1].lower), k)
    return out


def _acts_done(tokens: list[Token]) -> dict[str, int]:
    """The acts a sentence tells as done, by lemma, with their place ("has won the by-election", "won the seat";
    not after a modal, "to" or a negation)."""
    out: dict[str, int] = {}
    for j, t in enumerate(tokens):
        past = t.lower.endswith("ed") or t.lower in _DONE_IRREGULAR
        if not (t.is_word and past and t.lower != t.lemma and is_verb(tokens, j) == 2):
            continue
        if any(u.lower in _UNDONE or u.lower.endswith("n't") for u in tokens[max(0, j - 3) : j]):
            continue
        out.setdefault(t.lemma, j)
    return out


def _projected_act_done(facts: FactBase, m: Match) -> bool:
    """Whether the rewrite sentence tells as done an act its source sentence projects (:func:`_projection_made_done`)
    for the same actor (a name before the act in both), in a rewrite not published after its source."""
    published = publication_dates(facts, m.document, m.other)
    if published[0] and published[1] and published[0] > published[1]:
        return False
    mine, theirs = sentence_tokens(facts, m.document, m.sentence), sentence_tokens(facts, m.other, m.other_sentence)
    done, projected = _acts_done(mine), _projected_acts(theirs)
    return any(_names(mine, done[act]) & _names(theirs, projected[act]) for act in set(done) & set(projected))


# Titles that name no one by themselves ("Mr", "Dr"): an actor is named by the words after them.
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "lord", "lady"})


def _names(tokens: list[Token], end: int) -> set[str]:
    """The capitalised words before token ``end`` (the first only when it is no stopword), titles aside: who does
    or is projected to do the act ("Galbraith", "Kestrels")."""
    return {
        t.lower
        for k, t in enumerate(tokens[:end])
        if t.is_word and t.text[0].isupper() and t.lower not in _TITLE_WORDS and (k > 0 or t.lower not in STOPWORDS)
    }


def _projection_made_done(facts: FactBase) -> list[Match]:
    """Rewrite sentences not published after their source that tell as done an act a source sentence projects for
    the same named actor ("Ms Galbraith appears on track to win the seat" → the same day, "Fiona Galbraith has won
    the by-election"): a projection from a partial count stated as the outcome. The source sentence may be any that
    shares a word (a lead's result is often projected in a later paragraph of the source)."""
    out = []
    projecting_in: dict[str, set[int]] = {}  # a source's projecting sentences (a source serves several rewrites)
    for doc, sources in rewrite_pairs(facts):
        telling: list[int] | None = None  # the rewrite's sentences that tell an act as done, read at most once
        for src in sources:
            projecting = projecting_in.get(src)
            if projecting is None:
                sentences = facts.extractions[src].sentences
                projecting = projecting_in[src] = {
                    s.index for s in sentences if _projected_acts(sentence_tokens(facts, src, s.index))
                }
            if not projecting:
                continue  # (most sources project nothing: no rewrite sentence is scored against them)
            if telling is None:
                sentences = facts.extractions[doc].sentences
                telling = [s.index for s in sentences if _acts_done(sentence_tokens(facts, doc, s.index))]
            for k in telling:
                for score, other, i in source_scores_at_least(facts, doc, k, [src], 0.0):
                    if i in projecting and _projected_act_done(facts, m := Match(doc, k, other, i, score)):
                        out.append(m)
                        break
    return out


_PREDICATE_SHARED = 2
"""Content words the words after a verb must share for "could VERB …" and "will VERB …" to be one predicate."""


def _modal_made_will(facts: FactBase, min_score: float) -> list[Match]:
    """Rewrite sentences that put "will" where their best source sentence (at least the support floor, below
    ``min_score``) has a modal of possibility on the same verb with the same words after it ("These findings suggest
    vestaparib could become an important additional option" → "The drug will become an important additional option
    …, said the study's lead"): the possibility stated as certain, however loosely the rest is paraphrased."""
    out = []
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            willed = _after_aux(sentence_tokens(facts, doc, s.index), _FUTURE)
            if not willed:
                continue
            best = best_support(facts, doc, s.index, sources)
            if best is None or not SUPPORT_FLOOR <= best.score < min_score:
                continue
            hedged = _after_aux(sentence_tokens(facts, best.other, best.other_sentence), _MODAL_HEDGES)
            if any(_one_predicate(will, could) for will in willed for could in hedged):
                out.append(best)
    return out


_ADDED_SHARED = 2
"""Content words a rewrite sentence must add from an adjacent source sentence to have merged it."""


def _allegation_merged(facts: FactBase, min_score: float) -> list[Match]:
    """Rewrite sentences that restate their best source sentence (at least ``min_score``) and add at least two content
    words that only an adjacent sentence alleging gives ("… were indicted in June on related bribery charges. The
    indictment alleges they accepted payments from the same network of inmates." → "…, also took bribes from the same
    inmate network; they were indicted in June"): an allegation merged into a fact, however loosely paraphrased. One
    Match for the alleging sentence (attributions too)."""
    out = []
    idx = index(facts)
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            # the best of source_scores() when it reaches min_score, read from the run's kept scores
            scored = source_scores_at_least(facts, doc, s.index, sources, min_score)
            if not scored or _alleges(facts, scored[0][1], scored[0][2]):
                continue
            _best, src, i = scored[0]
            # the alleging sentences beside the best, as source_scores() ranks them (any score)
            scores = idx.scores(doc, s.index, src)
            beside = sorted(
                ((round(scores[j], 6), j) for j in (i - 1, i + 1) if j in scores and _alleges(facts, src, j)),
                key=lambda x: (-x[0], x[1]),
            )
            if not beside:
                continue
            added = set(content_lemmas(sentence_tokens(facts, doc, s.index)))
            added -= set(content_lemmas(sentence_tokens(facts, src, i)))
            for score, j in beside:
                if len(added & set(content_lemmas(sentence_tokens(facts, src, j)))) >= _ADDED_SHARED:
                    out.append(Match(doc, s.index, src, j, score))
    return out


def _alleges(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a sentence attributes its claim as an allegation (:func:`_alleged`) or hedges it as one
    ("allegedly", "reportedly")."""
    return any(
        _alleged(q) if q.kind == "attributed" else any(w in q.span.text.lower() for w in _REPORTATIVE)
        for q in qualifiers(facts, document, sentence)
    )


def _forecast_made_certain(facts: FactBase) -> list[Match]:
    """Rewrite sentences with a clause that says "will" and restates what a hedge of their best source sentence (at
    least the support floor) governs, however loosely the rest is paraphrased ("NEA projects that weekly case numbers
    could exceed 1,000 by July if …" → "Weekly infections will pass 1,000 by July, as …"): see
    :func:`_will_clause_bears`."""
    out = []
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            if not _will_clauses(sentence_tokens(facts, doc, s.index)):
                continue
            best = best_support(facts, doc, s.index, sources)
            if best is None or best.score < SUPPORT_FLOOR:
                continue
            if any(_will_clause_bears(facts, best, q) for q in qualifiers(facts, best.other, best.other_sentence)):
                out.append(best)
    return out


# Verbs that make a "will" after them someone's hope or forecast, not the writer's assertion ("The board hopes the
# work will be finished", "Analysts expect that rates will fall").
_HOPING = frozenset({"hope", "expect", "believe", "think", "fear", "predict", "forecast", "anticipate", "trust"})
# A proviso that keeps a forecast conditional: "provided equipment arrives", "as long as", "subject to approval".
_PROVISO = re.compile(r"(?i)\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as|assuming|subject\s+to)\b")


def _will_clauses(tokens: list[Token]) -> list[list[Token]]:
    """The clauses of a sentence that tell of the future as certain ("Weekly infections will pass 1,000 by July" of
    "…, as the hot season speeds up breeding"): from the stop before "will" (or "'ll", "shall") to its clause's end;
    not in quotation marks, nor one under a condition or proviso ("will … if …", "…, provided …"), nor after a verb
    of hoping or forecasting ("hopes the work will"), which keep a possibility."""
    out = []
    quoted = False
    for k, t in enumerate(tokens):
        quoted ^= t.text in _QUOTES
        if quoted or t.lower not in _FUTURE - {"would"}:
            continue
        start = next((j + 1 for j in range(k - 1, -1, -1) if tokens[j].text in _STOPS), 0)
        rest = tokens[start:]
        if _conditional(rest) or _PROVISO.search(" ".join(u.text for u in rest)):
            continue
        if not any(u.lemmas & _HOPING for u in tokens[start:k]):
            out.append(tokens[start : _hedge_end(tokens, k + 1)])
    return out


def _will_clause_bears(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """Whether a clause of the rewrite sentence that says "will" restates what a hedge of the source sentence on what
    will or could be governs (not a report's "allegedly", nor a caveat): at least two of its content words, and half of
    those the clause shares with the source sentence. A forecast stated as certain is the clause that says "will",
    whatever reason or aside the rest of the sentence adds."""
    if q.kind != "hedged" or q.whole or any(w in q.span.text.lower() for w in _REPORTATIVE):
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    governed = set(content_lemmas(_governed(source, q.kind, q.span, q.whole)))
    everything = set(content_lemmas(source))
    for clause in _will_clauses(sentence_tokens(facts, m.document, m.sentence)):
        stated = set(content_lemmas(clause))
        if len(stated & governed) >= 2 and len(stated & governed) * 2 >= len(stated & everything):
            return True
    return False


@dataclass(frozen=True)
class _Predicate:
    """A verb after an auxiliary: its lemma, the content lemmas of its subject (up to the clause's start) and of the
    six words after it."""

    verb: str
    subject: frozenset[str]
    words: frozenset[str]


def _one_predicate(will: _Predicate, could: _Predicate) -> bool:
    """Whether "will VERB …" restates "could VERB …": the same verb, or the same subject (two content words) with
    another verb ("the River Tay at Perth could approach the levels seen in 1993" → "the River Tay at Perth will reach
    its highest level since 1993"), and the words after it alike."""
    same_subject = len(will.subject & could.subject) >= _PREDICATE_SHARED
    return (will.verb == could.verb or same_subject) and len(will.words & could.words) >= _PREDICATE_SHARED


_SUBJECT_REACH = 8


def _subject_before(tokens: list[Token], k: int) -> frozenset[str]:
    """The content lemmas of the subject before an auxiliary at ``k``: its eight words before (an aside between commas
    read with it: "the new emergency wing, scheduled for spring 2028, could …"), back to a semicolon or colon."""
    words: list[Token] = []
    for t in reversed(tokens[:k]):
        if t.text in (";", ":") or len(words) >= _SUBJECT_REACH:
            break
        if t.is_word:
            words.append(t)
    return frozenset(content_lemmas(words))


def _after_aux(tokens: list[Token], auxiliaries: frozenset[str]) -> list[_Predicate]:
    """Each verb after one of ``auxiliaries`` ("could become", "will soon become"), with its subject and the words
    after it (:class:`_Predicate`)."""
    out = []
    for k, t in enumerate(tokens[:-1]):
        if t.lower not in auxiliaries:
            continue
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].lower in _ADVERBS_BEFORE_VERB:
            j += 1
        if tokens[j].is_word and is_verb(tokens, j):
            words = frozenset(content_lemmas(tokens[j + 1 : j + 7]))
            out.append(_Predicate(primary_lemma(tokens[j].lower), _subject_before(tokens, k), words))
    return out


_ADVERBS_BEFORE_VERB = frozenset({"soon", "also", "now", "still", "eventually", "quickly"})


_FIGURE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")


def _figures(text: str) -> set[str]:
    """The numbers written in digits in a text ("8.2", "2029")."""
    return set(_FIGURE.findall(text))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _restates_hedged_figure(facts: FactBase, m: Match, exact: bool = False) -> bool:
    """Whether the rewrite sentence repeats a figure (not a year) that a hedge on a claim about what will or could be
    governs in its source sentence ("net emissions could be 54% below …" → "emissions will be 54% below …"): a hedged
    figure restated is the hedged claim, however loosely the rest of the sentence is paraphrased. With ``exact``, the
    figure must pin the forecast: one with a decimal point, or one repeated with the year the hedge governs too ("could
    reach around 90% of homes by 2030" → "will reach 90% of homes by 2030")."""
    written = _figures(facts.sentence_text(m.document, m.sentence))
    years = {f for f in written if _YEAR.fullmatch(f)}
    stated = written - years
    if not stated:
        return False
    source = sentence_tokens(facts, m.other, m.other_sentence)
    for q in qualifiers(facts, m.other, m.other_sentence):
        if q.kind != "hedged" or q.whole or q.span.text.lower() in _REPORTATIVE:
            continue
        governed = _figures(" ".join(t.text for t in _governed(source, q.kind, q.span, q.whole)))
        shared = stated & governed
        if shared and (not exact or any("." in f for f in shared) or years & governed):
            return True
    return False


def _hedged_cause(facts: FactBase, m: Match) -> bool:
    """Whether the rewrite sentence states a cause (:data:`_CAUSE`) where its source sentence hedges with a modal
    ("warmer sea temperatures may have reduced the abundance of sandeels" → "Warmer seas have cut the supply of
    sandeels, driving the decline"): a cause stated as fact is the claim, however loosely the rest is paraphrased."""
    return bool(_CAUSE.search(facts.sentence_text(m.document, m.sentence))) and _modal_hedge(
        facts, m.other, m.other_sentence
    )


def _hedged_figure_made_certain(facts: FactBase) -> list[Match]:
    """Rewrite sentences that say "will" and repeat a decimal figure, or a figure and its year, that a hedge on what
    will or could be governs in their best source sentence, which they restate only loosely (at least the support
    floor, below the restating threshold): "the Ministry projects that exports could reach 29.5 million tonnes,
    provided that …" → "Exports will climb to 29.5 million tonnes this year."; "Ofwat estimates that leakage could
    fall by around 16% by 2030, if …" → "Leakage will fall 16% by 2030." A forecast's exact figure restated as certain
    is the forecast, however few of its other words the short rewrite keeps. When the best match gives no such figure,
    the best-scoring source sentence at the support floor that gives one is weighed (a bullet sharing "of homes" may
    score higher than the forecast)."""
    out = []
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            if not any(t.lower in ("will", "'ll") for t in sentence_tokens(facts, doc, s.index)):
                continue
            figures = _figures(s.text)
            stated = {f for f in figures if not _YEAR.fullmatch(f)}
            pinned = {f for f in stated if "." in f} or (stated if len(figures) > len(stated) else set())
            if not pinned:
                continue  # (no decimal figure, nor a figure with a year)
            best = best_support(facts, doc, s.index, sources)
            if best is None or best.score < SUPPORT_FLOOR:
                continue
            if pinned & _figures(facts.sentence_text(best.other, best.other_sentence)):
                holder = best if best.score < ALIGN_THRESHOLD else None  # (a restatement is weighed as one)
            else:
                holder = _figure_holder(facts, doc, s.index, sources, pinned)
            if holder is not None and _restates_hedged_figure(facts, holder, exact=True):
                out.append(holder)
    return out


def _estimate_made_fact(facts: FactBase) -> list[Match]:
    """Rewrite sentences that repeat a figure of two or more digits (not a year) their best source sentence lacks and
    that a counterpart (at least the support floor, below the restating threshold) gives as someone's estimate under a
    modal ("the union estimates the raises could add up to $21,000 …" → "The deal is worth $21,000 over four years"):
    the estimate's figure stated as fact, however loosely the rest is paraphrased."""
    out = []
    for doc, sources in rewrite_pairs(facts):
        for s in facts.extractions[doc].sentences:
            figures = {f for f in _figures(s.text) if not _YEAR.fullmatch(f) and sum(c.isdigit() for c in f) > 1}
            best = best_support(facts, doc, s.index, sources)
            if not figures or best is None or figures & _figures(facts.sentence_text(best.other, best.other_sentence)):
                continue
            holder = _figure_holder(facts, doc, s.index, sources, figures)
            if holder is not None and holder.score < ALIGN_THRESHOLD and _estimate_by_belief(facts, holder):
                out.append(holder)
    return out


def _figure_holder(facts: FactBase, doc: str, sentence: int, sources: list[str], figures: set[str]) -> Match | None:
    """The best-scoring source sentence (at least the support floor) that gives one of ``figures``: the counterpart a
    rewrite sentence takes them from when its best match has none ("The festival … at Catherine Hall … will pump
    J$4.8 billion into the economy" best matches the line-up's announcement at Catherine Hall, and the hedged estimate
    "could generate about J$4.8 billion" less)."""
    for score, src, i in source_scores_at_least(facts, doc, sentence, sources, SUPPORT_FLOOR):
        if figures & _figures(facts.sentence_text(src, i)):
            return Match(doc, sentence, src, i, score)
    return None


def _dated_from_next(facts: FactBase) -> list[Match]:
    """Rewrite sentences that restate their best source sentence (at least the restating threshold) and add a figure
    only the adjacent second-best source sentence gives (at least the support floor), when that sentence is hedged by
    a modal and the best is not ("8.2 lakh cases have been pending … The Department expects … could be reduced by half
    by March 2029" → "Cases pending …, now 8.2 lakh, will be halved by March 2029"): the rewrite merges the two, and
    the added figure's claim keeps the hedge. One Match for the hedged sentence, with the merged score."""
    out = []
    for doc, sentence, best, src, (i, j) in _adjacent_best_two(facts, SUPPORT_FLOOR):
        if best < ALIGN_THRESHOLD or not _modal_hedge(facts, src, j) or _modal_hedge(facts, src, i):
            continue
        added = _figures(facts.sentence_text(doc, sentence)) - _figures(facts.sentence_text(src, i))
        if not added & _figures(facts.sentence_text(src, j)):
            continue
        out.append(Match(doc, sentence, src, j, merged_score(facts, doc, sentence, [(src, i), (src, j)])))
    return out


def _hedged_twice(facts: FactBase) -> list[Match]:
    """Rewrite sentences whose two best source sentences are adjacent, each scores at least the support floor and
    holds a modal hedge ("may", "could"), and which together it restates (their merged vector scores at least the
    restating threshold): the source hedges the claim each time it states it (a release's headline "pill may lower
    risk of second stroke" and its lead "could reduce the risk …"), and a rewrite that sums them up in one plain
    statement ("the pill prevents second strokes") drops the hedge. So are those where one of the two forecasts
    ("The deal is expected to close in March", "is on course to claim a fourth week") and the rewrite sentence says
    "will": the forecast merged with a fact is stated as a certain future. One Match per source sentence, merged
    score."""
    return [
        Match(doc, sentence, src, k, score)
        for doc, sentence, _best, src, (i, j) in _adjacent_best_two(facts, SUPPORT_FLOOR)
        if _hedged_each_or_forecast(facts, doc, sentence, src, (i, j))
        and (score := merged_score(facts, doc, sentence, [(src, i), (src, j)])) >= ALIGN_THRESHOLD
        for k in sorted((i, j))
    ]


def _hedged_each_or_forecast(facts: FactBase, doc: str, sentence: int, src: str, pair: tuple[int, int]) -> bool:
    """Whether both source sentences hedge with a modal, or one forecasts and the rewrite sentence says "will"."""
    if all(_modal_hedge(facts, src, k) for k in pair):
        return True
    return any(_forecast_hedge(facts, src, k) for k in pair) and _says_will(facts, doc, sentence)


_FORECAST_WORDS = _FORECASTING_ANY | _ESTIMATE_VERBS | _HOPING_NOW | _AIMING_NOW | {"projected"}


def _forecast_hedge(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a sentence hedges a claim as a forecast ("expects … to", "is expected to", "is on course to",
    "estimates … would"), a prediction of what will happen rather than a possibility ("could") or a report."""
    for q in qualifiers(facts, document, sentence):
        words = q.span.text.lower().split()
        if (
            q.kind == "hedged"
            and not q.whole
            and (words[0] in _FORECAST_WORDS or words[1:2] in (["course"], ["track"]))
        ):
            return True
    return False


def _says_will(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a sentence tells of the future as certain ("will close", "WILL be No1")."""
    return any(t.lower in ("will", "'ll", "shall") for t in sentence_tokens(facts, document, sentence))


def _modal_hedge(facts: FactBase, document: str, sentence: int) -> bool:
    """Whether a sentence is hedged by a modal ("may lower the risk", "could reduce it")."""
    return any(
        q.kind == "hedged" and not q.whole and q.span.text.lower() in _MODAL_HEDGES
        for q in qualifiers(facts, document, sentence)
    )


@register_check(HedgeDroppedRule, requires={"assertions"}, supersedes={"unsupported-claim"}, scope="corpus")
def check(rule: HedgeDroppedRule, facts: FactBase) -> Iterator[Verdict]:
    reported: set[tuple[str, int]] = set()
    for m, hedges_only in _pairs(facts, rule.min_score):
        if (m.document, m.sentence) in reported:
            continue
        found = qualifiers(facts, m.other, m.other_sentence)
        if not found or _quoted(facts, m.document, m.sentence):
            continue
        if metadata_line(facts.sentence(m.document, m.sentence).text.strip()):
            continue  # a byline's date ("Dawn | Published April 20, 2027") states nothing
        mine = qualifiers(facts, m.document, m.sentence)
        for q in sorted(found, key=lambda q: q.kind != "hedged"):
            if hedges_only and q.kind != "hedged":
                continue
            if _kept(facts, m, q, mine):
                continue
            if not (_bears_on_restated(facts, m, q.kind, q.span, q.whole) or _will_clause_bears(facts, m, q)):
                continue
            stated = facts.sentence(m.document, m.sentence).span
            routine = q.kind == "attributed" and not _alleged(q) and not _contested(facts, m)
            tally = q.kind == "attributed" and not routine and not _alleged(q) and _past_tally(facts, m, q)
            note = (
                "; a routine claim (no cause, blame, wrongdoing, casualty or estimate), so restating it without "
                "attribution is common: keep the attribution if the claim could be disputed"
                if routine
                else "; a settled statistic (a past period's death count from a body that keeps statistics), so "
                "restating it without attribution is common: keep the attribution if the figure could be disputed"
                if tally
                else ""
            )
            routine = routine or tally
            if routine and rule.routine_severity is None:
                continue  # routine notes are off by default: nearly every one is a faithful restatement
            drop = _drop(facts, m, q)
            if not routine and drop not in rule.report:
                continue  # see the module's "Kinds"
            verdict = fail(
                f"{facts.label(m.document)} states “{stated.text}” as fact; its source {facts.label(m.other)} has it "
                f"{q.kind} (“{q.span.text}”){note}",
                [facts.evidence(m.document, stated, role="stated"), facts.evidence(m.other, q.span, role="source")],
                source=q.kind,
                qualifier=q.span.text,
                score=m.score,
                routine=routine,
                drop=drop,
            )
            if routine and rule.routine_severity is not None:
                verdict.severity = rule.routine_severity
            reported.add((m.document, m.sentence))
            yield verdict
            break


# A certain future: "will", "shall", "won't", "'ll" (not "the will of", "political will").
_CERTAIN_FUTURE = re.compile(r"(?i)(?<!\bthe )(?<!political )(?<!free )\b(?:will|shall|won[’']t)\b|\w[’']ll\b")


def _drop(facts: FactBase, m: Match, q: Qualifier) -> DropKind:
    """What the rewrite dropped in leaving out ``q``: an allegation (an attribution with a verb of allegation or to
    an unnamed source, :func:`_alleged`; a reportative hedge, "allegedly", "reportedly"; a verification caveat; a
    belief, "Engineers believe seepage caused …", "Investigators believe the shipment was bound for …", "is thought
    to have been spent on …"; a cause or blame the rewrite states that the source gave as a possibility, "may have
    been caused by", "appeared to have been started by"); another attribution; a forecast's
    hedge when the rewrite says what happens with a certain future ("will") its source sentence does not say ("how
    long it will take" in both is no certainty added); or another hedge."""
    stated = facts.sentence_text(m.document, m.sentence)  # (no quotation: check() skips a quoted sentence)
    if q.kind == "attributed":
        return "allegation" if _alleged(q) or _believed(q) else "attribution"
    if q.whole or any(w in q.span.text.lower() for w in _REPORTATIVE):
        return "allegation"
    if q.span.text.lower().split()[0] in _BELIEVED:
        return "allegation"  # "The money is believed to have been spent on …": a guess, stated as fact
    source = facts.sentence_text(m.other, m.other_sentence).lower()
    futures = [
        f
        for f in _CERTAIN_FUTURE.finditer(stated)
        if f"{f.group().lower()} {_next_word(stated, f.end())}" not in source
    ]
    if futures or (_CERTAIN_FUTURE.search(stated) and _forecast_of_future(facts, m, q)):
        return "forecast"
    if q.span.text.lower() in _MODAL_HEDGES and not _FRAMED_AHEAD.search(stated) and _estimate_by_belief(facts, m):
        return "forecast"
    if q.span.text.lower() in _MODAL_HEDGES and _possible_act_done(facts, m, q):
        return "forecast"
    if _projected_act_done(facts, m):
        return "forecast"
    guessed = q.span.text.lower().split()[0] not in _FORECAST_WORDS
    return "allegation" if guessed and _CAUSE.search(stated) else "hedge"


# What comes between a modal and its verb: "may yet extend", "could soon close", "might also raise".
_MODAL_GAP = frozenset({"yet", "soon", "also", "still", "even", "well", "eventually", "further"})
# Words of a verb group that leave its act undone: "will extend", "to extend", "could have extended".
_UNDONE = _MODALS | {"to", "'ll", "would", "not", "never", "n't"}


def _possible_act_done(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """Whether the rewrite tells as done ("The agency has extended the cuts to two more airports", "extended …") the
    act its source gives as possible ahead with a modal ("may extend these cuts to …"): a possibility stated as an
    accomplished fact, a forecast made certain; not a possibility about the past ("may have extended"), nor in a
    rewrite published after its source, which may report that the possible came to pass.
    """
    published = publication_dates(facts, m.document, m.other)
    if published[0] and published[1] and published[0] > published[1]:
        return False
    tokens = sentence_tokens(facts, m.other, m.other_sentence)
    at = next((k for k, t in enumerate(tokens) if t.start == q.span.start), -1)
    k = at + 1
    while 0 < k < len(tokens) and tokens[k].lower in _MODAL_GAP:
        k += 1
    if at < 0 or k >= len(tokens) or tokens[k].lower in ("have", "be", "not", "never"):
        return False
    verb = tokens[k].lower
    mine = sentence_tokens(facts, m.document, m.sentence)
    return any(
        verb in t.lemmas
        and t.lower != verb
        and t.lower.endswith("ed")
        and is_verb(mine, j) == 2
        and not any(u.lower in _UNDONE or u.lower.endswith("n't") for u in mine[max(0, j - 3) : j])
        for j, t in enumerate(mine)
    )


# A cause or blame stated: "caused the explosion", "was started by a vehicle", "is to blame for", "led to the
# closure", "contributed to the deaths", "because of", "due to", "triggered", "driving the decline", an effect on a
# risk ("cuts the risk of dementia", "raises the odds of a relapse").
_CAUSE = re.compile(
    r"(?i)\b(?:caus(?:e|es|ed|ing)|(?:started|set|sparked|triggered|driven) by|responsible for|to blame|"
    r"blam(?:e|es|ed|ing)|(?:led|lead|leads|leading) to|contribut(?:e|es|ed|ing) to|because|due to|(?:the )?result of|"
    r"resulted in|triggered|sparked|driving (?:the|a|an|up|down)\b|"
    r"(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|halv(?:e|es|ed|ing)"
    r"|doubl(?:e|es|ed|ing))\s+(?:the\s+|their\s+|its\s+)?(?:risk|chance|odds|likelihood)s?\s+of)\b"
)
# Verbs of belief or suspicion: "Engineers believe …", "Investigators suspect …", "Police think …" give a guess.
_BELIEVING = frozenset({"believe", "think", "suspect", "presume", "assume", "theorise", "theorize", "speculate"})
# The same guess in the passive: "is believed to", "was thought to", "are suspected to".
_BELIEVED = frozenset({"believed", "thought", "suspected", "presumed", "assumed"})


def _forecast_of_future(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """Whether the source's hedge is a forecast whose "that" clause tells of the future ("expects that 90 staff will
    be offered jobs") or a hope ("hopes the festival will attract …"): its "will" is the forecaster's, so a rewrite's
    plain "will" is the forecast made certain."""
    if q.span.text.lower() in _HOPING_NOW | _AIMING_NOW:
        return True  # "hopes the festival will attract 25,000": the "will" is the hope's
    tokens = sentence_tokens(facts, m.other, m.other_sentence)
    return any(t.start == q.span.start and _future_that(tokens, k) for k, t in enumerate(tokens))


def _believed(q: Qualifier) -> bool:
    """Whether an attribution gives the claim as someone's belief or suspicion ("Engineers believe"), not as what they
    know or said."""
    return any(lemma_set(w.lower().strip(",.")) & _BELIEVING for w in q.span.text.split())


# A claim told as still ahead: "are set to pass 2,400", "is poised to", "on course for", "expected to".
_FRAMED_AHEAD = re.compile(
    r"(?i)\b(?:set|poised|due|expected|likely|projected|forecast|tipped|on\s+course|on\s+track)\s+(?:to|for)\b"
)
# Verbs that give a figure as someone's estimate or belief: "officials believe …", "the union estimates …".
_ESTIMATING_BY = _BELIEVING | {"estimate", "reckon", "calculate", "project", "forecast"}


def _estimate_by_belief(facts: FactBase, m: Match) -> bool:
    """Whether the source sentence gives a figure as an estimate ("Ministry officials believe the dispute could cost
    about 9 million euros a day", "Growers reckon the frost may have wiped out 60 per cent"): a verb of belief or
    estimate before its first modal hedge, and a modal hedge governing a figure (not a year) the rewrite repeats. A
    projected figure stated as fact ("is costing about 9 million euros a day", "is worth $21,000") is the forecast
    made certain."""
    tokens = sentence_tokens(facts, m.other, m.other_sentence)
    modal = next((k for k, t in enumerate(tokens) if t.lower in _MODAL_HEDGES), 0)
    believed = any(t.lemmas & _ESTIMATING_BY and is_verb(tokens, k) for k, t in enumerate(tokens[:modal]))
    return believed and _restates_hedged_figure(facts, m)


def _next_word(text: str, at: int) -> str:
    """The word after position ``at``, lower-cased ("" at the end)."""
    m = re.match(r"\W*(\w+)", text[at:])
    return m.group(1).lower() if m else ""


# Reporting verbs that present a claim as one side's case: what they attribute is disputable whatever it says.
_ALLEGING = frozenset({"allege", "claim", "contend", "accuse"})


# An unnamed source: "people familiar with the talks", "sources close to the club", "a person briefed on the deal",
# "two diplomats briefed on the talks", "a banker with knowledge of the bid".
_UNNAMED = re.compile(
    r"\b(?:people|persons?|sources?|insiders?|officials?)\s+(?:familiar|close|briefed|with knowledge)\b"
    r"|\b(?:[a-z]+s|diplomat|banker|lawyer|aide|executive|adviser|advisor)\s+(?:familiar|briefed|with knowledge)\b"
    r"|\b(?:unnamed|anonymous)\b|^(?:according to\s+)?(?:a\s+)?sources?\b",
    re.I,
)


def _alleged(q: Qualifier) -> bool:
    """The source attributes the claim with a verb of allegation ("Prosecutors allege that …", "the union claimed"),
    or to an unnamed source ("according to people familiar with the talks"): one side's unconfirmed account."""
    if _UNNAMED.search(q.span.text):
        return True
    return any(lemma_set(w.lower().strip(",.")) & _ALLEGING for w in q.span.text.split())


# A settled tally: a count of deaths for a completed past period, from a body that keeps statistics.
_DEATHS = re.compile(r"\b(?:died|deaths?|dead)\b", re.I)
_PAST_PERIOD = re.compile(
    r"\b(?:last|the previous)\s+(?:year|winter|summer|spring|autumn|fall|season)\b|\bin\s+(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_STATISTICAL = frozenset(
    {"association", "agency", "institute", "office", "bureau", "service", "survey", "centre", "center", "registry",
     "observatory", "statistics", "figures", "data"}
)  # fmt: skip


def _past_tally(facts: FactBase, m: Match, q: Qualifier) -> bool:
    """Whether the restated claim is a settled statistic, routine though it counts deaths: a count of deaths (and
    nothing else disputable) for a completed past period ("last winter", "in 2024" before the year of publication),
    attributed in the source to a body that keeps statistics ("according to the national avalanche association",
    "official figures"), in a source sentence that calls nothing disputed."""
    text = facts.sentence_text(m.document, m.sentence)
    if not _DEATHS.search(text) or _names_contested(_DEATHS.sub(" ", _CHARGED.sub(" ", text))):
        return False
    if _DISPUTED.search(facts.sentence_text(m.other, m.other_sentence)):
        return False
    if not any(n.is_count for n in scan(text)):
        return False
    published = facts.documents[m.document].published
    periods = list(_PAST_PERIOD.finditer(text))
    past = any(
        not p.group("year") or (published is not None and int(p.group("year")) < published.year) for p in periods
    )
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", q.span.text)}
    return past and bool((_head_noun(q.span.text) | words) & _STATISTICAL)


def _contested(facts: FactBase, m: Match) -> bool:
    """Whether what the rewrite states as fact is a claim someone could dispute: it names a cause, blame, wrongdoing,
    a casualty, an estimate or a verdict (the source's other clauses, which the rewrite does not restate, do not
    count: "A fire that destroyed X was started deliberately, police said" → "A fire destroyed X"), or the source
    sentence says the claim is disputed ("…, a claim disputed by River Action")."""
    if _DISPUTED.search(facts.sentence_text(m.other, m.other_sentence)):
        return True
    return _names_contested(_CHARGED.sub(" ", facts.sentence_text(m.document, m.sentence)))


def _names_contested(text: str) -> bool:
    """Whether a sentence names something disputable (:data:`_CONTESTED`) in a word of its own, not inside a
    capitalised name within the sentence ("Killarney", "Causeway Bay" name no killing and no cause)."""
    for m in _CONTESTED.finditer(text):
        at = m.start()
        if text[at].islower() or not text[:at].strip(" \t\"'“‘*_("):
            return True
    return False
