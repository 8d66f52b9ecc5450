"""Stage attribution: who says so, per sentence, with the source's role.

A speaker is found by reporting patterns ("X said", "according to X", «по словам X»). A
surname alone ("Ms Romanova said") is resolved to the full name met earlier in the
document. Relatives ("he told his father", «по словам матери») become sources named after
the person they are related to ("Anuar's father"). Roles come from the words around the
speaker's first full mention (advocate, official, journalist), else victim when the speaker
is described as a prisoner or migrant, else relative/anonymous.

A retelling is not a new source: when an outlet cites another outlet or a relative, the
chain is kept in ``Analysis.via`` (one route per sentence and source, outermost outlet first;
``SourceRef.via`` at incident level) rather than counted twice. Outlets come from the
``outlets`` stage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages.lexicon import Lexicon
from recruitwatch.extraction.stages.datelines import datelines
from recruitwatch.extraction.stages.dialogue import interview_turns
from recruitwatch.extraction.stages.headings import is_heading
from recruitwatch.extraction.types import Mention, Sentence, SourceRef

_HONORIFIC = re.compile(r"^(?:Ms|Mr|Mrs|Dr)\.?\s+")
_REPORTING = re.compile(
    # "He was told that his mother would be deported": told to, so nobody near is speaking.
    r"(?<!\w)(?:(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)told|tells|said|says|according|wrote|writes|recalled|explained|claims?|"
    r"reported|reports|citing|quoting|stated|states|testified|informed|alleged|alleges|complained|"
    r"рассказал\w*|сообщил\w*|сообща\w+|по\s+словам|со\s+слов|со\s+ссылкой|пишет|написал\w*|говорит|"
    r"заявил\w*|пожаловал\w*|вспомина\w+|recalls)(?!\w)"
    # After a quotation and its dash, «сказал» introduces who speaks («…», — сказала
    # продавщица); elsewhere it is as often the threat itself («сказали, что иначе…»).
    r"|[»”\"],?\s*[—–]\s*(?:сказал|добавил|ответил|уточнил)\w*",
    re.IGNORECASE,
)
_GENERIC_SPEAKERS = frozenset({"the sources", "sources", "he", "she", "they", "it", "this", "that"})
_ROLE_WINDOW = 160
_APPOSITION = 80
# "she said", "he told the Bulletin", «он рассказал»: the speaker is the person last named.
_PRONOUN_SPEAKER = re.compile(
    r"(?<!\w)(?:(?:he|she)\s+(?:said|says|told|tells|added|recalled|explained|wrote|writes)"
    # (inverted only after the words: "“…,” said he", not "An officer said he would be …")
    r"|(?<=[,”\"’]\s)(?:said|says|added|recalled|explained)\s+(?:he|she)"
    r"|(?:он|она)\s+(?:рассказал\w*|сказал\w*|говорит|пояснил\w*|добавил\w*|вспоминает|"
    r"пишет|написал\w*|сообщил\w*)"
    r"|(?:рассказал\w*|сказал\w*|говорит|пояснил\w*|добавил\w*|вспоминает)\s+(?:он|она))(?!\w)",
    re.IGNORECASE,
)
# A testimony's narrator introduces themself ("My name is Svetlana", «Меня зовут Айгуль»).
_SELF_INTRODUCTION = re.compile(
    r"(?:\b[Mm]y\s+name\s+is|[Мм]еня\s+зовут)\s+"
    r"(?P<name>[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+)?)"
)
# A statement's author names themself at its opening: «Я, адвокат … Ринат Галеев, представляю
# интересы…», "I, Nadira Usmonova, a lawyer …": the name is the two capitalised words before
# the comma.
# (A statement quoted whole opens with its quotation mark, and a pseudonym may be one word:
# «Я, Азамат, гражданин Кыргызской Республики …», "I, Kanybek, a citizen of …".)
_SELF_NAMED = re.compile(
    r"(?:^|(?<=[.!?]\s))[«“\"]?(?:Я|I),\s+(?:[^,\n]{0,100}?\s)?"
    r"(?P<name>[A-ZА-ЯЁ][\w’'-]+\s+[A-ZА-ЯЁ][\w’'-]+|[A-ZА-ЯЁ][\w’'-]+(?=,\s+(?:an?\s+|the\s+)?"
    r"(?:citizen|national|native|resident|гражданин|гражданка|уроженец|уроженка|житель)))\s*,",
    re.MULTILINE,
)
# A letter's author, on the line under the addressee: «от Г. Р., г. Энгельс», "From: Dilnoza
# K., Kazan".
_LETTER_FROM = re.compile(
    r"^\s*(?:[Оо]т|From:?)\s+(?P<name>[A-ZА-ЯЁ][\w’'-]*\.?(?:\s+[A-ZА-ЯЁ][\w’'-]*\.?){0,2})\s*(?:,|$)",
    re.MULTILINE,
)
_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|my|me|мой|моя|моего|мою|мне|меня|я)(?!\w)", re.IGNORECASE)
_PRONOUN_PARAGRAPHS = 2
_INDEFINITE = frozenset({"a", "the", "an"})


# A transcript's speaker label at the start of a turn: "SHERZOD: At the end of May.",
# «КАРИМБАЕВА: Добрый вечер.», "GUEST (Aigul Temirova): Every week." — a name, or a role
# whose holder is named in brackets the first time.
# Also a name in title case and, once it has spoken, its initials: "Elena Kovrigina: He
# called me …", then "EK: No."
_SPEAKER_LABEL = re.compile(
    r"^(?P<label>[A-ZА-ЯЁ][A-ZА-ЯЁ’'-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ’'-]+)?"
    r"|[A-ZА-ЯЁ][a-zа-яё’'-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё’'-]+){0,2})"
    r"(?:\s*\((?P<name>[^()\n]{2,60})\))?\s*:"
)


def _initials_of(name: str) -> str:
    return "".join(word[0] for word in name.split()).casefold()


def _full_name(name: str, analysis: Analysis) -> str | None:
    bare = _HONORIFIC.sub("", name).strip()
    exact, surnames = _names_known(analysis)
    known = exact.get(bare.casefold())
    if known is not None and " " in known:
        return known
    # A surname in capitals (a transcript's label) or in another case: its stem is enough
    # (and names the person in full where the case was read as a name of its own: «по
    # словам Мирошиной» of «Елена Мирошина», not a «Мирошин»).
    surname = bare.split()[-1].casefold() if bare else ""
    if surname:
        stem = surname[: max(4, len(surname) - 2)]
        fuller = next(
            (
                value
                for value, last in surnames
                if last.startswith(stem)
                # (where the word is a name of its own, only a case of the surname, never
                # shorter than it: "Иван" is not of «Пётр Иванов»)
                and (known is None or len(surname) >= len(last))
            ),
            None,
        )
        if fuller is not None:
            return fuller
    return known


def _names_known(analysis: Analysis) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The people's names, once per document, for :func:`_full_name`: each name (as given and
    as written) → its full form, the first person's where two share it; and each full name of
    more than one word with its surname, in the order first named. A long report names the
    same people thousands of times; looking each one up in every mention was quadratic."""

    def build() -> tuple[dict[str, str], list[tuple[str, str]]]:
        exact: dict[str, str] = {}
        surnames: dict[str, str] = {}
        for person in analysis.people:
            exact.setdefault(person.value.casefold(), person.value)
            exact.setdefault(person.text.casefold(), person.value)
            parts = person.value.split()
            if len(parts) > 1:
                surnames.setdefault(person.value, parts[-1].casefold())
        return exact, list(surnames.items())

    return analysis.memo("names_known", build)


