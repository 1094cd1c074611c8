"""A saved search as its owner fills it in: the query string is the ruling list's, and must
validate as the list validates it."""

from __future__ import annotations

from urllib.parse import urlsplit

from django import forms
from django.http import QueryDict

from ..models import SavedSearch
from ..pages.listing import Listing
from .webhooks import refusal


class SavedSearchForm(forms.ModelForm):
    webhook_url = forms.URLField(
        max_length=500, required=False, assume_scheme="https", label="Webhook address"
    )

    class Meta:
        model = SavedSearch
        fields = ["name", "query", "channel", "frequency", "webhook_url"]
        widgets = {"query": forms.TextInput()}
        labels = {"query": "Search (the query string of a ruling list)"}

    def clean_query(self) -> str:
        """A query string, or a whole address of the ruling list; without its page number."""
        text = (self.cleaned_data.get("query") or "").strip()
        text = urlsplit(text).query if text.startswith(("http://", "https://", "/")) else text
        params = QueryDict(text.lstrip("?"), mutable=True)
        params.pop("page", None)
        listing = Listing(params)
        if not listing.is_valid():
            messages = [f"{k}: {' '.join(v)}" for k, v in listing.errors.items()]
            raise forms.ValidationError(messages)
        return params.urlencode()

    def clean_webhook_url(self) -> str:
        url = self.cleaned_data.get("webhook_url") or ""
        if url and (reason := refusal(url)):
            raise forms.ValidationError(reason)
        return url

    def clean(self) -> dict:
        data = super().clean()
        if data.get("channel") == SavedSearch.Channel.WEBHOOK and not data.get("webhook_url"):
            self.add_error("webhook_url", "A webhook needs the address to POST to.")
        return data
