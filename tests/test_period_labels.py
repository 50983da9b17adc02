"""Labels closed by a period (the Congressional Record's ``Mr. REID.``, a play's ``HAMLET.``)
read as labels where the file shows them so, and never a sentence's ``Yes.``."""

from __future__ import annotations

from roundtable.readers.labels import period_labels


def test_labels_in_capitals_closed_by_a_period_recur_and_become_labels():
    # An invented play script: names in capitals, a period, the words.
    lines = [
        "ACT ONE",
        "MARGIT. The boat is late again.",
        "ODELL. It is always late in fog.",
        "MARGIT. Then we wait.",
        "ODELL. We wait.",
    ]
    found = period_labels(lines)
    assert found == {1: "MARGIT: The boat is late again.", 2: "ODELL: It is always late in fog.",
                     3: "MARGIT: Then we wait.", 4: "ODELL: We wait."}


def test_a_title_and_a_name_keep_the_indentation_before_them():
    lines = ["    Senator Vance. The hearing will come to order.",
             "    Dr. Imre Kosa. Thank you, Senator.",
             "    Senator Vance. Please begin.",
             "    Dr. Imre Kosa. Our survey covers nine states."]
    assert period_labels(lines)[1] == "    Dr. Imre Kosa: Thank you, Senator."


def test_sentences_that_open_with_a_short_word_and_a_period_are_no_labels():
    # Speech in which Yes. and Thank you. recur: one word not in capitals, or a sentence.
    lines = ["Yes. We tried that.", "Yes. It failed.", "Thanks. Next one.", "Thanks. Go on.",
             "Right. Good."]
    assert period_labels(lines) == {}


def test_one_recurring_prefix_alone_is_not_the_file_s_label_convention():
    lines = ["New York. The city woke late.", "New York. Rain again.", "Paris. Sun."]
    assert period_labels(lines) == {}


def test_a_title_s_own_period_before_a_colon_label_is_left_alone():
    lines = ["MS. HALE: Welcome.", "DR. OSEI: Thanks.", "MS. HALE: First question.",
             "DR. OSEI: Sure."]
    assert period_labels(lines) == {}


def test_the_congressional_record_s_title_and_name_in_capitals():
    lines = ["Mr. DORSEY. Madam President, I rise today.", "Ms. KALE. Will the Senator yield?",
             "Mr. DORSEY. I yield.", "Ms. KALE. I thank the Senator."]
    assert period_labels(lines)[0] == "Mr. DORSEY: Madam President, I rise today."
