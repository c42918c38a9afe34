"""The record, its provenance and its findings: the data every later stage passes along."""

from .model import Finding, How, Origin, Record, Severity, Value, normalise_value

Provenance = dict[str, Origin]

__all__ = ["Finding", "How", "Origin", "Provenance", "Record", "Severity", "Value", "normalise_value"]
