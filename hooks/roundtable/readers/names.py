"""People's names in Chinese transcripts: surnames, honorifics, labels and romanised ids."""

from __future__ import annotations

import re

HAN = r"\u3400-\u9fff"
HONORIFICS = ("博士", "教授", "老师", "研究员", "先生", "女士", "院士", "同学", "总监", "主任",
              "医生", "总", "工",
              # How a report names a member of a 政协 (or a committee): 杨某委员说.
              "委员", "委員",
              # A council's member, as its record names her: 鄧某某議員 (LegCo's, a 区议会's).
              "议员", "議員")
# Longest first, so 研究员 wins over 员-less prefixes.
_HONORIFIC_ALTERNATIVES = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# Titles written before a Latin name: "Dr. Sarah Chen".
LATIN_TITLES = re.compile(r"^(?:Professor|Doctor|Dr|Prof|Mr|Mrs|Ms|Miss|Sir)\.?\s+",
                          re.IGNORECASE)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯",
                     "闻人", "公孙", "宇文", "长孙", "尉迟", "南宫", "西门", "独孤", "澹台", "第五")
# Common Chinese surnames, to find where a name starts in a run such as 首先是胡瀚博士.
# Characters that are also everyday function words (于, 和, 后 …) are left out on purpose.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
    "佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝楚邵赖"
    # The same surnames in traditional characters (Taiwan, Hong Kong).
    "陳劉張黃趙吳孫馬郭羅鄭謝許韓馮鄧蕭葉蘇魏呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬嚴湯溫樊喬龐顏莊聶魯"
    "關蘭寧紀淩畢單塗穀駱藍鮑祁滕饒費衛應臧閔鄔邊師欒隋榮鄺沈傅鐘楊蔣錢戴簡賴"
    # Surnames common in Hong Kong and Macau, in the forms their press writes them.
    "麥區歐彭岑冼植伍"
)
# Words that start with a surname character but are never names.
NOT_NAMES = frozenset((
    "成本", "成功", "成为", "成熟", "时候", "时间", "时代", "方面", "方法", "方向", "方式",
    "文本", "文字", "文章", "安全", "高质", "高效", "高度", "金融", "石油", "应用", "全部",
    "全面", "全新", "关键", "关于", "关注", "常常", "明显", "明确", "明年", "向前", "任何",
    "任务", "单个", "单纯", "简单", "管理", "华为", "宁可", "连续", "路线", "游戏", "通用",
    "同时", "周期", "司机", "曾经", "尤其", "于是", "易用", "车间", "车辆", "许多", "齐全",
    "史上", "阳光", "温度", "毕竟", "谷歌", "苗头", "项目", "景象", "卫生", "宗旨", "沙盒",
    "甘愿", "包括", "包含", "计算", "马上", "康复", "庞大", "严格", "严重", "武器", "戴上",
    "莫过", "常见", "常用", "施工", "齐心", "顾客", "毛利", "龙头", "陶瓷", "黎明", "雷达",
    "史料", "钟表", "陆续", "汪洋", "范围", "范式", "金额", "石头", "付费", "付出", "白领",
    "熊市", "秦朝", "江湖", "段落", "左右", "祝福", "尚未", "符合", "舒适", "纪录", "梅花",
    "童年", "凌晨", "毕业", "涂鸦", "曲线", "骆驼", "蓝图", "蓝色", "辛苦", "管道", "柴油",
    "华丽", "房地", "房间", "屈指", "饶有", "解决", "解释", "解读", "牟利", "艾滋", "时刻",
    "农业", "司法", "卓越", "古典", "吉利", "简直", "车载", "连接", "景区", "费用", "冷启",
    "冷静", "席位", "卫星", "全球", "全体", "全国", "应该", "应对", "边缘", "边界", "师生",
    "师傅", "商业", "商品", "沙漠", "荣誉", "甄别", "丛林", "仲裁", "巩固", "明白", "池子",
    "查询", "查看", "迟早", "周围", "周末", "徐徐", "孙子", "胡乱", "何况", "何时", "罗列",
    "高速", "高端", "郑重", "谢谢", "宋代", "唐代", "许可", "韩国", "肖像", "田野", "董事",
    "余下", "余额", "杜绝", "叶子", "程序", "程度", "苏醒", "丁点", "任意", "钟情", "温和",
    "文化", "安装", "安排", "易于", "颜色", "庄严", "章节", "鲁棒", "申请", "欧洲", "耿直",
    "关系", "兰花", "焦点", "左边", "柳树", "张开", "陈述", "陈旧", "黄色", "周边", "周到",
))
# Last characters of three-character runs that are words and particles, not given names.
NOT_NAME_ENDINGS = frozenset("时後后前中里裡上下们們的说說是在了和与與都也就还還看")
# Accented letters too: RAMÍREZ-ORTEGA, Sofía, Øberg.
_LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\-]+"
                         r"(?:\s+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\-]+){0,3}$")


def split_honorific(label: str) -> tuple[str, str]:
    """``(name, honorific)`` of a label such as 赵敏博士 or Dr. Sarah Chen."""
    label = label.strip()
    latin = LATIN_TITLES.match(label)
    if latin and _LATIN_NAME.match(label[latin.end():]):
        return label[latin.end():].strip(), latin.group(0).strip()
    for honorific in sorted(HONORIFICS, key=len, reverse=True):
        if label.endswith(honorific) and len(label) - len(honorific) >= 2:
            return label[: -len(honorific)].strip(), honorific
    return label, ""


