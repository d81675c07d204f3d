import AttribCore

/// A sentence as reported: original offsets, 1-based position and text.
public struct SentenceRow: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var text: String

    public init(start: Int, end: Int, line: Int, column: Int, text: String) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.text = text
    }

    public init(_ sentence: Sentence, in document: SourceDocument, lines: LineIndex) {
        let loc = lines.location(of: sentence.span.start)
        self.init(start: sentence.span.start, end: sentence.span.end, line: loc.line, column: loc.column,
                  text: document.text(sentence.span))
    }
}

/// Renders `attrib segment` output.
public enum SegmentReport {
    /// `path:line:column: sentence` lines; line breaks inside a sentence become spaces.
    public static func text(name: String, rows: [SentenceRow]) -> String {
        var out = ""
        for r in rows {
            out += "\(name):\(r.line):\(r.column): \(oneLine(r.text))\n"
        }
        return out
    }

    /// One document object: `{"path"|"id":…,"sentences":[{"start","end","line","column","text"}]}`.
    public static func writeDocument(_ w: inout JSONWriter, name: String, isExternalID: Bool, rows: [SentenceRow]) {
        w.beginObject()
        w.member(isExternalID ? "id" : "path", name)
        w.beginArray("sentences")
        for r in rows {
            w.beginObject()
            w.member("start", r.start)
            w.member("end", r.end)
            w.member("line", r.line)
            w.member("column", r.column)
            w.member("text", r.text)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// A document's sentences written straight from its bytes, as ``text(name:rows:)`` or
    /// ``writeDocument(_:name:isExternalID:rows:)`` write them, without a string per sentence; the
    /// output goes to `drain` a megabyte at a time. For documents too large to hold their output.
    public static func stream(_ document: SourceDocument, sentences: [Sentence], lines: LineIndex, json: Bool,
                              drain: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20 + 4096)
        func flush(_ force: Bool = false) {
            if force || out.count >= 1 << 20 { drain(out); out.removeAll(keepingCapacity: true) }
        }
        if json {
            var w = JSONWriter(capacity: 1 << 20 + 4096)
            w.beginObject()
            w.member(document.isExternalID ? "id" : "path", document.name)
            w.beginArray("sentences")
            for s in sentences {
                if w.count >= 1 << 20 { drain(w.take()) }
                let loc = lines.location(of: s.span.start)
                w.beginObject()
                w.member("start", s.span.start)
                w.member("end", s.span.end)
                w.member("line", loc.line)
                w.member("column", loc.column)
                w.key("text")
                w.quotedBytes(document.bytes, s.span.start..<s.span.end)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            drain(w.take())
            return
        }
        let name = Array(document.name.utf8)
        for s in sentences {
            let loc = lines.location(of: s.span.start)
            out += name
            out += Array(":\(loc.line):\(loc.column): ".utf8)
            // Runs of CR, LF and tab become one space, as oneLine(_:) does.
            var lastWasBreak = false
            for i in s.span.start..<s.span.end {
                let b = document.bytes[i]
                if b == 0x0A || b == 0x0D || b == 0x09 {
                    if !lastWasBreak { out.append(0x20) }
                    lastWasBreak = true
                } else {
                    out.append(b)
                    lastWasBreak = false
                }
            }
            out.append(0x0A)
            flush()
        }
        flush(true)
    }

    /// Collapses every run of line breaks (CR, LF, CRLF) and tabs to a single space.
    public static func oneLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return s }
        var out = ""
        var lastWasBreak = false
        for ch in s.unicodeScalars {
            if ch == "\n" || ch == "\r" || ch == "\t" {
                if !lastWasBreak { out.unicodeScalars.append(" ") }
                lastWasBreak = true
            } else {
                out.unicodeScalars.append(ch)
                lastWasBreak = false
            }
        }
        return out
    }
}
