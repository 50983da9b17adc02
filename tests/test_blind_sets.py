"""The blind sets (``tests/corpus/blindNN/``): transcripts written by helpers who never saw the
readers, each scored before anyone fixed a rule against it (the scores are in
seeds/README.md). Once a round has fixed against a set, each of its files must keep reading at
least as well as it did when that round ended: no fewer answer lines credited right, no more
lines published as speech that are not. A better reading raises the floor by hand (the failure
says so), so the table is always what the readers do now."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from corpus_score import CORPUS, Score, read, score, truth_of
from roundtable.model import TranscriptError


@dataclass(frozen=True)
class Floor:
    right: int
    """Answer lines credited to who said them (a ``?`` line: warned at)."""
    answers: int
    as_speech: int
    """Lines that are nobody's words, or an asker's, published as someone's answer."""
    refused: bool = False


FLOORS: dict[str, Floor] = {
}


def _read(key: str) -> Score | TranscriptError:
    path = CORPUS / key
    try:
        return score(path, read(path))
    except TranscriptError as error:
        return error


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_each_blind_file_reads_at_least_as_well_as_when_its_round_ended(key: str):
    floor = FLOORS[key]
    result = _read(key)
    if isinstance(result, TranscriptError):
        assert floor.refused, f"refused now, read when its round ended: {result}"
        assert result.fix is not None, "a refusal names a fix a program can apply"
        return
    assert result.answers == floor.answers, "the truth file changed: record its floor again"
    assert result.right >= floor.right, result.wrong
    assert len(result.published_as_speech) <= floor.as_speech, result.published_as_speech
    assert (result.right, len(result.published_as_speech), False) == (
        floor.right, floor.as_speech, floor.refused), "reads better: raise its floor in FLOORS"


def test_every_file_of_every_blind_set_has_a_floor():
    on_disk = {f"{folder.name}/{path.name}" for folder in CORPUS.glob("blind*")
               for path in folder.iterdir()
               if path.with_name(path.stem + ".truth.tsv").is_file()
               and not path.name.endswith(".truth.tsv")}
    assert on_disk == set(FLOORS)
    for key in FLOORS:
        assert truth_of(Path(CORPUS / key)).lines
