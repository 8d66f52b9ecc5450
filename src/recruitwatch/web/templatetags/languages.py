"""``{{ code|language_name }}``: a document's language code ("en", "ru") as the name of that
language in the reader's language ("английский"); an unknown code is shown as it is."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language_info

register = template.Library()


@register.filter
def language_name(code: str | None) -> str:
    if not code:
        return "—"
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code
