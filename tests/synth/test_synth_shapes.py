"""Each shape carries the traits of its seed, and every file is what its name says it is."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from tools.synth import generate_report, iter_reports
from tools.synth.__main__ import main as synth_main
from tools.synth.corpus import read_corpus


def _text(data: bytes, encoding: str) -> str:
    if encoding == "utf-8-sig":
        assert data.startswith(b"\xef\xbb\xbf".decode("unicode_escape").encode("latin-1"))
    return data.decode(encoding).replace("\r\n", "\n")


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start): text.index(end, text.index(start) + 1)]


def _reports(shape: str, count: int = 12, **options: object) -> list:
    return list(iter_reports(count, seed=21, shapes=[shape], **options))  # type: ignore[arg-type]


def test_000_prints_each_cell_on_a_line_ending_with_a_bar_and_gathers_empty_positions() -> None:
    for report in _reports("000"):
        text = _text(report.data, report.truth["rendering"]["encoding"])
        table = _section(text, "一、本年新收", "行政复议")
        rows = re.split(r"\n\|+\n", table)  # a row ends with its run of "|"
        numbers = [re.findall(r"^-?[\d０-９.]+ \|$", row, re.M) for row in rows]
        # Each row of 三 holds exactly two numbers, 自然人 and 总计; the empty cells left no trace.
        assert [len(n) for n in numbers if n] == [2] * 25 if report.truth["template"] == "2021" else [2] * 23
        assert not re.search(r"^-?[\d０-９.]+$", table, re.M)  # no number without its " |"


def test_001_prints_one_row_per_line_with_cells_joined_by_bars() -> None:
    for report in _reports("001"):
        text = _text(report.data, report.truth["rendering"]["encoding"])
        row = next(line for line in text.split("\n") if "本年新收" in line and " | " in line)
        assert row.endswith(" |") and row.count(" | ") == 7


def test_002_starts_cells_with_a_tab_and_repeats_merged_cells_as_empty_ones() -> None:
    for report in _reports("002"):
        text = _text(report.data, report.truth["rendering"]["encoding"])
        row = _section(text, "\t一、本年新收", "\n\n")
        assert row.count("\n\t") == 7  # seven value cells, each a line of its own
        # Inside （三）不予公开 the two merged label columns come back as two empty cells.
        second = re.search(r"\n\t\n\t\n\t2[.．]其", text)
        assert second, report.name


def test_003_fills_only_the_total_column_of_table_3() -> None:
    for report in _reports("003"):
        text = _text(report.data, report.truth["rendering"]["encoding"])
        total = report.truth["fields"]["requests.new_received.total"]
        assert re.search(r"本年新收[^\n]*\n\n\n{6}[０-９\d]+\n\n", text), report.name
        assert total is not None


def test_004_splits_table_4_into_review_then_litigation() -> None:
    for report in _reports("004"):
        text = _text(report.data, report.truth["rendering"]["encoding"])
        appeals = text[text.index("行政复议"):]
        review_values = appeals.index("行政复议")
        assert review_values < appeals.index("行政诉讼") < appeals.index("未经复议直接起诉")
        assert "\n\n\n" in text  # rows end with one more line break


def test_2019_reports_print_their_own_table_2() -> None:
    for shape in ("001", "html"):
        for report in _reports(shape, 6, template="2019"):
            data = report.data
            text = "".join(data.decode(report.truth["rendering"]["encoding"]).split())
            assert "本年新制作数量" in text and "政府集中采购" in text and "其他对外管理服务事项" in text


def test_html_tables_are_rectangular_once_spans_are_expanded() -> None:
    from lxml import html as lxml_html

    for report in _reports("html", 8):
        root = lxml_html.fromstring(report.data)
        for table in root.iter("table"):
            if table.get("class") != "report":
                continue
            widths = _expanded_widths(table)
            assert len(set(widths)) == 1, (report.name, widths)


def _expanded_widths(table) -> list[int]:  # noqa: ANN001 - an lxml element
    taken: dict[tuple[int, int], bool] = {}
    widths = []
    for r, tr in enumerate(table.iter("tr")):
        c = 0
        for td in tr.findall("td"):
            while (r, c) in taken:
                c += 1
            for i in range(int(td.get("rowspan", 1))):
                for j in range(int(td.get("colspan", 1))):
                    taken[(r + i, c + j)] = True
            c += int(td.get("colspan", 1))
        widths.append(max(col for row, col in taken if row == r) + 1)
    return widths


def test_html_declares_the_charset_it_is_written_in() -> None:
    for report in _reports("html", 30):
        head = report.data[:600].decode("ascii", errors="replace").lower()
        match = re.search(r'charset="?([\w-]+)', head)
        if match:
            report.data.decode({"utf-8": "utf-8"}.get(match.group(1), "gb18030"))
        else:
            report.data.decode("utf-8")


def test_docx_merges_the_label_cells_of_table_3() -> None:
    import docx

    report = generate_report(5, 1, "docx")
    document = docx.Document(io.BytesIO(report.data))
    requests = next(t for t in document.tables if "申请人情况" in t.cell(0, 3).text)
    # The 勾稽 note spans three rows and three columns; 本年度办理结果 spans all outcome rows.
    assert requests.cell(0, 0)._tc is requests.cell(2, 2)._tc
    assert requests.cell(5, 0)._tc is requests.cell(26, 0)._tc
    assert zipfile.ZipFile(io.BytesIO(report.data)).testzip() is None


def test_pdf_text_can_be_extracted_with_pdfium() -> None:
    import pypdfium2

    report = generate_report(5, 2, "pdf")
    pdf = pypdfium2.PdfDocument(report.data)
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert report.truth["agency"] in text.replace("\r\n", "")
    assert "收到和处理政府信息公开申请情况" in text


def test_cli_writes_each_report_with_its_truth_and_repeats_itself(tmp_path) -> None:  # noqa: ANN001
    args = ["--count", "9", "--seed", "4", "--errors", "0.5", "--shapes", "000", "001", "html"]
    assert synth_main(["--out", str(tmp_path / "a"), *args]) == 0
    assert synth_main(["--out", str(tmp_path / "b"), *args]) == 0
    corpus = list(read_corpus(tmp_path / "a"))
    assert len(corpus) == 9
    for path, truth in corpus:
        assert path.exists() and truth["source"] == path.name
        assert (tmp_path / "b" / path.name).read_bytes() == path.read_bytes()


def test_cli_refuses_an_error_rate_outside_0_to_1(tmp_path, capsys) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit):
        synth_main(["--out", str(tmp_path), "--count", "1", "--errors", "2"])
    assert "0 到 1" in capsys.readouterr().err
