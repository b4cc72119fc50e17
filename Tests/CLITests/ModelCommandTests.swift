import Foundation
import XCTest

/// `mou init` and `mou schema` through the binary.
final class ModelCommandTests: XCTestCase {
    func testInitWritesAStarterAndNeverOverwrites() throws {
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("agreement.yaml")

        let first = try MouRunner.run(["init", file.path])
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try Data(contentsOf: file)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).hasPrefix("# A Memorandum of Understanding for `mou`."))

        let second = try MouRunner.run(["init", file.path])
        XCTAssertEqual(second.status, 2)
        XCTAssertEqual(second.stderr, "mou: \(file.path): already exists — choose another name or pass --force to replace it\n")
        XCTAssertEqual(try Data(contentsOf: file), written, "the existing file is left byte-identical")
        // Nothing but the file itself is left in the folder (no temporary files).
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["agreement.yaml"])
    }

    func testInitToStandardOutput() throws {
        let result = try MouRunner.run(["init", "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("parties:"))
        XCTAssertEqual(result.stderr, "")
    }

    func testSchemaPrintsJSON() throws {
        let result = try MouRunner.run(["schema"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(schema["required"] as? [String], ["languages", "parties", "signing", "areas", "duration", "originals"])
        XCTAssertEqual(result.stderr, "")
    }

    /// An independent check of the schema: Python's `jsonschema` accepts it as draft 2020-12,
    /// validates the example and the starter, and refuses an unknown key.
    func testSchemaValidatesTheExampleInPythonJsonschema() throws {
        let probe = try MouRunner.runTool("/usr/bin/env", ["python3", "-c", "import jsonschema, yaml"])
        guard probe.status == 0 else { throw XCTSkip("python3 with jsonschema and PyYAML is not installed") }
        let folder = try MouRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("agreement.schema.json")
        try Data(try MouRunner.run(["schema"]).stdout.utf8).write(to: schema)
        let starter = folder.appendingPathComponent("starter.yaml")
        XCTAssertEqual(try MouRunner.run(["init", starter.path]).status, 0)
        let example = MouRunner.packageRoot.appendingPathComponent("examples/kosgeb-rsmb.yaml")
        let typo = folder.appendingPathComponent("typo.yaml")
        try (try String(contentsOf: example, encoding: .utf8) + "orignals: 3\n").write(to: typo, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, yaml, jsonschema
            class Loader(yaml.SafeLoader): pass
            # Dates stay text, as in mou: the schema says string with format date.
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for path in sys.argv[2:]:
                errors = list(validator.iter_errors(yaml.load(open(path), Loader=Loader)))
                print(path.rsplit('/', 1)[-1], 'valid' if not errors else 'invalid: ' + errors[0].message)
            """
        let result = try MouRunner.runTool("/usr/bin/env", ["python3", "-c", script, schema.path, example.path, starter.path, typo.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            kosgeb-rsmb.yaml valid
            starter.yaml valid
            typo.yaml invalid: Additional properties are not allowed ('orignals' was unexpected)

            """)
    }
}
