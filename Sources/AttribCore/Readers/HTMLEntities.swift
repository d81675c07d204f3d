/// HTML character references: numeric (`&#8220;`, `&#x201C;`) and the named ones news markup uses.
enum HTMLEntities {
    static let named: [String: [Unicode.Scalar]] = {
        let table: [(String, UInt32)] = [
            ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27), ("nbsp", 0xA0),
            ("ldquo", 0x201C), ("rdquo", 0x201D), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A),
            ("bdquo", 0x201E), ("laquo", 0xAB), ("raquo", 0xBB), ("lsaquo", 0x2039), ("rsaquo", 0x203A),
            ("mdash", 0x2014), ("ndash", 0x2013), ("hellip", 0x2026), ("minus", 0x2212), ("shy", 0xAD),
            ("thinsp", 0x2009), ("ensp", 0x2002), ("emsp", 0x2003), ("zwj", 0x200D), ("zwnj", 0x200C),
            ("copy", 0xA9), ("reg", 0xAE), ("trade", 0x2122), ("deg", 0xB0), ("plusmn", 0xB1),
            ("times", 0xD7), ("divide", 0xF7), ("frac12", 0xBD), ("frac14", 0xBC), ("frac34", 0xBE),
            ("cent", 0xA2), ("pound", 0xA3), ("euro", 0x20AC), ("yen", 0xA5), ("sect", 0xA7),
            ("para", 0xB6), ("middot", 0xB7), ("bull", 0x2022), ("dagger", 0x2020), ("prime", 0x2032),
            ("iexcl", 0xA1), ("iquest", 0xBF), ("ordm", 0xBA), ("ordf", 0xAA), ("percnt", 0x25),
            ("aacute", 0xE1), ("Aacute", 0xC1), ("eacute", 0xE9), ("Eacute", 0xC9), ("iacute", 0xED),
            ("Iacute", 0xCD), ("oacute", 0xF3), ("Oacute", 0xD3), ("uacute", 0xFA), ("Uacute", 0xDA),
            ("agrave", 0xE0), ("egrave", 0xE8), ("ograve", 0xF2), ("acirc", 0xE2), ("ecirc", 0xEA),
            ("ocirc", 0xF4), ("atilde", 0xE3), ("otilde", 0xF5), ("ntilde", 0xF1), ("Ntilde", 0xD1),
            ("auml", 0xE4), ("Auml", 0xC4), ("euml", 0xEB), ("iuml", 0xEF), ("ouml", 0xF6), ("Ouml", 0xD6),
            ("uuml", 0xFC), ("Uuml", 0xDC), ("szlig", 0xDF), ("ccedil", 0xE7), ("Ccedil", 0xC7),
            ("aring", 0xE5), ("Aring", 0xC5), ("aelig", 0xE6), ("oslash", 0xF8), ("Oslash", 0xD8),
        ]
        var d: [String: [Unicode.Scalar]] = [:]
        for (k, v) in table { d[k] = [Unicode.Scalar(v)!] }
        return d
    }()

    /// Decodes a reference at `i` (`b[i] == "&"`): the scalars and the offset after `;`.
    static func decode(_ b: [UInt8], _ i: Int) -> ([Unicode.Scalar], Int)? {
        let n = b.count
        var j = i + 1
        guard j < n else { return nil }
        if b[j] == 0x23 {  // numeric
            j += 1
            var hex = false
            if j < n && (b[j] | 0x20) == 0x78 { hex = true; j += 1 }
            var v: UInt32 = 0
            let digitsStart = j
            while j < n && j - digitsStart < 8 {
                let d = b[j]
                if ByteClass.isDigit(d) {
                    v = v &* (hex ? 16 : 10) &+ UInt32(d - 0x30)
                } else if hex && (d | 0x20) >= 0x61 && (d | 0x20) <= 0x66 {
                    v = v &* 16 &+ UInt32((d | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                j += 1
            }
            guard j > digitsStart, j < n, b[j] == 0x3B else { return nil }
            // Windows-1252 quotes in numeric references are common in old news markup.
            let cp1252: [UInt32: UInt32] = [0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014, 0x85: 0x2026]
            let value = cp1252[v] ?? v
            return ([Unicode.Scalar(value) ?? "\u{FFFD}"], j + 1)
        }
        while j < n && j - i <= 10 && (ByteClass.isASCIILetter(b[j]) || ByteClass.isDigit(b[j])) { j += 1 }
        guard j < n, b[j] == 0x3B, j > i + 1 else { return nil }
        let name = String(decoding: b[(i + 1)..<j], as: UTF8.self)
        guard let s = named[name] else { return nil }
        return (s, j + 1)
    }
}

/// Character references in words taken from an HTML or Markdown document, decoded for showing
/// them outside the page ("Kevin O&rsquo;Rourke" → "Kevin O’Rourke"). References the readers do
/// not know stay as written.
public enum CharacterReferences {
    /// Whether a document of this format may hold character references.
    public static func apply(to format: InputFormat) -> Bool { format == .html || format == .markdown }

    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let b = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x26, let (scalars, next) = HTMLEntities.decode(b, i) {
                for s in scalars { out.append(contentsOf: String(s).utf8) }
                i = next
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
