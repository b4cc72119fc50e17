import Foundation

/// The element names the readers act on, so a reader switches on an enum instead of comparing
/// strings for every event (that comparison was a tenth of reading time). Anything else is
/// `.other`. Raw values are the local names in WordprocessingML and ODF.
public enum XMLName: String, Sendable {
    // WordprocessingML
    case style, name, basedOn, pPr, outlineLvl, rPr, p, pStyle, numPr, sectPr, tblPr, tblGrid, trPr, tcPr
    case sdtPr, instrText, delInstrText, pPrChange, rPrChange, footnoteReference, endnoteReference, fldData
    case drawing, pict, object, t, delText, tab, ptab, br, cr, noBreakHyphen, ins, moveTo, del, moveFrom
    case commentReference, tbl, tr, tc, AlternateContent, latentStyles, docDefaults
    // ODF
    case changedRegion = "changed-region", insertion, deletion, formatChange = "format-change", h, s
    case lineBreak = "line-break", note, sequenceDecls = "sequence-decls", variableDecls = "variable-decls"
    case userFieldDecls = "user-field-decls", tableOfContent = "table-of-content", bookmarkRef = "bookmark-ref"
    case list, changeStart = "change-start", changeEnd = "change-end", change, annotation
    case changeInfo = "change-info", forms, table, tableRow = "table-row", tableCell = "table-cell"
    case coveredTableCell = "covered-table-cell", frame, customShape = "custom-shape"
    case other
}

extension XMLName {
    /// The elements whose attributes a reader asks for; parsers keep only theirs, because
    /// copying every attribute of every run was a fifth of reading. A reader that needs a
    /// new attribute adds its element here.
    var keepsAttributes: Bool {
        switch self {
        case .style, .name, .basedOn, .outlineLvl, .pStyle, .br, .cr,
             .changedRegion, .p, .h, .s, .changeStart, .changeEnd, .change: true
        default: false
        }
    }
}

extension XMLName: CaseIterable {
    /// `SkippedContent` indexes bits by the case number stored in this one byte.
    static let fitsInAByte: Void = {
        precondition(MemoryLayout<XMLName>.size == 1 && XMLName.allCases.count <= 128 && MemoryLayout<XMLNamespace>.size == 1)
    }()

    /// The name for a local name's UTF-8 bytes, `.other` when a reader does not act on it.
    /// A parser meets tens of thousands of names per draft: this hashes the bytes once and
    /// compares one candidate, with no `String` built.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLName {
        XMLNameTable.shared.lookup(bytes)
    }
}

/// An open-addressing table from a hash of a local name to its `XMLName`, in flat
/// memory allocated once for the process (no array bounds or reference counts per lookup).
private struct XMLNameTable: @unchecked Sendable {
    static let shared = XMLNameTable()
    private static let bits = 8
    private static let size = 1 << bits
    /// Memory allocated once for the process and never written after `init`. Pointers, not
    /// arrays: reading an array held by a shared table retained and released it on every
    /// lookup, from every thread of a batch.
    /// Slot → index into `names`/`spans`, or -1.
    private let slots: UnsafeMutablePointer<Int16>
    private let names: UnsafeMutablePointer<XMLName>
    private let spans: UnsafeMutablePointer<(offset: Int, count: Int)>
    private let spellings: UnsafeMutablePointer<UInt8>

    private init() {
        let known = XMLName.allCases.filter { $0 != .other }
        slots = .allocate(capacity: XMLNameTable.size)
        slots.initialize(repeating: -1, count: XMLNameTable.size)
        let all = known.flatMap { Array($0.rawValue.utf8) }
        spellings = .allocate(capacity: all.count)
        spellings.initialize(from: all, count: all.count)
        names = .allocate(capacity: known.count)
        names.initialize(from: known, count: known.count)
        spans = .allocate(capacity: known.count)
        var offset = 0
        for (index, name) in known.enumerated() {
            let count = name.rawValue.utf8.count
            (spans + index).initialize(to: (offset, count))
            var i = XMLNameTable.slot(UnsafeBufferPointer(start: spellings + offset, count: count))
            while slots[i] >= 0 { i = (i + 1) & (XMLNameTable.size - 1) }
            slots[i] = Int16(index)
            offset += count
        }
    }

    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        let key = UInt32(first) << 24 ^ UInt32(bytes[bytes.count / 2]) << 16 ^ UInt32(last) << 8 ^ UInt32(truncatingIfNeeded: bytes.count)
        var mixed = key &* 0x9E37_79B1
        mixed ^= mixed >> 15
        mixed = mixed &* 0x85EB_CA6B
        return Int(mixed >> (32 - UInt32(bits)))
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLName {
        var i = XMLNameTable.slot(bytes)
        while slots[i] >= 0 {
            let candidate = Int(slots[i])
            let span = spans[candidate]
            if span.count == bytes.count && memcmp(spellings + span.offset, bytes.baseAddress!, span.count) == 0 {
                return names[candidate]
            }
            i = (i + 1) & (XMLNameTable.size - 1)
        }
        return .other
    }
}
