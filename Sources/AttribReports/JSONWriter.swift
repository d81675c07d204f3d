/// The bytes a ``JSONWriter`` has written: one growable allocation written through a pointer, so
/// appending a byte is a store and a bounds check, with no copy-on-write check of an array per byte.
final class JSONBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Room for `n` more bytes.
    @inline(__always)
    func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    @inline(never)
    private func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        p.update(from: base, count: count)
        base.deallocate()
        base = p
        capacity = c
    }

    @inline(__always)
    func append(_ b: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = b
        count &+= 1
    }

    @inline(__always)
    func append(_ p: UnsafeRawPointer, _ n: Int) {
        reserve(n)
        (base + count).update(from: p.assumingMemoryBound(to: UInt8.self), count: n)
        count &+= n
    }

    func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let p = b.baseAddress, b.count > 0 else { return }
        append(UnsafeRawPointer(p), b.count)
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// A minimal streaming JSON writer with a fixed key order, so output shapes are exact and stable
/// and large documents are written without building an intermediate tree.
public struct JSONWriter {
    private let out: JSONBuffer
    /// The JSON written so far.
    public var bytes: [UInt8] { out.bytes }
    /// The number of bytes written so far.
    public var count: Int { out.count }
    /// Whether the innermost open container already holds a value (the next one needs a comma).
    private var needsComma = false
    /// The `needsComma` of the enclosing containers, innermost last. A plain stack of flags: the
    /// flag of the current level lives in `needsComma`, so writing a value touches no array.
    private var enclosing: [Bool] = []

    private var afterKey = false

    /// `capacity`: the expected size of the output, so a large document's JSON is not copied
    /// each time the buffer doubles.
    public init(capacity: Int = 4096) { out = JSONBuffer(capacity: capacity) }

