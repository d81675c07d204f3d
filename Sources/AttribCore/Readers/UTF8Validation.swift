enum UTF8Validation {
    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    /// Also rejects NUL bytes by returning them through `firstNUL` so binary files are caught.
    static func check(_ bytes: [UInt8]) -> (invalidAt: Int?, hasNUL: Bool) {
        bytes.withUnsafeBufferPointer { buf -> (Int?, Bool) in
            var i = 0
            let n = buf.count
            var nul = false
            while i < n {
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
