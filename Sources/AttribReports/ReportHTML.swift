import AttribCore

/// `attrib report --format html`: one self-contained page (inline CSS, no script, no external
/// assets, links only within the page). Every piece of article text goes through ``escape(_:)``;
/// the page is also well-formed XML, so tests can parse it and check that markup in an article is
/// only text. Charts are HTML with CSS widths, so they reflow on a phone and no label is cut.
public enum ReportHTML {
    public static func article(_ r: ArticleReport) -> String {
        let c = r.counts
        var body = "<header><h1>\(escape(r.info.shortName))</h1>\n<p class=\"meta\"><code>\(escape(r.info.name))</code>"
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
            body += "<div class=\"scroll\"><table class=\"wide\"><thead><tr><th>id</th><th>line</th><th>source</th><th>kind</th><th>cue</th><th>content</th>"
            body += "<th>quote</th><th>confidence</th><th>rules</th><th>review</th></tr></thead><tbody>\n"
            for (i, a) in r.attributions.enumerated() {
                let x = a.attribution
                let ref = attributionRef(a, i)
                var source = a.source.map(escape) ?? "—"
                if let resolved = a.resolved { source += " <span class=\"dim\">= \(escape(resolved))</span>" }
                if let reason = a.reason { source += "<div class=\"dim\">reason: \(escape(reason))</div>" }
                body += "<tr id=\"\(ref.anchor)\"><td><a class=\"id\" href=\"#t-\(ref.anchor)\" title=\"Show in the article\">\(escape(ref.label))</a></td>"
                body += "<td>\(a.location.line)</td><td>\(source)</td>"
                body += "<td><span class=\"tag k-\(ReportFormatting.kindLabel(a))\">\(ReportFormatting.kindLabel(a))</span></td>"
                body += "<td>\(a.cue.map(escape) ?? "—")\(x.cue.map { " <span class=\"dim\">\($0.category.rawValue)\($0.loaded ? ", loaded" : "")</span>" } ?? "")</td>"
                body += "<td>\(a.content.map { escape(ReportFormatting.clip($0, 240)) } ?? "—")</td><td>\(x.quote.rawValue)</td>"
                body += "<td>\(x.level.rawValue) (\(ReportFormatting.confidence(x.confidence)))</td>"
                body += "<td class=\"dim rules\">\(escape(x.rules.joined(separator: " ")))</td><td>\(reviews(a.reviews))</td></tr>\n"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>\n"

