"""Who is speaking: speaker noun phrases, their names and roles, and coreference to earlier mentions.

Used by :mod:`sitrep.attribution`. Works on the dependency parse of the whole text
(``token.idx`` are document offsets). A :class:`SpeakerIndex` is built once per
document from PERSON mentions in the article body (not in quotes, promos or captions)
and resolves pronouns ("he said"), surnames ("Zhdanov said") and bare titles
("said President", "the foreign minister warned") to the full names met in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

__all__ = ["Mention", "Speaker", "SpeakerIndex", "noun_phrase", "read_speaker"]

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "them", "it", "we"}
_NP_DEPS = {
    "compound",
    "amod",
    "det",
    "poss",
    "case",
    "nmod",
    "appos",
    "prep",
    "pobj",
    "punct",
    "cc",
    "conj",
    "acl",
    "npadvmod",
    "nummod",
    "quantmod",
    "advmod",
    "relcl",
    "prt",
    "dobj",
    "pcomp",
    "agent",
}
# Heads that name an office or role rather than a group ("the foreign minister", "a spokesman").
# Heads of organisations that speak ("the ministry said"); they are title heads too.
_ORG_HEADS = {
    "kremlin",
    "pentagon",
    "ministry",
    "office",
    "army",
    "military",
    "administration",
    "government",
    "staff",
    "command",
    "service",
    "agency",
    "council",
    "department",
}
_TITLE_HEADS = {
    "president",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mayor",
    "governor",
    "chief",
    "head",
    "commander",
    "general",
    "adviser",
    "advisor",
    "ambassador",
    "envoy",
    "chancellor",
    "premier",
    "prime",
    "leader",
    "director",
    "official",
    "analyst",
    "expert",
    "representative",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "senator",
    "deputy",
    "lawmaker",
    "councillor",
    "councilor",
    "mp",
    "ombudsman",
    "ombudswoman",
    "prosecutor",
    "king",
    "queen",
    "pope",
    "patriarch",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "sergeant",
    "officer",
    "researcher",
    "professor",
    "volunteer",
    "doctor",
    "journalist",
    "correspondent",
    "reporter",
    "witness",
    "resident",
    "soldier",
    "source",
} | _ORG_HEADS
_HEAD_OF_STATE = re.compile(r"^(?:the\s+)?head of (?:the\s+)?state$", re.I)
_ROLE_DEPS = {"compound", "amod", "nmod", "npadvmod", "punct", "poss", "case", "det", "nummod"}
# Prepositions that start circumstances, not affiliations: "X during the meeting said".
_CIRCUMSTANCE = {"during", "after", "before", "since", "while", "on", "in", "amid", "following", "upon"}
# Articles, trailing punctuation and honorifics ("Mr Zelensky") are not part of a role.
_ROLE_TRIM = re.compile(r"^(?:the|a|an)(?:\s+|$)|[\s,;:]+$|^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Mme|M)\.?$", re.I)


@dataclass(frozen=True)
class Speaker:
    """A speaker as the text names it, after resolution."""

    name: str
    role: str | None
    start: int
    end: int
    kind: str  # "person", "org", "office", "group", "pronoun", "unknown"


@dataclass
class Mention:
    """A named person met in the body text, with the role words around it."""

    name: str
    start: int
    end: int
    role: str | None
    subject: bool
    kind: str = "person"


@dataclass
class SpeakerIndex:
    """Named people of one document, for resolving pronouns, surnames and bare titles."""

    mentions: list[Mention] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        parsed: SpacyDoc,
        allowed: Callable[[int, int], bool],
        is_cue: Callable[[Token], bool] | None = None,
    ) -> SpeakerIndex:
        """Index the PERSON mentions ``allowed`` accepts; ``is_cue`` tells speech verbs, whose
        reported clauses hold no antecedent for a later "he said"."""
        index = cls()
        for ent in parsed.ents:
            if ent.label_ != "PERSON" or not allowed(ent.start_char, ent.end_char):
                continue
            words = [t for t in ent if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper()]
            if not words or "/" in ent.text or any(c.isdigit() for c in ent.text):
                continue
            full = _extend_name(ent)
            head = full.root
            name, role = _name_and_role(full)
            subject = head.dep_ in ("nsubj", "nsubjpass") or head.head.dep_ in ("nsubj", "nsubjpass")
            if is_cue is not None and any(a.dep_ == "ccomp" and is_cue(a.head) for a in head.ancestors):
                subject = False
            index.add(
                Mention(index.full_name(name, full.start_char), full.start_char, full.end_char, role, subject)
            )
        return index

    def add(self, mention: Mention, speaker: bool = False) -> None:
        target = self.speakers if speaker else self.mentions
        target.append(mention)
        target.sort(key=lambda m: m.start)

    def full_name(self, name: str, before: int | None = None) -> str:
        """The longest earlier name ending in the same surname ("Zelensky" -> "Volodymyr Zelensky")."""
        parts = name.split()
        if len(parts) > 1 and not (len(parts) == 2 and parts[0].endswith(".")):
            return name
        surname = re.sub(r"[’']s$", "", parts[-1])
        best = name
        for m in self.mentions:
            if before is not None and m.start >= before:
                break
            mparts = m.name.split()
            if len(mparts) > 1 and mparts[-1] == surname and len(m.name) > len(best):
                best = m.name
        if best == name and before is not None:
            return self.full_name(name, None)
        return best

    def role_of(self, name: str) -> str | None:
        """The first role the text gives this person ("Ukrainian President")."""
        for m in self.mentions + self.speakers:
            if m.name == name and m.role:
                return m.role
        return None

    def last_person(
        self, before: int, after: int = 0, exclude: Callable[[int], bool] | None = None
    ) -> str | None:
        """The person a "he"/"she" at ``before`` most likely refers to: the latest subject or speaker."""
        pool = [m for m in self.mentions if m.subject] + [m for m in self.speakers if m.kind == "person"]
        pool.sort(key=lambda m: m.start)
        for cands in (pool, self.mentions):
            starts = [m.start for m in cands]
            i = bisect_right(starts, before)
            while i > 0:
                i -= 1
                m = cands[i]
                if m.end <= before and m.start >= after and not (exclude and exclude(m.start)):
                    return m.name
        return None

    def last_group(self, before: int, window: int = 1500) -> Mention | None:
        """The organisation or group an "it"/"they" at ``before`` refers to: the latest such speaker."""
        found = [
            m for m in self.speakers if m.kind != "person" and m.end <= before and before - m.end < window
        ]
        return found[-1] if found else None

    def by_title(self, title_words: list[str], before: int) -> str | None:
        """The person whose role contains these title words (nearest before ``before``, else first after)."""
        words = [w.lower() for w in title_words if w.lower() not in ("the", "a", "an")]
        if not words:
            return None
        found = [
            m
            for m in self.mentions + self.speakers
            if m.role and all(w in m.role.lower().split() for w in words)
        ]
        found.sort(key=lambda m: m.start)
        earlier = [m for m in found if m.start < before]
        if earlier:
            return earlier[-1].name
        return found[0].name if found else None


def noun_phrase(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[i, j)`` of the noun phrase headed by ``tok``, clipped to ``[lo, hi)``."""
    left, right = tok.i, tok.i
    # Relative and complement clauses hang off the phrase but are not part of the name or role.
    skip = {
        t.i
        for c in tok.children
        if c.dep_ in ("relcl", "ccomp", "advcl") or (c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE)
        for t in c.subtree
    }
    for t in tok.subtree:
        if lo <= t.i < hi and t.i not in skip:
            left, right = min(left, t.i), max(right, t.i)
    doc = tok.doc
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return left, right + 1


