import AttribCore
import Foundation
import Testing

@Suite("LineIndex")
struct LineIndexTests {
    /// Byte offset of the first occurrence of `needle` in `text`.
    static func offset(of needle: String, in text: String) -> Int {
        let h = Array(text.utf8), n = Array(needle.utf8)
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        Issue.record("\(needle) not in text")
        return -1
    }

    static func location(_ text: String, _ needle: String) -> TextLocation {
        LineIndex(Array(text.utf8)).location(of: offset(of: needle, in: text))
    }

    @Test func lineFeedLines() {
        let text = "first line\nsecond line\n\nfourth"
        let index = LineIndex(Array(text.utf8))
        #expect(index.lineCount == 4)
        #expect(index.lineStarts == [0, 11, 23, 24])
        #expect(Self.location(text, "first") == TextLocation(line: 1, column: 1, utf16Column: 1, byteColumn: 1))
        #expect(Self.location(text, "line\n\n") == TextLocation(line: 2, column: 8, utf16Column: 8, byteColumn: 8))
        #expect(Self.location(text, "fourth") == TextLocation(line: 4, column: 1, utf16Column: 1, byteColumn: 1))
    }

    @Test func crlfAndLoneCRAreOneBreakEach() {
        // LF, CRLF, lone CR, then CR LF again: four breaks, five lines.
        let text = "a\nb\r\nc\rd\r\ne"
        let index = LineIndex(Array(text.utf8))
        #expect(index.lineCount == 5)
        #expect(index.lineStarts == [0, 2, 5, 7, 10])
        for (letter, line) in [("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)] {
            let loc = Self.location(text, letter)
            #expect(loc.line == line, "\(letter)")
            #expect(loc.column == 1, "\(letter)")
        }
        // Two consecutive lone CRs are two breaks (an empty line between).
        #expect(LineIndex(Array("x\r\ry".utf8)).lineCount == 3)
        // CR CR LF: a lone CR, then a CRLF.
        #expect(LineIndex(Array("x\r\r\ny".utf8)).lineStarts == [0, 2, 4])
    }

    @Test func columnsCountScalarsUTF16AndBytes() {
        // "é" is 2 bytes / 1 UTF-16 unit; "中" 3 bytes / 1 unit; "🗞" 4 bytes / 2 units; U+FE0F 3 bytes / 1 unit.
        let text = "x\né中🗞\u{FE0F} target"
        let loc = Self.location(text, "target")
        #expect(loc.line == 2)
        #expect(loc.column == 6)        // é 中 🗞 FE0F space → 5 scalars before
        #expect(loc.utf16Column == 7)   // 1 + 1 + 2 + 1 + 1 = 6 units before
        #expect(loc.byteColumn == 14)   // 2 + 3 + 4 + 3 + 1 = 13 bytes before
    }

    @Test func offsetInsideACharacterIsThatCharactersStart() {
        let bytes = Array("a中b".utf8)  // 中 occupies 1..<4
        let index = LineIndex(bytes)
        for inside in 1...3 {
            #expect(index.location(of: inside) == TextLocation(line: 1, column: 2, utf16Column: 2, byteColumn: 2))
        }
        #expect(index.location(of: 4) == TextLocation(line: 1, column: 3, utf16Column: 3, byteColumn: 5))
    }

    @Test func leadingBOMIsNotAColumnButOffsetsStayOriginal() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Hello\nWorld".utf8)
        let index = LineIndex(bytes)
        // "H" is at byte 3 but column 1.
        #expect(index.location(of: 3) == TextLocation(line: 1, column: 1, utf16Column: 1, byteColumn: 1))
        #expect(index.location(of: 4) == TextLocation(line: 1, column: 2, utf16Column: 2, byteColumn: 2))
        // Offsets inside the BOM clamp to column 1.
        #expect(index.location(of: 0).column == 1)
        #expect(index.location(of: 2).column == 1)
        // The way back lands after the BOM.
        #expect(index.offset(line: 1, column: 1) == 3)
        #expect(index.offset(line: 1, column: 3) == 5)
        // Line 2 is unaffected.
        #expect(index.location(of: 9) == TextLocation(line: 2, column: 1, utf16Column: 1, byteColumn: 1))
        #expect(index.offset(line: 2, column: 2) == 10)
    }

    @Test func roundTripEveryCharacterStart() {
        let text = "Ünïcødé line\r\nsecond 中文 line\rthird 🗞️ line\n\nlast"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        var i = 0
        while i < bytes.count {
            // The LF of a CRLF has no column of its own: the pair is one break.
            if bytes[i] == 0x0A && i > 0 && bytes[i - 1] == 0x0D { i += 1; continue }
            let loc = index.location(of: i)
            #expect(index.offset(line: loc.line, column: loc.column) == i, "offset \(i)")
            i += bytes[i] < 0x80 ? 1 : bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4
        }
        // The end of the document maps back to itself.
        let end = index.location(of: bytes.count)
        #expect(end.line == 5)
        #expect(index.offset(line: end.line, column: end.column) == bytes.count)
    }

    @Test func outOfRangeInputIsClamped() {
        let bytes = Array("ab\ncd".utf8)
        let index = LineIndex(bytes)
        #expect(index.location(of: -7) == TextLocation(line: 1, column: 1, utf16Column: 1, byteColumn: 1))
        #expect(index.location(of: 999) == index.location(of: bytes.count))
        #expect(index.location(of: 999) == TextLocation(line: 2, column: 3, utf16Column: 3, byteColumn: 3))
        #expect(index.offset(line: 0, column: 1) == 0)
        #expect(index.offset(line: -3, column: 2) == 1)
        #expect(index.offset(line: 99, column: 1) == 3)
        // A column past the end of a line stops before the line break.
        #expect(index.offset(line: 1, column: 50) == 2)
        #expect(index.offset(line: 2, column: 50) == 5)
        #expect(index.lineIndex(of: -1) == 0)
        #expect(index.lineIndex(of: 100) == 1)
    }

