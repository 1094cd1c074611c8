"""The query language gives the same answers on SQLite and PostgreSQL.

Run plain for SQLite and with DATABASE_URL=postgres://... for PostgreSQL.
"""

import pytest
from django.db import connection

from ipcases import search
from ipcases.models import CaseParty, IPRight, Party, Ruling
from tests.helpers import found, ids, make_case, make_ruling

TEXTS = {
    "equivalents": "The accused device infringes under the doctrine of equivalents.",
    "literal": "There is no literal infringement of claim 1, and the doctrine does not apply.",
    "fair_use": "The parody is a fair use of the song; copying the music was transformative.",
    "dilution": "Dilution by blurring of a famous mark requires proof of association.",
    "obvious": "The claims are obvious over the prior art. Obviousness was proved.",
    "far": "Infringement was found. " + "Nothing else here. " * 12 + "The doctrine applies.",
    "companies": "The companies licensed the patents to a company in Texas.",
}


@pytest.fixture
def corpus(index_texts):
    return index_texts(TEXTS)


def test_it_requires_every_word_stemmed(corpus):
    assert found("infringing doctrine") == ids(corpus, "equivalents", "literal", "far")
    assert found("doctrine equivalent") == ids(corpus, "equivalents")


def test_it_matches_exact_phrases(corpus):
    assert found('"doctrine of equivalents"') == ids(corpus, "equivalents")
    assert found('"of equivalents doctrine"') == set()


def test_it_matches_either_side_of_or(corpus):
    assert found("dilution OR parody") == ids(corpus, "dilution", "fair_use")


def test_it_excludes_with_minus_and_not(corpus):
    assert found("doctrine -literal") == ids(corpus, "equivalents", "far")
    assert found("doctrine NOT literal") == ids(corpus, "equivalents", "far")
    assert found("-doctrine") == ids(corpus, "fair_use", "dilution", "obvious", "companies")


def test_it_excludes_groups_prefixes_and_phrases_from_other_terms(corpus):
    assert found("infringement -(literal OR equivalents)") == ids(corpus, "far")
    assert found("claims -obvious*") == ids(corpus, "literal")
    assert found('doctrine -"no literal"') == ids(corpus, "equivalents", "far")
    assert found('"doctrine of equivalents" -parody') == ids(corpus, "equivalents")
    assert found('"the doctrine" infringement -literal') == ids(corpus, "equivalents", "far")


def test_it_expands_prefixes_through_stems(corpus):
    assert found("infring*") == ids(corpus, "equivalents", "literal", "far")
    assert found("company*") == ids(corpus, "companies")
    assert found("obvious*") == ids(corpus, "obvious")


def test_a_prefix_typed_as_a_whole_word_or_into_a_suffix_finds_its_forms(corpus):
    assert found("infringement*") == ids(corpus, "equivalents", "literal", "far")
    assert found("infringem*") == ids(corpus, "equivalents", "literal", "far")
    assert found("obviousn*") == ids(corpus, "obvious")
    assert found("transformat*") == ids(corpus, "fair_use")
    assert found("companies*") == ids(corpus, "companies")


def test_a_prefix_keeps_the_letters_its_words_share(corpus):
    infra = make_ruling(text="The claims are discussed infra; infrastructure is not at issue.")
    search.update_index([infra.pk])
    assert found("infring*") == ids(corpus, "equivalents", "literal", "far")
    assert found("infringing*") == ids(corpus, "equivalents", "literal", "far")
    assert found("infr*") == ids(corpus, "equivalents", "literal", "far") | {infra.pk}


def test_a_prefix_typed_as_a_whole_ing_word_finds_its_forms(db):
    texts = {
        "holding": "The holdings of the court below were reversed.",
        "ruling": "Both rulings were issued on the same day.",
        "finding": "The jury made findings of fact.",
        "hold": "The panel holds that the mark is generic.",
        "infra": "The claims are discussed infra.",
    }
    rulings = {key: make_ruling(text=text) for key, text in texts.items()}
    search.update_index([r.pk for r in rulings.values()])
    # `holding` is stemmed to `hold`: the prefix finds the word's own forms, whatever follows.
    assert found("holding*") == ids(rulings, "holding", "hold")
    assert found("ruling*") == ids(rulings, "ruling")
    assert found("finding*") == ids(rulings, "finding")
    assert found("holding* w/3 court") == ids(rulings, "holding")
    assert found("holding* pre/3 court") == ids(rulings, "holding")
    assert found("court pre/3 holding*") == set()
    assert found("infring*") == set()


