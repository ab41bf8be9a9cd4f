"""Load full GeoNames dumps into the local gazetteer index, for users who have them.

Needs an existing index (built on first use by :func:`sitrep.gazetteer.open_gazetteer`) and
the dump files from download.geonames.org, each either as the ``.zip`` GeoNames serves or as
the unpacked ``.txt``: ``allCountries`` (or any country/cities file of the same layout),
optionally ``alternateNamesV2``, ``admin1CodesASCII.txt`` and ``admin2Codes.txt``.
Adds places (a row with the same geonameid replaces the old one, names included), their
alternate names, and first-level division names (which the index joins to every place, so
``Candidate.admin1`` comes out filled). Second-level names go to an ``admin2`` table.

Rows are streamed, never held in memory, and committed one batch at a time, so an
interrupted import leaves whole batches behind and can simply be run again.
"""

from __future__ import annotations

import io
import sqlite3
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sitrep.errors import InputError
from sitrep.gazetteer import (
    GeoNamesRow,
    default_path,
    insert_names,
    insert_rows,
    normalize_name,
    open_gazetteer,
    parse_geonames_line,
)

__all__ = ["ImportCounts", "import_geonames", "read_lines"]

Progress = Callable[[str, int, int | None], None]  # (file label, bytes done, bytes total)

# alternateNamesV2 "languages" that are codes or links, not names a text would use.
_CODE_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "unlc", "fr_1793", "tcid"})
_ABBREVIATION = "abbr"
_ALTERNATE, _LOOKUP_ONLY = 0, 2  # names.is_primary kinds (see sitrep.gazetteer)


@dataclass(frozen=True)
class ImportCounts:
    places: int = 0
    alternate_names: int = 0
    admin1: int = 0
    admin2: int = 0


@contextmanager
def _open_dump(path: Path) -> Iterator[tuple[io.BufferedIOBase, int]]:
    """A binary stream of the dump's text and its uncompressed size (a zip's first .txt member)."""
    if not path.is_file():
        raise InputError(str(path), "no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [i for i in zf.infolist() if i.filename.endswith(".txt")
                       and not i.filename.lower().startswith("readme")]
            if not members:
                raise InputError(str(path), "zip holds no GeoNames .txt file")
            with zf.open(members[0]) as fh:
                yield fh, members[0].file_size  # type: ignore[misc]
    else:
        with path.open("rb") as raw:
            yield raw, path.stat().st_size


def read_lines(path: Path, progress: Progress | None = None) -> Iterator[str]:
    """The non-comment lines of a GeoNames dump (zip or txt), reporting bytes read."""
    with _open_dump(path) as (fh, total):
        done = 0
        for n, raw in enumerate(fh, 1):
            done += len(raw)
            if progress is not None and n % 10_000 == 0:
                progress(path.name, done, total)
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if line and not line.startswith("#"):
                yield line
        if progress is not None:
            progress(path.name, done, total)


