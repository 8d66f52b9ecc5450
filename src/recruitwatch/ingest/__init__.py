"""Ingest: files and folders → documents in the case database (and, next, proposed incidents)."""
