"""Writing, verifying and checkpointing the audit log.

Services call :func:`audit_record` themselves, inside their own transaction: the entry
commits with the change or not at all, and a service that changes many rows records one entry
per row. (Signals are not used: bulk operations skip them, and a reader of a service should
see that it audits.)

What an entry holds: who (username and id, or "system"), what action, which record (type and
identifier), which field *names*, and a short non-personal detail. Never a value.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.apps import apps
from django.db import models, transaction
from django.utils import timezone

from recruitwatch import config
from recruitwatch.audit.chain import (
    GENESIS_HASH,
    HASHED_FIELDS,
    Checkpoint,
    VerifyResult,
    chain_verify,
    entry_hash,
)
from recruitwatch.audit.errors import AuditChainError, CheckpointError
from recruitwatch.audit.models import AuditAction, AuditEntry, AuditHead
from recruitwatch.audit.signing import (
    SIGNING_KEY_FILENAME,
    checkpoint_document,
    checkpoint_parse,
    public_key_load,
    public_key_path_for,
    signing_key_load_or_create,
)

SYSTEM_ACTOR = "system"
# Long enough for "csv export of table organizations (unredacted)"; short enough that nobody
# is tempted to put a sentence about a person in it.
DETAIL_MAX_LENGTH = 200
_FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")


def signing_key_path() -> Path:
    """Where the checkpoint signing key lives: the data directory, outside the database."""
    return config.data_dir() / SIGNING_KEY_FILENAME


def _actor(actor: Any) -> tuple[str, int | None]:
    if actor is None:
        return SYSTEM_ACTOR, None
    if isinstance(actor, str):
        if not actor.strip() or len(actor) > 150:
            raise ValueError("an actor name must be 1 to 150 characters")
        return actor, None
    if getattr(actor, "is_authenticated", False):
        return str(actor.get_username()), int(actor.pk)
    if getattr(actor, "is_anonymous", False):
        return "anonymous", None
    raise TypeError(f"cannot record {type(actor).__name__} as an actor")


def _model_of(object_type: str) -> type[models.Model] | None:
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):
        return None


def _field_names(object_type: str, fields: Iterable[str]) -> list[str]:
    """Sorted, distinct field names, each checked to be a field of the model.

    The check is what keeps a value from slipping in where a name belongs: "Zebulon" is not a
    field of records.Person, so it is refused rather than written into the log for good.
    """
    names = sorted(set(fields))
    if not names:
        return []
    model = _model_of(object_type)
    if model is None:
        raise ValueError(f"field names can only be recorded for a known model, not {object_type!r}")
    known = {field.name for field in model._meta.get_fields()} | {
        getattr(field, "attname", field.name) for field in model._meta.get_fields()
    }
    unknown = [name for name in names if name not in known or not _FIELD_NAME.match(name)]
    if unknown:
        raise ValueError(f"{len(unknown)} name(s) given are not fields of {object_type}")
    return names


def _head_locked() -> AuditHead:
    """The head row, locked until the caller's transaction ends."""
    head, created = AuditHead.objects.select_for_update().get_or_create(
        pk=AuditHead.HEAD_PK,
        defaults={"last_sequence": 0, "last_hash": GENESIS_HASH},
    )
    if created and AuditEntry.objects.exists():
        # Starting a second chain at 1 would bury the first: refuse, and say what to do.
        raise AuditChainError(
            "the audit head row is missing but entries exist; run `recruitwatch audit verify`"
        )
    return head


def entry_as_dict(entry: AuditEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in (*HASHED_FIELDS, "entry_hash")}


def audit_record(
    *,
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_identifier: str = "",
    fields: Iterable[str] = (),
    detail: str = "",
) -> AuditEntry:
    """Append one entry, in the caller's transaction (or a new one).

    ``obj``, when given, supplies the type ("records.Person") and identifier ("PER-0001").
    ``fields`` are the names of the fields changed or shown, never their values.
    """
    action = AuditAction(action).value  # ValueError for an unknown action
    if obj is not None:
        object_type = f"{obj._meta.app_label}.{obj._meta.object_name}"
        object_identifier = str(getattr(obj, "identifier", "") or obj.pk or "")
    if len(object_type) > 64 or len(object_identifier) > 64:
        raise ValueError("object type and identifier are at most 64 characters")
    if len(detail) > DETAIL_MAX_LENGTH or "\n" in detail:
        raise ValueError(f"an audit detail is one line of at most {DETAIL_MAX_LENGTH} characters")
    names = _field_names(object_type, fields)
    actor_name, actor_id = _actor(actor)
    with transaction.atomic():
        head = _head_locked()
        entry = AuditEntry(
            sequence=head.last_sequence + 1,
            created_at=timezone.now(),
            actor=actor_name,
            actor_id=actor_id,
            action=action,
            object_type=object_type,
            object_identifier=object_identifier,
            fields=names,
            detail=detail,
            prev_hash=head.last_hash,
        )
        entry.entry_hash = entry_hash(entry_as_dict(entry))
        entry.save(force_insert=True)
        head.last_sequence = entry.sequence
        head.last_hash = entry.entry_hash
        head.save(update_fields=["last_sequence", "last_hash"])
    return entry


