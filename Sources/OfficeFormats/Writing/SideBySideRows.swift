import DocumentModel

/// The table rows of a side-by-side layout. A row that holds only headings is joined to the row
/// after it, so an article's heading always stands on the same page as its first paragraph —
/// without "keep with next" across rows, which LibreOffice honours by pushing whole rows to the
/// next page (a 4-page MoU came out as 6). A row with a signature block must not split: the
/// parties would sign on different pages.
struct SideBySideRow {
    var cells: [[Block]]
    var keepTogether: Bool

    static func rows(_ columns: Columns, count n: Int) -> [SideBySideRow] {
        var result: [SideBySideRow] = []
        var pending: [[Block]]? = nil
        for row in columns.rows {
            var cells = (0..<n).map { $0 < row.cells.count ? row.cells[$0] : [] }
            if let carried = pending {
                cells = zip(carried, cells).map { $0 + $1 }
                pending = nil
            }
            if isHeadingsOnly(cells) {
                pending = cells
                continue
            }
            result.append(SideBySideRow(cells: cells, keepTogether: cells.contains { $0.contains(where: isSignatures) }))
        }
        if let pending { result.append(SideBySideRow(cells: pending, keepTogether: false)) }
        return result
    }

    private static func isHeadingsOnly(_ cells: [[Block]]) -> Bool {
        var sawHeading = false
        for cell in cells {
            for block in cell {
                guard case .heading = block.content else { return false }
                sawHeading = true
            }
        }
        return sawHeading
    }

    private static func isSignatures(_ block: Block) -> Bool {
        if case .signatures = block.content { return true }
        return false
    }
}
