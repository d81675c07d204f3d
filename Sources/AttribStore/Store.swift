import AttribCore
import Foundation
import GRDB
import GRDBSQLite

/// An attrib database: analyses recorded per document, reviews, and the queries reports need.
///
/// Opening checks the file before anything is written: a file that is not SQLite, is corrupt,
/// belongs to another program or has a newer schema is refused with a ``StoreError`` and left
/// exactly as it was. Writers use WAL, `BEGIN IMMEDIATE` and a busy timeout, so several
/// processes can record into one file at once.
///
/// Readers (reports, listings, the inputs of a merge) never write: they open the file read-only,
/// and, when no writer is at work on it (no `-wal` file beside it), as an immutable file
/// (``readOnlyLocation(_:)``), which needs no `-wal` or `-shm` file. So an archive in a folder an
/// editor cannot write to can be read, and reading leaves no file behind.
public final class Store {
    public enum Mode: Sendable {
        /// Create the file if needed and migrate it to the current schema.
        case readWrite
        /// Reports and listings: never create or change the file.
        case readOnly
    }

    public let path: String
    public let mode: Mode
    let queue: DatabaseQueue

    /// How long a writer waits for another process' transaction before giving up.
    public static let busyTimeout: TimeInterval = 60

    public init(path: String, mode: Mode = .readWrite) throws {
        self.path = path
        self.mode = mode
        try Store.preflight(path: path, mode: mode)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(Store.busyTimeout)
        config.label = "attrib"
        if mode == .readOnly {
            config.readonly = true
            // Nothing to set up: a read-only connection must not try to change the journal mode.
        } else {
            config.journalMode = .wal
            config.prepareDatabase { db in
                // 16 KiB pages for a new file (an existing one keeps its size): a stored article
                // is 2–3 KiB, so 4 KiB pages left a third of the documents table empty, and fewer,
                // larger pages mean fewer WAL frames and write calls per batch.
                try db.execute(sql: "PRAGMA page_size = 16384")
                // WAL with NORMAL is safe against process crashes (kill -9); only an OS crash may
                // lose the last commits, never corrupt the file.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Statement journals (every INSERT under foreign keys and CHECKs has one) and
                // temporary b-trees stay in memory: on disk they cost more than the inserts.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                // Fewer, larger checkpoints (each one syncs the file): about every 32 MiB of WAL.
                let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \((32 << 20) / max(pageSize, 512))")
            }
        }
        let location = mode == .readOnly ? Store.readOnlyLocation(path) : path
        queue = try Store.retryingBusy(path: path) {
            do {
                return try DatabaseQueue(path: location, configuration: config)
            } catch {
                throw Store.map(error, path: path)
            }
        }
        if mode == .readWrite {
            try migrate()
        }
    }

