"""Front and back matter: what surrounds the speech and is never speech.

Bylines and facts (来源, 作者, 记者 with a date, 编辑, 时间, 地点, 关键词, 原文链接 …) become the
transcript's facts and are excluded with their reason; a guest list (嘉宾：A（机构）、B（机构）)
introduces the speakers; a trailing 相关资讯/推荐阅读 block and ``图片`` placeholders are excluded;
编者按 is the editors' intro. Shared by every reader, which then reads only what is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .names import (
    is_han_name,
    is_latin_name,
    name_at_end,
    named_before_post,
    split_honorific,
)
from .names import nickname as is_nickname
from .source import Line

# Keys of lines that state a fact about the text, and the info key each fills.
FACT_KEYS = {
    "来源": "publisher", "本文来源": "publisher", "出品": "publisher", "主办": "organiser",
    "作者": "author", "文": "author", "撰文": "author", "记者": "author", "采访": "author",
    "编辑": "editor", "责任编辑": "editor", "编审": "editor", "审校": "editor", "校对": "editor",
    "排版": "editor", "策划": "editor", "整理": "transcriber", "文字整理": "transcriber",
    "文字记录": "transcriber", "速记": "transcriber", "译者": "translator", "翻译": "translator",
    "时间": "date", "日期": "date", "会议时间": "date", "发布时间": "published",
    "发布日期": "published", "时长": "duration", "会议时长": "duration",
    "地点": "place", "会议地点": "place", "关键词": "keywords", "关键字": "keywords",
    "原文链接": "url", "原文地址": "url", "链接": "url", "原文": "url", "图片来源": "image credit",
    "图源": "image credit", "封面来源": "image credit", "转载": "rights", "版权声明": "rights",
    "声明": "rights", "采访者": "author", "采写": "author",
    # Credits of a podcast page or an article: who made it, never who speaks in it.
    "剪辑": "credit", "后期": "credit", "封面": "credit", "封面设计": "credit", "设计": "credit",
    "监制": "credit", "制作": "credit", "制作人": "credit", "音乐": "credit", "配乐": "credit",
    "声音设计": "credit", "运营": "credit", "视觉": "credit", "摄影": "image credit",
    "摄像": "credit", "统筹": "credit", "出品人": "credit", "录音": "credit", "混音": "credit",
    # The same keys in traditional characters.
    "來源": "publisher", "記者": "author", "編輯": "editor", "責任編輯": "editor",
    "時間": "date", "地點": "place", "關鍵詞": "keywords", "原文連結": "url", "連結": "url",
    "攝影": "image credit", "圖片來源": "image credit", "校對": "editor", "主辦": "organiser",
    "協辦": "organiser", "承辦": "organiser", "承办": "organiser", "协办": "organiser",
    "責編": "editor", "责编": "editor", "紀錄": "transcriber",
    "記錄": "transcriber", "日期時間": "date",
}
GUEST_KEYS = ("嘉宾", "嘉宾介绍", "嘉宾简介", "本期嘉宾", "关于嘉宾", "与谈人", "與談人", "來賓",
              "嘉賓", "嘉賓介紹", "講者", "主講人", "對話嘉賓", "对话嘉宾", "与会嘉宾", "出席嘉宾", "圆桌嘉宾", "参会人", "参会人员", "与会者",  # noqa: E501
              "主讲人", "主讲嘉宾", "演讲者", "演讲嘉宾", "讲者", "受访者", "受访嘉宾", "分享嘉宾",
              # A thesis defence's candidate, who answers the committee (答辩记录 forms).
              "答辩人", "答辯人")
# A meeting app's or a record's list of who attended (参会人：…): it lists the host as well as
# the guests, so being on it makes nobody a guest rather than the host (roles.py decides).
ATTENDANCE_KEYS = ("参会人", "参会人员", "与会者", "與會者", "与会人员", "出席人员", "參會人",
                   "出席人員", "與會人員", "参与者", "參與者", "受访者", "受訪者", "Participants")
HOST_KEYS = ("主持人", "主持", "Moderator", "Host", "主播", "本期主播", "主理人")
EDITORS_NOTE = re.compile(r"^(?:>\s*)?(?:【编者按】|编者按\s*[:：]?|编者注\s*[:：]|导语\s*[:：]|导读\s*[:：])")  # noqa: E501
# Everything from such a line on is the page's surroundings, not the transcript.
TAIL_MARKERS = re.compile(
    r"^[#*\s▼▲■◆●◎—\-|｜【\[「]*(?:相关资讯|相关阅读|推荐阅读|延伸阅读|往期回顾|往期推荐|热门文章"
    r"|更多阅读|精彩推荐|精彩回顾|猜你喜欢|热门推荐|近期热文|参考链接|参考资料|参考文献|相关链接"
    r"|相關閱讀|延伸閱讀|推薦閱讀|往期回顧|相關報導|延伸閱讀"
    r"|相关新闻|相關新聞|相关报道|相关文章|相關文章|更多新闻|更多新聞|热点新闻|熱點新聞"
    # The readers' comments under a post (a forum's 回应, a 公众号's 精选留言, a blog's
    # Comments): the page's, never the event's.
    r"|回应|回應|评论|評論|网友评论|網友評論|热门评论|熱門評論|全部评论|全部評論|精选留言|精選留言"
    r"|留言|读者留言|讀者留言|(?:\d+\s+)?(?:Comments?|Responses|Replies))"
    # … and a linked title after its colon: 相關文章：科研圓桌：…如何留住AI人才？
    r"(?:[:：][^。！!]{0,40})?[#*\s▼▲■◆●◎—\-|｜】\]」]*$"
)
# A field of the page that introduces someone: its key ends in a profile word (受访者简介,
# 嘉宾介绍, 作者小传, 人物档案) or is an English page's About/Bio/Profile; the words before the
# field word are a role or a name, never a sentence.
PROFILE_FIELD = re.compile(
    r"^[*【\[]*(?:(?P<who>[^\s:：，,。！？*【】\[\]]{0,6}?)(?:简介|簡介|介绍|介紹|小传|小傳|档案|檔案)"
    r"|(?i:About(?:\s+(?:the\s+)?(?:guests?|speakers?|authors?|interviewees?|panelists?|[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2}))|(?:Speaker\s+|Guest\s+|Author\s+)?(?:Bio|Biography|Profile)))"
    r"[】\]*]*\s*[:：]\s*\S")
SENTENCE_QUESTION = re.compile(r"[？?]\s*$")
PROFILE_OF = re.compile(r"(?:受访者|受訪者|受访人|被访者|嘉宾|嘉賓|来宾|來賓|讲者|講者"
                        r"|主讲人|主講人|演讲者|作者|人物|个人|個人|记者|記者|主持人|专家|專家|与谈人|與談人)?")


def profile_field(text: str) -> bool:
    """A field that introduces someone (受访者简介：…, 林远舟介绍：…, About the guest: …):
    before its profile word stands nothing, a role word or a name, never a thing."""
    match = PROFILE_FIELD.match(text)
    if not match or SENTENCE_QUESTION.search(text):
        return False
    who = match.group("who")
    return not who or bool(PROFILE_OF.fullmatch(who)) or is_han_name(who)
# An English page's links to its neighbours (Related: <a title>, Further reading, See also):
# the marker alone, or with one linked title after its colon.
TAIL_MARKERS_EN = re.compile(
    r"^[#*\s\-—|]*(?:Related(?:\s+(?:reading|articles?|stories|posts?|content|links?))?"
    r"|Further reading|Read more|See also|Recommended(?: reading)?)"
    # (a title, not sentences: no sentence's end followed by the next sentence)
    r"(?:\s*:?\s*$|\s*:\s*(?!.*[.!?]\s+[A-Z][a-z]*\s+[a-z]).{1,100}$)", re.IGNORECASE)
# A web page's share bar copied with the article (分享到：微信 微博 QQ空间 · Share: Facebook X
# Email): the button names only, no sentence.
SHARE_BAR = re.compile(r"^[\s*【\[]*(?:分享到|分享至|分享|转发到|轉發到"
                       r"|Share(?:\s+this)?(?:\s+(?:on|to))?)[】\]]*\s*[:：]\s*[^。，,！？!?；;.]{0,60}$",
                       re.IGNORECASE)
# A web page's links to its neighbours, copied with the article (上一篇：… · 下一篇：… ·
# Previous: … · Next post: …, how news and blog sites end a page): never the article's.
PAGE_NAVIGATION = re.compile(r"^[\s*【\[]*(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇"
                             r"|Previous(?: (?:post|article))?|Next(?: (?:post|article))?)"
                             r"[】\]]*\s*[:：]\s*\S", re.IGNORECASE)
# A news page's navigation trail copied above the article (首页 > 新闻 > 科技 · Home › News ›
# Tech · 当前位置：首页 > 财经): short link names joined by the trail's arrow, no sentence.
# (Markup or an arrow in a sentence is no trail: <b>a</b> --> b is someone's words.)
BREADCRUMB = re.compile(r"^(?!.*(?:[<{}=\"]|--|->))"
                        r"(?:(?:当前位置|當前位置|您的位置|你的位置|You are here)\s*[:：]\s*)?"
                        r"[^\s>＞›»。，,！？!?；;:：][^>＞›»。，,！？!?；;:：]{0,15}"
                        r"(?:\s*[>＞›»]\s*[^\s>＞›»。，,！？!?；;:：][^>＞›»。，,！？!?；;:：]{0,15}){2,}$",
                        re.IGNORECASE)
# An advertising slot's label left in a copied page (Advertisement, ADVERTISEMENT, Sponsored,
# 广告, the words news sites print over an ad): the page's, never the article's.
AD_SLOT = re.compile(r"^[\s\-—–|·•\[【(（]*(?:Advertisement|Advertising|Sponsored(?: content)?"
                     r"|Story continues below(?: advertisement)?|广告|廣告|推广|推廣)"
                     r"[\s\-—–|·•\]】)）]*$", re.IGNORECASE)
# A news page's section name over the headline (TECH & SCIENCE, WORLD, LOCAL NEWS): a short
# line in capitals as the file's first line, with a longer line under it: the page's kicker.
KICKER = re.compile(r"^[A-Z][A-Z&/,'’\- ]{1,30}$")


# An English publication speaking of the piece itself (This interview is part of our … series;
# This conversation has been edited for length; The interview was conducted by email): how
# newsletters and magazines frame an interview, never the guest's words.
SELF_REFERENCE = re.compile(
    r"^(?:This|The|Our|The above)\s+(?:interview|conversation|Q\s?&\s?A|transcript|article|piece"
    r"|discussion|exchange)\s+(?:is part of|is the (?:first|second|third|last|latest|next)\b"
    r"|(?:was|has been|have been)\s+(?:lightly\s+)?(?:edited|condensed|conducted|translated"
    r"|first published|originally published|recorded)|(?:first|originally)\s+appeared)")
# The article's own end mark: —— END ——, -THE END-, ——完——, （完）, 全文完.
END_MARK = re.compile(
    r"^[\-—–_=~～·•\s*]*[（(【\[]?\s*(?:THE\s+END|END|End|全文完|本文完|完)\s*[）)】\]]?"
    r"[\-—–_=~～·•\s*]*$"
    r"|^[\-—–_=~～]{1,}\s*[^\-—–_=~～]{0,8}(?:结束|結束|完)\s*[\-—–_=~～]{1,}$"
    # An English press release or news copy ends with ### or -30- (the wire conventions).
    r"|^\s*(?:#\s*#\s*#|[\-—–]\s*30\s*[\-—–])\s*$"
)
# A stage note standing alone: （掌声） [笑声] 【音乐】 (现场笑).
STAGE_NOTE = re.compile(
    r"^[（(\[【〔]\s*[^（）()\[\]【】〔〕]{0,6}?(?:掌声|鼓掌|笑声|笑|音乐|背景音|杂音|雜音|停顿|沉默|静音|"
    r"听不清|聽不清|欢呼|歡呼|片头|片尾|广告|廣告|BGM|applause|laughter|music|inaudible|crosstalk"
    # (a record's pause or break: Hansard's (Pause), (Interruption), (Recess))
    r"|pause|interruption|recess|休會|休会)"
    r"[^（）()\[\]【】〔〕]{0,6}[）)\]】〕]$",
    re.IGNORECASE,
)
# (〔〕 hold a transcriber's notes in Chinese transcripts: 〔電話線雜音〕.)
BRACKETED_RUN = re.compile(r"[（(\[【〔][^（）()\[\]【】〔〕]*[）)\]】〕]")


def stage_notes_only(text: str) -> bool:
    """A line of stage notes and nothing else: [掌声][音乐], （笑声）（掌声）; each one a note."""
    runs = BRACKETED_RUN.findall(text)
    # (A caption file spaces its notes inside the brackets: [ APPLAUSE ].)
    return bool(runs) and re.sub(r"\s+", "", "".join(runs)) == re.sub(r"\s+", "", text) \
        and all(STAGE_NOTE.match(run) for run in runs)


# A scene note standing alone in round brackets, words and no sentence: （下课铃响）（全场起立）.
SCENE_NOTE = re.compile(r"^[（(]\s*[\u3400-\u9fff]{2,10}\s*[）)]$")
PART_MARK = re.compile(r"[（(][一二三四五六七八九十\d上中下续續完]+[）)]")
# A rights line opens with its mark, in any language: © 2023 …, Copyright 2023 …, 版权所有.
COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4})|版权所有|版權所有)",
                       re.IGNORECASE)
# A photo caption: ▲ …, 图为…, 图：…, or a line ending in its photographer (…。摄影：刘洋).
CAPTION = re.compile(
    r"^(?:[▲△↑☝👆]|[（(]?[图圖]\s*[|｜丨:：]|[（(\[【](?:图|圖|图片|圖片|攝|摄)[）)\]】]|图为|圖為|（图为|（圖為|\(图为|图注|圖注|图片说明|配图)"
    # …。鄧子晴攝） · 记者 吴昊 摄: a line ending in its photographer
    r"|(?:^|[。\s（(])(?:记者|記者)?\s*[\u3400-\u9fff]{2,4}\s?[摄攝][）)]?$"
    r"|(?:摄影|攝影|摄|图|圖|图片|图源|圖源|图片来源|圖片來源)\s*[|｜丨:：/]\s*[^。！？!?，,]{1,24}[）)]?$"
)
# A group photo's caption: 左起：张伟、李娜 · 从左至右依次为…
GROUP_CAPTION = re.compile(r"^[（(]?(?:左起|右起|从左至右|從左至右|从左到右|從左到右|自左至右)")
# Calls to follow, share or scan on a social-media page.
PROMOTION = re.compile(
    r"点击上方|點擊上方|点击蓝字|點擊藍字|关注我们|關注我們|扫码|掃碼|二维码|二維碼|长按识别|長按識別"
    r"|点个在看|点亮在看|在看|点赞|點讚|星标|星標|置顶|阅读原文|閱讀原文|后台回复|後台回覆|添加小助手"
    r"|欢迎关注|歡迎關注|订阅|訂閱|分享给|转发给|小程序|公众号|公眾號|视频号|關注"
)
# A note on how the text was made: what the source says of itself (shown with the mode).
PROVENANCE = re.compile(
    r"速记|速記|整理|自动生成|自動生成|转写|轉寫|转录|轉錄|听写|聽寫|妙记|妙記|智能纪要|AI\s*生成"
    r"|文字记录|文字記錄|录音|錄音|字幕由|校对|校對|审阅|審閱|未经.{0,4}审"
)
# Rights and publishing notices: 本文由…整理发布，转载请联系授权.
NOTICE_OPENING = re.compile(
    r"^[（(【\[]?\s*(?:本文|本稿|文章|本篇|本内容|本內容|以上内容|以上內容|本期节目|本期節目|本节目"
    r"|本文字记录|文字记录|文字記錄|本场|本場|全文|注|备注|備註|声明|聲明|免责声明|版权|版權"
    # A translation's source line and disclaimer: 原文：…（英文）。译文仅供参考，以原文为准.
    r"|原文|译文|譯文|来源|來源|出处|出處)"
)
# What a notice never says and speech does: 版权是一方面，还有就是……坦白讲…
SPOKEN = re.compile(r"……|…|一方面|坦白讲|坦白說|说实话|說實話|其实|其實|[嗯呃哎啊]")
RIGHTS = re.compile(r"转载|轉載|授权|授權|版权|版權|侵权|侵權|联系|聯繫|禁止|不得")
NOTICE_WORDS = re.compile(
    r"整理|转载|轉載|授权|授權|来源|來源|首发|首發|原创|原創|版权|版權|生成|转写|轉寫|速记|速記"
    r"|不代表|观点|觀點|免责|免責|误差|誤差|删节|刪節|审阅|審閱|发布|發布|联系|聯繫|侵权|侵權"
    r"|仅供参考|僅供參考|以[^，。,]{0,8}原文为准|以[^，。,]{0,8}原文為準"
)
IMAGE_PLACEHOLDER = re.compile(
    r"^[\[【(（<]?(?:图片|圖片|image|视频|視頻|音频|音頻|动图|動圖|GIF|video)[\]】)）>]?$", re.I)
# 作者：林晓 · 受访者｜周敏 · **嘉宾**：…
LABEL = re.compile(r"^\**(?P<key>[^\s:：*｜|丨]{1,8})\**\s*[:：｜|丨]\s*(?P<value>.*)$")
# 记者 林晓 2024年3月18日 · 36氪 记者 林晓 2024年3月18日 (a publisher may come first)
BYLINE_NO_COLON = re.compile(
    r"^(?:(?P<publisher>[^\s:：]{1,12})\s+)?(?P<key>记者|作者|文|撰文|编辑|责编|采访|采写)\s+"
    r"(?P<value>[\u3400-\u9fff·]{2,4}(?:[\s、，,]+[\u3400-\u9fff·]{2,4})*)"
    r"(?P<date>\s+\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)?$"
)
# A line that is only a link, maybe numbered: 1. https://…
LINK_LINE = re.compile(r"^(?:\[?\d{1,3}[\].、)]?\s*)?(?:\S{0,30}[:：]\s*)?https?://\S+$")
# A person and what they do: 张伟，启明大学化学系教授 · 周敏 天枢机器人研究院院长 · 张伟（启明大学）
PERSON_AND_ROLE = re.compile(
    r"^(?P<name>[\u3400-\u9fff·]{2,4}|[A-Z][A-Za-z.\- ]{1,40}?)\s*"
    r"(?:[（(](?P<paren>[^）)]{1,60})[）)]|[，,、\s]+(?P<role>[^。？！?!；;]{2,60}))$"
)
# A whole line in brackets or emphasis about how the text was made: （本文根据速记整理）.
EDITORIAL_NOTE = re.compile(
    r"^(?:[（(](?P<a>[^（）()]*)[）)]|[*_]{1,2}(?P<b>[^*_]*)[*_]{1,2}"
    r"|[\-—–=~～]{2,}\s*(?P<c>[^\-—–=~～]{2,40}?)\s*[\-—–=~～]{2,})$"
)
EDITORIAL_WORDS = re.compile(r"本文|代表|整理|审阅|审定|删节|速记|转载|授权|编辑|校对|确认后发布|未经"  # noqa: E501
                             r"|生成|转写|误差|妙记|速記|整理|轉載|授權|誤差|文字记录|文字記錄"
                             r"|文字稿|实录|實錄|以下为|以下是|以下為")
SENTENCE = re.compile(r"[。？！?!；;]")
# 本报记者 杜明 北京报道 · 记者 林晓 · 本刊记者杜明
REPORTER_LINE = re.compile(
    r"^(?:本报|本刊|本台|本網|本网|[\u3400-\u9fff]{2,8}\s*)?(?:特约)?(?:记者|記者)\s*(?P<name>[\u3400-\u9fff·]{2,4})"
    r"(?:[\s、，,]+[\u3400-\u9fff·]{2,4})*(?:\s*[\u3400-\u9fff]{2,6}报道|\s*[\u3400-\u9fff]{2,6}報導)?$"
)
# A page's notice after the last turn: a call to read, share or follow, a credit, a rights line.
PAGE_NOTICE = re.compile(
    r"阅读|閱讀|转发|轉發|分享给|订阅|訂閱|关注|關注|收听|收聽|留言|评论区|評論區|点赞|在看|投稿|商务合作"
    r"|商務合作|邮箱|郵箱|微信号|微信號|公众号|公眾號|小程序|视频号|直播间|二维码|扫码|下载|下載|报名"
    r"|版权|版權|转载|轉載|授权|授權|出品|END"
)
# Words of a page's matter: what a line after the last turn holding one may be.
MATTER_HINT = re.compile(
    r"本文|本期|来源|來源|编辑|編輯|整理|摄影|攝影|图|圖|关注|關注|转载|轉載|版权|版權|声明|聲明|记录|記錄"
    r"|直播|回放|报名|報名|链接|連結|公众号|公眾號|扫码|掃碼|更多|点击|點擊|下载|下載|出品|制作|製作"
    r"|http|www\.|@|©|END|完"
)
# A date in a dateline: 2024-05-18 · 2024年5月18日 · 11月22日 · 2024.05.18
DATELINE = re.compile(r"\d{4}\s*[年\-/.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日")
URL = re.compile(r"https?://\S+")
STRONG_PROMOTION = re.compile(
    r"点击上方|點擊上方|点击蓝字|點擊藍字|扫码|掃碼|二维码|二維碼|长按识别|長按識別|点个在看|点亮在看"
    r"|阅读原文|閱讀原文|后台回复|後台回覆|添加小助手|设为星标|設為星標"
)
# A page's own section header standing alone: 【本期嘉宾】, 【时间轴】, 本期嘉宾：, ◆ 制作 ◆.
BLOCK_HEADER = re.compile(
    r"^[#*\s◆■●▌◎|｜]*[【\[「]?\s*(?P<name>[^【】\[\]「」:：]{1,12}?)\s*[】\]」]?\s*[:：]?[#*\s◆■●|｜]*$"
)
BLOCKS = {
    "guests": ("嘉宾", "本期嘉宾", "嘉宾介绍", "嘉宾简介", "关于嘉宾", "与谈人", "與談人", "來賓", "嘉賓",  # noqa: E501
               "嘉賓介紹", "本期來賓", "讲者介绍", "講者介紹", "参会人员", "与会人员", "出席人员",
               # An English programme's list of who takes part (PARTICIPANTS, Panelists).
               # (Not an export's SPEAKERS or Attendees: those list the host as well.)
               "Participants", "Panelists", "Panellists", "Panel", "Guests", "Featuring",
               "On The Panel"),
    "hosts": ("主播", "本期主播", "主持人", "主持", "主理人", "主持人介绍", "關於主播", "关于主播"),
    "chapters": ("时间轴", "时间线", "章节", "本期章节", "目录", "时间戳", "节目时间轴", "時間軸",
                 "時間線", "章節", "本期时间轴", "内容时间轴", "Timeline", "Timestamps"),
    "credits": ("制作", "制作团队", "幕后", "幕后团队", "本期制作", "製作", "製作團隊", "工作人员",
                "制作人员", "Credits", "节目制作", "出品"),
    "page": ("相关链接", "本期提到", "提到的", "收听方式", "收聽方式", "联系我们", "聯繫我們",
             "关于我们", "關於我們", "关于节目", "關於節目", "关于播客", "订阅方式", "互动", "彩蛋",
             "招聘", "商务合作"),
    "description": ("节目简介", "本期简介", "简介", "内容简介", "本期内容", "本期看点", "Shownotes",
                    "节目介绍", "節目簡介", "本期簡介", "本期概要", "内容提要"),
}
BLOCK_OF = {name: kind for kind, names in BLOCKS.items() for name in names}
CHAPTER_LINE = re.compile(r"^[\[(（]?\d{1,2}:\d{2}(?::\d{2})?[\])）]?\s*\S")
# A person introduced in a guest block: 阿哲：某科技联合创始人 · 小林 | 主播 · 陈静，某大学教授
BLOCK_PERSON = re.compile(
    r"^[-•·*\s]*(?P<name>[\u3400-\u9fffA-Za-z·. ]{1,12}?)\s*(?:[:：｜|丨/，,、\s]|[（(])\s*(?P<role>.{0,160})$"  # noqa: E501
)


@dataclass
class Matter:
    """What the shared pass decided about the lines around the speech."""

    excluded: dict[int, str] = field(default_factory=dict)
    """Line → why it is left out (a fact's line says which fact)."""
    info: dict[str, str] = field(default_factory=dict)
    guests: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(name, affiliation, honorific, line) from guest lists."""
    editors_notes: set[int] = field(default_factory=set)
    """Lines of 编者按 and the like: intro, in the editors' voice."""
    attendees: set[str] = field(default_factory=set)
    """Names an attendance list gives (ATTENDANCE_KEYS): taking part, the host among them."""
    host_names: list[str] = field(default_factory=list)
    """Hosts a byline (主持人：宋雨) or a page's 【主播】 block names."""
    notes: list[str] = field(default_factory=list)
    """The source's own notes on how the text was made (（本文根据直播速记整理）)."""
    aliases: dict[str, str] = field(default_factory=dict)
    """Short forms a list gives in brackets after a name: 小安 for 安宁（小安）."""
    chairs: dict[str, str] = field(default_factory=dict)
    """Who holds each presiding role a list of members marks (chair → Margaret Vance), by
    the role in lower case: the label ``CHAIR:`` is theirs."""

    subject: tuple[int, str] | None = None
    """(line, text) of an email's subject: the title of a message saved as text."""

    @property
    def host_name(self) -> str:
        return self.host_names[0] if self.host_names else ""


# An email saved as text opens with its header fields (RFC 5322 names, as mail programs print
# them in English and Chinese): who sent it to whom, when and about what, never speech.
EMAIL_FIELD = re.compile(r"^(?P<key>From|Sent|Date|To|Cc|CC|Bcc|Subject|Importance|Reply-To"
                         r"|发件人|發件人|发送时间|發送時間|收件人|抄送|主题|主旨|日期)\s*[:：]\s*(?P<value>.*)$")
EMAIL_SENDER = ("From", "发件人", "發件人")
EMAIL_SUBJECT = ("Subject", "主题", "主旨")
# What a mail program puts before a subject: Re:, Fwd:, 回复：, 转发：, and a recap's Recap:.
SUBJECT_PREFIX = re.compile(r"^(?:(?:RE|Re|FW|Fw|FWD|Fwd|Recap|回复|回覆|转发|轉寄)\s*[:：]\s*)+")


# Who took part, on one line after its label, as meeting notes and recaps print it
# (Attendees (5): Daniel Osei, Priya Raman, …), running on to the next line after a comma.
ROSTER = re.compile(r"^(?:Attendees|Participants|Present|Invitees|Panel(?:l)?ists|Speakers)"
                    r"\s*(?:\(\d+\))?\s*:\s*(?P<names>.+)$")


# The meeting's organiser among a header's fields (… · 3:00 PM · Organizer: Daniel Osei): who
# convenes it hosts it.
ORGANISER = re.compile(r"(?:^|[·|•]\s*)(?:Organi[sz]er|Convener|Convenor)\s*:\s*"
                       r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*$")


# A record's opening sentence naming who chairs (某某教授主持会议 · 会议由某某主持 · 某某主持了
#座谈会): the verb 主持 after a name, a title between them at most.
PRESIDED = re.compile(
    r"(?:由(?P<by>[\u3400-\u9fff]{2,16}?)(?:教授|博士|研究员|老师|院长|主任|先生|女士)?主持"
    r"|(?P<run>[\u3400-\u9fff]{2,16}?)(?:教授|博士|研究员|老师|院长|主任|先生|女士)?主持(?:了|本次)?"
    r"(?:会议|研讨会|座谈会|论坛|讨论会?|报告会|沙龙|活动|本场|[，,。]))")


def presiding_person(text: str) -> str | None:
    """The person an opening sentence says chairs the meeting, if it names one."""
    for match in PRESIDED.finditer(text):
        run = match.group("by") or match.group("run")
        name = name_at_end(run)
        if name and is_han_name(name):
            return name
    return None


def _roster(lines: list[Line], matter: Matter) -> None:
    """A participants line of Latin names: the guests it introduces, excluded; the
    organiser a header line names hosts, and so does an opening sentence saying who
    chairs (贺某教授主持会议)."""
    for line in lines[:12]:
        organiser = ORGANISER.search(line.text)
        if organiser and organiser.group("name") not in matter.host_names:
            matter.host_names.append(organiser.group("name"))
    for line in lines[:6]:
        chair = presiding_person(line.text) if not matter.host_names else None
        if chair:
            # (The record's 主持人：/【主持人：…】 turns are then that person's.)
            matter.host_names.append(chair)
            for role in ("主持人", "主持"):
                matter.chairs.setdefault(role, chair)
    for index, line in enumerate(lines[:20]):
        match = ROSTER.match(line.text)
        if not match:
            continue
        rows = [(line, match.group("names"))]
        while rows[-1][1].rstrip().endswith(",") and index + len(rows) < len(lines):
            following = lines[index + len(rows)]
            if following.number != rows[-1][0].number + 1:
                break
            rows.append((following, following.text))
        items = [re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", item).strip()
                 for _, text in rows for item in re.split(r"[,;]", text) if item.strip()]
        if not items or not all(is_latin_name(item) for item in items):
            return
        for item in items:
            if item not in matter.host_names:  # (the organiser hosts)
                matter.guests.append((item, "", "", line.number))
        for row, _ in rows:
            matter.excluded[row.number] = "the list of who took part: introduces the speakers"
        return


def _email_header(lines: list[Line], matter: Matter) -> None:
    """An email's header block at the top (a sender's field and two more): excluded, its
    subject kept as the message's title."""
    fields = []
    for line in lines[:8]:
        field_match = EMAIL_FIELD.match(line.text)
        if not field_match:
            break
        fields.append((line, field_match))
    keys = {m.group("key") for _, m in fields}
    if len(fields) < 3 or not keys & set(EMAIL_SENDER):
        return
    for line, field_match in fields:
        matter.excluded[line.number] = "an email's header (sender, recipients, date): not speech"
        if field_match.group("key") in EMAIL_SUBJECT and field_match.group("value").strip():
            matter.subject = (line.number,
                              SUBJECT_PREFIX.sub("", field_match.group("value").strip()))


# An official document's distribution record at its foot (版记, GB/T 9704: 报：… 送：… 发：…
# 抄送：… and the print run （共印30份）): whom the document went to, never speech.
DISTRIBUTION = re.compile(r"^(?:(?:报|送|发|抄报|抄送|分送|主送|報|發|抄報)\s*[:：][^。！？!?]{1,60}"  # noqa: E501
                          r"|[（(]?共印\s*\d+\s*份[）)]?)$")


# A bulletin's masthead (报头 of a 简报/快报, as official bulletins print it): the issuer above
# the bulletin's name, the name (often letter-spaced: 简　　报), the issue (第 7 期, 增刊).
MASTHEAD_NAME = re.compile(r"^[\u3400-\u9fff]{0,8}(?:简[\s　]*报|簡[\s　]*報|快[\s　]*报|快[\s　]*報)$")  # noqa: E501
ISSUE_NUMBER = re.compile(r"^[（(]?(?:第\s*[\d一二三四五六七八九十百]+\s*期|增刊|特刊)[）)]?"
                          r"(?:[\s　]*[（(]?(?:总第\s*\d+\s*期|增刊)[）)]?)?$")
# A credit line in brackets at a document's foot: （简报组　供稿：某某　审核：某某）.
CREDIT_KEYS = r"供稿|审核|審核|审稿|審稿|核稿|签发|簽發|撰稿|编辑|編輯|责编|責編|校对|校對|整理|执笔|執筆"  # noqa: E501
BRACKETED_CREDITS = re.compile(rf"^[（(][^（）()。！？!?]*?(?:{CREDIT_KEYS})\s*[:：][^（）()。！？!?]*[）)]$")  # noqa: E501


def _masthead(lines: list[Line]) -> int:
    """How many lines at the top are a bulletin's masthead: through its issue number, when
    the bulletin's name stands in the first lines and its issue right under it."""
    for index, line in enumerate(lines[:4]):
        if MASTHEAD_NAME.match(line.text.strip()):
            after = lines[index + 1:index + 3]
            for offset, other in enumerate(after, 1):
                if ISSUE_NUMBER.match(other.text.strip()):
                    return index + offset + 1
    return 0


RIGHTS_NOTICE = "a publishing or rights notice: not speech"
# A note the editor or translator puts in brackets among the turns, headed as such books and
# journals head one (译注：, 编者注：, [Translator's note: …], [Ed.: …]).
BRACKETED_NOTE = re.compile(
    r"^(?:\[|【|（|\()\s*(?:译注|譯注|譯註|译者注|譯者注|译者按|編註|编注|编者注|編者注|编按|編按"
    r"|注|註|按|translator'?s note|editor'?s note|ed\.|note|tn)\s*[:：].{2,}(?:\]|】|）|\))$",
    re.IGNORECASE)


# A line of topic tags and nothing else, as social and news pages print them under a post:
# #标签 #标签 (two or more, no space after #) or Weibo's #话题# (a convention of the web, never a
# Markdown heading, which puts a space after its #).
HASHTAGS = re.compile(r"^\s*(?:#[^\s#]{1,30}#\s*)+$|^\s*#[^\s#]{1,30}(?:\s+#[^\s#]{1,30})+\s*$")


# A marker a parliamentary or committee record sets on its own line between turns, never
# anyone's words (the Hansard conventions): the language a turn is given in or rendered from
# (Canadian Hansard's [English] / [Translation] / [Français]; Hong Kong LegCo's (譯文) /
# (Translation); (Interpretation)), and the clock (Canadian Hansard's ● (1105); a bare
# (1405) or [14:05]; Macau's and Hong Kong's （上午十時零二分）, （下午3時15分）).
LANGUAGE_MARKER = re.compile(
    r"^[\[(（【]\s*(?:English|Translation|Fran[cç]ais|French|Interpretation|Original|"
    r"Traduction|Interprétation|Anglais|譯文|译文|翻譯|翻译|傳譯|传译|英語|英语|粵語|粤语|普通話|普通话"
    r"|葡語|葡语|葡文|中文|英文)\s*[\])）】]$", re.IGNORECASE)
CLOCK_MARKER = re.compile(
    r"^[●•◆■▪◼]?\s*[\[(（]\s*(?:\d{4}|\d{1,2}[:：.]\d{2}(?:[:：]\d{2})?)\s*[\])）]$"
    r"|^[●•◆■▪◼]\s*\d{4}$"
    r"|^[（(]\s*(?:上午|下午|中午|晚上|早上)?\s*[零〇一二三四五六七八九十\d]{1,3}\s*[時时點点]"
    r"(?:\s*[零〇一二三四五六七八九十\d]{1,3}\s*分)?\s*[）)]$")
# A record's note that the words which follow are an interpretation of another language
# (（以下為葡文發言的中文傳譯）, （葡文傳譯）, (Interpretation from French)): the record's, and
# the turn stays its speaker's.
INTERPRETATION_NOTE = re.compile(
    r"^[（(\[]\s*(?:以下為?|以下为?)?[^（）()\[\]]{0,12}(?:傳譯|传译|翻譯|翻译|譯文|译文)\s*[）)\]]"
    r"|^[(\[]\s*(?:Interpretation|Translation|Interpreted)(?:\s+from\s+\w+)?\s*[)\]]",
    re.IGNORECASE)


# An interjection the record gives to an unnamed part of the house (Hansard's ``Some hon.
# members: Oh, oh!``, ``An hon. member: Hear, hear!``, ``Voices: Agreed.``; 有議員：好！ ·
# 眾議員：…): the room's noise, no one's turn. Only short words: a member given a real turn
# has a name.
INTERJECTION = re.compile(
    r"^(?:(?:Some|Several|An|Other|Many)\s+)?(?:hon(?:ourable|orable)?\.?\s+)?"
    r"(?:members?|voices?|senators?)\s*[:：]\s*(?P<words>.{1,40})$"
    r"|^(?:有議員|有议员|眾議員|众议员|多位議員|多位议员|部分議員|部分议员|有委員|有委员)\s*[:：]\s*"
    r"(?P<han>.{1,20})$", re.IGNORECASE)


def marker_line(text: str) -> str | None:
    """Why a line is a record's marker (a language or a clock mark), or None."""
    text = text.strip()
    if LANGUAGE_MARKER.match(text) or INTERPRETATION_NOTE.fullmatch(text):
        return "a language or interpretation marker of the record ([English], (譯文)): not speech"
    if CLOCK_MARKER.match(text):
        return "a clock mark of the record (● (1105), （上午十時零二分）): not speech"
    interjection = INTERJECTION.match(text)
    if interjection and not re.search(r"[?？]", text):
        return "an interjection of the house (Some hon. members: Oh, oh!): not anyone's turn"
    return None


def matter_line(text: str, *, back: bool = False) -> str | None:
    """Why a line is matter wherever it stands (a stage note, a caption, a call to follow, a
    publishing notice), or None. ``back``: the line is in the last part of the file, where
    weaker signs count."""
    if stage_notes_only(text):
        return "a stage note: not speech"
    if marker := marker_line(text):
        return marker
    if BRACKETED_NOTE.match(text.strip()):
        return "an editor's or translator's note in brackets (译注：…): not speech"
    if SCENE_NOTE.match(text) and not PART_MARK.fullmatch(text):
        return "a scene note in brackets (（下课铃响）): not speech"
    if COPYRIGHT.match(text):
        return RIGHTS_NOTICE
    if HASHTAGS.match(text):
        return "a line of topic tags (#…): the page's, not speech"
    if BRACKETED_CREDITS.match(text.strip()):
        return "credits in brackets (供稿, 审核 …): who wrote and checked it, not speech"
    if (CAPTION.search(text) or GROUP_CAPTION.match(text)) and not _long_speech(text):
        return "a photo caption or credit: not speech"
    if len(text) <= 60 and (STRONG_PROMOTION.search(text)
                            or len(PROMOTION.findall(text)) >= 2
                            or (back and PROMOTION.search(text) and not SENTENCE.search(text))):
        return "a call to follow or share: the page's, not speech"
    if (len(text) <= 100 and NOTICE_OPENING.match(text) and NOTICE_WORDS.search(text)
            and not SPOKEN.search(text)):
        return ("the source's note on how the text was made (shown with the mode)"
                if PROVENANCE.search(text) and not RIGHTS.search(text)
                else "a publishing or rights notice: not speech")
    return None


def _long_speech(text: str) -> bool:
    """A paragraph of several sentences: a caption is one line, speech may mention 图."""
    return len(SENTENCE.findall(text)) >= 3


def read_matter(lines: list[Line], *, first_speech: int | None = None,
                joined: frozenset[int] = frozenset()) -> Matter:
    """Classify the front and back matter of the non-empty ``lines``.

    Facts are read only before ``first_speech`` (the line the reader's first turn opens, when
    it knows) or in the back matter, so that an answer opening with 时间：… stays speech.
    """
    matter = Matter()
    tail = _tail_start(lines)
    end = _end_mark(lines)
    # The distribution record closes the file: the run of its lines that reaches the end.
    footer = len(lines)
    while footer > 0 and DISTRIBUTION.match(lines[footer - 1].text):
        footer -= 1
    _email_header(lines, matter)
    _roster(lines, matter)
    for line in lines[:_masthead(lines)]:
        matter.excluded[line.number] = "the bulletin's masthead (issuer, name, issue): not speech"
    list_open: tuple[int, str] | None = None
    """(line that may continue a one-guest-a-line list, what the list is)."""
    block_items = 0
    block: str = ""
    """The page section being read (guests, hosts, chapters, credits …), after its header."""
    skip: set[int] = set(matter.excluded)
    for heading, rows, people in list_sections(lines):
        header = BLOCK_HEADER.match(lines[heading].text)
        if (first_speech is not None and lines[heading].number >= first_speech) or (
                header and _block_kind(header.group("name").strip())) or (
                lines[heading].number in matter.excluded):
            continue  # (a section whose header says what it lists is read below)
        _read_list(matter, lines, heading, rows, people)
        skip.update(lines[i].number for i in (heading, *rows))
    _post_heads(matter)
    for index, line in enumerate(lines):
        text = line.text
        if line.number in skip:
            continue
        if tail is not None and index >= tail:
            matter.excluded[line.number] = (
                "readers' comments under the post: the page's, not the event's"
                if COMMENTS.match(lines[tail].text) else "related news scraped with the page")
            continue

        if index >= footer:
            matter.excluded[line.number] = ("the document's distribution record (报/送/发, "
                                            "copies printed): not speech")
            continue
        if end is not None and index >= end:
            matter.excluded[line.number] = ("the article's end mark" if index == end
                                            else "after the article's end mark: the page's")
            continue
        if SELF_REFERENCE.match(text):
            matter.excluded[line.number] = ("the publication speaking of the piece itself "
                                            "(its series, its editing): not speech")
            continue
        if SHARE_BAR.match(text):
            matter.excluded[line.number] = "the page's share buttons: the site's, not speech"
            continue
        if BREADCRUMB.match(text.strip()) or AD_SLOT.match(text):
            matter.excluded[line.number] = ("the page's navigation trail or an ad slot's "
                                            "label: the site's, not the article's")
            continue
        if (index + 1 < len(lines) and KICKER.match(text.strip())
                and all(earlier.number in matter.excluded for earlier in lines[:index])
                and len(text.split()) <= 4 and len(lines[index + 1].text) > 2 * len(text)
                and not lines[index + 1].text.isupper()):
            matter.excluded[line.number] = ("a section name in capitals over the headline: "
                                            "the page's kicker, not the title")
            continue
        if PAGE_NAVIGATION.match(text):
            matter.excluded[line.number] = ("the page's link to the previous or next article: "
                                            "the site's, not the article's")
            continue
        if IMAGE_PLACEHOLDER.match(text):
            matter.excluded[line.number] = "image placeholder"
            continue
        if EDITORS_NOTE.match(text):
            matter.editors_notes.add(line.number)
            continue
        note = EDITORIAL_NOTE.match(text)
        if note and EDITORIAL_WORDS.search(note.group("a") or note.group("b")
                                           or note.group("c") or ""):
            if PROVENANCE.search(text) and not RIGHTS.search(text):
                matter.notes.append(text)
                matter.excluded[line.number] = ("the source's note on how the text was made "
                                                "(shown with the mode)")
            else:
                matter.excluded[line.number] = "editors' note on how the text was made"
            continue
        header = BLOCK_HEADER.match(text)
        kind = _block_kind(header.group("name").strip()) if header else None
        # 主持人： alone, then 各位专家，下午好。…: a label alone on its line opening a turn,
        # not a section listing hosts (what follows speaks).
        speaking = (kind in ("guests", "hosts") and index + 1 < len(lines)
                    and _speaks(lines[index + 1].text))
        if not kind and header and _roles_stated_below(header.group("name").strip(), lines,
                                                       index):
            kind = "guests"
        if kind and not speaking and (first_speech is None or line.number < first_speech):
            block, block_items = kind, 0
            matter.excluded[line.number] = f"the page's section header ({kind})"
            continue
        # A blank line between two lines ends a list; a line a hard wrap's repair emptied
        # (``joined``) is no blank line.
        gap = index > 0 and any(n not in joined for n in range(lines[index - 1].number + 1,
                                                              line.number))
        label = LABEL.match(text)
        hosting = HOST_ENTRY.match(text)
        if block == "guests" and hosting and _latin_person(hosting.group("value")):
            # Moderator: Karen Voss, Senior Editor — the host, inside the list of who takes part.
            matter.host_names.append(_latin_person(hosting.group("value"))[0])
            matter.excluded[line.number] = "the list of who takes part: the host"
            block_items += 1
            continue
        reporting = REPORT_AUTHOR_ENTRY.match(text)
        if block == "guests" and reporting:
            # Rapporteur: Ms. Lucía Ferreyra — who wrote the report up, not one who speaks in it.
            author = re.sub(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+", "",
                            re.split(r"[,;（(]", reporting.group("value"))[0].strip())
            matter.info.setdefault("author", author)
            matter.excluded[line.number] = "the list of who takes part: the report's author"
            block_items += 1
            continue
        if block and ((gap and block != "chapters" and block_items) or (
                label and (label.group("key") in HOST_KEYS or label.group("key") in FACT_KEYS))):
            block = ""
        if block:
            reason = _block_item(block, text, matter, line.number)
            block_items += 1
            if reason:
                matter.excluded[line.number] = reason
                continue
            block = ""
        reason = matter_line(text, back=index > len(lines) * 0.8)
        if reason:
            if reason.startswith("the source's note"):
                matter.notes.append(text)
            matter.excluded[line.number] = reason
            continue
        in_front = first_speech is None or line.number < first_speech
        if 0 < index < 6 and REPORTER_LINE.match(text):
            matter.excluded[line.number] = "byline: the reporter"
            matter.info.setdefault("author", REPORTER_LINE.match(text).group("name"))
            continue
        if 0 < index < 6 and DATELINE.search(text) and _short_fact(text) and not _names_only(text):
            matter.excluded[line.number] = "a dateline: when and where, not speech"
            continue
        if LINK_LINE.match(text) and (in_front or index > len(lines) * 0.6):
            matter.excluded[line.number] = "a link, not speech"
            continue
        if list_open is not None and line.number == list_open[0]:
            person = _person(text) or _coded_participant(text)
            if person:
                matter.guests.append((*person, line.number))
                matter.excluded[line.number] = f"{list_open[1]}: introduces a speaker"
                list_open = (lines[index + 1].number if index + 1 < len(lines) else 0,
                             list_open[1])
                continue
            list_open = None
        guests = _guest_list(text)
        if guests is not None:
            matter.guests += [(*guest, line.number) for guest in guests]
            if LABEL.match(text).group("key") in ATTENDANCE_KEYS:
                matter.attendees.update(guest[0] for guest in guests)
            matter.excluded[line.number] = "guest list: introduces the speakers"
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and following.number == line.number + 1:
                # A list set as a column: the next guest on the next line, indented under
                # the first (嘉賓：區浩然　… / 　　　鄺志傑　…), with no key of its own.
                list_open = (following.number, "guest list")
            continue
        if profile_field(text):
            # 受访者简介：… / 作者介绍：… / About the guest: … is a field of the page that
            # introduces someone, never a person's turn.
            matter.excluded[line.number] = ("a profile field (简介/介绍/About): introduces who "
                                            "takes part, no one's words")
            continue
        label = LABEL.match(PARENTHESIS_IN_KEY.sub(r"\g<key>", text))
        if label and (label.group("key") in GUEST_KEYS or label.group("key") in ATTENDANCE_KEYS) \
                and not label.group("value").strip():
            # 嘉宾介绍： then one guest a line.
            matter.excluded[line.number] = "guest list: introduces the speakers"
            list_open = (lines[index + 1].number if index + 1 < len(lines) else 0,
                         "guest list")
            continue
        fact = _fact(text)
        if fact and (in_front or index > len(lines) * 0.6):
            key, value = fact
            if key == "host":
                matter.host_names += [n for n in value.split("、") if n not in matter.host_names]
            elif value:
                matter.info.setdefault(key, value)
            matter.excluded[line.number] = f"byline: {key}"
            if (not value and key == "keywords" and index + 1 < len(lines)
                    and _short_fact(lines[index + 1].text)):
                # 关键词： then the keywords on the next line.
                value_line = lines[index + 1]
                matter.info.setdefault(key, value_line.text)
                matter.excluded[value_line.number] = f"byline: {key}"
                skip.add(value_line.number)
    return matter


def _read_list(matter: Matter, lines: list[Line], heading: int, rows: list[int],
               people: list[ListEntry]) -> None:
    """A list of who takes part, set aside: a list that marks who presides (Chair) is the
    panel that asks (its members host); any other introduces the speakers."""
    panel = any(CHAIR_ROLE.match(p.role) for p in people)
    # A post the list gives one person (某某局局長孫某某先生) is that person's label too: a
    # council's record has its officials speak under their posts (某某局局長：…).
    posts = [p.what for p in people if re.fullmatch(r"[\u3400-\u9fff]{3,20}", p.what)]
    for person in people:
        if person.what in posts and posts.count(person.what) == 1:
            matter.aliases.setdefault(person.what, person.name)
    matter.excluded[lines[heading].number] = ("the heading of a list of who takes part: "
                                              "not speech")
    for person in people:
        if panel:
            if person.name not in matter.host_names:
                matter.host_names.append(person.name)
            if CHAIR_ROLE.match(person.role):
                matter.chairs.setdefault(person.role.lower(), person.name)
                # A record calls its chair by the role afterwards (主席表示… · The Chair
                # said…): the role is that person's label.
                matter.aliases.setdefault(person.role, person.name)
        else:
            number = next((lines[i].number for i in rows
                           if person in list_entries(lines[i].text)),
                          next((lines[i].number for i in (heading, *rows)
                                if person.name in lines[i].text), lines[heading].number))
            matter.guests.append((person.name, person.what, person.title, number))
    for i in rows:
        matter.excluded[lines[i].number] = (
            "a list of the members who preside and ask: the hosts, not speech" if panel
            else "a list of who takes part: introduces the speakers, not speech")


# The head of a post: the word a record shortens a listed post to once it has named it
# (某某局局長 → 局長, 数字政策专员 → 专员, 常务副院长 → 副院长): how Chinese minutes call an
# official after the attendance list.


def post_heads(aliases: dict[str, str]) -> dict[str, str]:
    """Each listed post's head (its last two characters, or three with 副/總 before them)
    mapped to the person of the one listed post that ends in it; a head two posts share
    names no one, and a form already mapped keeps its person."""
    heads: dict[str, set[str]] = {}
    for post, name in aliases.items():
        if not re.fullmatch(r"[\u3400-\u9fff]{4,20}", post):
            continue
        for size in (2, 3):
            head = post[-size:]
            if size == 2 or head[0] in "副總总":
                heads.setdefault(head, set()).add(name)
    return {head: next(iter(names)) for head, names in heads.items()
            if len(names) == 1 and head not in aliases}


def _post_heads(matter: Matter) -> None:
    """The heads of the posts the lists give (post_heads), as labels of their people."""
    matter.aliases.update(post_heads(matter.aliases))


def _speaks(text: str) -> bool:
    """A line that is someone talking, not a list entry: it asks, or it runs to two sentences
    or more outside its brackets (an entry is a name, a position, at most one sentence)."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", text)
    return bool(re.search(r"[？?]", bare) or re.search(r"[。！!]", bare.rstrip("。！! ")))


def _block_item(block: str, text: str, matter: Matter, number: int) -> str:
    """Why a line under a page's section header is matter, or "" when the section ended."""
    if block == "chapters":
        return "the episode's chapter list: a table of contents" if CHAPTER_LINE.match(text) else ""
    if block in ("guests", "hosts"):
        nickname = NICKNAMED.match(text.replace("**", ""))
        if nickname and nickname.group("name") != nickname.group("nick"):
            # 安宁（小安）：… — the turns will be labelled 小安.
            matter.aliases.setdefault(nickname.group("nick"), nickname.group("name"))
        latin = _latin_person(text)
        if latin and (block == "hosts" or HOSTING_NOTE.search(text)):
            if latin[0] not in matter.host_names:
                matter.host_names.append(latin[0])
            return "the list of who takes part: the host"
        person = latin or _person(text)
        if person is None:
            found = BLOCK_PERSON.match(text.replace("**", ""))
            if not found or len(text) > 180:
                return ""
            name = found.group("name").strip()
            if not name or SENTENCE.search(name):
                return ""
            person = (name, found.group("role").strip(" ）)"), "")
        if block == "hosts":
            if person[0] not in matter.host_names:
                matter.host_names.append(person[0])
            return "the page's list of hosts"
        matter.guests.append((*person, number))
        return "guest list: introduces a speaker"
    if block == "credits":
        return "credits: who made the page" if len(text) <= 60 else ""
    if block == "page":
        return "the page's surroundings (links, contact)" if len(text) <= 120 else ""
    return ""  # a description is the intro: the readers read it


# A person and the short form the page calls them by, in brackets: 安宁（小安） · 贺知行（老贺）.
NICKNAMED = re.compile(r"^[-•·*\s]*(?P<name>[\u3400-\u9fff·]{2,8})\s*[（(]\s*"
                       r"(?P<nick>[小阿老][\u3400-\u9fff]{1,2}|[\u3400-\u9fff]{2,3}|[A-Za-z]{2,12})"
                       r"\s*[）)]")


def _block_kind(name: str) -> str | None:
    """What a page section's header opens (an English one in any case: PARTICIPANTS)."""
    return BLOCK_OF.get(name) or BLOCK_OF.get(name.title()) or BLOCK_OF.get(name.capitalize())


# An English participant: [Dr.|Prof.|Ms. …] Given Family[, what they do] — as a programme or
# a PDF transcript's front page lists them.
LATIN_PERSON = re.compile(
    r"^[-•·*\s]*(?P<title>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|DR|PROF|PROFESSOR|MR|MRS"
    r"|MS|MISS|SIR|DAME)\.?\s+)?"
    r"(?P<name>[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’\-]+(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'’\-]+){1,3})"
    r"\s*(?:(?:[,;–—]|\s-\s)\s*(?P<what>.+?)|[（(](?P<paren>[^）)]+)[）)])?\s*$")
# What a place and a date line says after its comma (Aula Magna, 4 March 2025 · Main Hall,
# October 9): a when, never what a person does.
DATED = re.compile(r"^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
HOST_ENTRY = re.compile(r"^(?:Moderator|Chair|Chairperson|Host|Facilitator|Interviewer)\s*[:：]\s*"
                        r"(?P<value>.+)$", re.IGNORECASE)
HOSTING_NOTE = re.compile(r"[（(](?:moderator|chair|host|facilitator|interviewer|主持人?)[）)]\s*$"
                          # …, Editor, The Ledger, moderator: the role as the entry's last field
                          r"|,\s*(?:the\s+)?(?:moderator|facilitator|interviewer)\s*$",
                          re.IGNORECASE)


# Who wrote a meeting's account up, in its list of who takes part (a UN or conference
# report's Rapporteur, a note-taker): the author, not a speaker.
REPORT_AUTHOR_ENTRY = re.compile(r"^(?:Rapporteurs?|Note[- ]?takers?|Recorder|Minute[- ]?taker)"
                                 r"\s*[:：]\s*(?P<value>.+)$", re.IGNORECASE)
# A list's header that may hold the host as well as the guests (an export's SPEAKERS): it is
# the guest list when the list itself says who hosts (Moderator: …).
ROLE_STATING_HEADERS = ("Speakers", "Speaker", "Attendees", "Present", "Panel of speakers")


def _roles_stated_below(name: str, lines: list[Line], index: int) -> bool:
    """``Speakers`` over a list whose entries include ``Moderator: Mr. …``: the speakers'
    list of a report, the host named as such (so the rest are the guests)."""
    if name.title() not in ROLE_STATING_HEADERS and name not in ROLE_STATING_HEADERS:
        return False
    previous = lines[index].number
    for line in lines[index + 1:index + 12]:
        if line.number != previous + 1:
            break  # a blank line ends the list
        previous = line.number
        hosting = HOST_ENTRY.match(line.text)
        if hosting and _latin_person(hosting.group("value")):
            return True
    return False


def _latin_person(text: str) -> tuple[str, str, str] | None:
    """(name, affiliation, title) of ``Dr. Mei Li, Director of Digital Pathology``."""
    match = LATIN_PERSON.match(text.replace("**", "").strip())
    if not match or DATED.match(match.group("what") or ""):
        return None
    what = HOSTING_NOTE.sub("", match.group("what") or match.group("paren") or "").strip(" ,")
    return match.group("name"), what, (match.group("title") or "").strip()


def _end_mark(lines: list[Line]) -> int | None:
    """Index of an end mark (—— END ——, ——完——) in the last third of the file."""
    for index in range(len(lines) - 1, len(lines) * 2 // 3 - 1, -1):
        if index > 0 and END_MARK.match(lines[index].text):
            return index
    return None


def _tail_start(lines: list[Line]) -> int | None:
    """Index of the last tail marker in the second half of the file."""
    for index in range(len(lines) - 1, len(lines) // 2 - 1, -1):
        if index > 0 and (TAIL_MARKERS.match(lines[index].text)
                          or TAIL_MARKERS_EN.match(lines[index].text)):
            return index
    return None


COMMENTS = re.compile(r"^[#*\s▼▲■◆●◎—\-|｜【\[「]*(?:回应|回應|评论|評論|网友评论|網友評論|热门评论"
                      r"|熱門評論|全部评论|全部評論|精选留言|精選留言|留言|读者留言|讀者留言"
                      r"|(?:\d+\s+)?(?:Comments?|Responses|Replies))")
def _fact(text: str) -> tuple[str, str] | None:
    match = BYLINE_NO_COLON.match(text)
    if match and (match.group("publisher") is None or match.group("date")):
        return FACT_KEYS.get(match.group("key"), "author"), match.group("value")
    match = LABEL.match(text)
    if not match:
        return None
    key, value = match.group("key"), match.group("value").strip()
    if key in HOST_KEYS:
        titled = value.split()
        if len(titled) == 2 and is_nickname(titled[1]) and not is_nickname(titled[0]) \
                and re.fullmatch(r"[\u3400-\u9fff]{2,4}", titled[0]) \
                and not is_han_name(titled[0]):
            # 主持：班长 小林 — a group's role word, then the nickname the record uses.
            return "host", titled[1]
        several = [v for v in re.split(r"[、，,/／｜|]|\s+和\s*|\s*&\s*", value) if v.strip()]
        if len(several) == 1 and all(_short_name(v) for v in value.split()):
            several = value.split()  # 主播：小林 阿哲
        if len(several) > 1 and all(_names_only(v) or _short_name(v) for v in several):
            return "host", "、".join(_bare_name(v) for v in several)
        person = _person(value) if not _names_only(value) else (_bare_name(value), "", "")
        return ("host", person[0]) if person else None
    if key not in FACT_KEYS:
        return None
    # A fact is short and is not a sentence: 记者：您怎么看？ is a question, not a byline.
    if URL.search(value) or (len(value) <= 60 and not SENTENCE.search(value)):
        return FACT_KEYS[key], value
    return None


def _guest_list(text: str) -> list[tuple[str, str, str]] | None:
    match = LABEL.match(text)
    if not match or match.group("key") not in GUEST_KEYS:
        return None
    value = match.group("value").replace("**", "")
    if SENTENCE.search(value):
        return None
    guests = []
    for item in re.split(r"[、，,；;]|\s+和\s*|以及", value):
        item = item.strip()
        if not item:
            continue
        person = _person(item)
        if person:
            guests.append(person)
            continue
        found = re.match(r"^(?P<name>[^（(]+?)\s*[（(](?P<aff>.+)[）)]$", item)
        name, affiliation = (found.group("name"), found.group("aff")) if found else (item, "")
        name, honorific = split_honorific(name.strip())
        if not (is_han_name(name) or is_latin_name(name)):
            # "清澜大学教授赵婉清": the name closes the description.
            tail = name_at_end(name)
            if tail is None:
                continue
            affiliation = affiliation or name[: -len(tail)]
            name = tail
        guests.append((name, affiliation.strip(), honorific))
    return guests or None


def _short_fact(text: str) -> bool:
    return len(text) <= 60 and not SENTENCE.search(text) and not LABEL.match(text)


def _person(text: str) -> tuple[str, str, str] | None:
    """(name, affiliation, honorific) of 张伟，启明大学教授 / 周敏 某研究院院长 / 张伟（某大学）."""
    match = PERSON_AND_ROLE.match(text.replace("**", "").strip())
    if not match:
        return None
    name, honorific = split_honorific(match.group("name").strip())
    role = (match.group("role") or "").strip()
    if not (is_han_name(name) or is_latin_name(name)) and not named_before_post(name, role):
        return None
    return name, (match.group("paren") or role).strip(), honorific



# A key's note in brackets before its colon: 出席人員（依座位順序）：.
PARENTHESIS_IN_KEY = re.compile(r"^(?P<key>[^\s:：（(]{2,8})[（(][^）)]{1,12}[）)](?=\s*[:：])")
# A row of a list of participants kept anonymous by code (user research, focus groups, a
# study's interviewees): the code, then what the study says of them, no sentence —
# A1　北區　數學教師 · P3 女 28岁 产品经理 · 受访者B 男 工程师.
CODED_ROW = re.compile(r"^(?P<code>[A-Z]{1,2}\d{1,2}|受[访訪]者[A-Z\d]{1,2}|[A-Z])[\s　]+"
                       r"(?P<what>[^。！？!?：:]{2,60})$")


def _coded_participant(text: str) -> tuple[str, str, str] | None:
    """(code, description, "") of a coded participant's row, else None."""
    match = CODED_ROW.match(text.strip())
    if not match or not re.search(r"[\s　]", match.group("what").strip()) and \
            len(match.group("what")) > 20:
        return None
    return match.group("code"), match.group("what").strip(), ""


def _short_name(value: str) -> bool:
    """A nickname such as 小林 or 阿哲: what podcast pages call their hosts."""
    return bool(re.fullmatch(r"[\u3400-\u9fff]{2,3}|[A-Za-z]{2,12}", _bare_name(value)))


def _bare_name(value: str) -> str:
    value = re.sub(r"[（(][^）)]*[）)]", "", value).replace("**", "").strip()
    return split_honorific(value)[0]


def _names_only(value: str) -> bool:
    value = re.sub(r"[（(][^）)]*[）)]", "", value).replace("**", "").strip()
    name, _ = split_honorific(value)
    return bool(value) and (is_han_name(name) or is_latin_name(name))


# A list entry written surname first, in capitals, as a parliament's or a council's record
# lists its witnesses: LINDQVIST, Ms Sofia, First Assistant Secretary, … (Hansard's form).
SURNAME_FIRST = re.compile(
    r"^[-•·*\s]*(?P<family>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+)?),\s*"
    r"(?:(?P<title>Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.)\s+)?"
    r"(?P<given>[A-Z][a-z\u00e0-\u024f][\w'’\-]*(?:\s+[A-Z][\w'’\-]*\.?){0,2})"
    r"\s*(?:,\s*(?P<what>.+))?$")
# A role in brackets after a name in a list of members: (Chair), (Deputy Chair), （主席）.
LIST_ROLE = re.compile(r"^(?P<name>[^（()）]+?)\s*[（(](?P<role>[^（()）]{1,30})[）)]$")
# The role of whoever presides: a chair (any form), a 主席 or 主持 — the label CHAIR: is theirs.
CHAIR_ROLE = re.compile(r"(?i)^(?:(?:acting|deputy|vice)[\s-]+)?chair(?:man|woman|person)?$"
                        r"|^(?:代理?|副)?(?:主席|主持人?|召集人|主任委[员員])$")
LIST_SPLIT = re.compile(r"\s*(?:[、，,；;]|\band\b|和|及)\s*")
TURN_SHAPE = re.compile(r"^(?:[^\s:：，,。]{1,20}|[A-Z][A-Za-z.'’\- ]{1,40})\s?[:：]\s*\S")


@dataclass
class ListEntry:
    """A person a list of who takes part gives: their name, what they do, a title, and
    the role the list marks for them ((Chair))."""

    name: str
    what: str = ""
    title: str = ""
    role: str = ""


def list_entries(text: str) -> list[ListEntry]:
    """The people one line of a list of who takes part names, else []: one person with what
    they do (``LINDQVIST, Ms Sofia, …``, ``Dr. Mei Li, Director``, ``张伟，某大学教授``) or
    several names in a row, each maybe with a role in brackets, after a plural title that
    names them all (``Senators Margaret Vance (Chair), Tom Brennan and Anika Mistry``)."""
    text = text.replace("**", "").strip()
    first = SURNAME_FIRST.match(text)
    if first and not first.group("title") and " " in first.group("family") \
            and " " in first.group("given"):
        # MARGARET OYELARAN, Board President: two words in capitals, then two more, no
        # title between: a name in capitals and what the person does (LINDQVIST, Ms Sofia
        # and GARCÍA MÁRQUEZ, Lucía put the surname first).
        first = None
    if first:
        family = first.group("family").title()
        return [ListEntry(f"{first.group('given')} {family}", (first.group("what") or "").strip(),
                          (first.group("title") or "").rstrip("."))]
    if not SENTENCE.search(text) and not text.endswith("."):
        items = [i for i in LIST_SPLIT.split(text) if i]
        if len(items) >= 2:
            entries = _named_items(items)
            # (Names alone in a row are a meeting's attendees, the host among them: a list
            # of members marks who presides.)
            if any(e.role for e in entries):
                return entries
            names = [i for i in items if is_latin_name(i) and " " in i or is_han_name(i)]
            # (Names in a row are written alike: MARGARET OYELARAN, Board President is a
            # name in capitals and what the person does.)
            alike = len({i.isupper() for i in names}) == 1
            if len(names) >= 2 and len(names) * 2 >= len(items) and alike:
                return []
    posted = posted_entry(text)
    if posted:
        return [posted]
    latin = _latin_person(text)
    if latin and latin[1] and len(text) <= 200:
        return [ListEntry(latin[0], latin[1], latin[2])]
    person = _person(text)
    if person and person[1] and is_han_name(person[0]) and re.match(
            rf"^[-•·*\s]*{re.escape(person[0])}\S*?\s*[，,（(]", text):
        return [ListEntry(person[0], person[1], person[2])]
    return []


# Honours and post-nominal letters after a name, comma-separated (, G.B.S., J.P. · , M.H. ·
# , SBS, JP · , OBE): how Commonwealth and Hong Kong records print them after a name.
POST_NOMINALS = re.compile(r"(?:\s*,\s*(?:[A-Z]\.?){1,5}(?![A-Za-z]))+\s*$")
# A line wholly in Latin capitals: a bilingual record's English rendering of the entry above
# it (THE HONOURABLE TANG KA-WAI, J.P. · SECRETARY FOR …).
CAPITALS_LINE = re.compile(r"^[A-Z][A-Z0-9 .,'’&()\-–]{5,}$")


def without_post_nominals(text: str) -> str:
    """A name with the honours after its comma dropped: 鄧某某議員, J.P. → 鄧某某議員."""
    return POST_NOMINALS.sub("", text).strip()


def posted_entry(text: str) -> ListEntry | None:
    """One person of an attendance list written as a council's record writes it: a post
    before the name, a title after it, honours after a comma (主席某某某議員, G.B.S., J.P. ·
    某某局局長某某某先生, J.P. · 某某某議員): the name, with the post as what they do (the
    chair's post as their role). A title or honours must be there: a bare run is no entry."""
    bare = without_post_nominals(text.replace("**", "").strip().lstrip("-•·* "))
    honoured = bare != text.replace("**", "").strip().lstrip("-•·* ")
    run, title = split_honorific(bare)
    if not (title or honoured) or not re.fullmatch(r"[\u3400-\u9fff]{2,30}", run):
        return None
    name = name_at_end(run)
    if not name:
        return None
    post = run[: -len(name)]
    if post and len(post) < 2:
        return None
    if CHAIR_ROLE.match(post):
        return ListEntry(name, "", title, post)
    return ListEntry(name, post, title)


def listed_people(lines: list[Line]) -> dict[str, str]:
    """Each name, post and role the file's lists of who takes part give, mapped to the
    person they name (孫某某 → 孫某某, 某某局局長 → 孫某某, 主席 → 梁某某): the forms a turn's
    label may take. A post two people hold names neither."""
    found: dict[str, str] = {}
    doubled: set[str] = set()
    for _, _, people in list_sections(lines):
        for person in people:
            for form in {person.name, person.what, person.role} - {""}:
                if found.get(form, person.name) != person.name:
                    doubled.add(form)
                found[form] = person.name
    stated = {form: name for form, name in found.items() if form not in doubled}
    return {**stated, **post_heads(stated)}


def listing_lines(lines: list[Line]) -> set[int]:
    """The numbers of the lines that list who takes part (list_sections: a short heading,
    then entries): neither speech nor report, so no reader's fit counts them."""
    return {lines[i].number for heading, rows, _ in list_sections(lines)
            for i in (heading, *rows)}


def _named_items(items: list[str]) -> list[ListEntry]:
    """Names in a row, each maybe with a role in brackets; the first may follow a plural
    title (Senators, Councillors, Members) that names them all."""
    entries = []
    for position, item in enumerate(items):
        bracket = LIST_ROLE.match(item)
        name, role = (bracket.group("name").strip(), bracket.group("role").strip()) \
            if bracket else (item.strip(), "")
        words = name.split()
        if position == 0 and len(words) >= 3 and words[0].endswith("s") \
                and is_latin_name(" ".join(words[1:])):
            name = " ".join(words[1:])  # Senators Margaret Vance: the title is everyone's
        name, title = split_honorific(name)
        if not ((is_latin_name(name) and " " in name) or is_han_name(name)):
            return []
        entries.append(ListEntry(name, "", title, role))
    return entries


def list_sections(lines: list[Line]) -> list[tuple[int, list[int], list[ListEntry]]]:
    """Sections before the first labelled turn headed as lists of people (Members in
    attendance, Witnesses, 出席, 列席 — found by shape, not by their words): a short line
    that is no sentence and names nobody, then lines that each name people with what they
    do. (heading's index, the entries' indexes, the people) for each."""
    rosters = roster_sections(lines)
    in_roster = {i for heading, rows, _ in rosters for i in (heading, *rows)}
    end = next((i for i, line in enumerate(lines) if TURN_SHAPE.match(line.text)
                and not list_entries(line.text) and i not in in_roster), len(lines))
    # (A record's attendance list is read wherever it stands: its datelines (时间：…) may
    # come first.)
    found = list(rosters)
    index = 0
    while index < end:
        if index in in_roster:
            index += 1
            continue
        text = lines[index].text.rstrip(":：").strip()
        if not (0 < len(text) <= 40 and not SENTENCE.search(text) and "." not in text
                and not list_entries(text)):
            index += 1
            continue
        rows: list[int] = []
        people: list[ListEntry] = []
        following = index + 1
        while following < end and following not in in_roster:
            entries = list_entries(lines[following].text)
            bilingual = people and all(is_han_name(p.name) for p in people)
            if bilingual and CAPITALS_LINE.match(lines[following].text.strip()):
                rows.append(following)  # the entry above again, in English capitals
                following += 1
                continue
            if not entries:
                break
            rows.append(following)
            people += entries
            following += 1
        if rows:
            found.append((index, rows, people))
            index = following
        else:
            index += 1
    return sorted(found)


# A record's attendance key: the word a record of a meeting opens a list of who attended with
# (出席委員 ： · 列席人员： · 缺席 · 参加人员 · Present: · In attendance: · Apologies:), the
# convention of minutes (纪要, 会议记录, board and committee minutes) in both languages.
ROSTER_KEY = re.compile(
    r"^\s*(?P<key>(?:出席|列席|缺席|參加|参加|參與|参与|與會|与会|到會|到会|請假|请假)"
    r"[\u3400-\u9fff]{0,6}|(?i:present|in attendance|also present|attendance|attending"
    r"|members present|absent|apologies))\s*[:：]\s*(?P<value>.*)$")
# Keys of a list of who did not attend: their people do not speak.
ABSENT_KEY = re.compile(r"缺席|請假|请假|(?i:absent|apologies)")
# A line of a list that is a unit or a post, no person (創新科技及工業局 · 总议会秘书(1)6 ·
# Chief Executive Officer): short, no sentence, no comma.
POST_LINE = re.compile(r"^[\u3400-\u9fffA-Za-z0-9()（）&／/\- ]{2,40}$")


# The last word of an English post (Chief Financial Officer, Company Secretary, Dean of
# Students): a post's line, never a name, in a list of who attended.
LATIN_POST_END = re.compile(r"\b(?:Officer|Director|Secretary|Manager|President|Treasurer"
                            r"|Counsel|Dean|Registrar|Clerk|Minister|Commissioner|Chair"
                            r"|Chairman|Chairwoman|Chairperson|Head|Controller|Auditor)\b"
                            r"|\bof\b")


def _roster_person(text: str) -> ListEntry | None:
    """One person of an attendance list: a name with a title or honours, maybe a role in
    brackets after it (霍某某議員 (副主席) · 張某某委员（主持）· Jane Doe (Chair))."""
    bracket = re.match(r"^(?P<who>.+?)\s*[（(](?P<role>[^（()）]{1,12})[）)]\s*$", text)
    who, role = (bracket.group("who"), bracket.group("role")) if bracket else (text, "")
    entry = posted_entry(who)
    if entry is None:
        bare, title = split_honorific(without_post_nominals(who))
        # 某某某博士議員: two titles after the name.
        name, second = split_honorific(bare)
        if (title or second) and (is_han_name(name)
                                  or re.fullmatch(r"[\u3400-\u9fff]{2,4}", name)):
            # (A title or honours mark the run before them as the name, of any surname:
            # 容某某議員, J.P.)
            entry = ListEntry(name, "", second or title)
        elif (is_latin_name(bare) and " " in bare and not LATIN_POST_END.search(bare)
              or role and is_han_name(bare)):
            entry = ListEntry(bare)  # (a name with its role in brackets: 何某某（主持）)
    if entry is None:
        return None
    if role:
        entry.role = role
    return entry


def roster_sections(lines: list[Line]) -> list[tuple[int, list[int], list[ListEntry]]]:
    """A record's attendance lists (a key such as 出席委員 ： or Present:, then one person a
    line, each maybe with their post on the line after or before, and unit lines between),
    read as list_sections reads a list: (key's index, the rows after it, the people). A post
    written beside a person is what they do (``what``); a role in brackets marks who presides.
    The lists run while lines stay short and unpunctuated and no blank line parts them from
    the next key."""
    found = []
    index = 0
    while index < len(lines):
        key = ROSTER_KEY.match(lines[index].text)
        if not key or not key.group("value").strip():
            # (A key alone on its line heads a list that list_sections reads.)
            index += 1
            continue
        values = [key.group("value").strip()]
        rows: list[int] = []
        following = index + 1
        while following < len(lines):
            line = lines[following]
            if ROSTER_KEY.match(line.text) or line.number - lines[following - 1].number > 1:
                break
            text = line.text.strip()
            if not (_roster_person(text) or POST_LINE.match(without_post_nominals(text))):
                break
            values.append(text)
            rows.append(following)
            following += 1
        people: list[ListEntry] = []
        posts: list[tuple[int, str]] = []
        for at, value in enumerate(values):
            person = _roster_person(value) if value else None
            if person:
                people.append(person)
                posts.append((at, ""))
        absent = bool(ABSENT_KEY.search(key.group("key")))
        for (at, _), person in zip(posts, people, strict=True):
            if person.what:
                continue
            # The post on the line after the name, else on the line before (a unit's line
            # before a name is no post when a post follows the name).
            after = values[at + 1] if at + 1 < len(values) else ""
            before = values[at - 1] if at >= 1 else ""
            if after and not _roster_person(after):
                person.what = after
            elif before and not _roster_person(before):
                person.what = before
        if people or rows:
            found.append((index, rows, [] if absent else people))
        index = following
    return found
