import AttribCore

/// `attrib report --format text`: a readable terminal summary.
public enum TextReport {
    public static func article(_ r: ArticleReport) -> String {
        var out = ""
        let c = r.counts
        out += r.info.title.map { "\(r.info.name) — \(SegmentReport.oneLine($0))\n" } ?? "\(r.info.name)\n"
        var meta = ReportFormatting.dates(r.info)
        if let id = r.info.id { meta.insert("document \(id)", at: 0) }
        if !meta.isEmpty { out += meta.joined(separator: " · ") + "\n" }
        out += "\(c.sentences) sentences · \(c.attributions) attributions (\(c.quotes) quoted) · "
        out += "anonymous share \(ReportFormatting.percent(c.anonymousShare)) (\(c.anonymous + c.vague) of \(c.sourced) sourced) · "
        out += "\(c.findings) findings\(r.rule.map { " of \($0)" } ?? "")\n"

        out += "\nAttributions\n"
        if r.attributions.isEmpty { out += "  none\n" }
        for a in r.attributions {
            let id = a.id.map { ReportFormatting.pad($0, 6) } ?? ""
            let at = ReportFormatting.pad("\(a.location.line):\(a.location.column)", 7)
            out += "  \(id)\(at) \(ReportFormatting.pad(ReportFormatting.kindLabel(a), 9)) \(ReportFormatting.pad(a.attribution.level.rawValue, 6)) "
            var parts: [String] = []
            if let s = a.source {
                parts.append(a.resolved.map { "\(s) (= \($0))" } ?? s)
            }
            if let cue = a.cue { parts.append(cue) }
            if let content = a.content {
                parts.append(a.attribution.quote == .none ? content : "“\(content)”")
            }
            out += ReportFormatting.clip(parts.joined(separator: " — "), 100) + "\n"
            if let reason = a.reason { out += "  \(String(repeating: " ", count: id.count + 7))  reason: \(ReportFormatting.clip(reason, 90))\n" }
            for review in a.reviews { out += "  \(String(repeating: " ", count: id.count + 7))  \(ReportFormatting.review(review))\n" }
        }

        out += "\nSources\n"
        if r.sources.isEmpty { out += "  none\n" }
        for s in r.sources {
            out += "  \(ReportFormatting.padLeft("\(s.mentions)", 3))  \(ReportFormatting.clip(s.name, 80)) (\(s.kind.rawValue))\n"
        }

        out += "\nFindings\n"
        let groups = r.findingGroups
        if groups.isEmpty { out += "  none\n" }
        for g in groups {
            out += "  \(g.severity.rawValue) \(g.rule) (\(g.items.count))\n"
            for f in g.items {
                let id = f.id.map { "\($0) " } ?? ""
                out += "    \(id)\(f.location.line):\(f.location.column) \(f.finding.message)\n"
                out += "      > \(ReportFormatting.clip(f.sentence, 100))\n"
                for review in f.reviews { out += "      \(ReportFormatting.review(review))\n" }
            }
        }

        let claims = r.unsupportedClaims
        out += "\nUnattributed and hedged claims\n"
        if claims.isEmpty { out += "  none\n" }
        for claim in claims {
            out += "  \(ReportFormatting.pad("\(claim.location.line):\(claim.location.column)", 7)) \(ReportFormatting.pad(claim.kind, 12)) \(ReportFormatting.clip(claim.sentence, 100))\n"
        }
        return out
    }

    public static func archive(_ r: ArchiveReport, top: Int = 15) -> String {
        var out = ""
        let t = r.total
        var filters: [String] = []
        if let s = r.since { filters.append("since \(s)") }
        if let rule = r.rule { filters.append("findings of \(rule)") }
        out += "Archive: \(r.documents.count) documents\(filters.isEmpty ? "" : " (" + filters.joined(separator: ", ") + ")")\n"
        out += "\(t.sentences) sentences · \(t.attributions) attributions · anonymous share \(ReportFormatting.percent(t.anonymousShare)) "
        out += "(\(t.anonymous + t.vague) of \(t.sourced) sourced) · \(t.findings) findings"
        let reviewed = Verdict.allCases.compactMap { v in r.reviews[v].map { "\($0) \(v.rawValue)" } }
        if !reviewed.isEmpty { out += " · reviews: " + reviewed.joined(separator: ", ") }
        out += "\n"

        out += "\nMost cited sources\n"
        if r.sources.isEmpty { out += "  none\n" }
        else { out += "  mentions  docs  kind       source\n" }
        for s in r.sources.prefix(top) {
            out += "  \(ReportFormatting.padLeft("\(s.mentions)", 8))  \(ReportFormatting.padLeft("\(s.documents)", 4))  \(ReportFormatting.pad(s.kind.rawValue, 9))  \(ReportFormatting.clip(ReportFormatting.sourceName(s), 80))\n"
        }

        out += "\nDocuments by anonymous share\n"
        if r.documents.isEmpty { out += "  none\n" }
        for d in r.byAnonymousShare.prefix(top) {
            out += "  \(ReportFormatting.padLeft(ReportFormatting.percent(d.counts.anonymousShare), 6))  \(ReportFormatting.padLeft("\(d.counts.anonymous + d.counts.vague)/\(d.counts.sourced)", 7))  \(ReportFormatting.clip(d.info.name, 70))\n"
        }

        out += "\nDocuments by findings\n"
        if r.documents.isEmpty { out += "  none\n" }
        for d in r.byFindings.prefix(top) {
            out += "  \(ReportFormatting.padLeft("\(d.counts.findings)", 6))  \(ReportFormatting.clip(d.info.name, 70))\n"
        }

        out += "\nFindings by rule\n"
        if r.rules.isEmpty { out += "  none\n" }
        for rule in r.rules {
            out += "  \(ReportFormatting.padLeft("\(rule.findings)", 6))  \(ReportFormatting.padLeft("\(rule.documents)", 4)) docs  \(ReportFormatting.pad(rule.severity.rawValue, 7))  \(rule.rule)\n"
        }

        out += "\nTrend\n"
        let trend = r.trend
        if trend.isEmpty { out += "  none\n" }
        for p in trend {
            out += "  \(ReportFormatting.pad(p.period, 10))  \(ReportFormatting.padLeft("\(p.documents)", 4)) docs  \(ReportFormatting.padLeft("\(p.counts.attributions)", 5)) attributions  anonymous \(ReportFormatting.padLeft(ReportFormatting.percent(p.counts.anonymousShare), 6))  \(ReportFormatting.padLeft("\(p.counts.findings)", 4)) findings\n"
        }
        return out
    }

    /// `attrib sources --format text`.
    public static func sources(_ sources: [SourceTally]) -> String {
        var out = "mentions  docs  kind       source\n"
        for s in sources {
            out += "\(ReportFormatting.padLeft("\(s.mentions)", 8))  \(ReportFormatting.padLeft("\(s.documents)", 4))  \(ReportFormatting.pad(s.kind.rawValue, 9))  \(ReportFormatting.sourceName(s))\n"
        }
        return out
    }
}
