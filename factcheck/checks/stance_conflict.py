"""stance_conflict: an actor accepted something in one place and refused it or left it open in another.

What it flags: "Ukraine has already agreed to the ceasefire proposal" beside "Kyiv has remained silent on whether it
will accept the ceasefire terms", in one document or across documents (Kyiv is read as Ukraine). The two places must
name the same actor (declared aliases and capital-for-country metonyms resolve) and share a topic word, or be a
rewrite's sentence and the source sentence it restates ("FIOM rejected the agreement" → "FIOM accepted the
agreement") where neither sentence also gives the actor the other stance; one stance verb refused in one and affirmed
in the other ("did not accept Kurosawa's finding" → "has accepted Kurosawa's finding") is each sentence's own word,
no stance given twice (an act still pending, "has not yet approved the funding", restated as done is
negation-flip's). A rewrite sentence that merges two adjacent source sentences restates each of them, and source
sentences that give parties' stances on one matter, each after the first naming it by a pronoun ("BUSA supported the
proposal. The NUM rejected it."), are one account that a sentence restating one of them restates in full. An appositive
after a name ("Asahi Seiko Co., the supplier that made the pumps, has accepted …") leaves the name the subject, and a
company's legal form ("Co.", "AG", "Ltd") is no part of its name. In such a pair an unnamed body is an actor by its
common noun as the subject ("…, but the province has not decided whether to cover half of the cost" → "The province
has agreed to cover half of the cost"), or by the pronoun of a clause it reports when the sentence opens with it and
names nothing before the pronoun ("The board told members that at a meeting on Monday it rejected an approach …"),
or by "that it" after its own name (maybe with its short name in brackets) and a verb of saying that open the
sentence ("The Consumers Association (Case) said on Monday that it welcomed the offer"),
and is the one name the other sentence writes before that noun ("the Rovers board accepted an approach …") unless its
own sentence names that party; a majority of a group is an actor too, as the subject or a passive's agent ("the
proposal was rejected by a majority of member states" → "A majority of member states backed the proposal"; "a
majority of seven votes" is a count, no group), and a spokesperson's attribution ("a spokesperson for the Department
of Local Government said") is the body's own word, no reported dispute. In one document too, a body's own
spokesperson speaks for it: "A council spokeswoman said the local authority had not yet decided whether to approve
the plans" gives the stance of the one council the document names ("Stirling Council has approved plans"), as the
body's own word, so the two conflict (a third party's word, "Campaigners said the council had not decided", stays a
reported dispute). A written record cited as the source ("according to council documents", "court papers show") is no
party to a dispute, and a body's letter ("advised in writing on 14 July that it has not yet formed a position on …")
is its own word. A name's acronym in brackets ("the Manufacturers Association of Nigeria (MAN) has opposed") and a
day in a relative clause ("HKTI, which on Tuesday welcomed the plan") leave the name the subject; a title's office
("The Head of Government's office rejected …") is one body in both sentences of a pair; a participle after a comma
("rejected a proposal by several lawmakers, stating that …") is the subject's own word, not the nearer name's.
A short name given in brackets in one document ("the Sri Lanka Cricketers' Association (SLCA)", "(Namfrel)") is that
name in every document ("The players' association, the SLCA, accepted …": an appositive after its article or "known
as"), and
a surname ("Trustee Pryor spoke against the proposal") is the person the sentence it restates names in full ("Trustee
Hal Pryor, who backed the relocation"). An intention the actor declares ("has said it will vote against the plan") is
a position, no prediction; a refused support ("did not support it") is opposition; the unwritten subject of a verb
joined by "and" ("the Forum had considered the proposal and did not support it") is the named subject of the verb it
is joined to. An officer's report to a meeting, the officer named by office alone ("The Employee Director reported that
…"), is the record's account, no party's claim. In sentences that restate each other, another actor's stance word in
the sentence ("Poland voted against, while Austria backed the text") does not hide the actor's own. A relative clause
after a name may hold verbless asides of its own ("The Acme Trust, which controls 19.6 per cent, or about 12 million
shares, has accepted …"), and the named speaker of a verb of saying holds the stance of the clause it reports when
that clause's subject is a pronoun and nothing else is named before it ("The Acme Trust, which owns 9 per cent, said
in a brief statement that it had rejected …"; "Councillor Ruiz told the meeting that she supported …"; "The board
said it backed …"). "Declined the offer" rejects it; "could not support" and "cannot accept" refuse, as "did not
support" does. Local-government titles ("Cllr", "Coun.", "Supervisor", "Alderman") are no part of a name, and a
source sentence that opens with "he", "she" or "they" continues the account of the one before, so a rewrite sentence
restating it restates both ("Councillor Quinn spoke against the motion. She said …" → "Councillor Mara Quinn, who
backed the motion, said …"). A participle after a possessive ("the ferry's estimated cost") is no one's report.
A stance may be embedded under the verb its holder acts by: a vote or a decision takes it ("voted 5-0 to reject the
request"), a plea urges it ("urged the board to reject the budget" opposes it; "would recommend that its members
accept the offer" supports it; "was urged to reject" is no one's), a refusal refuses it ("declined to back the plan"),
and "was not in a position to endorse" leaves it unaccepted; "came out against" and "spoke in support of" are
stances, and criticism ("criticised the offer") contradicts support ("welcomed the offer"). A participle after the name
of who sent something ("representations from the Oakfield Residents' Association, opposing the closure,") is the
sender's stance. In sentences that restate each other a holder with no name read in it is its subject as written
("The Coordination rurale rejected …", "Jubaland's regional administration, however, rejected …": "both" or an aside
between it and its verb aside; not a passive's subject, which is the matter), though a verb refused in one and
affirmed in the other is then negation-flip's; a titled surname ("Cllr Patel", "Cr Ellison") is the one person of that
surname the story names in full; a source sentence whose object is "this proposal" continues the one before; and an
attribution to unnamed officials in a rewrite ("…, officials said") is no party disputing its source.
A stance may be an act for or against the matter ("had written in support of the scheme", "argued in favour of",
"lobbied against"); a one-word label before a speaker ("Discussion: Commissioner Ortega stated he opposed …") is a
heading, and a titled person set off after an office ("The Portfolio Holder for Finance, Cllr Ridley, said that she
…") is the speaker. A party's one stance in a rewrite and its one in the source, one of them on the story's matter by a
general noun after "the" ("rejected the deal", "backed the scheme"; not "that request", nor an open question), are
compared as restating each other (a titled surname read in full first). A body written by its common noun in both
("the Board had considered the proposal and had rejected it" / "The trust board has accepted …"), one stance each on
one matter, is one body, and its officer named by a bare role ("The Chair stated", "chair Morag Lennox told members")
gives its own word. A body named with words left out inside its name ("the SNES-FSU teachers' union") is the one the
sentence it restates names in full ("the SNES-FSU secondary teachers' union").
An act "in opposition to" the matter opposes it ("spoke in opposition to the increase"); a speaker set off with whom
they speak for ("Ms Oduya, on behalf of the Safety Coalition, spoke …", "representing", "speaking for") gives both
their stance; a name's tag of the places it serves in brackets ("the Aboriginal Legal Service (NSW/ACT)") leaves the
name the subject; a passive's agent is read after a role in lower case ("was supported by non-executive director Anne
Whitfield") or as a body by its common noun ("was rejected by the union, while
the management had accepted it"); a conjunction opens a clause, no word of its subject; a capitalised short form
("The Council rejected …") is the body named in full with that noun however far back, when no name near it holds the
noun. A named party's stance refused in one sentence and affirmed in the one restating it is this check's, not
negation-flip's.
A matter may hold a party's stance by its noun, the holder after "of" ("The proposal had the backing of Cork City
Council and An Taisce", "won the support of"); an act "for" a matter is support ("argued for the new rosters");
"signed off on" approves; an object may stand inside a phrasal verb ("urged colleagues to turn the scheme down"); an
aside of capacity ("Cllr Hargreaves, as Ward Member, spoke …") leaves the name the subject; a name whose first word
opens its sentence and was read as a common word ("Southern Cross has criticised …") is the name in full the story
gives elsewhere; a record cited by its issuer's name ("according to the EPA notice") is no party; a rewrite that
credits a body named by its common noun alone ("…, the union said") with the stance its source states as fact reports
its source, no dispute; "the package" is a general noun for the story's matter; a deciding office by its role ("The
judge rejected …") and a guild by its common noun are read as written.
Why it matters: an actor's position is the core of a political story; two positions for one actor on one matter
means one of the reports is wrong or out of date.
Flags: "Ukraine has agreed to the ceasefire. Meanwhile, Kyiv has remained silent on whether it will accept the
ceasefire."
Passes: "Russia says Ukraine agreed to the ceasefire. Ukraine denied agreeing to the ceasefire." (a reported dispute:
the acceptance is attributed to Russia, not stated by the writer)
Parameters: stances (phrase lists per class, lemma-aware), conflicts (pairs of classes that contradict each other),
negated_as (the class a negated phrase counts as: "has not agreed" → undecided).
Known false positives: a position that changed over time without a cue such as "initially" or "later"; two
different proposals on the same topic ("the US ceasefire plan" and "the French ceasefire plan").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from pydantic import Field

from factcheck.align import aligned_sentences
from factcheck.checks._common import Verdict
from factcheck.checks._registry import register_check
from factcheck.checks._stance import (
    BODY_NOUNS,
    DEFAULT_CONFLICTS,
    DEFAULT_STANCES,
    HELD_BY,
    StanceMention,
    bare_name,
    compile_phrases,
    conflict_verdicts,
    document_stances,
    group_of_members,
    person_titles,
    short_names,
)
from factcheck.checks._votes import recorded_votes
from factcheck.checks.hedge_dropped import merged
from factcheck.extract.assertions import STOPWORDS, primary_lemma, text_lemmas
from factcheck.extract.entities import tables
from factcheck.facts import FactBase
from factcheck.rules.base import RuleBase


class StanceConflictRule(RuleBase):
    type: Literal["stance-conflict"] = "stance-conflict"
    stances: dict[str, list[str]] = Field(
        default_factory=lambda: {k: list(v) for k, v in DEFAULT_STANCES.items()},
        description="phrases per stance class, matched on lemmas ('agree' matches 'has already agreed')",
    )
    conflicts: list[tuple[str, str]] = Field(
        default_factory=lambda: list(DEFAULT_CONFLICTS),
        description="pairs of stance classes that contradict each other for one actor and topic",
    )
    negated_as: dict[str, str] = Field(
        default_factory=lambda: {"accepted": "undecided", "supported": "opposed"},
        description="the class a negated phrase counts as ('has not agreed' → undecided, 'did not support' → "
        "opposed); others are ignored",
    )


# A named party's stance refused in one sentence and affirmed in the one restating it ("could not support the
# proposal" → "was supported by … Anne Whitfield") is this check's: negation-flip's verdict on the same statement is
# dropped (the engine's supersedes).
@register_check(
    StanceConflictRule, requires={"assertions"}, supersedes={"unsupported-claim", "negation-flip"}, scope="corpus"
)
def check(rule: StanceConflictRule, facts: FactBase) -> Iterator[Verdict]:
    phrases = compile_phrases(rule.stances)
    mentions = [m for doc, _ex in facts.all() for m in document_stances(facts, doc.id, phrases, rule.negated_as)]
    mentions += [m for doc, _ex in facts.all() for m in recorded_votes(facts, doc.id)]
    mentions = _opening_word_restored(facts, mentions)
    # a rewrite sentence merging two adjacent source sentences restates each of them (see hedge-dropped)
    restating = frozenset(
        ((m.document, m.sentence), (m.other, m.other_sentence)) for m in [*aligned_sentences(facts), *merged(facts)]
    )
    restating |= _one_matter(mentions, restating) | _continued_account(facts, restating)
    restating |= _matter_taken_up(facts, mentions, restating)
    mentions = _matterless_beside_another(mentions)
    restating |= _sole_stances(facts, _surnames_in_full(facts, _in_full(short_names(facts), mentions)))
    restating |= _sole_bodies(facts, mentions)
    places = {p for pair in restating for p in pair}
    mentions = [m for m in mentions if m.topic or (m.document, m.sentence) in places]
    aliases = short_names(facts)
    mentions = _surnames_in_full(facts, _named_in_full(mentions, restating))
    mentions = _same_noun(
        _in_full(aliases, _usual_referent(facts, aliases, _refer_back(mentions, restating), restating)), restating
    )
    mentions = _by_first_word(facts, mentions, restating)
    yield from conflict_verdicts(facts, mentions, rule.conflicts, None, restating)


_Place = tuple[str, int]


def _opening_word_restored(facts: FactBase, mentions: list[StanceMention]) -> list[StanceMention]:
    """A name whose first word opens its sentence and was read as a common word ("Southern Cross has criticised …",
    "Inland Fisheries Ireland had opposed …", read as "Cross" and "Fisheries Ireland") is the name with that word
    when the story (its document, the documents it rewrites or that rewrite it) names it so elsewhere."""
    story: dict[str, set[str]] = defaultdict(set)
    for rewrite, sources in facts.sources.items():
        for doc in (rewrite, *sources):
            story[doc] |= {rewrite, *sources}
    names: dict[str, set[str]] = {
        doc.id: {bare_name(e.name) for e in ex.entities if " " in e.name} for doc, ex in facts.all()
    }
    out = []
    for m in mentions:
        words = facts.sentence(m.document, m.sentence).text.lstrip("-*#•> ").split()
        n = len(m.actor.split())
        if not m.resolved and len(words) > n and words[1 : n + 1] == m.actor.split() and words[0].isalpha():
            full = f"{words[0]} {m.actor}"
            if words[0][:1].isupper() and any(full in names.get(d, ()) for d in story.get(m.document, {m.document})):
                m = replace(m, actor=full)
        out.append(m)
    return out


# A stance's object that refers back to the matter of the sentence before ("NUM rejected it", "… opposed them",
# "The board rejected this proposal").
_BACK_REFERENCES = frozenset({"it", "them", "this", "these"})


def _one_matter(
    mentions: list[StanceMention], restating: frozenset[tuple[_Place, _Place]]
) -> set[tuple[_Place, _Place]]:
    """Source sentences that give parties' stances on one matter, each after the first naming it by a pronoun ("BUSA
    supported the proposal. The NUM rejected it."), are one account: a sentence restating one of them restates each
    (a rewrite that folds the parties into one sentence, "BUSA supported the plan, and the NUM also backed it")."""
    back = {(m.document, m.sentence) for m in mentions if _object_refers_back(m)}
    stated = {(m.document, m.sentence) for m in mentions}
    out: set[tuple[_Place, _Place]] = set()
    for place, other in restating:
        doc, k = other
        run = {k}
        while (doc, min(run)) in back and (doc, min(run) - 1) in stated:
            run.add(min(run) - 1)
        while (doc, max(run) + 1) in back:
            run.add(max(run) + 1)
        out |= {(place, (doc, i)) for i in run - {k}}
    return out


# How far after a sentence naming a matter a stance may take it up by its noun ("… the offer", two sentences on).
_TAKEN_UP_WITHIN = 3
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _matter_taken_up(
    facts: FactBase, mentions: list[StanceMention], restating: frozenset[tuple[_Place, _Place]]
) -> set[tuple[_Place, _Place]]:
    """A source sentence that names a matter ("The committee discussed an application from Harbour Foods to …") and
    a stance a few sentences on that takes it up by its noun after "the" ("After debate, the committee rejected the
    application."), are one account: a rewrite sentence restating the first with a stance on the same noun ("The
    committee voted to approve an application from Harbour Foods …") restates the stance too (minutes name an item,
    then record its outcome)."""
    stances: dict[_Place, list[StanceMention]] = defaultdict(list)
    for m in mentions:
        stances[(m.document, m.sentence)].append(m)
    out: set[tuple[_Place, _Place]] = set()
    for place, (doc, k) in restating:
        own = {w for m in stances.get(place, ()) for w in _object_nouns(m)}
        if not own or stances.get((doc, k)):
            continue  # the restated sentence gives a stance of its own: compared as it is
        sentences = facts.extractions[doc].sentences
        if not 0 <= k < len(sentences):
            continue
        named = set(text_lemmas(sentences[k].text))
        for later in range(k + 1, min(len(sentences), k + 1 + _TAKEN_UP_WITHIN)):
            taken = [m for m in stances.get((doc, later), ()) if _after_the(m) and own & _object_nouns(m) & named]
            if taken:
                out.add((place, (doc, later)))
                break
    return out


def _after_the(m: StanceMention) -> bool:
    """Whether a stance's object opens with "the" (a matter named before)."""
    after = m.statement.text[m.span.end - m.statement.start :].split()
    return bool(after) and after[0].lower() == "the"


