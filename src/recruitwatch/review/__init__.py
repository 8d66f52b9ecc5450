"""The review queue: proposed incidents confirmed, edited, rejected or merged (issue 5)."""
