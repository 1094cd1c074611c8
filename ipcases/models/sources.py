"""One ruling, many sources: a record per source, merged rulings and doubtful matches left
for an editor, and the corrections editors make."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from .catalogue import Source
from .rulings import Ruling


class SourceRecord(models.Model):
    """One source's account of a ruling. A ruling reported by several sources (a landmark, the
    Caselaw Access Project, CourtListener) keeps one record per source; (source, source_id) is
    the import key, so re-running any source finds its own record and changes nothing."""

    ruling = models.ForeignKey(
        Ruling,
        on_delete=models.CASCADE,
        related_name="source_records",
        help_text="The ruling this source reports.",
    )
    source = models.CharField(max_length=20, choices=Source, help_text="Where it came from.")
    source_id = models.CharField(max_length=200, help_text="The record's id at its source.")
    source_url = models.URLField(max_length=500, blank=True, help_text="The record at its source.")
    retrieved_at = models.DateTimeField(help_text="When the record was retrieved from its source.")
    content_hash = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the imported record, to detect changes."
    )
    has_text = models.BooleanField(
        default=False, help_text="Whether this source gave the full text of the decision."
    )
    text_length = models.PositiveIntegerField(
        default=0, help_text="Length of the full text this source gave, in characters."
    )
    text_quality = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="How clean the full text is, 0-100 (paragraphs and citations intact, no words "
        "broken across lines; see ipcases/text_quality.py); empty when not measured.",
    )
    fields = models.JSONField(
        default=dict,
        blank=True,
        help_text="The cleaned values this source gave, without the full text: what the "
        "order of trust chooses from (see docs/importing.md).",
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="unique_source_record"),
            models.CheckConstraint(condition=~Q(source_id=""), name="source_record_has_id"),
        ]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.source_id}"


class MergedRulingQuerySet(models.QuerySet):
    def survivor_of(self, old_id: int) -> int | None:
        """The id of the ruling that absorbed ``old_id``, or None if it was never merged."""
        return self.filter(old_id=old_id).values_list("ruling_id", flat=True).first()


class MergedRuling(models.Model):
    """The id of a ruling merged into another, so that its old address redirects (301)."""

    old_id = models.PositiveBigIntegerField(unique=True, help_text="The absorbed ruling's id.")
    ruling = models.ForeignKey(
        Ruling,
        on_delete=models.CASCADE,
        related_name="merged_ids",
        help_text="The surviving ruling.",
    )
    date_created = models.DateTimeField(auto_now_add=True)

    objects = MergedRulingQuerySet.as_manager()

    class Meta:
        ordering = ["old_id"]

    def __str__(self) -> str:
        return f"{self.old_id} → {self.ruling_id}"


class DuplicateCandidate(models.Model):
    """Two rulings that may be one, left for an editor because the evidence is not conclusive."""

    class Reason(models.TextChoices):
        DOCKET_OTHER_DATE = "docket_other_date", "Same court and docket, another decision date"
        CITATION_SHARED = "citation_shared", "Citation shared by more than one ruling"
        CITATION_OTHER_COURT = "citation_other_court", "Same citation, another court"
        SAME_SOURCE = "same_source", "Matches a ruling the same source gave under another id"
        RULES_DISAGREE = "rules_disagree", "Citation and docket point at different rulings"
        DATE_IMPRECISE = (
            "date_imprecise",
            "Same court and case, a date known only to the month or year",
        )

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        MERGED = "merged", "Merged"
        DISMISSED = "dismissed", "Dismissed"

    ruling = models.ForeignKey(
        Ruling,
        on_delete=models.CASCADE,
        related_name="duplicate_candidates",
        help_text="The ruling that may be a duplicate (usually the newer one).",
    )
    other = models.ForeignKey(
        Ruling,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The ruling it may duplicate; empty once the two were merged.",
    )
    reason = models.CharField(max_length=30, choices=Reason, help_text="Why they may be one.")
    detail = models.CharField(
        max_length=300, blank=True, help_text="The shared citation or docket number."
    )
    status = models.CharField(
        max_length=10, choices=Status, default=Status.OPEN, help_text="What an editor decided."
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date_created", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["ruling", "other"], name="unique_duplicate_candidate"),
            models.CheckConstraint(
                condition=~Q(ruling=models.F("other")), name="duplicate_candidate_not_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ruling_id} / {self.other_id}: {self.get_reason_display()}"


class EditorCorrection(models.Model):
    """A field an editor corrected in the admin: no import overwrites it afterwards."""

    ruling = models.ForeignKey(
        Ruling,
        on_delete=models.CASCADE,
        related_name="corrections",
        help_text="The ruling corrected.",
    )
    field = models.CharField(
        max_length=40, help_text="The record field corrected (decision_date, case_name, …)."
    )
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ruling", "field"], name="unique_editor_correction")
        ]

    def __str__(self) -> str:
        return f"{self.ruling_id}: {self.field}"
