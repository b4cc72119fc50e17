import Foundation
import OfficeFormats

/// For the Benchmarks/ package: reads and reviews `path` `repetitions` times in one batch and
/// returns the mean seconds per document (reader + review, no report formatting).
public enum ReviewBenchmark {
    public static func secondsPerDocument(path: String, repetitions: Int = 200) throws -> Double {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
        _ = reviewer.review(path: path)
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repetitions { _ = reviewer.review(path: path) }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(repetitions)
    }
}
