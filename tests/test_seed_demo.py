"""seed_demo: the courts, the landmarks and a deterministic synthetic corpus, loaded once."""

import hashlib
import io

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import Case, Court, Party, Ruling

pytestmark = pytest.mark.django_db


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> list[tuple]:
    rows = Ruling.objects.order_by("source", "source_id").values_list(
        "source", "source_id", "case__name", "decision_date", "rights_holder_outcome", "text"
    )
    return [(*row[:5], hashlib.sha256(row[5].encode()).hexdigest()) for row in rows]


def test_it_loads_the_courts_the_landmarks_and_the_synthetic_rulings():
    seed("--synthetic", "25")
    assert Court.objects.filter(pk__in=["scotus", "cafc", "ewca-civ", "cjeu"]).count() == 4
    assert Ruling.objects.filter(source="landmark").count() >= 40
    assert Ruling.objects.filter(source="synthetic").count() == 25


def test_running_it_twice_changes_nothing():
    seed("--synthetic", "25")
    before = (snapshot(), Case.objects.count(), Party.objects.count())
    output = seed("--synthetic", "25")
    assert "Synthetic: 0 created" in output and "created 0, updated 0" in output
    assert (snapshot(), Case.objects.count(), Party.objects.count()) == before


def test_it_is_deterministic():
    seed("--synthetic", "25")
    first = snapshot()
    Ruling.objects.all().delete()
    seed("--synthetic", "25")
    assert snapshot() == first


def test_it_leaves_a_catalogue_that_holds_rulings_alone_when_asked():
    seed()
    output = seed("--synthetic", "25", "--if-empty")
    assert "nothing loaded" in output
    assert not Ruling.objects.filter(source="synthetic").exists()


def test_it_refuses_a_negative_count():
    with pytest.raises(CommandError, match="0 or more"):
        seed("--synthetic", "-3")
