"""Attribution: direct, indirect and mixed quotes with their speakers, and the claims they carry.

Needs ``Document.zones`` (text in promos, captions, headlines and subheadings is skipped; with no
zones the whole text is read) and the spaCy parse of the whole text. Adds ``Document.quotes``
and ``Document.claims``.

* Direct quotes are the text between quotation marks (:mod:`sitrep.quotemarks`).
* A direct quote's cue is the speech verb right after it (“…,” X said / said X), else the
  nearest one before it in the same sentence (X said: “…”, X said that “…”), else it continues
  the quote before it in the paragraph (or the previous paragraph). "“A,” he said, “b…”" with
  a lower-case continuation is ONE quote with two ``content_spans``; "“A,” he said. “B.”" gives
  two consecutive quotes with the same speaker, sharing the attribution's offsets. A quote
  signed "― Name" on its line, or opening with a transcript label ("PENCE: …"), is that
  person's; "He said:" ending the paragraph before a quote attributes it.
* Indirect quotes are the clausal complement of a speech verb ("X said (that) …", "…, X warned,
  …") or the clause around "according to X". A complement holding short quoted fragments is a
  ``mixed`` quote; a quoted clause of six words or more in it is a direct quote of its own.
* Speakers come from the cue's subject (:mod:`sitrep.speakers` reads names, roles, pronouns,
  surnames and bare titles). Generic groups ("authorities", "rebels") yield claims, not quotes.
* Claims: every quote (an accusation, "accused Moscow of …", is an indirect quote too), plus
  non-speech attributions ("claimed to have captured", reporters "saw", "the study found").
  The stance comes from the cue verb; a report of the speaker's own side's actions is a claim;
  one that opens with "However"/"But" after another source's claim is a counter-claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.quotemarks import Seg, quote_segments
from sitrep.schema import Claim, Document, Quote, Span
from sitrep.speakers import Speaker, SpeakerIndex, read_speaker
from sitrep.zones import paragraphs

__all__ = ["QUOTE_STANCE", "Attribution", "cue_span", "find_quotes", "mention_span"]

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
_SPEECH = set(QUOTE_STANCE) - _NOT_SPEECH
# Verbs that introduce a direct quote but whose complement is no reported speech ("asked him to go").
_DIRECT_CUES = {"ask", "continue", "chant", "shout", "yell", "scream", "sing", "joke", "quip", "laugh",
                "read", "exclaim", "marvel", "muse", "wonder", "recount", "begin", "demand"}
# Cues whose object, not a clause, carries the proposition: "saw the bodies", "accused Moscow of ...".
_OBJECT_CUES = {"see", "witness", "observe", "accuse", "blame", "charge", "condemn"}
_WITNESS_SUBJECTS = {
    "reporter",
    "journalist",
    "correspondent",
    "witness",
    "resident",
    "photographer",
    "crew",
    "team",
    "observer",
    "monitor",
    "we",
    "i",
    "eyewitness",
    "survivor",
}
_CONTRAST = {"however", "but", "yet", "nevertheless", "nonetheless", "still"}
_SELF = {"we", "they", "our", "its", "their", "us", "them"}
_QUOTABLE = {"person", "office", "org", "pronoun"}


@dataclass(frozen=True)
class Attribution:
    """One attribution relation with offsets for every part, as PolNeAR annotates them: the content
    (in pieces when the attribution breaks it), the source mention in this text and the cue words
    (with their auxiliaries: "has said"). Quotes, claims and other attributions all give one."""

    content: tuple[Span, ...]
    source: Span | None
    cue: Span | None
    kind: str  # "direct", "indirect", "mixed" or "other" (not speech: beliefs, findings, stances)


@dataclass
class _Attr:
    """Who said it, and the cue verb that says so."""

    speaker: Speaker | None
    cue: Token | None
    head: Token | None = None  # the source mention's head word in this text, resolved or not


@dataclass
class _State:
    doc: Document
    parsed: SpacyDoc
    pars: list[tuple[int, int]]
    segs: list[Seg]
    index: SpeakerIndex
    starts: list[int]
    used_cues: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Attribution] = field(default_factory=list)

    def in_speech(self, off: int) -> bool:
        return any(s.speech and s.start <= off < s.end for s in self.segs)

    def para_of(self, off: int) -> tuple[int, int] | None:
        for ps, pe in self.pars:
            if ps <= off < pe:
                return ps, pe
        return None

    def tokens(self, start: int, end: int) -> range:
        """Indices of the tokens starting in ``[start, end)``."""
        return range(bisect_left(self.starts, start), bisect_left(self.starts, end))


def find_quotes(doc: Document, parsed: SpacyDoc) -> Document:
    """Find quotes and claims in the body text of ``doc``; see the module docstring."""
    state = _run(doc, parsed)
    quotes = tuple(sorted(state.quotes, key=lambda q: q.start))
    claims = tuple(sorted(state.claims, key=lambda c: c.start))
    return replace(doc, quotes=quotes, claims=claims)


def _run(doc: Document, parsed: SpacyDoc) -> _State:
    """The attribution state after every pass: quotes, claims and their relations (see
    :mod:`sitrep.relations`)."""
    text = doc.text
    pars = (
        [(z.start, z.end) for z in doc.zones if z.kind in ("body", "dateline")]
        if doc.zones
        else paragraphs(text)
    )
    segs = quote_segments(text, pars)
    speech = [s for s in segs if s.speech]
    places = [(p.start, p.end) for p in doc.places]

    def allowed(start: int, end: int) -> bool:
        in_par = any(ps <= start and end <= pe for ps, pe in pars)
        in_quote = any(s.start <= start < s.end for s in speech)
        is_place = any(ps <= start < pe for ps, pe in places)
        return in_par and not in_quote and not is_place

    state = _State(
        doc, parsed, pars, segs, SpeakerIndex.build(parsed, allowed, _is_cue), [t.idx for t in parsed]
    )
    # Meet every speaker in text order first, so "it said" / "she told" can refer back to any of them.
    for ps, pe in pars:
        for i in state.tokens(ps, pe):
            if _is_cue(parsed[i]) and not state.in_speech(parsed[i].idx):
                _attr_for(state, parsed[i])
    _direct(state)
    _indirect(state)
    _refine_claims(state)
    return state


# --- cues and speakers -------------------------------------------------------------------------


def _is_cue(tok: Token) -> bool:
    return (
        tok.lemma_.lower() in QUOTE_STANCE
        and tok.pos_ in ("VERB", "AUX")
        or (tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children))
    )


def _subject(cue: Token) -> Token | None:
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
        if subjects and not (step > 0 and cur.dep_ == "ccomp" and _is_cue(cur.head)):
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


def _attr_for(state: _State, cue: Token) -> _Attr:
    para = state.para_of(cue.idx)
    subj = _subject(cue)
    if (
        subj is not None
        and (state.in_speech(subj.idx) or subj.i > cue.i and cue.lower_ != "according")
        and not state.in_speech(cue.idx)
    ):
        # The parser took a word of the quote for the subject (“... it will,” said James Acton).
        subj = _next_to(state, cue, subj)
    if subj is None:
        # Inverted order the parser missed: "- assures Serhij Hajdaj, head of ...".
        nxt = [t for t in cue.doc[cue.i + 1 : cue.i + 4] if t.pos_ == "PROPN" and t.ent_type_ not in _WHEN]
        if nxt:
            subj = nxt[0]
            while subj.dep_ == "compound" and subj.head.i > subj.i:
                subj = subj.head
    if para is None:
        return _Attr(None, cue)
    lo = state.tokens(*para)
    if subj is not None and not lo.start <= subj.i < lo.stop:
        # The parser hung the subject on another paragraph: take the name right before the cue.
        prev = cue.doc[cue.i - 1] if cue.i - 1 >= lo.start else None
        subj = prev if prev is not None and prev.pos_ in ("PROPN", "NOUN", "PRON") else None
    # A subject inside the quoted words is not who speaks them ("- The talks will be ... - announced").
    if subj is None or state.in_speech(subj.idx):
        return _Attr(None, cue)
    speaker = read_speaker(subj, lo.start, lo.stop, state.index, exclude=state.in_speech)
    return _Attr(speaker, cue, subj)


def _next_to(state: _State, cue: Token, subj: Token) -> Token | None:
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
    nouns = [t for t in doc[j : cue.i] if t.pos_ in ("PROPN", "NOUN", "PRON") and t.ent_type_ not in _WHEN]
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


_MARKS = "“”«»\"'‘’"


def _is_mark(tok: Token) -> bool:
    return all(c in _MARKS for c in tok.text)
_WHEN = ("DATE", "TIME")


def _cue_after(state: _State, seg: Seg, limit: int) -> Token | None:
    """A cue right after a quote: “…,” X said / “…,” said X / “…”, he said."""
    if not _hands_over(state.doc.text, seg):
        return None
    for n, i in enumerate(state.tokens(seg.close + 1, limit)):
        tok = state.parsed[i]
        if n > _CUE_REACH or tok.text in (".", "!", "?", ";") or _opens_speech(state, tok.idx):
            return None
        if _is_cue(tok) and tok.lemma_.lower() in _SPEECH | {"accord"} or n <= 1 and _cue_form(tok):
            return tok
        if tok.pos_ == "VERB" and _direct_cue(tok):
            return tok
    return None


def _hands_over(text: str, seg: Seg) -> bool:
    """The quotation ends as one handing over to its attribution: “…,” / “…?” / “…”, / - … -."""
    # A quotation ending on a quote of its own hands over as well: “... ‘That’s ridiculous,’” he added.
    tail = text[seg.start : seg.end].rstrip().rstrip("'’‘\"")
    after = text[seg.close + 1 : seg.close + 3]
    return seg.dash or tail[-1:] in ",?!—–-…" or after.lstrip()[:1] in (",", "-", "–", "—")


def _cue_later(state: _State, seg: Seg, limit: int) -> Token | None:
    """A parenthetical cue closing the sentence the quote opens: “You squeezed employees to the breaking
    point” to drive up the stock price, she said. The clause is the content, quoted words and all."""
    for i in state.tokens(seg.close + 1, limit):
        tok = state.parsed[i]
        if tok.text in (".", "!", "?", ";") or _opens_speech(state, tok.idx):
            return None
        if _is_cue(tok) and tok.lemma_.lower() in _SPEECH and tok.lower_ != "according":
            comma = any(t.text == "," for t in tok.doc[max(tok.i - 3, 0) : tok.i])
            return tok if comma and _subject(tok) is not None else None
    return None


# How many tokens after a quote its cue may come: “…,” Scott's niece, state Del. Marcia "Cia" Price
# (D-Newport News), shouted.
_CUE_REACH = 20


def _opens_speech(state: _State, off: int) -> bool:
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
    return bool({tok.lemma_.lower(), w, re.sub(r"(?:es|s|ed|d)$", "", w), re.sub(r"[sd]$", "", w)} & _SPEECH)


def _cue_before(state: _State, end: int, start: int) -> Token | None:
    """The nearest speech cue before ``end`` in the same sentence: X said: “…” / X said that “…”."""
    idx = list(state.tokens(start, end))
    for i in reversed(idx):
        tok = state.parsed[i]
        if tok.text in (".", "!", "?") or state.in_speech(tok.idx) or tok.text in '”»"':
            return None
        if _is_cue(tok) and (tok.lemma_.lower() in _SPEECH or tok.lower_ == "according"):
            return tok
        if tok.pos_ == "VERB" and (
            _direct_cue(tok) or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"
        ):
            # "X asked: “…”", "Limbaugh continued: “…”": any verb handing over with a colon.
            return tok
    return None


# --- direct quotes -----------------------------------------------------------------------------


def _direct(state: _State) -> None:
    text = state.doc.text
    speech = [s for s in state.segs if s.speech]
    attrs: dict[int, _Attr] = {}
    joined: set[int] = set()
    for k, seg in enumerate(speech):
        if k in joined:
            continue
        para = state.pars[seg.para]
        nxt = speech[k + 1] if k + 1 < len(speech) and speech[k + 1].para == seg.para else None
        limit = nxt.open if nxt else para[1]
        cue = _cue_after(state, seg, limit)
        spans = [_trim(text, seg.start, seg.end)]
        if cue is not None and nxt is not None:
            # “A,” he said, “b…”: the attribution interrupts one quoted sentence.
            between = text[cue.idx : nxt.open]
            if "." not in between and text[nxt.start : nxt.start + 1].islower() and not _new_clause(
                state, cue, nxt.open
            ):
                spans.append(_trim(text, nxt.start, nxt.end))
                joined.add(k + 1)
        if cue is None:
            cue = _cue_before(state, seg.open, para[0])
            if cue is not None and _inside_clause(state, cue, seg, limit):
                # X said that, “…” against what ...: the quoted words are part of the reported clause,
                # which the indirect pass gives whole (a mixed quote).
                continue
        later = _cue_later(state, seg, limit) if cue is None else None
        if later is not None and not _hands_over(text, seg):
            # The quotation opens a reported clause whose cue closes it: an indirect (mixed) quote.
            continue
        cue = cue or later
        if cue is None and _starts_par(state, seg) and seg.para > 0:
            # "He said:" closing the paragraph before the quote.
            ps, pe = state.pars[seg.para - 1]
            if text[ps:pe].rstrip().endswith(":"):
                cue = _cue_before(state, pe, ps)
        if cue is None:
            cue = _colon_cue(state, seg, para[0])
        attr: _Attr | None = _attr_for(state, cue) if cue is not None else _signature(state, seg)
        if attr is None:
            attr = _colon_name(state, seg, para[0])
        labelled = _label(state, seg)
        if labelled is not None:
            # A transcript turn ("PENCE: Well, look, ...") is said by its label, whoever is cued nearby.
            attr, spans[0] = labelled
            cue = None
        if attr is None or attr.speaker is None:
            attr = _inherit(state, speech, attrs, k) or attr
        if attr is None or attr.speaker is None:
            if attr is not None and attr.head is not None:
                # No one to name ("she" with no antecedent), but the text still says who: a relation.
                _relation(state, attr, spans, "direct")
            continue
        attrs[k] = attr
        if attr.cue is not None:
            state.used_cues.add(attr.cue.i)
        for j in (k + 1,) if k + 1 in joined else ():
            attrs[j] = attr
        _emit(state, attr, spans, "direct")


def _inside_clause(state: _State, cue: Token, seg: Seg, limit: int) -> bool:
    """The sentence runs on after a quotation that ends on no punctuation of its own: “... defend
    himself” against what the campaign sees as ..."""
    rest = state.tokens(seg.close + 1, limit)
    ends = state.doc.text[seg.start : seg.end].rstrip().rstrip(_MARKS)[-1:]
    return (
        bool(len(rest)) and state.parsed[rest.start].is_lower and state.parsed[rest.start].is_alpha
        and not (ends and ends in ",.?!…—–-")
    )


def _colon_cue(state: _State, seg: Seg, start: int) -> Token | None:
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


def _colon_name(state: _State, seg: Seg, start: int) -> _Attr | None:
    """A person named before a colon with no verb, headline style: "A lesson from Loretta Lynch: ‘Be the
    voice that people hear.’" The colon is the cue, the name the source (no speaker is resolved)."""
    before = state.doc.text[start : seg.open].rstrip()
    rng = state.tokens(start, start + len(before))
    if not before.endswith(":") or not len(rng) or state.parsed[rng.stop - 1].text != ":":
        return None
    colon = state.parsed[rng.stop - 1]
    s = max(colon.sent.start, rng.start)
    names = [e for e in state.parsed[s : colon.i].ents if e.label_ == "PERSON"]
    if not names or any(t.pos_ == "VERB" for t in state.parsed[s : colon.i]):
        return None
    return _Attr(None, colon, names[0].root)


