import Foundation
import Testing

/// `--jobs N` must not change anything but speed: output, errors and exit codes are identical.
@Suite("--jobs")
struct JobsCLITests {
    static func corpus(in dir: URL) throws {
        let sentences = [
            "Two senior diplomats said the talks had stalled.",
            "“We will appeal,” said Maria Okafor, the union’s president.",
            "The plant will close in May, according to a company filing.",
            "Critics say the plan favours large landlords.",
            "The fire is believed to have started in the kitchen.",
            "Unemployment rose to 7.2% in March, the highest in a decade.",
        ]
        for i in 0..<40 {
            let text = (0..<(3 + i % 5)).map { sentences[($0 + i) % sentences.count] }.joined(separator: " ")
            let ext = ["txt", "md", "html"][i % 3]
            let body = ext == "html" ? "<p>\(text)</p>" : text
            try Data(body.utf8).write(to: dir.appendingPathComponent(String(format: "doc-%02d.%@", i, ext)))
        }
        try Data([0x41, 0xFF]).write(to: dir.appendingPathComponent("doc-bad.txt"))
    }

    @Test(arguments: [["segment", "--format", "jsonl"], ["analyze", "--format", "json"], ["check", "--format", "json"]])
    func sameOutputForAnyJobCount(_ command: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        try Self.corpus(in: dir)
        let one = try CLI.run(command + ["--jobs", "1", dir.path])
        let three = try CLI.run(command + ["--jobs", "3", dir.path])
        #expect(one.status == 2, "the bad file makes it exit 2: \(one.stderr)")
        #expect(one.status == three.status)
        #expect(one.stdout == three.stdout)
        #expect(one.stderr == three.stderr)
        #expect(one.stdout.count > 1000)
    }

    @Test func sameDatabaseForAnyJobCount() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        try Self.corpus(in: dir)
        var reports: [String] = []
        for jobs in ["1", "3"] {
            let db = dir.appendingPathComponent("jobs-\(jobs).sqlite").path
            let r = try CLI.run(["analyze", "--jobs", jobs, "--db", db, dir.path])
            #expect(r.status == 2)
            let sources = try CLI.run(["sources", "--db", db, "--format", "csv"])
            let report = try CLI.run(["report", "--db", db, "--format", "csv"])
            #expect(sources.status == 0 && report.status == 0, "\(sources.stderr)\(report.stderr)")
            // Ingest times differ between runs; everything else must not.
            let timestamps = try Regex(#"\d{4}-\d\d-\d\dT[0-9:.]+Z"#)
            reports.append((sources.stdout + report.stdout).replacing(timestamps, with: "<time>"))
        }
        #expect(reports[0] == reports[1])
        #expect(reports[0].contains("two senior diplomats"))
    }

    @Test func jobsMustBePositive() throws {
        let r = try CLI.run(["analyze", "--jobs", "0", "-"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--jobs must be at least 1"))
    }
}
