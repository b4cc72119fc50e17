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
        var base = String(id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        })
        if base.first.map({ !$0.isLetter }) ?? true { base = "id_" + base }
        base = String(base.prefix(34))
        var name = base
        if used.contains(name) { name = base + "_" + language.rawValue }
        var n = 2
        while used.contains(name) { name = "\(base)_\(n)"; n += 1 }
        used.insert(name)
        count += 1
        return name
    }
}