def test_it_groups_with_parentheses(corpus):
    assert found("(parody OR dilution) mark") == ids(corpus, "dilution")


def test_it_finds_words_within_n_in_either_order(corpus):
    assert found("literal w/1 infringement") == ids(corpus, "literal")
    assert found("infringement w/1 literal") == ids(corpus, "literal")
    # "infringes under the doctrine" is 3 words apart; "infringement ... the doctrine" is 6.
    assert found("infringement w/5 doctrine") == ids(corpus, "equivalents")
    assert found("doctrine w/6 infringement") == ids(corpus, "equivalents", "literal")
    assert found("infringement w/50 doctrine") == ids(corpus, "equivalents", "literal", "far")


def test_it_finds_words_in_order_with_pre(corpus):
    assert found("literal pre/1 infringement") == ids(corpus, "literal")
    assert found("infringement pre/1 literal") == set()
    assert found("doctrine pre/5 infringement") == set()
    assert found("infringement pre/3 doctrine") == ids(corpus, "equivalents")
    assert found("infringement pre/8 doctrine") == ids(corpus, "equivalents", "literal")


def test_it_lets_phrases_take_part_in_proximity(corpus):
    assert found('"accused device" w/4 doctrine') == ids(corpus, "equivalents")
    assert found('"accused device" pre/4 "doctrine of equivalents"') == ids(corpus, "equivalents")
    assert found('"doctrine of equivalents" pre/9 "accused device"') == set()


def test_it_counts_distance_between_phrase_ends(corpus):
    # "accused device infringes under the doctrine": 4 words from the phrase's end.
    assert found('"accused device" w/3 doctrine') == set()
    assert found('"accused device" w/4 doctrine') == ids(corpus, "equivalents")


def test_it_does_not_match_a_phrase_across_the_gap_between_fields(db):
    case = make_case(name="Widget Maker v. Bolt")
    ruling = make_ruling(case=case, text="bolt maker", summary="none")
    search.update_index([ruling.pk])
    assert found('"bolt bolt"') == set()
    assert found("bolt w/3 maker") == {ruling.pk}


@pytest.fixture
def fielded(db):
    first = make_ruling(
        case=make_case(
            court="cafc", name="Apple Inc. v. Samsung Electronics Co.", docket_number="2014-1335"
        ),
        citations=("786 F.3d 983",),
        text="Design patent damages.",
    )
    second = make_ruling(
        case=make_case(
            court="txed", name="Widget Corp. v. Gadget LLC", docket_number="2:19-cv-00123-JRG"
        ),
        text="A trade mark dispute about apples.",
        ip_types=("trademark",),
    )
    apple = Party.objects.create(name="Apple Inc.", normalized_name="apple inc")
    CaseParty.objects.create(case=first.case, party=apple, role="plaintiff")
    patent = IPRight.objects.create(kind="design_patent", office="US", number="D593087")
    mark = IPRight.objects.create(kind="trademark_registration", office="US", number="1234567")
    first.case.rights.add(patent)
    second.case.rights.add(mark)
    search.update_index([first.pk, second.pk])
    return first, second


def test_it_searches_fields(fielded):
    first, second = fielded
    assert found("case:samsung") == {first.pk}
    assert found('case:"widget corp"') == {second.pk}
    assert found("case:apples") == {first.pk}
    assert found("party:apple") == {first.pk}
    assert found("party:appl") == set()
    assert found("court:cafc") == {first.pk}
    assert found("court:txed") == {second.pk}
    assert found("docket:2:19-cv-123") == {second.pk}
    assert found('cite:"786 F.3d  983"') == {first.pk}
    # However the reporter is spaced: "F.3d", "F. 3d", "F 3d".
    assert found('cite:"786 F. 3d 983"') == found('cite:"786 F 3d 983"') == {first.pk}
    assert found('cite:"786 F.3d 98"') == set()
    assert found("patent:D593,087") == {first.pk}
    assert found("mark:1,234,567") == {second.pk}
    assert found("patent:1234567") == set()