def _object_nouns(m: StanceMention) -> set[str]:
    """The lemmas of the first words of a stance's object after its determiner ("an offer from …": offer, from)."""
    after = [w.strip(",.;:").lower() for w in m.statement.text[m.span.end - m.statement.start :].split()]
    while after and after[0] in _DETERMINERS:
        after = after[1:]
    return {primary_lemma(w) for w in after[:2] if w.isalpha() and w not in STOPWORDS}


# Pronouns that open a sentence continuing the account of the person or group the sentence before is about.
_CONTINUING = frozenset({"he", "she", "they"})


def _continued_account(facts: FactBase, restating: frozenset[tuple[_Place, _Place]]) -> set[tuple[_Place, _Place]]:
    """A source sentence opening with a personal pronoun continues the account of the sentence before ("Councillor
    Ruiz spoke against the motion. She said …"): a sentence restating it restates that one too (a rewrite folds
    both into one, "Ruiz, who opposed the motion, said …")."""
    out: set[tuple[_Place, _Place]] = set()
    for place, (doc, k) in restating:
        sentences = facts.extractions[doc].sentences
        words = sentences[k].text.split(maxsplit=1) if 0 < k < len(sentences) else []
        if words and words[0].lower() in _CONTINUING:
            out.add((place, (doc, k - 1)))
    return out


