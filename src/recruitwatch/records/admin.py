"""Django admin for the case records: the administrator's escape hatch, not the daily tool.

New records get their identifier from the same service the rest of the application uses.
List pages show identifiers and plain fields only, never sealed values.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib import admin
from django.db import transaction

from recruitwatch.audit.models import AuditAction
from recruitwatch.audit.services import audit_record
from recruitwatch.records import models
from recruitwatch.records.services.identifiers import identifier_assign


class RecordAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    readonly_fields: ClassVar[tuple[str, ...]] = ("identifier", "created_at", "updated_at")
    search_fields: ClassVar[tuple[str, ...]] = ("identifier",)

    # Edits made here are recorded in the audit log like any other, in the same transaction:
    # the admin is a way in, not a way around.
    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        with transaction.atomic():
            if not change:
                identifier_assign(obj)
            super().save_model(request, obj, form, change)
            audit_record(
                actor=request.user,
                action=AuditAction.UPDATE if change else AuditAction.CREATE,
                obj=obj,
                fields=form.changed_data,
                detail="admin",
            )

    def delete_model(self, request: Any, obj: Any) -> None:
        with transaction.atomic():
            audit_record(actor=request.user, action=AuditAction.DELETE, obj=obj, detail="admin")
            super().delete_model(request, obj)

    def delete_queryset(self, request: Any, queryset: Any) -> None:
        with transaction.atomic():
            for obj in queryset:
                audit_record(actor=request.user, action=AuditAction.DELETE, obj=obj, detail="admin")
            super().delete_queryset(request, queryset)


@admin.register(models.Document)
class DocumentAdmin(RecordAdmin):
    list_display = ("identifier", "published", "channel", "language", "reader", "size_bytes")
    list_filter = ("channel", "language")
    readonly_fields = (*RecordAdmin.readonly_fields, "sha256", "reader", "size_bytes")


@admin.register(models.Source)
class SourceAdmin(RecordAdmin):
    list_display = ("identifier", "label", "kind", "reliability")
    list_filter = ("kind", "reliability")
    search_fields = ("identifier", "label")


@admin.register(models.Person)
class PersonAdmin(RecordAdmin):
    list_display = ("identifier", "pseudonym", "status")
    list_filter = ("status",)
    search_fields = ("identifier", "pseudonym")


@admin.register(models.Organization)
class OrganizationAdmin(RecordAdmin):
    list_display = ("identifier", "name", "kind", "country")
    search_fields = ("identifier", "name")


@admin.register(models.Facility)
class FacilityAdmin(RecordAdmin):
    list_display = ("identifier", "canonical_name", "facility_type", "region", "settlement")
    list_filter = ("facility_type", "region")
    search_fields = ("identifier", "canonical_name", "settlement")


@admin.register(models.Incident)
class IncidentAdmin(RecordAdmin):
    list_display = (
        "identifier",
        "modality",
        "date_start",
        "facility",
        "region",
        "review_state",
        "verification_state",
    )
    list_filter = ("review_state", "verification_state", "modality", "victim_status")
    readonly_fields = (*RecordAdmin.readonly_fields, "version")


@admin.register(models.Claim)
class ClaimAdmin(RecordAdmin):
    list_display = ("identifier", "incident", "document", "source", "span_start", "span_end")


@admin.register(models.Evidence)
class EvidenceAdmin(RecordAdmin):
    list_display = ("identifier", "media_type", "size_bytes", "sha256", "incident")
    readonly_fields = (*RecordAdmin.readonly_fields, "sha256", "media_type", "size_bytes")

    def has_add_permission(self, request: Any) -> bool:
        # Files must go through evidence_store, which seals and hashes them.
        return False


@admin.register(models.Involvement)
class InvolvementAdmin(RecordAdmin):
    list_display = ("identifier", "person", "incident", "role", "status_after")
    list_filter = ("role", "status_after")


@admin.register(models.Case)
class CaseAdmin(RecordAdmin):
    list_display = ("identifier", "status", "assignee")
    list_filter = ("status",)
