"""Outcomes read from a ruling's own text, with the sentence that says so.

- ``extract(text, parties, court, case_name)`` (pure, no database): the disposition, the
  outcome for the rights holder, who holds the right, and the remedies decided (injunction,
  damages with amount and currency, enhanced damages, attorney fees), each a Finding with
  its evidence (rule, character span, the sentence quoted, the paragraph number) or, where
  the text is silent or unclear, no value and the reason. It never guesses.

One reader per family of text: ``us_appellate``, ``us_district``, ``england``, ``eu``,
``ttab``; ``roles`` and ``holder`` find who holds the right, ``remedies`` the remedies. How a
value read from the text ranks against the other sources is in ``choice``; ``record`` writes
the readings and the values they give (see docs/outcomes.md).
"""

from .extractor import extract, family_of
from .findings import FIELDS, Evidence, Finding, Reading

__all__ = ["FIELDS", "Evidence", "Finding", "Reading", "extract", "family_of"]
