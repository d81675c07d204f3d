import AttribCore
import AttribReports
import TestSupport
import Foundation
import Testing

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}

@Suite("JSONWriter")
struct JSONWriterTests {
    func text(_ w: JSONWriter) -> String { String(decoding: w.bytes, as: UTF8.self) }

    @Test func nestedStructureHasCommasInTheRightPlaces() {
        var w = JSONWriter()
        w.beginObject()
        w.member("a", 1)
        w.beginArray("list")
        w.int(1)
        w.beginObject()
        w.member("b", true)
        w.member("c", nil as String?)
        w.endObject()
        w.beginArray()
        w.endArray()
        w.string("x")
        w.endArray()
        w.beginObject("o")
        w.endObject()
        w.key("d")
        w.null()
        w.endObject()
        #expect(text(w) == #"{"a":1,"list":[1,{"b":true,"c":null},[],"x"],"o":{},"d":null}"#)
        // The output is JSON.
        #expect((try? JSONSerialization.jsonObject(with: Data(w.bytes))) != nil)
    }

    /// Strings are scanned eight bytes at a time for bytes that need an escape: every byte value,
    /// at every position of a word and amid bytes of other values, is escaped exactly as the
    /// byte-by-byte rule says, and integers of every length print as `String` does.
    @Test func escapesAndDigitsMatchTheirByteByByteReference() throws {
        func reference(_ bytes: [UInt8]) -> String {
            var s = "\""
            for b in bytes {
                switch b {
                case 0x22: s += "\\\""
                case 0x5C: s += "\\\\"
                case 0x0A: s += "\\n"
                case 0x0D: s += "\\r"
                case 0x09: s += "\\t"
                case 0x08: s += "\\b"
                case 0x0C: s += "\\f"
                case 0..<0x20, 0x7F: s += "\\u00" + String(b, radix: 16).leftPadded(2)
                default: s += String(UnicodeScalar(b))
                }
            }
            return s + "\""
        }
        var rng = SystemRandomNumberGenerator()
        for value in 0...127 {
            for position in 0..<19 {
                var bytes = [UInt8](repeating: 0x61, count: 19)
                bytes[position] = UInt8(value)
                var w = JSONWriter()
                w.quotedBytes(bytes, 0..<bytes.count)
                #expect(text(w) == reference(bytes), "byte \(value) at \(position)")
            }
        }
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in [0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x1F, 0x0A, 0x61][Int.random(in: 0...10, using: &rng)] as UInt8 }
            var w = JSONWriter()
            w.quotedBytes(bytes, 0..<bytes.count)
            #expect(text(w) == reference(bytes))
        }
        for n in [0, 7, 9, 10, 99, 100, 12345, Int.max, -1, -10, Int.min + 1] + (0..<200).map({ _ in Int.random(in: Int.min + 1...Int.max, using: &rng) }) {
            var w = JSONWriter()
            w.int(n)
            #expect(text(w) == String(n))
        }
    }

    @Test func resetStartsOver() {
        var w = JSONWriter()
        w.beginArray()
        w.int(1)
        w.reset()
        w.beginArray()
        w.int(2)
        w.endArray()
        #expect(text(w) == "[2]")
    }

    /// Every finite double formats as a JSON number, however large or small; none traps.
    @Test(arguments: [0.0, 0.5, -0.25, 1e-7, -3e-12, 123_456.789, 1e15, 9.3e18, -1e19, 1.7976931348623157e308])
    func numbersOfAnyMagnitudeAreValidJSON(value: Double) throws {
        let text = JSONWriter.format(value, places: 2)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8), options: []) as? [NSNumber]
        let back = try #require(parsed?.first).doubleValue
        let expected = (value * 100).isFinite ? (value * 100).rounded() / 100 : value
        #expect(abs(back - expected) <= abs(value) * 1e-12, "\(value) → \(text)")
        #expect(!text.contains("e") && !text.contains("inf"), "fixed notation: \(text)")
    }

    /// The writer prints common numbers without making a `String`; what it prints must be what
    /// `format` prints, for every number of 10^-4 steps near zero and for samples up to 10^11.
    @Test func writerNumbersMatchFormat() {
        var values: [Double] = (-30_000...30_000).map { Double($0) / 10_000 }
        values += [0.85 * 0.9, 0.855, 0.6175, 0.765, 2.0 / 3.0, -0.0, 0.00004, 0.00005, -0.00005, 1e-9, 99_999_999.99995, -12_345_678.9, 7e10 + 0.123]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { values.append(Double.random(in: -1e11...1e11, using: &generator)) }
        for _ in 0..<20_000 { values.append(Double.random(in: -2...2, using: &generator)) }
        for places in [0, 2, 4] {
            for v in values {
                var w = JSONWriter()
                w.double(v, places: places)
                let written = String(decoding: w.bytes, as: UTF8.self)
                let expected = JSONWriter.format(v, places: places)
                if written != expected { Issue.record("\(v) places \(places): \(written) ≠ \(expected)"); return }
            }
        }
    }

    @Test func negativeAndExtremeIntegers() {
        var w = JSONWriter()
        w.beginArray()
        for i in [0, 7, -7, 1_000_000, Int.max, Int.min] { w.int(i) }
        w.endArray()
        #expect(text(w) == "[0,7,-7,1000000,\(Int.max),\(Int.min)]")
    }

    @Test func stringEscapes() {
        #expect(JSONWriter.quoted("plain") == #""plain""#)
        #expect(JSONWriter.quoted("say \"hi\" \\ there") == #""say \"hi\" \\ there""#)
        #expect(JSONWriter.quoted("a\nb\rc\td\u{08}e\u{0C}f") == #""a\nb\rc\td\be\ff""#)
        #expect(JSONWriter.quoted("\u{01}\u{1F}\u{7F}") == #""\u0001\u001f\u007f""#)
        // Non-ASCII is written as UTF-8, not escaped; "/" needs no escape.
        #expect(JSONWriter.quoted("“Café” 中文 🗞️ a/b") == "\"“Café” 中文 🗞️ a/b\"")
        // Every escaped string decodes back to itself.
        for s in ["", "\u{00}", "x\u{2028}y", "\"\\\"", "tab\tline\r\n"] {
            let decoded = try? JSONSerialization.jsonObject(with: Data(JSONWriter.quoted(s).utf8), options: [.fragmentsAllowed]) as? String
            #expect(decoded == s, "\(s.debugDescription)")
        }
    }

    @Test func numbers() {
        #expect(JSONWriter.format(0.93, places: 4) == "0.93")
        #expect(JSONWriter.format(1.0, places: 4) == "1")
        #expect(JSONWriter.format(0.5, places: 4) == "0.5")
        #expect(JSONWriter.format(-2.25, places: 4) == "-2.25")
        #expect(JSONWriter.format(2.0 / 3.0, places: 4) == "0.6667")
        #expect(JSONWriter.format(0.00001, places: 4) == "0")
        #expect(JSONWriter.format(.nan, places: 4) == "null")
        #expect(JSONWriter.format(.infinity, places: 2) == "null")
        // Large values are written in fixed notation, never with an exponent.
        #expect(JSONWriter.format(1e16, places: 2) == "10000000000000000")
        var w = JSONWriter()
        w.beginArray()
        w.double(12.3456789, places: 2)
        w.int(-7)
        w.endArray()
        #expect(text(w) == "[12.35,-7]")
    }
}

