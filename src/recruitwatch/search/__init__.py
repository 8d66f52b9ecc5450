"""Search over documents, incidents and people, with facets (issue 5)."""
