import AttribCore
import AttribReports
import Foundation
import GRDB
import GRDBSQLite

/// What recording one document did.
public enum RecordOutcome: String, Sendable {
    /// A document not seen before.
    case inserted
    /// Its content or the rules changed: the old rows were replaced.
    case replaced
    /// Same identity, same SHA-256, same rules fingerprint: nothing was written.
    case unchanged
}

extension Store {
    /// Starts a run (one `attrib analyze --db` invocation) and returns its id.
    public func beginRun(toolVersion: String, rulesFingerprint: String, arguments: [String]) throws -> Int64 {
        var w = JSONWriter()
        w.beginArray()
        for a in arguments { w.string(a) }
        w.endArray()
        let args = String(decoding: w.bytes, as: UTF8.self)
        return try write { db in
            try db.execute(sql: """
                INSERT INTO runs (started_at, tool_version, rules_fingerprint, arguments) VALUES (?, ?, ?, ?)
                """, arguments: [Clock.now(), toolVersion, rulesFingerprint, args])
            return db.lastInsertedRowID
        }
    }

    /// Marks a run finished with its counts. A run killed before this keeps `finished_at` NULL.
    public func finishRun(_ id: Int64, recorded: Int, unchanged: Int) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE runs SET finished_at = ?, documents_recorded = ?, documents_unchanged = ? WHERE id = ?
                """, arguments: [Clock.now(), recorded, unchanged, id])
        }
    }

    /// The identity a document is stored under: the external id as given, or the path with `.`
    /// segments and doubled slashes removed (`./corpus//a.txt` is `corpus/a.txt`).
    public static func identity(of document: SourceDocument) -> String {
        document.isExternalID ? document.name : normalizePath(document.name)
    }

    static func normalizePath(_ path: String) -> String {
        guard path.contains("/") else { return path }
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? path : joined)
    }

    /// True when the document is stored with this content and these rules, so analysing it
    /// again would change nothing.
    public func isCurrent(_ document: SourceDocument, rulesFingerprint: String) throws -> Bool {
        let sha = SHA256.hex(document.bytes)
        return try read { db in
            try storedVersion(db, document)?.matches(sha: sha, rules: rulesFingerprint) ?? false
        }
    }

    /// Records one analysed document in one transaction. The same identity with the same content
    /// and rules is a no-op; otherwise the document's rows are replaced atomically.
    @discardableResult
    public func record(_ analysis: DocumentAnalysis, rulesFingerprint: String, run: Int64) throws -> RecordOutcome {
        let document = analysis.document
        let sha = SHA256.hex(document.bytes)
        // Unchanged documents are answered by one SELECT in autocommit mode, without the write lock.
        if try unlockedRead({ db in try storedVersion(db, document)?.matches(sha: sha, rules: rulesFingerprint) }) == true {
            return .unchanged
        }
        let identity = Store.identity(of: document)
        return try write(document: identity) { db in
            let existing = try storedVersion(db, document)
            if let existing, existing.matches(sha: sha, rules: rulesFingerprint) { return .unchanged }
            if let existing {
                try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [existing.id])
            }
            try Inserter(db: db, analysis: analysis).insert(identity: identity, sha256: sha,
                                                             rulesFingerprint: rulesFingerprint, run: run)
            return existing == nil ? .inserted : .replaced
        }
    }

    struct StoredVersion {
        var id: Int64
        var sha256: String
        var rules: String
        func matches(sha: String, rules: String) -> Bool { sha256 == sha && self.rules == rules }
    }

    func storedVersion(_ db: Database, _ document: SourceDocument) throws -> StoredVersion? {
        let statement = try db.cachedStatement(sql: """
            SELECT id, sha256, rules_fingerprint FROM documents WHERE is_external_id = ? AND identity = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [document.isExternalID, Store.identity(of: document)]) else {
            return nil
        }
        return StoredVersion(id: row[0], sha256: row[1], rules: row[2])
    }
}

/// The hot path: cached prepared statements bound through the SQLite C API, texts bound straight
/// from the document's bytes. (GRDB's Codable record inserts are several times slower.)
struct Inserter {
    let db: Database
    let analysis: DocumentAnalysis