def _new_clause(state: _State, cue: Token, end: int) -> bool:
    """A verb of its own between the cue and the next quote: that quote belongs to another clause
    (“You winning?” she said, but Kevin was drifting off as Trump went on about “how ...”; "he said,
    adding that “some ...”"), not to the sentence the cue interrupts."""
    for i in state.tokens(cue.idx + len(cue), end):
        tok = state.parsed[i]
        if tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or _is_cue(tok) and tok.lemma_.lower() in _SPEECH:
            return True
    return False


def _trim(text: str, start: int, end: int) -> Span:
    """Quoted content without the comma that hands over to the attribution."""
    return Span(start, start + len(text[start:end].rstrip(" ,;—–-")) or end)


_SIGNATURE = re.compile(
    r"[ \t\xa0]*[―—–-][ \t\xa0]*([A-Z][\w'’-]*\.?(?:[ \t\xa0]+[A-Z][\w'’-]*\.?){0,4})[ \t\xa0]*(?=\n|$)"
)


_LABEL = re.compile(r"([A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,3}):[ \t]+(?=\S)")
_NOT_LABELS = {
    "note",
    "update",
    "editor",
    "photo",
    "source",
    "warning",
    "breaking",
    "q",
    "a",
    "read",
    "watch",
    "related",
    "video",
    "live",
    "correction",
    "disclaimer",
    "quote",
    "question",
    "answer",
}


