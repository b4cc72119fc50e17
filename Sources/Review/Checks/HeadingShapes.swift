import Foundation

/// What a paragraph's first characters say about it, read on bytes and scalars without
/// building Strings: whether it opens with a list-item marker, and the short label of an
/// article heading.
extension Segmenter {
    /// The marker of a list item written as a plain paragraph ("(a) ", "a) ", "б) ", "ii. ",
    /// "- ", "• "), as written: "b" for "(b) …" or "b) …", "ii" for "ii. …", "" for a bullet;
    /// nil when the paragraph is no item.
    /// Reads at most seven scalars, one at a time, and stops as soon as the answer is no (most
    /// paragraphs open with a word longer than a marker): no array of scalars per paragraph.
    static func itemMarker(_ text: String) -> String? {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        switch first {
        case "-", "–", "—", "•", "·", "▪", "*": return scalars.next() == " " ? "" : nil
        default: break
        }
        // `i` is the index of `current` among the text's scalars; only the first seven count.
        var i = 0
        var current: Unicode.Scalar? = first
        if first == "(" { i = 1; current = scalars.next() }
        let start = i
        // The run's scalars (at most four), kept in locals: appending to a scalar view cost
        // hundreds of instructions per scalar, and most runs are not markers.
        var run: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil, nil)
        while true {
            guard i < 7, let c = current else { return nil }     // no scalar after the run
            if !Segmenter.isLetterOrDigit(c) { break }
            if i - start == 4 { return nil }                      // a run of five or more
            switch i - start {
            case 0: run.0 = c
            case 1: run.1 = c
            case 2: run.2 = c
            default: run.3 = c
            }
            i += 1
            current = scalars.next()
        }
        guard i > start, let next = current, next == ")" || next == "." else { return nil }
        var view = String.UnicodeScalarView()
        for case let s? in [run.0, run.1, run.2, run.3] { view.append(s) }
        let written = String(view)
        let marker = written.lowercased()
        // One letter, a roman numeral or a number — not the first word of a sentence.
        guard marker.count == 1 || marker.allSatisfy({ "ivx".contains($0) }) || marker.allSatisfy(\.isNumber) else { return nil }
        // "a." is an item; "1." is more often a numbered paragraph of its own.
        return next == ")" || (next == "." && marker.count == 1 && !marker.allSatisfy(\.isNumber)) ? written : nil
    }

    /// `isAlphabetic || "0"..."9"`, with the scripts of our languages answered without the
    /// Unicode property lookup (a hundred instructions a scalar).
    @inline(__always)
    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x410 && v <= 0x44F) || v == 0x401 || v == 0x451 { return true }
        return s.properties.isAlphabetic
    }

    /// The short name of an article for evidence: "Madde 3" from "Madde 3 – Eğitim".
    static func label(_ heading: String) -> String {
        heading.withUTF8Bytes { all in
            let bytes = UnsafeBufferPointer(rebasing: all[..<(all.firstIndex(of: 0x0A) ?? all.count)])
            // The part before the first separator ("—", "–", "-", ". ", ":") when it is at most
            // three words and holds a number ("Madde 3", "Статья 3", "Article III").
            var k = 0
            while k < bytes.count {
                let b = bytes[k]
                var separator = false
                if b == 0x2D || b == 0x3A { separator = true }
                else if b == 0x2E, k + 1 == bytes.count || bytes[k + 1] == 0x20 { separator = true }
                else if b == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { separator = true }
                if separator {
                    let head = UnsafeBufferPointer(rebasing: bytes[..<k])
                    // Words are split at the space Character: a space followed by a combining
                    // mark, or after a prepended mark (all from U+0600 on), is not one, so such a
                    // head goes the String way.
                    if head.contains(where: { $0 >= 0xD8 }) || zip(head, head.dropFirst()).contains(where: { $0 == 0x20 && $1 >= 0x80 }) {
                        switch labelOfHead(head) {
                        case .label(let label): return label
                        case .notALabel: return wholeLine(bytes)
                        case .onlyNumber: k += 1; continue
                        }
                    }
                    var words = 0, inWord = false, hasDigit = false, onlyDigitsAndSpaces = true
                    for c in head {
                        if c == 0x20 { inWord = false; continue }
                        if !inWord { words += 1; inWord = true }
                        if c >= 0x30 && c <= 0x39 { hasDigit = true } else { onlyDigitsAndSpaces = false }
                    }
                    let onlyNumber = words == 1 && onlyDigitsAndSpaces
                    if !onlyNumber, words > 0, words <= 3, hasDigit || words == 2 {
                        // The words joined by single spaces.
                        var out: [UInt8] = []
                        out.reserveCapacity(head.count)
                        for (j, c) in head.enumerated() where c != 0x20 {
                            if j > 0, head[j - 1] == 0x20, !out.isEmpty { out.append(0x20) }
                            out.append(c)
                        }
                        return String(decoding: out, as: UTF8.self)
                    }
                    if !onlyNumber { break }
                }
                k += 1
            }
            return wholeLine(bytes)
        }
    }

    /// The heading's first line, cut at 40 characters when longer than 60 bytes.
    private static func wholeLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return bytes.count > 60 ? String(line.prefix(40)) + "…" : line
    }

    private enum Head { case label(String), onlyNumber, notALabel }

    /// What `label` makes of a head the byte loop does not split: the same rule on Strings.
    private static func labelOfHead(_ headBytes: UnsafeBufferPointer<UInt8>) -> Head {
        let head = String(decoding: headBytes, as: UTF8.self)
        let words = head.split(separator: " ")
        let onlyNumber = words.count == 1 && head.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 }
        if !onlyNumber, !words.isEmpty, words.count <= 3, head.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) || words.count == 2 {
            return .label(words.joined(separator: " "))
        }
        return onlyNumber ? .onlyNumber : .notALabel
    }
}
