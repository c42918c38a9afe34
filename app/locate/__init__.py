"""Locating the tables: from a document's text to the record and where each number came from."""

from .locator import locate_record

__all__ = ["locate_record"]
