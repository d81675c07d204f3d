import AttribCore
import Testing

@Suite("JSON Lines records")
struct JSONLinesRecordTests {
    func parse(_ line: String, number: Int = 7) throws -> SourceDocument {
        try JSONLinesRecord.parse(Array(line.utf8), source: "feed.jsonl", line: number)
    }

    func reason(_ line: String, number: Int = 7) -> AttribError? {
        do {
            _ = try parse(line, number: number)
            return nil
        } catch let e as AttribError {
            return e
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func stringID() throws {
        let doc = try parse(#"{"id": "ap-001", "text": "The vote passed. It was close."}"#)
        #expect(doc.name == "ap-001")
        #expect(doc.isExternalID)
        #expect(doc.format == .text)
        #expect(doc.bytes == Array("The vote passed. It was close.".utf8))
        #expect(doc.metadata == DocumentMetadata())
    }

    @Test func numericIDs() throws {
        #expect(try parse(#"{"id": 42, "text": "x"}"#).name == "42")
        #expect(try parse(#"{"id": -3, "text": "x"}"#).name == "-3")
        // 0 and 1 bridge to Bool in Foundation; they are still numbers here.
        #expect(try parse(#"{"id": 0, "text": "x"}"#).name == "0")
        #expect(try parse(#"{"id": 1, "text": "x"}"#).name == "1")
        #expect(try parse(#"{"id": 2.5, "text": "x"}"#).name == "2.5")
    }

    @Test func metadata() throws {
        let doc = try parse(#"{"id":"a","text":"t","title":"Storm","url":"https://x.org/a","published":"2025-01-02","extra":[1]}"#)
        #expect(doc.metadata == DocumentMetadata(title: "Storm", url: "https://x.org/a", published: "2025-01-02"))
        #expect(try parse(#"{"id":"a","text":"t","title":null}"#).metadata.title == nil)
    }

    @Test func offsetsAreIntoTheDecodedText() throws {
        // JSON escapes decode before segmenting: offsets count UTF-8 bytes of the decoded text.
        let doc = try parse(#"{"id": 1, "text": "\u201cCaf\u00e9,\u201d she said.\nThen \"Ana\" left."}"#)
        let text = "“Café,” she said.\nThen \"Ana\" left."
        #expect(doc.bytes == Array(text.utf8))
        let sentences = ReaderCheck.segmenter.sentences(in: try DocumentReader.prose(for: doc))
        #expect(sentences.map(\.span) == [Span(0, 22), Span(23, 39)])
        #expect(sentences.map { doc.text($0.span) } == ["“Café,” she said.", "Then \"Ana\" left."])
    }

    @Test func invalidUTF8InALineNamesTheByte() {
        let line: [UInt8] = Array(#"{"id": "a", "text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        do {
            _ = try JSONLinesRecord.parse(line, source: "feed.jsonl", line: 3)
            Issue.record("accepted invalid UTF-8")
        } catch let e as AttribError {
            #expect(e == .malformedJSONLine(name: "feed.jsonl", line: 3, reason: "not valid UTF-8 (byte 0xE9 at offset 24 of the line)", column: 25))
            #expect(e.description == "feed.jsonl:3:25: malformed JSON line: not valid UTF-8 (byte 0xE9 at offset 24 of the line)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func errorsNameTheLine() {
        let cases: [(String, String)] = [
            (#"{"text": "no id"}"#, #"missing "id""#),
            (#"{"id": "", "text": "x"}"#, #""id" must be a non-empty string or a number"#),
            (#"{"id": true, "text": "x"}"#, #""id" must be a non-empty string or a number"#),
            (#"{"id": false, "text": "x"}"#, #""id" must be a non-empty string or a number"#),
            (#"{"id": null, "text": "x"}"#, #""id" must be a non-empty string or a number"#),
            (#"{"id": ["a"], "text": "x"}"#, #""id" must be a non-empty string or a number"#),
            (#"{"id": "a"}"#, #"missing "text""#),
            (#"{"id": "a", "text": 5}"#, #""text" must be a string"#),
            (#"{"id": "a", "text": "x", "url": 3}"#, #""url" must be a string"#),
            (#"["id", "text"]"#, "expected a JSON object"),
            (#""just a string""#, "expected a JSON object"),
            (#"{"id": "a", "text": "unterminated}"#, "not valid JSON"),
            (#"{"id": "a", "text": "x"} trailing"#, "not valid JSON"),
        ]
        for (line, why) in cases {
            let error = reason(line, number: 12)
            #expect(error == .malformedJSONLine(name: "feed.jsonl", line: 12, reason: why), "\(line)")
            #expect(error?.description == "feed.jsonl:12: malformed JSON line: \(why)")
        }
    }
}

@Suite("Input validation")
struct InputValidationTests {
    func error(_ bytes: [UInt8], _ format: InputFormat = .text) -> AttribError? {
        do {
            _ = try DocumentReader.prose(for: SourceDocument(name: "in.txt", bytes: bytes, format: format))
            return nil
        } catch let e as AttribError {
            return e
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    @Test func validUTF8Passes() {
        #expect(error(Array("Plain ASCII. Ünïcødé 中文 🗞️".utf8)) == nil)
        #expect(error([]) == nil)
        #expect(error([0xEF, 0xBB, 0xBF]) == nil)
        // The largest scalar and the last one before the surrogates.
        #expect(error([0x41, 0xF4, 0x8F, 0xBF, 0xBF, 0xED, 0x9F, 0xBF]) == nil)
    }

    @Test(arguments: [
        ([0x41, 0x42, 0xFF, 0x43], 2),                  // never valid
        ([0x41, 0x80], 1),                              // lone continuation byte
        ([0xC0, 0x80], 0),                              // overlong NUL
        ([0x41, 0xC1, 0xBF], 1),                        // overlong
        ([0x41, 0x42, 0x43, 0xE0, 0x80, 0x80], 3),      // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),                        // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),                  // above U+10FFFF
        ([0xF5, 0x80, 0x80, 0x80], 0),                  // invalid lead
        ([0x61, 0x62, 0xE4, 0xB8], 2),                  // truncated at the end
        ([0x61, 0xE4, 0x41, 0x42], 1),                  // truncated in the middle
        ([0xE2, 0x80, 0x9C, 0x61, 0xC3], 4),            // after a valid multi-byte character
    ] as [([UInt8], Int)])
    func invalidUTF8NamesTheFirstBadByte(_ bytes: [UInt8], _ offset: Int) {
        // One line: the column counts the characters before the bad byte.
        let column = 1 + bytes[..<offset].count { $0 & 0xC0 != 0x80 }
        let want = AttribError.invalidUTF8(name: "in.txt", offset: offset, line: 1, column: column, byte: bytes[offset])
        #expect(error(bytes) == want)
        #expect(error(bytes, .markdown) == want)
        #expect(error(bytes, .html) == want)
    }

    @Test func messageNamesFileLineColumnAndOffset() {
        #expect(error([0x41, 0xFF])?.description == "in.txt:1:2: not valid UTF-8 (byte 0xFF at offset 1)")
        // Lines end at LF, CR and CRLF; columns count characters, so an emoji or CJK before the
        // byte counts once.
        for (prefix, line) in [("Intro.\n", 2), ("One.\r\nTwo.\r\n", 3), ("One.\rTwo.\n\n", 4)] {
            for lead in ["", "🦊 ", "据报道 "] {
                let bytes = Array((prefix + lead + "caf").utf8) + [0xE9] + Array(" ok".utf8)
                let offset = (prefix + lead + "caf").utf8.count
                let column = 1 + lead.unicodeScalars.count + 3
                #expect(error(bytes)?.description == "in.txt:\(line):\(column): not valid UTF-8 (byte 0xE9 at offset \(offset))")
            }
        }
    }

    @Test func nulBytesMeanBinary() {
        #expect(error([0x41, 0x00, 0x42]) == .binaryInput(name: "in.txt"))
    }

    @Test func documentsBeyond32BitOffsetsAreRefused() {
        // Offsets are kept in 32 bits: a larger document is refused by name, not read with wrong positions.
        #expect(throws: AttribError.documentTooLarge(name: "huge.html", size: Int(Int32.max) + 1)) {
            try DocumentReader.checkSize(Int(Int32.max) + 1, name: "huge.html")
        }
        #expect(throws: Never.self) { try DocumentReader.checkSize(Int(Int32.max), name: "big.html") }
        #expect(AttribError.documentTooLarge(name: "huge.html", size: 3_000_000_000).description
                == "huge.html: 3000000000 bytes is more than one document may hold (2147483647 bytes); split it into smaller documents")
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x00]) != nil)
        #expect(error([0x41, 0x00])?.description.contains("binary") == true)
    }

    @Test func formatFromExtension() {
        #expect(InputFormat.from(path: "a/b.TXT") == .text)
        #expect(InputFormat.from(path: "story.md") == .markdown)
        #expect(InputFormat.from(path: "story.markdown") == .markdown)
        #expect(InputFormat.from(path: "page.htm") == .html)
        #expect(InputFormat.from(path: "page.html") == .html)
        #expect(InputFormat.from(path: "feed.jsonl") == .jsonl)
        #expect(InputFormat.from(path: "data.csv") == nil)
        #expect(InputFormat.from(path: "dir.md/README") == nil)
        #expect(InputFormat.from(path: "noextension") == nil)
    }
}
