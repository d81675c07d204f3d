import Yams

/// `.attrib.yml`: what `attrib check` reads, which rules it reports and at what severity, the
/// per-document policy thresholds and the severity that fails the check.
///
/// ```yaml
/// version: 1
/// include: ["drafts/**"]          # globs relative to this file's folder; default: everything
/// exclude: ["drafts/archive"]     # a folder excludes everything below it
/// rule-folders: [house-rules]     # extra rules folders, relative to this file's folder
/// rules:                          # per finding rule: off, info, warning or error
///   verb.loaded: off
///   source.vague: error
/// policy:
///   max-anonymous-share: 0.5      # anonymous or vague share of sourced attributions
///   min-named-sources: 1
///   max-unattributed-claims: 3
/// fail-on: warning                # info, warning or error (default error)
/// allow-empty: true               # no file to check is fine (default: an error, exit 2)
/// ```
///
/// Parsing is strict: unknown keys, bad values and values of the wrong type (`include: true`,
/// `exclude: 5`) are errors naming file:line:column.
public struct CheckConfiguration: Sendable, Equatable {
    /// What a `rules:` entry does to a finding rule.
    public enum RuleSetting: Sendable, Equatable {
        case off
        case severity(Severity)
    }

    /// One `rules:` entry, with where it was written (so an unknown id can be reported there).
    public struct RuleOverride: Sendable, Equatable {
        public var id: String
        public var setting: RuleSetting
        public var line: Int
        public var column: Int

        public init(id: String, setting: RuleSetting, line: Int = 0, column: Int = 0) {
            self.id = id
            self.setting = setting
            self.line = line
            self.column = column
        }
    }

    /// One `rule-folders:` entry, as written (relative to the configuration file's folder), with its position.
    public struct RuleFolder: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int

        public init(path: String, line: Int = 0, column: Int = 0) {
            self.path = path
            self.line = line
            self.column = column
        }

