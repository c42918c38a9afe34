"""Property tests: arbitrary bytes, arbitrary text and mangled real reports thrown at the reader,
the whole pipeline and the validator. Nothing may escape but a ReadError with a Chinese message,
and every answer keeps its contracts (record keys, finite numbers, origins that point at the text).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.record import Record
from app.template import get_template
from app.validation import validate_record
from tests.conftest import REPO, SEEDS
from tests.fuzzing import examples
from tests.robustness.contracts import assert_valid_findings, extract_or_refuse, read_or_refuse
from tools.synth import generate_report

NAMES = st.sampled_from(["report.txt", "report.html", "report.htm", "report.docx", "report.pdf",
                         "report", "报告.TXT", "report.doc", "report.xlsx"])
FUZZ = settings(max_examples=examples(60), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000)


SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@st.composite
def mangled(draw: st.DrawFn, texts: list[str]) -> str:
    """A real report with random deletions, duplications and insertions of characters and lines."""
    text = draw(st.sampled_from(texts))
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["del_chars", "dup_chars", "ins_chars", "del_line", "dup_line",
                                   "swap_lines", "ins_line"]))
        lines = text.split("\n")
        if op.endswith("line") or op == "swap_lines":
            i = draw(st.integers(0, len(lines) - 1))
            j = draw(st.integers(0, len(lines) - 1))
            if op == "del_line":
                del lines[i]
            elif op == "dup_line":
                lines[i:i] = [lines[i]] * draw(st.integers(1, 50))
            elif op == "swap_lines":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines.insert(i, draw(st.text(max_size=40)))
            text = "\n".join(lines)
            continue
        i = draw(st.integers(0, len(text)))
        n = draw(st.integers(1, 200))
        if op == "del_chars":
            text = text[:i] + text[i + n:]
        elif op == "dup_chars":
            text = text[:i] + text[i:i + n] * draw(st.integers(2, 20)) + text[i:]
        else:
            text = text[:i] + draw(st.text(alphabet="0123456789０１２３|\t\n 　一二三四（）()、.-", max_size=30)) + text[i:]
    return text


@FUZZ
@given(name=NAMES, data=st.binary(max_size=5000))
def test_arbitrary_bytes_are_read_or_refused_clearly(name: str, data: bytes) -> None:
    read_or_refuse(name, data)


@FUZZ
@given(name=NAMES, prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<html><table>",
                                           b"\xef\xbb\xbf", b"\xd0\xcf\x11\xe0"]),
       data=st.binary(max_size=3000))
def test_bytes_that_start_like_a_known_format_are_read_or_refused_clearly(name: str, prefix: bytes,
                                                                           data: bytes) -> None:
    extract_or_refuse(name, prefix + data)


@FUZZ
@given(name=NAMES, text=TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_arbitrary_text_goes_through_the_pipeline(name: str, text: str, encoding: str) -> None:
    extract_or_refuse(name, text.encode(encoding))


@FUZZ
@given(text=mangled(SEED_TEXTS), encoding=st.sampled_from(["utf-8", "gb18030"]))
def test_mangled_seed_reports_go_through_the_pipeline(text: str, encoding: str) -> None:
    extract_or_refuse("mangled.txt", text.encode(encoding))


HTML_TEXTS = [generate_report(0, i, "html").data.decode("utf-8", errors="ignore") for i in range(3)]


@FUZZ
@given(text=mangled(HTML_TEXTS))
def test_mangled_html_reports_go_through_the_pipeline(text: str) -> None:
    extract_or_refuse("mangled.html", text.encode("utf-8"))


DOCX = generate_report(0, 1, "docx").data
PDF = generate_report(0, 2, "pdf").data
DOC = (REPO / "tests" / "data" / "doc" / "synthetic_2021.doc").read_bytes()  # Word 97–2003


@settings(FUZZ, max_examples=examples(30))
@given(kind=st.sampled_from(["docx", "pdf", "doc"]),
       flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=20),
       cut=st.floats(0.05, 1))
def test_damaged_word_and_pdf_files_are_read_or_refused_clearly(kind: str, flips: list, cut: float) -> None:
    data = bytearray({"docx": DOCX, "pdf": PDF, "doc": DOC}[kind])
    for where, byte in flips:
        data[int(where * len(data))] = byte
    extract_or_refuse(f"damaged.{kind}", bytes(data[: max(1, int(len(data) * cut))]))


ANY_VALUE = st.one_of(st.none(), st.integers(-(10**30), 10**30), st.integers(-5, 5),
                      st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6))


@settings(FUZZ, max_examples=examples(50))
@given(version=st.sampled_from(["2021", "2019"]), data=st.data(), text=st.one_of(st.none(), TEXT),
       with_previous=st.booleans())
def test_validator_accepts_any_values(version: str, data: st.DataObject, text: str | None,
                                      with_previous: bool) -> None:
    template = get_template(version)

    def record() -> Record:
        keys = data.draw(st.lists(st.sampled_from(template.keys), max_size=40))
        fields = template.empty_fields() | {k: data.draw(ANY_VALUE) for k in keys}
        if data.draw(st.booleans()):  # or a whole record of arbitrary values
            fields = {k: data.draw(ANY_VALUE) for k in template.keys}
        return Record("fuzz.txt", version, "某局", 2023, fields)

    previous = record() if with_previous else None
    findings = validate_record(record(), text=text, previous=previous)
    assert_valid_findings(findings, template.keys)
