"""Plausible issuing bodies and the title lines that name them with the year reported on."""

from __future__ import annotations

import random

PLACES = (
    "庆元县", "鼎城区", "衢州市", "二道江区", "余杭区", "海宁市", "临安区", "婺源县", "宁乡市", "浏阳市",
    "章丘区", "即墨区", "昆山市", "江阴市", "溧阳市", "德清县", "安吉县", "武义县", "仙居县", "泰顺县",
    "平阳县", "新昌县", "嵊州市", "龙泉市", "松阳县", "云和县", "景宁畲族自治县", "桐庐县", "建德市",
    "淳安县", "长兴县", "永康市", "兰溪市", "遂昌县", "常山县", "开化县", "江山市", "龙游县", "石门县",
    "桃源县", "汉寿县", "澧县", "临澧县", "安乡县", "赣州市", "洛阳市", "开封市", "绵阳市", "德阳市",
    "宜宾市", "遵义市", "曲靖市", "大理市", "桂林市", "柳州市", "珠海市", "东莞市", "中山市", "通化市",
    "铁岭市", "锦州市", "朝阳区", "海淀区", "浦东新区", "南海区", "顺德区", "鄞州区", "萧山区",
)
PROVINCES = ("辽宁省", "浙江省", "湖南省", "吉林省", "江苏省", "江西省", "四川省", "广东省", "山东省", "河南省")
DEPARTMENTS = (
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "工信局", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局", "自然资源和规划局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
    "商务局", "文化广电旅游体育局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局",
    "市场监督管理局", "统计局", "医疗保障局", "机关事务管理局", "综合行政执法局", "林业局", "信访局",
    "数据资源管理局", "行政审批服务局", "人民政府办公室", "机关事务保障中心", "生态环境分局",
)
PROVINCIAL = ("机关事务管理局", "发展和改革委员会", "教育厅", "民政厅", "财政厅", "自然资源厅", "交通运输厅",
              "水利厅", "商务厅", "卫生健康委员会", "统计局", "药品监督管理局")
TOWNS = ("城关镇", "新华街道", "松源街道", "东城街道", "石塘镇", "花桥镇", "青山乡", "白沙镇")


def pick_agency(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(PLACES)
    if roll < 0.25:
        return rng.choice(PLACES) + "人民政府"
    if roll < 0.35:
        return rng.choice(PROVINCES) + rng.choice(PROVINCIAL)
    if roll < 0.42:
        town = rng.choice(TOWNS)
        return rng.choice(PLACES) + town + ("办事处" if town.endswith("街道") else "人民政府")
    return rng.choice(PLACES) + rng.choice(DEPARTMENTS)


def title_lines(agency: str, year: int, rng: random.Random) -> list[str]:
    """The report's title as the seeds print it: one line, or cut in two."""
    return rng.choice((
        [f"{year}年{agency}政府信息公开工作年度报告"],
        [f"{agency}{year}年度政府信息公开工作报告"],
        [f"{agency}{year}年", "政府信息公开工作年度报告"],
        [f"{year}年{agency}", "政府信息公开工作年度报告"],
        [f"{agency}{year}年政府信息公开工作年度报告"],
        [f"{agency}{year}年政务公开工作年报"],
    ))
