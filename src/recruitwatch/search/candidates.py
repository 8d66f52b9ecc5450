"""The matches a page works on: at most ``CANDIDATE_LIMIT`` ids, fetched once, newest first.

A broad word ("колония") can match most of 100,000 incidents. Counting facets or ranking
over every match would cost per match, on every page; instead a search takes the ids of its
newest ``CANDIDATE_LIMIT`` matches in one query (access, text match and filters applied in
the database), and everything the page shows — the count, the pages, the facet counts — is
worked out from that list. When there are more matches the page says so ("5000+") and
that counts are of the newest 5,000; exports and the API (``search_incidents``'s queryset)
are not limited.

Ranking: the index holds each record's tokens as a set (``search.tokens``), and a query
needs every word, so bm25 / ts_rank here prefer shorter records among the matches. The
engine ranks only when it has at most ``RANK_LIMIT`` (500) matches (ranking computes a score per
match); beyond that, and without a query, results are newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, overload

from django.db import connection
from django.db.models import Model, QuerySet

from recruitwatch.search.backends import backend_for

# 5,000: on 100,000 generated incidents (tests/search/bench_search_page.py) each facet
# GROUP BY costs about 4 µs per candidate on a loaded machine, so 5,000 keeps the three of
# them near 60 ms there; a person reads far fewer results, and a filter or another word
# narrows in one click.
CANDIDATE_LIMIT = 5_000
# 500 matches ranked at most: bm25 over 2,000 FTS rows cost about 90 ms on the benchmark's
# loaded machine, over 80,000 more than a second; 500 stays under 25 ms.
RANK_LIMIT = 500


def candidate_ids(queryset: QuerySet[Any]) -> tuple[list[int], bool]:
    """The ids of ``queryset``'s newest ``CANDIDATE_LIMIT`` records, and whether there are
    more (one query)."""
    found = list(queryset.order_by("-pk").values_list("pk", flat=True)[: CANDIDATE_LIMIT + 1])
    return found[:CANDIDATE_LIMIT], len(found) > CANDIDATE_LIMIT


def ranked_order(
    ids: list[int], *, tokens: Sequence[str], kinds: Sequence[str]
) -> tuple[list[int], bool]:
    """``ids`` best match first when the engine has few enough matches to rank, else as
    given; and whether they were ranked."""
    if not tokens or len(ids) < 2 or len(ids) > RANK_LIMIT:
        return ids, False  # (the candidates are matches: more of them, more matches)
    backend = backend_for(connection)
    with connection.cursor() as cursor:
        cursor.execute(*backend.match_count_sql(kinds=kinds, tokens=tokens))
        if int(cursor.fetchone()[0]) > RANK_LIMIT:
            return ids, False
        sql, params = backend.ranked_sql(kinds=kinds, tokens=tokens)
        cursor.execute(f"{sql} ORDER BY rank, record_id DESC", params)
        ranked = [int(row[0]) for row in cursor.fetchall()]
    wanted = set(ids)
    order = [record_id for record_id in ranked if record_id in wanted]
    placed = set(order)
    return order + [record_id for record_id in ids if record_id not in placed], True


class Hits(Sequence[Any]):
    """Records by id in a fixed order, read a page at a time (what a Paginator needs):
    ``len`` costs nothing, a slice one query (with ``select_related`` as given)."""

    def __init__(
        self,
        model: type[Model],
        ids: list[int],
        *,
        truncated: bool = False,
        ranked: bool = False,
        related: Sequence[str] = (),
    ) -> None:
        self.model = model
        self.ids = ids
        self.truncated = truncated
        self.ranked = ranked
        self.related = list(related)

    def __len__(self) -> int:
        return len(self.ids)

    def count(self) -> int:  # type: ignore[override]  # what Paginator asks
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        wanted = self.ids[index]
        rows = self.model._default_manager.filter(pk__in=wanted)
        if self.related:
            rows = rows.select_related(*self.related)
        by_pk = {row.pk: row for row in rows}
        return [by_pk[pk] for pk in wanted if pk in by_pk]


def hits_build(
    queryset: QuerySet[Any],
    *,
    tokens: Sequence[str],
    kinds: Sequence[str],
    related: Sequence[str] = (),
) -> Hits:
    """The candidates of ``queryset`` (already narrowed to the matches), ranked if they can
    be."""
    ids, truncated = candidate_ids(queryset)
    ordered, ranked = ranked_order(ids, tokens=tokens, kinds=kinds)
    return Hits(queryset.model, ordered, truncated=truncated, ranked=ranked, related=related)
