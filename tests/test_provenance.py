"""One ruling from many sources: provenance records, order of trust, idempotency."""

import pytest

from ipcases.courts import ensure_courts
from ipcases.importers.pipeline import run_import
from ipcases.importers.store import save_records
from ipcases.models import EditorCorrection, Ruling, SourceRecord
from ipcases.sources.trust import trust_rank
from tests.provenance_samples import HARBOUR_CAP, HARBOUR_CL, harbour_landmark, record

pytestmark = pytest.mark.django_db

IMPORTS = {"cap": HARBOUR_CAP, "courtlistener": HARBOUR_CL}


@pytest.fixture
def landmark():
    ensure_courts()
    save_records([harbour_landmark()])
    return Ruling.objects.get()


@pytest.mark.parametrize("order", [("cap", "courtlistener"), ("courtlistener", "cap")])
def test_it_keeps_one_ruling_with_three_provenance_records_in_either_order(landmark, order):
    for source in order:
        summary = run_import(source, [IMPORTS[source]])
        assert (summary.created, summary.attached) == (0, 1)
    ruling = Ruling.objects.get()
    assert ruling.pk == landmark.pk
    assert sorted(ruling.source_records.values_list("source", flat=True)) == [
        "cap",
        "courtlistener",
        "landmark",
    ]
    assert sorted(ruling.official_citations.values_list("cite", flat=True)) == [
        "12 F.3d 345",
        "1994 Copr. L. Dec. 27,301",  # CAP's parallel citation
        "31 U.S.P.Q. 2d (BNA) 1001",
    ]
    assert ruling.case.name == "Harbour Light Music, Inc. v. Prescott"
    assert ruling.summary.startswith("Unlicensed recordings")
    assert ruling.rights_holder_outcome == "holder_won"
    assert ruling.text.startswith("[Majority opinion, CYR")  # CAP's text is the longest
    assert ruling.source == "landmark"


@pytest.mark.parametrize("order", [("cap", "courtlistener"), ("courtlistener", "cap")])
def test_it_recognises_the_ruling_without_a_landmark_in_either_order(order):
    first, second = (run_import(source, [IMPORTS[source]]) for source in order)
    assert (first.created, second.attached) == (1, 1)
    ruling = Ruling.objects.get()
    assert ruling.source == order[0]
    assert ruling.source_records.count() == 2


def test_it_changes_nothing_when_any_source_is_run_again(landmark):
    for source in IMPORTS:
        run_import(source, [IMPORTS[source]])
    before = list(SourceRecord.objects.values("ruling", "source", "content_hash", "retrieved_at"))
    for source in IMPORTS:
        assert run_import(source, [IMPORTS[source]]).unchanged == 1
    assert save_records([harbour_landmark()]).unchanged == 1
    assert Ruling.objects.count() == 1
    assert list(
        SourceRecord.objects.values("ruling", "source", "content_hash", "retrieved_at")
    ) == (before)


def test_a_later_poorer_source_never_overwrites_a_richer_one():
    ensure_courts()
    full = record("cap", "1", docket_number="19-100", judges="Lynch, Kayatta", text="x" * 500)
    save_records([full])
    feed = record("cafc-rss", "feed-1", docket_number="19-100", judges="L., K.", text="short")
    assert save_records([feed]).attached == 1
    ruling = Ruling.objects.get()
    assert (ruling.judges, ruling.text) == ("Lynch, Kayatta", "x" * 500)


def test_a_later_richer_source_fills_the_gaps_and_takes_over():
    ensure_courts()
    save_records([record("cafc-rss", "feed-1", docket_number="19-100", judges="L., K.")])
    full = record(
        "courtlistener",
        "cluster:1",
        docket_number="19-100",
        judges="Lynch, Kayatta",
        disposition="affirmed",
        text="The full opinion.",
    )
    save_records([full])
    ruling = Ruling.objects.get()
    assert (ruling.judges, ruling.disposition, ruling.text) == (
        "Lynch, Kayatta",
        "affirmed",
        "The full opinion.",
    )


def test_an_editors_correction_survives_every_reimport(landmark):
    landmark.summary = "Corrected by an editor."
    landmark.save()
    EditorCorrection.objects.create(ruling=landmark, field="summary")
    save_records([harbour_landmark(summary="A changed summary from the source.")])
    run_import("cap", [HARBOUR_CAP])
    assert Ruling.objects.get().summary == "Corrected by an editor."


def test_the_order_of_trust_puts_curated_and_full_text_before_feeds():
    assert trust_rank("landmark", False) < trust_rank("cap", True)
    assert trust_rank("cap", True) == trust_rank("courtlistener", True)
    assert trust_rank("courtlistener", True) < trust_rank("courtlistener", False)
    assert trust_rank("cafc-rss", False) < trust_rank("synthetic", True)


def test_a_ruling_stored_before_source_records_gets_its_origin_record_on_reimport():
    ensure_courts()
    save_records([record("csv", "a")])
    SourceRecord.objects.all().delete()
    assert save_records([record("csv", "a")]).unchanged == 1
    assert SourceRecord.objects.get().source_id == "a"


def test_the_page_shows_every_provenance_record(client, landmark):
    for source in IMPORTS:
        run_import(source, [IMPORTS[source]])
    html = client.get(f"/rulings/{landmark.pk}/").content.decode()
    section = html.split('id="prov-h"')[1].split("</section>")[0]
    for expected in ["harbour-light-1994", "4100001", "cluster:7000345", "Caselaw Access Project"]:
        assert expected in section, expected


def test_the_page_says_a_landmark_was_entered_from_the_list_not_retrieved(client, landmark):
    run_import("cap", [HARBOUR_CAP])
    html = client.get(f"/rulings/{landmark.pk}/").content.decode()
    section = html.split('id="prov-h"')[1].split("</section>")[0]
    entered = landmark.retrieved_at.strftime("%-d %B %Y")
    assert section.count("Entered from the landmark list on " + entered) == 1
    assert section.count("Retrieved ") == 1  # the Caselaw Access Project's record


def test_lists_and_counts_hold_the_ruling_once(client, landmark):
    for source in IMPORTS:
        run_import(source, [IMPORTS[source]])
    assert Ruling.objects.count() == 1
    assert client.get("/rulings/").context["page"].paginator.count == 1
    assert sum(row["n"] for row in Ruling.objects.count_by_ip_type()) == 1


def test_a_case_name_corrected_in_the_admin_survives_a_reimport(client, landmark):
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    case = landmark.case
    url = f"/admin/ipcases/case/{case.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(name="Harbour Light Music Inc. v. Prescott (corrected)", rights=[])
    data.update({"case_parties-TOTAL_FORMS": 0, "case_parties-INITIAL_FORMS": 0})
    assert client.post(url, data).status_code == 302
    assert list(landmark.corrections.values_list("field", flat=True)) == ["case_name"]
    run_import("cap", [HARBOUR_CAP])
    case.refresh_from_db()
    assert case.name == "Harbour Light Music Inc. v. Prescott (corrected)"
