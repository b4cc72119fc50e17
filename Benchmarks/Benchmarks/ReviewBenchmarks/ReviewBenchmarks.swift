import Benchmark
import Foundation
import OfficeFormats
import Review
import SampleDocuments

/// `mou validate` without the process: read and review the bilingual (tr|ru side by side)
/// 13-article MoU DOCX, alone and per document in a batch on all cores, as the command does.
/// Target: under 0.5 ms per document in a batch.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
                                           maxDuration: .seconds(3))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("review-benchmark-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("mou-13.docx").path
    try? DocxWriter().write(SampleMoU.bilingual(articles: 13)).write(to: URL(fileURLWithPath: path))
    let reviewer = (try? ClauseCatalog.builtIn.get()).map { Reviewer(catalog: $0) }

    Benchmark("Read bilingual 13-article DOCX") { benchmark in
        let url = URL(fileURLWithPath: path)
        for _ in benchmark.scaledIterations {
            blackHole(try DocumentReader.read(url: url))
        }
    }

    Benchmark("Review bilingual 13-article DOCX") { benchmark in
        guard let reviewer else { throw CocoaError(.fileReadUnknown) }
        for _ in benchmark.scaledIterations {
            blackHole(reviewer.review(path: path))
        }
    }

    /// 100 documents per iteration on all cores; throughput × 100 is documents per second.
    Benchmark("Review batch of 100 (per 100 documents)") { benchmark in
        guard let reviewer else { throw CocoaError(.fileReadUnknown) }
        let paths = Array(repeating: path, count: 100)
        for _ in benchmark.scaledIterations {
            blackHole(reviewer.review(paths: paths))
        }
    }
}
