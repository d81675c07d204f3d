import TestSupport
@testable import AttribStore
import Foundation
import Testing

extension StoreCLITests {
    /// What `attrib report` and `attrib sources` print for a version-1 file (read as it is) is what
    /// they print once the file is upgraded to version 2.
    @Test func reportsOfAVersion1FileAreTheSameAfterTheUpgrade() throws {
        let t = TempDatabase()
        try SchemaV2Tests.makeVersion1(t.path, [Sample.analysis(), SchemaV2Tests.multiByte()])
        let commands = [
            ["report", "--db", t.path, "--document", "1", "--format", "json"],
            ["report", "--db", t.path, "--document", "2", "--format", "json"],
            ["report", "--db", t.path, "--document", "2", "--format", "csv"],
            ["report", "--db", t.path, "--document", "1"],
            ["report", "--db", t.path, "--format", "json"],
            ["sources", "--db", t.path, "--format", "csv"],
        ]
        func outputs() throws -> [String] {
            try commands.map { arguments in
                let r = try Binary.run(arguments, in: t.dir)
                #expect(r.status == 0, "\(arguments): \(r.stderr)")
                return r.stdout
            }
        }
        let before = try outputs()
        #expect(before[0].contains("\"attributions\""))
        #expect(before[1].contains("王小明 👩‍💼"))
        #expect(try Store(path: t.path, mode: .readOnly).schemaVersion() == 1)

        try Store(path: t.path).close()
        #expect(try Store(path: t.path, mode: .readOnly).schemaVersion() == 2)
        let after = try outputs()
        for (i, command) in commands.enumerated() {
            #expect(after[i] == before[i], "\(command)")
        }
    }
}
