/// One token of a sentence, with offsets into the analysed text (``ProseText/bytes``).
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
        /// A double quotation mark; see ``Token/quote``.
        case quote
    }

    enum QuoteMark: UInt8, Sendable { case open, close }

    var start: Int
    var end: Int
    /// FNV-1a hash of the lower-cased bytes (curly apostrophes folded to `'`).
    var key: UInt64
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

    /// Whether the token ends in `suffix` (lower-case ASCII), tested on ``tail``: only one- and
    /// two-byte suffixes fit there, so a longer one must be tested on the text with
    /// ``endsWith(_:in:)`` (a precondition: it used to return false silently).
    func endsWith(_ suffix: String) -> Bool {
        let b = Array(suffix.utf8)
        precondition(b.count <= 2, "Token.endsWith(_:) tests at most two bytes; use endsWith(_:in:) for \"\(suffix)\"")
        if b.count == 1 { return UInt8(tail & 0xFF) == b[0] }
        return b.count == 2 && tail == (UInt16(b[0]) << 8 | UInt16(b[1]))
    }

    /// Whether the token ends in `suffix` (lower-case ASCII), of any length, read from the text the
    /// token's offsets point into (``ProseText/bytes``). ASCII capitals fold to lower case.
    func endsWith(_ suffix: String, in text: [UInt8]) -> Bool {
        let b = Array(suffix.utf8)
        if b.count <= 2 { return endsWith(suffix) }
        guard end - start >= b.count, end <= text.count else { return false }
        let s = end - b.count
        for k in 0..<b.count {
            var c = text[s + k]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != b[k] { return false }
        }
        return true
    }

    var isWord: Bool { kind == .word || kind == .number }
}

/// Keys of common words the engine tests directly.
enum Keys {
    static func k(_ s: String) -> UInt64 { Tokenizer.hash(Array(s.utf8)) }
    static let comma = k(","), period = k("."), colon = k(":"), semicolon = k(";"), question = k("?"), exclamation = k("!")
    static let that = k("that"), who = k("who"), which = k("which"), whom = k("whom"), whose = k("whose")
    static let and = k("and"), or = k("or"), but = k("but"), to = k("to"), not = k("not"), nt = k("n't")
    static let the = k("the"), a = k("a"), an = k("an"), of = k("of")
    static let dash = k("—"), endash = k("–"), hyphen = k("-"), openParen = k("("), closeParen = k(")")
    static let according = k("according")
    static let people = k("people"), some = k("some"), many = k("many"), several = k("several"), few = k("few"), most = k("most")
    static let one = k("one"), others = k("others"), other = k("other"), all = k("all")
    static let he = k("he"), she = k("she"), they = k("they"), it = k("it"), we = k("we"), i = k("i")
    static let `is` = k("is"), are = k("are"), was = k("was"), were = k("were"), be = k("be"), been = k("been")
    static let did = k("did"), does = k("does"), `do` = k("do"), declined = k("declined"), refused = k("refused")
    static let told = k("told"), tells = k("tells"), tell = k("tell"), telling = k("telling")
    static let `as` = k("as"), `if` = k("if"), when = k("when"), while_ = k("while"), because = k("because")
    static let after = k("after"), before = k("before"), since = k("since"), although = k("although"), where_ = k("where")
    static let ampersand = k("&"), no = k("no"), another = k("another"), from = k("from"), near = k("near"), into = k("into")
    static let despite = k("despite"), during = k("during")
    static let ellipsis = k("…"), by = k("by"), with = k("with"), on = k("on"), `in` = k("in"), at = k("at"), `for` = k("for")
}
