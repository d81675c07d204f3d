import AttribCore
import Testing

/// Reading brat standoff: code point offsets against UTF-8 bytes, discontinuous spans, CRLF files,
/// entity texts that run over lines, and malformed lines reported by line number while the rest
/// of the file is still read. The texts were written for these tests.
@Suite("brat standoff")
struct BratAnnotationsTests {
    /// Code point offsets of the `nth` occurrence of `needle` in `text`, as brat writes them.
    static func cp(_ needle: String, in text: String, nth: Int = 1) -> (Int, Int) {
        let hay = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var seen = 0
        for i in 0...(hay.count - n.count) where Array(hay[i..<(i + n.count)]) == n {
            seen += 1
            if seen == nth { return (i, i + n.count) }
        }
        preconditionFailure("\(needle) not in text")
    }

    /// UTF-8 byte span of the `nth` occurrence of `needle`.
    static func bytes(_ needle: String, in text: String, nth: Int = 1) -> Span {
        let (s, e) = cp(needle, in: text, nth: nth)
        let scalars = Array(text.unicodeScalars)
        let start = scalars[..<s].reduce(0) { $0 + String($1).utf8.count }
        let end = start + scalars[s..<e].reduce(0) { $0 + String($1).utf8.count }
        return Span(start, end)
    }

    static let prefixes = ["", "🗞️📰 東京の記者 — ünïcødé\n\n"]

