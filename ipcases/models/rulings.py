"""Rulings: the decisions in cases, the unit the catalogue lists, with their IP types and
official citations. Each records where it came from; (source, source_id) is unique."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.db.models import Q
from django.db.models.functions import ExtractYear, Left
from django.urls import reverse

from ..normalize import citation_key, normalize_right_number
from .catalogue import Case, CaseParty, IPRight, IPType, Source
from .citations import Citation, RightMention, StatuteMention
from .outcomes import Basis

# How much of its text a listed ruling carries (see for_list): enough for a snippet around a
# match near the start, where most are. search.snippets reads the few others further, up to
# LIST_TEXT_CHARS.
LIST_START_CHARS = 5_000
LIST_TEXT_CHARS = 100_000


class RulingQuerySet(models.QuerySet):
    def for_list(self) -> RulingQuerySet:
        """What a list row shows, in a fixed number of queries: the start of the text (as
        `text_start`, enough for most snippets) instead of the whole of it, which for a long
        opinion is a megabyte read for one line (the first 100,000 characters of a page's 20
        rulings took 4.9 ms, the first 5,000 1.3 ms)."""
        rulings = self.select_related("case__court").prefetch_related(
            "ip_type_tags", "official_citations"
        )
        return rulings.defer("text").annotate(text_start=Left("text", LIST_START_CHARS))

    def for_export(self) -> RulingQuerySet:
        """What an export or a feed writes of each ruling: no full text. The IP types and
        official citations are prefetched as plain lists (`export_ip_types`,
        `export_citations`): building a related manager for each of 50,000 rulings cost more
        than everything else an export does."""
        rulings = self.select_related("case__court").prefetch_related(
            models.Prefetch("ip_type_tags", to_attr="export_ip_types"),
            models.Prefetch("official_citations", to_attr="export_citations"),
        )
        return rulings.defer("text")

    def for_detail(self) -> RulingQuerySet:
        return self.select_related(
            "case__court__appeals_to", "case__appeal_from", "termination"
        ).prefetch_related(
            "ip_type_tags",
            "official_citations",
            "case__rights",
            "source_records",
            # How each outcome value was obtained, and the sentences it was read from.
            "corrections",
            "outcome_evidence",
            models.Prefetch(
                "case__case_parties", queryset=CaseParty.objects.select_related("party")
            ),
        )

    def synthetic(self) -> RulingQuerySet:
        """The rulings generated for demonstration and benchmarks, which describe no real case."""
        return self.filter(source=Source.SYNTHETIC)

    def newest_first(self) -> RulingQuerySet:
        return self.order_by("-decision_date", "-id")

    def decided_between(self, start=None, end=None) -> RulingQuerySet:
        rulings = self
        if start:
            rulings = rulings.filter(decision_date__gte=start)
        if end:
            rulings = rulings.filter(decision_date__lte=end)
        return rulings

    def of_ip_type(self, *ip_types: str) -> RulingQuerySet:
        tags = RulingIPType.objects.filter(ruling=models.OuterRef("pk"), ip_type__in=ip_types)
        return self.filter(models.Exists(tags))

    def real(self) -> RulingQuerySet:
        return self.exclude(source=Source.SYNTHETIC)

    def in_court(self, court) -> RulingQuerySet:
        return self.filter(case__court=court)

    def in_cases(self, cases) -> RulingQuerySet:
        return self.filter(case__in=cases).order_by("decision_date", "id")

    def count_by_ip_type(self) -> list[dict]:
        """[{"ip_type", "label", "n"}] for the rulings in this queryset, largest first."""
        rows = (
            RulingIPType.objects.filter(ruling__in=self.values("pk"))
            .values("ip_type")
            .annotate(n=models.Count("ruling", distinct=True))
            .order_by("-n", "ip_type")
        )
        return [{**row, "label": IPType(row["ip_type"]).label} for row in rows]

    def count_by_country(self) -> list[dict]:
        rows = self.values("case__court__country").annotate(n=models.Count("pk")).order_by("-n")
        return [{"country": row["case__court__country"], "n": row["n"]} for row in rows]

    def coverage(self) -> list[dict]:
        """Rulings per court and source with the years they span: what the catalogue holds, so
        that a zero elsewhere can be read as "none collected" rather than "none happened"."""
        return list(
            self.values("case__court_id", "case__court__name", "source")
            .annotate(
                n=models.Count("pk"),
                first=models.Min("decision_date"),
                last=models.Max("decision_date"),
            )
            .order_by("case__court__name", "source")
        )

    def count_by_year(self) -> list[dict]:
        return list(
            self.annotate(year=ExtractYear("decision_date"))
            .values("year")
            .annotate(n=models.Count("pk"))
            .order_by("-year")
        )

    # The citation network and the rights mentioned (see ipcases.citations).

    def citing(self, ruling, treatments: Iterable[str] = ()) -> RulingQuerySet:
        """Rulings whose text cites ``ruling`` (the "cited by" list of that ruling); with
        ``treatments``, only those that treat it so (Citation.Treatment values)."""
        links = Citation.objects.filter(
            citing_ruling=models.OuterRef("pk"), cited_ruling=ruling, relation="cites"
        )
        if treatments:
            links = links.filter(treatment__in=list(treatments))
        return self.filter(models.Exists(links))

    def cited_by(self, ruling) -> RulingQuerySet:
        """Rulings that ``ruling`` cites and the catalogue holds."""
        links = Citation.objects.filter(
            cited_ruling=models.OuterRef("pk"), citing_ruling=ruling, relation="cites"
        )
        return self.filter(models.Exists(links))

    def citing_cite(self, cite: str) -> RulingQuerySet:
        """Rulings that cite a citation as typed ("499 U.S. 340"), whether or not the cited
        ruling is in the catalogue (for ``cites:`` in the query language)."""
        links = Citation.objects.filter(
            citing_ruling=models.OuterRef("pk"), normalized=citation_key(cite), relation="cites"
        )
        return self.filter(models.Exists(links))

    def citing_statute(self, key: str) -> RulingQuerySet:
        """Rulings that mention a provision; "35 U.S.C. § 271" also finds "§ 271(a)"."""
        mentions = StatuteMention.objects.filter(ruling=models.OuterRef("pk")).filter(
            Q(key=key) | Q(key__startswith=f"{key}(") | Q(key__startswith=f"{key} ")
        )
        return self.filter(models.Exists(mentions))

    def mentioning_right(self, kind: str, number: str) -> RulingQuerySet:
        """Rulings whose text mentions the right (any office), by kind and normalised number."""
        mentions = RightMention.objects.filter(
            ruling=models.OuterRef("pk"), kind=kind, number=number
        )
        return self.filter(models.Exists(mentions))

    def mentioning_right_number(self, number: str) -> RulingQuerySet:
        """Rulings that mention a right by number as typed ("7,654,321", "EP 1 234 567"), of
        any kind, or have it in suit."""
        normalized = normalize_right_number(number)
        mentions = RightMention.objects.filter(ruling=models.OuterRef("pk"), number=normalized)
        in_suit = IPRight.objects.filter(cases=models.OuterRef("case"), number=normalized)
        return self.filter(models.Exists(mentions) | models.Exists(in_suit))

    def concerning_right(self, kind: str, number: str, office: str = "") -> RulingQuerySet:
        """Rulings that mention the right or belong to a case with it in suit (of one office,
        if given)."""
        right = {"kind": kind, "number": number, **({"office": office} if office else {})}
        mentions = RightMention.objects.filter(ruling=models.OuterRef("pk"), **right)
        in_suit = IPRight.objects.filter(cases=models.OuterRef("case"), **right)
        return self.filter(models.Exists(mentions) | models.Exists(in_suit))

    def with_cited_by_count(self) -> RulingQuerySet:
        """Annotate ``cited_by_count``: how many catalogued rulings cite each one."""
        counts = (
            Citation.objects.filter(cited_ruling=models.OuterRef("pk"), relation="cites")
            .values("cited_ruling")
            .annotate(n=models.Count("citing_ruling", distinct=True))
            .values("n")
        )
        return self.annotate(
            cited_by_count=models.functions.Coalesce(
                models.Subquery(counts, output_field=models.IntegerField()), 0
            )
        )

    def most_cited_first(self) -> RulingQuerySet:
        return self.with_cited_by_count().order_by("-cited_by_count", "-decision_date", "-id")


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
        return sorted(tag.ip_type for tag in self.ip_type_tags.all())

    @property
    def ip_type_labels(self) -> list[str]:
        return [IPType(value).label for value in self.ip_types]

    @property
    def citation(self) -> str:
        """The first official citation, for one-line displays."""
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
