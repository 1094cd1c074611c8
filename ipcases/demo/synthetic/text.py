"""The text and summary of a synthetic ruling: a caption, numbered sections and paragraphs of
sentences chosen from the pre-built pools, interleaved with sentences about this case (parties,
rights in suit by number), the statutes, landmark rulings and earlier synthetic rulings cited.

Lengths are log-normal (median about 10 KB) with a rare heavy tail up to about 1 MB."""

from __future__ import annotations

import functools
import itertools
import math
import random

from ...courts import COURTS
from . import authorities, pools
from .records import Facts, facts

MEDIAN_LENGTH = 10_000
LENGTH_SIGMA = 0.95
MAX_LENGTH = 1_000_000
AVERAGE_SENTENCE = 82
_HEADINGS = {
    "us": ["I. BACKGROUND", "II. LEGAL STANDARD", "III. DISCUSSION", "IV. CONCLUSION"],
    "uk": ["Introduction", "The issues", "The law", "Assessment", "Conclusion"],
    "eu": ["Background to the dispute", "Forms of order sought", "Law", "Costs"],
}
_KIND_TITLES = {
    "opinion": "OPINION",
    "order": "MEMORANDUM OPINION AND ORDER",
    "judgment": "JUDGMENT",
    "verdict": "FINAL JUDGMENT ON THE VERDICT",
    "board_decision": "DECISION",
    "preliminary_ruling": "JUDGMENT",
    "other": "DECISION",
}


@functools.cache
def court_names() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in COURTS}


def target_length(rng: random.Random) -> int:
    if rng.random() < 0.0006:
        return int(math.exp(rng.uniform(math.log(250_000), math.log(MAX_LENGTH))))
    length = rng.lognormvariate(math.log(MEDIAN_LENGTH), LENGTH_SIGMA)
    return int(min(max(length, 1500), MAX_LENGTH))


def cite_as(f: Facts) -> str:
    """How another ruling cites this one."""
    court = court_names()[f.profile.court][1]
    cite = f.citations[0]
    if f.profile.system == "us":
        return f"{f.short_name}, {cite} ({court} {f.decision_date.year})"
    if cite.startswith("ECLI"):
        return f"{f.short_name}, {f.docket}, {cite}"
    return f"{f.short_name} {cite}"


@functools.lru_cache(maxsize=8192)
def _citable(seed: int, j: int) -> tuple[str, str]:
    earlier = facts(seed, j)
    return (earlier.profile.system, cite_as(earlier)) if earlier.citations else ("", "")


def earlier_rulings(f: Facts, rng: random.Random, wanted: int) -> list[str]:
    """Citations of earlier synthetic rulings of the same legal system; often-cited ones
    (small numbers) come up more, as landmark-like decisions do."""
    found: list[str] = []
    for _ in range(wanted * 2):
        if f.i <= 1 or len(found) >= wanted:
            break
        j = 1 + min(f.i - 2, int(math.exp(rng.random() * math.log(f.i))) - 1)
        system, cite = _citable(f.seed, j)
        if system == f.profile.system and cite not in found:
            found.append(cite)
    return found


def _specific(f: Facts, rng: random.Random) -> list[str]:
    """Sentences about this case: who sues whom over which rights."""
    holder = f.holder.short
    other = f.challenger.short if f.challenger else "the examining attorney"
    sentences = [f"{f.holder.name} (\u201c{holder}\u201d) is the owner of the rights at issue."]
    for right in f.rights:
        sentences.append(f"{holder} asserts {right.label} (\u201c{right.short}\u201d).")
        sentences += [
            s.format(r=right.short, h=holder, o=other, n=rng.randint(1, 30), t=right.title)
            for s in rng.sample(_RIGHT_SENTENCES[right.kind[:5]], 3)
        ]
    if f.challenger:
        sentences.append(f"{other} denies infringement and challenges the validity of the rights.")
    return sentences


