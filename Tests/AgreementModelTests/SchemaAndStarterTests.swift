import AgreementModel
import Foundation
import XCTest

/// The schema parses as JSON and knows every key the example uses; unknown keys are refused
/// by both the schema and the loader; the starter file loads without errors.
final class SchemaAndStarterTests: XCTestCase {
    func schema() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(AgreementSchema.json().utf8))
        return try XCTUnwrap(object as? [String: Any])
    }

    func testSchemaIsJSONOfDraft2020() throws {
        let schema = try schema()
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(schema["additionalProperties"] as? Bool, false)
        let defs = try XCTUnwrap(schema["$defs"] as? [String: Any])
        let area = try XCTUnwrap(defs["area"] as? [String: Any])
        let standard = try XCTUnwrap((area["oneOf"] as? [[String: Any]])?.first?["enum"] as? [String])
        XCTAssertEqual(standard, StandardArea.allCases.map(\.rawValue))
    }

    func testEveryKeyOfTheExampleAndTheStarterIsInTheSchema() throws {
        let walker = SchemaWalker(root: try schema())
        let example = try AgreementLoader.load(path: TestFiles.example)
        let starter = try AgreementLoader.load(text: AgreementStarter.text(), source: "starter.yaml")
        for path in Set(example.locations.keys).union(starter.locations.keys) where !path.isEmpty {
            XCTAssertTrue(walker.allows(path), "\(path) is used but not in the schema")
        }
        XCTAssertTrue(example.locations.keys.contains("parties[1].signatory.gender"), "the walk covers nested keys")
    }

    func testUnknownKeysAreRefusedByBoth() throws {
        let walker = SchemaWalker(root: try schema())
        XCTAssertFalse(walker.allows("parties[0].signatory.titel"))
        XCTAssertFalse(walker.allows("orignals"))
        XCTAssertFalse(walker.allows("parties[0].name.de"))
        let text = try String(contentsOfFile: TestFiles.example, encoding: .utf8)
            .replacingOccurrences(of: "      gender: male\n    contact:", with: "      gender: male\n      titel: x\n    contact:")
        XCTAssertThrowsError(try AgreementLoader.load(text: text, source: "x.yaml")) { error in
            XCTAssertTrue("\(error)".contains("parties[0].signatory.titel: unknown key — did you mean `title`?"), "\(error)")
        }
    }

    func testStarterLoadsWithoutErrorsOrNotes() throws {
        let loaded = try AgreementLoader.load(text: AgreementStarter.text(), source: "starter.yaml")
        XCTAssertEqual(loaded.agreement.languages, [.tr, .ru, .en])
        XCTAssertEqual(loaded.agreement.parties.count, 2)
        XCTAssertEqual(loaded.notes, [])
        XCTAssertEqual(loaded.agreement.areas.last, .custom(id: "joint-fairs", text: [
            .tr: "ortak fuar ve etkinliklerin düzenlenmesi",
            .ru: "организация совместных выставок и мероприятий",
            .en: "organising joint fairs and events",
        ]))
        XCTAssertEqual(loaded.agreement.check(languages: [.tr, .ru, .en]), [])
        // Every field is explained: each top-level key follows a comment line.
        let lines = AgreementStarter.text().components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.first?.isLetter == true {
            XCTAssertTrue(lines[index - 1].hasPrefix("#"), "no comment above `\(line)`")
        }
        XCTAssertTrue(AgreementStarter.text(extraSections: ["# more\nannouncement: {}"]).hasSuffix("\n# more\nannouncement: {}\n"))
    }

    func testEncodingRoundTripsThroughTheLoader() throws {
        let agreement = try AgreementLoader.load(path: TestFiles.example).agreement
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try XCTUnwrap(String(data: try encoder.encode(agreement), encoding: .utf8))
        let again = try AgreementLoader.load(text: json, source: "roundtrip.json").agreement
        XCTAssertEqual(again, agreement)
    }
}

/// Follows key paths (`parties[0].name.tr`) through a JSON Schema's properties, items,
/// `$ref`s, `oneOf` branches and `additionalProperties` schemas.
struct SchemaWalker {
    let root: [String: Any]

    func allows(_ path: String) -> Bool {
        var schemas = [root]
        for step in Self.steps(path) {
            schemas = schemas.flatMap { expand($0) }.flatMap { child($0, step) }
            if schemas.isEmpty { return false }
        }
        return true
    }

    static func steps(_ path: String) -> [String] {
        path.replacingOccurrences(of: "[", with: ".[").split(separator: ".").map(String.init)
    }

    func expand(_ schema: [String: Any]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        if let ref = schema["$ref"] as? String, let name = ref.split(separator: "/").last,
           let target = (root["$defs"] as? [String: Any])?[String(name)] as? [String: Any] {
            result += expand(target)
        } else {
            result.append(schema)
        }
        for branch in schema["oneOf"] as? [[String: Any]] ?? [] { result += expand(branch) }
        return result
    }

    func child(_ schema: [String: Any], _ step: String) -> [[String: Any]] {
        if step.hasPrefix("[") {
            return (schema["items"] as? [String: Any]).map { [$0] } ?? []
        }
        if let property = (schema["properties"] as? [String: Any])?[step] as? [String: Any] { return [property] }
        if let additional = schema["additionalProperties"] as? [String: Any] { return [additional] }
        if schema["type"] as? String == "object", schema["properties"] == nil, schema["additionalProperties"] == nil {
            return [[:]]  // an open object (the announcement until it describes itself)
        }
        return []
    }
}
