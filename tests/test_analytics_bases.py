"""Analytics say what their outcomes rest on: each outcome figure counts its values by basis,
each count links to its rulings, a filter narrows the figures to one basis, and synthetic
rulings stay out of every figure unless asked for."""

import re

import pytest

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import csv_table, make_ruling

pytestmark = pytest.mark.django_db


@pytest.fixture
def rulings():
    made = [
        make_ruling(rights_holder_outcome="holder_won", outcome_basis="text"),
        make_ruling(rights_holder_outcome="challenger_won", outcome_basis="text"),
        make_ruling(rights_holder_outcome="holder_won", outcome_basis="editor"),
        make_ruling(
            rights_holder_outcome="mixed",
            outcome_basis="landmark",
            injunction="granted",
            injunction_basis="landmark",
        ),
        make_ruling(
            rights_holder_outcome="holder_won",
            outcome_basis="text",
            damages_amount=250_000,
            damages_currency="USD",
            damages_basis="text",
        ),
        make_ruling(
            source="synthetic", rights_holder_outcome="holder_won", outcome_basis="synthetic"
        ),
    ]
    search.update_index([r.pk for r in made])
    return made


def _section(html: str, slug: str) -> str:
    return html.split(f'id="{slug}"')[1].split("</section>")[0]


def _listed(client, href: str) -> int:
    html = client.get(href.replace("&amp;", "&")).content.decode()
    return int(re.search(r"<strong>([\d,]+)</strong> ruling", html).group(1))


def test_every_outcome_figure_counts_its_values_by_basis(client, rulings):
    outcomes = _section(client.get("/analytics/").content.decode(), "outcomes")

    line = " ".join(outcomes.split('class="bases">')[1].split("</p>")[0].split())
    assert line.startswith("Where the recorded outcomes (pending cases included) come from:")
    assert ">3 read from the text</a>" in line
    assert ">1 set by editors</a>" in line
    assert ">1 from landmark facts</a>" in line
    assert "synthetic" not in line


def test_each_basis_links_to_its_rulings(client, rulings):
    outcomes = _section(client.get("/analytics/").content.decode(), "outcomes")

    href = re.search(r'href="([^"]*outcome_basis=text)"', outcomes).group(1)
    assert href == "/rulings/?real_only=on&amp;outcome_basis=text"
    assert _listed(client, href) == 3


def test_injunctions_and_damages_state_their_bases_too(client, rulings):
    html = client.get("/analytics/").content.decode()

    assert ">1 from landmark facts</a>" in _section(html, "injunctions")
    damages = _section(html, "damages")
    assert (
        'href="/rulings/?real_only=on&amp;damages_basis=text">1 read from the text</a>' in damages
    )


def test_a_filter_narrows_the_figures_to_one_basis(client, rulings):
    html = client.get("/analytics/?outcome_basis=text").content.decode()

    assert "n = 3</strong> rulings with a known outcome" in html
    assert _listed(client, "/rulings/?outcome_basis=editor") == 1


def test_synthetic_rulings_are_left_out_unless_asked_for_and_the_page_says_so(client, rulings):
    default = client.get("/analytics/").content.decode()
    asked = client.get("/analytics/?include_synthetic=1").content.decode()

    assert "n = 5</strong> rulings with a known outcome" in default
    assert "are left out of these figures" in default
    assert 'href="/analytics/?include_synthetic=1"' in default
    assert "n = 6</strong> rulings with a known outcome" in asked
    assert "Synthetic rulings are included" in asked
    assert ">1 synthetic</a>" in _section(asked, "outcomes")


def test_downloads_and_coverage_leave_synthetic_rulings_out_by_default(client, rulings):
    rows = [
        ",".join(row) for row in csv_table(client.get("/analytics/outcomes.csv").content.decode())
    ]
    coverage = client.get("/analytics/coverage/").content.decode()

    assert rows[1].startswith("Rights holder won,3,")
    assert "are left out of these figures" in coverage
    assert Ruling.objects.count() == 6