def _turn_speakers(analysis: Analysis) -> dict[int, str]:
    """Paragraph → who speaks in it, for a transcript's turns: everything a turn says is its
    speaker's, not only the sentence the label opens. A label that names no one the text
    names ("NOTE:", an unexplained "HOST:") speaks for no one."""
    holders: dict[str, str] = {}  # a role label → the person first named with it
    speakers: dict[int, str] = {}
    for sentence in analysis.sentences:
        if sentence.paragraph in speakers:
            continue
        label = _SPEAKER_LABEL.match(sentence.text)
        if label is None:
            continue
        role = label.group("label").casefold()
        named = label.group("name")
        if named:
            # A label in title case is a turn only when it names a person the text names:
            # "Facility (as told): IK-6." of an intake form is a field, not a speaker.
            known = _full_name(named, analysis)
            if known is None and not label.group("label").isupper():
                continue
            if known is None and not named[:1].isupper():
                # "TUYANA MUNKUEVA (translated from Buryat):": a note on the words, the
                # label names the speaker
                known = _full_name(label.group("label"), analysis)
                if known is None:
                    continue
            holders[role] = known or named.strip()
        speaker = holders.get(role) or _full_name(label.group("label"), analysis)
        if speaker is None and label.group("label").isupper() and len(role) <= 3:
            speaker = next((n for n in speakers.values() if _initials_of(n) == role), None)
        if speaker is not None:
            speakers[sentence.paragraph] = speaker
    return speakers


# How long a title opening the sentence before a name may be (the longest in the corpora is
# about 90 characters).
_TITLE_BEFORE = 120


def _role(analysis: Analysis, name: str) -> tuple[str, bool]:
    """A speaker's role and pseudonym flag, worked out once per name and document (a name
    quoted in every paragraph would otherwise rescan the document's people each time)."""
    known: dict[str, tuple[str, bool]] = analysis.memo("speaker_roles", dict)
    if name not in known:
        known[name] = _role_read(analysis, name)
    return known[name]


def _role_read(analysis: Analysis, name: str) -> tuple[str, bool]:
    text = analysis.document.text
    mentions = [p for p in analysis.people if p.value == name]
    pseudonym = any(p.detail == "pseudonym" for p in mentions)
    if mentions:
        first = mentions[0]
        near = text[max(0, first.start - 40) : first.end + 40]
        # A relative near the name makes them one, unless that relative is the one told
        # ("prisoner S. told his wife").
        related = any(
            not analysis.lexicon.told_before.search(near, 0, m.start())
            for m in analysis.lexicon.relative.finditer(near)
        )
        if related and not analysis.lexicon.roles["advocate"].search(near):
            return "relative", pseudonym
        # The apposition after a name says what the person is ("Irina Kozlova, a human
        # rights lawyer,"); further on, the text is about the incident, not the speaker.
        # So does a title before it that opens the sentence, however long («Руководитель
        # нижегородской общественной организации таджикистанцев «Содружество» Бахром …»).
        opening = analysis.sentence_at(first.start)
        before = 40
        if (
            opening is not None
            and first.start - opening.start <= _TITLE_BEFORE
            and not any(
                p.start < first.start for p in analysis.in_sentence(analysis.people, opening)
            )
        ):
            before = max(before, first.start - opening.start)
        if opening is not None and (turn := _SPEAKER_LABEL.match(opening.text)) is not None:
            # "CORRESPONDENT: No. His former cellmate, … Sergei": the label is who speaks,
            # not what the person named after it is.
            before = min(before, max(0, first.start - opening.start - turn.end()))
        window = text[max(0, first.start - before) : first.end + _APPOSITION]
        for role, pattern in analysis.lexicon.roles.items():
            if pattern.search(window):
                return role, pseudonym
        if analysis.lexicon.rights_group.search(name):
            # "The group, Open Road Migrant Aid, said": a group by its name, not a migrant
            # because its name says "Migrant".
            return "advocate", pseudonym
        status = [
            c
            for c in analysis.cues
            if c.kind == "status" and abs(c.start - first.start) < _ROLE_WINDOW
        ]
        if status or pseudonym:
            return "victim", pseudonym
    return "anonymous", pseudonym


def _last_person_before(
    analysis: Analysis, offset: int, *, feminine: bool | None = None
) -> str | None:
    """The person named last before ``offset``; with ``feminine`` (a Russian «её» or
    «его»), the last whose name agrees: «его сестра» after «юрист Ирина Сабурова» is not
    hers."""
    # People are in text order: the last one ending before ``offset`` starts before it too.
    # A numbered list of cases is looked back over only to its item's start: "4. Novosibirsk.
    # … a Kyrgyz worker … his wife said" is not the wife of case 2's Kirill.
    since = list_item_start(analysis, offset)
    candidates = analysis.in_sentence(analysis.people, Sentence(since, offset, ""))
    before = [p for p in candidates if p.end <= offset]
    if feminine is not None and analysis.lexicon.language == "ru":
        before = [p for p in before if (_RU_FEMININE.search(p.value) is not None) == feminine]
    elif feminine is not None:
        before = [p for p in before if _en_feminine(p.value) in (None, feminine)]
    return before[-1].value if before else None


