/// A minimal streaming JSON writer with a fixed key order, so output shapes are exact and stable
/// and large documents are written without building an intermediate tree.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    private var afterKey = false

    public init() { bytes.reserveCapacity(4096) }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = [false]
        afterKey = false
    }

    /// Writes the comma a value needs, unless it completes a `key`.
    private mutating func valuePrefix() {
        if afterKey {
            afterKey = false
        } else {
            if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func beginObject() { valuePrefix(); bytes.append(0x7B); needsComma.append(false) }
    public mutating func endObject() { bytes.append(0x7D); needsComma.removeLast() }
    public mutating func beginArray() { valuePrefix(); bytes.append(0x5B); needsComma.append(false) }
    public mutating func endArray() { bytes.append(0x5D); needsComma.removeLast() }
    public mutating func beginObject(_ name: String) { key(name); beginObject() }
    public mutating func beginArray(_ name: String) { key(name); beginArray() }

    /// Writes `"name":`; the next value completes the member.
    public mutating func key(_ name: String) {
        valuePrefix()
        JSONWriter.appendQuoted(name, to: &bytes)
        bytes.append(0x3A)
        afterKey = true
    }

    /// Appends already-encoded JSON as a value.
    public mutating func raw(_ json: [UInt8]) { valuePrefix(); bytes.append(contentsOf: json) }

    /// A string value from valid UTF-8 bytes, without making a `String`.
    public mutating func quotedBytes(_ b: [UInt8], _ range: Range<Int>) {
        valuePrefix()
        b.withUnsafeBufferPointer { JSONWriter.appendQuoted(UnsafeBufferPointer(rebasing: $0[range]), to: &bytes) }
    }

    public mutating func string(_ s: String) { valuePrefix(); JSONWriter.appendQuoted(s, to: &bytes) }
    public mutating func int(_ i: Int) {
        valuePrefix()
        // Digits straight into the buffer: offsets and counts are most of the numbers written.
        guard i >= 0 else { bytes.append(contentsOf: String(i).utf8); return }
        var v = i
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 24 ASCII digits, reversed
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
                n += 1
            } while v > 0
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }
    public mutating func bool(_ b: Bool) { valuePrefix(); bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func null() { valuePrefix(); bytes.append(contentsOf: "null".utf8) }
    /// A number with at most `places` decimals, trailing zeros removed ("0.93", "1", "0.5").
    public mutating func double(_ d: Double, places: Int = 4) {
        valuePrefix()
        bytes.append(contentsOf: JSONWriter.format(d, places: places).utf8)
    }
    public mutating func optionalString(_ s: String?) { if let s { string(s) } else { null() } }

    public mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func member(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: String, _ value: Double) { key(name); double(value) }
    public mutating func member(_ name: String, _ value: String?) { key(name); optionalString(value) }

    public static func format(_ d: Double, places: Int) -> String {
        guard d.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = d * scale
        let r = scaled.isFinite ? scaled.rounded() / scale : d
        if r == r.rounded() && abs(r) < 1e15 { return String(Int(r)) }
        var s = String(r)
        if s.contains("e") { s = String(format: r, places: places) }
        return s
    }

    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { appendQuoted($0, to: &out) }
    }

    /// Appends UTF-8 bytes as a JSON string. Runs of bytes that need no escape are copied in
    /// one go: output of article text is mostly such runs.
    public static func appendQuoted(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + b.count + 2)
        out.append(0x22)
        var run = 0
        var i = 0
        while i < b.count {
            let u = b[i]
            if u >= 0x20 && u != 0x22 && u != 0x5C && u != 0x7F { i += 1; continue }
            if i > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
            switch u {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x08: out.append(0x5C); out.append(0x62)
            case 0x0C: out.append(0x5C); out.append(0x66)
            default:
                let hex: StaticString = "0123456789abcdef"
                let h = hex.utf8Start
                out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
                out.append(h[Int(u >> 4)]); out.append(h[Int(u & 0xF)])
            }
            i += 1
            run = i
        }
        if b.count > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count])) }
        out.append(0x22)
    }

    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

private extension String {
    init(format value: Double, places: Int) {
        // Fallback for very small or large numbers: fixed notation via integer arithmetic.
        let negative = value < 0
        var v = abs(value)
        let whole = v.rounded(.down)
        v -= whole
        var digits = ""
        for _ in 0..<places {
            v *= 10
            let d = Int(v.rounded(.down))
            digits += String(d)
            v -= Double(d)
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        // Beyond Int's range the whole part is printed by C's formatter, which is exact for doubles.
        let wholeText = whole < 9e18 ? String(Int(whole)) : String(format: "%.0f", whole)
        self = (negative ? "-" : "") + wholeText + (digits.isEmpty ? "" : "." + digits)
    }
}