    // The hot-path statements. CHECK constraints use `=`/`OR` rather than `IN (…)`: SQLite builds
    // a temporary index for an IN list on every execution, which made each insert several times slower.
    static let documentSQL = """
        INSERT INTO documents (identity, is_external_id, format, title, url, published, sha256, size, text,
            rules_fingerprint, run_id, ingested_at, sentence_count, attribution_count, sourced_count,
            named_count, anonymous_count, vague_count, quote_count, finding_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let sentenceSQL = """
        INSERT INTO sentences (document_id, idx, start, "end", prose_start, prose_end, paragraph)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """
    static let attributionSQL = """
        INSERT INTO attributions (document_id, idx, sentence, key, cue_start, cue_end, cue_text, cue_category,
            cue_loaded, cue_rule, source_start, source_end, source_text, source_kind, resolved_start,
            resolved_end, resolved_text, resolved_kind, source_effective_kind, source_key, content_start,
            content_end, content_text, quote, anonymous, reason_start, reason_end, reason_text, confidence,
            level, rules)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let findingSQL = """
        INSERT INTO findings (document_id, idx, key, rule, severity, message, start, "end", line, "column",
            sentence, text, confidence, level)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func insert(identity: String, sha256: String, rulesFingerprint: String, run: Int64) throws {
        let doc = analysis.document
        let summary = analysis.summary
        let documentStatement = try db.cachedStatement(sql: Inserter.documentSQL)
        let sentenceStatement = try db.cachedStatement(sql: Inserter.sentenceSQL)
        let attributionStatement = try db.cachedStatement(sql: Inserter.attributionSQL)
        let findingStatement = try db.cachedStatement(sql: Inserter.findingSQL)
        try doc.bytes.withUnsafeBufferPointer { bytes in
            var b = Binder(db, documentStatement, bytes)
            b.text(identity)
            b.bool(doc.isExternalID)
            b.text(doc.format.rawValue)
            b.text(doc.metadata.title)
            b.text(doc.metadata.url)
            b.text(doc.metadata.published)
            b.text(sha256)
            b.int(doc.bytes.count)
            b.spanText(Span(0, bytes.count))
            b.text(rulesFingerprint)
            b.int64(run)
            b.text(Clock.now())
            for n in [summary.sentences, summary.attributions, summary.sourced, summary.named, summary.anonymous,
                      summary.vague, summary.quotes, summary.findings] {
                b.int(n)
            }
            try b.step()
            let documentID = db.lastInsertedRowID

            for (i, s) in analysis.sentences.enumerated() {
                var b = Binder(db, sentenceStatement, bytes)
                b.int64(documentID)
                b.int(i)
                b.int(s.span.start)
                b.int(s.span.end)
                b.int(s.prose.start)
                b.int(s.prose.end)
                b.int(s.paragraph)
                try b.step()
            }

            for (i, a) in analysis.attributions.enumerated() {
                var b = Binder(db, attributionStatement, bytes)
                b.int64(documentID)
                b.int(i)
                b.int(a.sentence)
                b.text(ReviewKey.attribution(a, in: analysis))
                b.span(a.cue?.span)
                b.spanText(a.cue?.span)
                b.text(a.cue?.category.rawValue)
                b.bool(a.cue?.loaded)
                b.text(a.cue?.rule)
                b.span(a.source?.span)
                b.spanText(a.source?.span)
                b.text(a.source?.kind.rawValue)
                b.span(a.source?.resolved)
                b.spanText(a.source?.resolved)
                b.text(a.source?.resolvedKind?.rawValue)
                b.text(a.source?.effectiveKind.rawValue)
                b.text(SourceKey.of(a, in: analysis)?.key)
                b.span(a.content)
                b.spanText(a.content)
                b.text(a.quote.rawValue)
                b.bool(a.anonymous)
                b.span(a.anonymityReason)
                b.spanText(a.anonymityReason)
                b.double(a.confidence)
                b.text(a.level.rawValue)
                b.text(a.rules.joined(separator: " "))
                try b.step()
            }

            for (i, f) in analysis.findings.enumerated() {
                let location = analysis.lines.location(of: f.span.start)
                var b = Binder(db, findingStatement, bytes)
                b.int64(documentID)
                b.int(i)
                b.text(ReviewKey.finding(f, in: analysis))
                b.text(f.rule)
                b.text(f.severity.rawValue)
                b.text(f.message)
                b.int(f.span.start)
                b.int(f.span.end)
                b.int(location.line)
                b.int(location.column)
                b.int(f.sentence)
                b.spanText(f.span)
                b.double(f.confidence)
                b.text(f.level.rawValue)
                try b.step()
            }
        }
    }
}

/// Binds one row's parameters in order, then steps and resets the statement.
struct Binder {
    private let db: Database
    private let statement: OpaquePointer
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int32 = 0

    /// SQLite copies the value before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ statement: Statement, _ bytes: UnsafeBufferPointer<UInt8>) {
        self.db = db
        self.statement = statement.sqliteStatement
        self.bytes = bytes
        sqlite3_reset(self.statement)
    }

    mutating func int(_ v: Int?) {
        index += 1
        if let v { sqlite3_bind_int64(statement, index, Int64(v)) } else { sqlite3_bind_null(statement, index) }
    }

    mutating func int64(_ v: Int64) {
        index += 1
        sqlite3_bind_int64(statement, index, v)
    }

    mutating func bool(_ v: Bool?) { int(v.map { $0 ? 1 : 0 }) }

    mutating func double(_ v: Double) {
        index += 1
        sqlite3_bind_double(statement, index, v)
    }

    mutating func text(_ s: String?) {
        index += 1
        guard var s else { sqlite3_bind_null(statement, index); return }
        let (statement, index) = (self.statement, self.index)
        s.withUTF8 { p in
            guard let base = p.baseAddress else { sqlite3_bind_text(statement, index, "", 0, Binder.transient); return }
            sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                              Int32(p.count), Binder.transient)
        }
    }

    /// Binds `start` and `end` (two parameters), or two NULLs.
    mutating func span(_ s: Span?) {
        int(s?.start)
        int(s?.end)
    }

    /// Binds the document text under a span, or NULL.
    mutating func spanText(_ s: Span?) {
        index += 1
        guard let s, let base = bytes.baseAddress else {
            if s != nil { sqlite3_bind_text(statement, index, "", 0, Binder.transient) } else { sqlite3_bind_null(statement, index) }
            return
        }
        let start = max(0, min(s.start, bytes.count))
        let end = max(start, min(s.end, bytes.count))
        let p = UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self)
        sqlite3_bind_text(statement, index, p, Int32(end - start), Binder.transient)
    }

    func step() throws {
        let rc = sqlite3_step(statement)
        if rc != SQLITE_DONE {
            let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
            sqlite3_reset(statement)
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: message, sql: String(cString: sqlite3_sql(statement)))
        }
        sqlite3_reset(statement)
    }
}
