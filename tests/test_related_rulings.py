"""Related rulings: found by what two rulings share (the rulings both cite, the rulings that
cite both, provisions, rights, IP type), each shared thing weighted by its rarity, with the
reason in words; the features are kept current by the write path."""

import pytest

from ipcases.citations import index_citations
from ipcases.citations.related import reason, related, short_name
from ipcases.models import FeatureFrequency, RulingFeature
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db

FEIST = "Feist Publications, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991)"
ALTAI = "Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992)"


def corpus():
    feist = make_ruling(citations=("499 U.S. 340",), text="", ip_types=("copyright",))
    first = make_ruling(text=f"See {FEIST}; {ALTAI}; 17 U.S.C. § 102(b).", ip_types=("copyright",))
    close = make_ruling(text=f"Under {FEIST} and {ALTAI}, and 17 U.S.C. § 102(b).")
    loose = make_ruling(text=f"See {FEIST}.", ip_types=("copyright",))
    # Many rulings cite Feist: sharing it says little.
    crowd = [make_ruling(text=f"As {FEIST} held.") for _ in range(4)]
    unrelated = make_ruling(text="Nothing cited.")
    rulings = [feist, first, close, loose, *crowd, unrelated]
    index_citations([r.pk for r in rulings])
    return {"feist": feist, "first": first, "close": close, "loose": loose, "other": unrelated}


def test_the_ruling_sharing_the_rarest_things_comes_first_with_its_reason():
    rulings = corpus()
    found = related(rulings["first"])
    assert found[0].ruling == rulings["close"]
    feist_name = short_name(rulings["feist"].case.name)
    assert found[0].reason == (
        f"both cite Computer Assocs. Int'l, 17 U.S.C. § 102(b) and {feist_name}"
    )
    assert rulings["other"] not in [r.ruling for r in found]
    assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)


def test_co_citation_relates_two_rulings_a_third_cites_together():
    a = make_ruling(citations=("1 F.4th 1",), text="")
    b = make_ruling(citations=("2 F.4th 2",), text="")
    c = make_ruling(text="See Acme v. Bolt, 1 F.4th 1 (Fed. Cir. 2021); Delta v. Echo, 2 F.4th 2.")
    index_citations([a.pk, b.pk, c.pk])
    found = related(a)
    assert found[0].ruling == b
    assert "are cited by Acme" in found[0].reason


def test_the_features_follow_the_text_through_the_write_path():
    rulings = corpus()
    first = rulings["first"]
    assert RulingFeature.objects.filter(ruling=first, key="statute:17 U.S.C. § 102(b)").exists()
    assert FeatureFrequency.objects.get(key="statute:17 U.S.C. § 102(b)").rulings == 2
    type(first).objects.filter(pk=first.pk).update(text="Nothing now.")
    index_citations([first.pk])
    assert not RulingFeature.objects.filter(ruling=first, key__startswith="statute:").exists()
    assert FeatureFrequency.objects.get(key="statute:17 U.S.C. § 102(b)").rulings == 1
    assert rulings["close"] not in [r.ruling for r in related(first)]


def test_refreshing_twice_changes_nothing():
    rulings = corpus()
    before = sorted(RulingFeature.objects.values_list("ruling", "key", "label"))
    counts = sorted(FeatureFrequency.objects.values_list("key", "rulings"))
    index_citations([r.pk for r in rulings.values()])
    assert sorted(RulingFeature.objects.values_list("ruling", "key", "label")) == before
    assert sorted(FeatureFrequency.objects.values_list("key", "rulings")) == counts


def test_the_reason_names_what_is_shared_by_kind():
    shared = [
        ("cites:r1", "Feist Publications"),
        ("statute:17 U.S.C. § 102(b)", "17 U.S.C. § 102(b)"),
        ("ip:copyright", "copyright"),
    ]
    assert (
        reason(shared) == "both cite Feist Publications and 17 U.S.C. § 102(b); concern copyright"
    )


def test_the_ruling_page_lists_related_rulings_with_reasons(client):
    rulings = corpus()
    html = client.get(f"/rulings/{rulings['first'].pk}/").content.decode()
    part = html.split('id="related-h"')[1].split("</section>")[0]
    assert f"/rulings/{rulings['close'].pk}/" in part
    assert "both cite" in part
