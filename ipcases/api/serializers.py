"""What the API says of rulings, courts and rights: the catalogue's fields with their
help_text (which documents the schema), parties by the name the catalogue shows (initials for
a pseudonymised person), and links to the page and the API address of each ruling."""

from __future__ import annotations

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import (
    CaseParty,
    Citation,
    Court,
    IPRight,
    OutcomeEvidence,
    Ruling,
    SourceRecord,
)
from ..models.citations import AppealTreatment


class SelectableFields:
    """A serializer whose fields a request can narrow (`fields=id,case_name`); the view has
    checked the names (see params.ListParams)."""

    def __init__(self, *args, fields: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if fields:
            for name in set(self.fields) - set(fields):
                self.fields.pop(name)


class CourtSerializer(serializers.ModelSerializer):
    appeals_to = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)
    rulings = serializers.IntegerField(
        source="ruling_count", read_only=True, help_text="Rulings of the court in the catalogue."
    )
    url = serializers.SerializerMethodField(help_text="The court's page.")

    class Meta:
        model = Court
        fields = [
            "id",
            "name",
            "short_name",
            "country",
            "jurisdiction",
            "kind",
            "level",
            "appeals_to",
            "rulings",
            "url",
        ]

    def get_url(self, court: Court) -> str:
        return court.get_absolute_url()


class CourtRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Court
        fields = ["id", "name", "country", "level"]


class RulingListSerializer(SelectableFields, serializers.ModelSerializer):
    """One ruling as a list shows it."""

    case_name = serializers.CharField(source="case.name", help_text="Full case name.")
    docket_number = serializers.CharField(source="case.docket_number")
    court = CourtRefSerializer(source="case.court")
    ip_types = serializers.ListField(child=serializers.CharField(), read_only=True)
    official_citations = serializers.SerializerMethodField(
        help_text="Every citation of the ruling a source gives, as printed."
    )
    is_synthetic = serializers.BooleanField(read_only=True)
    url = serializers.SerializerMethodField(help_text="The ruling's page.")
    api_url = serializers.SerializerMethodField(help_text="The ruling in this API.")

    class Meta:
        model = Ruling
        fields = [
            "id",
            "case_name",
            "docket_number",
            "court",
            "decision_date",
            "decision_date_precision",
            "kind",
            "precedential_status",
            "ip_types",
            "disposition",
            "disposition_basis",
            "rights_holder_outcome",
            "outcome_basis",
            "injunction",
            "injunction_basis",
            "damages_amount",
            "damages_currency",
            "damages_basis",
            "official_citations",
            "source",
            "is_synthetic",
            "url",
            "api_url",
        ]

    def get_official_citations(self, ruling: Ruling) -> list[str]:
        return [citation.cite for citation in ruling.official_citations.all()]

    def get_url(self, ruling: Ruling) -> str:
        return ruling.get_absolute_url()

    def get_api_url(self, ruling: Ruling) -> str:
        return reverse("api:ruling", args=[ruling.pk])


class PartySerializer(serializers.ModelSerializer):
    name = serializers.CharField(
        source="party.display_name",
        help_text="The name as the catalogue shows it: initials for a pseudonymised person.",
    )
    pseudonymised = serializers.BooleanField(source="party.pseudonymised")

    class Meta:
        model = CaseParty
        fields = ["name", "role", "pseudonymised"]


class RightSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The right's page.")

    class Meta:
        model = IPRight
        fields = ["kind", "office", "number", "title", "url"]

    def get_url(self, right: IPRight) -> str:
        return reverse("right_detail", args=[right.kind, right.number])


class SourceRecordSerializer(serializers.ModelSerializer):
    class Meta:
        model = SourceRecord
        fields = [
            "source",
            "source_id",
            "source_url",
            "retrieved_at",
            "content_hash",
            "has_text",
            "text_length",
            "fields",
        ]


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = OutcomeEvidence
        fields = ["field", "value", "rule", "start", "end", "quote", "paragraph", "reason"]


class RulingRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    case_name = serializers.CharField()
    decision_date = serializers.DateField()
    court = serializers.CharField()
    url = serializers.CharField()
    api_url = serializers.CharField()


def ruling_ref(ruling: Ruling | None) -> dict | None:
    """A short reference to a catalogued ruling (None where a citation names none)."""
    if ruling is None:
        return None
    return {
        "id": ruling.pk,
        "case_name": ruling.case.name,
        "decision_date": ruling.decision_date,
        "court": ruling.case.court_id,
        "url": ruling.get_absolute_url(),
        "api_url": reverse("api:ruling", args=[ruling.pk]),
    }


TREATMENT_CHOICES = [
    *Citation.Treatment.choices,
    *AppealTreatment.choices,
    ("affirmed in part", "Affirmed in part on appeal"),
]


class TreatmentSerializer(serializers.Serializer):
    treatment = serializers.ChoiceField(
        choices=Citation.Treatment.choices,
        help_text="How the citing text treats the cited ruling; 'cited' wherever its words "
        "are unclear.",
    )
    rule = serializers.CharField(help_text="The words that gave it, or why none could be read.")
    passage = serializers.CharField(help_text="The citing passage, quoted.")
    passage_at = serializers.IntegerField(
        allow_null=True, help_text="Where the citation starts in the citing text."
    )


