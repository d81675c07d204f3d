/// One case of a `corpus/cases/*.yml` file: a passage and everything attrib must find in it —
/// exactly these attributions and nothing else, and, when the case lists them, exactly these
/// findings. The format is described in docs/cases.md.
public struct MarkedCase: Sendable {
    /// The case file as it was named to ``CaseFile/parse(_:file:)``.
    public var file: String
    /// 1-based line of the case's `text:` in the file.
    public var line: Int
    /// The phenomenon of the file the case is in.
    public var phenomenon: String
    /// The passage as written, with its markers.
    public var marked: String
    /// The passage without markers: what attrib analyses.
    public var text: String
    /// Every attribution of the passage, in the order of their numbers.
    public var attributions: [ExpectedAttribution]
    /// The findings of the passage, or nil when the case does not check findings.
    public var findings: [ExpectedFinding]?
    /// Attributions and findings attrib finds today that are wrong by our conventions: the case
    /// asserts that exactly these appear besides the expected ones, so a fix shows up as a change
    /// to the case.
    public var knownWrong: [KnownWrong]

    public init(file: String, line: Int, phenomenon: String, marked: String, text: String,
                attributions: [ExpectedAttribution], findings: [ExpectedFinding]?, knownWrong: [KnownWrong]) {
        self.file = file
        self.line = line
        self.phenomenon = phenomenon
        self.marked = marked
        self.text = text
        self.attributions = attributions
        self.findings = findings
        self.knownWrong = knownWrong
    }
}

/// One attribution a case expects. Spans are UTF-8 byte offsets into ``MarkedCase/text``.
public struct ExpectedAttribution: Sendable, Equatable {
    /// 1-based number of the attribution in its case (its markers' number, or 1 when unnumbered).
    public var number: Int
    public var cue: Span
    /// No source: none expected (hedges).
    public var source: Span?
    /// No content: none expected.
    public var content: Span?
    /// No reason: none expected.
    public var reason: Span?
    public var kind: SourceKind?
    public var quote: QuoteKind
    public var anonymous: Bool
    public var category: CueCategory
    /// Checked only when given.
    public var level: ConfidenceLevel?
    /// A pronoun's antecedent, or that it has none; checked only when given.
    public var resolved: Antecedent?
    /// Whether the cue is loaded; checked only when given.
    public var loaded: Bool?

    public init(number: Int, cue: Span, source: Span? = nil, content: Span? = nil, reason: Span? = nil,
                kind: SourceKind? = nil, quote: QuoteKind = .none, anonymous: Bool = false, category: CueCategory = .speech,
                level: ConfidenceLevel? = nil, resolved: Antecedent? = nil, loaded: Bool? = nil) {
        self.number = number
        self.cue = cue
        self.source = source
        self.content = content
        self.reason = reason
        self.kind = kind
        self.quote = quote
        self.anonymous = anonymous
        self.category = category
        self.level = level
        self.resolved = resolved
        self.loaded = loaded
    }
}

/// What a case says about a pronoun's antecedent.
public enum Antecedent: Sendable, Equatable {
    /// The pronoun resolves to no earlier source or person.
    case none
    /// The text of the antecedent.
    case text(String)
}

/// One finding a case expects: its rule, and its span when the case marks it.
public struct ExpectedFinding: Sendable, Equatable {
    public var rule: String
    public var span: Span?

    public init(rule: String, span: Span? = nil) {
        self.rule = rule
        self.span = span
    }
}

/// Something attrib finds today that is wrong by our conventions, and why: an attribution (by
/// its cue text, and its source and content texts when given, to tell it apart) or a finding (by
/// its rule).
public struct KnownWrong: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case attribution(cue: String, source: String?, content: String?)
        case finding(rule: String)
    }

    public var item: Item
    public var why: String

    public init(_ item: Item, why: String) {
        self.item = item
        self.why = why
    }
}
