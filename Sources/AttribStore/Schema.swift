import GRDB

/// The database schema, as GRDB migrations. docs/store.md describes every table.
///
/// The schema version is `PRAGMA user_version`; `PRAGMA application_id` marks the file as
/// attrib's. A database whose version is above ``Schema/version`` was written by a newer attrib
/// and is refused untouched.
public enum Schema {
    /// The schema version this attrib writes and understands. Version 1 files are upgraded in place
    /// when opened for writing (``upgradeToV2(_:)``) and read as they are otherwise.
    public static let version = 2

    /// `PRAGMA application_id`: "attr" in ASCII.
    public static let applicationID: Int32 = 0x6174_7472

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2") { db in
            try upgradeToV2(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }

    /// Version 1. Enumerated columns are checked with `x = 'a' OR x = 'b'`, not `x IN ('a', 'b')`:
    /// SQLite evaluates an IN list through a temporary index built on every insert.
    static let v1 = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            tool_version TEXT NOT NULL,
            rules_fingerprint TEXT NOT NULL,
            arguments TEXT NOT NULL,
            documents_recorded INTEGER NOT NULL DEFAULT 0 CHECK (documents_recorded >= 0),
            documents_unchanged INTEGER NOT NULL DEFAULT 0 CHECK (documents_unchanged >= 0)
        );

        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            identity TEXT NOT NULL CHECK (identity <> ''),
            is_external_id INTEGER NOT NULL CHECK (is_external_id = 0 OR is_external_id = 1),
            format TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            text TEXT NOT NULL,
            rules_fingerprint TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            ingested_at TEXT NOT NULL,
            sentence_count INTEGER NOT NULL CHECK (sentence_count >= 0),
            attribution_count INTEGER NOT NULL CHECK (attribution_count >= 0),
            sourced_count INTEGER NOT NULL CHECK (sourced_count >= 0),
            named_count INTEGER NOT NULL CHECK (named_count >= 0),
            anonymous_count INTEGER NOT NULL CHECK (anonymous_count >= 0),
            vague_count INTEGER NOT NULL CHECK (vague_count >= 0),
            quote_count INTEGER NOT NULL CHECK (quote_count >= 0),
            finding_count INTEGER NOT NULL CHECK (finding_count >= 0),
            UNIQUE (is_external_id, identity)
        );
        CREATE INDEX documents_run ON documents(run_id);

        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 0),
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            prose_start INTEGER NOT NULL,
            prose_end INTEGER NOT NULL,
            paragraph INTEGER NOT NULL CHECK (paragraph >= 0),
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE attributions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 0),
            sentence INTEGER NOT NULL,
            key TEXT NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            cue_text TEXT,
            cue_category TEXT CHECK (cue_category = 'speech' OR cue_category = 'cognition' OR cue_category = 'document' OR cue_category = 'nominal' OR cue_category = 'hedge'),
            cue_loaded INTEGER CHECK (cue_loaded = 0 OR cue_loaded = 1),
            cue_rule TEXT,
            source_start INTEGER,
            source_end INTEGER,
            source_text TEXT,
            source_kind TEXT CHECK (source_kind = 'named' OR source_kind = 'anonymous' OR source_kind = 'vague' OR source_kind = 'document' OR source_kind = 'pronoun'),
            resolved_start INTEGER,
            resolved_end INTEGER,
            resolved_text TEXT,
            resolved_kind TEXT CHECK (resolved_kind = 'named' OR resolved_kind = 'anonymous' OR resolved_kind = 'vague' OR resolved_kind = 'document' OR resolved_kind = 'pronoun'),
            source_effective_kind TEXT CHECK (source_effective_kind = 'named' OR source_effective_kind = 'anonymous' OR source_effective_kind = 'vague' OR source_effective_kind = 'document' OR source_effective_kind = 'pronoun'),
            source_key TEXT,
            content_start INTEGER,
            content_end INTEGER,
            content_text TEXT,
            quote TEXT NOT NULL CHECK (quote = 'direct' OR quote = 'partial' OR quote = 'none'),
            anonymous INTEGER NOT NULL CHECK (anonymous = 0 OR anonymous = 1),
            reason_start INTEGER,
            reason_end INTEGER,
            reason_text TEXT,
            confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
            level TEXT NOT NULL CHECK (level = 'low' OR level = 'medium' OR level = 'high'),
            rules TEXT NOT NULL,
            UNIQUE (document_id, idx),
            FOREIGN KEY (document_id, sentence) REFERENCES sentences(document_id, idx) ON DELETE CASCADE,
            CHECK ((cue_start IS NULL) = (cue_end IS NULL) AND (cue_start IS NULL) = (cue_category IS NULL)),
            CHECK ((source_start IS NULL) = (source_key IS NULL) AND (source_start IS NULL) = (source_kind IS NULL))
        );

        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL CHECK (idx >= 0),
            key TEXT NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning' OR severity = 'error'),
            message TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            "end" INTEGER NOT NULL CHECK ("end" >= start),
            line INTEGER NOT NULL CHECK (line >= 1),
            "column" INTEGER NOT NULL CHECK ("column" >= 1),
            sentence INTEGER,
            text TEXT NOT NULL,
            confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
            level TEXT NOT NULL CHECK (level = 'low' OR level = 'medium' OR level = 'high'),
            UNIQUE (document_id, idx),
            FOREIGN KEY (document_id, sentence) REFERENCES sentences(document_id, idx) ON DELETE CASCADE
        );

        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            document_identity TEXT NOT NULL,
            is_external_id INTEGER NOT NULL CHECK (is_external_id = 0 OR is_external_id = 1),
            target TEXT NOT NULL CHECK (target = 'attribution' OR target = 'finding'),
            key TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict = 'confirmed' OR verdict = 'rejected' OR verdict = 'note'),
            note TEXT,
            reviewer TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            subject TEXT NOT NULL,
            CHECK (verdict <> 'note' OR note IS NOT NULL)
        );
        CREATE INDEX reviews_target ON reviews(is_external_id, document_identity, key);

        CREATE VIEW sources AS
            SELECT source_key AS key,
                   source_effective_kind AS kind,
                   count(*) AS mentions,
                   count(DISTINCT document_id) AS documents,
                   min(CASE WHEN source_kind = 'pronoun' AND resolved_text IS NOT NULL
                            THEN resolved_text ELSE source_text END) AS example
            FROM attributions
            WHERE source_key IS NOT NULL
            GROUP BY source_key, source_effective_kind;
        """
}
