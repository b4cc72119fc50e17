import DocumentModel
import Foundation
import OfficeFormats
import SampleDocuments

/// Times `iterations` writes of the sample bilingual MoU per writer; prints µs per document.
func measure(_ name: String, iterations: Int, _ body: () throws -> Data) rethrows {
    var bytes = 0
    for _ in 0..<50 { bytes = try body().count }  // warm up
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let cpu0 = Double(usage.ru_utime.tv_sec) * 1e6 + Double(usage.ru_utime.tv_usec) + Double(usage.ru_stime.tv_sec) * 1e6 + Double(usage.ru_stime.tv_usec)
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<iterations { bytes = try body().count }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000 / Double(iterations)
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let cpu1 = Double(usage.ru_utime.tv_sec) * 1e6 + Double(usage.ru_utime.tv_usec) + Double(usage.ru_stime.tv_sec) * 1e6 + Double(usage.ru_stime.tv_usec)
    print("\(name): \(String(format: "%.0f", wall)) µs wall, \(String(format: "%.0f", (cpu1 - cpu0) / Double(iterations))) µs CPU per document, \(bytes) bytes")
}

let iterations = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 2000
let document = SampleMoU.bilingual(articles: 13)
let empty = Document(metadata: Metadata(languages: [.tr]))
try measure("DOCX bilingual 13 articles", iterations: iterations) { try DocxWriter().write(document) }
try measure("ODT  bilingual 13 articles", iterations: iterations) { try OdtWriter().write(document) }
try measure("DOCX empty document       ", iterations: iterations) { try DocxWriter().write(empty) }
try measure("ODT  empty document       ", iterations: iterations) { try OdtWriter().write(empty) }
if CommandLine.arguments.contains("--dump") {
    let doc = Document(metadata: Metadata(languages: [.en]), blocks: [Block(.paragraph([.text("  lead"), .strong([.text("  x")])])),
        Block(.paragraph([.text("tab\there\nnew line  two  spaces")]))])
    try OdtWriter().write(doc).write(to: URL(fileURLWithPath: "/tmp/ow-dump.odt"))
}
