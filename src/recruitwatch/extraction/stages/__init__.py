"""Extraction stages, one module each, run in the order ``pipeline.STAGES`` fixes."""
