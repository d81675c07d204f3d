import AttribCore
import GRDB

/// Schema version 2: the same information as version 1 in fewer, cheaper rows, because recording
/// cost about the same per row whatever the row held (docs/store.md, "Why version 2").
///
/// - Sentences are packed into `documents.sentences` (``PackedSentences``) instead of one row
///   each; the `sentences` view reads them back with the columns version 1 had.
/// - Attributions and findings stay rows (review ids `A12`/`F7` are their row ids, and reports,
///   the `sources` view and users' SQL query them), but each row costs less: no `idx` (the row id
///   keeps the order within a document), so no `UNIQUE (document_id, idx)` index; no per-row
///   foreign keys (a trigger deletes a document's rows with it, the writer checks sentence
///   indices); no per-row CHECKs (the writer checks spans and confidences; enumerated values come
///   from Swift enums); no copies of span texts except `source_text` and `resolved_text`, which
///   the `sources` view and archive reports aggregate over every attribution of the archive
///   (slicing them from each row's document made those queries three to six times as slow);
///   `attributions_with_text` and `findings_with_text` slice the others from `documents.text`.
extension Schema {
    /// Upgrades a version-1 database in place, keeping every row id (so review ids stay valid).
    /// One transaction, like every migration: a failure leaves the file at version 1.
    static func upgradeToV2(_ db: Database) throws {
        try db.execute(sql: """
            DROP VIEW sources;
            ALTER TABLE documents ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
            """)
        try packSentences(db)
        try db.execute(sql: """
            \(v2Attributions.replacingOccurrences(of: "CREATE TABLE attributions", with: "CREATE TABLE attributions_v2"))
            INSERT INTO attributions_v2 (\(v2AttributionColumns))
                SELECT \(v2AttributionColumns) FROM attributions ORDER BY id;
            DROP TABLE attributions;
            ALTER TABLE attributions_v2 RENAME TO attributions;

            \(v2Findings.replacingOccurrences(of: "CREATE TABLE findings", with: "CREATE TABLE findings_v2"))
            INSERT INTO findings_v2 (\(v2FindingColumns)) SELECT \(v2FindingColumns) FROM findings ORDER BY id;
            DROP TABLE findings;
            ALTER TABLE findings_v2 RENAME TO findings;

            DROP TABLE sentences;
            \(v2Indexes)
            \(v2Views)
            """)
    }

