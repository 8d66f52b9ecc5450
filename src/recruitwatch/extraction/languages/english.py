"""English: spaCy's blank pipeline (tokeniser + rule-based sentencizer, no model download)
and the cue lexicon. An official English model, where one happens to be installed, adds its
named entities; it is never required."""

from __future__ import annotations

import functools
import re
from typing import Any, cast

from recruitwatch.extraction.languages.lexicon import Lexicon, stems, witness_words, words

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# As datelines and tables abbreviate them ("KAZAN, Sept 22"); "may" is a month already.
# "sept" before "sep": an alternation built from this tries them in this order.
MONTH_ABBREVIATIONS = (
    "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip


# Phrases are matched on the lower-cased token text.
_RULER = {"phrase_matcher_attr": "LOWER"}


@functools.cache
def nlp() -> Any:
    """The English pipeline: blank tokeniser, sentencizer and the entity ruler of
    :data:`ENTITY_PATTERNS` (plus a model's NER where one is installed)."""
    import spacy
    from spacy.pipeline import EntityRuler

    try:  # pragma: no cover - depends on what is installed
        pipeline = spacy.load("en_core_web_sm", exclude=["parser", "lemmatizer"])
        pipeline.add_pipe("sentencizer", first=True)
        ruler = cast(EntityRuler, pipeline.add_pipe("entity_ruler", before="ner", config=_RULER))
    except OSError:
        pipeline = spacy.blank("en")
        pipeline.add_pipe("sentencizer")
        ruler = cast(EntityRuler, pipeline.add_pipe("entity_ruler", config=_RULER))
    ruler.add_patterns(ENTITY_PATTERNS)
    return pipeline


#: "Russian" is a nationality only as a citizenship ("Russian citizens", "both Russian and
#: Tajik citizenship", "Russian passport holders"); the match marks the word "Russian" alone,
#: so "Tajik" in the same phrase stays a nationality of its own.
RUSSIAN_CITIZEN_PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": "russian"}, {}, {}, {"LOWER": {"IN": ["citizen", "citizens", "citizenship"]}}],
    [{"LOWER": "russian"}, {}, {"LOWER": {"IN": ["citizen", "citizens", "citizenship"]}}],
    [
        {"LOWER": "russian"},
        {"LOWER": {"IN": ["citizen", "citizens", "citizenship", "national", "nationals"]}},
    ],
    [{"LOWER": "russian"}, {"LOWER": "passport"}, {"LOWER": {"IN": ["holder", "holders"]}}],
]


