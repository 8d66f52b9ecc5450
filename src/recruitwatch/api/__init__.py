"""The REST API (django-ninja, OpenAPI schema, token authentication) (issue 5)."""