    /// Checks the file without SQLite writing anything: the header, then a read-only look at the
    /// application id, schema version and tables.
    static func preflight(path: String, mode: Mode) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            if mode == .readOnly { throw StoreError.missing(path: path) }
            return
        }
        if isDir.boolValue { throw StoreError.cannotOpen(path: path, detail: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen(path: path, detail: "permission denied")
        }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if header.isEmpty {
            // An empty file is an empty database: fine to create the schema in, nothing to read.
            if mode == .readOnly { throw StoreError.missing(path: path) }
            return
        }
        let magic = Array("SQLite format 3\u{0}".utf8)
        guard header.count >= 100, Array(header.prefix(16)) == magic else {
            throw StoreError.notADatabase(path: path)
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let probe = try DatabaseQueue(path: readOnlyLocation(path), configuration: config)
            defer { try? probe.close() }
            try probe.read { db in try check(db, path: path, readOnly: mode == .readOnly) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: path)
        }
    }

    /// What a reader opens: an SQLite URI for `path` read-only, and immutable when no writer is at
    /// work (no `-wal` file; a writer keeps one while it has the file open, and the last one
    /// removes it). An immutable file needs no lock and no `-shm`/`-wal` file, so it can be read
    /// in a folder the reader cannot write to and leaves nothing there. With a `-wal` file the
    /// reader must see what it holds, so it reads the ordinary way (read-only). Without URI
    /// support in this SQLite, the plain path, read-only.
    public static func readOnlyLocation(_ path: String) -> String {
        guard sqlite3_compileoption_used("USE_URI") == 1 else { return path }
        var uri = "file:"
        for b in path.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
                uri.unicodeScalars.append(Unicode.Scalar(b))
            default:
                uri += "%" + String(b, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        let walExists = FileManager.default.fileExists(atPath: path + "-wal")
        return uri + (walExists ? "?mode=ro" : "?mode=ro&immutable=1")
    }

    /// Refuses databases this attrib must not write to.
    static func check(_ db: Database, path: String, readOnly: Bool) throws {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        // Empty, or a new file another attrib is migrating right now (GRDB creates its
        // bookkeeping table before the first migration's transaction).
        if appID == 0 && tables.allSatisfy({ $0 == "grdb_migrations" }) {
            if readOnly { throw StoreError.missing(path: path) }
            return
        }
        guard appID == Schema.applicationID else { throw StoreError.foreignDatabase(path: path) }
        if try version > Schema.version || Schema.migrator.hasBeenSuperseded(db) {
            throw StoreError.newerSchema(path: path, found: version, supported: Schema.version)
        }
        // Touch the schema of every table so a damaged one shows up now, not mid-write.
        for table in tables {
            _ = try db.columns(in: table)
        }
    }

    /// Creates or upgrades the schema. Two processes opening a new file at once race harmlessly:
    /// each migration is one transaction, and the loser finds the work done (or retries).
    private func migrate() throws {
        let migrator = Schema.migrator
        var attempt = 0
        while true {
            do {
                if try queue.read({ try migrator.hasCompletedMigrations($0) }) { return }
                try migrator.migrate(queue)
                return
            } catch {
                attempt += 1
                if (try? queue.read({ try migrator.hasCompletedMigrations($0) })) == true { return }
                if attempt >= 20 { throw Store.map(error, path: path) }
                usleep(UInt32(10_000 * attempt))
            }
        }
    }

    /// The schema version of the open database.
    public func schemaVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    public func close() throws {
        try queue.close()
    }

    // MARK: - Access with errors mapped

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Store.map(error, path: path)
        }
    }

    /// Runs `body` outside any explicit transaction (each statement autocommits), without
    /// `read`'s bookkeeping: for single SELECTs on the hot path.
    func unlockedRead<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.writeWithoutTransaction(body)
        } catch {
            throw Store.map(error, path: path)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction, retrying when another process held the
    /// lock past the busy timeout. Any error rolls the whole transaction back.
    func write<T>(document: String? = nil, _ body: (Database) throws -> T) throws -> T {
        guard mode == .readWrite else { throw StoreError.cannotOpen(path: path, detail: "opened read-only") }
        return try Store.retryingBusy(path: path, document: document) {
            do {
                var result: T?
                try queue.inTransaction(.immediate) { db in
                    result = try body(db)
                    return .commit
                }
                return result!
            } catch let error as StoreError {
                throw error
            } catch {
                throw Store.map(error, path: path, document: document)
            }
        }
    }

    static func retryingBusy<T>(path: String, document: String? = nil, attempts: Int = 5, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as StoreError where attempt + 1 < attempts && error.isBusy {
                attempt += 1
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    /// Turns GRDB and SQLite errors into readable ``StoreError``s.
    static func map(_ error: Error, path: String, document: String? = nil) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let e = error as? DatabaseError else {
            return .sqlite(path: path, detail: "\(error)")
        }
        let detail = e.message ?? e.resultCode.description
        switch e.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: detail)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, detail: detail)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return document == nil ? .cannotOpen(path: path, detail: "read-only: \(detail)")
                : .writeFailed(path: path, document: document, detail: "read-only location or file: \(detail)")
        case .SQLITE_FULL: return .writeFailed(path: path, document: document, detail: "disk full")
        case .SQLITE_IOERR: return .writeFailed(path: path, document: document, detail: "I/O error: \(detail)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .writeFailed(path: path, document: document, detail: "database is locked by another process (\(detail))")
        default:
            return document == nil ? .sqlite(path: path, detail: detail)
                : .writeFailed(path: path, document: document, detail: detail)
        }
    }
}

extension StoreError {
    var isBusy: Bool {
        if case let .writeFailed(_, _, detail) = self { return detail.hasPrefix("database is locked") }
        return false
    }
}

/// ISO 8601 timestamps in UTC with milliseconds, e.g. `2025-03-01T12:00:00.000Z`. Formatted by
/// hand: `ISO8601DateFormatter` costs more than recording a small document.
enum Clock {
    static func now() -> String { format(Date().timeIntervalSince1970) }

    static func format(_ secondsSince1970: Double) -> String {
        let millis = Int64((secondsSince1970 * 1000).rounded(.down))
        var seconds = time_t(millis / 1000)
        var t = tm()
        gmtime_r(&seconds, &t)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(t.tm_year + 1900, 4))-\(pad(t.tm_mon + 1, 2))-\(pad(t.tm_mday, 2))T\(pad(t.tm_hour, 2)):\(pad(t.tm_min, 2)):\(pad(t.tm_sec, 2)).\(pad(Int32(millis % 1000), 3))Z"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

