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
