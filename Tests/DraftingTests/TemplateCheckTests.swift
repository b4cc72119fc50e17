import AgreementModel
import Foundation
import Linguistics
import MoUResources
import XCTest
@testable import Drafting
import Stencil

/// Strict names at render time, the linter of `mou templates check`, and the engine's care
/// for templates (cache, trimmed tag lines, ids that look like Stencil comments).
final class TemplateCheckTests: XCTestCase {
    /// A folder with the built-in MoU templates, `edit` applied to one language's text.
    private func overrideFolder(_ language: Language = .en, _ edit: (String) -> String) throws -> URL {
        let root = try DraftFixtures.temporaryFolder()
        let folder = root.appendingPathComponent("templates/mou")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for code in Language.allCases {
            let path = MoUDrafter.templatePath(code)
            var text = try XCTUnwrap(BuiltInFiles.text(path))
            if code == language { text = edit(text) }
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return root
    }

    private func line(of needle: String, in text: String) -> Int {
        let lines = text.components(separatedBy: "\n")
        return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
    }

    func testBuiltInTemplatesPassTheCheck() {
        XCTAssertEqual(TemplateLinter().checkMoU(store: .builtIn).map(\.description), [])
    }

    func testUnknownVariableAtRenderNamesTemplateLineAndName() throws {
        let root = try overrideFolder { $0.replacingOccurrences(of: "{{ party.signatory.title }}", with: "{{ party.signatory.titel }}") }
        let text = try String(contentsOf: root.appendingPathComponent("templates/mou/en.md"), encoding: .utf8)
        let expectedLine = line(of: "party.signatory.titel", in: text)
        XCTAssertGreaterThan(expectedLine, 60)
        let drafter = MoUDrafter(store: ResourceStore(overrideRoot: root), engine: TemplateEngine())
        XCTAssertThrowsError(try drafter.render(try DraftFixtures.example(), language: .en)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix(root.appendingPathComponent("templates/mou/en.md").path + ":\(expectedLine): unknown variable 'party.signatory.titel'"), message)
            XCTAssertTrue(message.contains("it has: gender, name, title"), message)
        }
        // The other languages still draft.
        XCTAssertNoThrow(try drafter.render(try DraftFixtures.example(), language: .tr))
    }

