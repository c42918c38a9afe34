"""Second round of real-world variants: the 2019 format in every source kind, PDFs, HTML pages and
Word files as agencies make them, and titles naming two agencies or a 国家 bureau.

Builders are in ``variants2.py``. Every test runs the whole pipeline (`extract_bytes`). Where the
variant is unambiguous the cells must be exact; where it is genuinely ambiguous a cell may instead
be empty *and* flagged — never a confident wrong number.
"""

from __future__ import annotations

import pytest

from app.extract import extract_bytes

from .test_format_2019 import ACTIVE, report_2019
from .variants import SEED, SEED_GOLD, SYN, SYN_FIELDS, confident_wrong, extract_text, wrong_cells
from .variants2 import (
    AG19,
    COLS,
    SYN19,
    docx19,
    docx21,
    html19,
    html21,
    pdf19,
    pdf21,
    text19,
)

SEED_TITLE = "2022年庆元县政府信息公开工作年度报告"


def _sub(text: str, old: str, new: str, count: int = -1) -> str:
    assert old in text, f"variant construction: {old!r} not in text"
    return text.replace(old, new, count)


def _with(base: dict, **changes) -> dict:
    out = dict(base)
    out.update({k.replace("__", "."): v for k, v in changes.items()})
    return out


def _check19(result, want: dict = SYN19, agency: str = AG19, year: int = 2020):
    assert result.record.template == "2019"
    assert len(result.record.fields) == 198
    assert wrong_cells(result, want) == {}
    assert (result.record.agency, result.record.year) == (agency, year)


# ================================================================================================
# (1) The 2019 format (reports on 2019/2020) in every source kind.

@pytest.mark.parametrize("shape", ["bar", "cell", "para", "tab"])
def test_2019_format_flattened_text_shapes(shape):
    """Negative 本年增/减 (-312, -5, -1), 0 and +2, the single （六）其他处理 row with its own numbers."""
    _check19(extract_text(text19(shape=shape)))


def test_2019_format_html_page():
    _check19(extract_bytes("2020nb.html", html19().encode("utf-8")))


def test_2019_format_word_file():
    result = extract_bytes("2020年报.docx", docx19())
    assert result.document.kind == "docx"
    _check19(result)


def test_2019_format_pdf():
    result = extract_bytes("2020年报.pdf", pdf19())
    assert result.document.kind == "pdf"
    _check19(result)
    origin = result.provenance["active.licensing.change"]
    assert origin.raw.replace(" ", "") in ("-312", "−312") and origin.page == 0


def test_2019_negative_with_a_space_after_the_sign_and_a_plus_sign():
    # Word/WPS: "- 312" and "+2" as typed by the office.
    text = _sub(_sub(text19(), "| 1520 | -312 | 4006 |", "| 1520 | - 312 | 4006 |"),
                "| 17 | 2 | 38 |", "| 17 | +2 | 38 |")
    _check19(extract_text(text))


def test_2019_negative_in_parentheses_is_never_read_as_positive():
    # Accountants' negative: (312) / （5）. Either -312 or empty and flagged, never +312.
    text = _sub(_sub(text19(), "| 1520 | -312 | 4006 |", "| 1520 | （312） | 4006 |"),
                "| 304 | -5 | 209 |", "| 304 | (5) | 209 |")
    result = extract_text(text)
    assert confident_wrong(result, SYN19) == {}


@pytest.mark.parametrize(("build", "want"), [
    pytest.param(lambda: html19(amount="62.5", amount_header="采购总金额（万元）"), 625000, id="html-header-万元"),
    pytest.param(lambda: html19(amount="62.5万元"), 625000, id="html-cell-万元"),
    pytest.param(lambda: html19(amount="625,000.00", amount_header="采购总金额（元）"), 625000, id="html-header-元-commas"),
    pytest.param(lambda: html19(amount="8800.5元"), 8800.5, id="html-cell-元-decimal"),
])
def test_2019_procurement_amount_units_in_html(build, want):
    result = extract_bytes("r.html", build().encode("utf-8"))
    assert result.record.fields["active.procurement.amount_yuan"] == want
    _check19(result, _with(SYN19, active__procurement__amount_yuan=want))


@pytest.mark.parametrize(("kwargs", "want"), [
    pytest.param({"amount": "62.5", "amount_header": "采购总金额（单位：万元）"}, 625000, id="docx-header-单位万元"),
    pytest.param({"amount": "62.5万元"}, 625000, id="docx-cell-万元"),
    pytest.param({"amount": "1,234,567.5元"}, 1234567.5, id="docx-cell-元-commas"),
])
def test_2019_procurement_amount_units_in_word(kwargs, want):
    result = extract_bytes("r.docx", docx19(**kwargs))
    _check19(result, _with(SYN19, active__procurement__amount_yuan=want))


