"""How a district-court case ended, as the Federal Judicial Center's Integrated Database (IDB)
records it: one Termination beside each ruling of kind "termination".

The IDB codes each civil case's end (DISP), how far it got (PROCPROG), for whom judgment was
entered (JUDGMENT) and its nature (NOJ). The codes are kept as given, and grouped here into the
few endings and stages that the figures count. The labels below restate the FJC's civil
codebook in our words; ``docs/importing.md`` says how they are read.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from .rulings import Ruling

# DISP: how the case was terminated.
DISPOSITIONS = {
    0: "transferred to another district",
    1: "remanded to state court",
    10: "transferred by the multidistrict litigation panel",
    11: "remanded to a US agency",
    2: "dismissed for want of prosecution",
    3: "dismissed for lack of jurisdiction",
    12: "dismissed voluntarily",
    13: "dismissed as settled",
    14: "dismissed on other grounds",
    4: "judgment by default",
    5: "judgment on consent",
    6: "judgment on a motion before trial",
    7: "judgment on a jury verdict",
    8: "judgment on a directed verdict",
    9: "judgment after a trial by the court",
    15: "judgment on an arbitrator's award",
    16: "stayed pending bankruptcy",
    17: "other judgment",
    18: "statistical closing",
    19: "magistrate judge's decision affirmed on appeal",
    20: "magistrate judge's decision: appeal denied",
}
# PROCPROG: how far the case had got when it ended.
PROGRESS = {
    1: "before issue joined, no court action",
    2: "before issue joined, order entered",
    11: "before issue joined, hearing held",
    12: "before issue joined, order decided",
    3: "after issue joined, no court action",
    4: "after issue joined, judgment on motion",
    5: "after issue joined, pretrial conference held",
    6: "during a trial by the court",
    7: "during a jury trial",
    8: "after a trial by the court",
    9: "after a jury trial",
    10: "after issue joined, other",
    13: "after issue joined, trial de novo requested after arbitration",
}
# JUDGMENT: in whose favour.
JUDGMENT_FOR = {1: "plaintiff", 2: "defendant", 3: "both", 4: "unknown"}
# NOJ: what the judgment gave.
JUDGMENT_NATURE = {
    0: "no money awarded",
    1: "money only",
    2: "money and other relief",
    3: "injunction",
    4: "forfeiture, foreclosure, condemnation or similar",
    5: "costs only",
    6: "costs and attorney fees",
}
# ORIGIN: how the case came to the district court.
ORIGINS = {
    1: "original proceeding",
    2: "removed from a state court",
    3: "remanded by a court of appeals",
    4: "reinstated or reopened",
    5: "transferred from another district",
    6: "multidistrict litigation transfer",
    7: "appeal of a magistrate judge's decision",
    8: "second reopening",
    9: "third reopening",
    10: "fourth reopening",
    11: "fifth reopening",
    12: "sixth reopening",
    13: "multidistrict litigation originating in the district",
}


class Termination(models.Model):
    class Ending(models.TextChoices):
        SETTLED = "settled", "Settled"
        VOLUNTARY_DISMISSAL = "voluntary_dismissal", "Voluntarily dismissed"
        DISMISSED = "dismissed", "Dismissed on other grounds"
        TRANSFERRED = "transferred", "Transferred or remanded"
        DEFAULT_JUDGMENT = "default_judgment", "Judgment by default"
        CONSENT_JUDGMENT = "consent_judgment", "Judgment on consent"
        JUDGMENT_ON_MOTION = "judgment_on_motion", "Judgment on a motion before trial"
        JUDGMENT_JURY = "judgment_jury", "Judgment after a jury trial"
        JUDGMENT_COURT = "judgment_court", "Judgment after a trial by the court"
        OTHER = "other", "Other ending"
        PENDING = "pending", "Pending"

    class Stage(models.TextChoices):
        BEFORE_ISSUE_JOINED = "before_issue_joined", "Before issue was joined"
        BEFORE_TRIAL = "before_trial", "After issue was joined, before trial"
        DURING_TRIAL = "during_trial", "During trial"
        AFTER_TRIAL = "after_trial", "After trial"

    ruling = models.OneToOneField(
        Ruling,
        on_delete=models.CASCADE,
        related_name="termination",
        help_text="The ruling of kind termination this record describes.",
    )
    ending = models.CharField(
        max_length=30, choices=Ending, db_index=True, help_text="How the case ended (from DISP)."
    )
    stage = models.CharField(
        max_length=30,
        choices=Stage,
        blank=True,
        help_text="How far the case got (from PROCPROG); blank when not recorded.",
    )
    date_filed = models.DateField(
        null=True, blank=True, help_text="Filing date of this IDB record (FILEDATE)."
    )
    as_of = models.DateField(
        null=True,
        blank=True,
        help_text="For a pending case, the date of the file that reported it pending: the "
        "case was still open on that day (durations count it as censored there).",
    )
    disposition_code = models.SmallIntegerField(null=True, blank=True, help_text="DISP.")
    progress_code = models.SmallIntegerField(null=True, blank=True, help_text="PROCPROG.")
    judgment_code = models.SmallIntegerField(null=True, blank=True, help_text="JUDGMENT.")
    judgment_nature_code = models.SmallIntegerField(null=True, blank=True, help_text="NOJ.")
    origin_code = models.SmallIntegerField(null=True, blank=True, help_text="ORIGIN.")
    cause = models.CharField(
        max_length=40,
        blank=True,
        help_text="Title and section of the US Code the case was filed under (28:2201).",
    )
    declaratory = models.BooleanField(
        default=False,
        help_text="A declaratory-judgment action (28 U.S.C. § 2201): the plaintiff is usually "
        "the accused infringer, so judgment for the plaintiff is a loss for the rights holder.",
    )
    amount_reported = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="AMTREC: amount received as reported to the FJC, in thousands of dollars. "
        "Courts report it unevenly (9999 may mean over a million or nothing at all); never a "
        "damages award and never counted as one.",
    )

    MERITS = (Ending.JUDGMENT_ON_MOTION, Ending.JUDGMENT_JURY, Ending.JUDGMENT_COURT)
    JUDGMENTS = (Ending.DEFAULT_JUDGMENT, Ending.CONSENT_JUDGMENT, *MERITS)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(ending="pending", as_of__isnull=False, disposition_code__isnull=True)
                | (~Q(ending="pending") & Q(as_of__isnull=True, disposition_code__isnull=False)),
                name="termination_pending_or_disposed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_ending_display()} ({self.ruling_id})"

    @property
    def disposition_label(self) -> str:
        return DISPOSITIONS.get(self.disposition_code, "")

    @property
    def progress_label(self) -> str:
        return PROGRESS.get(self.progress_code, "")

    @property
    def judgment_label(self) -> str:
        return JUDGMENT_FOR.get(self.judgment_code, "")

    @property
    def judgment_nature_label(self) -> str:
        return JUDGMENT_NATURE.get(self.judgment_nature_code, "")

    @property
    def origin_label(self) -> str:
        return ORIGINS.get(self.origin_code, "")