def _batches(items: Iterable[GeoNamesRow], size: int) -> Iterator[list[GeoNamesRow]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _rows(path: Path, progress: Progress | None, classes: frozenset[str] | None) -> Iterator[GeoNamesRow]:
    for number, line in enumerate(read_lines(path, progress), 1):
        try:
            row = parse_geonames_line(line)
        except (IndexError, ValueError) as exc:
            raise InputError(f"{path}:{number}", f"not a GeoNames dump line ({exc})") from exc
        if classes is None or row.feature_class in classes:
            yield row


def _latin(name: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in unicodedata.normalize("NFKD", name))


def _import_admin(conn: sqlite3.Connection, path: Path, table: str, progress: Progress | None) -> int:
    """admin1CodesASCII / admin2Codes: ``CC.CODE[.CODE2]<TAB>name<TAB>asciiname<TAB>geonameid``."""
    if table not in ("admin1", "admin2"):  # spliced into SQL below: only our own tables
        raise ValueError(f"not an admin table: {table!r}")
    count = 0
    with conn:
        conn.execute("BEGIN")
        for number, line in enumerate(read_lines(path, progress), 1):
            f = line.split("\t")
            if len(f) < 4 or "." not in f[0] or not f[3].strip().isdigit():
                raise InputError(f"{path}:{number}", "not an admin codes line (CODE, name, ascii name, id)")
            country, code = f[0].split(".", 1)
            conn.execute(f"INSERT OR REPLACE INTO {table} (country_code, code, geonameid, name) "
                         "VALUES (?,?,?,?)", (country, code, int(f[3]), f[1]))
            count += 1
    return count


def _import_alternates(conn: sqlite3.Connection, path: Path, batch_size: int,
                       progress: Progress | None) -> int:
    """alternateNamesV2: id, geonameid, language, name, preferred, short, colloquial, historic, ...

    Historic names are kept (Artemivsk finds Bakhmut); codes, links and non-Latin scripts are not;
    abbreviations become lookup-only names, as in the built index."""
    count = 0
    pending = 0
    conn.execute("BEGIN")
    try:
        for number, line in enumerate(read_lines(path, progress), 1):
            f = line.split("\t")
            if len(f) < 4 or not f[1].isdigit():
                raise InputError(f"{path}:{number}", "not an alternateNames line")
            geonameid, language, name = int(f[1]), f[2], f[3]
            if language in _CODE_LANGUAGES or not _latin(name) or not normalize_name(name):
                continue
            if conn.execute("SELECT 1 FROM places WHERE geonameid = ?", (geonameid,)).fetchone() is None:
                continue
            if conn.execute("SELECT 1 FROM names WHERE geonameid = ? AND key = ?",
                            (geonameid, normalize_name(name))).fetchone() is not None:
                continue
            insert_names(conn, geonameid, [name], _LOOKUP_ONLY if language == _ABBREVIATION else _ALTERNATE)
            count += 1
            pending += 1
            if pending >= batch_size:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count


def import_geonames(places: Path, alternate_names: Path | None = None, admin1: Path | None = None,
                    admin2: Path | None = None, gazetteer: Path | None = None, batch_size: int = 20_000,
                    feature_classes: Iterable[str] | None = None,
                    progress: Progress | None = None) -> ImportCounts:
    """Stream GeoNames dumps into the index at ``gazetteer`` (default: the usual one, built if absent).

    ``feature_classes`` (e.g. ``"APL"``) keeps only those GeoNames feature classes; default all.
    """
    for path in (places, alternate_names, admin1, admin2):
        if path is not None and not path.is_file():
            raise InputError(str(path), "no such file")
    target = gazetteer or default_path()
    open_gazetteer(target).close()  # builds the index first when there is none yet
    classes = frozenset(c.upper() for c in feature_classes if c.isalpha()) if feature_classes else None
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.executescript(
            # Replacing a place deletes its names by geonameid: without this index each delete scans.
            "CREATE INDEX IF NOT EXISTS names_geonameid ON names(geonameid);"
            "CREATE TABLE IF NOT EXISTS admin2 (country_code TEXT, code TEXT, geonameid INTEGER, "
            "name TEXT, PRIMARY KEY (country_code, code));"
        )
        counts = {"places": 0, "alternate_names": 0, "admin1": 0, "admin2": 0}
        if admin1 is not None:
            counts["admin1"] = _import_admin(conn, admin1, "admin1", progress)
        if admin2 is not None:
            counts["admin2"] = _import_admin(conn, admin2, "admin2", progress)
        for batch in _batches(_rows(places, progress, classes), batch_size):
            with conn:
                conn.execute("BEGIN")
                counts["places"] += insert_rows(conn, batch, replace=True)
        if alternate_names is not None:
            counts["alternate_names"] = _import_alternates(conn, alternate_names, batch_size, progress)
        conn.execute("ANALYZE")
    except sqlite3.Error as exc:
        raise InputError(str(target), f"gazetteer index could not be written ({exc})") from exc
    finally:
        conn.close()
    return ImportCounts(**counts)
