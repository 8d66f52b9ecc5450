"""The database side of linking: copy groups of documents, link suggestions (person, facility,
incident) awaiting a reviewer, remembered "not the same" decisions, and corroboration."""
