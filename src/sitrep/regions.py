"""Curated place data the installed packages lack: informal regions, a few lexicons.

The installed packages carry populated places, countries and administrative
divisions, but not the informal regions conflict reporting leans on (Donbas,
Sahel, Kurdistan...), world and national regions (North Africa, Southeast Asia,
the Midwest), ranges, deserts, islands or waters. These are added to the
gazetteer with honest feature codes (``RGN`` regions, ``PEN`` peninsulas, ``TERR``
territories, ``MTS``/``DSRT``/``ISL``/``ISLS`` landforms, ``SEA``/``OCN``/``GULF``/
``LK``/``LKS``/``STRT`` waters) and hand-set approximate centres from general
geographic knowledge. Ids are negative: they are not GeoNames ids, and a full
GeoNames import can supersede them.

The lexicons: demonyms the country data lacks ("Korean", "Texan", "Kurdish"),
abbreviations of first-level divisions (AP-style "Tenn.", postal "NJ", "BC",
"NSW") and of a few countries and cities.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AP_STATE_ABBREVIATIONS",
    "CITY_ABBREVIATIONS",
    "CONTINENT_DEMONYMS",
    "CURATED_REGIONS",
    "DOTTED_ABBREVIATIONS",
    "EXTRA_ABBREVIATIONS",
    "EXTRA_DEMONYMS",
    "GEONAMES_COUNTRY_POINTS",
    "POSTAL_CODE_COUNTRIES",
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
    population: int = 0  # rough head count: how prominent the region is next to a same-named town
    lookup_names: tuple[str, ...] = ()  # names that resolve but are too vague to tag text ("Gulf")


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
    # "the Gulf" names it in most world news, but is too vague to tag text on its own.
    CuratedRegion(-48, "Persian Gulf", "GULF", "", 26.5, 52.0, ("Arabian Gulf",), lookup_names=("Gulf",)),
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
    # World regions news names that GeoNames-derived packages lack, at rough centres of their
    # usual extent; the population is a coarse head count, so a region outranks a same-named
    # village ("Siberia", Mexico) but not a country.
    CuratedRegion(-100, "North Africa", "RGN", "", 28.0, 12.0, ("Northern Africa",), population=200_000_000),
    CuratedRegion(-101, "West Africa", "RGN", "", 12.0, -2.0, ("Western Africa",), population=400_000_000),
    CuratedRegion(-102, "East Africa", "RGN", "", 1.0, 37.0, ("Eastern Africa",), population=450_000_000),
    CuratedRegion(-103, "Southern Africa", "RGN", "", -25.0, 25.0, (), population=68_000_000),
    CuratedRegion(-104, "Central Africa", "RGN", "", 3.0, 18.0, ("Middle Africa",), population=180_000_000),
    CuratedRegion(-105, "Sub-Saharan Africa", "RGN", "", -2.0, 20.0, ("Subsaharan Africa",),
                  population=1_100_000_000),
    CuratedRegion(-106, "Horn of Africa", "PEN", "", 8.0, 43.0, (), population=140_000_000),
    CuratedRegion(-107, "Maghreb", "RGN", "", 31.0, 3.0, ("Maghrib",), population=100_000_000),
    CuratedRegion(-108, "Sahara", "DSRT", "", 23.0, 13.0, ("Sahara Desert",), population=2_000_000),
    CuratedRegion(-109, "Latin America", "RGN", "", -8.0, -60.0, (), population=650_000_000),
    CuratedRegion(-110, "Central America", "RGN", "", 13.0, -86.0, (), population=50_000_000),
    CuratedRegion(-111, "Americas", "RGN", "", 20.0, -85.0, ("the Americas",), population=1_000_000_000),
    CuratedRegion(-112, "Central Asia", "RGN", "", 43.0, 66.0, (), population=75_000_000),
    CuratedRegion(-113, "South Asia", "RGN", "", 24.0, 77.0, ("Southern Asia",), population=1_900_000_000),
    CuratedRegion(-114, "Southeast Asia", "RGN", "", 8.0, 110.0, ("South-East Asia", "South East Asia"),
                  population=680_000_000),
    CuratedRegion(-115, "East Asia", "RGN", "", 38.0, 115.0, ("Eastern Asia",), population=1_600_000_000),
    CuratedRegion(-116, "Levant", "RGN", "", 33.0, 36.0, ("the Levant",), population=45_000_000),
    CuratedRegion(-117, "Arabian Peninsula", "PEN", "", 23.0, 46.0, ("Arabia",), population=85_000_000),
    CuratedRegion(-118, "Scandinavia", "RGN", "", 62.0, 14.0, (), population=21_000_000),
    CuratedRegion(-119, "Nordic countries", "RGN", "", 63.0, 16.0, ("Nordics", "Nordic region"),
                  population=27_000_000),
    CuratedRegion(-120, "Northern Europe", "RGN", "", 57.0, 12.0, (), population=105_000_000),
    CuratedRegion(-121, "Eastern Europe", "RGN", "", 50.0, 28.0, (), population=290_000_000),
    CuratedRegion(-122, "Western Europe", "RGN", "", 48.0, 6.0, (), population=195_000_000),
    CuratedRegion(-123, "Southern Europe", "RGN", "", 41.0, 12.0, (), population=150_000_000),
    CuratedRegion(-124, "Central Europe", "RGN", "", 49.5, 15.0, (), population=160_000_000),
    CuratedRegion(-125, "Eastern Mediterranean", "RGN", "", 34.0, 33.0, (), population=50_000_000),
    CuratedRegion(-126, "South Caucasus", "RGN", "", 41.0, 45.0, ("Transcaucasia",), population=16_000_000),
    CuratedRegion(-127, "Baltic states", "RGN", "", 57.0, 24.0, ("Baltics", "Baltic countries"),
                  population=6_000_000),
    CuratedRegion(-128, "Benelux", "RGN", "", 50.8, 5.0, (), population=30_000_000),
    CuratedRegion(-129, "British Isles", "ISLS", "", 54.0, -4.0, (), population=72_000_000),
    CuratedRegion(-130, "Iberian Peninsula", "PEN", "", 40.0, -4.0, ("Iberia",), population=57_000_000),
    CuratedRegion(-131, "Anatolia", "PEN", "TR", 39.0, 33.0, ("Asia Minor",), population=65_000_000),
    CuratedRegion(-132, "Indochina", "PEN", "", 15.0, 103.0, ("Indochinese Peninsula",),
                  population=250_000_000),
    CuratedRegion(-133, "Asia-Pacific", "RGN", "", 10.0, 120.0, ("Asia Pacific",), population=4_000_000_000),
    CuratedRegion(-134, "Siberia", "RGN", "RU", 60.0, 100.0, (), population=33_000_000),
    CuratedRegion(-135, "Russian Far East", "RGN", "RU", 55.0, 140.0, (), population=8_000_000),
    CuratedRegion(-136, "Patagonia", "RGN", "", -45.0, -69.0, (), population=2_000_000),
    CuratedRegion(-137, "Niger Delta", "RGN", "NG", 5.0, 6.0, (), population=30_000_000),
    # Mountains, deserts, islands and waters (no head count: they rank like a supranational name).
    CuratedRegion(-140, "Himalayas", "MTS", "", 29.0, 84.0, ("Himalaya", "Himalayan mountains")),
    CuratedRegion(-141, "Alps", "MTS", "", 46.5, 10.0, ("the Alps",)),
    CuratedRegion(-142, "Andes", "MTS", "", -20.0, -67.0, ("Andes Mountains",)),
    CuratedRegion(-143, "Ural Mountains", "MTS", "RU", 60.0, 59.0, ("Urals",), population=1_000_000),
    CuratedRegion(-144, "Rocky Mountains", "MTS", "", 45.0, -112.0, ("Rockies",)),
    CuratedRegion(-145, "Appalachian Mountains", "MTS", "", 38.5, -80.0, ("Appalachians",)),
    CuratedRegion(-146, "Kalahari", "DSRT", "", -23.0, 22.0, ("Kalahari Desert",)),
    CuratedRegion(-147, "Amazon rainforest", "FRST", "", -3.5, -62.0, ("Amazonia", "Amazon basin")),
    CuratedRegion(-148, "Borneo", "ISL", "", 0.5, 114.0, (), population=23_000_000),
    CuratedRegion(-149, "Sumatra", "ISL", "ID", -0.5, 101.5, (), population=60_000_000),
    CuratedRegion(-150, "Java", "ISL", "ID", -7.5, 110.0, (), population=150_000_000),
    CuratedRegion(-151, "Luzon", "ISL", "PH", 16.0, 121.0, (), population=53_000_000),
    CuratedRegion(-152, "Mindanao", "ISL", "PH", 7.5, 125.0, (), population=27_000_000),
    CuratedRegion(-153, "Lake Chad", "LK", "", 13.0, 14.5, ()),
    CuratedRegion(-154, "Gulf of Guinea", "GULF", "", 2.0, 4.0, ()),
    CuratedRegion(-155, "Strait of Hormuz", "STRT", "", 26.6, 56.3, ("Hormuz Strait",)),
    CuratedRegion(-156, "Great Lakes", "LKS", "", 45.5, -84.5, ()),
    # Regions of the United States and the United Kingdom that news names as places.
    CuratedRegion(-160, "West Coast", "RGN", "US", 40.5, -121.5, ("US West Coast",), population=50_000_000),
    CuratedRegion(-161, "East Coast", "RGN", "US", 38.5, -76.0, ("Eastern Seaboard", "US East Coast"),
                  population=115_000_000),
    CuratedRegion(-162, "Midwest", "RGN", "US", 42.5, -92.0, ("Middle West", "Midwestern United States"),
                  population=68_000_000),
    CuratedRegion(-163, "Deep South", "RGN", "US", 32.5, -87.0, (), population=25_000_000),
    CuratedRegion(-164, "Pacific Northwest", "RGN", "US", 46.0, -121.0, (), population=12_000_000),
    CuratedRegion(-165, "New England", "RGN", "US", 44.0, -71.0, (), population=15_000_000),
    CuratedRegion(-166, "Appalachia", "RGN", "US", 37.5, -81.5, (), population=25_000_000),
    CuratedRegion(-167, "Great Plains", "RGN", "", 41.0, -100.0, (), population=10_000_000),
    CuratedRegion(-168, "Gulf Coast", "RGN", "US", 29.5, -90.5, (), population=20_000_000),
    CuratedRegion(-169, "Bay Area", "RGN", "US", 37.8, -122.3, ("San Francisco Bay Area",), "CA",
                  population=7_700_000),
    CuratedRegion(-170, "Silicon Valley", "RGN", "US", 37.4, -122.0, (), "CA", population=3_000_000),
    CuratedRegion(-171, "Southern California", "RGN", "US", 34.0, -117.5, ("SoCal",), "CA",
                  population=24_000_000),
    CuratedRegion(-172, "Northern California", "RGN", "US", 39.5, -122.0, ("NorCal",), "CA",
                  population=15_000_000),
    CuratedRegion(-173, "Upstate New York", "RGN", "US", 43.0, -75.5, (), "NY", population=6_000_000),
    CuratedRegion(-175, "Midlands", "RGN", "GB", 52.6, -1.5, ("English Midlands",), "ENG",
                  population=10_000_000),
    CuratedRegion(-176, "Yorkshire", "RGN", "GB", 53.9, -1.3, (), "ENG", population=5_400_000),
    CuratedRegion(-177, "East Anglia", "RGN", "GB", 52.5, 1.0, (), "ENG", population=2_500_000),
    # The EU's geographic centre (Gadheim, Germany, since 2020).
    CuratedRegion(-27, "European Union", "RGN", "", 49.84, 9.90, ("EU",), lookup_only=True),
)

# Demonyms of continents ("European" -> Europe); country demonyms come from countryinfo.
CONTINENT_DEMONYMS: dict[str, str] = {
    "European": "Europe", "African": "Africa", "Asian": "Asia", "North American": "North America",
    "South American": "South America", "Oceanian": "Oceania", "Antarctic": "Antarctica",
}

# Demonyms and adjectives countryinfo lacks or maps to another place. Each names its place by
# ISO 3166-2 code (a first-level division), ISO alpha-2 code (a country), or the name of a
# continent or curated region. They override countryinfo's reading of the same word.
EXTRA_DEMONYMS: dict[str, str] = {
    # The United Kingdom's constituent countries, and other divisions with well-known adjectives.
    "English": "GB-ENG", "Scottish": "GB-SCT", "Scot": "GB-SCT", "Scots": "GB-SCT", "Welsh": "GB-WLS",
    "Northern Irish": "GB-NIR", "Sicilian": "IT-82", "Sardinian": "IT-88", "Corsican": "FR-20R",
    "Bavarian": "DE-BY", "Catalan": "ES-CT", "Basque": "ES-PV", "Flemish": "BE-VLG", "Chechen": "RU-CE",
    "Tibetan": "CN-XZ", "Uighur": "CN-XJ", "Uyghur": "CN-XJ", "Puerto Rican": "US-PR",
    # US states and Canadian and Australian divisions.
    "Texan": "US-TX", "Californian": "US-CA", "Floridian": "US-FL", "New Yorker": "US-NY",
    "Virginian": "US-VA", "Alaskan": "US-AK", "Hawaiian": "US-HI", "Coloradan": "US-CO", "Arizonan": "US-AZ",
    "Kentuckian": "US-KY", "Ohioan": "US-OH", "Michigander": "US-MI", "Minnesotan": "US-MN",
    "Wisconsinite": "US-WI", "Iowan": "US-IA", "Kansan": "US-KS", "Nebraskan": "US-NE", "Oklahoman": "US-OK",
    "Missourian": "US-MO", "Arkansan": "US-AR", "Louisianan": "US-LA", "Louisianian": "US-LA",
    "Mississippian": "US-MS", "Alabamian": "US-AL", "North Carolinian": "US-NC", "South Carolinian": "US-SC",
    "Pennsylvanian": "US-PA", "New Jerseyan": "US-NJ", "Marylander": "US-MD", "Vermonter": "US-VT",
    "Mainer": "US-ME", "Nevadan": "US-NV", "Utahn": "US-UT", "Idahoan": "US-ID", "Montanan": "US-MT",
    "West Virginian": "US-WV", "Hoosier": "US-IN", "Illinoisan": "US-IL", "Rhode Islander": "US-RI",
    "New Mexican": "US-NM", "North Dakotan": "US-ND", "South Dakotan": "US-SD", "Tennessean": "US-TN",
    "Ontarian": "CA-ON", "Albertan": "CA-AB", "Quebecer": "CA-QC", "Quebecker": "CA-QC",
    "Quebecois": "CA-QC", "British Columbian": "CA-BC", "Manitoban": "CA-MB", "Nova Scotian": "CA-NS",
    "Newfoundlander": "CA-NL", "Queenslander": "AU-QLD", "Tasmanian": "AU-TAS",
    "Western Australian": "AU-WA", "South Australian": "AU-SA",
    # Countries whose usual adjective countryinfo lacks.
    "Korean": "KR", "Kazakh": "KZ", "Philippine": "PH", "Serb": "RS", "Croat": "HR", "Sinhalese": "LK",
    "Bosnian": "BA", "Saudi": "SA", "Hong Konger": "HK",
    # Peoples and regions: curated regions and continents.
    "Kurdish": "Kurdistan", "Kurd": "Kurdistan", "Middle Eastern": "Middle East",
    "Siberian": "Siberia", "Crimean": "Crimea", "Kashmiri": "Kashmir", "Darfuri": "Darfur",
    "Abkhaz": "Abkhazia", "Abkhazian": "Abkhazia", "South Ossetian": "South Ossetia",
    "Ossetian": "South Ossetia",
    "Balkan": "Balkans", "Latin American": "Latin America",
    "Central American": "Central America", "Scandinavian": "Scandinavia", "Nordic": "Nordic countries",
    "Levantine": "Levant", "Maghrebi": "Maghreb", "Sahelian": "Sahel",
    "Saharan": "Sahara", "Sub-Saharan": "Sub-Saharan Africa", "Patagonian": "Patagonia",
    "North African": "North Africa", "West African": "West Africa", "East African": "East Africa",
    "Central African": "Central Africa", "Southeast Asian": "Southeast Asia", "South Asian": "South Asia",
    "East Asian": "East Asia", "Central Asian": "Central Asia", "Eastern European": "Eastern Europe",
    "Western European": "Western Europe", "Central European": "Central Europe",
    "Northern European": "Northern Europe", "Southern European": "Southern Europe",
    "Midwestern": "Midwest", "New Englander": "New England", "Appalachian": "Appalachia",
    "Himalayan": "Himalayas", "Andean": "Andes",
}

# Countries whose ISO 3166-2 division codes are also the postal abbreviations news writes
# ("Trenton, NJ"; "Vancouver, BC"; "Sydney, NSW"). Many are words or clash across countries
# (WA, SA, NT, ON, IN, OR, ME, OK, HI), so they are stored as abbreviations: a match of their
# own kind that geoparsing should accept only in a text about that country.
POSTAL_CODE_COUNTRIES = ("US", "CA", "AU")

# More abbreviations of that kind: by ISO 3166-2 code, or by ISO alpha-2 for a country.
EXTRA_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AU-VIC": ("Vic",), "AU-QLD": ("Qld",), "AU-TAS": ("Tas",), "CA-BC": ("B.C.",), "CA-NL": ("N.L.",),
    "CA-NS": ("N.S.",), "CA-NB": ("N.B.",), "AU-NSW": ("N.S.W.",), "ZA": ("SA", "RSA"), "CF": ("CAR",),
    "SA": ("KSA",), "KR": ("ROK",), "NZ": ("NZ",), "PG": ("PNG",), "BA": ("BiH",),
}

# Dotted abbreviations unlikely to be anything else: resolved as names, never recogniser patterns.
DOTTED_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "CA-ON": ("Ont.",), "CA-QC": ("Que.",), "CA-AB": ("Alta.",), "CA-SK": ("Sask.",), "CA-NL": ("Nfld.",),
    "CA-PE": ("P.E.I.",), "CA-NT": ("N.W.T.",),
}

# City abbreviations, by GeoNames id (New York City, Los Angeles): resolved as names.
CITY_ABBREVIATIONS: dict[int, tuple[str, ...]] = {5128581: ("NYC", "N.Y.C."), 5368361: ("L.A.",)}

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
