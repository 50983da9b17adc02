"""The ids and the date ``--init`` proposes: what becomes a permanent URL, readable first time.

* a speaker's id from their English name when the metadata gives one, else the full name in
  pinyin, surname first and given name in one word, as the seed's are (王若溪 → wang-ruoxi);
* a question's id from the topics and key terms it names, in the order it names them
  (端侧部署时，内存是最大的瓶颈吗 → edge-memory; 蒸馏和量化怎么选 → distillation-vs-quantization):
  never a run of syllables cut from its first characters, never a generic word alone;
* the event's date from the file's name or an explicit date in its header or intro.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .mentions import TopicMatcher
from .model import Question, Topic
from .readers.names import COMPOUND_SURNAMES, pinyin_id

KEY_TERMS = {
    # Terms of the field a question is about, as a reader of English would name them. The
    # vocabulary's topics (seeds/topics.yml) come first; add a term here when --init
    # proposes a poor id for a common one.
    "端侧": "edge", "边缘": "edge", "云端": "cloud", "内存": "memory", "显存": "memory",
    "存储": "storage", "蒸馏": "distillation", "量化": "quantization", "剪枝": "pruning",
    "压缩": "compression", "推理": "inference", "训练": "training", "预训练": "pretraining",
    "微调": "fine-tuning", "部署": "deployment", "成本": "cost", "算力": "compute",
    "芯片": "chips", "功耗": "power", "延迟": "latency", "带宽": "bandwidth", "数据": "data",
    "标注": "labelling", "隐私": "privacy", "安全": "safety", "对齐": "alignment",
    "评测": "evaluation", "幻觉": "hallucination", "检索": "retrieval", "搜索": "search",
    "多模态": "multimodal", "智能体": "agents", "机器人": "robots", "具身": "embodied",
    "开源": "open-source", "闭源": "closed-source", "商业化": "business", "落地": "adoption",
    "创业": "startups", "人才": "talent", "监管": "regulation", "版权": "copyright",
    "瓶颈": "bottleneck", "架构": "architecture", "算法": "algorithms", "硬件": "hardware",
    "软件": "software", "手机": "phones", "汽车": "cars", "自动驾驶": "autonomous-driving",
    "医疗": "healthcare", "金融": "finance", "教育": "education", "编程": "coding",
    "代码": "code", "语音": "speech", "视觉": "vision", "图像": "images", "视频": "video",
    "文本": "text", "长上下文": "long-context", "上下文": "context", "记忆": "memory",
    "强化学习": "reinforcement-learning", "合成数据": "synthetic-data", "开发者": "developers",
    "用户": "users", "产品": "product", "生态": "ecosystem", "标准": "standards",
}
GENERIC = frozenset((
    # Words every host says: never an id alone.
    "问题", "我们", "你们", "大家", "两位", "各位", "嘉宾", "今天", "本期", "节目", "欢迎",
    "收听", "收看", "一下", "这个", "那个", "什么", "怎么", "如何", "为什么", "是否", "觉得",
    "认为", "现在", "时候", "可能", "一个", "一些", "这些", "那么", "然后", "所以", "还是",
    "就是", "可以", "最大", "最后", "未来", "看法", "观点", "介绍", "自己", "谈谈", "说说",
    "聊聊", "一聊", "请到", "分享", "事情", "东西", "方面", "情况", "时间", "主持人", "老师",
))
CONTRAST = re.compile(r"^\s*(?:和|与|跟|及|还是|或者?|vs\.?|VS\.?|对比|相比)\s*$")
CHOOSING = re.compile(r"还是|怎么选|选哪|哪个|哪一个|vs|VS|对比|相比|之间")
QUESTION_TERMS = 2
"""Terms a question's id keeps: enough to tell it apart, short enough for a URL."""


def person_id(name: str, name_en: str = "") -> str:
    """A speaker's id: from ``name_en`` when given (Yujun Chen → chen-yujun when it is the
    pinyin of 陈虞君, else as written: Sarah Chen → sarah-chen), else the full name in pinyin,
    surname first, given name in one word (王若溪 → wang-ruoxi, 欧阳文杰 → ouyang-wenjie)."""
    if name_en.strip():
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", name_en)]
        if words and re.search(r"[\u3400-\u9fff]", name):
            surname = _pinyin(name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1])
            if len(words) > 1 and words[-1] == surname:  # given name first, as in English
                words = [words[-1], "".join(words[:-1])]
        return "-".join(words) or pinyin_id(name)
    if not re.search(r"[\u3400-\u9fff]", name):
        return pinyin_id(name)
    cut = 2 if name[:2] in COMPOUND_SURNAMES else 1
    given = _pinyin(name[cut:])
    return "-".join(part for part in (_pinyin(name[:cut]), given) if part) or pinyin_id(name)


