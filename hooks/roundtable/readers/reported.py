"""Reported-speech articles (the seed): a reporter's account of who said what.

The moderator's questions end with ? or ？. An answer paragraph belongs to the person its
first sentence names as the one speaking: a name (with or without 博士, 教授 …) followed by a
reporting verb (认为, 表示, 指出, 坦言, 称, 说 …) or by 则/也/同样, after a framing clause
(谈到隐私时，赵某认为…) or after a quotation (“……”钱某说). A paragraph naming no one there
(他认为…) continues the previous speaker. Short lines without sentence punctuation, or with a
heading marker (一、, 01, 第一部分), are part headings; what comes before the first heading is
the intro.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..metadata import Metadata
from ..model import REPORTED, Fix, TranscriptError, labels_fix
from .attribution import Hit
from .base import SENTENCE_END, Reader, begin, heading_marker, heading_shape, is_question
from .draft import ANSWER, EXCLUDED, HEADING, INTRO, QUESTION, Draft
from .hint_examples import examples_for
from .labels import standalone_labels
from .matter import FACT_KEYS, listed_people, listing_lines
from .names import (
    HAN,
    HONORIFICS,
    NICKNAME,
    SURNAMES,
    TITLES,
    by_surname,
    is_han_name,
    is_latin_name,
    name_at_end,
    nickname,
    title_form,
)
from .reported_en import (
    EnglishNames,
    attributed,
    indefinite_asker,
    is_byline,
    is_latin_text,
    unnamed_view,
)
from .source import Line, Source

VERBS = (
    "回答道", "补充道", "补充到", "讲述", "讲了", "认为", "表示", "指出", "坦言", "坦承", "坦陈",
    "直言", "透露",
    "强调", "补充", "谈到", "谈及", "提到", "说道", "回答", "分享", "介绍", "解释", "觉得", "相信",
    "总结", "回应", "举例", "承认", "预测", "建议", "看来", "分析", "呼吁", "回忆", "感慨", "笑称",
    "直指", "阐述", "主张", "判断", "描述", "讲到", "说", "称", "答",
)
# Words between a name and its verb that keep the name the subject: 钱卓则…补充说, 楚航博士同样觉得.
SUBJECT_MARKERS = ("则", "也", "还", "又", "同样", "首先", "随后", "接着", "进一步", "个人", "本人",
                   "一直", "始终", "最后", "再次", "对此", "对于", "的回答", "在回答", "的答案",
                   "给出的", "給出的", "的回答是", "的看法是", "的观点是", "的判断是", "的态度是",
                   "的看法則", "的看法则", "的觀點是", "的看法", "則", "還", "隨後", "接著", "對此",
                   "對於",
                   # A clause that makes the person the owner of the view that follows
                   # (某某的建议是…, 某某的答案是…): it credits that person, never the one before.
                   "的建议是", "的建議是", "的结论是", "的結論是", "的答案是", "的意见是",
                   "的意見是",
                   "的判断", "的判斷", "的建议", "的建議",
                   # 随即反问, 随即补充: the next to speak, straight after.
                   "随即", "隨即",
                   # 某某同时表示: an adverb of sequence between subject and verb, as 也/还.
                   "同时", "同時",
                   # 某某反复强调, 某某一再表示: an adverb of repetition, as 再次.
                   "反复", "反覆", "一再", "再三", "多次", "屡次", "屢次")
# The verbs of a record of a meeting (minutes, 纪要): members ask, raise concerns and request,
# officials reply, undertake and brief (询问, 关注, 要求, 答允, 简介 · the minutes' convention).
RECORD_VERBS = ("询问", "詢問", "查询", "查詢", "关注", "關注", "要求", "促请", "促請", "质疑",
                "質疑", "答允", "答应", "答應", "简介", "簡介", "回覆", "回复", "重申", "问及",
                "問及")
# Traditional forms of the reporting verbs (Taiwan and Hong Kong reports).
TRADITIONAL_VERBS = ("認為", "表示", "指出", "坦言", "透露", "強調", "補充", "談到", "提到", "說道",
                     "說", "稱", "解釋", "覺得", "總結", "回應", "舉例", "承認", "預測", "建議",
                     "看來", "分析", "回憶", "直言", "分享", "介紹")
# A manner between the name and the verb: 孙浩然笑着说, 钱小川坦率地表示.
MANNER = r"[\u3400-\u9fff]{1,3}[着著地](?:说|說|表示|回应|回應|补充|補充|指出|回答|解释|解釋|坦言|强调|強調)"  # noqa: E501
# A turn a report states without its words (柯某代表本党派作了发言 · 韩局逐一作了回应): the
# speech that follows is that person's.
DELIVERED = (r"(?:(?:代表[^，,。；;“”]{1,10}?)?(?:逐一|先后|先後|分别|分別|随后|隨後|也|又)?"
             r"(?:作了?(?:发言|發言|回应|回應|答复|答覆|说明|說明|通报|通報|总结|總結)"
             r"|通报了|通報了))")
_HONORIFIC = "|".join(sorted(HONORIFICS, key=len, reverse=True))
_CUE = MANNER + "|" + DELIVERED + "|" + "|".join(
    sorted(VERBS + TRADITIONAL_VERBS + RECORD_VERBS + SUBJECT_MARKERS, key=len, reverse=True))
_CUE_VERB = "|".join(sorted(VERBS + TRADITIONAL_VERBS, key=len, reverse=True))
# A name speaking: a run of Han characters ending in a name, an optional honorific, a cue.
# Where the speaking happened, between the name and the verb (顾某在致辞中指出, 梁某在总结时
# 表示): Chinese reports' usual adverbial of occasion, the name still the subject.
OCCASION = (r"(?:在[^，,。；;“”《》\s]{1,10}?(?:中|时|時|上|里|裡))?"
            # To whom, between the name and the verb (某某向记者表示, 局長向委員簡介).
            r"(?:向[^，,。；;“”《》\s]{1,6}?(?=[\u3400-\u9fff]{2}))?")
SPEAKING = re.compile(rf"(?P<run>[{HAN}]{{2,12}}?)(?P<honorific>{_HONORIFIC})?{OCCASION}"
                      rf"(?={_CUE})")
# A person asking: 聂某在提问环节提出 · 一位学生问道 (the name, where they asked, the verb).
ASKING = re.compile(rf"(?P<run>[{HAN}]{{2,12}}?)(?:{_HONORIFIC})?"
                    r"(?:在[^，,。；;“”《》\s]{1,10}?(?:中|时|時|上|里|裡|环节|環節))?"
                    r"(?:随即|隨即|随后|隨後|接着|接著|又|也|则|則|还|還)?"
                    r"(?:提问|提問|问道|問道|追问|追問|提出|发问|發問|反问|反問)")
# What follows a one-character title (工, 总) when it is the first character of a word:
# 人工智能, 人工成本, 总体 (the words, not 某工, 某总).
WORD_AFTER_TITLE = re.compile(r"(?:智能|智慧|成本|作|程|業|业|具|体|體|量|结|結|共|计|計)")
# A record's paragraph number: 16. · 3、 (never 3.5).
PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}[.．、](?!\d)\s*\S")
# How a paragraph may open before naming its speaker: 首先是, 之后, 最后 …
_CONNECTIVES = (
    r"(?:首先是|首先|其次|之后|随后|然后|接着|接下来|紧接着|最后|另外|此外|同时|对此|而"
    # A contrast before the subject (不过，程远对…持谨慎态度): the subject still speaks.
    r"|不过|不過|但是|然而|可是|相比之下|与之相对|與之相對)[,，、]?\s*"
)
OPENING_CONNECTIVE = re.compile(
    # A record's paragraph number first (16. 副主席…, 3、王某表示…): the paragraph's, no
    # heading's.
    rf"^(?:\d{{1,3}}[.．、](?!\d)\s*(?:{_CONNECTIVES})?|{_CONNECTIVES})"
)
# 贾某的选择是…, 某某的建议是…: a clause at the paragraph's start that makes a person the owner
# of the view that follows (someone's 选择/建议/答案/判断 … 是): that person speaks.
OWNER = re.compile(rf"^(?P<run>[{HAN}·・]{{2,12}}?)(?P<honorific>{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})?"  # noqa: E501
                   rf"的[{HAN}]{{1,3}}(?:则是|也是|还是|是|在于|很|更)")
# A transliterated name (伊莎贝尔·罗德里格斯): a report re-mentions its bearer by the last part.
DOTTED_NAME = re.compile(rf"[{HAN}]{{2,4}}(?:[·・•][{HAN}]{{2,8}})+")
SUBTITLE = re.compile(r"^(?:——|－－|--|──)\s*\S")
ROLL_CALL = re.compile(rf"^[^。！？!?：:]{{2,24}}[:：]\s*"
                       rf"(?P<names>[{HAN}·]{{2,4}}(?:[、，,][{HAN}·]{{2,4}})+)"
                       r"\s*等?(?:\s*[\d一二三四五六七八九十]+\s*(?:位|人|名)[^。]{0,6})?[。.]?$")
# The writer's own question to the one retold: 我问他, 我追问她, 我们问他.
ASKS_HIM = re.compile(r"^(?:我|我们|我們|笔者|筆者)[^，,。]{0,4}?(?:问|問|追问|追問)(?:他|她)")
# The writer in the first person opening a paragraph (我自己的感受是, 我觉得, 笔者认为).
WRITER_OPENS = re.compile(r"^(?:我|我们|我們|笔者|筆者)(?!们都|們都)")
PRONOUN_OPENING = re.compile(r"^(?:他|她|他们|她们|对方|后者|前者)")
LEADING_QUOTE = re.compile(r"^[“「\"](?P<quote>.*?)[”」\"](?P<rest>.*)$")
FIRST_SENTENCE = re.compile(r"^.*?(?:[。！!？?](?![”」\"])|$)")
# 胡瀚博士 anywhere in the opening clause names the speaker, unless it is someone's view.
HONORED = re.compile(rf"(?P<run>[{HAN}]{{2,8}}?)(?P<honorific>{_HONORIFIC})(?!的(?:观点|看法|说法|话|意见))")  # noqa: E501
CLAUSE_END = re.compile(r"[,，:：。;；!！?？]")
# A gloss in brackets after a name (（Ryan Lin）, （左二）, (右一)): never a clause of its own.
BRACKET_GLOSS = re.compile(r"[（(][^（）()，,。]{1,24}[）)]")
# 张总说, 林研究员补充, 王老师则提醒: a surname and a title, speaking.
# (韩局, 王处, 李部长: how Chinese officials are called by surname and post, short or full.)
OFFICIAL_TITLES = ("局长", "处长", "部长", "厅长", "市长", "县长", "区长", "书记", "主席",
                   "局", "处", "厅",
                   # A council's or a committee's members and officials by surname and post
                   # (邵议员, 何委员, 黄局长, 梁專員): how minutes call them after the list.
                   "议员", "議員", "委员", "委員", "局長", "處長", "部長", "司長", "专员",
                   "專員")
TITLED = re.compile(
    rf"(?P<surname>[{''.join(sorted(SURNAMES))}])"
    rf"(?P<title>{'|'.join((*TITLES, *OFFICIAL_TITLES))})(?={_CUE})"
)
# A first sentence about several people: 两位嘉宾都表示, 三人一致认为.
PLURAL = re.compile(r"两位|两人|兩位|兩人|三位|四位|几位|\d{1,2}位|[五六七八九十]位|多位|數位|数位|各位|诸位|嘉宾们|双方|二人|三人|们都|都表示|都认为|一致认为|均表示|纷纷")  # noqa: E501
# (A council record's turn may carry its question's number and a note in brackets:
# 1.　某某議員： · 某某議員 (譯文)：)
LABELLED_TURN = re.compile(r"^(?:\d{1,3}\.\s*)?\**[^\s:：]{1,12}\**\s*"
                           r"(?:[（(][^）)：:]{1,6}[）)]\s*)?[:：]")
# What a report writes before a person's name: 华远资本合伙人李思琪, 首席技术官吴峰.
ROLES = (r"(?:联合创始人|创始合伙人|创始人|合伙人|董事长|副总裁|总裁|总经理"
         r"|首席[\u3400-\u9fff]{1,4}官|CEO|CTO|COO|CFO|副总|总监|主任|负责人|副教授|教授|研究员|科学家|工程师|经理|院长|所长|校长|教师|讲师|講師"
         r"|分析师|主编|专家|架构师|创辦人|執行長|技術長|總經理|總監|負責人|教授|研究員)")
POSITION_BEFORE = re.compile(rf"(?:{ROLES}|顾问|顧問|主任|代表|大使|部长|部長|议员|議員|会长|會長)$")  # noqa: E501
ROLE_NAME = re.compile(rf"{ROLES}\s*(?P<run>[{HAN}]{{2,4}})")
# Characters that follow a two-character name rather than end a three-character one.
AFTER_NAME = frozenset("看有持则也还对的在说表认指称坦透强补谈提回分介解觉相总举承预建呼感笑直阐主判描讲答"  # noqa: E501
                       "給則還對說認稱")
# A question the report puts in the audience's mouth: 现场一位观众提问：…？
AUDIENCE_ASKS = re.compile(r"^(?:现场|場內|台下)?(?:有|一位|某位|另一位|还有)?"
                           # who they are, before the word (一位来自高校的观众)
                           r"(?:[^：:，,。？?]{1,10}的)?(?P<who>观众|觀眾|听众|聽眾|网友|網友)"
                           r"[^：:，,。]{0,10}?(?:提问|提問|问道|問道|追问|追問|问|問)")
# Someone from the floor, named by no name, asking somewhere in the paragraph (群访一开始，就有
# 媒体问及… · 对于…问题，有记者追问… · 一位观众问道): an indefinite subject (有/一位 + who they
# are) and a verb of asking, how Chinese reports retell a question from reporters or audience.
FLOOR_ASKS = re.compile(r"(?:^|[，,。；;：:])\s*(?:现场|現場|会上|會上|台下)?(?:就|也|还|還|又|另)?"
                        r"(?:有|一位|某位|另一位|另有|多位|几位|幾位)"
                        r"(?:[^：:，,。？?“”]{1,10}?的)?"
                        r"(?P<who>记者|記者|媒体|媒體|观众|觀眾|听众|聽眾|网友|網友)"
                        r"[^：:，,。“”]{0,6}?(?:提问|提問|问及|問及|问道|問道|追问|追問|发问|發問|问|問)")
# Someone on the floor counted, not named (現場一名護理師舉手提問 · 台下有位同学举手问道 · 会上
# 一位老教师追问): the floor, a measure word, what they are, then a verb of asking: how Chinese
# reports retell a question from the audience whoever asks (any occupation, so no word list).
FLOOR_PERSON_ASKS = re.compile(r"(?:^|[，,。；;：:])\s*(?:现场|現場|会上|會上|台下|臺下|场内|場內)"
                               r"(?:还|還|也|又)?(?:有)?(?:一名|一位|名|位|个|個)"
                               r"(?P<who>[\u3400-\u9fff]{1,6}?)(?:也|则|則|随即|隨即)?"
                               r"(?:举手|舉手|起身|站起来|站起來)?"
                               r"(?:提问|提問|问道|問道|追问|追問|发问|發問)")


def _floor_asks(text: str) -> re.Match[str] | None:
    """Someone from the floor, named by no name, asking: the press or audience by their word,
    or anyone counted on the floor (一名護理師)."""
    return FLOOR_ASKS.search(text) or FLOOR_PERSON_ASKS.search(text)


# What a reporter is called when the report names only the press (媒体, 記者): 记者.
PRESS = {"媒体": "记者", "媒體": "記者"}
# The host acting in the account (主持人感谢了各位嘉宾): narration, never a guest's view.
HOST_ACTS = re.compile(r"^(?:最后|最後|随后|隨後|会上|會上|会后|會後|活动最后|活動最後)?[，,]?"
                       r"(?:主持人|主持|本报记者|記者|记者)(?!问|問|追问|追問|提问|提問)")
# The report's own information, not a speaker's view: 据主办方介绍，… · 据悉，… · 记者了解到
REPORTERS_OWN = re.compile(r"^(?:据悉|據悉|据了解|據了解|记者了解到|記者了解到|据.{1,12}?(?:介绍|介紹|透露|消息|统计|統計|报道|報導|数据|數據)[，,、])")  # noqa: E501
# One short sentence of narration between views: 讨论随后转向了商业化。
NARRATION = re.compile(r"话题[^。，,]{0,3}(?:落到|落在|回到)|話題[^。，,]{0,3}(?:落到|落在|回到)|转向|轉向|转到|轉到|转入|轉入|进入|進入|来到|來到|告一段落|落下帷幕|落幕|随后开始|隨後開始")  # noqa: E501


# A view the report gives to no one by name (也有与会嘉宾坦言… · 一位专家认为… · 有业内人士指出…):
# an indefinite subject, then a reporting verb.
UNNAMED_VIEW_ZH = re.compile(
    r"^(?:[^，,。]{0,6}[，,])?(?:也|还|還|另|亦)?(?:有|另有)?(?:一位|一名|几位|幾位|多位|某位|另一位|有的|部分)?"
    r"(?P<who>(?:与会|與會|在场|在場|现场|現場|业内|業內|同场|同場|参会|參會|出席)?"
    r"(?:嘉宾|嘉賓|专家|專家|学者|學者|人士|代表|听众|聽眾)"
    # 有与会者提出: 者 after where they were, never alone
    r"|(?:与会|與會|在场|在場|参会|參會|出席)者)"
    r"[^，,。]{0,4}?(?:坦言|表示|认为|認為|指出|提到|提出|称|稱|说|說|提醒|建议|建議|直言|强调|強調"
    r"|补充|補充|分享)")


def _unnamed_view_zh(text: str) -> str:
    """也有与会嘉宾坦言…: the words a Chinese report uses for a speaker it does not name."""
    match = UNNAMED_VIEW_ZH.match(text)
    return match.group("who") if match else ""


class ReportedReader(Reader):
    name = "reported"
    mode = REPORTED
    description = "a reporter's account: 胡瀚博士认为…, 孙某坦言…, then 他认为…"

    def fit(self, source: Source, metadata: Metadata) -> float:
        lines = source.content()
        listed = listing_lines(lines)  # (an attendance list is no one's report)
        lines = [line for line in lines if line.number not in listed]
        if len(lines) < 3:
            return 0.0
        english = is_latin_text(source.text)
        # (The people a list of who attended states, by name, post and role, are known: a
        # record calls them by their posts, 某某局局長表示….)
        stated = {} if english else listed_people(source.content())
        names = (EnglishNames if english else _Names)(
            {i.name for i in metadata.speakers} | set(stated.values()), dict(stated),
            source.text)
        if not english:
            # (a report's people known by a nickname, 老周说…, count as read() counts them)
            names.known |= set(_nicknames([line.text for line in lines]))
        questions = sum(1 for line in lines if is_question(line.text)
                        or (english and names.asker(line.text)))
        # (A label alone on its line over each turn's words is a record's, not a report's.)
        alone = standalone_labels([line.text for line in lines], lambda _: False)
        labelled = sum(1 for i, line in enumerate(lines)
                       if LABELLED_TURN.match(line.text) or i in alone)
        named = 0
        people = set()
        for line in lines:
            found = names.speaker_in(line.text)
            if found:
                named += 1
                people.add(found.name)
                names.known.add(found.name)
        if (questions == 0 and labelled <= len(lines) / 5 and len(people) >= 3
                and named >= len(lines) / 4):
            # A discussion reported with no one asking (a bulletin of a group's discussion):
            # three people or more credited by the report's own phrasing, few label-like lines
            # (a distribution footer's 报：… 送：…).
            return 0.4
        if questions == 0 or named == 0:
            return 0.1 if named else 0.0
        tail = exchange_tail([line.text for line in lines], people | names.known)
        if tail and named >= 2 and len(tail) * 2 <= len(lines):
            # A report that prints a short exchange verbatim at its end (记者：/某某：, with
            # the report's own speakers, the smaller part of the file): its labels are the
            # report's, not a record's.
            labelled = max(0, labelled - len(tail))
        score = min(1.0, 0.5 + named / max(4, len(lines) / 4))
        return max(0.0, score - labelled / len(lines))

    def read(self, source: Source, metadata: Metadata) -> Draft:
        draft, lines, matter = begin(source, metadata, self)
        # An English report (reported_en.py) names its people in Latin script and writes
        # its questions as reported asking (Lee opened by asking…): its own name finder.
        english = is_latin_text(source.text)
        # Two passes: the names the text has speaking, then each paragraph read with all of
        # them known (so 林研究员 finds 林婉清 wherever she is first named).
        names = (EnglishNames if english else _Names)(set(draft.guests), dict(draft.aliases),
                                                      source.text)
        introduced_nicknames: set[str] = set()
        if not english:
            nicknames = _nicknames([line.text for line in lines])
            names.known |= set(nicknames)
            introduced_nicknames = {n for n, said in nicknames.items() if said}
        host = (matter.host_name or
                (names.host_by_asking([line.text for line in lines]) if english
                 else _host_introduced(lines[:6])) or "主持人")

        if english and draft.title is not None:
            # A saved page's headline repeats the title its <title> holds: the title again,
            # never a question.
            title = draft.title.text
            for line in [line for line in lines if len(line.text) > 10
                         and re.search(r"[A-Za-z]{3}", line.text)
                         and line.number not in draft.title.lines
                         and title.startswith(line.text)]:
                draft.add(INTRO, line.number, line.text, rule="repeats the page's title")
                lines.remove(line)

        rule = _closing_rule(lines)
        if rule is not None:
            for line in lines[rule:]:
                draft.exclude(line.number, line.text, "a rule below the account, then the "
                              "post's own notes (what comes next, how to sign up): not speech")
            del lines[rule:]

        # A quotation alone on its line with its speaker on the next (“…” / — Name, 07:42,
        # a recap's quotes; “……” / ——某某): the quotation is that person's.
        quoted_by: dict[int, tuple[str, int]] = {}
        forms = {**{n: n for n in names.known}, **names.aliases}
        for before, after in zip(lines, lines[1:], strict=False):
            credit = ATTRIBUTION.match(after.text)
            if not credit or not WHOLE_QUOTE.match(before.text):
                continue
            who = credit.group("who").strip()
            name = forms.get(who) or (who if is_latin_name(who) or is_han_name(who) else "")
            if name:
                quoted_by[before.number] = (name, after.number)
        attributions = {line for _, line in quoted_by.values()}
        # A meeting's task list (Follow-up tasks, Action items, 待办事项): what people will do,
        # never what they said, down to the next heading.
        tasks: set[int] = set()
        in_tasks = False
        for line in lines:
            if TASKS_HEADING.match(line.text):
                in_tasks = True
            elif in_tasks and heading_shape(line.text) and not BULLET.match(line.text):
                in_tasks = False
            if in_tasks:
                tasks.add(line.number)

        def asks(text: str) -> bool:
            """A question: it ends with a question mark, or someone asks in it (English: a
            named or indefinite asker; Chinese: someone from the floor, by no name, when the
            paragraph has no one answering)."""
            return is_question(text) or bool(not english and INDIRECT_QUESTION.match(text)) \
                or (english and bool(names.asker(text)
                                                          or indefinite_asker(text))) or (
                not english and bool(_floor_asks(text)) and not names.speaker_in(text))
        for dotted in dict.fromkeys(_dotted_names(source.text)):
            last = re.split(r"[·・•]", dotted)[-1]
            if source.text.replace(dotted, "").count(last):
                names.aliases.setdefault(last, dotted)
        for line in lines:
            hit = names.speaker_in(line.text)
            if hit:
                names.known.add(hit.name)
        names.titled_forms.clear()  # resolved again, now that every name is known
        # A short exchange the report prints verbatim at its end (记者：… / 某某：…).
        exchange = {lines[index].number: turn for index, turn in exchange_tail(
            [line.text for line in lines], names.known | set(names.aliases)).items()}
        exchange_opens = min(exchange, default=0)
        # ——聚焦… under the title, before anyone speaks: the title's subtitle (副标题), never
        # a paragraph of the account.
        subtitles = set()
        for line in lines:
            if not SUBTITLE.match(line.text) or not heading_shape(line.text.lstrip("—－-─ ")):
                break
            subtitles.add(line.number)
        found = {line.number: None if line.number in subtitles else names.speaker_in(line.text)
                 for line in lines}
        for line in lines:
            hit = found[line.number]
            if hit and (re.search(rf"{ROLES}\s*{re.escape(hit.name)}", line.text)
                        or hit.name in introduced_nicknames):
                hit.titled = True
        counts: dict[str, int] = {}
        for hit in found.values():
            if hit:
                counts[hit.name] = counts.get(hit.name, 0) + 1
        intro_text = ""
        # A heading by shape alone (the seed's have no marker) must stand where a part starts:
        # before a question or a named speaker.
        # A record that numbers its paragraphs (15. …, 16. …: minutes, 纪要): each numbered
        # paragraph is a turn of its own, never a heading, and one naming no one speaking is
        # the record's own account (会议于…结束), not the last speaker going on.
        numbered = {line.number for line in lines if PARAGRAPH_NUMBER.match(line.text)
                    and SENTENCE_END.search(line.text)}
        numbered = numbered if len(numbered) >= 3 else set()
        # The members of a panel that asks (a list of who attended marks who presides):
        # their reported turns are the panel's questions, whatever verb reports them.
        # (A panel: two members or more. One host who chairs is the report's host, read as
        # before.)
        askers = set(matter.host_names) if matter.chairs and len(matter.host_names) >= 2 \
            else set()
        last_asker = ""
        headings = {
            line.number for index, line in enumerate(lines)
            if (heading_marker(line.text) is not None
                and not (line.number in numbered or found[line.number]
                         and PARAGRAPH_NUMBER.match(line.text))) or (
                (heading_shape(line.text) or _subheading(line.text)) and index + 1 < len(lines)
                and (asks(lines[index + 1].text) or found[lines[index + 1].number]
                     or heading_marker(lines[index + 1].text) is not None))
        }
        # (A numbered paragraph that has someone speaking is a turn, however short its line.)
        headings -= {line.number for line in lines
                     if PARAGRAPH_NUMBER.match(line.text) and found[line.number]}
        asked_headings: set[int] = set()
        if english:
            # A short line asking, with no one in it, right over a paragraph where someone
            # asks (Who should own the clusters? / Lee then turned to…): the part's title.
            asked_headings = {line.number for index, line in enumerate(lines[:-1])
                         if is_question(line.text) and len(line.text.split()) <= 10
                         and not found[line.number] and not names.asker(line.text)
                         and asks(lines[index + 1].text)}
            headings |= asked_headings
        if len(headings) >= 2:
            # Headings by the file's own statistics: where two or more short unpunctuated lines
            # open parts, another such line between paragraphs (创业公司的出路) is one too,
            # whatever follows it.
            headings |= {line.number for index, line in enumerate(lines[1:-1], 1)
                         if heading_shape(line.text) and not found[line.number]
                         and not asks(line.text)}
        # A heading-shaped line over nothing a part holds (the title's second line, a
        # subtitle, a heading over the report's own opening account): no question and no one
        # speaking before the next heading, so the report has not started: intro.
        ordered = [line.number for line in lines]
        opening_only = set()
        for number in sorted(headings):
            index = ordered.index(number)
            under = []
            for later in lines[index + 1:]:
                if later.number in headings:
                    break
                under.append(later)
            if any(asks(u.text) or found[u.number] for u in under):
                break
            opening_only.add(number)
        # A heading over only the exchange printed at the end (【记者手记】, 对话实录) heads
        # that exchange, never the report's parts: the report before it is not its intro.
        lead_in = max((line.number for line in lines if line.number < exchange_opens),
                      default=0) if exchange else 0
        exchange_headings = {number for number in headings if exchange and number < exchange_opens
                             and all(line.number in headings or line.number == lead_in
                                     for line in lines if number < line.number < exchange_opens)}
        has_heading = bool(headings - opening_only - exchange_headings - subtitles)
        started = after_heading = False
        answered: list[str] = []
        credited: list[str] = []  # everyone the report has credited a view to, in order
        for line in lines:
            text, hit = line.text, found[line.number]
            if line.number in attributions:
                continue  # (in the block of the quotation it credits)
            if line.number in tasks:
                draft.exclude(line.number, text, "a task list (who will do what): not what "
                              "anyone said")
                continue
            if line.number in exchange:
                label, asking = exchange[line.number]
                who = label if asking else names.aliases.get(label, label)
                if asking:
                    draft.add(QUESTION, line.number, text, who=who,
                              rule=f"'{label}：' in the exchange the report prints verbatim at "
                              "its end: the report's own question")
                    answered = []
                else:
                    draft.introduce(who)
                    answered.append(who)
                    draft.add(ANSWER, line.number, text, who=who,
                              rule=f"'{label}：' in the exchange the report prints verbatim at "
                              f"its end: {who}'s answer")
                started, after_heading = True, False
                continue
            if (exchange and line.number < exchange_opens and not asks(text)
                    and all(other.number in exchange or other.number <= line.number
                            for other in lines if other.number < exchange_opens)):
                # 论坛结束后，记者与某某进行了简短交流。: the sentence that leads into the
                # exchange is the report's narration, no one's view.
                draft.exclude(line.number, text, "the report's narration leading into the "
                              "exchange it prints below: no speaker's view")
                continue
            if line.number in quoted_by:
                who, credit_line = quoted_by[line.number]
                started = True
                draft.introduce(who)
                answered.append(who)
                credited.append(who)
                draft.add(ANSWER, [line.number, credit_line], text, who=who,
                          rule=f"a quotation, then its speaker on the next line: {who}'s words")
                after_heading = False
                continue
            if english and not started and is_byline(text):
                draft.exclude(line.number, text, "the byline (By … · date): the page's, not "
                              "the report")
                continue
            if line.number in subtitles:
                draft.add(INTRO, line.number, text, rule="——… under the title: its subtitle")
                continue
            if line.number in opening_only:
                draft.add(INTRO, line.number, text, rule="a short line over no question and "
                          "no one speaking, before the report starts: intro")
                intro_text += text
                continue
            if not started and has_heading and line.number not in headings:
                draft.add(INTRO, line.number, text, rule="before the first heading: intro")
                intro_text += text
                continue
            if (not started and not has_heading and not asks(text)
                    and not (hit and not hit.weak and _confirmed(hit, draft, counts, intro_text))):
                draft.add(INTRO, line.number, text,
                          rule="before the first question or named speaker: intro")
                intro_text += text
                continue
            started = True
            if line.number in headings and (not asks(text) or _marked_heading(text)
                                            or line.number in asked_headings):
                draft.add(HEADING, line.number, text,
                          rule="a heading marker, or a short line without sentence punctuation")
                after_heading, answered = True, answered[-1:]
                continue
            if hit and hit.name in askers:
                draft.add(QUESTION, line.number, text, who=hit.name,
                          rule=f"{hit.name}, a member of the panel the list of who attended "
                          "marks as presiding and asking: the member's question, reported")
                answered, after_heading, last_asker = [], False, hit.name
                continue
            if asks(text) and not _quoted_question(text, hit, host):
                audience = AUDIENCE_ASKS.match(text) or (not english and _floor_asks(text))
                floor = english and not audience and indefinite_asker(text)
                asker = "" if audience or floor else names.asker_in(text, {host, *credited})
                indirect = None if english else INDIRECT_QUESTION.match(text)
                if not asker and indirect:
                    # 本科生某某则关心…如何…: the one who wants to know, before the verb.
                    run = re.search(rf"[{HAN}]{{2,12}}$", re.sub(
                        r"(?:则|則|也|还|還|又|更|最)$", "", indirect.group("who")))
                    name = names.name_of(run.group(0)) if run else None
                    asker = name if name and name not in {host, *credited} else ""
                if floor:
                    block = draft.add(QUESTION, line.number, text, who=floor,
                                      rule=f"a {floor}, named by no name, asks: a question "
                                      "from the floor, reported")
                    block.audience = True
                    answered, after_heading = [], False
                    continue
                if asker:
                    block = draft.add(QUESTION, line.number, text, who=asker,
                                      rule=f"{asker}, neither the host nor a speaker, is the "
                                      "one asking: a question from the floor, reported")
                else:
                    block = draft.add(QUESTION, line.number, text,
                                      who=PRESS.get(audience.group("who"),
                                                    audience.group("who"))
                                      if audience else host,
                                      rule="someone in the audience asks" if audience else
                                      "ends with a question mark: the moderator's question"
                                      if is_question(text) else
                                      f"{host}, the moderator, asks: the moderator's "
                                      "question, reported")
                block.audience = bool(audience or asker)
                # 我问他：…？ — a question put to "him" asks the one the report last credited:
                # a pronoun opening the next paragraph (他的回答是…) is that person answering.
                asked = credited[-1:] if not english and ASKS_HIM.search(text) else []
                answered, after_heading = asked, False
                continue
            if not hit and host != "主持人" and _host_prompts(text, host):
                draft.add(QUESTION, line.number, text, who=host,
                          rule=f"{host}, the host, is the subject asking the guests: the host's "
                          "prompt, reported")
                answered, after_heading = [], False
                continue
            if english and host != "主持人" and (not hit or hit.name == host) \
                    and names.host_opens(text, host):
                # Mr. Asante opened the event… · The moderator then invited the panellists…:
                # the moderator's reported turn is the host's question.
                draft.add(QUESTION, line.number, text, who=host,
                          rule=f"{host}, the moderator, is the paragraph's subject: the host's "
                          "turn, reported")
                answered, after_heading = [], False
                continue
            unnamed = not hit and (unnamed_view(text) if english else _unnamed_view_zh(text))
            if unnamed:
                given = draft.labels.get(unnamed, "")
                if given and given not in ("narration", "host", "audience", "interpreter"):
                    draft.introduce(given)
                    answered.append(given)
                    credited.append(given)
                    draft.add(ANSWER, line.number, text, who=given,
                              rule=f"'{unnamed}' is {given} (the metadata's labels:)")
                    continue
                draft.exclude(line.number, text, f"a view the report gives to no one by name "
                              f"('{unnamed}'): left out rather than guessed")
                if not given:
                    draft.warn(line.number, f"a view credited to no one by name ('{unnamed}'): "
                               "left out", f"if the report's source says who it is, add "
                               f"`labels: {{{unnamed}: <their name>}}` to the metadata; "
                               f"`labels: {{{unnamed}: narration}}` leaves it out",
                               fix=labels_fix(unnamed, "narration"))
                continue
            if host != "主持人" and _host_speaks(text, host, hit):
                # 刘振邦在总结讲话中强调… · 圆桌最后，沈墨总结说…: the host is the one the
                # report has speaking: the host's words (a closing when no one answers them).
                draft.add(QUESTION, line.number, text, who=host,
                          rule=f"{host}, the host, is the one speaking: the host's words, "
                          "reported")
                answered, after_heading = [], False
                continue
            if not hit and line.number in numbered:
                draft.exclude(line.number, text, "a numbered paragraph of the record that has "
                              "no one speaking: the record's own account, no one's words")
                answered, last_asker = [], ""
                continue
            if not hit and not answered and last_asker and not REPORTERS_OWN.match(text):
                draft.add(QUESTION, line.number, text, who=last_asker,
                          rule=f"names no speaker: {last_asker}'s question goes on")
                continue
            if not hit and not answered and numbered and not ANSWER_MARK.match(text):
                # (A bare 答： under a numbered question answers it: read below, with a
                # warning when the record leaves who answers open.)
                draft.exclude(line.number, text, "in a record of numbered paragraphs, a line "
                              "outside them that has no one speaking: the record's own text")
                continue
            if hit:
                last_asker = ""
            if not hit and HOST_ACTS.match(text):
                draft.exclude(line.number, text, "the host, reported: no guest's view")
                continue
            if hit:
                if not _confirmed(hit, draft, counts, intro_text):
                    draft.warn(line.number, f"{hit.name} is named as a speaker only here",
                               f"if {hit.name} is a panelist, list them under speakers: in the "
                               "metadata (or confirm this line); else the paragraph is misread",
                               fix=Fix("metadata", f"speakers:\n  - name: {hit.name}"))
                if hit.doubt:
                    draft.warn(line.number, hit.doubt, "add the form to one speaker's aliases "
                               f"in the metadata (speakers: - name: {hit.name} aliases: [...])")
                draft.introduce(hit.name, honorific=_honorific_in(text, hit.name))
                answered.append(hit.name)
                credited.append(hit.name)
                draft.add(ANSWER, line.number, text, who=hit.name, rule=hit.rule)
                after_heading = False
                continue
            if not hit and not english and WRITER_OPENS.match(text):
                # 我自己的感受是…: the writer's own first person, outside any quotation: the
                # report's narration, never the view of the one it retells.
                draft.exclude(line.number, text, "the writer speaks in the first person: "
                              "the report's own narration, no speaker's view")
                continue
            if not hit and _roll_call(text):
                draft.exclude(line.number, text, "a list of who else took part (…还有：某、某等): "
                              "the report's account, no one's view")
                continue
            if REPORTERS_OWN.match(text):
                draft.exclude(line.number, text, "the report's own information (据…介绍): "
                              "no speaker's view")
                continue
            if _narration(text) or _about_several(text):
                draft.exclude(line.number, text, "one line of narration between views: no "
                              "speaker's view")
                continue
            if not answered and (credited or counts) and ANSWER_MARK.match(text):
                # A report's Q&A after its narration (问（林同学）：…？ 答：…): the answer marker
                # says the paragraph answers the question; who answers is the one the report
                # has been crediting most (its narration, even when read as intro, names him
                # speaking). Several candidates: that one, with a warning.
                pool = credited or [name for name, n in counts.items() for _ in range(n)]
                who = max(pool, key=pool.count)
                # (In a record of numbered questions any of the guests it names may answer:
                # the one credited so far is a guess there too.)
                if len(set(pool)) > 1 or (numbered and len(set(pool) | set(counts)) > 1):
                    draft.warn(line.number, f"an answer (答：) credited to {who}, the "
                               "speaker the report names most", "if someone else answers, write "
                               "their name after the marker (答（姓名）：…); else confirm "
                               "this line in the metadata",
                               fix=Fix("metadata", f"confirm: [{line.number}]"))
                answered.append(who)
                draft.add(ANSWER, line.number, text, who=who,
                          rule=f"an answer marker after a question: {who}, whom the report "
                          "credits")
                after_heading = False
                continue
            if english and credited and not attributed(text):
                # English reports attribute every paragraph of a view (…, she said): once the
                # report has credited someone, a paragraph with no attribution and no one in
                # it is the report's own account.
                draft.exclude(line.number, text, "names no one and attributes nothing: the "
                              "report's own account, no speaker's view")
                continue
            if not answered:
                guests = [g for g in draft.guests if g not in counts] or list(draft.guests)
                pronoun = PRONOUN_OPENING.match(text)
                who = (f"{pronoun.group(0)} could be {' or '.join(guests)}"
                       if pronoun and len(guests) > 1 else "")
                shown = examples_for(source.text)
                example = guests[0] if guests else shown.name
                turns = [other.text for other in lines if other.number > line.number
                         and LABELLED_TURN.match(other.text)]
                if len(turns) >= 3 and len(turns) * 4 >= len(lines):
                    # A quarter of the paragraphs after it open with a label: a record of
                    # turns the report reader took for a report (its labels in a shape the
                    # statistics missed). The line that decides is the reader's.
                    raise TranscriptError(
                        source.where, line.number,
                        f"this paragraph names no speaker and no one has answered yet, "
                        f"yet {len(turns)} paragraphs after it open with a label: "
                        f"{_quote(text)}", "if the file is a record of labelled turns, add "
                        "`format: dialogue` to the metadata (then map any label the warnings "
                        "name)", fix=Fix("metadata", "format: dialogue"))
                raise TranscriptError(
                    source.where, line.number,
                    f"this paragraph names no speaker and no one has answered yet"
                    f"{' (' + who + ')' if who else ''}: {_quote(text)}",
                    f"open it with the name of who speaks and a reporting verb, e.g. "
                    f"«{shown.reporting(example)}…» (the text is the report's: write the name "
                    "the report would, and list a speaker named nowhere else under speakers: "
                    "in the metadata); a reported text is read paragraph by paragraph, so no "
                    "metadata line can say who this is",
                    fix=Fix("label", shown.reporting(example),
                            "" if guests else f"speakers:\n  - name: {example}", guess=True),
                )
            previous = answered[-1]
            if after_heading:
                draft.warn(line.number, f"credited to {previous} only by continuing across a "
                           "heading", "check with --explain, then confirm this line in the "
                           "metadata if it is right", fix=Fix("metadata",
                                                              f"confirm: [{line.number}]"))
            first_sentence = FIRST_SENTENCE.match(text).group(0)
            named = [n for n in dict.fromkeys(credited) if n in first_sentence]
            if len(named) >= 2:
                # 柯文彬与蒋骁曾就此有过交锋: two of the report's speakers named, neither the
                # subject of a view: whose words follow, the report leaves open.
                draft.warn(line.number, f"names {' and '.join(named)} but is credited to "
                           f"{previous} by continuation", "check with --explain; open the "
                           "paragraph with who speaks and a reporting verb, or confirm this "
                           "line in the metadata if it is right",
                           fix=Fix("metadata", f"confirm: [{line.number}]"))
            plural = PLURAL.search(first_sentence)
            if plural:
                draft.warn(line.number, f"speaks of several people ({plural.group(0)}) but is "
                           f"credited to {previous} by continuation", "check with --explain; "
                           "confirm this line in the metadata only if it is right",
                           fix=Fix("metadata", f"confirm: [{line.number}]"))
            draft.add(ANSWER, line.number, text, who=previous,
                      rule=f"names no speaker: continues {previous}")
        if numbered:
            # Short lines after the record's last turn (its secretariat, its date): the
            # record's footer, never a part's heading.
            for block in reversed(draft.blocks):
                if block.role in (QUESTION, ANSWER):
                    break
                if block.role == HEADING:
                    block.role, block.rule = EXCLUDED, ("after the record's last turn, a short "
                                                        "line: the record's footer, not speech")
        return draft


# The report introducing its host: 主持人、星火算力研究院院长柯蓝与三位… · 由主持人周敏主持.
# 问（…）：… / 答：… after a report: the answer's own marker says it answers the question before.
ANSWER_MARK = re.compile(r"^\**(?:答|回答|A)\**\s*[:：]")
HOST_INTRODUCED = re.compile(r"主持人[、，,：:\s]*(?P<run>[^。，,；;、与和與]{2,24})")


# …副局长刘振邦主持召开… · 由执行主编沈墨主持: the person who chairs (主持) a meeting is its
# host, in any report of one (how Chinese says who chairs, not a word of one file).
CHAIRS = re.compile(rf"(?P<run>[{HAN}]{{2,12}}?)主持(?!人)")


# A Latin given name in a Chinese report (Leo, May): a person when the report introduces it
# as one, after what they are (做程序员的Leo, 书友Leo) or before a pronoun (Leo，他…).
LATIN_GIVEN = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{1,11}(?![A-Za-z])")
PERSON_BEFORE = re.compile(r"(?:的|书友|書友|网友|網友|群友|学员|學員|同学|同學|学生|學生|读者|讀者"
                           r"|成员|成員|会员|會員|朋友|教师|教師)$")
PRONOUN_AFTER = re.compile(r"[，,]\s*(?:他|她)")


def _nicknames(texts: list[str]) -> dict[str, bool]:
    """The people a report knows by a nickname (老K, 阿杰, 王阿姨, 周周, Leo): a nickname-shaped
    form in a paragraph's first clause that the paragraph has speaking (老K则…, 周周对此回应),
    introduces with a pronoun after it (书友阿May，她…) or hands over to (阿杰比较关心就业。他说…).
    A report names such people as it names anyone: by the subject of its sentence. Each
    is True when the report says what they are before the name (书友阿杰, 做程序员的Leo):
    introduced, as a guest list would."""
    found: dict[str, bool] = {}
    openings = []
    for text in texts:
        openings.append(text)
        # (after one short sentence of scene: 现场笑声一片。刘姐的看法是…)
        sentence = FIRST_SENTENCE.match(text).group(0)
        if len(sentence) <= 30 and not re.search(r"[“”「」\"]", sentence):
            openings.append(text[len(sentence):].lstrip())
    for text in filter(None, openings):
        text = OPENING_CONNECTIVE.sub("", text, count=1)
        clause = CLAUSE_END.split(text, maxsplit=1)[0]
        if re.search(r"[“「\"]", clause):
            continue
        sentence = FIRST_SENTENCE.match(text).group(0)
        handed = re.match(rf"(?:他|她)(?:{_CUE})", text[len(sentence):].lstrip())
        shaped = [m for m in NICKNAME.finditer(clause) if nickname(m.group(0))]
        shaped += [m for m in LATIN_GIVEN.finditer(clause)
                          if PERSON_BEFORE.search(clause[:m.start()])
                   or PRONOUN_AFTER.match(text[m.end():])]
        for match in sorted(shaped, key=lambda m: m.start()):
            after = text[match.end():]
            if re.match(r"[和与與及跟同、]", after):
                continue
            if OWNER.match(text[match.start():]):
                found.setdefault(match.group(0), False)  # 刘姐的看法是…: the view's owner
                break
            if after.startswith("的"):
                continue
            if (re.match(rf"{OCCASION}(?:{_CUE})", after) and not _topic(text, match.end())
                    or PRONOUN_AFTER.match(after) or handed):
                found[match.group(0)] = (found.get(match.group(0), False)
                                         or bool(PERSON_BEFORE.search(clause[:match.start()])))
                break
    return found


# The line under a quotation that names who said it: — Priya Raman, 07:42 · ——王某.
ATTRIBUTION = re.compile(r"^(?:—{1,2}|–|―|－－|--|-(?=\s))\s*(?P<who>[^,，(（\s][^,，(（]{1,40}?)"
                         r"\s*(?:[,，(（].{0,40})?$")
WHOLE_QUOTE = re.compile(r"^[“「\"][^“”「」\"]+[”」\"]$")
TASKS_HEADING = re.compile(r"(?i)^(?:follow[- ]?up tasks|action items|next steps|to-?dos?"
                           r"|tasks|待办事项|待办|行动项|后续行动|后续事项|待辦事項)\s*[:：]?$")
BULLET = re.compile(r"^(?:[•·▪◦‣●○*\-–]|\d{1,2}[.)、])\s*\S")
# A line drawn across the page (——————, ------, ＊＊＊, ═══): layout, no words.
RULE_LINE = re.compile(r"^[—\-–_=＝~～*＊·•═─━]{4,}$")
RULE_NOTES = 3
"""Most lines a post's notes below its closing rule hold (下期预告, 报名方式)."""


