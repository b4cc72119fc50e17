import DocumentModel
import Foundation
@testable import OfficeFormats
import XCTest

/// The UTF-8 scanner must see exactly what libxml2 sees: every event, every kept attribute, on
/// real office parts and on the corners of XML (references, CDATA, CR LF, namespaces declared
/// and redeclared, tokens split across reads), and refuse what libxml2 refuses.
final class XMLScannerTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// Every event as a line, with the attributes kept for it.
    func events(_ xml: Data, _ parser: SafeXMLReader.Parser, everyElement: Bool = true,
                skipping: SkippedContent = SkippedContent()) throws -> [String] {
        let reader = try SafeXMLReader(input: PartInput(data: xml), fileName: "t.xml", partName: "part", limits: .standard,
                                       parser: parser, everyElement: everyElement, skipping: skipping)
        var out: [String] = []
        while let event = try reader.next() {
            switch event {
            case .start(let ns, let name):
                let attributes = reader.currentAttributeList.map { "\($0.name)[\($0.namespace)]=\($0.value)" }
                out.append("<\(ns):\(name) \(attributes.joined(separator: " "))")
            case .end(let ns, let name): out.append("</\(ns):\(name)")
            case .text: out.append("text \(reader.text.debugDescription)")
            }
        }
        return out
    }

    func assertSame(_ xml: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertSame(Data(xml.utf8), file: file, line: line)
    }

    func assertSame(_ xml: Data, file: StaticString = #filePath, line: UInt = #line) throws {
        let scanned = try events(xml, .byEncoding)
        let reference = try events(xml, .libxml2)
        XCTAssertFalse(scanned.isEmpty, file: file, line: line)
        XCTAssertEqual(try events(xml, .byEncoding, everyElement: false), try events(xml, .libxml2, everyElement: false), file: file, line: line)
        XCTAssertEqual(try events(xml, .byEncoding, skipping: DocxReader.skipped), try events(xml, .libxml2, skipping: DocxReader.skipped),
                       file: file, line: line)
        XCTAssertEqual(scanned.count, reference.count, file: file, line: line)
        for (a, b) in zip(scanned, reference) where a != b {
            XCTFail("scanner \(a)\nlibxml2 \(b)", file: file, line: line)
            return
        }
    }

    func testEveryPartOfTheCorpusReadsAsLibxml2ReadsIt() throws {
        // MOU_XML_CORPUS=dir adds more packages (e.g. files saved by Word or LibreOffice).
        let folders = [Self.packageRoot.appendingPathComponent("Tests/ReviewTests/Corpus")]
            + (ProcessInfo.processInfo.environment["MOU_XML_CORPUS"].map { [URL(fileURLWithPath: $0)] } ?? [])
        let files = folders.flatMap { FileManager.default.enumerator(at: $0, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL } }
            .filter { ["docx", "odt"].contains($0.pathExtension) }
        XCTAssertGreaterThan(files.count, 5)
        var parts = 0
        for url in files {
            let zip = try ZipReader(path: url.path, displayName: url.lastPathComponent, limits: .standard)
            for entry in zip.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
                try assertSame(try zip.data(entry.name))
                parts += 1
            }
        }
        XCTAssertGreaterThan(parts, 25)
    }

    /// What readers make of the corpus is text only: no attribute name or value of the
    /// markup around it (a tracked change's id once ran on into the sentence before it).
    func testCorpusTextCarriesNoMarkup() throws {
        let corpus = Self.packageRoot.appendingPathComponent("Tests/ReviewTests/Corpus")
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
            .filter { ["docx", "odt"].contains($0.pathExtension) }
        for url in files {
            let text = PlainTextWriter.write(try DocumentReader.read(url: url).document, width: 10_000)
            XCTAssertFalse(text.isEmpty, url.lastPathComponent)
            for leak in ["change-id", "outline-level", "style-name", "styleId", "w:val", "text:c", "xmlns", "ct1", "ct2"] {
                XCTAssertFalse(text.contains(leak), "\(url.lastPathComponent) reads \(leak)")
            }
        }
    }

    func testTheCornersOfXML() throws {
        try assertSame("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(W)><w:body><w:p><w:r><w:t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;&#x411;&#x1F600;</w:t></w:r></w:p></w:body></w:document>")
        try assertSame("<w:p \(W)><w:pPr><w:pStyle w:val=\"A&amp;B &#x41;\tc\nd\"/></w:pPr><w:r><w:t xml:space=\"preserve\">  x\r\ny\rz  </w:t></w:r></w:p>")
        try assertSame("<w:p \(W)><!-- a comment with <w:t>tags</w:t> --><?pi data?><w:r><w:t><![CDATA[<not a tag> & ]]]></w:t></w:r></w:p>")
        try assertSame("\u{FEFF}<?xml version='1.0'?><a xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><p><t>default namespace</t></p><x:p xmlns:x=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><x:h x:outline-level='2'>ODF in a W document</x:h></x:p><p/></a>")
        try assertSame("<w:a \(W)><w:p xmlns:w=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><w:p>rebound</w:p></w:p><w:p>back</w:p><q:p xmlns:q=\"urn:x\">other</q:p></w:a>")
        try assertSame("<w:p \(W)  ><w:br   w:type = 'page'  /><w:tab/>\n  <w:r >Привет, dünya — ığüşöç</w:r ></w:p>")
        try assertSame("<w:p \(W)><w:r><w:t>one</w:t><w:t></w:t><w:t>two</w:t></w:r>tail</w:p>")
    }

    /// A part much larger than one read: every token kind lands on a read boundary somewhere.
    func testTokensSplitAcrossReadsAreWhole() throws {
        var xml = "<?xml version=\"1.0\"?>\r\n<w:document \(W)><w:body>"
        for i in 0..<6000 {
            xml += "<w:p><w:pPr><w:pStyle w:val=\"S\(i % 7)&amp;\"/></w:pPr><w:r><w:t>Madde \(i): KOSGEB'in &amp; RSMB'nin «сотрудничество» \r\n&#1073;</w:t></w:r>"
            if i % 5 == 0 { xml += "<!-- note \(i) --><w:r><w:t><![CDATA[x < y]]></w:t></w:r>" }
            xml += "</w:p>\n"
        }
        xml += "</w:body></w:document>"
        XCTAssertGreaterThan(xml.utf8.count, 4 * (64 << 10))
        try assertSame(xml)
    }

    func testMalformedPartsAreRefusedWithTheirLine() throws {
        let cases: [(String, Int)] = [
            ("<a>\n<b></a>", 2),
            ("<a>\n\n<b>", 3),
            ("<a>&nbsp;</a>", 1),
            ("<a>&#0;</a>", 1),
            ("<a>x & y</a>", 1),
            ("<a></a>\n<b/>", 2),
            ("<a></a>\ntext", 2),
            ("<a b=\"<\"/>", 1),
            ("<a b=c/>", 1),
            ("<a b=\"1\"c=\"2\"/>", 1),
            ("<a>\n</a\n", 2),
            ("", 1),
        ]
        for (xml, line) in cases {
            XCTAssertThrowsError(try events(Data(xml.utf8), .byEncoding), xml) { error in
                guard case .malformedXML(_, let part, let at, let reason)? = error as? ReadError else {
                    return XCTFail("\(xml.debugDescription): \(error)")
                }
                XCTAssertEqual(part, "part")
                XCTAssertEqual(at, line, "\(xml.debugDescription): \(reason)")
            }
            XCTAssertThrowsError(try events(Data(xml.utf8), .libxml2), "libxml2 accepts \(xml.debugDescription)")
        }
    }

    func testDoctypeAndDepthAreRefused() throws {
        let padded = "<?xml version=\"1.0\"?>" + String(repeating: "<!-- padding -->", count: 400) + "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"
        for parser in [SafeXMLReader.Parser.byEncoding, .libxml2] {
            XCTAssertThrowsError(try events(Data(padded.utf8), parser)) { error in
                guard case .xmlDoctype? = error as? ReadError else { return XCTFail("\(parser): \(error)") }
            }
            let deep = String(repeating: "<a>", count: 500) + String(repeating: "</a>", count: 500)
            XCTAssertThrowsError(try events(Data(deep.utf8), parser)) { error in
                guard case .xmlTooDeep? = error as? ReadError else { return XCTFail("\(parser): \(error)") }
            }
        }
    }

    /// Tokens that outgrow a read are finished after more input; those that outgrow their
    /// bounds are refused in one line, whichever parser reads them.
    func testLongTokensAndTheirBounds() throws {
        let long = String(repeating: "abcdefgh", count: 40_000)
        try assertSame("<w:p \(W)><w:pStyle w:val=\"\(long)\"/><!-- \(long) --><w:t><![CDATA[\(long)]]>\(long)</w:t></w:p>")
        let crowded = "<w:p \(W) " + (0...EventQueue.maxAttributes).map { "a\($0)=\"v\"" }.joined(separator: " ") + "/>"
        let huge = "<w:p \(W)><w:t>" + String(repeating: "x", count: EventQueue.maxText + 1) + "</w:t></w:p>"
        // CDATA with a CR LF: the run is checked piece by piece, not only at its end. (libxml2
        // refuses it too, in its own words: "Huge input lookup".)
        let hugeCDATA = "<w:p \(W)><w:t><![CDATA[" + String(repeating: "x", count: EventQueue.maxText + 1) + "\r\ny]]></w:t></w:p>"
        for parser in [SafeXMLReader.Parser.byEncoding, .libxml2] {
            let cases = [(crowded, "attributes"), (huge, "text run"), (hugeCDATA, parser == .libxml2 ? "Huge" : "text run")]
            for (xml, reason) in cases {
                XCTAssertThrowsError(try events(Data(xml.utf8), parser)) { error in
                    guard case .malformedXML(_, _, _, let why)? = error as? ReadError else { return XCTFail("\(parser): \(error)") }
                    XCTAssertTrue(why.contains(reason), "\(parser): \(why)")
                }
            }
        }
    }

    /// UTF-16 parts (allowed by OOXML) go to libxml2 and read the same as their UTF-8 twin.
    func testUTF16PartsAreConverted() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:p \(W)><w:r><w:t>Меморандум &amp; Mutabakat</w:t></w:r></w:p>"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(xml.data(using: .utf16LittleEndian)!)
        let converted = try events(utf16, .byEncoding)
        XCTAssertTrue(converted.contains("text \"Меморандум & Mutabakat\""), "\(converted)")
        XCTAssertEqual(converted, try events(Data(xml.replacingOccurrences(of: "UTF-16", with: "UTF-8").utf8), .byEncoding))
    }

    /// Text right before a tag whose attributes are kept ends at that tag: the attributes must
    /// not run on into it (ODF puts `<text:s text:c="2"/>` and change marks inside text).
    func testTextBeforeAnElementWithAttributesStaysItsOwn() throws {
        let t = "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        let xml = "<text:p \(t)>обмен опытом;<text:change-start text:change-id=\"ct2\"/>a<text:s text:c=\"2\"/>b<text:span>c</text:span>d</text:p>"
        for parser in [SafeXMLReader.Parser.byEncoding, .libxml2] {
            XCTAssertEqual(try events(Data(xml.utf8), parser, everyElement: false), [
                "<odfText:p ", "text \"обмен опытом;\"", "<odfText:changeStart change-id[odfText]=ct2", "</odfText:changeStart",
                "text \"a\"", "<odfText:s c[odfText]=2", "</odfText:s", "text \"bcd\"", "</odfText:p",
            ], "\(parser)")
        }
    }

    /// Skipped content gives its element's start and end and nothing between, wherever reads
    /// fall, and is still checked for where it ends.
    func testSkippedContentGivesOnlyItsEnds() throws {
        let inner = "<w:rFonts w:ascii='a>b'/><!-- </w:rPr> --><![CDATA[</w:rPr>]]><?pi </w:rPr>?><w:rPr><w:b/></w:rPr>x &nbsp; y"
        let xml = "<w:p \(W)><w:r><w:rPr>\(inner)</w:rPr><w:t>kept</w:t></w:r></w:p>"
        let expected = ["<wordML:p ", "<wordML:rPr ", "</wordML:rPr", "<wordML:t ", "text \"kept\"", "</wordML:t", "</wordML:p"]
        // (libxml2 would refuse `&nbsp;`: it parses skipped content; the scanner only looks for its end.)
        XCTAssertEqual(try events(Data(xml.utf8), .byEncoding, everyElement: false, skipping: DocxReader.skipped), expected)
        let long = "<w:p \(W)><w:rPr>" + String(repeating: "<w:x a=\"1\">text</w:x>", count: 20_000) + "</w:rPr><w:t>kept</w:t></w:p>"
        XCTAssertEqual(try events(Data(long.utf8), .byEncoding, everyElement: false, skipping: DocxReader.skipped), try events(Data(long.utf8), .libxml2, everyElement: false, skipping: DocxReader.skipped))
        for broken in ["<w:p \(W)><w:rPr><w:b></w:rPr>", "<w:p \(W)><w:rPr><w:b/></w:p>", "<w:p \(W)><w:rPr><!DOCTYPE x></w:rPr></w:p>",
                       "<w:p \(W)><w:rPr>" + String(repeating: "<w:b>", count: 300) + String(repeating: "</w:b>", count: 300) + "</w:rPr></w:p>"] {
            XCTAssertThrowsError(try events(Data(broken.utf8), .byEncoding, skipping: DocxReader.skipped), broken)
        }
    }

    /// Attributes are kept for the elements readers ask about and dropped for the rest.
    func testAttributesAreKeptOnlyWhereAReaderReadsThem() throws {
        let xml = "<w:p \(W) w:rsidR=\"00A1\"><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:rPr><w:lang w:val=\"ru-RU\"/></w:rPr><w:br w:type=\"page\"/></w:r></w:p>"
        for parser in [SafeXMLReader.Parser.byEncoding, .libxml2] {
            let reader = try SafeXMLReader(input: PartInput(data: Data(xml.utf8)), fileName: "t.xml", partName: "part", limits: .standard, parser: parser)
            var seen: [String: String] = [:]
            while let event = try reader.next() {
                if case .start(_, let name) = event {
                    seen["\(name)"] = reader.attribute("val", .wordML) ?? reader.attribute("type", .wordML) ?? reader.attribute("rsidR") ?? "-"
                }
            }
            XCTAssertEqual(seen["pStyle"], "Heading1")
            XCTAssertEqual(seen["br"], "page")
            XCTAssertEqual(seen["p"], "00A1")
            XCTAssertNil(seen["other"], "w:r and w:lang are no names readers act on: no events")
        }
    }

    /// Thousands of damaged variants of a real body: the scanner never crashes, never refuses
    /// what libxml2 reads, and reads what both read exactly as libxml2 does. (It may accept a
    /// few things libxml2 refuses — a duplicate attribute, a damaged XML declaration or PI —
    /// which change nothing a reader sees.)
    func testDamagedPartsNeverCrashAndNeverDisagree() throws {
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document \(W) xmlns:m=\"urn:x\"><w:body>"
        for i in 0..<12 {
            body += "<w:p><w:pPr><w:pStyle w:val=\"H\(i)\"/></w:pPr><w:r><w:rPr><w:lang w:val=\"tr-TR\"/></w:rPr><w:t xml:space=\"preserve\">Madde \(i) &amp; a&#233;b</w:t></w:r><w:br/><!-- c --><m:x a='1'>t<![CDATA[d]]></m:x></w:p>\n"
        }
        body += "</w:body></w:document>"
        let base = Array(body.utf8)
        // No CR: libxml2's push parser keeps CR LF inside CDATA, where XML (and the scanner) make it LF.
        let alphabet = Array("<>/&;=\"' :!?-[]x\n#".utf8)
        let environment = ProcessInfo.processInfo.environment
        // MOU_FUZZ_ITERATIONS / MOU_FUZZ_SEED run a longer or different campaign by hand.
        let iterations = Int(environment["MOU_FUZZ_ITERATIONS"] ?? "") ?? 3000
        var seed = UInt64(environment["MOU_FUZZ_SEED"] ?? "") ?? 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
            return Int(seed % UInt64(bound))
        }
        var both = 0, neither = 0, lenient = 0
        for _ in 0..<iterations {
            var bytes = base
            for _ in 0...next(3) {
                let at = next(bytes.count)
                switch next(3) {
                case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + next(12)))
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: at)
                default: bytes[at] = alphabet[next(alphabet.count)]
                }
            }
            let data = Data(bytes)
            // Every other variant is read as the DOCX body is, run properties skipped.
            let skipping = next(2) == 0 ? DocxReader.skipped : SkippedContent()
            let scanned = try? events(data, .byEncoding, skipping: skipping)
            let reference = try? events(data, .libxml2, skipping: skipping)
            switch (scanned, reference) {
            case let (a?, b?):
                both += 1
                if let i = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) ?? (a.count == b.count ? nil : min(a.count, b.count)) {
                    XCTFail("event \(i): scanner \(i < a.count ? a[i] : "-") libxml2 \(i < b.count ? b[i] : "-") in \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                }
            case (nil, nil): neither += 1
            case (nil, _?): XCTFail("scanner refuses what libxml2 reads: \(String(decoding: bytes, as: UTF8.self))")
            case (_?, nil): lenient += 1
            }
        }
        print("damaged parts: \(both) read by both, \(neither) refused by both, \(lenient) read by the scanner only")
        XCTAssertGreaterThan(both, iterations / 30)
        XCTAssertGreaterThan(neither, iterations / 30)
        XCTAssertLessThan(lenient, iterations / 50, "the scanner should refuse nearly all that libxml2 refuses")
    }
}
