"""The command line, in process: thin commands, honest exit codes, nothing lost on bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import EXIT_INPUT, app

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "2022-05-27-donbas.txt"


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, resources: Any) -> CliRunner:
    # Reuse the session's resources: the commands would otherwise load the model again.
    monkeypatch.setattr("sitrep.pipeline.load_resources", lambda *a, **k: resources)
    return CliRunner()


def test_bad_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["extract", str(SAMPLE), "--date", "27/05/2022"])
    assert result.exit_code == 2
    assert "--date" in result.output


@pytest.mark.model
def test_extract_json_on_the_sample(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2022-05-27"
    assert record["document"]["published_from"] == "inferred"
    kharkiv = [e for e in record["events"] if e["location"] and e["location"]["name"].startswith("Kharkiv")]
    assert any(e["fatalities"] == 9 and e["event_date"] == "2022-05-26" for e in kharkiv)


@pytest.mark.model
def test_user_date_overrides_inference(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE), "--json", "--date", "2022-05-28"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["document"]
    assert (document["published"], document["published_from"]) == ("2022-05-28", "user")


@pytest.mark.model
def test_extract_summary_shows_tables(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    for heading in ("Events", "Places", "Quotes", "Figures"):
        assert heading in result.stdout
    assert "Kharkiv" in result.stdout


@pytest.mark.model
def test_jsonl_in_jsonl_out_keeps_order_and_ids(runner: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"id": "b-second", "text": "Shelling hit Kharkiv on Monday, killing two civilians, officials said."},
        {"id": "a-first", "text": SAMPLE.read_text(encoding="utf-8"), "published": "2022-05-27"},
    ]
    feed.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feed), "--jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"]["id"] for r in records] == ["b-second", "a-first"]


def test_empty_file_is_refused_by_name(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(empty)])
    assert result.exit_code == EXIT_INPUT
    assert "empty.txt" in result.output


@pytest.mark.model
def test_ingest_is_idempotent_and_exports(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    first = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 added" in first.output
    again = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db])
    assert "0 added or updated, 1 unchanged" in again.output

    exported = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert exported.exit_code == 0, exported.output
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert rows and {"event_date", "event_type", "sub_event_type", "actor1", "latitude"} <= set(rows[0])
    assert any(r["location"].startswith("Kharkiv") and r["fatalities"] == "9" for r in rows)

    geo = runner.invoke(app, ["export", "--format", "geojson", "--db", db])
    features = json.loads(geo.stdout)["features"]
    assert len(features) == len(rows)

    out = tmp_path / "map.html"
    mapped = runner.invoke(app, ["map", "--db", db, "--out", str(out)])
    assert mapped.exit_code == 0, mapped.output
    html = out.read_text(encoding="utf-8")
    assert "L.map" in html and "unpkg.com" not in html and "cdn" not in html.lower()


@pytest.mark.model
def test_a_bad_file_among_good_ones_loses_nothing(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(SAMPLE), "--db", db]).exit_code == 0
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = runner.invoke(app, ["ingest", str(binary), "--db", db])
    assert result.exit_code == EXIT_INPUT
    assert "photo.txt" in result.output
    exported = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    assert len(exported.stdout.splitlines()) == 1


def test_export_from_missing_store_is_a_store_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "csv", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 4
    assert "none.db" in result.output


@pytest.mark.model
def test_bench_ends_with_one_json_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["bench", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout.splitlines()[-1])
    assert {"spacy_words_per_s", "sitrep_words_per_s", "ratio", "peak_rss_mb"} <= set(figures)
    expected = figures["sitrep_words_per_s"] / figures["spacy_words_per_s"]
    assert figures["ratio"] == pytest.approx(expected, rel=0.01)
    assert figures["ratio"] > 0 and figures["peak_rss_mb"] > 0
    # The events overhead is the events stage over the rest, consistent with the stage shares.
    share = figures["stage_share"]["events"] + figures["stage_share"]["happenings"]
    assert figures["events_overhead"] == pytest.approx(share / (1 - share), abs=0.01)
    # Speed is reported, never asserted: a loaded machine can reorder the two rates.


@pytest.mark.model
def test_eval_plover_ends_with_json_and_refuses_bad_gold(tmp_path: Path, nlp: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sitrep.evaluate.time.load_model", lambda: nlp)
    gold = tmp_path / "PLOVER_GSR_CAMEO.json"
    record = {"id": "1", "event": "DEMAND", "eventText": "demanded",
              "text": "The rebels demanded the release of their leader."}
    gold.write_text(json.dumps([record]), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "plover", str(tmp_path), "--errors", "5"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout.splitlines()[-1])
    assert scores["sentences"] == 1 and scores["sitrep_accuracy"] == 1.0
    gold.write_text("{not json", encoding="utf-8")
    bad = CliRunner().invoke(app, ["eval", "plover", str(gold)])
    assert bad.exit_code == EXIT_INPUT and "not JSON" in bad.output
