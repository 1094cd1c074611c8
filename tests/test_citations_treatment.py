"""How a citing text treats what it cites: read from the citing sentence (and the next one
when it speaks of the cited ruling), "cited" whenever the words are unclear. The sentences
are written for these tests."""

import pytest

from ipcases.citations import extract

CITE = "Acme Corp. v. Bolt Tools, Inc., 812 F.3d 1001 (Fed. Cir. 2016)"
GROUP = "812 f3d 1001"


def treatment(text: str) -> tuple[str, str]:
    authority = next(a for a in extract(text).authorities if a.group == GROUP)
    return authority.treatment, authority.treatment_rule


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"To the extent it holds otherwise, we overrule {CITE}.", "overruled"),
        (f"{CITE}, is hereby overruled.", "overruled"),
        (f"We respectfully disagree with {CITE}, on this point.", "questioned"),
        (f"We decline to follow {CITE}.", "questioned"),
        (f"We are not persuaded by {CITE}.", "questioned"),
        (f"{CITE}, was wrongly decided.", "questioned"),
        (f"{CITE}, is distinguishable on its facts.", "distinguished"),
        (f"The defendant relies on {CITE}. That case is inapposite.", "distinguished"),
        (f"Unlike in {CITE}, the claims here recite a machine.", "distinguished"),
        (f"Applying {CITE}, we hold that the claims are invalid.", "followed"),
        (f"This appeal is controlled by {CITE}.", "followed"),
        (f"See {CITE}.", "cited"),
    ],
)
def test_it_reads_the_treatment_from_the_courts_own_words(text, expected):
    assert treatment(text)[0] == expected


@pytest.mark.parametrize(
    "text, reason",
    [
        (f"We need not decide whether {CITE}, is distinguishable.", "negated or conditional"),
        (f"Bolt argues that {CITE}, is distinguishable.", "a party's argument"),
        (
            f"See {CITE} (declining to follow an earlier panel that was wrongly decided).",
            "in a quotation or the cited ruling's parenthetical",
        ),
        (f"{CITE}, was overruled on other grounds by a later panel.", "no treatment words"),
        (f"We distinguish {CITE}, but we follow it in part.", "cues of several treatments"),
    ],
)
def test_it_stays_cited_with_the_reason_when_the_words_are_unclear(text, reason):
    assert treatment(text) == ("cited", reason)


def test_a_cue_about_another_citation_in_the_sentence_is_not_this_ones():
    text = (
        f"The court relied on {CITE}; but Delta Mfg. Co. v. Echo Sys., Inc., 900 F.3d 77 "
        "(Fed. Cir. 2018), is distinguishable."
    )
    found = {a.group: a.treatment for a in extract(text).authorities}
    assert found == {GROUP: "cited", "900 f3d 77": "distinguished"}


def test_the_next_sentence_counts_only_when_it_speaks_of_the_cited_ruling():
    assert treatment(f"See {CITE}. Acme is distinguishable.")[0] == "distinguished"
    assert treatment(f"See {CITE}. The patent is distinguishable.")[0] == "cited"


def test_the_most_telling_treatment_wins_with_its_passage():
    text = (
        f"We first note {CITE}. Much later in the opinion we add more. "
        "The present facts differ, and 812 F.3d at 1005 is distinguishable."
    )
    authority = next(a for a in extract(text).authorities if a.group == GROUP)
    assert authority.treatment == "distinguished"
    assert authority.passage.endswith("is distinguishable.")
    assert text[authority.passage_at :].startswith("812 F.3d at 1005")


def test_every_citation_carries_its_passage_and_place():
    text = f"The first sentence. See {CITE}. The last sentence."
    authority = extract(text).authorities[0]
    assert authority.passage == f"See {CITE}."
    assert text[authority.passage_at :].startswith("812 F.3d 1001")
