"""Plain statements of figures in a report's prose: 全年共办理60件…, 未收到依申请公开申请.

Only a fixed wording right next to its number is read (予以公开49件), or a clear "none". A
sentence is skipped when it may speak of something else than this agency's year (各部门, 上年,
同比), and a clause when it names one kind of applicant (其中自然人予以公开37件).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.template import Template
from app.template.rules import applicant_words

from .numerals import FULL_WIDTH, NUMBER, parse_number
from .prose import prose_spans

_IN_CLAUSE = r"[^，,；;。：:\n]"
_FILL = r"(?:共计|合计|总计|累计|共|为|达|了|的|约)*"
_PIECES = r"(?:件|起)"
_OBJECT = r"(?:政府信息公开|依申请公开|公开政府信息)"
_RECEIVE = r"(?:收到|新收|接收|接到)"
_AND = r"(?:以及|和|及|或|、|与)"
_NONE = r"(?:无|没有|未发生|未产生|未引起|未收到|未出现)"
_BECAUSE = rf"(?:因?{_OBJECT}(?:申请)?而?(?:引起|引发|产生)的)?"
_NOT_AN_OUTCOME = r"(?!决定|纠错|纠正|败诉|被纠|维持|结果)"

# Sentences that may speak of other bodies or other years are not compared.
_OTHER_SCOPE = re.compile(
    r"各(?:部门|单位|乡镇|街道|级|县|区|市)|全(?:县|市|省|区|州)各|上年(?!度?结转)|去年|上一年(?!度?结转)|同比|较20\d\d"
)
_YEAR_NAMED = re.compile(r"((?:19|20)\d\d)\s*年")
# A fee sentence about the disclosure processing fee (信息处理费) is not about 行政事业性收费.
_DISCLOSURE_FEE = re.compile(r"处理费|信息处理|申请|政府信息公开|收费通知|实际收取")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_UNITS_IN_YUAN = {"元": 1, "万元": 10_000}


@dataclass(frozen=True)
class _Pattern:
    claims: tuple[str, ...]
    keywords: frozenset[str]  # one of them must be in the sentence: a cheap test before the regex
    regex: re.Pattern[str]
    # "requests": the sentence must mention 公开 (numbers of other cases abound in such reports);
    # "any": a plain "none" that contradicts the table whatever its scope; "fees": not 信息处理费.
    about: str
    zero: bool  # a "none" statement: the figure is 0


def _p(claims: str, keywords: str, pattern: str, about: str = "requests", zero: bool = False) -> _Pattern:
    return _Pattern(tuple(claims.split()), frozenset(keywords.split()), re.compile(pattern), about, zero)


_RECEIVE_WORDS = "收到 新收 接收 接到"
_HANDLE_WORDS = "办理 答复 处理"

# In priority order: a span read by an earlier pattern is not read again by a later one.
_PATTERNS: tuple[_Pattern, ...] = (
    _p("new_received", _RECEIVE_WORDS, rf"{_RECEIVE}了?(?:各类)?{_OBJECT}(?:的)?申请{_FILL}{NUMBER}{_PIECES}"),
    _p("new_received", _RECEIVE_WORDS, rf"{_RECEIVE}{_FILL}{NUMBER}{_PIECES}(?:各类)?{_OBJECT}"),
    _p("new_received", _RECEIVE_WORDS,
       rf"(?:未|没有){_RECEIVE}(?={_IN_CLAUSE}{{0,20}}?公开)(?={_IN_CLAUSE}{{0,24}}?申请)"
       rf"(?!{_IN_CLAUSE}{{0,24}}?(?:复议|诉讼|投诉|信访|举报|咨询))", zero=True),
    _p("new_received", "无政府信息公开 无依申请公开 无公开政府信息", rf"无{_OBJECT}(?:的)?(?:申请|事项|情况)?(?=[。；;，,\n]|$)", zero=True),
    _p("completed", "办结", rf"办结了?(?:各类)?{_OBJECT}(?:的)?申请(?:件)?{_FILL}{NUMBER}{_PIECES}"),
    _p("completed", "办结", rf"办结{_FILL}{NUMBER}{_PIECES}(?:各类)?{_OBJECT}"),
    _p("handled", _HANDLE_WORDS,
       rf"(?:办理|答复|(?<!予)处理)了?(?:各类)?{_OBJECT}(?:的)?申请(?:件)?{_FILL}{NUMBER}{_PIECES}"),
    _p("handled", _HANDLE_WORDS, rf"(?:办理|答复|(?<!予)处理){_FILL}{NUMBER}{_PIECES}(?:各类)?{_OBJECT}"),
    _p("granted_or_partial", "部分公开",
       rf"(?<!不)(?:予以公开|全部公开|同意公开|全部){_AND}部分公开{_FILL}{NUMBER}{_PIECES}"),
    _p("granted", "予以公开", rf"(?<!不)予以公开{_FILL}{NUMBER}{_PIECES}"),
    # "予以公开及部分公开N件" is one figure; "予以公开38件、部分公开12件" two.
    _p("partially_granted", "部分公开", rf"(?<!公开[或及和、与])部分公开{_FILL}{NUMBER}{_PIECES}"),
    _p("normative_issued", "制发", rf"制发(?:了)?(?:行政)?规范性文件{_FILL}{NUMBER}{_PIECES}", about="any"),
    _p("normative_made", "制作", rf"(?:新)?制作(?:了)?(?:行政)?规范性文件{_FILL}{NUMBER}{_PIECES}", about="any"),
    _p("licensing_decisions", "许可", rf"行政许可(?:处理)?决定{_FILL}{NUMBER}{_PIECES}", about="any"),
    _p("penalty_decisions", "处罚", rf"行政处罚(?:处理)?决定{_FILL}{NUMBER}{_PIECES}", about="any"),
    _p("carried_over", "结转", rf"上一?年度?结转(?:的)?(?:{_OBJECT})?(?:申请)?{_FILL}{NUMBER}{_PIECES}"),
    _p("carried_forward", "结转", rf"结转(?:至|到)?下一?年度?(?:继续办理)?(?:的)?(?:申请)?{_FILL}{NUMBER}{_PIECES}"),
    _p("denied", "不予", rf"不予(?:以)?公开{_FILL}{NUMBER}{_PIECES}"),
    _p("unavailable", "无法提供", rf"无法提供{_FILL}{NUMBER}{_PIECES}"),
    _p("not_processed", "不予处理", rf"不予处理{_FILL}{NUMBER}{_PIECES}"),
    _p("review litigation", "行政复议",
       rf"{_NONE}{_BECAUSE}行政复议{_AND}(?:行政)?诉讼(?:案件|情况)?{_NOT_AN_OUTCOME}", about="any", zero=True),
    _p("review", "行政复议", rf"{_NONE}{_BECAUSE}行政复议(?:案件|申请|情况)?{_NOT_AN_OUTCOME}(?!{_AND})",
       about="any", zero=True),
    _p("litigation", "行政诉讼", rf"{_NONE}{_BECAUSE}行政诉讼(?:案件|情况)?{_NOT_AN_OUTCOME}(?!{_AND})",
       about="any", zero=True),
    _p("review", "行政复议", rf"(?<!诉讼[、和及与或])行政复议(?:案件|申请)?{_FILL}{NUMBER}{_PIECES}"),
    _p("litigation", "行政诉讼", rf"(?<!复议[、和及与或])行政诉讼(?:案件)?{_FILL}{NUMBER}{_PIECES}"),
    _p("fees", "收费", rf"(?:行政事业性收费|收费)(?:金额|总额)?{_FILL}{NUMBER}(?P<unit>万元|元)", about="fees"),
    _p("fees", "收取", rf"收取(?:(?!处理){_IN_CLAUSE}){{0,10}}?费用?{_FILL}{NUMBER}(?P<unit>万元|元)",
       about="fees"),
)

# Every keyword at once: a sentence holding none of them is not read further.
_KEYWORDS = re.compile("|".join(sorted({w for p in _PATTERNS for w in p.keywords}, key=len, reverse=True)))
_FULL_WIDTH_DIGIT = re.compile(r"[０-９．]")


@dataclass(frozen=True)
class Statement:
    """One figure stated in the prose: which claim, the number as written, and where."""

    claim: str
    value: int | float
    unit: str  # 件 for counts, 元 or 万元 for amounts
    decimals: int  # digits written after the point (3.5万元 -> 1)
    sentence: str
    start: int  # the statement's span inside `sentence`
    end: int

    def in_unit(self, unit: str) -> tuple[int | float, float] | None:
        """The value in `unit` and half a unit of its last written digit; None if not convertible."""
        if self.unit == unit:
            return self.value, 0.5 * 10 ** -self.decimals
        if self.unit in _UNITS_IN_YUAN and unit in _UNITS_IN_YUAN:
            scale = _UNITS_IN_YUAN[self.unit] / _UNITS_IN_YUAN[unit]
            return self.value * scale, 0.5 * 10 ** -self.decimals * scale
        return None


def find_statements(text: str, template: Template, year: int | None = None) -> list[Statement]:
    """Every plain statement of a figure in the prose of `text` (the whole decoded report).
    A sentence naming a year other than `year` (the year reported on) speaks of that year."""
    applicants = _applicants(template)
    found: list[Statement] = []
    for start, end in prose_spans(text, template):
        prose = text[start:end]
        if _FULL_WIDTH_DIGIT.search(prose):
            prose = prose.translate(FULL_WIDTH)
        for m in _SENTENCE.finditer(prose):
            sentence = m.group()
            words = set(_KEYWORDS.findall(sentence))
            if words and not _OTHER_SCOPE.search(sentence) and not _other_year(sentence, year):
                found += _statements_in(sentence, words, applicants)
    return found


def _other_year(sentence: str, year: int | None) -> bool:
    named = {int(y) for y in _YEAR_NAMED.findall(sentence)}
    return bool(named - {year}) if year is not None else len(named) > 1


def _statements_in(sentence: str, words: set[str], applicants: re.Pattern[str] | None) -> list[Statement]:
    taken: list[tuple[int, int]] = []
    found: list[Statement] = []
    about_requests = "公开" in sentence
    about_other_fee = _DISCLOSURE_FEE.search(sentence) is not None
    for pattern in _PATTERNS:
        if words.isdisjoint(pattern.keywords):
            continue
        if pattern.about == "requests" and not about_requests or pattern.about == "fees" and about_other_fee:
            continue
        for m in pattern.regex.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if applicants is not None and applicants.search(_clause(sentence, m.start(), m.end())):
                continue  # 其中自然人予以公开37件: one applicant's share, not the total
            figure = (0, "件", 0) if pattern.zero else _figure(m)
            if figure is None:
                continue
            taken.append((m.start(), m.end()))
            found += [Statement(c, *figure, sentence, m.start(), m.end()) for c in pattern.claims]
    return found


def _figure(m: re.Match[str]) -> tuple[int | float, str, int] | None:
    """The matched number, its unit and decimals; None when not a valid figure."""
    parsed = parse_number(m.group("n"))
    if parsed is None:
        return None
    value, decimals = parsed
    unit = m.groupdict().get("unit") or "件"
    if unit == "件" and not float(value).is_integer():
        return None
    return value, unit, decimals


def _clause(sentence: str, start: int, end: int) -> str:
    breaks = [b.start() for b in _CLAUSE_BREAK.finditer(sentence)]
    left = max((b for b in breaks if b < start), default=-1) + 1
    right = min((b for b in breaks if b >= end), default=len(sentence))
    return sentence[left:right]


def _applicants(template: Template) -> re.Pattern[str] | None:
    """The template's applicant words as one pattern (cached: the words are derived per call)."""
    hit = _APPLICANTS.get(id(template))
    if hit is None or hit[0] is not template:
        hit = _APPLICANTS[id(template)] = (template, _applicant_pattern(applicant_words(template)))
    return hit[1]


_APPLICANTS: dict[int, tuple[Template, re.Pattern[str] | None]] = {}


@lru_cache(maxsize=8)
def _applicant_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(map(re.escape, words))) if words else None