def _label(state: _State, seg: Seg) -> tuple[_Attr, Span] | None:
    """A quote opening with a speaker label: "WALLACE: Let's start ..."."""
    text = state.doc.text
    m = _LABEL.match(text, seg.start, seg.end)
    if not m or m.group(1).split()[0].lower() in _NOT_LABELS or len(m.group(1)) < 3:
        return None
    label = m.group(1)
    known = len(state.index.full_name(label.title() if label.isupper() else label).split()) > 1
    tagged = any(state.parsed[i].ent_type_ == "PERSON" for i in state.tokens(m.start(1), m.end(1)))
    if not (label.isupper() or known or tagged):
        return None
    name = state.index.full_name(label.title() if label.isupper() else label)
    speaker = Speaker(name, state.index.role_of(name), m.start(1), m.end(1), "person")
    return _Attr(speaker, None), _trim(text, m.end(), seg.end)


def _signature(state: _State, seg: Seg) -> _Attr | None:
    """A quote signed with a dash and a name: “…” ― Pamela Padilla."""
    m = _SIGNATURE.match(state.doc.text, seg.close + 1)
    if not m or not seg.closed:
        return None
    name = m.group(1).strip().rstrip(".")
    return _Attr(Speaker(name, None, m.start(1), m.start(1) + len(name), "person"), None)


