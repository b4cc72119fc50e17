@testable import OfficeFormats
import XCTest

final class WriterEscapingTests: XCTestCase {
    func testMarkupCharactersAreEscaped() {
        XCTAssertEqual(XMLEscaping.escaped("a<b>&\"c\"'d' ]]>"), "a&lt;b&gt;&amp;&quot;c&quot;'d' ]]&gt;")
        XCTAssertEqual(XMLEscaping.escaped("ğ<ş>&ü"), "ğ&lt;ş&gt;&amp;ü", "multi-byte text around escapes")
        XCTAssertEqual(XMLEscaping.escaped("<"), "&lt;")
        XCTAssertEqual(XMLEscaping.escaped("x<"), "x&lt;")
        XCTAssertEqual(XMLEscaping.escaped("<x"), "&lt;x")
        XCTAssertEqual(XMLEscaping.escaped("\u{FFFF}"), "")
    }

    func testPlainTextIsAppendedUnchanged() {
        // Attribute values are double-quoted: the Turkish apostrophe needs no escaping.
        XCTAssertEqual(XMLEscaping.escaped("KOSGEB'in 92'ye"), "KOSGEB'in 92'ye")
        for s in ["", "Меморандум о взаимопонимании", "İstanbul'da".replacingOccurrences(of: "'", with: "’"), "🇹🇷🤝🇷🇺", "\u{200F}RTL\u{200E}"] {
            XCTAssertTrue(XMLEscaping.isPlain(s), s)
            XCTAssertEqual(XMLEscaping.escaped(s), s)
        }
    }

    func testCharactersXMLForbidsAreDroppedAndWhiteSpaceIsKeptAsReferences() {
        XCTAssertEqual(XMLEscaping.escaped("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"), "abcdefghi")
        XCTAssertEqual(XMLEscaping.escaped("a\tb\nc\rd"), "a&#x9;b&#xA;c&#xD;d")
        XCTAssertEqual(XMLEscaping.cleaned("a\u{0}\tb\u{FFFF}"), "a\tb")
        XCTAssertFalse(XMLEscaping.isPlain("\u{FFFE}"))
        XCTAssertTrue(XMLEscaping.isPlain("\u{FFFD}"), "U+FFFD is allowed")
    }
}

final class WriterDateTests: XCTestCase {
    func testCreationDatesBecomeFullDateTimesOrAreLeftOut() {
        XCTAssertEqual(DocumentDates.dateTime("2021-10-01"), "2021-10-01T00:00:00")
        XCTAssertEqual(DocumentDates.dateTime("2021-10-01T10:00Z"), "2021-10-01T10:00:00Z")
        XCTAssertEqual(DocumentDates.dateTime("2021-10-01T10:00:05.5+03:00"), "2021-10-01T10:00:05.5+03:00")
        XCTAssertNil(DocumentDates.dateTime("1 Ekim 2021"))
        XCTAssertNil(DocumentDates.dateTime("2021-10-01T10"))
    }
}
