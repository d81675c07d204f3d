/// The formats attrib reads. `auto` picks one from the file extension.
public enum InputFormat: String, CaseIterable, Sendable, Codable {
    case auto, text, markdown, html, jsonl

    /// The format implied by a path's extension, or `nil` for an extension attrib does not read.
    public static func from(path: String) -> InputFormat? {
        let lower = path.lowercased()
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}

/// Optional metadata that JSON Lines input (or front matter) may carry.
public struct DocumentMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var url: String?
    public var published: String?
    public init(title: String? = nil, url: String? = nil, published: String? = nil) {
        self.title = title
        self.url = url
        self.published = published
    }
}

/// One document exactly as read. `bytes` are never modified: every span points into them.
public struct SourceDocument: Sendable {
    /// A path for files, or the external `id` for JSON Lines records.
    public var name: String
    /// True when `name` is an external id (JSON Lines) rather than a path.
    public var isExternalID: Bool
    public var bytes: [UInt8]
    /// The concrete format (never `.auto` or `.jsonl`: a JSON Lines record is read as text).
    public var format: InputFormat
    public var metadata: DocumentMetadata

    public init(name: String, bytes: [UInt8], format: InputFormat, isExternalID: Bool = false,
                metadata: DocumentMetadata = DocumentMetadata()) {
        self.name = name
        self.bytes = bytes
        self.format = format
        self.isExternalID = isExternalID
        self.metadata = metadata
    }

    /// The original text of a span (invalid UTF-8 is repaired, which cannot happen for documents
    /// that passed validation).
    public func text(_ span: Span) -> String {
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
