"""Every admin page an editor can reach opens, with data in it."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User

from ipcases import search
from ipcases.citations import index_citations
from ipcases.models import AnalyticsGroup, Ruling, Termination
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "x"))
    return client


def test_every_list_and_change_page_opens(editor):
    cited = make_ruling(citations=("550 U.S. 398",))
    citing = make_ruling(
        text="KSR Int'l Co. v. Teleflex Inc., 550 U.S. 398 (2007); 35 U.S.C. § 103."
    )
    index_citations([cited.pk, citing.pk])
    for model in admin.site._registry:
        meta = model._meta
        base = f"/admin/{meta.app_label}/{meta.model_name}/"
        assert editor.get(base).status_code == 200, base
        first = model.objects.first()
        if first is not None:
            assert editor.get(f"{base}{first.pk}/change/").status_code == 200, base


def test_a_termination_shows_its_idb_codes_read_only(editor):
    ruling = make_ruling(kind="termination", court="txed")
    Termination.objects.create(ruling=ruling, ending="settled", disposition_code=13)

    html = editor.get(f"/admin/ipcases/ruling/{ruling.pk}/change/").content.decode()
    assert "Disposition code" in html and "13" in html
    assert 'name="termination-0-disposition_code"' not in html


def test_a_ruling_deleted_in_the_admin_leaves_the_figures_and_the_data_version(editor):
    kept, deleted = make_ruling(), make_ruling()
    search.update_index([kept.pk, deleted.pk])
    version = search.data_version()

    editor.post(f"/admin/ipcases/ruling/{deleted.pk}/delete/", {"post": "yes"})

    assert search.data_version() != version
    assert sum(AnalyticsGroup.objects.values_list("rulings", flat=True)) == 1


def test_rulings_deleted_from_the_admin_list_leave_the_figures(editor):
    rulings = [make_ruling() for _ in range(3)]
    search.update_index([ruling.pk for ruling in rulings])

    editor.post(
        "/admin/ipcases/ruling/",
        {
            "action": "delete_selected",
            "_selected_action": [r.pk for r in rulings[:2]],
            "post": "yes",
        },
    )

    assert sum(AnalyticsGroup.objects.values_list("rulings", flat=True)) == 1


def test_a_case_deleted_in_the_admin_takes_its_rulings_out_of_the_figures(editor):
    gone, stays = make_ruling(), make_ruling()
    search.update_index([gone.pk, stays.pk])

    editor.post(f"/admin/ipcases/case/{gone.case_id}/delete/", {"post": "yes"})

    assert not Ruling.objects.filter(pk=gone.pk).exists()
    assert sum(AnalyticsGroup.objects.values_list("rulings", flat=True)) == 1
