@testable import AttribCore
import Testing

/// `UTF8Validation.check` skips eight ASCII bytes at a time; these compare it with a byte-by-byte
/// reference on inputs that put invalid bytes, NULs and multi-byte sequences at every offset.
@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    /// The reference: the first offset where decoding fails, and whether a NUL occurs before it.
    static func reference(_ bytes: [UInt8]) -> (Int?, Bool) {
        var i = 0
        var nul = false
        while i < bytes.count {
            if bytes[i] == 0 { nul = true }
            if bytes[i] < 0x80 { i += 1; continue }
            var ok = false
            for len in 2...4 where i + len <= bytes.count {
                if String(validating: bytes[i..<i + len], as: UTF8.self) != nil { i += len; ok = true; break }
            }
            if !ok { return (i, nul) }
        }
        return (nil, nul)
    }

    @Test("agrees with a byte-wise reference at every offset")
    func agreesWithReference() {
        let pieces: [[UInt8]] = [Array("The port reopened on Tuesday, officials said. ".utf8), Array("é".utf8), Array("“".utf8),
                                 Array("🦊".utf8), Array("据".utf8), [0], [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0x80], Array("abcdefgh".utf8)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let got = UTF8Validation.check(bytes)
            let want = Self.reference(bytes)
            #expect(got.invalidAt == want.0 && got.hasNUL == want.1, "\(bytes)")
        }
    }

    @Test("a NUL or a bad byte in the middle of long ASCII runs")
    func longRuns() {
        let ascii = [UInt8](repeating: 0x61, count: 37)
        for k in 0..<ascii.count {
            var withNUL = ascii
            withNUL[k] = 0
            let nul = UTF8Validation.check(withNUL)
            #expect(nul.invalidAt == nil && nul.hasNUL)
            var withBad = ascii
            withBad[k] = 0xFF
            #expect(UTF8Validation.check(withBad).invalidAt == k)
        }
        for bytes in [ascii, []] {
            let r = UTF8Validation.check(bytes)
            #expect(r.invalidAt == nil && !r.hasNUL)
        }
    }
}
