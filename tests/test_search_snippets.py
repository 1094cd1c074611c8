"""Snippets and highlights mark the query's matches and escape everything else."""

from django.core.management import call_command

from ipcases import search
from ipcases.models import Ruling
from tests.helpers import make_ruling

HOSTILE = 'Patent <script>alert("x")</script> & <b onmouseover="x()">infringement</b> found.'


def test_it_marks_matches_and_escapes_the_rest():
    html = search.snippet(HOSTILE, search.parse("infringing"))
    assert "<script>" not in html and "<b " not in html
    assert "&lt;script&gt;" in html
    assert "<mark>infringement</mark>" in html


def test_it_escapes_hostile_text_even_inside_a_match():
    html = search.snippet('<img src=x onerror="alert(1)">script', search.parse("script"))
    assert "<img" not in html
    assert "<mark>script</mark>" in html


def test_it_cuts_a_snippet_around_the_first_match():
    text = "Preamble words. " * 100 + "The doctrine of equivalents applies. " + "Tail. " * 100
    html = search.snippet(text, search.parse('"doctrine of equivalents"'))
    assert "<mark>doctrine</mark> <mark>of</mark> <mark>equivalents</mark>" in html
    assert html.startswith("…") and html.endswith("…")
    assert len(html) < 500


def test_it_shows_the_start_of_the_text_without_a_query():
    assert search.snippet("<i>Plain</i> text", None) == "&lt;i&gt;Plain&lt;/i&gt; text"


def test_it_marks_prefix_matches_but_not_excluded_words():
    html = search.snippet("Infringers and infringement, no music.", search.parse("infring* -music"))
    assert html.count("<mark>") == 2
    assert "music" in html and "<mark>music" not in html


def test_it_marks_the_forms_of_a_whole_word_typed_as_a_prefix():
    text = "The Holdings below; the panel holds otherwise."
    html = search.snippet(text, search.parse("holding*"))
    assert "<mark>Holdings</mark>" in html and "<mark>holds</mark>" in html


def test_it_numbers_every_match_for_navigation():
    html, count = search.highlight(HOSTILE + " More infringing.", search.parse("infringement"))
    assert count == 2
    assert '<mark id="match-1">infringement</mark>' in html
    assert '<mark id="match-2">infringing</mark>' in html
    assert "<script>" not in html


def test_it_rebuilds_the_index_with_a_command(db, capsys):
    ruling = make_ruling(text="A rebuilt index finds this.")
    call_command("reindex_search")
    parsed = search.parse("rebuilt")
    assert list(search.filter(Ruling.objects.all(), parsed)) == [ruling]
    assert "rebuilt for 1 rulings" in capsys.readouterr().out


def test_it_finds_words_whose_stem_differs_from_how_they_are_written():
    text = "Filler. " * 2000 + "The licensee was happy to settle."
    html = search.snippet(text, search.parse("happiness"))
    assert "<mark>happy</mark>" in html


def test_a_listed_ruling_brings_only_the_start_of_its_text_and_snippets_come_from_it(
    db, django_assert_num_queries
):
    from ipcases.models.rulings import LIST_START_CHARS

    ruling = make_ruling(text="An <b>obvious</b> combination. " + "Filler words here. " * 8000)
    listed = Ruling.objects.for_list().get(pk=ruling.pk)
    assert "text" in listed.get_deferred_fields()
    assert len(listed.text_start) == LIST_START_CHARS
    with django_assert_num_queries(0):
        [shown] = search.ruling_snippets([listed], search.parse("obvious"))
        # Fields mark nothing in a text (party:), nor do the words of case: (they match the
        # case's name), so none is read further.
        search.ruling_snippets([listed], search.parse("party:acme"))
        search.ruling_snippets([listed], search.parse("case:filler"))
    assert "<mark>obvious</mark>" in shown and "&lt;b&gt;" in shown
    assert "text" in listed.get_deferred_fields()


def test_a_match_past_the_start_of_a_listed_text_is_read_from_the_passage_the_index_matched(
    db, django_assert_num_queries
):
    from ipcases.models.rulings import LIST_START_CHARS, LIST_TEXT_CHARS

    filler = "Filler words here. " * 1000
    late = make_ruling(text=filler + "A laches defence. " + filler)
    # The match begins just before the start ends: its snippet runs on past it.
    edge = make_ruling(text="x" * (LIST_START_CHARS - 20) + " laches defence " + filler)
    early = make_ruling(text="Laches first. " + filler)
    # Past the first 100,000 characters, which a text used to be read up to at most.
    far = make_ruling(text=filler * 6 + "A laches defence. " + filler)
    assert far.text.index("laches") > LIST_TEXT_CHARS
    # In the summary only: the index says no passage's text holds it, and none is read.
    nowhere = make_ruling(text=filler, summary="A summary about laches.")
    rulings = [late, edge, early, far, nowhere]
    search.update_index([r.pk for r in rulings])
    listed = Ruling.objects.for_list().in_bulk([r.pk for r in rulings])
    parsed = search.parse("laches")
    # Where the first passage that matches begins, then the texts from there.
    with django_assert_num_queries(2):
        snippets = search.ruling_snippets([listed[r.pk] for r in rulings], parsed)
    whole = [search.snippet(r.text, parsed) for r in (late, edge, early, far)]
    assert [s.passages for s in snippets[:4]] == [s.passages for s in whole]
    assert "<mark>laches</mark> defence" in snippets[0] and "<mark>laches</mark>" in snippets[3]
    assert snippets[4] == search.snippet(nowhere.summary, parsed)


