"""Cues of attribution: the verb lexicon, a cue's speaker, and where a direct quote's cue is.

Used by :mod:`sitrep.attribution` (and :mod:`sitrep.relations` through it). Needs the spaCy parse and
the quote segments of :mod:`sitrep.quotemarks`, seen through :class:`QuoteView`; adds nothing.

* The lexicon: speech verbs and their stances (:data:`QUOTE_STANCE`), verbs that only hand over to a
  quotation ("asked", "chanted", "as X put it").
* A direct quote's cue: right after it (“…,” X said, up to 20 tokens on, past quoted nicknames, and
  past an inner quote closing it: “… ‘ridiculous,’” he added), before it in its sentence (X said:
  “…”), the verb whose clause a colon closes ("… campaign message: “…”"), or a parenthetical cue
  later in the sentence ("“…” to drive up the price, she said", a mixed quote when the quotation
  does not hand over).
* A cue's speaker head: its subject; when the parser took a word of the quote for it, the mention
  between the quote and the cue ("“…,” police Chief Chuck Jordan said").
* :func:`cue_span` and :func:`mention_span`: the cue's and the source's words as PolNeAR marks them.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.quotemarks import QUOTE_MARKS, Seg
from sitrep.schema import Document, Span

__all__ = [

    "QUOTE_STANCE",
    "SPEECH",
    "WHEN",
    "QuoteView",
    "colon_cue",
    "cue_after",
    "cue_before",
    "cue_later",
    "cue_span",
    "hands_over",
    "inside_clause",
    "is_cue",
    "mention_span",
    "new_clause",
    "next_to",
    "subject",
]

_DATELINE = re.compile(r"[A-Z][A-Z.'’ ]+(?:,[ \t][A-Z][\w.' ]+)?(?:[ \t]\([\w ]+\))?[ \t]+[-–—―][ \t]+")


class QuoteView(Protocol):
    """What the cue readers see of the attribution state: the text, its parse and quote segments."""

    doc: Document
    parsed: SpacyDoc
    segs: list[Seg]

    def in_speech(self, off: int) -> bool: ...

    def tokens(self, start: int, end: int) -> range: ...


# Cue lemma -> (Quote.stance, Claim.stance).
QUOTE_STANCE: dict[str, tuple[str, str]] = {}
for _lemmas, _stances in (
    (
        "say tell add state explain note stress emphasize emphasise write argue declare reiterate recall "
        "plead urge suggest respond reply answer comment tweet post inform assure promise vow "
        "mention underline predict estimate complain agree remark",
        ("said", "report"),
    ),
    ("claim allege assert insist maintain boast contend", ("claimed", "claim")),
    ("admit acknowledge concede confess", ("admitted", "concession")),
    ("deny reject dismiss refute rebuff", ("denied", "denial")),
    ("confirm verify", ("confirmed", "confirmation")),
    ("report announce reveal disclose publish", ("reported", "report")),
    ("warn threaten caution", ("warned", "warning")),
    ("accuse blame charge condemn", ("accused", "accusation")),
    ("see witness observe", ("saw", "eyewitness")),
    ("believe think expect fear suspect assess conclude", ("said", "claim")),
    ("show find indicate", ("reported", "report")),
):
    for _lemma in _lemmas.split():
        QUOTE_STANCE[_lemma] = _stances


# Verbs whose complement is speech (quotes); the others yield claims only.
_NOT_SPEECH = {
    "see",
    "witness",
    "observe",
    "blame",
    "charge",
    "condemn",
    "believe",
    "think",
    "expect",
    "fear",
    "show",
    "find",
    "indicate",
    "suspect",
    "assess",
    "conclude",
}
SPEECH = set(QUOTE_STANCE) - _NOT_SPEECH


# Verbs that introduce a direct quote but whose complement is no reported speech ("asked him to go").
_DIRECT_CUES = {"ask", "continue", "chant", "shout", "yell", "scream", "sing", "joke", "quip", "laugh",
                "read", "exclaim", "marvel", "muse", "wonder", "recount", "begin", "demand"}


def is_cue(tok: Token) -> bool:
    """A verb of the lexicon, or "according to"."""
    return (
        tok.lemma_.lower() in QUOTE_STANCE
        and tok.pos_ in ("VERB", "AUX")
        or (tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children))
    )


def subject(cue: Token) -> Token | None:
    """The cue's speaker head: its subject, or the subject of the verb it hangs from."""
    if cue.lower_ == "according":
        for to in cue.children:
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return pobj
        return None
    cur = cue
    for step in range(4):
        subjects = [
            c for c in cur.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and cur.lemma_ == "quote")
        ]
        # A reported clause's subject is not the speaker: "X said that A would B, adding that ...".
        if subjects and not (step > 0 and cur.dep_ == "ccomp" and is_cue(cur.head)):
            before = [c for c in subjects if c.i < cur.i]
            subj = before[-1] if before else subjects[0]
            # "an official, who added that ...": the relative pronoun stands for the noun it hangs on.
            if subj.lower_ in ("who", "which", "that") and cur.dep_ == "relcl":
                return cur.head
            return subj
        if (
            cur.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep", "ccomp")
            and cur.head.i != cur.i
            and (cur.dep_ != "ccomp" or step > 0)
        ):
            cur = cur.head
        else:
            break
    return None


