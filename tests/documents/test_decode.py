"""Bytes → text: every encoding a report arrives in, and what is (not) changed on the way."""

from __future__ import annotations

import random

import pytest

from app.documents import ReadError, read_document
from app.documents.decode import decode_bytes, decode_declared

SAMPLE = "2022年庆元县政府信息公开工作年度报告\n一、总体情况（一）主动公开：１２件\n自然人 | 61 | 3\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-8-sig"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_chinese_sample_round_trips_in_each_encoding(data: bytes, encoding: str) -> None:
    document = read_document("report.txt", data)
    assert document.text == SAMPLE
    assert document.encoding == encoding
    assert document.kind == "text"
    assert document.notes == []


def test_windows_and_old_mac_line_endings_become_newlines() -> None:
    assert read_document("r.txt", "一\r\n二\r三\n".encode("gb18030")).text == "一\n二\n三\n"


def test_full_width_forms_and_spacing_are_left_alone() -> None:
    text = "（一）　予以公开：１２ 件\t３４\n"
    assert read_document("r.txt", text.encode("utf-8")).text == text


def test_undecodable_byte_is_replaced_and_noted() -> None:
    document = read_document("r.txt", SAMPLE.encode("utf-8") + b"\xff" + "结尾".encode())
    assert document.text == SAMPLE + "\ufffd结尾"
    assert document.encoding == "utf-8"
    assert "替换" in document.notes[0]


def test_mostly_undecodable_bytes_are_refused() -> None:
    # 0x80 and 0xFF start no character in UTF-8 or GB18030 (random high bytes would not do: almost
    # any pair of them is some GB18030 character).
    with pytest.raises(ReadError, match="编码"):
        decode_bytes("报告".encode() + b"\x80\xff" * 500)


def test_meta_charset_is_honoured_for_a_non_chinese_legacy_charset() -> None:
    page = '<html><head><meta charset="big5"></head><body><p>政府資訊公開</p></body></html>'
    document = read_document("r.html", page.encode("big5"))
    assert document.encoding == "big5"
    assert "政府資訊公開" in document.text


def test_gb2312_meta_charset_is_read_as_gb18030() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>' \
           "<body><p>镕基 申请数量</p></body></html>"  # 镕 is outside GB2312: GBK/GB18030 only
    document = read_document("r.html", page.encode("gb18030"))
    assert document.encoding == "gb18030"
    assert "镕基 申请数量" in document.text


def test_valid_utf8_wins_over_a_stale_gb2312_meta_tag_with_a_note() -> None:
    page = '<html><head><meta charset="gb2312"></head><body><p>自然人</p></body></html>'
    document = read_document("r.html", page.encode("utf-8"))
    assert document.encoding == "utf-8"
    assert "自然人" in document.text
    assert any("gb18030" in note for note in document.notes)


_DECLARABLE = [None, "utf-8", "gb18030", "big5", "shift_jis", "cp1252"]
_BODIES = [
    SAMPLE.encode("utf-8"), SAMPLE.encode("gb18030"), "政府資訊公開".encode("big5"), b"plain ascii\r\n",
    SAMPLE.encode("utf-8-sig"), b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
    SAMPLE.encode("utf-8") + b"\xff" + "结尾".encode(),  # one undecodable byte: replaced, noted
    "報告".encode("big5") * 3 + b"\x80",  # strict in no codec tried without a declaration
]


@pytest.mark.parametrize("declared", _DECLARABLE)
@pytest.mark.parametrize("data", _BODIES)
def test_reusing_the_undeclared_decoding_gives_what_decoding_with_the_declaration_gives(
        data: bytes, declared: str | None) -> None:
    try:
        undeclared = decode_bytes(data)
    except ReadError:
        return  # read_document stops here, before any declaration is looked at
    assert decode_declared(data, declared, undeclared) == decode_bytes(data, declared)


TRADITIONAL = "2022年慶元縣政府資訊公開工作年度報告\n一、總體情況\n（一）主動公開：12件\n自然人 | 61 | 3\n"


def test_undeclared_big5_text_is_detected_not_misread_as_gb18030() -> None:
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # (the same bytes are valid GB18030 too: only a detector can tell)
    document = read_document("report.txt", data)
    assert (document.text, document.encoding, document.notes) == (TRADITIONAL, "big5", [])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(codec: str) -> None:
    document = read_document("report.txt", SAMPLE.encode(codec))
    assert (document.text, document.encoding) == (SAMPLE, codec)


def test_a_gbk_page_declared_as_utf8_is_read_as_gb18030_with_a_note() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>自然人申请 61 件</p></body></html>'
    document = read_document("r.html", page.encode("gbk"))
    assert "自然人申请 61 件" in document.text
    assert document.encoding == "gb18030"
    assert any("utf-8" in note and "gb18030" in note for note in document.notes)


def test_a_short_gbk_text_a_detector_could_call_big5_stays_gb18030() -> None:
    assert read_document("r.txt", "正文".encode("gbk")).encoding == "gb18030"


def test_arbitrary_bytes_are_refused_as_not_a_readable_report() -> None:
    data = random.Random(18).randbytes(4000)
    with pytest.raises(ReadError, match="不是文本|编码"):
        read_document("report.txt", data)
