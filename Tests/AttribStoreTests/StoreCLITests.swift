import AttribCore
import AttribReports
@testable import AttribStore
import Foundation
import GRDB
import Testing

/// Runs the built `attrib` binary (found next to the test bundle, or at `$ATTRIB_BINARY`).
enum Binary {
    static let url: URL? = {
        let fm = FileManager.default
        if let path = ProcessInfo.processInfo.environment["ATTRIB_BINARY"] { return URL(fileURLWithPath: path) }
        var starts = Bundle.allBundles.map(\.bundleURL) + [Bundle.main.bundleURL]
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("attrib")
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                   fm.isExecutableFile(atPath: candidate.path) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Starts `attrib` in `directory`; output goes to files so large outputs never block.
    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                      name: String = UUID().uuidString) throws -> (Process, URL, URL) {
        let binary = try #require(url, "attrib executable not found next to the test bundle; set ATTRIB_BINARY")
        let out = directory.appendingPathComponent(".\(name).out")
        let err = directory.appendingPathComponent(".\(name).err")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ATTRIB_DB")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let (process, out, err) = try start(arguments, in: directory, environment: environment)
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// Synthetic wire copy with attributions, anonymous sources and findings in every document.
enum Articles {
    static func text(_ n: Int, paragraphs: Int = 8) -> String {
        var s = ""
        for p in 0..<paragraphs {
            s += "Two senior officials said the plan for district \(n)-\(p) would cost $\(n * 7 + p) million. "
            s += "\"We will not stop,\" said Mayor Ana Ruiz, who leads council \(n). "
            s += "Critics argue the project \(p) is the largest in the region. "
            s += "The budget reportedly doubled in \(2000 + p).\n\n"
        }
        return s
    }

    static func jsonLines(prefix: String, count: Int, paragraphs: Int = 8) -> String {
        var out = ""
        for i in 0..<count {
            out += "{\"id\":\"\(prefix)\(i)\",\"title\":\"Story \(i)\",\"published\":\"2025-0\(1 + i % 9)-1\(i % 10)\","
            out += "\"text\":" + JSONWriter.quoted(text(i, paragraphs: paragraphs)) + "}\n"
        }
        return out
    }
}

/// Checks that every stored document is whole: its row counts match the counts recorded with it.
func assertWholeDocuments(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
    let store = try Store(path: path)
    #expect(try store.integrityCheck() == "ok", sourceLocation: sourceLocation)
    let broken = try store.read { (db: Database) throws in
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM documents d
            WHERE d.sentence_count <> (SELECT count(*) FROM sentences s WHERE s.document_id = d.id)
               OR d.attribution_count <> (SELECT count(*) FROM attributions a WHERE a.document_id = d.id)
               OR d.finding_count <> (SELECT count(*) FROM findings f WHERE f.document_id = d.id)
            """) ?? -1
    }
    #expect(broken == 0, "documents with missing rows", sourceLocation: sourceLocation)
    let count = try store.documentCount()
    try store.read { (db: Database) throws in
        #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE attribution_count = 0") == 0,
                sourceLocation: sourceLocation)
    }
    try store.close()
    return count
}

@Suite(.serialized) struct StoreCLITests {
    @Test func bareAndNamedDatabaseOptions() throws {
        let t = TempDatabase()
        try Articles.text(1).write(to: t.dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: t.dir.appendingPathComponent("news"), withIntermediateDirectories: true)
        try Articles.text(2).write(to: t.dir.appendingPathComponent("news/b.md"), atomically: true, encoding: .utf8)

        // Bare --db at the end, and before an input: the default file in the current directory.
        var r = try Binary.run(["analyze", "a.txt", "--db"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("recorded 1 document (0 replaced, 0 unchanged) in attrib.sqlite"))
        r = try Binary.run(["analyze", "--db", "news"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("in attrib.sqlite; it holds 2 documents"))
        r = try Binary.run(["analyze", "--db", "a.txt"], in: t.dir)
        #expect(r.stderr.contains("1 unchanged"))
        // --db PATH and --db=PATH name other files; ATTRIB_DB changes the default.
        r = try Binary.run(["analyze", "--db", "other.sqlite", "a.txt"], in: t.dir)
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: t.dir.appendingPathComponent("other.sqlite").path))
        r = try Binary.run(["analyze", "a.txt", "--db", "--format", "json"], in: t.dir, environment: ["ATTRIB_DB": "env.sqlite"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("{\"version\":1"))
        #expect(r.stderr.contains("in env.sqlite"))
        // Reports read the same default.
        r = try Binary.run(["report", "--format", "json"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"documentCount\":2"))
        r = try Binary.run(["report", "--format", "json"], in: t.dir, environment: ["ATTRIB_DB": "env.sqlite"])
        #expect(r.stdout.contains("\"documentCount\":1"))
        r = try Binary.run(["sources", "--db", "--kind", "vague", "--format", "csv"], in: t.dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("key,kind,mentions,documents,name,document\r\n"))
    }

    @Test func reportReviewAndHTMLEndToEnd() throws {
        let t = TempDatabase()
        try Articles.text(3).write(to: t.dir.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        #expect(try Binary.run(["analyze", "story.txt", "--db", "x.sqlite"], in: t.dir).status == 0)
        var r = try Binary.run(["report", "--db", "x.sqlite", "--document", "story.txt", "--format", "json"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let first = try #require((json["attributions"] as? [[String: Any]])?.first?["id"] as? String)
        r = try Binary.run(["review", first, "--confirm", "--by", "Standards desk", "--db", "x.sqlite"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("\(first) confirmed by Standards desk"))
        r = try Binary.run(["review", "F999999", "--reject", "--db", "x.sqlite"], in: t.dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("not found"))
        r = try Binary.run(["review", first, "--db", "x.sqlite"], in: t.dir)
        #expect(r.status == 2)  // no verdict and no note

        r = try Binary.run(["report", "--db", "x.sqlite", "--document", "story.txt"], in: t.dir)
        #expect(r.stdout.contains("confirmed by Standards desk"))
        // The output's folder is created (the README writes reports/, which git ignores).
        r = try Binary.run(["report", "--db", "x.sqlite", "--document", "story.txt", "--format", "html", "--output", "reports/today/story.html"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote reports/today/story.html"))
        let html = try String(contentsOf: t.dir.appendingPathComponent("reports/today/story.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("confirmed by Standards desk"))
        r = try Binary.run(["report", "--db", "x.sqlite", "--since", "2025-13"], in: t.dir)
        #expect(r.status == 2)
        r = try Binary.run(["report", "--db", "x.sqlite", "--document", "nope.txt"], in: t.dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("document nope.txt: not found"))
    }

    @Test func refusedDatabasesExitTwoAndStayUntouched() throws {
        let t = TempDatabase()
        try Articles.text(4).write(to: t.dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let notDB = t.dir.appendingPathComponent("notes.sqlite")
        let content = Data(String(repeating: "these are not the bytes of a database\n", count: 10).utf8)
        try content.write(to: notDB)
        for args in [["analyze", "a.txt", "--db", "notes.sqlite"], ["report", "--db", "notes.sqlite"], ["sources", "--db", "notes.sqlite"]] {
            let r = try Binary.run(args, in: t.dir)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("notes.sqlite: not an SQLite database; left untouched"), "\(r.stderr)")
        }
        #expect(try Data(contentsOf: notDB) == content)

        // A newer schema.
        #expect(try Binary.run(["analyze", "a.txt", "--db", "new.sqlite"], in: t.dir).status == 0)
        let newer = t.dir.appendingPathComponent("new.sqlite").path
        let queue = try DatabaseQueue(path: newer)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 3") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: newer))
        let r = try Binary.run(["analyze", "a.txt", "--db", "new.sqlite"], in: t.dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("written by a newer attrib (schema version 3"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: newer)) == before)

        // A missing database for a report.
        let missing = try Binary.run(["report", "--db", "none.sqlite"], in: t.dir)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such database"))
        #expect(!FileManager.default.fileExists(atPath: t.dir.appendingPathComponent("none.sqlite").path))
    }

    /// Two `attrib analyze --db same.sqlite` processes at once, with disjoint and shared inputs.
    @Test func twoWriterProcessesLoseNothing() throws {
        let t = TempDatabase()
        let n = 150
        try Articles.jsonLines(prefix: "a", count: n, paragraphs: 2).write(to: t.dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        try Articles.jsonLines(prefix: "b", count: n, paragraphs: 2).write(to: t.dir.appendingPathComponent("b.jsonl"), atomically: true, encoding: .utf8)
        try Articles.jsonLines(prefix: "shared", count: 40, paragraphs: 2).write(to: t.dir.appendingPathComponent("shared.jsonl"), atomically: true, encoding: .utf8)
        let first = try Binary.start(["analyze", "a.jsonl", "shared.jsonl", "--db", "same.sqlite"], in: t.dir, name: "one")
        let second = try Binary.start(["analyze", "shared.jsonl", "b.jsonl", "--db", "same.sqlite"], in: t.dir, name: "two")
        first.0.waitUntilExit()
        second.0.waitUntilExit()
        let err1 = (try? String(contentsOf: first.2, encoding: .utf8)) ?? ""
        let err2 = (try? String(contentsOf: second.2, encoding: .utf8)) ?? ""
        #expect(first.0.terminationStatus == 0, "\(err1)")
        #expect(second.0.terminationStatus == 0, "\(err2)")
        #expect(try assertWholeDocuments(t.dir.appendingPathComponent("same.sqlite").path) == 2 * n + 40)
        let store = try Store(path: t.dir.appendingPathComponent("same.sqlite").path, mode: .readOnly)
        try store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") == 2)
            // Each shared document was recorded once and found unchanged by the other run.
            #expect(try Int.fetchOne(db, sql: "SELECT sum(documents_recorded) FROM runs") == 2 * n + 40)
            #expect(try Int.fetchOne(db, sql: "SELECT sum(documents_unchanged) FROM runs") == 40)
        }
    }

    /// A document the database refuses (here a trigger raises an error for it) is reported and
    /// rolled back; the rest of its batch is kept, no later batch is written, and the run stops
    /// with exit code 2. Once the cause is gone, running again records the rest.
    @Test func aDocumentThatCannotBeWrittenStopsTheRunAndKeepsItsBatch() throws {
        let t = TempDatabase()
        let total = 2 * Store.batchDocuments + 40
        try Articles.jsonLines(prefix: "d", count: total, paragraphs: 1).write(to: t.dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let db = t.dir.appendingPathComponent("p.sqlite").path
        try Store(path: db).close()
        let queue = try DatabaseQueue(path: db)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER poison BEFORE INSERT ON documents WHEN NEW.identity = 'd5'
                BEGIN SELECT RAISE(ABORT, 'poisoned for the test'); END
                """)
        }
        try queue.close()
        let r = try Binary.run(["analyze", "in.jsonl", "--input", "jsonl", "--jobs", "2", "--db", "p.sqlite"], in: t.dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("p.sqlite: could not record d5: poisoned for the test; that document was rolled back"), "\(r.stderr)")
        #expect(r.stderr.contains("stopped: 1 document could not be recorded; \(Store.batchDocuments - 1) recorded and 0 unchanged in this run"), "\(r.stderr)")
        #expect(try assertWholeDocuments(db) == Store.batchDocuments - 1)
        let store = try Store(path: db, mode: .readOnly)
        try store.read { (db: Database) throws in
            let ids = Set(try String.fetchAll(db, sql: "SELECT identity FROM documents"))
            #expect(ids == Set((0..<Store.batchDocuments).filter { $0 != 5 }.map { "d\($0)" }))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE finished_at IS NULL") == 1)
        }
        try store.close()

        let fix = try DatabaseQueue(path: db)
        try fix.write { db in try db.execute(sql: "DROP TRIGGER poison") }
        try fix.close()
        let again = try Binary.run(["analyze", "in.jsonl", "--input", "jsonl", "--db", "p.sqlite"], in: t.dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("recorded \(total - Store.batchDocuments + 1) documents (0 replaced, \(Store.batchDocuments - 1) unchanged)"), "\(again.stderr)")
        #expect(try assertWholeDocuments(db) == total)
    }

