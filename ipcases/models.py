"""The catalogue: courts, cases (proceedings), rulings (decisions), parties and IP rights.

A Case is a proceeding in one court; a Ruling is a decision in it and the unit the catalogue
lists. Parties and rights belong to the case. Every ruling records where it came from, and the
pair (source, source_id) is unique so that imports are idempotent.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.urls import reverse


class IPType(models.TextChoices):
    PATENT = "patent", "Patent"
    TRADEMARK = "trademark", "Trade mark"
    COPYRIGHT = "copyright", "Copyright"
    DESIGN = "design", "Design"
    TRADE_SECRET = "trade_secret", "Trade secret"


class CourtQuerySet(models.QuerySet):
    def with_ruling_counts(self) -> CourtQuerySet:
        return self.annotate(ruling_count=models.Count("cases__rulings")).select_related(
            "appeals_to"
        )


class Court(models.Model):
    class Kind(models.TextChoices):
        COURT = "court", "Court"
        OFFICE_BOARD = "office_board", "Office board"

    class Level(models.TextChoices):
        FIRST_INSTANCE = "first_instance", "First instance"
        APPELLATE = "appellate", "Appellate"
        FINAL = "final", "Final"

    id = models.SlugField(
        primary_key=True,
        max_length=40,
        help_text="Short id used in URLs; the courts-db / CourtListener id where one exists "
        "(scotus, cafc, txed), otherwise our own (ewca-civ, cjeu).",
    )
    name = models.CharField(max_length=200, help_text="Full name of the court or board.")
    short_name = models.CharField(
        max_length=80, blank=True, help_text="Abbreviation used in lists (E.D. Tex., EWCA Civ)."
    )
    country = models.CharField(
        max_length=2,
        help_text="ISO 3166-1 alpha-2 code; EU for courts and boards of the European Union.",
    )
    kind = models.CharField(
        max_length=20, choices=Kind, default=Kind.COURT, help_text="A court or an office board."
    )
    level = models.CharField(
        max_length=20, choices=Level, help_text="Where the court stands in its hierarchy."
    )
    appeals_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appeals_from",
        help_text="The court that hears appeals from this one.",
    )

    objects = CourtQuerySet.as_manager()

    class Meta:
        ordering = ["country", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(appeals_to=models.F("id")), name="court_not_appeal_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("court_detail", args=[self.id])


class Party(models.Model):
    name = models.CharField(max_length=500, help_text="Name as it appears in the record.")
    normalized_name = models.CharField(
        max_length=500, db_index=True, help_text="Lower-case name without punctuation, for lookups."
    )
    is_natural_person = models.BooleanField(
        default=False, help_text="A human being rather than an organisation."
    )
    pseudonymised = models.BooleanField(
        default=False,
        help_text="Show this natural person by initials only. Organisations cannot be hidden.",
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "parties"
        constraints = [
            models.CheckConstraint(
                condition=Q(pseudonymised=False) | Q(is_natural_person=True),
                name="party_only_persons_pseudonymised",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def clean(self) -> None:
        if self.pseudonymised and not self.is_natural_person:
            raise ValidationError({"pseudonymised": "Only a natural person can be pseudonymised."})

    @property
    def display_name(self) -> str:
        if self.pseudonymised:
            return " ".join(
                f"{word[0].upper()}." for word in self.name.split() if word[0].isalpha()
            )
        return self.name


class IPRight(models.Model):
    class Kind(models.TextChoices):
        UTILITY_PATENT = "utility_patent", "Utility patent"
        DESIGN_PATENT = "design_patent", "Design patent"
        PLANT_PATENT = "plant_patent", "Plant patent"
        REISSUE_PATENT = "reissue_patent", "Reissued patent"
        EUROPEAN_PATENT = "european_patent", "European patent"
        SPC = "spc", "Supplementary protection certificate"
        TRADEMARK_REGISTRATION = "trademark_registration", "Trade mark registration"
        TRADEMARK_APPLICATION = "trademark_application", "Trade mark application"
        COPYRIGHT_REGISTRATION = "copyright_registration", "Copyright registration"
        REGISTERED_DESIGN = "registered_design", "Registered design"
        OTHER = "other", "Other"

    kind = models.CharField(max_length=30, choices=Kind, help_text="What sort of right this is.")
    office = models.CharField(
        max_length=10,
        help_text="Granting office or country: US, EP, GB, EU (EUIPO), WO.",
    )
    number = models.CharField(
        max_length=40,
        help_text="Normalised number: digits with any prefix (D, RE, PP) and no punctuation.",
    )
    title = models.CharField(
        max_length=500, blank=True, help_text="Title of the patent or design, or the mark's text."
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "IP right"
        ordering = ["office", "kind", "number"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "office", "number"], name="unique_ip_right"),
            models.CheckConstraint(condition=~Q(number=""), name="ip_right_has_number"),
        ]

    def __str__(self) -> str:
        label = f"{self.office} {self.get_kind_display()} {self.number}"
        return f"{label} ({self.title})" if self.title else label


class CaseQuerySet(models.QuerySet):
    def with_court(self) -> CaseQuerySet:
        return self.select_related("court")


class Case(models.Model):
    class NatureOfSuit(models.TextChoices):
        COPYRIGHT = "820", "820 Copyright"
        PATENT = "830", "830 Patent"
        PATENT_ANDA = "835", "835 Patent – abbreviated new drug application"
        TRADEMARK = "840", "840 Trademark"
        TRADE_SECRET = "880", "880 Defend Trade Secrets Act"

    court = models.ForeignKey(
        Court, on_delete=models.PROTECT, related_name="cases", help_text="Where it is heard."
    )
    docket_number = models.CharField(
        max_length=200, blank=True, help_text="Docket or case number as published."
    )
    docket_number_normalized = models.CharField(
        max_length=200,
        blank=True,
        db_index=True,
        help_text="Docket number reduced to a comparable form (see ipcases.normalize).",
    )
    name = models.TextField(help_text="Full case name.")
    short_name = models.CharField(max_length=300, blank=True, help_text="Short case name.")
    date_filed = models.DateField(null=True, blank=True, help_text="When the proceeding began.")
    date_terminated = models.DateField(
        null=True, blank=True, help_text="When the proceeding ended in this court."
    )
    nature_of_suit = models.CharField(
        max_length=3,
        choices=NatureOfSuit,
        blank=True,
        help_text="US civil nature-of-suit code, where known.",
    )
    appeal_from = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="appeals",
        help_text="The lower-court case this proceeding reviews.",
    )
    rights = models.ManyToManyField(
        IPRight, blank=True, related_name="cases", help_text="The IP rights in suit."
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(date_terminated__isnull=True)
                | Q(date_filed__isnull=True)
                | Q(date_terminated__gte=models.F("date_filed")),
                name="case_terminated_after_filed",
            ),
            models.CheckConstraint(
                condition=~Q(appeal_from=models.F("id")), name="case_not_appeal_from_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def appeal_chain(self) -> list[Case]:
        """Every case in this one's chain, lowest court first, this case included."""
        lower: list[Case] = []
        seen = {self.pk}
        case = self.appeal_from
        while case is not None and case.pk not in seen:
            lower.insert(0, case)
            seen.add(case.pk)
            case = case.appeal_from
        higher: list[Case] = []
        frontier = [self]
        while frontier:
            successors = [
                c for c in Case.objects.filter(appeal_from__in=frontier) if c.pk not in seen
            ]
            seen.update(c.pk for c in successors)
            higher.extend(successors)
            frontier = successors
        return [*lower, self, *higher]


