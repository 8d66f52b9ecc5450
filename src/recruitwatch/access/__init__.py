"""Who may see what: roles, per-case restriction, and the permission to see real identities."""
