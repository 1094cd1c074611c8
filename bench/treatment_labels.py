"""The labelled set for bench/treatments.py: how a citing text treats a cited ruling.

Two kinds of labels:

- REAL: citations in the real opinions of ../shared/data (CAP, Find Case Law), by file and
  cited ruling (its normalised citation, as extraction groups it). Only the labels other
  than "cited" are listed; every other ruling those texts cite is labelled "cited". Every
  sentence that cites a ruling in these files was read to label it. Facts, not text: no
  opinion text is copied here.
- SAMPLES: short sentences written for this project (no opinion's words), ``{cite}`` standing
  for the citation of the ruling treated.

DEV was used while writing the rules; HELD_OUT was written before the rules were run on it
and evaluated once, at the end (bench/treatments.py --held-out).
"""

CITE = "Acme Corp. v. Bolt Tools, Inc., 812 F.3d 1001 (Fed. Cir. 2016)"
GROUP = "812 f3d 1001"

DEV_FILES = ["cap/feist_h.json", "cap/lotus_h.json"]
HELD_OUT_FILES = [
    f"uk-find-case-law/2020-ewca-{n}-civ.xml"
    for n in (103, 1263, 1293, 1467, 1521, 1541, 1562, 451, 475, 521, 793, 850, 871)
]

REAL = {
    # Lotus v. Borland: "Our holding ... goes against Autoskill"; "we fail to see how ...".
    ("cap/lotus_h.json", "994 f2d 1476"): "questioned",
    # Lotus: the Altai test "of little help" for a menu command hierarchy.
    ("cap/lotus_h.json", "982 f2d 693"): "distinguished",
    # Lotus: Baker v. Selden not as analogous as Borland claims.
    ("cap/lotus_h.json", "101 us 99"): "distinguished",
    # Feist: the "sweat of the brow" decisions it rejects.
    ("cap/feist_h.json", "91 f2d 484"): "overruled",
    ("cap/feist_h.json", "281 f 83"): "overruled",
    # Feist: applies Moskal's canon of construction.
    ("cap/feist_h.json", "498 us 103"): "followed",
    # Hozelock: the judge below followed the Pozzoli structured approach, approved.
    ("uk-find-case-law/2020-ewca-871-civ.xml", "[2007] ewca civ 588"): "followed",
    # Regen Lab: natural justice "in accordance with" Al Rawi.
    ("uk-find-case-law/2020-ewca-451-civ.xml", "[2011] uksc 34"): "followed",
}

DEV_SAMPLES = [
    ("To the extent it holds otherwise, we overrule {cite}.", "overruled"),
    ("{cite}, is hereby overruled.", "overruled"),
    ("We respectfully disagree with {cite}, on this point.", "questioned"),
    ("We decline to follow {cite}.", "questioned"),
    ("We are not persuaded by {cite}.", "questioned"),
    ("{cite}, was wrongly decided.", "questioned"),
    ("{cite}, is distinguishable on its facts.", "distinguished"),
    ("The defendant relies on {cite}. That case is inapposite.", "distinguished"),
    ("Unlike in {cite}, the claims here recite a machine.", "distinguished"),
    ("Applying {cite}, we hold that the claims are invalid.", "followed"),
    ("This appeal is controlled by {cite}.", "followed"),
    ("See {cite}.", "cited"),
    ("We need not decide whether {cite}, is distinguishable.", "cited"),
    ("Bolt argues that {cite}, is distinguishable.", "cited"),
    ("See {cite} (declining to follow an earlier panel that was wrongly decided).", "cited"),
    ("{cite}, was overruled on other grounds by a later panel.", "cited"),
    ("We distinguish {cite}, but we follow it in part.", "cited"),
    ("Our conclusion on the first question conflicts with {cite}.", "questioned"),
]

HELD_OUT_SAMPLES = [
    # Negative, in words the rules may or may not know.
    ("We now expressly overrule {cite}.", "overruled"),
    (
        "Sitting en banc, we overrule {cite}, insofar as it requires a written description.",
        "overruled",
    ),
    ("{cite}, and the cases following it, are overruled.", "overruled"),
    ("We disapprove {cite}, to the extent that it suggests otherwise.", "overruled"),
    ("{cite}, can no longer be regarded as good law.", "overruled"),
    ("We respectfully decline to follow {cite}.", "questioned"),
    ("We think {cite}, was incorrectly decided.", "questioned"),
    ("The reasoning in {cite}, is unpersuasive.", "questioned"),
    ("We part company with {cite}, on the meaning of the term.", "questioned"),
    ("We have doubts about the reasoning of {cite}.", "questioned"),
    ("Later developments call into question {cite}.", "questioned"),
    ("{cite}, is readily distinguishable.", "distinguished"),
    ("The facts of {cite}, were quite different: there the mark was never used.", "distinguished"),
    ("{cite}, is not on point, because it concerned a design patent.", "distinguished"),
    ("{cite}, does not control here.", "distinguished"),
    (
        "Unlike the claims in {cite}, the claims before us recite specific hardware.",
        "distinguished",
    ),
    ("{cite}, is of no assistance to the appellant.", "distinguished"),
    # Not negative: the words are someone else's, negated, hypothetical or reported.
    ("The appellant contends that {cite}, was wrongly decided.", "cited"),
    ("Bolt attempts to distinguish {cite}, but the attempt fails.", "cited"),
    ("We see no reason to depart from {cite}.", "followed"),
    ("{cite}, is not distinguishable in any material respect.", "cited"),
    ("Even if {cite}, were distinguishable, the result would be the same.", "cited"),
    (
        "{cite}, overruled in part by Delta Mfg. Co. v. Echo Sys., Inc., "
        "900 F.3d 77 (Fed. Cir. 2018).",
        "cited",
    ),
    ("See {cite} (distinguishing an earlier design-patent case).", "cited"),
    ("The district court declined to follow {cite}, and we reverse.", "cited"),
    ("We do not overrule {cite}; we apply it.", "followed"),
    ("The parties agree that {cite}, governs.", "cited"),
    ("Counsel submitted that {cite}, is inapposite.", "cited"),
    ("In {cite}, the court questioned whether the doctrine applies to software.", "cited"),
    ("{cite}, criticized the earlier line of authority.", "cited"),
    # Positive and neutral.
    ("We follow {cite}, and hold the claim indefinite.", "followed"),
    ("Applying the test of {cite}, the judge found no infringement, and we agree.", "followed"),
    ("We are bound by {cite}.", "followed"),
    ("The claim construction is governed by {cite}.", "followed"),
    ("As we explained in {cite}, the inquiry is objective.", "cited"),
    ("See generally {cite}.", "cited"),
    ("Cf. {cite}.", "cited"),
    ("The judge cited {cite}, for the standard of review.", "cited"),
]
