import AttribCore

/// `attrib report --format csv` (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote or line break). An article gives one row per attribution and per finding; the archive
/// gives one row per document; `attrib sources` one row per source.
public enum ReportCSV {
    public static let articleColumns = [
        "record", "id", "document", "sentence", "line", "column", "start", "end",
        "source", "source_kind", "source_key", "resolved", "cue", "cue_category", "cue_loaded", "content", "quote",
        "anonymous", "anonymity_reason", "rule", "severity", "message", "text", "confidence", "level", "rules", "verdict",
    ]

    public static func article(_ r: ArticleReport) -> String {
        var out = row(articleColumns)
        for a in r.attributions {
            let x = a.attribution
            let spans = [x.source?.span, x.cue?.span, x.content].compactMap { $0 }
            let start = spans.map(\.start).min().map { "\($0)" } ?? ""
            let end = spans.map(\.end).max().map { "\($0)" } ?? ""
            out += row([
                "attribution", a.id ?? "", r.info.name, "\(x.sentence)", "\(a.location.line)", "\(a.location.column)",
                start, end,
                a.source ?? "", a.kind?.rawValue ?? "", a.sourceKey ?? "", a.resolved ?? "", a.cue ?? "",
                x.cue?.category.rawValue ?? "", x.cue.map { $0.loaded ? "true" : "false" } ?? "", a.content ?? "",
                x.quote.rawValue, x.anonymous ? "true" : "false", a.reason ?? "", "", "", "", "",
                ReportFormatting.confidence(x.confidence), x.level.rawValue, x.rules.joined(separator: " "),
                ReportFormatting.verdict(a.reviews)?.rawValue ?? "",
            ])
        }
        for f in r.findings {
            let x = f.finding
            out += row([
                "finding", f.id ?? "", r.info.name, x.sentence.map { "\($0)" } ?? "", "\(f.location.line)", "\(f.location.column)",
                "\(x.span.start)", "\(x.span.end)", "", "", "", "", "", "", "", "", "", "", "", x.rule, x.severity.rawValue,
                x.message, f.text, ReportFormatting.confidence(x.confidence), x.level.rawValue, "",
                ReportFormatting.verdict(f.reviews)?.rawValue ?? "",
            ])
        }
        return out
    }

    public static let archiveColumns = [
        "id", "document", "external_id", "title", "published", "ingested_at", "sha256", "size", "sentences", "attributions",
        "sourced", "named", "anonymous", "vague", "quotes", "findings", "anonymous_share",
    ]

    public static func archive(_ r: ArchiveReport) -> String {
        var out = row(archiveColumns)
        for d in r.documents {
            let c = d.counts
            out += row([
                d.info.id.map { "\($0)" } ?? "", d.info.name, d.info.isExternalID ? "true" : "false", d.info.title ?? "",
                d.info.published ?? "", d.info.ingestedAt ?? "", d.info.sha256 ?? "", "\(d.info.size)", "\(c.sentences)",
                "\(c.attributions)", "\(c.sourced)", "\(c.named)", "\(c.anonymous)", "\(c.vague)", "\(c.quotes)",
                "\(c.findings)", JSONWriter.format(c.anonymousShare, places: 4),
            ])
        }
        return out
    }

    public static func sources(_ sources: [SourceTally]) -> String {
        var out = row(["key", "kind", "mentions", "documents", "name", "document"])
        for s in sources {
            out += row([s.key, s.kind.rawValue, "\(s.mentions)", "\(s.documents)", s.name, s.document?.name ?? ""])
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        var out = "\""
        for ch in s.unicodeScalars {
            if ch == "\"" { out += "\"" }
            out.unicodeScalars.append(ch)
        }
        return out + "\""
    }
}
