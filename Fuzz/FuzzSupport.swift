// Checks shared by the fuzz targets (compiled into one module with the AttribCore sources, so the
// targets see its internals). A broken invariant traps, and libFuzzer saves the input.

/// The format a fuzz input asks for: its first byte picks it, the rest is the document.
func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> SourceDocument? {
    guard size > 0 else { return nil }
    let formats: [InputFormat] = [.text, .markdown, .html, .text]
    let format = formats[Int(data[0] & 3)]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    return SourceDocument(name: "fuzz", bytes: bytes, format: format)
}

func require(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(what())") }
}

/// Whether `i` is the start of a UTF-8 scalar (or the end of the text).
func isBoundary(_ bytes: [UInt8], _ i: Int) -> Bool {
    i == bytes.count || (bytes[i] & 0xC0) != 0x80
}

/// A span inside the document, on scalar boundaries, whose text is exactly its bytes.
func checkSpan(_ span: Span, in document: SourceDocument, _ what: String) {
    let n = document.bytes.count
    require(0 <= span.start && span.start <= span.end && span.end <= n, "\(what) \(span) outside 0..<\(n)")
    require(isBoundary(document.bytes, span.start) && isBoundary(document.bytes, span.end), "\(what) \(span) cuts a character")
    require(Array(document.text(span).utf8) == Array(document.bytes[span.start..<span.end]), "\(what) \(span) text differs from its bytes")
}

/// What the readers promise: offsets map back into the original, in order; breaks and attached
/// markup are sorted and in range; without an origin map the analysed text has the original length.
func checkProse(_ prose: ProseText, _ document: SourceDocument) {
    let n = document.bytes.count
    require(prose.originalCount == n, "originalCount \(prose.originalCount) != \(n)")
    if let origin = prose.origin {
        require(origin.count == prose.bytes.count, "origin has \(origin.count) entries for \(prose.bytes.count) bytes")
        var last = 0
        for o in origin {
            let o = Int(o)
            require(o >= last && o < max(n, 1), "origin \(o) out of order or range (after \(last), length \(n))")
            last = o
        }
    } else {
        require(prose.bytes.count == n, "analysed length \(prose.bytes.count) != original \(n) without an origin map")
        // Masking only turns bytes into spaces and keeps line breaks.
        for i in 0..<n where prose.bytes[i] != document.bytes[i] {
            require(prose.bytes[i] == 0x20 && document.bytes[i] != 0x0A && document.bytes[i] != 0x0D, "byte \(i) changed to \(prose.bytes[i])")
        }
    }
    var previous = 0
    for b in prose.breaks {
        require(b >= previous && b <= prose.bytes.count, "break \(b) out of order or range")
        previous = b
    }
    var lastStart = 0
    for m in prose.attachedMarkup {
        require(m.start >= lastStart && m.end <= n, "attached markup \(m) out of order or range")
        lastStart = m.start
    }
}

/// Sentences are inside the text, in order, never overlapping, non-empty and on scalar boundaries.
func checkSentences(_ sentences: [Sentence], _ prose: ProseText, _ document: SourceDocument) {
    var end = 0
    var paragraph = 0
    for (i, s) in sentences.enumerated() {
        checkSpan(s.span, in: document, "sentence \(i)")
        require(s.span.start >= end, "sentence \(i) \(s.span) overlaps the one before (ends \(end))")
        require(!s.span.isEmpty, "sentence \(i) is empty")
        require(0 <= s.prose.start && s.prose.end <= prose.bytes.count, "sentence \(i) prose span \(s.prose) out of range")
        require(s.paragraph >= paragraph, "sentence \(i) paragraph \(s.paragraph) before \(paragraph)")
        end = s.span.end
        paragraph = s.paragraph
    }
}

/// Every span of every attribution and finding is inside the document and names a real sentence.
func checkAnalysis(_ a: DocumentAnalysis) {
    let d = a.document
    let count = a.sentences.count
    var previous = (sentence: 0, cue: 0)
    for (i, at) in a.attributions.enumerated() {
        require(at.sentence >= 0 && at.sentence < count, "attribution \(i) sentence \(at.sentence) of \(count)")
        let key = (at.sentence, at.cue?.span.start ?? 0)
        require(previous <= key, "attribution \(i) out of order")
        previous = key
        if let cue = at.cue { checkSpan(cue.span, in: d, "attribution \(i) cue") }
        if let source = at.source {
            checkSpan(source.span, in: d, "attribution \(i) source")
            if let r = source.resolved { checkSpan(r, in: d, "attribution \(i) resolved source") }
        }
        if let content = at.content { checkSpan(content, in: d, "attribution \(i) content") }
        if let reason = at.anonymityReason { checkSpan(reason, in: d, "attribution \(i) reason") }
        require(at.confidence >= 0 && at.confidence <= 1, "attribution \(i) confidence \(at.confidence)")
    }
    for (i, f) in a.findings.enumerated() {
        checkSpan(f.span, in: d, "finding \(i) (\(f.rule))")
        if let s = f.sentence { require(s >= 0 && s < count, "finding \(i) sentence \(s) of \(count)") }
        require(f.confidence >= 0 && f.confidence <= 1, "finding \(i) confidence \(f.confidence)")
        let location = a.lines.location(of: f.span.start)
        require(location.line >= 1 && location.line <= a.lines.lineCount && location.column >= 1, "finding \(i) at \(location)")
    }
}
