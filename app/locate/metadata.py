"""The issuing agency and the year reported on, from the report's title and header lines."""

from __future__ import annotations

import re
from collections import Counter

from app.text.numerals import SPELLED_DIGITS, spelled_digits

_TITLE_WORDS = re.compile(r"(?:政府)?(?:信息公开|政务公开)")
_REPORT_WORDS = re.compile(r"报告|年报")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?")
# What a title says besides the agency: the year, the report's name, framing words.
_REPORT_NAME = re.compile(
    r"(?:关于)?(?:(?:19|20)\d{2}\s*年(?:度)?)?\s*的?"
    r"(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)(?:全文)?"
)
_PUNCT = " \t\u3000:：,，。.、;；\"'“”《》<>()（）[]【】-—_|"
_LABELLED_AGENCY = re.compile(r"(?:发布机构|发文机关|信息来源|来源)\s*[:：]\s*([^\s:：|]{2,30})")
_PUBLISHER = re.compile(r"(?:发布机构|发文机关)\s*[:：]\s*([^\s:：|]{2,30})")
_PERIOD = re.compile(r"自\s*((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")
_HEAD_LINES = 40
# Header lines that mention the report but are not its title: breadcrumbs and page metadata.
_NOT_TITLE = re.compile(r"当前位置|您的位置|所在位置|首页|>|索引号|发布机构|发文机关|主题分类|文号|浏览次数"
                        r"|微信|微博|QQ空间|相关链接|-->|原文链接|发布时间|打印本页|关闭窗口")
# Labels of archive headers and page furniture: in a page flattened to one line each starts a line
# of its own, so that the title is found between them and never takes their values.
_HEAD_LABEL = re.compile(
    r"(?=[标题发成编信来文索公组浏原字当您相=微\-根\[(（一1])"  # one character test before the alternatives
    r"(?:(?=(?:标题|题名|发布时间|发布日期|成文日期|编辑|信息来源|来源|发布机构|发文机关|文号|索引号|公开方式|组配分类"
    r"|浏览次数|原文链接|字号|当前位置|您的位置|相关链接)\s*[:：])|(?=={3,})|(?=微信\s*微博)|(?=-->)"
    r"|(?=根据《)|(?=\[bookmark)"
    r"|(?=(?:[(（][一1][)）]|[一1][、.])\s*(?:政府信息公开工作)?(?:总体情况|基本情况|概述)))")
_FURNITURE_EDGE = " -\t>|=　"  # left at the edges of a piece of a flattened header (-->, ====)
_LABEL_PREFIX = re.compile(r"^(?:发布机构|发文机关|信息来源|来源|编辑)\s*[:：]\s*")
_ARCHIVE_TITLE = re.compile(r"^(?:标题|题名)\s*[:：]\s*(.+)$")
# A flattened header label with a one-word value (a date, a number, an office) and more text after
# it: the value ends at the first space, and what follows (often the title) is a piece of its own.
_LABEL_VALUE_REST = re.compile(r"^((?!标题|题名)[^\s:：]{2,4}\s*[:：]\s*\S+)\s+(\S.*)$")
_SENTENCE_STARTS = ("根据", "按照", "依据", "现将", "现公布", "本报告")
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]| - | — ).*$|(?<=报告)\s*[-—–]+.*$|(?<=年报)\s*[-—–]+.*$")
_TRAILER = re.compile(r"(?:[(（](?:全文|正文|附件)[)）])|(?:的)?(?:公告|通知|公示)$")


_CN_YEAR = re.compile(rf"[{SPELLED_DIGITS}]{{4}}(?=\s*年)")


def _arabic_years(text: str) -> str:
    """二〇二二年 → 2022年, character for character."""
    return _CN_YEAR.sub(lambda m: spelled_digits(m.group()), text)


def find_metadata(text: str, original: str | None = None) -> tuple[str | None, int | None]:
    """Agency and year from `text` (normalised); the agency is returned as `original` spells it
    (full-width brackets stay full-width), the two having the same length."""
    agency, year = _find(text)
    if agency and original is not None:
        pos = text.find(agency, 0, 8000)
        if pos >= 0:
            agency = original[pos:pos + len(agency)]
    return agency, year


def metadata_doubts(text: str, agency: str | None, year: int | None) -> dict[str, str]:
    """Where the report's own header disagrees with the agency or year taken from its title:
    {"agency" | "year": what the reviewer should check}. Empty when everything agrees."""
    head = _arabic_years(text[:6000])
    doubts: dict[str, str] = {}
    m = _PUBLISHER.search(head[:3000])  # 来源 names the posting office, often a department: no doubt
    if m and head[m.end(1):m.end(1) + 4].lstrip()[:1] in (":", "："):
        m = None  # the label is empty: what follows is the next label (索引号：…), not a name
    labelled = _GENERIC_OFFICE.sub("", m.group(1).strip(_PUNCT)) if m else ""
    if agency and labelled and labelled not in agency and agency not in labelled \
            and not _REPORT_WORDS.search(labelled) and len(labelled) >= 3:
        doubts["agency"] = f"标题中的机关“{agency}”与页面所列的“{labelled}”不一致，请核对"
    period = _PERIOD.search(head)
    if year is not None and period and int(period.group(1)) != year:
        doubts["year"] = f"标题中的年份 {year} 与统计期限中的 {period.group(1)} 年不一致，请核对"
    return doubts


