import Foundation

/// One JSON Lines record: `{"id": …, "text": …, "title"?, "url"?, "published"?}`.
public enum JSONLinesRecord {
    /// Parses one line into a text document whose offsets are into the UTF-8 of `text`.
    /// `source` and `line` (1-based) name the record in errors.
    public static func parse(_ line: some Collection<UInt8>, source: String, line number: Int) throws -> SourceDocument {
        let bytes = Array(line)
        if let bad = UTF8Validation.check(bytes).invalidAt {
            throw AttribError.malformedJSONLine(name: source, line: number,
                                                reason: "not valid UTF-8 (first bad byte at offset \(bad) of the line)")
        }
        let data = Data(bytes)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw AttribError.malformedJSONLine(name: source, line: number, reason: "not valid JSON")
        }
        guard let dict = object as? [String: Any] else {
            throw AttribError.malformedJSONLine(name: source, line: number, reason: "expected a JSON object")
        }
        let id: String
        switch dict["id"] {
        case let s as String where !s.isEmpty: id = s
        // `n is Bool` is also true for the numbers 0 and 1; JSON booleans are the "c" type.
        case let n as NSNumber where String(cString: n.objCType) != "c": id = n.stringValue
        case nil: throw AttribError.malformedJSONLine(name: source, line: number, reason: "missing \"id\"")
        default: throw AttribError.malformedJSONLine(name: source, line: number, reason: "\"id\" must be a non-empty string or a number")
        }
        guard let text = dict["text"] as? String else {
            throw AttribError.malformedJSONLine(name: source, line: number,
                                                reason: dict["text"] == nil ? "missing \"text\"" : "\"text\" must be a string")
        }
        func optional(_ key: String) throws -> String? {
            switch dict[key] {
            case nil, is NSNull: return nil
            case let s as String: return s
            default: throw AttribError.malformedJSONLine(name: source, line: number, reason: "\"\(key)\" must be a string")
            }
        }
        let metadata = DocumentMetadata(title: try optional("title"), url: try optional("url"), published: try optional("published"))
        return SourceDocument(name: id, bytes: Array(text.utf8), format: .text, isExternalID: true, metadata: metadata)
    }
}
