"""How clean a ruling's full text is, so that of two sources' texts the better one is shown.

Sources give the same decision in different states: a publisher's text with its paragraphs and
citations intact, or text pulled from a PDF, hard-wrapped at every line, with words broken
across lines ("infringe-\\nment"), page numbers and running headers among the sentences. The
longer of two texts is often the worse one (a PDF's furniture adds length). ``text_quality``
scores a text from 0 to 100 by what spoils it; ``provenance.best_text_record`` prefers the
higher score and uses length only between texts of about the same quality.
"""

from __future__ import annotations

import re

# A word broken at a line end, rejoined by nothing: "infringe-\nment", or a PDF's line joined
# with a space: "infringe- ment".
_BROKEN = re.compile(r"[a-z]-\n[ \t]*[a-z]|\b[a-z]{2,}- [a-z]{2,}\b")
# A line (or a paragraph) that ends inside a sentence and runs on in the next: the text was
# hard-wrapped, and perhaps each line then taken for a paragraph.
_WRAPPED = re.compile(r"[a-z,;]\n+(?=[ \t]*[a-z])")
_FURNITURE = re.compile(
    r"^[ \t]*(?:-?\s*\d{1,4}\s*-?|page \d+ of \d+|case [\w:.-]+ +document \d+.*)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A reporter citation, a neutral citation or a statute: a text that cites nothing is rarely a
# whole opinion.
_CITATION = re.compile(r"\b\d{1,4} [A-Z][\w. ]{0,20}? \d{1,5}\b|\[\d{4}\] [A-Z]+|U\.S\.C\.")
BAND = 10


def text_quality(text: str) -> int:
    """0 (unreadable) to 100 (clean paragraphs with their citations)."""
    if not text.strip():
        return 0
    words = max(len(text.split()), 1)
    per_thousand = 1000 / words
    # Every broken word has a hyphen before a line end or a space; looking for those two
    # first spares a clean text the pattern's slow scan (half the time of a long text).
    hyphens = "-\n" in text or "- " in text
    broken = len(_BROKEN.findall(text)) * per_thousand if hyphens else 0.0
    breaks = len(re.findall(r"\n+", text))
    wrapped = len(_WRAPPED.findall(text)) / breaks if breaks else 0.0
    furniture = len(_FURNITURE.findall(text)) * per_thousand
    penalty = min(50, round(broken * 10)) + round(30 * wrapped) + min(10, round(furniture * 5))
    if not _CITATION.search(text):
        penalty += 10
    return max(0, 100 - penalty)


def quality_band(quality: int | None) -> int:
    """Scores within a band count as equal (length decides between them); an unmeasured text
    (stored before scores were kept) counts as clean, as it did then."""
    return (100 if quality is None else quality) // BAND