def _head_lines(text: str) -> list[str]:
    """The first lines of the text; a long first line (a page flattened to one line) is cut before
    each archive-header label and page-furniture word."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if len(line) > 80:
            for part in _HEAD_LABEL.split(line):
                m = _LABEL_VALUE_REST.match(part.strip(_FURNITURE_EDGE))
                out += [p.strip(_FURNITURE_EDGE) for p in (m.groups() if m else (part,)) if p.strip(_FURNITURE_EDGE)]
        else:
            out.append(line)
        if len(out) >= _HEAD_LINES:
            break
    return out[:_HEAD_LINES]


def _find(text: str) -> tuple[str | None, int | None]:
    text = _arabic_years(text[:6000])
    lines = _head_lines(text)
    archived = next((m.group(1) for m in map(_ARCHIVE_TITLE.match, lines) if m), None)
    agency, year = _from_title([archived] if archived else lines)
    if archived and not agency:
        agency, year = _from_title(lines)
    if year is None:
        m = _PERIOD.search(text)
        if m:
            year = int(m.group(1))
    if year is None:
        years = Counter(int(y) for y in _YEAR.findall(text[:4000]))
        if years:
            year = years.most_common(1)[0][0]
    if not agency:
        m = _LABELLED_AGENCY.search(text[:3000])
        if m:
            agency = m.group(1).strip(_PUNCT) or None
    return agency, year


def _from_title(lines: list[str]) -> tuple[str | None, int | None]:
    for i, line in enumerate(lines):
        if len(line) > 80 or line.startswith(_SENTENCE_STARTS):
            continue
        label = _LABEL_PREFIX.match(line)
        if label and _is_title(_clean_title(line[label.end():])):
            line = line[label.end():]  # a title glued to an archive header's value (flattened page)
        elif _NOT_TITLE.search(line):
            continue
        prev = lines[i - 1] if i > 0 and _looks_like_heading(lines[i - 1]) else ""
        single = _clean_title(line)
        joined = _clean_title(prev + line) if prev else ""
        if _is_title(single):
            title = single
            if (not _agency_of(title) or not _YEAR.search(title)) and _is_title(joined):
                title = joined  # a title broken over two lines: 某某局2023年 / 政府信息公开工作年度报告
        elif _is_title(joined) and _REPORT_WORDS.search(line):
            title = joined  # broken inside the report's name: …政府信息 / 公开工作年度报告
        else:
            continue
        ym = _YEAR.search(title)
        return _agency_of(title) or None, int(ym.group(1)) if ym else None
    return None, None


def _is_title(text: str) -> bool:
    return bool(text) and bool(_REPORT_WORDS.search(text)) and bool(_TITLE_WORDS.search(text))


_AFTER_NAME = re.compile(r"(?<=报告|年报)(?![(（]).*$")
_SECTION_NAME = re.compile(r"^(?:政府)?(?:信息公开|政务公开)(?:专栏|目录)?(?=.{2,}?(?:19|20)\d{2}\s*年)")
_GENERIC_OFFICE = re.compile(r"^(?:办公室|综合科|综合处|政务公开办|信息中心)(?=.{2,}[省市县区局委厅办])")


def _clean_title(line: str) -> str:
    """Drops what pages add around a title: a site name after _ or |, what follows the report's
    name (a date, a site name after -), （全文）, …的公告, a column name before it."""
    line = _SITE_SUFFIX.sub("", line)
    line = _AFTER_NAME.sub("", line)
    line = _SECTION_NAME.sub("", line)
    return _TRAILER.sub("", line).strip(_PUNCT)


def _agency_of(title: str) -> str:
    s = _REPORT_NAME.sub("", title)
    s = _YEAR.sub("", s)
    s = _strip_edges(s)
    s = _GENERIC_OFFICE.sub("", s)  # 来源:办公室 glued to the title of a flattened page
    half = len(s) // 2
    if len(s) % 2 == 0 and half >= 2 and s[:half] == s[half:]:
        s = s[:half]  # 发布机构's value glued to the same name in the title
    return s


def _strip_edges(s: str) -> str:
    """Punctuation off both ends; a closing bracket stays when it closes one inside the name
    (某某厅（局）)."""
    s = s.lstrip(_PUNCT)
    while s and s[-1] in _PUNCT:
        if s[-1] in ")）" and s.count("(") + s.count("（") >= s.count(")") + s.count("）"):
            break
        s = s[:-1]
    return s


def _looks_like_heading(line: str) -> bool:
    return len(line) <= 40 and not any(p in line for p in "。，,；;：:")
