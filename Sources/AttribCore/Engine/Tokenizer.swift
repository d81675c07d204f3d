/// Splits a sentence of analysed text into tokens at byte level. No regular expressions, no
/// per-token allocation: words carry a hash of their lower-cased bytes for lexicon lookup.
enum Tokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// The key of "'s", a literal so that reading it is a constant (see ``Keys``).
    static let possessiveKey: UInt64 = 0x07bb4507b485d7af

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = fnvOffset
        for var b in bytes {
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* fnvPrime
        }
        return h
    }

    /// The token keys of a lexicon phrase.
    static func keys(of phrase: String) -> [UInt64] {
        let bytes = Array(phrase.utf8)
        return bytes.withUnsafeBufferPointer { t in tokenize(t, 0..<t.count).map(\.key) }
    }

    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Token] {
        // News text runs about one token per five or six bytes; a little more room avoids a regrowth.
        let tokens = TokenBuffer(capacity: range.count / 4 + 4)
        tokenize(t, range, into: tokens)
        return Array(tokens.buffer)
    }

    /// Appends the tokens of `range` to `tokens` (a whole document's, sentence after sentence).
    static func tokenize(_ t: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: TokenBuffer) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = t[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1; continue }
            // Most tokens start with an ASCII letter or digit: no space or scalar test needed, and a
            // web address test only for h and w ("http", "www"), the bytes ``urlEnd`` starts with.
            let asciiWordStart = b < 0x80 && (ByteClass.isASCIILetter(b) || ByteClass.isDigit(b))
            if !asciiWordStart {
                let s = ByteClass.spaceLength(t, i)
                if s > 0 { i += s; continue }
            }
            if i + 3 < end && (b | 0x20 == 0x68 && t[i + 1] | 0x20 == 0x74 || b | 0x20 == 0x77 && t[i + 1] | 0x20 == 0x77),
               let e = urlEnd(t, i, end) {
                // "https://example.org/a.b?x=1", "www.example.org": one token, never a source.
                var h = fnvOffset
                for k in i..<e { h = (h ^ UInt64(t[k])) &* fnvPrime }
                tokens.append(Token(start: i, end: e, key: h, kind: .word, quote: nil, capitalized: false, allCaps: false,
                                    possessive: false))
                i = e
                continue
            }
            if asciiWordStart || isWordStart(t, i, end) {
                let start = i
                var h = fnvOffset
                var upperFirst = false
                var letters = 0
                var uppers = 0
                var digits = 0
                var possessive = false
                var first = true
                while i < end {
                    var c = t[i]
                    if c &- 0x61 < 26 {
                        // Lower-case ASCII letters, most bytes of a word: the short path. Wrapping
                        // adds: both counters stay below `end`, so no overflow check is needed.
                        letters &+= 1
                        h = (h ^ UInt64(c)) &* fnvPrime
                        i &+= 1
                        first = false
                        continue
                    }
                    var len = 1
                    if c < 0x80 {
                        if ByteClass.isASCIILetter(c) {
                            letters += 1
                            if ByteClass.isUpper(c) { uppers += 1; if first { upperFirst = true } }
                        } else if ByteClass.isDigit(c) {
                            digits += 1
                        } else if (c == 0x27 || c == 0x2E || c == 0x2D || c == 0x2C || c == 0x26 || c == 0x2F)
                                    && i + 1 < end && isWordByte(t, i + 1, end) {
                            // Internal apostrophe, period (U.S., 3.5), hyphen, thousands comma, & and /.
                            if c == 0x2C && !(digits > 0 && i + 1 < end && ByteClass.isDigit(t[i + 1])) { break }
                            // "Moss.The": a period typed without its space ends the word.
                            if c == 0x2E && Segmenter.missingSpace(t, i, i + 1, end) { break }
                            if c == 0x27 && isPossessive(t, i, end) { possessive = true; break }
                        } else if c == 0x2E && i - start >= 3 && t[i - 2] == 0x2E && ByteClass.isASCIILetter(t[i - 1]) {
                            // The final period of a dotted initialism: "U.S." keeps it.
                            h = (h ^ UInt64(c)) &* fnvPrime
                            i += 1
                            break
                        } else {
                            break
                        }
                    } else {
                        if c == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0x99 && i + 3 < end && isWordByte(t, i + 3, end) {
                            // ’ inside a word is an apostrophe; hash it as '.
                            if isPossessive(t, i, end) { possessive = true; break }
                            h = (h ^ 0x27) &* fnvPrime
                            i += 3
                            first = false
                            continue
                        }
                        let (scalar, l) = ByteClass.scalar(t, i)
                        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                                || scalar.properties.generalCategory == .nonspacingMark else { break }
                        letters += 1
                        if scalar.properties.isUppercase { uppers += 1; if first { upperFirst = true } }
                        len = l
                        for k in 0..<l { h = (h ^ UInt64(t[i + k])) &* fnvPrime }
                        i += len
                        first = false
                        continue
                    }
                    if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                    h = (h ^ UInt64(c)) &* fnvPrime
                    i += len
                    first = false
                }
                let isNumber = letters == 0 && digits > 0
                // The last one or two bytes, lower-cased (a word has at least one).
                var tail = UInt16(lowerASCII(t[i - 1]))
                if i - start >= 2 { tail |= UInt16(lowerASCII(t[i - 2])) << 8 }
                tokens.append(Token(start: start, end: i, key: h, kind: isNumber ? .number : .word, quote: nil,
                                    capitalized: upperFirst, allCaps: letters > 1 && uppers == letters, possessive: possessive,
                                    tail: tail))
                if possessive {
                    // The possessive "'s" is its own token, so "Hutchins's assessment" has "Hutchins".
                    let len = t[i] == 0x27 ? 2 : 4
                    tokens.append(Token(start: i, end: i + len, key: possessiveKey, kind: .word, quote: nil, capitalized: false,
                                        allCaps: false, possessive: true, tail: 0x2773))
                    i += len
                }
                continue
            }
            // Punctuation and quotes.
            var len = LineIndex.sequenceLength(b)
            if i + len > end { len = end - i }
            var kind = Token.Kind.punct
            var mark: Token.QuoteMark?
            if b == 0x22 {
                kind = .quote
                mark = straightQuoteOpens(t, i, 1, range) ? .open : .close
            } else if (b == 0x27 || b == 0x60) && i + 1 < end && t[i + 1] == b {
                // Doubled apostrophes ('' … '') and TeX's `` … '' stand for double quotation marks in
                // some archives; `` only ever opens.
                len = 2
                kind = .quote
                mark = b == 0x60 || straightQuoteOpens(t, i, 2, range) ? .open : .close
            } else if b == 0xE2 && len == 3 && t[i + 1] == 0x80 {
                if t[i + 2] == 0x9C || t[i + 2] == 0x9E { kind = .quote; mark = .open }  // “ „
                if t[i + 2] == 0x9D { kind = .quote; mark = .close }  // ”
                // A curly mark typed the wrong way round: “ after a word or punctuation with a space
                // or the end after it closes (“Not now,“ she said), ” after a space before a word opens.
                if kind == .quote, let turned = turnedCurlyQuote(t, i, range, mark!) { mark = turned }
            } else if b == 0xC2 && len == 2 {
                if t[i + 1] == 0xAB { kind = .quote; mark = .open }  // «
                if t[i + 1] == 0xBB { kind = .quote; mark = .close }  // »
            }
            var h = fnvOffset
            for k in 0..<len { h = (h ^ UInt64(t[i + k])) &* fnvPrime }
            if b == 0x2D && i + 1 < end && t[i + 1] == 0x2D {
                // A typed dash ("--", "---") is an em dash: "The deal -- officials said -- could …".
                len = 2
                while i + len < end && t[i + len] == 0x2D { len += 1 }
                h = Keys.dash
            }
            tokens.append(Token(start: i, end: i + len, key: h, kind: kind, quote: mark, capitalized: false, allCaps: false, possessive: false))
            i += len
        }
    }

    @inline(__always)
    static func lowerASCII(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }

    @inline(__always)
    /// The end of a web address starting at `i` ("http://", "https://", "www."), before any
    /// closing punctuation; nil when none starts there.
    static func urlEnd(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard t[i] == 0x68 || t[i] == 0x77 || t[i] == 0x48 || t[i] == 0x57 else { return nil }
        func lower(_ k: Int) -> UInt8 { k < end ? t[k] | 0x20 : 0 }
        var p: Int
        if lower(i) == 0x68 && lower(i + 1) == 0x74 && lower(i + 2) == 0x74 && lower(i + 3) == 0x70 {
            p = i + 4
            if lower(p) == 0x73 { p += 1 }
            guard p + 2 < end, t[p] == 0x3A, t[p + 1] == 0x2F, t[p + 2] == 0x2F else { return nil }
            p += 3
        } else if lower(i) == 0x77 && lower(i + 1) == 0x77 && lower(i + 2) == 0x77 && i + 3 < end && t[i + 3] == 0x2E {
            p = i + 4
        } else {
            return nil
        }
        if i > 0 && isWordByte(t, i - 1, end) { return nil }
        while p < end && t[p] > 0x20 && t[p] < 0x80 && t[p] != 0x22 && t[p] != 0x3C && t[p] != 0x3E { p += 1 }
        // Sentence punctuation after the address is not part of it.
        while p > i && (t[p - 1] == 0x2E || t[p - 1] == 0x2C || t[p - 1] == 0x3B || t[p - 1] == 0x3A || t[p - 1] == 0x29
                        || t[p - 1] == 0x21 || t[p - 1] == 0x3F || t[p - 1] == 0x27) { p -= 1 }
        return p
    }

    static func isWordStart(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = t[i]
        if c < 0x80 { return ByteClass.isASCIILetter(c) || ByteClass.isDigit(c) }
        if c == 0xE2 { return false }  // general punctuation, quotes, dashes
        let (s, _) = ByteClass.scalar(t, i)
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isWordByte(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let c = t[i]
        if c < 0x80 { return ByteClass.isASCIILetter(c) || ByteClass.isDigit(c) }
        return isWordStart(t, i, end)
    }

    private static func isPossessive(_ t: UnsafeBufferPointer<UInt8>, _ apostrophe: Int, _ end: Int) -> Bool {
        let next = t[apostrophe] == 0x27 ? apostrophe + 1 : apostrophe + 3
        guard next < end, t[next] | 0x20 == 0x73 else { return false }
        return next + 1 >= end || !isWordByte(t, next + 1, end)
    }

    /// A curly double mark (`len` 3 bytes at `i`) that its neighbours show to face the other way:
    /// an opening one glued to the word or punctuation before it with a space or the end after it,
    /// or a closing one after a space and glued to a letter after it. Nil when it faces as written.
    private static func turnedCurlyQuote(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ range: Range<Int>,
                                         _ mark: Token.QuoteMark) -> Token.QuoteMark? {
        let after = i + 3
        let spaceOrEndAfter = after >= range.upperBound || t[after] == 0x20 || t[after] == 0x0A || t[after] == 0x0D || t[after] == 0x09
        let gluedBefore = i > range.lowerBound && t[i - 1] != 0x20 && t[i - 1] != 0x0A && t[i - 1] != 0x0D && t[i - 1] != 0x09
            && t[i - 1] != 0x28 && t[i - 1] != 0x5B && !(t[i - 1] == 0x94 && i >= 3 && t[i - 3] == 0xE2)
        if mark == .open && gluedBefore && spaceOrEndAfter { return .close }
        let spaceBefore = i == range.lowerBound || t[i - 1] == 0x20 || t[i - 1] == 0x0A || t[i - 1] == 0x0D || t[i - 1] == 0x09
        if mark == .close && spaceBefore && after < range.upperBound && ByteClass.isASCIILetter(t[after]) { return .open }
        return nil
    }

    /// A straight double quote (`len` bytes at `i`: `"` or `''`) opens when what precedes it is
    /// space, an opening bracket or dash, or the start of the sentence — and a word or mark follows
    /// it: one with a space or the end after it closes (`"He told us 'wait,' "`).
    private static func straightQuoteOpens(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int, _ range: Range<Int>) -> Bool {
        let after = i + len
        if after >= range.upperBound && i > range.lowerBound { return false }
        if after < range.upperBound && i > range.lowerBound {
            let n = t[after]
            if n == 0x20 || n == 0x0A || n == 0x0D || n == 0x09 { return false }
        }
        if i == range.lowerBound { return true }
        let p = t[i - 1]
        if p == 0x20 || p == 0x0A || p == 0x0D || p == 0x09 || p == 0x28 || p == 0x5B || p == 0x2D || p == 0x3A { return true }
        if p >= 0x80 {
            // A multi-byte space or dash before it.
            var s = i - 1
            while s > range.lowerBound && t[s] & 0xC0 == 0x80 { s -= 1 }
            if ByteClass.spaceLength(t, s) > 0 { return true }
            if t[s] == 0xE2 && i - s == 3 && t[s + 1] == 0x80 && (t[s + 2] == 0x94 || t[s + 2] == 0x93) { return true }
        }
        if i + 1 < range.upperBound {
            // Quote then a letter, with a non-space before: `word"Word` is rare; treat as opening
            // only when followed by a letter and preceded by punctuation.
            let n = t[i + 1]
            if (p == 0x2C || p == 0x2E) && (ByteClass.isASCIILetter(n)) { return false }
        }
        return false
    }
}

/// A growable run of tokens written through a pointer: appending is a capacity check and a store,
/// with none of an array's copy-on-write checks per token. ``TokenStorage`` takes the allocation over.
final class TokenBuffer {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var buffer: UnsafeMutableBufferPointer<Token> { UnsafeMutableBufferPointer(start: base, count: count) }

    @inline(__always)
    func append(_ t: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: t)
        count &+= 1
    }

    @inline(never)
    private func grow() {
        let c = capacity * 2
        let p = UnsafeMutablePointer<Token>.allocate(capacity: c)
        p.moveInitialize(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    /// Hands the allocation over (the buffer is empty afterwards).
    func take() -> UnsafeMutableBufferPointer<Token> {
        let b = UnsafeMutableBufferPointer(start: base, count: count)
        base = .allocate(capacity: 16)
        capacity = 16
        count = 0
        return b
    }
}
