"""A small catalogue for the browser tests: patent and trade-mark rulings of three courts over
several years, with texts that cite each other (so a ruling has citations both ways), damages
in dollars, and two synthetic rulings (so the synthetic banner shows)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ipcases import search
from ipcases.citations.index import index_citations
from ipcases.models import Ruling
from tests.helpers import make_case, make_ruling

LEADING = (
    "The patent claims a fastening widget. The district court construed the claim term "
    "'resilient clip' too narrowly. A patent claim is read in light of the specification, "
    "and the patent owner proved infringement of the asserted patent. Affirmed."
)
CITING = (
    "The patent at issue covers a hinge. As in Acme Widgets, Inc. v. Bolt Tools Co., "
    "950 F.3d 100, 105 (Fed. Cir. 2020), the claims of the patent are read in light of the "
    "specification. We find no infringement of the patent and reverse."
)
MARK = (
    "The registered trademark BOLTRITE and the later mark BOLTRIGHT are confusingly similar. "
    "The court enjoins further use of the mark."
)


def ruling(court: str, name: str, decided: dt.date, **fields) -> Ruling:
    case = make_case(court=court, name=name, short_name=name.split(",")[0])
    return make_ruling(case=case, decision_date=decided, **fields)


def build_catalogue() -> dict[str, Ruling]:
    rulings = {
        "leading": ruling(
            "cafc",
            "Acme Widgets, Inc. v. Bolt Tools Co.",
            dt.date(2020, 3, 2),
            text=LEADING,
            citations=("950 F.3d 100",),
            rights_holder_outcome="holder_won",
            damages_amount=Decimal("333882.12"),
            damages_currency="USD",
        ),
        "citing": ruling(
            "cafc",
            "Hinge Works LLC v. Door Systems Corp.",
            dt.date(2022, 6, 9),
            text=CITING,
            rights_holder_outcome="challenger_won",
        ),
        "district": ruling(
            "txed",
            "Clip Makers Inc. v. Fastener Depot",
            dt.date(2016, 1, 20),
            text="The jury found the patent infringed and awarded damages for the patent.",
            rights_holder_outcome="holder_won",
            damages_amount=Decimal("1250000"),
            damages_currency="USD",
        ),
        "mark": ruling(
            "ca9",
            "Boltrite Corp. v. Boltright Ltd.",
            dt.date(2018, 11, 5),
            ip_types=("trademark",),
            text=MARK,
            rights_holder_outcome="holder_won",
            injunction="granted",
        ),
        "no_text": ruling(
            "txed", "Gear Co. v. Sprocket Inc.", dt.date(2019, 4, 4), text="", summary=""
        ),
    }
    for n, year in enumerate((2017, 2021)):
        rulings[f"synthetic-{n}"] = ruling(
            "txed",
            f"Synthetic Patent Holder {n} v. Synthetic Maker {n}",
            dt.date(year, 5, 1),
            source="synthetic",
            text="A synthetic patent ruling: the patent was found invalid.",
        )
    ids = [r.pk for r in rulings.values()]
    search.update_index(ids)
    index_citations(ids)
    return rulings
