"""The panel at a glance, as data: answer anchors, the grid, the topic cloud, the timeline."""

from __future__ import annotations

from roundtable.model import Answer, Paragraph, Part, Question, Speaker, Topic, Transcript
from roundtable.pages.glance import (
    answer_anchors,
    answer_grid,
    cloud_sizes,
    timeline_years,
    topic_cloud,
)
from roundtable.pages.pages import english_label


def _question(*speakers: str) -> Question:
    answers = tuple(
        Answer(s, (Paragraph(f"q-{s}-{i}", i, "…"),)) for i, s in enumerate(speakers)
    )
    return Question("q", 1, "?", answers)


def _topic(topic_id: str, year: int | None) -> Topic:
    return Topic(topic_id, topic_id, topic_id, "model", (topic_id,), "…", year=year)


def test_answer_anchors_name_the_speaker_so_they_survive_new_answers():
    assert answer_anchors(_question("hu-han", "chu-hang")) == ["answer-hu-han", "answer-chu-hang"]
    # Another speaker answering first moves nothing.
    assert answer_anchors(_question("chen-yujun", "hu-han", "chu-hang"))[1:] == [
        "answer-hu-han",
        "answer-chu-hang",
    ]


def test_a_speaker_answering_twice_gets_a_numbered_second_anchor():
    assert answer_anchors(_question("hu-han", "chu-hang", "hu-han")) == [
        "answer-hu-han", "answer-chu-hang", "answer-hu-han-2",
    ]


# Who answered each of the seed's questions, with how many paragraphs (read off the seed).
SEED_GRID = {
    "most-impressive-2021": {"hu-han": 1, "chen-yujun": 1, "chu-hang": 1},
    "large-or-small": {"chen-yujun": 1, "chu-hang": 1},
    "convolution-vs-transformer": {"hu-han": 2},
    "cv-vs-nlp-scale": {"hu-han": 2},
    "general-vs-specialised": {"chen-yujun": 2, "hu-han": 1},
    "bottlenecks-and-outlook": {"chen-yujun": 1, "chu-hang": 1, "hu-han": 1},
}


def test_grid_has_a_row_per_question_and_a_cell_per_speaker_with_paragraph_counts(model):
    grid = answer_grid(model)
    assert [q.id for q, _ in grid] == list(SEED_GRID)
    for question, cells in grid:
        assert [c.speaker.id for c in cells] == ["hu-han", "chen-yujun", "chu-hang"]
        spoken = SEED_GRID[question.id]
        assert {c.speaker.id: c.paragraphs for c in cells if c.paragraphs} == spoken
        for cell in cells:
            assert cell.anchor == (f"answer-{cell.speaker.id}" if cell.speaker.id in spoken
                                   else ""), (question.id, cell.speaker.id)


def test_a_speaker_answering_twice_is_one_cell_counting_both_opening_the_first():
    speakers = tuple(Speaker(s, s) for s in ("hu-han", "chu-hang", "chen-yujun"))
    question = Question("q", 1, "?", (
        Answer("hu-han", (Paragraph("a", 2, "…"), Paragraph("b", 3, "…"))),
        Answer("chu-hang", (Paragraph("c", 4, "…"),)),
        Answer("hu-han", (Paragraph("d", 5, "…"),)),
    ))
    panel = Transcript("p", "p.txt", "标题", 1, (), (Part("part", 1, "部分", (question,)),),
                       speakers, ())
    ((row_question, cells),) = answer_grid(panel)
    assert row_question is question
    assert [(c.speaker.id, c.paragraphs, c.anchor) for c in cells] == [
        ("hu-han", 3, "answer-hu-han"), ("chu-hang", 1, "answer-chu-hang"), ("chen-yujun", 0, ""),
    ]


def test_cloud_sizes_span_every_step_on_a_log_scale():
    sizes = cloud_sizes({"rare": 1, "some": 4, "common": 16})
    assert sizes == {"rare": 1, "some": 3, "common": 5}
    assert cloud_sizes({"a": 3, "b": 3}) == {"a": 3, "b": 3}
    assert cloud_sizes({}) == {}


def test_cloud_counts_passages_mentioning_each_topic_in_vocabulary_order():
    class P:
        def __init__(self, *topics: str) -> None:
            self.topics = topics

    topics = [_topic("a", None), _topic("b", None), _topic("c", None)]
    cloud = topic_cloud(topics, [P("b"), P("b", "a"), P("b")])
    assert [(t.id, count) for t, count, _ in cloud] == [("a", 1), ("b", 3)]
    assert cloud[1][2] > cloud[0][2]


def test_timeline_keeps_empty_years_and_leaves_undated_topics_out():
    years = timeline_years([_topic("bert", 2018), _topic("lab", None), _topic("convnext", 2022),
                            _topic("clip", 2021), _topic("beit", 2021)])
    assert [y.year for y in years] == [2018, 2019, 2020, 2021, 2022]
    assert [t.id for t in years[3].topics] == ["clip", "beit"]
    assert years[1].topics == () and all(t.id != "lab" for y in years for t in y.topics)


def test_english_labels_are_escaped_and_marked_as_editorial_english():
    label = str(english_label("Swin <V2> & co"))
    assert 'lang="en"' in label and 'class="en-label"' in label and "Editorial" in label
    assert "&lt;V2&gt; &amp; co" in label


def test_every_grid_cell_names_the_question_it_links_to_and_the_speaker_who_answers(
    site, model
):
    """A screen reader hears, for each cell, the question and speaker the link opens."""
    import re

    home = (site / "index.html").read_text(encoding="utf-8")
    grid = home[home.index('class="answer-grid__table"'):home.index("</table>")]
    cells = re.findall(r'<td class="answer-grid__yes"><a href="([^"]+)" title="([^"]+)" '
                       r'aria-label="([^"]+)"', grid)
    number = {q.id: index for index, q in enumerate(model.questions, 1)}
    names = {s.id: s.name for s in model.speakers}
    assert len(cells) == sum(len(spoken) for spoken in SEED_GRID.values())
    for href, title, label in cells:
        question_id, anchor = re.fullmatch(r".*/([^/]+)/#answer-(.+)", href).groups()
        asked = f"第 {number[question_id]} 问"
        assert asked in title and asked in label, (href, title, label)
        assert title.startswith(names[anchor]) and label.startswith(names[anchor]), href
