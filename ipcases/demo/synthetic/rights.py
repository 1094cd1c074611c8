"""The IP rights in suit of a synthetic case: US, European and British patents, trade marks,
copyright registrations and designs, with the way an opinion names them in full and for short.
Popular rights are shared between cases (drawn by index), the rest are fresh."""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import identifiers as ids
from . import names, words

SHARED_PATENTS = 8000
_TITLES = [
    "System and method for {a} {b}",
    "Method and apparatus for controlling a {a} {b}",
    "{A} {b} assembly",
    "Apparatus comprising a {a} {b}",
    "{A} {b} and method of making the same",
    "Method of operating a {a} {b}",
]


@dataclass(frozen=True)
class Right:
    kind: str
    office: str
    number: str
    title: str
    label: str  # how the opinion first names it
    short: str  # how it names it afterwards

    def record(self) -> dict:
        return {
            "kind": self.kind,
            "office": self.office,
            "number": self.number,
            "title": self.title,
        }


def patent_title(rng: random.Random, area: str) -> str:
    nouns = words.TECH_AREAS[area].split()
    term = rng.choice(words.TECH_PREFIXES) + rng.choice(words.TECH_STEMS)
    a = rng.choice([term, rng.choice(nouns)])
    # Never "a cell cell": the second noun differs from the first where the area has two.
    b = rng.choice([noun for noun in nouns if noun != a] or nouns)
    return rng.choice(_TITLES).format(a=a, b=b, A=a.capitalize())


def us_patent(rng: random.Random, area: str, year: float, kind: str = "utility") -> Right:
    title = patent_title(rng, area)
    if kind == "design":
        n = ids.number_in_year(ids.US_DESIGN, year, rng)
        return Right(
            "design_patent",
            "US",
            f"D{n}",
            title.split(" and ")[0],
            f"U.S. Design Patent No. D{ids.grouped(n)}",
            f"the D'{n % 1000:03d} patent",
        )
    if kind == "reissue":
        n = ids.number_in_year(ids.US_REISSUE, year, rng)
        return Right(
            "reissue_patent",
            "US",
            f"RE{n}",
            title,
            f"U.S. Reissue Patent No. RE{ids.grouped(n)}",
            f"the '{n % 1000:03d} patent",
        )
    n = ids.number_in_year(ids.US_UTILITY, year, rng)
    return Right(
        "utility_patent",
        "US",
        str(n),
        title,
        f"U.S. Patent No. {ids.grouped(n)}",
        f"the '{n % 1000:03d} patent",
    )


def european_patent(rng: random.Random, area: str, year: float, system: str) -> Right:
    n = ids.number_in_year(ids.EP_PATENT, year, rng)
    spaced = f"{n:07d}"
    spaced = f"{spaced[0]} {spaced[1:4]} {spaced[4:]}"
    label = f"European Patent (UK) No. {spaced}" if system == "uk" else f"EP {spaced} B1"
    return Right(
        "european_patent",
        "EP",
        str(n),
        patent_title(rng, area),
        label,
        # Each patent its own short name: two of them are never both "the patent in suit".
        f"EP {spaced[-3:]}",
    )


def patents(rng: random.Random, area: str, year: int, system: str, design: bool) -> list[Right]:
    count = rng.choices((1, 2, 3, 4), (55, 27, 13, 5))[0] if not design else 1
    found = []
    for _ in range(count):
        if rng.random() < 0.4:
            k = names.popular_index(rng, SHARED_PATENTS)
            right_rng = random.Random(f"shared-patent:{system}:{area}:{design}:{k}")
        else:
            right_rng = rng
        issued = year - right_rng.random() * 11
        if system == "us":
            kind = "design" if design else ("reissue" if right_rng.random() < 0.05 else "utility")
            found.append(us_patent(right_rng, area, issued, kind))
        else:
            found.append(european_patent(right_rng, area, issued, system))
    return list({right.number: right for right in found}.values())


def trade_marks(rng: random.Random, mark_index: int, year: int, system: str) -> list[Right]:
    mark = names.mark_text(mark_index)
    mark_rng = random.Random(f"mark:{system}:{mark_index}")
    registered = year - mark_rng.random() * 15
    if system == "us":
        n = ids.number_in_year(ids.US_TM_REG, registered, mark_rng)
        found = [
            Right(
                "trademark_registration",
                "US",
                str(n),
                mark,
                f"U.S. Registration No. {ids.grouped(n)}",
                f"the {mark} mark",
            )
        ]
        if rng.random() < 0.3:
            serial = rng.choice((85, 86, 87, 88, 90, 97)) * 1000000 + rng.randrange(999999)
            found.append(
                Right(
                    "trademark_application",
                    "US",
                    str(serial),
                    mark + " " + rng.choice(["PLUS", "GO", "PRO", "ONE", "LABS"]),
                    f"Application Serial No. {serial}",
                    "the applied-for mark",
                )
            )
        return found
    n = ids.number_in_year(ids.EU_TM, max(registered, 1996.5), mark_rng)
    if system == "uk" and mark_rng.random() < 0.5:
        number = f"UK0000{3000000 + mark_index * 37 % 900000}"
        return [
            Right(
                "trademark_registration",
                "GB",
                number,
                mark,
                f"UK trade mark No {number}",
                f"the {mark} mark",
            )
        ]
    return [
        Right(
            "trademark_registration",
            "EU",
            f"{n:09d}",
            mark,
            f"EU trade mark No {n:09d}",
            f"the earlier mark {mark}",
        )
    ]


def copyright_registration(rng: random.Random, year: int) -> Right:
    prefix = rng.choice(["TX", "TX", "VA", "PA", "SR"])
    n = rng.randrange(1, 9) * 1000000 + rng.randrange(999999)
    printed = f"{prefix} {n // 1000000}-{(n // 1000) % 1000:03d}-{n % 1000:03d}"
    return Right(
        "copyright_registration",
        "US",
        printed,
        "",
        f"Registration No. {printed}",
        "the registered work",
    )


def registered_design(rng: random.Random, area: str, system: str) -> Right:
    n = rng.randrange(1, 9999999)
    number = f"{n:09d}-{rng.randint(1, 12):04d}"
    office = "EU" if system == "eu" or rng.random() < 0.6 else "GB"
    label = "Community design" if office == "EU" else "UK registered design"
    title = rng.choice(words.TECH_AREAS[area].split())
    return Right(
        "registered_design", office, number, title, f"{label} No {number}", "the registered design"
    )