    public mutating func reset() {
        out.count = 0
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
            if needsComma { out.append(0x2C) }
            needsComma = true
        }
    }

    private mutating func open(_ bracket: UInt8) {
        valuePrefix()
        out.append(bracket)
        enclosing.append(needsComma)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        out.append(bracket)
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
    @inline(__always)
    public mutating func key(_ name: StaticString) {
        valuePrefix()
        let n = name.utf8CodeUnitCount
        out.reserve(n + 3)
        let p = out.base + out.count
        p[0] = 0x22
        (p + 1).update(from: name.utf8Start, count: n)
        p[n + 1] = 0x22
        p[n + 2] = 0x3A
        out.count &+= n + 3
        afterKey = true
    }

    /// A key computed at run time, quoted and escaped.
    public mutating func key(dynamic name: String) {
        valuePrefix()
        JSONWriter.appendQuoted(name, to: out)
        out.append(0x3A)
        afterKey = true
    }

    /// Appends already-encoded JSON as a value.
    public mutating func raw(_ json: [UInt8]) {
        valuePrefix()
        json.withUnsafeBufferPointer { out.append($0) }
    }

    /// A string value from valid UTF-8 bytes, without making a `String`.
    public mutating func quotedBytes(_ b: [UInt8], _ range: Range<Int>) {
        valuePrefix()
        b.withUnsafeBufferPointer { JSONWriter.appendQuoted(UnsafeBufferPointer(rebasing: $0[range]), to: out) }
    }

    public mutating func string(_ s: String) { valuePrefix(); JSONWriter.appendQuoted(s, to: out) }
    public mutating func int(_ i: Int) {
        valuePrefix()
        // Digits straight into the buffer: offsets and counts are most of the numbers written.
        if i < 0 { out.append(0x2D) }
        var sink = out
        JSONWriter.appendDigits(i.magnitude, to: &sink)
    }
    public mutating func bool(_ b: Bool) {
        valuePrefix()
        let s: StaticString = b ? "true" : "false"
        out.append(UnsafeRawPointer(s.utf8Start), s.utf8CodeUnitCount)
    }
    public mutating func null() {
        valuePrefix()
        let s: StaticString = "null"
        out.append(UnsafeRawPointer(s.utf8Start), s.utf8CodeUnitCount)
    }
    /// A number with at most `places` decimals, trailing zeros removed ("0.93", "1", "0.5").
    public mutating func double(_ d: Double, places: Int = 4) {
        valuePrefix()
        var sink = out
        if !JSONWriter.appendFixed(d, places: places, to: &sink) {
            var text = JSONWriter.format(d, places: places)
            text.withUTF8 { out.append($0) }
        }
    }

    /// The common case of ``format(_:places:)`` (confidences, shares) without making a `String`:
    /// the number rounded to `places` decimals as an integer count of 10^-places, printed with
    /// its trailing zeros removed. That is what `format` prints for such numbers (a test compares
    /// the two); returns false, writing nothing, outside the range where that holds.
    static func appendFixed<S: ByteSink>(_ d: Double, places: Int, to out: inout S) -> Bool {
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
        var divisor: UInt = 1
        for _ in 1..<max(1, width) { divisor *= 10 }
        for _ in 0..<width {
            out.append(UInt8(truncatingIfNeeded: fraction / divisor) &+ 0x30)
            fraction %= divisor
            divisor /= 10
        }
        return true
    }

    /// Decimal digits of `value`, most significant first, without a temporary.
    @inline(__always)
    static func appendDigits<S: ByteSink>(_ value: UInt, to out: inout S) {
        if value < 10 { out.append(UInt8(truncatingIfNeeded: value) &+ 0x30); return }
        var n = 1
        var p: UInt = 10
        while n < 20 && value >= p { n += 1; if n < 20 { p &*= 10 } }
        out.appendDigits(value, count: n)
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

    public static func appendQuoted<S: ByteSink>(_ s: String, to out: inout S) {
        var s = s
        s.withUTF8 { appendQuoted($0, to: &out) }
    }

    static func appendQuoted(_ s: String, to out: JSONBuffer) {
        var sink = out
        appendQuoted(s, to: &sink)
    }

    static func appendQuoted(_ b: UnsafeBufferPointer<UInt8>, to out: JSONBuffer) {
        var sink = out
        appendQuoted(b, to: &sink)
    }

    /// Whether any of the eight bytes of `x` needs an escape in a JSON string: below 0x20, `"`,
    /// `\` or DEL (the classic "has a zero byte" bit trick, once per byte value).
    @inline(__always)
    static func needsEscape(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        // Bytes below 0x20: (x - 0x20 per byte) borrows into the high bit only where x < 0x20 and x < 0x80.
        let low = (x &- ones &* 0x20) & ~x & highs
        return (low | hasZero(x ^ (ones &* 0x22)) | hasZero(x ^ (ones &* 0x5C)) | hasZero(x ^ (ones &* 0x7F))) != 0
    }

    /// Appends UTF-8 bytes as a JSON string. Runs of bytes that need no escape are copied in
    /// one go (found eight bytes at a time): output of article text is mostly such runs.
    public static func appendQuoted<S: ByteSink>(_ b: UnsafeBufferPointer<UInt8>, to out: inout S) {
        out.append(0x22)
        var run = 0
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { out.append(0x22); return }
        while i < n {
            if i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if !needsEscape(x) { i += 8; continue }
            }
            let u = b[i]
            if u >= 0x20 && u != 0x22 && u != 0x5C && u != 0x7F { i += 1; continue }
            if i > run { out.append(UnsafeBufferPointer(rebasing: b[run..<i])) }
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
        if n > run { out.append(UnsafeBufferPointer(rebasing: b[run..<n])) }
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

/// Where the writer's number and string helpers put bytes: the writer's buffer, or an array.
public protocol ByteSink {
    mutating func append(_ b: UInt8)
    mutating func append(_ b: UnsafeBufferPointer<UInt8>)
    /// The `count` decimal digits of `value` (which has exactly that many).
    mutating func appendDigits(_ value: UInt, count: Int)
}

extension JSONBuffer: ByteSink {
    func appendDigits(_ value: UInt, count n: Int) {
        reserve(n)
        var v = value
        var k = self.count + n - 1
        while k >= self.count {
            base[k] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
            k -= 1
        }
        self.count &+= n
    }
}

extension Array: ByteSink where Element == UInt8 {
    public mutating func append(_ b: UnsafeBufferPointer<UInt8>) { append(contentsOf: b) }
    public mutating func appendDigits(_ value: UInt, count n: Int) {
        let start = count
        append(contentsOf: repeatElement(0x30, count: n))
        var v = value
        var k = start + n - 1
        while k >= start {
            self[k] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
            k -= 1
        }
    }
}
