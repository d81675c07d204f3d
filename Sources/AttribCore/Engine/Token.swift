/// One token of a sentence, with offsets into the analysed text (``ProseText/bytes``).
///
/// 24 bytes: every token of a document is held at once, about one per five bytes of text, so its
/// size is a multiple of the document's in memory. Offsets are stored as 32-bit numbers (a document
/// holds at most ``DocumentReader/maxDocumentBytes``) and read as `Int`.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
        /// A double quotation mark; see ``Token/quote``.
        case quote
    }

    enum QuoteMark: UInt8, Sendable { case open, close }

    /// FNV-1a hash of the lower-cased bytes (curly apostrophes folded to `'`).
    var key: UInt64
    private var start32: Int32
    private var end32: Int32
    var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }
    var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }
    var kind: Kind
    var quote: QuoteMark?
    /// First letter upper-case.
    var capitalized: Bool
    /// Every letter upper-case (and more than one letter).
    var allCaps: Bool
    /// Ends in "'s" / "’s".
    var possessive: Bool
    /// The last two bytes, lower-cased (ASCII), for suffix tests such as "-ly" and "-s".
    var tail: UInt16 = 0

    init(start: Int, end: Int, key: UInt64, kind: Kind, quote: QuoteMark?, capitalized: Bool, allCaps: Bool,
         possessive: Bool, tail: UInt16 = 0) {
        self.key = key
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.quote = quote
        self.capitalized = capitalized
        self.allCaps = allCaps
        self.possessive = possessive
        self.tail = tail
    }

    /// Whether the token ends in `suffix` (lower-case ASCII), tested on ``tail``: only one- and
    /// two-byte suffixes fit there, so a longer one must be tested on the text with
    /// ``endsWith(_:in:)`` (a precondition: it used to return false silently).
    /// Reads the suffix through its UTF-8 view: an `Array` of it cost an allocation per call.
    func endsWith(_ suffix: String) -> Bool {
        let b = suffix.utf8
        precondition(b.count <= 2, "Token.endsWith(_:) tests at most two bytes; use endsWith(_:in:) for \"\(suffix)\"")
        guard let first = b.first else { return false }
        if b.count == 1 { return UInt8(tail & 0xFF) == first }
        return tail == (UInt16(first) << 8 | UInt16(b[b.index(after: b.startIndex)]))
    }

    /// Whether the token ends in `suffix` (lower-case ASCII), of any length, read from the text the
    /// token's offsets point into (``ProseText/bytes``). ASCII capitals fold to lower case.
    func endsWith(_ suffix: String, in text: [UInt8]) -> Bool {
        let b = suffix.utf8
        if b.count <= 2 { return endsWith(suffix) }
        guard end - start >= b.count, end <= text.count else { return false }
        var k = end - b.count
        for x in b {
            var c = text[k]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != x { return false }
            k += 1
        }
        return true
    }

    var isWord: Bool { kind == .word || kind == .number }
}