    /// `kill -9` in the middle of a large JSON Lines ingest leaves a sound file with only whole documents,
    /// and the next run completes it.
    @Test func killNineLeavesOnlyWholeDocuments() throws {
        let t = TempDatabase()
        let total = 3000
        try Articles.jsonLines(prefix: "doc", count: total, paragraphs: 4).write(to: t.dir.appendingPathComponent("big.jsonl"), atomically: true, encoding: .utf8)
        let db = t.dir.appendingPathComponent("k.sqlite").path
        let (process, _, err) = try Binary.start(["analyze", "big.jsonl", "--db", "k.sqlite"], in: t.dir)
        // Wait until some documents are committed, then kill the writer mid-transaction stream.
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while Date() < deadline && process.isRunning {
            if FileManager.default.fileExists(atPath: db),
               let queue = try? DatabaseQueue(path: db, configuration: { var c = Configuration(); c.readonly = true; c.busyMode = .timeout(5); return c }()),
               let n = try? queue.read({ try Int.fetchOne($0, sql: "SELECT count(*) FROM documents") }) {
                try? queue.close()
                seen = n
                if seen >= 25 { break }
            }
            usleep(20_000)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(wasRunning, "the ingest finished before it could be killed: \((try? String(contentsOf: err, encoding: .utf8)) ?? "")")
        #expect(process.terminationReason == .uncaughtSignal)

        let stored = try assertWholeDocuments(db)
        #expect(stored >= seen)
        #expect(stored < total)
        // The interrupted run is visible as unfinished.
        let store = try Store(path: db, mode: .readOnly)
        try store.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM runs WHERE finished_at IS NULL") == 1)
            // Batches commit whole and in input order: what is stored is exactly the first documents.
            let ids = Set(try String.fetchAll(db, sql: "SELECT identity FROM documents"))
            #expect(ids == Set((0..<stored).map { "doc\($0)" }))
        }
        try store.close()

        // Running again records the rest and skips what is already there.
        let again = try Binary.run(["analyze", "big.jsonl", "--db", "k.sqlite"], in: t.dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("recorded \(total - stored) documents (0 replaced, \(stored) unchanged)"))
        #expect(try assertWholeDocuments(db) == total)
    }
}
