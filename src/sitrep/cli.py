"""The ``sitrep`` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success, 1 unexpected failure, 2 usage, 3 bad input, 4 store error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import track

from sitrep.errors import InputError, SitrepError, StoreError
from sitrep.schema import Document

__all__ = ["app", "main"]

EXIT_INPUT = 3
EXIT_STORE = 4

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Sourced, geolocated conflict event records."
)
err = Console(stderr=True)


class ExportFormat(StrEnum):
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"


def _fail(exc: SitrepError) -> typer.Exit:
    err.print(f"sitrep: {exc}", markup=False, highlight=False)
    return typer.Exit(EXIT_STORE if isinstance(exc, StoreError) else EXIT_INPUT)


def _user_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"--date wants an ISO date (YYYY-MM-DD), not {value!r}") from None


def _read_all(paths: list[Path], errors: list[InputError]) -> Iterator[Document]:
    """Every document under ``paths``; bad items are collected in ``errors``, the rest go on."""
    from sitrep.ingest import read_path

    for path in paths:
        try:
            yield from read_path(path, on_error=errors.append)
        except InputError as exc:
            errors.append(exc)


def _progress(docs: Iterator[Document], total: int) -> Iterator[Document]:
    """A progress bar on standard error for multi-document work; output stays clean."""
    return iter(track(docs, total=total, description="extracting", console=err, disable=total < 2))


def _report_errors(errors: list[InputError]) -> None:
    for exc in errors:
        err.print(f"sitrep: skipped {exc}", markup=False, highlight=False)


OnError = Callable[[InputError], None]


def _stream_jsonl(path: Path, produce: Callable[[TextIO, OnError], Iterable[dict[str, Any]]]) -> None:
    """Open ``path`` (``-`` for stdin), write each record ``produce`` makes as a JSON line, report
    the lines it skipped and exit with EXIT_INPUT if there were any."""
    errors: list[InputError] = []
    try:
        fh = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        raise _fail(InputError(str(path), exc.strerror or "cannot be read")) from exc
    try:
        for out in produce(fh, errors.append):
            sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    except SitrepError as exc:
        raise _fail(exc) from exc
    finally:
        if fh is not sys.stdin:
            fh.close()
    _report_errors(errors)
    if errors:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(help="An article (.txt, .html), a JSON Lines file or a folder.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON record(s).")] = False,
    as_jsonl: Annotated[bool, typer.Option("--jsonl", help="A JSON record a line, in order.")] = False,
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer index to use.")] = None,
) -> None:
    """Read articles and print what happened, where, when, to whom, and who says so."""
    from sitrep.pipeline import extract_many, load_resources
    from sitrep.record import to_record
    from sitrep.summary import print_summary

    published = _user_date(date)
    errors: list[InputError] = []
    docs = list(_read_all([path], errors))
    if published:
        docs = [dataclasses.replace(d, published=published, published_from="user") for d in docs]
    try:
        resources = load_resources(gazetteer)
        results = _progress(extract_many(docs, resources), len(docs))
        if as_jsonl:
            for doc in results:
                sys.stdout.write(json.dumps(to_record(doc), ensure_ascii=False) + "\n")
        elif as_json:
            records = [to_record(doc) for doc in results]
            payload = records[0] if len(records) == 1 and not path.is_dir() else records
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        else:
            console = Console()
            for doc in results:
                print_summary(doc, console)
    except SitrepError as exc:
        raise _fail(exc) from exc
    _report_errors(errors)
    if errors:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Articles, JSON Lines files or folders.")],
    db: Annotated[str, typer.Option(help="Store: a SQLite path or URL.")] = "sitrep.db",
    date: Annotated[str | None, typer.Option("--date", help="Publication date for all inputs.")] = None,
) -> None:
    """Extract articles and keep their records in the store (re-ingesting changes nothing)."""
    from sitrep.pipeline import extract_many, load_resources
    from sitrep.store import open_store

    published = _user_date(date)
    errors: list[InputError] = []
    docs = list(_read_all(paths, errors))
    if published:
        docs = [dataclasses.replace(d, published=published, published_from="user") for d in docs]
    added = unchanged = 0
    try:
        store = open_store(db)
        try:
            resources = load_resources()
            for doc in _progress(extract_many(docs, resources), len(docs)):
                if store.add(doc):
                    added += 1
                else:
                    unchanged += 1
        finally:
            store.close()
    except SitrepError as exc:
        raise _fail(exc) from exc
    _report_errors(errors)
    err.print(f"{added} added or updated, {unchanged} unchanged, {len(errors)} skipped", highlight=False)
    if errors:
        raise typer.Exit(EXIT_INPUT)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="csv (ACLED columns), geojson or jsonl.")],
    db: Annotated[str, typer.Option(help="Store: a SQLite path or URL.")] = "sitrep.db",
    out: Annotated[Path | None, typer.Option(help="Output file (default: standard output).")] = None,
    all_modalities: Annotated[bool, typer.Option(
        "--all-modalities", help="Include negated, hypothetical and planned events.")] = False,
) -> None:
    """Write the stored records out for other tools."""
    from sitrep.export import write_csv, write_geojson, write_jsonl
    from sitrep.store import open_store

    writers = {
        ExportFormat.csv: write_csv, ExportFormat.geojson: write_geojson, ExportFormat.jsonl: write_jsonl
    }
    try:
        store = open_store(db, create=False)
        try:
            fh = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
            try:
                writers[fmt](store, fh, include_all=all_modalities)
            finally:
                if out:
                    fh.close()
        finally:
            store.close()
    except SitrepError as exc:
        raise _fail(exc) from exc


@app.command()
def fuse(
    db: Annotated[str, typer.Option(help="Store: a SQLite path or URL.")] = "sitrep.db",
    contested: Annotated[bool, typer.Option(
        "--contested", help="Only happenings whose claims disagree, within or across articles.")] = False,
    km: Annotated[float, typer.Option(help="Places this close are one happening's.")] = 25.0,
) -> None:
    """One line per happening across the stored articles, with every report and claim about it."""
    from sitrep.fuse import fuse as fuse_documents
    from sitrep.fuse import fused_to_dict
    from sitrep.store import open_store

    try:
        store = open_store(db, create=False)
        try:
            for item in fuse_documents(store.documents(), km=km):
                if item.contested or not contested:
                    sys.stdout.write(json.dumps(fused_to_dict(item), ensure_ascii=False) + "\n")
        finally:
            store.close()
    except SitrepError as exc:
        raise _fail(exc) from exc


@app.command("map")
def map_(
    out: Annotated[Path, typer.Option(help="The HTML file to write.")] = Path("map.html"),
    db: Annotated[str, typer.Option(help="Store: a SQLite path or URL.")] = "sitrep.db",
    title: Annotated[str, typer.Option(help="Page title.")] = "sitrep events",
) -> None:
    """Write one self-contained HTML map of the stored events (no network needed to view it)."""
    from sitrep.store import open_store
    from sitrep.web import render_map

    try:
        store = open_store(db, create=False)
        try:
            html = render_map(store, title=title)
        finally:
            store.close()
    except SitrepError as exc:
        raise _fail(exc) from exc
    out.write_text(html, encoding="utf-8")
    err.print(f"wrote {out}", highlight=False)


@app.command()
def bench(
    path: Annotated[Path, typer.Argument(help="Articles to time (file, JSON Lines or folder).")] = Path(
        "examples/2022-05-27-donbas.txt"),
    repeat: Annotated[int, typer.Option(min=1, help="Passes over the texts.")] = 1,
) -> None:
    """Time bare spaCy and the full pipeline on the same texts; print words/s, ratio, peak memory."""
    from sitrep.bench import run_bench
    from sitrep.pipeline import load_resources

    errors: list[InputError] = []
    docs = list(_read_all([path], errors))
    _report_errors(errors)
    if not docs:
        err.print(f"sitrep: no readable articles in {path}", highlight=False)
        raise typer.Exit(EXIT_INPUT)
    try:
        result = run_bench(docs, load_resources(), repeat=repeat)
    except SitrepError as exc:
        raise _fail(exc) from exc
    out = Console()
    out.print(f"{result.documents} documents, {result.words} words", highlight=False)
    out.print(f"bare spaCy     {result.spacy_words_per_s:>10,.0f} words/s", highlight=False)
    out.print(f"sitrep         {result.sitrep_words_per_s:>10,.0f} words/s", highlight=False)
    out.print(f"ratio          {result.ratio:>10.3f}", highlight=False)
    out.print(f"peak RSS       {result.peak_rss_mb:>10,.0f} MB", highlight=False)
    shares = ", ".join(f"{name} {share:.0%}" for name, share in result.stage_share.items())
    out.print(f"sitrep time by stage: {shares}", highlight=False)
    out.print(f"event coding adds {result.events_overhead:.0%} to the rest of the pipeline", highlight=False)
    sys.stdout.write(json.dumps(result.as_dict()) + "\n")


eval_app = typer.Typer(no_args_is_help=True, help="Score sitrep against gold corpora.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Manage the local place-name index.")
app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")
train_app = typer.Typer(no_args_is_help=True, help="Fit sitrep's learned components on gold corpora.")
app.add_typer(train_app, name="train")


class GeoSystem(StrEnum):
    sitrep = "sitrep"
    baseline = "baseline"


@eval_app.command("geo")
def eval_geo(
    corpus: Annotated[Path, typer.Argument(help="An LGL, GeoWebNews, GeoVirus or TR-News XML file.")],
    gold_spans: Annotated[bool, typer.Option("--gold-spans", help="Resolve the gold spans only.")] = False,
    system: Annotated[GeoSystem, typer.Option(
        help="sitrep, or the baseline: spaCy NER + the most populous gazetteer match.")] = GeoSystem.sitrep,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N articles.")] = None,
    every: Annotated[int, typer.Option(min=1, help="Keep every k-th article (a fixed subset).")] = 1,
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer index to use.")] = None,
    demonyms: Annotated[bool, typer.Option(
        help="Report demonyms ('Russian') as places; --no-demonyms for guidelines that do not mark them "
             "(GeoVirus).")] = True,
) -> None:
    """Geoparsing scores: recognition P/R/F1, accuracy within 161 km, errors, AUC; last line JSON."""
    from sitrep.evaluate.geo import evaluate_corpus
    from sitrep.pipeline import load_resources

    try:
        scores = evaluate_corpus(corpus, load_resources(gazetteer), gold_spans=gold_spans,
                                 system=system.value, limit=limit, every=every, demonyms=demonyms)
    except SitrepError as exc:
        raise _fail(exc) from exc
    from rich.table import Table

    table = Table(title=f"{scores.corpus}: {scores.system}" + (" (gold spans)" if gold_spans else ""))
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in scores.as_dict().items():
        if key not in ("corpus", "system", "gold_spans") and value is not None:
            table.add_row(key.replace("_", " "), f"{value:,.3f}" if isinstance(value, float) else str(value))
    Console().print(table)
    sys.stdout.write(json.dumps(scores.as_dict()) + "\n")


class TimeSystem(StrEnum):
    sitrep = "sitrep"
    baseline = "baseline"


@eval_app.command("time")
def eval_time(
    corpus: Annotated[Path, typer.Argument(help="A folder of TimeML .tml files (recursively) or one file.")],
    system: Annotated[TimeSystem, typer.Option(
        help="sitrep, or the baseline: spaCy DATE/TIME entities + dateparser.")] = TimeSystem.sitrep,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N documents.")] = None,
    every: Annotated[int, typer.Option(min=1, help="Keep every k-th document (a fixed subset).")] = 1,
    errors: Annotated[int, typer.Option(min=0, help="Also list the N commonest value errors.")] = 0,
) -> None:
    """TempEval-3 time-expression scores: strict/relaxed P/R/F1, type accuracy, value F1; last line JSON."""
    from sitrep.evaluate.time import evaluate_time

    try:
        scores = evaluate_time(corpus, system=system.value, limit=limit, every=every)
    except SitrepError as exc:
        raise _fail(exc) from exc
    from rich.table import Table

    result = scores.as_dict()
    table = Table(title=f"{corpus.name}: {scores.system}, {scores.documents} documents")
    for col in ("measure", "P", "R", "F1"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    for name in ("strict", "relaxed", "value"):
        table.add_row(name, *(f"{result[f'{name}_{k}']:.3f}" for k in ("p", "r", "f1")))
    table.add_row("type accuracy", "", "", f"{result['type_accuracy']:.3f}")
    out = Console()
    out.print(table)
    out.print(f"{scores.gold} gold, {scores.predicted} predicted; value accuracy by gold class: " + ", ".join(
        f"{k} {ok}/{n}" for k, (n, ok) in sorted(scores.by_class.items(), key=lambda kv: -kv[1][0])),
        highlight=False, markup=False)
    for (phrase, gold, got), n in scores.value_errors.most_common(errors):
        out.print(f"{n:4}  {phrase!r}: gold {gold}, got {got}", highlight=False, markup=False)
    sys.stdout.write(json.dumps(result) + "\n")


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Argument(help="A CASE 2021 Task 2 TSV (id, EventSnippet, SubType).")],
    folds: Annotated[int, typer.Option(min=2, help="Stratified cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option(help="Seed of the fold assignment.")] = 13,
) -> None:
    """Cross-validated event-type F1 (30 and 25 classes), sitrep vs TF-IDF + linear SVM; last line JSON."""
    from rich.table import Table

    from sitrep.evaluate.events import evaluate_events

    try:
        scores = evaluate_events(gold, folds=folds, seed=seed)
    except SitrepError as exc:
        raise _fail(exc) from exc
    out = Console()
    out.print(_per_label_table(f"{scores.corpus}: per label, {scores.folds}-fold CV (seed {scores.seed})",
                               ("label", "support"), scores.per_label["sitrep"], scores.per_label["baseline"],
                               "baseline"))
    summary = Table(title=f"{scores.snippets} snippets")
    for col in ("system", "weighted F1", "macro F1", "accuracy", "weighted F1 (25)", "macro F1 (25)"):
        summary.add_column(col, justify="left" if col == "system" else "right")
    for system, v in scores.scores.items():
        summary.add_row(system, *(f"{v[k]:.3f}" if k in v else "-" for k in
                                  ("weighted_f1", "macro_f1", "accuracy", "weighted_f1_25", "macro_f1_25")))
    out.print(summary)
    sys.stdout.write(json.dumps(scores.as_dict()) + "\n")


def _per_label_table(title: str, heads: tuple[str, str], rows: Any, baseline: Any, base_name: str) -> Any:
    """One row per label: its support, sitrep's P/R/F1 and the baseline's F1."""
    from rich.table import Table

    table = Table(title=title)
    for col in (*heads, "sitrep P", "sitrep R", "sitrep F1", f"{base_name} F1"):
        table.add_column(col, justify="left" if col == heads[0] else "right")
    base = {r.label: r for r in baseline}
    for r in rows:
        b = base.get(r.label)
        table.add_row(r.label, str(r.support), f"{r.precision:.2f}", f"{r.recall:.2f}", f"{r.f1:.2f}",
                      f"{b.f1:.2f}" if b else "-")
    return table


@eval_app.command("plover")
def eval_plover(
    gold: Annotated[Path, typer.Argument(
        help="PLOVER_GSR_CAMEO.json or the folder holding it (../shared/data/plover_gsr).")],
    errors: Annotated[int, typer.Option(min=0, help="Also list the first N sentences sitrep miscodes.")] = 0,
) -> None:
    """PLOVER event-type accuracy of the sentence coder vs two baselines, per category; last line JSON."""
    from rich.table import Table

    from sitrep.evaluate.plover import evaluate_plover

    try:
        scores = evaluate_plover(gold)
    except SitrepError as exc:
        raise _fail(exc) from exc
    out = Console()
    out.print(_per_label_table(f"{scores.corpus}: per PLOVER 2021 category (gold 0.5b1 names mapped)",
                               ("category", "gold"), scores.per_label["sitrep"], scores.per_label["acled"],
                               "acled"))
    summary = Table(title=f"{scores.sentences} sentences")
    keys = ("accuracy", "accuracy_gold_names", "accuracy_fight_merged", "coverage", "accuracy_covered",
            "macro_f1", "mode_accuracy", "trigger_in_event_text")
    summary.add_column("measure")
    for system in scores.scores:
        summary.add_column(system, justify="right")
    for k in keys:
        summary.add_row(k.replace("_", " "), *(f"{v[k]:.3f}" for v in scores.scores.values()))
    out.print(summary)
    out.print("commonest sitrep confusions (gold -> coded): " + ", ".join(
        f"{a}->{b} {n}" for a, b, n in scores.confusions["sitrep"]), highlight=False, markup=False)
    for line in scores.errors("sitrep")[:errors]:
        out.print(line, highlight=False, markup=False)
    sys.stdout.write(json.dumps(scores.as_dict()) + "\n")


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Argument(
        help="A PolNeAR split folder with text/ and attributions/ (../shared/data/polnear/dev).")],
    system: Annotated[str, typer.Option(help="sitrep, or textacy (needs the 'baselines' extra).")] = "sitrep",
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles by name.")] = None,
) -> None:
    """Attribution F1 (content, source, cue; exact and overlap) overall and per kind; last line JSON."""
    from rich.table import Table

    from sitrep.evaluate.quotes import evaluate_quotes

    try:
        scores = evaluate_quotes(gold, system=system, limit=limit)
    except SitrepError as exc:
        raise _fail(exc) from exc
    table = Table(title=f"{scores.system} on {scores.corpus}: {scores.articles} articles, "
                        f"{scores.predicted} predicted relations")
    for col in ("kind", "gold", "field", "ovl P", "ovl R", "ovl F1", "exact P", "exact R", "exact F1"):
        table.add_column(col, justify="left" if col in ("kind", "field") else "right")
    for kind, fields in scores.scores.items():
        for f, v in fields.items():
            table.add_row(kind, str(scores.relations.get(kind, 0)), f,
                          *(f"{v[k]:.3f}" for k in ("overlap_p", "overlap_r", "overlap_f1", "exact_p",
                                                    "exact_r", "exact_f1")))
    Console().print(table)
    sys.stdout.write(json.dumps(scores.as_dict()) + "\n")


@eval_app.command("speed")
def eval_speed(
    path: Annotated[Path, typer.Argument(help="Articles to time (file, JSON Lines or folder).")],
    repeat: Annotated[int, typer.Option(min=1, help="Passes over the texts.")] = 1,
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer index to use.")] = None,
) -> None:
    """Articles per second of geoparsing (with and without the spaCy parse); last line JSON."""
    from sitrep.evaluate.georun import geoparse_speed
    from sitrep.pipeline import load_resources

    errors: list[InputError] = []
    texts = [d.text for d in _read_all([path], errors)]
    _report_errors(errors)
    if not texts:
        err.print(f"sitrep: no readable articles in {path}", highlight=False)
        raise typer.Exit(EXIT_INPUT)
    try:
        rates = geoparse_speed(texts, load_resources(gazetteer), repeat=repeat)
    except SitrepError as exc:
        raise _fail(exc) from exc
    Console().print(f"{rates['articles']:.0f} articles: {rates['articles_per_s']:,.1f}/s with parsing, "
                    f"{rates['geoparse_articles_per_s']:,.1f}/s geoparsing stage alone", highlight=False)
    sys.stdout.write(json.dumps(rates) + "\n")


@app.command()
def classify(
    path: Annotated[Path, typer.Argument(help='JSON Lines of {"id", "text"} snippets; - for stdin.')],
    model: Annotated[Path | None, typer.Option(help="A model file (default: the shipped one).")] = None,
) -> None:
    """Code each snippet: writes {"id", "event_type", "sub_event_type", "label", "confidence"} lines."""
    from sitrep.classify import classify_jsonl, load_model

    # classify_jsonl checks every line before it writes any: a bad line stops the run.
    _stream_jsonl(path, lambda fh, _: classify_jsonl(fh, str(path), load_model(model) if model else None))


@app.command()
def geoparse(
    path: Annotated[Path, typer.Argument(help='JSON Lines of {"id", "text", "spans"?}; - for stdin.')],
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer index to use.")] = None,
) -> None:
    """Find and resolve places (or resolve the given spans); write {"id", "places"} lines."""
    from sitrep.evaluate.georun import geoparse_jsonl
    from sitrep.pipeline import load_resources

    _stream_jsonl(path, lambda fh, on_error: geoparse_jsonl(fh, load_resources(gazetteer), str(path),
                                                            on_error=on_error))


@app.command()
def timex(
    path: Annotated[Path, typer.Argument(help='JSON Lines of {"id", "text", "dct"}; - for stdin.')],
) -> None:
    """Find and normalise time expressions; write {"id", "timexes": [{start, end, type, value}]} lines."""
    from sitrep.evaluate.time import timex_jsonl

    _stream_jsonl(path, lambda fh, on_error: timex_jsonl(fh, source=str(path), on_error=on_error))


@train_app.command("geo")
def train_geo(
    corpora: Annotated[list[Path], typer.Argument(help="LGL, GeoWebNews, GeoVirus or TR-News XML files.")],
    out: Annotated[Path | None, typer.Option(
        help="Where to write the weights (default: the package's data/geo_ranker.json).")] = None,
    l2: Annotated[float, typer.Option(
        min=0.0, help="L2 pull of the standardised weights towards the hand weights.")] = 3e-2,
    cross_validate: Annotated[bool, typer.Option(
        help="Also score each corpus with weights fitted on the others.")] = True,
    gazetteer: Annotated[Path | None, typer.Option(help="Gazetteer index to use.")] = None,
) -> None:
    """Fit the toponym ranker on gold spans (accuracy@161 km: hand weights vs learned); last line JSON."""
    from importlib import resources

    from sitrep.evaluate.geotrain import train_geo as fit
    from sitrep.pipeline import load_resources

    target = out or Path(str(resources.files("sitrep").joinpath("data", "geo_ranker.json")))
    try:
        report = fit(corpora, load_resources(gazetteer), out=target, l2=l2, cross_validate=cross_validate)
    except SitrepError as exc:
        raise _fail(exc) from exc
    console = Console()
    for label, rows in (("held out", report.held_out), ("all corpora", report.full)):
        for r in rows:
            console.print(f"{label:12} {r.corpus:12} {r.toponyms:6,} toponyms  acc@161 hand {r.hand:.3f}  "
                          f"learned {r.learned:.3f}", highlight=False)
    console.print(f"weights written to {target}", highlight=False)
    sys.stdout.write(json.dumps(report.as_dict()) + "\n")


@train_app.command("events")
def train_events(
    gold: Annotated[Path, typer.Argument(help="A CASE 2021 Task 2 TSV (id, EventSnippet, SubType).")],
    out: Annotated[Path | None, typer.Option(
        help="Where to write the model (default: the package's data/case_model.npz).")] = None,
) -> None:
    """Fit the snippet event classifier on every snippet of the file; last line JSON."""
    from sitrep.classify import train_model

    try:
        target, model = train_model(gold, out)
    except SitrepError as exc:
        raise _fail(exc) from exc
    size = target.stat().st_size
    Console().print(f"model written to {target} ({size / 1e6:.2f} MB)", highlight=False)
    sys.stdout.write(json.dumps({"model": str(target), "bytes": size, "labels": len(model.labels),
                                 "features": int(model.weights.shape[0] - 1)}) + "\n")


@gazetteer_app.command("import")
def gazetteer_import(
    places: Annotated[Path, typer.Argument(help="allCountries.zip (or .txt, or any dump of that layout).")],
    extra: Annotated[list[Path] | None, typer.Argument(
        help="alternateNamesV2.zip, admin1CodesASCII.txt, admin2Codes.txt (any order).")] = None,
    gazetteer: Annotated[Path | None, typer.Option(help="Index to add to (default: the usual one).")] = None,
    classes: Annotated[str | None, typer.Option(help="Keep only these feature classes, e.g. APL.")] = None,
) -> None:
    """Load full GeoNames dumps into the local index (rows with the same geonameid are replaced)."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from sitrep.geonames_import import import_geonames

    named: dict[str, Path] = {}
    for p in extra or []:
        low = p.name.lower()
        kind = ("alternate" if low.startswith("alternatenames") else "admin1" if low.startswith("admin1")
                else "admin2" if low.startswith("admin2") else None)
        if kind is None:
            raise typer.BadParameter(f"{p.name}: expected alternateNames*, admin1Codes* or admin2Codes*")
        named[kind] = p
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  console=err) as bar:
        tasks: dict[str, Any] = {}

        def progress(label: str, done: int, total: int | None) -> None:
            if label not in tasks:
                tasks[label] = bar.add_task(label, total=total)
            bar.update(tasks[label], completed=done)

        try:
            counts = import_geonames(places, named.get("alternate"), named.get("admin1"), named.get("admin2"),
                                     gazetteer=gazetteer, feature_classes=classes, progress=progress)
        except SitrepError as exc:
            raise _fail(exc) from exc
    err.print(f"{counts.places:,} places, {counts.alternate_names:,} alternate names, "
              f"{counts.admin1:,} admin1 and {counts.admin2:,} admin2 names imported", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
