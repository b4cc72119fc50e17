import Foundation
import Linguistics

/// Locale-correct case folding and word splitting for matching: Turkish İ/I fold to i/ı,
/// Russian ё to е, typographic apostrophes split suffixes off names (KOSGEB'in → kosgeb, in).
enum TextFolding {
    static func fold(_ text: String, _ language: Language) -> String {
        String(decoding: Tokenized.fold(text, language), as: UTF8.self)
    }

    /// Words (letters and digits) of folded text.
    static func words(_ folded: String) -> [Substring] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// Sentences of a block's text: split at . ; ! ? : and line breaks when followed by space
    /// (so "3.5" and "1.10.2021" stay whole).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousWasStop = false
        for ch in text {
            if previousWasStop && (ch == " " || ch == "\n") {
                let s = current.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { out.append(s) }
                current = ""
                previousWasStop = false
                continue
            }
            if ch == "\n" {
                let s = current.trimmingCharacters(in: .whitespaces)
                if !s.isEmpty { out.append(s) }
                current = ""
                continue
            }
            current.append(ch)
            previousWasStop = ch == "." || ch == ";" || ch == "!" || ch == "?" || ch == ":"
        }
        let s = current.trimmingCharacters(in: .whitespaces)
        if !s.isEmpty { out.append(s) }
        return out
    }
}
