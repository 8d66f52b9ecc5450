"""The matches a page works on: at most ``CANDIDATE_LIMIT`` ids, fetched once, newest first.

A broad word ("колония") can match most of 100,000 incidents. Counting facets or ranking
over every match would cost per match, on every page; instead a search takes the ids of its
newest ``CANDIDATE_LIMIT`` matches in one query (access, text match and filters applied in
the database), and everything the page shows — the count, the pages, the facet counts — is
worked out from that list. When there are more matches the page says so ("2000+") and
that counts are of the newest 2,000; exports and the API (``search_incidents``'s queryset)
are not limited.

On SQLite the list is read from the index's side (``matching_candidate_ids``): FTS5 yields
matches newest first, so a broad word costs what the first 2,000 matches cost, not what all
of them do.

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
from django.db.models.expressions import RawSQL

from recruitwatch.search.backends import backend_for

# 2,000: each facet GROUP BY costs about 2 µs per candidate, and the three of them were the
# largest part of a search page with 5,000 (≈ 30 of ≈ 120 ms; benchmarks/web_pages.py, 100,000
# incidents). 2,000 is a hundred pages of results; a filter or another word narrows in one
# click, and the dashboard counts everything.
CANDIDATE_LIMIT = 2_000
# 500 matches ranked at most: bm25 over 2,000 FTS rows cost about 90 ms on the benchmark's
# loaded machine, over 80,000 more than a second; 500 stays under 25 ms.
RANK_LIMIT = 500


def candidate_ids(queryset: QuerySet[Any]) -> tuple[list[int], bool]:
    """The ids of ``queryset``'s newest ``CANDIDATE_LIMIT`` records, and whether there are
    more (one query)."""
    found = list(queryset.order_by("-pk").values_list("pk", flat=True)[: CANDIDATE_LIMIT + 1])
    return found[:CANDIDATE_LIMIT], len(found) > CANDIDATE_LIMIT


def matching_candidate_ids(
    within: QuerySet[Any], *, kinds: Sequence[str], tokens: Sequence[str], narrow: bool = False
) -> tuple[list[int], bool]:
    """``candidate_ids`` of the records of ``within`` that hold every token, the same ids
    in the same order, read from the text index's side where the engine can
    (``newest_matches_sql``). ``narrow``: a filter keeps few of ``within``."""
    backend = backend_for(connection)
    within_sql = within.order_by().values_list("pk", flat=True).query.sql_with_params()
    built = None
    if len(kinds) == 1 and tokens:
        built = backend.newest_matches_sql(
            kind=kinds[0],
            tokens=tokens,
            within=within_sql,
            table=within.model._meta.db_table,
            narrow=narrow,
            limit=CANDIDATE_LIMIT + 1,
        )
    if built is None:
        sql, params = backend.ids_sql(kinds=kinds, tokens=tokens)
        return candidate_ids(within.filter(pk__in=RawSQL(sql, params)))  # noqa: S611
    with connection.cursor() as cursor:
        cursor.execute(*built)
        found = [int(row[0]) for row in cursor.fetchall()]
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
