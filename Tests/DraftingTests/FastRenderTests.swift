import Foundation
import Linguistics
import Stencil
import XCTest
@testable import Drafting

/// The engine renders plain `{{ }}` and `{% if %}` with its own nodes (`FastExpression`,
/// `FastIfNode`) instead of Stencil's; these tests hold them to Stencil's output, errors and
/// strictness.
final class FastRenderTests: XCTestCase {
    /// Plain Stencil with the same filters: what the engine's nodes must reproduce.
    private func stencil(_ text: String, _ context: [String: Any]) throws -> String {
        let ext = Extension()
        ext.registerFilter(EscapeFilter.name) { value in try EscapeFilter.apply(value) }
        GrammarFilters.register(in: ext)
        let environment = Environment(extensions: [ext], trimBehaviour: .nothing)
        // As the engine's rewrite does: every `{{ … }}` ends with the escape filter.
        let escaped = text.replacingOccurrences(of: " }}", with: "|" + EscapeFilter.name + " }}")
        return try environment.renderTemplate(string: escaped, context: context)
    }

    private func engine(_ text: String, _ context: [String: Any]) throws -> (String, CompiledTemplate) {
        let template = TemplateEngine().template(text: text, origin: "test-\(UUID().uuidString)", relativePath: "test.md")
        return (try template.render(context), template)
    }

    private func context() -> [String: Any] {
        let contact = TemplateObject(path: "parties.1.contact", fields: ["unit": "Dış İlişkiler", "email": nil], recorder: nil)
        let first = TemplateObject(path: "parties.0", fields: ["name": "KOSGEB", "short": "KOSGEB", "contact": nil, "count": 3,
                                                               "nextIsLast": true], recorder: nil)
        let second = TemplateObject(path: "parties.1", fields: ["name": "РСМБ «Х»", "short": "RSMB", "contact": contact,
                                                                "count": 0, "nextIsLast": false], recorder: nil)
        return [
            "parties": [first, second] as [Any],
            "party1": first,
            "title": "",
            "names": ["a", "b*", "c"],
            "mapping": ["x": 1, "y": "two"] as [String: Any],
            "empty": [] as [Any],
            "originals": 2,
            "flag": false,
            "date": CalendarDate(year: 2021, month: 10, day: 1),
            "markup": "# **X** {#y}",
            "language": "ru",
            "grammar": GrammarSession(language: .tr),
        ]
    }

    func testPlainValuesAndConditionsRenderAsStencilRendersThem() throws {
        let text = """
        {{ party1.name }}|{{ party1.short|tr_genitive }}|{{ parties.1.name }}|{{ parties.first.short }}|{{ parties.last.name }}|\
        {{ parties.count }}|{{ names.1 }}|{{ names.7 }}|{{ mapping.x }}|{{ mapping.y }}|{{ mapping.count }}|{{ missing }}|\
        {{ party1.contact.unit }}|{{ markup }}|{{ originals|spell }}|{{ "меморандум" }}|{{ 92|count:"меморандум" }}|\
        {{ date.year }}|{{ date|date }}|{{ title }}|{{ flag }}|{{ originals }}|{{ markup.count }}|{{ 3|number:2 }}
        {% for p in parties %}[{{ forloop.counter }}{% if forloop.first %}F{% elif forloop.last %}L{% endif %}\
        {% if p.contact %}c:{{ p.contact.unit }}{% if not p.contact.email %}-{% endif %}{% else %}none{% endif %}\
        {% if p.count > 1 %}>1{% endif %}{% if p.count == 0 %}=0{% endif %}{% if p.count != 3 %}!=3{% endif %}\
        {% if p.count >= 3 %}>=3{% endif %}{% if p.count < 1 %}<1{% endif %}{% if p.count <= 0 %}<=0{% endif %}\
        {% if p.nextIsLast %} and {% endif %}]{% endfor %}
        {% if title %}T{% elif names %}N{% else %}E{% endif %}{% if empty %}e{% endif %}{% if mapping %}m{% endif %}\
        {% if flag %}f{% endif %}{% if originals %}o{% endif %}{% if missing %}x{% endif %}{% if date %}d{% endif %}\
        {% if party1 %}p{% endif %}{% if language == "ru" %}ru{% endif %}{% if missing == nothing %}nil{% endif %}\
        {% if originals == 2 %}two{% endif %}{% if flag == false %}nf{% endif %}{% if names.count > 2 and originals %}and{% endif %}
        {% for n in empty %}x{% empty %}none{% endfor %}|{% for n in missing %}x{% endfor %}|{% for p in mapping %}{{ p }};{% endfor %}|\
        {% for n in names %}{% for p in parties %}{{ forloop.counter }}{{ n }}{% endfor %}{{ forloop.last }}{% endfor %}
        """
        let (rendered, template) = try engine(text, context())
        XCTAssertEqual(rendered, try stencil(text, context()))
        XCTAssertTrue(rendered.hasPrefix("KOSGEB|KOSGEB'"), rendered)
        XCTAssertTrue(rendered.contains("|РСМБ «Х»|KOSGEB|РСМБ «Х»|2|b\\*||1|two|2||"), rendered)
        XCTAssertTrue(rendered.contains("[1Fnone>1>=3 and ][2Lc:Dış İlişkiler-=0!=3<1<=0]"), rendered)
        // The engine's own nodes did the work: no `{{ }}` and no `{% if %}` was left to Stencil.
        let kinds = template.nodes?.map { String(describing: type(of: $0)) } ?? []
        XCTAssertTrue(rendered.hasSuffix("none||x;y;|1a2afalse1b\\*2b\\*false1c2ctrue"), rendered)
        XCTAssertTrue(kinds.contains("FastVariableNode") && kinds.contains("FastIfNode") && kinds.contains("FastForNode"), "\(kinds)")
        XCTAssertFalse(kinds.contains("VariableNode") || kinds.contains("IfNode") || kinds.contains("ForNode"), "\(kinds)")
        XCTAssertFalse(template.loopControl)
    }

