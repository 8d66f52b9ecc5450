"""Stage mentions: people (with pseudonym markers), organisations, nationalities.

People: natasha's news NER for Russian. For English, spaCy's NER where a model is installed;
otherwise capitalised name sequences that are not places, organisations, nationalities,
months or sentence-opening function words, kept when they occur mid-sentence or next to a
name cue (an honorific, a pseudonym marker, a reporting verb).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from recruitwatch.extraction.analysis import Analysis
from recruitwatch.extraction.languages.english import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    RUSSIAN_CITIZEN_PATTERNS,
    russian_citizen_matcher,
)
from recruitwatch.extraction.literals import literal_filter
from recruitwatch.extraction.occupancy import Occupancy
from recruitwatch.extraction.stages.headings import is_heading
from recruitwatch.extraction.stages.outlets import outlet_names, publisher_names
from recruitwatch.extraction.types import Mention

# A capitalised word of a name: "Aziz", "Anuar’s", "O'Brien", "Metelkin-Buraev" (a hyphen
# goes on to the next part), never a piece of a word ("Recruit" of "RecruitWatch").
_EN_NAME_WORD = r"[A-Z](?:[’'][A-Z])?[a-z’']+(?:-[A-Z]?[a-z’']+)*(?![A-Za-z])"
# Words of one name are on one line: a heading's last word and the next paragraph's first
# ("… Threats of Expulsion\n\nBetween January …") are not a name.
_EN_NAME = re.compile(
    rf"(?<![\w’'])(?:(?:Ms|Mr|Mrs|Dr)\.?[^\S\n]+)?{_EN_NAME_WORD}"
    rf"(?:[^\S\n]+(?:{_EN_NAME_WORD}|[A-Z]\.))*"
)
_EN_NOT_NAMES = frozenset(
    {
        "the", "a", "an", "and", "but", "he", "she", "they", "it", "in", "on", "at", "for", "of",
        "his", "her", "their", "our", "we", "i", "there", "this", "that", "these", "those", "when",
        "however", "many", "some", "according", "after", "before", "since", "now", "then", "if",
        "while", "as", "so", "yet", "also", "even", "although", "one", "two", "three", "what",
        "who", "why", "how", "where", "prison", "penal", "colony", "number", "no", "central",
        "asian", "asians", "russian", "russians", "russia", "ukraine", "ukrainian", "wagner",
        "group", "ministry", "interior", "defence", "defense", "police", "statement", "date",
        "mother", "father", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "president", "republic", "region", "oblast", "krai", "uzbek", "tajik", "kyrgyz",
        "kazakh", "turkmen", "uzbeks", "tajiks", "kyrgyzstan", "uzbekistan", "tajikistan",
        "kazakhstan", "behind", "bars", "ik", "sizo", "kp", "fsin", "mvd", "telegram", "whatsapp",
        "my", "your", "you", "it’s", "that’s", "they’re", "don’t", "nobody", "everyone", "no one",
        "yes", "thank", "thanks", "okay", "ok", "well", "hello", "sorry", "please",
        # Family words said to someone: "He said, Mama, I have no choice."
        "mama", "mum", "mom", "mummy", "papa", "dad", "daddy", "brother", "sister", "son",
        "fictional", "this is", "all", "under", "with", "from", "by", "to", "its", "was", "is",
        "were", "not", "more", "most", "every", "each", "another", "other", "several", "dozens",
        "ms", "mr", "mrs", "dr", "migration", "military", "enlistment", "office", "armed", "forces",
        "prisoner", "inmate", "detainee", "convict", "patient", "conscript",
        "instead", "meanwhile", "later", "earlier", "afterwards", "eventually", "finally",
        "still", "otherwise", "indeed", "moreover", "nevertheless", "overall", "notes", "below",
        "above", "relatives", "relative", "families", "family", "parents", "wives", "prisoners",
        "inmates", "detainees", "migrants", "workers", "men", "women", "lawyers", "guards",
        "recruiters", "officers", "colonel", "major", "captain", "lieutenant", "sergeant",
        "general", "prosecutor", "prosecutors", "judge", "investigator", "deputy", "governor",
        # A title before a name: "Lawyer Inna Vereshchagina says …"
        "lawyer", "attorney", "advocate", "activist", "journalist", "reporter", "coordinator",
        "director", "spokesman", "spokeswoman", "spokesperson", "researcher", "sociologist",
        "doctor", "volunteer", "labour", "labor",
        # Holidays: "two weeks before New Year", "after Eid".
        "new", "year", "christmas", "easter", "ramadan", "eid", "nowruz", "navruz",
        # An era: "since Soviet times"
        "soviet", "tsarist", "imperial",
        # A wire story's credit line: "(Reporting by …; Editing by …)"
        "reporting", "editing", "writing", "additional",
        *MONTHS, *MONTH_ABBREVIATIONS,
    }
)  # fmt: skip
_HONORIFIC = re.compile(r"^(?:Ms|Mr|Mrs|Dr)\.?\s+")
# A capitalised word before one of these names a place ("the Frunzensky district", "Kupchino
# metro station", "Lenin Street"), not a person.
_PLACE_NOUNS = (
    "district", "region", "oblast", "krai", "raion", "province", "republic", "street",
    "avenue", "prospekt", "prospect", "square", "embankment", "highway", "lane", "metro",
    "station", "market", "airport", "village", "settlement", "town", "city",
    # "the Butyrka prison", "the Matrosskaya Tishina jail"
    "prison", "jail", "colony", "camp", "hospital", "centre", "center",
)  # fmt: skip
# Parts of the world a report names without a region code ("Central Asia", "across Siberia").
_MACRO_REGIONS = frozenset(
    {"asia", "europe", "eurasia", "siberia", "urals", "volga", "caucasus", "donbas", "donbass"}
)
# A single capitalised word after one of these is where something happened ("a site in
# Shushary", "near Sokol"), not who: a person is in a cell, not "in Aziz".
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|throughout|around|inside)\s+$", re.IGNORECASE
)
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:" + "|".join(_PLACE_NOUNS) + r")(?!\w)", re.IGNORECASE)


# A dateline's place is followed by the date: "Vilnius, 11 February 2025", "KAZAN, May 14".
_ANY_MONTH = "|".join((*MONTHS, *MONTH_ABBREVIATIONS))
_DATELINE_AFTER = re.compile(
    r",\s+(?:\d{1,2}\s+(?:" + _ANY_MONTH + r")|(?:" + _ANY_MONTH + r")\.?\s+\d{1,2}\b)",
    re.IGNORECASE,
)
# A live blog's time or a timeline's day that opens an entry ("08:10 — Heavy snow …", "14 May —
# A district court …"): the word after it opens the sentence.
_ENTRY_LEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+(?:" + _ANY_MONTH + r")(?:\s+\d{4})?)"
    r"[ \t]*[—–-][ \t]*$",
    re.IGNORECASE,
)
# Up to three words after a comma: where a name's introduction says what the person is
# ("Zarina Kholova, coordinator of …", "Daniel Prokop, a lawyer").
_GROUP_WORDS = (
    r"(?:group|network|centre|center|organi[sz]ation|initiative|project|foundation|association"
    r"|union|committee|ngo|charity|movement|coalition|clinic|service|hotline|helpline|fund|society"
    r"|collective|agency|bureau)"
)
_GROUP_INTRODUCED = re.compile(
    # (not "Aigerim Tokoeva, the network's director": one of the group's people)
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?" + _GROUP_WORDS + r"(?![\w’'])",
    re.IGNORECASE,
)
# "the migrant aid group Caravan Help": the name after a word for a group is the group's.
_GROUP_BEFORE = re.compile(_GROUP_WORDS + r"\s+$", re.IGNORECASE)
# "Kamola Yusupova of the migrant aid group Caravan Help, …": a person of a group.
_OF_GROUP_AFTER = re.compile(
    r"\s+(?:of|from|at|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?" + _GROUP_WORDS + r"\b",
    re.IGNORECASE,
)
# What follows a name where the text treats it as a person's. (A pseudonym in quotes, "“Sherzod,”
# 22, …", closes its quote after the comma.)
_NAME_CUE_AFTER = re.compile(
    r"(?:’s|'s)?\s*(?:\(|,[”\"]?\s+(?:a|an|the|who|director|\d)|said|says|told|believes|claims"
    r"|was|is|has|had)"
)
# Russian and Central Asian family-name endings (Tashiev, Tashieva, Karimova, Saidzoda).
_SURNAME_ENDING = re.compile(r"[a-z]{2}(?:ov|ova|ev|eva|yev|yeva|in|ina|zoda|zade|enko|uulu)$")
# Whose the person is, after a full name: "Denis Fomichev, my neighbour on the bunks".
_WHOSE_AFTER = re.compile(r",\s+(?:my|his|her|our|their)\s")
_AFTER_COMMA = re.compile(r",\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")


def _english_people(analysis: Analysis, named: list[Mention]) -> list[Mention]:
    """Capitalised name sequences outside places, facilities and ``named`` entities."""
    text = analysis.document.text
    blocked = Occupancy(len(text))
    for mention in (*analysis.places, *analysis.facilities, *named):
        blocked.take(mention.start, mention.end)
    for sentence in analysis.sentences:
        # A heading's capitalised words are topics; a byline names its author.
        if is_heading(analysis, sentence) and not sentence.text.startswith("By "):
            blocked.take(sentence.start, sentence.end)
    sentence_starts = {s.start for s in analysis.sentences}
    found = []
    for match in _EN_NAME.finditer(text):
        start, end = match.start(), match.end()
        words = match.group(0).split()
        # Drop leading function words ("However Aziz" cannot happen, "When Aziz" can).
        while (
            words
            and (words[0].lower().strip(".") in _EN_NOT_NAMES or _is_function_word(words[0]))
            and not _HONORIFIC.match(match.group(0))
        ):
            start += len(words[0]) + 1
            words = words[1:]
        while words and _unpossessed(words[-1]) in _EN_NOT_NAMES:
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        end = start + len(name)
        if _PLACE_NOUN_AFTER.match(text, end) or words[-1].lower() in _PLACE_NOUNS:
            continue
        if _unpossessed(words[-1]) in _MACRO_REGIONS:
            continue
        initials = _INITIALS_GO_ON.match(text, end)
        if initials and (len(words) > 1 or len(words[0]) > 2):
            continue  # a name does not run on into initials
        if initials:
            # "Kh.R.", "Sh. M.": a witness known by initials, the whole of them
            end = initials.end()
            name = bare = text[start:end]
        if len(words) == 1 and _is_function_word(words[0]):
            continue  # "Did he sign?", "Very.", "None, the lawyer says."
        if (
            len(words) == 1
            and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 12), start)
            and not text.startswith(("’s", "'s"), end)
        ):
            continue
        bare = _HONORIFIC.sub("", name)
        if any(_unpossessed(w) in _EN_NOT_NAMES for w in bare.split()):
            continue
        if not blocked.free(start, end):
            continue
        at_start = (
            start in sentence_starts
            or text[max(0, start - 2) : start].strip() in {"“", '"', "‘"}
            or bool(_ENTRY_LEAD.search(text, max(0, start - 24), start))
        )
        following = text[end : end + 40]
        if at_start and _DATELINE_AFTER.match(following):
            continue  # "Vilnius, 11 February 2025." opens a press release: a place
        cue = bool(_HONORIFIC.match(name)) or bool(_NAME_CUE_AFTER.match(following))
        if not cue and len(words) > 1:
            # A full name and whose the person is: "Denis Fomichev, my neighbour on the bunks"
            # (one word so followed is as often an adverb: "Twice, his mother says").
            cue = bool(_WHOSE_AFTER.match(following))
        if _GROUP_INTRODUCED.match(following) or _GROUP_BEFORE.search(
            text, max(0, start - 20), start
        ):
            continue  # "Yordam Volga, a group that gives legal advice": an organisation
        if at_start and not cue:
            cue = bool(_OF_GROUP_AFTER.match(following))
        if at_start and not cue:
            # A sentence opening with a name and what the person is: "Zarina Kholova,
            # coordinator of Yordam Volga, said …".
            cue = _role_follows(analysis, following)
        if at_start and not cue and len(words) == 2:
            # A first name and a family name with its ending: "Gulbara Tashieva keeps her
            # son's charger …" opens a feature with the person whatever verb follows.
            cue = bool(_SURNAME_ENDING.search(_unpossessed(words[1])))
        if at_start and not cue:
            continue
        if bare.endswith(("’s", "'s")):
            # "spoke to Jasur’s mother": the person is Jasur, as he is everywhere else.
            end, bare = end - 2, bare[:-2]
        found.append(Mention(start, end, text[start:end], "person", bare, ""))
    # Initials alone, introduced or speaking: "R.V., who was held …", "T.S. and F.M. signed".
    for m in _EN_INITIALS_PERSON.finditer(text):
        if blocked.free(m.start(), m.end()) and not any(
            p.start <= m.start() < p.end for p in found
        ):
            found.append(Mention(m.start(), m.end(), m.group(0), "person", m.group(0), ""))
    return sorted(found, key=lambda p: p.start)


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy loads only for English texts

    return frozenset(STOP_WORDS)


_EN_INITIALS_PERSON = re.compile(
    r"(?<![\w.])[A-Z][a-z]?\.\s?[A-Z]\.(?=,\s+(?:an?\s|the\s|who\s|\d)|\s+\(|\s+(?:and|said|says|told|refused|signed|was|is|has|had)\b)"
)
_INITIALS_GO_ON = re.compile(r"\.\s?[A-Z][a-z]?\.")


def _is_function_word(word: str) -> bool:
    """spaCy's English stop words, contractions by their first part ("Don't", "I'll"): a
    question or an answer in a transcript opens with them, a name never is one."""
    return re.split(r"[’']", word.lower(), maxsplit=1)[0] in _stop_words()


def _unpossessed(word: str) -> str:
    """The word in lower case without a possessive ending ("Saturday's" → "saturday")."""
    return re.sub(r"[’'](?:s)?$", "", word.lower())


def _role_follows(analysis: Analysis, following: str) -> bool:
    introduction = _AFTER_COMMA.match(following)
    return introduction is not None and any(
        pattern.search(introduction.group(1)) for pattern in analysis.lexicon.roles.values()
    )


def _russian_people(analysis: Analysis) -> list[Mention]:
    from recruitwatch.extraction.languages.russian import models

    vocab = models().morph_vocab
    found = []
    for span in analysis.parsed.spans:
        if span.type != "PER" or _common_word(vocab, span.text):
            continue
        if " — " in span.text or " – " in span.text:
            # «Игорь — ВИЧ-положительный»: a name ends at a dash.
            cut = re.split(r"\s[—–]\s", span.text, maxsplit=1)[0]
            found.append(
                Mention(
                    span.start, span.start + len(cut), cut, "person", _name_lemma(vocab, cut), ""
                )
            )
            continue
        first, _, rest = span.text.partition(" ")
        if rest and _common_word(vocab, first) and not _INITIALS.fullmatch(rest):
            # «Рассказывает Эльвира:» — a verb opening the line is not part of the name.
            start = span.start + len(first) + 1
            found.append(Mention(start, span.stop, rest, "person", _name_lemma(vocab, rest), ""))
            continue
        try:
            span.normalize(vocab)
            normal = span.normal or span.text
        except (ValueError, IndexError, KeyError):
            normal = span.text
        found.append(
            Mention(span.start, span.stop, span.text, "person", _name_lemma(vocab, normal), "")
        )
    return _initialled_as_one(_unknown_names_as_told(vocab, found))


def _initialled_as_one(people: list[Mention]) -> list[Mention]:
    """A surname with initials read in two forms («Лыков А. И.», and «Лыкова А. И.», which
    also reads as a woman's nominative) is one person where the text holds both: the shorter
    form, the man's nominative."""
    initialled = {
        p.value
        for p in people
        if len(p.value.split()) > 1 and _INITIALS.fullmatch(p.value.split(" ", 1)[1])
    }
    settled = []
    for person in people:
        surname, _, initials = person.value.partition(" ")
        shorter = [
            other
            for other in initialled
            if other.endswith(" " + initials)
            and initials
            and len(other) < len(person.value)
            and surname.startswith(other.split(" ", 1)[0])
            and len(surname) - len(other.split(" ", 1)[0]) <= 2
        ]
        settled.append(replace(person, value=min(shorter, key=len)) if shorter else person)
    return settled


def _unknown_names_as_told(vocab: Any, people: list[Mention]) -> list[Mention]:
    """A one-word name the dictionary does not know (a Central Asian first name) is only
    guessed at: pymorphy reads «Ильхом» as the genitive plural of «Ильхома» and «Мээрим» as
    that of «Мээрима». A person is one, so plural readings are no reading, and the document
    settles the rest: «Ильхома» is «Ильхом» where the text also writes «Ильхом»; a word with
    no singular oblique reading («Ильхом», «Мээрим») is the nominative, as written."""
    told = {p.text for p in people if " " not in p.text}
    settled = []
    for person in people:
        word = person.text
        if " " in word or not word.isalpha() or vocab.word_is_known(word.lower()):
            settled.append(person)
            continue
        singular = [
            p
            for p in vocab.parse(word)
            if _NAME_GRAMMEMES & p.tag.grammemes and "sing" in p.tag.grammemes
        ]
        lemmas = [str(p.normal_form).capitalize() for p in singular]
        elsewhere = [lemma for lemma in lemmas if lemma != word and lemma in told]
        oblique = [
            str(p.normal_form).capitalize()
            for p in singular
            if "nomn" not in p.tag.grammemes and "ablt" not in p.tag.grammemes
        ]
        if elsewhere:
            value = elsewhere[0]
        elif oblique and not any("nomn" in p.tag.grammemes for p in singular):
            value = oblique[0]
        else:
            value = word
        settled.append(replace(person, value=value))
    return settled


# Initials after a surname, as official papers write a name: «Лыков А. И.».
_INITIALS = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")


def _common_word(vocab: Any, text: str) -> bool:
    """A lone capitalised word the dictionary knows, and only as something other than a name
    («Вербовщик обещал…» at the start of a quote): natasha's NER sometimes tags it as a
    person. An unknown word (a Central Asian name the dictionary lacks) stays a name."""
    if len(text.split()) != 1 or not vocab.word_is_known(text.lower()):
        return False
    return not any({"Name", "Surn", "Patr"} & set(r.tag.grammemes) for r in vocab(text))


def _name_lemma(vocab: Any, name: str) -> str:
    """natasha leaves a lone first name in an oblique case as written («Натальей»); take the
    name reading pymorphy offers, so every case of one name is one person."""
    words = name.split()
    if len(words) in (2, 3) and all(re.fullmatch(r"[А-ЯЁ]\.", w) for w in words[1:]):
        # A name and initials («Сергея Л.», «Лыкову А. И.»): the name in the nominative, the
        # initials kept.
        return " ".join([_name_lemma(vocab, words[0]), *words[1:]])
    if len(words) != 1:
        return _full_name_nominative(vocab, name)
    readings = [r for r in vocab(name) if {"Name", "Surn", "Patr"} & set(r.tag.grammemes)]
    return str(readings[0].normal_form).capitalize() if readings else name


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")


def _full_name_nominative(vocab: Any, name: str) -> str:
    """A full name natasha could not normalise (it needs the morphology tagger, which the
    pipeline does not run) in the nominative: «рассказ Ольги Сметаниной» → «Ольга
    Сметанина». Only when every word reads as a name in one oblique case and one gender, and
    none as a nominative of that gender: each word is then inflected, keeping its gender (a
    surname's dictionary form would be the male one). Anything less certain stays as
    written."""
    words = name.split()
    parses = [
        [
            p
            for p in vocab.parse(w)
            if _NAME_GRAMMEMES & p.tag.grammemes and "sing" in p.tag.grammemes
        ]
        for w in words
    ]
    if len(words) > 3 or not all(parses):
        return name
    for gender in ("masc", "femn"):
        if all(any({gender, "nomn"} <= p.tag.grammemes for p in found) for found in parses):
            # Already a nominative, of either gender: «Альбина Гарипова» is not the genitive
            # of a man «Альбин Гарипов».
            return name
    for gender in ("masc", "femn"):
        for case in _OBLIQUE_CASES:
            # One reading per word, each in this case and gender.
            chosen = [
                next(p for p in found if {gender, case} <= p.tag.grammemes)
                for found in parses
                if any({gender, case} <= p.tag.grammemes for p in found)
            ]
            if len(chosen) == len(words):
                forms = [p.inflect({"Nom"}) for p in chosen]  # natasha takes UD names
                if all(forms):
                    return " ".join(str(f.word).capitalize() for f in forms)
    return name


def _merge_surnames(people: list[Mention]) -> list[Mention]:
    """A one-word mention that is the last name of a fuller name in the document is that
    person ("Ms Romanova" after "Olga Romanova"); the same first name alone is too."""
    by_part: dict[str, set[str]] = {}
    for p in people:
        parts = p.value.split()
        if len(parts) > 1:
            by_part.setdefault(parts[-1], set()).add(p.value)
            by_part.setdefault(parts[0], set()).add(p.value)
    singles = {p.value for p in people if " " not in p.value}
    merged = []
    for person in people:
        parts = person.value.split()
        if len(parts) == 1:
            matches = set(by_part.get(parts[0], ())) or _by_written_form(person.text, by_part)
            if not matches:
                matches = _declined_from(person.value, singles)
            if len(matches) == 1:
                person = replace(person, value=matches.pop())
        merged.append(person)
    return merged


# Case endings of a Russian first name the dictionary does not know: «Шахбоза», «Шахбозу»,
# «Шахбозом» are «Шахбоз».
_RU_NAME_ENDINGS = ("а", "у", "ом", "ем", "е", "ы", "и", "ой", "ей", "ю", "я", "ём")
_CYRILLIC_START = re.compile(r"[А-ЯЁ]")


def _declined_from(value: str, singles: set[str]) -> set[str]:
    """The one-word names of the document that ``value`` is an oblique case of."""
    return {
        name
        for name in singles
        if len(name) >= 3
        and _CYRILLIC_START.match(name)
        and value != name
        and value.startswith(name)
        and value[len(name) :] in _RU_NAME_ENDINGS
    }


def _by_written_form(text: str, by_part: dict[str, set[str]]) -> set[str]:
    """The fuller names a lone word is part of as written, when its dictionary form is not:
    pymorphy may read a surname as another name's plural («Саидов» → «Саид»), and a
    surname's oblique case keeps its stem («Саидову» of «Далер Саидов»)."""
    exact = by_part.get(text)
    if exact:
        return set(exact)
    return {
        name
        for part, names in by_part.items()
        if len(part) >= 4 and text.startswith(part) and len(text) - len(part) <= 2
        for name in names
        if name.split()[-1] == part  # a surname's case, not a longer name (Иван → Иванов)
    }


# "Jasur, a 29-year-old from Namangan whose name has been changed for his safety": the marker
# closes the name's own apposition, before the sentence goes on.
_APPOSITION_MARKER = re.compile(
    r",[^.;:!?()“”\"«»]{0,120}?\b(?:whose\s+(?:real\s+)?name\s+(?:has\s+been|was|is)\s+(?:changed|withheld)"
    r"|(?:чь[её]|чьё)\s+имя\s+изменено|имя\s+которо(?:го|й)\s+изменено)",
    re.IGNORECASE,
)


def _flag_pseudonyms(analysis: Analysis, people: list[Mention]) -> list[Mention]:
    """Flag the people a report names by a pseudonym: a marker after the name ("Farukh (not his
    real name)"), in its apposition ("Jasur, …, whose name has been changed"), before it ("I'll
    call him Bakhtiyor"), or the report's own word that it changed names, which covers everyone
    it calls by a first name alone."""
    text = analysis.document.text
    lexicon = analysis.lexicon
    starts = [p.start for p in people]
    declared = lexicon.pseudonyms_declared.search(text) is not None
    full_names = {part for p in people if " " in p.value for part in p.value.split()}
    flagged = []
    for index, person in enumerate(people):
        after = text[person.end : person.end + 140]
        apposition = _APPOSITION_MARKER.match(after)
        next_start = starts[index + 1] if index + 1 < len(people) else len(text)
        hit = (
            lexicon.pseudonym_marker.match(after.lstrip(" ,-–—"))
            or (apposition is not None and person.end + apposition.end() <= next_start)
            or lexicon.pseudonym_before.search(text, max(0, person.start - 60), person.start)
            or (declared and _first_name_only(text, person, full_names))
        )
        flagged.append(replace(person, detail="pseudonym") if hit else person)
    # A name flagged once is a pseudonym everywhere in the document.
    pseudonyms = {p.value for p in flagged if p.detail == "pseudonym"}
    return [replace(p, detail="pseudonym") if p.value in pseudonyms else p for p in flagged]


# Somewhere the report treats the word as a person: gives an age, says what the person is, or
# lets them speak ("“Adilet,” a 35-year-old Kyrgyz citizen", "Rustam told", «Фарход, 27 лет»).
_PERSON_CUE_AFTER = re.compile(
    r"[”\"»]?,?[”\"»]?\s+(?:\d{2}\b|an?\s|who\s|said\b|says\b|told\b|recalled\b|рассказал|сказал|говорит|вспоминает)"
    # a chat's speaker: "[12.03.2025 14:02] Айгуль: Мама, …"
    r"|:\s"
)


def _first_name_only(text: str, person: Mention, full_names: set[str]) -> bool:
    """A one-word name, not an initial nor part of someone's full name, that the report
    somewhere treats as a person."""
    value = person.value
    if " " in value or len(value.rstrip(".")) <= 2 or value in full_names:
        return False
    return any(
        _PERSON_CUE_AFTER.match(text, m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(person.text)}(?!\w)", text)
    )


_MARKED_NAME = re.compile(
    r"(?<![\w-])([A-ZА-ЯЁ][\w’'-]+)\s*(?=[(,]\s*(?:not\s+(?:his|her|their|my)\s+real|имя\s+изменено|name\s+changed|a\s+pseudonym))"
)


def _marked_people(analysis: Analysis, people: list[Mention]) -> list[Mention]:
    """A capitalised word right before a pseudonym marker is a person, whatever NER said."""
    text = analysis.document.text
    known = {(p.start, p.end) for p in people}
    extra = [
        Mention(m.start(1), m.end(1), m.group(1), "person", m.group(1), "")
        for m in _MARKED_NAME.finditer(text)
        if (m.start(1), m.end(1)) not in known
        and not any(p.start <= m.start(1) < p.end for p in people)
    ]
    return sorted([*people, *extra], key=lambda p: p.start)


def _initials(analysis: Analysis, people: list[Mention]) -> list[Mention]:
    """People called by an initial only ("prisoner K.", «Ш., 28 лет»), wherever that initial
    stands on its own after the text introduced it: reports that protect their witnesses
    name them so, and "According to S." is then someone's account."""
    text = analysis.document.text
    # Most texts have no ".," at all: the pattern with no literal to look for is skipped.
    patterns = [
        p for i, p in enumerate(analysis.lexicon.initial_introduced) if i == 0 or ".," in text
    ]
    finditer = analysis.literals().finditer
    letters = {m.group("initial") for p in patterns for m in finditer(p, text)}
    if not letters:
        return people
    lone = re.compile(rf"(?<![\w.’'-])(?:{'|'.join(sorted(letters))})\.(?!\w)")
    extra = [
        Mention(m.start(), m.end(), m.group(0), "person", m.group(0), "")
        for m in lone.finditer(text)
        if not any(p.start <= m.start() < p.end + 1 for p in people)
        and not _after_a_name(text, m.start())
    ]
    return sorted([*people, *extra], key=lambda p: p.start)


def _after_a_name(text: str, start: int) -> bool:
    """Whether the initial ends a name ("Aziz R.", «Бахтияр Н.»): a capitalised word right
    before it that does not open the sentence."""
    before = re.search(
        r"(?:^|([.!?…»”\"]\s+)|\s)([A-ZА-ЯЁ][\w’'-]*)\s+$", text[max(0, start - 40) : start]
    )
    return before is not None and before.group(1) is None and before.start(2) > 0


def _patterned(text: str, table: dict[str, re.Pattern[str]], kind: str) -> list[Mention]:
    finditer = literal_filter(text).finditer  # the same matches, found faster
    return sorted(
        (
            Mention(m.start(), m.end(), m.group(0), kind, value, "")
            for value, p in table.items()
            for m in finditer(p, text)
        ),
        key=lambda m: m.start,
    )


def _within(part: list[str], whole: list[str]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _not_outlets(analysis: Analysis, people: list[Mention]) -> list[Mention]:
    known = analysis.lexicon.outlets.values()
    # A publisher's or an introduced outlet's name, or a run of its words ("Open Cell" for
    # the Open Cell Monitoring Group, "Fence" for the channel Behind the Fence).
    named = [*publisher_names(analysis), *(n.split() for n in outlet_names(analysis))]
    return [
        p
        for p in people
        if not any(k.fullmatch(p.text) for k in known)
        and not (len(p.value.split()) > 1 and analysis.lexicon.outlet_head.search(p.value))
        and not any(
            _within(p.value.casefold().split(), words) or _within(p.text.casefold().split(), words)
            for words in named
        )
    ]


_ENTITY_KINDS = {"ORG": "organization", "NORP": "nationality"}


def _russian_citizen_starts(doc: Any) -> list[int]:
    """Where a citizenship pattern matches (each starts with "russian"): the matcher runs on
    a few tokens from each "russian" only, which spares walking every token of the text."""
    from spacy.attrs import LOWER

    matcher, russian = russian_citizen_matcher(), doc.vocab.strings["russian"]
    longest = max(len(p) for p in RUSSIAN_CITIZEN_PATTERNS)
    return [
        int(i)
        for i in (doc.to_array(LOWER) == russian).nonzero()[0]
        if any(start == 0 for _, start, _ in matcher(doc[i : i + longest]))
        and not (i > 0 and doc[i - 1].lower_ in _ACQUIRING)
    ]


# "can obtain Russian citizenship", "a path to Russian citizenship": citizenship on offer is a
# promise (a coercion cue), not the nationality of the people it is offered to.
_ACQUIRING = frozenset(
    {
        "obtain", "obtaining", "obtained", "get", "getting", "receive", "receiving", "grant",
        "granted", "granting", "offer", "offered", "offering", "promise", "promised",
        "promising", "acquire", "acquiring", "acquired", "to", "toward", "towards", "for",
    }
)  # fmt: skip


# «получите российское гражданство», «обещали паспорт и российское гражданство»: as in
# English, citizenship on offer is a promise, not who the people are.
_ACQUIRING_RU = re.compile(
    r"(?<!\w)(?:получ\w*|дад\w*|выдад\w*|выда\w*|обещ\w*|предл\w*|оформ\w*|ускор\w*|упрощ\w*"
    r"|приобрет\w*|путь\s+к|ради|в\s+обмен\s+на)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _ruled(analysis: Analysis, kind: str) -> list[Mention]:
    """English organisations and nationalities: the spans spaCy's EntityRuler marked (only
    ruler entities carry an id; a statistical model's own entities are not used here), and
    "Russian" where the citizenship matcher finds it."""
    doc = analysis.parsed
    found = [
        Mention(ent.start_char, ent.end_char, ent.text, kind, ent.ent_id_, "")
        for ent in doc.ents
        if ent.ent_id_ and _ENTITY_KINDS.get(ent.label_) == kind
    ]
    if kind == "nationality":
        starts = _russian_citizen_starts(doc)
        found += [
            Mention(doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text, kind, "RU", "")
            for i in sorted(starts)
        ]
    return sorted(found, key=lambda m: m.start)


def mentions(analysis: Analysis) -> Analysis:
    text = analysis.document.text
    if analysis.language == "ru":
        organizations = _patterned(text, analysis.lexicon.organizations, "organization")
        nationalities = [
            n
            for n in _patterned(text, analysis.lexicon.nationalities, "nationality")
            if not (n.value == "RU" and _ACQUIRING_RU.search(text, max(0, n.start - 40), n.start))
        ]
        people = _russian_people(analysis)
    else:
        organizations = _ruled(analysis, "organization")
        nationalities = _ruled(analysis, "nationality")
        people = _english_people(analysis, [*organizations, *nationalities])
    people = _not_outlets(analysis, _initials(analysis, _marked_people(analysis, people)))
    return replace(
        analysis,
        people=tuple(_flag_pseudonyms(analysis, _merge_surnames(people))),
        organizations=tuple(organizations),
        nationalities=tuple(nationalities),
    )