def question_ids(questions: Sequence[Question], topics: Iterable[Topic]) -> list[str]:
    """An id for each question, unique within the exhibit: the topics and key terms it names
    (its context's and first answer's when it names none), else ``question-<n>``."""
    matcher = TopicMatcher(topics)
    taken: set[str] = set()
    ids = []
    for number, question in enumerate(questions, 1):
        texts = [question.text, *(p.text for p in question.context)]
        texts += [p.text for a in question.answers[:1] for p in a.paragraphs[:1]]
        candidate = ""
        for text in texts:
            terms = key_terms(text, matcher)
            if terms:
                candidate = _joined(text, terms, taken)
                break
        candidate = candidate or f"question-{number}"
        base, suffix = candidate, 2
        while candidate in taken:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(candidate)
        ids.append(candidate)
    return ids


def key_terms(text: str, matcher: TopicMatcher) -> list[tuple[int, int, str]]:
    """(start, end, slug) of each topic and key term a text names, left to right, each slug
    once; where they overlap the longer wins (大模型 over 模型)."""
    found = [(m.start, m.end, m.topic) for m in matcher.mentions(text)]
    for term, slug in sorted(KEY_TERMS.items(), key=lambda item: -len(item[0])):
        for match in re.finditer(re.escape(term), text):
            found.append((match.start(), match.end(), slug))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str]] = []
    for start, end, slug in found:
        if kept and start < kept[-1][1]:
            continue  # inside a longer term already kept
        if slug not in {k[2] for k in kept}:
            kept.append((start, end, slug))
    if not kept:
        kept = _words(text)
    return kept


def _words(text: str) -> list[tuple[int, int, str]]:
    """Whole words, in pinyin, when no topic or key term is named: 隐私 → yinsi, never
    syllables cut from a run (jieba finds the words; generic ones are left out)."""
    import jieba  # the search's word cutter, here for --init only

    found = []
    position = 0
    for word in jieba.cut(text):
        start = text.find(word, position)
        position = start + len(word)
        if (len(word) >= 2 and re.fullmatch(r"[\u3400-\u9fff]+", word)
                and word not in GENERIC):
            found.append((start, position, pinyin_id(word).replace("-", "")))
    return found


def _joined(text: str, terms: list[tuple[int, int, str]], taken: set[str]) -> str:
    """The first terms, joined; two terms a question weighs against each other with ``-vs-``
    (蒸馏和量化怎么选); a third term when the first two are another question's id."""
    first = terms[:QUESTION_TERMS]
    if (len(first) == 2 and CONTRAST.match(text[first[0][1]:first[1][0]])
            and CHOOSING.search(text)):
        joined = f"{first[0][2]}-vs-{first[1][2]}"
    else:
        joined = "-".join(t[2] for t in first)
    if joined in taken and len(terms) > QUESTION_TERMS:
        joined = "-".join(t[2] for t in terms[:QUESTION_TERMS + 1])
    return joined


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin  # only needed for --init and names without metadata

    return re.sub(r"[^a-z0-9]", "", "".join(lazy_pinyin(text)).lower())


DATE_IN_NAME = re.compile(r"^(\d{4})[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)")
DATE_IN_TEXT = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?"
    r"|[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d))")


def proposed_date(file_name: str, texts: Iterable[str]) -> tuple[str, str]:
    """(date, where it was found) from the file's name (2024-03-…) or the first explicit
    date of its header or intro (2024 年 3 月, 2024-03-05); ("", "") when neither has one."""
    match = DATE_IN_NAME.match(file_name)
    if match:
        return _iso(*match.groups()), f"the file's name ({file_name})"
    for text in texts:
        for match in DATE_IN_TEXT.finditer(text):
            year, month_zh, day_zh, month, day = match.groups()
            month, day = month_zh or month, day_zh if month_zh else day
            if month and 1 <= int(month) <= 12 and (not day or 1 <= int(day) <= 31):
                return _iso(year, month, day), f"the text ({match.group(0).strip()})"
    return "", ""


def _iso(year: str, month: str | None, day: str | None) -> str:
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")