def test_a_citation_is_looked_up_through_its_index_however_it_is_spaced(fielded):
    from ipcases.models import OfficialCitation
    from ipcases.models.rulings import COMPACT_CITATION

    # Among many citations, with the planner's statistics as the write paths leave them.
    first, _ = fielded
    OfficialCitation.objects.bulk_create(
        OfficialCitation(ruling=first, cite=f"{n} F.4th 1", normalized=f"{n} f.4th 1")
        for n in range(1, 1001)
    )
    search.analyze([OfficialCitation])
    cites = OfficialCitation.objects.annotate(compact=COMPACT_CITATION).filter(compact="786f3d983")
    sql, params = cites.values("ruling_id").query.sql_with_params()
    explain = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN "
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(explain + sql, params)
        plan = " ".join(str(row) for row in cursor.fetchall())
    assert "officialcitation_compact" in plan


def test_it_combines_fields_words_and_filters(fielded):
    first, second = fielded
    assert found("apple court:cafc") == {first.pk}
    assert found("apples OR court:cafc") == {first.pk, second.pk}
    assert found("-court:cafc") == {second.pk}
    trademark_only = Ruling.objects.of_ip_type("trademark")
    assert found("apple*", trademark_only) == {second.pk}


def test_it_matches_words_from_the_head_with_words_from_the_text(fielded):
    first, _ = fielded
    assert found("samsung damages") == {first.pk}


def test_it_replaces_the_index_entry_when_a_ruling_changes(db):
    ruling = make_ruling(text="original wording")
    search.update_index([ruling.pk])
    Ruling.objects.filter(pk=ruling.pk).update(text="revised wording")
    search.update_index([ruling.pk])
    assert found("original") == set()
    assert found("revised") == {ruling.pk}


def test_it_indexes_long_texts_in_overlapping_passages(db):
    words = " ".join(f"filler{i % 97}" for i in range(7000))
    ruling = make_ruling(text=f"{words} rare phrase here {words} closing remark")
    search.update_index([ruling.pk])
    assert found('"rare phrase here"') == {ruling.pk}
    assert found('"closing remark"') == {ruling.pk}
    assert found("rare w/2 here") == {ruling.pk}
    assert found("closing -rare") == set()


def test_it_finds_words_anywhere_in_a_long_ruling_and_phrases_within_a_passage(db):
    words = " ".join(f"filler{i % 97}" for i in range(7000))
    ruling = make_ruling(text=f"opening {words} closing")
    search.update_index([ruling.pk])
    assert found("opening closing") == {ruling.pk}
    assert found("(opening OR nowhere) closing") == {ruling.pk}
    assert found("opening clos*") == {ruling.pk}
    assert found("opening w/10 closing") == set()
    assert found('"filler3 filler4" closing') == {ruling.pk}


def test_it_treats_an_empty_query_as_everything(corpus):
    assert found("") == {r.pk for r in corpus.values()}


@pytest.mark.postgres
def test_a_bulk_rebuild_restores_the_position_index_of_every_partition(corpus):
    def indexes() -> set[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT t.relid::regclass::text, pg_get_indexdef(i.indexrelid), i.indisvalid "
                "FROM pg_partition_tree('ipcases_search_passage') t "
                "JOIN pg_index i ON i.indrelid = t.relid"
            )
            return set(cursor.fetchall())

    before = indexes()
    # A key and three position indexes (the words, their order in sentences and in
    # paragraphs) on the table and on each of its two partitions.
    assert len(before) == 12
    assert all(valid for _, _, valid in before)
    search.reindex()
    assert indexes() == before
    assert found('"doctrine of equivalents"') == ids(corpus, "equivalents")


@pytest.mark.postgres
def test_a_passage_keeps_its_starts_out_of_its_row_as_its_vectors(db):
    # A long text: its sentence starts alone would make a row of a kilobyte.
    long = make_ruling(text="The claim is valid. " * 400)
    search.update_index([long.pk])
    stored = 0
    with connection.cursor() as cursor:
        for partition in ("ipcases_search_passage_0", "ipcases_search_passage_1"):
            cursor.execute(
                "SELECT reltoastrelid::regclass::text FROM pg_class WHERE oid = %s::regclass",
                [partition],
            )
            cursor.execute(f"SELECT count(DISTINCT chunk_id) FROM {cursor.fetchone()[0]}")
            stored += cursor.fetchone()[0]
        cursor.execute(
            "SELECT count(*) FROM ipcases_search_passage WHERE ruling_id = %s", [long.pk]
        )
        passages = cursor.fetchone()[0]
    # Its position vector, two unit vectors, two order vectors and two start arrays.
    assert stored == 7 * passages > 0