def record_update(
    record: models.Model, fields: list[str], *, actor: Any, detail: str = ""
) -> AuditEntry:
    """Save ``fields`` of ``record`` (and its ``updated_at``) and record the update, in the
    caller's transaction: the one way services change a row they did not create."""
    record.save(update_fields=[*fields, "updated_at"])
    return audit_record(
        actor=actor, action=AuditAction.UPDATE, obj=record, fields=fields, detail=detail
    )


def audit_view(user: Any, obj: models.Model, *, fields: Iterable[str] = ()) -> AuditEntry:
    """Record that ``user`` was shown protected data of ``obj`` (for selectors to call)."""
    return audit_record(actor=user, action=AuditAction.VIEW, obj=obj, fields=fields)


def _head_verify(
    head: AuditHead | None, rows: list[dict[str, Any]], result: VerifyResult
) -> VerifyResult:
    """The log must still hold the entry the head row names. The head is read before the
    entries, so appends committed in between only add entries after it."""
    if head is None:
        if not rows:
            return result
        problem = "the audit head row is missing"
    elif head.last_sequence > len(rows):
        problem = (
            f"log is shorter than its head record (truncated or rolled back): it ends at entry "
            f"{len(rows)}, the head records entry {head.last_sequence}"
        )
    elif head.last_sequence and rows[head.last_sequence - 1]["entry_hash"] != head.last_hash:
        problem = f"entry {head.last_sequence} is not the one the head row records (log rewritten)"
    else:
        return result
    return VerifyResult(
        ok=False,
        checked=result.checked,
        problem="head_mismatch",
        sequence=head.last_sequence if head else None,
        reason=problem,
    )


def audit_verify(*, checkpoint: Path | None = None, public_key: Path | None = None) -> VerifyResult:
    """Check the whole chain; with ``checkpoint``, also its signature (against ``public_key``,
    by default the deployment's ``audit-signing.pub``) and that the log still holds the
    checkpointed head. A checkpoint that is damaged or does not verify is a failed result."""
    expected: Checkpoint | None = None
    if checkpoint is not None:
        try:
            text = checkpoint.read_text(encoding="utf-8")
        except OSError as exc:
            raise CheckpointError(
                f"cannot read the checkpoint {checkpoint}: {exc.strerror}"
            ) from None
        except UnicodeDecodeError:
            raise CheckpointError(f"{checkpoint} is not a checkpoint (not UTF-8 text)") from None
        key = public_key_load(public_key or public_key_path_for(signing_key_path()))
        try:
            expected = checkpoint_parse(text, key)
        except CheckpointError as exc:
            return VerifyResult(
                ok=False, checked=0, problem="checkpoint_invalid", reason=f"{checkpoint}: {exc}"
            )
    head = AuditHead.objects.filter(pk=AuditHead.HEAD_PK).first()
    rows = list(
        AuditEntry.objects.order_by("sequence").values(*HASHED_FIELDS, "entry_hash").iterator()
    )
    result = chain_verify(rows, checkpoint=expected)
    return _head_verify(head, rows, result) if result.ok else result


def _write_exclusive(path: Path, content: str) -> None:
    """Write a new file; refuse to replace one (an older checkpoint is worth keeping)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".checkpoint-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def audit_checkpoint(output: Path, *, key_path: Path | None = None) -> Checkpoint:
    """Verify the log, then write a signed checkpoint of its head to ``output`` (a new file).

    Refuses a log that does not verify: signing it would bless the tampering.
    """
    if output.exists():
        raise CheckpointError(f"{output} exists; write each checkpoint to a new file")
    if not output.parent.is_dir():
        raise CheckpointError(f"no folder {output.parent} to write the checkpoint in")
    result = audit_verify()
    if not result.ok:
        raise AuditChainError(f"the audit log does not verify: {result.reason}")
    key = signing_key_load_or_create(key_path or signing_key_path())
    checkpoint = Checkpoint(
        count=result.checked,
        head_sequence=result.head_sequence,
        head_hash=result.head_hash,
        created_at=timezone.now().isoformat(timespec="seconds"),
    )
    document = checkpoint_document(checkpoint, key)
    try:
        _write_exclusive(output, json.dumps(document, indent=2) + "\n")
    except FileExistsError:
        raise CheckpointError(f"{output} exists; write each checkpoint to a new file") from None
    return checkpoint
