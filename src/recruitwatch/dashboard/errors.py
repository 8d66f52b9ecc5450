"""What the dashboard refuses. Unknown charts are 404s (``Http404``) and missing permissions
403s (``PermissionDenied``, from the selectors); search exports refuse with
``publish.search_export.SearchExportError``. Nothing else is raised here yet."""

from __future__ import annotations


class DashboardError(Exception):
    """Base of the dashboard's own errors."""
