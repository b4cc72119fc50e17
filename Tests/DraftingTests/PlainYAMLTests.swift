import MoUResources
import XCTest
import Yams
@testable import Drafting

/// `PlainYAML.load` must give exactly what `Yams.load` gives: the same values of the same types.
final class PlainYAMLTests: XCTestCase {
    /// A canonical text of a loaded tree: type and value of every node, keys sorted.
    private func describe(_ value: Any?) -> String {
        switch value {
        case nil: return "nil"
        case let map as [String: Any]:
            return "{" + map.keys.sorted().map { "\($0)=" + describe(map[$0]!) }.joined(separator: ",") + "}"
        case let map as [AnyHashable: Any]:
            return "{" + map.map { "\(type(of: $0.key.base)):\($0.key)=" + describe($0.value) }.sorted().joined(separator: ",") + "}"
        case let list as [Any]:
            return "[" + list.map(describe).joined(separator: ",") + "]"
        case let value?:
            return "\(type(of: value)):\(value)"
        }
    }

    private func assertSame(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(describe(try PlainYAML.load(yaml: yaml)), describe(try Yams.load(yaml: yaml)), yaml, file: file, line: line)
    }

    func testBuiltInLocalesLoadAsYamsLoadsThem() throws {
        let paths = BuiltInFiles.paths(under: "locales").filter { $0.hasSuffix("labels.yaml") || $0.hasSuffix("areas.yaml") }
        XCTAssertGreaterThanOrEqual(paths.count, 6)
        for path in paths { try assertSame(BuiltInFiles.text(path)!) }
    }

    func testValuesThatAreNotTextFallBackToYams() throws {
        for yaml in ["a: 12", "a: -3.5", "a: yes", "a: No", "a: ~", "a:", "a: null", "a: 2021-10-01", "a: .inf",
                     "b: {<<: {c: d}}", "a: !!str 12", "a: '12'", "a: \"true\"", "yes: x", "'yes': x", "12: x",
                     "a: [x, 1, y]", "a: &x {b: c}\nd: *x", "a: =", "a: Taraflar\nb: [Madde, 'on']",
                     "a: !!set {x, y}", "a: !custom x"] {
            try assertSame(yaml)
        }
    }

    func testTextLoadsAsStrings() throws {
        let tree = try XCTUnwrap(PlainYAML.load(yaml: "heading: Madde\nlist: {separator: ', ', last: ' ve '}\nitems: [bir, iki]") as? [String: Any])
        XCTAssertEqual(tree["heading"] as? String, "Madde")
        XCTAssertEqual((tree["list"] as? [String: Any])?["last"] as? String, " ve ")
        XCTAssertEqual(tree["items"] as? [String], ["bir", "iki"])
    }
}