        body += "<section><h2>Sources</h2>\n"
        if r.sources.isEmpty {
            body += "<p>None.</p>"
        } else {
            body += "<div class=\"scroll\"><table><thead><tr><th>source</th><th>kind</th><th>mentions</th></tr></thead><tbody>\n"
            for s in r.sources {
                body += "<tr><td>\(escape(s.name))</td><td><span class=\"tag k-\(s.kind.rawValue)\">\(s.kind.rawValue)</span></td><td class=\"num\">\(s.mentions)</td></tr>\n"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>\n"

        body += "<section><h2>Findings</h2>\n"
        let groups = r.findingGroups
        if groups.isEmpty { body += "<p>None.</p>" }
        let findingIndex = Dictionary(r.findings.enumerated().map { ($0.element.key + "\u{0}\($0.element.finding.span.start)", $0.offset) },
                                      uniquingKeysWith: { a, _ in a })
        for g in groups {
            body += "<h3><code>\(escape(g.rule))</code> <span class=\"sev sev-\(g.severity.rawValue)\">\(g.severity.rawValue)</span> (\(g.items.count))</h3>\n<ul class=\"findings\">"
            for f in g.items {
                let ref = findingRef(f, findingIndex[f.key + "\u{0}\(f.finding.span.start)"] ?? 0)
                body += "<li id=\"\(ref.anchor)\"><a class=\"id\" href=\"#t-\(ref.anchor)\" title=\"Show in the article\">\(escape(ref.label))</a> "
                body += "line \(f.location.line), column \(f.location.column): \(escape(f.finding.message))"
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
            (label: d.info.shortName, full: d.info.name, value: d.counts.anonymousShare,
             caption: "\(ReportFormatting.percent(d.counts.anonymousShare)) (\(d.counts.anonymous + d.counts.vague)/\(d.counts.sourced))")
        })
        body += "</section>\n"

        let trend = r.trend
        if trend.count > 1 {
            body += "<section><h2>Trend: anonymous share by \(trend.first?.period.count == 7 ? "month" : "day")</h2>\n"
            body += bars(trend.map { p in
                (label: p.period, full: p.period, value: p.counts.anonymousShare,
                 caption: "\(ReportFormatting.percent(p.counts.anonymousShare)) · \(p.documents) docs · \(p.counts.findings) findings")
            })
            body += "</section>\n"
        }

        body += "<section><h2>Most cited sources</h2>\n"
        if r.sources.isEmpty { body += "<p>None.</p>" } else {
            body += "<p class=\"dim\">Anonymous and vague sources, and common nouns such as “the company”, are counted per document.</p>\n"
            body += "<div class=\"scroll\"><table><thead><tr><th>source</th><th>kind</th><th>mentions</th><th>documents</th></tr></thead><tbody>\n"
            for s in r.sources.prefix(top) {
                var name = escape(s.name)
                if let d = s.document { name += "<div class=\"dim\">in \(escape(d.shortName))</div>" }
                body += "<tr><td>\(name)</td><td><span class=\"tag k-\(s.kind.rawValue)\">\(s.kind.rawValue)</span></td>"
                body += "<td class=\"num\">\(s.mentions)</td><td class=\"num\">\(s.documents)</td></tr>\n"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>\n"

        body += "<section><h2>Documents by findings</h2>\n"
        if r.documents.isEmpty { body += "<p>None.</p>" } else {
            body += "<div class=\"scroll\"><table class=\"medium\"><thead><tr><th>id</th><th>document</th><th>published</th><th>attributions</th><th>anonymous share</th><th>findings</th></tr></thead><tbody>\n"
            for d in r.byFindings.prefix(top) {
                var name = escape(d.info.displayName)
                if d.info.displayName != d.info.name { name += "<div class=\"dim\">\(escape(d.info.name))</div>" }
                body += "<tr><td>\(d.info.id.map { "\($0)" } ?? "")</td><td class=\"doc\">\(name)</td>"
                body += "<td class=\"date\">\(escape(d.info.published ?? ""))</td><td class=\"num\">\(d.counts.attributions)</td>"
                body += "<td class=\"num\">\(ReportFormatting.percent(d.counts.anonymousShare))</td><td class=\"num\">\(d.counts.findings)</td></tr>\n"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>\n"

        body += "<section><h2>Findings by rule</h2>\n"
        if r.rules.isEmpty { body += "<p>None.</p>" } else {
            body += "<div class=\"scroll\"><table><thead><tr><th>rule</th><th>severity</th><th>findings</th><th>documents</th></tr></thead><tbody>\n"
            for rule in r.rules {
                body += "<tr><td><code>\(escape(rule.rule))</code></td><td><span class=\"sev sev-\(rule.severity.rawValue)\">\(rule.severity.rawValue)</span></td>"
                body += "<td class=\"num\">\(rule.findings)</td><td class=\"num\">\(rule.documents)</td></tr>\n"
            }
            body += "</tbody></table></div>"
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
        <span class="m reason">anonymity reason</span></p>
        <p class="legend">Findings are underlined by severity: <span class="m finding sev-error">error</span> \
        <span class="m finding sev-warning">warning</span> <span class="m finding sev-info">info</span> \
        (info: a check-worthy claim without attribution, a hedge or a loaded verb). \
        Labels such as <span class="ref" data-ref="A12"></span> and <span class="ref sev-warning" data-ref="F3"></span> \
        link to the attribution’s or finding’s row below, and each row’s id links back. \
        <span class="dim">Hover a highlight for its kind, confidence and rules.</span></p>
        """

    /// An attribution's or finding's id and in-page anchor: its store id (`A12`, `F3`) or, for a
    /// document that was never stored, its position (`a1`, `f1`).
    private struct Ref {
        var anchor: String
        var label: String { anchor }
    }

    private static func attributionRef(_ a: AttributionItem, _ index: Int) -> Ref {
        Ref(anchor: a.id ?? "a\(index + 1)")
    }

    private static func findingRef(_ f: FindingItem, _ index: Int) -> Ref {
        Ref(anchor: f.id ?? "f\(index + 1)")
    }

    /// A small label after a highlight that links to its row. It is an empty element whose text
    /// comes from CSS, so the article's text stays exactly the article's.
    private static func refLink(_ ref: Ref, _ extraClass: String = "") -> String {
        "<a class=\"ref\(extraClass.isEmpty ? "" : " " + extraClass)\" id=\"t-\(ref.anchor)\" href=\"#\(ref.anchor)\" data-ref=\"\(escape(ref.label))\" aria-label=\"\(escape(ref.label))\"></a>"
    }

    private struct Mark {
        var span: Span
        var cls: String
        var title: String
    }

    /// The article text with every cue, source, content, reason and finding span wrapped in a
    /// `<span>` whose classes color it and whose title explains it. Overlapping spans are cut
    /// into flat segments, each carrying the classes and titles of every mark covering it. After
    /// each attribution's cue (else its source, else its content) and after each finding, a label
    /// links to its row in the tables.
    static func highlighted(_ r: ArticleReport) -> String {
        let a = r.analysis
        let n = a.document.bytes.count
        var marks: [Mark] = []
        var refs: [(at: Int, link: String)] = []
        for (i, item) in r.attributions.enumerated() {
            let x = item.attribution
            let ref = attributionRef(item, i)
            let id = "\(ref.label) · "
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
            if let anchor = x.cue?.span ?? x.source?.span ?? x.content, !anchor.isEmpty {
                refs.append((min(max(0, anchor.end), n), refLink(ref)))
            }
        }
        for (i, f) in r.findings.enumerated() {
            let ref = findingRef(f, i)
            let severity = f.finding.severity.rawValue
            marks.append(Mark(span: f.finding.span, cls: "finding sev-\(severity)",
                              title: "\(ref.label) · \(f.finding.rule) (\(severity)): \(f.finding.message) · confidence \(ReportFormatting.confidence(f.finding.confidence))"))
            refs.append((min(max(0, f.finding.span.end), n), refLink(ref, "sev-\(severity)")))
        }
        marks = marks.filter { !$0.span.isEmpty && $0.span.start < n }.map { m in
            var m = m
            m.span = Span(max(0, m.span.start), min(n, m.span.end))
            return m
        }.sorted { $0.span.start < $1.span.start }
        var refsAt: [Int: [String]] = [:]
        for r in refs { refsAt[r.at, default: []].append(r.link) }
        var boundaries = Set([0, n])
        for m in marks { boundaries.insert(m.span.start); boundaries.insert(m.span.end) }
        for at in refsAt.keys { boundaries.insert(at) }
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
            if let links = refsAt[hi] { out += links.joined() }
        }
        return out
    }

    /// One stacked bar of the article's sourced attributions by source kind, with a key. Hedges
    /// have no source and are only mentioned under it.
    private static func kindChart(_ r: ArticleReport) -> String {
        var counts: [(String, Int)] = []
        for kind in SourceKind.allCases {
            let n = r.attributions.filter { $0.kind == kind }.count
            if n > 0 { counts.append((kind.rawValue, n)) }
        }
        let total = counts.reduce(0) { $0 + $1.1 }
        let hedges = r.attributions.filter { $0.kind == nil && $0.attribution.cue?.category == .hedge }.count
        let unsourced = r.attributions.filter { $0.kind == nil }.count - hedges
        var notes: [String] = []
        if hedges > 0 { notes.append(hedges == 1 ? "1 hedge" : "\(hedges) hedges") }
        if unsourced > 0 { notes.append(unsourced == 1 ? "1 other attribution" : "\(unsourced) other attributions") }
        let note = notes.isEmpty ? "" : "<p class=\"dim\">Not counted: \(notes.joined(separator: " and ")) without a source.</p>"
        guard total > 0 else { return "<p>No attributions with a source.</p>" + note }
        let label = counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        var html = "<div class=\"stack\" role=\"img\" aria-label=\"attributions by source kind: \(label)\">"
        for (kind, n) in counts {
            html += "<span class=\"k-\(kind)\" style=\"width: \(num(100 * Double(n) / Double(total)))%\" title=\"\(kind): \(n)\"></span>"
        }
        html += "</div>\n<ul class=\"keys\">"
        for (kind, n) in counts { html += "<li><i class=\"k-\(kind)\"></i>\(kind) \(n)</li>" }
        return html + "</ul>\n" + note
    }

    /// Horizontal bars for values in 0…1, one row per label: the label (cut with an ellipsis
    /// when long, whole on hover), the bar, and the caption, which is never cut.
    private static func bars(_ rows: [(label: String, full: String, value: Double, caption: String)]) -> String {
        guard !rows.isEmpty else { return "<p>None.</p>" }
        var html = "<div class=\"bars\">\n"
        for r in rows {
            let w = max(0, min(1, r.value)) * 100
            html += "<div class=\"row\"><span class=\"label\" title=\"\(escape(r.full))\">\(escape(r.label))</span>"
            html += "<span class=\"track\"><span class=\"bar\" style=\"width: \(num(w))%\"></span></span>"
            html += "<span class=\"caption\">\(escape(r.caption))</span></div>\n"
        }
        return html + "</div>"
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
        h1 { font-size: 24px; margin: 0 0 4px; overflow-wrap: anywhere; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; } h3 { font-size: 15px; margin: 16px 0 4px; }
        .meta, .dim { color: #666; font-size: 13px; } .meta { overflow-wrap: anywhere; }
        code { font: 13px ui-monospace, Menlo, Consolas, monospace; background: #f3f3f3; padding: 1px 4px; border-radius: 3px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { border: 1px solid #ddd; border-radius: 8px; padding: 10px 16px; }
        .card b { display: block; font-size: 22px; } .card span { color: #666; font-size: 13px; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd; border-radius: 8px; padding: 16px; line-height: 1.9; font-family: Georgia, "Times New Roman", serif; font-size: 16px; }
        .m { border-radius: 2px; cursor: help; } .m:hover { outline: 1px solid #333; }
        .content { background: #fff3b0; }
        .k-named { background: #cfe3ff; } .k-anonymous { background: #ffd2a6; } .k-vague { background: #ffb3b3; }
        .k-document { background: #c9efd5; } .k-pronoun { background: #e3d7ff; } .k-hedge, .k-none { background: #e6e6e6; }
        .stack .k-named, .keys .k-named { background: #8fb8f2; } .stack .k-anonymous, .keys .k-anonymous { background: #f2a65a; }
        .stack .k-vague, .keys .k-vague { background: #e57373; } .stack .k-document, .keys .k-document { background: #6cc58a; }
        .stack .k-pronoun, .keys .k-pronoun { background: #a58ae6; }
        .cue { font-weight: 700; border-bottom: 2px solid #333; }
        .reason { font-style: italic; text-decoration: underline dotted #555; }
        .finding { text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
        .finding.sev-info { text-decoration-color: #1976d2; } .finding.sev-warning { text-decoration-color: #ef6c00; } .finding.sev-error { text-decoration-color: #c62828; }
        .legend { margin: 4px 0 8px; } .legend .m { padding: 1px 4px; margin-right: 4px; }
        .ref { display: inline-block; font: 600 10px/1.4 ui-monospace, Menlo, Consolas, monospace; color: #444; background: #eee; border-radius: 3px; padding: 0 3px; margin: 0 2px; vertical-align: super; text-decoration: none; }
        .ref::after { content: attr(data-ref); } a.ref:hover { background: #333; color: #fff; }
        .ref.sev-info { color: #0d47a1; background: #e3f0fc; } .ref.sev-warning { color: #8a3b00; background: #fdebd8; } .ref.sev-error { color: #8e0000; background: #fbe0e0; }
        a.id { font-weight: 600; color: #1d1d1f; white-space: nowrap; }
        :target { scroll-margin-top: 16px; } tr:target > td, li:target { background: #fff8d6; } .ref:target { outline: 2px solid #f2a65a; }
        .scroll { overflow-x: auto; } .scroll > table.wide { min-width: 900px; } .scroll > table.medium { min-width: 560px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; } th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #eee; padding: 4px 6px; }
        th { background: #fafafa; } td.num { text-align: right; font-variant-numeric: tabular-nums; } td.rules { overflow-wrap: anywhere; min-width: 10em; } td.doc { overflow-wrap: anywhere; } td.date { white-space: nowrap; }
        .tag { border-radius: 10px; padding: 0 8px; font-size: 12px; background: #eee; white-space: nowrap; }
        .sev { border-radius: 10px; padding: 0 8px; font-size: 12px; color: #fff; } .sev.sev-error { background: #c62828; } .sev.sev-warning { background: #ef6c00; } .sev.sev-info { background: #1976d2; }
        ul.findings { padding-left: 20px; } ul.findings li { padding: 2px 4px; }
        blockquote { margin: 4px 0 8px 0; padding-left: 10px; border-left: 3px solid #ddd; color: #444; }
        .review { font-size: 12px; } .v-confirmed { color: #2e7d32; } .v-rejected { color: #c62828; } .v-note { color: #555; }
        .stack { display: flex; height: 28px; border-radius: 4px; overflow: hidden; max-width: 640px; } .stack span { display: block; height: 100%; }
        .keys { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; }
        .keys i { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; }
        .bars { font-size: 13px; display: grid; grid-template-columns: minmax(0, 18rem) minmax(6rem, 1fr) max-content; gap: 4px 10px; align-items: center; } .bars .row { display: contents; }
        .bars .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; text-align: right; }
        .bars .track { background: #f0f0f0; height: 16px; border-radius: 2px; } .bars .bar { display: block; background: #f2a65a; height: 100%; border-radius: 2px; }
        .bars .caption { font-variant-numeric: tabular-nums; white-space: nowrap; }
        footer { margin-top: 32px; color: #888; font-size: 12px; }
        @media (max-width: 640px) {
          body { padding: 12px; font-size: 14px; }
          .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; } .card { padding: 8px 10px; } .card b { font-size: 18px; }
          .text { padding: 10px; font-size: 15px; line-height: 1.8; }
          .bars { grid-template-columns: minmax(0, 1fr) max-content; gap: 2px 8px; }
          .bars .label { grid-column: 1 / -1; text-align: left; margin-top: 6px; }
        }
        """
}
