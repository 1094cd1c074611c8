"""The search index's tables, described as models so that their shape reads in Python.

The engines in `ipcases.search` own these tables: migrations build them (differently on each
database, in RunSQL) and only the search package writes them, so Django neither creates nor
alters them (`managed = False`); analytics read the analytics groups and the search rows'
days through QuerySets. Every search row belongs to a ruling and goes with it (the foreign
keys cascade in the database).

On PostgreSQL the passages hold weighted tsvectors in two hash partitions, and the head words
give a broad query its first ranking stage. On SQLite the passages are an FTS5 table of
pre-tokenized columns (name, cites, parties, summary, body; a passage's rowid is its ruling's
id × 1000 + its number) and there are no head words.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from .catalogue import Court
from .rulings import Ruling


class FacetGroup(models.Model):
    """A combination of facet values and IP types, listed once; rulings point to theirs so
    that facet counts group a few thousand numbers instead of joining courts and types."""

    facets = models.TextField(
        help_text="Each facet's value, in the order of search.facets.FACETS, joined by '|'."
    )
    ip_types = models.TextField(help_text="The ruling's IP types, sorted, joined by ','.")
    rulings = models.IntegerField(default=0, help_text="How many indexed rulings it holds.")

    class Meta:
        managed = False
        db_table = "ipcases_search_facet_group"

    def __str__(self) -> str:
        return f"{self.facets} [{self.ip_types}]"


class SearchRuling(models.Model):
    """One row per indexed ruling: its facet group and, on PostgreSQL, its word vector."""

    ruling = models.OneToOneField(
        Ruling, primary_key=True, on_delete=models.DO_NOTHING, related_name="+"
    )
    facet_group = models.ForeignKey(
        FacetGroup,
        null=True,
        db_column="facet_group",
        on_delete=models.DO_NOTHING,
        related_name="+",
    )
    analytics_group = models.ForeignKey(
        "AnalyticsGroup",
        null=True,
        db_column="analytics_group",
        on_delete=models.DO_NOTHING,
        related_name="members",
    )
    days = models.IntegerField(
        null=True,
        help_text="Days from the filing of the ruling's case to the ruling; empty where either "
        "date is unknown or the filing is recorded after the ruling.",
    )
    # The ruling's award, as on the ruling, for the damages figures of a group's rulings.
    damages_amount = models.DecimalField(max_digits=16, decimal_places=2, null=True)
    damages_currency = models.CharField(max_length=3, blank=True, default="")
    damages_basis = models.CharField(max_length=10, blank=True, default="")
    # Its group's values that the commonest selections filter by, and whether it reports its
    # case pending (censored in durations), so that those read the search rows alone.
    court = models.ForeignKey(
        Court, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    year = models.IntegerField(null=True)
    ip_types = models.TextField(blank=True, default="")
    source = models.CharField(max_length=20, blank=True, default="")
    pending = models.BooleanField(default=False)
    boost = models.FloatField(default=1, help_text="The ruling's weight in relevance order.")
    words = SearchVectorField(
        null=True, help_text="PostgreSQL: a stripped tsvector of every word; empty on SQLite."
    )

    class Meta:
        managed = False
        db_table = "ipcases_search_ruling"

    def __str__(self) -> str:
        return f"search row of ruling {self.ruling_id}"


class AnalyticsGroup(models.Model):
    """The indexed rulings that share every value the analytics page filters and splits by,
    counted: a page whose filters are all such values adds up a few thousand of these rows
    instead of reading every ruling (see search/groups.py, which keeps them current)."""

    key = models.TextField(unique=True, help_text="The values below joined by '|'.")
    court = models.ForeignKey(
        Court, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    year = models.IntegerField(help_text="The year of decision.")
    ip_types = models.TextField(
        help_text="The rulings' IP types, sorted, each between commas (',patent,design,'); "
        "empty for none."
    )
    outcome = models.CharField(max_length=20, blank=True)
    outcome_basis = models.CharField(max_length=10, blank=True)
    injunction = models.CharField(max_length=10, blank=True)
    injunction_basis = models.CharField(max_length=10, blank=True)
    disposition = models.CharField(max_length=30, blank=True)
    kind = models.CharField(max_length=20)
    source = models.CharField(max_length=20)
    precedential = models.BooleanField()
    has_text = models.BooleanField()
    rulings = models.IntegerField(default=0, help_text="How many indexed rulings it holds.")

    class Meta:
        managed = False
        db_table = "ipcases_search_analytics_group"

    def __str__(self) -> str:
        return f"{self.key}: {self.rulings}"


class SearchPassage(models.Model):
    """PostgreSQL: one piece of a ruling's text, with its head (name, citations, parties,
    summary) repeated, as a weighted tsvector of positions (see search/postgres/index.py)."""

    pk = models.CompositePrimaryKey("ruling", "passage")
    ruling = models.ForeignKey(Ruling, on_delete=models.DO_NOTHING, related_name="+")
    passage = models.SmallIntegerField(help_text="The passage's number within its ruling.")
    boost = models.FloatField(default=1)
    document = SearchVectorField(help_text="A tsvector with positions and weights.")

    class Meta:
        managed = False
        db_table = "ipcases_search_passage"

    def __str__(self) -> str:
        return f"passage {self.passage} of ruling {self.ruling_id}"


class SearchPassageStart(models.Model):
    """PostgreSQL: where a passage's body begins in its ruling's text, so that a results page
    reads a long text from the passage the index matched (see search/listed.py)."""

    pk = models.CompositePrimaryKey("ruling", "passage")
    ruling = models.ForeignKey(Ruling, on_delete=models.DO_NOTHING, related_name="+")
    passage = models.SmallIntegerField(help_text="The passage's number within its ruling.")
    body_at = models.IntegerField(help_text="Where its body begins in the text (characters).")

    class Meta:
        managed = False
        db_table = "ipcases_search_passage_start"

    def __str__(self) -> str:
        return f"passage {self.passage} of ruling {self.ruling_id} at {self.body_at}"


class HeadWord(models.Model):
    """PostgreSQL: each word of a ruling's head with its relevance score for that word alone."""

    pk = models.CompositePrimaryKey("word", "ruling")
    word = models.TextField()
    ruling = models.ForeignKey(Ruling, on_delete=models.DO_NOTHING, related_name="+")
    score = models.FloatField()

    class Meta:
        managed = False
        db_table = "ipcases_search_head_word"

    def __str__(self) -> str:
        return f"{self.word} in ruling {self.ruling_id}"


class IndexState(models.Model):
    """What the index was built with: ('words', version) and, on PostgreSQL, ('terms',
    version), so that a query asks an older index in the words it holds."""

    name = models.TextField(primary_key=True)
    value = models.TextField()

    class Meta:
        managed = False
        db_table = "ipcases_search_state"

    def __str__(self) -> str:
        return f"{self.name} {self.value}"
