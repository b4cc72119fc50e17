import DocumentModel
import Foundation
import OfficeFormats
import Review
import SampleDocuments

/// `swift run -c release ReviewProbe [repetitions] [draft.docx]`: time to read and review the
/// bilingual 13-article MoU DOCX (alone and per document in a batch on all cores), then the
/// peak memory of reviewing a ~500-page draft.
let repetitions = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 1000
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-probe-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

if CommandLine.arguments.dropFirst().first == "keep" {
    // Writes the sample documents next to the current folder for inspection.
    try DocxWriter().write(SampleMoU.bilingual(articles: 13)).write(to: URL(fileURLWithPath: "sample-13.docx"))
    try DocxWriter().write(SampleMoU.bilingual(articles: 2150)).write(to: URL(fileURLWithPath: "sample-500-pages.docx"))
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "memory", CommandLine.arguments.count > 2 {
    // A fresh process: peak RSS of reading and reviewing one big draft, nothing else.
    let report = Reviewer(catalog: try ClauseCatalog.builtIn.get()).review(path: CommandLine.arguments[2])
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    print("\(CommandLine.arguments[2]): \(report.error ?? "\(report.languages) reviewed"), peak RSS \(usage.ru_maxrss / 1024) MiB")
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "profile", CommandLine.arguments.count > 2 {
    // `ReviewProbe profile draft.docx [n]`: reviews one draft n times and nothing else, for
    // `valgrind --tool=callgrind` (instruction counts stay comparable on a busy machine).
    let count = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 20 : 20
    let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
    for _ in 0..<count { _ = reviewer.review(path: CommandLine.arguments[2]) }
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "batch", CommandLine.arguments.count > 2 {
    // `ReviewProbe batch draft.docx [n]`: only the batch (n copies on all cores), for `perf`.
    let count = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 2000 : 2000
    let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
    _ = reviewer.review(path: CommandLine.arguments[2])
    let start = DispatchTime.now().uptimeNanoseconds
    _ = reviewer.review(paths: Array(repeating: CommandLine.arguments[2], count: count))
    print(String(format: "batch %.3f ms per document", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(count)))
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "threads", CommandLine.arguments.count > 2 {
    // `ReviewProbe threads draft.docx [n] [shared|own]`: two threads, each reviewing n/2 copies
    // with the same catalog or one loaded for it: whether sharing the catalog costs a batch.
    let count = CommandLine.arguments.count > 3 ? Int(CommandLine.arguments[3]) ?? 2000 : 2000
    let own = CommandLine.arguments.count > 4 && CommandLine.arguments[4] == "own"
    let shared = Reviewer(catalog: try ClauseCatalog.builtIn.get())
    let reviewers = try (0..<2).map { _ in own ? Reviewer(catalog: try ClauseCatalog.load(store: .builtIn)) : shared }
    for r in reviewers { _ = r.review(path: CommandLine.arguments[2]) }
    let start = DispatchTime.now().uptimeNanoseconds
    DispatchQueue.concurrentPerform(iterations: 2) { t in
        for _ in 0..<count / 2 { _ = reviewers[t].review(path: CommandLine.arguments[2]) }
    }
    print(String(format: "two threads, \(own ? "own" : "shared") catalogs: %.3f ms per document", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(count)))
    exit(0)
}
if CommandLine.arguments.dropFirst().first == "scan", CommandLine.arguments.count > 3 {
    // `ReviewProbe scan part.xml n`: only the XML reader over one part, n times (for callgrind).
    let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[2]))
    var events = 0
    for _ in 0..<(Int(CommandLine.arguments[3]) ?? 1) {
        let xml = try SafeXMLReader(data: data, fileName: "part", partName: "part", limits: .standard)
        while try xml.next() != nil { events += 1 }
    }
    print("\(events) events")
    exit(0)
}
let mou = CommandLine.arguments.count > 2 ? URL(fileURLWithPath: CommandLine.arguments[2]) : folder.appendingPathComponent("mou-13.docx")
if CommandLine.arguments.count <= 2 { try DocxWriter().write(SampleMoU.bilingual(articles: 13)).write(to: mou) }
print("bilingual 13-article DOCX:", try ReviewBenchmark.measure(path: mou.path, repetitions: repetitions))

// ~500 pages: 1600 articles printed as 373 pages side by side (LibreOffice), so 2150 ≈ 500.
let big = folder.appendingPathComponent("mou-500-pages.docx")
try DocxWriter().write(SampleMoU.bilingual(articles: 2150)).write(to: big)
var usage = rusage()
getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
let before = usage.ru_maxrss
let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
let report = reviewer.review(path: big.path)
getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
print("500-page draft: \(report.error ?? "read"), peak RSS \(usage.ru_maxrss / 1024) MiB (\(before / 1024) MiB before reviewing it)")
