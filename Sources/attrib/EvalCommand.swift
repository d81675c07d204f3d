import ArgumentParser
import AttribCore
import AttribReports
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score attrib against gold annotations (corpus/*.gold.json, or brat standoff).",
        discussion: """
            --gold json (default): for every NAME.gold.json in the folders, analyses the document it \
            names and compares sentences, cues, sources, contents, anonymity flags and findings; prints \
            precision, recall and F1 (exact and overlapping spans) and the precision of each confidence level.

            --gold brat: reads brat standoff gold, either NAME.txt beside NAME.ann (anywhere below the \
            folder) or PolNeAR's text/NAME.txt with attributions/NAME_<annotator>.ann, analyses each \
            text exactly as it is on disk, and scores cues, sources and contents (exact, begin and \
            overlap spans), attributions (cues overlap, one to one) with their sources and contents, \
            recall by cue lemma, precision by cue category and rule, and confidence calibration. \
            The method is in docs/real-news-evaluation.md.

            With --gold brat, --pronouns FILE scores attrib's resolution of pronoun sources against \
            annotated referents, and --kinds FILE its source kinds, anonymous flags and reasons for \
            anonymity against annotated sources (JSON Lines; format in docs/real-news-evaluation.md). \
            An annotation whose article's text has changed (another sha256) is an input error; the \
            rest is still scored.

            With --floors FILE (default: eval-floors.json in the first folder, when present), exits 1 \
            if any figure is below its floor. Exit codes: 0 ok; 1 below a floor; 2 usage or input \
            error (malformed gold lines are reported with file:line and the rest is still scored).

            --cases DIR runs the marked cases of DIR (corpus/cases: *.yml files, one per phenomenon, \
            described in docs/cases.md) instead: each case must give exactly its attributions, as \
            written and after a multi-byte prefix. Prints passed and failed cases per phenomenon \
            (--show failures lists each failing case at file:line with what differs); exits 1 if \
            any case fails, 2 if a case file cannot be read (the others still run).
            """)

    enum Gold: String, ExpressibleByArgument, CaseIterable { case json, brat }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum GroupBy: String, ExpressibleByArgument, CaseIterable { case none, prefix }
    /// `--show`: the brat examples (misses, false, pronouns, kinds, all) or, with --cases, the failing cases.
    enum Show: String, ExpressibleByArgument, CaseIterable { case misses, `false`, pronouns, kinds, all, failures }

    @Argument(help: ArgumentHelp("Folders with gold annotation files (default: corpus).", valueName: "dir"))
    var folders: [String] = []

    @Option(name: .long, help: ArgumentHelp("Run the marked cases of this folder (e.g. corpus/cases) instead of scoring gold files.", valueName: "dir"))
    var cases: String?

    @Option(name: .long, help: ArgumentHelp("A JSON file of minimum figures.", valueName: "file"))
    var floors: String?

    @Flag(name: .long, help: "Print each document's missed and spurious items (--gold json).")
    var verbose = false

    @Option(name: .long, help: "The gold format: json (attrib's *.gold.json) or brat (standoff .ann).")
    var gold: Gold = .json

    @Option(name: .long, help: ArgumentHelp("With --gold brat in PolNeAR's layout: score this annotator's files (NAME_<ID>.ann) instead of the first in sorted order.", valueName: "id"))
    var annotator: String?

    @Option(name: .long, help: ArgumentHelp("With --gold brat: the labels of the three roles.", valueName: "source=Source,cue=Cue,content=Content"))
    var labels: String?

    @Option(name: .long, help: "With --gold brat: also score by file-name prefix (the part before the first '_', a publisher in PolNeAR): none or prefix.")
    var groupBy: GroupBy = .none

    @Option(name: .long, help: "With --gold brat: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "With --gold brat: print examples for error analysis — misses (gold attributions attrib did not find), false (attrib's that match no gold), pronouns (with --pronouns: pronoun sources not found or resolved wrong), kinds (with --kinds: sources with a wrong kind, anonymous flag or reason) or all. With --cases: failures, each failing case and what differs.")
    var show: Show?

    @Option(name: .long, help: ArgumentHelp("With --show: print at most this many examples.", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("With --gold brat: score pronoun sources against the referents annotated in this JSON Lines file.", valueName: "file"))
    var pronouns: String?

    @Option(name: .long, help: ArgumentHelp("With --gold brat: score source kinds, anonymous flags and reasons against the sources annotated in this JSON Lines file.", valueName: "file"))
    var kinds: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Compare two runs of `attrib analyze --format jsonl` over the same inputs, attribution by attribution; exits 1 when they differ other than as --accept allows.",
        valueName: "old.jsonl new.jsonl"))
    var compare: [String] = []

    @Option(name: .long, help: ArgumentHelp("With --compare: a JSON file of accepted differences ([{\"document\", \"key\", \"reason\", \"case\"}]).", valueName: "file"))
    var accept: String?

    @Flag(name: .long, help: "With --gold brat: score the engine's raw confidences, before the calibration maps of the rules (rules/calibration.yml) are applied.")
    var rawConfidence = false

    @Option(name: .long, help: ArgumentHelp("With --gold brat: fit calibration maps to the raw confidences of the scorable attributions (isotonic, per rule and cue category) and write them to this file, in the form of rules/calibration.yml; prints a reliability table of the fit cross-validated by document.", valueName: "file"))
    var fitConfidence: String?

    @OptionGroup var rules: RulesOptions

    /// The gold folders, `corpus` when none is given.
    var goldFolders: [String] { folders.isEmpty ? ["corpus"] : folders }

    func validate() throws {
        if !compare.isEmpty && compare.count != 2 { throw ValidationError("--compare takes two files: OLD.jsonl NEW.jsonl") }
        if accept != nil && compare.isEmpty { throw ValidationError("--accept needs --compare") }
        if let cases {
            for (flag, set) in [("folder arguments", !folders.isEmpty), ("--compare", !compare.isEmpty), ("--gold", gold != .json), ("--floors", floors != nil),
                                ("--verbose", verbose), ("--annotator", annotator != nil), ("--labels", labels != nil),
                                ("--group-by", groupBy != .none), ("--format", format != .text), ("--limit", limit != nil),
                                ("--pronouns", pronouns != nil), ("--kinds", kinds != nil), ("--raw-confidence", rawConfidence),
                                ("--fit-confidence", fitConfidence != nil)] where set {
                throw ValidationError("\(flag) cannot be used with --cases")
            }
            if let show, show != .failures { throw ValidationError("with --cases, --show takes 'failures'") }
            if !CaseFolder.isDirectory(cases) { throw ValidationError("--cases \(cases): not a directory") }
            return
        }
        if show == .failures { throw ValidationError("--show failures needs --cases DIR") }
        if gold == .json {
            for (flag, set) in [("--annotator", annotator != nil), ("--labels", labels != nil), ("--group-by", groupBy != .none),
                                ("--format", format != .text), ("--show", show != nil), ("--limit", limit != nil),
                                ("--pronouns", pronouns != nil), ("--kinds", kinds != nil), ("--raw-confidence", rawConfidence),
                                ("--fit-confidence", fitConfidence != nil)] where set {
                throw ValidationError("\(flag) needs --gold brat")
            }
        }
        if let labels, case .failure(let e) = BratLabels.parse(labels) { throw ValidationError("--labels: \(e)") }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if show == .pronouns && pronouns == nil { throw ValidationError("--show pronouns needs --pronouns FILE") }
        if show == .kinds && kinds == nil { throw ValidationError("--show kinds needs --kinds FILE") }
    }

    func run() throws {
        if !compare.isEmpty { return try runCompare() }
        if let cases { return try runCases(cases) }
        if gold == .brat { return try runBrat() }
        let analyzer = Analyzer(rules: try rules.ruleSet())
        var evaluation = Evaluation()
        var errors = 0
        for folder in goldFolders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".gold.json") }.sorted()
            if names.isEmpty {
                Console.error("attrib: \(folder): no *.gold.json files")
                errors += 1
            }
            for name in names {
                let goldPath = folder + "/" + name
                do {
                    let goldBytes = try DocumentSource.readFile(goldPath)
                    let docName = try EvalCommand.documentName(goldBytes, goldPath)
                    let docPath = folder + "/" + docName
                    let bytes = try DocumentSource.readFile(docPath)
                    let doc = SourceDocument(name: docPath, bytes: bytes, format: InputFormat.from(path: docPath) ?? .text)
                    let gold = try GoldDocument.parse(json: goldBytes, file: goldPath, documentBytes: bytes)
                    let analysis = try analyzer.analyze(document: doc)
                    var one = Evaluation()
                    one.add(analysis, gold: gold)
                    if verbose { Console.write("\(docPath): cue F1 \(JSONWriterFormat.pct(one.cueOverlap.f1)) source F1 \(JSONWriterFormat.pct(one.sourceOverlap.f1)) findings F1 \(JSONWriterFormat.pct(one.allFindings.f1))\n") }
                    evaluation.add(analysis, gold: gold)
                } catch {
                    Console.error("attrib: \(error)")
                    errors += 1
                }
            }
        }
        Console.write(evaluation.table())
        Console.flush()
        if errors > 0 { throw ExitCode(ExitStatus.inputError) }
        try checkFloors(evaluation.figures)
    }

    func runBrat() throws {
        var ruleSet = try rules.ruleSet()
        if rawConfidence || fitConfidence != nil { ruleSet.calibration = .identity }
        let analyzer = Analyzer(rules: ruleSet)
        let labels = try labels.map { try BratLabels.parse($0).get() } ?? BratLabels()
        let examples = show.flatMap { BratEvaluation.ShowExamples(rawValue: $0.rawValue) }
        var evaluation = BratEvaluation(options: .init(lexicon: ruleSet.evaluation, groupByPrefix: groupBy == .prefix, show: examples,
                                                       collectSamples: fitConfidence != nil))
        var errors = 0
        var layouts: [String] = []
        let clock = ContinuousClock.now
        func report(_ problems: [AttribError]) {
            for p in problems { Console.error("attrib: \(p)") }
            errors += problems.count
        }
        // Annotated pronoun referents and source kinds, by article.
        var pronounGold: [String: [PronounAntecedent]] = [:], kindGold: [String: [AnnotatedSourceKind]] = [:]
        var scored = Set<String>()
        if let pronouns {
            let parsed = SourceGold.pronouns(try DocumentSource.readFile(pronouns), file: pronouns)
            report(parsed.problems)
            pronounGold = Dictionary(grouping: parsed.records, by: \.article)
            evaluation.pronouns = PronounEvaluation(collectWrong: examples?.pronounErrors ?? false)
        }
        if let kinds {
            let parsed = SourceGold.kinds(try DocumentSource.readFile(kinds), file: kinds)
            report(parsed.problems)
            kindGold = Dictionary(grouping: parsed.records, by: \.article)
            evaluation.kinds = SourceKindEvaluation(collectWrong: examples?.kindErrors ?? false)
        }
        for folder in goldFolders {
            let found = BratGoldFiles(folder: folder, annotator: annotator)
            layouts.append(found.layout.rawValue)
            for p in found.problems {
                Console.error("attrib: \(p)")
                errors += 1
            }
            if found.skipped > 0 { Console.error("attrib: \(folder): \(found.skipped) texts have no file by annotator \(annotator ?? "")") }
            if found.pairs.isEmpty && found.problems.isEmpty {
                Console.error("attrib: \(folder): no brat gold (NAME.txt + NAME.ann, or text/ + attributions/)")
                errors += 1
            }
            for pair in found.pairs {
                do {
                    let text = try DocumentSource.readFile(pair.text)
                    let annBytes = try DocumentSource.readFile(pair.ann)
                    let ann = BratAnnotations.parse(annBytes, text: text)
                    for p in ann.problems {
                        Console.error("attrib: \(AttribError.invalidAnnotation(file: pair.ann, line: p.line, reason: p.reason))")
                        errors += 1
                    }
                    let analysis = try analyzer.analyze(document: SourceDocument(name: pair.text, bytes: text, format: .text))
                    evaluation.add(analysis, gold: BratGold(ann, labels: labels), file: pair.text)
                    let article = String(((pair.text as NSString).lastPathComponent as NSString).deletingPathExtension)
                    if let records = pronounGold[article], let file = pronouns {
                        report(evaluation.pronouns!.add(records, analysis: analysis, file: pair.text, goldFile: file))
                        scored.insert(article)
                    }
                    if let records = kindGold[article], let file = kinds {
                        report(evaluation.kinds!.add(records, analysis: analysis, file: pair.text, goldFile: file))
                        scored.insert(article)
                    }
                } catch {
                    Console.error("attrib: \(error)")
                    errors += 1
                }
            }
        }
        // Annotations of articles that are not in the brat gold were not scored.
        for (file, lines) in [(pronouns, pronounGold.mapValues { $0.map(\.line) }), (kinds, kindGold.mapValues { $0.map(\.line) })] {
            guard let file else { continue }
            for (article, at) in lines.sorted(by: { $0.value[0] < $1.value[0] }) where !scored.contains(article) {
                report([.invalidGoldLine(file: file, line: at[0], column: 1,
                                         reason: "article \(article) is not in the brat gold; its \(at.count) annotations are not scored")])
            }
        }
        let elapsed = clock.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let header = BratEvalReport.Header(folders: goldFolders, layout: Array(Set(layouts)).sorted().joined(separator: "; "),
                                           annotator: annotator, seconds: format == .text ? seconds : nil)
        switch format {
        case .text:
            if show != nil {
                let listed = BratEvalReport.examples(evaluation, limit: limit == 0 ? nil : limit)
                if !listed.isEmpty { Console.write(listed + "\n") }
            }
            Console.write(BratEvalReport.text(evaluation, header: header))
        case .json:
            var e = evaluation
            if let limit, limit > 0 {
                if e.examples.count > limit { e.examples.removeLast(e.examples.count - limit) }
                if let n = e.pronouns?.wrong.count, n > limit { e.pronouns!.wrong.removeLast(n - limit) }
                if let n = e.kinds?.wrong.count, n > limit { e.kinds!.wrong.removeLast(n - limit) }
            }
            Console.write(bytes: BratEvalReport.json(e, header: header))
        }
        if let fitConfidence { try writeCalibration(evaluation, to: fitConfidence) }
        Console.flush()
        if errors > 0 { throw ExitCode(ExitStatus.inputError) }
        try checkFloors(evaluation.figures)
    }

    /// Fits calibration maps to the evaluation's samples, writes them, and prints how well the fit
    /// does on documents it was not fitted on.
    func writeCalibration(_ evaluation: BratEvaluation, to path: String) throws {
        guard !evaluation.samples.isEmpty else {
            Console.error("attrib: --fit-confidence: no scorable attributions to fit; \(path) not written")
            throw ExitCode(ExitStatus.inputError)
        }
        let folders = goldFolders.joined(separator: ", ")
        let fitted = ConfidenceCalibration.fit(evaluation.samples,
                                               fittedOn: "\(evaluation.documents) documents of \(folders), \(evaluation.samples.count) scorable attributions")
        let header = """
            # Confidence calibration: maps from the engine's raw confidence to the share of such tags that
            # were right on real news, per rule (an attribution's first rule id) and, where the data was
            # large enough, per cue category; `default` covers the rest. Written by
            #   attrib eval --gold brat DIR --fit-confidence FILE
            # (docs/confidence.md explains the method). Knots are [raw, calibrated]; values between knots
            # are interpolated, values outside take the nearest knot's.

            """
        do {
            try Data(fitted.yaml(header: header).utf8).write(to: URL(fileURLWithPath: path))
        } catch let e {
            throw CLIError.writeFailed(path: path, reason: e.localizedDescription)
        }
        let tags = ConfidenceCalibration.crossValidated(evaluation.samples)
        let r = BratEvaluation.reliability(tags)
        Console.write("\nfitted \(fitted.maps.count) calibration maps on \(evaluation.samples.count) scorable attributions; wrote \(path)\n")
        Console.write("cross-validated by document (fitted on half the documents, scored on the other half):\n")
        Console.write(BratEvalReport.reliabilityTable(r.levels, r.deciles))
    }

    /// `--cases DIR`: every marked case, pass/fail per phenomenon.
    func runCases(_ path: String) throws {
        let folder = CaseFolder(path: path)
        for e in folder.errors { Console.error("attrib: \(e)") }
        let report = folder.run(try rules.ruleSet())
        if show == .failures {
            Console.write(CaseReportText.failures(report))
            if !report.failures.isEmpty { Console.write("\n") }
        }
        Console.write(CaseReportText.table(report))
        Console.flush()
        if !folder.errors.isEmpty { throw ExitCode(ExitStatus.inputError) }
        if report.failed > 0 { throw ExitCode(ExitStatus.findings) }
    }

    func runCompare() throws {
        let old = try AnalysisSnapshot.documents(compare[0]), new = try AnalysisSnapshot.documents(compare[1])
        let accepted = try accept.map(AnalysisSnapshot.accepted) ?? []
        let c = AnalysisComparison(old: old, new: new, accepted: accepted)
        for d in c.differences { Console.write(d.description + "\n") }
        for n in c.onlyOld { Console.write("\(n): only in the old run\n") }
        for n in c.onlyNew { Console.write("\(n): only in the new run\n") }
        let open = c.unaccepted.count + c.onlyOld.count + c.onlyNew.count
        Console.write("\(c.documents) documents, \(c.items) items compared: \(c.differences.count) differences, \(c.differences.count - c.unaccepted.count) accepted\n")
        Console.flush()
        if open > 0 { throw ExitCode(ExitStatus.findings) }
    }

    /// Exits 1 when a figure is below its floor (--floors, or eval-floors.json in the first folder).
    func checkFloors(_ figures: [(String, Double)]) throws {
        let floorsPath = floors ?? goldFolders.first.map { $0 + "/eval-floors.json" }
        guard let floorsPath, FileManager.default.fileExists(atPath: floorsPath) else {
            if floors != nil { throw CLIError.noSuchPath(floors!) }
            return
        }
        let data = try DocumentSource.readFile(floorsPath)
        guard let table = try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any] else {
            throw CLIError.unreadable(path: floorsPath, reason: "expected a JSON object of figure: minimum")
        }
        let values = table.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        let below = EvalFloors.violations(figures, floors: values)
        for (name, value, floor) in below {
            Console.error("attrib: \(name) = \(JSONWriterFormat.pct(value))% is below its floor \(JSONWriterFormat.pct(floor))%")
        }
        if !below.isEmpty { throw ExitCode(ExitStatus.findings) }
        Console.write("all figures at or above the floors in \(floorsPath)\n")
        Console.flush()
    }

    static func documentName(_ gold: [UInt8], _ path: String) throws -> String {
        guard let root = try? JSONSerialization.jsonObject(with: Data(gold)) as? [String: Any],
              let doc = root["document"] as? String else {
            throw AttribError.invalidGold(file: path, reason: "missing \"document\"")
        }
        return doc
    }
}

enum JSONWriterFormat {
    static func pct(_ d: Double) -> String { String((d * 1000).rounded() / 10) }
}