def _sole_stances(facts: FactBase, mentions: list[StanceMention]) -> set[tuple[_Place, _Place]]:
    """A party's one position in a rewrite and its one position in the rewrite's source (one stance, or several all for
    the matter or all against it, :func:`_one_position`), when one of them names no matter
    of its own ("The Residents' Trust objected, saying …") or refers back to the other's ("The union, on the other
    hand, rejected it" after a sentence on "the measure", against "welcomed the measure"): both are on the story's one
    matter, so their sentences are compared as restating each other (a party named in full, not a body referred back
    to; a party given both positions in either text is left to the topic words)."""
    held: dict[str, dict[str, list[StanceMention]]] = defaultdict(lambda: defaultdict(list))  # document → actor → …
    matters: dict[_Place, set[str]] = defaultdict(set)
    for m in mentions:
        held[m.document][m.actor.lower()].append(m)
        matters[(m.document, m.sentence)] |= m.topic
    out: set[tuple[_Place, _Place]] = set()
    for rewrite, sources in facts.sources.items():
        for source in sources:
            for actor, own in held.get(rewrite, {}).items():
                theirs = held.get(source, {}).get(actor, [])
                if not _one_position(own) or not _one_position(theirs) or any(m.resolved for m in [*own, *theirs]):
                    continue
                out |= {
                    ((rewrite, a.sentence), (source, b.sentence))
                    for a in own
                    for b in theirs
                    if _on_the_others_matter(matters, a, b) or _on_the_others_matter(matters, b, a)
                }
    return out


