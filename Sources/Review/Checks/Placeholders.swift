import Foundation

/// Text a drafter meant to replace: `[...]`, `[Tarih]`, `{{ name }}`, `___` inside a sentence,
/// `XX`. A line of underscores alone (a signature line) is not a placeholder.
enum Placeholders {
    static func find(in text: String) -> String? {
        // Fast path: most paragraphs contain none of the byte sequences a placeholder needs:
        // "[", "{{", "__", "XX", "ХХ" (Cyrillic), "……".
        // The text's own bytes are scanned in place: copying them to an array was most of the
        // cost for the many paragraphs without a placeholder.
        let candidate = text.utf8.withContiguousStorageIfAvailable(mayHold) ?? Array(text.utf8).withUnsafeBufferPointer(mayHold)
        if !candidate { return nil }
        if let r = text.range(of: "{{") {
            let end = text[r.lowerBound...].range(of: "}}")?.upperBound ?? text.index(r.lowerBound, offsetBy: 2)
            return String(text[r.lowerBound..<end])
        }
        // [anything short] — a bracketed blank or label: [...], [Tarih], [date], [●]
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "[") {
            guard let close = text[open...].firstIndex(of: "]") else { break }
            let inside = text[text.index(after: open)..<close]
            // A column label our own text layout writes ("[Türkçe]", "[Русский]", "[English]").
            let languageLabels: Set<String> = ["Türkçe", "Русский", "English", "Turkish", "Russian", "İngilizce", "Rusça", "Английский", "Турецкий"]
            if languageLabels.contains(String(inside)) { index = text.index(after: close); continue }
            if inside.count <= 30 && !inside.contains(where: \.isNumber) || inside.allSatisfy({ "._…-● ".contains($0) }) {
                return String(text[open...close])
            }
            index = text.index(after: close)
        }
        let stripped = text.filter { !$0.isWhitespace }
        let onlyLine = !stripped.isEmpty && stripped.allSatisfy { "_.…:".contains($0) }
        if !onlyLine, let r = text.range(of: "___") {
            // A signature line with a label ("Signature: ______", "İmza: ____") is a form to sign, not a blank.
            let lower = text.lowercased()
            let signatureLabel = ["signature", "imza", "подпись", "date", "tarih", "дата"].contains { lower.hasPrefix($0) }
            if !signatureLabel { return String(text[r]) + "…" }
        }
        for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where word == "XX" || word == "XXX" || word == "ХХ" {
            return String(word)
        }
        if text.contains("…") && text.filter({ $0 == "…" }).count >= 1 && text.range(of: "……") != nil { return "……" }
        return nil
    }

    /// The bytes a placeholder's byte sequence can start with: `[`, `{`, `_`, `X`, 0xD0 (Х), 0xE2 (…).
    private static let starts: [Bool] = (0..<256).map { [0x5B, 0x7B, 0x5F, 0x58, 0xD0, 0xE2].contains($0) }

    private static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let starts = Placeholders.starts
        for k in bytes.indices {
            let b = bytes[k]
            if !starts[Int(b)] { continue }
            if b == 0x5B { return true }
            guard k + 1 < bytes.count else { break }
            let c = bytes[k + 1]
            if (b == 0x7B && c == 0x7B) || (b == 0x5F && c == 0x5F) || (b == 0x58 && c == 0x58) { return true }
            if b == 0xD0 && c == 0xA5 && k + 3 < bytes.count && bytes[k + 2] == 0xD0 && bytes[k + 3] == 0xA5 { return true }
            if b == 0xE2 && c == 0x80 && k + 5 < bytes.count && bytes[k + 2] == 0xA6 && bytes[k + 3] == 0xE2 && bytes[k + 5] == 0xA6 { return true }
        }
        return false
    }
}