_PATENT_SENTENCES = [
    "{o} contends that claim {n} of {r} is invalid as obvious.",
    "The parties dispute the construction of the term in claim {n} of {r}.",
    "{h} alleges that {o}'s products infringe at least claim {n} of {r}.",
    "{r} is entitled \u201c{t}.\u201d",
    "The asserted claims of {r} are claims 1 to {n}.",
    "{o} argues that {r} is directed to ineligible subject matter.",
]
_RIGHT_SENTENCES = {
    "utili": _PATENT_SENTENCES,
    "reiss": _PATENT_SENTENCES,
    "europ": _PATENT_SENTENCES,
    "desig": [
        "{h} contends that {o}'s product copies the ornamental design of {r}.",
        "The drawings of {r} show the article from {n} angles.",
        "{o} argues that {r} is invalid over the prior designs.",
    ],
    "trade": [
        "{h} has used {r} in commerce since long before {o} adopted its sign.",
        "{o}'s sign is, {h} says, confusingly similar to {r}.",
        "{o} argues that {r} is weak and entitled to a narrow scope of protection.",
        "{r} is registered for goods in Class {n}.",
    ],
    "copyr": [
        "{h} is the owner of {r}.",
        "{o} is alleged to have copied {r} without authorisation.",
        "{o} argues that the protectable elements of {r} are thin.",
    ],
    "regis": [
        "{h} relies on {r} for a {t}.",
        "{o}'s {t} is said to produce the same overall impression as {r}.",
        "{o} argues that {r} lacks individual character.",
    ],
}


def _authorities(f: Facts, rng: random.Random, sections: int) -> list[str]:
    system = f.profile.system
    cited = []
    for ip_type in f.ip_types:
        statutes = authorities.statutes_for(ip_type, system)
        for statute in rng.sample(statutes, min(2, len(statutes))):
            cited.append(rng.choice(_STATUTE_FORMS).format(s=statute))
        landmarks = authorities.landmarks_for(ip_type, system)
        for landmark in rng.sample(landmarks, min(len(landmarks), rng.randint(1, sections + 1))):
            cited.append(rng.choice(_LANDMARK_FORMS).format(c=landmark))
    for cite in earlier_rulings(f, rng, rng.choice((0, 1, 1, 2, 3))):
        cited.append(rng.choice(_LANDMARK_FORMS).format(c=cite))
    return cited


_STATUTE_FORMS = [
    "The claim arises under {s}.",
    "See {s}.",
    "The relevant provision is {s}.",
    "{s} governs this question.",
]
_LANDMARK_FORMS = [
    "See {c}.",
    "The governing principles are stated in {c}.",
    "That approach follows {c}.",
    "The court applies the test set out in {c}.",
    "See generally {c}.",
]


def _caption(f: Facts) -> str:
    court_name = court_names()[f.profile.court][0]
    if f.profile.system == "us":
        date = f"{f.decision_date:%B} {f.decision_date.day}, {f.decision_date.year}"
    else:
        date = f"{f.decision_date.day} {f.decision_date:%B %Y}"
    label = "Case No" if f.profile.system != "us" else "No."
    lines = [
        court_name.upper(),
        f.case_name,
        f"{label} {f.docket}",
        f"Decided: {date}",
        f"Before: {f.judges}",
        _KIND_TITLES.get(f.kind, "DECISION"),
    ]
    return "\n\n".join(lines)


def _topic_mix(f: Facts) -> tuple[list[tuple[str, ...]], list[float]]:
    """The pools a paragraph may draw from, with cumulative weights."""
    topics, techs = pools.topic_pools(), pools.tech_pools()
    mix = [(topics["general"], 0.30), (topics[f.profile.system], 0.08)]
    share = 0.62 / len(f.ip_types)
    for ip_type in f.ip_types:
        if ip_type in ("patent", "design"):
            mix += [(topics[ip_type], share * 0.6), (techs[f.area], share * 0.4)]
        else:
            mix.append((topics[ip_type], share))
    return [pool for pool, _ in mix], list(itertools.accumulate(w for _, w in mix))


