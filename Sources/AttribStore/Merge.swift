import AttribCore
import GRDB

/// What `attrib merge` did.
public struct MergeSummary: Sendable, Equatable {
    public var added = 0
    /// Documents already present with the same content (same sha256) and skipped.
    public var duplicates = 0
    /// Documents present under the same path or id with other content, replaced by a newer analysis.
    public var replaced = 0
    /// Older analyses of a document the output already holds in a newer version, skipped.
    public var older = 0
    public var reviews = 0
    public init() {}
}

extension Store {
    /// Merges another attrib database into this one (for example one SQLite file per Spark
    /// executor). Documents are de-duplicated by sha256; a document with the same path or id but
    /// other content keeps the newer analysis; reviews are carried over once; the `sources`
    /// view re-aggregates by itself. One transaction per input: a failure leaves this database
    /// as it was before that input.
    public func merge(from input: String) throws -> MergeSummary {
        // Validate the input the same way opening it for a report would (not SQLite, corrupt,
        // foreign or newer schema are refused) and never write to it.
        let source = try Store(path: input, mode: .readOnly)
        let version = try source.schemaVersion()
        try source.close()
        guard version <= Schema.version else {
            throw StoreError.newerSchema(path: input, found: version, supported: Schema.version)
        }
        guard mode == .readWrite else { throw StoreError.cannotOpen(path: path, detail: "opened read-only") }
        do {
            return try queue.writeWithoutTransaction { db in
                // Read-only (immutable when no writer is at work), like any reader: the input's
                // folder may be read-only, and merging leaves no file beside it.
                try db.execute(sql: "ATTACH DATABASE ? AS src", arguments: [Store.readOnlyLocation(input)])
                defer { try? db.execute(sql: "DETACH DATABASE src") }
                var summary = MergeSummary()
                try db.inTransaction(.immediate) {
                    summary = try Store.mergeAttached(db, version: version)
                    return .commit
                }
                return summary
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Store.map(error, path: path)
        }
    }

    private static func columns(_ db: Database, _ table: String, except: Set<String>) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { $0["name"] as String }.filter { !except.contains($0) }
    }

    /// `version` is the input's schema version. A version-1 input has every column of version 2
    /// but the packed sentences, which are made from its `sentences` rows.
    private static func mergeAttached(_ db: Database, version: Int) throws -> MergeSummary {
        var summary = MergeSummary()
        func quoted(_ cols: [String]) -> String { cols.map { "\"\($0)\"" }.joined(separator: ", ") }

        // Runs keep their history under new ids.
        var runMap: [Int64: Int64] = [:]
        let runCols = try columns(db, "runs", except: ["id"])
        for old in try Int64.fetchAll(db, sql: "SELECT id FROM src.runs ORDER BY id") {
            try db.execute(sql: "INSERT INTO main.runs (\(quoted(runCols))) SELECT \(quoted(runCols)) FROM src.runs WHERE id = ?",
                           arguments: [old])
            runMap[old] = db.lastInsertedRowID
        }

        let docCols = try columns(db, "documents", except: version < 2 ? ["id", "run_id", "sentences"] : ["id", "run_id"])
        let childTables = ["attributions", "findings"]
        var childCols: [String: [String]] = [:]
        for t in childTables { childCols[t] = try columns(db, t, except: ["id", "document_id"]) }

        let docs = try Row.fetchAll(db, sql: """
            SELECT id, identity, is_external_id, sha256, ingested_at, run_id FROM src.documents ORDER BY id
            """)
        for d in docs {
            let oldID: Int64 = d["id"]
            let sha: String = d["sha256"]
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM main.documents WHERE sha256 = ? LIMIT 1", arguments: [sha]) == true {
                summary.duplicates += 1
                continue
            }
            let identity: String = d["identity"]
            let external: Int64 = d["is_external_id"]
            if let existing = try Row.fetchOne(db, sql: """
                SELECT id, ingested_at FROM main.documents WHERE identity = ? AND is_external_id = ?
                """, arguments: [identity, external]) {
                let theirs: String = existing["ingested_at"]
                let ours: String = d["ingested_at"]
                guard ours > theirs else { summary.older += 1; continue }
                try db.execute(sql: "DELETE FROM main.documents WHERE id = ?", arguments: [existing["id"] as Int64])
                summary.replaced += 1
            } else {
                summary.added += 1
            }
            let run = runMap[d["run_id"] as Int64] ?? 0
            try db.execute(sql: """
                INSERT INTO main.documents (run_id, \(quoted(docCols))) SELECT ?, \(quoted(docCols)) FROM src.documents WHERE id = ?
                """, arguments: [run, oldID])
            let newID = db.lastInsertedRowID
            if version < 2 {
                let sentences = try Row.fetchAll(db, sql: """
                    SELECT start, "end", prose_start, prose_end, paragraph FROM src.sentences WHERE document_id = ? ORDER BY idx
                    """, arguments: [oldID]).map { r in Sentence(span: Span(r[0], r[1]), prose: Span(r[2], r[3]), paragraph: r[4]) }
                try db.execute(sql: "UPDATE main.documents SET sentences = ? WHERE id = ?",
                               arguments: [String(decoding: PackedSentences.encode(sentences), as: UTF8.self), newID])
            }
            // In both versions a document's rows have increasing ids in the analysis' order.
            for t in childTables {
                let cols = quoted(childCols[t]!)
                try db.execute(sql: """
                    INSERT INTO main.\(t) (document_id, \(cols)) SELECT ?, \(cols) FROM src.\(t) WHERE document_id = ? ORDER BY id
                    """, arguments: [newID, oldID])
            }
        }

        let reviewCols = try columns(db, "reviews", except: ["id"])
        let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM main.reviews") ?? 0
        try db.execute(sql: """
            INSERT INTO main.reviews (\(quoted(reviewCols))) SELECT \(quoted(reviewCols)) FROM src.reviews r
            WHERE NOT EXISTS (SELECT 1 FROM main.reviews t WHERE t.document_identity = r.document_identity
                AND t.is_external_id = r.is_external_id AND t.target = r.target AND t.key = r.key
                AND t.verdict = r.verdict AND t.reviewer = r.reviewer AND t.reviewed_at = r.reviewed_at)
            ORDER BY r.id
            """)
        summary.reviews = (try Int.fetchOne(db, sql: "SELECT count(*) FROM main.reviews") ?? 0) - before
        return summary
    }
}
