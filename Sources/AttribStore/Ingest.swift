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
            try Store.storedVersion(db, isExternalID: document.isExternalID, identity: Store.identity(of: document))?
                .matches(sha: sha, rules: rulesFingerprint) ?? false
        }
    }

    /// Records one analysed document in one transaction. The same identity with the same content
    /// and rules is a no-op; otherwise the document's rows are replaced atomically.
    @discardableResult
    public func record(_ analysis: DocumentAnalysis, rulesFingerprint: String, run: Int64) throws -> RecordOutcome {
        try record(batch: [PreparedDocument(analysis)], rulesFingerprint: rulesFingerprint, run: run)[0].get()
    }

    /// How many documents `attrib analyze --db` records per transaction at most…
    public static let batchDocuments = 128
    /// … and how many bytes of text. Larger batches were no faster (EngineBenchmarks) and hold
    /// more analyses in memory; a crash loses at most one batch.
    public static let batchBytes = 1 << 20

    /// Records several analysed documents in one transaction and returns what happened to each, in
    /// order. The outcome is the same as recording them one after the other (a document repeated in
    /// the batch is `unchanged` or `replaced` the second time), but the batch commits at once: a
    /// crash leaves all of it or none of it, so every stored document is whole.
    ///
    /// When every document is already stored with the same content and rules, nothing is written
    /// and the write lock is never taken. When one document cannot be written (a full disk, a
    /// constraint), the batch is rolled back and its documents are recorded one per transaction, so
    /// the others still land and only the failing ones come back as failures. A lock held by another
    /// process past the busy timeout fails the whole batch.
    public func record(batch: [PreparedDocument], rulesFingerprint: String, run: Int64) -> [Result<RecordOutcome, StoreError>] {
        guard !batch.isEmpty else { return [] }
        // Unchanged documents are answered by SELECTs in autocommit mode, without the write lock; the
        // first document that needs writing ends the look.
        let allCurrent = try? unlockedRead { db in
            try batch.allSatisfy { d in
                try Store.storedVersion(db, isExternalID: d.isExternalID, identity: d.identity)?
                    .matches(sha: d.sha256, rules: rulesFingerprint) == true
            }
        }
        if allCurrent == true { return Array(repeating: .success(.unchanged), count: batch.count) }
        do {
            return try write(document: batch.count == 1 ? batch[0].identity : nil) { db in
                let now = Clock.now()
                return try batch.map { d in .success(try Store.record(db, d, rulesFingerprint: rulesFingerprint, run: run, at: now)) }
            }
        } catch {
            let failure = Store.map(error, path: path, document: batch.count == 1 ? batch[0].identity : nil)
            if batch.count == 1 || failure.isBusy { return Array(repeating: .failure(failure), count: batch.count) }
            // Something in the batch failed and the whole batch was rolled back: find out which
            // document it was by recording them one at a time.
            return batch.map { record(batch: [$0], rulesFingerprint: rulesFingerprint, run: run)[0] }
        }
    }

    /// Records one document inside the caller's transaction.
    private static func record(_ db: Database, _ d: PreparedDocument, rulesFingerprint: String, run: Int64,
                               at now: String) throws -> RecordOutcome {
        let existing = try storedVersion(db, isExternalID: d.isExternalID, identity: d.identity)
        if let existing, existing.matches(sha: d.sha256, rules: rulesFingerprint) { return .unchanged }
        if let existing {
            let delete = try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?")
            var b = Binder(db, delete)
            b.int64(existing.id)
            try b.step()
        }
        try Inserter(db: db, document: d).insert(rulesFingerprint: rulesFingerprint, run: run, at: now)
        return existing == nil ? .inserted : .replaced
    }

    struct StoredVersion {
        var id: Int64
        var sha256: [UInt8]
        var rules: [UInt8]
        func matches(sha: String, rules: String) -> Bool {
            sha256.elementsEqual(sha.utf8) && self.rules.elementsEqual(rules.utf8)
        }
    }

    /// The stored id, SHA-256 and rules fingerprint of a document, through a cached statement bound
    /// with the C API (this runs once per document on the hot path).
    static func storedVersion(_ db: Database, isExternalID: Bool, identity: String) throws -> StoredVersion? {
        let statement = try db.cachedStatement(sql: """
            SELECT id, sha256, rules_fingerprint FROM documents WHERE is_external_id = ? AND identity = ?
            """)
        var b = Binder(db, statement)
        b.bool(isExternalID)
        b.text(identity)
        let s = statement.sqliteStatement
        defer { sqlite3_reset(s) }
        switch sqlite3_step(s) {
        case SQLITE_ROW:
            func bytes(_ column: Int32) -> [UInt8] {
                guard let p = sqlite3_column_text(s, column) else { return [] }
                return Array(UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column))))
            }
            return StoredVersion(id: sqlite3_column_int64(s, 0), sha256: bytes(1), rules: bytes(2))
        case SQLITE_DONE:
            return nil
        case let rc:
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }
}

