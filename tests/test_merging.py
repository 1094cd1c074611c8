"""Merging two rulings keeps the graph whole and the old address answers with a redirect."""

import pytest
from django.contrib.auth.models import User

from ipcases.models import (
    CaseParty,
    DuplicateCandidate,
    EditorCorrection,
    IPRight,
    MergedRuling,
    Party,
    Ruling,
    SourceRecord,
)
from ipcases.sources.merging import merge_rulings, repoint_relations
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db


def pair():
    """The same ruling twice: from a feed (no text) and from an official source with text."""
    feed = make_ruling(source="cafc-rss", text="", citations=("5 F.4th 1",), judges="M., R.")
    full = make_ruling(
        source="cap",
        text="The full opinion.",
        citations=("5 F.4th 1", "2021 WL 1"),
        ip_types=("patent", "trademark"),
    )
    return feed, full


def test_it_moves_provenance_citations_and_tags_to_the_survivor():
    feed, full = pair()
    merge_rulings(feed, full)
    assert list(Ruling.objects.all()) == [full]
    assert sorted(full.source_records.values_list("source", flat=True)) == ["cafc-rss", "cap"]
    assert sorted(full.official_citations.values_list("normalized", flat=True)) == [
        "2021 wl 1",
        "5 f4th 1",
    ]
    assert full.ip_types == ["patent", "trademark"]
    assert full.text == "The full opinion."


def test_the_best_text_is_kept_whichever_ruling_survives():
    feed, full = pair()
    merge_rulings(full, feed)
    feed.refresh_from_db()
    assert feed.text == "The full opinion."


def test_parties_and_rights_of_the_absorbed_case_join_the_survivor():
    feed, full = pair()
    acme = Party.objects.create(name="Acme", normalized_name="acme")
    CaseParty.objects.create(case=feed.case, party=acme, role="plaintiff")
    CaseParty.objects.create(case=full.case, party=acme, role="plaintiff")
    bolt = Party.objects.create(name="Bolt", normalized_name="bolt")
    CaseParty.objects.create(case=feed.case, party=bolt, role="defendant")
    feed.case.rights.add(IPRight.objects.create(kind="utility_patent", office="US", number="7"))
    old_case = feed.case.pk
    merge_rulings(feed, full)
    assert sorted(full.case.case_parties.values_list("party__name", flat=True)) == ["Acme", "Bolt"]
    assert list(full.case.rights.values_list("number", flat=True)) == ["7"]
    assert not type(full.case).objects.filter(pk=old_case).exists()


def test_a_case_with_other_rulings_stays():
    case = make_case()
    feed = make_ruling(case=case, source="cafc-rss")
    make_ruling(case=case)
    full = make_ruling(source="cap")
    merge_rulings(feed, full)
    assert case.rulings.count() == 1


def test_the_old_address_redirects_permanently(client):
    feed, full = pair()
    old = feed.pk
    merge_rulings(feed, full)
    response = client.get(f"/rulings/{old}/")
    assert response.status_code == 301
    assert response["Location"] == f"/rulings/{full.pk}/"
    assert client.get("/rulings/999999/").status_code == 404


def test_a_ruling_merged_twice_redirects_to_the_last_survivor(client):
    first, second = pair()
    third = make_ruling(source="courtlistener")
    old = first.pk
    merge_rulings(first, second)
    merge_rulings(second, third)
    assert MergedRuling.objects.survivor_of(old) == third.pk
    assert client.get(f"/rulings/{old}/")["Location"] == f"/rulings/{third.pk}/"


def test_candidates_between_the_two_are_settled_and_others_follow_the_survivor():
    feed, full = pair()
    elsewhere = make_ruling(source="ttab")
    settled = DuplicateCandidate.objects.create(ruling=feed, other=full, reason="citation_shared")
    moved = DuplicateCandidate.objects.create(ruling=feed, other=elsewhere, reason="same_source")
    merge_rulings(feed, full)
    settled.refresh_from_db()
    moved.refresh_from_db()
    assert (settled.ruling, settled.other, settled.status) == (full, None, "merged")
    assert (moved.ruling, moved.other) == (full, elsewhere)


def test_rows_that_would_collide_after_the_move_are_dropped():
    feed, full = pair()
    EditorCorrection.objects.create(ruling=feed, field="summary")
    EditorCorrection.objects.create(ruling=full, field="summary")
    EditorCorrection.objects.create(ruling=feed, field="judges")
    repoint_relations(feed, full)
    assert sorted(full.corrections.values_list("field", flat=True)) == ["judges", "summary"]
    assert full.official_citations.count() == 2


def test_merging_a_ruling_into_itself_is_refused():
    feed, _ = pair()
    with pytest.raises(ValueError):
        merge_rulings(feed, feed)


def test_the_admin_merges_a_candidate_into_the_other_ruling(client):
    feed, full = pair()
    candidate = DuplicateCandidate.objects.create(ruling=feed, other=full, reason="citation_shared")
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    response = client.post(
        "/admin/ipcases/duplicatecandidate/",
        {"action": "merge_into_other", "_selected_action": [candidate.pk]},
    )
    assert response.status_code == 302
    assert list(Ruling.objects.all()) == [full]
    assert SourceRecord.objects.filter(ruling=full).count() == 2
    assert client.get("/admin/ipcases/duplicatecandidate/?status__exact=merged").status_code == 200


def test_an_editors_change_in_the_admin_is_kept_as_a_correction(client):
    ruling = make_ruling(summary="Old")
    client.force_login(User.objects.create_superuser("editor", "e@example.org", "pw"))
    page = client.get(f"/admin/ipcases/ruling/{ruling.pk}/change/")
    form = page.context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(summary="New", decision_date="2020-01-15")
    for prefix in ("ip_type_tags", "official_citations", "source_records", "termination"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data["ip_type_tags-TOTAL_FORMS"] = 0
    response = client.post(f"/admin/ipcases/ruling/{ruling.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(ruling.corrections.values_list("field", flat=True)) == ["summary"]


def test_citations_of_either_ruling_end_up_linked_to_the_survivor():
    from ipcases.citations import index_citations

    landmark = make_ruling(source="landmark", citations=("499 U.S. 340",), text="")
    copy = make_ruling(source="cap", citations=("499 U.S. 340",), text="No text cited here.")
    citing = make_ruling(
        text="See Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991)."
    )
    index_citations([landmark.pk, copy.pk, citing.pk])

    merge_rulings(copy, landmark)

    assert list(Ruling.objects.citing(landmark)) == [citing]
