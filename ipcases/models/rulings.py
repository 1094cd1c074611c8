"""Rulings: the decisions in cases, the unit the catalogue lists, with their IP types and
official citations. Each records where it came from; (source, source_id) is unique."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from .catalogue import Case, IPType, Source
from .outcomes import Basis
from .selections import IP_TYPE_BITS, LIST_START_CHARS, LIST_TEXT_CHARS, RulingQuerySet

__all__ = ["LIST_START_CHARS", "LIST_TEXT_CHARS", "OfficialCitation", "Ruling", "RulingIPType"]


class Ruling(models.Model):
    class Kind(models.TextChoices):
        OPINION = "opinion", "Opinion"
        ORDER = "order", "Order"
        JUDGMENT = "judgment", "Judgment"
        VERDICT = "verdict", "Verdict"
        BOARD_DECISION = "board_decision", "Board decision"
        PRELIMINARY_RULING = "preliminary_ruling", "Preliminary ruling"
        # How a case ended in its court, from a docket statistic (the FJC IDB), not an opinion.
        TERMINATION = "termination", "Termination"
        OTHER = "other", "Other"

    class PrecedentialStatus(models.TextChoices):
        PRECEDENTIAL = "precedential", "Precedential"
        NON_PRECEDENTIAL = "non_precedential", "Non-precedential"
        UNKNOWN = "unknown", "Unknown"

    class Disposition(models.TextChoices):
        AFFIRMED = "affirmed", "Affirmed"
        AFFIRMED_IN_PART = "affirmed_in_part", "Affirmed in part"
        REVERSED = "reversed", "Reversed"
        REVERSED_AND_REMANDED = "reversed_and_remanded", "Reversed and remanded"
        VACATED = "vacated", "Vacated"
        VACATED_AND_REMANDED = "vacated_and_remanded", "Vacated and remanded"
        REMANDED = "remanded", "Remanded"
        GRANTED = "granted", "Granted"
        GRANTED_IN_PART = "granted_in_part", "Granted in part"
        DENIED = "denied", "Denied"
        DISMISSED = "dismissed", "Dismissed"
        SUSTAINED = "sustained", "Sustained"
        ANSWERED = "answered", "Questions answered"
        FOR_PLAINTIFF = "for_plaintiff", "Judgment for the plaintiff (claimant)"
        FOR_DEFENDANT = "for_defendant", "Judgment for the defendant"
        CONSENT_JUDGMENT = "consent_judgment", "Consent judgment"
        OTHER = "other", "Other"

    class Outcome(models.TextChoices):
        HOLDER_WON = "holder_won", "Rights holder won"
        CHALLENGER_WON = "challenger_won", "Challenger won"
        MIXED = "mixed", "Mixed"
        DISMISSED = "dismissed", "Dismissed without a decision on the merits"
        SETTLED = "settled", "Settled"
        OTHER = "other", "Other"
        PENDING = "pending", "Pending"

    class Injunction(models.TextChoices):
        GRANTED = "granted", "Granted"
        REFUSED = "refused", "Refused"

    class DatePrecision(models.TextChoices):
        DAY = "day", "Day"
        MONTH = "month", "Month"
        YEAR = "year", "Year"

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="rulings", help_text="The proceeding decided."
    )
    decision_date = models.DateField(db_index=True, help_text="When the decision was given.")
    decision_date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision,
        default=DatePrecision.DAY,
        help_text="How much of the decision date is known: a source that gives only a month "
        "or a year is stored as its first day, and shown as the month or year.",
    )
    kind = models.CharField(
        max_length=20, choices=Kind, default=Kind.OPINION, help_text="What sort of decision."
    )
    precedential_status = models.CharField(
        max_length=20,
        choices=PrecedentialStatus,
        default=PrecedentialStatus.UNKNOWN,
        help_text="Whether the decision binds later courts (published or reported).",
    )
    disposition = models.CharField(
        max_length=30,
        choices=Disposition,
        blank=True,
        help_text="What the court did with the matter before it; blank when unknown.",
    )
    rights_holder_outcome = models.CharField(
        max_length=20,
        choices=Outcome,
        blank=True,
        help_text="Who prevailed, seen from the holder of the IP right; blank when unknown.",
    )
    injunction = models.CharField(
        max_length=10,
        choices=Injunction,
        blank=True,
        help_text="Whether an injunction was granted or refused; blank when none was decided.",
    )
    damages_amount = models.DecimalField(
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Damages awarded, in damages_currency; empty when none were decided.",
    )
    damages_currency = models.CharField(
        max_length=3, blank=True, help_text="ISO 4217 code of the damages amount (USD, GBP, EUR)."
    )
    # How each outcome value was obtained (ipcases.outcomes.choice): blank with no value.
    disposition_basis = models.CharField(
        max_length=10, choices=Basis, blank=True, help_text="Where the disposition comes from."
    )
    outcome_basis = models.CharField(
        max_length=10,
        choices=Basis,
        blank=True,
        help_text="Where the outcome for the rights holder comes from.",
    )
    injunction_basis = models.CharField(
        max_length=10, choices=Basis, blank=True, help_text="Where the injunction comes from."
    )
    damages_basis = models.CharField(
        max_length=10, choices=Basis, blank=True, help_text="Where the damages come from."
    )
    judges = models.TextField(blank=True, help_text="Judges as printed; display text only.")
    summary = models.TextField(blank=True, help_text="A short account of the ruling.")
    text = models.TextField(blank=True, help_text="Full text of the decision, where published.")
    language = models.CharField(max_length=8, default="en", help_text="BCP 47 language code.")
    ip_classification = models.CharField(
        max_length=500,
        blank=True,
        help_text="Why an importer judged this an IP ruling (statutes or terms found).",
    )
    source = models.CharField(
        max_length=20, choices=Source, help_text="Where this record was imported from."
    )
    source_id = models.CharField(max_length=200, help_text="The record's id at its source.")
    source_url = models.URLField(max_length=500, blank=True, help_text="The record at its source.")
    retrieved_at = models.DateTimeField(help_text="When the record was retrieved from its source.")
    content_hash = models.CharField(
        max_length=64, blank=True, help_text="SHA-256 of the imported record, to detect changes."
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    objects = RulingQuerySet.as_manager()

    # How a listed ruling treats what a search's cites: names (pages.treatments sets it).
    # Always there, so that a row looking for it never falls back to dir() of the instance.
    treated = None

    class Meta:
        ordering = ["-decision_date", "-id"]
        indexes = [
            models.Index(fields=["-decision_date", "-id"], name="ruling_newest_first"),
            # The catalogue's last change (the API's Last-Modified), read on every request.
            models.Index(fields=["date_modified"], name="ruling_date_modified"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="unique_ruling_source"),
            models.CheckConstraint(
                condition=Q(damages_amount__isnull=True) | Q(damages_amount__gte=0),
                name="ruling_damages_not_negative",
            ),
            models.CheckConstraint(
                condition=(Q(damages_amount__isnull=True) & Q(damages_currency=""))
                | (Q(damages_amount__isnull=False) & ~Q(damages_currency="")),
                name="ruling_damages_have_currency",
            ),
            models.CheckConstraint(condition=~Q(source_id=""), name="ruling_has_source_id"),
        ]

    def __str__(self) -> str:
        return f"{self.case} ({self.decision_date:%Y})"

    def get_absolute_url(self) -> str:
        return reverse("ruling_detail", args=[self.pk])

    @property
    def is_synthetic(self) -> bool:
        return self.source == Source.SYNTHETIC

    @property
    def decided(self) -> str:
        """The decision date as far as it is known: "15 Jun 2014", "Jun 2014" or "2014"."""
        return self._decided("%b %Y")

    @property
    def decided_long(self) -> str:
        """ "15 June 2014", "June 2014" or "2014"."""
        return self._decided("%B %Y")

    @property
    def decided_iso(self) -> str:
        """For <time datetime>: "2014-06-15", "2014-06" or "2014"."""
        length = {self.DatePrecision.MONTH: 7, self.DatePrecision.YEAR: 4}
        return self.decision_date.isoformat()[: length.get(self.decision_date_precision, 10)]

    def _decided(self, month_format: str) -> str:
        date = self.decision_date
        if self.decision_date_precision == self.DatePrecision.YEAR:
            return str(date.year)
        month = date.strftime(month_format)
        return (
            month
            if self.decision_date_precision == self.DatePrecision.MONTH
            else f"{date.day} {month}"
        )

    @property
    def ip_types(self) -> list[str]:
        if "ip_type_bits" in self.__dict__:  # listed (RulingQuerySet.for_list)
            bits = self.ip_type_bits or 0
            return sorted(ip_type for ip_type, bit in IP_TYPE_BITS.items() if bits & bit)
        return sorted(tag.ip_type for tag in self.ip_type_tags.all())

    @property
    def ip_type_labels(self) -> list[str]:
        return [IPType(value).label for value in self.ip_types]

    @property
    def citation(self) -> str:
        """The first official citation, for one-line displays."""
        if "list_citation" in self.__dict__:  # listed (RulingQuerySet.for_list)
            return self.list_citation or ""
        cites = list(self.official_citations.all())
        return cites[0].cite if cites else ""


class RulingIPType(models.Model):
    ruling = models.ForeignKey(
        Ruling, on_delete=models.CASCADE, related_name="ip_type_tags", help_text="The ruling."
    )
    ip_type = models.CharField(
        max_length=20, choices=IPType, db_index=True, help_text="An IP type the ruling concerns."
    )

    class Meta:
        verbose_name = "IP type of a ruling"
        constraints = [
            models.UniqueConstraint(fields=["ruling", "ip_type"], name="unique_ruling_ip_type")
        ]

    def __str__(self) -> str:
        return self.get_ip_type_display()


class Compact(models.Func):
    """A text without its spaces, written with literals (not parameters) so that SQLite
    recognises the expression of its index in a query."""

    template = "REPLACE(%(expressions)s, ' ', '')"
    output_field = models.CharField()


COMPACT_CITATION = Compact("normalized")


class OfficialCitation(models.Model):
    ruling = models.ForeignKey(
        Ruling,
        on_delete=models.CASCADE,
        related_name="official_citations",
        help_text="The ruling cited.",
    )
    cite = models.CharField(
        max_length=100, help_text="As printed: 499 U.S. 340, [2020] EWCA Civ 871, ECLI:..."
    )
    normalized = models.CharField(
        max_length=100,
        db_index=True,
        help_text="Lower case, single spaces, no periods: for matching citations to rulings.",
    )

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["ruling", "normalized"], name="unique_ruling_citation")
        ]
        # A citation as typed is looked up without its spaces (see normalize.compact_citation).
        indexes = [models.Index(COMPACT_CITATION, name="officialcitation_compact")]

    def __str__(self) -> str:
        return self.cite
