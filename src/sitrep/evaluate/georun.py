"""Running the geoparser outside the pipeline: JSON Lines in and out, and its speed.

Needs the session resources (spaCy pipeline + gazetteer); zones each text and parses it
like the pipeline does, then runs :mod:`sitrep.geoparse` only.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sitrep.errors import InputError
from sitrep.evaluate.common import jsonl_requests
from sitrep.schema import Document

if TYPE_CHECKING:
    from sitrep.pipeline import Resources

__all__ = ["geoparse_jsonl", "geoparse_speed"]


# --- JSON Lines in, places out -------------------------------------------------------------------

def _request(line: str, where: str) -> tuple[str, str, list[tuple[int, int]] | None]:
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise TypeError("it needs a string 'text'")
        text, spans = item["text"], item.get("spans")
        pairs = None if spans is None else [(int(s), int(e)) for s, e in spans]
    except (ValueError, TypeError, KeyError) as exc:
        raise InputError(where, f'not a {{"id", "text", "spans"?}} line ({exc})') from exc
    if pairs is not None and any(not 0 <= s < e <= len(text) for s, e in pairs):
        raise InputError(where, "a span lies outside the text")
    return str(item.get("id", where)), text, pairs


def geoparse_jsonl(lines: Iterable[str], resources: Resources, source: str = "<stdin>",
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[dict[str, Any]]:
    """``{"id", "text", "spans"?}`` lines in, ``{"id", "places": [...]}`` out (record place schema).

    Without spans, places are found and resolved; with spans (``[[start, end], ...]``) exactly those
    are resolved, one place per span in order (unresolved ones without coordinates). Bad lines go
    to ``on_error`` (raised when it is None) and the rest go on."""
    from sitrep.geoparse import geoparse, resolve_spans
    from sitrep.record import place_to_dict
    from sitrep.schema import Place
    from sitrep.zones import detect_zones

    def requests() -> Iterator[tuple[Document, list[tuple[int, int]] | None]]:
        for rid, text, spans in jsonl_requests(lines, source, _request, on_error):
            yield detect_zones(Document(id=rid, text=text)), spans

    pairs = resources.nlp.pipe(((d.text, (d, sp)) for d, sp in requests()), as_tuples=True, batch_size=16)
    for parsed, (doc, spans) in pairs:
        if spans is None:
            places = list(geoparse(doc, parsed, resources.gazetteer).places)
        else:
            found = resolve_spans(doc, parsed, resources.gazetteer, spans)
            places = [p if p is not None else Place(mention=doc.text[s:e], start=s, end=e)
                      for p, (s, e) in zip(found, spans, strict=True)]
        yield {"id": doc.id, "places": [place_to_dict(p) for p in places]}


# --- speed ---------------------------------------------------------------------------------------

def geoparse_speed(texts: list[str], resources: Resources, repeat: int = 1) -> dict[str, float]:
    """Articles per second of geoparsing over ``texts`` in this one process (spaCy runs on one core
    here): ``articles_per_s`` counts zoning + spaCy parse + geoparsing, ``geoparse_articles_per_s``
    the geoparsing stage alone on ready parses. A benchmark, not a test."""
    from sitrep.geoparse import geoparse
    from sitrep.zones import detect_zones

    if not texts:
        raise ValueError("no texts to time")
    list(resources.nlp.pipe(texts[:1]))  # model warm-up is not timed
    stage = 0.0
    start = time.perf_counter()
    for _ in range(repeat):
        docs = (detect_zones(Document(id=str(i), text=t)) for i, t in enumerate(texts))
        for parsed, doc in resources.nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=16):
            t0 = time.perf_counter()
            geoparse(doc, parsed, resources.gazetteer)
            stage += time.perf_counter() - t0
    total = time.perf_counter() - start
    n = len(texts) * repeat
    return {"articles": n, "seconds": round(total, 3), "articles_per_s": round(n / total, 2),
            "geoparse_articles_per_s": round(n / stage, 1) if stage else 0.0}
