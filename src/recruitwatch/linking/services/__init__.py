"""Services of the linking app, one concern per module (import from the module):

* ``copies`` — fingerprints and copy groups (``document_fingerprint_record``), behind the
  adapter ``copy_detector``;
* ``incidents`` — "same incident" proposals for a newly ingested incident;
* ``suggestions`` — proposing a link once per pair, remembering decisions;
* ``review`` — a reviewer accepts (``merges``) or rejects a suggestion;
* ``decisions`` — what every decision shares: permission and reason.

Nothing is imported here, so the modules can import one another without cycles.
"""
