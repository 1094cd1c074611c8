"""Courts, cases (proceedings), parties and IP rights, and the sources records come from."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
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
    jurisdiction = models.CharField(
        max_length=80,
        blank=True,
        help_text="The legal order the court belongs to: federal or a state's name for US "
        "courts (from courts-db), otherwise the country's or the union's (England and Wales).",
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

    def add_party(self, party: Party, role: str) -> None:
        """List a party on the case once, with its most telling role: a role two sources give
        differently keeps the first, and "other" (a caption without roles) gives way to any
        other role."""
        other = CaseParty.Role.OTHER
        roles = set(self.case_parties.filter(party=party).values_list("role", flat=True))
        if role in roles or (roles and role == other):
            return
        if roles == {other}:
            self.case_parties.filter(party=party).update(role=role)
        elif not roles:
            CaseParty.objects.create(case=self, party=party, role=role)

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
    FJC_IDB = "fjc_idb", "FJC Integrated Database"
