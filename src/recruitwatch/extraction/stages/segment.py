"""Stage segment: paragraphs (blank-line separated; past 30 sentences, a new one), then
sentences within each, with offsets into ``Document.text``. English uses spaCy's rule-based
sentencizer; Russian uses natasha's segmenter (razdel). Russian tokens are kept for the
gazetteer's lemma lookup; English places are matched over the spaCy Doc itself, so no token
list is built for it. Lines that are a web page's furniture (captions, "Read more" links,
bylines) make no sentence, so no later stage reads them as the article's words."""

from __future__ import annotations

import re
from dataclasses import replace

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.literals import text_fold
from recruitwatch.extraction.types import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A full stop after these is an abbreviation, not a sentence end ("Penal Colony No. 2").
_ABBREVIATION_END = re.compile(
    r"(?<!\w)(?:No|no|Nr|nr|St|Mr|Ms|Mrs|Dr|vs|approx|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|ул|г|им|ст|д|т)\.$"
)

# An initial and the next one ("the third, Kh. R., refused", «Ш. М.») are one name, not the
# end of a sentence and a new one.
_INITIAL_END = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][a-zа-яё]?\.$")
_INITIAL_START = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]?\.")

# Direct speech broken by the teller's words: «…по одному, — пишет Денис. — Мне сказал: …» is
# one quotation, and the full stop after «пишет Денис» ends no sentence.
_SPEECH_BROKEN_END = re.compile(r"[,!?…]\s*[—–]\s+[^.!?—–«»\n]{2,60}\.$")
_SPEECH_GOES_ON = re.compile(r"[—–]\s")


# A web page's furniture that text extraction leaves in an article: photo captions and
# credits, "Read more" links, bylines, share bars, appeals to subscribe or donate. None of it
# tells an incident, and its words (a caption's "police station", "Photo" read as a name, a
# linked headline's "deported") would otherwise join the incidents around it.
_FURNITURE = re.compile(
    r"^\W{0,3}(?:"
    r"(?:photo(?:\s+caption)?|photograph|image|picture|фото(?:графия)?|иллюстрация)\s*:"
    r"|(?:read|see)\s+(?:more|also|next)\b|also\s+read\b|related\s*:|more\s+on\s+this\b"
    r"|tags?\s*:|теги\s*:|метки\s*:|advertisement\b|реклама\b"
    r"|(?:читайте|читать|смотрите)\s+также|(?:ещё\s+)?по\s+теме\s*:|материалы?\s+по\s+теме"
    r"|share\b|поделиться\b"
    r"|subscribe\b|(?:подписывайтесь|подпишитесь)\b|support\s+(?:us|our|independent)\b"
    r"|поддержите\b|donate\b"
    r")",
    re.IGNORECASE,
)
# A byline: "By Anna Zimina, investigations desk", «Автор: Дарья Ключникова», «Текст: …» — a
# short line that is no sentence ("By April he was at the front." is one).
_BYLINE = re.compile(
    r"^(?:(?:[Bb]y|[Ww]ritten\s+by)\s+[A-Z][\w’'.-]+\s+[A-Z]"
    r"|(?:Автор(?:ы)?|Текст|Записал[аи]?|Фото)\s*:)[^\n]{0,120}(?<![.!?»”\"])$"
)
# A line of links or labels: "Share | Print | Listen", "Home › Our cases › Prisoners",
# «Кыргызча | Русский | English». (A live blog's "14:15 | Tyumen …" entry has a clock time
# and a full stop, and stays.)
_LABELS = re.compile(r"^(?=[^\n]*\s[|·›]\s)(?![^\n]*\d:\d\d)[^\n]{0,100}(?<![.!?»”\"])$")


# A page's header line that ends with the reading time: "… Text: Nadezhda Voronina. 27 April
# 2023 · 14 min read", "… · Reading time: 6 minutes", «… · 5 минут чтения»: a standfirst,
# byline and date, none of it the story's (its date is the publication's).
_READING_TIME = re.compile(
    r"(?:\b\d{1,3}\s*(?:min(?:ute)?s?\.?)\s+read|reading\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?"
    r"|\b\d{1,3}\s*мин(?:ут[аы]?)?\.?\s+(?:на\s+)?чтени\w*|время\s+чтения\s*:?\s*\d{1,3}\s*мин\w*\.?)"
    r"[ \t]*$",
    re.IGNORECASE,
)


# The outlet's appeal to its readers, as a sentence of its own after the article's last line
# ("… published with permission. Subscribe to our newsletter …", «Подписывайтесь на
# рассылку»): furniture wherever it stands in the line.
_APPEAL = re.compile(
    r"(?:subscribe\s+to|sign\s+up\s+for\s+our|support\s+(?:us|our\s+work|independent)"
    r"|(?:подписывайтесь|подпишитесь)\s+на|поддержите\s+(?:нас|редакцию|проект|независим))",
    re.IGNORECASE,
)


def page_furniture(line: str) -> bool:
    """Whether ``line`` is a web page's furniture rather than the article's text."""
    line = line.strip()
    return bool(
        _FURNITURE.match(line)
        or _BYLINE.match(line)
        or _LABELS.match(line)
        or (_may_tell_reading_time(line) and _READING_TIME.search(line))
    )