def _inherit(state: _State, speech: list[Seg], attrs: dict[int, _Attr], k: int) -> _Attr | None:
    """A quote with no cue of its own continues the previous attributed quote nearby."""
    seg = speech[k]
    for j in range(k - 1, -1, -1):
        prev = speech[j]
        if seg.para - prev.para > 1:
            return None
        if j in attrs:
            if prev.para == seg.para or seg.prev_chain is not None or _starts_par(state, seg):
                return attrs[j]
            return None
    return None


def _starts_par(state: _State, seg: Seg) -> bool:
    return seg.open == state.pars[seg.para][0]


# --- indirect quotes and other attributions ----------------------------------------------------


def _content_tokens(state: _State, cue: Token, lo: int, hi: int) -> list[Token]:
    """The attributed proposition: complement clause, parataxis host, xcomp or object."""
    doc = state.parsed
    subj = _subject(cue)
    if cue.lower_ == "according":
        drop = {t.i for t in cue.subtree}
        s, e = _sentence_at(state, cue.idx)
        return [doc[i] for i in state.tokens(s, e) if i not in drop]
    comps = [c for c in cue.children if c.dep_ == "ccomp" and lo <= c.i < hi]
    if not comps and cue.dep_ == "parataxis" and lo <= cue.head.i < hi:
        drop = {t.i for t in cue.subtree}
        return [t for t in cue.head.subtree if lo <= t.i < hi and t.i not in drop]
    if not comps:
        comps = [c for c in cue.children if c.dep_ == "xcomp" and lo <= c.i < hi]
    if not comps and cue.lemma_.lower() in _OBJECT_CUES:
        drop = {t.i for t in subj.subtree} if subj is not None else set()
        return [t for t in cue.subtree if t.i > cue.i and lo <= t.i < hi and t.i not in drop]
    out: list[Token] = []
    for c in comps:
        # "X said A, and he accused B": the second cue's clause is its own attribution.
        drop = {
            t.i
            for k in c.children
            if k.dep_ == "conj" and _is_cue(k) and _subject(k) is not None and _subject(k) is not subj
            for t in k.subtree
        }
        drop |= {k.i for k in c.children if k.dep_ == "cc" and k.i + 1 in drop or k.i + 2 in drop}
        out.extend(t for t in c.subtree if lo <= t.i < hi and t.i not in drop)
    return sorted(out, key=lambda t: t.i)


