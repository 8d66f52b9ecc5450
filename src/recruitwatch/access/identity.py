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
from collections.abc import Iterable, Iterator
from typing import Any

from recruitwatch.access.roles import IDENTITY_BARRED_ROLES, VIEW_IDENTITY
from recruitwatch.access.visibility import persons_visible
from recruitwatch.publish.redaction import Redactor, redactor_build
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
    return source.label or source.identifier


def redactor_for(*, user: Any) -> Redactor:
    """The redactor for what ``user`` reads: replaces nothing for those who see identities.

    Build it once per page: it opens every person's and source's sealed name.
    """
    if identity_visible(user):
        return redactor_build([])
    visible = set(persons_visible(user, Person.objects.all()).values_list("pk", flat=True))
    return redactor_build(_names_and_labels(visible))


def _names_and_labels(visible_person_ids: set[int]) -> Iterator[tuple[list[str], str]]:
    for person in Person.objects.all():
        label = person.pseudonym or person.identifier
        if person.pk not in visible_person_ids:
            label = WITHHELD
        yield [str(person.name), *(str(alias) for alias in person.aliases or [])], label
    for source in Source.objects.all():  # sealed: cannot be filtered in the database
        if source.name:
            yield [str(source.name)], source.label or source.identifier


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