# A Russian surname in Latin letters says whose it is: "Natalia Kovrigina", "Tamara
# Belousova" are women's, "Sergei Kovrigin", "Maxim Belousov" men's.
_EN_FEMININE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|yna|aya)$")
_EN_MASCULINE_SURNAME = re.compile(r"(?:ov|ev|yov|in|yn|sky|skiy|skii|ich)$")


def _en_feminine(name: str) -> bool | None:
    """Whether a name written in English is a woman's, by the ending of its last word, a
    Russian surname's ("Kovrigina", "Belousov"; women's first names end so too: "Galina");
    None where it does not say."""
    words = name.split()
    if not words:
        return None
    if _EN_FEMININE_SURNAME.search(words[-1]):
        return True
    return False if _EN_MASCULINE_SURNAME.search(words[-1]) else None


# A numbered item of a list of cases: "4. Novosibirsk.", "Case 3:", «Случай 2.» (not a date
# that opens a paragraph, "05.05.2025 …").
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)](?!\d)|(?:[Cc]ase|[Сс]лучай)\s+\d{1,2}\b)")


def list_item_start(analysis: Analysis, offset: int) -> int:
    """Where the numbered item of a list of cases that holds ``offset`` starts; 0 outside
    any list."""
    items = analysis.memo("list_items", lambda: _list_item_starts(analysis))
    return items[bisect_right(items, offset) - 1] if items and items[0] <= offset else 0


def _list_item_starts(analysis: Analysis) -> list[int]:
    """Where the paragraphs that open a numbered item start, in text order. The briefs of a
    wire file ("KAZAN, March 3 — …", "OMSK, March 6 — …": two datelines or more) are such
    items too: each is another story, told by its own people."""
    text = analysis.document.text
    filed = datelines(text)
    briefs = {d.start for d in filed} if len(filed) > 1 else set()
    starts: list[int] = []
    paragraph = -1
    for sentence in analysis.sentences:
        if sentence.paragraph != paragraph:
            paragraph = sentence.paragraph
            line_start = text.rfind("\n", 0, sentence.start) + 1
            if _LIST_ITEM.match(text, sentence.start) or line_start in briefs:
                starts.append(sentence.start)
    return starts


# A Russian woman's name as written in the nominative: «Ирина Сабурова», «Гульнара».
_RU_FEMININE = re.compile(r"[аяАЯ]$")


_CHAIN_ORDER = {"outer": 0, "cited": 1, "listener": 2}


def _chain(outlets: Iterable[Mention]) -> list[Mention]:
    """Outlets of one sentence in the order the account passed through them, outermost
    first; one entry per outlet."""
    ordered: dict[str, Mention] = {}
    chained = (m for m in outlets if m.detail in _CHAIN_ORDER)  # a publisher is no link
    for m in sorted(chained, key=lambda m: (_CHAIN_ORDER[m.detail], m.start)):
        ordered.setdefault(m.value, m)
    return list(ordered.values())


def _outlet_role(analysis: Analysis, outlet: Mention) -> str:
    text = analysis.document.text
    around = text[max(0, outlet.start - 60) : outlet.end]
    return "advocate" if analysis.lexicon.roles["advocate"].search(around) else "journalist"


def publisher(analysis: Analysis) -> SourceRef | None:
    """The group or outlet whose report the document is, named in its opening ("an excerpt
    from a report published by the Open Cell Monitoring Group"): it vouches for every case
    the report tells, so it is a source of each incident beside whoever it quotes."""
    found = next((m for m in analysis.outlets if m.detail == "publisher"), None)
    if found is None:
        return _author(analysis)
    text = analysis.document.text
    around = text[max(0, found.start - 60) : found.end + 30]
    role = "advocate" if analysis.lexicon.rights_group.search(around) else "journalist"
    return SourceRef(name=found.value, role=role)


# A document written by one person, as its title says: "Thread by migration lawyer Aigerim
# Sadvakasova: three clients", "Column by rights activist …", "A letter by …" (a person: an
# organisation's statement is no one's first-person account).
_AUTHORED_TITLE = re.compile(
    r"^\W*(?i:(?:an?\s+)?(?:thread|column|op-ed|blog(?:\s+post)?|diary|letter|notes?)\s+by)\s+"
    r"(?P<role>(?:[a-z][\w-]*\s+){0,3}?)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b"
)

_INSTITUTION_WORD = re.compile(
    r"\b(?:Group|Ministry|Service|Office|Committee|Cent(?:re|er)|Foundation|Association|Court"
    r"|Police|Prosecutor|Department|Administration|Wagner|UFSIN|FSIN|Union|Network|Project)\b"
)


def _author(analysis: Analysis) -> SourceRef | None:
    """The author a title names ("Thread by migration lawyer Aigerim Sadvakasova"): who
    writes "my client", "I filed a complaint" tells every case, with the role the title gives
    (a lawyer or activist an advocate, otherwise a journalist)."""
    found = _AUTHORED_TITLE.match(analysis.document.title or "")
    if found is None or _INSTITUTION_WORD.search(found.group("name")):
        return None  # ("A letter by Wagner Group fighters": an organisation, not an author)
    advocate = analysis.lexicon.roles.get("advocate")
    role = "advocate" if advocate and advocate.search(found.group("role")) else "journalist"
    return SourceRef(name=found.group("name"), role=role)