/// An analysis made ready for the database: its identity, SHA-256, review keys and source keys,
/// which depend on the analysis alone. Build these where the analyses are made (on several
/// threads) and hand them to ``Store/record(batch:rulesFingerprint:run:)``, so the single writer
/// only writes.
public struct PreparedDocument: Sendable {
    public let analysis: DocumentAnalysis
    /// ``Store/identity(of:)``.
    public let identity: String
    public let sha256: String
    let attributionKeys: [String]
    let sourceKeys: [String?]
    let findingKeys: [String]

    public init(_ analysis: DocumentAnalysis) {
        self.analysis = analysis
        identity = Store.identity(of: analysis.document)
        sha256 = SHA256.hex(analysis.document.bytes)
        attributionKeys = analysis.attributions.map { ReviewKey.attribution($0, in: analysis) }
        sourceKeys = SourceKey.identities(in: analysis).map { $0?.key }
        findingKeys = analysis.findings.map { ReviewKey.finding($0, in: analysis) }
    }

    public var isExternalID: Bool { analysis.document.isExternalID }
    /// The document's size in bytes (what batches are bounded by).
    public var size: Int { analysis.document.bytes.count }
}

/// The hot path: cached prepared statements bound through the SQLite C API, texts bound straight
/// from the document's bytes. (GRDB's Codable record inserts are several times slower.)
///
/// Schema version 2 leaves to this writer what version 1 asked SQLite to check on every row
/// (``validate()``): sentence indices, span bounds and confidences. Enumerated columns take Swift
/// enums' raw values, which cannot be anything else.
struct Inserter {
    let db: Database
    let document: PreparedDocument

