"""Attribution: direct, indirect and mixed quotes with their speakers, and the claims they carry.

Needs ``Document.zones`` (text in promos, captions, headlines and subheadings is skipped; with no
zones the whole text is read) and the spaCy parse of the whole text. Adds ``Document.quotes``
and ``Document.claims``.

* Direct quotes are the text between quotation marks (:mod:`sitrep.quotemarks`).
* A direct quote's cue (read by :mod:`sitrep.quotecues`) is the speech verb right after it (“…,”
  X said / said X), else the nearest one before it in the same sentence (X said: “…”, X said that
  “…”), the verb a colon closes, or a parenthetical cue ending its sentence, else it continues
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

from sitrep.quotecues import QUOTE_STANCE, cue_span, mention_span
from sitrep.quotecues import SPEECH as _SPEECH
from sitrep.quotecues import WHEN as _WHEN
from sitrep.quotecues import colon_cue as _colon_cue
from sitrep.quotecues import cue_after as _cue_after
from sitrep.quotecues import cue_before as _cue_before
from sitrep.quotecues import cue_later as _cue_later
from sitrep.quotecues import hands_over as _hands_over
from sitrep.quotecues import inside_clause as _inside_clause
from sitrep.quotecues import is_cue as _is_cue
from sitrep.quotecues import new_clause as _new_clause
from sitrep.quotecues import next_to as _next_to
from sitrep.quotecues import subject as _subject
from sitrep.quotemarks import Seg, quote_segments
from sitrep.schema import Claim, Document, Quote, Span
from sitrep.speakers import Speaker, SpeakerIndex, read_speaker
from sitrep.zones import paragraphs

__all__ = ["QUOTE_STANCE", "Attribution", "cue_span", "find_quotes", "mention_span", "token_runs"]

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
    """A quote with no cue of its own continues the previous attributed quote nearby, unless it sits
    in the middle of a sentence of the writer's own (He called Burma a "good news story ...")."""
    seg = speech[k]
    para_start = state.pars[seg.para][0]
    if state.doc.text[para_start : seg.open].rstrip()[-1:].isalpha():
        return None
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


def token_runs(toks: list[Token]) -> list[list[Token]]:
    """``toks`` in document order, grouped into runs of adjacent tokens."""
    runs: list[list[Token]] = []
    for t in sorted(toks, key=lambda t: t.i):
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _runs(toks: list[Token]) -> list[Span]:
    """Contiguous runs of content tokens as trimmed character spans (the cue may cut the content)."""
    spans = []
    for k, run in enumerate(token_runs(toks)):
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
