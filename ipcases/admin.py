"""The admin, for editors who curate outcomes, summaries and pseudonymisation."""

from django.contrib import admin, messages

from . import search
from .models import (
    Case,
    CaseParty,
    Citation,
    Court,
    Delivery,
    DuplicateCandidate,
    EditorCorrection,
    IPRight,
    MergedRuling,
    OfficialCitation,
    OutcomeEvidence,
    Party,
    RightMention,
    Ruling,
    RulingIPType,
    SavedSearch,
    SourceRecord,
    StatuteMention,
    Termination,
)
from .outcomes.record import settle
from .sources.merging import merge_rulings
from .sources.trust import CASE_VALUES, CORRECTABLE


@admin.register(Court)
class CourtAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "country", "kind", "level", "appeals_to"]
    list_filter = ["country", "kind", "level"]
    search_fields = ["id", "name", "short_name"]

    def save_model(self, request, obj, form, change):
        """A court's country and level are facet values of its rulings (its name is not
        searched), so only their facet rows are rewritten."""
        super().save_model(request, obj, form, change)
        search.refresh_facets(Ruling.objects.filter(case__court=obj).values_list("pk", flat=True))


class CasePartyInline(admin.TabularInline):
    model = CaseParty
    autocomplete_fields = ["party"]
    extra = 0


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["__str__", "court", "docket_number", "date_filed", "nature_of_suit"]
    list_filter = ["court__country", "nature_of_suit"]
    search_fields = ["name", "short_name", "docket_number", "docket_number_normalized"]
    autocomplete_fields = ["court", "appeal_from", "rights"]
    inlines = [CasePartyInline]

    def save_related(self, request, form, formsets, change):
        """Names, court and parties are indexed with each ruling of the case."""
        super().save_related(request, form, formsets, change)
        search.update_index(form.instance.rulings.values_list("pk", flat=True))

    def delete_model(self, request, obj):
        """Its rulings go with it: the index's write path then recounts their figures."""
        rulings = list(obj.rulings.values_list("pk", flat=True))
        super().delete_model(request, obj)
        search.update_index(rulings)

    def delete_queryset(self, request, queryset):
        rulings = list(Ruling.objects.filter(case__in=queryset).values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        search.update_index(rulings)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        by_case_field = {name: key for key, name in CASE_VALUES.items()}
        corrected = [by_case_field[name] for name in form.changed_data if name in by_case_field]
        if change:
            for ruling in obj.rulings.all():
                record_corrections(ruling, corrected)


class RulingIPTypeInline(admin.TabularInline):
    model = RulingIPType
    extra = 0


class OfficialCitationInline(admin.TabularInline):
    model = OfficialCitation
    extra = 0
    fields = ["cite", "normalized"]


class SourceRecordInline(admin.TabularInline):
    model = SourceRecord
    extra = 0
    can_delete = False
    fields = ["source", "source_id", "source_url", "retrieved_at", "has_text", "content_hash"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


class TerminationInline(admin.StackedInline):
    """The FJC IDB's codes behind a termination's outcome: shown, not edited (an editor
    corrects the ruling's outcome itself, which then outranks the import)."""

    model = Termination
    can_delete = False
    readonly_fields = [f.name for f in Termination._meta.fields if f.name not in ("id", "ruling")]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


def record_corrections(ruling: Ruling, fields: list[str]) -> None:
    """An editor's change outranks every source: re-imports leave these fields alone."""
    for name in fields:
        EditorCorrection.objects.get_or_create(ruling=ruling, field=name)


@admin.register(Ruling)
class RulingAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "decision_date",
        "kind",
        "disposition",
        "rights_holder_outcome",
        "source",
    ]
    list_filter = ["source", "kind", "precedential_status", "rights_holder_outcome", "injunction"]
    search_fields = ["case__name", "official_citations__normalized", "source_id"]
    date_hierarchy = "decision_date"
    autocomplete_fields = ["case"]
    readonly_fields = [
        "source",
        "source_id",
        "source_url",
        "retrieved_at",
        "content_hash",
        "disposition_basis",
        "outcome_basis",
        "injunction_basis",
        "damages_basis",
    ]
    list_select_related = ["case"]
    inlines = [RulingIPTypeInline, OfficialCitationInline, SourceRecordInline, TerminationInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            record_corrections(obj, [name for name in form.changed_data if name in CORRECTABLE])
            # The corrected outcome fields now rest on the editor.
            settle(obj)

    def save_related(self, request, form, formsets, change):
        """Re-index once the inlines (IP types, citations) are saved too."""
        super().save_related(request, form, formsets, change)
        search.update_index([form.instance.pk])

    def delete_model(self, request, obj):
        """The index's write path takes a deleted ruling out of the facet and analytics
        groups and changes the data version (cached pages and matches)."""
        pk = obj.pk
        super().delete_model(request, obj)
        search.update_index([pk])

    def delete_queryset(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        search.update_index(ids)


@admin.register(Party)
class PartyAdmin(admin.ModelAdmin):
    list_display = ["name", "is_natural_person", "pseudonymised"]
    list_filter = ["is_natural_person", "pseudonymised"]
    list_editable = ["pseudonymised"]
    search_fields = ["name", "normalized_name"]


@admin.register(IPRight)
class IPRightAdmin(admin.ModelAdmin):
    list_display = ["number", "kind", "office", "title"]
    list_filter = ["kind", "office"]
    search_fields = ["number", "title"]


@admin.register(DuplicateCandidate)
class DuplicateCandidateAdmin(admin.ModelAdmin):
    list_display = ["__str__", "ruling", "other", "reason", "detail", "status", "date_created"]
    list_filter = ["status", "reason"]
    list_select_related = ["ruling__case", "other__case"]
    raw_id_fields = ["ruling", "other"]
    actions = ["merge_into_other", "dismiss"]

    @admin.action(description="Merge into the other ruling")
    def merge_into_other(self, request, queryset):
        merged = 0
        # One merge may settle or move other candidates: read each afresh.
        for pk in list(queryset.values_list("pk", flat=True)):
            candidate = DuplicateCandidate.objects.filter(
                pk=pk, status=DuplicateCandidate.Status.OPEN, other__isnull=False
            ).first()
            if candidate is not None:
                merge_rulings(candidate.ruling, candidate.other)
                merged += 1
        self.message_user(request, f"Merged {merged} ruling(s).", messages.SUCCESS)

    @admin.action(description="Dismiss: not the same ruling")
    def dismiss(self, request, queryset):
        count = queryset.update(status=DuplicateCandidate.Status.DISMISSED)
        self.message_user(request, f"Dismissed {count} candidate(s).", messages.SUCCESS)


@admin.register(MergedRuling)
class MergedRulingAdmin(admin.ModelAdmin):
    list_display = ["old_id", "ruling", "date_created"]
    search_fields = ["old_id"]
    raw_id_fields = ["ruling"]


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    """Read-only: citations are what extract_citations found; a re-run rewrites them."""

    list_display = ["cite", "citing_ruling", "cited_ruling", "relation", "depth"]
    list_filter = ["relation", "form"]
    search_fields = ["cite", "normalized", "case_name"]
    raw_id_fields = ["citing_ruling", "cited_ruling"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(StatuteMention, RightMention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["__str__", "ruling"]
    raw_id_fields = ["ruling"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(OutcomeEvidence)
class OutcomeEvidenceAdmin(admin.ModelAdmin):
    """Read-only: what the texts say, as extract_outcomes read them; an editor corrects the
    ruling's own field instead, which then outranks the text."""

    list_display = ["ruling", "field", "value", "rule", "paragraph", "reason"]
    list_filter = ["field", "rule"]
    search_fields = ["quote", "reason"]
    raw_id_fields = ["ruling"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "channel", "frequency", "active", "checked_until"]
    list_filter = ["channel", "frequency", "active"]
    search_fields = ["name", "query", "user__username"]
    readonly_fields = ["checked_until", "date_created", "date_modified"]
    exclude = ["webhook_secret"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """The delivery log: read only."""

    list_display = [
        "date_created",
        "saved_search",
        "channel",
        "status",
        "ruling_count",
        "attempts",
        "response_status",
    ]
    list_filter = ["status", "channel"]
    search_fields = ["id", "saved_search__name"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
