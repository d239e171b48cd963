"""search: each household's words for typo correction; names weighted in search_vector

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words are those of item.search_text in lower case ("batteries") and their
# full-text lexemes ("batteri"): a query word is known when either is there. Only
# letters and digits: query words are split so, and lexemes of URLs or e-mail
# addresses ("/saw(blade") are no corrections. New items
# are added per statement (one insert for a whole COPY or import); a changed search
# text per row, and only when it really changed.
_WORDS_OF = """
CREATE FUNCTION search_words_of(search_text text, search_vector tsvector)
RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT w.word
    FROM unnest(
        tsvector_to_array(search_vector)
        || regexp_split_to_array(lower(search_text), '[^[:alnum:]]+')
    ) AS w(word)
    WHERE w.word ~ '^[[:alnum:]]+$'
$$;
"""
_FUNCTIONS = """
CREATE FUNCTION search_words_from_new_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (household_id, word)
    SELECT DISTINCT n.household_id, w.word
    FROM new_items AS n, search_words_of(n.search_text, n.search_vector) AS w(word)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE FUNCTION search_words_from_changed_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_word (household_id, word)
    SELECT NEW.household_id, w.word
    FROM search_words_of(NEW.search_text, NEW.search_vector) AS w(word)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER item_search_words_insert
    AFTER INSERT ON item REFERENCING NEW TABLE AS new_items
    FOR EACH STATEMENT EXECUTE FUNCTION search_words_from_new_items();

CREATE TRIGGER item_search_words_update
    AFTER UPDATE OF search_text ON item
    FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
    EXECUTE FUNCTION search_words_from_changed_item();
"""


# search_vector marks the name's words with weight A, so that search can rank items
# named "batteries" before items that only have the tag "batteries".
_WEIGHTED_VECTOR = (
    "setweight(to_tsvector('english'::regconfig, (name)::text), 'A'::\"char\")"
    " || to_tsvector('english'::regconfig, search_text)"
)
_PLAIN_VECTOR = "to_tsvector('english'::regconfig, search_text)"


def _search_vector(expression: str) -> None:
    op.drop_index("ix_item_search_vector", table_name="item")
    op.drop_column("item", "search_vector")
    op.add_column(
        "item",
        sa.Column(
            "search_vector",
            postgresql.TSVECTOR(),
            sa.Computed(expression, persisted=True),
            nullable=False,
        ),
    )
    op.create_index(
        "ix_item_search_vector", "item", ["search_vector"], unique=False, postgresql_using="gin"
    )


def upgrade() -> None:
    _search_vector(_WEIGHTED_VECTOR)
    op.create_table(
        "search_word",
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("word", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_search_word_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("household_id", "word", name=op.f("pk_search_word")),
    )
    op.execute(_WORDS_OF)
    op.execute(
        """
        INSERT INTO search_word (household_id, word)
        SELECT DISTINCT item.household_id, w.word
        FROM item, search_words_of(item.search_text, item.search_vector) AS w(word)
        """
    )
    op.execute(_FUNCTIONS)


def downgrade() -> None:
    op.execute("DROP TRIGGER item_search_words_update ON item")
    op.execute("DROP TRIGGER item_search_words_insert ON item")
    op.execute("DROP FUNCTION search_words_from_changed_item()")
    op.execute("DROP FUNCTION search_words_from_new_items()")
    op.execute("DROP FUNCTION search_words_of(text, tsvector)")
    op.drop_table("search_word")
    _search_vector(_PLAIN_VECTOR)
