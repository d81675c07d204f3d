import AttribCore

/// `attrib report --format html`: one self-contained page (inline CSS and SVG, no script, no
/// external assets). Every piece of article text goes through ``escape(_:)``; the page is also
/// well-formed XML, so tests can parse it and check that markup in an article is only text.
public enum ReportHTML {
    public static func article(_ r: ArticleReport) -> String {
        let c = r.counts
        var body = "<header><h1>\(escape(r.info.displayName))</h1>\n<p class=\"meta\"><code>\(escape(r.info.name))</code>"
        if let id = r.info.id { body += " · document \(id)" }
        for d in ReportFormatting.dates(r.info) { body += " · \(escape(d))" }
        if let url = r.info.url { body += " · \(escape(url))" }
        body += "</p></header>\n"

        body += "<section class=\"cards\">"
        body += card("\(c.sentences)", "sentences") + card("\(c.attributions)", "attributions") + card("\(c.quotes)", "quotes")
        body += card(ReportFormatting.percent(c.anonymousShare), "anonymous share (\(c.anonymous + c.vague) of \(c.sourced))")
        body += card("\(c.findings)", r.rule.map { "findings of \($0)" } ?? "findings")
        body += "</section>\n"

        body += "<section><h2>Sources by kind</h2>\n\(kindChart(r))</section>\n"

        body += "<section><h2>Article</h2>\n\(legend)\n<div class=\"text\">\(highlighted(r))</div></section>\n"

        body += "<section><h2>Attributions</h2>\n"
        if r.attributions.isEmpty {
            body += "<p>None.</p>"
        } else {
            body += "<table><thead><tr><th>id</th><th>line</th><th>source</th><th>kind</th><th>cue</th><th>content</th>"
            body += "<th>quote</th><th>confidence</th><th>rules</th><th>review</th></tr></thead><tbody>\n"
            for a in r.attributions {
                let x = a.attribution
                var source = a.source.map(escape) ?? "—"
                if let resolved = a.resolved { source += " <span class=\"dim\">= \(escape(resolved))</span>" }
                if let reason = a.reason { source += "<div class=\"dim\">reason: \(escape(reason))</div>" }
                body += "<tr><td>\(escape(a.id ?? ""))</td><td>\(a.location.line)</td><td>\(source)</td>"
                body += "<td><span class=\"tag k-\(ReportFormatting.kindLabel(a))\">\(ReportFormatting.kindLabel(a))</span></td>"
                body += "<td>\(a.cue.map(escape) ?? "—")\(x.cue.map { " <span class=\"dim\">\($0.category.rawValue)\($0.loaded ? ", loaded" : "")</span>" } ?? "")</td>"
                body += "<td>\(a.content.map { escape(ReportFormatting.clip($0, 240)) } ?? "—")</td><td>\(x.quote.rawValue)</td>"
                body += "<td>\(x.level.rawValue) (\(ReportFormatting.confidence(x.confidence)))</td>"
                body += "<td class=\"dim\">\(escape(x.rules.joined(separator: " ")))</td><td>\(reviews(a.reviews))</td></tr>\n"
            }
            body += "</tbody></table>"
        }
        body += "</section>\n"

        body += "<section><h2>Sources</h2>\n"
        if r.sources.isEmpty {
            body += "<p>None.</p>"
        } else {
            body += "<table><thead><tr><th>source</th><th>kind</th><th>mentions</th></tr></thead><tbody>\n"
            for s in r.sources {
                body += "<tr><td>\(escape(s.key))</td><td><span class=\"tag k-\(s.kind.rawValue)\">\(s.kind.rawValue)</span></td><td class=\"num\">\(s.mentions)</td></tr>\n"
            }
            body += "</tbody></table>"
        }
        body += "</section>\n"

        body += "<section><h2>Findings</h2>\n"
        let groups = r.findingGroups
        if groups.isEmpty { body += "<p>None.</p>" }
        for g in groups {
            body += "<h3><code>\(escape(g.rule))</code> <span class=\"sev sev-\(g.severity.rawValue)\">\(g.severity.rawValue)</span> (\(g.items.count))</h3>\n<ul>"
            for f in g.items {
                body += "<li><b>\(escape(f.id ?? ""))</b> line \(f.location.line), column \(f.location.column): \(escape(f.finding.message))"
                body += "<blockquote>\(escape(f.sentence))</blockquote>\(reviews(f.reviews))</li>\n"
            }
            body += "</ul>\n"
        }
        body += "</section>\n"

        body += "<section><h2>Unattributed and hedged claims</h2>\n"
        let claims = r.unsupportedClaims
        if claims.isEmpty { body += "<p>None.</p>" } else {
            body += "<ul>"
            for claim in claims {
                body += "<li>line \(claim.location.line) <span class=\"tag\">\(claim.kind)</span> \(escape(claim.sentence))</li>\n"
            }
            body += "</ul>"
        }
        body += "</section>\n"
        return page(title: "attrib: " + r.info.displayName, body: body)
    }

    public static func archive(_ r: ArchiveReport, top: Int = 40) -> String {
        let t = r.total
        var body = "<header><h1>attrib archive report</h1>\n<p class=\"meta\">\(r.documents.count) documents"
        if let s = r.since { body += " · since \(escape(s))" }
        if let rule = r.rule { body += " · findings of <code>\(escape(rule))</code>" }
        let reviewed = Verdict.allCases.compactMap { v in r.reviews[v].map { "\($0) \(v.rawValue)" } }
        if !reviewed.isEmpty { body += " · reviews: " + reviewed.joined(separator: ", ") }
        body += "</p></header>\n"

        body += "<section class=\"cards\">"
        body += card("\(r.documents.count)", "documents") + card("\(t.attributions)", "attributions")
        body += card(ReportFormatting.percent(t.anonymousShare), "anonymous share (\(t.anonymous + t.vague) of \(t.sourced))")
        body += card("\(t.findings)", "findings")
        body += "</section>\n"

        let ranked = r.byAnonymousShare.prefix(top)
        body += "<section><h2>Anonymous share per document</h2>\n"
        body += bars(ranked.map { d in
            (label: d.info.displayName, value: d.counts.anonymousShare,
             caption: "\(ReportFormatting.percent(d.counts.anonymousShare)) (\(d.counts.anonymous + d.counts.vague)/\(d.counts.sourced))")
        })
        body += "</section>\n"

        let trend = r.trend
        if trend.count > 1 {
            body += "<section><h2>Trend: anonymous share by \(trend.first?.period.count == 7 ? "month" : "day")</h2>\n"
            body += bars(trend.map { p in
                (label: p.period, value: p.counts.anonymousShare,
                 caption: "\(ReportFormatting.percent(p.counts.anonymousShare)) · \(p.documents) docs · \(p.counts.findings) findings")
            })
            body += "</section>\n"
        }

        body += "<section><h2>Most cited sources</h2>\n"
        if r.sources.isEmpty { body += "<p>None.</p>" } else {
            body += "<table><thead><tr><th>source</th><th>kind</th><th>mentions</th><th>documents</th></tr></thead><tbody>\n"
            for s in r.sources.prefix(top) {
                body += "<tr><td>\(escape(s.key))</td><td><span class=\"tag k-\(s.kind.rawValue)\">\(s.kind.rawValue)</span></td>"
                body += "<td class=\"num\">\(s.mentions)</td><td class=\"num\">\(s.documents)</td></tr>\n"
            }
            body += "</tbody></table>"
        }
        body += "</section>\n"

        body += "<section><h2>Documents by findings</h2>\n"
        if r.documents.isEmpty { body += "<p>None.</p>" } else {
            body += "<table><thead><tr><th>id</th><th>document</th><th>published</th><th>attributions</th><th>anonymous share</th><th>findings</th></tr></thead><tbody>\n"
            for d in r.byFindings.prefix(top) {
                body += "<tr><td>\(d.info.id.map { "\($0)" } ?? "")</td><td>\(escape(d.info.displayName))<div class=\"dim\">\(escape(d.info.name))</div></td>"
                body += "<td>\(escape(d.info.published ?? ""))</td><td class=\"num\">\(d.counts.attributions)</td>"
                body += "<td class=\"num\">\(ReportFormatting.percent(d.counts.anonymousShare))</td><td class=\"num\">\(d.counts.findings)</td></tr>\n"
            }
            body += "</tbody></table>"
        }
        body += "</section>\n"

        body += "<section><h2>Findings by rule</h2>\n"
        if r.rules.isEmpty { body += "<p>None.</p>" } else {
            body += "<table><thead><tr><th>rule</th><th>severity</th><th>findings</th><th>documents</th></tr></thead><tbody>\n"
            for rule in r.rules {
                body += "<tr><td><code>\(escape(rule.rule))</code></td><td><span class=\"sev sev-\(rule.severity.rawValue)\">\(rule.severity.rawValue)</span></td>"
                body += "<td class=\"num\">\(rule.findings)</td><td class=\"num\">\(rule.documents)</td></tr>\n"
            }
            body += "</tbody></table>"
        }
        body += "</section>\n"
        return page(title: "attrib archive report", body: body)
    }

    // MARK: - Pieces

    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private static func card(_ value: String, _ label: String) -> String {
        "<div class=\"card\"><b>\(escape(value))</b><span>\(escape(label))</span></div>"
    }

    private static func reviews(_ reviews: [Review]) -> String {
        reviews.map { "<div class=\"review v-\($0.verdict.rawValue)\">\(escape(ReportFormatting.review($0)))</div>" }.joined()
    }

    private static let legend = """
        <p class="legend"><span class="m src k-named">named source</span> <span class="m src k-anonymous">anonymous source</span> \
        <span class="m src k-vague">vague source</span> <span class="m src k-document">document</span> \
        <span class="m src k-pronoun">pronoun</span> <span class="m cue">cue</span> <span class="m content">content</span> \
        <span class="m reason">anonymity reason</span> <span class="m finding sev-warning">finding</span> \
        <span class="dim">Hover a highlight for its kind, confidence and rules.</span></p>
        """

    private struct Mark {
        var span: Span
        var cls: String
        var title: String
    }

    /// The article text with every cue, source, content, reason and finding span wrapped in a
    /// `<span>` whose classes color it and whose title explains it. Overlapping spans are cut
    /// into flat segments, each carrying the classes and titles of every mark covering it.
    static func highlighted(_ r: ArticleReport) -> String {
        let a = r.analysis
        var marks: [Mark] = []
        for item in r.attributions {
            let x = item.attribution
            let id = item.id.map { "\($0) · " } ?? ""
            let conf = "confidence \(ReportFormatting.confidence(x.confidence)) (\(x.level.rawValue))"
            let rules = "rules: " + x.rules.joined(separator: ", ")
            if let s = x.source {
                var kind = s.kind.rawValue
                if s.kind == .pronoun { kind += " → \(s.effectiveKind.rawValue)" + (item.resolved.map { " (\($0))" } ?? "") }
                marks.append(Mark(span: s.span, cls: "src k-\(s.effectiveKind == .pronoun ? "pronoun" : s.effectiveKind.rawValue)",
                                  title: "\(id)source: \(kind)\(x.anonymous ? ", anonymous" : "") · \(conf) · \(rules)"))
            }
            if let cue = x.cue {
                marks.append(Mark(span: cue.span, cls: "cue",
                                  title: "\(id)cue: \(cue.category.rawValue)\(cue.loaded ? ", loaded" : "") · \(conf) · \(rules)"))
            }
            if let content = x.content {
                marks.append(Mark(span: content, cls: "content", title: "\(id)content: quote \(x.quote.rawValue) · \(conf)"))
            }
            if let reason = x.anonymityReason {
                marks.append(Mark(span: reason, cls: "reason", title: "\(id)anonymity reason"))
            }
        }
        for f in r.findings {
            marks.append(Mark(span: f.finding.span, cls: "finding sev-\(f.finding.severity.rawValue)",
                              title: "\(f.id.map { "\($0) · " } ?? "")\(f.finding.rule) (\(f.finding.severity.rawValue)): \(f.finding.message) · confidence \(ReportFormatting.confidence(f.finding.confidence))"))
        }
        let n = a.document.bytes.count
        marks = marks.filter { !$0.span.isEmpty && $0.span.start < n }.map { m in
            var m = m
            m.span = Span(max(0, m.span.start), min(n, m.span.end))
            return m
        }.sorted { $0.span.start < $1.span.start }
        var boundaries = Set([0, n])
        for m in marks { boundaries.insert(m.span.start); boundaries.insert(m.span.end) }
        let cuts = boundaries.sorted()
        var out = ""
        out.reserveCapacity(n * 2)
        var active: [Mark] = []
        var next = 0
        for k in 0..<(cuts.count - 1) {
            let lo = cuts[k], hi = cuts[k + 1]
            active.removeAll { $0.span.end <= lo }
            while next < marks.count && marks[next].span.start <= lo {
                active.append(marks[next])
                next += 1
            }
            let text = escape(a.text(Span(lo, hi)))
            if active.isEmpty {
                out += text
            } else {
                var classes: [String] = []
                var titles: [String] = []
                for m in active {
                    for c in m.cls.split(separator: " ") where !classes.contains(String(c)) { classes.append(String(c)) }
                    if !titles.contains(m.title) { titles.append(m.title) }
                }
                out += "<span class=\"m \(classes.joined(separator: " "))\" title=\"\(escape(titles.joined(separator: "\n")))\">\(text)</span>"
            }
        }
        return out
    }

    /// A stacked bar of the article's attributions by source kind, with a legend.
    private static func kindChart(_ r: ArticleReport) -> String {
        var counts: [(String, Int)] = []
        for kind in ["named", "anonymous", "vague", "document", "pronoun", "hedge", "none"] {
            let n = r.attributions.filter { ReportFormatting.kindLabel($0) == kind }.count
            if n > 0 { counts.append((kind, n)) }
        }
        let total = counts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return "<p>No attributions.</p>" }
        let width = 640.0
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(Int(width))\" height=\"64\" viewBox=\"0 0 \(Int(width)) 64\" role=\"img\" aria-label=\"attributions by source kind\">"
        var x = 0.0
        var lx = 0.0
        for (kind, n) in counts {
            let w = width * Double(n) / Double(total)
            svg += "<rect class=\"k-\(kind)\" x=\"\(num(x))\" y=\"0\" width=\"\(num(w))\" height=\"28\"><title>\(kind): \(n)</title></rect>"
            x += w
            svg += "<rect class=\"k-\(kind)\" x=\"\(num(lx))\" y=\"42\" width=\"12\" height=\"12\"/>"
            svg += "<text x=\"\(num(lx + 16))\" y=\"53\">\(kind) \(n)</text>"
            lx += 110
        }
        return svg + "</svg>"
    }

    /// Horizontal bars for values in 0…1, one row per label.
    private static func bars(_ rows: [(label: String, value: Double, caption: String)]) -> String {
        guard !rows.isEmpty else { return "<p>None.</p>" }
        let row = 22.0, labelWidth = 260.0, barWidth = 360.0
        let height = Double(rows.count) * row + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(Int(labelWidth + barWidth + 180))\" height=\"\(Int(height))\" "
        svg += "viewBox=\"0 0 \(Int(labelWidth + barWidth + 180)) \(Int(height))\" role=\"img\">"
        for (i, r) in rows.enumerated() {
            let y = Double(i) * row + 4
            let w = max(0, min(1, r.value)) * barWidth
            svg += "<text class=\"label\" x=\"\(num(labelWidth - 8))\" y=\"\(num(y + 14))\" text-anchor=\"end\">\(escape(ReportFormatting.clip(r.label, 38)))<title>\(escape(r.label))</title></text>"
            svg += "<rect class=\"track\" x=\"\(num(labelWidth))\" y=\"\(num(y + 2))\" width=\"\(num(barWidth))\" height=\"16\"/>"
            svg += "<rect class=\"bar\" x=\"\(num(labelWidth))\" y=\"\(num(y + 2))\" width=\"\(num(w))\" height=\"16\"><title>\(escape(r.label)): \(escape(r.caption))</title></rect>"
            svg += "<text x=\"\(num(labelWidth + barWidth + 8))\" y=\"\(num(y + 14))\">\(escape(r.caption))</text>"
        }
        return svg + "</svg>"
    }

    private static func num(_ d: Double) -> String { JSONWriter.format(d, places: 1) }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="attrib"/>
        <title>\(escape(title))</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        \(body)<footer>Generated by attrib. Highlights are machine tags with confidence levels, not verdicts: review them.</footer>
        </body>
        </html>

        """
    }

    private static let css = """
        body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d1d1f; margin: 0 auto; max-width: 1100px; padding: 24px; background: #fff; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; } h3 { font-size: 15px; margin: 16px 0 4px; }
        .meta, .dim { color: #666; font-size: 13px; }
        code { font: 13px ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
        .card { border: 1px solid #ddd; border-radius: 8px; padding: 10px 16px; min-width: 120px; }
        .card b { display: block; font-size: 22px; } .card span { color: #666; font-size: 13px; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd; border-radius: 8px; padding: 16px; line-height: 1.9; font-family: Georgia, "Times New Roman", serif; font-size: 16px; }
        .m { border-radius: 2px; cursor: help; } .m:hover { outline: 1px solid #333; }
        .content { background: #fff3b0; }
        .src.k-named, .k-named { background: #cfe3ff; fill: #8fb8f2; } .src.k-anonymous, .k-anonymous { background: #ffd2a6; fill: #f2a65a; }
        .src.k-vague, .k-vague { background: #ffb3b3; fill: #e57373; } .src.k-document, .k-document { background: #c9efd5; fill: #6cc58a; }
        .src.k-pronoun, .k-pronoun { background: #e3d7ff; fill: #a58ae6; } .k-hedge { background: #e6e6e6; fill: #b0b0b0; } .k-none { background: #eee; fill: #ccc; }
        .cue { font-weight: 700; border-bottom: 2px solid #333; }
        .reason { font-style: italic; text-decoration: underline dotted #555; }
        .finding { text-decoration: underline wavy #d32f2f; text-decoration-skip-ink: none; } .finding.sev-info { text-decoration-color: #1976d2; }
        .legend .m { padding: 1px 4px; margin-right: 4px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #eee; padding: 4px 6px; }
        th { background: #fafafa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .tag { border-radius: 10px; padding: 0 8px; font-size: 12px; background: #eee; white-space: nowrap; }
        .sev { border-radius: 10px; padding: 0 8px; font-size: 12px; color: #fff; } .sev.sev-error { background: #c62828; } .sev.sev-warning { background: #ef6c00; } .sev.sev-info { background: #1976d2; }
        blockquote { margin: 4px 0 8px 0; padding-left: 10px; border-left: 3px solid #ddd; color: #444; }
        .review { font-size: 12px; } .v-confirmed { color: #2e7d32; } .v-rejected { color: #c62828; } .v-note { color: #555; }
        svg.chart { font: 12px sans-serif; max-width: 100%; height: auto; } svg .track { fill: #f0f0f0; } svg .bar { fill: #f2a65a; } svg text { fill: #333; }
        footer { margin-top: 32px; color: #888; font-size: 12px; }
        """
}