def _name_and_role(ent: SpacySpan) -> tuple[str, str | None]:
    """Split a PERSON entity from the title words before it in its noun phrase."""
    name = ent.text.strip()
    doc = ent.doc
    head = ent.root
    # Title words before the name in its noun phrase: "British Foreign Secretary", "Ukraine's Defense
    # Minister".
    before = sorted(t.i for t in head.subtree if t.i < ent.start)
    run: list[int] = []
    for i in reversed(before):
        if i != (run[0] - 1 if run else ent.start - 1) or doc[i].dep_ not in _ROLE_DEPS:
            break
        run.insert(0, i)
    role_toks = [doc[i] for i in run]
    role_parts = [] if not role_toks else [_clean_role(doc[role_toks[0].i : role_toks[-1].i + 1].text)]
    for child in head.children:
        # "Andrij Kowalienko from the Ukrainian press academy": the affiliation is part of the role.
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in ("from", "of", "at", "with"):
            lo, hi = noun_phrase(child, child.left_edge.i, child.right_edge.i + 1)
            role_parts.append(_clean_role(doc[lo:hi].text))
        if child.dep_ == "appos" and child.i > head.i and child.ent_type_ != "PERSON":
            lo, hi = noun_phrase(child, child.left_edge.i, child.right_edge.i + 1)
            role_parts.append(_clean_role(doc[lo:hi].text))
    role = ", ".join(p for p in role_parts if p) or None
    return name, role


