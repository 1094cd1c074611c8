"""python manage.py extract_citations"""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ipcases.models import Citation, Ruling
from tests.helpers import make_ruling

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command("extract_citations", "--slow-tokenizer", *args, stdout=out)
    return out.getvalue()


def corpus():
    feist = make_ruling(
        court="scotus", citations=("499 U.S. 340",), decision_date=dt.date(1991, 1, 1)
    )
    citing = [
        make_ruling(text=f"Case {n} follows 499 U.S. 340, {340 + n} (1991).") for n in range(5)
    ]
    return feist, citing


@pytest.mark.parametrize("processes", ["1", "2"])
def test_it_reads_every_text_and_links_the_network(processes):
    feist, citing = corpus()
    output = run("--processes", processes, "--batch-size", "4")
    assert "read 6 texts" in output and "linked 5 citations" in output
    assert set(Ruling.objects.citing(feist)) == set(citing)


def test_a_second_run_skips_unchanged_texts_unless_forced():
    corpus()
    run("--processes", "1")
    assert "read 0 texts" in run("--processes", "1")
    assert "skipped 6 unchanged" in run("--processes", "1")
    assert "read 6 texts" in run("--processes", "1", "--force")
    assert Citation.objects.count() == 5


def test_it_refuses_bad_options():
    with pytest.raises(CommandError):
        run("--processes", "0")


def test_it_falls_back_to_the_default_tokenizer_when_the_cache_cannot_be_written(tmp_path):
    from ipcases.citations import cases

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert cases.use_fast_tokenizer(str(blocked / "cache")) is False
    assert cases._tokenizer is cases.default_tokenizer