# Stance classes that are one position when a party is given several of them ("spoke against the motion" and
# "Against: Okonkwo" in the vote that follows).
_POSITIONS = (frozenset({"accepted", "supported"}), frozenset({"rejected", "opposed", "criticised"}))


def _one_position(held: list[StanceMention]) -> bool:
    """Whether a party's stances in one text are one position, stated once or more (at most three times) on one
    matter: each for it, or each against it (an open question only alone)."""
    if len(held) == 1:
        return True
    stances = {m.stance for m in held}
    if len(held) > 3 or not any(stances <= p for p in _POSITIONS):
        return False
    # on one matter: those that name a matter of their own share a word of it ("opposed the parking levy" and
    # "opposed the footpath budget" are two)
    named = [m.topic for m in held if not (m.recorded_vote or _general_matter(m) or _names_no_matter(m))]
    return len(named) < 2 or bool(frozenset.intersection(*named))


def _sole_bodies(facts: FactBase, mentions: list[StanceMention]) -> set[tuple[_Place, _Place]]:
    """A body written by its common noun with one stance in a rewrite and one in its source ("The trust board has
    accepted the Cambuslang proposal in its current form" / "the Board had … rejected it in its current form"), the
    same body (:func:`_same_body_noun`) on one matter (a shared topic word, or one on the other's matter,
    :func:`_on_the_others_matter`): their sentences are compared as restating each other."""
    held: dict[str, dict[str, list[StanceMention]]] = defaultdict(lambda: defaultdict(list))  # document → noun → …
    matters: dict[_Place, set[str]] = defaultdict(set)
    for m in mentions:
        matters[(m.document, m.sentence)] |= m.topic
        if m.resolved and (noun := _written_noun(m)):
            held[m.document][noun].append(m)
    out: set[tuple[_Place, _Place]] = set()
    for rewrite, sources in facts.sources.items():
        for noun, own in held.get(rewrite, {}).items():
            for source in sources:
                for theirs_noun, theirs in held.get(source, {}).items():
                    if len(own) != 1 or len(theirs) != 1 or not _same_body_noun(noun, theirs_noun):
                        continue
                    a, b = own[0], theirs[0]
                    if (
                        a.topic & b.topic
                        or _on_the_others_matter(matters, a, b)
                        or _on_the_others_matter(matters, b, a)
                    ):
                        out.add(((rewrite, a.sentence), (source, b.sentence)))
    return out