def _indirect(state: _State) -> None:
    # Marks included: what direct quotes already cover is not indirect speech again.
    direct = [(q.start - 1, q.end + 2) for q in state.quotes]

    def quoted(t: Token) -> bool:
        return any(s <= t.idx < e for s, e in direct)

    for ps, pe in state.pars:
        rng = state.tokens(ps, pe)
        for i in rng:
            cue = state.parsed[i]
            if not _is_cue(cue) or state.in_speech(cue.idx):
                continue
            toks = [t for t in _content_tokens(state, cue, rng.start, rng.stop) if not t.is_space]
            whole = toks
            if any(quoted(t) for t in toks):
                # Keep the clause outside the direct quote only when the complement's head is there.
                if any(quoted(t) for t in toks if t.head.i == cue.i and t.dep_ in ("ccomp", "xcomp")):
                    continue
                toks = [t for t in toks if not quoted(t)]
                if not any(t.pos_ in ("VERB", "AUX") for t in toks):
                    continue
            elif i in state.used_cues:
                continue
            spans = _runs(toks)
            if not spans:
                continue
            start, end = spans[0].start, spans[-1].end
            kind = "mixed" if any(s.start < end and start < s.end for s in state.segs) else "indirect"
            attr = _attr_for(state, cue)
            lemma = cue.lemma_.lower() if cue.lower_ != "according" else "say"
            # The relation keeps the whole clause, quoted words too (PolNeAR's mixed quotes).
            # When the quoted words are most of it, the direct quote is the relation and this adds nothing.
            wide = _runs(whole) if whole is not toks and 2 * len(toks) >= len(whole) else None
            if lemma in _SPEECH and attr.speaker is not None and attr.speaker.kind in _QUOTABLE:
                _emit(state, attr, spans, kind, wide)
            elif lemma in _SPEECH or attr.speaker is not None:
                # A belief or finding needs a holder ("is expected to" alone is no one's claim).
                _add_claim(state, attr, spans, lemma, kind, wide)


