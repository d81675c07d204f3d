import AttribCore

/// What is known about a document besides its analysis: where it came from and, once stored,
/// its database id, hash and ingest time. Plain values, so reports never touch a database.
public struct DocumentInfo: Sendable, Hashable {
    /// The store's row id, or nil for a document that was never stored.
    public var id: Int64?
    /// A path for files, or the external id for JSON Lines records.
    public var name: String
    public var isExternalID: Bool
    public var title: String?
    public var url: String?
    /// The published date as the input gave it (ISO 8601 preferred).
    public var published: String?
    /// Lowercase hex SHA-256 of the document's bytes.
    public var sha256: String?
    /// Size in bytes.
    public var size: Int
    /// When it was analysed into the store (ISO 8601, UTC).
    public var ingestedAt: String?

    public init(id: Int64? = nil, name: String, isExternalID: Bool = false, title: String? = nil, url: String? = nil,
                published: String? = nil, sha256: String? = nil, size: Int, ingestedAt: String? = nil) {
        self.id = id
        self.name = name
        self.isExternalID = isExternalID
        self.title = title
        self.url = url
        self.published = published
        self.sha256 = sha256
        self.size = size
        self.ingestedAt = ingestedAt
    }

    public init(_ document: SourceDocument) {
        self.init(name: document.name, isExternalID: document.isExternalID, title: document.metadata.title,
                  url: document.metadata.url, published: document.metadata.published, size: document.bytes.count)
    }

    /// The title when there is one, else the name.
    public var displayName: String { title.map { $0.isEmpty ? name : $0 } ?? name }

    /// The title when there is one, else the file name of a path (an external id whole), for
    /// labels where a long path would be cut.
    public var shortName: String { DocumentInfo.shortName(name: name, title: title, isExternalID: isExternalID) }

    static func shortName(name: String, title: String?, isExternalID: Bool) -> String {
        if let title, !title.isEmpty { return title }
        if isExternalID { return name }
        return name.split(separator: "/").last.map(String.init) ?? name
    }

    /// The day a document belongs to for trends: its published date when that starts with
    /// `YYYY-MM-DD`, else the day it was ingested; nil when neither is known.
    public var day: String? {
        if let p = published, let d = DocumentInfo.isoDay(p) { return d }
        if let i = ingestedAt, let d = DocumentInfo.isoDay(i) { return d }
        return nil
    }

    static func isoDay(_ s: String) -> String? {
        let u = Array(s.utf8.prefix(10))
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(0x30...0x39).contains(u[i]) { return nil }
        return String(decoding: u, as: UTF8.self)
    }
}

/// Counts over a document's attributions. Mirrors ``DocumentAnalysis/Summary`` but can also be
/// built from stored columns.
public struct Counts: Sendable, Hashable {
    public var sentences: Int
    public var attributions: Int
    /// Attributions with a source (hedges have none).
    public var sourced: Int
    public var named: Int
    public var anonymous: Int
    public var vague: Int
    public var quotes: Int
    public var findings: Int

    public init(sentences: Int = 0, attributions: Int = 0, sourced: Int = 0, named: Int = 0, anonymous: Int = 0,
                vague: Int = 0, quotes: Int = 0, findings: Int = 0) {
        self.sentences = sentences
        self.attributions = attributions
        self.sourced = sourced
        self.named = named
        self.anonymous = anonymous
        self.vague = vague
        self.quotes = quotes
        self.findings = findings
    }

    public init(_ s: DocumentAnalysis.Summary) {
        self.init(sentences: s.sentences, attributions: s.attributions, sourced: s.sourced, named: s.named,
                  anonymous: s.anonymous, vague: s.vague, quotes: s.quotes, findings: s.findings)
    }

    /// Anonymous or vague attributions over attributions with a source (0 when none), as in
    /// ``DocumentAnalysis/Summary/anonymousShare``.
    public var anonymousShare: Double { sourced == 0 ? 0 : Double(anonymous + vague) / Double(sourced) }

