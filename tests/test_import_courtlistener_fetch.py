"""Fetching rulings from the live CourtListener search API, with recorded answers."""

import email.message
import io
import json
import urllib.error
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from ipcases.importers.courtlistener_fetch import FetchError, fetch, search_url

DATA = Path(__file__).parent / "data" / "courtlistener"
API = "https://www.courtlistener.com/api/rest/v4/search/"


def _page(results, next_url=None):
    return {"count": f"{API}?count=on", "next": next_url, "previous": None, "results": results}


def _result(cluster_id, name="Acme Widgets, Inc. v. Bolt Tools Co."):
    return {
        "absolute_url": f"/opinion/{cluster_id}/x/",
        "caseName": name,
        "cluster_id": cluster_id,
        "court_id": "cafc",
        "dateFiled": "2024-03-04",
        "docketNumber": f"23-{cluster_id}",
        "status": "Published",
        "suitNature": "830 Patent",
        "opinions": [],
    }


class Response(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FakeOpener:
    """Answers requests from a list of (status, body or page dict, headers), in order."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.requests = []

    def __call__(self, request, timeout=None):
        self.requests.append(request)
        status, body, headers = self.answers.pop(0)
        if status != 200:
            message = email.message.Message()
            for key, value in headers.items():
                message[key] = value
            raise urllib.error.HTTPError(request.full_url, status, "error", message, None)
        return Response(json.dumps(body).encode() if isinstance(body, dict) else body)


def _two_pages():
    second_url = f"{API}?cursor=page2&type=o"
    return [
        (200, _page([_result(1), _result(2)], second_url), {}),
        (200, _page([_result(3)]), {}),
    ], second_url


def test_it_pages_through_the_search_with_the_token_and_pauses_between_pages(tmp_path):
    url = search_url({"court": "cafc", "since": "2024-01-01", "until": "2024-12-31"})
    answers, second_url = _two_pages()
    opener, pauses = FakeOpener(answers), []

    records = list(
        fetch(
            {"court": "cafc", "since": "2024-01-01", "until": "2024-12-31"},
            "secret",
            str(tmp_path / "state.json"),
            opener=opener,
            sleep=pauses.append,
        )
    )

    assert [r["source_id"] for r in records] == ["cluster:1", "cluster:2", "cluster:3"]
    assert [r.full_url for r in opener.requests] == [url, second_url]
    assert opener.requests[0].get_header("Authorization") == "Token secret"
    assert pauses == [1.0]
    query = parse_qs(urlsplit(url).query)
    assert query["type"] == ["o"]
    assert query["court"] == ["cafc"]
    assert query["filed_after"] == ["2024-01-01"]
    assert query["filed_before"] == ["2024-12-31"]


def test_without_a_court_it_asks_for_the_ip_natures_of_suit():
    query = parse_qs(urlsplit(search_url({"since": "2024-01-01"})).query)

    assert query["q"] == ["suitNature:(820* OR 830* OR 835* OR 840*)"]


def test_it_waits_as_long_as_a_429_asks_and_tries_again(tmp_path):
    opener = FakeOpener(
        [
            (429, b"", {"Retry-After": "30"}),
            (200, _page([_result(1)]), {}),
        ]
    )
    pauses = []

    records = list(
        fetch(
            {"court": "cafc"},
            "secret",
            str(tmp_path / "s.json"),
            opener=opener,
            sleep=pauses.append,
        )
    )

    assert [r["source_id"] for r in records] == ["cluster:1"]
    assert pauses == [30.0]
    assert len(opener.requests) == 2


def test_an_interrupted_run_resumes_from_the_saved_cursor(tmp_path):
    state = tmp_path / "state.json"
    url = search_url({"court": "cafc"})
    answers, second_url = _two_pages()
    first_run = fetch(
        {"court": "cafc"},
        "secret",
        str(state),
        opener=FakeOpener(answers[:1]),
        sleep=lambda s: None,
    )
    taken = [next(first_run)["source_id"], next(first_run)["source_id"]]
    with pytest.raises(IndexError):
        next(first_run)  # the connection dies before page 2 arrives
    assert json.loads(state.read_text()) == {"query_url": url, "next": second_url}

    opener = FakeOpener(answers[1:])
    resumed = list(
        fetch({"court": "cafc"}, "secret", str(state), opener=opener, sleep=lambda s: None)
    )

    assert taken == ["cluster:1", "cluster:2"]
    assert [r["source_id"] for r in resumed] == ["cluster:3"]
    assert opener.requests[0].full_url == second_url
    assert json.loads(state.read_text())["next"] is None


def test_a_run_stopped_in_the_middle_of_a_page_reads_that_page_again(tmp_path):
    state = tmp_path / "state.json"
    answers, _ = _two_pages()
    run = fetch(
        {"court": "cafc"}, "secret", str(state), opener=FakeOpener(answers), sleep=lambda s: None
    )
    next(run)
    run.close()

    assert not state.exists()


def test_a_different_query_ignores_the_saved_cursor(tmp_path):
    state = tmp_path / "state.json"
    state.write_text(
        json.dumps({"query_url": search_url({"court": "txed"}), "next": f"{API}?cursor=old"})
    )
    opener = FakeOpener([(200, _page([_result(1)]), {})])

    list(fetch({"court": "cafc"}, "secret", str(state), opener=opener, sleep=lambda s: None))

    assert opener.requests[0].full_url == search_url({"court": "cafc"})


def test_it_needs_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("COURTLISTENER_TOKEN", raising=False)

    with pytest.raises(FetchError, match="token"):
        list(fetch({}, None, str(tmp_path / "s.json"), opener=FakeOpener([])))


def test_it_takes_the_token_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COURTLISTENER_TOKEN", "from-env")
    opener = FakeOpener([(200, _page([]), {})])

    list(fetch({}, None, str(tmp_path / "s.json"), opener=opener, sleep=lambda s: None))

    assert opener.requests[0].get_header("Authorization") == "Token from-env"


@pytest.mark.parametrize(
    "answer, message",
    [
        ((401, b"", {}), "refused the token"),
        ((500, b"", {}), "HTTP 500"),
        ((200, b"<html>maintenance</html>", {}), "not JSON"),
        ((200, {"detail": "nothing"}, {}), "not a search page"),
    ],
)
def test_a_failing_api_raises_a_clear_error(tmp_path, answer, message):
    with pytest.raises(FetchError, match=message):
        list(
            fetch(
                {},
                "secret",
                str(tmp_path / "s.json"),
                opener=FakeOpener([answer]),
                sleep=lambda s: None,
            )
        )


def test_it_never_sends_the_token_to_another_host(tmp_path):
    opener = FakeOpener([(200, _page([_result(1)], "https://elsewhere.example/steal"), {})])

    with pytest.raises(FetchError, match="outside the search API"):
        list(fetch({}, "secret", str(tmp_path / "s.json"), opener=opener, sleep=lambda s: None))

    assert len(opener.requests) == 1


def test_it_gives_up_after_repeated_429s(tmp_path):
    opener = FakeOpener([(429, b"", {"Retry-After": "1"})] * 5)

    with pytest.raises(FetchError, match="rate limited"):
        list(fetch({}, "secret", str(tmp_path / "s.json"), opener=opener, sleep=lambda s: None))


def test_a_date_that_is_not_a_date_is_refused_before_any_request(tmp_path):
    opener = FakeOpener([])

    with pytest.raises(FetchError, match="--since '2024-13-01' is not a date"):
        list(fetch({"since": "2024-13-01"}, "secret", str(tmp_path / "s.json"), opener=opener))

    assert opener.requests == []


@pytest.mark.django_db
def test_the_command_imports_from_the_live_search_and_keeps_its_cursor(monkeypatch, tmp_path):
    from django.core.management import call_command

    from ipcases.models import Ruling

    opener = FakeOpener([(200, _page([_result(101), _result(102)]), {})])
    monkeypatch.setattr("urllib.request.urlopen", opener)
    out = io.StringIO()
    state = tmp_path / "state.json"
    call_command(
        "import_rulings", "--format", "courtlistener", "--fetch", "--token", "t0ken",
        "--court", "cafc", "--state", str(state), stdout=out,
    )  # fmt: skip
    assert out.getvalue().startswith("created 2,")
    assert Ruling.objects.filter(source="courtlistener").count() == 2
    assert state.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "courtlistener", "--fetch"], "API token is needed"),
        (["--format", "cap", "--fetch"], "--fetch goes with --format courtlistener"),
        (["--format", "courtlistener", "--fetch", "x.json"], "no PATH"),
        (["--format", "courtlistener", "--fetch", "--token", "t", "--since", "May"], "not a date"),
        (["--format", "cap"], "Give at least one PATH"),
    ],
)
def test_the_command_explains_bad_fetch_arguments(monkeypatch, args, message):
    from django.core.management import CommandError, call_command

    monkeypatch.delenv("COURTLISTENER_TOKEN", raising=False)
    monkeypatch.setattr("urllib.request.urlopen", FakeOpener([]))
    with pytest.raises(CommandError, match=message):
        call_command("import_rulings", *args)


def test_with_full_text_it_fetches_and_joins_each_result_s_cluster_opinions_and_docket(tmp_path):
    cluster_url = "https://www.courtlistener.com/api/rest/v4/clusters/1/"
    cluster = {
        "resource_uri": cluster_url,
        "id": 1,
        "docket_id": 8,
        "case_name": "Acme Widgets, Inc. v. Bolt Tools Co.",
        "date_filed": "2024-03-04",
        "precedential_status": "Published",
        "sub_opinions": ["https://www.courtlistener.com/api/rest/v4/opinions/11/"],
        "citations": [{"volume": 99, "reporter": "F.4th", "page": "1001", "type": 1}],
    }
    opinion = {
        "resource_uri": "https://www.courtlistener.com/api/rest/v4/opinions/11/",
        "id": 11,
        "cluster_id": 1,
        "type": "010combined",
        "plain_text": "The patent claims are not invalid for obviousness over the prior art.",
    }
    docket = {"id": 8, "court_id": "cafc", "docket_number": "23-1", "case_name": "Acme v. Bolt"}
    opener = FakeOpener(
        [
            (200, _page([{**_result(1), "docket_id": 8}]), {}),
            (200, cluster, {}),
            (200, {"next": None, "results": [opinion]}, {}),
            (200, docket, {}),
        ]
    )

    (record,) = fetch(
        {"court": "cafc"},
        "t",
        str(tmp_path / "s.json"),
        opener=opener,
        sleep=lambda s: None,
        full_text=True,
    )

    assert record["text"].startswith("The patent claims are not invalid")
    assert record["citations"] == ["99 F.4th 1001"]
    assert [r.full_url for r in opener.requests[1:]] == [
        cluster_url,
        "https://www.courtlistener.com/api/rest/v4/opinions/?cluster=1",
        "https://www.courtlistener.com/api/rest/v4/dockets/8/",
    ]


def test_with_full_text_a_cluster_that_is_gone_leaves_the_search_result(tmp_path):
    opener = FakeOpener(
        [
            (200, _page([_result(1)]), {}),
            (404, b"", {}),
            (200, {"next": None, "results": []}, {}),
        ]
    )

    (record,) = fetch(
        {"court": "cafc"},
        "t",
        str(tmp_path / "s.json"),
        opener=opener,
        sleep=lambda s: None,
        full_text=True,
    )

    assert record["source_id"] == "cluster:1" and "text" not in record