def _on_the_others_matter(matters: dict[_Place, set[str]], m: StanceMention, other: StanceMention) -> bool:
    """Whether a stance may be on the matter of ``other``: it has no object, or a pronoun referring back to a matter
    a stance in its sentence or the two before it names, one word of ``other``'s matter among its words ("The FHF
    supported the measure. … The AMUF rejected it." against "The AMUF welcomed the measure"), or only a general noun
    for the story's matter ("The Liberal Democrats rejected the deal" against "… backed the budget")."""
    if _general_matter(m):
        return True
    if not _names_no_matter(m):
        return False
    if not _object_refers_back(m):
        return True
    near = set().union(*(matters.get((m.document, k), set()) for k in range(max(0, m.sentence - 2), m.sentence + 1)))
    return bool(other.topic & near)


# Nouns for whatever matter a story is about ("backed the scheme", "objected to the application").
_GENERAL_MATTERS = frozenset(
    {"scheme", "application", "measure", "motion", "project", "bid", "move", "decision", "package"}
)


def _general_matter(m: StanceMention) -> bool:
    """Whether a position's object is only a general noun for the story's matter after "the" ("rejected the deal",
    "backed the scheme"): no topic word of its own but such nouns (not "that request", one just named; nor an open
    question, "has yet to decide on the request", which may be on any part of it)."""
    after = m.statement.text[m.span.end - m.statement.start :].split()
    if _held_by(m):  # the matter is the subject: "The proposal had the backing of …"
        after = m.statement.text[: m.span.start - m.statement.start].split()
    opens = bool(after) and after[0].lower() == "the"
    return opens and m.stance != "undecided" and m.topic <= _GENERAL_MATTERS


