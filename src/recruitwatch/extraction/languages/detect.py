"""Language detection by script: the corpus is English and Russian, which never share one.

Counting Cyrillic against Latin letters is exact for that pair and costs microseconds, where
a statistical detector would add a dependency and still confuse short texts.
"""

from __future__ import annotations

# A text is Russian when at least this share of its letters is Cyrillic. 0.3 rather than 0.5
# because Russian reports quote Latin names and URLs at length; no English report seen has
# more than a few percent Cyrillic.
CYRILLIC_SHARE_FOR_RUSSIAN = 0.3


def language_detect(text: str) -> str:
    """Return ``"ru"``, ``"en"``, or ``""`` when the text has no letters to judge."""
    cyrillic = latin = 0
    for char in text:
        if "\u0400" <= char <= "\u04ff":
            cyrillic += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    letters = cyrillic + latin
    if letters == 0:
        return ""
    return "ru" if cyrillic / letters >= CYRILLIC_SHARE_FOR_RUSSIAN else "en"