@pytest.mark.sqlite
def test_a_bulk_rebuild_merges_the_full_text_index(corpus):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        search.reindex()
    statements = [query["sql"] for query in queries.captured_queries]
    passages = [i for i, sql in enumerate(statements) if "passage (rowid" in sql]
    merged = [i for i, sql in enumerate(statements) if "'optimize'" in sql]
    assert passages and merged and merged[-1] > passages[-1]
    assert found('"doctrine of equivalents"') == ids(corpus, "equivalents")


def test_indexing_a_deleted_ruling_again_changes_nothing(corpus):
    gone = corpus["far"].pk
    corpus["far"].delete()
    search.update_index([gone])
    assert found("doctrine") == ids(corpus, "equivalents", "literal")


@pytest.mark.postgres
def test_a_heavy_statements_settings_hold_for_it_and_end_with_it(db, monkeypatch):
    import psycopg

    from ipcases.search import reading
    from ipcases.search.postgres import matches

    # A connection of its own, outside the test's transaction, as a page's connection is.
    params = connection.get_connection_params()
    params.update(autocommit=True, cursor_factory=psycopg.ClientCursor)
    own = psycopg.connect(**params)
    monkeypatch.setattr(reading, "database", lambda: own)
    settings = "SELECT set_config('work_mem', '77MB', true)"
    with own:
        assert matches.fetch(settings, "SELECT current_setting('work_mem'), %s", [1]) == [
            ("77MB", 1)
        ]
        assert own.execute("SELECT current_setting('work_mem')").fetchone()[0] != "77MB"


@pytest.mark.postgres
def test_a_long_id_array_selects_what_a_short_one_does(corpus, monkeypatch):
    from ipcases.search.postgres import matches

    wanted = ids(corpus, "equivalents", "far")
    short = "{" + ",".join(map(str, sorted(wanted))) + "}"
    # Ids of no ruling make the array long; the rulings it selects stay the same.
    long = "{" + ",".join(map(str, [*sorted(wanted), *range(10**9, 10**9 + 1500)])) + "}"
    assert "+ 0" in matches.among_sql("id", long) and "+ 0" not in matches.among_sql("id", short)
    for ids_literal in (short, long):
        rulings = Ruling.objects.filter(pk__any_of=ids_literal)
        assert set(rulings.values_list("pk", flat=True)) == wanted
        sql, params = matches.restrict(rulings, "ruling_id")
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT ruling_id FROM ipcases_search_ruling WHERE {sql}", params)
            assert {row[0] for row in cursor.fetchall()} == wanted


@pytest.mark.postgres
def test_facet_counts_never_test_words_one_joined_ruling_at_a_time(corpus):
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from ipcases.pages.listing import Listing
    from ipcases.search.postgres import matches

    params = QueryDict("q=doctrine&decided_after=2000-01-01&court=cafc")
    f = Listing(params)
    with CaptureQueriesContext(connection) as captured:
        f.facet_counts  # noqa: B018
    sent = next(q["sql"] for q in captured if "GROUP BY facet_group" in q["sql"])
    settings, statement = sent.split("; ", 1)
    plan = "\n".join(row[0] for row in matches.fetch(settings, "EXPLAIN " + statement, None))
    assert "@@" in statement
    assert "Nested Loop" not in plan


@pytest.mark.postgres
def test_search_answers_the_same_without_rum_on_a_gin_index(corpus):
    queries = [
        '"doctrine of equivalents"',
        '"accused device" pre/4 "doctrine of equivalents"',
        "infringement w/5 doctrine",
        "literal pre/1 infringement",
        "obvious* -literal",
    ]
    with_rum = {query: found(query) for query in queries}
    with connection.cursor() as cursor:
        # CREATE INDEX refuses a table with foreign-key checks pending in the transaction.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            "CREATE INDEX ipcases_search_passage_document ON ipcases_search_passage "
            "USING gin (document)"
        )
        cursor.execute("DROP INDEX IF EXISTS ipcases_search_passage_rum")
        # Through the GIN index, as on a large table, rather than a scan of this small one.
        cursor.execute("SET LOCAL enable_seqscan = off")
    assert {query: found(query) for query in queries} == with_rum
    assert with_rum['"doctrine of equivalents"'] == ids(corpus, "equivalents")
