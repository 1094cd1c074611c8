"""What an appellate result means, in whatever words a court used: the disposition it
amounts to and which side it favours. Shared by the US, English and EU readers."""

from __future__ import annotations

from .findings import MIXED, NO_MERITS

# Words that uphold or overturn the decision appealed from (an English appeal dismissed
# upholds it; one allowed overturns it; the CJEU "sets aside" a judgment).
UPHOLD = "affirm"
OVERTURN = ("reverse", "vacate", "modify")
REMAND = "remand"
DISMISS = "dismiss"


def disposition_for(verbs: set[str], partial: bool = False) -> str:
    """A Ruling.Disposition value for the verbs of a decretal statement ("affirm",
    "reverse", "vacate", "remand", "dismiss", "modify"); "" when they say nothing."""
    upheld = UPHOLD in verbs
    overturned = bool(verbs & set(OVERTURN))
    if (upheld and overturned) or (partial and (upheld or overturned)):
        return "affirmed_in_part"
    if "reverse" in verbs:
        return "reversed_and_remanded" if REMAND in verbs else "reversed"
    if "vacate" in verbs:
        return "vacated_and_remanded" if REMAND in verbs else "vacated"
    if upheld:
        return "affirmed"
    if DISMISS in verbs:
        return "dismissed"
    if REMAND in verbs:
        return "remanded"
    return ""


def side_for(disposition: str) -> str:
    """Who an appellate disposition favours: the appellee when the decision below stands,
    the appellant when it falls, both in part, nobody on the merits when the appeal was
    dismissed; "" for a remand alone."""
    if disposition == "affirmed":
        return "appellee"
    if disposition.startswith(("reversed", "vacated")):
        return "appellant"
    if disposition == "affirmed_in_part":
        return MIXED
    if disposition == "dismissed":
        return NO_MERITS
    return ""


REMAND_ONLY = "a remand alone decides nothing for either side"