def _quoted_question(text: str, hit: Hit | None, host: str) -> bool:
    """书友阿May…她说自己最大的困惑是…，“那理解到底还重不重要？”: a paragraph that credits a
    speaker (not the host) and ends on a question inside that speaker's quotation asks
    nothing of the panel: it reports the speaker's view, their question included."""
    return (hit is not None and not hit.weak and hit.name != host
            and bool(re.search(r"[?？][”」』]$", text))
            and not LEADING_QUOTE.match(text))


# Where something happened, opening the paragraph (在互动交流环节， · 提问时，): the subject comes
# after it.
OCCASION_OPENING = re.compile(r"^在?[^，,。；;“”：:]{1,12}?(?:环节|環節|时|時|中|上|后|後)[，,]\s*")
# A question retold in one sentence (本科生某某则关心…应如何… · 有同学想知道…是否…): a verb of
# wanting to know, then an interrogative word, no quotation, one sentence: a reported question.
INDIRECT_QUESTION = re.compile(
    r"^(?P<who>[^。！!？?“”「」]*?)(?:关心|關心|想知道|想了解|好奇|询问|詢問|请教|請教|问到|問到|问起|問起)"
    r"[^。！!？?“”「」]*?(?:如何|怎样|怎樣|怎么|怎麼|什么|什麼|是否|为何|為何|为什么|為什麼|哪些|哪个"
    r"|哪個|能否|多少|何时|何時)[^。！!？?“”「」]*[。.]?$")