@functools.cache
def russian_citizen_matcher() -> Any:
    """A spaCy Matcher for :data:`RUSSIAN_CITIZEN_PATTERNS` on the English vocabulary."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp().vocab)
    matcher.add("RU", RUSSIAN_CITIZEN_PATTERNS)
    return matcher


# Nationality words are listed whole, endings included, so that every entity pattern is a
# phrase: spaCy's PhraseMatcher finds phrases in one pass over the tokens, where a token
# pattern with a REGEX attribute calls back into Python for every token and pattern (it was
# three quarters of the English pipeline's spaCy time).
_NATION_ENDINGS = (
    *("", "s", "i", "is", "ia", "ian", "ians"),
    *("stan", "stani", "stanis", "istan", "istani", "istanis"),
)


def _forms(*stems: str) -> list[str]:
    """A nationality's words from its stems: "uzbek" → uzbek, uzbeks, uzbekistan, uzbekistani…
    (matched lower-cased; spaCy splits "’s" and hyphens off, so "Uzbekistan’s" is found)."""
    return [stem + ending for stem in stems for ending in _NATION_ENDINGS]


_FURTHER_AFIELD: dict[str, list[str]] = {
    "NP": ["nepali", "nepalis", "nepalese", "nepal"],
    "IN": ["indian", "indians", "from india"],
    "LK": ["sri lankan", "sri lankans", "sri lanka"],
    "CU": ["cuban", "cubans", "cuba"],
    "SY": ["syrian", "syrians"],
    "GH": ["ghanaian", "ghanaians", "ghana"],
    "KE": ["kenyan", "kenyans", "kenya"],
    "NG": ["nigerian", "nigerians", "nigeria"],
    "AF": ["afghan", "afghans"],
    "AZ": ["azerbaijani", "azerbaijanis", "azeri", "azeris"],
    "AM": ["armenian", "armenians"],
    "MD": ["moldovan", "moldovans"],
}

#: Organisations (label ORG) and nationalities (label NORP), the entity ``id`` being the
#: canonical name or country code. spaCy's EntityRuler matches the phrases lower-cased over
#: tokens, so "Wagner’s" and "Uzbeks" are found however the text is punctuated and cased.
ENTITY_PATTERNS: list[dict[str, Any]] = [
    *(
        {"label": "ORG", "id": canonical, "pattern": phrase}
        for canonical, phrases in {
            "Wagner Group": ["wagner", "wagner group", "wagner pmc", "pmc wagner"],
            # The Ministry of Defence's assault units of convicts, after Wagner.
            "Storm-Z": ["storm-z", "storm z", "shtorm-z", "shtorm z"],
            "Russia Behind Bars": ["russia behind bars", "rus sidyashchaya"],
            "Russian Interior Ministry": [
                "interior ministry",
                "russian interior ministry",
                "ministry of interior",
                "ministry of the interior",
                "mvd",
            ],
            "Ministry of Defence": [
                "ministry of defence",
                "ministry of defense",
                "defence ministry",
                "defense ministry",
            ],
            "FSIN": ["fsin", "federal penitentiary service"],
            "Russian armed forces": ["armed forces", "russian armed forces", "russian army"],
            "police": ["police"],
        }.items()
        for phrase in phrases
    ),
    *(
        {"label": "NORP", "id": code, "pattern": phrase}
        for code, phrases in {
            "UZ": _forms("uzbek"),
            "TJ": _forms("tajik", "tadzhik"),
            "KG": _forms("kyrgyz", "kirghiz", "kirgiz"),
            "KZ": _forms("kazakh"),
            "TM": _forms("turkmen"),
            "Central Asia": ["central asian", "central asians", "from central asia"],
            # Recruited from further afield, often by agents promising civilian jobs. Country
            # names only where they rarely name anything but the men's home (Syria is where
            # Wagner fought, Afghanistan a war of its own; India names trade and talks).
            **_FURTHER_AFIELD,
        }.items()
        for phrase in phrases
    ),
]


# An outlet's name as written: capitalised words ("Taiga Post", "Radio Free Europe/Radio
# Liberty", "Ural Mountains Review"), not the lower-case word after them.
# (a dot only inside a word: "Fontanka.ru", not the full stop of "… site Volga Record. Citing")
_OUTLET = r"(?P<name>[A-Z](?:[\w’'&/-]|\.(?=\w))*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z](?:[\w’'&/-]|\.(?=\w))*){0,4})"
# What an outlet is said to be, before its name: "told the Urals news site Iset Post",
# "according to the Kyrgyz outlet Sary-Jaz" (else "Urals" would be taken for the name).
_OUTLET_DESCRIBED = (
    r"(?:(?:[A-Z][\w-]+\s+)?(?i:news\s+(?:site|website|outlet|agency|portal)|newspaper|outlet"
    r"|website|site|channel|broadcaster|magazine)\s+)?"
)

# Who relays an account told to them: "told our lawyer, Timur Saidaliev, that".
_ADVOCATE_TITLE = (
    r"(?:lawyer|attorney|advocate|coordinator|researcher|monitor|activist|caseworker|"
    r"case\s+worker|volunteer|representative|director|head|founder)\b"
)
_PERSON_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"

# Unnamed people who may be the ones telling: "according to a stallholder", "a neighbour said".
_WITNESS_NOUNS = (
    "stallholder", "trader", "vendor", "shopkeeper", "resident", "neighbour", "neighbor",
    "witness", "cellmate", "inmate", "prisoner", "detainee", "colleague", "co-worker",
    "employee", "source", "acquaintance", "friend", "fellow prisoner", "former prisoner",
    "bystander", "passer-by", "driver", "builder", "labourer", "student", "worker", "foreman",
    "migrant", "loader", "porter", "reader", "subscriber",
    # Those of a place who speak together: "according to residents", "residents say"
    "residents", "neighbours", "neighbors", "witnesses", "eyewitnesses",
)  # fmt: skip
_WITNESS = witness_words({noun: noun.replace(" ", r"\s+") for noun in _WITNESS_NOUNS})
# "two inmates who wrote to us", "two of the workers told" speak as "an inmate" does (a
# plural only when counted: "migrants say" is everyone's talk).
_WITNESS_COUNTED = re.compile(
    # (not whose someone is: "lawyers for two of the detainees said", "wives of two inmates")
    r"(?<!\w)(?<!for\s)(?<!of\s)(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3})\s+"
    r"(?:of\s+(?:the|these|those)\s+|\w+\s+)?(?:"
    + "|".join(
        f"(?P<w{i}>{noun.replace(' ', r'[ ]+')}e?s)" for i, noun in enumerate(_WITNESS_NOUNS)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)

_OBJ = r"(?:them|him|her|us|me|people|prisoners|inmates|migrants|men|workers|detainees)"

LEXICON = Lexicon(
    language="en",
    event=re.compile(
        r"(?<!\w)(?:"
        r"sign(?:ed|ing|s)?\s+(?:up\s+)?(?:a\s+|the\s+|an\s+)?(?:\w+\s+){0,2}contracts?"
        r"|sign(?:ed|s|ing)?\s+up|recruit(?:ed|ing|ment)|re-?enlist\w*|enlist(?:ed|ing|ment)"
        r"|sent\s+(?:off\s+)?to\s+(?:fight|the\s+front|ukraine|war|the\s+war|the\s+frontline|combat)"
        r"|send\s+(?:\w+\s+){0,3}(?:to\s+(?:fight|the\s+front|ukraine|war)|another\s+group)"
        r"|(?:forced|compelled|coerced|made|pressured|pushed|told)\s+(?:\w+\s+){0,2}(?:to|into)\s+"
        r"(?:fight|go|sign|signing|travel|join|enlist|serve)"
        r"|taken\s+(?:\w+\s+){0,3}(?:to|into)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:enlistment|recruitment|draft)"
        r"|enlistment\s+office|military\s+commissariat|draft\s+office|recruiting\s+office|voenkomat"
        # What the inmates were told of the next draft: "“everyone will go in the spring”"
        r"|(?:everyone|everybody)\s+will\s+(?:go|be\s+sent)"
        r"|join(?:ed|ing)?\s+(?:wagner|the\s+(?:armed\s+forces|army|military|war))"
        r"|wagner\s+was\s+joined|drafted|mobili[sz]ed|front\s*line|to\s+the\s+front"
        r"|military\s+contracts?|army\s+contracts?|contracts?\s+with\s+the\s+(?:ministry|army)"
        r"|signed(?!\s+(?:a\s+|the\s+)?(?:letter|petition|statement|complaint|appeal|receipt))"
        r"|recruiters?\s+(?:from\s+(?:the\s+)?\w+(?:\s+of\s+(?:\w+\s+)?\w+)?\s+)?(?:came|come|visited|arrived|returned|went\s+(?:there|back)|were\s+back|(?:are|is)\s+due\s+(?:back|to\s+(?:return|arrive|come|visit)))|(?:came|visited|arrived)\s+to\s+recruit"
        # "a man who introduced himself as a Wagner representative came to the hospital"
        r"|(?:wagner|army|military|ministry|defen[cs]e)\s+(?:representatives?|recruiters?)\b[^.!?]{0,60}?\b(?:came|arrived|visited|spoke\s+to|addressed)\b"
        r"|(?:were|was|are|is)\s+from\s+wagner|gathered\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:prisoners|inmates|foreigners|migrants|men|convicts)"
        # A unit gathered where recruiters speak: "gathered our unit and unit 5 in the club".
        r"|(?:gathered|assembled|lined\s+up|herded)\s+(?:\w+\s+){0,5}?(?:in|into|on|at)\s+the\s+(?:club|canteen|yard|parade\s+ground|assembly\s+hall|gym)"
        r"|(?:put|placed|included|read\s+out)\s+(?:\w+\s+){0,3}(?:on\s+(?:a|the)\s+list|names)|lists?\s+of\s+(?:\d+\s+)?(?:names|prisoners|volunteers|inmates|convicts)"
        r"|read\s+out\s+(?:a|the)\s+list|training\s+ground"
        # "By evening Lyokha had put his name to the contract"
        r"|put\s+(?:his|her|their|my)\s+names?\s+to\s+(?:a|the)\s+contracts?"
        # A recruitment pitch: "talked to the boys about contracts, about the money".
        r"|(?:talked|spoke|lectured|campaigned)\s+(?:to\s+|with\s+)?(?:\w+\s+){0,3}?about\s+(?:signing\s+)?(?:the\s+|a\s+|military\s+)?contracts?"
        r"|sign\w*\s+(?:the\s+|some\s+)?papers?\b"
        # "called in to the head's office", "called me out of the cell to his office"
        r"|called\s+(?:(?:me|him|her|them|us)\s+)?(?:out\s+(?:of\s+(?:the|his|my|our|their)\s+cells?\s+)?)?(?:in)?to\s+(?:the|his|her|an?)\s+(?:\w+\s+){0,2}office"
        # Summoned where recruiters wait: "called to the colony’s headquarters on 17
        # January", "brought to the office of the colony’s deputy head".
        r"|(?:called|summoned|brought|taken|marched)\s+(?:\w+\s+){0,3}?to\s+the\s+(?:(?:colony|prison|camp)['’]s\s+)?(?:headquarters|HQ|club|assembly\s+hall)"
        r"|(?:called|summoned|brought)\s+(?:\w+\s+){0,3}?to\s+the\s+office\s+of\s+the\s+(?:(?:colony|prison|camp)['’]s\s+)?(?:\w+\s+)?(?:head|governor|chief|warden)"
        # "called us in one by one", «вызывал нас по одному»
        r"|(?:called|summoned)\s+(?:\w+\s+){0,2}?(?:in\s+|out\s+)?one\s+by\s+one"
        # "an officer of the operational department called him in twice", "was called into
        # the operations unit"
        # (not a phone call: "he called her in mid-December")
        r"|(?:called|summoned)\s+(?:him|them|her|me|us)\s+in(?=\s*[,.;]|\s+(?:alone|twice|again|once|one\s+by\s+one|and|for|to|several|three|every)\b)"
        r"|(?:was|were)\s+(?:called|summoned)\s+into\s+the\b"
        # A recruiter at work: "a man came from the army and said that if I sign …", "a
        # recruiter addressed the men in his block".
        r"|(?:man|men|officer|officers|someone|somebody|people|recruiters?)\s+(?:\w+\s+)?came\s+from\s+the\s+(?:army|military|ministry|defen[cs]e\s+ministry|enlistment\s+office|voenkomat)"
        r"|recruiters?\s+(?:addressed|spoke\s+to|talked\s+to)\s+(?:the\s+)?(?:men|prisoners|inmates|detainees|women|us|them)\b"
        # (not a landlord's or an office's: "refused to extend it", "to renew his registration")
        r"|refus\w+(?!\s+to\s+(?:comment|say|answer|respond|extend|renew|prolong))"
        # The same done to another: "was stopped by the same two men a week later and given
        # the same choice", "received the same offer that afternoon".
        r"|(?:given|received|got|made|offered|faced)\s+the\s+same\s+(?:choice|offer|ultimatum|deal|proposal|threats?)"
        r"|turn(?:ed|s|ing)?\s+down\s+(?:a\s+|the\s+)?(?:recruiters?|contracts?|(?:the\s+)?offer)"
        r"|turn(?:ed|s|ing)?\s+(?:the\s+|a\s+|their\s+|his\s+)?(?:contract|offer)\s+down"
        # Recruits leaving: "40 men were driven out of the gates in two buses", "put them on
        # a bus and drove them away".
        r"|put\s+(?:them|us|him|the\s+men)\s+on\s+(?:a|the)\s+bus(?:es)?\s+and\s+(?:drove|took)\s+(?:them|us|him)\s+away"
        r"|(?:were|was)\s+(?:driven|taken|bused|bussed)\s+(?:out\s+of|away\s+from)\s+(?:the\s+)?(?:gates|colony|camp|prison|penal\s+colony)"
        # "around 30 prisoners had been taken to a Wagner Group training camp"
        r"|(?:had\s+been|have\s+been|were|was)\s+(?:taken|sent|transferred|moved|flown|driven)\s+to\s+(?:a\s+|the\s+)?(?:Wagner(?:\s+Group)?\s+)?training\s+(?:camp|ground)"
        # An ultimatum whose other road is a contract: "the airport, with a ban on entry, or a
        # contract"; refusing it: "I do not want any contract".
        r"|\bor\s+(?:sign\s+)?(?:a|the)\s+(?:military\s+|army\s+)?contract\b"
        r"|(?:do|did)\s+not\s+want\s+(?:any|a|the|this)\s+contract"
        # "officers … were waiting with contracts"
        r"|(?:waiting|waited|arrived|came|turned\s+up|sat)\s+with\s+(?:the\s+|blank\s+|ready\s+|printed\s+)?contracts"
        # "the investigator came to the pre-trial detention centre with a printed contract"
        r"|(?:arrived|came|turned\s+up)\s+(?:to\s+(?:the\s+|his\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+)?with\s+(?:a|the)\s+(?:blank\s+|ready\s+|printed\s+|prepared\s+)?contract\b"
        r"|(?:meeting|meet)\s+(?:\w+\s+){0,3}?with\s+(?:\w+\s+){0,2}(?:representatives|recruiters|officers|officials)\s+(?:of|from)\s+(?:the\s+)?(?:ministry|wagner|army|defen[cs]e\s+ministry)"
        # "schedules a visit by “representatives of the Ministry of Defence”"
        r"|visits?\s+by\s+[“\"]?(?:representatives|recruiters|officers)\s+of\s+(?:the\s+)?(?:ministry|wagner|army)"
        r"|visits?\s+by\s+(?:the\s+)?(?:defen[cs]e\s+ministry|ministry|wagner|army)\s+(?:representatives|recruiters|officers)"
        # Papers held until a pitch is heard: "until they had “had a talk with the military”".
        r"|(?:talk|conversation|chat)\s+with\s+(?:the\s+)?(?:military|army|recruiters|enlistment)"
        r"|with\s+the\s+participation\s+of\s+(?:\w+\s+){0,2}?(?:representatives|recruiters|officers)\s+of\s+(?:the\s+)?(?:ministry|defen[cs]e\s+ministry|wagner|army|enlistment|military\s+commissariat)"
        r"|recruit(?:ers?|ment)(?:['’]s?)?\s+days?"
        r"|(?:will|would|are\s+to)\s+be\s+(?:sent|transferred|taken|called\s+up)|(?<!\bwe\s)(?<!\bI\s)(?:will|would)\s+(?:come|return|visit)\s+(?:[\w-]+\s+)?(?:again|back|on)"
        # How recruitment visits are announced: "meetings with convicts … to explain the
        # conditions of military service under contract".
        r"|meetings?\s+with\s+(?:the\s+)?(?:convicts|prisoners|inmates)|(?:military\s+)?service\s+under\s+(?:a\s+)?contract|contract\s+service"
        r"|choice\s+between\s+(?:\w+\s+){0,2}contract|sign\s+(?:up\s+)?for\s+(?:the\s+)?(?:war|front|army)"
        # A soldier at a detainee's door: "an investigator came to see his brother in SIZO-1
        # together with a man in military uniform".
        r"|(?:man|men|officers?|people|person|someone|soldiers?)\s+in\s+(?:a\s+)?(?:military\s+)?(?:uniform|camouflage|fatigues)"
        r")(?!\w)",
        re.IGNORECASE,
    ),
    coercion={
        "threat_of_deportation": stems(
            r"deport",
            r"expel",
            r"expulsion",
            r"(?:re-?)?entry\s+ban",
            r"ban\s+on\s+(?:re-?)?entry",
            r"banned\s+from\s+(?:entering|re-entering)",
            r"home\s+with\s+an?\s+(?:\w+[\s-]+){0,2}ban\b",
            # A residence permit revoked means deportation; citizenship taken is "other"
            # (as the corpus annotates it, and as the Russian rules read «лишат гражданства»).
            r"revok\w*\s+(?:his|their|her)\s+(?:residence|permit)",
            r"(?:on|onto)\s+a\s+plane\s+(?:to|home)",
            r"fly\s+home",
            # "Don't sign it, and you fly to Dushanbe tonight."
            r"you(?:['’]ll|\s+will|\s+are)?\s+fly(?:ing)?\s+(?:back\s+)?to\s+(?:Dushanbe|Tashkent|Bishkek|Astana|Almaty|Ashgabat|Osh|Samarkand|Khujand|your\s+(?:country|homeland))",
            # (not money sent home: "He sent home about 4,000 somoni a month")
            r"sent\s+(?:back\s+)?home(?!\s+(?:about|around|some|nearly|almost|over|up\s+to|half|most|part|all|money|cash|remittances|his|their|her|[\d$€£]))",
            # "you have two choices, the contract or the airport", "the airport or a contract"
            r"(?:contract|sign|front|war)\w*[^.!?]{0,20}?\bor\s+(?:the\s+)?airport",
            r"airport[^.!?]{0,40}?\bor\s+(?:a\s+|the\s+)?contract",
            r"never\s+come\s+back",
            # "or we cancel your citizenship and you go back to Tajikistan and never come to
            # Russia again"
            r"(?:go|be\s+sent)\s+back\s+to\s+(?:Tajikistan|Uzbekistan|Kyrgyzstan|Kazakhstan|Turkmenistan|your\s+(?:country|homeland))[^.!?]{0,20}?\bnever\s+(?:come|return)",
            # "people like us either serve or go back to Tajikistan"
            r"either\s+(?:\w+\s+){1,3}or\s+(?:you\s+|they\s+|we\s+)?go\s+back\s+to\s+(?:Tajikistan|Uzbekistan|Kyrgyzstan|Kazakhstan|Turkmenistan|your\s+(?:country|homeland))",
            # The ultimatum's other road: "sign it or go home in handcuffs".
            r"sign\w*[^.!?]{0,30}?\bor\s+(?:you\s+)?(?:go|get\s+sent|are\s+sent|leave)\s+(?:back\s+)?home",
        ),
        "threat_of_prosecution": re.compile(
            # (not the report's own next case: "The second case is that of …", "documented new
            # cases in which …", "new cases of coerced recruitment")
            r"(?<!\w)(?:new|fresh|another|additional|second|one\s+more)\s+(?:criminal\s+)?(?:charges?|sentence|term"
            r"|cases?(?!\w)(?!\s+(?:is|was|concern\w*|comes?\s+from|came\s+from|involv\w*|in\s+which|where|of|we|I|our|they|that|documented|recorded|reported)\b))"
            r"|(?:would|will|could|you)\s+(?:can\s+|could\s+|may\s+)?[“\"‘]?get\s+(?:\w+\s+){0,2}years"
            # "materials on his 'disobedience' would be sent to investigators"
            r"|(?:would|will)\s+be\s+(?:sent|passed|handed)\s+(?:over\s+)?to\s+(?:the\s+)?(?:investigators?|prosecutors?)"
            # Evidence to be planted, or a term against the contract: "“something could be
            # found in it”", "drugs, you know, eight years, or a contract".
            r"|(?:something|drugs|narcotics|a\s+weapon|a\s+knife)\s+(?:could|would|will|might|can)\s+be\s+[“\"‘]?found"
            r"|(?:\w+\s+)years,?\s+or\s+(?:a|the)\s+contract"
            # "he faced “fifteen years”", "you will sit for twelve years", "another ten years
            # here", "they would “find” drugs in his bag", "drugs or contract", "a refusal
            # will be remembered at sentencing", "ask for the maximum".
            r"|fac(?:e|ed|es|ing)\s+[“\"‘]?(?:\w+\s+){0,2}?years|sit\s+(?:for\s+)?(?:\w+\s+){0,2}?years"
            r"|another\s+(?:\w+\s+)?years\s+(?:here|there|in\s+prison|inside)"
            # "would “spend ten years in a Russian prison”", "handed to the police for working
            # illegally"
            r"|(?:would|will|could|[’']ll)\s+[“\"‘]?spend\s+(?:\w+\s+){0,2}years?\s+in\s+(?:an?\s+)?(?:\w+\s+)?(?:prison|jail|colony)"
            r"|(?:would|will|could)\s+be\s+handed\s+(?:over\s+)?to\s+the\s+police"
            r"|(?:would|will|could)\s+[“\"‘]?find[”\"’]?\s+(?:drugs|something|a\s+weapon|narcotics)"
            r"|drugs\s+or\s+(?:a\s+|the\s+)?contract|remembered\s+at\s+(?:sentencing|trial)|ask\s+for\s+the\s+maximum"
            # "the charge will be requalified to grievous harm": a graver charge if he refuses.
            r"|(?:re-?qualif|reclassif)\w*|(?:charges?|case)\s+(?:would|will)\s+be\s+(?:upgraded|made\s+more\s+serious)"
            # "You are looking at fifteen years … we will make sure you get the maximum",
            # "they would “find more episodes”, more charges"
            r"|looking\s+at\s+(?:\w+\s+){0,2}years|get\s+the\s+maximum"
            r"|(?:find|add|bring)\s+(?:\w+\s+)?[“\"]?more\s+(?:episodes|charges|counts)|more\s+(?:episodes|charges)\b"
            # A charge that "would become “fifteen years”" if he did not sign.
            r"|(?:would|will|could)\s+(?:become|turn\s+into|mean)\s+[“\"‘]?(?:up\s+to\s+)?(?:\w+\s+){0,2}years"
            # "he would go to prison for it, two years"
            # (written so that the literal prefilter looks for "go to", not "prison", which
            # every "prisoner" holds)
            r"|(?:would|will|could|you['’]ll)\s+(?:go to|be sent to)\s+(?:prison|jail)\b"
            # (not a case already closed for the signature, "The criminal case against him was
            # suspended on 15 April", nor the court's party: "The prosecution called the head
            # of the security department")
            r"|criminal\s+(?:case|charges?)(?!\w)(?!\s+(?:against\s+\w+\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:suspended|closed|dropped|dismissed|terminated)\b)"
            r"|prosecut(?!or)(?!ion\s+(?:called|asked|said|argued|requested|demanded|presented|insisted|rested)\b)\w*"
            r"|against\s+russia|treason|extremis\w+"
            r"|(?:add|extend)\w*\s+(?:\w+\s+){0,3}(?:sentence|years|episodes|charges|counts)"
            # A charge made heavier: "his charge would be changed to drug dealing".
            # ("the theft charge against him would be reclassified as robbery")
            r"|charges?\s+(?:against\s+(?:him|her|them|me|you)\s+)?(?:would|will|could)\s+be\s+(?:changed|upgraded|reclassified|requalified|made\s+heavier)"
            r"|(?:plant|find)\w*\s+(?:\w+\s+){0,2}drugs",
            re.IGNORECASE,
        ),
        "physical_force": stems(
            r"beat(?:en|ing|ings|s)?\b",
            # "held in a stress position", "made to stand with arms and legs spread"
            r"stress\s+positions?",
            r"(?:made|forced)\s+(?:\w+\s+)?to\s+stand\s+(?:\w+\s+){0,3}?(?:spread|outstretched|for\s+hours|all\s+night|against\s+the\s+wall)",
            r"wrench",
            r"tortur",
            r"punch",
            r"kick(?:ed|ing)",
            r"handcuff",
            r"truncheon",
            r"baton",
            r"electric\s+shock",
            r"twist\w*\s+(?:his|their|her)\s+arms?",
            r"dragg",
            r"hit\s+(?:him|them|her|me|us)",
            r"by\s+force",
            r"used\s+force",
            # Someone assaulted, not the war's "assault unit", "killed after an assault near a
            # village" or "a sentence for assault": the noun alone is rarely a beating here.
            r"assault(?:ed|ing)\b",
            r"physical(?:ly)?\s+assault\w*",
            r"assaults?\s+(?:on|against)\s+(?:him|them|her|inmates|prisoners|detainees|migrants"
            r"|the\s+(?:men|workers|prisoners|inmates))",
            # What a beating leaves: "came back bloodied", "a broken nose" (not "bruises" alone:
            # a medical examination's finding is told after the incident, as its own sentence).
            r"bloodied",
            r"broken\s+(?:nose|ribs?|teeth|jaw)",
            r"black\s+eyes?\b",
            # "came back with his face all blue", "his face black and blue"
            r"face\s+(?:was\s+)?(?:all\s+)?(?:black\s+and\s+)?blue\b",
        ),
        "deception": re.compile(
            r"(?<!\w)(?:lied|lying|deceiv\w*|trick\w*|pretext|false\s+promises?|misled"
            # (a pretext, not the check that was made: "taken … after a document check")
            r"|(?<!after\sa\s)(?<!after\san\s)(?<!after\stheir\s)(?<!after\shis\s)(?<!after\sher\s)(?:id|document|documents|passport)\s+(?:was\s+|were\s+)?check\w*|check\s+(?:his|their|her)\s+(?:id|documents)"
            r"|instead\s+(?:found|took|taken|was\s+taken|drove)|but\s+instead|only\s+an?\s+(?:id|document)\s+check"
            # "They were told it was a transfer to a colony in the Ulyanovsk region"
            r"|told\s+(?:that\s+)?(?:it|this)\s+was\s+(?:a|an|the|only|just)\s+(?:\w+\s+)?(?:transfer|formality|registration|medical\s+(?:check|examination))"
            # (the pretext, "for fingerprinting", not the fingerprints that "were taken" there)
            # The job an agent sold: "for what he was told was a job guarding a warehouse", "had
            # been promised a cook's job in a Moscow canteen", "a job that did not exist"
            r"|what\s+(?:he|she|they)\s+(?:was|were)\s+told\s+was\s+(?:an?\s+)?(?:\w+\s+)?job"
            r"|promised\s+(?:him\s+|them\s+|her\s+)?(?:an?\s+)?(?:\w+(?:[’']s)?\s+)?job\s+(?:as|in|at|on|guarding)\b"
            r"|(?:job|jobs|work)\s+that\s+did\s+not\s+exist"
            # "The agency man said it was a kitchen contract for one year"
            r"|(?:said|told\s+(?:us|him|them|me|her))\s+(?:that\s+)?(?:it|this)\s+was\s+(?:a|an|the|just\s+a)\s+(?:\w+\s+)?(?:kitchen|work|job|labou?r|employment|construction|security|cook[’']?s?)\s+(?:contract|agreement)"
            # "the papers turned out to be a contract with the Defence Ministry", "he thought it
            # was an employment contract": a military contract passed off as something else
            r"|(?:papers|documents?|forms?|it)\s+turned\s+out\s+to\s+be\s+(?:an?\s+)?(?:military\s+|army\s+)?contract"
            r"|thought\s+(?:it|this|that|he\s+was\s+signing|they\s+were\s+signing)\s+(?:was\s+)?(?:an?\s+)?(?:employment|work|labou?r|job)\s+(?:contract|agreement)"
            r"|fingerprint\w*(?!\s+(?:were|was|had\s+been)\s+(?:taken|checked|scanned))|told\s+(?:\w+\s+){0,2}(?:they|he|she)\s+(?:were|was)\s+(?:being\s+)?(?:taken|going)\s+to"
            # A safe post promised: "he would be a driver in the rear", "never see the front line".
            r"|(?:would|will)\s+(?:only\s+)?(?:be|serve|work)\s+(?:as\s+)?(?:an?\s+)?(?:driver|cook|builder|guard|in\s+the\s+rear|behind\s+the\s+lines)"
            r"|(?:would|will)\s+never\s+(?:see|go\s+to|be\s+sent\s+to)\s+the\s+front(?:\s*line)?|non-?combat\s+(?:role|job|post|position|duties)"
            # A rear post promised, the assault given: "promised a builder's job in the rear",
            # "told they would dig trenches … but sent to an assault unit".
            r"|(?:promis\w+|assured|told)\s+(?:\w+\W+){0,12}?(?:(?:in|at)\s+the\s+rear|rear[-\s]area|dig(?:ging)?\s+trenches"
            r"|behind\s+the\s+(?:front(?:\s*line)?|lines)|build(?:ing)?\s+fortifications|engineering\s+units?"
            r"|construction\s+(?:work|jobs?)|as\s+(?:an?\s+)?(?:builder|driver|cook|guard)s?)"
            r"|(?:but|instead)\s+(?:\w+\s+){0,3}(?:sent|put|assigned|thrown)\s+(?:\w+\s+){0,3}(?:in)?to\s+(?:an?\s+|the\s+)?(?:assault|storm))(?!\w)"
            r"|^\W*instead\b",
            re.IGNORECASE,
        ),
        "forced_signing": re.compile(
            r"(?<!\w)(?:(?:told|made|forced|compelled|coerced|pressured|ordered|pushed)\s+"
            + _OBJ
            + r"?\s*(?:in)?to\s+sign\w*|made\s+to\s+(?:\w+\s+){0,5}?and\s+sign|made\s+to\s+sign|forced\s+to\s+sign|(?:coerced|pressured)\s+into\s+sign\w*"
            r"|sign\w*\s+(?:\w+\s+){0,4}under\s+(?:pressure|duress|threat)|put\s+a\s+pen\s+in"
            r"|held\s+(?:his|their|her)\s+hand|(?:already|pre-?)\s*filled(?:\s+in|\s+out)?|sign(?:ed)?\s+without\s+reading|no\s+choice\s+but\s+to\s+sign"
            r"|compelled\s+to\s+sign|signatures?\s+(?:were\s+)?forged"
            # "first sign, then questions": no reading, no asking
            r"|first\s+sign,?\s+then\s+(?:questions|ask|read|talk)"
            # The man named: "forced Aziz to sign", "pressured Oleg Ivanov into signing".
            r"|(?:made|forced|compelled|coerced|pressured|pushed)\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?\s+(?:in)?to\s+sign\w*)(?!\w)",
            re.IGNORECASE,
        ),
        "denial_of_choice": re.compile(
            r"(?<!\w)(?:(?:not|never|no)\s+(?:\w+\s+){0,2}(?:a\s+)?choice|without\s+(?:their|his|her|our|my|any)\s+consent"
            r"|no\s+other\s+(?:option|way|door|choice)|had\s+no\s+(?:choice|option|say)|against\s+(?:their|his|her|my|our)\s+will"
            # "told that “everyone will go in the spring”, whether they wanted to or not"
            r"|whether\s+(?:they|he|she|we|you)\s+want(?:ed|s)?\s+(?:to\s+|it\s+)?or\s+not"
            # "attendance is compulsory and … “this time everyone signs”"
            r"|(?:attendance|participation|presence)\s+(?:(?:by|of)\s+(?:\w+\s+){1,5}?)?(?:(?:is|was|would\s+be)\s+)?(?:compulsory|mandatory|obligatory)|everyone\s+(?:signs|will\s+sign|must\s+sign)"
            r"|without\s+(?:being\s+)?ask\w*|(?:forced|compelled|made)\s+to\s+(?:fight|go|travel|serve|join)"
            # "Here nobody asks what you want."
            r"|(?:nobody|no\s+one)\s+asks?\s+(?:what|whether|if)\s+(?:you|they|he|we)"
            # No way out but the signature: "told they would not leave it until they signed".
            r"|(?:(?:would|will|could)\s+not|won[’']t)\s+(?:leave|get\s+out|be\s+(?:released|let\s+out))\s+(?:\w+\s+){0,3}?until\s+(?:\w+\s+){0,2}?sign\w*"
            r"|names?\s+(?:were\s+|was\s+)?(?:put|listed|included)\s+(?:\w+\s+){0,3}(?:list|advance)"
            # Made to attend: "all prisoners … were ordered out into the yard for a meeting".
            r"|(?:were|was)\s+ordered\s+(?:out\s+)?(?:in)?to\s+(?:the\s+)?(?:yard|parade\s+ground|assembly\s+hall|club|attend|assemble|gather|line\s+up)"
            r"|could\s+not\s+refuse|not\s+allowed\s+to\s+refuse|(?:will|would)\s+not\s+be\s+asked|(?:nobody|no\s+one)\s+will\s+be\s+asked|(?<!asked\sto\sbe\s)put\s+on\s+(?:a|the)\s+list"
            r"|read\s+out\s+(?:the\s+)?names|no\s+one\s+on\s+the\s+list\s+will\s+be\s+excused"
            r"|(?:none|nobody|no\s+one)\s+(?:of\s+them\s+)?(?:was|were|had\s+been)\s+asked|(?:nobody|no\s+one)\s+asked\s+(?:us|them|him|me))(?!\w)",
            re.IGNORECASE,
        ),
        # A passport or citizenship is a cue only when offered ("a quicker path to obtaining a
        # Russian passport"); a person's citizenship merely described is not a promise.
        # Leverage over what a prisoner or migrant depends on: treatment, visits, parole, pay.
        # Disciplinary punishment (a punishment cell, reports that block parole) is leverage
        # inside the prison, not a criminal case: "other", not threat_of_prosecution.
        "other": re.compile(
            r"(?<!\w)(?:(?:den(?:y|ied|ying)|withh[eo]ld\w*|los(?:e|ing)|cut\s+off|stop\w*|refus\w+)\s+(?:\w+\s+){0,3}"
            r"(?:treatment|medical\s+care|medicine|medication|pills|visits|parcels|phone\s+calls|parole|wages|salary|pay)"
            # A patient "discharged as recovered" and sent back to the colony if he refuses.
            r"|discharged\s+(?:as\s+)?[“\"‘]?(?:as\s+)?(?:recovered|cured|healthy|early)"
            # "sent back to the colony without the pills"
            r"|without\s+(?:the\s+|their\s+|his\s+|her\s+|any\s+)?(?:treatment|medical\s+care|medicines?|medication|pills|insulin|therapy)"
            # "has not received his antiretroviral medication since September"
            r"|(?:not|never)\s+(?:been\s+)?(?:received?|given|got(?:ten)?)\s+(?:\w+\s+){0,3}(?:treatment|medical\s+care|medicines?|medication|pills|insulin|therapy)"
            r"|discharged\s+(?:\w+\s+){0,4}before\s+(?:finishing|completing)"
            # Treatment that "might run out" for one who refuses.
            r"|(?:treatment|medicines?|medication|pills|insulin|therapy)\W+(?:\w+\W+){0,2}?(?:might|may|could|would|will)\s+run\s+out"
            r"|disciplinary\s+(?:reports?|violations?|reprimands?|penalt(?:y|ies)|measures)|punishment\s+(?:cells?|block)|solitary|shizo"
            # prisoners' slang for it: "they took him to the cooler"
            r"|(?:took|taken|put|sent|thrown|locked|placed|kept|days|weeks)\s+(?:\w+\s+){0,2}?(?:to|in|into)\s+the\s+cooler\b"
            # A transfer threatened: "would be transferred north, to the Murmansk colonies",
            # "would be moved to colonies in the Murmansk region" (not "will be transferred to
            # a penal colony" after a verdict: far away, elsewhere, or many colonies).
            r"|(?:will|would|could)\s+(?:\w+\s+)?be\s+[“\"‘]?(?:transferred|moved)\s+(?:north|to\s+(?:the\s+)?(?:\w+\s+)?colonies"
            r"|(?:\w+\s+){0,2}?(?:other|another|distant|remote|northern|harsher)\s+(?:colony|colonies|prisons?))"
            # A harsher regime threatened: "reviewed for transfer to a strict-regime colony".
            r"|transfer\w*\s+to\s+(?:a\s+|the\s+)?(?:strict|stricter|harsher|special)[\s-]+regime"
            # Visits and parcels taken away: "had their family visits cancelled".
            r"|(?:visits|parcels|packages|phone\s+calls)\s+(?:\w+\s+){0,2}?(?:cancel\w*|returned|withheld|banned|suspended)"
            r"|cancel\w*\s+(?:\w+\s+){0,3}(?:visits|parcels|packages|phone\s+calls)"
            r"|(?:allowed|given|got|had)\s+no\s+(?:\w+\s+)?(?:calls|phone\s+calls|parcels|visits|packages)"
            # Debts promised away for a signature: "her debts would be written off", "they
            # would write off the loan".
            r"|(?:debts?|loans?|mortgage)\s+[“\"‘]?(?:\w+\s+){0,4}?(?:would|will|could)\s+be\s+(?:\w+\s+)?(?:written\s+off|cancell?ed|forgiven)"
            r"|(?:write|wipe)\s+off\s+(?:\w+\s+){0,2}(?:debts?|loans?|mortgage)"
            # Papers taken so a migrant cannot leave or work: "took his work patent and tore it".
            # ("took his papers to the office" is no such thing: "took" needs "from him" or "away").
            r"|(?:confiscated|seized|kept|(?:took|taken)\s+away)\s+(?:his|their|her|my|our)\s+(?:\w+\s+)?(?:passports?|patents?|permits?|papers|documents)"
            r"|(?:took|taken)\s+(?:his|their|her|my|our)\s+(?:\w+\s+)?(?:passports?|patents?|permits?|papers|documents)\s+(?:from|away)\b"
            # Papers collected or kept by the police: "his passport was withheld", "their
            # passports were not returned", "collected the men's passports" (not "he collected
            # his new passport"), "without his work patent, which police kept".
            r"|(?:passports?|patents?|permits?)\s+(?:was|were|had\s+been)\s+(?:not\s+returned|withheld|confiscated|seized|kept|taken(?!\s+(?:out|up)\b))"
            r"|collected\s+(?!(?:his|her|my)\s)(?:the\s+)?(?:(?:\w+|\w+[’']s?|\w+s[’'])\s+){0,2}?(?:passports?|patents?)"
            r"|without\s+(?:his|their|her|my|our)\s+(?:\w+\s+)?(?:passports?|patents?)\s*,?\s+which\s+(?:\w+\s+){0,2}?(?:kept|took|held)"
            # Papers held back until the pitch was heard: "gave his documents back only after".
            r"|(?:passports?|patents?|permits?|papers|documents)[^.!?]{0,60}?(?:returned|given\s+back|handed\s+back|gave\s+back|back)\s+only\s+(?:after|once|when)"
            # Held for as long as they like: "would sit here for as long as we want".
            r"|(?:sit|stay|be\s+held|be\s+kept|remain)\s+(?:here\s+|there\s+)?(?:for\s+)?as\s+long\s+as\s+(?:we|they)\s+(?:want|like|please)"
            r"|(?:held|detained|kept)\s+indefinitely"
            # Citizenship taken away: "could strip him of his citizenship", "revoke it".
            r"|(?:strip\w*|revok\w*|tak\w+\s+away|annul\w*|cancel\w*)\s+(?:\w+\s+){0,3}(?:citizenship|Russian\s+passport)"
            r"|citizenship\W+(?:\w+\W+){0,4}?(?:revoked|stripped|taken\s+away|annulled|reviewed|cancell?ed)"
            # A naturalised man's passport threatened: "Sign, or we will take the passport
            # back", "refusing will cost him the passport he already has".
            r"|(?:will|would|[’']ll|going\s+to)\s+take\s+(?:\w+\s+){0,2}?(?:Russian\s+)?(?:passports?|citizenship)\s+(?:back|away)"
            r"|cost\s+(?:him|them|you|her|me)\s+(?:\w+\s+){0,2}?(?:Russian\s+)?(?:passports?|citizenship)"
            r"|(?:the|your|their|his)\s+(?:Russian\s+)?passports?\s+(?:can|could|will|would)\s+be\s+taken\s+away"
            # Parole or a lighter regime put at stake; treatment stopped for those who refuse.
            r"|(?:no|lose\w*|los(?:t|ing)|never\s+see|forget\s+about)\s+(?:\w+\s+)?(?:parole|UDO\b)|parole\s+(?:will\s+not|would\s+not|won[’']t|wouldn[’']t)\s+(?:happen|be\s+(?:granted|approved)|go\s+through)"
            # Papers held hostage to a visit: "his documents ‘would not be accepted’ until he had
            # first visited the military recruitment point"
            r"|(?:documents?|papers|patent|permit|application)\s+[“\"‘]?(?:would|will)\s+not\s+be\s+(?:accepted|processed|renewed|issued|extended)[’\"”]?\s+(?:\w+\s+){0,2}?(?:until|unless)\b"
            # "my application for parole … ‘will not go anywhere’"
            r"|parole[^.!?]{0,60}?(?:will|would)\s+not\s+go\s+anywhere|parole[^.!?]{0,60}?won[’']t\s+go\s+anywhere"
            # "would have their parole requests “held back”"
            r"|parole\s+(?:requests?|applications?|hearings?|papers)\s+[“\"‘]?(?:held\s+back|blocked|buried|shelved|torn\s+up)"
            # "his parole application would be lost", "his parole hearing would be “buried”"
            r"|parole\s+(?:\w+\s+){0,2}?(?:will|would)\s+[“\"]?(?:be|get|go)\s+[“\"]?(?:lost|buried|blocked|refused|rejected|denied|cancelled|missing)|(?:sent|moved|transferred)\s+back\s+to\s+(?:a\s+|the\s+)?(?:stricter|harsher|general)\s+regime"
            r"|(?:treatment|medication|medicines?|pills|therapy)\s+(?:\w+\s+){0,2}(?:would|will|could)\s+(?:\w+\s+)?[“\"‘]?(?:stop|end|be\s+[“\"‘]?(?:stopped|withdrawn|cut|interrupted|suspended|discontinued|withheld|reviewed))"
            r"|(?:stopped|cut\s+off|withdrew)\s+(?:(?:giving|providing|issuing)\s+(?:him|her|them)\s+)?(?:his|their|her)\s+(?:treatment|medication|medicines?|pills|therapy|insulin)"
            r"|(?:treatment|medication|medicines?|pills|therapy|insulin)\s+(?:was|were)\s+(?:stopped|withdrawn|cut\s+off|suspended|discontinued)"
            # Care given back only for a signature: "would get his insulin back only once he
            # had signed".
            r"|(?:treatment|medical\s+care|medication|medicines?|pills|insulin|therapy)\s+(?:\w+\s+){0,2}?(?:only\s+(?:once|if|when|after)|until)\s+(?:\w+\s+){0,3}?sign\w*"
            # "the insulin that the medical unit had dispensed to him daily stopped arriving"
            r"|(?:treatment|medication|medicines?|pills|insulin|therapy)\s+(?:that\s+|which\s+)(?:[\w’']+\s+){0,9}?(?:stopped|ceased|was\s+stopped|was\s+withdrawn|was\s+cut\s+off)"
            r"|(?:treatment|medication|medicines?|pills|insulin|therapy)\s+(?:stopped|ceased)\s+(?:arriving|coming|being\s+(?:given|issued|dispensed))"
            # "his antiretroviral therapy was “paused”", "with the treatment not finished"
            r"|(?:treatment|medication|therapy)\s+(?:was|were|had\s+been)\s+[“\"‘]?(?:paused|halted)"
            r"|(?:treatment|therapy|course)\s+not\s+(?:finished|completed)"
            # Held until he gives in: "would stay in the centre “until he changes his mind”",
            # "would “sit here until summer”", "twelve hours without food".
            r"|(?:stay|sit|be\s+held|be\s+kept|remain)\s+(?:\w+\s+){0,3}?[“\"‘]?(?:until|till)\s+(?:he|they|you|we|I)\s+(?:changes?|change|understand|agree|signs?|sign)\w*"
            r"|[“\"‘]?sit\s+(?:here|there)\s+(?:until|till|for\s+(?:a|another|\w+)\s+(?:year|years|months))"
            r"|without\s+(?:food|water|food\s+or\s+water|sleep)\b"
            # Parcels and calls taken away; a disciplinary unit; a citizenship lost.
            r"|took\s+away\s+(?:his|their|her|my|our)\s+(?:parcels|visits|phone\s+calls|calls|packages)"
            r"|disciplinary\s+(?:unit|block|cell)"
            r"|lose\s+(?:his|their|her|my|your|our)\s+(?:new\s+)?(?:Russian\s+)?citizenship"
            # Papers taken at the station: "officers took his passport and his work patent"
            # (not "took his papers to the office").
            r"|(?:took|taken)\s+(?:his|their|her|my|our)\s+(?:passports?|patents?)(?=\s+and\s|\s*[,.;])"
            # Care promised for a signature: "Sign and you will get your medicine at the front".
            r"|sign\w*\s+(?:\w+\s+){0,3}?and\s+(?:you\s+)?(?:will|would|'ll)\s+get\s+(?:your\s+|the\s+)?(?:treatment|medication|medicines?|pills|insulin|therapy))(?!\w)",
            re.IGNORECASE,
        ),
        "promise_of_passport_or_pardon": re.compile(
            r"(?<!\w)(?:(?:promis\w*|offer\w*|path|fast-?track\w*|in\s+exchange|in\s+return|would\s+(?:get|receive|be\s+granted)"
            r"|get|receive|obtain\w*|granted|grant|lure\w*|tempt\w*)\W+(?:\w+\W+){0,6}?(?:russian\s+)?(?:passports?|citizenship|residence\s+permits?|residency)"
            # "after the contract, you come back with a Russian passport"
            r"|(?:come\s+back|return)\s+with\s+a\s+Russian\s+(?:passport|citizenship)"
            # The offer as a pair: "or a contract and a Russian passport".
            r"|contract\s+and\s+(?:a\s+)?Russian\s+(?:passport|citizenship)"
            # The case dropped for a signature: "sign, and your case disappears", "the case
            # against him would be closed".
            r"|(?:your|his|their|the)\s+(?:\w+\s+)?(?:case|charges?)\s+(?:\w+\s+){0,2}?[“\"‘]?(?:disappears|(?:will|would|can|could)\s+[“\"‘]?(?:be\s+)?[“\"‘]?(?:dropped|closed|suspended|dismissed|disappear))"
            # "sign and your case is put on hold", "the case would be frozen"
            r"|(?:your|his|their|the)\s+(?:\w+\s+)?(?:case|charges?)\s+(?:is|are|will\s+be|would\s+be|gets?)\s+(?:put\s+on\s+hold|frozen|shelved|paused)"
            # "there will be no trial at all"; "their convictions would be expunged", "wiped clean"
            r"|(?:will|would)\s+be\s+no\s+trial|convictions?\s+(?:\w+\s+){0,2}?[“\"‘]?(?:expunged|wiped|cleared|erased|struck\s+off)"
            r"|(?:residence\s+permits?|residency)\W+(?:\w+\W+){0,6}?(?:approved|granted|issued)\W+(?:\w+\W+){0,6}?if\s+(?:he|she|they)\s+sign\w*"
            # (not citizenship put at stake: 'their citizenship "could be reviewed" if they')
            r"|(?:passports?|citizenship)\W+(?![^.!?]{0,40}?(?:review|revok|strip|cancel|annul|taken\s+away|\blos[et]))(?:\w+\W+){0,6}?(?:if\s+they|in\s+exchange|in\s+return|for\s+(?:signing|serving|joining))"
            r"|(?:passports?|citizenship|citizens?)\s+(?:\w+\s+){0,2}(?:after|within|in)\s+(?:a|one|six|\d+)\s+(?:years?|months?)"
            r"|(?:after|within|in)\s+(?:a|one|six|\d+)\s+(?:years?|months?)\s+(?:\w+\s+){0,4}(?:russian\s+)?(?:citizens?|citizenship|passports?)\b"
            # A pardon offered, not one received after the war: "I got the pardon", "was
            # pardoned and came home" tell how it ended.
            r"|(?<!got\s)(?<!got\sa\s)(?<!got\sthe\s)(?<!received\s)(?<!received\sa\s)(?<!received\sthe\s)"
            # ("wounded … and pardoned a few months later" is how it ended, too; "would be
            # treated in a military hospital and pardoned after six months" is a promise)
            r"(?<!under\sa\s)(?<!was\s)(?<!were\s)(?<!been\s)(?:pardon(?!ed)\w*|pardoned(?!\s+(?:\w+\s+){0,3}?later\b))"
            r"|amnest\w*|clean\s+record|(?:criminal\s+)?records?\s+(?:\w+\s+){0,2}(?:cleared|expunged|wiped)|early\s+release"
            # A case closed in exchange, as «дело прекратят» in Russian.
            r"|(?:cases?|charges?|proceedings)\s+(?:against\s+\w+\s+)?(?:would|will|could)\s+be\s+(?:\w+\s+)?(?:suspended|closed|dropped|withdrawn)"
            r"|drop\w*\s+(?:the\s+|all\s+)?(?:charges|case|cases)"
            # "go and serve, and then there will be no case"
            r"|there\s+(?:will|would)\s+be\s+no\s+(?:criminal\s+)?(?:case|charges?|trial)"
            r"|(?:will|would)\s+(?:be|become)\s+(?:a\s+)?(?:russian\s+)?citizens?)",
            re.IGNORECASE,
        ),
    },
    no_coercion=re.compile(
        r"(?<!\w)(?:(?:did\s+not|didn't|never|no\s+one|nobody|not)\s+(?:\w+\s+)?(?:threaten|force|pressure|coerce)\w*"
        # "Nobody lied to me", "no one deceived him": he knew what he signed
        r"|(?:no\s+one|nobody)\s+(?:had\s+|has\s+|ever\s+)?(?:lied\s+to|deceived|tricked|misled)\s+(?:me|him|them|us|her)"
        # "Nobody twisted my arm", "no one pushed him"
        r"|(?:no\s+one|nobody)\s+(?:had\s+|has\s+|ever\s+)?(?:twisted\s+(?:my|his|their|our|anyone['’]s)\s+arm|(?:pushed|dragged)\s+(?:me|him|them|us))"
        # "We have no account of anyone being made to sign in the autumn", "we have no reports
        # of anyone being pressed there"
        r"|no\s+(?:account|accounts|report|reports|evidence|information)\s+(?:\w+\s+)?(?:of|that)\s+(?:anyone|anybody|someone|any\s+\w+)\s+(?:being\s+|was\s+|were\s+|had\s+been\s+)?(?:made|forced|pressed|pressured|threatened|coerced|beaten)"
        # "Nobody was pressed that day"; "refused and was not pressed further"
        r"|(?:no\s+one|nobody)\s+(?:was|were|had\s+been)\s+(?:pressed|pushed|pressured)"
        r"|(?:was|were|had\s+been)\s+not\s+(?:pressed|pushed|pressured)(?:\s+further|\s+again|\s+any\s+more)?\b"
        r"|voluntar\w*"
        # "Some have gone willingly", "signed up willingly"; "Nobody put a gun to my head. I
        # knew what I was doing"
        r"|(?<!not\s)(?:gone|went|go|goes|signed|enlisted|joined|left)\s+(?:up\s+)?willingly"
        r"|(?:no\s+one|nobody)\s+(?:put|held|pointed)\s+a\s+gun\s+to"
        r"|\b(?:I|he|we|they)\s+knew\s+(?:exactly\s+)?what\s+(?:I|he|we|they)\s+(?:was|were)\s+(?:doing|signing)"
        # "he volunteered", "as a volunteer"; not a rights group's helper ("told our
        # volunteer", "a volunteer with the group").
        # (nor "There was no list of volunteers", which says there were none)
        r"|(?<!our\s)(?<!their\s)(?<!a\s)(?<!the\s)(?<!list\sof\s)(?<!lists\sof\s)volunteer(?:ed|ing|s)?(?!\s+(?:with|from|at|of|for)\b)"
        r"|(?:as\s+a\s+)volunteer"
        # "had asked to be put on the list back in March", "Others needed no persuading"
        r"|asked\s+to\s+be\s+(?:put|included|added)\s+on\s+(?:a|the)\s+list|needed\s+no\s+persuading"
        r"|of\s+(?:his|their|her)\s+own\s+(?:free\s+)?will"
        # A promise of none: "No one will be forced to sign anything".
        r"|(?:no\s+one|nobody)\s+(?:will|would|was|were|is|has|had)\s+(?:been\s+|be\s+|ever\s+)?(?:threaten|force|pressure|coerce|beaten|hit|tortured)\w*"
        # A denial: "There was no coercion", "there was no pressure of any kind", "was not
        # placed in a punishment cell".
        r"|(?:was|were)\s+(?:not|never)\s+(?:placed|put|held)\s+in\s+(?:a\s+|the\s+)?(?:punishment|solitary|isolation)"
        # How it ended, not a threat: "In the end I was not deported".
        r"|(?:was|were)\s+(?:not|never)\s+(?:deported|expelled)"
        r"|there\s+(?:was|were|has\s+been)\s+no\s+(?:coercion|pressure|compulsion|threats?)"
        # A denial: "no one was taken anywhere against their will".
        r"|(?:no\s+one|nobody)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+){0,4}?against\s+(?:their|his|her)\s+will"
        r"|of\s+(?:his|their|her)\s+own\s+accord|(?:went|walked|came)\s+(?:\w+\s+){0,6}?on\s+(?:his|their|her)\s+own(?!\w)"
        r"|(?:remains|is|was)\s+(?:still\s+)?unclear\s+whether|not\s+clear\s+whether|freely"
        # "still does not know whether … the criminal case will be reopened"
        r"|(?:does|do|did)\s+not\s+(?:yet\s+)?know\s+whether|(?:doesn|don|didn)[’']t\s+know\s+whether"
        # "Not every man at KP-3 was misled": the others, not the ones told of.
        r"|not\s+(?:every|all)\b[^.!?]{0,30}?\b(?:was|were)\s+(?:misled|deceived|lied\s+to|forced|coerced|pressured|threatened))(?!\w)",
        re.IGNORECASE,
    ),
    feared=re.compile(
        r"(?<!\w)(?:worr\w+|afraid|fear\w*|concerned|terrified|scared|may\s+(?:be|now\s+be)\s+(?:compelled|forced|sent)"
        r"|could\s+be\s+(?:forced|sent|compelled)|might\s+be\s+(?:forced|sent)|will\s+force|would\s+force"
        r"|if\s+they\s+(?:tell|order|make)\s+me|frighten\w*|expect\s+(?:a|another)\s+(?:visit|call|list)"
        # "expected more checks of this kind": more of what the report tells, to come.
        r"|expect(?:s|ed|ing)?\s+(?:more|further|new|other)\s+(?:\w+\s+)?(?:checks|raids|visits|calls|lists|detentions|round-?ups|recruiters|inspections))(?!\w)",
        re.IGNORECASE,
    ),
    planned=re.compile(
        r"(?<!\w)(?:plan(?:s|ning|ned)?\s+to|(?:are|is)\s+going\s+to\s+send"
        # "police plan a raid at the market on Saturday"
        r"|plan(?:s|ning)?\s+(?:a|an|another|new|more|further)\s+(?:\w+\s+)?(?:raids?|round-?ups?|sweeps?|checks?|inspections?|visits?|operations?)|will\s+be\s+sent|intend\w*\s+to"
        r"|prepar\w+\s+to\s+send|next\s+group|announced\s+(?:\w+\s+){0,3}that|will\s+continue|(?:has|have)\s+announced"
        # (not the writer's own "We will come back to Ilya", "I'll return to this")
        r"|(?<!\bwe\s)(?<!\bI\s)(?:will|would)\s+(?:come|return|visit|arrive)\s+(?:[\w-]+\s+)?(?:again|back|on)"
        # (not a threat's papers: "materials … would be sent to investigators")
        r"|would\s+be\s+(?:transferred|sent|taken)(?!\s+to\s+(?:the\s+)?(?:investigators?|prosecutors?|court|police))|next\s+time"
        # "Recruiters are due back at IK-8 on February 20"
        r"|(?:are|is)\s+due\s+(?:back|to\s+(?:return|arrive|come|visit))"
        # "A notice … announces a “meeting with representatives of the Ministry of Defence”"
        r"|announc(?:es|ing)\s+(?:an?\s+|the\s+)?[“\"]?(?:\w+\s+)?(?:meeting|visit|gathering|muster)"
        # "the next visit by Defence Ministry representatives to IK-10 is set for 20 May"
        r"|(?:next|upcoming)\s+(?:visit|meeting|round)\b[^.!?]{0,80}?\b(?:is|are)\s+(?:set|scheduled|planned)\s+for)(?!\w)",
        re.IGNORECASE,
    ),
    generic_place=re.compile(
        r"(?<!\w)(?:on\s+the\s+street|in\s+the\s+street|(?:at|on|from)\s+(?:a|the|his|their)\s+(?:\w+\s+)?"
        r"(?:construction|building)\s+site|at\s+(?:a|the)\s+(?:market|warehouse|bazaar|depot)|(?:at|near)\s+(?:a|the)\s+metro"
        r"|hostel|dormitor\w+)(?!\w)",
        re.IGNORECASE,
    ),
    status={
        "prisoner": stems(
            r"prison",
            r"inmate",
            r"convict",
            r"penal",
            r"colon(?:y|ies)",
            r"detainee",
            r"sizo",
            r"jail",
            r"sentence",
        ),
        "migrant": stems(
            r"migrant",
            r"labou?r\s+migrant",
            r"(?:construction|warehouse|factory)\s+worker",
            r"work\s+permit",
            r"patent\b",
        ),
        "conscript": stems(r"conscript", r"draftee", r"mobili[sz]ed\s+(?:men|man)"),
    },
    perpetrators={
        "police": stems(r"police", r"cops?\b", r"officers?\b", r"riot\s+police", r"omon\b"),
        "Wagner Group": words(r"wagner(?:\s+group)?", r"wagner\s+pmc", r"wagner\s+recruiters"),
        "Ministry of Defence": words(
            r"ministry\s+of\s+defen[cs]e", r"defen[cs]e\s+ministry", r"mod\s+recruiters"
        ),
        "recruiters": words(r"recruiters?", r"military\s+headhunters?"),
        "colony administration": words(
            r"(?:colony|prison)(?:'s|’s)?\s+(?:administration|staff|guards|officials)", r"guards?"
        ),
        "enlistment office staff": words(
            r"enlistment\s+office\s+(?:staff|officers|officials)", r"military\s+commissar"
        ),
        "Russian authorities": words(r"russian\s+authorities", r"authorities"),
        "FSIN": words(r"fsin", r"federal\s+penitentiary\s+service"),
    },
    # Organisations and nationalities are spaCy EntityRuler patterns (ENTITY_PATTERNS).
    organizations={},
    nationalities={},
    relative=re.compile(
        # (a sentence may open with the determiner: "His mother informed us")
        # (or none, for relatives counted by whose they are: "Relatives of two inmates told us")
        r"(?<!\w)(?:(?:(?P<owner>[A-Z][\w’'-]+)(?:’s|'s)|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Aa]|[Tt]he|[Ww]hose)\s+"
        r"|(?=(?:[Rr]elatives|[Pp]arents|[Ff]amilies|[Ww]ives|[Mm]others)\s+of\s))"
        # ("whose younger brother Otabek")
        r"(?:(?:younger|older|elder|little|big|eldest|youngest|own|late)\s+)?"
        r"(?P<relation>father|mother|wife|husband|sister|brother|son|daughter|parents|cousin|uncle|aunt|relatives?|family|fiancée?|partner"
        r"|(?<!\S)(?:Relatives|Parents|Families|Wives|Mothers|wives|mothers|families))(?!\w)"
    ),
    attribution=(
        # "told X" names the listener (often the outlet), not the speaker: not a pattern here.
        # A title may stand between the verb and the name: "according to lawyer Irina …",
        # "says human rights lawyer …".
        re.compile(
            r"(?:(?i:according\s+to)|said|says)\s+(?:(?i:prisoner|inmate|detainee|lawyer|attorney|activist|(?:human[-\s]rights\s+|rights\s+)?(?:defender|advocate|lawyer)|coordinator|researcher|volunteer)\s+)?(?P<name>(?:Ms\.?|Mr\.?|Mrs\.?|Dr\.?)\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|[A-Z][a-z]?\.\s?[A-Z]\.(?=[\s,])|[A-Z]\.(?=[\s,]))"
        ),
        re.compile(
            r"(?P<name>(?:Ms\.?|Mr\.?|Mrs\.?|Dr\.?)\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|[A-Z][a-z]?\.\s?[A-Z]\.(?=[\s,])|[A-Z]\.(?=[\s,]))"
            # "Kamola Yusupova of the migrant aid group Caravan Help, who …, said", past a
            # pseudonym's note ("Ilshat (name changed) said")
            r"(?:\s*\([^()\n]{1,40}\))?"
            r"(?:\s+(?:of|from|at)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,4}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?"
            r"(?:,[^;]{2,160}?,|,)?\s+(?:said|says|told|tells|claims?|claimed|believes?|believed|validated|confirmed|explained|added|stated|recalled|wrote|writes|reported|described|alleged|insisted)"
        ),
    ),
    pseudonym_marker=re.compile(
        # ("Daniyar is not his real name", "Jasur (also not his real name)", "Nilufar (her name
        # has been changed)")
        r"\(?\s*(?:(?:(?:that's|that\s+is|which\s+is|it's|it\s+is|is|was)\s+)?(?:also\s+)?not\s+(?:his|her|their|my)\s+real\s+name"
        r"|(?:(?:his|her|their|my)\s+)?name\s+(?:has\s+been\s+|is\s+|was\s+)?changed|initials\s+(?:have\s+been\s+|are\s+|were\s+)?changed|(?:is\s+|was\s+)?a\s+pseudonym|names?\s+changed\s+(?:at|for)[^)]{0,40})\s*\)?",
        re.IGNORECASE,
    ),
    expulsion_done=re.compile(
        r"^(?!.*\b(?:unless|if|otherwise|threat\w*|would|will|or\s+(?:be|face|go))\b)"
        r".*\b(?:(?:was|were|been)\s+(?:later\s+)?(?:deported|expelled)"
        r"|court\b[^.;]{0,120}?\bordered\s+(?:[\w(]+\s+){0,3}\(?(?:deportation|expulsion)"
        r"|(?:was|were)\s+(?:later\s+|then\s+|subsequently\s+)?ordered\s+(?:to\s+be\s+)?(?:deported|expelled)"
        # Flown home: "He refused and was flown to Dushanbe on 3 September".
        r"|(?:was|were)\s+(?:later\s+|then\s+)?(?:flown|put\s+on\s+a\s+(?:plane|flight))\s+(?:back\s+|home\s+)?to\s+"
        r"(?:Dushanbe|Tashkent|Bishkek|Osh|Khujand|Samarkand|Almaty|Astana|Ashgabat|Termez|Namangan|Andijan|Ferghana|Fergana|Kulob|Bukhara))\b",
        re.IGNORECASE,
    ),
    pseudonym_before=re.compile(
        r"(?:\b(?:I'll|I\s+will|we'll|we\s+will|let's|let\s+us|shall)\s+call\s+(?:him|her)"
        r"|\bwhom\s+(?:I|we)(?:'ll|\s+will|\s+shall)?\s+call"
        r"|\basked\s+(?:us|me|to\s+be)\s+(?:to\s+)?call(?:ed)?(?:\s+(?:him|her))?"
        r"|\bcall(?:ed|s)\s+(?:him|her)self)\s+$",
        re.IGNORECASE,
    ),
    pseudonyms_declared=re.compile(
        r"\bnames\s+(?:\w+\s+){0,4}(?:have\s+been|were|are\s+being|are)\s+(?:changed|pseudonyms)\b"
        r"|\b(?:I|we)\s+(?:have\s+)?changed\s+(?:or\s+withheld\s+)?(?:their\s+|the\s+|all\s+)?names\b",
        re.IGNORECASE,
    ),
    advice=re.compile(
        # (not a threat's other road: "Don't sign, and I will find two more episodes")
        r"^\W*(?:(?:if|when|should)\s+(?:you|your)\b|(?:do\s+not|don't|never)\s+sign\b(?!,?\s+and\s+(?:I|we|you|they|he)\b))"
        # The outlet's appeal to readers: "write to us", "contact us at".
        r"|\b(?:write|email|e-mail|contact|call|message)\s+(?:to\s+)?us\b|\bget\s+in\s+touch\b"
        # A lawyer's next legal step is no incident: "she intends to file complaints with the
        # prosecutor's office on behalf of the men who signed".
        r"|\b(?:intends?|intending|plans?|planning|is\s+going|are\s+going|will|would)\s+to\s+(?:file|lodge|submit|send|bring)\s+(?:\w+\s+)?(?:complaints?|appeals?|lawsuits?|applications?|claims?)\b"
        r"|\b(?:will|would)\s+(?:file|lodge|submit|appeal)\b"
        # A lawyer's account of the law: "neither a police officer nor an enlistment officer
        # has the right to present a contract", "Expulsion is decided by a court".
        r"|\b(?:neither|no)\b[^.!?]{0,60}?\bha(?:s|ve)\s+the\s+(?:right|power|authority)\s+to\b|\b(?:has|have)\s+no\s+(?:right|power|authority)\s+to\b"
        r"|\bis\s+decided\s+(?:only\s+)?by\s+a\s+(?:court|judge)\b|\bonly\s+a\s+(?:court|judge)\s+(?:can|may|could)\b"
        # A helper's advice to the reader: "Aigerim's advice, for everyone: if police
        # threaten you with deportation …"
        r"|\badvice\b[^.!?]{0,40}?:\s*(?:if|when|should)\s+(?:\w+\s+){0,3}?(?:you|your)\b"
        # What the law says of anyone in the case: "If a prisoner withdraws his consent
        # before he is sent to the training ground, the contract should not be executed".
        r"|^\W*(?:if|when|once)\s+(?:a|an|any)\s+(?:prisoner|convict|inmate|migrant|foreigner|foreign\s+national|detainee|recruit|person)\b[^.!?]{0,120}?\b(?:should|must|cannot|can't|may)\b"
        # A help box: "What to do if you are taken to the voenkomat:", "A patent cannot be
        # cancelled by a voenkomat officer".
        r"|^\W*what\s+to\s+do\s+(?:if|when)\b|\bcannot\s+be\s+(?:cancelled|canceled|revoked|annulled|withdrawn)\s+by\s+(?:a|an|the)\b"
        # What can be complained of: "such a threat can in itself be grounds for a complaint".
        r"|\b(?:can|may|could)\s+(?:in\s+itself\s+|itself\s+)?be\s+(?:grounds|a\s+ground|the\s+subject)\s+(?:for|of)\s+(?:an?\s+)?(?:complaint|appeal|lawsuit|challenge)"
        # Or taken, as what the sentence is about: "20 November — Sorokin files a complaint
        # with the prosecutor's office asking that the contract be recognised as signed under
        # duress" (not a complaint told inside an account: "…, and that he had filed
        # complaints").
        r"|^\W*(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\s*[—–-]\s*)?[^.!?;:]{0,60}?\b(?:files?|filed|lodges?|lodged)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:complaint|appeal|lawsuit)s?\s+(?:with|to|against)\b"
        # A monitor's tally ("Open Cell received 163 complaints …") sums incidents up.
        r"|\b(?:received|logged|recorded|registered|documented|counted)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+)?[\d,]+\s+(?:complaints|calls|appeals|reports|requests|cases|messages)\b"
        # And which kinds came up most: "The most common forms of pressure were threats …".
        r"|\bthe\s+most\s+(?:common|frequent|frequently\s+reported)\s+(?:forms?|types?|kinds?|methods?|threats?)\b"
        # And what they were about: "Eleven messages described threats to parole …".
        r"|\b(?:complaints|calls|appeals|reports|requests|messages|letters)\s+(?:\w+\s+){0,2}?(?:described|concerned|mentioned|were\s+about|related\s+to|dealt\s+with)\b"
        # A bill's effect is background: "a bill passed its first reading … that would allow".
        r"|\b(?:bill|draft\s+law|amendments?)\b[^.;]{0,80}?\b(?:that|which)\s+(?:would|will)\s+(?:allow|let|permit|require|oblige|enable)\b"
        # What the law says is background: "The law does not allow a detainee to sign …",
        # "Legislation adopted since then allows convicts who sign up to be released".
        r"|\b(?:law|laws|legislation|decree|amendments?|bill|draft\s+law)\s+(?:\w+\s+){0,3}?(?:does\s+not\s+|doesn't\s+)?(?:allow(?:s|ed)?|prohibit(?:s|ed)?|permit(?:s|ted)?|forbids?|provides?|requires?|bans?|lets|extend(?:s|ed)?|expand(?:s|ed)?)\b"
        # The rules below are one alternative, so that the advice is searched part by part
        # (lexicon.alternatives) in one pass more per document, not one per rule.
        # What the law does for anyone who signs: "A convict who signs a contract is released
        # from serving his sentence", "foreigners who serve a year can apply for citizenship".
        r"|^\W*(?:an?\s+|any\s+)?(?:convicts?|prisoners?|inmates?|suspects?|defendants?|foreigners?|foreign\s+(?:nationals?|citizens?))\s+who\s+(?:sign|signs|serve|serves)\b[^.!?]{0,80}?\b(?:is|are|can|may|will\s+be)\s+(?:released|pardoned|freed|eligible|entitled|able)"
        # What the law lets a whole class of people do: "Foreign citizens have the right to
        # sign a contract for military service".
        r"|^\W*(?:foreign\s+(?:citizens|nationals)|foreigners|convicts|prisoners|inmates|migrants)\s+(?:\w+\s+)?(?:have\s+the\s+right|are\s+entitled|are\s+allowed)\s+to\s+(?:sign|conclude|serve|join|enlist)\b"
        r"|^\W*(?:foreign\s+(?:citizens|nationals)|foreigners|convicts|prisoners|inmates|migrants)\s+(?:may|can)\s+(?:\w+\s+)?(?:sign|conclude|serve|join|enlist)\b"
        # The state's habits and the rules' course: "Russia expels tens of thousands of
        # foreigners every year", "In 2024 the rules for migrants were tightened".
        r"|^\W*(?:Russia|Moscow|the\s+(?:Russian\s+)?(?:authorities|state|government))\s+(?:expels|deports|detains|recruits|sends|issues|grants)\b"
        r"|\b(?:rules|laws?|requirements|procedures?)\s+for\s+(?:migrants|foreigners|foreign\s+(?:citizens|nationals)|prisoners|convicts)\s+(?:were|was|have\s+been|has\s+been)\s+(?:\w+\s+){0,2}?(?:tightened|changed|relaxed|simplified|toughened|amended)\b"
        r"|\b(?:have|has)\s+long\s+been\s+(?:criticised|criticized|condemned)\b"
        # The outlet's own method: "This investigation was carried out by Northlight",
        # "For this investigation we spoke to 14 relatives", "Over three months we spoke to
        # 17 former detainees", "… has been reported since 2023, and Northlight has written
        # about it before".
        r"|^\W*this\s+(?:investigation|report|article|story|piece)\s+(?:was|is)\s+(?:\w+\s+)?(?:carried\s+out|prepared|produced|written|compiled|reported)\s+by\b"
        # (the method, not the account it gave: "We spoke to two of the men, who said they
        # were beaten" tells the case)
        r"|^\W*(?:(?:for\s+this\s+\w+|over\s+(?:\w+\s+){1,2}(?:months|weeks|years)|in\s+(?:all|total)),?\s+)?we\s+(?:spoke|talked)\s+(?:to|with)\s+(?:\d+|\w+teen|twenty[\w-]*|thirty[\w-]*|forty[\w-]*|a\s+dozen|dozens|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![^.!?]*\b(?:who|that)\s+(?:said|say|says|told|described)\b)"
        r"|\bhas\s+been\s+reported\s+since\b|\bhas\s+written\s+about\s+(?:it|this|them)\b"
        # A reading of the practice: "It is the same sequence I have seen in every colony",
        # "the scheme is almost always the same", "An entry ban means years apart", "Recruiters
        # understand this very well".
        r"|\bthe\s+same\s+(?:sequence|scheme|pattern|script)\s+(?:I|we)\s+(?:have\s+)?(?:seen|heard)\b|\b(?:scheme|pattern|sequence|script)\s+is\s+(?:almost\s+)?(?:always\s+)?the\s+same\b"
        r"|^\W*(?:an?\s+)?(?:entry\s+ban|complaint|refusal|deportation|expulsion|promise\s+of\s+a\s+passport)\s+(?:[\w,]+\s+){0,3}?means\b"
        r"|\brecruiters\s+(?:know|understand|use)\s+(?:this|that|it)\b"
        # The outlet's tally of those it spoke to: "Of the 14 families we spoke to, four have
        # lost a relative"; what comes up "in almost every story".
        r"|^\W*of\s+the\s+[\w-]+\s+(?:\w+\s+)?(?:families|people|relatives|prisoners|migrants|men|women|detainees|interviewees)\s+(?:we|I)\s+(?:spoke|talked|interviewed)\b"
        r"|\b(?:in\s+)?almost\s+every\s+(?:story|case|colony|account)\b"
        r"|(?:"
        # What a law makes a crime: "Under Kyrgyz law, taking part in a foreign armed conflict
        # is a criminal offence".
        r"^\W*under\s+(?:\w+\s+){0,2}law\b|\bis\s+a\s+criminal\s+offen[cs]e\b"
        # "Kyrgyz law treats participation in armed conflicts abroad as a criminal offence";
        # deputies "called on the government to say publicly that it would not prosecute".
        r"|\blaw\s+(?:treats|considers|classes|classifies)\b[^.;]{0,80}?\b(?:offen[cs]e|crime)\b"
        r"|\bcall(?:ed|s|ing)?\s+on\s+the\s+(?:government|authorities|ministry|parliament)\s+to\b"
        # Prosecution at home for having fought: "feared prosecution at home as much as the
        # war itself"; a hotline's tally: "Not all of those calls concerned pressure".
        r"|\b(?:prosecution|punishment|charges?|prosecuted|punished)\s+(?:back\s+)?at\s+home\b"
        r"|^\W*not\s+all\s+(?:of\s+)?(?:those|these|the)\s+(?:calls|complaints|appeals|requests|messages|reports)\b"
        # The campaign's course, told of prisons in general: "Wagner began recruiting in
        # Russian prisons in the summer of 2022", "the Ministry of Defence has itself been
        # signing up convicts", "when it took over prison recruitment".
        r"|\b(?:began|begun|started|stopped)\s+recruiting\s+(?:in\s+|from\s+|across\s+)?(?:Russian\s+|Russia's\s+)?(?:prisons|colonies|penal\s+colonies|jails|prisoners|convicts|inmates)\b"
        r"|\b(?:has|have)\s+(?:itself\s+|themselves\s+)?been\s+(?:recruiting|signing\s+up)\s+(?:convicts|prisoners|inmates)\b"
        r"|\btook\s+over\s+(?:prison\s+)?recruitment\b"
        # A feature's generalisation over its cases: "taken together they describe a
        # recurring scenario"; a relative's open question: "She wants to know what her husband
        # actually signed"; the legal aftermath: "had tried to challenge two contracts in court".
        r"|\bin\s+(?:most|many|all|several|some)\s+(?:of\s+)?(?:these|those|the|such)\s+cases\b|\bin\s+most\s+cases\b"
        # "migrants and their lawyers say that in some raids the men … are pushed to sign"
        r"|\bin\s+(?:some|many|most|several)\s+(?:raids|colonies|prisons|regions)\b"
        r"|\btaken\s+together\b|\brecurring\s+(?:scenario|pattern|script)\b|\bwants?\s+to\s+know\b"
        r"|\bchalleng\w*\s+(?:\w+\s+){0,3}?contracts?\s+in\s+court\b|\bcontracts?\s+(?:\w+\s+){0,2}?(?:annulled|invalidated|declared\s+void)\b"
        # A roundup's summary of its cases: "Labour migrants in three Russian cities have
        # described being pressed …", "cases in several Russian cities".
        r"|\bin\s+(?:two|three|four|five|six|several|a\s+number\s+of|many|various|different)\s+(?:\w+\s+)?(?:cities|towns|regions)\b"
        # A study's tally: "An analysis of court records … found that courts suspended …".
        r"|\b(?:analysis|review|study|survey)\s+of\s+(?:\w+\s+){0,3}?(?:records|data|documents|rulings|decisions|verdicts)\b"
        # "According to pardon decrees and court rulings analysed by Angara Files, …"
        r"|\b(?:records|data|documents|rulings|decisions|verdicts|decrees)\s+(?:analy[sz]ed|reviewed|examined|studied)\s+by\b"
        # Counts of documents in a data story: "Only 58 of the 1,412 rulings … record a convict
        # saying …", "In 211 more, a case is suspended", "Another 97 are marked “refused”",
        # "Twenty-two mention the punishment cell, nineteen a new criminal case"; the data
        # gathered: "downloaded and read 1,412 rulings", "a spreadsheet … listing 312 inmates".
        # (each part's rarest words stay the ones the literal prefilter looks for: no "cases",
        # "records" or "more" on their own)
        r"|\b[\d,]+\s+of\s+(?:the\s+|these\s+|those\s+)?[\d,]+\s+(?:rulings|decisions|verdicts|judg(?:e)?ments|complaints|appeals|entries|documents)\b"
        # A survey's tally: "Twenty-seven of the 41 respondents reported …", "Nineteen of
        # these approaches took place during document checks" (not "Two of the interviewees,
        # T.S. and F.M., signed": two people named).
        r"|^\W*(?:[\d,]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+of\s+(?:the|these|those|our)\s+(?:[\d,]+\s+)?(?:respondents|interviewees|approaches|participants)\s+(?:reported|said|described|mentioned|told|took\s+place)\b"
        r"|^\W*(?:in\s+)?(?:another|a\s+further)\s+[\d,]+\s+(?:are|were|more|cases|rulings)\b|^\W*in\s+[\d,]+\s+(?:more,|others,|of\s+(?:them|these|those|the\s+calls)\b)"
        r"|\b(?:downloaded|read|analy[sz]ed|reviewed|examined|studied|obtained|collected)\s+(?:and\s+\w+\s+)?[\d,]+\s+(?:\w+\s+)?(?:rulings|decisions|verdicts|judg(?:e)?ments|court\s+records|documents)\b"
        r"|\b(?:spreadsheet|list|table|register)\b[^.;]{0,80}?\blisting\s+[\d,]+\s+(?:inmates|prisoners|names|people|men|convicts)\b"
        r"|^\W*(?:these|the|such)\s+(?:numbers|figures|statistics|counts)\s+(?:\w+\s+)?(?:reflect|suggest|indicate|understate|overstate)\b"
        r"|^\W*(?:[\d,]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:of\s+them\s+)?(?:mention|cite|describe)\b"
        # A hotline's tally of its calls: "Seventy-four of them were about enlistment offices".
        r"|^\W*(?:[\d,]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+of\s+(?:them|these|those)\s+(?:were\s+about|concerned|related\s+to|dealt\s+with)\b"
        r")"
        # (outside the one alternative above: each runs only where its own rare words occur)
        # An explainer's law, told of anyone: "the case can be closed for good", "Nothing in
        # the law obliges anyone to sign", "that is a ground to challenge the suspension", "A
        # migrant … who signs may be offered fast-track citizenship".
        # (not what someone told or promised him: "The investigator told him his case can be
        # closed if he signs" is the offer made to him)
        r"|^(?![^.!?]*\b(?:told|tells|said|says|promised|assured|offered|warned)\b)[^.!?]*?\b(?:case|cases|charges?|prosecution)\s+(?:\w+\s+){0,4}?(?:can|may)\s+be\s+(?:closed|dropped|suspended|terminated|discontinued)\b"
        r"|\bnothing\s+in\s+the\s+law\b|\b(?:is|are)\s+(?:a\s+)?grounds?\s+(?:to|for)\s+(?:challeng\w+|complain\w*|appeal\w*|a\s+complaint)"
        # (at the sentence's start, or after a one-word answer: "No. A migrant …"; "man" keeps
        # the prefilter on the verbs, which are rarer than "prisoner")
        r"|^\W*(?:\w{1,4}\.\s+)?(?:an?|any)\s+(?:man|migrant|prisoner|convict|inmate|suspect|defendant|foreigner|detainee|(?:naturali[sz]ed\s+)?citizen)\b[^.!?]{0,60}?\bwho\s+(?:signs|refuses|agrees)\b[^.!?]{0,40}?\b(?:may|can|could)\s+be\b"
        # What recruiters offer a whole class now: "Its recruiters now offer prisoners a place
        # in so-called Storm-Z assault units" (not "offered him").
        # ("men" keeps the prefilter on "offer", rarer than "prisoners")
        r"|\b(?:recruiters|ministry|Wagner|army|it)\s+(?:now\s+|also\s+)?offers?\s+(?:men|prisoners|convicts|inmates|migrants|foreigners|foreign\s+(?:citizens|nationals))\b"
        # An office to be opened is no case: "plans to open a recruitment point at the
        # migration centre in May".
        r"|\bopen(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:military\s+)?(?:recruitment|recruiting|enlistment|contract[\s-]+service)\s+(?:point|office|centre|center|desk|station)s?\b"
        # What lawmakers did: "lawmakers added the failure to register … to the grounds on
        # which acquired Russian citizenship can be taken away".
        # (the subjects, all long words, are what the prefilter looks for, not "added")
        r"|\b(?:lawmakers|legislators|parliament|deputies)\s+(?:\w+\s+){0,2}?(?:added|passed|adopted|amended|approved|introduced|expanded|extended)\b|\bgrounds\s+on\s+which\b"
        # So is the state's course and the estimates of all it did: "Russia began recruiting
        # prisoners in the summer of 2022", "Moscow simplified the path to citizenship",
        # "Rights groups estimate that tens of thousands …".
        r"|^\W*(?:(?:since|after|when)\s+)?(?:Russia|Moscow|the\s+Kremlin|the\s+Russian\s+(?:government|authorities|state))\s+(?:\w+\s+){0,2}?(?:began|begun|simplified|introduced|passed|adopted|changed|insists|has\s+(?:long\s+)?(?:insisted|denied|said))\b"
        r"|\b(?:groups|organi[sz]ations|researchers|analysts|observers|experts)\s+estimate\b|\bby\s+(?:some|one|their|most)\s+estimates?\b"
        # One group's estimate over the whole campaign, a number in the thousands: "Free Yard
        # estimates that at least 50,000 inmates signed contracts in 2023".
        r"|\bestimat(?:es?|ed)\s+(?:that\s+)?(?:(?:at\s+least|about|around|some|more\s+than|over|up\s+to|as\s+many\s+as)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}(?!\d)|\d+(?:\.\d+)?\s+(?:thousand|million)|(?:tens\s+of\s+|hundreds\s+of\s+)?thousands)\b"
        # Or over a region's colonies, in the hundreds: "estimates that at least 300 men from
        # colonies in the region signed Storm-Z contracts between March and June".
        r"|\bestimat(?:es?|ed)\s+(?:that\s+)?(?:(?:at\s+least|about|around|some|more\s+than|over|up\s+to)\s+)?\d{3}\b[^.!?]{0,60}?\b(?:colonies|prisons|in\s+the\s+region|across\s+the\s+region)\b"
        # A report's recommendations: "To the Ministry of Defence: Ensure that no contract…"
        r"|(?:^|:\s*)(?:ensure|guarantee|investigate|stop|end|prohibit|ban)\s+(?:that|all|the|any)\b|\byou\s+(?:should|must|can)\s+(?:ask|refuse|call|demand)"
        # A submission's requests: "We respectfully ask the Special Rapporteur to …", "We urge
        # the authorities to …"; an official's general denial: "Officials have repeatedly
        # denied that anyone is recruited against their will".
        r"|^\W*we\s+(?:\w+\s+)?(?:ask|urge|call\s+on|request|recommend)\b"
        # Official figures: "According to figures from the regional court system, at least
        # 140 criminal cases …" sum up; "the answer is always the same" generalises.
        r"|^\W*according\s+to\s+(?:[\w’']+\s+){0,6}?(?:figures|statistics|data|records|tallies|count)\b"
        r"|\b(?:answer|response|reply)\s+is\s+always\s+the\s+same\b"
        # What the law lets anyone do: "may obtain Russian citizenship under a simplified
        # procedure".
        r"|\b(?:may|can|could)\s+(?:\w+\s+){0,2}?(?:obtain|get|receive|apply\s+for)\s+(?:russian\s+)?citizenship\s+(?:under|through|via|by)\s+(?:a\s+)?(?:simplified|fast)"
        # What no one may suffer, as the law or a rights group puts it: "no patient may be
        # denied medical care to make him sign".
        r"|\bno\s+(?:one|patient|prisoner|detainee|inmate|person|migrant|foreigner)\s+(?:may|can|should|must)\s+(?:\w+\s+)?be\b"
        # A trend, not a case: "Recruitment in prisons has been going on for two years".
        r"|^\W*(?:the\s+)?recruitment\s+(?:\w+\s+){0,5}?(?:has\s+been\s+(?:going\s+on|under\s?way)|is\s+(?:going\s+on|under\s?way)|continues)\b"
        r"|\b(?:toured|travell?ed\s+(?:around|across)|went\s+(?:around|from\s+colony\s+to\s+colony))\s+(?:\w+\s+){0,3}?(?:prisons|colonies|penal\s+colonies)\b"
        # Estimates over the whole campaign: "Estimates of how many prisoners signed vary".
        r"|^\W*(?:estimates|figures|numbers)\s+of\s+how\s+many\b"
        # A report presenting itself: "publish today the extract below from their joint
        # report", "our organisations documented cases in which …".
        r"|\bpublish\w*\s+(?:today\s+)?(?:the|this|an?|their|our)\s+(?:\w+\s+){0,3}?(?:report|extract|study|findings)\b"
        r"|\bdocumented\s+(?:\d+\s+|\w+\s+)?cases\s+(?:in\s+which|where|of)\b"
        # A fact-check's verdict on a claim: "Claims like this spread fast because they sound
        # plausible", "It has nothing to do with the market or with enlistment".
        r"|^\W*claims?\s+like\s+(?:this|these|that)\b|\bha(?:s|ve)\s+nothing\s+to\s+do\s+with\b"
        # A court's sentence for desertion is another story: "sentenced … for desertion".
        r"|\bsentenced\b[^.!?]{0,120}\b(?:desertion|deserting|(?:leaving|left|abandoning)\s+(?:his|their|the)\s+unit|going\s+AWOL)"
        r"|\b(?:officials|authorities|the\s+(?:ministry|government|kremlin|police))\s+(?:have\s+|has\s+)?(?:\w+\s+)?(?:denied|deny|denies)\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:anyone|any\s+\w+|prisoners|migrants)\b"
        r"|\bevery\s+\w+(?:\s+\w+)?\s+(?:can|could|may)\s+end\b|\b(?:a\s+|the\s+)?(?:classic|typical|textbook|standard|well-known)\s+(?:\w+\s+)?(?:pattern|scheme|method|script|tactic)s?\b|\bthe\s+(?:pattern|scheme|method|script|practice)\s+(?:is|has|had)\s+(?:\w+\s+)?(?:the\s+same|always|familiar|grown|become|spread|common|widespread)|\bin\s+(?:each|every)\s+(?:case|instance)\b|\bas\s+a\s+rule\b",
        re.IGNORECASE,
    ),
    no_information=re.compile(
        r"(?<!\w)(?:(?:did\s+not|didn't|does\s+not|do\s+not|declined\s+to|refused\s+to|would\s+not)\s+(?:say|comment|respond|answer|disclose|reply|know|take\s+part)"
        r"|declined\s+(?:to\s+)?comment|(?:was|were)\s+unable\s+to\s+(?:reach|confirm|verify)|no\s+(?:prisoner|one|migrant)\s+(?:has|had|was|were)\s+(?:been\s+)?(?:forced|coerced|pressured)"
        r"|since\s+(?:the\s+)?(?:(?:autumn|fall|spring|summer|winter|start|beginning|end)\s+of\s+)?20\d\d|has\s+recruited"
        # Official statements (statistics, denials) are claims of their own, not incidents.
        r"|(?:directorate|department|ministry|press\s+service|spokes(?:man|woman|person)|authorities)\b[^.]{0,120}?\b(?:said|told|stated|denied|says))(?!\w)",
        re.IGNORECASE,
    ),
    roles={
        "advocate": stems(
            r"advocat",
            r"lawyer",
            r"activist",
            r"human\s+rights",
            r"rights\s+group",
            r"director\s+of",
            r"ngo",
            r"attorney",
            r"legal\s+aid",
            r"coordinator",
            r"founder",
            r"head\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:group|centre|center|network|project|foundation|organi[sz]ation)",
            # "Kamola Yusupova of the migrant aid group Caravan Help"
            r"(?:aid|legal|monitoring|support|advocacy)\s+(?:group|centre|center|network|project|organi[sz]ation|clinic|initiative)",
            # "Timur Galeyev, who represents three of the prisoners"
            r"represent(?:s|ed|ing)\s+(?:[\w-]+\s+){0,4}?(?:prisoners?|inmates?|detainees?|m[ae]n|workers?|migrants?|famil(?:y|ies)|clients?|him|her|them)\b",
            r"defen[cs]e\s+counsel",
            # A scholar who studies the practice tells of it, as an advocate does
            r"researcher",
            r"criminologist",
            r"sociologist",
            r"analyst",
            r"expert\s+(?:on|in)",
        ),
        "official": stems(
            r"spokes",
            r"official",
            r"ministry",
            r"governor",
            r"press\s+service",
            r"deputy",
            r"prosecutor",
        ),
        "journalist": stems(r"journalist", r"reporter", r"correspondent", r"editor"),
    },
    outlets={
        "BBC": words(r"(?:the\s+)?BBC(?:\s+Russian(?:\s+Service)?)?"),
        "Mediazona": words(r"Mediazona", r"MediaZona"),
        "Meduza": words(r"Meduza"),
        "iStories": words(r"iStories", r"Important\s+Stories"),
        "Verstka": words(r"Verstka"),
        "Novaya Gazeta": words(r"Novaya\s+Gazeta(?:\s+Europe)?"),
        "Radio Liberty": words(
            r"Radio\s+(?:Free\s+Europe/)?Liberty", r"RFE/RL", r"Radio\s+Svoboda", r"Current\s+Time"
        ),
        "Radio Ozodi": words(r"Radio\s+Ozodi", r"Ozodi"),
        "Radio Azattyk": words(r"Radio\s+Azattyk", r"Azattyk"),
        "The Insider": words(r"The\s+Insider"),
        "Vot Tak": words(r"Vot\s+Tak"),
        "TV Rain": words(r"TV\s+Rain", r"Dozhd"),
        "Kommersant": words(r"Kommersant"),
        "Fontanka": words(r"Fontanka"),
        "Sibir.Realii": words(r"Sibir\.Realii", r"Siberia\.Realities"),
        "Reuters": words(r"Reuters"),
        "Associated Press": words(r"(?:the\s+)?Associated\s+Press", r"AP"),
        "AFP": words(r"AFP", r"Agence\s+France-Presse"),
        "Kloop": words(r"Kloop"),
        "Fergana": words(r"Fergana(?:\.ru|\s+News)?"),
        "Eurasianet": words(r"Eurasianet"),
        "Russia Behind Bars": words(r"Russia\s+Behind\s+Bars", r"Rus\s+Sidyashchaya"),
    },
    told_before=re.compile(
        r"(?<!\w)(?i:told|tells|telling|wrote\s+to|writes\s+to|called|phoned|rang|"
        r"texted|messaged)\s+(?:(?:a|an|the|one|his|her|their|our|my)\s+)?$"
    ),
    told_advocate=(
        re.compile(
            r"\btold\s+(?:our|a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
            + _ADVOCATE_TITLE
            + r"(?:\s+(?:at|of|with|from|for)\s+[^,;]{1,60}?)?,\s+"
            + _PERSON_NAME
            + r","
        ),
        re.compile(
            r"\btold\s+"
            + _PERSON_NAME
            + r",\s+(?:a|an|the|our|their)\s+(?:[\w-]+\s+){0,3}?"
            + _ADVOCATE_TITLE
        ),
    ),
    witness=_WITNESS[0],
    witness_nouns=_WITNESS[1],
    witness_counted=_WITNESS_COUNTED,
    initial_introduced=(
        re.compile(
            r"(?<!\w)(?i:prisoner|inmate|detainee|convict|patient|conscript|worker|migrant)\s+"
            r"(?P<initial>[A-Z])\.(?!\w)"
        ),
        re.compile(
            r"(?<![\w.’'])(?P<initial>[A-Z])\.,\s+(?:\d{2}(?!\w)|an?\s+(?:\w+\s+){0,2}citizen)"
        ),
    ),
    rights_group=re.compile(
        r"(?<!\w)(?i:monitoring|rights|group|network|centre|center|observatory|committee|foundation|"
        r"initiative|project|aid|ngo|lawyers|advocacy|memorial|association|union)"
    ),
    outlet_head=re.compile(
        r"(?:Post|Times|News|Daily|Herald|Voice|Review|Gazette|Wire|Journal|Telegraph|Tribune|"
        r"Radio|TV|Media|Press|Agency|Monitor|Observer|Courier|Bulletin|Today|Online|Insider|"
        r"Chronicle|Guardian|Independent|Express|Mail|Mirror|Standard|Report|Magazine|Weekly|"
        r"Network|Watch|Centre|Center|Committee|Foundation|Initiative|Project|Memorial|Service)$"
    ),
    outlet_named=re.compile(
        r"(?<!\w)(?i:news\s+(?:site|website|outlet|agency|portal|service)|newspaper|outlet|"
        r"magazine|broadcaster|publication|(?:(?:TV|television|Telegram|YouTube)\s+)?channel|"
        r"website|daily|weekly|news\s+wire|wire\s+service)\s+(?:the\s+)?"
        + _OUTLET
        + r"|\((?P<dateline>[A-Z][\w.’'&/-]*(?:\s+[A-Z][\w.’'&/-]*){0,3})\)\s+[-–—]"
    ),
    # A masthead opening the text, after a dateline's city or as a byline: "The Northern
    # Ledger. Gulnora …", "KHUJAND – Sughd Review English. A family …", "By the Atlas World
    # Service news team." (two words at least: "Kazan." opens a story too). Matched at the
    # text's start only: in ``outlet_named`` it left that pattern no literal to look for, and
    # it was tried at every character.
    masthead=re.compile(
        r"\s*(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*\s*[–—-]\s*)?(?:By\s+)?(?:the\s+|The\s+)?"
        r"(?P<masthead>[A-Z][\w’'&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&-]*){1,3})"
        r"(?:\s+(?i:news\s+team|news\s+desk|team|staff))?\.(?=\s)"
    ),
    retelling={
        "outer": (
            re.compile(
                r"(?<!\w)(?i:according\s+to|as\s+reported\s+by)\s+(?:the\s+)?"
                + _OUTLET_DESCRIBED
                + _OUTLET
            ),
            # ("Siberian Wire, a regional news site, which reported that …")
            re.compile(
                r"(?<![\w’'])"
                + _OUTLET
                + r"(?:\s+\([^)]{1,40}\))?,?\s+(?:an?\s+[^,.;]{1,40},\s+which\s+)?"
                r"(?:has\s+|had\s+)?"
                r"(?:reported|reports|wrote|writes|published|learned|learnt|revealed|found|"
                r"quoted|cited|posted|posts)(?!\w)"
            ),
        ),
        # "X said" is an outlet only if X is known as one (else it is a person or office).
        "outer_if_known": (
            # "The channel Mehnat Yaroslavl, run by Tajik builders, says", "X now says".
            re.compile(
                r"(?<![\w’'])" + _OUTLET + r"(?:,[^,.;]{1,60},)?\s+(?:now\s+|also\s+)?"
                r"(?:said|says|added|noted)(?!\w)"
            ),
        ),
        "cited": (
            re.compile(r"(?<!\w)(?i:citing|quoting)\s+(?:the\s+)?" + _OUTLET_DESCRIBED + _OUTLET),
        ),
        # Whose report this is: "an excerpt from a report published on Thursday by the Open
        # Cell Monitoring Group", "a letter first published on 8 December by Karakum Courier",
        # "Migrant Justice Observatory — report excerpt", "The … Network has documented new
        # cases", "the Observatory interviewed 27 migrant workers".
        "publisher": (
            re.compile(
                r"(?<!\w)(?i:report|study|survey|investigation|excerpt|letter|account|chapter|"
                r"section|briefing|statement)s?\b[^.;]{0,60}?(?i:published|released|compiled|"
                r"prepared|issued|produced)\s+(?:[^.;]{0,40}?\s)?by\s+(?:the\s+)?" + _OUTLET
            ),
            re.compile(
                r"^(?:(?i:statement|report)\s+(?i:of|by)\s+(?:the\s+)?)?"
                + _OUTLET
                + r"\s*[—–:-]\s*(?i:report|excerpt|briefing|statement|submission)"
            ),
            re.compile(
                # (with what it is said between: "Open Road Legal Aid, a regional network of
                # lawyers …, today published four new cases")
                r"(?<![\w’'])"
                + _OUTLET
                + r"(?:\s+\([^)]{1,40}\))?(?:,\s+an?\s+[^,.;]{3,90},)?,?\s+(?:has\s+|have\s+)?"
                r"(?:today\s+|on\s+\w+day\s+)?"
                r"(?:documented|recorded|collected|gathered|interviewed|verified|publishes|"
                r"published|releases|released|compiled)\s+(?!by\b)"
            ),
        ),
        "listener": (
            re.compile(
                r"(?<!\w)(?i:told|tells|telling|(?:interviewed|contacted|reached)\s+by|"
                r"in\s+an\s+interview\s+with|speaking\s+to|spoke\s+(?:to|with)|called|"
                r"wrote\s+to)\s+(?:the\s+)?" + _OUTLET_DESCRIBED + _OUTLET
            ),
        ),
    },
)