/// Keys of common words the engine tests directly.
///
/// Written as literals, not `k("…")`: a `static let` with a computed value is a lazily initialised
/// global, and every read in the hot loops then calls `swift_once`; a literal is a constant the
/// compiler folds into the code. `KeysTests` checks each literal against ``Tokenizer/hash(_:)``.
enum Keys {
    static func k(_ s: String) -> UInt64 { Tokenizer.hash(Array(s.utf8)) }
    static let comma: UInt64 = 0xaf63a14c8601884b  // ","
    static let period: UInt64 = 0xaf63a34c86018bb1  // "."
    static let colon: UInt64 = 0xaf63b74c8601adad  // ":"
    static let semicolon: UInt64 = 0xaf63b64c8601abfa  // ";"
    static let question: UInt64 = 0xaf63b24c8601a52e  // "?"
    static let exclamation: UInt64 = 0xaf639c4c86017fcc  // "!"
    static let that: UInt64 = 0x256cadef3232570c  // "that"
    static let who: UInt64 = 0x5ec5fc194891690f  // "who"
    static let which: UInt64 = 0xce989e88581f9422  // "which"
    static let whom: UInt64 = 0x9bd4c0f64f161186  // "whom"
    static let whose: UInt64 = 0xe0ede18862cb0a23  // "whose"
    static let and: UInt64 = 0xe6f79719051ff286  // "and"
    static let or: UInt64 = 0x08b05407b5565ca4  // "or"
    static let but: UInt64 = 0x00611e19135a72cc  // "but"
    static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
    static let not: UInt64 = 0x215ad619258e9f4a  // "not"
    static let nt: UInt64 = 0x2219c61926316022  // "n't"
    static let the: UInt64 = 0x56f5c9194461d57c  // "the"
    static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
    static let an: UInt64 = 0x089c3807b5458406  // "an"
    static let of: UInt64 = 0x08b06007b5567108  // "of"
    static let dash: UInt64 = 0x5640541b8850a3f1  // "—"
    static let endash: UInt64 = 0x5640551b8850a5a4  // "–"
    static let hyphen: UInt64 = 0xaf63a04c86018698  // "-"
    static let openParen: UInt64 = 0xaf63a54c86018f17  // "("
    static let closeParen: UInt64 = 0xaf63a44c86018d64  // ")"
    static let according: UInt64 = 0x22069a7dca739b67  // "according"
    static let people: UInt64 = 0x5febfa3518d4930e  // "people"
    static let some: UInt64 = 0x6035dc18f0bbd4d1  // "some"
    static let many: UInt64 = 0x1f6459a2cea1fc02  // "many"
    static let several: UInt64 = 0x20311bc8cf7920ef  // "several"
    static let few: UInt64 = 0xdcc67d18feea8c19  // "few"
    static let most: UInt64 = 0x0d18faa2c3feaaf2  // "most"
    static let one: UInt64 = 0x1a08aa1921ca5caf  // "one"
    static let others: UInt64 = 0x927cc31d38699e92  // "others"
    static let this: UInt64 = 0x2587bcef32493841  // "this"
    static let record: UInt64 = 0x9c9327fff79474ac  // "record"
    static let other: UInt64 = 0x0a24ad61c2562a55  // "other"
    static let all: UInt64 = 0xe6f09b190519daa4  // "all"
    static let he: UInt64 = 0x08ba5307b55eaf76  // "he"
    static let she: UInt64 = 0x8245aa195cea9e21  // "she"
    static let they: UInt64 = 0x2579baef323cf77f  // "they"
    static let it: UInt64 = 0x08b73e07b55c55f0  // "it"
    static let we: UInt64 = 0x08cb5307b56d22a9  // "we"
    static let i: UInt64 = 0xaf63e44c8601fa24  // "i"
    static let `is`: UInt64 = 0x08b74507b55c61d5  // "is"
    static let are: UInt64 = 0xe756c8190570da4d  // "are"
    static let was: UInt64 = 0x5eade819487cb532  // "was"
    static let were: UInt64 = 0x3db3f1f61a19018c  // "were"
    static let be: UInt64 = 0x08a62f07b54dc940  // "be"
    static let been: UInt64 = 0x75f4589b951ab7c3  // "been"
    static let did: UInt64 = 0xcaa82c18f46e40be  // "did"
    static let does: UInt64 = 0xdc33f56761e466d0  // "does"
    static let `do`: UInt64 = 0x08915907b53bb494  // "do"
    static let declined: UInt64 = 0xec3be484d6dd1ec7  // "declined"
    static let refused: UInt64 = 0xdd362779f48a4b03  // "refused"
    static let told: UInt64 = 0x2fd9f6ef389a0874  // "told"
    static let tells: UInt64 = 0x19205b48daea2463  // "tells"
    static let tell: UInt64 = 0xfa48fcef19cf1ae2  // "tell"
    static let telling: UInt64 = 0xf1fd6f9cd99dcdfe  // "telling"
    static let `as`: UInt64 = 0x089c5507b545b54d  // "as"
    static let `if`: UInt64 = 0x08b73007b55c3e26  // "if"
    static let when: UInt64 = 0x9bf6bff64f32f639  // "when"
    static let while_: UInt64 = 0xce87a3885811296e  // "while"
    static let because: UInt64 = 0x83e1ead99b5801bb  // "because"
    static let after: UInt64 = 0xbf82010f6f71eae9  // "after"
    static let before: UInt64 = 0xd89aa06245afb2be  // "before"
    static let since: UInt64 = 0x2b827d4f5e0ada9d  // "since"
    static let although: UInt64 = 0x6b39a9c35c890fd3  // "although"
    static let where_: UInt64 = 0x379d6b8893e8fc78  // "where"
    static let ampersand: UInt64 = 0xaf639b4c86017e19  // "&"
    static let no: UInt64 = 0x08b35907b5589afa  // "no"
    static let another: UInt64 = 0xb08377e5e235fd94  // "another"
    static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
    static let near: UInt64 = 0xe58664baa06e228f  // "near"
    static let into: UInt64 = 0xf5a6c8c57a9061a3  // "into"
    static let despite: UInt64 = 0x841b35a7d7edff7b  // "despite"
    static let during: UInt64 = 0x8ab509e91ba27e88  // "during"
    static let ellipsis: UInt64 = 0x5640821b8850f21b  // "…"
    static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
    static let with: UInt64 = 0xa66b06f655a0c2e9  // "with"
    static let on: UInt64 = 0x08b05807b5566370  // "on"
    static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"
    static let at: UInt64 = 0x089c4e07b545a968  // "at"
    static let `for`: UInt64 = 0xdcb27818fed9da90  // "for"
}
