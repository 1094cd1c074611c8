"""The merge_duplicates command: merge what is surely one ruling, list the rest for editors."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import DuplicateCandidate, MergedRuling, Ruling
from tests.helpers import make_case, make_ruling

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("merge_duplicates", *args, stdout=out)
    return out.getvalue()


def cited(source: str, *citations: str, docket: str = "20-5") -> Ruling:
    """A ruling of one proceeding (docket 20-5) as one source gives it, in its own case."""
    return make_ruling(source=source, citations=citations, case=make_case(docket_number=docket))


def cited_twice():
    return cited("cafc-rss", "5 F.4th 1"), cited("landmark", "5 F.4th 1")


def test_a_dry_run_lists_the_merge_and_writes_nothing():
    feed, landmark = cited_twice()
    out = run("--dry-run")
    evidence = "citation 5 f4th 1; docket 20-5, 2020-01-15"
    assert f"would merge ruling {feed.pk} into {landmark.pk} ({evidence})" in out
    assert out.strip().endswith(
        "Dry run, nothing written: 1 ruling(s) merged into 1, 0 doubtful pair(s) for an editor."
    )
    assert Ruling.objects.count() == 2
    assert not MergedRuling.objects.exists()


def test_it_merges_into_the_most_trusted_ruling():
    feed, landmark = cited_twice()
    run()
    assert list(Ruling.objects.all()) == [landmark]
    assert MergedRuling.objects.survivor_of(feed.pk) == landmark.pk
    assert sorted(landmark.source_records.values_list("source", flat=True)) == [
        "cafc-rss",
        "landmark",
    ]
    assert run().strip().endswith("0 ruling(s) merged into 0, 0 doubtful pair(s) for an editor.")


def test_it_merges_by_court_docket_and_date():
    first = make_ruling(source="cafc-rss", case=make_case(docket_number="No. 19-1234"))
    second = make_ruling(source="courtlistener", case=make_case(docket_number="19-01234"))
    run()
    assert Ruling.objects.count() == 1
    assert not Ruling.objects.filter(pk=first.pk).exists()
    assert second.source_records.count() == 2


def test_one_sources_rulings_of_one_day_in_one_docket_are_left_alone():
    case = make_case()
    make_ruling(case=case, source="courtlistener")
    make_ruling(case=case, source="courtlistener")
    assert "0 ruling(s) merged into 0, 0 doubtful" in run()


def test_doubtful_pairs_are_recorded_for_an_editor():
    make_ruling(source="cap", citations=("5 F.4th 1",))
    make_ruling(source="cap", citations=("5 F.4th 1",))
    make_ruling(source="ttab", court="ca2", citations=("9 F.4th 9",))
    make_ruling(source="cap", citations=("9 F.4th 9",))
    out = run()
    assert out.count("left for an editor:") == 2
    assert sorted(DuplicateCandidate.objects.values_list("reason", flat=True)) == [
        "citation_other_court",
        "same_source",
    ]
    assert Ruling.objects.count() == 4
    assert "0 doubtful pair(s)" in run()


def test_one_citation_on_two_dockets_is_left_for_an_editor():
    cited("cap", "5 F.4th 1", docket="20-5")
    cited("courtlistener", "5 F.4th 1", docket="20-6")
    run()
    assert list(DuplicateCandidate.objects.values_list("reason", flat=True)) == ["citation_shared"]
    assert Ruling.objects.count() == 2


def test_a_pair_an_editor_dismissed_is_not_merged():
    feed, landmark = cited_twice()
    DuplicateCandidate.objects.create(
        ruling=feed, other=landmark, reason="citation_shared", status="dismissed"
    )
    run()
    assert Ruling.objects.count() == 2


def test_a_group_of_three_becomes_one():
    feed, landmark = cited_twice()
    cap = cited("cap", "5 F.4th 1", "2021 WL 7")
    run()
    assert list(Ruling.objects.all()) == [landmark]
    assert landmark.source_records.count() == 3
    assert MergedRuling.objects.count() == 2
    assert not Ruling.objects.filter(pk__in=[feed.pk, cap.pk]).exists()


def test_an_unknown_court_is_refused():
    with pytest.raises(CommandError, match="Unknown court 'nowhere'"):
        run("--court", "nowhere")


def test_it_can_be_limited_to_one_court():
    cited_twice()
    assert "0 ruling(s) merged" in run("--dry-run", "--court", "ca9")
    assert "1 ruling(s) merged" in run("--dry-run", "--court", "cafc")


def test_synthetic_rulings_are_left_out():
    make_ruling(source="synthetic", citations=("5 F.4th 1",), case=make_case(docket_number="20-5"))
    cited("cap", "5 F.4th 1")
    assert "0 ruling(s) merged into 0, 0 doubtful" in run()


def test_it_names_the_rulings_it_merged():
    feed, landmark = cited_twice()
    old = feed.pk
    assert f"merged ruling {old} into {landmark.pk}" in run()