def test_a_passage_whose_hit_lies_past_the_first_read_is_read_again_further(
    db, django_assert_num_queries, monkeypatch
):
    from ipcases.search import listed

    filler = "Filler words here. " * 1000
    ruling = make_ruling(text=filler + "A laches defence. " + filler)
    search.update_index([ruling.pk])
    shown = Ruling.objects.for_list().get(pk=ruling.pk)
    parsed = search.parse("laches")
    # The first read stops short of the hit, well inside the passage the index matched.
    monkeypatch.setattr(listed, "LOCATED_READS", (200, 60_000))
    with django_assert_num_queries(3):
        [snippet] = search.ruling_snippets([shown], parsed)
    assert snippet.passages == search.snippet(ruling.text, parsed).passages


def test_a_pair_far_into_a_long_text_is_shown_from_the_passage_the_index_matched(db):
    filler = "Filler words here. " * 1000
    # Both words early, too far apart; the pair itself far past the first 100,000 characters.
    text = "Willful. " + filler + "Infringement. " + filler * 6
    ruling = make_ruling(text=text + "The willful acts of infringement were proved. " + filler)
    search.update_index([ruling.pk])
    listed = Ruling.objects.for_list().get(pk=ruling.pk)
    parsed = search.parse("willful w/5 infringement")
    [shown] = search.ruling_snippets([listed], parsed)
    assert "<mark>willful</mark> acts of <mark>infringement</mark>" in shown
    assert shown.passages == search.snippet(ruling.text, parsed).passages


def test_an_index_that_does_not_say_where_passages_begin_has_texts_read_in_turn(
    db, django_assert_num_queries
):
    filler = "Filler words here. " * 1000
    late = make_ruling(text=filler + "A laches defence. " + filler)
    far = make_ruling(text=filler * 2 + "A laches defence. " + filler)
    search.update_index([late.pk, far.pk])
    _forget_where_passages_begin()
    listed = Ruling.objects.for_list().in_bulk([late.pk, far.pk])
    parsed = search.parse("laches")
    # The index's answer, then 20,000 characters of both, then 100,000 of the far one.
    with django_assert_num_queries(3):
        snippets = search.ruling_snippets([listed[late.pk], listed[far.pk]], parsed)
    whole = [search.snippet(r.text, parsed) for r in (late, far)]
    assert [s.passages for s in snippets] == [s.passages for s in whole]


def _forget_where_passages_begin() -> None:
    """As an index written before passages said where they begin (migration 0029)."""
    from django.db import connection

    forget = {
        "postgresql": "DELETE FROM ipcases_search_passage_start",
        "sqlite": "UPDATE ipcases_search_passage_unit SET body_at = NULL",
    }
    with connection.cursor() as cursor:
        cursor.execute(forget[connection.vendor])


def test_a_match_past_the_start_is_read_further_in_one_query_after_the_index(
    db, django_assert_max_num_queries
):
    filler = "Filler words here. " * 600
    late = make_ruling(text=filler + '"Doctrine of equivalents" applies. ' + filler * 10)
    search.update_index([late.pk])
    [listed] = Ruling.objects.for_list().filter(pk=late.pk)
    # The index's versions (PostgreSQL, for its terms of art), where the first passage that
    # matches begins, the text from there.
    with django_assert_max_num_queries(3):
        [shown] = search.ruling_snippets([listed], search.parse('"doctrine of equivalents"'))
    assert "<mark>Doctrine</mark> <mark>of</mark> <mark>equivalents</mark>" in shown
    assert shown.partial


def test_it_finds_matches_far_into_a_text_and_across_any_letters():
    from ipcases.search.snippets import FIRST_PIECE

    # Words of two letters: the match begins 4 letters before the end of the first piece.
    for filler in ("xy " * (FIRST_PIECE // 3 - 1), "İy " * (FIRST_PIECE // 3 + 5)):
        text = filler + "Infringement was found."
        html = search.snippet(text, search.parse("infringement"))
        assert "<mark>Infringement</mark> was found" in html


def test_it_marks_words_whose_stem_is_not_their_beginning():
    # The stemmer makes "dying" "die" and "lying" "lie": their letters do not begin the word.
    html = search.snippet("The patent was dying. He was lying.", search.parse("die OR lie"))
    assert "<mark>dying</mark>" in html and "<mark>lying</mark>" in html
