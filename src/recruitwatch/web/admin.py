from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from recruitwatch.web.models import User


@admin.register(User)
class RecruitWatchUserAdmin(UserAdmin):  # type: ignore[type-arg]
    fieldsets = (*UserAdmin.fieldsets, ("One-time password", {"fields": ("must_change_password",)}))  # type: ignore[misc]