def is_han_name(text: str) -> bool:
    """A plausible Chinese personal name: a surname and one or two more characters."""
    if text in NOT_NAMES or not re.fullmatch(rf"[{HAN}]{{2,4}}", text):
        return False
    if len(text) == 3 and (text[:2] in NOT_NAMES or text[2] in NOT_NAME_ENDINGS):
        return False  # 成本时, 同时间: a word and a particle, not a person
    if text[:2] in COMPOUND_SURNAMES:
        return len(text) in (3, 4)
    return text[0] in SURNAMES and len(text) in (2, 3)


def is_latin_name(text: str) -> bool:
    """A plausible Latin-script personal name: one to four capitalised words."""
    return bool(_LATIN_NAME.match(text))


# A transliterated name: Han parts joined by a middle dot (安德烈·索科洛夫, 马库斯・魏德曼),
# the convention Chinese uses for foreign names.
_TRANSLITERATED = re.compile(rf"[{HAN}]{{1,8}}(?:[·・•‧][{HAN}]{{1,8}}){{1,3}}")


def is_transliterated_name(text: str) -> bool:
    """A foreign name written in Han characters with middle dots between its parts."""
    return bool(_TRANSLITERATED.fullmatch(text))


def name_at_end(run: str) -> str | None:
    """The personal name at the end of a run of Han characters (胡瀚 in 首先是胡瀚)."""
    for length in (4, 3):
        if len(run) >= length and run[-length:][:2] in COMPOUND_SURNAMES:
            return run[-length:]
    for length in (3, 2):
        candidate = run[-length:]
        if len(run) >= length and is_han_name(candidate):
            return candidate
    return None


# Titles a surname alone takes: 张总, 刘教授, 王老师, 林研究员, 黄博士.
TITLES = ("董事长", "研究员", "院长", "所长", "校长", "主任", "总监", "教授", "博士", "老师", "医生",  # noqa: E501
          "律师", "经理", "先生", "女士", "同学", "总", "工")
_TITLE_FORM = re.compile(
    rf"^(?P<surname>{'|'.join(COMPOUND_SURNAMES)}|[{''.join(sorted(SURNAMES))}])"
    rf"(?P<title>{'|'.join(TITLES)})$"
)


def title_form(text: str) -> str | None:
    """The surname of a surname-and-title form such as 张总 or 林研究员, else None."""
    match = _TITLE_FORM.match(text)
    return match.group("surname") if match else None


def surname_of(name: str) -> str:
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def by_surname(surname: str, names) -> list[str]:
    """The names (of Han people) that carry this surname."""
    return [n for n in names if is_han_name(n) and surname_of(n) == surname]


def pinyin_id(name: str) -> str:
    """An ASCII id for a name the metadata gives none: 胡瀚 → hu-han, Sarah Chen → sarah-chen."""
    if re.fullmatch(r"[A-Za-z0-9 .'\-]+", name):
        return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "speaker"
    from pypinyin import lazy_pinyin  # only needed for names without metadata

    syllables = lazy_pinyin(name)  # what has no pinyin stays as written, then is dropped
    slug = "-".join(s.lower() for s in syllables if s.strip())
    return re.sub(r"[^a-z0-9]+", "-", slug).strip("-") or "speaker"


# How Chinese writes a person it knows by a nickname (the language's conventions, not one
# file's): 老/阿/小 before one character or a Latin name (老K, 阿杰, 小鹿, 阿May), a surname
# and a kinship address (王阿姨, 李叔, 陈姐), a doubled character (周周, 甜甜).
KINSHIP = ("阿姨", "叔叔", "大爷", "奶奶", "爷爷", "大姐", "大哥", "姐姐", "哥哥", "叔", "姨",
           "姐", "哥")
NICKNAME = re.compile(
    rf"[老阿小](?:[A-Za-z][a-z]{{0,9}}(?![A-Za-z])|[{HAN}])"
    rf"|[{''.join(sorted(SURNAMES))}](?:{'|'.join(KINSHIP)})"
    rf"|(?P<twice>[{HAN}])(?P=twice)")
# Everyday words of those shapes: never a nickname.
NOT_NICKNAMES = frozenset((
    "老师", "老板", "老人", "老家", "老年", "老外", "老是", "老实", "老化", "老牌", "老大",
    "老百", "小组", "小时", "小编", "小孩", "小学", "小伙", "小姐", "小心", "小说", "小型",
    "小子", "小区", "小于", "小朋", "小幅", "小事", "阿姨", "阿里", "阿拉", "常常", "刚刚",
    "渐渐", "往往", "人人", "天天", "谢谢", "慢慢", "明明", "偏偏", "仅仅", "看看", "想想",
    "试试", "说说", "谈谈", "聊聊", "处处", "时时", "个个", "久久", "哈哈", "妈妈", "爸爸",
    "宝宝", "姐姐", "哥哥", "弟弟", "妹妹", "奶奶", "爷爷", "叔叔", "大大", "多多", "年年",
    "步步", "恰恰", "纷纷", "默默", "稍稍", "好好", "早早", "家家", "事事",
))


def nickname(text: str) -> bool:
    """Whether ``text`` is written the way Chinese writes a nickname (老K, 阿杰, 王阿姨, 周周)."""
    return bool(NICKNAME.fullmatch(text)) and text not in NOT_NICKNAMES


TITLE_END = "员員长長任师師授士总總理官监監"
"""The characters a Chinese post or title ends with (研究员, 院长, 主任, 教授, 总监 …)."""


def named_before_post(run: str, post: str) -> bool:
    """阙明远　北辰大学物理系教授: a run of Han characters, then a post — a list writes the
    name, then the post, so the run is a name whatever its surname (卓, 阙, 眭 are no common
    surnames; the file says who takes part)."""
    return (bool(re.fullmatch(r"[\u3400-\u9fff]{2,4}", run)) and bool(post)
            and post[-1] in TITLE_END and run[-1] not in TITLE_END)
