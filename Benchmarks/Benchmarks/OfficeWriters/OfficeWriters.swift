import Benchmark
import DocumentModel
import Linguistics
import OfficeFormats
import SampleDocuments

/// Writing a bilingual (tr|ru side by side) 13-article MoU as DOCX and as ODT: time and
/// allocations per document. Target: under 1 ms per document on a 2-core machine.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
                                           maxDuration: .seconds(3))
    let document = SampleMoU.bilingual(articles: 13)

    Benchmark("DOCX bilingual 13-article MoU") { benchmark in
        let writer = DocxWriter()
        for _ in benchmark.scaledIterations {
            blackHole(try writer.write(document))
        }
    }

    Benchmark("ODT bilingual 13-article MoU") { benchmark in
        let writer = OdtWriter()
        for _ in benchmark.scaledIterations {
            blackHole(try writer.write(document))
        }
    }
}

