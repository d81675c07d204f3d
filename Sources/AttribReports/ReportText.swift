import AttribCore

/// The formats `attrib report` writes.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, json, csv, html
}

/// Small formatting helpers shared by the renderers.
enum ReportFormatting {
    /// "40%", "33.3%": a share in percent with at most one decimal.
    static func percent(_ share: Double) -> String { JSONWriter.format(share * 100, places: 1) + "%" }

    /// "0.9", "0.85": a confidence with at most two decimals.
    static func confidence(_ c: Double) -> String { JSONWriter.format(c, places: 2) }

    /// One line of text, cut to `limit` characters with an ellipsis.
    static func clip(_ s: String, _ limit: Int) -> String {
        let line = SegmentReport.oneLine(s)
        guard line.count > limit else { return line }
        return String(line.prefix(max(1, limit - 1))) + "…"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func padLeft(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    /// "published 2025-03-01", "ingested 2025-03-02T…", or nil.
    static func dates(_ info: DocumentInfo) -> [String] {
        var out: [String] = []
        if let p = info.published { out.append("published \(p)") }
        if let i = info.ingestedAt { out.append("ingested \(i)") }
        return out
    }

    /// "confirmed by desk", "rejected by desk: reason", "note by desk: text".
    static func review(_ r: Review) -> String {
        let note = r.note.map { ": \(SegmentReport.oneLine($0))" } ?? ""
        return "\(r.verdict.rawValue) by \(r.by)\(note)"
    }

    /// The latest verdict of a list of reviews (notes do not override a verdict).
    static func verdict(_ reviews: [Review]) -> Verdict? {
        reviews.last { $0.verdict != .note }?.verdict ?? (reviews.isEmpty ? nil : .note)
    }

    /// A source as a report names it: the most complete form as written, and for a source that
    /// counts per document, the document ("the company — in Copper mine spill").
    static func sourceName(_ s: SourceTally) -> String {
        let name = SegmentReport.oneLine(s.name)
        return s.document.map { "\(name) — in \(SegmentReport.oneLine($0.shortName))" } ?? name
    }

    static func kindLabel(_ item: AttributionItem) -> String {
        guard let kind = item.kind else { return item.attribution.cue?.category == .hedge ? "hedge" : "none" }
        return kind.rawValue
    }
}
