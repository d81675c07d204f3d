@testable import AttribCore
import Testing

/// The engine's speed-minded tables against the plain facts they stand for.
@Suite("Engine tables")
struct EngineTablesTests {
    static func tokens(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<$0.count) }
    }

    /// A document's token storage for these sentences, with its lexicon hits, and where each
    /// sentence starts in it.
    static func storage(_ sentences: [[Token]], _ lexicon: SharedLexicon) -> (TokenStorage, [Int]) {
        var starts = [0]
        for s in sentences { starts.append(starts.last! + s.count) }
        let storage = TokenStorage(sentences.flatMap { $0 }, words: lexicon.words)
        lexicon.lexicon.hitTables(UnsafeBufferPointer(storage.tokens), starts: starts, into: storage)
        return (storage, starts)
    }

    static func hits(_ table: HitTable, count: Int) -> [[String]] {
        (0..<count).map { i in table[i].map { "\($0.group) \($0.end) \($0.cls.rawValue)" } }
    }

    /// A document's sentences share one set of hit arrays; each sentence's hits must be the ones it
    /// gets alone, and none may run into the next sentence ("according" ends one, "to" opens the next).
    @Test func documentHitTablesMatchSentenceAlone() {
        let lexicon = SharedLexicon(RuleSet.builtIn)
        let sentences = [
            "Two officials, who spoke on condition of anonymity, said the talks had stalled.",
            "",
            "The ministry declined to comment, according",
            "to the report, and analysts said it was reportedly the largest ever.",
            "He told reporters on Tuesday that the plan was dead.",
        ].map(EngineTablesTests.tokens)
        let (document, starts) = EngineTablesTests.storage(sentences, lexicon)
        let together = starts.dropLast().map { document.hitTable(base: $0) }
        #expect(together.count == sentences.count)
        for (k, s) in sentences.enumerated() {
            let (single, _) = EngineTablesTests.storage([s], lexicon)
            let alone = single.hitTable(base: 0)
            #expect(EngineTablesTests.hits(together[k], count: s.count) == EngineTablesTests.hits(alone, count: s.count))
            for i in 0..<s.count {
                #expect(together[k].mask(i) == alone.mask(i))
                #expect(together[k][i].allSatisfy { $0.end <= s.count })
            }
        }
        #expect(sentences[0].indices.contains { together[0].mask($0) != 0 })
    }

    /// The tokenizer's ASCII shortcut (a letter or digit starts a word at once; only h and w are
    /// tried as a web address) must give what the general path gives: one word per run, web
    /// addresses still whole.
    @Test func asciiWordStartsMatchTheGeneralPath() {
        for b in UInt8(0x21)..<0x7F {
            let c = Character(Unicode.Scalar(b))
            let text = "x \(c)ab \(c)"
            let toks = EngineTablesTests.tokens(text)
            let wordStart = c.isASCII && (c.isLetter || c.isNumber)
            if wordStart {
                #expect(toks.count == 3, "\(c)")
                #expect(toks.map { $0.end - $0.start } == [1, 3, 1], "\(c)")
                #expect(toks[1].key == Tokenizer.hash(Array("\(c)ab".utf8)), "\(c)")
                #expect(toks[1].capitalized == (c.isUppercase), "\(c)")
                #expect(toks[1].kind == .word, "\(c)")
            } else {
                #expect(toks.count >= 3, "\(c)")
            }
        }
        let urls = EngineTablesTests.tokens("See https://example.org/a and WWW.example.org, or what Hwy 5 holds.")
        #expect(urls.map { $0.end - $0.start } == [3, 21, 3, 15, 1, 2, 4, 3, 1, 5, 1])
    }

    /// The matcher's memo of source phrases must answer what ``SentenceContext/sourceEnding(before:floor:)``
    /// answers, at every token, asked once or twice and in any order.
    @Test func memoisedSourcePhrasesMatchTheDirectOnes() {
        let lexicon = SharedLexicon(RuleSet.builtIn)
        let texts = [
            "Two senior officials, who spoke on condition of anonymity, said the talks had stalled.",
            "The ministry of defence, which declined to comment, and analysts at Barclays said it was over.",
            "\u{201C}We will not sign,\u{201D} Dana Cole, a spokeswoman for the school district, told reporters on Tuesday.",
            "A Republican strategist who advises the campaign said the poll was wrong, according to people close to him.",
        ]
        func describe(_ p: SourcePhrase?) -> String {
            p.map { "\($0.start) \($0.end) \($0.kind) \($0.certainty) \(String(describing: $0.aside)) \($0.group ?? "-")" } ?? "nil"
        }
        for text in texts {
            let tokens = EngineTablesTests.tokens(text)
            let (storage, _) = EngineTablesTests.storage([tokens], lexicon)
            let c = SentenceContext(index: 0, paragraph: 0, storage: storage, range: 0..<tokens.count, hits: storage.hitTable(base: 0), lexicon: lexicon)
            var found = 0
            for end in stride(from: c.count, through: 0, by: -1) {
                let direct = describe(c.sourceEnding(before: end))
                #expect(describe(c.memoSourceEnding(before: end)) == direct, "\(text) @\(end)")
                #expect(describe(c.memoSourceEnding(before: end)) == direct, "\(text) @\(end), again")
                if direct != "nil" { found += 1 }
            }
            #expect(found > 0, "\(text)")
        }
    }
}
