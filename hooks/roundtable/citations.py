"""How a passage or a page is cited: who is speaking, in which source. Knows nothing of MkDocs."""

from __future__ import annotations

from .model import Question, Speaker, Transcript


def citation(
    transcript: Transcript, question: Question | None, speaker: Speaker | None
) -> tuple[str, str]:
    """Who speaks and where, for a citation: ``(who, source)``.

    The page script assembles ``who，source URL`` for a paragraph and
    ``who：“selection”——source URL`` for a quote, e.g. ``陈虞君（循环智能）：“…”——《…》，
    问：“…”，机器之心「…」模型专场直播，2022 年 1 月。https://…#anchor``.
    """
    if speaker:
        who = f"{speaker.name}（{speaker.affiliation}）" if speaker.affiliation else speaker.name
    else:
        who = "主持人" if question else "实录导语"
    info = transcript.info
    event = "".join(str(info.get(key, "")) for key in ("series", "session", "format"))
    parts = [f"《{transcript.title}》"]
    if question:
        parts.append(f"问：“{question.text}”")
    parts += [text for text in (event, str(info.get("date_label") or info.get("date", ""))) if text]
    return who, "，".join(parts) + "。"


