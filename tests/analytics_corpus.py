"""A small hand-built set of rulings for the analytics tests, with gaps on purpose: missing
outcomes, amounts and filing dates, a pending case, a zero award, three currencies, and a
filing date recorded after the decision (a data error that must not become a duration). The
rulings are indexed, as the write path leaves them: the analytics page counts indexed rulings."""

import datetime as dt
from decimal import Decimal

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import make_case, make_ruling


def ruling(court, decided, filed=None, ip_types=("patent",), **fields):
    case = make_case(court=court, date_filed=filed)
    return make_ruling(case=case, decision_date=decided, ip_types=ip_types, **fields)


def usd(amount):
    return {"damages_amount": Decimal(amount), "damages_currency": "USD"}


def build_corpus() -> None:
    d = dt.date
    ruling(
        "txed",
        d(2019, 3, 1),
        d(2018, 3, 1),
        rights_holder_outcome="holder_won",
        injunction="granted",
        **usd("1000000"),
    )
    ruling(
        "txed",
        d(2019, 6, 1),
        d(2018, 6, 1),
        rights_holder_outcome="holder_won",
        injunction="refused",
        **usd("3000000"),
    )
    ruling("txed", d(2020, 1, 10), rights_holder_outcome="challenger_won")
    ruling(
        "txed",
        d(2020, 5, 5),
        d(2020, 1, 5),
        damages_amount=Decimal("50000"),
        damages_currency="GBP",
    )
    ruling(
        "ded",
        d(2021, 2, 2),
        d(2020, 2, 2),
        rights_holder_outcome="mixed",
        injunction="granted",
        **usd("0"),
    )
    ruling("ded", d(2021, 7, 7), ip_types=("trademark",), rights_holder_outcome="pending")
    ruling(
        "ded",
        d(2018, 12, 31),
        d(2019, 1, 31),
        ip_types=("patent", "design"),
        rights_holder_outcome="holder_won",
        damages_amount=Decimal("250000.50"),
        damages_currency="EUR",
    )
    ruling("ded", d(2022, 8, 8), ip_types=("trademark",), source="cap")
    search.update_index(Ruling.objects.values_list("pk", flat=True))
