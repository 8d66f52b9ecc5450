"""RecruitWatch: document and verify coerced military recruitment.

The package is laid out in the order the data flows:
``ingest`` → ``extraction`` → (link) → review → verify → ``publish``, with ``records`` holding
the case database and ``protection`` underneath (keys and encrypted fields).
"""

__version__ = "0.1.0"
