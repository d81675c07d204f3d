/// Every problem the store reports to a user. The CLI maps these to exit code 2.
///
/// The first four are found before anything is written: the file is left exactly as it was.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// SQLite says the file is damaged.
    case corrupt(path: String, detail: String)
    /// An SQLite database written by something other than attrib (it has tables but no attrib schema).
    case foreignDatabase(path: String)
    /// Written by a newer attrib: its schema version is above the one this attrib knows.
    case newerSchema(path: String, found: Int, supported: Int)
    /// A report or review asked for a database that does not exist.
    case missing(path: String)
    /// The file cannot be opened or written (permissions, read-only location, a directory).
    case cannotOpen(path: String, detail: String)
    /// Writing failed (disk full, I/O error, lock held too long); the current document was rolled back.
    case writeFailed(path: String, document: String?, detail: String)
    /// A document, attribution or finding named on the command line is not in the database.
    case notFound(String)
    /// Any other SQLite error, with its message.
    case sqlite(path: String, detail: String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            return "\(path): not an SQLite database; left untouched"
        case let .corrupt(path, detail):
            return "\(path): the database is corrupt (\(detail)); left untouched"
        case let .foreignDatabase(path):
            return "\(path): an SQLite database, but not an attrib database; left untouched"
        case let .newerSchema(path, found, supported):
            return "\(path): written by a newer attrib (schema version \(found); this attrib knows up to \(supported)); left untouched"
        case let .missing(path):
            return "\(path): no such database; record analyses first with `attrib analyze PATH... --db \(path)`"
        case let .cannotOpen(path, detail):
            return "\(path): cannot open the database: \(detail)"
        case let .writeFailed(path, document, detail):
            if let document {
                return "\(path): could not record \(document): \(detail); that document was rolled back"
            }
            return "\(path): write failed: \(detail); rolled back"
        case let .notFound(what):
            return "\(what): not found in the database"
        case let .sqlite(path, detail):
            return "\(path): \(detail)"
        }
    }
}
