"""The citation network: rulings citing rulings, and the statutes and rights their texts
mention."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse

from .catalogue import IPRight


class Citation(models.Model):
    """One ruling citing another: linked when the cited ruling is in the catalogue, otherwise
    kept as text (cited_ruling empty) until it arrives.

    Parallel citations of the same ruling (``499 U.S. 340, 111 S. Ct. 1282``) are one row per
    printed form sharing a ``group``, so that whichever form the catalogue holds makes the link.
    """

    class Form(models.TextChoices):
        REPORTER = "reporter", "Reporter citation"
        NEUTRAL = "neutral", "Neutral citation"
        ECLI = "ecli", "European Case Law Identifier"
        DOCKET = "docket", "Docket number"

    class Relation(models.TextChoices):
        CITES = "cites", "Cites"
        REVIEWS = "reviews", "Reviews on appeal"

    class Treatment(models.TextChoices):
        """How the citing text treats the cited ruling (ipcases/citations/treatment.py)."""

        CITED = "cited", "Cited"
        FOLLOWED = "followed", "Followed or applied"
        DISTINGUISHED = "distinguished", "Distinguished"
        QUESTIONED = "questioned", "Questioned or criticised"
        OVERRULED = "overruled", "Overruled or abrogated"

    citing_ruling = models.ForeignKey(
        "ipcases.Ruling",
        on_delete=models.CASCADE,
        related_name="outgoing_citations",
        help_text="The ruling whose text contains the citation.",
    )
    cited_ruling = models.ForeignKey(
        "ipcases.Ruling",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_citations",
        help_text="The cited ruling, once it is in the catalogue.",
    )
    relation = models.CharField(
        max_length=10,
        choices=Relation,
        default=Relation.CITES,
        help_text="Cites: relied on in the text. Reviews: the decision under appeal.",
    )
    form = models.CharField(max_length=10, choices=Form, help_text="How the citation is written.")
    cite = models.CharField(
        max_length=200, help_text="As printed, with the reporter in its standard form."
    )
    normalized = models.CharField(
        max_length=200,
        db_index=True,
        help_text="Matched against OfficialCitation.normalized (docket origins: "
        "'docket <court> <normalised docket>').",
    )
    group = models.CharField(
        max_length=200,
        help_text="Normalised first form of parallel citations; rows sharing it cite one ruling.",
    )
    case_name = models.CharField(max_length=300, blank=True, help_text="Case name as cited.")
    year = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Year as cited.")
    depth = models.PositiveIntegerField(
        default=1, help_text="How many times the text refers to the cited ruling."
    )
    pin_cites = models.CharField(
        max_length=300, blank=True, help_text="Pages or paragraphs cited, separated by '; '."
    )
    treatment = models.CharField(
        max_length=15,
        choices=Treatment,
        default=Treatment.CITED,
        help_text="How the citing text treats the cited ruling, read from the sentence of the "
        "citation and the next; 'cited' wherever the words are unclear.",
    )
    treatment_rule = models.CharField(
        max_length=100,
        blank=True,
        help_text="The words that gave the treatment, or why none could be read.",
    )
    passage = models.TextField(
        blank=True, help_text="The citing passage, quoted from the citing ruling's text."
    )
    passage_at = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Where in the citing text the citation of that passage starts (characters).",
    )
    date_created = models.DateTimeField(auto_now_add=True)
    date_modified = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        indexes = [
            models.Index(fields=["cited_ruling", "treatment"], name="citation_treatment"),
            # The appeals of a ruling (its history, and cites: in search), without reading
            # the thousands of citations of a much-cited ruling to find them.
            models.Index(
                fields=["cited_ruling"], condition=Q(relation="reviews"), name="citation_reviews"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["citing_ruling", "relation", "normalized"], name="unique_citation"
            ),
            models.CheckConstraint(condition=Q(depth__gte=1), name="citation_depth_positive"),
            models.CheckConstraint(
                condition=~Q(cited_ruling=models.F("citing_ruling")), name="citation_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.citing_ruling_id} {self.relation} {self.cite}"


T = Citation.Treatment


class AppealTreatment(models.TextChoices):
    """What the appeal chain did to a ruling (ipcases.models.treatments): not stored, worked
    out from the appellate ruling's disposition."""

    AFFIRMED = "affirmed", "Affirmed on appeal"
    REVERSED = "reversed", "Reversed on appeal"
    VACATED = "vacated", "Vacated on appeal"


