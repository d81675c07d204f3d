import AttribCore
import Foundation

/// `attrib check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
///
/// One run; `tool.driver.rules` lists every finding rule (id, short and full description, the
/// editorial rationale as help, the default level) and each result points at its rule by
/// `ruleIndex`. Columns are UTF-16 code units (`columnKind: utf16CodeUnits`, declared on the
/// run); `endColumn` is exclusive, as SARIF specifies. Artifact URIs are relative to the
/// repository root (`uriBaseId: %SRCROOT%`). `partialFingerprints` come from the baseline key
/// (rule, path, normalized sentence, occurrence), never a line number, so an alert keeps its
/// identity when the text around it moves. The run's one `invocation` says whether every input
/// was read (`executionSuccessful`) and lists the inputs that were not, and input warnings, as
/// `toolExecutionNotifications` (on their file and line when known).
public enum SARIFReport {
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    public static let fingerprintKey = "attribFinding/v1"
    public static let srcRoot = "%SRCROOT%"

    public static func render(_ report: CheckReport) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is a plain string, number or struct: encoding cannot fail.
        let data = try! encoder.encode(log(report))
        return [UInt8](data) + [0x0A]
    }

    public static func log(_ report: CheckReport) -> Log {
        let rules = report.rules.map { r in
            ReportingDescriptor(
                id: r.id,
                shortDescription: Message(text: r.name),
                fullDescription: Message(text: r.summary),
                help: Message(text: r.rationale),
                defaultConfiguration: r.severity.map { ReportingConfiguration(level: level($0)) })
        }
        var results: [Result] = []
        for d in report.documents {
            for f in d.findings {
                var region = Region(f.start, f.end)
                region.snippet = ArtifactContent(text: f.text)
                var context: Region?
                if let s = f.sentenceStart, let e = f.sentenceEnd, let text = f.sentenceText {
                    context = Region(s, e)
                    context?.snippet = ArtifactContent(text: text)
                }
                let location = Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uriReference(d.uri), uriBaseId: srcRoot),
                    region: region, contextRegion: context))
                results.append(Result(
                    ruleId: f.rule, ruleIndex: report.ruleIndex(f.rule), level: level(f.severity),
                    message: Message(text: f.message), locations: [location],
                    partialFingerprints: [fingerprintKey: f.fingerprint],
                    properties: ResultProperties(confidence: (f.confidence * 100).rounded() / 100)))
            }
        }
        let driver = ToolComponent(name: report.tool.name, version: report.tool.version,
                                   informationUri: report.tool.informationURI, rules: rules)
        let notifications = report.problems.map { p -> Notification in
            var locations: [Location]?
            if let uri = p.uri ?? p.file {
                // Columns of input problems count characters, not UTF-16 units: the line only.
                locations = [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: ArtifactLocation(uri: uriReference(uri), uriBaseId: p.uri == nil ? nil : srcRoot),
                    region: p.line > 0 ? Region(startLine: p.line) : nil, contextRegion: nil))]
            }
            return Notification(level: p.severity == .error ? "error" : "warning", message: Message(text: p.description),
                                locations: locations)
        }
        let invocation = Invocation(executionSuccessful: report.summary.inputErrors == 0,
                                    toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
        return Log(runs: [Run(tool: Tool(driver: driver), invocations: [invocation], results: results, columnKind: "utf16CodeUnits")])
    }

    public static func level(_ s: Severity) -> String {
        switch s {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// Percent-encodes a relative path as a URI reference: unreserved characters and `/` stay.
    public static func uriReference(_ path: String) -> String {
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for b in path.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    // MARK: - The SARIF object model (the subset attrib writes)

    public struct Log: Codable, Equatable {
        public var schema = SARIFReport.schemaURI
        public var version = "2.1.0"
        public var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    public struct Run: Codable, Equatable {
        public var tool: Tool
        public var invocations: [Invocation]?
        public var results: [Result]
        public var columnKind: String
    }

    public struct Invocation: Codable, Equatable {
        public var executionSuccessful: Bool
        public var toolExecutionNotifications: [Notification]?
    }

    public struct Notification: Codable, Equatable {
        public var level: String
        public var message: Message
        public var locations: [Location]?
    }

    public struct Tool: Codable, Equatable {
        public var driver: ToolComponent
    }

    public struct ToolComponent: Codable, Equatable {
        public var name: String
        public var version: String
        public var informationUri: String?
        public var rules: [ReportingDescriptor]
    }

    public struct ReportingDescriptor: Codable, Equatable {
        public var id: String
        public var shortDescription: Message
        public var fullDescription: Message
        public var help: Message
        public var defaultConfiguration: ReportingConfiguration?
    }

    public struct ReportingConfiguration: Codable, Equatable {
        public var level: String
    }

    public struct Message: Codable, Equatable {
        public var text: String
    }

    public struct Result: Codable, Equatable {
        public var ruleId: String
        public var ruleIndex: Int?
        public var level: String
        public var message: Message
        public var locations: [Location]
        public var partialFingerprints: [String: String]
        public var properties: ResultProperties
    }

    public struct ResultProperties: Codable, Equatable {
        public var confidence: Double
    }

    public struct Location: Codable, Equatable {
        public var physicalLocation: PhysicalLocation
    }

    public struct PhysicalLocation: Codable, Equatable {
        public var artifactLocation: ArtifactLocation
        public var region: Region?
        public var contextRegion: Region?
    }

    public struct ArtifactLocation: Codable, Equatable {
        public var uri: String
        public var uriBaseId: String?
    }

    public struct Region: Codable, Equatable {
        public var startLine: Int
        public var startColumn: Int?
        public var endLine: Int?
        public var endColumn: Int?
        public var snippet: ArtifactContent?

        /// A region that is a whole line.
        init(startLine: Int) {
            self.startLine = startLine
        }

        /// A region from a start and an exclusive end, in UTF-16 columns.
        init(_ start: TextLocation, _ end: TextLocation) {
            startLine = start.line
            startColumn = start.utf16Column
            endLine = end.line
            endColumn = end.utf16Column
        }
    }

    public struct ArtifactContent: Codable, Equatable {
        public var text: String
    }
}
