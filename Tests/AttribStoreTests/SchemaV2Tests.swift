import TestSupport
import AttribCore
import AttribReports
@testable import AttribStore
import Foundation
import GRDB
import Testing

/// Schema version 2: sentences packed per document, attribution and finding rows without span
/// texts, `idx`, per-row foreign keys or CHECKs. Version-1 files (written here with the version-1
/// SQL, as attrib wrote them) are read as they are and upgraded in place, keeping row ids.
@Suite struct SchemaV2Tests {
    let fingerprint = "rules-v1"

    static func same(_ x: DocumentAnalysis, _ y: DocumentAnalysis) -> Bool {
        x.document.bytes == y.document.bytes && x.sentences == y.sentences && x.attributions == y.attributions
            && x.findings == y.findings
    }

    /// One document whose spans are CJK and emoji, with a pronoun resolved to a multi-byte name.
    static let multiByteText = "“港口谈判陷入僵局 🚢,” said 王小明 👩‍💼, the union’s negotiator.\n她 added that 消息人士 🙊 were wrong about Zoë.\n"

    static func multiByte() -> DocumentAnalysis {
        let doc = SourceDocument(name: "cjk.txt", bytes: Array(multiByteText.utf8), format: .text,
                                 metadata: DocumentMetadata(title: "港口 🚢", published: "2026-01-02"))
        let bytes = doc.bytes
        func find(_ needle: String) -> Span {
            let n = Array(needle.utf8)
            for i in 0...(bytes.count - n.count) where Array(bytes[i..<(i + n.count)]) == n { return Span(i, i + n.count) }
            fatalError("\(needle) not in the text")
        }
        let newline = bytes.firstIndex(of: 0x0A)!
        let sentences = [Sentence(span: Span(0, newline), prose: Span(0, newline), paragraph: 0),
                         // As for HTML with entities: the prose span differs from the original one.
                         Sentence(span: Span(newline + 1, bytes.count - 1), prose: Span(newline - 3, bytes.count - 9), paragraph: 1)]
        let name = find("王小明 👩‍💼")
        let attributions = [
            Attribution(sentence: 0, cue: Cue(span: find("said"), category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                        source: SourceMention(span: name, kind: .named), content: find("港口谈判陷入僵局 🚢"), quote: .direct,
                        anonymous: false, anonymityReason: nil, confidence: 0.9, rules: ["pattern.quote-cue-source"]),
            Attribution(sentence: 1, cue: Cue(span: find("added"), category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                        source: SourceMention(span: find("她"), kind: .pronoun, resolved: name, resolvedKind: .named),
                        content: find("消息人士 🙊 were wrong about Zoë"), quote: .none, anonymous: false, anonymityReason: nil,
                        confidence: 0.7, rules: ["pattern.source-cue", "resolve.pronoun"]),
        ]
        let findings = [Finding(rule: "source.vague", severity: .warning, message: "A vague source: say who.",
                                span: find("消息人士 🙊"), sentence: 1, confidence: 0.8)]
        return DocumentAnalysis(document: doc, sentences: sentences, attributions: attributions, findings: findings)
    }

    /// Writes analyses into a new file with the version-1 SQL, the way attrib wrote them before
    /// version 2: every span's text stored next to its offsets.
    static func makeVersion1(_ path: String, _ analyses: [DocumentAnalysis]) throws {
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: Schema.v1)
            try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO runs (started_at, finished_at, tool_version, rules_fingerprint, arguments)
                VALUES ('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z', '1', 'rules-v1', '[]')
                """)
            let run = db.lastInsertedRowID
            for a in analyses {
                let p = PreparedDocument(a)
                let bytes = a.document.bytes
                func text(_ s: Span?) -> String? { s.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } }
                let s = a.summary
                try db.execute(sql: """
                    INSERT INTO documents (identity, is_external_id, format, title, url, published, sha256, size, text,
                        rules_fingerprint, run_id, ingested_at, sentence_count, attribution_count, sourced_count,
                        named_count, anonymous_count, vague_count, quote_count, finding_count)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'rules-v1', ?, '2026-01-01T00:00:00.500Z', ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [p.identity, a.document.isExternalID, a.document.format.rawValue, a.document.metadata.title,
                                     a.document.metadata.url, a.document.metadata.published, p.sha256, bytes.count,
                                     text(Span(0, bytes.count)), run, s.sentences, s.attributions, s.sourced, s.named,
                                     s.anonymous, s.vague, s.quotes, s.findings])
                let id = db.lastInsertedRowID
                for (i, x) in a.sentences.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO sentences (document_id, idx, start, "end", prose_start, prose_end, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, i, x.span.start, x.span.end, x.prose.start, x.prose.end, x.paragraph])
                }
                for (i, x) in a.attributions.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO attributions (document_id, idx, sentence, key, cue_start, cue_end, cue_text, cue_category,
                            cue_loaded, cue_rule, source_start, source_end, source_text, source_kind, resolved_start,
                            resolved_end, resolved_text, resolved_kind, source_effective_kind, source_key, content_start,
                            content_end, content_text, quote, anonymous, reason_start, reason_end, reason_text, confidence,
                            level, rules)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, i, x.sentence, p.attributionKeys[i], x.cue?.span.start, x.cue?.span.end,
                                         text(x.cue?.span), x.cue?.category.rawValue, x.cue?.loaded, x.cue?.rule,
                                         x.source?.span.start, x.source?.span.end, text(x.source?.span), x.source?.kind.rawValue,
                                         x.source?.resolved?.start, x.source?.resolved?.end, text(x.source?.resolved),
                                         x.source?.resolvedKind?.rawValue, x.source?.effectiveKind.rawValue, p.sourceKeys[i],
                                         x.content?.start, x.content?.end, text(x.content), x.quote.rawValue, x.anonymous,
                                         x.anonymityReason?.start, x.anonymityReason?.end, text(x.anonymityReason),
                                         x.confidence, x.level.rawValue, x.rules.joined(separator: " ")])
                }
                for (i, f) in a.findings.enumerated() {
                    let location = a.lines.location(of: f.span.start)
                    try db.execute(sql: """
                        INSERT INTO findings (document_id, idx, key, rule, severity, message, start, "end", line, "column",
                            sentence, text, confidence, level)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [id, i, p.findingKeys[i], f.rule, f.severity.rawValue, f.message, f.span.start,
                                         f.span.end, location.line, location.column, f.sentence, text(f.span), f.confidence,
                                         f.level.rawValue])
                }
            }
        }
        try queue.close()
    }

    /// The span texts and the columns both versions have: stored in version 1, derived by the
    /// `…_with_text` views in version 2.
    static func texts(_ table: String) -> String {
        """
        SELECT id, document_id, sentence, key, cue_start, cue_end, cue_category, cue_loaded, cue_rule, source_kind,
               resolved_kind, source_effective_kind, source_key, content_start, quote, anonymous, confidence, level, rules,
               cue_text, source_text, resolved_text, content_text, reason_text
        FROM \(table) ORDER BY id
        """
    }
    static func findingTexts(_ table: String) -> String {
        "SELECT id, document_id, key, rule, severity, message, start, \"end\", line, \"column\", sentence, confidence, level, text FROM \(table) ORDER BY id"
    }
    static let sentenceRows = "SELECT * FROM sentences ORDER BY document_id, idx"

    @Test func aVersion1DatabaseMigratesAndReadsTheSameTexts() throws {
        let t = TempDatabase()
        let analyses = [Sample.analysis(), SchemaV2Tests.multiByte()]
        try SchemaV2Tests.makeVersion1(t.path, analyses)

        // What version 1 stored, read with plain SQL.
        let v1 = try DatabaseQueue(path: t.path)
        let (texts, findingTexts, sourcesView, sentenceRows) = try v1.write { db in
            // A review made before the upgrade.
            try db.execute(sql: """
                INSERT INTO reviews (document_identity, is_external_id, target, key, verdict, note, reviewer, reviewed_at, subject)
                SELECT d.identity, 0, 'attribution', a.key, 'confirmed', NULL, 'desk', '2026-01-01T00:00:02.000Z', 'x'
                FROM attributions a JOIN documents d ON d.id = a.document_id WHERE a.id = 6
                """)
            return (try Row.fetchAll(db, sql: SchemaV2Tests.texts("attributions")),
                    try Row.fetchAll(db, sql: SchemaV2Tests.findingTexts("findings")),
                    try Row.fetchAll(db, sql: "SELECT * FROM sources ORDER BY key, kind"),
                    try Row.fetchAll(db, sql: SchemaV2Tests.sentenceRows))
        }
        try v1.close()
        #expect(texts.count == 7)
        #expect(findingTexts.count == 5)
        #expect(sentenceRows.count == analyses.map(\.sentences.count).reduce(0, +))

        // A version-1 file opened read-only (reports) is read as it is, with the derived texts.
        let reader = try Store(path: t.path, mode: .readOnly)
        #expect(try reader.schemaVersion() == 1)
        let sourcesBefore = try reader.sources()
        let archiveBefore = try reader.archive().sources
        let subjectsBefore = try (1...7).map { try reader.reviewTarget("A\($0)").subject } + (1...5).map { try reader.reviewTarget("F\($0)").subject }
        for (i, a) in analyses.enumerated() {
            #expect(SchemaV2Tests.same(try reader.document(id: Int64(i + 1)).analysis, a))
        }
        try reader.close()

        // Opening it for writing migrates it.
        let store = try Store(path: t.path)
        #expect(try store.schemaVersion() == 2)
        try store.read { (db: Database) throws in
            #expect(try Schema.migrator.appliedIdentifiers(db) == ["v1", "v2"])
            let attributionColumns = try db.columns(in: "attributions").map(\.name)
            #expect(!attributionColumns.contains { ["cue_text", "content_text", "reason_text", "idx"].contains($0) })
            #expect(attributionColumns.contains("source_text") && attributionColumns.contains("resolved_text"))
            #expect(!(try db.columns(in: "findings").map(\.name)).contains { $0 == "text" || $0 == "idx" })
            #expect(try db.tableExists("sentences") == false)
            #expect(try db.viewExists("sentences"))
            // The same rows under the same ids, the texts derived, the sentences packed.
            #expect(try Row.fetchAll(db, sql: SchemaV2Tests.texts("attributions_with_text")) == texts)
            #expect(try Row.fetchAll(db, sql: SchemaV2Tests.findingTexts("findings_with_text")) == findingTexts)
            #expect(try Row.fetchAll(db, sql: SchemaV2Tests.sentenceRows) == sentenceRows)
            let (n, size) = (Self.firstNewline, Self.multiByteText.utf8.count)
            #expect(try String.fetchOne(db, sql: "SELECT sentences FROM documents WHERE id = 2")
                    == "[[0,\(n),0],[\(n + 1),\(size - 1),1,\(n - 3),\(size - 9)]]")
            #expect(try Row.fetchAll(db, sql: "SELECT * FROM sources ORDER BY key, kind") == sourcesView)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM reviews") == 1)
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.sources() == sourcesBefore)
        #expect(try store.archive().sources == archiveBefore)
        #expect(try (1...7).map { try store.reviewTarget("A\($0)").subject } + (1...5).map { try store.reviewTarget("F\($0)").subject }
                == subjectsBefore)
        for (i, a) in analyses.enumerated() {
            #expect(SchemaV2Tests.same(try store.document(id: Int64(i + 1)).analysis, a))
        }

        // Multi-byte spans read back exactly.
        #expect(subjectsBefore[5] == "王小明 👩‍💼 | said | 港口谈判陷入僵局 🚢")
        #expect(subjectsBefore[6] == "她 | added | 消息人士 🙊 were wrong about Zoë")
        #expect(subjectsBefore[11] == "source.vague: 消息人士 🙊")
        #expect(try store.sources().first { $0.key == SourceKey.of(analyses[1].attributions[0], in: analyses[1])?.key }?.name
                == "王小明 👩‍💼")

        // New documents are written without texts and read the same way.
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        var again = SchemaV2Tests.multiByte()
        again.document.name = "cjk-2.txt"
        #expect(try store.record(again, rulesFingerprint: fingerprint, run: run) == .inserted)
        let id = try store.documentID(matching: "cjk-2.txt")
        #expect(SchemaV2Tests.same(try store.document(id: id).analysis, again))
        let stored = try store.document(id: id)
        #expect(try store.reviewTarget("A\(stored.attributionIDs[0])").subject == subjectsBefore[5])
        #expect(try store.reviewTarget("F\(stored.findingIDs[0])").subject == subjectsBefore[11])

        // The review made under version 1 still attaches to its attribution.
        #expect(try store.document(id: 2).report().attributions.first?.reviews.map(\.verdict) == [.confirmed])
        // Deleting a document deletes its rows (version 1's cascade, now a trigger).
        try store.write { db in try db.execute(sql: "DELETE FROM documents WHERE id = 2") }
        #expect(try store.tableCounts()["attributions"] == 5 + 2)
        #expect(try store.tableCounts()["findings"] == 5)
        #expect(try store.integrityCheck() == "ok")
    }

    static var firstNewline: Int { Array(multiByteText.utf8).firstIndex(of: 0x0A)! }

    /// The packed format, as docs/store.md describes it.
    @Test func sentencesArePackedAsOneJSONArrayPerDocument() throws {
        let sentences = [Sentence(span: Span(0, 12), prose: Span(0, 12), paragraph: 0),
                         Sentence(span: Span(13, 1_234_567), prose: Span(13, 99), paragraph: 10)]
        #expect(String(decoding: PackedSentences.encode(sentences), as: UTF8.self) == "[[0,12,0],[13,1234567,10,13,99]]")
        #expect(String(decoding: PackedSentences.encode([]), as: UTF8.self) == "[]")
    }

    @Test func mergeTakesVersion1AndVersion2Inputs() throws {
        let old = TempDatabase()
        try SchemaV2Tests.makeVersion1(old.path, [Sample.analysis(name: "a.txt")])
        let new = TempDatabase()
        let writer = try Store(path: new.path)
        let run = try writer.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try writer.record(SchemaV2Tests.multiByte(), rulesFingerprint: fingerprint, run: run)
        try writer.close()

        let out = TempDatabase()
        let store = try Store(path: out.path)
        #expect(try store.merge(from: old.path).added == 1)
        #expect(try store.merge(from: new.path).added == 1)
        #expect(SchemaV2Tests.same(try store.document(id: try store.documentID(matching: "a.txt")).analysis, Sample.analysis(name: "a.txt")))
        #expect(SchemaV2Tests.same(try store.document(id: try store.documentID(matching: "cjk.txt")).analysis, SchemaV2Tests.multiByte()))
        #expect(try store.sources().contains { $0.name == "王小明 👩‍💼" && $0.mentions == 2 })
        #expect(try store.integrityCheck() == "ok")
    }
}