class CitedSerializer(serializers.Serializer):
    """A ruling this one cites: its printed citations (parallel ones together), how often and
    where, and the catalogued ruling they name, if any."""

    cites = serializers.ListField(child=serializers.CharField())
    case_name = serializers.CharField()
    depth = serializers.IntegerField(help_text="How many times the text cites it.")
    pin_cites = serializers.ListField(child=serializers.CharField())
    ruling = RulingRefSerializer(allow_null=True)
    treatment = TreatmentSerializer()


class ReviewedSerializer(serializers.Serializer):
    cite = serializers.CharField(help_text="The decision under appeal, as the text names it.")
    ruling = RulingRefSerializer(allow_null=True)


class RowTreatmentSerializer(serializers.Serializer):
    treatment = serializers.ChoiceField(
        choices=TREATMENT_CHOICES,
        help_text="How the ruling treats the cited one, the most telling first: on appeal "
        "(affirmed, affirmed in part, reversed, vacated), else in its text; 'cited' wherever "
        "the words are unclear.",
    )
    treatments = serializers.ListField(
        child=serializers.ChoiceField(choices=TREATMENT_CHOICES),
        help_text="Every treatment found: on appeal, then in the text.",
    )
    rule = serializers.CharField(help_text="The words that gave the text's treatment.")
    passage = serializers.CharField(help_text="The citing passage, quoted; empty without one.")
    passage_at = serializers.IntegerField(
        allow_null=True, help_text="Where the citation starts in the citing text."
    )
    passage_url = serializers.CharField(help_text="The citing ruling's page at the passage.")


class CitingSerializer(RulingRefSerializer):
    depth = serializers.IntegerField(help_text="How many times its text cites it (0: none).")
    treatment = RowTreatmentSerializer()


class StatuteSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="The provision: 35 U.S.C. § 271(a).")
    count = serializers.IntegerField(help_text="Mentions in the ruling's text.")
    rulings_url = serializers.CharField(help_text="The rulings that cite it.")


class RightMentionSerializer(serializers.Serializer):
    kind = serializers.CharField()
    office = serializers.CharField()
    number = serializers.CharField()
    label = serializers.CharField(help_text="How the right is usually written.")
    printed = serializers.CharField(help_text="Its first mention as printed.")
    count = serializers.IntegerField(help_text="Mentions in the ruling's text.")
    url = serializers.CharField(help_text="The right's page.")


class RulingDetailSerializer(RulingListSerializer):
    """Everything the ruling page shows, as data."""

    case_short_name = serializers.CharField(source="case.short_name")
    nature_of_suit = serializers.CharField(source="case.nature_of_suit")
    date_filed = serializers.DateField(source="case.date_filed", allow_null=True)
    parties = PartySerializer(source="case.case_parties", many=True)
    rights_in_suit = RightSerializer(source="case.rights", many=True)
    source_records = SourceRecordSerializer(many=True)
    outcome_evidence = EvidenceSerializer(many=True)
    cites = serializers.SerializerMethodField()
    reviews = serializers.SerializerMethodField()
    cited_by = serializers.SerializerMethodField(
        help_text="The newest rulings that cite this one (at most 100; cited_by_count says how "
        "many there are)."
    )
    cited_by_count = serializers.SerializerMethodField()
    statutes = serializers.SerializerMethodField()
    rights_mentioned = serializers.SerializerMethodField()

    class Meta(RulingListSerializer.Meta):
        fields = [
            *RulingListSerializer.Meta.fields,
            "case_short_name",
            "nature_of_suit",
            "date_filed",
            "judges",
            "summary",
            "text",
            "language",
            "source_id",
            "source_url",
            "retrieved_at",
            "content_hash",
            "date_modified",
            "parties",
            "rights_in_suit",
            "source_records",
            "outcome_evidence",
            "cites",
            "reviews",
            "cited_by",
            "cited_by_count",
            "statutes",
            "rights_mentioned",
        ]

    @extend_schema_field(CitedSerializer(many=True))
    def get_cites(self, ruling: Ruling) -> list[dict]:
        return self.context["network"]["cites"]

    @extend_schema_field(ReviewedSerializer(many=True))
    def get_reviews(self, ruling: Ruling) -> list[dict]:
        return self.context["network"]["reviews"]

    @extend_schema_field(CitingSerializer(many=True))
    def get_cited_by(self, ruling: Ruling) -> list[dict]:
        return self.context["network"]["cited_by"]

    def get_cited_by_count(self, ruling: Ruling) -> int:
        return self.context["network"]["cited_by_count"]

    @extend_schema_field(StatuteSerializer(many=True))
    def get_statutes(self, ruling: Ruling) -> list[dict]:
        return self.context["network"]["statutes"]

    @extend_schema_field(RightMentionSerializer(many=True))
    def get_rights_mentioned(self, ruling: Ruling) -> list[dict]:
        return self.context["network"]["rights_mentioned"]
