import AttribCore
import AttribReports
import Foundation
import GRDB

/// A document read back from the store: its analysis rebuilt from the rows, with row ids and reviews.
public struct StoredDocument: Sendable {
    public var info: DocumentInfo
    public var analysis: DocumentAnalysis
    /// Parallel to `analysis.attributions` / `analysis.findings`.
    public var attributionIDs: [Int64]
    public var findingIDs: [Int64]
    /// Reviews by review key.
    public var reviews: [String: [Review]]

    public func report(rule: String? = nil) -> ArticleReport {
        ArticleReport(analysis: analysis, info: info, attributionIDs: attributionIDs, findingIDs: findingIDs,
                      reviews: reviews, rule: rule)
    }
}

/// Which documents an archive query covers.
public struct DocumentFilter: Sendable {
    /// `YYYY-MM-DD`: documents published (else ingested) on or after that day.
    public var since: String?
    /// Count only findings of this rule.
    public var rule: String?

    public init(since: String? = nil, rule: String? = nil) {
        self.since = since
        self.rule = rule
    }

    /// The day a document counts under, in SQL (see ``DocumentInfo/day``).
    static let daySQL = """
        CASE WHEN d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(d.published, 1, 10)
             ELSE substr(d.ingested_at, 1, 10) END
        """

    var whereSQL: String { since == nil ? "1" : "(\(DocumentFilter.daySQL)) >= :since" }
    var arguments: StatementArguments { ["since": since, "rule": rule] }
}

extension Store {
    // MARK: Documents