_HELD = frozenset(" ".join(p.split()[1:]) for p in HELD_BY)


def _held_by(m: StanceMention) -> bool:
    """Whether a mention's phrase gives the stance its holder holds after "of" ("had the backing of")."""
    return " ".join(m.phrase.lower().split()[1:]) in _HELD


def _matterless_beside_another(mentions: list[StanceMention]) -> list[StanceMention]:
    """Mentions without a stance that names no matter beside another stance of its holder in its sentence ("welcomed
    the new slipway but objected, saying …"): that objection is to some other matter, unnamed, so it is compared with
    nothing."""
    named: dict[tuple[str, int, str], int] = defaultdict(int)
    for m in mentions:
        named[(m.document, m.sentence, m.actor.lower())] += 1
    return [m for m in mentions if not (_names_no_matter(m) and named[(m.document, m.sentence, m.actor.lower())] > 1)]


def _names_no_matter(m: StanceMention) -> bool:
    """Whether a stance phrase has no object of its own: none ("objected, saying …", "objected.") or a pronoun
    ("rejected it")."""
    if m.recorded_vote:  # a list of voters names the matter its record names, if any
        return not m.topic
    after = m.statement.text[m.span.end - m.statement.start :].lstrip()
    return not m.span.text[-1:].isalnum() or not after[:1].isalnum() or _object_refers_back(m)


def _object_refers_back(m: StanceMention) -> bool:
    """Whether the stance phrase's object is a pronoun ("rejected it", "supported them")."""
    after = m.statement.text[m.span.end - m.statement.start :].split()
    return bool(after) and after[0].strip(",.;").lower() in _BACK_REFERENCES


def _refer_back(
    mentions: list[StanceMention], restating: frozenset[tuple[tuple[str, int], tuple[str, int]]]
) -> list[StanceMention]:
    """A resolved common noun ("the company confirmed") that may refer back to several names takes the one the
    sentence it restates gives its actor, named as there (names compared by their words: "Freight" is "Kestrel
    Freight"); a body named by its common noun alone ("the board") takes the one name the restated sentence writes
    before that noun ("the Rovers board"), unless its own sentence names it as another party."""
    partners: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for a, b in restating:
        partners[a].add(b)
        partners[b].add(a)
    actors: dict[tuple[str, int], set[str]] = defaultdict(set)
    headed: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        actors[(m.document, m.sentence)].add(m.actor)
        headed[(m.document, m.sentence)].add(_named_head(m))
    out = []
    for m in mentions:
        place = (m.document, m.sentence)
        if len(m.candidates) > 1:
            there = {a for p in partners.get(place, ()) for a in actors[p]}
            hits = {a for c in m.candidates for a in there if _same_name(c, a)}
            if len(hits) == 1:
                m = replace(m, actor=hits.pop())
        elif m.resolved and m.actor.startswith("the "):
            noun = m.actor.split()[-1]
            hits = {
                a
                for p in partners.get(place, ())
                for a in actors[p]
                if f"{a} {noun}" in headed[p] and not {primary_lemma(w.lower()) for w in a.split()} <= m.words
            }
            if len(hits) == 1:
                m = replace(m, actor=hits.pop())
        out.append(m)
    return out


def _usual_referent(
    facts: FactBase,
    aliases: dict[str, str],
    mentions: list[StanceMention],
    restating: frozenset[tuple[_Place, _Place]],
) -> list[StanceMention]:
    """A union named by its common noun alone ("The union has turned down the offer") is the one party of the
    sentence it restates that the other document's own "the union" most often refers back to (the union's name it
    writes last before it, in that sentence or the one before: "… represented by the Laurentide Pilots Association
    (LPA), the union announced"): the document calls that party so."""
    partners: dict[_Place, set[_Place]] = defaultdict(set)
    for a, b in restating:
        partners[a].add(b)
        partners[b].add(a)
    actors: dict[_Place, set[str]] = defaultdict(set)
    for m in mentions:
        actors[(m.document, m.sentence)].add(m.actor)
    out = []
    for m in mentions:
        words = m.actor.split()
        if m.resolved and words == ["the", "union"]:
            hits = {
                a
                for p in partners.get((m.document, m.sentence), ())
                for a in actors[p]
                if a == _referent(facts, aliases, p[0])
            }
            if len(hits) == 1:
                m = replace(m, actor=hits.pop())
        out.append(m)
    return out


# Words of a union's name ("Laurentide Pilots Association", "Harbour Workers Guild").
_UNION_WORDS = frozenset({"union", "association", "guild", "federation", "society", "brotherhood", "confederation"})


def _union_name(name: str, aliases: dict[str, str]) -> bool:
    """Whether a name, or the name in full its short name stands for ("LPA"), is a union's."""
    full = aliases.get(name.lower(), name)
    return bool(_UNION_WORDS & {w.lower() for w in f"{name} {full}".split()})


