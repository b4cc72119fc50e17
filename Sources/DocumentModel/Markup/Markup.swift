/// The markup templates render to: a small Markdown dialect close to pandoc's, parsed by
/// `MarkupParser` into a `Document` and written back by `MarkdownWriter`.
///
/// Blocks (separated by blank lines; a list, heading, table, fence or `\newpage` line also ends
/// a paragraph without one):
///
/// - `# Title`, `## Article` (heading level 1), `### Sub-article` (2), `#### …` (3); a trailing
///   `{#id}` gives the block a stable id: `## Madde 2 — İşbirliği alanları {#areas}`.
/// - Paragraphs: consecutive lines joined with one space; a backslash at the end of a line is a
///   line break.
/// - Lists: `-` or `*` bullets, `1.` or `1)` numbers (the list starts at the first number).
///   An item continues on lines indented by two or more spaces and may hold nested lists
///   (indent them under the item's text: three spaces after `1. `, two after `- `).
///   Changing the marker (`-` to `*`, `.` to `)`) starts a new list.
/// - Pipe tables: `| a | b |` rows, optionally `|---|---|` after the first row to make it a header.
/// - `\newpage` alone on a line: a page break.
/// - `::: signatures` … `:::`: signers separated by blank lines; each signer is the party line
///   (`**For KOSGEB**`), the name, the title, then optional detail lines (date, place); a line
///   holding only `\` is an empty field.
/// - `::: {.columns languages="tr ru"}` … `:::` holding `::: {.row #id}` … `:::` blocks (the id
///   is optional: `::: row`), each holding one `::: {.cell lang=tr}` … `:::` per language, in
///   the order of the languages: the side-by-side layout. Fence attributes follow pandoc
///   (`#id`, `.class`, `key=value`, `key="a b"`); the short spellings `::: columns tr ru`,
///   `::: row {#id}` and `::: cell` are read too.
/// - `::: {lang=ru}` … `:::`: the blocks inside are in that language (`und`: not known).
/// - Front matter (only at the very start): `---`, `key: "value"` lines for title, subject,
///   creator, languages (`[tr, ru]`) and created, then `---`.
///
/// Inlines: `**strong**`, `*emphasis*` or `_emphasis_` (use `_` for emphasis holding strong
/// text), and backslash escapes: a backslash before ASCII punctuation, a space or a tab makes it
/// literal; before anything else the backslash itself is literal. Not supported: links, images,
/// code, block quotes, raw HTML.
public enum Markup {
    /// Escapes a value (from the agreement) so that it stays text wherever a template puts it:
    /// it can start no block and no inline markup, and it is read back as exactly `value`
    /// with line breaks turned into spaces. Templates apply it to every value.
    public static func escape(_ value: String) -> String {
        needsNoEscaping(value) ? value : escapeScalars(value)
    }

    /// `escape` the long way, scalar by scalar.
    static func escapeScalars(_ value: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(value.unicodeScalars.count)
        var previous: Unicode.Scalar?
        for s in value.unicodeScalars {
            switch s {
            case "\n" where previous == "\r":
                continue
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                scalars.append(" ")
            default:
                scalars.append(s)
            }
            previous = s
        }
        let firstText = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.endIndex
        let lastText = scalars.lastIndex { $0 != " " && $0 != "\t" } ?? -1
        var out = String()
        out.unicodeScalars.reserveCapacity(scalars.count + scalars.count / 4 + 2)
        for (n, s) in scalars.enumerated() {
            switch s {
            case " ", "\t":
                if n < firstText || n > lastText { out.unicodeScalars.append("\\") }
            case "\\", "*", "_", "#", "{", "}", "[", "]", ":", "|", ">", "+", "-", "`", "<", "~":
                out.unicodeScalars.append("\\")
            case ".", ")":
                if n == 0 || ("0"..."9").contains(scalars[n - 1]) { out.unicodeScalars.append("\\") }
            default:
                break
            }
            out.unicodeScalars.append(s)
        }
        return out
    }

    /// Whether `escape` would return the value as it is: no line break, no markup character,
    /// no `.` or `)`, and no space or tab at either end. Most names and places are like that,
    /// and this byte scan is a fraction of the scalar-by-scalar copy.
    static func needsNoEscaping(_ value: String) -> Bool {
        let bytes = value.utf8
        guard let first = bytes.first, let last = bytes.last,
              first != 0x20, first != 0x09, last != 0x20, last != 0x09 else { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in bytes {
            switch b {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x5C, 0x2A, 0x5F, 0x23, 0x7B, 0x7D, 0x5B, 0x5D, 0x3A, 0x7C,
                 0x3E, 0x2B, 0x2D, 0x60, 0x3C, 0x7E, 0x2E, 0x29:
                return false
            case 0x85 where previous == 0xC2:                               // U+0085
                return false
            case 0xA8 where previous == 0x80 && beforePrevious == 0xE2,      // U+2028
                 0xA9 where previous == 0x80 && beforePrevious == 0xE2:      // U+2029
                return false
            default:
                break
            }
            beforePrevious = previous
            previous = b
        }
        return true
    }

    /// Scalars allowed in an id: ASCII letters and digits, `-`, `_`, `.`, `:`.
    public static func isIDScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", ":": true
        default: false
        }
    }

    /// Whether `id` can stand in `{#id}`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy(isIDScalar)
    }
}
