"""API tokens: a user's key to the REST API, stored only as a SHA-256 of the token.

A token is 32 random bytes (``secrets.token_urlsafe``), shown once when created; what is kept
is its SHA-256, which is enough for a secret of that strength (a slow password hash guards
guessable secrets; nobody guesses 256 random bits), plus its first characters so that a list
can tell tokens apart. A leaked database therefore holds no usable token.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class APIToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=80, help_text="what the token is for ('monthly report')")
    prefix = models.CharField(max_length=12, help_text="the token's first characters, to tell it")
    token_hash = models.CharField(max_length=64, unique=True, help_text="SHA-256 of the token")
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user_id", "created_at", "id"]
        verbose_name = "API token"
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="apitoken_name_unique_per_user")
        ]

    def __str__(self) -> str:
        # Never the token: this string lands in logs and the audit log.
        return f"API token {self.prefix}… ({self.name})"
