"""Admin pages for per-case restriction (administrators only, like the whole admin site).

Roles are granted on the user's page (Groups), the identity permission there too (User
permissions: "Access control | case restriction | See real identities of protected people").
"""

from __future__ import annotations

from django.contrib import admin

from recruitwatch.access.models import CaseRestriction


@admin.register(CaseRestriction)
class CaseRestrictionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("case", "created_at")
    search_fields = ("case__identifier",)
    raw_id_fields = ("case",)
    filter_horizontal = ("members",)
    readonly_fields = ("created_at",)
