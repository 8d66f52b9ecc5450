"""Labels the software writes into records, shown in the reader's language.

Extraction labels a source it may not name by its kind and identifier — "relative
(SRC-0001)" — and stores that label, because it must be the same in every export and audit
entry. On a page it is shown in the interface's language: «Родственник (SRC-0001)». A label
someone typed, or an outlet's name, is shown as written.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext

from recruitwatch.records.choices import SourceKind

_GENERATED = re.compile(r"^([a-z_]+) \(([A-Z]{3}-\d+)\)$")


def source_label_shown(label: str) -> str:
    """``label`` with a generated "<kind> (<identifier>)" put in the reader's language."""
    found = _GENERATED.match(label)
    if found is None or found.group(1) not in SourceKind.values:
        return label
    return f"{SourceKind(found.group(1)).label} ({found.group(2)})"


def withheld_shown(text: str) -> str:
    """The placeholder of a withheld name, in the reader's language."""
    return gettext("[name withheld]") if text == "[name withheld]" else text
