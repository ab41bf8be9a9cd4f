"""Domain errors: each names the input it is about, so the CLI and API can say so."""

from __future__ import annotations

__all__ = ["InputError", "SitrepError", "StoreError"]


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""


class InputError(SitrepError):
    """An input could not be read or is not an article (empty, binary, malformed...)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(SitrepError):
    """The store could not be opened or written."""
