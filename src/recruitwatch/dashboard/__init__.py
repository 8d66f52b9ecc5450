"""The dashboard: counts and charts of incidents, each downloadable as CSV (issue 5)."""