# 在某某看来 · 在某某教授看来: the clause that makes a person the owner of the view after it.
VIEW_OPENING = re.compile(rf"^在(?P<run>[{HAN}·・]{{2,8}}?)(?:{_HONORIFIC})?(?:看来|看來)")
# A news subheading: a topic, a colon and a phrase (谈量产：“…” · 谈生态：先兼容，再谈差异化), short
# and never ending a sentence; it opens a part when a question or a named speaker follows it.
SUBHEADING = re.compile(r"^[^。！!？?；;：:]{1,8}[：:][^。！!？?；;：:]{1,24}$")


def _subheading(text: str) -> bool:
    return bool(SUBHEADING.match(text)) and not SENTENCE_END.search(text.rstrip("”」』\"'"))


def _quoted_at(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation (“…”, 「…」): a word there followed by a
    reporting verb (“不方便透露”) is the speaker's own words, not the report naming who speaks."""
    before = text[:at]
    return (before.count("“") > before.count("”")) or (before.count("「") > before.count("」"))


def _closing_rule(lines: list[Line]) -> int | None:
    """Index of a rule line among a report's last lines that only a few short lines follow:
    the post's own notes below its account (下期预告：…, how to sign up), never speech."""
    for index in range(len(lines) - 1, max(0, len(lines) * 4 // 5) - 1, -1):
        if RULE_LINE.match(lines[index].text):
            after = lines[index + 1:]
            if len(after) <= RULE_NOTES and all(len(line.text) <= 80 for line in after):
                return index
            return None
    return None


def _host_introduced(lines: list[Line]) -> str:
    """The host the opening paragraphs name (a stated fact, as a guest list's)."""
    for line in lines:
        for match in HOST_INTRODUCED.finditer(line.text):
            name = name_at_end(re.sub(rf"[^{HAN}]", "", match.group("run")))
            if name and is_han_name(name) and not title_form(name):
                return name
    for line in lines:
        for match in CHAIRS.finditer(line.text):
            name = name_at_end(match.group("run").removeprefix("由"))
            if name and is_han_name(name) and not title_form(name):
                return name
    return ""


def _host_prompts(text: str, host: str) -> bool:
    """圆桌最后，柯蓝请三位嘉宾各自给出一个判断。: the host (by name) opening the first
    sentence's main clause and asking the guests for something."""
    sentence = FIRST_SENTENCE.match(text).group(0)
    return bool(re.search(rf"(?:^|[，,])\s*{re.escape(host)}(?:再次|最后|最後|随后|隨後|又|则|則)?"
                          r"(?:请|請|邀请|邀請|让|讓|问|問|追问|追問|把话题|把話題|将话题|將話題)",
                          sentence))


def _dotted_names(text: str) -> list[str]:
    """Transliterated names (伊莎贝尔·罗德里格斯), without the end of a position written
    right before one (顾问卡特琳娜·施密特 matched as 问卡特琳娜·…)."""
    names = []
    for match in DOTTED_NAME.finditer(text):
        name, start = match.group(0), match.start()
        for cut in (2, 1):
            if POSITION_BEFORE.search(text[max(0, start - 8):start + cut]):
                name = name[cut:]
                break
        if re.match(rf"[{HAN}]{{2,}}[·・•]", name):
            names.append(name)
    return names


def _host_speaks(text: str, host: str, hit: Hit | None) -> bool:
    """The host named as the one speaking: by a reporting verb, or as the subject opening
    the paragraph (刘振邦在总结讲话中强调…), not as someone's topic (刘振邦的…, 刘振邦和…)."""
    opening = OPENING_CONNECTIVE.sub("", text, count=1)
    if opening.startswith(host) and not re.match(r"[的和与與及跟同、，,：:]",
                                                 opening[len(host):]):
        return True
    return hit is not None and hit.name == host


# The labels a report's own reporter or editor asks under when it prints an exchange verbatim
# (记者：… / 问：…): the press's conventions, as labels.py's default host labels.
EXCHANGE_ASKERS = ("记者", "記者", "本报记者", "本報記者", "问", "問", "Q", "编者", "編者",
                   "主持人", "提问", "提問")


def exchange_tail(texts: list[str], known: set[str]) -> dict[int, tuple[str, bool]]:
    """A report that ends by printing an exchange verbatim (a 记者手记's 记者：/某某： lines, a
    news story's 对话实录 box, a profile's closing Q&A): the labelled paragraphs at the end of
    ``texts``, each label a speaker the report already credits (an answer) or the press's
    asking label (a question), both kinds present. Index → (label, asks). Empty when the
    paragraphs at the end are not such a run."""
    run: dict[int, tuple[str, bool]] = {}
    for index in range(len(texts) - 1, -1, -1):
        match = EXCHANGE_LABEL.match(texts[index])
        if not match or (not run and match.group("label") in FACT_KEYS):
            if run:
                break
            continue  # (the page's matter after the exchange, 责任编辑：…, is read as matter)
        label = match.group("label")
        if label in EXCHANGE_ASKERS:
            run[index] = (label, True)
        elif label in known:
            run[index] = (label, False)
        else:
            return {}
    asking = [asks for _, asks in run.values()]
    if len(run) < 2 or all(asking) or not any(asking):
        return {}
    return run


EXCHANGE_LABEL = re.compile(r"^\**(?P<label>[^\s:：*（(]{1,8})\**\s*[:：]\s*\S")


def _roll_call(text: str) -> bool:
    """参加讨论的委员还有：王某、刘某、陈某等。: a short sentence that ends in a list of names
    after its colon (who else took part): the report's account, no one's view."""
    match = ROLL_CALL.match(text)
    if not match:
        return False
    names = [n.removesuffix("等") for n in re.split(r"[、，,]", match.group("names"))]
    return sum(map(is_han_name, names)) * 2 >= len(names)  # names, most of them surely


def _topic(text: str, at: int) -> bool:
    """杨某提到的问题 · 王某所说的: at ``at`` a reporting verb turns the name before it into
    a topic (someone's earlier words that the sentence is about), not its speaker; 某某说的是
    still has the name speaking."""
    return bool(re.match(rf"(?:所|刚才|此前|之前)?(?:{_CUE_VERB})(?:过|過)?的(?!是)", text[at:]))


def _narration(text: str) -> bool:
    """One short sentence that names no one and moves the account along."""
    return (len(text) <= 24 and len(re.findall(r"[。！？!?]", text)) <= 1
            and not re.search(r"[“”「」\"]", text) and bool(NARRATION.search(text))
            and not PRONOUN_OPENING.match(text))


def _marked_heading(text: str) -> bool:
    """一、训练看英伟达，推理看生态？ — a short line numbered as a part: a heading, even when
    it asks (the moderator's questions are sentences, not numbered parts)."""
    return heading_marker(text) is not None and len(text) <= 30


def _about_several(text: str) -> bool:
    """One short sentence about several people that quotes no one and reports no words
    (两人的看法较为一致。 三位嘉宾给出了截然不同的答案。): the reporter's narration."""
    plural = PLURAL.search(text)
    # A quoted term (对“数据是否应该定价”产生了分歧) is a topic, not someone's words.
    return (plural is not None and len(text) <= 40 and len(re.findall(r"[。！？!?]", text)) <= 1
            and not re.search(r"[：:]|[“「\"][^”」\"]{13,}", text)
            and not re.search(_CUE_VERB, re.sub(r"答案|说法|說法|回答是", "",
                                                text[plural.start():])))


def _confirmed(hit: Hit, draft: Draft, counts: dict[str, int], intro_text: str) -> bool:
    """A speaker the guest list, the metadata, the intro, an honorific or a second paragraph
    vouches for."""
    return (hit.name in draft.guests or counts.get(hit.name, 0) > 1 or hit.name in intro_text
            or hit.honorific or hit.titled)


@dataclass
class _Names:
    """The people a text has speaking, and how a paragraph names one."""

    known: set[str]
    aliases: dict[str, str]
    text: str
    """The whole file, where 王芳主任 tells which 王 is the 主任."""
    titled_forms: dict[str, Hit | None] = field(default_factory=dict)
    """Each surname-and-title form resolved once: the file is searched once per form."""

    def speaker_in(self, text: str) -> Hit | None:
        """Who the paragraph's first sentence has speaking, if anyone."""
        text = OPENING_CONNECTIVE.sub("", text, count=1)
        if PRONOUN_OPENING.match(text):
            return None
        quoted = LEADING_QUOTE.match(text)
        if quoted:
            after = quoted.group("rest").lstrip()
            hit = self.speaking(after[:20], anchored=True) or self.quote_owner(after)
            if hit:
                hit.rule = f"“…” then {hit.name} speaks: the quotation is theirs"
                return hit
            text = after
        owner = OWNER.match(text)
        if owner:
            forms = {**{n: n for n in self.known}, **self.aliases}
            run = owner.group("run")
            name = forms.get(run) or self.name_of(run)
            if name and (run in forms or run == name):
                return Hit(name, f"{run}的…是: the view that follows is {name}'s",
                            honorific=bool(owner.group("honorific")))
        clause = CLAUSE_END.split(text, maxsplit=1)[0]
        colon_quote = self.colon_quote(text, clause)
        if colon_quote:
            return colon_quote
        for match in HONORED.finditer(clause):
            role = re.match(ROLES, clause[match.start("honorific"):])
            if role and len(role.group(0)) > len(match.group("honorific")):
                continue  # 首席工程师, 总经理: the honorific's character opens a role word
            if WORD_AFTER_TITLE.match(clause[match.end("honorific"):]) and len(
                    match.group("honorific")) == 1:
                continue  # 人工智能, 总体: a one-character title opens a word, not a title
            name = self.name_of(match.group("run"))
            if name and not _topic(text, match.end()):
                return Hit(name, f"{name}{match.group('honorific')} opens the paragraph "
                            "(honorific)", honorific=True)
        sentence = FIRST_SENTENCE.match(text).group(0)
        return (self.speaking(sentence) or self.role_and_name(sentence)
                or self.opening_name(text) or self.handed_over(text, sentence)
                or self.introduced(sentence) or self.after_scene(text, sentence))

    def quote_owner(self, after: str) -> Hit | None:
        """「…」聽雲醫學執行長林某（Ryan Lin）從廠商角度分享，… · “…”研究院的周某在会上这样说：
        the clause right after a leading quotation names its owner, however long the title
        before the name, a gloss in brackets after it (an English name, 左二) or an adverbial
        before the reporting verb: the first known speaker in that clause, with a reporting verb
        after them, owns the quotation (issue 26, item 7)."""
        stripped = BRACKET_GLOSS.sub("", after)
        clause = CLAUSE_END.split(stripped, maxsplit=1)[0]
        if len(clause) > 40:
            return None
        forms = {**{n: n for n in self.known}, **self.aliases}
        found = sorted((clause.find(form), -len(form), name) for form, name in forms.items()
                       if form in clause)
        if not found:
            return None
        at, length, name = found[0]  # the first named: the subject of the clause
        if not re.search(_CUE_VERB, clause[at - length:]) and not re.match(
                rf"[，,。]\s*(?:他|她)(?:{_CUE})", stripped[len(clause):]):
            return None  # (“…”某某开门见山。他介绍…: the next sentence has him speaking)
        return Hit(name, f"“…” then {name} speaks: the quotation is theirs")

    def introduced(self, sentence: str) -> Hit | None:
        """第一个接话的是书友阿May，她在…: a speaker the first sentence introduces and goes on
        about as he or she: the paragraph is theirs."""
        forms = {**{n: n for n in self.known}, **self.aliases}
        for form in sorted(forms, key=len, reverse=True):
            at = sentence.find(form)
            if at >= 0 and PRONOUN_AFTER.match(sentence[at + len(form):]):
                name = forms[form]
                return Hit(name, f"the first sentence introduces {name} and goes on about "
                            "him or her: the paragraph is theirs")
        return None

    def after_scene(self, text: str, sentence: str) -> Hit | None:
        """这个问题让现场安静了一会儿。何川的看法是…: one short sentence of scene that names no
        one and quotes no one, then a sentence that has someone speaking: theirs."""
        rest = text[len(sentence):].lstrip()
        if (not rest or len(sentence) > 30 or re.search(r"[“”「」\"]", sentence)
                or PLURAL.search(sentence) or PRONOUN_OPENING.match(rest)):
            return None
        hit = self.speaker_in(rest)
        if hit is None:
            return None
        return Hit(hit.name, f"a sentence of scene, then: {hit.rule}", hit.honorific,
                    hit.doubt, hit.titled, hit.weak)

    def handed_over(self, text: str, sentence: str) -> Hit | None:
        """杨某提到的问题，也引起了孔某委员的共鸣。他说，…: a first sentence that speaks of
        someone's earlier words (a topic) and names one person, then a sentence whose
        subject is he or she speaking: the pronoun is that person (the last one named)."""
        following = text[len(sentence):].lstrip()
        if not re.match(rf"(?:他|她)(?:{_CUE})", following):
            return self.owner_next(sentence, following)
        forms = {**{n: n for n in self.known}, **self.aliases}
        named: list[tuple[int, str]] = []
        for form, name in forms.items():
            named += [(m.start(), name) for m in re.finditer(re.escape(form), sentence)]
        named += [(m.start("run"), n) for m in HONORED.finditer(sentence)
                  if (n := self.name_of(m.group("run")))]
        if not named:
            return None
        name = max(named)[1]
        return Hit(name, f"the first sentence hands over to {name}, whom the next one has "
                    "speaking (他说/她认为…): the view is theirs",
                    honorific=bool(re.search(rf"{re.escape(name)}(?:{_HONORIFIC})", sentence)))

    def owner_next(self, sentence: str, following: str) -> Hit | None:
        """同场的青年教师蔡某作了补充。在蔡某看来，…: a first sentence that brings a person in
        without having them speak, then a sentence that opens by making that person the
        owner of the view (在某某看来, 某某认为, 某某的建议是): the view is theirs, never the
        previous speaker's by continuation (issue 26, item 7)."""
        view = VIEW_OPENING.match(following)
        run = view.group("run") if view else ""
        forms = {**{n: n for n in self.known}, **self.aliases}
        name = (forms.get(run) or self.name_of(run)) if run else None
        if name is None:
            hit = self.speaking(FIRST_SENTENCE.match(following).group(0)[:30], anchored=True)
            name = hit.name if hit else None
        if not name or name not in sentence:
            return None
        return Hit(name, f"the first sentence brings in {name}, the next opens with {name}'s "
                    "view (在…看来, …认为): the view is theirs",
                    honorific=bool(re.search(rf"{re.escape(name)}(?:{_HONORIFIC})", sentence)))

    def asker_in(self, text: str, not_them: set[str]) -> str:
        """物理系副教授聂某在提问环节提出，…？: a person the first clause makes the subject of
        asking, who is not one of ``not_them`` (the host, the speakers): someone from the
        floor."""
        opened = OCCASION_OPENING.sub("", OPENING_CONNECTIVE.sub("", text, count=1), count=1)
        clause = CLAUSE_END.split(opened, maxsplit=1)[0]
        match = ASKING.search(clause)
        if not match:
            return ""
        name = self.name_of(match.group("run"))
        return name if name and name not in not_them else ""

    def opening_name(self, text: str) -> Hit | None:
        """罗晓燕更看重软件栈的统一，她希望…: a speaker already known opens the paragraph as its
        subject (not 罗晓燕的…, 罗晓燕和…, whose subject is something or someone else)."""
        forms = {**{n: n for n in self.known}, **self.aliases}
        for form in sorted(forms, key=len, reverse=True):
            after = text[len(form):]
            if (text.startswith(form) and not re.match(r"[的和与與及跟同、，,：:]", after)
                    and not _topic(text, len(form))):
                name = forms[form]
                return Hit(name, f"{form} opens the paragraph as its subject: {name} speaks")
        return None

    def colon_quote(self, text: str, clause: str) -> Hit | None:
        """沈丽萍显得更加谨慎：“…”: a known name opening a clause that ends in a colon and a
        quotation is the one quoted."""
        if not re.match(r"[:：]\s*[“「\"]", text[len(clause):]):
            return None
        forms = {**{n: n for n in self.known}, **self.aliases}
        for form in sorted(forms, key=len, reverse=True):
            if clause.startswith(form):
                name = forms[form]
                return Hit(name, f"{form}…：“…”: the quotation is {name}'s")
        return None

    def role_and_name(self, sentence: str) -> Hit | None:
        """A role and a name as the sentence's subject (对此，华远资本合伙人李思琪有不同看法):
        the one person the sentence introduces, when it introduces one."""
        names = []
        for match in ROLE_NAME.finditer(sentence):
            run = match.group("run")
            name = next((n for n in self.known if run.startswith(n)), "")
            if not name:
                two, three = run[:2], run[:3]
                # 王磊同台: the form the whole text writes more often is the name.
                shorter = (len(run) == 2 or run[2] in AFTER_NAME
                           or self.text.count(two) > self.text.count(three))
                name = two if shorter or not is_han_name(three) else three
                name = name if is_han_name(name) else ""
            if name and name not in names:
                names.append(name)
        if len(names) != 1:
            return None
        return Hit(names[0], f"a role and {names[0]} open the account: {names[0]} speaks",
                    titled=True, weak=True)

    def speaking(self, text: str, anchored: bool = False) -> Hit | None:
        """The first person followed by a reporting verb or a subject marker."""
        best: tuple[int, Hit] | None = None
        forms = {**{n: n for n in self.known}, **self.aliases}
        for form, name in forms.items():
            if form not in text:
                continue  # (its pattern, compiled per form, cannot match: not compiled)
            match = next((m for m in re.finditer(
                rf"{re.escape(form)}(?:{_HONORIFIC})?{OCCASION}(?={_CUE})", text)
                if not _topic(text, m.end()) and not _quoted_at(text, m.start())), None)
            if match and (not anchored or match.start() == 0):
                if best is None or match.start() < best[0]:
                    best = (match.start(), Hit(name, f"{form} + a reporting verb: {name} "
                                                "speaks"))
        for match in TITLED.finditer(text):
            if anchored and match.start() != 0:
                continue
            hit = self.titled(match.group("surname"), match.group("title"))
            if hit and (best is None or match.start() < best[0]):
                best = (match.start(), hit)
            break
        for match in SPEAKING.finditer(text):
            name = self.name_of(match.group("run"))
            if not name or _topic(text, match.end()):
                continue
            start = match.end("run") - len(name)
            if _quoted_at(text, start):
                continue  # “不方便透露”: words inside a quotation are quoted, never the frame
            if anchored and start != 0:
                continue
            if best is None or start < best[0]:
                best = (start, Hit(name, f"{name} + a reporting verb: {name} speaks",
                                    honorific=bool(match.group("honorific"))))
            break
        return best[1] if best else None

    def titled(self, surname: str, title: str) -> Hit | None:
        """张总, 林研究员: the one known person of that surname, or the one the text gives
        that title; several is a doubt."""
        form = surname + title
        if form not in self.titled_forms:
            self.titled_forms[form] = self._resolve(form, surname, title)
        hit = self.titled_forms[form]
        return Hit(hit.name, hit.rule, hit.honorific, hit.doubt) if hit else None

    def _resolve(self, form: str, surname: str, title: str) -> Hit | None:
        # In the order the text names them, so a doubt reads the same on every run.
        same = sorted(by_surname(surname, self.known),
                      key=lambda n: (self.text.find(n) % (len(self.text) + 1), n))
        if len(same) == 1:
            return Hit(same[0], f"{form}: the only speaker surnamed {surname}")
        titled = [n for n in same if n + title in self.text]
        if len(titled) == 1:
            return Hit(titled[0], f"{form}: the text calls {titled[0]} {title}")
        fitting = [n for n in same if _title_fits(title, n, self.text)]
        if len(fitting) == 1:
            return Hit(fitting[0], f"{form}: the one of them the text gives a role {title} "
                        "addresses")
        if same:
            return Hit(same[0], f"{form} read as {same[0]}",
                        doubt=f"'{form}' could be {' or '.join(same)}")
        return None

    def name_of(self, run: str) -> str | None:
        for name in sorted(self.known, key=len, reverse=True):
            if run.endswith(name):
                return name
        name = name_at_end(run)
        if name and len(name) == 3 and POSITION_BEFORE.search(run[:-2]) \
                and not POSITION_BEFORE.search(run[:-3]):
            # 信息中心主任黄蕾: a position word ends right before a two-character name; its last
            # character (任) never starts the name.
            name = run[-2:]
        return name if name and is_han_name(name) and not title_form(name) else None


# Which roles a title of address goes with: 某总 is said to an executive, 某老师 to a teacher,
# a doctor or a scholar (how Chinese address people, whatever the field).
TITLE_ROLES = {
    "总": r"CEO|COO|CTO|CFO|总裁|总经理|董事长|创始人|联合创始人|合伙人|副总|总监|首席[\u3400-\u9fff]{1,4}官",  # noqa: E501
    "老师": r"主任|教授|副教授|医生|医师|研究员|博士|老师|学者|讲师",
    "教授": r"教授|副教授",
    "博士": r"博士",
}


def _title_fits(title: str, name: str, text: str) -> bool:
    """Whether the text gives ``name`` a role that ``title`` addresses (深瞳医疗CEO王磊 for
    王总), right before or right after the name."""
    roles = TITLE_ROLES.get(title)
    if not roles:
        return False
    return bool(re.search(rf"(?:{roles})\s*{re.escape(name)}|{re.escape(name)}\s*(?:{roles})",
                          text))


def _honorific_in(text: str, name: str) -> str:
    match = re.search(rf"{re.escape(name)}({_HONORIFIC})", text)
    return match.group(1) if match else ""


def _quote(text: str, limit: int = 30) -> str:
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


__all__ = ["ReportedReader", "Line"]
