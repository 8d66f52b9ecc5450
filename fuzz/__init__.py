"""Fuzzing: generated hostile inputs against every reader, extraction and the upload check.

``python -m fuzz`` (``make fuzz``) runs hypothesis-generated inputs — random blobs and
mutated copies of valid fictional samples of each format — and prints, per target, how many
inputs were refused cleanly, read, or escaped as an unhandled exception. Any unhandled
exception fails the run (exit status 1) and prints the first failing input.
See docs/security/hostile-input.md.
"""