def next_to(state: QuoteView, cue: Token, subj: Token) -> Token | None:
    """The speaker mention of a cue after a quotation whose parsed subject is a word of the quote, or
    comes after the cue while a mention stands before it: the first noun between the closing mark and the
    cue ("…,” police Chief Chuck Jordan said", "…,” Flynn, a top Trump surrogate, said"), else a
    subject outside the quote ("…,” said James Acton")."""
    doc = cue.doc
    j = cue.i
    while j > 0 and not (state.in_speech(doc[j - 1].idx) or _is_mark(doc[j - 1]) or "\n" in doc[j - 1].text
                         or doc[j - 1].text in (".", "!", "?", ";", ":")):
        j -= 1
    after_quote = j > 0 and _is_mark(doc[j - 1])
    nouns = [t for t in doc[j : cue.i] if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in WHEN]
    if after_quote and nouns:
        head = nouns[0]
        # Climb a name to the title it stands in apposition to ("police Chief Chuck Jordan").
        while head.dep_ in ("appos", "compound") and j <= head.head.i < cue.i:
            head = head.head
        return head
    if not state.in_speech(subj.idx):
        return subj
    outside = [c for c in cue.children if c.dep_ == "nsubj" and not state.in_speech(c.idx)]
    return outside[0] if outside else None




def _is_mark(tok: Token) -> bool:
    return all(c in QUOTE_MARKS for c in tok.text)


WHEN = ("DATE", "TIME")


def cue_after(state: QuoteView, seg: Seg, limit: int) -> Token | None:
    """A cue right after a quote: “…,” X said / “…,” said X / “…”, he said."""
    if not hands_over(state.doc.text, seg):
        return None
    for n, i in enumerate(state.tokens(seg.close + 1, limit)):
        tok = state.parsed[i]
        if n > _CUE_REACH or tok.text in (".", "!", "?", ";") or _opens_speech(state, tok.idx):
            return None
        if is_cue(tok) and tok.lemma_.lower() in SPEECH | {"accord"} or n <= 1 and _cue_form(tok):
            return tok
        if tok.pos_ == "VERB" and _direct_cue(tok):
            return tok
    return None


def hands_over(text: str, seg: Seg) -> bool:
    """The quotation ends as one handing over to its attribution: “…,” / “…?” / “…”, / - … -."""
    # A quotation ending on a quote of its own hands over as well: “... ‘That’s ridiculous,’” he added.
    tail = text[seg.start : seg.end].rstrip().rstrip("'’‘\"")
    after = text[seg.close + 1 : seg.close + 3]
    return seg.dash or tail[-1:] in ",?!—–-…" or after.lstrip()[:1] in (",", "-", "–", "—")


def cue_later(state: QuoteView, seg: Seg, limit: int) -> Token | None:
    """A parenthetical cue closing the sentence the quote opens: “You squeezed employees to the breaking
    point” to drive up the stock price, she said. The clause is the content, quoted words and all."""
    for i in state.tokens(seg.close + 1, limit):
        tok = state.parsed[i]
        if tok.text in (".", "!", "?", ";") or _opens_speech(state, tok.idx):
            return None
        if is_cue(tok) and tok.lemma_.lower() in SPEECH and tok.lower_ != "according":
            comma = any(t.text == "," for t in tok.doc[max(tok.i - 3, 0) : tok.i])
            return tok if comma and subject(tok) is not None else None
    return None


# How many tokens after a quote its cue may come: “…,” Scott's niece, state Del. Marcia "Cia" Price
# (D-Newport News), shouted.
_CUE_REACH = 20


def _opens_speech(state: QuoteView, off: int) -> bool:
    """A quotation mark opening another quote (a nickname in quotes, "Cia", opens none)."""
    return any(s.speech and s.open == off for s in state.segs)


def _direct_cue(tok: Token) -> bool:
    """A verb that hands over to a quotation without being a verb of speech: "asked", "chanted", and
    the idiom "as X put it"."""
    lemma = tok.lemma_.lower()
    return lemma in _DIRECT_CUES or lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it"
                                                          for c in tok.children)


def _cue_form(tok: Token) -> bool:
    """A speech verb by its form, whatever the tagger made of it ("- assures Serhij Hajdaj")."""
    w = tok.lower_
    return bool({tok.lemma_.lower(), w, re.sub(r"(?:es|s|ed|d)$", "", w), re.sub(r"[sd]$", "", w)} & SPEECH)


