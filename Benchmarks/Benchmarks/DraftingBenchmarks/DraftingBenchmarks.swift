import AgreementModel
import Benchmark
import Drafting
import Foundation
import Linguistics
import OfficeFormats

/// From the agreement file's text to a bilingual (tr|ru side by side) DOCX, per document in a
/// batch: load YAML, render two templates, parse, lay out, write. Target: under 5 ms
/// (docxtpl needs ~52 ms). Templates are compiled once per process, as in `mou draft`.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
                                           maxDuration: .seconds(3))
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/kosgeb-rsmb.yaml").path
    let yaml = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""

    Benchmark("YAML to bilingual tr|ru DOCX") { benchmark in
        for _ in benchmark.scaledIterations {
            let loaded = try AgreementLoader.load(text: yaml, source: path)
            let draft = try MoUDrafter().draft(loaded.agreement, languages: [.tr, .ru], layout: .sideBySide)
            blackHole(try DocxWriter().write(draft.document))
        }
    }

    Benchmark("Render one language version (tr)") { benchmark in
        let agreement = try AgreementLoader.load(text: yaml, source: path).agreement
        for _ in benchmark.scaledIterations {
            blackHole(try MoUDrafter().render(agreement, language: .tr))
        }
    }
}