def _speakers(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """People and relatives who say what the sentence says."""
    lexicon = analysis.lexicon
    found: list[Mention] = []
    names: list[str] = []
    lawyers_of: list[Mention] = []
    turn = analysis.memo("turn_speakers", lambda: _turn_speakers(analysis))
    if sentence.paragraph in turn:
        names.append(turn[sentence.paragraph])
    may_match = analysis.literals().may_match  # skips a pattern the sentence cannot match
    for pattern in lexicon.attribution:
        if not may_match(pattern, sentence.start, sentence.end):
            continue
        # Overlapping search: in "One of them, Timur Aliev, told …" the first match names
        # "One"; the speaker is found by trying again one character further on.
        position = 0
        while (m := pattern.search(sentence.text, position)) is not None:
            name = m.group("name").strip()
            full = None if name.lower() in _GENERIC_SPEAKERS else _full_name(name, analysis)
            if (
                full is not None
                and _relative_of(lexicon, sentence.text, m.start("name"))
                and not _named_as_written(analysis, sentence.start + m.start("name"))
            ):
                full = None  # «Сестра осуждённого Сергея Л., …, рассказала»: the sister speaks
            if full is None:
                position = m.start() + 1
                continue
            before = sentence.text[max(0, m.start("name") - 24) : m.start("name")]
            lawyer = _LAWYER_OF.search(before) if lexicon.language == "ru" else None
            if lawyer is not None and name != full:
                # «рассказал адвокат Максима»: his lawyer speaks, not Maksim.
                label = f"{lawyer.group(1).lower()} {name}"
                lawyers_of.append(
                    Mention(sentence.start, sentence.end, label, "source", label, "advocate")
                )
                position = m.end()
                continue
            if full not in names:
                names.append(full)
            position = m.end()
    found += lawyers_of
    names_or_lawyers = names or lawyers_of
    for name in names:
        role, pseudonym = _role(analysis, name)
        detail = role + (":pseudonym" if pseudonym else "")
        found.append(Mention(sentence.start, sentence.end, name, "source", name, detail))
    # A relative speaks only where no one named does: beside a named speaker, "his brother"
    # is whom it is told to or about («По словам Ольги, брату грозили…»).
    if (
        not names_or_lawyers
        and may_match(_REPORTING, sentence.start, sentence.end)
        and _REPORTING.search(sentence.text)
    ):
        relatives = [
            r
            for r in lexicon.relative.finditer(sentence.text)
            if not _told(lexicon, sentence.text, r.start())
            and not _DATIVE_RELATION.match(r.group(0))
            # "to pay off his family's debts": whose debts, not who speaks
            and not sentence.text.startswith(("’s", "'s"), r.end())
            # "She said her son had telephoned her": whom she speaks of
            and not _after_pronoun_speaker(analysis, sentence, r.start())
        ]
        lawyers = [
            m
            for m in _CLIENTS_LAWYER.finditer(sentence.text)
            if not _told(lexicon, sentence.text, m.start())
        ]
        if relatives or lawyers:
            # The relative who speaks stands by the reporting word ("«Сыну сказали…» —
            # рассказала его мать"): the one nearest to it, not the first named.
            reporting = [r.start() for r in _REPORTING.finditer(sentence.text)]
            m = min(
                [*relatives, *lawyers],
                key=lambda r: min(abs(r.start() - at) for at in reporting),
            )
            clients_lawyer = m in lawyers
            found.append(
                Mention(
                    sentence.start,
                    sentence.end,
                    m.group(0),
                    "source",
                    m.group(0) if clients_lawyer else _relative_label(analysis, sentence, m),
                    "advocate" if clients_lawyer else "relative",
                )
            )
        else:
            found += _witness(analysis, sentence)
    found += _told_advocates(analysis, sentence, {m.value for m in found})
    return found


# A lawyer named by the client, in Russian: «адвокат Максима» (the client in the genitive).
_LAWYER_OF = re.compile(r"(адвокат|юрист|защитник)\s+$", re.IGNORECASE)
# A client's lawyer, unnamed, who speaks: "…, Kirill's lawyer told us".
_CLIENTS_LAWYER = re.compile(
    r"(?<!\w)[A-Z][\w’'-]+(?:’s|'s)\s+(?:defen[cs]e\s+)?(?:lawyer|attorney)(?!\w)"
)


def _told_advocates(analysis: Analysis, sentence: Sentence, speaking: set[str]) -> list[Mention]:
    """The lawyer or monitor the account was told to ("two of the workers told our lawyer,
    Timur Saidaliev, that …"): the report has it from them, so they are a source beside the
    one who told them."""
    found: list[Mention] = []
    for pattern in analysis.lexicon.told_advocate:
        if not analysis.may_match(pattern, sentence):
            continue
        for m in pattern.finditer(sentence.text):
            name = _full_name(m.group("name"), analysis)
            if name is None or name in speaking:
                continue
            speaking.add(name)
            pseudonym = _role(analysis, name)[1]
            detail = "advocate" + (":pseudonym" if pseudonym else "")
            found.append(Mention(sentence.start, sentence.end, name, "source", name, detail))
    return found


# A relation in the dative is the one told or spoken of («рассказала каналу, что брату не
# выдают препараты»), never the one who speaks. (Genitive-dative forms such as «матери» stay:
# «по словам матери» is the mother speaking.)
_DATIVE_RELATION = re.compile(
    r"(?:брату|братьям|сестре|сёстрам|сестрам|мужу|жене|сыну|сыновьям|отцу|родственни(?:ку|це|кам)"
    r"|родителям|семье)$",
    re.IGNORECASE,
)


def _told(lexicon: Lexicon, text: str, start: int) -> bool:
    """Whether the one named at ``start`` is the one told ("told his wife"), not a speaker.

    Russian says it by case, not by order: «написал брат Нурлана» and «…», — рассказали
    родственники» are the ones speaking, and the one told is in the dative
    (:data:`_DATIVE_RELATION`; the witness words are listed in the nominative and genitive
    only)."""
    if lexicon.language == "ru":
        return False
    return bool(lexicon.told_before.search(text, 0, start))


# «Сестра осуждённого Сергея Л.», "the sister of prisoner Sergei L.": a relation at most three
# words before a name makes the name the one whose relative speaks.
_RELATIVE_REACH = re.compile(r"\W*(?:\w+\W+){0,3}$")  # matched from the relation on


def _named_as_written(analysis: Analysis, offset: int) -> bool:
    """Whether the Russian person named at ``offset`` stands in the nominative there: «его
    сестра Сэсэг Цыренова рассказала» is the sister herself; «сестра Сергея Л.» names whose
    sister she is. (An English name has no case: "his sister Sesseg" is the sister too.)"""
    for person in analysis.people:
        if person.start == offset:
            return analysis.language != "ru" or person.text == person.value
    return False


def _relative_of(lexicon: Lexicon, text: str, name_start: int) -> bool:
    before = text[max(0, name_start - 40) : name_start]
    return any(_RELATIVE_REACH.match(before, r.end()) for r in lexicon.relative.finditer(before))


# How far an unnamed witness may stand from the reporting word: "according to a stallholder
# at the market", «— сказала продавщица из соседнего павильона».
_WITNESS_REACH = 40


def _witness(analysis: Analysis, sentence: Sentence) -> list[Mention]:
    """An unnamed witness who speaks where no one named does ("according to a stallholder",
    «рассказал наш анонимный собеседник»), filed under the lexicon's word for them; one told
    something ("told a neighbour") does not speak."""
    lexicon = analysis.lexicon
    one = analysis.may_match(lexicon.witness, sentence)
    counted = analysis.may_match(lexicon.witness_counted, sentence)
    if not (one or counted):
        return []
    text = sentence.text
    reporting = list(_REPORTING.finditer(text))
    at = [edge for r in reporting for edge in (r.start(), r.end())]
    nearest: tuple[int, str] | None = None
    found = [*(lexicon.witness.finditer(text) if one else ())]
    if counted:
        # Counted people after the telling are what was told ("said 18 workers were taken").
        found += [
            m
            for m in lexicon.witness_counted.finditer(text)
            if any(r.start() >= m.end() or r.group(0).lower() == "according" for r in reporting)
        ]
    for m in found:
        if _told(lexicon, text, m.start()) or text.startswith(("’s", "'s"), m.end()):
            continue  # the one told, or whose someone is ("a prisoner's wife")
        distance = min(min(abs(m.start() - a), abs(m.end() - a)) for a in at)
        if distance <= _WITNESS_REACH and (nearest is None or distance < nearest[0]):
            nearest = (distance, lexicon.witness_nouns[int((m.lastgroup or "w0")[1:])])
    if nearest is None:
        return []
    noun = nearest[1]
    return [Mention(sentence.start, sentence.end, noun, "source", noun, "anonymous")]


# A relative named in apposition: "his mother, Raisa Goncharuk, said", «его мать, Раиса
# Гончарук».
# The relative's own name after the relation and what follows it: "his wife, Olesya",
# «жена одного из задержанных, Мадина (имя изменено), …».
_APPOSED_NAME = re.compile(
    r"(?:\s+[^,.!?;:«»“”\"]{1,40}?)?,\s+(?P<name>[A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+){0,2})"
)


def _relative_label(
    analysis: Analysis, sentence: Sentence, m: re.Match[str], *, apposed: bool = True
) -> str:
    """How a speaking relative is named: by their own name when the text gives it in
    apposition, here or where the report first names them ("According to his mother …" and,
    paragraphs on, "his mother, Gulnara Asanova, told"), else after the person they are
    related to ("Anuar's father", «мать Анвара»), else by the relation alone ("the wife", "a
    relative")."""
    if apposed:
        named = _apposed_name(analysis, sentence, m)
        if named is not None:
            return named
        label = _relative_label(analysis, sentence, m, apposed=False)
        return _named_relatives(analysis).get(label, label)
    relation = m.group("relation").lower()
    # (the name in apposition is the relative's own, not whose relative: "his mother, Gulnara
    # Asanova, told")
    after = (
        None if _apposed_name(analysis, sentence, m) else _owner_after(analysis, sentence, m.end())
    )
    owner = m.groupdict().get("owner") or after
    of_whom = _OF_WHOM.match(sentence.text, m.end())
    if owner is None and of_whom is not None and m.group(0).lower() == relation:
        return f"{relation} of {of_whom.group(1)}"  # "relatives of two inmates"
    if owner is None and analysis.lexicon.language == "ru":
        whose = _RU_OF_WHOM.match(sentence.text, m.end())
        if whose is not None:
            return f"{_nominative(relation)} {whose.group(1)}"  # «сестра заключённого»
        possessive = _RU_POSSESSIVE.search(sentence.text, 0, m.start())
        if possessive is not None:
            # «его сестра»: the man last named; a bare «сестра» is no one's in particular.
            owner = _last_person_before(
                analysis,
                sentence.start + m.start(),
                feminine=possessive.group(0).strip().lower() in ("её", "ее"),
            )
    elif owner is None and m.group(0).split()[0].lower() not in _INDEFINITE:
        # "his father": the person last named; "the wife" / "a relative": unknown. "His" is
        # no woman's: "a prisoner had passed to his wife" after "Natalia Kovrigina" is not hers.
        determiner = m.group(0).split()[0].lower()
        owner = _last_person_before(
            analysis,
            sentence.start + m.start(),
            feminine={"his": False, "her": True}.get(determiner),
        )
    if owner and analysis.lexicon.language == "en":
        return f"{owner}'s {relation}"
    if analysis.lexicon.language == "ru":
        relation = _nominative(relation)
        if owner and _RU_NAME.fullmatch(owner):
            return f"{relation} {_genitive_name(owner)}"  # «брат Нурлана», «сестра Сергея Л.»
    return f"{relation} ({owner})" if owner else relation


def _apposed_name(analysis: Analysis, sentence: Sentence, m: re.Match[str]) -> str | None:
    apposed = _APPOSED_NAME.match(sentence.text, m.end())
    return _full_name(apposed.group("name"), analysis) if apposed is not None else None


def _named_relatives(analysis: Analysis) -> dict[str, str]:
    """Each relative the report names in apposition somewhere, by the label they would have
    unnamed ("Eldiyar Kadyrbekov's mother" → "Gulnara Asanova"); a bare relation ("the
    wife") is no one's in particular and is not looked up."""

    def find() -> dict[str, str]:
        found: dict[str, str] = {}
        relative = analysis.lexicon.relative
        for sentence in analysis.sentences:
            if not analysis.may_match(relative, sentence):
                continue
            for m in relative.finditer(sentence.text):
                named = _apposed_name(analysis, sentence, m)
                if named is None:
                    continue
                label = _relative_label(analysis, sentence, m, apposed=False)
                if label.lower() != m.group("relation").lower():
                    found.setdefault(label, named)
        return found

    return analysis.memo("named_relatives", find)


# «его сестра», «её муж»: a relation of the person last named.
_RU_POSSESSIVE = re.compile(r"(?<!\w)(?:его|её|ее)\s+$", re.IGNORECASE)
# «сестра заключённого», «мать одного из задержанных»: whose, when not a person named.
_RU_OF_WHOM = re.compile(
    r"\s+((?:одного\s+из\s+)?(?:\w+\s+)?(?:осужд[её]нн|заключ[её]нн|задержанн|арестованн|мигрант"
    r"|пациент|обвиняем|подследственн)\w*)(?!\w)",
    re.IGNORECASE,
)


# Whose relatives they are, when not a person named: "Relatives of two inmates told us".
_OF_WHOM = re.compile(
    r"\s+of\s+((?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:inmates?|prisoners?|detainees?|men|patients?|migrants?|workers?|convicts?|soldiers?))\b"
)


# A name as the texts write it: words and initials in Cyrillic («Сергей Л.», «Азамат Ж.»).
_RU_NAME = re.compile(r"[А-ЯЁ][а-яё-]*\.?(?:\s+[А-ЯЁ][а-яё-]*\.?){0,2}")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _genitive_name(name: str) -> str:
    """«Сергей Л.» → «Сергея Л.», «Людмила Корнилова» → «Людмилы Корниловой»: each word in
    the genitive, in the gender the name's known words have; an initial, or a word pymorphy
    cannot inflect in that gender (an unknown woman's name guessed as a masculine noun), as
    written."""
    from recruitwatch.extraction.languages.russian import models

    vocab = models().morph_vocab
    readings = {
        word: [
            p for p in vocab.parse(word) if "nomn" in p.tag.grammemes and "sing" in p.tag.grammemes
        ]
        for word in name.split()
        if not word.endswith(".")
    }
    gender = next(
        (
            g
            for parses in readings.values()
            for p in parses
            if _NAME_TAGS & p.tag.grammemes
            for g in ("masc", "femn")
            if g in p.tag.grammemes
        ),
        None,
    )
    words = []
    for word in name.split():
        parses = readings.get(word, [])
        if gender is not None:
            parses = [p for p in parses if gender in p.tag.grammemes]
        chosen = [p for p in parses if _NAME_TAGS & p.tag.grammemes] or [
            p for p in parses if "NOUN" in p.tag
        ]
        form = chosen[0].inflect({"Gen"}) if chosen else None
        words.append(str(form.word).capitalize() if form is not None else word)
    return " ".join(words)


def _owner_after(analysis: Analysis, sentence: Sentence, offset: int) -> str | None:
    """The person a relation is of when named right after it: «брат Нурлана», «сестра
    осуждённого Сергея Л.», "the mother of Timur"."""
    for person in analysis.in_sentence(analysis.people, sentence):
        if person.start >= sentence.start + offset:
            between = analysis.document.text[sentence.start + offset : person.start]
            return person.value if _RELATIVE_REACH.fullmatch(between) else None
    return None


def _nominative(word: str) -> str:
    """A Russian relation as one names the person, keeping its number: «по словам
    родственницы» → «родственница», «со ссылкой на сестру» → «сестра»."""
    from recruitwatch.extraction.languages.russian import models

    for parse in models().morph_vocab.parse(word):
        if "NOUN" in parse.tag and (form := parse.inflect({"Nom"})) is not None:
            return str(form.word)
    return word


def narrator(analysis: Analysis) -> str | None:
    """Who tells a first-person text, once per analysis (see :func:`_narrator`)."""
    return analysis.memo("narrator", lambda: _narrator(analysis))


def _narrator(analysis: Analysis) -> str | None:
    """Who tells a first-person text: the name a testimony introduces itself with, or the
    interviewee of a question-and-answer piece (the first person the text names)."""
    text = analysis.document.text
    # (each looked for only where its fixed words occur: a search of the whole text tries
    # every character, and most documents hold none of them)
    literals = analysis.literals()
    introduced = (
        next(literals.finditer(_SELF_INTRODUCTION, text), None)
        or (("I," in text or "Я," in text) and _SELF_NAMED.search(text))
        or next(literals.finditer(_LETTER_FROM, text), None)
    )
    if introduced:
        name = introduced.group("name")
        return _full_name(name, analysis) or name
    if interview_turns(analysis).answers:
        first_question = min(interview_turns(analysis).questions, default=None)
        named = [
            p
            for p in analysis.people
            if not _in_byline(analysis, p)
            and not _an_outlet(analysis, p)
            and (first_question is None or (h := analysis.sentence_at(p.start)) is None
                 or h.paragraph < first_question)
        ]  # fmt: skip
        pseudonymous = [
            p for p in named if ":pseudonym" in p.detail or _pseudonym_near(analysis, p)
        ]
        chosen = (pseudonymous or named or list(analysis.people))[:1]
        return chosen[0].value if chosen else None
    return _monologue_teller(analysis)


# Who wrote the piece down or asked the questions, not who tells it: "This interview by Marta
# Ilyina", "recorded and edited by Aigerim …", «Беседовала Ольга …», «Записала Нигора …»,
# «Текст Ренаты …».
_BYLINE_BEFORE = re.compile(
    r"(?:\b(?:[Bb]y|[Ii]nterviewer:?)|[Бб]еседовал[аи]?|[Зз]аписал[аи]?|[Тт]екст:?|[Аа]втор:?"
    r"|[Пп]одготовил[аи]?|[Ии]нтервью\s+вз(?:ял|яла|яли))\s+$"
)
# A pseudonym's note right after the name: "Andrei (not his real name)", «Максим (имя изменено)».
_PSEUDONYM_AFTER = re.compile(
    r"\s*\((?:[^()]{0,20}\s)?(?:not\s+(?:his|her)\s+real\s+name|name\s+(?:has\s+been\s+)?changed|имя\s+изменено|имя\s+изменили)"
)


# An outlet presenting itself: "Open Ward is an independent online magazine", "North-West
# Dispatch is a volunteer-run news site", «— независимое издание».
_PRESENTED_AS_OUTLET = re.compile(
    r"[»”\"]?\s+(?:is\s+an?\s+(?:[\w-]+\s+){0,4}?(?:magazine|news\s?(?:site|letter|paper)|"
    r"newsletter|outlet|website|site|newspaper|publication|channel|media|blog|podcast)"
    r"|[—–-]\s+(?:[\w-]+\s+){0,3}?(?:издание|журнал|газета|сайт|канал|медиа))\b"
)


def _an_outlet(analysis: Analysis, person: Mention) -> bool:
    """A name the outlets stage read as an outlet's, or that presents itself as one ("Open
    Ward is an independent online magazine"), which the people stage may also have taken for
    a person's."""
    return (
        any(o.start < person.end and person.start < o.end for o in analysis.outlets)
        or any(o.value == person.value for o in analysis.outlets)
        or bool(_PRESENTED_AS_OUTLET.match(analysis.document.text, person.end))
    )


def _in_byline(analysis: Analysis, person: Mention) -> bool:
    text = analysis.document.text
    return bool(_BYLINE_BEFORE.search(text[max(0, person.start - 30) : person.start]))


def _pseudonym_near(analysis: Analysis, person: Mention) -> bool:
    return bool(_PSEUDONYM_AFTER.match(analysis.document.text, person.end))


# A monologue: the journalist introduces one person ("Сухробу (имя изменено) 34 года …"), and
# the rest is that person in the first person.
_MONOLOGUE_FIRST_PERSON_SHARE = 0.3
# The paragraphs that may introduce the teller: the first, or the one after the outlet's.
_OPENING_PARAGRAPHS = 2
_MONOLOGUE_FIRST_PERSON_MIN = 5


def _monologue_teller(analysis: Analysis) -> str | None:
    sentences = analysis.sentences
    if not sentences:
        return None
    # The introduction is the first paragraph that is not a heading or a byline ("Silk
    # Thread Migrant Rights | Testimonies"), or the one after it when that one only presents
    # the outlet ("Open Ward is an independent online magazine … This interview by …").
    openings: list[int] = []
    for paragraph in dict.fromkeys(s.paragraph for s in sentences):
        if len(openings) == _OPENING_PARAGRAPHS:
            break  # (read lazily: a long text has thousands of paragraphs)
        if not all(is_heading(analysis, t) for t in analysis.paragraph_sentences(paragraph)):
            openings.append(paragraph)
    openings = openings or [sentences[0].paragraph]
    first = openings[0]
    introduced: set[str] = set()
    for paragraph in openings:
        first = paragraph
        introduced = {
            p.value
            for s in analysis.paragraph_sentences(paragraph)
            for p in analysis.in_sentence(analysis.people, s)
            if not _in_byline(analysis, p) and not _an_outlet(analysis, p)
        }
        if introduced:
            break
    rest = [s for s in sentences if s.paragraph != first]
    told = sum(1 for s in rest if _FIRST_PERSON.search(s.text))
    if (
        len(introduced) != 1
        or told < _MONOLOGUE_FIRST_PERSON_MIN
        or told < _MONOLOGUE_FIRST_PERSON_SHARE * len(rest)
    ):
        return None
    return introduced.pop()


_OWN_RELATIVE = re.compile(
    r"(?<!\w)(?:my|мой|моя|моего|моему|моим)\s+(?:\w+\s+)?(?:son|husband|brother|father|"
    r"nephew|cousin|сын\w*|муж\w*|брат\w*|отц\w*|отец|племянник\w*)(?!\w)",
    re.IGNORECASE,
)


def _narrator_role(analysis: Analysis) -> str:
    """What the narrator says they are where they name themself («Я, адвокат … Ринат
    Галеев»); else a narrator who writes about "my son" / «мой муж» is a relative, and
    anyone else the victim. Once per analysis: every first-person sentence asks."""
    return analysis.memo("narrator_role", lambda: _narrator_role_read(analysis))


def _self_named(analysis: Analysis) -> re.Match[str] | None:
    """The statement's opening in which its author names themself, once per analysis."""
    return analysis.memo("self_named", lambda: _SELF_NAMED.search(analysis.document.text))


def _narrator_role_read(analysis: Analysis) -> str:
    named = _self_named(analysis)
    if named is not None:
        for role, pattern in analysis.lexicon.roles.items():
            if pattern.search(named.group(0)):
                return role
    # Only a relative the story is about: "My son was put in the punishment cell", "My husband
    # is serving a sentence at IK-3", not "My wife and my son are in Osh" in a courier's own.
    for sentence in analysis.sentences:
        if (
            analysis.may_match(_OWN_RELATIVE, sentence)
            and _OWN_RELATIVE.search(sentence.text)
            and any(
                c.kind in ("coercion", "event", "status")
                for c in analysis.in_sentence(analysis.cues, sentence)
            )
        ):
            return "relative"
    return "victim"


def _after_pronoun_speaker(analysis: Analysis, sentence: Sentence, offset: int) -> bool:
    """Whether ``offset`` (in the sentence's text) follows a "she said" whose speaker is a
    relative named before ("… mother, Saodat Nazarova. She said her son had telephoned
    her"): the relative after it is the one spoken of. (A "she" the text does not let us
    place leaves the relative the speaker, as before.)"""
    if not analysis.may_match(_PRONOUN_SPEAKER, sentence):
        return False
    match = _PRONOUN_SPEAKER.search(sentence.text, 0, offset)
    if match is None or match.end() > offset:
        return False
    speaker = _pronoun_speaker(analysis, sentence)
    return speaker is not None and _role(analysis, speaker)[0] == "relative"


def _pronoun_speaker(analysis: Analysis, sentence: Sentence) -> str | None:
    """The person a "she said" refers to: the last one named before it, in this paragraph
    or the one or two before."""
    if not analysis.may_match(_PRONOUN_SPEAKER, sentence):
        return None
    match = _PRONOUN_SPEAKER.search(sentence.text)
    if match is None:
        return None
    offset = sentence.start + match.start()
    pronoun = _PRONOUN.search(match.group(0))
    unlike = _MALE_SURNAME if pronoun and pronoun.group(0).lower() in _SHE else _FEMALE_SURNAME
    candidates = analysis.in_sentence(analysis.people, Sentence(0, offset, ""))
    for person in reversed(candidates):
        holder = analysis.sentence_at(person.start)
        if holder is None or sentence.paragraph - holder.paragraph > _PRONOUN_PARAGRAPHS:
            return None
        if unlike.search(person.value):
            continue  # "Natalya … whose husband Denis Vorontsov … , she said": not him
        return person.value
    return None


# The names in these reports are mostly Slavic and Central Asian, whose surnames say the
# bearer's sex (Vorontsov / Vorontsova, Каримов / Каримова): enough to pass over a "he" for
# a "she said". A name that says nothing (Aigerim Seitkali) is never passed over.
_PRONOUN = re.compile(r"\b(?:he|she|он|она)\b", re.IGNORECASE)
_SHE = frozenset({"she", "она"})
_MALE_SURNAME = re.compile(r"\s\w+(?:ov|ev|yov|in|yn|sky|skiy|ов|ев|ёв|ин|ын|ский)$")
_FEMALE_SURNAME = re.compile(r"\s\w+(?:ova|eva|yova|ina|yna|skaya|ова|ева|ёва|ина|ына|ская)$")


# A paragraph signed with a name, as a reader's question or a letter is: "… Куда жаловаться?
# Гульнара.", "… Please help. — Dilnoza".
_SIGNATURE = re.compile(
    r"[—–-]?\s*(?P<name>[A-ZА-ЯЁ][a-zа-яё-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё-]*\.?)?)\s*[.!]?\s*"
)
# The line that heads an answer on a question-and-answer page: "Тимур Ахмедов, юрист,
# Саратов · ★ 4,9 · 1 208 ответов", "Anna Petrova, lawyer, Kazan · 12 answers".
_AUTHOR_HEADER = re.compile(
    r"\s*(?P<name>[A-ZА-ЯЁ][a-zа-яё-]+\s+[A-ZА-ЯЁ][a-zа-яё-]+),\s+(?P<role>[^,·\n]{3,40})[,·]"
)


# A header is one line of labels, not a sentence: no line break, no full stop at its end.
_HEADER_LONGEST = 160
_A_HEADER_LINE = re.compile(r"[^\n]{5," + str(_HEADER_LONGEST) + r"}(?<![.!?»”\"])")
_SIGNATURE_LONGEST = 40


def _paragraph_authors(analysis: Analysis) -> dict[int, tuple[str, str]]:
    """Paragraph → (who writes it, as what), for a paragraph in the first person that is
    signed with a name or headed by a line naming its author and role. A forum or
    question-and-answer page is written by several people, one per paragraph."""

    def find() -> dict[int, tuple[str, str]]:
        text = analysis.document.text
        authors: dict[int, tuple[str, str]] = {}
        # The author a header names writes on, paragraph after paragraph, until a line that
        # is no sentence of theirs (the page's next header, a rating, a label).
        heading: tuple[str, str] | None = None
        end = 0  # where the paragraph before ended
        for paragraph in sorted({s.paragraph for s in analysis.sentences}):
            sentences = analysis.paragraph_sentences(paragraph)
            gap = text[end : sentences[0].start]
            end = sentences[-1].end
            # The block before this paragraph, between the two blank lines above it: a header
            # is one short line.
            block_end = text.rfind("\n\n", 0, sentences[0].start)
            block_start = text.rfind("\n\n", 0, block_end) + 2 if block_end > 0 else 0
            header = None
            if 0 < block_end - block_start <= _HEADER_LONGEST + 4:
                block = text[block_start:block_end].strip()
                header = _AUTHOR_HEADER.match(block) if _A_HEADER_LINE.fullmatch(block) else None
            role = next(
                (r for r, pattern in analysis.lexicon.roles.items()
                 if header is not None and pattern.search(header.group("role"))),
                None,
            )  # fmt: skip
            if header is not None and role is not None:
                heading = (header.group("name"), role)
            elif gap.strip():
                heading = None
            last = sentences[-1]
            signed = (
                _SIGNATURE.fullmatch(last.text)
                if len(sentences) > 1
                and len(last.text) <= _SIGNATURE_LONGEST
                and analysis.in_sentence(analysis.people, last)
                else None
            )  # (a name, not «Переживёшь.»)
            if (signed is None and heading is None) or not any(
                _FIRST_PERSON.search(s.text) for s in sentences
            ):
                continue
            if signed is not None:
                body = " ".join(s.text for s in sentences)
                role = "relative" if _OWN_RELATIVE.search(body) else "victim"
                authors[paragraph] = (signed.group("name").rstrip("."), role)
                heading = None
            elif heading is not None:
                authors[paragraph] = heading
        return authors

    return analysis.memo("paragraph_authors", find)


def attribution(analysis: Analysis) -> Analysis:
    """Sources per sentence, and the chain of outlets each account came through.

    A person or relative who speaks is the source, reached through the sentence's outlets.
    With no such speaker, the deepest outlet that reports or is cited is the source,
    reached through the ones outside it; an outlet that was only told something (the
    listener of an official's statement) is never a source by itself.
    """
    found: list[Mention] = []
    chains: list[Mention] = []
    teller = narrator(analysis)
    for sentence in analysis.sentences:
        chain = _chain(analysis.in_sentence(analysis.outlets, sentence))
        speakers = _speakers(analysis, sentence)
        author = None if speakers else _paragraph_authors(analysis).get(sentence.paragraph)
        if author is not None and _FIRST_PERSON.search(sentence.text):
            name, role = author
            speakers = [Mention(sentence.start, sentence.end, name, "source", name, role)]
        if not speakers:
            told = _pronoun_speaker(analysis, sentence)
            if (
                told is None
                and teller
                and (
                    sentence.paragraph in interview_turns(analysis).answers
                    or (
                        analysis.may_match(_FIRST_PERSON, sentence)
                        and _FIRST_PERSON.search(sentence.text)
                    )
                )
            ):
                told = teller
            if told is not None:
                role, pseudonym = _role(analysis, told)
                if told == teller and (role != "advocate" or _self_named(analysis)):
                    # (a statement that opens «Я, Азамат, гражданин …» says what its author is,
                    # whoever stands near his name in the outlet's introduction)
                    role = _narrator_role(analysis)
                detail = role + (":pseudonym" if pseudonym else "")
                speakers = [Mention(sentence.start, sentence.end, told, "source", told, detail)]
        if not speakers:
            tellers = [m for m in chain if m.detail != "listener"]
            if tellers:
                deepest = tellers[-1]
                chain = chain[: chain.index(deepest)]
                role = _outlet_role(analysis, deepest)
                speakers = [
                    Mention(
                        sentence.start, sentence.end, deepest.text, "source", deepest.value, role
                    )
                ]
        found.extend(speakers)
        if chain:
            route = " → ".join(m.value for m in chain)
            chains.extend(
                Mention(sentence.start, sentence.end, s.value, "via", route)
                for s in speakers
                if s.value not in route.split(" → ")
            )
    return replace(analysis, sources=tuple(found), via=tuple(chains))
