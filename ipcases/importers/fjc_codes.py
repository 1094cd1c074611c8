"""The FJC Integrated Database's codes, read as the catalogue's values: facts from the FJC's
civil codebook, checked against CourtListener's model of the IDB (see docs/importing.md).

Nothing here touches the database; ``fjc_record`` turns one row into a ruling record.
"""

from __future__ import annotations

from ..models import IPType, Ruling, Termination
from ..us_courts import FJC_DISTRICTS

Ending = Termination.Ending
Stage = Termination.Stage
Outcome = Ruling.Outcome

# NOS codes of intellectual-property suits; every other nature of suit is dropped unread.
IP_NATURES = {
    "820": IPType.COPYRIGHT,
    "830": IPType.PATENT,
    "835": IPType.PATENT,  # abbreviated new drug application (Hatch-Waxman), from 2016
    "840": IPType.TRADEMARK,
    "880": IPType.TRADE_SECRET,  # Defend Trade Secrets Act of 2016
}

# The FJC's two-character district codes and the CourtListener (courts-db) id of each court:
# one table, beside the courts it names.
DISTRICTS = FJC_DISTRICTS

# DISP -> ending.
ENDINGS = {
    **dict.fromkeys((0, 1, 10, 11), Ending.TRANSFERRED),
    **dict.fromkeys((2, 3, 14), Ending.DISMISSED),
    12: Ending.VOLUNTARY_DISMISSAL,
    13: Ending.SETTLED,
    4: Ending.DEFAULT_JUDGMENT,
    5: Ending.CONSENT_JUDGMENT,
    6: Ending.JUDGMENT_ON_MOTION,
    **dict.fromkeys((7, 8), Ending.JUDGMENT_JURY),
    9: Ending.JUDGMENT_COURT,
    **dict.fromkeys(range(15, 21), Ending.OTHER),
}
# PROCPROG -> stage.
STAGES = {
    **dict.fromkeys((1, 2, 11, 12), Stage.BEFORE_ISSUE_JOINED),
    **dict.fromkeys((3, 4, 5, 10, 13), Stage.BEFORE_TRIAL),
    **dict.fromkeys((6, 7), Stage.DURING_TRIAL),
    **dict.fromkeys((8, 9), Stage.AFTER_TRIAL),
}
JUDGMENT_CODES = (1, 2, 3, 4)
NATURE_CODES = tuple(range(0, 7))
ORIGIN_CODES = tuple(range(1, 14))
INJUNCTION = 3  # NOJ

# Cause of a declaratory-judgment action: 28 U.S.C. § 2201 (and § 2202, further relief).
DECLARATORY_TITLE = "28"
DECLARATORY_SECTIONS = ("2201", "2202")

# Endings judged for one side: the JUDGMENT code says whom. A consent judgment is the parties'
# agreement, read as a settlement; an arbitrator's award or an "other" judgment is left unread.
_JUDGED = (
    Ending.DEFAULT_JUDGMENT,
    Ending.JUDGMENT_ON_MOTION,
    Ending.JUDGMENT_JURY,
    Ending.JUDGMENT_COURT,
)
_WITHOUT_JUDGMENT = {
    Ending.PENDING: Outcome.PENDING,
    Ending.SETTLED: Outcome.SETTLED,
    Ending.CONSENT_JUDGMENT: Outcome.SETTLED,
    Ending.VOLUNTARY_DISMISSAL: Outcome.DISMISSED,
    Ending.DISMISSED: Outcome.DISMISSED,
}


def is_declaratory(title: str, section: str) -> bool:
    return title == DECLARATORY_TITLE and section in DECLARATORY_SECTIONS


def holder_outcome(ending: str, judgment: int | None, declaratory: bool) -> str:
    """The rights holder's outcome, or "" where the IDB does not say it.

    The plaintiff is taken as the rights holder, except in a declaratory-judgment action,
    where the plaintiff is usually the accused infringer and the roles are read reversed. A
    transfer, a remand or an unread ending has no outcome in this court.
    """
    if ending in _WITHOUT_JUDGMENT:
        return _WITHOUT_JUDGMENT[ending]
    if ending not in _JUDGED or judgment not in (1, 2, 3):
        return ""
    if judgment == 3:
        return Outcome.MIXED
    plaintiff_won = judgment == 1
    holder_won = plaintiff_won != declaratory
    return Outcome.HOLDER_WON if holder_won else Outcome.CHALLENGER_WON


def injunction(ending: str, nature: int | None, declaratory: bool) -> str:
    """An injunction "granted" where a judgment's nature is an injunction; else "" (the IDB
    records no refusal). In a declaratory-judgment action it is left out: the IDB does not say
    whom an injunction binds."""
    if nature == INJUNCTION and ending in Termination.JUDGMENTS and not declaratory:
        return Ruling.Injunction.GRANTED
    return ""


def disposition(ending: str) -> str:
    dismissals = (Ending.SETTLED, Ending.VOLUNTARY_DISMISSAL, Ending.DISMISSED)
    return Ruling.Disposition.DISMISSED if ending in dismissals else ""