class CaseParty(models.Model):
    class Role(models.TextChoices):
        PLAINTIFF = "plaintiff", "Plaintiff"
        DEFENDANT = "defendant", "Defendant"
        CLAIMANT = "claimant", "Claimant"
        APPELLANT = "appellant", "Appellant"
        APPELLEE = "appellee", "Appellee"
        RESPONDENT = "respondent", "Respondent"
        PETITIONER = "petitioner", "Petitioner"
        OPPOSER = "opposer", "Opposer"
        APPLICANT = "applicant", "Applicant"
        REGISTRANT = "registrant", "Registrant"
        PATENT_OWNER = "patent_owner", "Patent owner"
        INTERVENER = "intervener", "Intervener"
        OTHER = "other", "Other"

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="case_parties", help_text="The proceeding."
    )
    party = models.ForeignKey(
        Party, on_delete=models.PROTECT, related_name="case_parties", help_text="Who takes part."
    )
    role = models.CharField(max_length=20, choices=Role, help_text="The party's role in the case.")

    class Meta:
        verbose_name = "party to a case"
        verbose_name_plural = "parties to cases"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["case", "party", "role"], name="unique_case_party_role")
        ]

    def __str__(self) -> str:
        return f"{self.party} ({self.get_role_display()})"


class Source(models.TextChoices):
    LANDMARK = "landmark", "ipcases landmarks"
    SYNTHETIC = "synthetic", "Synthetic demo data"
    COURTLISTENER = "courtlistener", "CourtListener"
    CAP = "cap", "Caselaw Access Project"
    UK_FCL = "uk-fcl", "Find Case Law (The National Archives)"
    TTAB = "ttab", "USPTO TTAB"
    CAFC_RSS = "cafc-rss", "Federal Circuit opinions feed"
    CSV = "csv", "Curated list (CSV / JSON Lines)"


class RulingQuerySet(models.QuerySet):
    def for_list(self) -> RulingQuerySet:
        """What a list row shows, in a fixed number of queries."""
        return self.select_related("case__court").prefetch_related("ip_type_tags", "citations")

    def for_detail(self) -> RulingQuerySet:
        return self.select_related("case__court__appeals_to", "case__appeal_from").prefetch_related(
            "ip_type_tags",
            "citations",
            "case__rights",
            models.Prefetch(
                "case__case_parties", queryset=CaseParty.objects.select_related("party")
            ),
        )

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


class Ruling(models.Model):
    class Kind(models.TextChoices):
        OPINION = "opinion", "Opinion"
        ORDER = "order", "Order"
        JUDGMENT = "judgment", "Judgment"
        VERDICT = "verdict", "Verdict"
        BOARD_DECISION = "board_decision", "Board decision"
        PRELIMINARY_RULING = "preliminary_ruling", "Preliminary ruling"
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

    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="rulings", help_text="The proceeding decided."
    )
    decision_date = models.DateField(db_index=True, help_text="When the decision was given.")
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
        indexes = [models.Index(fields=["-decision_date", "-id"], name="ruling_newest_first")]
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
    def ip_types(self) -> list[str]:
        return sorted(tag.ip_type for tag in self.ip_type_tags.all())

    @property
    def ip_type_labels(self) -> list[str]:
        return [IPType(value).label for value in self.ip_types]

    @property
    def citation(self) -> str:
        """The first official citation, for one-line displays."""
        cites = list(self.citations.all())
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


class OfficialCitation(models.Model):
    ruling = models.ForeignKey(
        Ruling, on_delete=models.CASCADE, related_name="citations", help_text="The ruling cited."
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

    def __str__(self) -> str:
        return self.cite
