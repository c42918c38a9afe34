"""One synthetic report: its values, its errors, its text in a shape, and the truth beside it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from app.record import Value
from app.template import Column, Template, get_template

from . import narrative
from .agencies import pick_agency, title_lines
from .document import Block, Para
from .errors import inject_errors
from .shapes import ALL_SHAPES, SHAPES
from .style import Style, draw_style
from .tables import printed_tables
from .values import make_fields

LATEST_YEAR = 2024  # the newest year a synthetic report covers
SHARE_2019 = 0.2  # share of reports in the 2019 format when the format is not fixed


@dataclass(frozen=True)
class SynthReport:
    name: str
    data: bytes
    truth: dict[str, Any]  # the gold record shape plus shape, rendering, noise, injected_errors


def generate_report(seed: int, index: int, shape: str | None = None, *, error_rate: float = 0.0,
                    template: str | None = None) -> SynthReport:
    """Report number `index` of the corpus `seed`; the same arguments give the same bytes."""
    rng = random.Random(f"synth:{seed}:{index}")
    spec = ALL_SHAPES[shape or rng.choice(tuple(SHAPES))]
    tmpl = get_template(template or ("2019" if rng.random() < SHARE_2019 else "2021"))
    year = rng.choice([y for y in tmpl.report_years if y <= LATEST_YEAR])
    agency = pick_agency(rng)
    style = draw_style(rng, text_shape=spec.is_text)
    policy = spec.policy(rng)
    fields = make_fields(tmpl, rng, policy, blank_share=rng.choice((0.0, 0.0, 0.3, 1.0)))
    stated = _stated_totals(tmpl, fields)  # what the prose says, before any error is made
    errors = (inject_errors(tmpl, fields, rng, rng.randint(1, 3),
                            rows_keep_their_sum=policy == "natural_and_total")
              if rng.random() < error_rate else [])
    blocks = compose(tmpl, fields, stated, style, agency, year, rng, spec.split_appeals)
    options = spec.draw_options(rng)
    data = spec.render(blocks, style, options, rng, agency)
    name = f"{index:05d}_{spec.name}_{tmpl.version}{spec.extension}"
    truth = {
        "source": name, "template": tmpl.version, "agency": agency, "year": year,
        "fields": fields,
        "shape": spec.name, "blank_policy": policy, "rendering": options,
        "noise": style.noise_names(), "injected_errors": [e.to_json() for e in errors],
    }
    return SynthReport(name, data, truth)


def _stated_totals(template: Template, fields: dict[str, Value]) -> dict[str, Value]:
    requests = template.table("requests")
    total = next(c.id for c in requests.columns if c.is_total)
    new, carried = (r.id for r in requests.rows if r.role == "in")
    role = {r.role: r.id for r in requests.rows}
    return {name: fields[f"{requests.id}.{row}.{total}"] for name, row in (
        ("new", new), ("carried", carried), ("processed", role["outcome_total"]),
        ("forward", role["carried_forward"]))}


def compose(template: Template, fields: dict[str, Value], stated: dict[str, Value], style: Style,
            agency: str, year: int, rng: random.Random, split_appeals: bool) -> list[Block]:
    """The report in reading order: title, metadata, sections 一 to 六 with the three tables."""
    def cell_text(key: str, column: Column) -> str:
        return style.number(fields[key], column, rng)

    tables = printed_tables(template, cell_text, style, rng, split_appeals)
    blocks: list[Block] = [Para("\n".join(title_lines(agency, year, rng)), "title")]
    blocks += [Para(line, "meta") for line in narrative.meta_lines(agency, year, rng)]
    blocks.append(_heading(style, "一", rng.choice(narrative.SECTION_WORDS["一"])))
    blocks += [Para(style.punct(p)) for p in narrative.overview(agency, year, rng, stated)]
    for table in template.tables:
        number, words = table.title.split("、", 1)
        blocks.append(_heading(style, number, words))
        blocks += tables[table.id]
        if style.table_notes and rng.random() < 0.4:
            blocks.append(Para(style.punct(narrative.table_note(year, rng))))
    blocks.append(_heading(style, "五", rng.choice(narrative.SECTION_WORDS["五"])))
    blocks += [Para(style.punct(p)) for p in narrative.problems(year, rng)]
    blocks.append(_heading(style, "六", rng.choice(narrative.SECTION_WORDS["六"])))
    blocks += [Para(p) for p in narrative.other_matters(rng)]
    blocks += [Para(p, "meta") for p in narrative.sign_off(agency, year, rng)]
    return blocks


def _heading(style: Style, number: str, words: str) -> Para:
    return Para(style.heading(number, words), "heading")
