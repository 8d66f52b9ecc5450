"""Copy detection's text side (see ``copies``): the lines that carry a story, its normalised
words and its names and numbers. No Django imports.

Everything here must give, bit for bit, what the rules below say, because stored signatures
(``copies.SIGNATURE_VERSION``) are made from it: the rules are written as the regular
expressions of version 1, and a test compares the fast code with them. Fast, because a real
article has 600–800 words and issue 7 asks for 2,000 signatures a second: the characters are
classified in numpy (one table lookup per character, tables filled on first sight of a
character from the very regular expressions and ``str`` methods the rules name), not by a
Python regular expression stepping through the text several times.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

# --- 1. Lines: boilerplate and furniture ----------------------------------------------------

# Whole lines that outlets add around a story. Anchored at the line start, case-insensitive.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:"
    r"read (?:more|also|the full|the original)|also read|related(?: stories)?\s*:|see also|"
    r"continue reading|full story|subscribe|follow us|share (?:this|on)|share\s*$|"
    r"sign up|advertisement|sponsored|photo\s*:|image\s*:|credit\s*:|source\s*:|"
    r"(?:this (?:article|story|report) )?(?:was )?(?:originally |first )?(?:published|"
    r"republished|reprinted)\b|copyright|©|\(c\)|by\s+\S+(?:\s+\S+){0,4}\s*$|"
    r"читайте (?:также|еще|ещё|подробнее|полностью)|смотрите также|подробнее\s*:|"
    r"подписывайтесь|подпишитесь|поделиться|реклама|фото\s*:|источник\s*:|автор\s*:|"
    r"(?:этот )?материал (?:был )?(?:впервые )?опубликован|перепечатано|"
    r"https?://|www\."
    r")",
    re.IGNORECASE,
)
# How a boilerplate line can begin: each alternative's first two and first three
# characters, any case (all begin with two letters; "by" is followed by whitespace). A line
# beginning with a letter or digit of _PLAIN (ASCII and the Russian alphabet, where
# case-insensitive matching pairs a letter with its other case only), then such characters or
# a space, that begins no alternative cannot match, since ``\W*`` takes no letter: the
# expression is skipped for most lines. Quotes and dashes first are looked past (no
# alternative begins with one). Other lines (©, a rarer script first) are matched.
_BOILERPLATE_HEADS = frozenset(
    {
        *("ad", "al", "by", "co", "cr", "fi", "fo", "fu", "ht", "im", "or", "ph", "pu", "re"),
        *("se", "sh", "si", "so", "sp", "su", "th", "wa", "ww"),
        *("ав", "ис", "ма", "пе", "по", "ре", "см", "фо", "чи", "эт"),
        *("adv", "als", "by ", "con", "cop", "cre", "fir", "fol", "ful", "htt", "ima", "ori"),
        *("pho", "pub", "rea", "rel", "rep", "see", "sha", "sig", "sou", "spo", "sub", "thi"),
        *("was", "www", "авт", "ист", "мат", "пер", "под", "рек", "смо", "фот", "чит", "это"),
    }
)
_QUOTES = "«»\"“”„‟‚'‘’‹›—–-•·*…"
_PLAIN = frozenset(
    case
    for char in "0123456789_abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    for case in (char, char.upper())
)
_PLAIN_OR_SPACE = _PLAIN | {" "}
# Heads (a line's first three characters, not a quote first) already judged by
# _boilerplate_head, kept up to _HEADS_REMEMBERED: the corpus has ~100 distinct heads; news
# in two languages a few thousand; past the bound, heads are judged afresh (same answer).
_HEADS_SEEN: dict[str, bool] = {}
_HEADS_REMEMBERED = 8_192
# A seed-format first line: "date 2023-02-16 Headline".
_DATE_HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\b")
# Headlines, taglines, bylines and captions: short lines that do not end a sentence, that is
# whose last character is not one of these (the lines are stripped of whitespace).
_FURNITURE_MAX_WORDS = 12
_SENTENCE_END = frozenset('.!?…:;»"”’)')


def _boilerplate_head(line: str) -> bool:
    """Whether the beginning of a stripped line leaves the boilerplate expression a chance."""
    head = line.lstrip(_QUOTES)[:3] if line[:1] in _QUOTES else line[:3]
    if head[:1] in _PLAIN and head[1:2] in _PLAIN_OR_SPACE:
        lower = head.lower()
        return lower[:2] in _BOILERPLATE_HEADS and (
            head[2:] not in _PLAIN_OR_SPACE or lower in _BOILERPLATE_HEADS
        )
    return True


def _body_lines(text: str) -> list[str]:
    """The lines that carry the story: boilerplate and furniture dropped. A short line inside
    a sentence (hard-wrapped text: the line before left it open, or the next goes on in lower
    case) is body, not furniture. (One loop, no call it can avoid: it runs for every line.)"""
    lines = list(map(str.strip, text.splitlines()))
    body: list[str] = []
    sentence_open = False  # the last kept line ended mid-sentence, with no blank line since
    for number, line in enumerate(lines):
        if not line:
            sentence_open = False
            continue
        head = line[:3]
        boilerplate_head = _HEADS_SEEN.get(head)
        if boilerplate_head is None:
            boilerplate_head = _boilerplate_head(line)
            if head[:1] not in _QUOTES and len(_HEADS_SEEN) < _HEADS_REMEMBERED:
                _HEADS_SEEN[head] = boilerplate_head
        if boilerplate_head and _BOILERPLATE_LINE.match(line):
            continue
        if line.startswith("date ") and _DATE_HEADER.match(line):
            continue
        ends_sentence = line[-1] in _SENTENCE_END
        if (
            not ends_sentence
            and not sentence_open
            and not (number + 1 < len(lines) and lines[number + 1][:1].islower())
            and len(line.split(maxsplit=_FURNITURE_MAX_WORDS)) <= _FURNITURE_MAX_WORDS
        ):
            continue  # furniture: short, not ending a sentence, not inside one
        sentence_open = not ends_sentence
        body.append(line)
    return body


# --- 2. Characters --------------------------------------------------------------------------

# The rules, as version 1 wrote them with regular expressions (tests/resolution/
# test_copies_normalise.py keeps them and checks this code against them):
# - words: NFKC, str.casefold, ё → е; _URL matches, then every run of [\W_] → one space;
# - facts, in the NFKC text: the group of (?<=[^\W_]|,)[ \t]+([<capitals>][^\W_]*) and
#   the matches of \b[^\W_]*?\d[^\W_]*, case folded, ё → е; the capitals are the characters
#   below U+10000 for which str.isupper() holds.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # a word character that is not "_"
_DECIMAL = re.compile(r"\d")

# Per code point, filled on first sight (_classes_learn): flags, and the character the words
# keep (case folded, ё → е; a space for a non-word character; 0 when its case folding is
# longer than one character). Untouched pages of the tables cost no memory.
_CODE_POINTS = 0x110000
# Flags: a letter or digit ([^\W_]), a decimal digit (\d), a capital (below U+10000 and
# str.isupper()), a space or tab, a letter, digit or comma (what a name may follow), "_".
_ALNUM, _DIGIT, _CAPITAL, _BLANK, _ANCHOR, _UNDERSCORE, _KNOWN = 1, 2, 4, 8, 16, 32, 128
_FLAGS = np.zeros(_CODE_POINTS, np.uint8)
_FOLDED = np.zeros(_CODE_POINTS, np.uint32)
_SPACE = ord(" ")
_BEFORE_START = np.array([-1])
_NO_FLAGS = np.uint8(0)
_NO_WORDS = np.empty(0, np.int64)


def _classes_learn(codes: np.ndarray) -> None:
    """Fill the tables for the code points among ``codes`` not seen before. Thread-safe in
    effect: a code point's entries are always the same, and it is marked known last."""
    for code in np.unique(codes[_FLAGS[codes] < _KNOWN]).tolist():
        char = chr(code)
        folded = char.casefold().replace("ё", "е")
        alnum = _LETTER_OR_DIGIT.match(char) is not None
        capital = code < 0x10000 and char.isupper()
        same_kind = (_LETTER_OR_DIGIT.match(folded) is not None) == alnum
        if len(folded) == 1 and same_kind and (alnum or not capital):  # what _words relies on
            _FOLDED[code] = ord(folded) if alnum else _SPACE
        _FLAGS[code] = (
            _KNOWN
            | (_ALNUM if alnum else 0)
            | (_DIGIT if _DECIMAL.match(char) else 0)
            | (_CAPITAL if capital else 0)
            | (_BLANK if char in " \t" else 0)
            | (_ANCHOR if alnum or char == "," else 0)
            | (_UNDERSCORE if char == "_" else 0)
        )


