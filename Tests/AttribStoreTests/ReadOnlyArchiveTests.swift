import AttribCore
@testable import AttribStore
import Foundation
import GRDB
import TestSupport
import Testing

/// Editors read a shared archive they cannot write to: every reader (`report`, `sources`, the
/// inputs of `merge`) opens the database read-only, immutable when no writer is at work, so it
/// works in a read-only folder and leaves no `-wal` or `-shm` file behind.
@Suite(.serialized) struct ReadOnlyArchiveTests {
    /// The database's files in its folder (the runs' own output files aside).
    func databaseFiles(_ t: TempDatabase) -> [String] { t.files().filter { $0.hasPrefix("attrib.sqlite") } }

    /// A database recorded by `analyze --db` in a fresh folder (the writer removes its -wal/-shm).
    func archive() throws -> TempDatabase {
        let t = TempDatabase()
        try Articles.text(1).write(to: t.dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Articles.text(2, paragraphs: 3).write(to: t.dir.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let r = try Binary.run(["analyze", "--db", t.path, "a.txt", "b.md"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(databaseFiles(t) == ["attrib.sqlite"])
        return t
    }

    static let readers: [[String]] = [
        ["report"], ["report", "--format", "json"], ["report", "--document", "a.txt", "--format", "markdown"],
        ["sources"], ["sources", "--format", "csv", "--kind", "anonymous"],
    ]

    @Test func readersLeaveNoFileBehind() throws {
        let t = try archive()
        for args in Self.readers {
            let r = try Binary.run(args + ["--db", t.path], in: t.dir)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.isEmpty)
            // Before: a -wal and a -shm file, owned by whoever read.
            #expect(databaseFiles(t) == ["attrib.sqlite"], "\(args)")
        }
        // merge reads its inputs the same way.
        let out = Sample.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let merged = try Binary.run(["merge", out.appendingPathComponent("merged.sqlite").path, t.path], in: t.dir)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("merged 1 database into"))
        #expect(databaseFiles(t) == ["attrib.sqlite"])
        // And a Store opened read-only in this process.
        let store = try Store(path: t.path, mode: .readOnly)
        #expect(try store.documentCount() == 2)
        try store.close()
        #expect(databaseFiles(t) == ["attrib.sqlite"])
    }

    /// While a writer has the file open (its -wal holds commits not yet in the file), a reader still
    /// sees them: it reads the ordinary read-only way then.
    @Test func readerSeesWhatAnOpenWriterCommitted() throws {
        let t = try archive()
        let writer = try Store(path: t.path)
        try writer.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") }
        try FileManager.default.copyItem(at: t.dir.appendingPathComponent("a.txt"), to: t.dir.appendingPathComponent("c.txt"))
        // A second writer process records one more document while the first keeps the file open.
        let r = try Binary.run(["analyze", "--db", t.path, "c.txt"], in: t.dir)
        #expect(r.status == 0, "\(r.stderr)")
        let before = databaseFiles(t)
        let report = try Binary.run(["report", "--format", "json", "--db", t.path], in: t.dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("c.txt"))
        #expect(databaseFiles(t) == before)
        try writer.close()
    }

    @Test(.enabled(if: Unprivileged.available, "needs a user that file permissions apply to (setpriv when root)"))
    func readersWorkInAFolderTheyCannotWrite() throws {
        let t = try archive()
        let binary = try #require(Binary.url)
        // Readable by all, writable by nobody but its owner; the folder not writable at all.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: t.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: t.dir.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: t.dir.path) }
        for args in Self.readers {
            let expected = try Binary.run(args + ["--db", t.path], in: t.dir)
            let (executable, arguments) = try #require(Unprivileged.command(binary, args + ["--db", t.path]))
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-ro-\(UUID().uuidString)")
            let err = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-ro-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
            let p = Process()
            p.executableURL = executable
            p.arguments = arguments
            p.currentDirectoryURL = t.dir
            var env = ProcessInfo.processInfo.environment
            env.removeValue(forKey: "ATTRIB_DB")
            p.environment = env
            p.standardInput = FileHandle.nullDevice
            p.standardOutput = try FileHandle(forWritingTo: out)
            p.standardError = try FileHandle(forWritingTo: err)
            try p.run()
            p.waitUntilExit()
            let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
            // Before: "attempt to write a readonly database", exit 2.
            #expect(p.terminationStatus == 0, "\(args): \(stderr)")
            #expect((try? String(contentsOf: out, encoding: .utf8)) == expected.stdout, "\(args)")
            #expect(databaseFiles(t) == ["attrib.sqlite"], "\(args)")
        }
    }
}