@pytest.mark.parametrize(("kwargs", "want"), [
    pytest.param({"amount": "62.5", "amount_header": "采购总金额（万元）"}, 625000, id="pdf-header-万元"),
    pytest.param({"amount": "625000元"}, 625000, id="pdf-cell-元"),
])
def test_2019_procurement_amount_units_in_pdf(kwargs, want):
    result = extract_bytes("r.pdf", pdf19(**kwargs))
    _check19(result, _with(SYN19, active__procurement__amount_yuan=want))


@pytest.mark.parametrize(("kwargs", "want"), [
    pytest.param({"amount": "62.5", "amount_header": "采购总金额(万元)", "shape": "cell"}, 625000, id="cell-per-line-header-万元"),
    pytest.param({"amount": "62.5万", "shape": "tab"}, 625000, id="tab-cell-万-without-元"),
])
def test_2019_procurement_amount_units_in_text(kwargs, want):
    _check19(extract_text(text19(**kwargs)), _with(SYN19, active__procurement__amount_yuan=want))


def test_2020_report_titled_2020年度_published_in_2021():
    meta = ("<div class=meta>索引号：000014349/2021-00012 发布机构：某某市生态环境局 发布日期：2021-01-25 "
            "生成日期：2021-01-25</div>")
    title = f"{AG19}2020年度政府信息公开工作年度报告"
    page = html19(title=title, meta=meta,
                  narrative="2021年，我局将继续深化政务公开。2020年，本局主动公开政府信息218条。")
    result = extract_bytes("t20210125_123.html", page.encode("utf-8"))
    _check19(result)


def test_2020_report_without_the_year_in_the_title_and_published_2021():
    text = text19(title=f"{AG19}政府信息公开工作年度报告", head=["发布时间：2021-01-29 10:02:11"],
                  narrative="2021年，我局将持续推进政务公开。")
    _check19(extract_text(text))


def test_2021_format_report_on_2021_that_mentions_2020_in_the_narrative():
    text = SYN.replace("2023", "2022").replace("2022年", "2021年").replace("2022-", "2021-")
    text = _sub(text, "全年主动公开政府信息356条。",
                "全年主动公开政府信息356条，较2020年增长12%；2020年度结转的申请已于2021年3月前全部办结。")
    assert "2022" not in text
    result = extract_text(text)
    assert (result.record.template, result.record.year, result.record.agency) == ("2021", 2021, "庆元县财政局")
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_2021_format_report_without_year_in_title_whose_first_year_is_2020():
    text = SYN.replace("2023", "2022").replace("2022年", "2021年").replace("2022-", "2021-")
    text = _sub(text, "庆元县财政局2021年政府信息公开工作年度报告", "庆元县财政局政府信息公开工作年度报告")
    text = _sub(text, "一、总体情况\n", "一、总体情况\n与2020年相比，依申请公开数量有所增加。\n")
    result = extract_text(text)
    assert (result.record.template, result.record.year) == ("2021", 2021)


def test_2019_format_report_the_single_other_handling_row_with_group_prefix_on_its_line():
    # "三、本年度办理结果" printed only on the first outcome row; （六）其他处理 carries 4 numbers + 总计.
    result = extract_text(report_2019(ACTIVE, {"other_handling": "1 | 0 | 0 | 0 | 0 | 0 | 1 |"}))
    f = result.record.fields
    assert result.record.template == "2019"
    assert [f[f"requests.other_handling.{c}"] for c in COLS] == [1, 0, 0, 0, 0, 0, 1]
    assert "requests.other.other.total" not in f


# ================================================================================================
# (2) PDFs as agencies make them (borderless, right-aligned numbers, page breaks, footers).

def _blank_zero_applicants(fields: dict) -> dict:
    """Table 三 with every 0 in the five 法人或其他组织 columns left blank (the most common real PDF)."""
    return {k: (None if k.startswith("requests.") and k.rsplit(".", 1)[1] in COLS[1:6] and v == 0 else v)
            for k, v in fields.items()}


def test_pdf_borderless_table_three_with_blank_applicant_cells():
    want = _blank_zero_applicants(SYN_FIELDS)
    result = extract_bytes("report.pdf", pdf21(want))
    assert confident_wrong(result, want) == {}
    assert wrong_cells(result, want) == {}


