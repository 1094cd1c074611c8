"""Terms of art: the phrases of intellectual-property law that lawyers search as phrases.

On PostgreSQL each occurrence of one of these phrases is indexed as one more word (its tokens
joined by spaces, at the position of its first token), so that a search for the phrase reads
one short list instead of the positions of each of its words: "summary judgment" or
"likelihood of confusion" are then as fast as a single rare word, and a proximity search on
them reads fewer positions. Phrases not listed here are matched on positions as before, with
the same results. Nothing here changes what a query finds, only how it is found.

Changing the list changes VERSION: until `python manage.py reindex_search` has run, the index
holds the old terms, and searches match every phrase on positions (see postgres.prepare).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import replace

from .query import And, Near, Not, Or, Phrase, Term
from .text import tokens

PHRASES = """
    summary judgment
    judgment as a matter of law
    motion to dismiss
    preliminary injunction
    permanent injunction
    irreparable harm
    balance of hardships
    balance of convenience
    public interest
    likelihood of success
    declaratory judgment
    personal jurisdiction
    subject matter jurisdiction
    burden of proof
    clear and convincing evidence
    preponderance of the evidence
    substantial evidence
    abuse of discretion
    de novo
    claim preclusion
    issue preclusion
    collateral estoppel
    res judicata
    equitable estoppel
    unclean hands
    bad faith
    exceptional case
    attorney fees
    statutory damages
    actual damages
    enhanced damages
    lost profits
    reasonable royalty
    established royalty
    entire market value
    smallest salable unit
    prejudgment interest
    unjust enrichment
    account of profits
    disgorgement of profits
    jury verdict
    new trial
    claim construction
    markman hearing
    claim term
    plain meaning
    ordinary meaning
    intrinsic evidence
    extrinsic evidence
    claim differentiation
    means plus function
    prosecution history
    prosecution history estoppel
    doctrine of equivalents
    literal infringement
    direct infringement
    induced infringement
    inducement of infringement
    contributory infringement
    willful infringement
    wilful infringement
    prior art
    person of ordinary skill in the art
    ordinary skill in the art
    skill in the art
    motivation to combine
    reasonable expectation of success
    secondary considerations
    objective indicia
    commercial success
    long felt need
    obviousness type double patenting
    double patenting
    on sale bar
    public use
    written description
    undue experimentation
    best mode
    reasonable certainty
    patent eligible subject matter
    abstract idea
    law of nature
    natural phenomenon
    inventive concept
    inventive step
    person skilled in the art
    common general knowledge
    added matter
    inequitable conduct
    patent misuse
    patent exhaustion
    first sale
    first sale doctrine
    inter partes review
    post grant review
    ex parte reexamination
    patent trial and appeal board
    standard essential patent
    standard essential patents
    fair reasonable and non discriminatory
    supplementary protection certificate
    utility model
    design patent
    ordinary observer
    registered community design
    unregistered community design
    informed user
    overall impression
    individual character
    technical function
    likelihood of confusion
    actual confusion
    initial interest confusion
    reverse confusion
    secondary meaning
    acquired distinctiveness
    trade dress
    trade mark
    famous mark
    well known mark
    strength of the mark
    similarity of the marks
    similarity of the goods
    channels of trade
    goods and services
    passing off
    dilution by blurring
    dilution by tarnishment
    likelihood of dilution
    nominative fair use
    descriptive fair use
    fair use
    domain name
    counterfeit goods
    trademark trial and appeal board
    substantial similarity
    striking similarity
    idea expression dichotomy
    merger doctrine
    scenes a faire
    work made for hire
    derivative work
    transformative use
    de minimis
    public domain
    moral rights
    public performance
    safe harbor
    notice and takedown
    digital millennium copyright act
    vicarious liability
    vicarious infringement
    copyright misuse
    trade secret
    trade secrets
    reasonable measures
    independent economic value
    improper means
    inevitable disclosure
    defend trade secrets act
    uniform trade secrets act
    confidential information
    breach of confidence
    breach of contract
    unfair competition
"""


@functools.cache
def terms() -> frozenset[tuple[str, ...]]:
    """The token sequences of the terms of art (two tokens or more)."""
    found = (tuple(tokens(line)) for line in PHRASES.strip().splitlines())
    return frozenset(t for t in found if len(t) > 1)


@functools.cache
def _by_first() -> dict[str, list[tuple[str, ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for term in sorted(terms()):
        found.setdefault(term[0], []).append(term)
    return found


VERSION = hashlib.sha256("\n".join(sorted(map(" ".join, terms()))).encode()).hexdigest()[:16]


def lexeme(term: tuple[str, ...]) -> str:
    """The word a term is indexed as: its tokens joined by spaces, which no token contains."""
    return " ".join(term)


def length(token: str) -> int:
    """How many tokens a word stands for: 1, or a term's tokens."""
    return token.count(" ") + 1


def occurrences(column: list[str]) -> list[tuple[int, str]]:
    """(index of its first token, lexeme) of every term in a list of tokens."""
    by_first = _by_first()
    found = []
    for index, token in enumerate(column):
        for term in by_first.get(token, ()):
            if tuple(column[index : index + len(term)]) == term:
                found.append((index, lexeme(term)))
    return found


def as_terms(node):
    """The tree with every phrase that is a term of art as one word (Term of its lexeme)."""
    if isinstance(node, And | Or):
        return type(node)(tuple(as_terms(child) for child in node.children))
    if isinstance(node, Not):
        return Not(as_terms(node.child))
    if isinstance(node, Near):
        return replace(node, left=as_terms(node.left), right=as_terms(node.right))
    if isinstance(node, Phrase) and node.tokens in terms():
        return Term(lexeme(node.tokens), node.column)
    return node
