/// A minimal streaming JSON writer with a fixed key order, so output shapes are exact and stable
/// and large documents are written without building an intermediate tree.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the innermost open container already holds a value (the next one needs a comma).
    private var needsComma = false
    /// The `needsComma` of the enclosing containers, innermost last. A plain stack of flags: the
    /// flag of the current level lives in `needsComma`, so writing a value touches no array.
    private var enclosing: [Bool] = []

    private var afterKey = false

    /// `capacity`: the expected size of the output, so a large document's JSON is not copied
    /// each time the buffer doubles.
    public init(capacity: Int = 4096) { bytes.reserveCapacity(max(capacity, 64)) }

    /// The bytes written so far, handed over and cleared (the writer's state is kept), so a long
    /// output can be written out in pieces as it is made.
    public mutating func take() -> [UInt8] {
        let out = bytes
        bytes.removeAll(keepingCapacity: true)
        return out
    }

    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
        enclosing.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// Writes the comma a value needs, unless it completes a `key`.
    @inline(__always)
    private mutating func valuePrefix() {
        if afterKey {
            afterKey = false
        } else {
            if needsComma { bytes.append(0x2C) }
            needsComma = true
        }
    }

    private mutating func open(_ bracket: UInt8) {
        valuePrefix()
        bytes.append(bracket)
        enclosing.append(needsComma)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = enclosing.popLast() ?? false
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }
    public mutating func beginObject(_ name: StaticString) { key(name); beginObject() }
    public mutating func beginArray(_ name: StaticString) { key(name); beginArray() }

    /// Writes `"name":`; the next value completes the member. Keys are literals, so their bytes
    /// are copied as they are: a key with a character that needs escaping is a programming error.
    public mutating func key(_ name: StaticString) {
        valuePrefix()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
        afterKey = true
    }

    /// A key computed at run time, quoted and escaped.
    public mutating func key(dynamic name: String) {
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
        if i < 0 { bytes.append(0x2D) }
        JSONWriter.appendDigits(i.magnitude, to: &bytes)
    }
    public mutating func bool(_ b: Bool) { valuePrefix(); bytes.append(contentsOf: (b ? "true" : "false").utf8) }
    public mutating func null() { valuePrefix(); bytes.append(contentsOf: "null".utf8) }
    /// A number with at most `places` decimals, trailing zeros removed ("0.93", "1", "0.5").
    public mutating func double(_ d: Double, places: Int = 4) {
        valuePrefix()
        if !JSONWriter.appendFixed(d, places: places, to: &bytes) {
            bytes.append(contentsOf: JSONWriter.format(d, places: places).utf8)
        }
    }

    /// The common case of ``format(_:places:)`` (confidences, shares) without making a `String`:
    /// the number rounded to `places` decimals as an integer count of 10^-places, printed with
    /// its trailing zeros removed. That is what `format` prints for such numbers (a test compares
    /// the two); returns false, writing nothing, outside the range where that holds.
    static func appendFixed(_ d: Double, places: Int, to out: inout [UInt8]) -> Bool {
        guard places >= 0 && places <= 6 else { return false }
        var unit = 1
        for _ in 0..<places { unit *= 10 }
        let scaled = d * Double(unit)
        guard scaled.isFinite && abs(scaled) < 1e12 else { return false }
        let k = Int(scaled.rounded())
        if k < 0 { out.append(0x2D) }
        let m = k.magnitude
        appendDigits(m / UInt(unit), to: &out)
        var fraction = m % UInt(unit)
        guard fraction != 0 else { return true }
        var width = places
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        out.append(0x2E)
        var digits: [UInt8] = [0, 0, 0, 0, 0, 0]
        for i in stride(from: width - 1, through: 0, by: -1) {
            digits[i] = UInt8(fraction % 10) &+ 0x30
            fraction /= 10
        }
        out.append(contentsOf: digits[0..<width])
        return true
    }

    private static func appendDigits(_ value: UInt, to out: inout [UInt8]) {
        var v = value
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 24 ASCII digits, reversed
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
                n += 1
            } while v > 0
            for k in stride(from: n - 1, through: 0, by: -1) { out.append(d[k]) }
        }
    }
    public mutating func optionalString(_ s: String?) { if let s { string(s) } else { null() } }

    public mutating func member(_ name: StaticString, _ value: String) { key(name); string(value) }
    public mutating func member(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: StaticString, _ value: Double) { key(name); double(value) }
    public mutating func member(_ name: StaticString, _ value: String?) { key(name); optionalString(value) }

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
    ///
    /// No `reserveCapacity` here: it reserves exactly what is asked, so calling it per string
    /// defeats the array's doubling and copies the whole buffer again each time it fills.
    public static func appendQuoted(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
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
