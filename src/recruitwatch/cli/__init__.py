"""The `recruitwatch` command line: thin wrappers over the services, one module per command
(as Django management commands, so `recruitwatch migrate` and friends work too)."""
