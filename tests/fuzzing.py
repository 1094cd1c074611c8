"""The fuzz harness: every endpoint, its parameters, and hypothesis strategies for hostile and
clumsy values of each. test_fuzz.py runs a small number of examples in the suite, and
bench/fuzz.py ten thousand and more; both call `request` and count what answers 500.

To fuzz a new endpoint (an API, an export, a feed), add an Endpoint to ENDPOINTS: its path,
with {placeholders} for the path's own parts (see PATH_PARTS), and its query parameters, each
with a strategy (FILTERS holds the FilterSet's, which every list, download and API shares).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

from hypothesis import strategies as st

from ipcases import search
from ipcases.citations import index_citations
from ipcases.courts import ensure_courts
from ipcases.models import Court, IPRight, IPType, Ruling, Source
from tests.helpers import make_case, make_ruling

# A marker that must never come back as markup: an escaped page shows it as &lt;fuzz-…
MARKER = "<fuzz-x>"

HOSTILE = [
    MARKER,
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "\x00",
    "pat\x00ent",
    "'; DROP TABLE ipcases_ruling; --",
    "%",
    "_",
    "\\",
    "%_%_%_",
    '=HYPERLINK("http://evil")',
    "+cmd",
    "@SUM(1)",
    "\u202e",
    "\ufeff",
    "𝕏 ☃ 日本",
    "\r\n",
    " ",
    "*",
    "court:zz",
    'court:"E.D. Tex"',
    "-" * 600 + "patent",
    "(" * 200,
    ")" * 200,
    '"' * 101,
    "9" * 4400,
    "NaN",
    "Infinity",
    "-1",
    "1e309",
    "0x10",
    "2020-02-30",
    "99999-01-01",
    "0000-00-00",
]

# Long values, up to the sizes that once failed (50,000 characters of a LIKE pattern).
LONG = st.builds(
    lambda unit, times: unit * times,
    st.sampled_from(["-", "(", "a ", "%_", "9", "\x00", "é", "w/5 ", "OR ", '"']),
    st.integers(min_value=100, max_value=60_000),
)

TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE), min_size=2, max_size=4).map("".join),
    LONG,
)

WORDS = ["patent", "infringement", "widget", "claim", "obvious", "damages", "mark", "the", "é"]
FIELD_NAMES = ["case", "party", "court", "docket", "cite", "cites", "patent", "mark", "judge"]
OPERATORS = ["OR", "AND", "NOT", "-", "(", ")", '"', "*", "w/5", "pre/3", "w/0", "w/99999"]


def _field(name: str, value: str) -> str:
    return f'{name}:"{value}"' if " " in value else f"{name}:{value}"


QUERY_TOKEN = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(OPERATORS),
    st.builds(_field, st.sampled_from(FIELD_NAMES), st.one_of(st.sampled_from(WORDS), TEXT)),
    st.builds(lambda word: f"{word}*", st.sampled_from(WORDS)),
    st.builds(lambda n: f"w/{n}", st.integers(min_value=-5, max_value=10**30)),
    st.sampled_from(HOSTILE),
    st.text(max_size=12),
)
# The query language: its own tokens in any order (most of them break a rule), or any text.
QUERY = st.one_of(st.lists(QUERY_TOKEN, max_size=25).map(" ".join), TEXT)


def choice(values) -> st.SearchStrategy:
    """A valid choice most of the time, anything else otherwise."""
    return st.one_of(st.sampled_from(list(values)), TEXT)


NUMBER = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    TEXT,
)
DATE = st.one_of(st.dates().map(dt.date.isoformat), TEXT)
FLAG = st.one_of(st.sampled_from(["on", "1", "true", ""]), TEXT)
PAGE = st.one_of(st.integers(min_value=-(10**30), max_value=10**30).map(str), TEXT)

FILTERS: dict[str, st.SearchStrategy] = {
    "q": QUERY,
    "court": choice(["cafc", "txed", "ded", "ewca-civ", "CAFC"]),
    "country": choice(["US", "GB", "EU", "us"]),
    "level": choice(["first_instance", "appellate", "final"]),
    "ip_type": choice(IPType.values),
    "outcome": choice(Ruling.Outcome.values),
    "disposition": choice(Ruling.Disposition.values),
    "injunction": choice(Ruling.Injunction.values),
    "damages_min": NUMBER,
    "damages_max": NUMBER,
    "currency": choice(["USD", "GBP", "EUR", "usd", "US"]),
    "decided_after": DATE,
    "decided_before": DATE,
    "precedential": FLAG,
    "has_text": FLAG,
    "source": choice(Source.values),
    "real_only": FLAG,
    "party": choice(["Acme", "Bolt Tools", "Jane Doe"]),
    "right": choice(["7,654,321", "US 7654321", "D789,123"]),
    "statute": choice(["35 U.S.C. § 271", "35 USC 103", "17 U.S.C. § 501"]),
    "treatment": choice(["negative", "followed", "overruled", "sideways"]),
    "sort": choice(["relevance", "newest", "oldest", "damages", "cited"]),
    "page": PAGE,
}
DIMENSIONS = ["court", "country", "level", "ip_type", "outcome", "disposition", "remedy", "year"]
ANALYTICS = {
    **{name: value for name, value in FILTERS.items() if name != "party"},
    "group": choice([*DIMENSIONS, "source", "judge", "party"]),
    "compare": choice(DIMENSIONS),
    "compare_values": choice(["cafc,txed", "US,GB", "2019,2020", "holder_won", "cafc"]),
}
TABLES = [
    "years",
    "outcomes",
    "injunctions",
    "damages",
    "damages_distribution",
    "durations",
    "by_court",
    "by_ip_type",
    "by_country",
    "by_judge",
    "comparison",
    "comparison_years",
    "coverage_court_years",
    "coverage_courts",
    "coverage_sources",
]

CURSORS = ["eyJvIjoibmV3ZXN0IiwiayI6WyIyMDIwLTAxLTE1IiwzXX0", "eyJvIjoicmVsZXZhbmNlIiwicCI6Mn0"]
API_LIST = {
    "cursor": choice(CURSORS),
    "page_size": PAGE,
    "fields": choice(["id,case_name", "id,court,official_citations", "secret", ",,"]),
}

# The parts of paths, each quoted as a browser would send it.
PATH_PARTS: dict[str, st.SearchStrategy] = {
    "ruling": st.one_of(
        st.integers(min_value=0, max_value=12).map(str),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        TEXT,
    ),
    "court": choice(["cafc", "txed", "ded", "ewca-civ", "nowhere"]),
    "kind": choice(IPRight.Kind.values),
    "number": choice(["7654321", "7,654,321", "D789123", "US7654321B2", "٣٤٥"]),
    "table": choice(TABLES),
    "export": choice(["csv", "jsonl", "ris", "bib", "xlsx"]),
    "anything": TEXT,
}


@dataclass(frozen=True)
class Endpoint:
    path: str
    params: dict[str, st.SearchStrategy] = field(default_factory=dict)


ENDPOINTS = [
    Endpoint("/"),
    Endpoint("/rulings/", FILTERS),
    Endpoint(
        "/rulings/{ruling}/",
        {
            "q": QUERY,
            "cited_by_court": FILTERS["court"],
            "cited_by_from": DATE,
            "cited_by_to": DATE,
            "cited_by_page": PAGE,
            "cited_by_treatment": choice(["negative", "distinguished", "sideways"]),
            "at": st.one_of(st.integers(min_value=-5, max_value=10**12).map(str), TEXT),
        },
    ),
    Endpoint(
        "/rights/{kind}/{number}/", {"office": choice(["US", "GB", "EP", "us"]), "page": PAGE}
    ),
    Endpoint("/courts/"),
    Endpoint("/courts/{court}/", {"page": PAGE}),
    Endpoint("/about/"),
    Endpoint("/help/search/"),
    Endpoint("/analytics/", ANALYTICS),
    Endpoint("/analytics/coverage/", ANALYTICS),
    Endpoint("/analytics/{table}.csv", ANALYTICS),
    Endpoint("/rulings/export.{export}", FILTERS),
    Endpoint("/rulings/feed.atom", FILTERS),
    Endpoint("/rulings/{ruling}/cite.{export}"),
    Endpoint("/alerts/", {"query": TEXT, "name": TEXT}),
    Endpoint("/alerts/unsubscribe/{anything}/"),
    Endpoint("/accounts/login/", {"next": TEXT}),
    Endpoint("/healthz"),
    Endpoint("/admin/login/", {"next": TEXT}),
    Endpoint("/{anything}"),
    Endpoint("/rulings/{anything}/"),
    # The API: the list's parameters and its own (cursor, page_size, fields).
    Endpoint("/api/v1/rulings/", {**FILTERS, **API_LIST}),
    Endpoint("/api/v1/rulings/{ruling}/", {"fields": API_LIST["fields"]}),
    Endpoint("/api/v1/courts/"),
    Endpoint(
        "/api/v1/rights/{kind}/{number}/",
        {"office": choice(["US", "GB", "EP", "us"]), "page": PAGE},
    ),
    Endpoint("/api/v1/analytics/", ANALYTICS),
    Endpoint("/api/v1/citation-lookup/"),
    Endpoint("/api/v1/{anything}"),
    Endpoint("/api/schema/"),
    Endpoint("/api/docs/"),
]


def read(response) -> bytes:
    """The whole body, streamed or not: a streamed download can fail only while it is read."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def _value(draw, strategy: st.SearchStrategy) -> str:
    """A value as a query string carries it: text, or now and then bytes that are not UTF-8."""
    value = draw(st.one_of(strategy, st.binary(max_size=30).map(lambda raw: raw)))
    raw = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
    return quote(raw, safe="")


