"""Hostile files: each is refused or handled within bounded time and memory, with a clear message,
never running the file's scripts and never touching the network."""

from __future__ import annotations

import io
import socket
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.documents import Document, ReadError, read_document
from app.extract import Extraction, extract_bytes, extract_file
from tests.robustness.bounds import MB, measure
from tests.robustness.contracts import assert_clear_refusal, assert_valid_extraction
from tests.robustness.truth_compare import cell_mismatches
from tools.synth import SynthReport, generate_report

SECONDS = 5.0  # "a few seconds" on a loaded two-core machine
PEAK = 64 * MB


def _html_report(index: int = 0) -> tuple[SynthReport, str]:
    report = generate_report(31, index, "html")
    codec = "utf-8" if report.truth["rendering"]["encoding"] == "utf-8" else "gb18030"
    return report, report.data.decode(codec)


def _handled(result: object) -> None:
    """Either a refusal with a clear message or an extraction that keeps its contracts."""
    if isinstance(result, ReadError):
        assert_clear_refusal(result)
    elif isinstance(result, Extraction):
        assert_valid_extraction(result)
    else:
        raise AssertionError(f"unexpected outcome: {result!r}")


def _within_bounds(name: str, data: bytes, peak: int = PEAK) -> object:
    measured = measure(lambda: extract_bytes(name, data))
    _handled(measured.result)
    assert measured.seconds < SECONDS, f"{name}: {measured.seconds:.1f} s"
    assert measured.peak_bytes < peak, f"{name}: peak {measured.peak_bytes / MB:.0f} MB"
    return measured.result


def _with_body_end(text: str, extra: str) -> bytes:
    return text.replace("</body>", extra + "</body>").encode("utf-8").replace(
        b"charset=gb18030", b"charset=utf-8").replace(b"charset=gb2312", b"charset=utf-8").replace(
        b"charset=GBK", b"charset=utf-8")


def test_scripts_are_never_run_and_their_text_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    report, text = _html_report(1)
    fake_table = ("<table><tr><td>一、本年新收政府信息公开申请数量</td>" + "<td>987654</td>" * 7 + "</tr></table>")
    script = (f"<script>var MARKER_SCRIPT = 1; document.write('{fake_table}');</script>"
              f"<script type=\"text/template\">{fake_table}</script>"
              f"<noscript>MARKER_NOSCRIPT</noscript><style>td::after{{content:'MARKER_STYLE'}}</style>")
    data = _with_body_end(text, script).replace(b"<body>", b'<body onload="MARKER_ONLOAD()">')
    extraction = extract_bytes(report.name, data)
    for marker in ("MARKER_SCRIPT", "MARKER_STYLE", "MARKER_ONLOAD", "987654"):
        assert marker not in extraction.document.text
    assert not cell_mismatches(SynthReport(report.name, data, report.truth))


@pytest.mark.parametrize("span", ['colspan="100000000"', 'rowspan="100000000"',
                                  'rowspan="100000000" colspan="100000000"', 'colspan="-5"',
                                  'colspan="1e9"', 'rowspan="0"'])
def test_huge_or_nonsense_spans_are_bounded(span: str) -> None:
    report, text = _html_report(2)
    # The spans go on the first cell of every table, which all real tables have.
    data = text.replace("<td", f"<td {span}", 40).encode("utf-8", errors="ignore")
    _within_bounds(report.name, data.replace(b"charset=gb18030", b"charset=utf-8"))


def test_a_thousand_cells_each_spanning_a_million_columns_are_bounded() -> None:
    row = "<tr>" + '<td colspan="1000000" rowspan="1000000">1</td>' * 1000 + "</tr>"
    _within_bounds("spans.html", f"<html><body><table>{row * 3}</table></body></html>".encode())


def test_ten_thousand_nested_tables_are_bounded() -> None:
    depth = 10_000
    nested = "<table><tr><td>" * depth + "一、本年新收政府信息公开申请数量 5" + "</td></tr></table>" * depth
    _within_bounds("nested.html", f"<html><body>{nested}</body></html>".encode())


def test_a_report_inside_nested_layout_tables_is_still_read() -> None:
    report, text = _html_report(3)
    body_start = text.index("<body>") + len("<body>")
    wrapped = (text[:body_start] + "<table><tr><td>" * 30 + text[body_start:text.index("</body>")]
               + "</td></tr></table>" * 30 + "</body></html>")
    data = wrapped.encode("utf-8").replace(b"charset=gb18030", b"charset=utf-8").replace(
        b"charset=gb2312", b"charset=utf-8").replace(b"charset=GBK", b"charset=utf-8")
    assert not cell_mismatches(SynthReport(report.name, data, report.truth))


