"""The web face: settings, URLs, accounts and base templates."""