        /// An error about this entry, at its position in `file`.
        public func error(file: String, _ reason: String) -> AttribError {
            .invalidRuleFile(file: file, line: line, column: column, reason: "rule-folders: \(reason)")
        }
    }

    public struct Policy: Sendable, Equatable {
        /// Findings `policy.max-anonymous-share` when anonymous + vague over sourced attributions exceeds it.
        public var maxAnonymousShare: Double?
        /// Finding `policy.min-named-sources` when a document has fewer distinct named sources.
        public var minNamedSources: Int?
        /// Finding `policy.max-unattributed-claims` when more `claim.unattributed` findings remain
        /// after inline suppressions.
        public var maxUnattributedClaims: Int?

        public init(maxAnonymousShare: Double? = nil, minNamedSources: Int? = nil, maxUnattributedClaims: Int? = nil) {
            self.maxAnonymousShare = maxAnonymousShare
            self.minNamedSources = minNamedSources
            self.maxUnattributedClaims = maxUnattributedClaims
        }

        public var isEmpty: Bool { maxAnonymousShare == nil && minNamedSources == nil && maxUnattributedClaims == nil }
    }

    /// The configuration file's path as given (nil for the defaults).
    public var file: String?
    public var include: [Glob]
    public var exclude: [Glob]
    /// Extra rules folders, as written (relative to the configuration file's folder).
    public var ruleFolders: [RuleFolder]
    public var rules: [RuleOverride]
    public var policy: Policy
    /// The lowest severity that fails the check; nil means the default (`error`) or the command line's.
    public var failOn: Severity?
    /// Whether a check that ends up with no file to read passes (otherwise it is an input error:
    /// a gate must not pass on nothing).
    public var allowEmpty: Bool

    public init(file: String? = nil, include: [Glob] = [], exclude: [Glob] = [], ruleFolders: [RuleFolder] = [],
                rules: [RuleOverride] = [], policy: Policy = Policy(), failOn: Severity? = nil, allowEmpty: Bool = false) {
        self.file = file
        self.include = include
        self.exclude = exclude
        self.ruleFolders = ruleFolders
        self.rules = rules
        self.policy = policy
        self.failOn = failOn
        self.allowEmpty = allowEmpty
    }

    /// The name of the file `attrib check` looks for from the current folder upwards.
    public static let fileName = ".attrib.yml"

    public static let topLevelKeys = ["version", "include", "exclude", "rule-folders", "rules", "policy", "fail-on", "allow-empty"]
    public static let policyKeys = ["max-anonymous-share", "min-named-sources", "max-unattributed-claims"]

    /// The setting for a rule id, if the configuration names it.
    public func setting(for rule: String) -> RuleSetting? {
        rules.last { $0.id == rule }?.setting
    }

    /// Whether a path (relative to the configuration file's folder, `/`-separated) is checked:
    /// it matches an include glob (or there are none) and no exclude glob.
    public func includes(relativePath path: String) -> Bool {
        if !include.isEmpty && !include.contains(where: { $0.matches(path) }) { return false }
        return !exclude.contains { $0.matches(path) }
    }

    /// Checks that every `rules:` id names a finding rule in `known`; otherwise an error at its position.
    public func validateRuleIDs(known: Set<String>) throws {
        for r in rules where !known.contains(r.id) {
            let near = known.sorted().filter { $0.hasPrefix(r.id.split(separator: ".").first.map(String.init) ?? r.id) }
            let hint = near.isEmpty ? "" : " (did you mean \(near.prefix(4).joined(separator: ", "))?)"
            throw AttribError.invalidRuleFile(file: file ?? CheckConfiguration.fileName, line: r.line, column: r.column,
                                              reason: "unknown finding rule '\(r.id)' in rules\(hint)")
        }
    }

    /// Parses a configuration file's text. `file` names it in errors.
    public static func parse(_ text: String, file: String) throws -> CheckConfiguration {
        let y = YAMLReader(file: file)
        let root = try y.parse(text)
        var config = CheckConfiguration(file: file)
        var sawVersion = false
        for (key, _, value) in try y.mapping(root, allowed: topLevelKeys, what: "the configuration") {
            switch key {
            case "version":
                try y.checkVersion(value)
                sawVersion = true
            case "include":
                config.include = try globs(value, key, y)
            case "exclude":
                config.exclude = try globs(value, key, y)
            case "rule-folders":
                for item in try list(value, "rule-folders", "a folder", y) {
                    let path = try y.text(item, "rule-folders")
                    if path.isEmpty { throw y.error(item, "rule-folders: a folder name must not be empty") }
                    config.ruleFolders.append(RuleFolder(path: path, line: item.mark?.line ?? 0, column: item.mark?.column ?? 0))
                }
            case "rules":
                if value.scalar?.string == "" || value.scalar?.string == "~" { continue }  // `rules:` left empty
                for (id, idNode, v) in try y.mapping(value, allowed: [], what: "rules") {
                    let word = try y.string(v, "rules.\(id)")
                    let setting: RuleSetting
                    switch word {
                    case "off": setting = .off
                    default:
                        guard let s = Severity(rawValue: word) else {
                            throw y.error(v, "rules.\(id) must be off, info, warning or error (got '\(word)')")
                        }
                        setting = .severity(s)
                    }
                    let mark = idNode.mark
                    config.rules.append(RuleOverride(id: id, setting: setting, line: mark?.line ?? 0, column: mark?.column ?? 0))
                }
            case "policy":
                for (name, _, v) in try y.mapping(value, allowed: policyKeys, what: "policy") {
                    switch name {
                    case "max-anonymous-share":
                        config.policy.maxAnonymousShare = try y.double(v, "policy.max-anonymous-share", in: 0...1)
                    case "min-named-sources":
                        config.policy.minNamedSources = try count(v, "policy.min-named-sources", y)
                    default:
                        config.policy.maxUnattributedClaims = try count(v, "policy.max-unattributed-claims", y)
                    }
                }
            case "allow-empty":
                guard value.tag == Tag(.bool) else { throw y.error(value, "allow-empty must be true or false, not \(y.kind(of: value))") }
                config.allowEmpty = try y.bool(value, "allow-empty")
            default:  // fail-on
                let word = try y.string(value, "fail-on")
                guard let s = Severity(rawValue: word) else {
                    throw y.error(value, "fail-on must be info, warning or error (got '\(word)')")
                }
                config.failOn = s
            }
        }
        if !sawVersion { throw y.error(root, "missing 'version: 1'") }
        return config
    }

    private static func count(_ node: Node, _ what: String, _ y: YAMLReader) throws -> Int {
        let n = try y.int(node, what)
        if n < 0 { throw y.error(node, "\(what) must be 0 or more") }
        return n
    }

    /// The items of a value that is one item or a list of them; an empty value is an error (it
    /// would silently mean "none").
    private static func list(_ node: Node, _ what: String, _ one: String, _ y: YAMLReader) throws -> [Node] {
        if node.tag == Tag(.null) { throw y.error(node, "\(what) needs \(one) or a list of them, not nothing") }
        if node.mapping != nil { throw y.error(node, "\(what) must be \(one) or a list of them, not a mapping") }
        return node.sequence.map(Array.init) ?? [node]
    }

    private static func globs(_ node: Node, _ what: String, _ y: YAMLReader) throws -> [Glob] {
        return try list(node, what, "a glob", y).map { item in
            let text = try y.text(item, what)
            do {
                return try Glob(text)
            } catch let error as Glob.SyntaxError {
                throw y.error(item, "\(what): bad glob '\(text)': \(error.reason)")
            }
        }
    }
}
