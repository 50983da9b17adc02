"""English reported speech: a recap or news story that tells who said what.

The same account as a Chinese report's (reported.py), in the ways English reports write it
(newswire and blog conventions, not words of one file):

* a person is credited when the paragraph makes them the subject of a reporting verb
  (Vidal said…, Okafor, for his part, expects…, “…,” Okafor said), the owner of a view
  (In Okafor’s view…, Okafor’s advice was…, according to Okafor) or simply opens it as its
  subject (Okafor was more skeptical.);
* a paragraph whose subject is he, she or they, or whose only attribution is such a tag
  (…, she said), continues the last person credited;
* a paragraph with no attribution at all is the report's own account, never a speaker's;
* a person who asks (Lee opened by asking…, Lee then turned to…?) asks: the one who asks
  most is the moderator, anyone else asking who is never credited a view asks from the floor;
* the byline (By Jane Roe · date) is the page's, not the report.

People are the full names the page writes (latin_people) whose surname it has speaking,
asking or owning a view; each is credited by the full name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .attribution import Hit
from .forms import latin_people

_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
# Reporting verbs of English news writing, present and past.
VERBS = (
    "said", "says", "argued", "argues", "noted", "notes", "added", "adds", "warned", "warns",
    "agreed", "agrees", "disagreed", "disagrees", "predicted", "predicts", "expects",
    "expected", "suggested", "suggests", "explained", "explains", "pointed out", "countered",
    "replied", "answered", "responded", "insisted", "insists", "believes", "believed",
    "thinks", "thought", "estimated", "estimates", "stressed", "recalled", "conceded",
    "acknowledged", "emphasized", "emphasised", "observed", "contended", "cautioned",
    "urged", "recommended", "admitted", "maintained", "claimed", "proposed", "told",
    "described", "called", "offered", "shared", "wrote", "argue", "say",
    # A rapporteur's summary's verbs (a UN or conference report's reported speech).
    "stated", "states", "highlighted", "underlined", "underscored", "reiterated", "remarked",
    "commented", "mentioned", "concluded", "indicated", "affirmed",
)
ASKING = r"(?:asked|asks|asking|wanted to know|wondered|turned to|pressed|invited|put (?:a|the|her|his) question)"  # noqa: E501
# What a view is called when a report makes a person its owner: Okafor’s advice was…
VIEW_NOUNS = (r"view|views|advice|answer|point|suggestion|argument|response|reply|take|"
              r"prediction|conclusion|recommendation|verdict|position|assessment|message|"
              r"worry|concern|hope|proposal|case|estimate|opinion|prescription|remedy|answer")
_VERB = "|".join(sorted(VERBS, key=len, reverse=True))
PRONOUN_OPENING = re.compile(r"^(?:He|She|They|His|Her|Their)\b")
# “…,” he said. · …, she added · he argued: an attribution tag whose subject is a pronoun.
PRONOUN_TAG = re.compile(rf"\b(?:he|she|they)\s+(?:\w+\s+)?(?:{_VERB})\b", re.IGNORECASE)
OPENING_CONNECTIVE = re.compile(r"^(?:But|And|Still|However|Meanwhile|Later|Then|Finally|"
                                r"Instead|Similarly|Likewise|By contrast|In contrast),?\s+")
LEADING_QUOTE = re.compile(r"^[“\"](?P<quote>.*?)[”\"]\s*(?P<rest>.*)$")
# A sentence ends at . ! ? — not at the point of a title before a name (Ms. Verhoeven said…).
FIRST_SENTENCE = re.compile(r"^.*?(?:(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bProf)(?<!\bSt)"
                            r"[.!?](?=[”\"]?\s|[”\"]?$)|$)")
# A title before a surname, as formal reports write every mention (Ms. Verhoeven, Dr. Menon).
TITLE_OPENING = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Minister|Senator|Judge"
                           r"|Sir|Dame|H\.\s?E)\.?\s+(?=[A-Z])")
# An opening participle (Responding, Opening the discussion,) before the paragraph's subject.
OPENING_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ing(?:\s+[^,]{1,40})?,\s+")
# Someone asking who is named by no name (A participant from … asked, A representative of a
# Member State asked): the floor, as a meeting report writes it.
INDEFINITE_ASKER = re.compile(rf"^(?:A|An|One|Another)\s+(?P<who>[a-z][^,.;:]{{2,80}}?)\s+"
                              rf"(?:also\s+|then\s+)?{ASKING}\b")
# A view the report gives to no one by name (One panellist stressed…, A speaker noted…).

# A byline: By Jane Roe · October 3, 2024 (the page's, not the account).
BYLINE = re.compile(rf"^By\s+{_WORD}(?:\s+{_WORD}){{0,3}}(?:\s*(?:,|and|&)\s*{_WORD}(?:\s+{_WORD}){{0,3}})*"  # noqa: E501
                    r"\s*(?:$|[·|•—–\-,]|\d)")
# Words that open an English sentence before a name (For Delacroix, the depot…): never a
# given name, even where the text never writes them in lower case.
OPENING_WORDS = frozenset({"For", "To", "In", "On", "At", "By", "With", "From", "As", "Like",
                           "Unlike", "According", "After", "Before", "Asked", "Then", "But"})
APPOSITION = r"(?:,\s+[^,.;]{1,90},)?"
_ANY_VERB = "|".join(sorted(VERBS, key=len, reverse=True))
UNNAMED_VIEW = re.compile(rf"^(?P<who>(?:One|A|An|Another)\s+(?:of the\s+)?[a-z]+(?:\s+[a-z]+)?)"
                          rf"(?:\s+\w+)?\s+(?:{_ANY_VERB})\b")
ADVERB = r"(?:\s+(?:also|then|later|again|quickly|finally|first|still|flatly|simply|firmly))?"


# A list entry's bullet and the topic a meeting's notes put before it (• Latency budget: …);
# a name and its reporting verb before the colon (Okafor said: …) is no topic but the credit.
ENTRY_OPENING = re.compile(r"^(?:[•·▪◦‣●○*\-–]\s+)?"
                           rf"(?:(?![^:]*\s(?:{_VERB}):)"
                           r"[A-Z][\w\-/&]*(?:\s+[\w\-/&]+){0,4}:\s+(?=[A-Z]))?")


def _subject_first(text: str) -> str:
    """The paragraph from its subject on: without a list entry's bullet and topic
    (• Latency budget:), an opening connective (But, Then), an opening participle
    (Responding,) and a title before the name (Ms., Dr.)."""
    text = ENTRY_OPENING.sub("", text, count=1)
    text = OPENING_CONNECTIVE.sub("", text, count=1)
    text = OPENING_PARTICIPLE.sub("", text, count=1)
    return TITLE_OPENING.sub("", text, count=1)


def indefinite_asker(text: str) -> str:
    """Who asks, when the report names them by no name (A participant from … asked): the
    description, without where they come from."""
    match = INDEFINITE_ASKER.match(text)
    if not match:
        return ""
    return re.split(r"\s+(?:from|who|with|in)\s+", match.group("who"), maxsplit=1)[0]


def unnamed_view(text: str) -> str:
    """One panellist stressed…: the words a report uses for a speaker it does not name."""
    match = UNNAMED_VIEW.match(_subject_first(text))
    return match.group("who") if match else ""


def is_latin_text(text: str) -> bool:
    """A file written in English: many Latin words, few Han characters. Words, not
    letters, are counted (a Han character is about a word): one very long Latin string in a
    Chinese file (a URL, a hash, a run of letters) does not make it English."""
    han = len(_HAN_CHARACTER.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return words > 40 and han < words / 10


# Compiled once: a pattern given as a string lives in re's cache, which a long file's
# patterns made from its names can push it out of (it is read for every file).
_HAN_CHARACTER = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def first_sentence(text: str) -> str:
    return FIRST_SENTENCE.match(text).group(0)


def is_byline(text: str) -> bool:
    return bool(BYLINE.match(text))


def attributed(text: str) -> bool:
    """Whether a paragraph carries an attribution at all (English reports attribute every
    paragraph of someone's view): a pronoun subject or a pronoun's reporting tag."""
    return bool(PRONOUN_OPENING.match(text) or PRONOUN_TAG.search(text))


# What :meth:`EnglishNames._acts` looks for beside a name: after it (… said, …'s advice), and
# before it (according to …, said …, In the view of …), the latter ending where the name
# starts (\Z at the search's end) and never longer than _BEFORE_LONGEST characters.
_WORD_EDGE = re.compile(r"\b")
_ACTS_AFTER = re.compile(rf"{APPOSITION}{ADVERB}\s+(?:{_VERB}|(?:\w+\s+){{0,2}}{ASKING})\b"
                         rf"|['’]s\s+(?:{VIEW_NOUNS})\b")
_ACTS_BEFORE = re.compile(rf"(?:\baccording to |\b(?:{_VERB}) |\bIn the (?:{VIEW_NOUNS}) of )\Z")
_BEFORE_LONGEST = max(len("according to "), max(map(len, VERBS)) + 1,
                      len("In the  of ") + max(map(len, VIEW_NOUNS.split("|"))))


@dataclass
class EnglishNames:
    """The people an English report has speaking, and how a paragraph names one (the same
    questions reported._Names answers for a Chinese report)."""

    known: set[str]
    aliases: dict[str, str]
    text: str
    titled_forms: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        lines = self.text.splitlines()
        lower = set(re.findall(r"\b[a-z][\w'’\-]*", self.text))
        fulls = set()
        for name in latin_people(lines):
            parts = name.split()
            while parts and (parts[0].lower() in lower or parts[0] in OPENING_WORDS):
                parts = parts[1:]  # a sentence's "In" or "On" before a name
            full = " ".join(parts)
            if len(parts) >= 2 and not re.search(rf"\b(?:a|an|the)\s+{re.escape(full)}\b",
                                                  self.text, re.IGNORECASE):
                fulls.add(full)  # (a Member State, the Permanent Mission: no person)
        by_surname: dict[str, set[str]] = {}
        for full in fulls:
            by_surname.setdefault(full.split()[-1], set()).add(full)
        for surname, owners in by_surname.items():
            if len(owners) == 1 and self._acts(surname):
                full = next(iter(owners))
                self.known.add(full)
                self.aliases.setdefault(surname, full)
        for full in fulls:
            if full not in self.known and self._acts(full):
                self.known.add(full)
        # A meeting's notes call people by their given name too (Priya said…): the one
        # person of that given name, when the text has it acting.
        by_given: dict[str, set[str]] = {}
        for full in self.known:
            if " " in full:
                by_given.setdefault(full.split()[0], set()).add(full)
        for given, owners in by_given.items():
            if len(owners) == 1 and given not in self.aliases and self._acts(given):
                self.aliases[given] = next(iter(owners))

    def _acts(self, form: str) -> bool:
        """Whether the text has ``form`` speaking, asking or owning a view: the form, then
        a verb or a view (Okafor said, Okafor's advice), or a verb before it (according
        to Okafor, said Okafor, In the view of Okafor)."""
        # Checked where the form stands, with patterns compiled once: a pattern per form
        # took a sixtieth of a second to compile, most of an English report's reading.
        text = self.text
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if (_WORD_EDGE.match(text, start) and _ACTS_AFTER.match(text, end)) or (
                    _WORD_EDGE.match(text, end)
                    and _ACTS_BEFORE.search(text, max(0, start - _BEFORE_LONGEST), start)):
                return True
            start = text.find(form, start + 1)
        return False

    def _forms(self) -> dict[str, str]:
        return {**{n: n for n in self.known}, **self.aliases}

    def _form_pattern(self) -> str:
        return "|".join(re.escape(f) for f in sorted(self._forms(), key=len, reverse=True))

    def name_of(self, form: str) -> str | None:
        return self._forms().get(form)

    def speaker_in(self, text: str) -> Hit | None:
        """Who the paragraph's first sentence has speaking, if anyone."""
        forms = self._form_pattern()
        if not forms:
            return None
        text = _subject_first(text)
        if PRONOUN_OPENING.match(text):
            return None
        quoted = LEADING_QUOTE.match(text)
        if quoted:
            rest = quoted.group("rest")
            tag = re.match(rf"(?P<form>{forms}){ADVERB}\s+(?:{_VERB})\b"
                           rf"|(?:{_VERB})\s+(?P<after>{forms})\b", rest)
            if tag:
                form = tag.group("form") or tag.group("after")
                return Hit(self.name_of(form), f"“…” {form} said: the quotation is "
                                  f"{self.name_of(form)}'s, reported")
            return None
        # In Okafor’s view · In the view of Okafor · For Okafor, · To Okafor, · According to
        # Okafor: the clause makes the person the owner of what follows.
        owner = re.match(rf"^(?:In\s+)?(?P<form>{forms})['’]s?\s+(?:{VIEW_NOUNS})\b"
                         rf"|^According to (?P<source>{forms})\b"
                         rf"|^In the (?:{VIEW_NOUNS}) of (?P<of>{forms})\b"
                         rf"|^(?:For|To) (?P<for>{forms}){APPOSITION},", text)
        if owner:
            form = (owner.group("form") or owner.group("source") or owner.group("of")
                    or owner.group("for"))
            name = self.name_of(form)
            return Hit(name, f"{form}’s view (advice, answer …): the view that follows "
                              f"is {name}'s")
        sentence = first_sentence(text)
        subject = re.search(rf"\b(?P<form>{forms}){APPOSITION}{ADVERB}\s+(?:{_VERB})\b"
                            rf"|\b(?:{_VERB})\s+(?P<after>{forms})\b", sentence)
        if subject:
            form = subject.group("form") or subject.group("after")
            name = self.name_of(form)
            return Hit(name, f"{form} + a reporting verb: {name} speaks, reported")
        opening = re.match(rf"(?P<form>{forms})(?!['’]s|\s+(?:and|&)\s)\b", text)
        if opening:
            name = self.name_of(opening.group("form"))
            return Hit(name, f"{opening.group('form')} opens the paragraph as its "
                              f"subject: {name} speaks, reported")
        # …, according to Zhou, a partner at …: the source named at the sentence's end (the
        # wire's attribution after the claim) owns it as much as one named first.
        source = re.search(rf"\baccording to (?P<form>{forms})\b", sentence)
        if source:
            name = self.name_of(source.group("form"))
            return Hit(name, f"according to {source.group('form')}: the view is {name}'s")
        # A pronoun's tag (…, she said, …) after a person the paragraph itself names: the
        # pronoun is that person, not the last speaker of the paragraphs before.
        tag = PRONOUN_TAG.search(text)
        if tag:
            before = [m for m in re.finditer(rf"(?<![“\"\w])(?P<form>{forms})\b",
                                             text[:tag.start()])
                      if not _inside_quote(text, m.start())
                      and not re.search(r"\b(?:[Uu]nlike|[Ll]ike|than|with)\s+$",
                                        text[:m.start()])]
            if before:
                form = before[-1].group("form")
                name = self.name_of(form)
                return Hit(name, f"{form}, then a pronoun's reporting tag in the same "
                                 f"paragraph: {name} speaks, reported")
        return None

    def asker(self, text: str) -> str:
        """The person the first sentence has asking (Lee opened by asking…), if any."""
        forms = self._form_pattern()
        if not forms:
            return ""
        match = re.match(rf"(?P<form>{forms}){APPOSITION}(?:\s+\w+){{0,3}}?\s+{ASKING}\b",
                         _subject_first(text))
        return (self.name_of(match.group("form")) or "") if match else ""

    def host_opens(self, text: str, host: str) -> bool:
        """Mr. Asante opened the event… · The moderator then invited…: the host (by full name,
        surname or the word for the role) is the paragraph's subject: the host's turn."""
        forms = [re.escape(host)] + ([re.escape(host.split()[-1])] if " " in host else [])
        return bool(re.match(rf"(?:(?:{'|'.join(forms)})|(?:the|our)\s+(?:moderator|chair"
                             rf"|chairperson|facilitator|host))(?!['’]s|\s+(?:and|&)\s)\b",
                             _subject_first(text), re.IGNORECASE))

    def asker_in(self, text: str, not_them: set[str]) -> str:
        name = self.asker(text)
        return name if name and name not in not_them else ""

    def host_by_asking(self, texts: list[str]) -> str:
        """The moderator by behaviour: the person who asks most, twice at least."""
        asked = Counter(filter(None, (self.asker(t) for t in texts)))
        if not asked:
            return ""
        name, count = asked.most_common(1)[0]
        return name if count >= 2 else ""


def _inside_quote(text: str, index: int) -> bool:
    """Whether ``index`` stands inside a quotation (an odd number of quote marks before)."""
    before = text[:index]
    return (before.count("\"") + before.count("“") + before.count("”")) % 2 == 1


__all__ = ["EnglishNames", "attributed", "indefinite_asker", "is_byline", "is_latin_text",
           "unnamed_view"]
