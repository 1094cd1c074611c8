"""A stand-in for the FilterSet of /rulings/ (ipcases.filters.RulingFilter), used by the
analytics views until that module lands. Same role, best-guess parameter names."""

import django_filters

from .models import Court, IPType, Ruling, Source


class RulingFilter(django_filters.FilterSet):
    court = django_filters.CharFilter(field_name="case__court_id")
    country = django_filters.CharFilter(field_name="case__court__country", lookup_expr="iexact")
    level = django_filters.ChoiceFilter(field_name="case__court__level", choices=Court.Level)
    ip_type = django_filters.ChoiceFilter(choices=IPType, method="filter_ip_type")
    outcome = django_filters.ChoiceFilter(
        field_name="rights_holder_outcome", choices=Ruling.Outcome
    )
    disposition = django_filters.ChoiceFilter(choices=Ruling.Disposition)
    injunction = django_filters.ChoiceFilter(choices=Ruling.Injunction)
    source = django_filters.ChoiceFilter(choices=Source)
    damages_currency = django_filters.CharFilter(lookup_expr="iexact")
    decided_after = django_filters.DateFilter(field_name="decision_date", lookup_expr="gte")
    decided_before = django_filters.DateFilter(field_name="decision_date", lookup_expr="lte")

    class Meta:
        model = Ruling
        fields: list[str] = []

    def filter_ip_type(self, queryset, name, value):
        return queryset.of_ip_type(value)