    func testUnknownTopLevelNameAndLabelAreErrors() throws {
        let root = try overrideFolder { $0.replacingOccurrences(of: "## {{ labels.article }} {{ numbering.next }} — {{ labels.headings.costs }}",
                                                                with: "## {{ labels.article }} {{ numbering.next }} — {{ labels.headings.expenses }} {{ costArrangement }}") }
        let drafter = MoUDrafter(store: ResourceStore(overrideRoot: root), engine: TemplateEngine())
        XCTAssertThrowsError(try drafter.render(try DraftFixtures.example(), language: .en)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("unknown variable 'labels.headings.expenses'"), message)
            XCTAssertTrue(message.contains("unknown variable 'costArrangement'"), message)
        }
    }

    func testLinterReportsEachKindOfMistakeWithItsLine() throws {
        let root = try overrideFolder(.ru) { text in
            text.replacingOccurrences(of: "{#costs}", with: "{#expenses}")
                .replacingOccurrences(of: "{{ duration.years|spell }}", with: "{{ duration.years|spel }}")
                .replacingOccurrences(of: "{% endfor %}\n:::", with: "{% endfro %}\n:::")
        }
        let ru = try String(contentsOf: root.appendingPathComponent("templates/mou/ru.md"), encoding: .utf8)
        let problems = TemplateLinter(engine: TemplateEngine()).checkMoU(store: ResourceStore(overrideRoot: root))
        let messages = problems.map(\.description)
        XCTAssertTrue(problems.allSatisfy { $0.origin.hasSuffix("templates/mou/ru.md") }, "\(messages)")
        XCTAssertTrue(problems.contains { $0.line == line(of: "|spel", in: ru) && $0.message.hasPrefix("unknown filter 'spel'") }, "\(messages)")
        XCTAssertTrue(problems.contains { $0.line == line(of: "endfro", in: ru) && $0.message.contains("endfro") }, "\(messages)")
        XCTAssertTrue(problems.contains { $0.message.contains("no block '{#costs}'") }, "\(messages)")
        XCTAssertTrue(problems.contains { $0.message.contains("block '{#expenses}' is not in the Turkish template") }, "\(messages)")
    }

    func testUnclosedTagIsReportedNotSilentlyCut() throws {
        let root = try overrideFolder(.tr) { $0.replacingOccurrences(of: "{{ labels.headings.purpose }}", with: "{{ labels.headings.purpose") }
        let tr = try String(contentsOf: root.appendingPathComponent("templates/mou/tr.md"), encoding: .utf8)
        let problems = TemplateLinter(engine: TemplateEngine()).checkMoU(store: ResourceStore(overrideRoot: root), languages: [.tr])
        XCTAssertEqual(problems.first?.line, line(of: "{{ labels.headings.purpose", in: tr), "\(problems)")
        XCTAssertTrue(problems.first?.message.contains("'{{' is not closed") == true, "\(problems)")
    }

    func testRepeatedLinesGetTheirOwnLineNumbers() throws {
        // Stencil numbers a token by searching for its line's text, so a repeated line gets the
        // first one's number; the engine counts lines itself.
        let engine = TemplateEngine()
        let template = engine.template(text: "a\n{{ x }}\nb\n{{ x }}\n{{ y|nosuch }}\n", origin: "t.md", relativePath: "t.md")
        let lines = template.tokens.filter { $0.kind == .variable }.map { template.line(of: $0) }
        XCTAssertEqual(lines, [2, 4, 5])
        XCTAssertEqual(template.parseProblem?.line, 5)
    }

    func testOwnLexerMakesStencilsTokens() throws {
        for language in Language.allCases {
            let text = TemplateSource.hideIds(try XCTUnwrap(BuiltInFiles.text(MoUDrafter.templatePath(language))))
            let stencil = Template(templateString: text).tokens
            let ours = TemplateSource.lex(text, name: "t").tokens
            XCTAssertEqual(ours.map(\.kind), stencil.map(\.kind), "\(language)")
            XCTAssertEqual(ours.map(\.contents), stencil.map(\.contents), "\(language)")
        }
        let odd = "a {{ x }} b {%- if y -%}c{% endif %}{# note #}{{ unclosed"
        XCTAssertEqual(TemplateSource.lex(odd, name: "t").tokens.map(\.contents), Template(templateString: odd).tokens.map(\.contents))
    }

    func testTagLinesVanishAndIdsSurviveTheLexer() throws {
        let engine = TemplateEngine()
        let template = engine.template(text: "# T {#title}\n\n{% for x in xs %}\n- {{ x }}\n{% endfor %}\n\nend {#not-an-id #}\n",
                                       origin: "t.md", relativePath: "t.md")
        XCTAssertEqual(try template.render(["xs": ["a*", "b"]]), "# T {#title}\n\n- a\\*\n- b\n\nend \n")
    }

    func testTemplatesAreCompiledOncePerProcess() throws {
        let engine = TemplateEngine()
        let first = try engine.template(MoUDrafter.templatePath(.tr), from: .builtIn)
        let second = try engine.template(MoUDrafter.templatePath(.tr), from: .builtIn)
        XCTAssertTrue(first === second)
        XCTAssertTrue(TemplateEngine.shared === TemplateEngine.shared)
    }

    func testGrammarNotesComeBackWithTheDraft() throws {
        var agreement = try DraftFixtures.example()
        agreement.parties[1].reading = nil
        agreement.parties[1].short[.tr] = "TPSB"
        let version = try MoUDrafter().render(agreement, language: .tr)
        XCTAssertTrue(version.markup.contains("TPSB'"), version.markup)
        XCTAssertFalse(version.notes.isEmpty, "a guessed reading is worth a note")
    }
}
