"""A report as a government web page: the national template's tables with rowspan/colspan.

Options vary what real sites do: a layout table around the article, a GB18030 (or GB2312) page
with a meta charset, Word-style <p><span> inside cells, &nbsp; in empty cells, scripts and a footer.
"""

from __future__ import annotations

import random
from html import escape

from tools.synth.document import Block, Para
from tools.synth.style import Style
from tools.synth.tables import PrintedTable, StrayLine

_PAGE_HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head>{meta}
<title>{title}</title>
<style>body{{font-family:"微软雅黑";}} table.report td{{border:1px solid #000;padding:2px;}}</style>
{script}</head>
<body>
<div class="top-nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
"""
_PAGE_FOOT = """<div class="footer"><p>主办单位：{agency}　网站标识码：{site_id}　备案号：浙ICP备{icp}号</p>
<p>联系电话：0570-{phone}</p></div>
</body></html>
"""
_ANALYTICS = ('<script type="text/javascript">var _hmt = _hmt || []; document.write("统计代码");'
              '</script>\n<script src="/js/jquery.min.js"></script>')


def draw_options(rng: random.Random) -> dict:
    encoding = rng.choice(("utf-8", "utf-8", "gb18030"))
    return {
        "encoding": encoding,
        "charset_label": rng.choice(("gb18030", "gb2312", "GBK")) if encoding == "gb18030" else
        rng.choice(("utf-8", "UTF-8", "")),
        "http_equiv": rng.random() < 0.4,
        "layout_table": rng.random() < 0.4,
        "cell_paragraphs": rng.random() < 0.4,
        "nbsp_blanks": rng.random() < 0.5,
        "scripts": rng.random() < 0.5,
    }


def _cell_html(text: str, options: dict) -> str:
    if not text:
        return "&nbsp;" if options["nbsp_blanks"] else ""
    parts = [escape(p) for p in text.split("\n")]
    if options["cell_paragraphs"]:
        return "".join(f'<p style="text-align:center"><span style="font-size:10.5pt">{p}</span></p>'
                       for p in parts)
    return "<br/>".join(parts)


def _table_html(table: PrintedTable, options: dict) -> str:
    out = ['<table class="report" border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>']
    for row in table.rows:
        if isinstance(row, StrayLine):
            continue  # a web page has no page breaks
        out.append("<tr>")
        for slot in row:
            spans = (f' rowspan="{slot.rowspan}"' if slot.rowspan > 1 else "") + (
                f' colspan="{slot.colspan}"' if slot.colspan > 1 else "")
            out.append(f"<td{spans}>{_cell_html(slot.text, options)}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _para_html(para: Para) -> str:
    text = "<br/>".join(escape(p) for p in para.text.split("\n"))
    if para.kind == "title":
        return f'<h1 class="title">{text}</h1>'
    if para.kind == "heading":
        return f"<p><strong>{text}</strong></p>"
    if para.kind == "meta":
        return f'<div class="info"><span>{text}</span></div>'
    return f'<p style="text-indent:2em">{text}</p>'


def render_html(blocks: list[Block], style: Style, options: dict, rng: random.Random,
                agency: str) -> bytes:
    title = next((b.text for b in blocks if isinstance(b, Para) and b.kind == "title"), "")
    charset = options["charset_label"]
    meta = ""
    if charset:
        meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                if options["http_equiv"] else f'<meta charset="{charset}">')
    body = "\n".join(_para_html(b) if isinstance(b, Para) else _table_html(b, options) for b in blocks)
    if options["layout_table"]:
        body = ('<table class="layout" width="1000"><tr><td class="side" width="200">'
                '<ul><li>政府信息公开指南</li><li>政府信息公开制度</li><li>政府信息公开年报</li></ul>'
                f'</td><td class="main">{body}</td></tr></table>')
    page = (_PAGE_HEAD.format(meta=meta, title=escape(title.replace("\n", "")),
                              script=_ANALYTICS if options["scripts"] else "")
            + body + "\n" + _PAGE_FOOT.format(agency=escape(agency), site_id=rng.randint(10**9, 10**10),
                                              icp=rng.randint(10**7, 10**8), phone=rng.randint(10**6, 10**7)))
    codec = charset.lower() if charset.lower() in ("gb2312", "gbk") else options["encoding"]
    try:
        return page.encode(codec)
    except UnicodeEncodeError:  # a character the declared set lacks: the page is really GB18030
        return page.replace(f"charset={charset}", "charset=gb18030").encode("gb18030")
