"""Real identities versus the labels shown by default.

People and sources carry a safe label (``Person.pseudonym``, ``Source.label``) next to their
sealed real name. Only users with ``access.view_identity`` see real names; everyone else sees
labels, and free text (document titles and bodies) has every known name and alias replaced.
Redaction knows only the names stored in Person and Source records: a name nobody recorded
stays in the text, and an inflected form ("Фаррухом") is not matched. It lowers the risk of
an over-the-shoulder or screenshot leak; it does not make a document safe to publish.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any

from django.db import connection
from django.db.models import Count, Max
from django.utils.translation import get_language

from recruitwatch.access.roles import IDENTITY_BARRED_ROLES, VIEW_IDENTITY
from recruitwatch.access.visibility import hidden_case_ids, persons_hidden_ids, persons_visible
from recruitwatch.publish.redaction import Redactor, redactor_build
from recruitwatch.records.labels import source_label_shown, withheld_shown
from recruitwatch.records.models import Document, Person, Source

#: Shown in free text in place of a person the reader may not even know exists (a subject
#: of a restricted case they are not a member of): a pseudonym would name the record.
WITHHELD = "[name withheld]"

#: What a display copy holds in place of a field its query did not load.
NOT_LOADED = "[not loaded]"

#: Document fields that may carry a name and are redacted for display.
DOCUMENT_TEXT_FIELDS = ("title", "text", "origin")


def identity_visible(user: Any) -> bool:
    """Whether ``user`` may see real names. A report viewer never does, however the
    permission reached them: that role is a ceiling."""
    if not (user and user.is_authenticated and user.has_perm(VIEW_IDENTITY)):
        return False
    if user.is_superuser:
        return True
    return not user.groups.filter(name__in=IDENTITY_BARRED_ROLES).exists()


def person_display_name(*, user: Any, person: Person) -> str:
    if identity_visible(user) and person.name:
        return str(person.name)
    return person.pseudonym or person.identifier


def source_display_name(*, user: Any, source: Source) -> str:
    if identity_visible(user) and source.name:
        return str(source.name)
    return source_label_shown(source.label) if source.label else source.identifier


def redactor_for(*, user: Any) -> Redactor:
    """The redactor for what ``user`` reads: replaces nothing for those who see identities.

    Building one opens every person's and source's sealed name (≈ 0.7–1.3 s for 2,000 people
    on the reference machine), far over a page's budget. What it builds depends only on which
    people are hidden from the reader and on the names and labels stored, so it is kept per
    process under (the people the reader may see, a stamp of each table: count, highest key,
    latest ``updated_at``). Sealed fields refuse ``QuerySet.update()``, so every change to a
    name goes through ``save()`` and moves the stamp; a changed stamp is a new key, and a
    stale redactor is never used. A few are kept (``_CACHE_SIZE``); a restart forgets them.
    The names they hold are in this process's memory anyway whenever a page is built.
    """
    if identity_visible(user):
        return _NOTHING
    # The labels that replace names are in the reader's language: one redactor per language.
    key = (
        connection.settings_dict.get("NAME"),
        get_language(),
        _people_seen(user),
        _stamp(Person),
        _stamp(Source),
    )
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
    visible = set(persons_visible(user, Person.objects.all()).values_list("pk", flat=True))
    built = redactor_build(_names_and_labels(visible))
    with _cache_lock:
        _cache[key] = built
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return built


def redactor_cache_clear() -> None:
    """Forget every cached redactor (tests; nothing else needs to)."""
    with _cache_lock:
        _cache.clear()


# Distinct views of the names at once: most deployments have one (no restricted case, or all
# readers outside it); a handful covers members of a few restricted cases.
_CACHE_SIZE = 8
_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[Any, ...], Redactor] = OrderedDict()
_NOTHING = redactor_build([])


def _stamp(model: type[Person] | type[Source]) -> tuple[Any, ...]:
    found = model.objects.order_by().aggregate(
        count=Count("pk"), last=Max("pk"), changed=Max("updated_at")
    )
    return (found["count"], found["last"], found["changed"])


def _people_seen(user: Any) -> str:
    """Which people ``user`` may see: "all" when no restricted case is hidden from them (the
    usual case, one small query), else a digest of the hidden people's primary keys (with
    the stamp of the people table, that names the visible ones)."""
    if not hidden_case_ids(user).exists():
        return "all"
    keys = ",".join(map(str, persons_hidden_ids(user)))
    return "hidden:" + hashlib.sha256(keys.encode()).hexdigest()


def _names_and_labels(visible_person_ids: set[int]) -> Iterator[tuple[list[str], str]]:
    for person in Person.objects.all():
        label = person.pseudonym or person.identifier
        if person.pk not in visible_person_ids:
            label = withheld_shown(WITHHELD)
        yield [str(person.name), *(str(alias) for alias in person.aliases or [])], label
    for source in Source.objects.all():  # sealed: cannot be filtered in the database
        if source.name:
            yield [str(source.name)], source_label_shown(source.label or source.identifier)


def _display_copy_refuses(*args: Any, **kwargs: Any) -> None:
    raise RuntimeError("a redacted display copy of a record is never saved or reloaded")


def documents_for_display(*, user: Any, documents: Iterable[Document]) -> list[Document]:
    """Copies of ``documents`` with names in their title, text and origin replaced for users
    who may not see identities, for rendering only.

    A copy refuses to be saved (that would overwrite the record with redacted text) and to
    be reloaded. A field the query deferred (the list defers ``text``) is not loaded behind
    the redaction: the copy holds ``NOT_LOADED`` there instead.
    """
    redactor = redactor_for(user=user)
    shown = []
    for document in documents:
        display = copy.copy(document)
        deferred = document.get_deferred_fields()
        for field in DOCUMENT_TEXT_FIELDS:
            if field in deferred:
                setattr(display, field, NOT_LOADED)
            else:
                setattr(display, field, redactor.redact(str(getattr(document, field))))
        display.save = _display_copy_refuses  # type: ignore[method-assign]
        display.refresh_from_db = _display_copy_refuses  # type: ignore[method-assign]
        shown.append(display)
    return shown
