"""Writes to the case database: plain functions named ``<entity>_<verb>``, one transaction
each, called alike by the CLI, the web views and tests."""
