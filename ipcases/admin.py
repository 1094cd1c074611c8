"""The admin, for editors who curate outcomes, summaries and pseudonymisation."""

from django.contrib import admin

from .models import Case, CaseParty, Court, IPRight, OfficialCitation, Party, Ruling, RulingIPType


@admin.register(Court)
class CourtAdmin(admin.ModelAdmin):
    list_display = ["id", "name", "country", "kind", "level", "appeals_to"]
    list_filter = ["country", "kind", "level"]
    search_fields = ["id", "name", "short_name"]


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


class RulingIPTypeInline(admin.TabularInline):
    model = RulingIPType
    extra = 0


class OfficialCitationInline(admin.TabularInline):
    model = OfficialCitation
    extra = 0
    fields = ["cite", "normalized"]


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
    search_fields = ["case__name", "citations__normalized", "source_id"]
    date_hierarchy = "decision_date"
    autocomplete_fields = ["case"]
    readonly_fields = ["source", "source_id", "source_url", "retrieved_at", "content_hash"]
    list_select_related = ["case"]
    inlines = [RulingIPTypeInline, OfficialCitationInline]


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
