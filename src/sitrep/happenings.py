"""Political acts outside ACLED's scope: coded in PLOVER, kept apart from the ACLED events.

Runs after :mod:`sitrep.events`. Needs ``doc.zones``, ``doc.places``, ``doc.quotes`` and
``doc.events`` and the spaCy parse. Adds ``doc.happenings``: one :class:`~sitrep.schema.Event` per
sentence whose act is diplomatic or political (PLOVER AGREE, CONSULT, SUPPORT, COOPERATE, AID,
REQUEST, ACCUSE, REJECT, THREATEN, SANCTION, CONCEDE, RETREAT, or a non-street PROTEST such as
"obstructing the deal") and whose agent is a state, a government or an organisation. Their
``event_type`` says honestly that ACLED does not code them ("Outside ACLED scope", sub-type
"Political act"), so they never enter ACLED counts or exports, while a user following diplomacy
("Hungary is obstructing the deal", "the EU has not agreed to a sixth round of sanctions") keeps
them with their words, actor, date and PLOVER type.

Sentences that already gave an ACLED event are left to it; statements quoted from people are not
acts of their own unless the speaker's words are the act (an accusation, a demand, a threat).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.actors import actor_phrase, as_government, country_name, resolve_actor
from sitrep.eventdate import event_date
from sitrep.figures import source_at
from sitrep.plover import code_sentence
from sitrep.schema import Actor, Document, Event, Span
from sitrep.triggers import modality

__all__ = ["OUTSIDE_ACLED", "POLITICAL_TYPES", "code_happenings"]

OUTSIDE_ACLED = "Outside ACLED scope"
POLITICAL_ACT = "Political act"
#: PLOVER types that are political acts rather than violence, protest in the street or coercion.
POLITICAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
     "SANCTION", "CONCEDE", "RETREAT"}
)
_VERBAL_PROTEST = {"obstruct", "verbal", "boycott"}
_ZONES = ("headline", "body")


def _political(plover_type: str, mode: str | None) -> bool:
    return plover_type in POLITICAL_TYPES or (plover_type == "PROTEST" and mode in _VERBAL_PROTEST)


def _subject(tok: Token) -> Token | None:
    """The explicit subject of the act: its own, or the verb's it completes ("agreed to X")."""
    node: Token | None = tok
    for _ in range(3):
        if node is None:
            return None
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and node.dep_ == "relcl":
            return node.head  # "the European Union, which has not agreed ..."
        if subj is not None:
            return subj
        node = node.head if node.dep_ in ("xcomp", "conj", "advcl") and node.head is not node else None
    return None


def _actor(doc: Document, tok: Token | None) -> Actor | None:
    """A state, government or organisation named by ``tok``'s phrase (never a pronoun or a person)."""
    if tok is None or tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":
        return None
    text, start, end = actor_phrase(tok)
    actor = resolve_actor(text)
    if actor is not None and actor.inter in (1, 8):
        return replace(as_government(actor), start=start, end=end)
    at = [p for p in doc.places if p.start <= tok.idx < p.end]
    country = next((p for p in at if (p.feature_code or "").startswith("PCL")), None)
    if country is not None and actor is None and tok.pos_ == "PROPN":
        name = country_name(country.country_code) or country.name or text
        return Actor(name=f"Government of {name}", inter=1, mention=text, start=start, end=end)
    if tok.ent_type_ in ("ORG", "GPE", "NORP") and actor is None:
        return Actor(name=text.removeprefix("the ").removeprefix("The "), mention=text, start=start, end=end)
    return None


def _target(doc: Document, tok: Token) -> Actor | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):
            return _actor(doc, c)
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on", "for"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return _actor(doc, obj)
    return None


def _quoted(doc: Document, offset: int) -> bool:
    for q in doc.quotes:
        spans = q.content_spans or (Span(q.start, q.end),)
        if q.kind != "indirect" and any(s.start <= offset < s.end for s in spans):
            return True
    return False


def code_happenings(doc: Document, parsed: SpacyDoc) -> Document:
    """Add ``happenings`` (political acts, PLOVER-coded, outside ACLED) to ``doc``."""
    taken = [(s.start, s.end) for ev in doc.events for s in ev.evidence]
    found: list[Event] = []
    for sent in parsed.sents:
        start, end = sent.start_char, sent.end_char
        zone = doc.zone_at(start)
        if doc.zones and (zone is None or zone.kind not in _ZONES) or doc.in_promo(start, end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        code = code_sentence(sent)
        if code is None or not _political(code.type, code.mode):
            continue
        tok = code.trigger.root
        if tok.dep_ in ("amod", "compound") or _quoted(doc, tok.idx):
            continue  # "Russian-backed": a description; inside a quote: the speaker's words, not an act
        actor1 = _actor(doc, _subject(tok))
        if actor1 is None:
            continue
        actor2 = _target(doc, tok)
        mode = "asserted" if code.rule == "negated" else modality(tok)
        when = event_date(doc, parsed, start, end, tok, mode == "asserted")
        found.append(
            Event(
                event_type=OUTSIDE_ACLED,
                sub_event_type=POLITICAL_ACT,
                event_date=when.date,
                time_precision=when.precision,
                actor1=actor1,
                actor2=actor2,
                modality=mode,
                source=source_at(doc, tok.idx, tok.idx + len(tok.text)),
                evidence=(Span(start, end),),
                plover_type=code.type,
                plover_mode=code.mode,
                end_date=when.end_date if when.end_date != when.date else None,
                trigger=code.trigger.text,
                date_from=when.basis,
                date_evidence=Span(when.ref.start, when.ref.end) if when.ref is not None else None,
            )
        )
    return replace(doc, happenings=tuple(found))
