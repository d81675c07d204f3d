@testable import AttribCore
import Testing

/// The Foundation-free JSON Lines path must give exactly what `JSONSerialization` gives, or step
/// aside (nil) so that the general path answers.
@Suite("JSON Lines fast path")
struct FastRecordTests {
    static let lines: [String] = [
        #"{"id": "ap-001", "text": "The vote passed. It was close."}"#,
        #"  {"text":"t","id":"x"}  "#,
        #"{"id": 42, "text": "x"}"#, #"{"id": -3, "text": "x"}"#, #"{"id": 0, "text": "x"}"#,
        #"{"id": 1, "text": "x"}"#, #"{"id": 2.5, "text": "x"}"#, #"{"id": 1e3, "text": "x"}"#,
        #"{"id": 123456789012345678901, "text": "x"}"#, #"{"id": -0, "text": "x"}"#, #"{"id": 007, "text": "x"}"#,
        #"{"id":"a","text":"t","title":"Storm","url":"https://x.org/a","published":"2025-01-02","extra":[1]}"#,
        #"{"id":"a","text":"t","title":null,"n":true,"m":false,"k":null,"z":-12}"#,
        #"{"id": 1, "text": "\u201cCaf\u00e9,\u201d she said.\nThen \"Ana\" left. \/ \\ \b\f\r\t"}"#,
        #"{"id": "e", "text": "emoji \ud83d\ude00 and \uD83C\uDDF5\uD83C\uDDF9 flags"}"#,
        #"{"id": "e", "text": "lone \ud83d surrogate"}"#, #"{"id": "e", "text": "lone \ude00 low"}"#,
        #"{"id": "e", "text": "bad \x escape"}"#, #"{"id": "e", "text": "short \u12"}"#,
        "{\"id\": \"c\", \"text\": \"raw\ttab\"}", #"{"id": "a", "id": "b", "text": "dup"}"#,
        #"{"id": "a", "text": "t",}"#, #"{"id": "a" "text": "t"}"#, #"{"id": "a", "text": "t"} x"#,
        #"{}"#, #"[]"#, #""s""#, #"{"id": "", "text": "x"}"#, #"{"id": true, "text": "x"}"#,
        #"{"id": "a", "text": 5}"#, #"{"id": "a", "text": "x", "url": 3}"#, #"{"id": "a", "text": "日本語のテキスト。"}"#,
        #"{"id": "a", "text": "t", "nested": {"k": [1, 2, {"x": null}]}}"#, #"{"id": "a", "text": "\u0000nul"}"#,
    ]

    @Test(arguments: lines)
    func fastPathAgreesWithFoundation(_ line: String) throws {
        let bytes = Array(line.utf8)
        let slow = Result { try JSONLinesRecord.parseWithFoundation(bytes, source: "f.jsonl", line: 1) }
        guard let fast = FastRecord.parse(bytes) else { return }  // the general path answers
        let expected = try slow.get()  // the fast path must never accept what Foundation rejects
        #expect(fast.name == expected.name)
        #expect(fast.bytes == expected.bytes)
        #expect(fast.metadata == expected.metadata)
        #expect(fast.isExternalID == expected.isExternalID)
    }

    @Test func commonRecordsTakeTheFastPath() {
        for line in [#"{"id": "ap-001", "text": "A \"quote\" \u00e9."}"#, #"{"id": 7, "text": "x", "title": null, "url": "u"}"#,
                     Self.lines[13], Self.lines[14], Self.lines[12]] {
            #expect(FastRecord.parse(Array(line.utf8)) != nil, "\(line)")
        }
    }
}
