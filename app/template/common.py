"""Parts both template versions share: the applicant columns of 三 and the whole of table 四."""

from __future__ import annotations

from .model import Column, Row, Table

ORG = "法人或其他组织"

REQUEST_COLUMNS: tuple[Column, ...] = (
    Column("natural_person", "自然人"),
    Column("commercial", "商业企业", group=ORG),
    Column("research", "科研机构", group=ORG),
    Column("social_welfare", "社会公益组织", group=ORG),
    Column("legal_services", "法律服务机构", group=ORG),
    Column("other_org", "其他", group=ORG),
    Column("total", "总计", is_total=True),
)

OUTCOMES = "三、本年度办理结果"
DENIED = "（三）不予公开"
UNAVAILABLE = "（四）无法提供"
NOT_PROCESSED = "（五）不予处理"

REQUESTS_HEAD: tuple[Row, ...] = (
    Row("new_received", "一、本年新收政府信息公开申请数量", "一", role="in"),
    Row("carried_over", "二、上年结转政府信息公开申请数量", "二", role="in"),
    Row("granted", "（一）予以公开", "三(一)", OUTCOMES, role="outcome"),
    Row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三(二)", OUTCOMES,
        role="outcome"),
    Row("denied.state_secret", "1.属于国家秘密", "三(三)1", DENIED, role="outcome"),
    Row("denied.prohibited_by_law", "2.其他法律行政法规禁止公开", "三(三)2", DENIED, role="outcome"),
    Row("denied.three_safeties_one_stability", "3.危及“三安全一稳定”", "三(三)3", DENIED, role="outcome"),
    Row("denied.third_party_rights", "4.保护第三方合法权益", "三(三)4", DENIED, role="outcome"),
    Row("denied.internal_affairs", "5.属于三类内部事务信息", "三(三)5", DENIED, role="outcome"),
    Row("denied.process_info", "6.属于四类过程性信息", "三(三)6", DENIED, role="outcome"),
    Row("denied.law_enforcement_files", "7.属于行政执法案卷", "三(三)7", DENIED, role="outcome"),
    Row("denied.query_matters", "8.属于行政查询事项", "三(三)8", DENIED, role="outcome"),
    Row("unavailable.not_held", "1.本机关不掌握相关政府信息", "三(四)1", UNAVAILABLE, role="outcome"),
    Row("unavailable.needs_creation", "2.没有现成信息需要另行制作", "三(四)2", UNAVAILABLE, role="outcome"),
    Row("unavailable.unclear_after_correction", "3.补正后申请内容仍不明确", "三(四)3", UNAVAILABLE,
        role="outcome"),
    Row("not_processed.complaints", "1.信访举报投诉类申请", "三(五)1", NOT_PROCESSED, role="outcome"),
    Row("not_processed.duplicate", "2.重复申请", "三(五)2", NOT_PROCESSED, role="outcome"),
    Row("not_processed.publications", "3.要求提供公开出版物", "三(五)3", NOT_PROCESSED, role="outcome"),
    Row("not_processed.excessive", "4.无正当理由大量反复申请", "三(五)4", NOT_PROCESSED, role="outcome"),
    Row("not_processed.confirm_info", "5.要求行政机关确认或重新出具已获取信息", "三(五)5", NOT_PROCESSED,
        role="outcome"),
)

REQUESTS_TAIL: tuple[Row, ...] = (
    Row("total_processed", "（七）总计", "三(七)", OUTCOMES, role="outcome_total"),
    Row("carried_forward", "四、结转下年度继续办理", "四", role="carried_forward"),
)

REQUESTS_TITLE = "三、收到和处理政府信息公开申请情况"
REQUESTS_HEADING = ("收到和处理政府信息公开申请", "收到和处理政府信息公开申请情况")


REQUESTS_HEADER = ("申请人情况", "自然人", "本年新收", "法人或其他组织")
# Header cells of table 二 in either version (第二十条 heads its first column).
ACTIVE_HEADER = ("信息内容", "第二十条", "本年制发件数", "本年新发件数", "本年新制作数量")
# 五、存在的主要问题及改进情况 and 六、其他需要报告的事项, however a report words them.
CLOSING_SECTIONS = (("五", ("存在", "主要问题", "工作中", "问题", "其他", "改进")), ("六", ("其他需要报告",)))


def requests_table(other_rows: tuple[Row, ...]) -> Table:
    """Table 三 with the version's own （六）其他处理 rows."""
    return Table(
        id="requests",
        number="三",
        title=REQUESTS_TITLE,
        layout="grid",
        rows=REQUESTS_HEAD + other_rows + REQUESTS_TAIL,
        columns=REQUEST_COLUMNS,
        heading_words=REQUESTS_HEADING,
        header_words=REQUESTS_HEADER,
    )


LITIGATION = "行政诉讼"

APPEALS = Table(
    id="appeals",
    number="四",
    title="四、政府信息公开行政复议、行政诉讼情况",
    layout="blocks",
    rows=(),
    columns=(
        Column("upheld", "结果维持"),
        Column("corrected", "结果纠正"),
        Column("other", "其他结果"),
        Column("pending", "尚未审结"),
        Column("total", "总计", is_total=True),
    ),
    blocks=(
        Column("review", "行政复议", "复议"),
        Column("litigation_direct", "未经复议直接起诉", "诉讼·直接起诉", group=LITIGATION),
        Column("litigation_after_review", "复议后起诉", "诉讼·复议后起诉", group=LITIGATION),
    ),
    heading_words=("行政复议、行政诉讼", "行政复议和行政诉讼", "行政复议行政诉讼"),
    header_words=("结果维持", "尚未审结", "复议后起诉"),
)
