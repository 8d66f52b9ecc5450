"""The tokens of protected names: which query words a reader without identity access may
not search by, and which words of a text may be part of a name.

Document texts, summaries and victim descriptions name people, and they are indexed whole.
Without a guard, someone who may not see real names could search "Karimova", get back a
document whose excerpt shows "[Witness D.]" where the match is, and so learn Witness D.'s
name — what the ``person.identity`` rows exist to prevent. So for such a reader every query
word whose token is the token of a word of a recorded name (a person's name or alias, a
source's name) is dropped before the query runs (``NameTokens.hidden``). Words of
pseudonyms and source labels are shown to everyone, so they stay searchable even when a
real name shares them.

Names are sealed, so the sets are built by opening every person and source once, then kept
up to date incrementally: each search asks the database one cheap question per table
(how many rows, the latest change) and opens only the rows changed since. The cache holds
tokens (keyed hashes), never names.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Count, Max

from recruitwatch.records.models import Person, Source
from recruitwatch.search.tokens import hasher, text_tokens, words


@dataclass(frozen=True)
class NameTokens:
    #: Tokens of every word of every recorded name and alias.
    names: frozenset[str]
    #: Those no pseudonym or label also shows: the words searches without identity drop.
    hidden: frozenset[str]
    #: Changes whenever a person or source is added, changed or removed (a cache key for
    #: what else is built from names, such as a reader's redactor).
    version: tuple[Any, ...] = ()


@dataclass
class _Table:
    """What one table (people or sources) contributes: per row, (name tokens, shown tokens)."""

    rows: dict[int, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    changed: datetime | None = None


def _name_word_tokens(name: str) -> set[str]:
    """Tokens of a name's words. Numbers are left out when the name has other words ("Oleg
    Petrov 2"): a number in a text would otherwise look like a possible name everywhere,
    and the name still has a word that is recognised."""
    found = list(words(name))
    lettered = [word for word in found if not word.stem.isdigit()] or found
    token_of = hasher().token
    return {token_of(word.stem) for word in lettered}


def _contribution(record: Any) -> tuple[frozenset[str], frozenset[str]]:
    if isinstance(record, Person):
        names = [str(record.name), *(str(alias) for alias in record.aliases or [])]
        shown = [record.pseudonym]
    else:
        names, shown = [str(record.name)], [record.label]
    name_tokens: set[str] = set()
    for name in names:
        name_tokens |= _name_word_tokens(name)
    return frozenset(name_tokens), frozenset(text_tokens(shown))


_FIELDS = {
    Person: ("identifier", "data_key", "name", "aliases", "pseudonym", "updated_at"),
    Source: ("identifier", "data_key", "name", "label", "updated_at"),
}


class _NameCache:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key_id: str | None = None
        self.tables: dict[type[Any], _Table] = {}
        self.result: NameTokens | None = None

    def _refresh_table(self, model: type[Any], table: _Table) -> tuple[bool, tuple[Any, ...]]:
        """Bring one table's rows up to date: (whether anything changed, its state)."""
        state = model.objects.aggregate(n=Count("pk"), changed=Max("updated_at"))
        version = (state["n"], state["changed"])
        if state["changed"] == table.changed and state["n"] == len(table.rows):
            return False, version
        if table.changed is not None and (
            state["changed"] is None or state["changed"] < table.changed
        ):
            table.rows, table.changed = {}, None  # a write seen here was rolled back: start over
        # Rows saved since the last look (">=": a save in the same microsecond is re-read).
        changed_rows = model.objects.only(*_FIELDS[model])
        if table.changed is not None:
            changed_rows = changed_rows.filter(updated_at__gte=table.changed)
        for record in changed_rows:
            table.rows[record.pk] = _contribution(record)
        if len(table.rows) != state["n"]:  # rows deleted: forget them
            present = set(model.objects.values_list("pk", flat=True))
            table.rows = {pk: value for pk, value in table.rows.items() if pk in present}
        table.changed = state["changed"]
        return True, version

    def tokens(self) -> NameTokens:
        with self.lock:
            key_id = hasher().keyring.index_key_id
            if key_id != self.key_id:  # another index key: every token differs
                self.key_id, self.tables, self.result = key_id, {}, None
            changed = False
            version: tuple[Any, ...] = (key_id,)
            for model in (Person, Source):
                table_changed, state = self._refresh_table(
                    model, self.tables.setdefault(model, _Table())
                )
                changed |= table_changed
                version += state
            if changed or self.result is None:
                names: set[str] = set()
                shown: set[str] = set()
                for table in self.tables.values():
                    for row_names, row_shown in table.rows.values():
                        names |= row_names
                        shown |= row_shown
                self.result = NameTokens(
                    names=frozenset(names), hidden=frozenset(names - shown), version=version
                )
            return self.result


_cache = _NameCache()


def name_tokens() -> NameTokens:
    """The name tokens as the database holds them now (one or two cheap queries)."""
    return _cache.tokens()
