"""The case database: documents, sources, people, organisations, facilities, incidents,
claims, evidence, involvements and cases. Models are split by entity under ``models/``;
writes go through ``services/``, reads through ``selectors``."""
