"""The tamper-evident audit log: every change and every view of protected data, hash-chained."""
