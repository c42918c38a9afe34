"""Copy of the team's shared tools/seedgold.py (its table3_numbers is the bare regex pass).

Quick reference reader used only to draft gold records for the seed reports.
Every draft is checked by hand and by the template's arithmetic before it is kept."""
import re
import sys

ROWS = [
    ("new_received", "本年新收政府信息公开申请数量"),
    ("carried_over", "上年结转政府信息公开申请数量"),
    ("granted", "予以公开"),
    ("partially_granted", "部分公开"),
    ("denied.state_secret", "属于国家秘密"),
    ("denied.prohibited_by_law", "其他法律行政法规禁止公开"),
    ("denied.three_safeties_one_stability", "三安全一稳定"),
    ("denied.third_party_rights", "保护第三方合法权益"),
    ("denied.internal_affairs", "属于三类内部事务信息"),
    ("denied.process_info", "属于四类过程性信息"),
    ("denied.law_enforcement_files", "属于行政执法案卷"),
    ("denied.query_matters", "属于行政查询事项"),
    ("unavailable.not_held", "本机关不掌握相关政府信息"),
    ("unavailable.needs_creation", "没有现成信息需要另行制作"),
    ("unavailable.unclear_after_correction", "补正后申请内容仍不明确"),
    ("not_processed.complaints", "信访举报投诉类申请"),
    ("not_processed.duplicate", "重复申请"),
    ("not_processed.publications", "要求提供公开出版物"),
    ("not_processed.excessive", "无正当理由大量反复申请"),
    ("not_processed.confirm_info", "要求行政机关确认或重新出具已获取信息"),
    ("other.no_correction", "逾期不补正"),
    ("other.unpaid_fees", "逾期未按收费通知要求缴纳费用"),
    ("other.other", "3.其他"),
    ("total_processed", "(七)总计"),
    ("carried_forward", "结转下年度继续办理"),
]
COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"]

def norm(t):
    return t.replace("（", "(").replace("）", ")").replace("\u3000", " ")

def table3_numbers(text):
    t = norm(text)
    start = t.index("收到和处理政府信息公开申请情况")
    end = t.index("行政复议", start)
    body = t[start:end]
    out = {}
    pos = body.index("申请人情况")
    for i, (key, label) in enumerate(ROWS):
        p = body.index(label, pos)
        q = body.index(ROWS[i + 1][1], p + len(label)) if i + 1 < len(ROWS) else len(body)
        seg = body[p + len(label):q]
        # drop sub-row labels like "1.属于..." that sit between numbers
        seg = re.sub(r"\d+\.[^\d\s|]+", " ", seg)
        seg = re.sub(r"\([一二三四五六七]\)[^\d|\n]*", " ", seg)
        out[key] = re.findall(r"(?<![\d.])\d+(?![\d.])", seg)
        pos = p + len(label)
    return out

if __name__ == "__main__":
    for k, v in table3_numbers(open(sys.argv[1], encoding="utf-8").read()).items():
        print(k, v)