    @Test func codePointsAndBytesConvertBothWays() {
        let text = "Café 🗞️ «said»\r\nmore"
        let o = CodePointOffsets(Array(text.utf8))
        #expect(o.count == text.unicodeScalars.count)
        // "C a f é ␠ 🗞 VS16 ␠ « s": é is 2 bytes, 🗞 4, the variation selector 3, « 2.
        #expect(o.byte(4) == 5)
        #expect(o.byte(5) == 6)
        #expect(o.byte(6) == 10)
        #expect(o.byte(7) == 13)
        #expect(o.byte(9) == 16)
        #expect(o.byte(o.count) == text.utf8.count)
        for i in 0...o.count { #expect(o.codePoint(o.byte(i)) == i) }
    }

    @Test(arguments: prefixes)
    func entitiesEventsAndDiscontinuousSpans(prefix: String) {
        let text = prefix + "“We will appeal,” Dana Ruiz said. “It is not over.”\n"
        func t(_ id: String, _ label: String, _ parts: [String], nth: Int = 1) -> String {
            let offsets = parts.map { p -> String in let (s, e) = BratAnnotationsTests.cp(p, in: text, nth: nth); return "\(s) \(e)" }
            return "\(id)\t\(label) \(offsets.joined(separator: ";"))\t\(parts.joined(separator: " "))"
        }
        let ann = [
            t("T1", "Source", ["Dana Ruiz"]),
            t("T2", "Cue", ["said"]),
            t("T3", "Content", ["“We will appeal,”", "“It is not over.”"]),
            t("T4", "Attribution", ["said"]),
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "A1\tAnonymous E1",
            "R1\tSame Arg1:T1 Arg2:T1",
            "#1\tAnnotatorNotes T1\ta note",
            "",
        ].joined(separator: "\n")
        let a = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        #expect(a.problems.isEmpty)
        #expect(a.entityOrder == ["T1", "T2", "T3", "T4"])
        #expect(a.spans(of: "T1") == [Self.bytes("Dana Ruiz", in: text)])
        #expect(a.spans(of: "T3") == [Self.bytes("“We will appeal,”", in: text), Self.bytes("“It is not over.”", in: text)])
        #expect(a.events.count == 1)
        #expect(a.events[0].trigger == "T4")
        #expect(a.events[0].arguments.map(\.role) == ["Source", "Cue", "Content"])

        let gold = BratGold(a)
        #expect(gold.attributions.count == 1)
        #expect(gold.attributions[0].content.count == 2)
        #expect(gold.spans[.content]?.count == 2)
        #expect(gold.spans[.cue] == [Self.bytes("said", in: text)])
    }

    @Test func crlfAnnotationFilesAndTextsCountEveryCharacter() {
        // The carriage return is a character of the text: offsets after it count it.
        let text = "Headline\r\nThe mayor said the bridge would reopen.\r\n"
        let (s, e) = Self.cp("said", in: text)
        let ann = "T1\tCue \(s) \(e)\tsaid\r\nE1\tAttribution:T1 Cue:T1\r\n"
        let a = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        #expect(a.problems.isEmpty)
        #expect(a.spans(of: "T1") == [Self.bytes("said", in: text)])
        #expect(s == 20)
    }

    @Test func anEntityTextWithLineBreaksRunsOverTheNextLines() {
        let text = "Intro.\n\nShe said this.\nAnd that."
        let (s, e) = Self.cp("Intro.\n\nShe said this.\nAnd", in: text)
        let ann = "T1\tContent \(s) \(e)\tIntro.\n\nShe said this.\nAnd\nT2\tCue 12 16\tsaid\n"
        let a = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        #expect(a.problems.isEmpty)
        #expect(a.entityOrder == ["T1", "T2"])
        #expect(a.spans(of: "T2") == [Span(12, 16)])
    }

    @Test func malformedLinesAreReportedByLineAndTheRestIsRead() {
        let text = "Ana Ruiz said the vote was close."
        let ann = [
            "T1\tSource 0 8\tAna Ruiz",         // 1 ok
            "T2\tCue 9 13",                     // 2 ok (no text field: nothing to check)
            "T3\tContent 14 x\tthe vote",       // 3 offsets not numbers
            "T4\tContent 20 14\tvote",          // 4 start after end
            "T5\tContent 14 400\tthe vote",     // 5 past the end
            "T6\tContent 14 22\tthe vite",      // 6 text does not match
            "this is not standoff",             // 7 unknown line
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T9",  // 8 refers to a missing entity
            "E2\tAttribution:T2 Source T1",     // 9 argument without a colon
            "T1\tSource 0 3\tAna",              // 10 defined twice
        ].joined(separator: "\n")
        let a = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        #expect(a.problems.map(\.line) == [3, 4, 5, 6, 7, 9, 10, 8])
        #expect(a.problems[0].reason.contains("not \"start end\""))
        #expect(a.problems[2].reason.contains("past the end"))
        #expect(a.problems[3].reason.contains("does not match"))
        #expect(a.problems.last!.reason.contains("T9"))
        // The usable lines are still read: the event keeps its source and cue.
        let gold = BratGold(a)
        #expect(gold.attributions.count == 1)
        #expect(gold.attributions[0].source == [Span(0, 8)])
        #expect(gold.attributions[0].cue == [Span(9, 13)])
        #expect(gold.attributions[0].content.isEmpty)
    }

    @Test func eventsWithoutRolesAreNotAttributionsAndLabelsAreConfigurable() throws {
        let text = "Critics said no."
        let ann = "T1\tSpeaker 0 7\tCritics\nT2\tTrigger 8 12\tsaid\nT3\tWords 13 15\tno\n"
            + "E1\tAttribution:T2 Speaker:T1 Trigger:T2 Words:T3\nE2\tAttribution:T2\n"
        let a = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        #expect(BratGold(a).attributions.isEmpty)  // default labels: none of these roles
        let labels = try BratLabels.parse("source=Speaker,cue=Trigger,content=Words").get()
        let gold = BratGold(a, labels: labels)
        #expect(gold.attributions.count == 1)  // E2 has no role: an empty event
        #expect(gold.attributions[0].source == [Span(0, 7)])
        #expect(gold.attributions[0].content == [Span(13, 15)])
        #expect(throws: BratLabels.LabelError.self) { try BratLabels.parse("speaker=Speaker").get() }
        #expect(throws: BratLabels.LabelError.self) { try BratLabels.parse("source").get() }
    }

    @Test func trimmingDropsSpacesQuotationMarksAndFinalPunctuation() {
        func trim(_ s: String, _ inner: String) -> Bool {
            let b = Array(s.utf8)
            let t = SpanMatching.trimmed(Span(0, b.count), in: b)
            return String(decoding: b[t.start..<t.end], as: UTF8.self) == inner
        }
        #expect(trim(" “We will appeal,” ", "We will appeal"))
        #expect(trim("''The ferry is late,''", "The ferry is late"))
        #expect(trim("«Non.»", "Non"))
        #expect(trim("said:", "said"))
        #expect(trim("O’Malley’s campaign", "O’Malley’s campaign"))
        #expect(trim("—", "—"))
        #expect(trim(":", ":"))  // nothing would be left: the span stays whole
    }

    @Test func oneToOneMatchingIsMaximal() {
        // Left 0 prefers right 0, left 1 can only take right 0: the matching moves 0 to right 1.
        let partner = SpanMatching.oneToOne([[0, 1], [0]], rightCount: 2)
        #expect(partner == [1, 0])
        #expect(SpanMatching.oneToOne([[0], [0], []], rightCount: 1) == [0, nil, nil])
    }
}
