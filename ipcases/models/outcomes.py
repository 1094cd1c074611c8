"""How each outcome value was obtained (its basis), and what a ruling's own text says about
its outcome, with the sentence that says it (see ipcases.outcomes)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class Basis(models.TextChoices):
    """Where the value of an outcome field comes from."""

    EDITOR = "editor", "Set by an editor"
    METADATA = "metadata", "Source metadata"
    TEXT = "text", "Read from the text"
    FJC_IDB = "fjc_idb", "FJC Integrated Database"
    LANDMARK = "landmark", "Landmark facts"
    SYNTHETIC = "synthetic", "Synthetic (generated)"


class OutcomeEvidenceQuerySet(models.QuerySet):
    def found(self) -> OutcomeEvidenceQuerySet:
        return self.exclude(value="")


class OutcomeEvidence(models.Model):
    """One field as the ruling's text gives it: the value with the rule that read it, the
    characters matched and the sentence quoted; or no value and the reason. Rewritten each
    time the text is read; the ruling's own field takes the value by the order of trust."""

    class Field(models.TextChoices):
        DISPOSITION = "disposition", "Disposition"
        OUTCOME = "rights_holder_outcome", "Outcome for the rights holder"
        INJUNCTION = "injunction", "Injunction"
        DAMAGES = "damages", "Damages"
        ENHANCED = "enhanced_damages", "Enhanced damages"
        FEES = "attorney_fees", "Attorney fees"
        HOLDER = "rights_holder", "Rights holder"

    ruling = models.ForeignKey(
        "ipcases.Ruling",
        on_delete=models.CASCADE,
        related_name="outcome_evidence",
        help_text="The ruling whose text was read.",
    )
    field = models.CharField(max_length=30, choices=Field, help_text="The field read.")
    value = models.CharField(
        max_length=300,
        blank=True,
        help_text="The value read (damages as 'amount currency'; the holder as party names); "
        "blank when the text leaves it open.",
    )
    rule = models.CharField(max_length=200, blank=True, help_text="The rule that read it.")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="First character.")
    end = models.PositiveIntegerField(null=True, blank=True, help_text="Character after the last.")
    quote = models.TextField(blank=True, help_text="The sentence the value was read from.")
    paragraph = models.CharField(
        max_length=10, blank=True, help_text="The paragraph number, where the text has them."
    )
    reason = models.CharField(
        max_length=300, blank=True, help_text="Why no value was read, or what qualifies it."
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    objects = OutcomeEvidenceQuerySet.as_manager()

    class Meta:
        verbose_name = "outcome evidence"
        verbose_name_plural = "outcome evidence"
        ordering = ["ruling", "id"]
        constraints = [
            models.UniqueConstraint(fields=["ruling", "field"], name="unique_outcome_evidence"),
            models.CheckConstraint(
                condition=Q(start__isnull=True) | Q(end__gte=models.F("start")),
                name="outcome_evidence_span_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.ruling_id} {self.field}: {self.value or '—'}"
