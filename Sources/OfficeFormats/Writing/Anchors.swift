import Linguistics

/// Bookmarks named for block ids (`{#areas}`), so a clause can be linked to and a reader of our
/// own output can find the ids again. An id appears once per language in a bilingual document:
/// the first keeps the plain name, the others get the language (`areas_ru`).
struct Anchors {
    private var used: Set<String> = []
    private(set) var count = 0

    /// A unique bookmark name for `id` in `language`, valid in Word (a letter first, then
    /// letters, digits and underscores, at most 40 characters) and in ODF.
    mutating func name(for id: String, language: Language) -> String {
        var base = id
        let utf8 = id.utf8
        let valid = utf8.count <= 34 && utf8.first.map(Self.isLetter) == true && utf8.allSatisfy { Self.isLetter($0) || Self.isDigit($0) || $0 == 0x5F }
        if !valid {
            base = String(decoding: utf8.map { Self.isLetter($0) || Self.isDigit($0) ? $0 : 0x5F }, as: UTF8.self)
            if utf8.first.map(Self.isLetter) != true { base = "id_" + base }
            base = String(base.prefix(34))
        }
        var name = base
        if used.contains(name) { name = base + "_" + language.rawValue }
        var n = 2
        while used.contains(name) { name = "\(base)_\(n)"; n += 1 }
        used.insert(name)
        count += 1
        return name
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
}