    /// The id of the document named by a numeric id, a stored path or an external id.
    public func documentID(matching reference: String) throws -> Int64 {
        try read { db in
            if let id = Int64(reference.hasPrefix("D") || reference.hasPrefix("d") ? String(reference.dropFirst()) : reference),
               try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE id = ?", arguments: [id]) == true {
                return id
            }
            let candidates = [reference, Store.normalizePath(reference)]
            for c in candidates {
                if let id = try Int64.fetchOne(db, sql: """
                    SELECT id FROM documents WHERE identity = ? ORDER BY is_external_id LIMIT 1
                    """, arguments: [c]) {
                    return id
                }
            }
            throw StoreError.notFound("document \(reference)")
        }
    }

    /// Rebuilds a stored document's analysis.
    public func document(id: Int64) throws -> StoredDocument {
        try read { db in
            guard let d = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("document \(id)")
            }
            let text: String = d["text"]
            let isExternal: Bool = d["is_external_id"]
            let identity: String = d["identity"]
            let source = SourceDocument(
                name: identity, bytes: Array(text.utf8), format: InputFormat(rawValue: d["format"]) ?? .text,
                isExternalID: isExternal, metadata: DocumentMetadata(title: d["title"], url: d["url"], published: d["published"]))
            // Version 2's `sentences` view has the columns of version 1's table, so this reads both.
            let sentences = try Row.fetchAll(db, sql: """
                SELECT start, "end", prose_start, prose_end, paragraph FROM sentences WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map { r in
                Sentence(span: Span(r[0], r[1]), prose: Span(r[2], r[3]), paragraph: r[4])
            }
            var attributionIDs: [Int64] = []
            let attributions = try Row.fetchAll(db, sql: "SELECT * FROM attributions WHERE document_id = ? ORDER BY id",
                                                arguments: [id]).map { r -> Attribution in
                attributionIDs.append(r["id"])
                let cue = Store.span(r, "cue").map { span in
                    Cue(span: span, category: CueCategory(rawValue: r["cue_category"]) ?? .speech,
                        loaded: r["cue_loaded"] ?? false, rule: r["cue_rule"] ?? "")
                }
                let sourceMention = Store.span(r, "source").map { span in
                    SourceMention(span: span, kind: SourceKind(rawValue: r["source_kind"]) ?? .named,
                                  resolved: Store.span(r, "resolved"),
                                  resolvedKind: (r["resolved_kind"] as String?).flatMap(SourceKind.init(rawValue:)))
                }
                let rules: String = r["rules"]
                return Attribution(
                    sentence: r["sentence"], cue: cue, source: sourceMention, content: Store.span(r, "content"),
                    quote: QuoteKind(rawValue: r["quote"]) ?? .none, anonymous: r["anonymous"],
                    anonymityReason: Store.span(r, "reason"), confidence: r["confidence"],
                    rules: rules.split(separator: " ").map(String.init))
            }
            var findingIDs: [Int64] = []
            let findings = try Row.fetchAll(db, sql: "SELECT * FROM findings WHERE document_id = ? ORDER BY id",
                                            arguments: [id]).map { r -> Finding in
                findingIDs.append(r["id"])
                return Finding(rule: r["rule"], severity: Severity(rawValue: r["severity"]) ?? .warning,
                               message: r["message"], span: Span(r["start"], r["end"]), sentence: r["sentence"],
                               confidence: r["confidence"])
            }
            var reviews: [String: [Review]] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT key, verdict, note, reviewer, reviewed_at FROM reviews
                WHERE is_external_id = ? AND document_identity = ? ORDER BY reviewed_at, id
                """, arguments: [isExternal, identity]) {
                reviews[r[0], default: []].append(Review(verdict: Verdict(rawValue: r[1]) ?? .note, note: r[2], by: r[3], at: r[4]))
            }
            let info = DocumentInfo(id: id, name: identity, isExternalID: isExternal, title: d["title"], url: d["url"],
                                    published: d["published"], sha256: d["sha256"], size: d["size"],
                                    ingestedAt: d["ingested_at"])
            let analysis = DocumentAnalysis(document: source, sentences: sentences, attributions: attributions, findings: findings)
            return StoredDocument(info: info, analysis: analysis, attributionIDs: attributionIDs,
                                  findingIDs: findingIDs, reviews: reviews)
        }
    }

    private static func span(_ r: Row, _ prefix: String) -> Span? {
        guard let s: Int = r[prefix + "_start"], let e: Int = r[prefix + "_end"], s <= e else { return nil }
        return Span(s, e)
    }

    // MARK: Archive

    /// The documents, sources, rule counts and review counts an archive report shows.
    public func archive(_ filter: DocumentFilter = DocumentFilter()) throws -> ArchiveReport {
        try read { db in
            let findingCount = filter.rule == nil ? "d.finding_count"
                : "(SELECT count(*) FROM findings f WHERE f.document_id = d.id AND f.rule = :rule)"
            let documents = try Row.fetchAll(db, sql: """
                SELECT d.id, d.identity, d.is_external_id, d.title, d.url, d.published, d.sha256, d.size, d.ingested_at,
                       d.sentence_count, d.attribution_count, d.sourced_count, d.named_count, d.anonymous_count,
                       d.vague_count, d.quote_count, \(findingCount) AS findings
                FROM documents d WHERE \(filter.whereSQL) ORDER BY d.identity, d.is_external_id
                """, arguments: filter.arguments).map { r in
                DocumentOverview(
                    info: DocumentInfo(id: r[0], name: r[1], isExternalID: r[2], title: r[3], url: r[4], published: r[5],
                                       sha256: r[6], size: r[7], ingestedAt: r[8]),
                    counts: Counts(sentences: r[9], attributions: r[10], sourced: r[11], named: r[12], anonymous: r[13],
                                   vague: r[14], quotes: r[15], findings: r[16]))
            }
            let sources = try Store.sourceTallies(db, where: filter.whereSQL, arguments: filter.arguments)
            let rules = try Row.fetchAll(db, sql: """
                SELECT f.rule, max(CASE f.severity WHEN 'error' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END),
                       count(*), count(DISTINCT f.document_id)
                FROM findings f JOIN documents d ON d.id = f.document_id
                WHERE \(filter.whereSQL) \(filter.rule == nil ? "" : "AND f.rule = :rule")
                GROUP BY f.rule
                """, arguments: filter.arguments).map { r in
                RuleTally(rule: r[0], severity: [Severity.info, .warning, .error][r[1] as Int], findings: r[2], documents: r[3])
            }
            var reviews: [Verdict: Int] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT v.verdict, count(*) FROM reviews v
                JOIN documents d ON d.identity = v.document_identity AND d.is_external_id = v.is_external_id
                WHERE \(filter.whereSQL) GROUP BY v.verdict
                """, arguments: filter.arguments) {
                if let v = Verdict(rawValue: r[0]) { reviews[v] = r[1] }
            }
            return ArchiveReport(documents: documents, sources: sources, rules: rules, reviews: reviews,
                                 since: filter.since, rule: filter.rule)
        }
    }

    /// Every source across the archive, most cited first: one row per normalized source, except
    /// that a generic source ("the company", "critics") has one row per document.
    public func sources(kind: SourceKind? = nil) throws -> [SourceTally] {
        try read { db in
            try Store.sourceTallies(db, where: kind == nil ? "1" : "a.source_effective_kind = :kind",
                                    arguments: ["kind": kind?.rawValue]).sorted(by: SourceTally.ranked)
        }
    }

    /// Sources of the documents `condition` selects (SQL over `a`, the attributions, and `d`, their
    /// documents). SQLite counts each source per document; the rows are then added up here
    /// across documents, except for generic sources (``SourceKey/isGeneric(kind:text:lexiconHead:)``),
    /// which stay one row per document. The name shown is the most complete form as written.
    static func sourceTallies(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [SourceTally] {
        var tallies: [SourceTally] = []
        var shared: [String: Int] = [:]  // key + kind -> index in tallies
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.source_key, a.source_effective_kind, count(*), \(Schema.sourceNameSQL),
                   max(\(Schema.sourceLexiconHeadSQL)), a.document_id, d.identity, d.is_external_id, d.title, d.format
            FROM attributions a JOIN documents d ON d.id = a.document_id
            WHERE a.source_key IS NOT NULL AND \(condition)
            GROUP BY a.document_id, a.source_key, a.source_effective_kind
            """, arguments: arguments)
        while let r = try rows.next() {
            let key: String = r[0]
            let kind = SourceKind(rawValue: r[1]) ?? .named
            let mentions: Int = r[2]
            let name = SourceKey.asWritten(r[3] ?? key, format: InputFormat(rawValue: r[9]) ?? .text)
            let lexiconHead: Bool = r[4] ?? false
            if SourceKey.isGeneric(kind: kind, text: name, lexiconHead: lexiconHead) {
                tallies.append(SourceTally(key: key, kind: kind, name: name, mentions: mentions, documents: 1,
                                           document: DocumentRef(id: r[5], name: r[6], isExternalID: r[7], title: r[8])))
                continue
            }
            let k = key + "\u{0}" + kind.rawValue
            if let i = shared[k] {
                tallies[i].mentions += mentions
                tallies[i].documents += 1
                if SourceTally.isMoreComplete(name, than: tallies[i].name) { tallies[i].name = name }
            } else {
                shared[k] = tallies.count
                tallies.append(SourceTally(key: key, kind: kind, name: name, mentions: mentions, documents: 1))
            }
        }
        return tallies
    }

    /// How many documents the store holds.
    public func documentCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    /// Row counts of every table, for tests and diagnostics.
    public func tableCounts() throws -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for t in ["runs", "documents", "sentences", "attributions", "findings", "reviews"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t)") ?? 0
            }
            return out
        }
    }

    /// `PRAGMA integrity_check`'s answer ("ok" when the file is sound).
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    // MARK: Reviews

    /// What a review id (`A12`, `F7`) points at.
    public struct ReviewTarget: Sendable, Hashable {
        public enum Kind: String, Sendable { case attribution, finding }
        public var kind: Kind
        public var rowID: Int64
        public var document: String
        public var isExternalID: Bool
        public var key: String
        /// A one-line description of what is reviewed.
        public var subject: String
    }

    /// Resolves `A12` (attribution 12) or `F7` (finding 7).
    public func reviewTarget(_ reference: String) throws -> ReviewTarget {
        let upper = reference.uppercased()
        guard let first = upper.first, first == "A" || first == "F", let id = Int64(upper.dropFirst()) else {
            throw StoreError.notFound("\(reference) (review ids look like A12 for an attribution or F7 for a finding)")
        }
        return try read { db in
            if first == "A" {
                guard let r = try Row.fetchOne(db, sql: """
                    SELECT d.identity, d.is_external_id, a.key, a.source_text, \(Schema.spanText("a.cue")),
                           \(Schema.spanText("a.content"))
                    FROM attributions a JOIN documents d ON d.id = a.document_id WHERE a.id = ?
                    """, arguments: [id]) else { throw StoreError.notFound("attribution \(reference)") }
                let source: String = r[3] ?? "(no source)"
                let cue: String = r[4] ?? ""
                let content: String = r[5] ?? ""
                return ReviewTarget(kind: .attribution, rowID: id, document: r[0], isExternalID: r[1], key: r[2],
                                    subject: [source, cue, content].filter { !$0.isEmpty }.joined(separator: " | "))
            }
            guard let r = try Row.fetchOne(db, sql: """
                SELECT d.identity, d.is_external_id, f.key, f.rule, \(Schema.spanText(start: "f.start", end: "f.\"end\""))
                FROM findings f JOIN documents d ON d.id = f.document_id WHERE f.id = ?
                """, arguments: [id]) else { throw StoreError.notFound("finding \(reference)") }
            let rule: String = r[3]
            let text: String = r[4]
            return ReviewTarget(kind: .finding, rowID: id, document: r[0], isExternalID: r[1], key: r[2],
                                subject: "\(rule): \(text)")
        }
    }

    /// Records an editor's verdict. Reviews are keyed on the document and the target's words (not
    /// its row id), so they survive re-analysis.
    @discardableResult
    public func addReview(_ target: ReviewTarget, verdict: Verdict, note: String?, by reviewer: String) throws -> Review {
        let review = Review(verdict: verdict, note: note, by: reviewer, at: Clock.now())
        try write { db in
            try db.execute(sql: """
                INSERT INTO reviews (document_identity, is_external_id, target, key, verdict, note, reviewer, reviewed_at, subject)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [target.document, target.isExternalID, target.kind.rawValue, target.key, verdict.rawValue,
                                 note, reviewer, review.at, target.subject])
        }
        return review
    }
}
