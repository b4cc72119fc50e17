import Foundation

/// The element names the readers act on, so a reader switches on an enum instead of comparing
/// strings for every event (that comparison was a tenth of reading time). Anything else is
/// `.other`. Raw values are the local names in WordprocessingML and ODF.
public enum XMLName: String, Sendable {
    // WordprocessingML
    case style, name, basedOn, pPr, outlineLvl, rPr, p, pStyle, numPr, sectPr, tblPr, tblGrid, trPr, tcPr
    case sdtPr, instrText, delInstrText, pPrChange, rPrChange, footnoteReference, endnoteReference, fldData
    case drawing, pict, object, t, delText, tab, ptab, br, cr, noBreakHyphen, ins, moveTo, del, moveFrom
    case commentReference, tbl, tr, tc, AlternateContent
    // ODF
    case changedRegion = "changed-region", insertion, deletion, formatChange = "format-change", h, s
    case lineBreak = "line-break", note, sequenceDecls = "sequence-decls", variableDecls = "variable-decls"
    case userFieldDecls = "user-field-decls", tableOfContent = "table-of-content", bookmarkRef = "bookmark-ref"
    case list, changeStart = "change-start", changeEnd = "change-end", change, annotation
    case changeInfo = "change-info", forms, table, tableRow = "table-row", tableCell = "table-cell"
    case coveredTableCell = "covered-table-cell", frame, customShape = "custom-shape"
    case other
}

extension XMLName: CaseIterable {
    /// The name for a local name's UTF-8 bytes, `.other` when a reader does not act on it.
    /// A parser meets tens of thousands of names per draft: this hashes the bytes once and
    /// compares one candidate, with no `String` built.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLName {
        XMLNameTable.shared.lookup(bytes)
    }
}

/// An open-addressing table from the FNV-1a hash of a local name to its `XMLName`.
private struct XMLNameTable: Sendable {
    static let shared = XMLNameTable()
    private static let bits = 8
    private var slots: [Int16]
    private var names: [XMLName] = []
    private var spellings: [[UInt8]] = []

    private init() {
        slots = Array(repeating: -1, count: 1 << XMLNameTable.bits)
        for name in XMLName.allCases where name != .other {
            let spelling = Array(name.rawValue.utf8)
            var i = spelling.withUnsafeBufferPointer { XMLNameTable.slot($0) }
            while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = Int16(names.count)
            names.append(name)
            spellings.append(spelling)
        }
    }

    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for b in bytes { hash = (hash ^ UInt32(b)) &* 16_777_619 }
        return Int(hash >> (32 - UInt32(bits)))
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLName {
        var i = XMLNameTable.slot(bytes)
        while slots[i] >= 0 {
            let candidate = Int(slots[i])
            if spellings[candidate].count == bytes.count,
               spellings[candidate].withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                return names[candidate]
            }
            i = (i + 1) & (slots.count - 1)
        }
        return .other
    }
}