    func testUnusualExpressionsStayStencils() throws {
        // Spaces around the pipe, a quote inside an argument, a Stencil filter and `ifnot`.
        let text = "{{ party1.name | lower }}|{{ names|join:\", \" }}|{{ 5|count:\"a:b\" }}|{% ifnot flag %}nf{% endif %}"
            + "|{% for k, v in mapping %}{{ k }}={{ v }};{% endfor %}"
        let (rendered, template) = try engine(text, context())
        XCTAssertEqual(rendered, try stencil(text, context()))
        XCTAssertTrue(rendered.hasPrefix("kosgeb|a, b\\*, c|5 "), rendered)
        XCTAssertTrue(rendered.hasSuffix("|nf|x=1;y=two;"), rendered)
        XCTAssertTrue(template.nodes?.contains { $0 is VariableNode } == true)
        XCTAssertTrue(template.nodes?.contains { String(describing: type(of: $0)) == "ForNode" } == true)
    }

    func testBreakAndContinueKeepStencilsLoopControl() throws {
        let text = "{% for n in names %}{% if forloop.counter == 2 %}{% continue %}{% endif %}{{ n }}{% if forloop.counter == 3 %}{% break %}{% endif %}-{% endfor %}!"
        let (rendered, template) = try engine(text, context())
        XCTAssertTrue(template.loopControl)
        XCTAssertEqual(rendered, try stencil(text, context()))
        XCTAssertEqual(rendered, "a-c!")
    }

    func testAnErrorInTheEnginesNodeNamesItsLine() throws {
        let text = "one\n{% if party1 %}two{% endif %}\nthree {{ party1 }}\n"
        XCTAssertThrowsError(try engine(text, context())) { error in
            guard case DraftingError.template(let problems) = error, let problem = problems.first else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(problem.line, 3)
            XCTAssertTrue(problem.message.hasPrefix("'parties.0' is a group of values"), problem.message)
        }
    }

    func testAnUnknownMemberOfALaterListItemIsStillReported() throws {
        // The name check sees the first party, whose contact is absent; only the render meets
        // the second party's contact, and the recorder must still catch the typo there.
        let recorder = LookupRecorder()
        let contact = TemplateObject(path: "parties.1.contact", fields: ["unit": "Birim"], recorder: recorder)
        let parties: [Any] = [
            TemplateObject(path: "parties.0", fields: ["contact": nil], recorder: recorder),
            TemplateObject(path: "parties.1", fields: ["contact": contact], recorder: recorder),
        ]
        let engine = TemplateEngine()
        let template = engine.template(text: "{% for p in parties %}{% if p.contact %}{{ p.contact.unt }}{% endif %}{% endfor %}\n",
                                       origin: "strict.md", relativePath: "strict.md")
        XCTAssertThrowsError(try template.renderStrictly(["parties": parties], engine: engine, topLevelNames: ["parties"],
                                                         recorder: recorder)) { error in
            XCTAssertTrue("\(error)".contains("unknown variable 'parties.1.contact.unt'"), "\(error)")
        }
    }
}
