"""Of two sources' texts of one ruling, the cleaner is shown, not the longer."""

import pytest

from ipcases.courts import ensure_courts
from ipcases.importers.store import save_records
from ipcases.models import Ruling
from ipcases.text_quality import text_quality
from tests.provenance_samples import record

CLEAN = (
    "The district court held that the claims were infringed and that the defendant had copied "
    "the device. See Feist Publications, Inc. v. Rural Telephone Service Co., 499 U.S. 340 "
    "(1991).\n\nThe court then turned to damages and found a reasonable royalty of five percent."
)
# The same decision as text pulled from a PDF: hard-wrapped lines, words broken across them,
# page numbers and running headers.
PDF = (
    "Case 2:19-cv-00123-JRG Document 88 Filed 05/02/20\n"
    "The district court held that the claims were in-\n"
    "fringed and that the defendant had copied the de-\n"
    "vice. See Feist Publications, Inc. v. Rural Tele-\n"
    "phone Service Co., 499 U.S. 340 (1991).\n"
    "12\n"
    "The court then turned to damages and found a rea-\n"
    "sonable royalty of five percent.\n"
)


def test_a_clean_text_scores_higher_than_the_same_text_from_a_pdf():
    assert text_quality(CLEAN) >= 90
    assert text_quality(PDF) < 60
    assert text_quality("") == 0


@pytest.mark.django_db
@pytest.mark.parametrize("order", [("cap", "courtlistener"), ("courtlistener", "cap")])
def test_a_merged_ruling_keeps_the_cleaner_text_even_when_it_is_shorter(order):
    ensure_courts()
    texts = {"cap": PDF + "\n" * 40, "courtlistener": CLEAN}
    assert len(texts["cap"]) > len(texts["courtlistener"])
    for source in order:
        save_records([record(source, f"{source}-1", citations=["5 F.4th 1"], text=texts[source])])

    assert Ruling.objects.get().text == CLEAN


@pytest.mark.django_db
def test_an_excerpt_does_not_win_over_the_whole_decision_by_being_clean():
    ensure_courts()
    whole = PDF * 5
    save_records([record("cap", "1", citations=["5 F.4th 1"], text=whole)])
    save_records([record("courtlistener", "c", citations=["5 F.4th 1"], text=CLEAN[:150])])

    assert Ruling.objects.get().text.startswith("Case 2:19-cv-00123-JRG")
