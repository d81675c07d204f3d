import TestSupport
import AttribCore
import AttribReports
@testable import AttribStore
import Foundation
import GRDB
import Testing

/// Each test gets a fresh database in its own temporary directory.
final class TempDatabase: Sendable {
    let dir = Sample.temporaryDirectory()
    var path: String { dir.appendingPathComponent("attrib.sqlite").path }
    deinit { try? FileManager.default.removeItem(at: dir) }

    func bytes() -> [UInt8] { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? [] }

    /// Files in the directory, to prove nothing (no -wal, no -journal) was created.
    func files() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() }
}

@Suite struct StoreTests {
    let fingerprint = "rules-v1"

    @Test func migratesAnEmptyFileToTheCurrentSchema() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        #expect(try store.schemaVersion() == Schema.version)
        try store.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") == true)
            #expect(try Int32.fetchOne(db, sql: "PRAGMA application_id") == Schema.applicationID)
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")
            for t in ["attributions", "attributions_with_text", "documents", "findings", "findings_with_text", "reviews", "runs",
                      "sentences", "sources"] {
                #expect(tables.contains(t), "missing \(t)")
            }
            #expect(try Schema.migrator.appliedIdentifiers(db) == ["v1", "v2"])
        }
        // Opening again is a no-op migration.
        try store.close()
        let again = try Store(path: t.path)
        #expect(try again.schemaVersion() == Schema.version)
    }

    /// The hot-path inserts must not build temporary b-trees (an `IN (…)` CHECK does, per row).
    @Test func hotPathInsertsOpenNoTemporaryTables() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        for sql in [Inserter.documentSQL, Inserter.attributionSQL, Inserter.findingSQL] {
            let arguments = StatementArguments(Array(repeating: nil as Int?, count: sql.filter { $0 == "?" }.count))
            let opcodes = try store.read { db in try Row.fetchAll(db, sql: "EXPLAIN " + sql, arguments: arguments).map { $0["opcode"] as String } }
            #expect(!opcodes.isEmpty)
            #expect(!opcodes.contains("OpenEphemeral"), "\(sql.prefix(40))")
        }
    }

    @Test func recordsAndReadsBackTheSameAnalysis() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: ["analyze", "x"])
        let analysis = Sample.analysis(name: "./corpus//port.txt")
        #expect(try store.record(analysis, rulesFingerprint: fingerprint, run: run) == .inserted)
        try store.finishRun(run, recorded: 1, unchanged: 0)

        let id = try store.documentID(matching: "corpus/port.txt")
        #expect(try store.documentID(matching: "./corpus/port.txt") == id)
        #expect(try store.documentID(matching: "\(id)") == id)
        let stored = try store.document(id: id)
        #expect(stored.info.name == "corpus/port.txt")
        #expect(stored.info.sha256 == SHA256.hex(analysis.document.bytes))
        #expect(stored.info.published == "2025-03-01")
        #expect(stored.analysis.document.bytes == analysis.document.bytes)
        #expect(stored.analysis.sentences == analysis.sentences)
        #expect(stored.analysis.attributions == analysis.attributions)
        #expect(stored.analysis.findings == analysis.findings)
        #expect(stored.attributionIDs.count == analysis.attributions.count)

        let counts = try store.tableCounts()
        #expect(counts["documents"] == 1)
        #expect(counts["sentences"] == analysis.sentences.count)
        #expect(counts["attributions"] == analysis.attributions.count)
        #expect(counts["findings"] == analysis.findings.count)
        try store.read { (db: Database) throws in
            // The view slices span texts from the document, and the pronoun counts under the source it resolves to.
            let row = try Row.fetchOne(db, sql: "SELECT source_text, source_key, source_effective_kind FROM attributions_with_text WHERE source_kind = 'pronoun'")
            #expect(row?[0] == "He")
            #expect(row?[1] == "maria okafor")
            #expect(row?[2] == "named")
            let finished = try Row.fetchOne(db, sql: "SELECT finished_at IS NOT NULL, documents_recorded, arguments FROM runs")
            #expect(finished?[0] == true)
            #expect(finished?[2] == #"["analyze","x"]"#)
        }
    }

    @Test func reingestingTheSameContentAndRulesIsANoOp() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        let analysis = Sample.analysis()
        #expect(try store.record(analysis, rulesFingerprint: fingerprint, run: run) == .inserted)
        let before = try store.read { db in try Row.fetchOne(db, sql: "SELECT id, ingested_at FROM documents") }
        let counts = try store.tableCounts()
        #expect(try store.isCurrent(analysis.document, rulesFingerprint: fingerprint))
        #expect(try store.record(analysis, rulesFingerprint: fingerprint, run: run) == .unchanged)
        #expect(try store.record(analysis, rulesFingerprint: fingerprint, run: run) == .unchanged)
        #expect(try store.tableCounts() == counts)
        let after = try store.read { db in try Row.fetchOne(db, sql: "SELECT id, ingested_at FROM documents") }
        #expect(before == after)
    }

    @Test func changedContentOrRulesReplaceTheDocumentsRows() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(), rulesFingerprint: fingerprint, run: run)
        try store.record(Sample.analysis(name: "other.txt"), rulesFingerprint: fingerprint, run: run)
        let oldID = try store.documentID(matching: "corpus/port.txt")

        // Fewer sentences: only the first three lines.
        let shorter = Sample.article.split(separator: "\n").prefix(3).joined(separator: "\n")
        let changed = Sample.analysis(text: shorter)
        #expect(try store.record(changed, rulesFingerprint: fingerprint, run: run) == .replaced)
        let newID = try store.documentID(matching: "corpus/port.txt")
        #expect(newID != oldID)
        let stored = try store.document(id: newID)
        #expect(stored.analysis.document.bytes == Array(shorter.utf8))
        #expect(stored.analysis.attributions == changed.attributions)
        try store.read { (db: Database) throws in
            // Nothing of the old version is left behind.
            for table in ["sentences", "attributions", "findings"] {
                #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE document_id = ?", arguments: [oldID]) == 0)
            }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == 2)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences WHERE document_id = ?", arguments: [newID]) == 3)
        }
        // The same content under new rules is replaced too.
        #expect(try store.record(changed, rulesFingerprint: "rules-v2", run: run) == .replaced)
        #expect(try store.record(changed, rulesFingerprint: "rules-v2", run: run) == .unchanged)
        // The other document was never touched.
        #expect(try store.document(id: try store.documentID(matching: "other.txt")).analysis.attributions.count == 5)
    }

    @Test func aFullDiskRollsBackTheDocumentAndSaysSo() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(name: "small.txt"), rulesFingerprint: fingerprint, run: run)
        let counts = try store.tableCounts()
        // Simulate a full disk: the file may not grow by more than a few pages.
        let pages = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let filler = String(repeating: "A paragraph of filler text that makes the document large. ", count: 4000)
        let big = Sample.analysis(name: "big.txt", text: Sample.article + "\n" + filler)
        #expect {
            try store.record(big, rulesFingerprint: fingerprint, run: run)
        } throws: { error in
            guard case let .writeFailed(_, document, detail) = error as? StoreError else { return false }
            return document == "big.txt" && detail == "disk full" && "\(error)".contains("that document was rolled back")
        }
        #expect(try store.tableCounts() == counts)
        #expect(try store.integrityCheck() == "ok")
    }

    /// A batch gives each document the outcome it would get on its own, in order: a document
    /// repeated in the batch is found unchanged (or replaced) the second time.
    @Test func aBatchMixesNewUnchangedChangedAndRepeatedDocuments() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(name: "a.txt"), rulesFingerprint: fingerprint, run: run)
        try store.record(Sample.analysis(name: "b.txt"), rulesFingerprint: fingerprint, run: run)
        let aBefore = try store.read { db in try Row.fetchOne(db, sql: "SELECT id, ingested_at FROM documents WHERE identity = 'a.txt'") }
        let shorter = Sample.article.split(separator: "\n").prefix(3).joined(separator: "\n")
        let batch = [
            Sample.analysis(name: "a.txt"),                   // unchanged
            Sample.analysis(name: "./b.txt", text: shorter),  // changed content
            Sample.analysis(name: "c.txt"),                   // new
            Sample.analysis(name: "c.txt"),                   // the same again
            Sample.analysis(name: "d.txt"),                   // new
            Sample.analysis(name: "d.txt", text: shorter),    // changed within the batch
        ].map(PreparedDocument.init)
        let outcomes = store.record(batch: batch, rulesFingerprint: fingerprint, run: run).map { try? $0.get() }
        #expect(outcomes == [.unchanged, .replaced, .inserted, .unchanged, .inserted, .replaced])
        #expect(try store.documentCount() == 4)
        #expect(try store.read { db in try Row.fetchOne(db, sql: "SELECT id, ingested_at FROM documents WHERE identity = 'a.txt'") } == aBefore)
        for (name, text) in [("a.txt", Sample.article), ("b.txt", shorter), ("c.txt", Sample.article), ("d.txt", shorter)] {
            let stored = try store.document(id: try store.documentID(matching: name))
            let expected = Sample.analysis(name: name, text: text)
            #expect(stored.analysis.document.bytes == expected.document.bytes, "\(name)")
            #expect(stored.analysis.attributions == expected.attributions, "\(name)")
            #expect(stored.analysis.findings == expected.findings, "\(name)")
        }
        let counts = try store.tableCounts()
        #expect(counts["sentences"] == 2 * Sample.analysis().sentences.count + 2 * 3)
        // d.txt goes through its other version and back; a.txt stays untouched.
        let again = store.record(batch: batch.suffix(2) + batch.prefix(1), rulesFingerprint: fingerprint, run: run).map { try? $0.get() }
        #expect(again == [.replaced, .replaced, .unchanged])  // d.txt alternates between its two versions
        #expect(try store.tableCounts() == counts)
        #expect(store.record(batch: [], rulesFingerprint: fingerprint, run: run).isEmpty)
    }

    /// A document that cannot be written fails alone: the rest of its batch is recorded, and a
    /// replacement that failed leaves the stored version as it was.
    @Test func aFailingDocumentInABatchIsRolledBackAlone() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(name: "p.txt"), rulesFingerprint: fingerprint, run: run)
        let before = try store.document(id: try store.documentID(matching: "p.txt"))
        // A finding in a sentence the document does not have is refused before anything is written.
        var poison = Sample.analysis(name: "p.txt", text: Sample.article + "\nOne more line.")
        poison.findings.append(Finding(rule: "source.vague", severity: .warning, message: "m", span: Span(0, 4), sentence: 99, confidence: 0.5))
        let batch = [Sample.analysis(name: "x.txt"), poison, Sample.analysis(name: "y.txt")].map(PreparedDocument.init)
        let outcomes = store.record(batch: batch, rulesFingerprint: fingerprint, run: run)
        #expect((try? outcomes[0].get()) == .inserted)
        #expect((try? outcomes[2].get()) == .inserted)
        #expect {
            try outcomes[1].get()
        } throws: { error in
            guard case let .writeFailed(_, document, detail) = error as? StoreError else { return false }
            return document == "p.txt" && detail.contains("refers to sentence 99 of")
                && "\(error)".contains("that document was rolled back")
        }
        #expect(try store.documentCount() == 3)
        let after = try store.document(id: try store.documentID(matching: "p.txt"))
        #expect(after.info == before.info)
        #expect(after.analysis.findings == before.analysis.findings)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") } == nil)
        #expect(try store.integrityCheck() == "ok")
    }

    /// A full disk in the middle of a batch: the documents that fit are recorded, the one that
    /// does not is reported, and the file stays sound.
    @Test func aFullDiskInABatchLosesOnlyTheDocumentThatDidNotFit() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(name: "first.txt"), rulesFingerprint: fingerprint, run: run)
        let pages = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        try store.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)") }
        let filler = String(repeating: "A paragraph of filler text that makes the document large. ", count: 4000)
        let batch = [Sample.analysis(name: "small.txt"), Sample.analysis(name: "big.txt", text: Sample.article + "\n" + filler),
                     Sample.analysis(name: "small2.txt")].map(PreparedDocument.init)
        let outcomes = store.record(batch: batch, rulesFingerprint: fingerprint, run: run)
        #expect((try? outcomes[0].get()) == .inserted)
        #expect((try? outcomes[2].get()) == .inserted)
        guard case let .failure(.writeFailed(_, document, detail)) = outcomes[1] else {
            Issue.record("big.txt should fail: \(outcomes[1])")
            return
        }
        #expect(document == "big.txt")
        #expect(detail == "disk full")
        #expect(try store.archive().documents.map(\.info.name) == ["first.txt", "small.txt", "small2.txt"])
        #expect(try store.integrityCheck() == "ok")
    }

    /// Re-ingesting unchanged documents reads only: it does not wait for another process' write.
    @Test func anUnchangedBatchDoesNotTakeTheWriteLock() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        let batch = (0..<5).map { PreparedDocument(Sample.analysis(name: "doc\($0).txt")) }
        #expect(store.record(batch: batch, rulesFingerprint: fingerprint, run: run).allSatisfy { (try? $0.get()) == .inserted })
        let other = try DatabaseQueue(path: t.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            #expect(store.record(batch: batch, rulesFingerprint: fingerprint, run: run).allSatisfy { (try? $0.get()) == .unchanged })
        }
        try other.close()
    }

    @Test func externalIDsAndPathsAreSeparateIdentities() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        #expect(try store.record(Sample.analysis(name: "a1"), rulesFingerprint: fingerprint, run: run) == .inserted)
        #expect(try store.record(Sample.analysis(name: "a1", isExternalID: true), rulesFingerprint: fingerprint, run: run) == .inserted)
        #expect(try store.documentCount() == 2)
    }

    @Test func reviewsSurviveReanalysisAndShowInReports() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(), rulesFingerprint: fingerprint, run: run)
        let doc = try store.document(id: try store.documentID(matching: "corpus/port.txt"))
        let aID = doc.attributionIDs[0]
        let fID = doc.findingIDs[1]
        let target = try store.reviewTarget("a\(aID)")
        #expect(target.kind == .attribution)
        #expect(target.subject == "Two senior diplomats | said | the talks had stalled")
        try store.addReview(target, verdict: .confirmed, note: nil, by: "desk")
        try store.addReview(try store.reviewTarget("F\(fID)"), verdict: .rejected, note: "critics are named later", by: "desk")
        #expect(throws: StoreError.self) { try store.reviewTarget("A999999") }
        #expect(throws: StoreError.self) { try store.reviewTarget("X1") }

        // A new first line shifts every offset; the reviews still attach to the same words.
        let edited = Sample.analysis(text: "Updated at noon.\n" + Sample.article.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n"))
        #expect(try store.record(edited, rulesFingerprint: fingerprint, run: run) == .replaced)
        let report = try store.document(id: try store.documentID(matching: "corpus/port.txt")).report()
        let reviewed = report.attributions.first { $0.source == "Two senior diplomats" }
        #expect(reviewed?.reviews.map(\.verdict) == [.confirmed])
        #expect(reviewed?.reviews.first?.by == "desk")
        let vague = report.findings.first { $0.finding.rule == "source.vague" }
        #expect(vague?.reviews.first?.verdict == .rejected)
        #expect(vague?.reviews.first?.note == "critics are named later")
        #expect(try store.archive().reviews == [.confirmed: 1, .rejected: 1])
    }

    @Test func archiveAggregatesDocumentsSourcesAndRules() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: fingerprint, arguments: [])
        try store.record(Sample.analysis(name: "a.txt", metadata: DocumentMetadata(published: "2025-01-02")), rulesFingerprint: fingerprint, run: run)
        try store.record(Sample.analysis(name: "b.txt", metadata: DocumentMetadata(published: "2025-02-03")), rulesFingerprint: fingerprint, run: run)
        let short = Sample.article.split(separator: "\n").prefix(3).joined(separator: "\n")
        try store.record(Sample.analysis(name: "c.txt", text: short, metadata: DocumentMetadata(published: "2025-02-03T09:00:00Z")),
                         rulesFingerprint: fingerprint, run: run)

        let archive = try store.archive()
        #expect(archive.documents.map(\.info.name) == ["a.txt", "b.txt", "c.txt"])
        #expect(archive.total.attributions == 5 + 5 + 2)
        let okafor = archive.sources.first { $0.key == "maria okafor" }
        #expect(okafor?.mentions == 5)  // "said" and the resolved "He" in a and b, "said" in c
        #expect(okafor?.documents == 3)
        #expect(okafor?.kind == .named)
        #expect(archive.sources.first?.key == "maria okafor")
        #expect(archive.rules.first { $0.rule == "source.vague" } == RuleTally(rule: "source.vague", severity: .warning, findings: 2, documents: 2))
        #expect(archive.trend.map(\.period) == ["2025-01-02", "2025-02-03"])
        #expect(archive.trend.map(\.documents) == [1, 2])

        let since = try store.archive(DocumentFilter(since: "2025-02-01"))
        #expect(since.documents.map(\.info.name) == ["b.txt", "c.txt"])
        let ruled = try store.archive(DocumentFilter(rule: "source.vague"))
        #expect(ruled.documents.map(\.counts.findings) == [1, 1, 0])
        #expect(ruled.rules.map(\.rule) == ["source.vague"])

        // Vague and anonymous sources count per document: the critics of a.txt are not those of b.txt.
        #expect(try store.sources(kind: .vague).map { "\($0.key) in \($0.document?.name ?? "-")" } == ["critics in a.txt", "critics in b.txt"])
        #expect(try store.sources().count == 6)  // Maria Okafor; the diplomats of a, b and c; the critics of a and b
    }
}

