"""Evaluation against third-party gold corpora (read from wherever the user keeps them).

:mod:`sitrep.evaluate.geo` scores geoparsing on the LGL/GeoWebNews/GeoVirus/TR-News XML family;
:mod:`sitrep.evaluate.georun` runs the geoparser alone (JSON Lines in and out, speed);
:mod:`sitrep.evaluate.time` scores time expressions on TimeML; :mod:`sitrep.evaluate.events` scores
event types on CASE 2021 TSV; :mod:`sitrep.evaluate.plover` scores PLOVER sentence coding
on the PLOVER gold records; :mod:`sitrep.evaluate.quotes` scores attribution on PolNeAR (read by
:mod:`sitrep.evaluate.polnear`); :mod:`sitrep.evaluate.common` holds what they share.
"""

from __future__ import annotations

__all__: list[str] = []
