"""The courts and boards the catalogue knows, and how to load them.

US courts come from courts-db (``ipcases.us_courts``), under the ids CourtListener uses, with
their names, jurisdictions and appeal routes. This table holds only what courts-db lacks:
courts and offices outside the US, the USPTO's boards, the ITC. Our own ids are built the same
way (lower case, hyphens). Appeals point at the court above.

``ensure_courts`` loads the courts rulings usually come from; any other court either source
knows is added by ``ensure_court`` when a ruling from it is first stored.
"""

from django.db import transaction

from . import us_courts
from .models import Court
from .us_courts import CourtFacts

COURT = Court.Kind.COURT
BOARD = Court.Kind.OFFICE_BOARD
FIRST = Court.Level.FIRST_INSTANCE
APPEAL = Court.Level.APPELLATE
FINAL = Court.Level.FINAL

# (id, name, short name, country, kind, level, appeals to, jurisdiction)
# fmt: off
OWN_COURTS: list[CourtFacts] = [
    CourtFacts(
        "usitc", "United States International Trade Commission", "ITC", "US", BOARD, FIRST,
        "cafc", "federal",
    ),
    CourtFacts(
        "ptab", "Patent Trial and Appeal Board (USPTO)", "PTAB", "US", BOARD, FIRST, "cafc",
        "federal",
    ),
    CourtFacts(
        "ttab", "Trademark Trial and Appeal Board (USPTO)", "TTAB", "US", BOARD, FIRST, "cafc",
        "federal",
    ),
    CourtFacts(
        "uksc", "Supreme Court of the United Kingdom", "UKSC", "GB", COURT, FINAL, "",
        "United Kingdom",
    ),
    CourtFacts(
        "ukhl", "House of Lords (Appellate Committee)", "UKHL", "GB", COURT, FINAL, "",
        "United Kingdom",
    ),
    CourtFacts(
        "ukpc", "Judicial Committee of the Privy Council", "UKPC", "GB", COURT, FINAL, "",
        "United Kingdom",
    ),
    CourtFacts(
        "ewca-civ", "Court of Appeal of England and Wales (Civil Division)", "EWCA Civ", "GB",
        COURT, APPEAL, "uksc", "England and Wales",
    ),
    CourtFacts(
        "ewhc-pat", "High Court of England and Wales, Patents Court", "EWHC (Pat)", "GB", COURT,
        FIRST, "ewca-civ", "England and Wales",
    ),
    CourtFacts(
        "ewhc-ipec", "Intellectual Property Enterprise Court", "EWHC (IPEC)", "GB", COURT,
        FIRST, "ewca-civ", "England and Wales",
    ),
    CourtFacts(
        "ewhc-ch", "High Court of England and Wales, Chancery Division", "EWHC (Ch)", "GB",
        COURT, FIRST, "ewca-civ", "England and Wales",
    ),
    CourtFacts(
        "cjeu", "Court of Justice of the European Union", "CJEU", "EU", COURT, FINAL, "",
        "European Union",
    ),
    CourtFacts(
        "eugc", "General Court of the European Union", "EU General Court", "EU", COURT, APPEAL,
        "cjeu", "European Union",
    ),
    CourtFacts(
        "euipo-boa", "Boards of Appeal of the European Union Intellectual Property Office",
        "EUIPO BoA", "EU", BOARD, APPEAL, "eugc", "European Union",
    ),
    CourtFacts(
        "epo-boa", "Boards of Appeal of the European Patent Office", "EPO BoA", "EP", BOARD,
        APPEAL, "", "European Patent Organisation",
    ),
    CourtFacts(
        "upc-cfi", "Unified Patent Court, Court of First Instance", "UPC CFI", "EU", COURT,
        FIRST, "upc-coa", "Unified Patent Court",
    ),
    CourtFacts(
        "upc-coa", "Unified Patent Court, Court of Appeal", "UPC CoA", "EU", COURT, APPEAL, "",
        "Unified Patent Court",
    ),
]
# fmt: on

# The US courts loaded with the catalogue: the Supreme Court, the circuits, the national courts
# of IP appeals and trade, and the district courts with the most IP cases.
LOADED_US_COURTS = (
    *("scotus", "cafc", "cadc", *(f"ca{n}" for n in range(1, 12)), "ccpa", "cit", "uscfc"),
    *("txed", "txwd", "txnd", "ded", "cand", "cacd", "casd", "nysd", "njd", "paed", "ilnd"),
    *("vaed", "mad", "wawd", "flsd", "dcd"),
)
_OWN = {court.id: court for court in OWN_COURTS}
COURTS: list[CourtFacts] = [
    *(court for court_id in LOADED_US_COURTS if (court := us_courts.us_court(court_id))),
    *OWN_COURTS,
]


def court_facts(court_id: str) -> CourtFacts | None:
    """Our own table's court of this id, else courts-db's; None when neither knows it."""
    return _OWN.get(court_id) or us_courts.us_court(court_id)


def is_known(court_id: str) -> bool:
    """Whether a ruling may name this court id (it need not be loaded yet)."""
    return court_id in _OWN or us_courts.knows(court_id)


@transaction.atomic
def ensure_courts() -> int:
    """Create or update every court in COURTS; returns how many were created. Courts that
    are already as described are not written."""
    existing = Court.objects.in_bulk([court.id for court in COURTS])
    created = [_court(facts) for facts in COURTS if facts.id not in existing]
    Court.objects.bulk_create(created)
    for facts in COURTS:
        court = existing.get(facts.id)
        if court is not None and _values(court) != _values(_court(facts)):
            _court(facts).save()
    routes = dict(
        Court.objects.filter(pk__in=[c.id for c in COURTS]).values_list("pk", "appeals_to")
    )
    for facts in COURTS:
        if routes.get(facts.id) != (facts.appeals_to or None):
            Court.objects.filter(pk=facts.id).update(appeals_to_id=facts.appeals_to or None)
    return len(created)


def ensure_court(court_id: str) -> bool:
    """Make sure the court is stored, adding it (and the courts its appeals go to) from our
    table or courts-db if need be; False for a court neither knows."""
    if Court.objects.filter(pk=court_id).exists():
        return True
    facts = court_facts(court_id)
    if facts is None:
        return False
    court = _court(facts)
    court.appeals_to_id = None
    court.save()
    if facts.appeals_to and ensure_court(facts.appeals_to):
        Court.objects.filter(pk=court_id).update(appeals_to_id=facts.appeals_to)
    return True


def _court(facts: CourtFacts) -> Court:
    return Court(
        id=facts.id,
        name=facts.name,
        short_name=facts.short_name,
        country=facts.country,
        kind=facts.kind,
        level=facts.level,
        jurisdiction=facts.jurisdiction,
    )


def _values(court: Court) -> tuple:
    return (
        court.name,
        court.short_name,
        court.country,
        court.kind,
        court.level,
        court.jurisdiction,
    )
