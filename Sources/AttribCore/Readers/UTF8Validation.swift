enum UTF8Validation {
    /// The top bit of each byte of a word; a word with none set is ASCII.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// 1 in each byte: `(w - lowBits) & ~w & highBits` is non-zero exactly when a byte of `w` is 0.
    static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    /// Also rejects NUL bytes by returning them through `firstNUL` so binary files are caught.
    static func check(_ bytes: [UInt8]) -> (invalidAt: Int?, hasNUL: Bool) {
        bytes.withUnsafeBufferPointer { buf -> (Int?, Bool) in
            var i = 0
            let n = buf.count
            var nul = false
            guard let base = UnsafeRawPointer(buf.baseAddress) else { return (nil, false) }
            while i < n {
                // Eight ASCII bytes, none of them NUL, at once: most of a news text. Any other word
                // goes byte by byte below (tested against the byte-wise path in UTF8ValidationTests).
                if i &+ 8 <= n {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if w & UTF8Validation.highBits == 0 && (w &- UTF8Validation.lowBits) & ~w & UTF8Validation.highBits == 0 {
                        i &+= 8
                        continue
                    }
                }
                let b = buf[i]
                if b < 0x80 {
                    if b == 0 { nul = true }
                    i += 1
                    continue
                }
                let len: Int
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: len = 2
                case 0xE0: len = 3; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: len = 3
                case 0xED: len = 3; hi = 0x9F
                case 0xF0: len = 4; lo = 0x90
                case 0xF1...0xF3: len = 4
                case 0xF4: len = 4; hi = 0x8F
                default: return (i, nul)
                }
                if i + len > n { return (i, nul) }
                let b1 = buf[i + 1]
                if b1 < lo || b1 > hi { return (i, nul) }
                for k in 2..<len where buf[i + k] & 0xC0 != 0x80 { return (i, nul) }
                i += len
            }
            return (nil, nul)
        }
    }
}
