"""Labels that say who a turn is by a role and a name together (issue 26, layers 4–6): a
question label naming its asker in brackets (问1（某委员）：), a role with its holder in
brackets (主持（某某）：), a position with a name (住院医师某某：) and their later short
forms. Each rule on a small invented file of its own shape."""

from __future__ import annotations

from roundtable.readers.identity import positioned_person
from roundtable.readers.labels import held_role
from roundtable.transcript import load, parse
from test_identity import said, write


def test_a_role_word_with_its_holder_in_brackets_is_that_person_in_that_role():
    assert held_role("问2（孔令仪委员）") == ("问2", "孔令仪")
    assert held_role("追问（孔令仪委员）") == ("追问", "孔令仪")
    assert held_role("主持（葉思敏）") == ("主持", "葉思敏")
    assert held_role("嘉賓（杜君怡博士）") == ("嘉賓", "杜君怡")
    assert held_role("Q (Dr. Mensah)") == ("Q", "Mensah")
    assert held_role("陶然（星澜大学）") is None, "a name and where they work"
    assert held_role("主持人（科主任）") is None, "a position in brackets names nobody"


def test_a_position_before_or_after_a_name_is_that_person():
    assert positioned_person("主治医师邵启明") == "邵启明"
    assert positioned_person("邵启明主治医师（心内科）") == "邵启明"
    assert positioned_person("邵主任") is None, "a surname and a title: resolved by identity"
    assert positioned_person("主治医师") is None


DEFENCE = """\
某某大学硕士学位论文答辩记录
答辩人：纪晓岚　　学号：20230001
答辩委员会委员：孔令仪 教授、蒋柏川 研究员
答辩秘书：闫冬　　到会委员：3人

一、答辩程序
1. 主席宣布答辩开始，答辩人报告论文内容（略）。

二、提问与回答
问1（孔令仪委员）：你的数据集是怎么划分的？
答：按说话人划分，训练集和测试集没有重叠的说话人。
另外开发集单独留了两成。
问2（蒋柏川研究员）：模型能在手机上跑吗？
答：量化以后可以，实时率在零点五左右。
追问（孔令仪委员）：内存占用呢？
答：大约四百兆，我打算下一步再压缩。

三、评议
委员会无记名投票，同意3票，通过答辩。
"""


def test_a_defence_record_credits_each_question_to_the_member_its_label_names(tmp_path):
    """问N（X委员）： is X's question; every bare 答： is the candidate's, whom the header's
    答辩人 names; the procedure and the vote, narrated under their headings, are no one's
    words; the header's form fields are not a turn."""
    transcript = parse(write(tmp_path, "defence.txt", DEFENCE))
    assert transcript.format == "interview"
    askers = [(q.line, q.asker) for part in transcript.parts for q in part.questions]
    assert askers == [(10, "孔令仪"), (13, "蒋柏川"), (15, "孔令仪")]
    assert said(transcript) == [(11, "纪晓岚"), (12, "纪晓岚"), (14, "纪晓岚"), (16, "纪晓岚")]
    excluded = {e.line for e in transcript.excluded}
    assert {4, 6, 7, 18, 19} <= excluded, "form fields, narrated procedure and vote"


PHONE_IN = """\
【電台謄本】
主持：葉思敏（Amy）、羅子謙（阿謙）
嘉賓：杜君怡博士（某大學研究員）

主持（葉思敏）：早晨，今日講長者用智能手機。
嘉賓（杜君怡博士）：早晨Amy，早晨阿謙。
主持（羅子謙）：杜博士，長者最大嘅困難係咩？
杜博士：主要係字太細同埋驚按錯嘢，所以我哋教佢哋先放大字體。
Amy：咁屋企人可以點幫手？
杜博士：陪佢哋一齊用，唔好代佢哋按，等佢哋自己試。
阿謙：好，我哋開放電話。第一位聽眾李生，早晨。
聽眾李生：早晨。我阿媽成日收到啲詐騙短訊，點算好？
杜博士：李生，可以幫佢開咗過濾功能，再教佢唔好撳短訊入面嘅連結。
〔電話線雜音〕
Amy：好，多謝杜博士，多謝李生。
"""


def test_hosts_named_once_in_full_still_host_under_their_short_forms(tmp_path):
    """主持（X）： is host X; the byline's X（Amy） makes Amy： X's too, so Amy's and 阿謙's
    questions are never a guest's answers; a caller (聽眾李生) asks; 〔〕 holds the
    transcriber's note."""
    transcript = parse(write(tmp_path, "phone-in.txt", PHONE_IN))
    assert {who for _, who in said(transcript)} == {"杜君怡"}
    askers = [q.asker for part in transcript.parts for q in part.questions]
    assert set(askers) == {"葉思敏", "羅子謙", "聽眾李生"}
    assert [q.audience for part in transcript.parts for q in part.questions
            if q.asker == "聽眾李生"] == [True]
    assert 14 in {e.line for e in transcript.excluded}