def test_a_100_mb_byte_string_is_refused_at_once() -> None:
    data = b"1 | " * (25 * MB)  # 100 MB
    measured = measure(lambda: read_document("big.txt", data))
    assert isinstance(measured.result, ReadError)
    assert_clear_refusal(measured.result)
    assert "过大" in str(measured.result) or "MB" in str(measured.result)
    assert measured.seconds < 1.0 and measured.peak_bytes < 4 * MB


def test_a_100_mb_file_is_refused_without_reading_it_into_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(100 * MB)  # sparse: no 100 MB write needed
    measured = measure(lambda: extract_file(big))
    assert isinstance(measured.result, ReadError), measured.result
    assert_clear_refusal(measured.result)
    assert measured.seconds < 2.0
    assert measured.peak_bytes < 16 * MB, f"peak {measured.peak_bytes / MB:.0f} MB: the file was read whole"


def _docx_with(document_xml: bytes, *, level: int = 6) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(generate_report(31, 4, "docx").data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dest:
        for info in source.infolist():
            body = document_xml if info.filename == "word/document.xml" else source.read(info)
            dest.writestr(info.filename, body)
    return out.getvalue()


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A .docx whose document.xml inflates to 300 MB of spaces (about 300 KB compressed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dest:
        dest.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with dest.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>')
            chunk = b" " * MB
            for _ in range(300):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def test_a_zip_bomb_disguised_as_docx_is_refused(zip_bomb: bytes) -> None:
    measured = measure(lambda: read_document("report.docx", zip_bomb))
    assert isinstance(measured.result, ReadError), measured.result
    assert_clear_refusal(measured.result)
    assert measured.seconds < 2.0 and measured.peak_bytes < PEAK


def test_a_zip_bomb_that_lies_about_its_size_is_refused(zip_bomb: bytes) -> None:
    archive = zipfile.ZipFile(io.BytesIO(zip_bomb))
    info = archive.getinfo("word/document.xml")
    lying = bytearray(zip_bomb)
    # Every record of the member's uncompressed size (zip64 extra fields included) now says 1000.
    real = info.file_size.to_bytes(8, "little")
    at = lying.find(real)
    while at != -1:
        lying[at:at + 8] = (1000).to_bytes(8, "little")
        at = lying.find(real, at + 8)
    measured = measure(lambda: read_document("report.docx", bytes(lying)))
    assert isinstance(measured.result, (ReadError, Document)), measured.result
    if isinstance(measured.result, ReadError):
        assert_clear_refusal(measured.result)
    assert measured.seconds < 2.0 and measured.peak_bytes < PEAK


def test_a_zip_with_twelve_thousand_members_is_bounded() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dest:
        for i in range(12_000):
            dest.writestr(f"word/media/{i}.xml", b"")
    measured = measure(lambda: read_document("many.docx", out.getvalue()))
    assert isinstance(measured.result, (ReadError, Document)), measured.result
    if isinstance(measured.result, ReadError):
        assert_clear_refusal(measured.result)
    assert measured.seconds < SECONDS and measured.peak_bytes < PEAK


def test_xml_entity_expansion_and_external_entities_in_docx_are_harmless() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "ha">{laughs}'
           '<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&l9;&secret;</w:t></w:r></w:p></w:body></w:document>')
    result = _within_bounds("laughs.docx", _docx_with(xml.encode()))
    if isinstance(result, Extraction):
        assert "root:" not in result.document.text
        assert result.document.text.count("ha") < 10_000


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every attempt to reach the network is recorded and fails."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_remote_resources_in_html_are_never_fetched(no_network: list[str]) -> None:
    report, text = _html_report(5)
    remote = ('<img src="http://198.51.100.7/logo.png"><link rel="stylesheet" href="https://198.51.100.7/a.css">'
              '<script src="http://198.51.100.7/a.js"></script><iframe src="http://198.51.100.7/"></iframe>'
              '<object data="http://198.51.100.7/x.swf"></object>')
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://198.51.100.7/TR/xhtml1/DTD/xhtml1-strict.dtd">')
    data = _with_body_end(text.replace("<!DOCTYPE html>", doctype), remote)
    extraction = extract_bytes(report.name, data)
    assert not no_network
    assert not cell_mismatches(SynthReport(report.name, data, report.truth))
    assert extraction.record.fields


def test_remote_entities_and_links_in_docx_are_never_fetched(no_network: list[str]) -> None:
    xml = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY remote SYSTEM "http://198.51.100.7/x">]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body><w:p><w:r><w:t>&remote;三、收到和处理政府信息公开申请情况</w:t></w:r></w:p></w:body>'
           '</w:document>')
    _handled(measure(lambda: extract_bytes("remote.docx", _docx_with(xml.encode()))).result)
    assert not no_network
