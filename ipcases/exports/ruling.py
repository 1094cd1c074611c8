"""What the ruling page offers for citing it: the citation in its jurisdiction's style (with
every parallel citation known), its permanent address, and RIS and BibTeX of the one ruling."""

from __future__ import annotations

from django.urls import reverse

from ..models import Ruling
from .formats import bibtex_entry, ris_entry
from .records import record, ruling_url
from .styles import citation_forms

ENTRIES = {"ris": ris_entry, "bib": bibtex_entry}


def cite_context(ruling: Ruling, permalink: str) -> dict:
    """Everything templates/_cite.html shows."""
    return {
        "cite_forms": citation_forms(ruling),
        "permalink": permalink,
        "cite_files": [
            (label, reverse("ruling_citation", args=[ruling.pk, extension]))
            for extension, label in (("ris", "RIS"), ("bib", "BibTeX"))
        ],
    }


def ruling_entry(ruling: Ruling, extension: str, site_url: str) -> str:
    """The one ruling as a RIS or BibTeX file."""
    return ENTRIES[extension](record(ruling, ruling_url(site_url)))
