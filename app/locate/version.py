"""Which national format a report follows: from its own headers first, its year second."""

from __future__ import annotations

from app.template import DEFAULT_VERSION, TEMPLATES, Template

from .normalize import compact


def choose_template(flat: str, year: int | None) -> Template:
    """`flat` is the report's text reduced by compact(): headers split over lines still match."""
    scores = {v: sum(compact(p) in flat for p in t.signature_phrases) for v, t in TEMPLATES.items()}
    best = max(scores.values())
    leaders = [v for v, s in scores.items() if s == best]
    if best > 0 and len(leaders) == 1:
        return TEMPLATES[leaders[0]]
    if year is not None:
        for t in TEMPLATES.values():
            if year in t.report_years and t.version in leaders:
                return t
    return TEMPLATES[DEFAULT_VERSION]
