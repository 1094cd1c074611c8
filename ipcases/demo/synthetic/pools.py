"""Pre-built sentence pools: each template filled many times with words drawn from Zipf-weighted
lists, once per process. Opinions are then assembled by choosing whole sentences, which keeps
generation fast and gives the vocabulary a long tail of rare words."""

from __future__ import annotations

import functools
import random
import re

from . import templates, words

POOL_SIZES = {
    "general": 8000,
    "us": 2000,
    "uk": 1500,
    "eu": 1500,
    "patent": 8000,
    "trademark": 5000,
    "copyright": 4000,
    "design": 2000,
    "trade_secret": 2000,
}
TECH_POOL_SIZE = 2500
_SLOT = re.compile(r"\{(\w+)\}")
_PARTIES = [
    "plaintiff",
    "defendant",
    "appellant",
    "appellee",
    "claimant",
    "respondent",
    "petitioner",
    "proprietor",
    "opposer",
    "applicant",
    "intervener",
    "movant",
]


def zipf_sampler(items: list[str], rng: random.Random, exponent: float = 1.05):
    """A function drawing from items with Zipf weights over a fixed shuffled ranking."""
    ranked = list(dict.fromkeys(items))
    rng.shuffle(ranked)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(len(ranked)):
        total += 1.0 / (rank + 1) ** exponent
        cumulative.append(total)

    def draw() -> str:
        return rng.choices(ranked, cum_weights=cumulative, k=1)[0]

    return draw


def technical_terms() -> list[str]:
    return [prefix + stem for prefix in words.TECH_PREFIXES for stem in words.TECH_STEMS]


def _fill(template: str, draws: dict, rng: random.Random) -> str:
    """The template with its slots filled; a second slot of a kind ({noun2}) never repeats
    the first ("the pleading, the pleading")."""
    filled: dict[str, str] = {}

    def draw(name: str) -> str:
        if name in ("num", "num2"):
            return str(rng.randint(2, 40))
        if name == "year":
            return str(rng.randint(1985, 2022))
        return draws[name.rstrip("2")]()

    def slot(match: re.Match) -> str:
        name = match.group(1)
        value = draw(name)
        first = filled.get(name[:-1]) if name.endswith("2") else None
        for _ in range(20):
            if value != first:
                break
            value = draw(name)
        filled[name] = value
        return value

    return _SLOT.sub(slot, template)


def _fill_many(source: str, draws: dict, size: int, rng: random.Random) -> tuple[str, ...]:
    lines = source.splitlines()
    return tuple(_fill(rng.choice(lines), draws, rng) for _ in range(size))


def _draws(rng: random.Random, tech_nouns: list[str]) -> dict:
    return {
        "adj": zipf_sampler(words.ADJECTIVES, rng),
        "noun": zipf_sampler(words.LEGAL_NOUNS, rng),
        "verb": zipf_sampler(words.VERBS, rng),
        "party": zipf_sampler(_PARTIES, rng, exponent=0.6),
        "tech": zipf_sampler(tech_nouns, rng),
        "tword": zipf_sampler(technical_terms(), rng, exponent=0.9),
        "rare": zipf_sampler(words.RARE, rng, exponent=0.8),
    }


@functools.cache
def topic_pools() -> dict[str, tuple[str, ...]]:
    """Sentences by topic: general, us, uk, eu and one per IP type."""
    rng = random.Random("ipcases-synthetic-pools-1")
    all_tech = [w for area in words.TECH_AREAS.values() for w in area.split()]
    draws = _draws(rng, all_tech)
    sources = {
        "general": templates.GENERAL,
        "us": templates.US_PROCEDURE,
        "uk": templates.UK_PROCEDURE,
        "eu": templates.EU_PROCEDURE,
        "patent": templates.PATENT,
        "trademark": templates.TRADEMARK,
        "copyright": templates.COPYRIGHT,
        "design": templates.DESIGN,
        "trade_secret": templates.TRADE_SECRET,
    }
    return {name: _fill_many(src, draws, POOL_SIZES[name], rng) for name, src in sources.items()}


@functools.cache
def tech_pools() -> dict[str, tuple[str, ...]]:
    """Sentences about one technology area each, for patent and design rulings."""
    pools = {}
    for area, nouns in words.TECH_AREAS.items():
        rng = random.Random(f"ipcases-synthetic-tech-{area}-1")
        draws = _draws(rng, nouns.split())
        pools[area] = _fill_many(templates.TECH, draws, TECH_POOL_SIZE, rng)
        pools[area] += _fill_many(templates.PATENT, draws, TECH_POOL_SIZE // 2, rng)
    return pools
