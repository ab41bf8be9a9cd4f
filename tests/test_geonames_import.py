"""GeoNames dump import: streamed into a copy of the index, findable by name and alternate name."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.gazetteer import open_gazetteer
from sitrep.geonames_import import import_geonames, read_lines

SAMPLE = Path(__file__).resolve().parent / "data" / "geonames"


@pytest.fixture
def index(tmp_path: Path, gazetteer: Any) -> Path:
    """A private copy of the session's index (copying is much faster than building one)."""
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, target)
    return target


def _zip(src: Path, folder: Path) -> Path:
    target = folder / (src.stem + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(src, src.name)
        zf.writestr("readme.txt", "not a dump")
    return target


def _import_sample(index: Path, tmp_path: Path, **kwargs: Any) -> Any:
    return import_geonames(
        _zip(SAMPLE / "allCountries.txt", tmp_path), _zip(SAMPLE / "alternateNamesV2.txt", tmp_path),
        SAMPLE / "admin1CodesASCII.txt", SAMPLE / "admin2Codes.txt", gazetteer=index, batch_size=2, **kwargs)


def test_imported_places_are_findable_with_admin1_names(index: Path, tmp_path: Path) -> None:
    before = open_gazetteer(index)
    assert before.lookup("Zoriansk") == []
    size = len(before)
    counts = _import_sample(index, tmp_path)
    assert (counts.places, counts.admin1, counts.admin2) == (4, 1, 1)
    # Historic and English alternates are kept; links, postcodes, Cyrillic and unknown ids are not.
    assert counts.alternate_names == 3
    gaz = open_gazetteer(index)
    town = gaz.lookup("Zoriansk")
    assert [c.geonameid for c in town] == [99000001]
    assert town[0].admin1 == "Zorianska Oblast"
    assert town[0].population == 41200 and town[0].feature_code == "PPLA2"
    assert [c.geonameid for c in gaz.lookup("Zoryansk")] == [99000001]  # allCountries alternate
    assert [c.geonameid for c in gaz.lookup("Starozoriansk")] == [99000001]  # alternateNamesV2, historic
    assert [c.geonameid for c in gaz.lookup("Lower Kvitka")] == [99000002]
    assert gaz.lookup("Nowhereville") == []
    assert gaz.lookup("https://en.wikipedia.org/wiki/Zoriansk") == []
    assert len(gaz) == size + 4
    with sqlite3.connect(index) as conn:
        assert conn.execute("SELECT name FROM admin2 WHERE country_code='UA' AND code='Z9.9901'").fetchone() \
            == ("Zorianskyi Raion",)


def test_reimport_replaces_rows_with_the_same_id(index: Path, tmp_path: Path) -> None:
    _import_sample(index, tmp_path)
    changed = tmp_path / "changed.txt"
    line = (SAMPLE / "allCountries.txt").read_text(encoding="utf-8").splitlines()[0].split("\t")
    line[1] = line[2] = "Novozoriansk"
    line[14] = "50000"
    changed.write_text("\t".join(line) + "\n", encoding="utf-8")
    import_geonames(changed, gazetteer=index)
    gaz = open_gazetteer(index)
    assert gaz.get(99000001).name == "Novozoriansk"  # type: ignore[union-attr]
    assert gaz.get(99000001).population == 50000  # type: ignore[union-attr]
    # The old names went with the old row (the alternate from alternateNamesV2 too).
    assert gaz.lookup("Zoriansk", fuzzy=False) == []
    assert gaz.lookup("Starozoriansk") == []
    assert [c.geonameid for c in gaz.lookup("Novozoriansk")] == [99000001]


def test_feature_class_filter(index: Path, tmp_path: Path) -> None:
    counts = _import_sample(index, tmp_path, feature_classes="AP")
    assert counts.places == 3
    assert open_gazetteer(index).get(99000003) is None


def test_bad_input_is_named(index: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta dump line\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt:1"):
        import_geonames(bad, gazetteer=index)
    with pytest.raises(InputError, match="no such file"):
        list(read_lines(tmp_path / "missing.zip"))


def test_read_lines_reports_progress(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int | None]] = []
    lines = list(read_lines(_zip(SAMPLE / "allCountries.txt", tmp_path), lambda *a: seen.append(a)))
    assert len(lines) == 4 and lines[0].startswith("99000001\tZoriansk")
    size = (SAMPLE / "allCountries.txt").stat().st_size
    assert seen[-1] == ("allCountries.zip", size, size)
