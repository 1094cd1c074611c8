"""The name of a cited case, as the text prints it just before the citation.

    See Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992)
        -> Computer Assocs. Int'l, Inc. v. Altai, Inc.
    The decision in Actavis UK Ltd v Eli Lilly & Co [2017] UKSC 48
        -> Actavis UK Ltd v Eli Lilly & Co
    judgment of 12 July 2011, L'Oréal and Others, C-324/09, ECLI:EU:C:2011:474
        -> L'Oréal and Others

The words before "v." are read backwards for as long as they can be part of a name (capitalised,
abbreviated, or a joining word such as "of" or "&"), stopping at a citation signal ("See", "cf.")
or a word of the sentence around it. What cannot be read with confidence gives "": the cited
case is then listed by its citation alone, never under a garbled name.
"""

from __future__ import annotations

import re

WINDOW = 300
MAX_SIDE_WORDS = 12
_SEPARATOR = re.compile(r"\s(v\.?|vs\.?)\s")
_SIGNALS = {
    *("see", "cf", "accord", "also", "but", "compare", "contra", "eg", "in", "under"),
    *("following", "citing", "quoting", "applying", "discussing", "and", "with", "per"),
    *("thus", "hence", "generally", "e", "g", "supra", "id", "ibid", "where", "when", "as"),
}
_JOINERS = {"of", "the", "and", "&", "de", "du", "des", "la", "le", "von", "van", "der", "for"}
_JOINERS |= {"ex", "rel.", "y", "et", "al.", "d'", "l'"}
_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "pty", "sa", "ag", "lp", "llp", "nv"}
_SPECIAL = re.compile(
    r"(?:^|[\s(,;])((?:In re|Ex parte|In the Matter of|Matter of|Application of)\s+[^,;()]{2,80}?)"
    r"\s*,?\s*$"
)
# What may stand between a name and its citation: a case number (CJEU), commas.
_CASE_NUMBER = re.compile(r"[\s,(]*(?:Cases?\s+)?[CTF]-\d+/\d{2}(?:\s*P)?[\s,)]*$")


def case_name_before(text: str, start: int) -> str:
    """The case name printed right before position ``start`` (a citation), or ""."""
    window = text[max(0, start - WINDOW) : start]
    numbered = _CASE_NUMBER.search(window)
    window = window[: numbered.start()] if numbered else window
    window = window.rstrip(" ,;(\n\t")
    separators = list(_SEPARATOR.finditer(window))
    if separators:
        last = separators[-1]
        defendant = _defendant(window[last.end() :])
        plaintiff = _plaintiff(window[: last.start()])
        if defendant and plaintiff:
            return f"{plaintiff} {last.group(1)} {defendant}"[:300]
    special = _SPECIAL.search(window)
    if special:
        return " ".join(special.group(1).split())
    return _european_name(window) if numbered else ""


def _defendant(segment: str) -> str:
    words = segment.split()
    if not words or len(words) > MAX_SIDE_WORDS or not _starts_name(words[0]):
        return ""
    if any(_ends_sentence(word) for word in words[:-1]):
        return ""
    return " ".join(words).strip(" ,;")


def _plaintiff(segment: str) -> str:
    words = segment.split()
    taken: list[str] = []
    for word in reversed(words):
        bare = re.sub(r"[^\w&']", "", word).lower()
        in_re = bare == "in" and taken and taken[0].lower() == "re"
        if not in_re and (bare in _SIGNALS and word[:1].islower() or _is_signal(word)):
            break
        if _ends_sentence(word):
            break
        if not (_starts_name(word) or word.lower() in _JOINERS):
            break
        taken.insert(0, word)
        if len(taken) > MAX_SIDE_WORDS:
            return ""
    while taken and (taken[0].lower() in _JOINERS or _is_signal(taken[0])):
        taken.pop(0)
    if not taken or _only_suffixes(taken):
        return ""
    return " ".join(taken).strip(" ,;")


def _european_name(window: str) -> str:
    """The name before a CJEU case number, printed without a "v." between commas: "judgment
    of 12 July 2011, L'Oréal and Others, C-324/09" -> "L'Oréal and Others"."""
    segment = window.rsplit(",", 1)[-1].strip()
    words = segment.split()
    if not words or len(words) > 8 or not _starts_name(words[0]) or _is_signal(words[0]):
        return ""
    if re.search(r"\d", segment) or any(_ends_sentence(w) for w in words):
        return ""
    return segment


def _starts_name(word: str) -> bool:
    word = word.lstrip("(\"'\u201c")
    first = word[:1]
    if first.isupper() or re.match(r"^[a-z][A-Z]", word):  # "eBay", "iRobot"
        return True
    # "3M Co.", "21st Century Fox", but not a year or a page ("1991.", "340,").
    return first.isdigit() and bool(re.search(r"[A-Za-z]", word))


def _is_signal(word: str) -> bool:
    signals = {"see", "cf", "accord", "compare", "contra", "in", "under", "following"}
    return re.sub(r"[^\w]", "", word).lower() in signals


def _ends_sentence(word: str) -> bool:
    """A word that ends a sentence rather than an abbreviation ("held.", "1991.")."""
    if not word.endswith((".", ":", ";", "!", "?")):
        return False
    if word.endswith((":", ";", "!", "?")):
        return True
    bare = word.rstrip(".")
    # Abbreviations of names are capitalised ("Corp.", "Int'l.") or single letters ("U.S.").
    return bool(bare) and (bare[0].islower() or bare.isdigit()) and len(bare) > 2


def _only_suffixes(words: list[str]) -> bool:
    return all(re.sub(r"[^\w]", "", w).lower() in _SUFFIXES for w in words)
