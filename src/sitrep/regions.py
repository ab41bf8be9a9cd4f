"""Curated place data the installed packages lack: informal regions, a few lexicons.

The installed packages carry populated places, countries and administrative
divisions, but not the informal regions conflict reporting leans on (Donbas,
Sahel, Kurdistan...). These are added to the gazetteer with honest feature
codes (``RGN`` for regions, ``PEN`` for peninsulas, ``TERR`` for territories)
and hand-checked approximate centroids. Ids are negative: they are not
GeoNames ids, and a full GeoNames import can supersede them.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AP_STATE_ABBREVIATIONS",
    "CONTINENT_DEMONYMS",
    "CURATED_REGIONS",
    "GEONAMES_COUNTRY_POINTS",
    "CuratedRegion",
]


@dataclass(frozen=True)
class CuratedRegion:
    """A named region with an approximate centroid and its alternate spellings."""

    id: int
    name: str
    feature_code: str
    country_code: str
    latitude: float
    longitude: float
    alternates: tuple[str, ...] = ()
    admin1_code: str = ""
    lookup_only: bool = False  # resolvable, but never a recogniser pattern (an actor first)


CURATED_REGIONS: tuple[CuratedRegion, ...] = (
    CuratedRegion(-1, "Donbas", "RGN", "UA", 48.30, 38.30, ("Donbass", "Donets Basin")),
    CuratedRegion(-2, "Crimea", "PEN", "UA", 45.30, 34.40, ("Crimean Peninsula", "Krym"), "11"),
    CuratedRegion(-3, "Kurdistan", "RGN", "IQ", 36.40, 44.30, ("Kurdistan Region", "Iraqi Kurdistan")),
    CuratedRegion(-4, "Sahel", "RGN", "ML", 15.00, 2.00, ("the Sahel",)),
    CuratedRegion(-7, "Nagorno-Karabakh", "RGN", "AZ", 39.82, 46.75, ("Karabakh", "Artsakh")),
    CuratedRegion(-8, "Transnistria", "RGN", "MD", 47.25, 29.40, ("Pridnestrovie", "Transdniestria")),
    CuratedRegion(-9, "Darfur", "RGN", "SD", 13.50, 24.00, ()),
    CuratedRegion(-11, "Golan Heights", "RGN", "SY", 33.00, 35.75, ("Golan",)),
    CuratedRegion(-12, "Sinai", "PEN", "EG", 29.50, 33.80, ("Sinai Peninsula",)),
    CuratedRegion(-13, "Kashmir", "RGN", "IN", 34.00, 75.50, ()),
    CuratedRegion(-14, "Abkhazia", "RGN", "GE", 43.00, 41.00, ()),
    CuratedRegion(-15, "South Ossetia", "RGN", "GE", 42.30, 44.00, ()),
    CuratedRegion(-16, "Western Sahara", "TERR", "EH", 24.50, -13.00, ()),
    CuratedRegion(-20, "Cabo Delgado", "RGN", "MZ", -12.30, 39.60, ()),
    CuratedRegion(-22, "Black Sea", "SEA", "", 43.00, 34.00, ()),
    CuratedRegion(-23, "Sea of Azov", "SEA", "", 46.00, 36.50, ("Azov Sea",)),
    CuratedRegion(-24, "Middle East", "RGN", "", 29.00, 41.00, ()),
    CuratedRegion(-25, "Balkans", "RGN", "", 42.50, 21.00, ("the Balkans",)),
    CuratedRegion(-26, "Caucasus", "RGN", "", 42.50, 44.50, ("North Caucasus",)),
    # Oceans, seas and gulfs news names most, at GeoNames-style centre points; the installed
    # packages carry no water bodies. Rivers are left out: a river has no meaningful single point.
    CuratedRegion(-40, "Atlantic Ocean", "OCN", "", 10.0, -25.0, ("Atlantic", "North Atlantic")),
    CuratedRegion(-41, "Pacific Ocean", "OCN", "", 0.0, -160.0, ("Pacific",)),
    CuratedRegion(-42, "Indian Ocean", "OCN", "", -10.0, 70.0, ()),
    CuratedRegion(-43, "Arctic Ocean", "OCN", "", 85.0, 0.0, ("Arctic",)),
    CuratedRegion(-44, "Southern Ocean", "OCN", "", -60.0, 90.0, ()),
    CuratedRegion(-45, "Mediterranean Sea", "SEA", "", 35.0, 18.0, ("Mediterranean", "the Mediterranean")),
    CuratedRegion(-46, "Caribbean Sea", "SEA", "", 15.0, -75.0, ("Caribbean",)),
    CuratedRegion(-47, "Gulf of Mexico", "GULF", "", 25.0, -90.0, ()),
    CuratedRegion(-48, "Persian Gulf", "GULF", "", 26.5, 52.0, ("Arabian Gulf",)),
    CuratedRegion(-49, "Red Sea", "SEA", "", 22.0, 38.0, ()),
    CuratedRegion(-50, "South China Sea", "SEA", "", 12.0, 113.0, ()),
    CuratedRegion(-51, "East China Sea", "SEA", "", 29.0, 125.0, ()),
    CuratedRegion(-52, "Baltic Sea", "SEA", "", 58.0, 20.0, ("Baltic",)),
    CuratedRegion(-53, "North Sea", "SEA", "", 56.0, 3.0, ()),
    CuratedRegion(-54, "Caspian Sea", "SEA", "", 42.0, 50.5, ("Caspian",)),
    CuratedRegion(-55, "Arabian Sea", "SEA", "", 14.0, 65.0, ()),
    CuratedRegion(-56, "Sea of Japan", "SEA", "", 40.0, 135.0, ("East Sea",)),
    CuratedRegion(-57, "Gulf of Aden", "GULF", "", 12.0, 48.0, ()),
    CuratedRegion(-58, "Aegean Sea", "SEA", "", 39.0, 25.0, ("Aegean",)),
    CuratedRegion(-59, "Korean Peninsula", "PEN", "", 37.5, 127.5, ()),
    CuratedRegion(-60, "Lake Erie", "LK", "", 42.2, -81.2, ()),
    CuratedRegion(-61, "Lake Michigan", "LK", "", 44.0, -87.0, ()),
    CuratedRegion(-62, "Lake Ontario", "LK", "", 43.7, -77.9, ()),
    CuratedRegion(-63, "Lake Huron", "LK", "", 44.8, -82.4, ()),
    CuratedRegion(-64, "Lake Superior", "LK", "", 47.7, -87.5, ()),
    # The EU's geographic centre (Gadheim, Germany, since 2020).
    CuratedRegion(-27, "European Union", "RGN", "", 49.84, 9.90, ("EU",), lookup_only=True),
)

# Demonyms of continents ("European" -> Europe); country demonyms come from countryinfo.
CONTINENT_DEMONYMS: dict[str, str] = {
    "European": "Europe", "African": "Africa", "Asian": "Asia", "North American": "North America",
    "South American": "South America", "Oceanian": "Oceania", "Antarctic": "Antarctica",
}

# The Associated Press abbreviations US news writes after a town ("Paris, Tenn."),
# keyed by ISO 3166-2 code. They are looked up but never used as recogniser patterns.
AP_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US-AL": ("Ala.",), "US-AZ": ("Ariz.",), "US-AR": ("Ark.",), "US-CA": ("Calif.",), "US-CO": ("Colo.",),
    "US-CT": ("Conn.",), "US-DE": ("Del.",), "US-DC": ("D.C.",), "US-FL": ("Fla.",), "US-GA": ("Ga.",),
    "US-IL": ("Ill.",), "US-IN": ("Ind.",), "US-KS": ("Kan.", "Kans."), "US-KY": ("Ky.",), "US-LA": ("La.",),
    "US-MD": ("Md.",), "US-MA": ("Mass.",), "US-MI": ("Mich.",), "US-MN": ("Minn.",), "US-MS": ("Miss.",),
    "US-MO": ("Mo.",), "US-MT": ("Mont.",), "US-NE": ("Neb.", "Nebr."), "US-NV": ("Nev.",),
    "US-NH": ("N.H.",), "US-NJ": ("N.J.",), "US-NM": ("N.M.",), "US-NY": ("N.Y.",), "US-NC": ("N.C.",),
    "US-ND": ("N.D.",),
    "US-OK": ("Okla.",), "US-OR": ("Ore.", "Oreg."), "US-PA": ("Pa.", "Penn."), "US-RI": ("R.I.",),
    "US-SC": ("S.C.",), "US-SD": ("S.D.",), "US-TN": ("Tenn.",), "US-TX": ("Tex.",), "US-VT": ("Vt.",),
    "US-VA": ("Va.",), "US-WA": ("Wash.",), "US-WV": ("W.Va.", "W. Va."), "US-WI": ("Wis.", "Wisc."),
    "US-WY": ("Wyo.",),
}

# GeoNames' own point for the countries where it lies far (>150 km) from countryinfo's
# rounded centre; elsewhere the two agree. A full GeoNames import supersedes these.
GEONAMES_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "JP": (35.68536, 139.75309), "IN": (22.0, 79.0),
    "AU": (-25.0, 135.0), "LY": (28.0, 17.0), "KW": (29.5, 47.75),
}