def _paragraphs(f: Facts, rng: random.Random, count: int) -> list[list[str]]:
    """About count sentences in paragraphs of 3 to 9, each mostly on one topic. Sentences are
    drawn in one call per topic: per-sentence calls would dominate the time of long texts."""
    topic_pools, weights = _topic_mix(f)
    n = max(1, count // 6)
    sizes = rng.choices(_PARAGRAPH_SIZES, k=n)
    topics = rng.choices(range(len(topic_pools)), cum_weights=weights, k=n)
    needed = [0] * len(topic_pools)
    for size, topic in zip(sizes, topics, strict=True):
        needed[topic] += size
    drawn = [
        rng.choices(pool, k=k) if k else [] for pool, k in zip(topic_pools, needed, strict=True)
    ]
    general = rng.choices(pools.topic_pools()["general"], k=n)
    offsets = [0] * len(topic_pools)
    paragraphs = []
    for index, (size, topic) in enumerate(zip(sizes, topics, strict=True)):
        start = offsets[topic]
        offsets[topic] = start + size
        paragraph = drawn[topic][start : start + size]
        paragraph[index % size] = general[index]
        paragraphs.append(paragraph)
    return paragraphs


_PARAGRAPH_SIZES = [3, 4, 5, 6, 6, 7, 8, 9]


def _place(paragraphs: list[list[str]], sentences: list[str], rng: random.Random) -> None:
    """Spread sentences over the paragraphs after the first quarter."""
    first = len(paragraphs) // 4
    for sentence in sentences:
        paragraph = paragraphs[rng.randrange(first, len(paragraphs))]
        paragraph.insert(rng.randrange(len(paragraph) + 1), sentence)


def opinion_text(f: Facts, rng: random.Random) -> str:
    """The full text of the ruling, about target_length(rng) characters long."""
    length = target_length(rng)
    headings = _HEADINGS[f.profile.system]
    specific = _specific(f, rng)
    cited = _authorities(f, rng, len(headings))
    count = max(len(headings) * 3, (length - 400) // AVERAGE_SENTENCE - len(specific) - len(cited))
    paragraphs = _paragraphs(f, rng, count)
    # The case's facts open the background; the authorities and later mentions of the rights
    # are spread through the rest, as in a real opinion.
    opening = 2 + len(f.rights)
    paragraphs.insert(0, specific[:opening])
    _place(paragraphs, specific[opening:] + cited, rng)
    per_section = max(1, len(paragraphs) // len(headings))
    numbered = f.profile.system != "us"
    parts = [_caption(f)]
    for index, paragraph in enumerate(paragraphs):
        if index % per_section == 0 and index // per_section < len(headings):
            parts.append(headings[index // per_section])
        text = " ".join(paragraph)
        parts.append(f"{index + 1}. {text}" if numbered else text)
    return "\n\n".join(parts)


_OUTCOME_PHRASES = {
    "holder_won": "found for {h}",
    "challenger_won": "found for {o}",
    "mixed": "found for each side in part",
    "dismissed": "dismissed the claims without reaching the merits",
    "settled": "dismissed the action after the parties settled",
    "pending": "ruled on a preliminary motion",
    "other": "ruled on the questions before it",
}
_SUBJECTS = {
    "patent": "patent infringement and validity",
    "trademark": "trade mark infringement",
    "copyright": "copyright infringement",
    "design": "design infringement",
    "trade_secret": "trade secret misappropriation",
}


# What an appeal court did, by disposition (the winner is named after it).
_APPEAL_PHRASES = {
    "affirmed": "affirmed",
    "reversed": "reversed",
    "reversed_and_remanded": "reversed and remanded",
    "vacated": "vacated the decision below",
    "vacated_and_remanded": "vacated and remanded",
    "affirmed_in_part": "affirmed in part and reversed in part",
    "remanded": "remanded",
    "dismissed": "dismissed the appeal",
}


def summary(f: Facts) -> str:
    """One or two sentences: the dispute and what the court did, in the terms of its
    disposition (an affirmed appeal is not said to have been decided for the appellant)."""
    holder = f.holder.short
    other = f.challenger.short if f.challenger else "the examiner"
    court = court_names()[f.profile.court][1]
    subject = " and ".join(_SUBJECTS[t] for t in f.ip_types)
    rights = _rights_named(f)
    first = f"A dispute over {subject} between {holder} and {other}" + (
        f" concerning {rights}." if rights else "."
    )
    second = f"The {court} {_action(f, holder, other)}"
    if f.damages_amount is not None:
        second += f" and awarded {f.damages_currency} {f.damages_amount:,.0f} in damages"
    if f.injunction:
        second += f"; an injunction was {f.injunction}"
    return f"{first} {second}."


def _action(f: Facts, holder: str, other: str) -> str:
    if f.profile.level != "appeal" or f.disposition not in _APPEAL_PHRASES:
        return _OUTCOME_PHRASES[f.outcome].format(h=holder, o=other)
    winner = {"holder_won": holder, "challenger_won": other}.get(f.outcome)
    done = _APPEAL_PHRASES[f.disposition]
    return f"{done}, in favour of {winner}" if winner else done


def _rights_named(f: Facts) -> str:
    """The first rights in suit, each named once."""
    return ", ".join(dict.fromkeys(r.short for r in f.rights[:3]))