def test_pdf_table_three_split_over_two_pages_with_header_repeated_and_page_footers():
    result = extract_bytes("report.pdf", pdf21(footer=True, repeat_header=True, break_after="denied.law_enforcement_files"))
    assert wrong_cells(result, SYN_FIELDS) == {}
    origin = result.provenance["requests.denied.query_matters.natural_person"]
    assert origin.page == 1


def test_pdf_table_three_split_over_two_pages_without_header_repeat():
    result = extract_bytes("report.pdf", pdf21(footer=True, break_after="unavailable.needs_creation"))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_pdf_page_footer_numbers_are_not_cells_when_a_page_ends_in_blank_cells():
    want = _blank_zero_applicants(SYN_FIELDS)
    result = extract_bytes("report.pdf", pdf21(want, footer=True, break_after="denied.process_info"))
    assert confident_wrong(result, want) == {}


def test_pdf_applicant_headers_wrapped_on_two_lines():
    result = extract_bytes("report.pdf", pdf21(wrapped_subheads=True))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_pdf_long_row_labels_wrapped_with_numbers_centred_between_the_lines():
    result = extract_bytes("report.pdf", pdf21(wrap_at=14))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_pdf_wrapped_labels_and_blank_applicant_cells_together():
    want = _blank_zero_applicants(SYN_FIELDS)
    result = extract_bytes("report.pdf", pdf21(want, wrap_at=14, wrapped_subheads=True, footer=True))
    assert confident_wrong(result, want) == {}


# ================================================================================================
# (3) HTML as government CMSs produce it.

def _html(**kw):
    return extract_bytes("index.html", html21(**kw).encode("utf-8"))


HTML_VARIANTS = [
    pytest.param({"one_table": True}, id="all-three-tables-in-one-big-table"),
    pytest.param({"caption_rows": True}, id="caption-row-spanning-all-columns"),
    pytest.param({"caption_rows": True, "headings": False}, id="caption-rows-only-no-headings-outside"),
    pytest.param({"wrap": lambda s: f"<p class=MsoNormal align=center><span style='font-size:10.5pt;"
                                    f"font-family:仿宋_GB2312'>{s}</span></p>"}, id="td-p-span-style"),
    pytest.param({"wrap": lambda s: f"<font face='宋体' size=2><b>{s}</b></font>"}, id="numbers-in-font-b"),
    pytest.param({"trailing_col": True}, id="empty-trailing-column"),
    pytest.param({"nav": True}, id="div-page-with-navigation-links"),
    pytest.param({"nav": True, "one_table": True, "wrap": lambda s: f"<span><b>{s}</b></span>"},
                 id="nav-one-table-bold-spans"),
]


@pytest.mark.parametrize("kw", HTML_VARIANTS)
def test_html_as_cms_produce_it(kw):
    result = _html(**kw)
    assert result.document.kind == "html"
    assert wrong_cells(result, SYN_FIELDS) == {}
    assert (result.record.agency, result.record.year, result.record.template) == ("庆元县财政局", 2022, "2021")


def test_html_blank_cells_with_empty_trailing_column_stay_blank():
    blanks = {"requests.granted.research": None, "requests.new_received.other_org": None,
              "appeals.litigation_direct.other": None}
    want = _with(SYN_FIELDS, **{k.replace(".", "__"): v for k, v in blanks.items()})
    result = _html(f=want, trailing_col=True)
    assert confident_wrong(result, want) == {}
    assert wrong_cells(result, want) == {}


def test_html_one_big_table_with_blank_applicant_cells():
    want = _blank_zero_applicants(SYN_FIELDS)
    result = _html(f=want, one_table=True)
    assert wrong_cells(result, want) == {}


# ================================================================================================
# (4) Word files as offices write them.

def test_word_table_three_split_into_two_tables_by_a_page_break():
    result = extract_bytes("年报.docx", docx21(split_at=12))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_word_table_three_split_with_header_repeated_in_the_second_table():
    result = extract_bytes("年报.docx", docx21(split_at=16, repeat_header=True))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_word_table_two_as_four_small_tables():
    result = extract_bytes("年报.docx", docx21(four_tables=True))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_word_cells_with_labels_typed_on_two_paragraphs():
    result = extract_bytes("年报.docx", docx21(multi_para=True))
    assert wrong_cells(result, SYN_FIELDS) == {}


def test_word_everything_at_once_with_blank_applicant_cells():
    want = _blank_zero_applicants(SYN_FIELDS)
    result = extract_bytes("年报.docx", docx21(want, split_at=10, four_tables=True, multi_para=True))
    assert wrong_cells(result, want) == {}


# ================================================================================================
# (5) Metadata: two agencies, 国家 bureaus, 厅（局）.

