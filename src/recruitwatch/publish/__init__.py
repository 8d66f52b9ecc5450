"""Publish: exports of the case records, redacted by default."""