    /// Lines longer than 1 KB use checkpoints; every position must agree with a direct count.
    @Test(arguments: [0, 1, 255, 256, 300])
    func longLinesAgreeWithDirectCounting(_ pad: Int) {
        var text = String(repeating: "p", count: pad) + "\n"
        let pieces = ["Plain words. ", "Ünïcødé — ", "中文文本 ", "🗞️📰 ", "x\r\n", "café ", "abc"]
        var k = 0
        while text.utf8.count < 9000 + pad {
            text += pieces[k % pieces.count] + (k % 13 == 0 ? "" : "filler text ")
            if k % 97 == 96 { text += "\r" }
            k += 1
        }
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        // The reference: walk the scalars once, tracking line and columns.
        var expected: [Int: TextLocation] = [:]
        var line = 1, column = 1, utf16 = 1, byteColumn = 1, offset = 0
        let scalars = Array(text.unicodeScalars)
        for (j, sc) in scalars.enumerated() {
            expected[offset] = TextLocation(line: line, column: column, utf16Column: utf16, byteColumn: byteColumn)
            let width = String(sc).utf8.count
            offset += width
            if sc == "\n" || (sc == "\r" && (j + 1 == scalars.count || scalars[j + 1] != "\n")) {
                line += 1
                column = 1
                utf16 = 1
                byteColumn = 1
            } else {
                column += 1
                utf16 += sc.value > 0xFFFF ? 2 : 1
                byteColumn += width
            }
        }
        expected[offset] = TextLocation(line: line, column: column, utf16Column: utf16, byteColumn: byteColumn)
        var mismatches = 0
        for (o, want) in expected where index.location(of: o) != want {
            mismatches += 1
            if mismatches < 5 { Issue.record("offset \(o): \(index.location(of: o)) != \(want)") }
        }
        #expect(mismatches == 0)
        // Inside a character: its start.
        let emoji = LineIndexTests.offset(of: "🗞", in: text)
        #expect(index.location(of: emoji + 2) == index.location(of: emoji))
    }

    @Test func emptyDocument() {
        let index = LineIndex([])
        #expect(index.lineCount == 1)
        #expect(index.location(of: 0) == TextLocation(line: 1, column: 1, utf16Column: 1, byteColumn: 1))
        #expect(index.offset(line: 1, column: 1) == 0)
        #expect(index.offset(line: 4, column: 9) == 0)
    }

    @Test func trailingBreakStartsAnEmptyLastLine() {
        let index = LineIndex(Array("one\r\n".utf8))
        #expect(index.lineCount == 2)
        #expect(index.location(of: 5).line == 2)
        #expect(index.location(of: 3) == TextLocation(line: 1, column: 4, utf16Column: 4, byteColumn: 4))
    }
}

@Suite("Span")
struct SpanTests {
    @Test func basics() {
        let s = Span(3, 7)
        #expect(s.length == 4)
        #expect(!s.isEmpty)
        #expect(Span(5, 5).isEmpty)
        #expect(Span(start: 3, end: 7) == s)
        #expect(s.description == "3..<7")
    }

    @Test func containsIsHalfOpen() {
        let s = Span(3, 7)
        #expect(!s.contains(2))
        #expect(s.contains(3))
        #expect(s.contains(6))
        #expect(!s.contains(7))
        #expect(s.contains(Span(3, 7)))
        #expect(s.contains(Span(4, 5)))
        #expect(!s.contains(Span(2, 5)))
        #expect(!s.contains(Span(6, 8)))
    }

    @Test func overlapsExcludesTouching() {
        let s = Span(3, 7)
        #expect(s.overlaps(Span(6, 9)))
        #expect(s.overlaps(Span(0, 4)))
        #expect(s.overlaps(Span(4, 5)))
        #expect(!s.overlaps(Span(7, 9)))
        #expect(!s.overlaps(Span(0, 3)))
    }

    @Test func unionShiftAndOrder() {
        #expect(Span(3, 7).union(Span(10, 12)) == Span(3, 12))
        #expect(Span(5, 6).union(Span(1, 2)) == Span(1, 6))
        #expect(Span(3, 7).shifted(by: 10) == Span(13, 17))
        #expect(Span(13, 17).shifted(by: -13) == Span(0, 4))
        let sorted = [Span(4, 9), Span(1, 8), Span(4, 5), Span(0, 0)].sorted()
        #expect(sorted == [Span(0, 0), Span(1, 8), Span(4, 5), Span(4, 9)])
    }

    @Test func codableShape() throws {
        let data = try JSONEncoder().encode(Span(2, 9))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Int]
        #expect(object == ["start": 2, "end": 9])
        #expect(try JSONDecoder().decode(Span.self, from: data) == Span(2, 9))
    }

    @Test func documentTextClampsSpans() {
        let doc = SourceDocument(name: "d", bytes: Array("Hello, world".utf8), format: .text)
        #expect(doc.text(Span(7, 12)) == "world")
        #expect(doc.text(Span(7, 40)) == "world")
        #expect(doc.text(Span(40, 50)) == "")
    }
}