@Suite("SegmentReport")
struct SegmentReportTests {
    @Test func textLines() {
        let rows = [
            SentenceRow(start: 0, end: 5, line: 1, column: 1, text: "One."),
            SentenceRow(start: 6, end: 20, line: 1, column: 7, text: "Two\r\n  lines\tand\n\nmore."),
        ]
        #expect(SegmentReport.text(name: "a.txt", rows: rows) == "a.txt:1:1: One.\na.txt:1:7: Two   lines and more.\n")
        #expect(SegmentReport.text(name: "a.txt", rows: []) == "")
    }

    @Test func oneLineCollapsesBreakRuns() {
        #expect(SegmentReport.oneLine("a\r\nb") == "a b")
        #expect(SegmentReport.oneLine("a\r\rb\n\n\nc") == "a b c")
        #expect(SegmentReport.oneLine("no breaks") == "no breaks")
    }

    @Test func documentShapeWithPathOrID() {
        let rows = [SentenceRow(start: 3, end: 9, line: 2, column: 4, text: "Hi \"x\"")]
        var w = JSONWriter()
        SegmentReport.writeDocument(&w, name: "dir/a.md", isExternalID: false, rows: rows)
        #expect(String(decoding: w.bytes, as: UTF8.self)
                == #"{"path":"dir/a.md","sentences":[{"start":3,"end":9,"line":2,"column":4,"text":"Hi \"x\""}]}"#)
        w.reset()
        SegmentReport.writeDocument(&w, name: "42", isExternalID: true, rows: [])
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"id":"42","sentences":[]}"#)
    }

    @Test func rowFromASentence() throws {
        let text = "First line.\r\n“Café” second."
        let doc = SourceDocument(name: "d.txt", bytes: Array(text.utf8), format: .text)
        let sentences = Segmenter(abbreviations: .builtIn).sentences(in: try DocumentReader.prose(for: doc))
        let rows = sentences.map { SentenceRow($0, in: doc, lines: LineIndex(doc.bytes)) }
        #expect(rows == [
            SentenceRow(start: 0, end: 11, line: 1, column: 1, text: "First line."),
            SentenceRow(start: 13, end: 32, line: 2, column: 1, text: "“Café” second."),
        ])
    }
}

@Suite struct AnalysisTextTests {
    @Test func summaryCountsAreSingularForOne() {
        // The sample has 7 sentences, 5 attributions, 1 direct quote and 4 findings.
        let one = AnalysisText.render(Sample.analysis(), style: .init(color: false))
        #expect(one.contains("summary: 7 sentences, 5 attributions (2 named, 1 anonymous, 1 vague), 1 quote, 4 findings;"))
        let short = Sample.article.split(separator: "\n").prefix(2).joined(separator: "\n")
        let none = AnalysisText.render(Sample.analysis(text: short), style: .init(color: false))
        #expect(none.contains("summary: 2 sentences, 1 attribution (0 named, 1 anonymous, 0 vague), 0 quotes, 1 finding;"))
    }
}