def _runs(toks: list[Token]) -> list[Span]:
    """Contiguous runs of content tokens as trimmed character spans (the cue may cut the content)."""
    runs: list[list[Token]] = []
    for t in sorted(toks, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    spans = []
    for k, run in enumerate(runs):
        while run and (
            run[0].is_punct
            and run[0].text not in '“«"'
            or k == 0
            and run[0].lower_ in ("that", "to")
            and run[0].dep_ in ("mark", "aux")
        ):
            run = run[1:]
        while run and run[-1].is_punct and run[-1].text not in '”»"?!':
            run = run[:-1]
        if run and not all(t.is_punct for t in run):
            spans.append(Span(run[0].idx, run[-1].idx + len(run[-1])))
    if sum(len(t) for t in toks if not t.is_punct) < 4 or sum(1 for t in toks if not t.is_punct) < 2:
        return []
    return spans


# --- output ------------------------------------------------------------------------------------


def _stance(lemma: str) -> tuple[str, str]:
    return QUOTE_STANCE.get(lemma, ("said", "report"))


def _emit(state: _State, attr: _Attr, spans: list[Span], kind: str, wide: list[Span] | None = None) -> None:
    text = state.doc.text
    spk = attr.speaker
    assert spk is not None
    cue = attr.cue
    lemma = "say" if cue is None or cue.lower_ == "according" else cue.lemma_.lower()
    cue_text = None if cue is None else ("according to" if cue.lower_ == "according" else cue.text)
    cue_end = (
        None if cue is None else cue.idx + (len("according to") if cue.lower_ == "according" else len(cue))
    )
    body = " ".join(text[s.start : s.end] for s in spans)
    state.quotes.append(
        Quote(
            speaker=spk.name,
            kind=kind,  # type: ignore[arg-type]
            text=body,
            start=spans[0].start,
            end=spans[-1].end,
            cue=cue_text,
            speaker_role=spk.role,
            speaker_start=spk.start,
            speaker_end=spk.end,
            cue_start=None if cue is None else cue.idx,
            cue_end=cue_end,
            content_spans=tuple(spans) if len(spans) > 1 else (),
            stance=_stance(lemma)[0],
        )
    )
    _relation(state, attr, wide or spans, kind)
    _add_claim(state, attr, spans, lemma, kind, wide)


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
    keep = {
        t.i
        for t in head.subtree
        if t.i not in drop
        and (t.i < cue.i if before else t.i > cue.i)
        and "\n" not in text[min(t.idx, head.idx) : max(t.idx, head.idx)]
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
    return Span(doc[left].idx, doc[right].idx + len(doc[right]))


def _relation(state: _State, attr: _Attr, spans: list[Span], kind: str) -> None:
    spk = attr.speaker
    source = Span(spk.start, spk.end) if spk is not None and spk.end > spk.start else None
    if attr.head is not None and attr.cue is not None:
        source = mention_span(attr.head, attr.cue)
    cue = cue_span(attr.cue) if attr.cue is not None else None
    if attr.cue is not None:
        # The mention as written: "an official, who said ..." is sourced to "who".
        rel = [c for c in attr.cue.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")]
        source = Span(rel[0].idx, rel[0].idx + len(rel[0])) if rel else source
    k = bisect_left(state.starts, spans[0].start)
    if kind != "direct" and k > 0 and state.parsed[k - 1].lower_ in ("that", "to"):
        # The complementiser and infinitive marker belong to the content ("said that ...", "urged to ...").
        mark = state.parsed[k - 1]
        if mark.dep_ in ("mark", "aux") and mark.head.idx >= spans[0].start:
            spans = [Span(mark.idx, spans[0].end), *spans[1:]]
    if any(p.start == spans[0].start and p.end == spans[0].end for r in state.relations for p in r.content):
        return
    last = state.relations[-1] if state.relations else None
    if (
        kind == "direct"
        and last is not None
        and last.kind == "direct"
        and (last.cue, last.source) == (cue, source)
        and state.para_of(last.content[0].start) == state.para_of(spans[0].start)
    ):
        # “A,” he said. “B.”: one attribution, its content in two pieces.
        state.relations[-1] = replace(last, content=last.content + tuple(spans))
        return
    state.relations.append(Attribution(tuple(spans), source, cue, kind))


def _add_claim(
    state: _State, attr: _Attr, spans: list[Span], lemma: str, kind: str, wide: list[Span] | None = None
) -> None:
    _relation(state, attr, wide or spans, kind if lemma in _SPEECH else "other")
    start, end = spans[0].start, spans[-1].end
    stance = _stance(lemma)[1]
    by = attr.speaker.name if attr.speaker is not None else None
    if stance == "eyewitness":
        subj = _subject(attr.cue) if attr.cue is not None else None
        if subj is None or (subj.lemma_.lower() not in _WITNESS_SUBJECTS and subj.ent_type_ != "PERSON"):
            return
    if stance == "report" and kind != "direct" and _self_report(state, start, end):
        stance = "claim"
    if any(c.start == start and c.end == end for c in state.claims):
        return
    cue = attr.cue
    cue_text = None if cue is None else ("according to" if cue.lower_ == "according" else cue.text)
    body = " ".join(state.doc.text[s.start : s.end] for s in spans)
    state.claims.append(Claim(claim=body, by=by, cue=cue_text, stance=stance, start=start, end=end))


def _self_report(state: _State, start: int, end: int) -> bool:
    """The content's subject is the speaker's own side ("they had taken", "its soldiers countered")."""
    for i in state.tokens(start, end):
        tok = state.parsed[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.idx >= start:
            return tok.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _SELF for c in tok.children)
    return False


def _refine_claims(state: _State) -> None:
    """Counter-claims: a contrastive report after another source's claim in the sentences before."""
    text = state.doc.text
    out: list[Claim] = []
    for c in sorted(state.claims, key=lambda c: c.start):
        stance = c.stance
        if stance in ("claim", "report", "denial"):
            s, e = _sentence_at(state, c.start)
            first = re.match(r"\W*(\w+)", text[s:e])
            contrast = (
                bool(first and first.group(1).lower() in _CONTRAST) or ", however," in text[s:e].lower()
            )
            if contrast and any(p.by != c.by and p.end <= s and s - p.end < 600 for p in out):
                stance = "counter-claim"
        out.append(replace(c, stance=stance))
    state.claims = out


def _sentence_at(state: _State, char: int) -> tuple[int, int]:
    """The sentence around ``char``, clipped to its paragraph (spaCy may run one across a blank line)."""
    rng = state.tokens(char, char + 1)
    para = state.para_of(char) or (0, len(state.doc.text))
    if not len(rng):
        return para
    sent = state.parsed[rng.start].sent
    return max(sent.start_char, para[0]), min(sent.end_char, para[1])