def test_title_naming_a_party_office_and_a_government_office():
    text = _sub(SEED, SEED_TITLE, "中共庆元县委办公室 庆元县人民政府办公室2022年政府信息公开工作年度报告", 1)
    result = extract_text(text)
    agency = result.record.agency or ""
    assert "中共庆元县委办公室" in agency and "庆元县人民政府办公室" in agency, agency
    assert "2022" not in agency and "年度报告" not in agency
    assert result.record.year == 2022
    assert wrong_cells(result, SEED_GOLD) == {}


def test_title_two_agencies_on_two_lines():
    text = _sub(SEED, SEED_TITLE, "中共庆元县委办公室\n庆元县人民政府办公室\n2022年政府信息公开工作年度报告", 1)
    result = extract_text(text)
    agency = result.record.agency or ""
    assert "庆元县人民政府办公室" in agency, agency
    assert result.record.year == 2022


@pytest.mark.parametrize(("title", "agency", "year"), [
    pytest.param("国家统计局 2023年度政府信息公开工作年度报告", "国家统计局", 2023, id="国家统计局-space-2023年度"),
    pytest.param("国家林业和草原局2023年度政府信息公开工作年度报告", "国家林业和草原局", 2023, id="国家林草局-2023年度"),
    pytest.param("海南省自然资源和规划厅（局）2022年政府信息公开工作年度报告", "海南省自然资源和规划厅（局）", 2022,
                 id="省厅（局）"),
    pytest.param("浙江省市场监督管理局（省知识产权局）2022年度政府信息公开工作年度报告",
                 "浙江省市场监督管理局（省知识产权局）", 2022, id="省局（省知识产权局）"),
    pytest.param("国家税务总局庆元县税务局2022年政府信息公开工作年度报告", "国家税务总局庆元县税务局", 2022,
                 id="国家税务总局-county-bureau"),
])
def test_titles_of_national_and_provincial_bodies(title, agency, year):
    base = SEED if year == 2022 else SEED.replace("2023", "2024").replace("2022", "2023")
    t = SEED_TITLE if year == 2022 else SEED_TITLE.replace("2022", "2023")
    result = extract_text(_sub(base, t, title, 1))
    assert (result.record.agency, result.record.year) == (agency, year)
    assert wrong_cells(result, SEED_GOLD) == {}


def test_html_two_agency_title_in_title_tag_and_h1():
    title = "中共庆元县委办公室 庆元县人民政府办公室2022年政府信息公开工作年度报告"
    result = _html(title=title, nav=True)
    agency = result.record.agency or ""
    assert "中共庆元县委办公室" in agency and "庆元县人民政府办公室" in agency, agency
    assert result.record.year == 2022
    assert wrong_cells(result, SYN_FIELDS) == {}



# ================================================================================================
# (1b) 2019 table 二 with 本年增/减 left blank by the agency (a common sight): blank stays blank.

BLANK_CHANGES = {"active.enforcement.change": None, "active.fees.change": None, "active.other_services.change": None}


def test_2019_pdf_blank_change_cells_are_placed_by_column_positions():
    want = {**SYN19, **BLANK_CHANGES}
    result = extract_bytes("r.pdf", pdf19(want))
    assert confident_wrong(result, want) == {}
    assert wrong_cells(result, want) == {}


def test_2019_html_blank_change_cells_stay_blank():
    want = {**SYN19, **BLANK_CHANGES}
    _check19(extract_bytes("r.html", html19(want).encode("utf-8")), want)


def test_2019_word_blank_change_cells_stay_blank():
    want = {**SYN19, **BLANK_CHANGES}
    _check19(extract_bytes("r.docx", docx19(want)), want)


def test_2019_cell_per_line_text_with_dropped_blank_change_is_never_confidently_wrong():
    # Seed-000 shape: the blank cell vanished; "26 | 11 |" could be prev+change or prev+decisions.
    want = {**SYN19, **BLANK_CHANGES}
    result = extract_text(text19(want, shape="cell").replace("\n |\n", "\n"))
    assert "\n |\n" not in text19(want, shape="cell").replace("\n |\n", "\n")
    assert confident_wrong(result, want) == {}


def test_2019_word_full_width_minus_in_cells():
    text_want = SYN19
    data = docx19()
    import io as _io

    import docx as _docx

    doc = _docx.Document(_io.BytesIO(data))
    for t in doc.tables:
        for row in t.rows:
            for cell in row.cells:
                if cell.text.startswith("-"):
                    cell.text = "－" + cell.text[1:]
    buf = _io.BytesIO()
    doc.save(buf)
    _check19(extract_bytes("r.docx", buf.getvalue()), text_want)