    /// Turns the `sentences` rows of every document into its packed `sentences` column, one
    /// document at a time (an archive's sentences need not fit in memory).
    private static func packSentences(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE documents SET sentences = ? WHERE id = ?")
        var document: Int64?
        var sentences: [Sentence] = []
        func flush() throws {
            guard let document else { return }
            try update.execute(arguments: [String(decoding: PackedSentences.encode(sentences), as: UTF8.self), document])
            sentences.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT document_id, start, "end", prose_start, prose_end, paragraph FROM sentences ORDER BY document_id, idx
            """)
        while let r = try rows.next() {
            let id: Int64 = r[0]
            if id != document {
                try flush()
                document = id
            }
            let (start, end, proseStart, proseEnd, paragraph): (Int, Int, Int, Int, Int) = (r[1], r[2], r[3], r[4], r[5])
            guard start <= end, proseStart >= 0, proseStart <= proseEnd, paragraph >= 0 else {
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "document \(id) has a sentence with invalid offsets")
            }
            sentences.append(Sentence(span: Span(start, end), prose: Span(proseStart, proseEnd), paragraph: paragraph))
        }
        try flush()
    }

    static let v2AttributionColumns = """
        id, document_id, sentence, key, cue_start, cue_end, cue_category, cue_loaded, cue_rule, source_start,
        source_end, source_text, source_kind, resolved_start, resolved_end, resolved_text, resolved_kind,
        source_effective_kind, source_key, content_start, content_end, quote, anonymous, reason_start, reason_end,
        confidence, level, rules
        """

    static let v2FindingColumns = """
        id, document_id, key, rule, severity, message, start, "end", line, "column", sentence, confidence, level
        """

    /// Row ids are allocated in insertion order, so a document's attributions have increasing ids
    /// in the order of the analysis (``Inserter``): `ORDER BY id` is the order version 1 kept in `idx`.
    static let v2Attributions = """
        CREATE TABLE attributions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            key TEXT NOT NULL,
            cue_start INTEGER,
            cue_end INTEGER,
            cue_category TEXT,
            cue_loaded INTEGER,
            cue_rule TEXT,
            source_start INTEGER,
            source_end INTEGER,
            source_text TEXT,
            source_kind TEXT,
            resolved_start INTEGER,
            resolved_end INTEGER,
            resolved_text TEXT,
            resolved_kind TEXT,
            source_effective_kind TEXT,
            source_key TEXT,
            content_start INTEGER,
            content_end INTEGER,
            quote TEXT NOT NULL,
            anonymous INTEGER NOT NULL,
            reason_start INTEGER,
            reason_end INTEGER,
            confidence REAL NOT NULL,
            level TEXT NOT NULL,
            rules TEXT NOT NULL
        );
        """

    static let v2Findings = """
        CREATE TABLE findings (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL,
            key TEXT NOT NULL,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            line INTEGER NOT NULL,
            "column" INTEGER NOT NULL,
            sentence INTEGER,
            confidence REAL NOT NULL,
            level TEXT NOT NULL
        );
        """

    /// One index per row table, on the document: re-recording a document deletes its rows, and a
    /// report reads them, by document. The trigger is version 1's `ON DELETE CASCADE` without a
    /// foreign-key lookup on every insert.
    static let v2Indexes = """
        CREATE INDEX attributions_document ON attributions(document_id);
        CREATE INDEX findings_document ON findings(document_id);
        CREATE TRIGGER documents_delete_rows AFTER DELETE ON documents BEGIN
            DELETE FROM attributions WHERE document_id = OLD.id;
            DELETE FROM findings WHERE document_id = OLD.id;
        END;
        """

    static let v2Views = """
        CREATE VIEW sentences AS
            SELECT d.id AS document_id,
                   j.key AS idx,
                   json_extract(j.value, '$[0]') AS start,
                   json_extract(j.value, '$[1]') AS "end",
                   coalesce(json_extract(j.value, '$[3]'), json_extract(j.value, '$[0]')) AS prose_start,
                   coalesce(json_extract(j.value, '$[4]'), json_extract(j.value, '$[1]')) AS prose_end,
                   json_extract(j.value, '$[2]') AS paragraph
            FROM documents d, json_each(d.sentences) j;

        CREATE VIEW attributions_with_text AS
            SELECT a.*,
                   \(spanText("a.cue")) AS cue_text,
                   \(spanText("a.content")) AS content_text,
                   \(spanText("a.reason")) AS reason_text
            FROM attributions a JOIN documents d ON d.id = a.document_id;

        CREATE VIEW findings_with_text AS
            SELECT f.*, \(spanText(start: "f.start", end: "f.\"end\"")) AS text
            FROM findings f JOIN documents d ON d.id = f.document_id;

        CREATE VIEW sources AS
            SELECT a.source_key AS key,
                   a.source_effective_kind AS kind,
                   count(*) AS mentions,
                   count(DISTINCT a.document_id) AS documents,
                   min(\(sourceExampleSQL)) AS example
            FROM attributions a
            WHERE a.source_key IS NOT NULL
            GROUP BY a.source_key, a.source_effective_kind;
        """

    /// The document's text under a span, in SQL: `prefix_start`/`prefix_end` are UTF-8 byte offsets
    /// into `documents.text` (aliased `d`), so the text is sliced as a BLOB (bytes, not characters)
    /// and read back as TEXT. NULL when the span is NULL. Works on version 1 files too.
    static func spanText(_ prefix: String) -> String {
        spanText(start: "\(prefix)_start", end: "\(prefix)_end")
    }

    static func spanText(start: String, end: String) -> String {
        "CAST(substr(CAST(d.text AS BLOB), \(start) + 1, max(\(end) - \(start), 0)) AS TEXT)"
    }

    /// A source's text as written, or for a resolved pronoun the text it resolves to (`a`:
    /// attributions). The same expression as version 1's view.
    static let sourceExampleSQL = """
        CASE WHEN a.source_kind = 'pronoun' AND a.resolved_text IS NOT NULL THEN a.resolved_text ELSE a.source_text END
        """

    /// Aggregate: the most complete way a group of attributions writes its source — the longest
    /// text, ties to the later in byte order (``SourceTally/isMoreComplete(_:than:)``).
    static let sourceNameSQL = """
        substr(max(printf('%09d', length(\(sourceExampleSQL))) || \(sourceExampleSQL)), 10)
        """

    /// Whether a source lexicon other than the pronoun one matched the attribution's source:
    /// one of its `rules` starts with `lexicon.source.` and the source is not a pronoun.
    static let sourceLexiconHeadSQL = """
        (a.source_kind <> 'pronoun' AND instr(' ' || a.rules || ' ', ' lexicon.source.') > 0)
        """
}