CONFERENCE = """\
某医院心内科
疑难病例讨论记录
主持人：韦振国（科主任，主任医师）
参加人员：邵启明（主治医师）、岑晓雯（住院医师）

一、病史汇报
住院医师岑晓雯：患者男，六十二岁，因胸痛三天入院，心电图提示前壁缺血。

二、讨论意见
韦振国主任：今天主要讨论要不要马上做介入。邵主治，你的意见？
邵启明主治医师：我倾向尽快做造影，肌钙蛋白在升高。
韦主任：风险怎么评估？
邵主治：评分属于高危，获益大于风险。
进修医师米思远：想请教一下，造影前需要先停抗凝药吗？
邵启明：不需要停，术中按体重调整剂量就可以。

三、主持人总结
韦振国：综合大家的意见，决定如下：
1. 明日上午行冠脉造影，必要时植入支架。
2. 由邵启明负责与家属沟通。
"""


def test_positions_with_names_and_their_aliases_are_one_person_each(tmp_path):
    """住院医师X： and X主治医师： are X; 邵主治 and 韦主任 resolve to the one person of that
    surname the file names; a participant who speaks once to ask asks (with the labels:
    line that settles it); the chair's itemised summary is his own statement."""
    path = write(tmp_path, "conference.txt", CONFERENCE)
    transcript = parse(path)
    assert said(transcript) == [(7, "岑晓雯"), (11, "邵启明"), (13, "邵启明"), (15, "邵启明"),
                                (18, "韦振国"), (19, "韦振国"), (20, "韦振国")]
    askers = [q.asker for part in transcript.parts for q in part.questions if q.number]
    assert askers == ["韦振国", "韦振国", "米思远"]
    fixes = [w.fix.text for w in transcript.warnings if w.fix and "米思远" in w.message]
    assert fixes == ["labels:\n  进修医师米思远: audience"]
    path.with_suffix(".yml").write_text(fixes[0] + "\n", encoding="utf-8")
    settled = load(path)
    assert said(settled) == said(transcript)
    assert not [w for w in settled.warnings if "米思远" in w.message]


def test_a_question_number_before_a_name_is_that_person_asking():
    """Q5 Dr Jane Roe:, 问3 罗文清代表： a hearing numbers each member's question before
    the member's name: the person asks, whatever else their label says."""
    assert held_role("Q12 Dr Imogen Reyes") == ("Q12", "Imogen Reyes")
    assert held_role("Q104 Chair") == ("Q104", "Chair")
    assert held_role("问3 罗文清代表") is None, "代表 is no title the holder rule knows"
    assert held_role("问3 罗文清委员") == ("问3", "罗文清")
    assert held_role("Q5") is None, "a bare number names nobody"


INQUIRY = """\
某市人大常委会专题询问实录（节选）
询问对象：市数据局局长 郝立群、市财政局副局长 邝雨
主持：常委会副主任 范晓东

问1 罗文清委员：政务大模型上线一年，群众办事时间到底缩短了多少？
郝立群：平均缩短了四成，跨部门事项缩短得更多。
邝雨：补充一点，财政这边的审批也从五天压到两天。
问2 孟昭委员：模型答错了谁来担责？有没有纠错机制？
郝立群：答错的由承办部门负责，我们每周抽检一千条。
问3 罗文清委员：抽检的结果公开吗？
郝立群：今年起按季度公开。
邝雨：经费上我们也单列了抽检的预算。
"""


def test_numbered_questions_are_the_members_not_an_answer_going_on(tmp_path):
    """Each member is numbered once or twice (too few to recur as a label): the numbered
    turns are the members' questions, never the previous answerer's words going on."""
    transcript = parse(write(tmp_path, "inquiry.txt", INQUIRY))
    askers = [(q.line, q.asker) for part in transcript.parts for q in part.questions]
    names = {s.id: s.name for s in transcript.speakers}
    assert [(line, names.get(who, who)) for line, who in askers] == [
        (5, "罗文清"), (8, "孟昭"), (10, "罗文清")]
    assert said(transcript) == [(6, "郝立群"), (7, "邝雨"), (9, "郝立群"), (11, "郝立群"),
                                (12, "邝雨")]
