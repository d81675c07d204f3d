@testable import AttribCore
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    /// Suffixes longer than the two bytes kept in ``Token/tail`` are tested on the text.
    @Test func tokenSuffixes() {
        let text = Array("Officials were WARNING of flooding, he said.".utf8)
        let tokens = text.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<text.count) }
        let words = tokens.filter { $0.kind == .word }
        let warning = words[2], flooding = words[4], he = words[5]
        #expect(warning.endsWith("ng"))
        #expect(warning.endsWith("ing", in: text))
        #expect(flooding.endsWith("ding", in: text))
        #expect(flooding.endsWith("flooding", in: text))
        #expect(!flooding.endsWith("xflooding", in: text))
        #expect(!flooding.endsWith("ang", in: text))
        #expect(words[0].endsWith("ials", in: text))
        #expect(he.endsWith("he", in: text))
        #expect(!he.endsWith("she", in: text))
        #expect(he.endsWith("e"))
    }
}
