//! The schema, as an append-only list of migrations. The database's version
//! is `PRAGMA user_version`: the number of migrations applied. A migration
//! that shipped is never edited; a change is a new entry at the end.

/// Every migration, in order. `MIGRATIONS[i]` takes the schema from version
/// `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: articles, claims, speakers, country tags, and the user's manual edits
    // kept apart from what extraction writes.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE articles (
        id           INTEGER PRIMARY KEY,
        source_id    TEXT,
        title        TEXT NOT NULL,
        outlet       TEXT,
        author       TEXT,
        url          TEXT,
        published    TEXT,
        imported_at  TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        body         TEXT NOT NULL,
        change_seq   INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_by_change_seq ON articles(change_seq);

    CREATE TABLE article_countries (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        code       TEXT NOT NULL,
        evidence   TEXT NOT NULL,
        PRIMARY KEY (article_id, code)
    ) STRICT;

    CREATE TABLE speakers (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL,
        kind        TEXT NOT NULL,
        merged_into INTEGER REFERENCES speakers(id),
        UNIQUE (name_key, kind)
    ) STRICT;

    CREATE TABLE speaker_aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        alias      TEXT NOT NULL,
        alias_key  TEXT NOT NULL,
        PRIMARY KEY (alias_key, speaker_id)
    ) STRICT;

    CREATE TABLE claims (
        id              INTEGER PRIMARY KEY,
        article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL,
        start           INTEGER NOT NULL,
        end             INTEGER NOT NULL,
        char_start      INTEGER NOT NULL,
        char_end        INTEGER NOT NULL,
        cue             TEXT,
        speaker_id      INTEGER REFERENCES speakers(id),
        speaker_mention TEXT,
        speaker_role    TEXT,
        manual          INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX claims_by_article ON claims(article_id, start);
    CREATE INDEX claims_by_speaker ON claims(speaker_id);

    CREATE TABLE claim_countries (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        code     TEXT NOT NULL,
        source   TEXT NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (claim_id, code)
    ) STRICT;
    CREATE INDEX claim_countries_by_code ON claim_countries(code);

    -- The user's country edits, keyed by the claim's span so that they
    -- survive re-extraction (which replaces extracted claims wholesale).
    CREATE TABLE manual_tags (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        code       TEXT NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('add', 'remove')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (article_id, start, end, code)
    ) STRICT;
    "#,
    // 2: claim counts per kind, kept by triggers, so that `stats` (the app's
    // header, asked at every start) answers at once on millions of claims
    // instead of scanning them all.
    r#"
    CREATE TABLE claim_counts (
        kind TEXT PRIMARY KEY,
        n    INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    INSERT INTO claim_counts (kind, n) SELECT kind, COUNT(*) FROM claims GROUP BY kind;

    CREATE TRIGGER claim_counts_after_insert AFTER INSERT ON claims BEGIN
        INSERT INTO claim_counts (kind, n) VALUES (NEW.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER claim_counts_after_delete AFTER DELETE ON claims BEGIN
        UPDATE claim_counts SET n = n - 1 WHERE kind = OLD.kind;
    END;
    CREATE TRIGGER claim_counts_after_kind_change AFTER UPDATE OF kind ON claims BEGIN
        UPDATE claim_counts SET n = n - 1 WHERE kind = OLD.kind;
        INSERT INTO claim_counts (kind, n) VALUES (NEW.kind, 1)
            ON CONFLICT (kind) DO UPDATE SET n = n + 1;
    END;
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;
