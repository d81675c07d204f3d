import AttribCore

/// `attrib report --format markdown`: GitHub-flavoured Markdown for a pull-request comment.
/// Article text is escaped, so markup in an article shows as text.
public enum MarkdownReport {
    public static func article(_ r: ArticleReport) -> String {
        let c = r.counts
        var out = "## attrib: \(escape(r.info.displayName))\n\n"
        var meta = ["`\(code(r.info.name))`"]
        if let id = r.info.id { meta.append("document \(id)") }
        meta += ReportFormatting.dates(r.info).map(escape)
        out += meta.joined(separator: " · ") + "\n\n"
        out += "| sentences | attributions | quotes | named | anonymous | vague | anonymous share | findings |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        out += "| \(c.sentences) | \(c.attributions) | \(c.quotes) | \(c.named) | \(c.anonymous) | \(c.vague) | \(ReportFormatting.percent(c.anonymousShare)) | \(c.findings) |\n\n"

        out += "### Attributions\n\n"
        if r.attributions.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| id | line | source | kind | cue | content | quote | confidence | review |\n"
            out += "|---|---:|---|---|---|---|---|---|---|\n"
            for a in r.attributions {
                var source = a.source.map { cell($0) } ?? "—"
                if let resolved = a.resolved { source += " (= \(cell(resolved)))" }
                if let reason = a.reason { source += "<br>*reason:* \(cell(reason))" }
                let review = a.reviews.last.map { cell(ReportFormatting.review($0)) } ?? ""
                out += "| \(a.id ?? "") | \(a.location.line) | \(source) | \(ReportFormatting.kindLabel(a)) | \(a.cue.map { cell($0) } ?? "—") "
                out += "| \(a.content.map { cell(ReportFormatting.clip($0, 160)) } ?? "—") | \(a.attribution.quote.rawValue) "
                out += "| \(a.attribution.level.rawValue) (\(ReportFormatting.confidence(a.attribution.confidence))) | \(review) |\n"
            }
            out += "\n"
        }

        out += "### Sources\n\n"
        if r.sources.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| source | kind | mentions |\n|---|---|---:|\n"
            for s in r.sources { out += "| \(cell(s.name)) | \(s.kind.rawValue) | \(s.mentions) |\n" }
            out += "\n"
        }

        out += "### Findings\n\n"
        let groups = r.findingGroups
        if groups.isEmpty { out += "None.\n\n" }
        for g in groups {
            out += "#### `\(code(g.rule))` — \(g.severity.rawValue) (\(g.items.count))\n\n"
            for f in g.items {
                let id = f.id.map { "**\($0)** " } ?? ""
                out += "- \(id)line \(f.location.line), column \(f.location.column): \(escape(f.finding.message))\n"
                out += "  > \(escape(ReportFormatting.clip(f.sentence, 300)))\n"
                for review in f.reviews { out += "  - \(escape(ReportFormatting.review(review)))\n" }
            }
            out += "\n"
        }

        out += "### Unattributed and hedged claims\n\n"
        let claims = r.unsupportedClaims
        if claims.isEmpty { out += "None.\n" }
        for claim in claims {
            out += "- line \(claim.location.line) (\(claim.kind)): \(escape(ReportFormatting.clip(claim.sentence, 300)))\n"
        }
        return out
    }

    public static func archive(_ r: ArchiveReport, top: Int = 20) -> String {
        let t = r.total
        var out = "## attrib archive report\n\n"
        var filters: [String] = []
        if let s = r.since { filters.append("since \(escape(s))") }
        if let rule = r.rule { filters.append("findings of `\(code(rule))`") }
        if !filters.isEmpty { out += "Filtered: " + filters.joined(separator: ", ") + ".\n\n" }
        out += "| documents | sentences | attributions | sourced | anonymous | vague | anonymous share | findings |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        out += "| \(r.documents.count) | \(t.sentences) | \(t.attributions) | \(t.sourced) | \(t.anonymous) | \(t.vague) | \(ReportFormatting.percent(t.anonymousShare)) | \(t.findings) |\n\n"
        let reviewed = Verdict.allCases.compactMap { v in r.reviews[v].map { "\($0) \(v.rawValue)" } }
        if !reviewed.isEmpty { out += "Reviews: " + reviewed.joined(separator: ", ") + ".\n\n" }

        out += "### Most cited sources\n\n"
        if r.sources.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| source | kind | mentions | documents |\n|---|---|---:|---:|\n"
            for s in r.sources.prefix(top) {
                out += "| \(cell(ReportFormatting.sourceName(s))) | \(s.kind.rawValue) | \(s.mentions) | \(s.documents) |\n"
            }
            out += "\n"
        }

        out += "### Documents by anonymous share\n\n"
        out += documentTable(r.byAnonymousShare.prefix(top))
        out += "### Documents by findings\n\n"
        out += documentTable(r.byFindings.prefix(top))

        out += "### Findings by rule\n\n"
        if r.rules.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| rule | severity | findings | documents |\n|---|---|---:|---:|\n"
            for rule in r.rules { out += "| `\(code(rule.rule))` | \(rule.severity.rawValue) | \(rule.findings) | \(rule.documents) |\n" }
            out += "\n"
        }

        out += "### Trend\n\n"
        let trend = r.trend
        if trend.isEmpty {
            out += "None.\n"
        } else {
            out += "| period | documents | attributions | anonymous share | findings |\n|---|---:|---:|---:|---:|\n"
            for p in trend {
                out += "| \(p.period) | \(p.documents) | \(p.counts.attributions) | \(ReportFormatting.percent(p.counts.anonymousShare)) | \(p.counts.findings) |\n"
            }
        }
        return out
    }

    private static func documentTable(_ docs: ArraySlice<DocumentOverview>) -> String {
        guard !docs.isEmpty else { return "None.\n\n" }
        var out = "| document | anonymous share | anonymous or vague / sourced | findings |\n|---|---:|---:|---:|\n"
        for d in docs {
            let id = d.info.id.map { " (\($0))" } ?? ""
            out += "| \(cell(d.info.name))\(id) | \(ReportFormatting.percent(d.counts.anonymousShare)) | \(d.counts.anonymous + d.counts.vague) / \(d.counts.sourced) | \(d.counts.findings) |\n"
        }
        return out + "\n"
    }

    /// Backslash-escapes the ASCII punctuation Markdown reads as inline syntax (CommonMark allows
    /// escaping any of it), and what would start a list or heading at the start of the text, and
    /// folds line breaks into spaces. Markup in an article therefore shows as text.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalars = Array(SegmentReport.oneLine(s).unicodeScalars)
        // "1. " or "2) " at the start would begin an ordered list.
        var listDot = -1
        var i = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }
        if i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" { listDot = i }
        for (i, ch) in scalars.enumerated() {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "!", "~":
                out.unicodeScalars.append("\\")
            case "-" where i == 0, "+" where i == 0, "=" where i == 0:
                out.unicodeScalars.append("\\")
            default:
                if i == listDot { out.unicodeScalars.append("\\") }
            }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// A table cell: escaped, on one line.
    static func cell(_ s: String) -> String { escape(s) }

    /// Inside a code span: backticks would end it, so they become apostrophes.
    static func code(_ s: String) -> String {
        String(SegmentReport.oneLine(s).map { $0 == "`" ? "'" : $0 })
    }
}
