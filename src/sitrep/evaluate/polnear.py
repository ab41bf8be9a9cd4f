"""Reading PolNeAR (Political News Attribution Relations, Newell et al. 2018) BRAT standoff.

Needs: a folder with ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``. Adds
nothing to documents: :func:`read_polnear` returns each article's text and gold relations.

Format. ``T`` lines are spans: ``T3<TAB>Content 13 98<TAB>words``; a discontinuous span lists its
pieces with ``;`` (``Content 315 448;463 553``). ``E`` lines tie one relation:
``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``. The trigger type is ``Attribution`` or
``Attribution-no-source`` (no source in the text: "it was reported that"); a second ``Content2``
argument is part of the content. One span may serve several relations (a source shared by a
quote and a "speaking of" relation). ``Discuss``/``Discard`` spans are annotators' notes, not
relations, and relations with no content are skipped.

Several annotators. Some articles have one file per annotator; the one read is the file whose
annotator id (the suffix after the last ``_``) sorts first, so the choice is deterministic.

Kinds (for scores per kind), read from the text alone:

* ``direct``: every piece of the content opens with a quotation mark and ends with one (trailing
  punctuation aside), or the content lies wholly inside a quotation of its paragraph;
* ``indirect``: otherwise, when the cue holds a verb of saying (``said``, ``told``, ``according
  to``, ... :data:`SPEECH_FORMS`);
* ``other``: the rest: beliefs, intentions, findings and stances ("has questioned", "pledged",
  "found", "has a genuine substantive interest in").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.schema import Span

__all__ = ["SPEECH_FORMS", "GoldArticle", "Relation", "kind_of", "read_ann", "read_polnear"]

_SPEECH_WORDS = (
    "say says said saying tell tells told telling add adds added adding state states stated note notes "
    "noted explain explains explained write writes wrote argue argues argued claim claims claimed "
    "insist insists insisted warn warns warned announce announces announced report reports reported "
    "according ask asks asked reply replies replied respond responds responded continue continues "
    "continued declare declares declared acknowledge acknowledged admit admits admitted deny denies "
    "denied suggest suggests suggested stress stresses stressed tweet tweets tweeted predict predicted "
    "promise promised recall recalled assert asserted allege alleged"
)
#: Word forms of speech cues that make an unquoted relation ``indirect``.
SPEECH_FORMS = frozenset(_SPEECH_WORDS.split())
_OPENERS = "\"“„«‘'"
_CLOSERS = "\"”»’'"
_TRAIL = " \t,.;:!?…—–-"


@dataclass(frozen=True)
class Relation:
    """One attribution relation: content, source and cue spans (each possibly in pieces)."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    kind: str = "other"


@dataclass(frozen=True)
class GoldArticle:
    name: str
    annotator: str
    text: str
    relations: tuple[Relation, ...]


def read_polnear(folder: Path) -> list[GoldArticle]:
    """Every article of a PolNeAR split folder with its first annotator's relations (name order)."""
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(str(folder), "not a PolNeAR folder (expected text/ and attributions/)")
    first: dict[str, tuple[str, Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        article, _, annotator = ann.stem.rpartition("_")
        if article and (article not in first or annotator < first[article][0]):
            first[article] = (annotator, ann)
    if not first:
        raise InputError(str(ann_dir), "no .ann files")
    out = []
    for article in sorted(first):
        annotator, ann = first[article]
        txt = text_dir / f"{article}.txt"
        try:
            text = txt.read_text(encoding="utf-8")
            standoff = ann.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(txt), getattr(exc, "strerror", None) or "cannot be read as UTF-8") from exc
        out.append(GoldArticle(article, annotator, text, tuple(read_ann(standoff, text, str(ann)))))
    return out


def _spans(offsets: str, source: str) -> tuple[Span, ...]:
    try:
        pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
        return tuple(Span(a, b) for a, b in pieces)
    except ValueError as exc:
        raise InputError(source, f"bad span offsets {offsets!r}") from exc


def read_ann(standoff: str, text: str, source: str = "<ann>") -> list[Relation]:
    """The relations of one BRAT ``.ann`` file over ``text``, in ``E`` line order."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[list[tuple[str, str]]] = []
    for n, line in enumerate(standoff.splitlines(), 1):
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = _spans(offsets, f"{source}:{n}")
        elif line.startswith("E") and len(fields) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in fields[1].split() if ":" in arg])  # type: ignore[misc]
    out = []
    for args in events:
        parts: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        for role, ref in args:
            key = "Content" if role.startswith("Content") else role
            if key in parts and ref in spans:
                parts[key].extend(spans[ref])
        if not parts["Content"]:
            continue
        content = tuple(sorted(parts["Content"], key=lambda s: s.start))
        cue = tuple(sorted(parts["Cue"], key=lambda s: s.start))
        out.append(Relation(content, tuple(sorted(parts["Source"], key=lambda s: s.start)), cue,
                            kind_of(text, content, cue)))
    return out


def _quoted_piece(text: str, span: Span) -> bool:
    piece = text[span.start : span.end].strip()
    return len(piece) > 2 and piece[0] in _OPENERS and piece.rstrip(_TRAIL)[-1:] in _CLOSERS


def _inside_quote(text: str, start: int, end: int) -> bool:
    """The stretch lies within one quotation of its line (an unclosed opener before, a closer after)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    before, after = text[ls:start], text[end : le if le >= 0 else len(text)]
    curly = before.count("“") > before.count("”") and "”" in after
    straight = before.count('"') % 2 == 1 and '"' in after
    return curly or straight


def kind_of(text: str, content: tuple[Span, ...], cue: tuple[Span, ...] = ()) -> str:
    """``direct``, ``indirect`` or ``other`` (see the module docstring)."""
    if content and (
        all(_quoted_piece(text, s) for s in content) or _inside_quote(text, content[0].start, content[-1].end)
    ):
        return "direct"
    words = {w.lower() for s in cue for w in re.findall(r"[A-Za-z]+", text[s.start : s.end])}
    return "indirect" if words & SPEECH_FORMS else "other"