def _head_chain_reaches(tok: Token, target: Token) -> bool:
    cur = tok
    for _ in range(6):
        if cur.i == target.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _clean_role(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    prev = None
    while prev != text:
        prev = text
        text = _ROLE_TRIM.sub("", text)
    return text


def _org_name(span: SpacySpan, head: Token) -> str:
    """The organisation's own name when the head is inside one ("neighboring Belarus" -> "Belarus")."""
    if head.ent_type_ in ("ORG", "GPE", "NORP"):
        for ent in span.doc.ents:
            if ent.start <= head.i < ent.end and ent.start >= span.start:
                return _clean_role(ent.text)
    return _clean_role(span.text)


def _register(index: SpeakerIndex, speaker: Speaker) -> Speaker:
    index.add(
        Mention(speaker.name, speaker.start, speaker.end, speaker.role, True, speaker.kind), speaker=True
    )
    return speaker


def read_speaker(
    head: Token, lo: int, hi: int, index: SpeakerIndex, exclude: Callable[[int], bool] | None = None
) -> Speaker | None:
    """Read and resolve the speaker whose noun phrase is headed by ``head`` (token bounds ``[lo, hi)``)."""
    doc = head.doc
    left, right = noun_phrase(head, lo, hi)
    span = doc[left:right]
    start, end = span.start_char, span.end_char
    low = head.lower_.strip("\"“”'‘’")  # the tokenizer may glue a quote mark on: '"He'
    if head.pos_ == "PRON" or low in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        if low in _PERSON_PRONOUNS:
            name = index.last_person(head.idx, exclude=exclude)
            if name:
                return Speaker(name, index.role_of(name), head.idx, head.idx + len(head), "pronoun")
        elif low in ("it", "they"):
            group = index.last_group(head.idx)
            if group is not None:
                return Speaker(group.name, group.role, head.idx, head.idx + len(head), group.kind)
        return None
    # A person named in the phrase: the head itself or an apposition ("the mayor, Ivan Fedorov").
    person = _person_in(span, head)
    if person is None and head.text[:1].isupper() and len(index.full_name(head.text).split()) > 1:
        # A surname the tagger took for a place or organisation ("Pence said" after "Mike Pence").
        person = doc[head.i : head.i + 1]
    if person is not None:
        pname, prole = _name_and_role(person)
        full = index.full_name(pname, person.start_char)
        if len(full.split()) == 1 and not index.role_of(full):
            # A lone capitalised word that is a known title ("said President").
            by_title = index.by_title([full], start)
            if by_title:
                full = by_title
            elif not any(t.ent_type_ == "PERSON" for t in person):
                return _register(index, Speaker(_clean_role(span.text), None, start, end, "org"))
        role = prole or index.role_of(full)
        if not prole and head.i < person.start:
            role = _clean_role(doc[left : person.start].text) or role
        index.add(Mention(full, start, end, role, True), speaker=True)
        # "Joe Biden and Olaf Scholz agreed": both speak.
        for conj in head.children:
            other = _name_chain(conj) if conj.dep_ == "conj" and lo <= conj.i < hi else None
            if other is not None and any(t.ent_type_ == "PERSON" for t in other):
                full = f"{full} and {index.full_name(other.text, other.start_char)}"
        return Speaker(full, role, start, end, "person")
    title_words = [t.text for t in doc[left : head.i + 1] if t.dep_ in ("compound", "amod") or t.i == head.i]
    if _HEAD_OF_STATE.search(span.text):
        title_words = ["president"]
    if (head.lemma_.lower() in _TITLE_HEADS or low in _TITLE_HEADS) and head.tag_ not in ("NNS", "NNPS"):
        # A bare title with no organisation attached may be a person named elsewhere ("said President").
        has_org = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in span if t.i != head.i)
        if (
            head.tag_ in ("NN", "NNP")
            and head.lemma_.lower() not in _ORG_HEADS
            and (title_words == ["president"] or not any(t.dep_ == "prep" for t in head.children))
        ):
            resolved = index.by_title(title_words, start)
            if resolved and (not has_org or head.text[:1].isupper() or doc[left].lower_ == "the"):
                return Speaker(resolved, index.role_of(resolved), start, end, "person")
        return _register(index, Speaker(_clean_role(span.text), None, start, end, "office"))
    if (
        any(t.ent_type_ == "ORG" for t in span)
        or head.ent_type_ in ("ORG", "GPE", "NORP")
        and head.tag_ in ("NNP", "NNPS")
        and not head.tag_.endswith("S")
    ):
        return _register(index, Speaker(_org_name(span, head), None, start, end, "org"))
    if head.tag_ in ("NNS", "NNPS"):
        return _register(index, Speaker(_clean_role(span.text), None, start, end, "group"))
    if head.pos_ == "PROPN":
        return _register(index, Speaker(_clean_role(span.text), None, start, end, "org"))
    return Speaker(_clean_role(span.text), None, start, end, "unknown")


