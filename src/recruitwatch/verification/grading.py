"""The Admiralty grades: source reliability A–F on sources and claims, information
credibility 1–6 on claims (records.choices.Reliability; records.Claim.credibility).

    reliability   A completely reliable · B usually · C fairly · D not usually ·
                  E unreliable · F cannot be judged
    credibility   1 confirmed by other sources · 2 probably true · 3 possibly true ·
                  4 doubtful · 5 improbable · 6 cannot be judged

Extraction cannot judge either, so every claim starts at F6; a reviewer grades. Grades are
shown beside the count of independent sources; they do not change it (the count says how
many, the grades how much to believe each).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from recruitwatch.audit.services import record_update
from recruitwatch.linking.services.decisions import user_check
from recruitwatch.records.choices import Reliability
from recruitwatch.records.models import Claim
from recruitwatch.verification.errors import GradeInvalid

CREDIBILITY_RANGE = range(1, 7)
GRADE_PERMISSION = "records.change_claim"


def grade_parse(grade: str) -> tuple[str, int]:
    """ "B2" → ("B", 2); anything else off the scale is refused with the scale in the message."""
    text = (grade or "").strip().upper()
    digits = "".join(str(n) for n in CREDIBILITY_RANGE)
    if len(text) != 2 or text[0] not in Reliability.values or text[1] not in digits:
        raise GradeInvalid(f"{grade!r} is not a grade: reliability A–F then credibility 1–6")
    return text[0], int(text[1])


@transaction.atomic
def claim_grade(*, claim: Claim, user: Any, grade: str) -> Claim:
    """A reviewer grades a claim ("B2"); audited with the grade (a grade names no one)."""
    user_check(user, GRADE_PERMISSION)
    reliability, credibility = grade_parse(grade)
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    claim.reliability = reliability
    claim.credibility = credibility
    claim.full_clean(exclude=["identifier"])
    record_update(
        claim,
        ["reliability", "credibility"],
        actor=user,
        detail=f"graded {reliability}{credibility}",
    )
    return claim