@Suite struct RefusedDatabaseTests {
    @Test func notSQLiteIsRefusedUntouched() throws {
        let t = TempDatabase()
        let content = Array("id,name\n1,not a database at all, but long enough to look like a header of some kind ...\n".utf8)
        try Data(content).write(to: URL(fileURLWithPath: t.path))
        for mode in [Store.Mode.readWrite, .readOnly] {
            #expect(throws: StoreError.notADatabase(path: t.path)) { try Store(path: t.path, mode: mode) }
        }
        #expect(t.bytes() == content)
        #expect(t.files() == ["attrib.sqlite"])
    }

    @Test func newerSchemaIsRefusedUntouched() throws {
        let t = TempDatabase()
        try Store(path: t.path).close()
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        try queue.close()
        let before = t.bytes()
        #expect(throws: StoreError.newerSchema(path: t.path, found: 7, supported: Schema.version)) { try Store(path: t.path) }
        #expect(throws: StoreError.newerSchema(path: t.path, found: 7, supported: Schema.version)) { try Store(path: t.path, mode: .readOnly) }
        #expect(t.bytes() == before)
    }

    @Test func unknownMigrationIsANewerSchema() throws {
        let t = TempDatabase()
        try Store(path: t.path).close()
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v3')") }
        try queue.close()
        #expect(throws: StoreError.self) { try Store(path: t.path) }
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let t = TempDatabase()
        let queue = try DatabaseQueue(path: t.path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
        try queue.close()
        let before = t.bytes()
        #expect(throws: StoreError.foreignDatabase(path: t.path)) { try Store(path: t.path) }
        #expect(t.bytes() == before)
    }

    @Test func corruptDatabaseIsRefusedUntouched() throws {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "t", rulesFingerprint: "r", arguments: [])
        try store.record(Sample.analysis(), rulesFingerprint: "r", run: run)
        try store.close()
        // Keep the 100-byte header, scribble over the rest of page 1 (the schema's b-tree).
        var bytes = t.bytes()
        for i in 100..<min(4096, bytes.count) { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: t.path))
        for mode in [Store.Mode.readWrite, .readOnly] {
            #expect {
                try Store(path: t.path, mode: mode)
            } throws: { error in
                guard case .corrupt = error as? StoreError else { return false }
                return "\(error)".contains("corrupt")
            }
        }
        #expect(t.bytes() == bytes)
    }

    @Test func missingDatabaseForReadingSaysHowToMakeOne() throws {
        let t = TempDatabase()
        #expect(throws: StoreError.missing(path: t.path)) { try Store(path: t.path, mode: .readOnly) }
        #expect(t.files().isEmpty)
        #expect("\(StoreError.missing(path: "x.sqlite"))".contains("attrib analyze"))
    }

    @Test func anEmptyFileIsAnEmptyDatabase() throws {
        let t = TempDatabase()
        try Data().write(to: URL(fileURLWithPath: t.path))
        #expect(throws: StoreError.missing(path: t.path)) { try Store(path: t.path, mode: .readOnly) }
        #expect(t.bytes().isEmpty)
        let store = try Store(path: t.path)
        #expect(try store.schemaVersion() == Schema.version)
    }

    @Test func aDirectoryIsNotADatabase() throws {
        let t = TempDatabase()
        #expect(throws: StoreError.cannotOpen(path: t.dir.path, detail: "it is a directory")) { try Store(path: t.dir.path) }
    }

    @Test func readOnlyStoreRefusesWrites() throws {
        let t = TempDatabase()
        try Store(path: t.path).close()
        let store = try Store(path: t.path, mode: .readOnly)
        #expect(throws: StoreError.self) {
            try store.beginRun(toolVersion: "t", rulesFingerprint: "r", arguments: [])
        }
    }
}

