"""ACLED conventions that are not in the text: disorder types, interaction codes, country naming, regions.

Needs nothing but pycountry; used by :mod:`sitrep.export` to fill the derived
ACLED columns. These are published coding conventions (ACLED codebook), not
anything learned from a corpus.
"""

from __future__ import annotations

import pycountry

__all__ = [
    "ACLED_COLUMNS",
    "civilian_targeting",
    "country_info",
    "disorder_type",
    "interaction",
    "region",
]

#: ACLED's export columns, in ACLED's order (codebook 2023 layout).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
    "timestamp",
)

_POLITICAL_VIOLENCE = "Political violence"
_DEMONSTRATIONS = "Demonstrations"
_STRATEGIC = "Strategic developments"
_CIVILIANS = 7  # ACLED inter code


def _norm(label: str) -> str:
    return " ".join(label.lower().replace("protestors", "protesters").split())


# Sub-event types whose disorder type differs from their event type's (ACLED codebook).
_SUB_DISORDER = {
    "mob violence": _POLITICAL_VIOLENCE,
    "violent demonstration": _DEMONSTRATIONS,
    "excessive force against protesters": f"{_POLITICAL_VIOLENCE}; {_DEMONSTRATIONS}",
}
_EVENT_DISORDER = {
    "battles": _POLITICAL_VIOLENCE,
    "explosions/remote violence": _POLITICAL_VIOLENCE,
    "violence against civilians": _POLITICAL_VIOLENCE,
    "riots": _POLITICAL_VIOLENCE,
    "protests": _DEMONSTRATIONS,
    "strategic developments": _STRATEGIC,
}


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of an event/sub-event type pair ("" when the type is not ACLED's)."""
    sub = _SUB_DISORDER.get(_norm(sub_event_type))
    return sub if sub else _EVENT_DISORDER.get(_norm(event_type), "")


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the lower inter code first; ``inter1 * 10`` for a sole actor."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def civilian_targeting(event_type: str, sub_event_type: str, inter1: int | None, inter2: int | None) -> str:
    """"Civilian targeting" when civilians are the target of political violence, else ""."""
    if _norm(event_type) == "violence against civilians":
        return "Civilian targeting"
    if _POLITICAL_VIOLENCE in disorder_type(event_type, sub_event_type) and _CIVILIANS in (inter1, inter2):
        return "Civilian targeting"
    return ""


# ACLED spells these countries differently from ISO 3166 (alpha-2 -> ACLED name).
_ACLED_NAMES = {
    "BN": "Brunei", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
    "CV": "Cape Verde", "CZ": "Czech Republic", "FM": "Micronesia", "GB": "United Kingdom",
    "KP": "North Korea", "KR": "South Korea", "MK": "North Macedonia", "PS": "Palestine", "RU": "Russia",
    "SZ": "eSwatini", "TL": "East Timor", "TR": "Turkey", "VA": "Vatican City", "XK": "Kosovo",
}

# ACLED region -> ISO alpha-2 codes; countries not listed fall back to their continent below.
_REGIONS = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS SD TZ UG ZM ZW IO",
    "Southern Africa": "BW SZ LS NA ZA",
    "Northern Africa": "DZ EG LY MA TN EH",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN CX CC",
    "East Asia": "CN HK MO JP KP KR MN TW",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "Europe": "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE XK "
              "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE GS",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
    "North America": "CA US GL BM PM",
    "Oceania": "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF",
    "Antarctica": "AQ BV TF HM",
}
_REGION_OF = {code: name for name, codes in _REGIONS.items() for code in codes.split()}


def region(country_code: str | None) -> str:
    """ACLED's region for an ISO alpha-2 country code ("" when unknown)."""
    return _REGION_OF.get((country_code or "").upper(), "")


def country_info(country_code: str | None) -> tuple[str, int | None, str]:
    """(ACLED country name, ISO numeric code, ISO alpha-3) for an alpha-2 code; ("", None, "") if unknown.

    ACLED gives Kosovo, which has no ISO code, the numeric code 0 and acronym XKX.
    """
    code = (country_code or "").upper()
    if code == "XK":
        return _ACLED_NAMES["XK"], 0, "XKX"
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return "", None, ""
    name = _ACLED_NAMES.get(code) or getattr(country, "common_name", None) or country.name
    return name, int(country.numeric), country.alpha_3