def _referent(facts: FactBase, aliases: dict[str, str], document: str) -> str:
    """The union's name a document's "the union" refers back to most often, strictly, and at least twice (the last
    union's name before it, in its sentence or the one before), or ""."""
    ex = facts.extractions[document]
    text = facts.documents[document].text
    counts: dict[str, int] = defaultdict(int)
    for found in re.finditer(r"(?i)\bthe union\b", text):
        sentence = next((s.index for s in ex.sentences if s.span.start <= found.start() < s.span.end), -1)
        before = [
            e
            for e in ex.entities
            if sentence - 1 <= e.sentence <= sentence
            and e.span.end <= found.start()
            and e.kind not in ("person", "place")
            and _union_name(bare_name(e.name), aliases)
        ]
        if before:
            counts[bare_name(before[-1].name)] += 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _same_noun(
    mentions: list[StanceMention], restating: frozenset[tuple[tuple[str, int], tuple[str, int]]]
) -> list[StanceMention]:
    """Two resolved mentions in sentences that restate each other whose subject is written as the same common noun
    ("The board rejected the four-day week" / "the board approved the four-day week"), or one as that noun with
    words before it ("the Board" / "the trust board"), are one actor, that body, even when each sentence's nearest
    names differ."""
    written = {id(m): _written_noun(m) for m in mentions if m.resolved}
    places: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        if written.get(id(m)):
            places[(m.document, m.sentence)].add(written[id(m)])
    shared = {
        (place, noun): min(noun, theirs, key=len)
        for a, b in restating
        for place, other in ((a, b), (b, a))
        for noun in places.get(place, set())
        for theirs in places.get(other, set())
        if _same_body_noun(noun, theirs)
    }
    out = []
    for m in mentions:
        name = shared.get(((m.document, m.sentence), written.get(id(m), "")))
        out.append(replace(m, actor=name) if name else m)
    return out


def _same_body_noun(a: str, b: str) -> bool:
    """Whether two bodies written by common nouns are one: the same noun, or one's words the other's last words ("the
    board" and "the trust board"; not "the city council" and "the county council")."""
    wa, wb = a.split()[1:], b.split()[1:]
    short, long = sorted((wa, wb), key=len)
    return bool(short) and long[-len(short) :] == short


def _written_noun(m: StanceMention) -> str:
    """A resolved mention's subject as written when it is "the" and one common noun ("the board"), else ""."""
    words = m.statement.text.split()
    if len(words) < 2 or words[0].lower() != "the" or not words[1].isalpha():
        return ""
    if not words[1].islower():  # a body's noun capitalised in its own papers ("the Board"), no name
        return f"the {words[1].lower()}" if words[1].lower() in BODY_NOUNS and m.actor.startswith("the ") else ""
    if m.as_written and m.actor.islower() and " ".join(words[1 : 1 + len(m.actor.split())]) == m.actor:
        return f"the {m.actor}"  # a subject of several common nouns ("the governing body")
    return f"the {words[1]}"


def _in_full(aliases: dict[str, str], mentions: list[StanceMention]) -> list[StanceMention]:
    """Mentions whose actor is a name or short name given in brackets (:func:`short_names`) named in full."""
    return [replace(m, actor=aliases.get(m.actor.lower(), m.actor)) for m in mentions]


def _named_in_full(
    mentions: list[StanceMention], restating: frozenset[tuple[tuple[str, int], tuple[str, int]]]
) -> list[StanceMention]:
    """A person named by surname ("Trustee Pryor spoke against") is the one named in full in the sentence it
    restates ("Trustee Hal Pryor, who backed …"), and a body named with a word fewer the one named in full there
    ("The SNES-FSU teachers' union" / "The SNES-FSU secondary teachers' union", :func:`_shortened`): one actor, whose
    stances are compared."""
    by_place: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        by_place[(m.document, m.sentence)].add(m.actor)
    partners: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for a, b in restating:
        partners[a].add(b)
        partners[b].add(a)
    out = []
    for m in mentions:
        words = m.actor.split()
        if not m.actor[:1].isupper() or (len(words) == 1 and group_of_members(m.actor)):
            out.append(m)  # a body by its common noun ("the county") or a role in the plural ("MPs") is no surname
            continue
        fuller = {
            a
            for p in partners.get((m.document, m.sentence), ())
            for a in by_place[p]
            if len(a.split()) > len(words) and (a.split()[-len(words) :] == words or _shortened(words, a.split()))
        }
        out.append(replace(m, actor=fuller.pop()) if len(fuller) == 1 else m)
    return out


# Words that make a name a company's ("Harbourline Ferries Limited", "Acme Holdings plc").
_LEGAL_WORDS = frozenset(
    {"limited", "ltd", "plc", "inc", "llc", "corp", "corporation", "company", "co", "incorporated"}
)