    public static func + (a: Counts, b: Counts) -> Counts {
        Counts(sentences: a.sentences + b.sentences, attributions: a.attributions + b.attributions,
               sourced: a.sourced + b.sourced, named: a.named + b.named, anonymous: a.anonymous + b.anonymous,
               vague: a.vague + b.vague, quotes: a.quotes + b.quotes, findings: a.findings + b.findings)
    }
}

/// An editor's verdict on an attribution or a finding (`attrib review`).
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
    case confirmed, rejected, note
}

public struct Review: Sendable, Hashable {
    public var verdict: Verdict
    public var note: String?
    public var by: String
    /// ISO 8601, UTC.
    public var at: String

    public init(verdict: Verdict, note: String?, by: String, at: String) {
        self.verdict = verdict
        self.note = note
        self.by = by
        self.at = at
    }
}

/// The document a per-document source counts in.
public struct DocumentRef: Sendable, Hashable {
    /// The store's row id, when stored.
    public var id: Int64?
    /// A path, or the external id for JSON Lines records.
    public var name: String
    public var isExternalID: Bool
    public var title: String?

    public init(id: Int64? = nil, name: String, isExternalID: Bool = false, title: String? = nil) {
        self.id = id
        self.name = name
        self.isExternalID = isExternalID
        self.title = title
    }

    /// The title when there is one, else the name.
    public var displayName: String { title.map { $0.isEmpty ? name : $0 } ?? name }

    /// The title, else a path's file name (see ``DocumentInfo/shortName``).
    public var shortName: String { DocumentInfo.shortName(name: name, title: title, isExternalID: isExternalID) }
}

/// One source with how often it is cited.
public struct SourceTally: Sendable, Hashable {
    /// Normalized key (see ``SourceKey``).
    public var key: String
    public var kind: SourceKind
    /// The most complete form as written: the longest text among its mentions ("Dr. Miriam
    /// Achterberg" rather than "Achterberg").
    public var name: String
    /// Attributions citing it.
    public var mentions: Int
    /// Documents citing it.
    public var documents: Int
    /// For a source that counts per document (``SourceKey/isGeneric(kind:text:lexiconHead:)``:
    /// "the company", "critics"), the document; nil for one counted across the archive.
    public var document: DocumentRef?

    public init(key: String, kind: SourceKind, name: String, mentions: Int, documents: Int, document: DocumentRef? = nil) {
        self.key = key
        self.kind = kind
        self.name = name
        self.mentions = mentions
        self.documents = documents
        self.document = document
    }

    /// Most mentions first, then most documents, then key, kind and document.
    public static func ranked(_ a: SourceTally, _ b: SourceTally) -> Bool {
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        if a.documents != b.documents { return a.documents > b.documents }
        if a.key != b.key { return a.key.utf8.lexicographicallyPrecedes(b.key.utf8) }
        if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
        let x = a.document?.id ?? -1, y = b.document?.id ?? -1
        if x != y { return x < y }
        return (a.document?.name ?? "").utf8.lexicographicallyPrecedes((b.document?.name ?? "").utf8)
    }

    /// Whether `candidate` is a more complete way of writing a source than `current`: longer (in
    /// Unicode scalars), or as long and later in byte order — the store's
    /// ``Schema/sourceNameSQL`` makes the same choice.
    public static func isMoreComplete(_ candidate: String, than current: String) -> Bool {
        let a = candidate.unicodeScalars.count, b = current.unicodeScalars.count
        if a != b { return a > b }
        return current.utf8.lexicographicallyPrecedes(candidate.utf8)
    }
}

/// How often a finding rule fired.
public struct RuleTally: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var findings: Int
    public var documents: Int

    public init(rule: String, severity: Severity, findings: Int, documents: Int) {
        self.rule = rule
        self.severity = severity
        self.findings = findings
        self.documents = documents
    }
}
