"""Controlled vocabularies of the case database.

Coercion types, modalities and victim statuses are those of the extraction contract
(``shared/contracts/extraction-format.md``) so a proposed incident maps onto a record
without translation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    NEWS = "news", _("News")
    TESTIMONY = "testimony", _("Testimony")
    LETTER = "letter", _("Letter")
    MESSENGER = "messenger", _("Messenger")
    MANUAL = "manual", _("Manual entry")


class SourceKind(models.TextChoices):
    OUTLET = "outlet", _("Outlet")
    ADVOCATE = "advocate", _("Advocate")
    RELATIVE = "relative", _("Relative")
    VICTIM = "victim", _("Victim")
    OFFICIAL = "official", _("Official")
    JOURNALIST = "journalist", _("Journalist")
    ANONYMOUS = "anonymous", _("Anonymous")
    OTHER = "other", _("Other")


class Reliability(models.TextChoices):
    """Source reliability on the Admiralty (NATO) scale."""

    A = "A", _("A — completely reliable")
    B = "B", _("B — usually reliable")
    C = "C", _("C — fairly reliable")
    D = "D", _("D — not usually reliable")
    E = "E", _("E — unreliable")
    F = "F", _("F — reliability cannot be judged")


class PersonStatus(models.TextChoices):
    PRISONER = "prisoner", _("Prisoner")
    MIGRANT = "migrant", _("Migrant")
    CONSCRIPT = "conscript", _("Conscript")
    OTHER = "other", _("Other")


class OrganizationKind(models.TextChoices):
    ARMED_GROUP = "armed_group", _("Armed group / PMC")
    MILITARY = "military", _("Armed forces")
    POLICE = "police", _("Police")
    PENITENTIARY = "penitentiary", _("Penitentiary service")
    MINISTRY = "ministry", _("Ministry / government body")
    NGO = "ngo", _("NGO")
    OUTLET = "outlet", _("Media outlet")
    OTHER = "other", _("Other")


class FacilityType(models.TextChoices):
    PENAL_COLONY = "penal_colony", _("Penal colony (IK)")
    SIZO = "sizo", _("Pre-trial detention centre (SIZO)")
    COLONY_SETTLEMENT = "colony_settlement", _("Colony-settlement (KP)")
    PRISON_HOSPITAL = "prison_hospital", _("Prison hospital (LIU)")
    EDUCATIONAL_COLONY = "educational_colony", _("Educational colony for minors (VK)")
    PRISON = "prison", _("Prison (tyurma)")
    MIGRATION_CENTRE = "migration_centre", _("Migration centre")
    DEPORTATION_CENTRE = "deportation_centre", _("Temporary detention centre for foreigners")
    ENLISTMENT_OFFICE = "enlistment_office", _("Military enlistment office")
    POLICE_STATION = "police_station", _("Police station")
    OTHER = "other", _("Other")


class Modality(models.TextChoices):
    OCCURRED = "occurred", _("Occurred")
    FEARED = "feared", _("Feared")
    PLANNED = "planned", _("Planned")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
    UNKNOWN = "unknown", _("Unknown")


class Coercion(models.TextChoices):
    THREAT_OF_DEPORTATION = "threat_of_deportation", _("Threat of deportation")
    THREAT_OF_PROSECUTION = "threat_of_prosecution", _("Threat of prosecution")
    PHYSICAL_FORCE = "physical_force", _("Physical force")
    DECEPTION = "deception", _("Deception")
    FORCED_SIGNING = "forced_signing", _("Forced signing")
    DENIAL_OF_CHOICE = "denial_of_choice", _("Denial of choice")
    PROMISE_OF_PASSPORT_OR_PARDON = (
        "promise_of_passport_or_pardon",
        _("Promise of passport or pardon"),
    )
    OTHER = "other", _("Other")


class ReviewState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class VerificationState(models.TextChoices):
    UNVERIFIED = "unverified", _("Unverified")
    CORROBORATED = "corroborated", _("Corroborated")
    VERIFIED = "verified", _("Verified")
    DISPUTED = "disputed", _("Disputed")


class InvolvementRole(models.TextChoices):
    VICTIM = "victim", _("Victim")
    PERPETRATOR = "perpetrator", _("Perpetrator")
    RECRUITER = "recruiter", _("Recruiter")
    WITNESS = "witness", _("Witness")
    RELATIVE = "relative", _("Relative")


class OutcomeStatus(models.TextChoices):
    """A person's status after an involvement (victim → recruited → deployed → …)."""

    UNKNOWN = "unknown", _("Unknown")
    RECRUITED = "recruited", _("Recruited")
    DEPLOYED = "deployed", _("Deployed")
    WOUNDED = "wounded", _("Wounded")
    KILLED = "killed", _("Killed")
    MISSING = "missing", _("Missing")
    RETURNED = "returned", _("Returned")
    DEPORTED = "deported", _("Deported")


class CaseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    ON_HOLD = "on_hold", _("On hold")
    CLOSED = "closed", _("Closed")
