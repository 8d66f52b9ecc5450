"""The audit log in the admin: read-only for everyone, superusers included.

Entries are written only by ``audit.services.audit_record``; the admin may list and show
them, never add, change or delete (Django's admin would otherwise offer all three).
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from recruitwatch.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = (
        "sequence",
        "created_at",
        "actor",
        "action",
        "object_type",
        "object_identifier",
    )
    list_filter = ("action", "object_type")
    search_fields = ("object_identifier", "actor")
    ordering = ("-sequence",)
    readonly_fields = tuple(field.name for field in AuditEntry._meta.fields)
    actions = None

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
