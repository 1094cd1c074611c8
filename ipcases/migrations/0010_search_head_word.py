"""PostgreSQL: each word of a ruling's head with its relevance score, in score order per word.
Nothing on SQLite.

A broad query's first stage of ranking looks for the rulings whose head (name, citations,
parties, summary) holds its words most strongly. Ranking every match's head costs a scan of
all of them (100 ms for 50,000 matches); this table, ordered by (word, score), gives each
word's best rulings among the matches from the top of an index. The score is ts_rank_cd of the
head for that one word, times the ruling's boost. The SQL is written out here, not imported.
"""

from django.db import migrations

FORWARD = [
    """CREATE TABLE ipcases_search_head_word (
        word text COLLATE "C" NOT NULL,
        ruling_id bigint NOT NULL,
        score real NOT NULL
    )""",
    """INSERT INTO ipcases_search_head_word (word, ruling_id, score)
        SELECT u.lexeme, r.ruling_id,
            ts_rank_cd('{0.1, 0.4, 1.0, 1.0}', r.head, quote_literal(u.lexeme)::tsquery) * r.boost
        FROM ipcases_search_ruling r, unnest(r.head) u""",
    """ALTER TABLE ipcases_search_head_word ADD FOREIGN KEY (ruling_id)
        REFERENCES ipcases_ruling (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED""",
    """CREATE INDEX ipcases_search_head_word_best ON ipcases_search_head_word
        (word, score DESC, ruling_id DESC)""",
    "CREATE INDEX ipcases_search_head_word_ruling ON ipcases_search_head_word (ruling_id)",
    # The matches without the words in their head come next, by boost.
    """CREATE INDEX ipcases_search_ruling_boost ON ipcases_search_ruling
        (boost DESC, ruling_id DESC)""",
]
BACKWARD = [
    "DROP INDEX ipcases_search_ruling_boost",
    "DROP TABLE ipcases_search_head_word",
]


def run(statements):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return operation


class Migration(migrations.Migration):
    dependencies = [("ipcases", "0009_ruling_damages_index")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