@Suite struct ConcurrencyTests {
    /// Two connections (as two processes would have) record interleaved documents; none is lost.
    @Test func twoWritersLoseNothing() throws {
        let t = TempDatabase()
        try Store(path: t.path).close()
        let perWriter = 60
        let errors = ErrorBox()
        let group = DispatchGroup()
        for w in 0..<2 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let store = try Store(path: t.path)
                    let run = try store.beginRun(toolVersion: "t", rulesFingerprint: "r", arguments: ["\(w)"])
                    for i in 0..<perWriter {
                        try store.record(Sample.analysis(name: "w\(w)/doc\(i).txt"), rulesFingerprint: "r", run: run)
                    }
                    try store.finishRun(run, recorded: perWriter, unchanged: 0)
                } catch {
                    errors.add(error)
                }
            }.start()
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        let store = try Store(path: t.path, mode: .readOnly)
        let counts = try store.tableCounts()
        #expect(counts["documents"] == 2 * perWriter)
        #expect(counts["attributions"] == 2 * perWriter * 5)
        #expect(counts["runs"] == 2)
        #expect(try store.integrityCheck() == "ok")
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []
    func add(_ e: Error) { lock.lock(); errors.append(e); lock.unlock() }
    var all: [Error] { lock.lock(); defer { lock.unlock() }; return errors }
}