def cue_before(state: QuoteView, end: int, start: int) -> Token | None:
    """The nearest speech cue before ``end`` in the same sentence: X said: “…” / X said that “…”."""
    idx = list(state.tokens(start, end))
    for i in reversed(idx):
        tok = state.parsed[i]
        if tok.text in (".", "!", "?") or state.in_speech(tok.idx) or tok.text in '”»"':
            return None
        if is_cue(tok) and (tok.lemma_.lower() in SPEECH or tok.lower_ == "according"):
            return tok
        if tok.pos_ == "VERB" and (
            _direct_cue(tok) or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
        ):
            # "X asked: “…”", "Limbaugh continued: “…”": any verb handing over with a colon.
            return tok
    return None


def inside_clause(state: QuoteView, cue: Token, seg: Seg, limit: int) -> bool:
    """The sentence runs on after a quotation that ends on no punctuation of its own: “... defend
    himself” against what the campaign sees as ..."""
    rest = state.tokens(seg.close + 1, limit)
    ends = state.doc.text[seg.start : seg.end].rstrip().rstrip(QUOTE_MARKS)[-1:]
    return (
        bool(len(rest)) and state.parsed[rest.start].is_lower and state.parsed[rest.start].is_alpha
        and not (ends and ends in ",.?!…—–-")
    )


def colon_cue(state: QuoteView, seg: Seg, start: int) -> Token | None:
    """The verb whose clause a colon closes before the quote hands over to it: "Obama is rolling out a
    new campaign message: “It's about me.”", "I had to change my answer: “...”"."""
    before = state.doc.text[start : seg.open].rstrip()
    if not before.endswith(":"):
        return None
    rng = state.tokens(start, start + len(before) - 1)
    if not len(rng):
        return None
    tok = state.parsed[rng.stop - 1]
    for _ in range(6):
        if tok.pos_ == "VERB":
            return None if state.in_speech(tok.idx) else tok
        if tok.head.i == tok.i or tok.head.i > tok.i:
            return None
        tok = tok.head
    return None


def new_clause(state: QuoteView, cue: Token, end: int) -> bool:
    """A verb of its own between the cue and the next quote: that quote belongs to another clause
    (“You winning?” she said, but Kevin was drifting off as Trump went on about “how ...”; "he said,
    adding that “some ...”"), not to the sentence the cue interrupts."""
    for i in state.tokens(cue.idx + len(cue), end):
        tok = state.parsed[i]
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or is_cue(tok) and tok.lemma_.lower() in SPEECH:
            return True
    return False


_CUE_MODIFIERS = {"aux", "auxpass", "neg", "advmod"}


def cue_span(cue: Token) -> Span:
    """The cue's words: auxiliaries, negation and adverbs right before it, a particle after it
    ("has not said", "later told", "pointed out"), or "according to"."""
    if cue.lower_ == "according":
        return Span(cue.idx, cue.idx + len("according to"))
    doc = cue.doc
    left, right = cue.i, cue.i
    while left > 0 and doc[left - 1].head.i == cue.i and doc[left - 1].dep_ in _CUE_MODIFIERS:
        left -= 1
    while right + 1 < len(doc) and doc[right + 1].head.i == cue.i and doc[right + 1].dep_ == "prt":
        right += 1
    return Span(doc[left].idx, doc[right].idx + len(doc[right]))


_CLAUSE_DEPS = {"dep", "ccomp", "xcomp", "advcl", "parataxis", "dobj"}


def mention_span(head: Token, cue: Token) -> Span:
    """The source as written: the whole noun phrase of ``head`` with its appositions and relative
    clauses ("Luis Rubio, who heads the Center ..."), up to the cue and within the paragraph."""
    before = head.i < cue.i
    # A parse that hangs the cue under the source ("Trump" as root) must not pull the clause in.
    drop = {
        t.i
        for c in head.children
        if cue in c.subtree or c.dep_ in _CLAUSE_DEPS or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    # A participle or a relative clause that reports its own words or thoughts is not part of the
    # mention ("Trump, speaking to a veterans group, said", "Mr. Obama, who understood that ...,
    # told"); other relative clauses are ("Rendell, who served as chairman of the DNC, agreed").
    drop |= {
        t.i
        for d in head.subtree
        if before and d.left_edge.i > 0 and d.doc[d.left_edge.i - 1].text == ","
        and (d.dep_ == "acl" and d.tag_ in ("VBG", "VBN") or d.dep_ == "relcl" and any(
            c.dep_ == "ccomp" for c in d.children))
        for t in d.subtree
    }
    text = head.doc.text
    # Nor does it run past a line break or a colon ("Said Ellis: “I don't get the sense ...”").
    keep = {
        t.i
        for t in head.subtree
        if t.i not in drop
        and (t.i < cue.i if before else t.i > cue.i)
        and not {"\n", ":"} & set(text[min(t.idx, head.idx) : max(t.idx, head.idx)])
    }
    left = right = head.i
    while left - 1 in keep:
        left -= 1
    while right + 1 in keep:
        right += 1
    doc = head.doc
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    start = doc[left].idx
    # A dateline opening the paragraph is the writer's ("BRUSSELS - European leaders said").
    dateline = _DATELINE.match(doc.text, start, head.idx)
    if dateline and head.idx >= dateline.end():
        start = dateline.end()
    return Span(start, doc[right].idx + len(doc[right]))