def _by_first_word(
    facts: FactBase, mentions: list[StanceMention], restating: frozenset[tuple[_Place, _Place]]
) -> list[StanceMention]:
    """A body named by the first word of its name ("Harbourline said it …") is the one body the sentence it restates
    names in full with that word first, a name an organisation's word or a legal form marks as a body's
    ("Harbourline Ferries Ltd (HFL) has told the regulator …", its short name read in full): one actor, whose stances
    are compared (not a person, whom a first name alone does not name: "Moira" is not "Moira Kerr")."""
    people = {bare_name(e.name) for _doc, ex in facts.all() for e in ex.entities if e.kind == "person"}
    given = tables().given_names
    body_words = tables().org_words | _LEGAL_WORDS
    bodies = {
        bare_name(e.name)
        for _doc, ex in facts.all()
        for e in ex.entities
        if body_words & {w.lower().strip(".,") for w in e.name.split()[1:]}
    }
    by_place: dict[_Place, set[str]] = defaultdict(set)
    for m in mentions:
        by_place[(m.document, m.sentence)].add(m.actor)
    partners: dict[_Place, set[_Place]] = defaultdict(set)
    for a, b in restating:
        partners[a].add(b)
        partners[b].add(a)
    out = []
    for m in mentions:
        if len(m.actor.split()) == 1 and m.actor[:1].isupper() and not m.actor.isupper():
            fuller = {
                a
                for p in partners.get((m.document, m.sentence), ())
                for a in by_place[p]
                if len(a.split()) > 1
                and a.split()[0] == m.actor
                and a not in people
                and m.actor.lower() not in given
                and (a in bodies or body_words & {w.lower().strip(".,") for w in a.split()[1:]})
            }
            if len(fuller) == 1:
                m = replace(m, actor=fuller.pop())
        out.append(m)
    return out


def _shortened(short: list[str], name: list[str]) -> bool:
    """Whether a name of two words or more is a longer name with words left out inside it, its first and last words
    kept ("SNES-FSU teachers' union" of "SNES-FSU secondary teachers' union")."""
    if len(short) < 2 or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name)
    return all(w in rest for w in short)


def _surnames_in_full(facts: FactBase, mentions: list[StanceMention]) -> list[StanceMention]:
    """A person named by surname alone ("Cllr Patel said she could not support …") is the one person of that surname
    the story names in full ("Councillors Anita Patel and Rhys Hughes"), in its document or in a document it
    rewrites or is rewritten by; initials agree with given names ("A. Patel" is Anita Patel)."""
    story: dict[str, set[str]] = defaultdict(set)
    for rewrite, sources in facts.sources.items():
        for a in [rewrite, *sources]:
            story[a] |= {rewrite, *sources}
    full: dict[str, set[str]] = {}
    for doc, ex in facts.all():
        full[doc.id] = {
            n
            for e in ex.entities
            if e.kind in ("person", "other")
            and len((n := bare_name(e.name)).split()) > 1
            and all(w[:1].isupper() for w in n.split())
        }
    out = []
    for m in mentions:
        words = m.actor.split()
        if len(words) == 1 and not m.resolved and _titled(facts, m):
            named = {
                n for d in story.get(m.document, {m.document}) for n in full.get(d, ()) if n.split()[-1] == m.actor
            }
            longest = max(named, key=len, default="")
            if named and all(_same_person(n, longest) for n in named):
                m = replace(m, actor=longest)
        out.append(m)
    return out


def _titled(facts: FactBase, m: StanceMention) -> bool:
    """Whether a mention's actor is written after a person's title ("Cllr Patel", "Ms Okafor", "Trustee Pryor") or
    is a member a recorded vote lists (a person, "Ayes: Delgado, Osei")."""
    if m.recorded_vote:
        return True
    before = facts.documents[m.document].text[max(0, m.statement.start - 20) : m.statement.start].split()[-1:]
    first = m.statement.text.split(maxsplit=1)[:1]
    return any(w.lower() in person_titles() for w in [*before, *first])


def _same_person(a: str, b: str) -> bool:
    """Whether two full names of one surname agree in their given names, an initial agreeing with a name."""
    given_a, given_b = a.split()[:-1], b.split()[:-1]
    return all(x.rstrip(".") == y.rstrip(".")[: len(x.rstrip("."))] for x, y in zip(given_a, given_b, strict=False))


def _named_head(m: StanceMention) -> str:
    """A mention's actor with the common noun written after its name ("Rovers board", "Acme's board"), if any."""
    words = m.statement.text.replace("'s ", " ").replace("’s ", " ").split()
    n = len(m.actor.split())
    return " ".join(words[: n + 1]) if " ".join(words[:n]) == m.actor and len(words) > n else ""


def _same_name(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa
