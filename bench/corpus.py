"""A minimal synthetic corpus for the search benchmark, loaded in bulk.

Used only when the project's own generator (ipcases.demo.synthetic) is not available. Word
frequencies are set so that the benchmark has broad terms (patent in about 47% of rulings,
infringement in about 55%), middling ones and rare ones.

    python bench/corpus.py 100000     (DATABASE_URL selects the database)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ipcases.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")  # DEBUG is off: the settings want a key

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from ipcases.courts import ensure_courts  # noqa: E402
from ipcases.models import (  # noqa: E402
    Case,
    CaseParty,
    Court,
    IPRight,
    OfficialCitation,
    Party,
    Ruling,
    RulingIPType,
    Source,
)
from ipcases.normalize import normalize_citation, normalize_docket  # noqa: E402

PHRASES = {
    "patent": 0.47,
    "infringement of the claims": 0.55,
    "damages": 0.40,
    "trademark": 0.25,
    "copyright": 0.20,
    "likelihood of confusion": 0.10,
    "fair use": 0.08,
    "doctrine of equivalents": 0.05,
    "preliminary injunction": 0.15,
    "obviousness over the prior art": 0.20,
    "trade secret misappropriation": 0.04,
    "willful infringement": 0.07,
    "claim construction": 0.25,
    "reasonable royalty": 0.09,
    "design patent": 0.03,
    "laches": 0.01,
}
FILLER = [
    "the",
    "court",
    "held",
    "that",
    "defendant",
    "plaintiff",
    "argued",
    "evidence",
    "record",
    "appeal",
    "district",
    "judgment",
    "motion",
    "summary",
    "jury",
    "verdict",
    "trial",
    "finding",
    "standard",
    "review",
    "affirmed",
    "reversed",
    "remanded",
    "because",
    "however",
    "therefore",
    "moreover",
    "statute",
    "section",
    "rule",
    "precedent",
    "opinion",
    "dissent",
    "majority",
    "product",
    "market",
    "consumer",
    "sale",
    "license",
    "agreement",
    "contract",
    "party",
    "counsel",
    "expert",
    "testimony",
    "specification",
    "embodiment",
    "element",
    "limitation",
    "method",
    "system",
    "apparatus",
    "device",
    "composition",
    "invention",
    "inventor",
    "application",
    "filing",
    "date",
    "priority",
    "reference",
    "teaching",
    "combination",
    "motivation",
    "skill",
    "art",
    "person",
    "ordinary",
    "question",
    "law",
    "fact",
    "issue",
    "matter",
    "whether",
    "under",
    "within",
    "against",
]
NAMES = [
    "Acme",
    "Bolt",
    "Widget",
    "Gadget",
    "Apex",
    "Summit",
    "Orion",
    "Vega",
    "Nimbus",
    "Quartz",
    "Falcon",
    "Harbor",
    "Cedar",
    "Maple",
    "Granite",
    "Beacon",
    "Pioneer",
    "Atlas",
    "Zenith",
    "Lumen",
    "Nova",
    "Vertex",
    "Crest",
    "Polar",
    "Sierra",
    "Delta",
    "Echo",
]
SUFFIXES = ["Inc.", "LLC", "Corp.", "Ltd.", "Co.", "Technologies", "Systems", "Pharmaceuticals"]


def ruling_text(rng: random.Random) -> str:
    sentences = []
    for phrase, share in PHRASES.items():
        if rng.random() < share:
            sentences.append(_sentence(rng, phrase))
    while sum(len(s) for s in sentences) < 3000:
        sentences.append(_sentence(rng, ""))
    rng.shuffle(sentences)
    return " ".join(sentences)


def _sentence(rng: random.Random, phrase: str) -> str:
    words = rng.choices(FILLER, k=rng.randint(8, 20))
    if phrase:
        words.insert(rng.randrange(len(words)), phrase)
    return " ".join(words).capitalize() + "."


def load(count: int, seed: int = 7, batch: int = 2000) -> None:
    rng = random.Random(seed)
    ensure_courts()
    courts = list(Court.objects.values_list("id", flat=True))
    parties = _parties(rng)
    rights = _rights(rng)
    for start in range(0, count, batch):
        with transaction.atomic():
            _batch(rng, start, min(batch, count - start), courts, parties, rights)
        print(f"loaded {start + batch} of {count}", flush=True)


def _parties(rng: random.Random) -> list[Party]:
    names = {f"{rng.choice(NAMES)} {rng.choice(NAMES)} {rng.choice(SUFFIXES)}" for _ in range(3000)}
    return Party.objects.bulk_create(
        Party(name=n, normalized_name=n.lower().replace(".", "")) for n in sorted(names)
    )


def _rights(rng: random.Random) -> list[IPRight]:
    numbers = {str(rng.randint(5_000_000, 11_000_000)) for _ in range(5000)}
    return IPRight.objects.bulk_create(
        IPRight(kind="utility_patent", office="US", number=n) for n in sorted(numbers)
    )


def _batch(rng, start, size, courts, parties, rights) -> None:
    cases = Case.objects.bulk_create(
        Case(
            court_id=rng.choice(courts),
            name="",
            docket_number=f"{start + i}",
            docket_number_normalized=normalize_docket(f"{start + i}"),
        )
        for i in range(size)
    )
    links, rulings = [], []
    for case in cases:
        plaintiff, defendant = rng.sample(parties, 2)
        case.name = f"{plaintiff.name} v. {defendant.name}"
        links += [
            CaseParty(case=case, party=plaintiff, role="plaintiff"),
            CaseParty(case=case, party=defendant, role="defendant"),
        ]
        rulings.append(_ruling(rng, case))
    Case.objects.bulk_update(cases, ["name"])
    CaseParty.objects.bulk_create(links)
    Case.rights.through.objects.bulk_create(
        Case.rights.through(case_id=c.pk, ipright_id=rng.choice(rights).pk)
        for c in cases
        if rng.random() < 0.3
    )
    rulings = Ruling.objects.bulk_create(rulings)
    _tags(rng, rulings)


def _ruling(rng: random.Random, case: Case) -> Ruling:
    damages = Decimal(rng.randint(1, 500_000)) * 100 if rng.random() < 0.2 else None
    return Ruling(
        case=case,
        decision_date=dt.date(1995, 1, 1) + dt.timedelta(days=rng.randint(0, 11000)),
        precedential_status=rng.choice(["precedential", "non_precedential", "unknown"]),
        disposition=rng.choice(["affirmed", "reversed", "granted", "denied", "dismissed", ""]),
        rights_holder_outcome=rng.choice(["holder_won", "challenger_won", "mixed", ""]),
        injunction=rng.choice(["granted", "refused", "", "", ""]),
        damages_amount=damages,
        damages_currency="USD" if damages is not None else "",
        summary=_sentence(rng, rng.choice(list(PHRASES))),
        text=ruling_text(rng),
        source=Source.SYNTHETIC,
        source_id=f"bench-{case.pk}",
        retrieved_at=timezone.now(),
    )


def _tags(rng: random.Random, rulings: list[Ruling]) -> None:
    tags, cites = [], []
    for ruling in rulings:
        types = {"patent"} if "patent" in ruling.text else set()
        types |= {t for t in ("trademark", "copyright") if t in ruling.text}
        for ip_type in types or {"trade_secret"}:
            tags.append(RulingIPType(ruling=ruling, ip_type=ip_type))
        if rng.random() < 0.5:
            cite = f"{rng.randint(1, 999)} F.{rng.choice(['3d', '4th'])} {rng.randint(1, 1500)}"
            cites.append(
                OfficialCitation(ruling=ruling, cite=cite, normalized=normalize_citation(cite))
            )
    RulingIPType.objects.bulk_create(tags)
    OfficialCitation.objects.bulk_create(cites, ignore_conflicts=True)


if __name__ == "__main__":
    load(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