_PARTICLES = {"von", "van", "der", "den", "de", "da", "du", "la", "le", "al", "el", "bin", "ibn", "di", "dos"}
_NOT_NAME_ENTS = {
    "GPE",
    "ORG",
    "NORP",
    "LOC",
    "FAC",
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "MONEY",
    "PERCENT",
}


def _extend_name(ent: SpacySpan) -> SpacySpan:
    """Grow a PERSON entity the tagger cut short ("Ursula von der" + "Leyen")."""
    doc = ent.doc
    end = ent.end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
    ):
        end += 1
    return doc[ent.start : end] if end != ent.end else ent


def _name_chain(tok: Token) -> SpacySpan | None:
    """The proper-name tokens ending at ``tok``: "Oleksandr Stryuk", "Ursula von der Leyen", not the title."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or "/" in tok.text:
        return None
    doc = tok.doc
    i = tok.i
    while i > 0:
        prev = doc[i - 1]
        if prev.head.i not in (tok.i, i) or prev.dep_ != "compound":
            break
        word_ok = (
            prev.ent_type_ in ("PERSON", tok.ent_type_ or "PERSON")
            or prev.lower_ in _PARTICLES
            or (prev.pos_ == "PROPN" and not prev.ent_type_ and prev.lower_ not in _TITLE_HEADS)
        )
        if not word_ok or (
            tok.ent_type_ == "PERSON" and prev.ent_type_ != "PERSON" and prev.lower_ not in _PARTICLES
        ):
            break
        i -= 1
    chain = doc[i : tok.i + 1]
    if any(t.ent_type_ == "PERSON" for t in chain):
        return chain
    # "Natalia Humeniuk, a spokesperson for ...": a personal role in apposition makes it a person.
    human_role = any(
        c.dep_ == "appos" and c.lemma_.lower() in _TITLE_HEADS - _ORG_HEADS for c in tok.children
    )
    if human_role and len(chain) > 1:
        return chain
    if any(t.ent_type_ in _NOT_NAME_ENTS for t in chain) or tok.lower_ in _TITLE_HEADS:
        return None
    return chain


def _person_in(span: SpacySpan, head: Token) -> SpacySpan | None:
    """The personal name heading ``span`` or in apposition to its head ("the mayor, Ivan Fedorov")."""
    for cand in [head] + [c for c in head.children if c.dep_ == "appos"]:
        chain = _name_chain(cand)
        if chain is not None and chain.start >= span.start and chain.end <= span.end:
            return chain
    # "The head of American diplomacy Antony Blinken": a tagged name hanging right off the head.
    for ent in span.doc.ents:
        root = ent.root
        if (
            ent.label_ == "PERSON"
            and span.start <= ent.start
            and ent.end <= span.end
            and (root.head.i == head.i and root.dep_ in ("appos", "compound", "npadvmod", "nmod", "pobj"))
        ):
            chain = _name_chain(root)
            if chain is not None:
                return chain
    # A bare capitalised title ("said President") may still name a person met earlier.
    if (
        head.pos_ == "PROPN"
        and head.lower_ in _TITLE_HEADS
        and not any(c.dep_ == "prep" for c in head.children)
    ):
        return head.doc[head.i : head.i + 1]
    return None
