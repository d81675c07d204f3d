import Foundation

/// Finds brat gold in a folder: `NAME.txt` beside `NAME.ann` (searched recursively), or PolNeAR's
/// layout, `text/NAME.txt` with `attributions/NAME_<annotator>.ann` (the first annotator in sorted
/// order, or the one asked for).
struct BratGoldFiles {
    struct Pair {
        /// The document's name for reports: the text file's path.
        var text: String
        var ann: String
    }

    enum Layout: String {
        case flat = "NAME.txt + NAME.ann"
        case polnear = "text/NAME.txt + attributions/NAME_<annotator>.ann"
    }

    var layout: Layout = .flat
    var pairs: [Pair] = []
    /// Problems that make the run incomplete (a text without gold, gold without text).
    var problems: [CLIError] = []
    /// Texts with no file by the requested annotator (not an error).
    var skipped = 0

    init(folder: String, annotator: String?) {
        let fm = FileManager.default
        let join = { (a: String, b: String) in a.hasSuffix("/") ? a + b : a + "/" + b }
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            problems.append(.noSuchPath(folder))
            return
        }
        let textDir = join(folder, "text"), annDir = join(folder, "attributions")
        var textIsDir: ObjCBool = false, annIsDir: ObjCBool = false
        if fm.fileExists(atPath: textDir, isDirectory: &textIsDir), textIsDir.boolValue,
           fm.fileExists(atPath: annDir, isDirectory: &annIsDir), annIsDir.boolValue {
            layout = .polnear
            guard let texts = try? fm.contentsOfDirectory(atPath: textDir),
                  let anns = try? fm.contentsOfDirectory(atPath: annDir) else {
                problems.append(.unreadable(path: folder, reason: "cannot list text/ or attributions/"))
                return
            }
            var byName: [String: [(annotator: String, file: String)]] = [:]
            for f in anns where f.hasSuffix(".ann") && !f.hasPrefix(".") {
                let stem = f.dropLast(4)
                guard let u = stem.lastIndex(of: "_") else {
                    problems.append(.unreadable(path: join(annDir, f), reason: "expected NAME_<annotator>.ann"))
                    continue
                }
                byName[String(stem[..<u]), default: []].append((String(stem[stem.index(after: u)...]), f))
            }
            var used = Set<String>()
            for t in texts.sorted() where t.hasSuffix(".txt") && !t.hasPrefix(".") {
                let name = String(t.dropLast(4))
                used.insert(name)
                let choices = (byName[name] ?? []).sorted { $0.file < $1.file }
                let chosen = annotator.map { a in choices.first { $0.annotator == a } } ?? choices.first
                guard let chosen else {
                    if annotator != nil { skipped += 1 } else {
                        problems.append(.unreadable(path: join(textDir, t), reason: "no attributions/\(name)_<annotator>.ann for it"))
                    }
                    continue
                }
                pairs.append(Pair(text: join(textDir, t), ann: join(annDir, chosen.file)))
            }
            for name in byName.keys.sorted() where !used.contains(name) {
                problems.append(.unreadable(path: join(annDir, byName[name]![0].file), reason: "no text/\(name).txt for it"))
            }
            return
        }
        // NAME.txt beside NAME.ann, anywhere below the folder.
        var stack = [folder]
        var texts: [String] = [], anns = Set<String>()
        while let d = stack.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: d) else {
                problems.append(.unreadable(path: d, reason: "cannot list the folder"))
                continue
            }
            for n in names where !n.hasPrefix(".") {
                let p = join(d, n)
                var sub: ObjCBool = false
                guard fm.fileExists(atPath: p, isDirectory: &sub) else { continue }
                if sub.boolValue { stack.append(p) } else if n.hasSuffix(".txt") { texts.append(p) } else if n.hasSuffix(".ann") { anns.insert(p) }
            }
        }
        for t in texts.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let ann = String(t.dropLast(4)) + ".ann"
            if anns.remove(ann) != nil {
                pairs.append(Pair(text: t, ann: ann))
            } else {
                problems.append(.unreadable(path: t, reason: "no \((ann as NSString).lastPathComponent) beside it"))
            }
        }
        for a in anns.sorted() {
            problems.append(.unreadable(path: a, reason: "no \(((String(a.dropLast(4)) + ".txt") as NSString).lastPathComponent) beside it"))
        }
    }
}
