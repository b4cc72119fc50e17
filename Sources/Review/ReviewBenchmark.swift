import Foundation
import OfficeFormats

/// For the Benchmarks/ package (`ReviewBenchmark.measure(path:)`): reads and reviews one draft
/// many times, alone and as a batch on all cores, and returns milliseconds per document.
public enum ReviewBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        /// Reading only (unzip + XML + Document), one thread.
        public var readMilliseconds: Double
        /// Reading and reviewing, one thread.
        public var reviewMilliseconds: Double
        /// Reading and reviewing `repetitions` copies as one batch on all cores, per document.
        public var batchMilliseconds: Double

        public var description: String {
            String(format: "read %.3f ms, read+review %.3f ms, batch %.3f ms per document",
                   readMilliseconds, reviewMilliseconds, batchMilliseconds)
        }
    }

    public static func measure(path: String, repetitions: Int = 500) throws -> Figures {
        let reviewer = Reviewer(catalog: try ClauseCatalog.builtIn.get())
        let url = URL(fileURLWithPath: path)
        _ = reviewer.review(path: path)
        func time(_ body: () throws -> Void) rethrows -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(repetitions)
        }
        let read = try time { for _ in 0..<repetitions { _ = try DocumentReader.read(url: url) } }
        let review = time { for _ in 0..<repetitions { _ = reviewer.review(path: path) } }
        let batch = time { _ = reviewer.review(paths: Array(repeating: path, count: repetitions)) }
        return Figures(readMilliseconds: read, reviewMilliseconds: review, batchMilliseconds: batch)
    }
}
