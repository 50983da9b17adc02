"""Bytes to text (readers/source.py): any encoding a transcript arrives in is read, and the
encoding it was read in is named; only bytes that no decoding reads as text are refused."""

from __future__ import annotations

import pytest

from roundtable.model import TranscriptError
from roundtable.readers.source import decode

# A Hong Kong radio phone-in, written in Cantonese: 嘅, 啲, 咗, 㗎 are HKSCS characters.
CANTONESE = ("主持：早晨，今日個題目係人工智能同教育。\n"
             "聽眾陳先生：我想問下，啲細路用咗AI做功課，學校會點睇㗎？\n"
             "嘉賓：呢個係好多家長關心嘅問題，我哋建議老師改變評核方法。\n")


def test_big5_hkscs_cantonese_is_read_in_hkscs():
    raw = CANTONESE.encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("big5")  # plain Big5 has no 嘅 or 咗
    assert decode(raw, "phone-in.txt") == (CANTONESE, "big5hkscs")


def test_plain_big5_keeps_its_name_though_hkscs_reads_it_too():
    text = "記者：請問貴校何時開設人工智慧課程？\n校長：明年秋季開始，先從選修課做起。\n"
    assert decode(text.encode("big5"), "x.txt") == (text, "big5")


@pytest.mark.parametrize(("text", "encoding", "named"), [
    # A Japanese 座談会 record from Windows (Shift_JIS), with English words in it.
    ("座談会の記録\n\n司会：本日はAIの研究についてお話を伺います。まず最近の成果を教えてください。\n\n"
     "田中：ありがとうございます。私たちは言語モデルの評価方法を研究しています。\n",
     "shift_jis", "cp932"),
    # A Korean interview in EUC-KR, code-mixed with English.
    ("인터뷰 기록\n\n사회자: 오늘은 인공지능 연구에 대해 이야기해 보겠습니다. "
     "먼저 소개를 부탁드립니다.\n\n"
     "김민수: 안녕하세요. 저는 언어 모델을 연구하고 있습니다. AI safety도 관심이 있어요.\n",
     "euc_kr", "cp949"),
    # A Russian panel in KOI8-R.
    ("Интервью\n\nВедущий: Расскажите, пожалуйста, о вашей работе над языковыми моделями.\n\n"
     "Иванов: Спасибо. Мы занимаемся оценкой больших моделей и открытых наборов данных.\n",
     "koi8_r", "koi8_r"),
], ids=["shift_jis", "euc_kr", "koi8_r"])
def test_another_legacy_encoding_is_read_in_the_encoding_the_detector_names(
        text, encoding, named):
    assert decode(text.encode(encoding), "talk.txt") == (text, named)


def test_bytes_that_no_decoding_reads_as_text_are_refused_with_a_hint():
    # Control bytes and stray high bytes: what a binary file (an audio file, a zip) holds.
    raw = bytes(range(256)) * 4
    with pytest.raises(TranscriptError) as caught:
        decode(raw, "audio.txt")
    assert "not UTF-8" in caught.value.message and caught.value.hint