    static let documentSQL = """
        INSERT INTO documents (identity, is_external_id, format, title, url, published, sha256, size, text,
            rules_fingerprint, run_id, ingested_at, sentence_count, attribution_count, sourced_count,
            named_count, anonymous_count, vague_count, quote_count, finding_count, sentences)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    // Row ids give the order: a document's rows are inserted in the analysis' order, in one transaction.
    static let attributionSQL = """
        INSERT INTO attributions (document_id, sentence, key, cue_start, cue_end, cue_category, cue_loaded,
            cue_rule, source_start, source_end, source_text, source_kind, resolved_start, resolved_end,
            resolved_text, resolved_kind, source_effective_kind, source_key, content_start, content_end, quote,
            anonymous, reason_start, reason_end, confidence, level, rules)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let findingSQL = """
        INSERT INTO findings (document_id, key, rule, severity, message, start, "end", line, "column",
            sentence, confidence, level)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    func insert(rulesFingerprint: String, run: Int64, at now: String) throws {
        try validate()
        let analysis = document.analysis
        let doc = analysis.document
        let summary = analysis.summary
        let documentStatement = try db.cachedStatement(sql: Inserter.documentSQL)
        let attributionStatement = try db.cachedStatement(sql: Inserter.attributionSQL)
        let findingStatement = try db.cachedStatement(sql: Inserter.findingSQL)
        let sentences = PackedSentences.encode(analysis.sentences)
        try doc.bytes.withUnsafeBufferPointer { bytes in
            var b = Binder(db, documentStatement, bytes)
            b.text(document.identity)
            b.bool(doc.isExternalID)
            b.text(doc.format.rawValue)
            b.text(doc.metadata.title)
            b.text(doc.metadata.url)
            b.text(doc.metadata.published)
            b.text(document.sha256)
            b.int(doc.bytes.count)
            b.spanText(Span(0, bytes.count))
            b.text(rulesFingerprint)
            b.int64(run)
            b.text(now)
            for n in [summary.sentences, summary.attributions, summary.sourced, summary.named, summary.anonymous,
                      summary.vague, summary.quotes, summary.findings] {
                b.int(n)
            }
            b.text(sentences)
            try b.step()
            let documentID = db.lastInsertedRowID

            for (i, a) in analysis.attributions.enumerated() {
                var b = Binder(db, attributionStatement, bytes)
                b.int64(documentID)
                b.int(a.sentence)
                b.text(document.attributionKeys[i])
                b.span(a.cue?.span)
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
                b.text(document.sourceKeys[i])
                b.span(a.content)
                b.text(a.quote.rawValue)
                b.bool(a.anonymous)
                b.span(a.anonymityReason)
                b.double(a.confidence)
                b.text(a.level.rawValue)
                b.text(a.rules.joined(separator: " "))
                try b.step()
            }

            for (i, f) in analysis.findings.enumerated() {
                let location = analysis.lines.location(of: f.span.start)
                var b = Binder(db, findingStatement, bytes)
                b.int64(documentID)
                b.text(document.findingKeys[i])
                b.text(f.rule)
                b.text(f.severity.rawValue)
                b.text(f.message)
                b.int(f.span.start)
                b.int(f.span.end)
                b.int(location.line)
                b.int(location.column)
                b.int(f.sentence)
                b.double(f.confidence)
                b.text(f.level.rawValue)
                try b.step()
            }
        }
    }

    /// What version 1's foreign keys and CHECKs enforced row by row, checked once per document
    /// before anything is written: a failure is a constraint error, so the document is rolled back
    /// and reported like any other that cannot be written.
    func validate() throws {
        let analysis = document.analysis
        let size = analysis.document.bytes.count
        let sentenceCount = analysis.sentences.count
        func fail(_ message: String) -> DatabaseError {
            DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "\(message) (checked before writing)")
        }
        func inBounds(_ s: Span?) -> Bool { s.map { $0.start >= 0 && $0.end <= size } ?? true }
        for (i, s) in analysis.sentences.enumerated() where !(inBounds(s.span) && s.prose.start >= 0 && s.paragraph >= 0) {
            throw fail("sentence \(i) lies outside the document")
        }
        for (i, a) in analysis.attributions.enumerated() {
            guard a.sentence >= 0, a.sentence < sentenceCount else {
                throw fail("attribution \(i) refers to sentence \(a.sentence) of \(sentenceCount)")
            }
            guard inBounds(a.cue?.span), inBounds(a.source?.span), inBounds(a.source?.resolved), inBounds(a.content),
                  inBounds(a.anonymityReason) else { throw fail("attribution \(i) has a span outside the document") }
            guard a.confidence >= 0, a.confidence <= 1 else { throw fail("attribution \(i) has confidence \(a.confidence)") }
        }
        for (i, f) in analysis.findings.enumerated() {
            if let s = f.sentence, s < 0 || s >= sentenceCount {
                throw fail("finding \(i) refers to sentence \(s) of \(sentenceCount)")
            }
            guard inBounds(f.span) else { throw fail("finding \(i) has a span outside the document") }
            guard f.confidence >= 0, f.confidence <= 1 else { throw fail("finding \(i) has confidence \(f.confidence)") }
        }
    }
}

/// Binds one row's parameters in order, then steps and resets the statement.
struct Binder {
    private let db: Database
    private let statement: OpaquePointer
    private let bytes: UnsafeBufferPointer<UInt8>?
    private var index: Int32 = 0

    /// SQLite copies the value before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, _ statement: Statement, _ bytes: UnsafeBufferPointer<UInt8>? = nil) {
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

    /// Binds UTF-8 bytes as TEXT.
    mutating func text(_ utf8: [UInt8]) {
        index += 1
        let (statement, index) = (self.statement, self.index)
        utf8.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { sqlite3_bind_text(statement, index, "", 0, Binder.transient); return }
            sqlite3_bind_text(statement, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(p.count),
                              Binder.transient)
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
        guard let s, let bytes, let base = bytes.baseAddress else {
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