A = AppealTreatment
NEGATIVE_TREATMENT = "negative"
# The treatments the ruling page warns of, at its top; every negative treatment has them.
WARNED = (T.OVERRULED, A.REVERSED, A.VACATED)
NEGATIVE = (T.DISTINGUISHED, T.QUESTIONED, *WARNED)
# The choices of a treatment filter (the cited-by list, the FilterSet's ``treatment``), and
# the treatments each selects.
TREATMENT_FILTER_CHOICES = [
    (NEGATIVE_TREATMENT, "Any negative treatment"),
    *T.choices,
    *A.choices,
]
TREATMENT_FILTERS = {
    NEGATIVE_TREATMENT: NEGATIVE,
    **{value: (value,) for value in [*T.values, *A.values]},
}


class StatuteMention(models.Model):
    ruling = models.ForeignKey(
        "ipcases.Ruling", on_delete=models.CASCADE, related_name="statute_mentions"
    )
    key = models.CharField(
        max_length=120,
        db_index=True,
        help_text="One key per provision: '35 U.S.C. § 271(a)', 'Patents Act 1977 s 60(1)', "
        "'Regulation 2017/1001 art 9(2)(b)'.",
    )
    count = models.PositiveIntegerField(default=1, help_text="Mentions in the ruling's text.")

    class Meta:
        ordering = ["key"]
        constraints = [
            models.UniqueConstraint(fields=["ruling", "key"], name="unique_statute_mention")
        ]

    def __str__(self) -> str:
        return self.key


class RightMention(models.Model):
    """A patent, mark or registration number found in a ruling's text (the rights in suit,
    recorded by importers, are Case.rights)."""

    ruling = models.ForeignKey(
        "ipcases.Ruling", on_delete=models.CASCADE, related_name="right_mentions"
    )
    kind = models.CharField(max_length=30, choices=IPRight.Kind, help_text="What sort of right.")
    office = models.CharField(max_length=10, help_text="Granting office: US, EP, GB, EU.")
    number = models.CharField(
        max_length=40, help_text="Normalised as IPRight.number (digits with any prefix)."
    )
    printed = models.CharField(max_length=100, blank=True, help_text="First mention as printed.")
    count = models.PositiveIntegerField(default=1, help_text="Mentions in the ruling's text.")

    class Meta:
        ordering = ["office", "kind", "number"]
        indexes = [models.Index(fields=["kind", "number"], name="right_mention_lookup")]
        constraints = [
            models.UniqueConstraint(
                fields=["ruling", "kind", "office", "number"], name="unique_right_mention"
            )
        ]

    def __str__(self) -> str:
        return f"{self.office} {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("right_detail", args=[self.kind, self.number])


class CitationScan(models.Model):
    """When a ruling's text was last read for citations, and what it looked like then, so that
    a re-run skips texts that have not changed. ``spans`` keeps the places of the links."""

    ruling = models.OneToOneField(
        "ipcases.Ruling", on_delete=models.CASCADE, primary_key=True, related_name="citation_scan"
    )
    text_hash = models.CharField(
        max_length=64, help_text="SHA-256 of the extractor version and the text read."
    )
    spans = models.JSONField(
        default=list,
        blank=True,
        help_text="[start, end, kind, key] of every citation and mention, for linking the text.",
    )
    date_modified = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"scan of ruling {self.ruling_id}"


class RulingFeature(models.Model):
    """One thing a ruling shares with others, for related rulings (ipcases/citations/related.py):
    a ruling it cites (``cites:``), a ruling that cites it (``citedby:``), a provision
    (``statute:``), a right (``right:``) or an IP type (``ip:``). Rewritten by the write path
    with the ruling's citations."""

    ruling = models.ForeignKey("ipcases.Ruling", on_delete=models.CASCADE, related_name="features")
    key = models.CharField(max_length=250, help_text="'cites:r123', 'statute:35 U.S.C. § 101'...")
    label = models.CharField(max_length=300, help_text="How a reason names it.")

    class Meta:
        indexes = [models.Index(fields=["key", "ruling"], name="ruling_feature_key")]
        constraints = [
            models.UniqueConstraint(fields=["ruling", "key"], name="unique_ruling_feature")
        ]

    def __str__(self) -> str:
        return self.key


class FeatureFrequency(models.Model):
    """How many rulings share a feature (key ``*``: how many rulings there are), for the
    rarity weight of related rulings."""

    key = models.CharField(max_length=250, primary_key=True)
    rulings = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.rulings}"
