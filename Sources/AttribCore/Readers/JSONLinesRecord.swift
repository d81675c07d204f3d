import Foundation

/// One JSON Lines record: `{"id": …, "text": …, "title"?, "url"?, "published"?}`.
public enum JSONLinesRecord {
    /// Parses one line into a text document whose offsets are into the UTF-8 of `text`.
    /// `source` and `line` (1-based) name the record in errors.
    public static func parse(_ line: some Collection<UInt8>, source: String, line number: Int) throws -> SourceDocument {
        let bytes = Array(line)
        if let bad = UTF8Validation.check(bytes).invalidAt {
            // A record is one line: the column is the characters before the byte, plus one.
            let column = UTF8Validation.position(of: bad, in: bytes).column
            throw AttribError.malformedJSONLine(name: source, line: number,
                                                reason: "not valid UTF-8 (byte \(AttribError.hex(bytes[bad])) at offset \(bad) of the line)",
                                                column: column)
        }
        if let fast = FastRecord.parse(bytes) { return fast }
        return try parseWithFoundation(bytes, source: source, line: number)
    }

    /// The general path: any JSON, and the wording of every error.
    static func parseWithFoundation(_ bytes: [UInt8], source: String, line number: Int) throws -> SourceDocument {
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

/// The common JSON Lines record read without Foundation: one flat object whose members are
/// strings, plain integers, booleans or null. Anything else (nesting, fractions, exponents,
/// duplicate keys, any error) returns nil and the record goes through `JSONSerialization`,
/// which also words the errors — so this path only ever gives the same answer, faster.
enum FastRecord {
    static func parse(_ b: [UInt8]) -> SourceDocument? {
        b.withUnsafeBufferPointer { p -> SourceDocument? in
            var r = Reader(p: p)
            var id: String?, text: [UInt8]?, title: String??, url: String??, published: String??
            r.space()
            guard r.take(0x7B) else { return nil }
            r.space()
            if !r.take(0x7D) {
                while true {
                    guard let key = r.string() else { return nil }
                    r.space()
                    guard r.take(0x3A) else { return nil }
                    r.space()
                    guard let value = r.value() else { return nil }
                    switch key {
                    case Array("id".utf8):
                        guard id == nil else { return nil }
                        switch value {
                        case let .string(s) where !s.isEmpty: id = String(decoding: s, as: UTF8.self)
                        case let .integer(s): id = s
                        default: return nil
                        }
                    case Array("text".utf8):
                        guard text == nil, case let .string(s) = value else { return nil }
                        text = s
                    case Array("title".utf8), Array("url".utf8), Array("published".utf8):
                        let v: String?
                        switch value {
                        case let .string(s): v = String(decoding: s, as: UTF8.self)
                        case .null: v = nil
                        default: return nil
                        }
                        if key == Array("title".utf8) { guard title == nil else { return nil }; title = .some(v) }
                        if key == Array("url".utf8) { guard url == nil else { return nil }; url = .some(v) }
                        if key == Array("published".utf8) { guard published == nil else { return nil }; published = .some(v) }
                    default:
                        break
                    }
                    r.space()
                    if r.take(0x2C) { r.space(); continue }
                    guard r.take(0x7D) else { return nil }
                    break
                }
            }
            r.space()
            guard r.i == p.count, let id, let text else { return nil }
            let metadata = DocumentMetadata(title: title ?? nil, url: url ?? nil, published: published ?? nil)
            return SourceDocument(name: id, bytes: text, format: .text, isExternalID: true, metadata: metadata)
        }
    }

    enum Value { case string([UInt8]), integer(String), other, null }

    struct Reader {
        let p: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func space() {
            while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }

        mutating func take(_ c: UInt8) -> Bool {
            guard i < p.count, p[i] == c else { return false }
            i += 1
            return true
        }

        mutating func literal(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard i + n <= p.count else { return false }
            for k in 0..<n where p[i + k] != s.utf8Start[k] { return false }
            i += n
            return true
        }

        mutating func value() -> Value? {
            guard i < p.count else { return nil }
            switch p[i] {
            case 0x22: return string().map { .string($0) }
            case 0x74: return literal("true") ? .other : nil
            case 0x66: return literal("false") ? .other : nil
            case 0x6E: return literal("null") ? .null : nil
            case 0x2D, 0x30...0x39:
                // Plain integers only ("-12", "0"); fractions and exponents take the slow path.
                let s = i
                if p[i] == 0x2D { i += 1 }
                guard i < p.count, p[i] >= 0x30 && p[i] <= 0x39 else { return nil }
                if p[i] == 0x30 { i += 1 } else { while i < p.count, p[i] >= 0x30 && p[i] <= 0x39 { i += 1 } }
                if i < p.count, p[i] == 0x2E || p[i] == 0x65 || p[i] == 0x45 { return nil }
                // Beyond 15 digits NSNumber's own rendering takes over.
                guard i - s <= 15, !(p[s] == 0x2D && i - s == 2 && p[s + 1] == 0x30) else { return nil }
                return .integer(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self))
            default: return nil
            }
        }

        /// A JSON string's UTF-8 (the line is valid UTF-8 already), escapes decoded.
        mutating func string() -> [UInt8]? {
            guard take(0x22) else { return nil }
            var out: [UInt8] = []
            var run = i
            while i < p.count {
                let c = p[i]
                if c == 0x22 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    i += 1
                    return out
                }
                if c < 0x20 { return nil }
                if c != 0x5C { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                guard i + 1 < p.count else { return nil }
                let e = p[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var u = hex4() else { return nil }
                    if u >= 0xD800 && u < 0xDC00 {
                        guard literal("\\u"), let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                    } else if u >= 0xDC00 && u < 0xE000 {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(u) else { return nil }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
                run = i
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= p.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = p[i]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }
    }
}
