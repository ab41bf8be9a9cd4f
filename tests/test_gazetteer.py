"""The gazetteer: name keys, atomic builds, and lookups on the real index."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sitrep import gazetteer as gz
from sitrep.gazetteer import GeoNamesRow, fold_name, insert_rows, normalize_name, parse_geonames_line


def test_normalize_folds_case_accents_and_punctuation() -> None:
    assert normalize_name("Kramators’k") == "kramatorsk"
    assert normalize_name("Ivano-Frankivsk") == "ivano frankivsk"
    assert normalize_name("Zürich") == "zurich"


def test_fold_merges_transliterations() -> None:
    assert fold_name("Sievierodonetsk") == fold_name("Severodonetsk") == fold_name("Syeverodonetsk")
    assert fold_name("Donbass") == fold_name("Donbas")
    assert fold_name("Kharkiv") != fold_name("Kherson")


def test_parse_geonames_line() -> None:
    line = "\t".join(["704204", "Lyman", "Lyman", "Krasnyy Lyman,Liman", "48.99012", "37.80843", "P", "PPLA2",
                      "UA", "", "05", "1412", "", "", "20066", "", "120", "Europe/Kyiv", "2023-01-01"])
    row = parse_geonames_line(line)
    assert row.geonameid == 704204 and row.feature_code == "PPLA2"
    assert row.alternatenames == ("Krasnyy Lyman", "Liman")
    assert (row.admin1_code, row.admin2_code, row.population) == ("05", "1412", 20066)


def _tiny_sources(conn: sqlite3.Connection, insert: Any, insert_names: Any) -> None:
    insert(conn, [GeoNamesRow(1, "Alpha", "Alpha", ("Alfa", "ALF"), 1.0, 2.0, "P", "PPL", "XX", "01", "",
                              500),
                  GeoNamesRow(2, "Beta Oblast", "Beta Oblast", ("Beta",), 3.0, 4.0, "A", "ADM1", "XX", "01")])
    conn.execute("INSERT INTO admin1 VALUES ('XX', '01', 2, 'Beta')")
    insert_names(conn, 2, ["Bt."])


def test_build_is_atomic_and_queryable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep import _gazetteer_sources

    monkeypatch.setattr(_gazetteer_sources, "load_all", _tiny_sources)
    target = tmp_path / "g.sqlite"
    g = gz.open_gazetteer(target)
    assert [c.name for c in g.lookup("alfa")] == ["Alpha"]
    assert g.lookup("ALF") == []  # code-like alternates are not names
    assert g.lookup("Alpha")[0].admin1 == "Beta"
    assert g.admin1("XX", "01") is not None
    assert g.lookup("Bt.")[0].geonameid == 2 and "bt" not in g.recogniser_keys(0)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["g.sqlite"]


def test_crashed_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep import _gazetteer_sources

    def broken(conn: sqlite3.Connection, insert: Any, insert_names: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(_gazetteer_sources, "load_all", broken)
    with pytest.raises(RuntimeError):
        gz.open_gazetteer(tmp_path / "g.sqlite")
    assert [p for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


def test_insert_rows_replace_drops_old_names() -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(gz._DDL)
    insert_rows(conn, [GeoNamesRow(7, "Old", "Old", (), 0.0, 0.0, "P", "PPL", "XX")])
    insert_rows(conn, [GeoNamesRow(7, "New", "New", (), 0.0, 0.0, "P", "PPL", "XX")], replace=True)
    assert [r[0] for r in conn.execute("SELECT key FROM names")] == ["new"]


def test_default_path_honours_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path))
    path = gz.default_path()
    assert path.parent == tmp_path and f"v{gz.SCHEMA_VERSION}" in path.name


def test_transliteration_variants_find_one_place(gazetteer: Any) -> None:
    ids = {gazetteer.lookup(v)[0].geonameid for v in ("Sievierodonetsk", "Severodonetsk", "Syeverodonetsk")}
    assert len(ids) == 1
    kharkiv = gazetteer.lookup("Kharkov")[0]
    assert kharkiv.name == "Kharkiv" and kharkiv.country_code == "UA"
    assert gazetteer.lookup("Artemivsk")[0].name == "Bakhmut"
    assert gazetteer.lookup("Kiev")[0].geonameid == gazetteer.lookup("Kyiv", fuzzy=False)[1].geonameid or \
        any(c.feature_code == "PPLC" for c in gazetteer.lookup("Kiev"))


def test_divisions_regions_and_countries(gazetteer: Any) -> None:
    luhansk = gazetteer.lookup("Luhansk")
    codes = {c.feature_code for c in luhansk if c.country_code == "UA"}
    assert {"ADM1", "PPL"} <= codes
    oblast = next(c for c in luhansk if c.feature_code == "ADM1")
    assert oblast.latitude is not None and 47.5 < oblast.latitude < 50.5  # centroid of its towns
    assert gazetteer.admin1("UA", oblast.admin1_code).geonameid == oblast.geonameid
    donbas = gazetteer.lookup("Donbass")[0]
    assert donbas.feature_code == "RGN" and donbas.country_code == "UA"
    countries = {c.country_code: c for c in gazetteer.countries()}
    assert countries["BY"].feature_code == "PCLI" and len(countries) > 200
    assert gazetteer.lookup("Britain")[0].country_code == "GB"
    assert gazetteer.get(countries["UA"].geonameid).name == "Ukraine"


def test_lookup_benchmark(gazetteer: Any, benchmark: Any) -> None:
    """Speed belongs in benchmarks (`pytest --benchmark-enable`), not in assertions."""
    names = ["Lyman", "Moscow", "Springfield", "Horenka", "Nowhere-at-all"]

    def lookups() -> list[int]:
        return [len(gazetteer.lookup(name)) for name in names]

    counts = benchmark(lookups)
    assert counts[0] >= 2 and counts[-1] == 0  # several Lymans; nothing for a made-up name


def test_demonyms_abbreviations_and_continents(gazetteer: Any) -> None:
    ukrainian = gazetteer.lookup("Ukrainians")[0]
    assert (ukrainian.country_code, ukrainian.feature_code, ukrainian.match) == ("UA", "PCLI", "demonym")
    assert gazetteer.lookup("Chinese")[0].country_code == "CN"  # shared with Macao: the larger wins
    tenn = gazetteer.lookup("Tenn.")[0]
    assert (tenn.country_code, tenn.feature_code) == ("US", "ADM1")
    keys = gazetteer.recogniser_keys(5000)
    assert "tenn" not in keys and "ukraine" in keys  # abbreviations resolve but never tag text
    assert gazetteer.lookup("Europe")[0].feature_code == "CONT"
    assert gazetteer.lookup("Dagestan")[0].feature_code == "ADM1"  # "Dagestan, Respublika"
    assert gazetteer.lookup("USA")[0].feature_code == "PCLI"


def test_division_points_sit_inside_the_division(gazetteer: Any) -> None:
    # The middle of the towns' extent, robust to a misfiled village.
    donetsk = next(c for c in gazetteer.lookup("Donetsk Oblast") if c.feature_code == "ADM1")
    assert 47.0 < donetsk.latitude < 49.3 and 36.5 < donetsk.longitude < 39.0


def test_abbreviation_kind_on_a_built_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep import _gazetteer_sources

    def sources(conn: sqlite3.Connection, insert: Any, insert_names: Any) -> None:
        insert(conn, [GeoNamesRow(5, "Wessex", "Wessex", (), 1.0, 1.0, "A", "ADM1", "XX", "01", "", 900),
                      GeoNamesRow(6, "Wx", "Wx", (), 2.0, 2.0, "P", "PPL", "YY", "", "", 10)])
        insert_names(conn, 5, ["WX", "W.X."], gz.ABBREVIATION)

    monkeypatch.setattr(_gazetteer_sources, "load_all", sources)
    g = gz.open_gazetteer(tmp_path / "g.sqlite")
    assert [(c.geonameid, c.match) for c in g.lookup("WX")] == [(5, "abbrev"), (6, "name")]
    assert [(c.geonameid, c.match) for c in g.lookup("W.X.")] == [(5, "abbrev")]
    assert [c.geonameid for c in g.lookup("Wx")] == [6]  # other capitals: the town only
    assert g.lookup("wx.", fuzzy=True)[0].geonameid == 6
    assert "wx" in g.recogniser_keys(0) and g.recogniser_keys(0)["wx"][0] == "PPL"


def test_world_regions_resolve(gazetteer: Any) -> None:
    north_africa = gazetteer.lookup("North Africa")[0]
    assert north_africa.feature_code == "RGN" and north_africa.country_code == ""
    assert 20 < north_africa.latitude < 35 and 0 < north_africa.longitude < 20
    for name, lat, lon in [("West Africa", 12, -2), ("Horn of Africa", 8, 43), ("Southeast Asia", 8, 110),
                           ("Latin America", -8, -60), ("Scandinavia", 62, 14), ("the Levant", 33, 36),
                           ("Midwest", 42, -92), ("New England", 44, -71), ("Patagonia", -45, -69)]:
        top = gazetteer.lookup(name)[0]
        assert top.geonameid < 0 and abs(top.latitude - lat) < 3 and abs(top.longitude - lon) < 3, name
    siberia = gazetteer.lookup("Siberia")
    assert siberia[0].country_code == "RU" and siberia[0].population > siberia[1].population  # not a village
    gulf = {c.name: c.match for c in gazetteer.lookup("Gulf")}
    assert gulf["Persian Gulf"] == "name"  # "the Gulf": resolvable, though too vague to tag text
    keys = gazetteer.recogniser_keys(5000)
    assert keys["north africa"][0] == "RGN" and keys["himalayas"][0] == "MTS"


def test_regional_and_division_demonyms(gazetteer: Any) -> None:
    english = gazetteer.lookup("English")[0]
    assert (english.name, english.feature_code, english.match) == ("England", "ADM1", "demonym")
    wales = gazetteer.lookup("Wales")
    assert wales[0].feature_code == "ADM1" and wales[0].population > 100 * wales[1].population
    expected = {"Welsh": "Wales", "Scottish": "Scotland", "Texans": "Texas", "Ontarian": "Ontario",
                "Quebecers": "Quebec", "Kurdish": "Kurdistan", "Korean": "South Korea",
                "Filipinos": "Philippines", "Philippine": "Philippines", "Serb": "Serbia",
                "Kazakh": "Kazakhstan", "Siberian": "Siberia", "Latin American": "Latin America",
                "Central American": "Central America", "African": "Africa",
                "Asian": "Asia", "European": "Europe"}
    for word, place in expected.items():
        found = gazetteer.demonym(word)
        assert found is not None and found.name == place and found.match == "demonym", word
    # A people spread over many countries names no one place.
    assert gazetteer.demonym("Arab") is None


def test_postal_abbreviations_are_their_own_kind(gazetteer: Any) -> None:
    bc = [c for c in gazetteer.lookup("BC") if c.match == "abbrev"]
    assert [c.name for c in bc] == ["British Columbia"]
    assert gazetteer.lookup("B.C.")[0].name == "British Columbia"
    wa = {c.name for c in gazetteer.lookup("WA") if c.match == "abbrev"}
    assert {"Washington", "Western Australia"} <= wa
    assert all(c.match != "abbrev" for c in gazetteer.lookup("Wa"))  # the Ghanaian town, not a state
    for abbr, name in [("NJ", "New Jersey"), ("NSW", "New South Wales"), ("QC", "Quebec"), ("ACT", None)]:
        found = [c for c in gazetteer.lookup(abbr) if c.match == "abbrev"]
        assert found and (name is None or found[0].name == name), abbr
    keys = gazetteer.recogniser_keys(0)
    assert "nsw" not in keys and "bc" not in keys  # never a recogniser pattern
    assert gazetteer.lookup("T&T")[0].country_code == "TT"
    assert gazetteer.lookup("NYC")[0].name == "New York City"
