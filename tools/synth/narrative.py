"""The prose around the tables: metadata lines, the overview, problems, other matters, sign-off.

It carries numbers of its own (dates, phone numbers, counts of published items) as real reports do,
so a parser has to tell the tables' numbers from the text's. Totals it states about requests are
the table's own, so an error-free report never contradicts itself.
"""

from __future__ import annotations

import random

from app.record import Value

# The words of the sections that are prose, by numeral; the table sections take app.template's titles.
SECTION_WORDS = {
    "一": ("总体情况", "政府信息公开工作基本情况"),
    "五": ("存在的主要问题及改进情况", "存在问题及改进措施"),
    "六": ("其他需要报告的事项", "其他报告事项"),
}
OVERVIEW = (
    "{year}年，{agency}认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，不断夯实政务公开工作基础，"
    "提升政策解读和回应关切质量，有效保障了人民群众的知情权、参与权和监督权。",
    "全年主动公开政府信息{a}条，其中通过门户网站公开{b}条，通过政务新媒体公开{c}条。",
    "（一）主动公开。坚持以公开为常态、不公开为例外，发布政策文件{d}件，政策解读{e}篇，"
    "组织政务公开专题培训{f}次{g}人次。",
    "（二）政府信息管理。系统梳理行政规范性文件，动态调整有效性，完善政策文件库，"
    "累计整改涉及个人信息{b}条。",
    "（三）平台建设。优化升级政务公开平台，设置{f}个重点领域公开栏目，共开设{d}个一级公开事项。",
    "（四）监督保障。将政务公开纳入年度绩效考核，发布预警提示{e}期，问题通报{f}期，"
    "咨询电话0570-{phone}。",
)
REQUEST_SENTENCES = (
    "全年共收到政府信息公开申请{new}件，上年结转{carried}件，办结{processed}件，结转下年度继续办理{forward}件。",
    "全年共办理{processed}件政府信息公开申请。",
)
NO_REQUESTS = "{year}年未收到依申请公开申请。"
PROBLEMS = (
    "政务公开工作取得了一定成效，但仍存在一些不足：一是公开内容的深度和广度有待拓展；"
    "二是政策解读形式较为单一；三是工作人员业务能力有待进一步提高。",
    "{next}年，我们将进一步健全工作机制，加强业务培训，提高公开质量和实效。",
)
OTHER_MATTERS = (
    "本年度未收取政府信息公开信息处理费。",
    "本年度收取信息处理费0元，无其他需要报告的事项。",
    "无其他需要报告的事项。",
)
TABLE_NOTES = (
    "注：本表数据统计期限为{year}年1月1日至{year}年12月31日。",
    "注：表中数据由本机关政务公开工作机构汇总，空白处表示无此项情况。",
)


def _numbers(rng: random.Random) -> dict[str, int]:
    return {k: rng.randint(1, 20000) for k in "abcdefg"} | {"phone": rng.randint(1000000, 9999999)}


def meta_lines(agency: str, year: int, rng: random.Random) -> list[str]:
    """Web-page metadata printed above the report; the dates are the publication's (next year)."""
    published = f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    return rng.choice((
        [f"发布日期：{published} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}", "浏览次数："],
        [f"索引号：{rng.randint(10000000, 99999999)}/{year + 1}-{rng.randint(1000, 99999)}",
         f"发布机构：{agency}", f"成文日期：{published}"],
        [f"- 发布时间:{year + 1}年{rng.randint(1, 3):02d}月{rng.randint(1, 28):02d}日", "- 来源:办公室"],
        [],
    ))


def overview(agency: str, year: int, rng: random.Random,
             requests: dict[str, Value]) -> list[str]:
    """Section 一: a few paragraphs, with the request totals the table will show."""
    numbers = _numbers(rng)
    paras = [OVERVIEW[0].format(year=year, agency=agency)]
    paras += [p.format(**numbers) for p in rng.sample(OVERVIEW[1:], rng.randint(1, len(OVERVIEW) - 1))]
    if not requests["new"] and not requests["processed"]:
        paras.append(NO_REQUESTS.format(year=year))
    else:
        paras.append(rng.choice(REQUEST_SENTENCES).format(**{k: v or 0 for k, v in requests.items()}))
    return paras


def problems(year: int, rng: random.Random) -> list[str]:
    return [PROBLEMS[0], PROBLEMS[1].format(next=year + 1)][: rng.randint(1, 2)]


def other_matters(rng: random.Random) -> list[str]:
    return [rng.choice(OTHER_MATTERS)]


def table_note(year: int, rng: random.Random) -> str:
    return rng.choice(TABLE_NOTES).format(year=year)


def sign_off(agency: str, year: int, rng: random.Random) -> list[str]:
    return [agency, f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
