"""The parameters of the analytics pages, validated before any query runs: the grouping and
comparison asked for (whitelisted dimensions only) and the FilterSet's own parameters."""

from __future__ import annotations

from django import forms
from django.http import QueryDict

from ..analytics import Choice, RefusedGrouping, check_choice, choice_from


class AnalyticsForm(forms.Form):
    """`group`, `compare` and `compare_values`, each refused with the reason when it is not a
    whitelisted grouping, and the whole request refused when it selects rulings by a party's
    name. `choice` is then what analytics read."""

    group = forms.CharField(required=False, max_length=100)
    compare = forms.CharField(required=False, max_length=100)
    compare_values = forms.CharField(required=False, max_length=2000)

    def __init__(self, params: QueryDict):
        super().__init__(params)
        self.params = params
        self.choice: Choice | None = None

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors:
            try:
                self.choice = choice_from(self.params, data)
                check_choice(self.choice)
            except RefusedGrouping as refusal:
                raise forms.ValidationError(str(refusal)) from refusal
        return data

    @property
    def refusal(self) -> str:
        """Why the request was refused, in one sentence per reason."""
        return " ".join(str(message) for messages in self.errors.values() for message in messages)