@st.composite
def requests(draw, endpoints: list[Endpoint] = ENDPOINTS) -> str:
    """A URL for one of the endpoints: its path parts and some of its parameters, hostile."""
    endpoint = draw(st.sampled_from(endpoints))
    parts = {name: _value(draw, strategy) for name, strategy in PATH_PARTS.items()}
    path = endpoint.path.format(**parts)
    names = draw(st.lists(st.sampled_from(sorted(endpoint.params) or [""]), max_size=5))
    pairs = [f"{quote(name)}={_value(draw, endpoint.params[name])}" for name in names if name]
    return path + ("?" + "&".join(pairs) if pairs else "")


def build_corpus() -> list[Ruling]:
    """A few rulings with everything an endpoint can show: citations between them, rights,
    parties, damages in two currencies, hostile text, several courts and years."""
    ensure_courts()
    hostile = f'{MARKER} <script>alert("x")</script> The patent claims a widget.'
    cited = make_ruling(
        citations=("550 U.S. 398",), text="The claimed widget would have been obvious."
    )
    made = [
        cited,
        make_ruling(
            case=make_case(court="txed", name=f"Acme {MARKER} v. Bolt Tools"),
            text=hostile + " KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007); 35 U.S.C. § 103.",
            summary=hostile,
            rights_holder_outcome="holder_won",
            damages_amount=Decimal("1500000"),
            damages_currency="USD",
            injunction="granted",
            decision_date=dt.date(2019, 5, 2),
        ),
        make_ruling(
            court="ewca-civ",
            ip_types=("trademark",),
            text="Likelihood of confusion between the marks.",
            damages_amount=Decimal("20000"),
            damages_currency="GBP",
            decision_date=dt.date(2021, 3, 1),
            source_url="javascript:alert(1)",
        ),
        make_ruling(court="ded", text="", rights_holder_outcome="challenger_won"),
    ]
    rights = IPRight.objects.create(kind="utility_patent", office="US", number="7654321")
    made[1].case.rights.add(rights)
    search.update_index([r.pk for r in made])
    index_citations([r.pk for r in made])
    assert Court.objects.filter(pk="ded").exists()
    return made