def _code_points(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The text's code points (uint32, one per character: offsets are str offsets) and their
    flags."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    flags = _FLAGS.take(codes)  # take: faster than indexing
    if codes.size and flags.min() < _KNOWN:
        _classes_learn(codes)
        flags = _FLAGS.take(codes)
    return codes, flags


def _spaced_join(kept: np.ndarray) -> str:
    """Code points with spaces for non-word characters → the words, one space between."""
    blank = kept == _SPACE
    keep = ~blank
    keep[1:] |= ~blank[:-1]  # a character, or the first space after one
    data: bytes = kept.compress(keep).tobytes()  # compress: faster than kept[keep]
    return data.decode("utf-32-le", "surrogatepass").rstrip(" ")


def _words(text: str, codes: np.ndarray) -> tuple[str, bool]:
    """The normalised words of an NFKC ``text`` (with its code points): case folded, ё → е,
    URLs and every run of non-word characters a single space. And whether they are simply
    the runs of letters and digits of ``text``, folded one character to one: true unless a
    character folds to several (ß → ss) or to one of another kind, or a URL is there."""
    kept = _FOLDED.take(codes)
    if kept.all():
        words = _spaced_join(kept)
        # Where _URL matches the folded text, "http" or "www" is among its words.
        if "http" not in words and "www" not in words:
            return words, True
    folded = _URL.sub(" ", text.casefold().replace("ё", "е"))
    codes, flags = _code_points(folded)
    return _spaced_join(np.where(flags & _ALNUM, codes, np.uint32(_SPACE))), False


def _fact_runs(text: str, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where the names and numbers of an NFKC text are (given its characters' flags): a
    capitalised word inside a sentence (after a letter, digit or comma and spaces or tabs;
    not after a full stop, a quote or a line break) and a word with a digit in it. Returns the
    breaks between runs of letters and digits (with -1 and the end as sentinels), the index
    ``k`` of each run with a digit (it lies between breaks k and k + 1; a run with several
    digits comes several times) and the position of each name's capital. In numpy, from the
    positions of digits, capitals and breaks. (.nonzero() of a bool array: of uint8, slower.)"""
    size = flags.size
    bounds = np.concatenate((_BEFORE_START, ((flags & _ALNUM) == 0).nonzero()[0], (size,)))
    # With a digit: a run of letters and digits holding a decimal digit, unless an "_" comes
    # just before it (\b[^\W_]*?\d[^\W_]* takes a \w run's letters and digits up to its
    # first "_", and \b falls only at the start of a \w run).
    runs = bounds.searchsorted(((flags & _DIGIT) != 0).nonzero()[0]) - 1
    if "_" in text:
        previous = bounds[runs]  # -1 at the start of the text: the appended 0 flag
        runs = runs[(np.append(flags, _NO_FLAGS)[previous] & _UNDERSCORE) == 0]
    # Names: a capital after spaces or tabs after a letter, a digit or a comma. From the few
    # capitals after a blank, walk back over the blanks (rarely more than one).
    capitals = ((flags[1:] & _CAPITAL) != 0).nonzero()[0] + 1
    capitals = capitals[(flags[capitals - 1] & _BLANK) != 0]
    before = capitals - 2  # -1 (nothing before) indexes the last flag: masked
    while True:
        blank = (before >= 0) & ((flags[before] & _BLANK) != 0)
        if not blank.any():
            break
        before[blank] -= 1
    return bounds, runs, capitals[(before >= 0) & ((flags[before] & _ANCHOR) != 0)]


def _fact_words(bounds: np.ndarray, runs: np.ndarray, names: np.ndarray) -> np.ndarray:
    """The facts as indices of the text's words, when its words are its runs of letters and
    digits (``_words`` says when). A name's capital then starts a run (a blank is before it,
    and the capital is a letter), so each fact is a whole word."""
    words_before: np.ndarray = np.cumsum(bounds[1:] - bounds[:-1] > 1)  # runs up to run k
    facts: np.ndarray = words_before[np.concatenate((runs, bounds.searchsorted(names) - 1))]
    return facts - 1


def _fact_strings(text: str, bounds: np.ndarray, runs: np.ndarray, names: np.ndarray) -> list[str]:
    """The facts as case-folded strings: for texts whose words are not simply their runs."""
    spans = map(
        slice,
        np.concatenate((bounds[runs] + 1, names)).tolist(),
        np.concatenate((bounds[runs + 1], bounds[bounds.searchsorted(names, "right")])).tolist(),
    )
    tokens = "\n".join(map(text.__getitem__, spans))
    return tokens.casefold().replace("ё", "е").split("\n") if tokens else []


# --- 3. The text as copy detection reads it -------------------------------------------------


@dataclass(frozen=True)
class CopyText:
    """What a signature is made of: the normalised words (one space between) and the names
    and numbers of the story's body lines, case folded, repeats possible: as indices into the
    words (``fact_words``) or, for a text with rarer characters, as strings (``facts``)."""

    normalised: str
    fact_words: np.ndarray
    facts: list[str] | None


def copy_text_read(text: str) -> CopyText:
    """Normalise once, for both the words and the facts. If dropping lines leaves no words
    (a post of short lines), the words are those of every line; the facts stay those of the
    body lines (none)."""
    body = unicodedata.normalize("NFKC", "\n".join(_body_lines(text)))
    codes, flags = _code_points(body)
    normalised, simple = _words(body, codes)
    runs = _fact_runs(body, flags)
    if simple:  # then no words means no runs, hence no facts, whatever the words become
        fact_words, facts = _fact_words(*runs), None
    else:
        fact_words, facts = _NO_WORDS, _fact_strings(body, *runs)
    return CopyText(normalised or _words_all(text), fact_words, facts)


def _words_all(text: str) -> str:
    """The normalised words of every line of ``text``."""
    whole = unicodedata.normalize("NFKC", text)
    return _words(whole, _code_points(whole)[0])[0]


def copy_text_normalise(text: str) -> str:
    """The words of the story, for comparison only: NFKC, case folded, ё → е, URLs,
    punctuation, quotes and dashes gone, one space between words; boilerplate lines ("Read
    more", bylines, «Подписывайтесь…»), headlines and taglines dropped. If dropping lines
    leaves nothing (a post of short lines), every line is kept rather than nothing compared."""
    return _words_all("\n".join(_body_lines(text))) or _words_all(text)


def copy_text_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: equal for copies that differ only in furniture."""
    return hashlib.sha256(copy_text_normalise(text).encode("utf-8")).hexdigest()
