"""Tests of search (issue 5, point 4). Every text, name and record here is fictional."""
