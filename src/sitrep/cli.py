"""The ``sitrep`` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success, 1 unexpected failure, 2 usage, 3 bad input, 4 store error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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


def _report_errors(errors: list[InputError]) -> None:
    for exc in errors:
        err.print(f"sitrep: skipped {exc}", markup=False, highlight=False)


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
    docs = _read_all([path], errors)
    if published:
        docs = (dataclasses.replace(d, published=published, published_from="user") for d in docs)
    try:
        resources = load_resources(gazetteer)
        results = extract_many(docs, resources)
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
            for doc in track(extract_many(docs, resources), total=len(docs), description="extracting",
                             console=err, disable=len(docs) < 2):
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
    sys.stdout.write(json.dumps(result.as_dict()) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