def _may_tell_reading_time(line: str) -> bool:
    """Whether ``line`` holds a word every match of :data:`_READING_TIME` holds ("read",
    «чтени»): the pattern, tried at every digit of every line, cost more than the rest of the
    furniture test."""
    folded = text_fold(line)
    return folded is None or "read" in folded or "чтени" in folded


# Sentences in one paragraph at most. A report's paragraphs hold a dozen at most; a page that
# comes with no line breaks at all (markup stripped, a pasted transcript) would be one
# paragraph of thousands, which every rule that reads "the incident's paragraph" would read
# whole for every incident. Past this many, the next sentence starts a paragraph of its own.
_LONGEST_PARAGRAPH = 30


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for found in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, found.start()))
        start = found.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(analysis: Analysis) -> Analysis:
    text = analysis.document.text
    sentences: list[Sentence] = []
    tokens: list[tuple[int, int, str]] = []
    parsed = None
    if analysis.language == "ru":
        from recruitwatch.extraction.languages.russian import natasha_doc

        parsed = natasha_doc(text)
        bounds = [(s.start, s.stop) for s in parsed.sents]
        tokens = [(t.start, t.stop, t.text.lower()) for t in parsed.tokens]
    else:
        from recruitwatch.extraction.languages.english import nlp

        parsed = nlp()(text)
        bounds = [(s.start_char, s.end_char) for s in parsed.sents]
    bounds = _merge_abbreviations(text, bounds)
    furniture: dict[int, bool] = {}  # by line start: a line of several sentences is judged once
    first = 0  # bounds and paragraphs are both in text order: walk them together
    number = -1
    for p_start, p_end in _paragraphs(text):
        number += 1
        told = 0  # sentences of this paragraph so far
        while first < len(bounds) and bounds[first][1] <= p_start:
            first += 1
        for s_start, s_end in bounds[first:]:
            if s_start >= p_end:
                break
            # A sentence never crosses a paragraph break: clip it to the paragraph.
            start, end = max(s_start, p_start), min(s_end, p_end)
            for line_start, line_end in _lines(text, start, end):
                a, b = _trim(text, line_start, line_end)
                if (
                    b > a
                    and not _in_furniture(text, a, b, furniture)
                    and not _APPEAL.match(text, a)
                ):
                    if told == _LONGEST_PARAGRAPH:
                        number, told = number + 1, 0
                    sentences.append(Sentence(a, b, text[a:b], paragraph=number))
                    told += 1
    return replace(analysis, parsed=parsed, sentences=tuple(sentences), tokens=tuple(tokens))


def _merge_abbreviations(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rejoin sentences split after an abbreviation, before a digit start, inside a name of
    initials, or where the teller's words break direct speech."""
    merged: list[tuple[int, int]] = []
    for start, end in bounds:
        if merged:
            previous = text[merged[-1][0] : merged[-1][1]].rstrip()
            opening = text[start:end].lstrip()
            following = opening[:1]
            same_paragraph = "\n" not in text[merged[-1][1] : start + 1]
            if same_paragraph and (
                _ABBREVIATION_END.search(previous)
                or (following.isdigit() and previous.endswith("."))
                or (_INITIAL_END.search(previous) and _INITIAL_START.match(opening))
                or (_SPEECH_BROKEN_END.search(previous) and _SPEECH_GOES_ON.match(opening))
            ):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _in_furniture(text: str, start: int, end: int, verdicts: dict[int, bool]) -> bool:
    """Whether the whole line that holds ``text[start:end]`` is page furniture; ``verdicts``
    keeps each line's answer by its start offset."""
    line_start = text.rfind("\n", 0, start) + 1
    verdict = verdicts.get(line_start)
    if verdict is None:
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        verdict = page_furniture(line) or _listed_under_furniture(text, line_start, verdicts)
        verdicts[line_start] = verdict
    return verdict


# A list item: "• В Соликамске осуждённого …", "- Wagner recruiters returned …".
_LIST_ITEM = re.compile(r"[ \t]*[•·▪◦*–—-][ \t]")


def _listed_under_furniture(text: str, line_start: int, verdicts: dict[int, bool]) -> bool:
    """Whether the line at ``line_start`` is an item of a list that a furniture line heads
    ("Материалы по теме:", "Read also:" and the linked headlines under it, one a line): the
    line just before is such a heading or another item of its list."""
    if line_start == 0 or not _LIST_ITEM.match(text, line_start):
        return False
    before = text.rfind("\n", 0, line_start - 1) + 1
    if not text[before : line_start - 1].strip():
        return False  # a blank line between: another paragraph
    heading = text[before : line_start - 1].strip()
    if _LIST_ITEM.match(text, before):
        return verdicts.get(before, False)
    return heading.endswith(":") and page_furniture(heading)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at single line breaks too: headings and list items are not one sentence."""
    if start >= end:
        return []
    pieces, cursor = [], start
    index = text.find("\n", start, end)
    while index != -1:
        pieces.append((cursor, index))
        cursor = index + 1
        index = text.find("\n", cursor, end)
    pieces.append((cursor, end))
    return pieces
