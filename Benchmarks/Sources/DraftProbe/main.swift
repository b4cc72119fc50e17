import AgreementModel
import Drafting
import Foundation
import Linguistics
import OfficeFormats

/// A plain timing loop (`swift run -c release DraftProbe [agreement.yaml]`): milliseconds per
/// document from YAML to a bilingual tr|ru DOCX, and per stage, without the benchmark harness.
let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1]
    : URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/kosgeb-rsmb.yaml").path
let yaml = try String(contentsOfFile: path, encoding: .utf8)
/// `ITERATIONS=20` for a short run under valgrind (instruction counts are repeatable under load).
let iterations = Int(ProcessInfo.processInfo.environment["ITERATIONS"] ?? "") ?? 500
/// `ONLY=document` runs just the whole-document loop, so that (ITERATIONS=21 − ITERATIONS=1) / 20
/// under callgrind is the instruction count of one document.
/// `ONLY=load` and `ONLY=render` do the same for one stage (load YAML; render, parse and lay out tr|ru).
let only = ProcessInfo.processInfo.environment["ONLY"]
let onlyDocument = only == "document"

func milliseconds(_ duration: Swift.Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func measure(_ label: String, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    let elapsed = try clock.measure { for _ in 0..<iterations { try body() } }
    print("\(label): \(String(format: "%.3f", milliseconds(elapsed) / Double(iterations))) ms")
}

let clock = ContinuousClock()
let cold = try clock.measure {
    let loaded = try AgreementLoader.load(text: yaml, source: path)
    _ = try DocxWriter().write(try MoUDrafter().draft(loaded.agreement, languages: [.tr, .ru]).document)
}
print("first document (templates compiled, locales loaded): \(String(format: "%.1f", milliseconds(cold))) ms")
if onlyDocument {
    try measure("YAML to bilingual tr|ru DOCX, per document") {
        let loaded = try AgreementLoader.load(text: yaml, source: path)
        _ = try DocxWriter().write(try MoUDrafter().draft(loaded.agreement, languages: [.tr, .ru]).document)
    }
    exit(0)
}
let agreement = try AgreementLoader.load(text: yaml, source: path).agreement
if only == "load" {
    try measure("  load YAML") { _ = try AgreementLoader.load(text: yaml, source: path) }
    exit(0)
}
if only == "render" {
    try measure("  render, parse and lay out tr|ru") { _ = try MoUDrafter().draft(agreement, languages: [.tr, .ru]) }
    exit(0)
}
let draft = try MoUDrafter().draft(agreement, languages: [.tr, .ru])
try measure("YAML to bilingual tr|ru DOCX, per document") {
    let loaded = try AgreementLoader.load(text: yaml, source: path)
    _ = try DocxWriter().write(try MoUDrafter().draft(loaded.agreement, languages: [.tr, .ru]).document)
}
try measure("  load YAML") { _ = try AgreementLoader.load(text: yaml, source: path) }
try measure("  render tr (Stencil + grammar)") { _ = try MoUDrafter().render(agreement, language: .tr) }
try measure("  render, parse and lay out tr|ru") { _ = try MoUDrafter().draft(agreement, languages: [.tr, .ru]) }
try measure("  write DOCX") { _ = try DocxWriter().write(draft.document) }
