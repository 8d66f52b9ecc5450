"""Per-case restriction, and the permissions that roles are built from.

The custom permissions hang on :class:`CaseRestriction` because Django needs a model to own
a permission; they govern the whole application, not only restrictions.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class CaseRestriction(models.Model):
    """A case whose records only its members (and administrators) may see.

    Without a row here a case is visible to every role that may view cases. With one, the
    case, its linked incidents, its subject people and every record hanging off those
    incidents (claims, involvements, evidence, the documents and sources behind the claims)
    disappear for everyone else: selectors answer 404 as for an unknown identifier.
    """

    case = models.OneToOneField(
        "records.Case", on_delete=models.CASCADE, related_name="restriction"
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="restricted_cases"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("view_identity", "See real identities of protected people"),
            ("view_all_restricted_cases", "See every restricted case without being a member"),
            ("export_redacted", "Export records, redacted"),
            ("export_unredacted", "Export records with real identities"),
        ]

    def __str__(self) -> str:
        # An identifier only: this string lands in admin logs.
        return f"restriction of {self.case.identifier}"
