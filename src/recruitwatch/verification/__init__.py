"""Verification: counting an incident's independent sources, its verification state and the
reasons for it, and the Admiralty grades of claims. Plain service functions; the rules are
written out in ``docs/verification.md``."""
