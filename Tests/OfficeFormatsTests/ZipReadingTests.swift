import CFastCRC
import CLibZip
import CZlib
import DocumentModel
import Foundation
import Linguistics
import OfficeFormats
import XCTest

/// `ZipPartStream` inflates and checks parts itself (raw bytes from libzip, zlib's inflate,
/// our folding CRC-32): the CRC agrees with zlib's, every part reads exactly as libzip's own
/// decompression gives it, and damaged deflate data is a `corruptPart`, never wrong text.
final class ZipReadingTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("zipread-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    // MARK: CRC-32

    /// Deterministic bytes (xorshift), so a failure reproduces.
    func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var x = seed | 1
        return (0..<count).map { _ in
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            return UInt8(truncatingIfNeeded: x >> 24)
        }
    }

    func zlibCRC(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(crc32_z(0, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), $0.count)) }
    }

    func fastCRC(_ crc: UInt32, _ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBytes { fast_crc32(crc, $0.baseAddress, $0.count) }
    }

    func testFastCRCEqualsZlibAtEveryLengthAndOffset() {
        let data = randomBytes(300 + 16, seed: 0x9E37_79B9_7F4A_7C15)
        for offset in 0...15 {
            for length in 0...300 {
                let piece = data[offset..<(offset + length)]
                XCTAssertEqual(fastCRC(0, piece), zlibCRC(piece), "length \(length) at offset \(offset)")
            }
        }
    }

    func testFastCRCEqualsZlibOnLargeInputs() {
        for (i, size) in [1 << 16, (1 << 16) + 13, 1_000_003, 4 << 20].enumerated() {
            let data = randomBytes(size + 16, seed: UInt64(i + 7))
            for offset in [0, 1, 7, 15] {
                let piece = data[offset..<(offset + size)]
                XCTAssertEqual(fastCRC(0, piece), zlibCRC(piece), "size \(size) at offset \(offset)")
            }
        }
        /// Known answer: CRC-32 of "123456789" is 0xCBF43926, and all-zero and all-0xFF runs.
        XCTAssertEqual(fastCRC(0, Array("123456789".utf8)[...]), 0xCBF4_3926)
        let zeros = [UInt8](repeating: 0, count: 4096)[...], ones = [UInt8](repeating: 0xFF, count: 4096)[...]
        XCTAssertEqual(fastCRC(0, zeros), zlibCRC(zeros))
        XCTAssertEqual(fastCRC(0, ones), zlibCRC(ones))
    }

    func testFastCRCIsIncrementalInRandomPieces() {
        let data = randomBytes(200_000, seed: 42)
        let whole = zlibCRC(data[...])
        var cut = randomBytes(4000, seed: 99).makeIterator()
        for round in 0..<20 {
            var crc: UInt32 = 0
            var at = 0
            while at < data.count {
                /// Pieces of 0 to ~1 KiB, sometimes a few bytes: the fold and the tail both used.
                let a = Int(cut.next() ?? 1), b = Int(cut.next() ?? 1)
                let length = min(data.count - at, round % 2 == 0 ? a * 4 + b % 4 : a % 80)
                crc = fastCRC(crc, data[at..<(at + length)])
                at += length
            }
            XCTAssertEqual(crc, whole, "round \(round)")
        }
    }

    func testTheFastPathIsTakenOnThisMachine() throws {
        #if arch(x86_64)
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        guard cpuinfo.contains(" pclmulqdq") && cpuinfo.contains(" sse4_1") else { throw XCTSkip("no PCLMULQDQ here") }
        XCTAssertEqual(fast_crc32_uses_pclmul(), 1)
        #else
        XCTAssertEqual(fast_crc32_uses_pclmul(), 0)
        #endif
    }

    // MARK: Reading parts

    /// Every entry as libzip itself decompresses and checks it (the way parts were read before).
    func libzipParts(_ url: URL) throws -> [String: Data] {
        var error: Int32 = 0
        let archive = try XCTUnwrap(zip_open(url.path, ZIP_RDONLY, &error), "libzip cannot open \(url.lastPathComponent)")
        defer { zip_discard(archive) }
        var parts: [String: Data] = [:]
        for i in 0..<zip_get_num_entries(archive, 0) {
            let name = String(cString: zip_get_name(archive, zip_uint64_t(i), 0))
            let file = try XCTUnwrap(zip_fopen_index(archive, zip_uint64_t(i), 0))
            defer { zip_fclose(file) }
            var out = Data()
            var buffer = [UInt8](repeating: 0, count: 8192)
            while true {
                let n = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
                XCTAssertGreaterThanOrEqual(n, 0, name)
                if n <= 0 { break }
                out.append(buffer, count: Int(n))
            }
            parts[name] = out
        }
        return parts
    }

    /// Reads a part through `ZipPartStream` with a caller buffer of `chunk` bytes.
    func streamed(_ reader: ZipReader, _ name: String, chunk: Int) throws -> Data {
        let stream = try reader.open(name)
        defer { stream.close() }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: chunk) }
            if n == 0 { break }
            out.append(buffer, count: n)
        }
        XCTAssertEqual(try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: chunk) }, 0)
        return out
    }

    var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    func packages() throws -> [URL] {
        var urls: [URL] = []
        let corpus = packageRoot.appendingPathComponent("Tests/ReviewTests/Corpus")
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil))
        for case let url as URL in walker where ["docx", "odt"].contains(url.pathExtension) { urls.append(url) }
        XCTAssertGreaterThanOrEqual(urls.count, 5, "corpus packages")
        let blocks = (1...13).flatMap { n in
            [Block(.heading(level: 1, [.text("Madde \(n) — İşbirliği alanları")]), language: .tr),
             Block(.paragraph([.text(String(repeating: "Taraflar, KOSGEB'in ve RSMB'nin \(n). maddede belirtilen yükümlülüklerini 3,5 milyon avro bütçe ile yerine getirir. ", count: 3))]), language: .tr),
             Block(.paragraph([.text("Стороны выполняют обязательства по статье \(n) в пределах бюджета 3,5 млн евро.")]), language: .ru)]
        }
        let doc = Document(metadata: Metadata(title: "Mutabakat Zaptı", languages: [.tr, .ru]), blocks: blocks)
        for (name, data) in [("written.docx", try DocxWriter().write(doc)), ("written.odt", try OdtWriter().write(doc))] {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            urls.append(url)
        }
        return urls
    }

    func testEveryPartReadsAsLibzipGivesIt() throws {
        var methods: Set<Int> = []
        for url in try packages() {
            let expected = try libzipParts(url)
            let reader = try ZipReader(path: url.path, displayName: url.lastPathComponent, limits: .standard)
            XCTAssertEqual(reader.entries.count, expected.count, url.lastPathComponent)
            for entry in reader.entries {
                methods.insert(entry.method)
                XCTAssertEqual(try reader.data(entry.name), expected[entry.name], "\(url.lastPathComponent): \(entry.name)")
                for chunk in [1, 7, 4096] {
                    XCTAssertEqual(try streamed(reader, entry.name, chunk: chunk), expected[entry.name],
                                   "\(url.lastPathComponent): \(entry.name) in pieces of \(chunk)")
                }
            }
        }
        XCTAssertEqual(methods, [Int(ZIP_CM_STORE), Int(ZIP_CM_DEFLATE)], "both stored and deflated entries covered")
    }

    /// Two parts open at once each inflate their own bytes (they share nothing but the archive).
    func testTwoPartsReadInterleaved() throws {
        let url = try packages().last { $0.pathExtension == "docx" }!
        let expected = try libzipParts(url)
        let reader = try ZipReader(path: url.path, displayName: "two.docx", limits: .standard)
        let a = try reader.open("word/document.xml"), b = try reader.open("word/styles.xml")
        var outA = Data(), outB = Data()
        var buffer = [UInt8](repeating: 0, count: 100)
        var open = (true, true)
        while open.0 || open.1 {
            for (stream, which) in [(a, 0), (b, 1)] where which == 0 ? open.0 : open.1 {
                let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
                if n == 0 { if which == 0 { open.0 = false } else { open.1 = false } }
                if which == 0 { outA.append(buffer, count: n) } else { outB.append(buffer, count: n) }
            }
        }
        XCTAssertEqual(outA, expected["word/document.xml"])
        XCTAssertEqual(outB, expected["word/styles.xml"])
    }

    // MARK: Damage

    /// A python-written package with one deflated part, and where that part's data lies.
    func deflatedPackage(_ text: String) throws -> (url: URL, bytes: Data, data: Range<Int>) {
        let url = folder.appendingPathComponent("one.docx")
        let script = """
        import zipfile, sys
        z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED)
        z.writestr('word/document.xml', sys.argv[2].encode())
        z.close()
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path, text]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("python3 zipfile unavailable") }
        let bytes = try Data(contentsOf: url)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        XCTAssertEqual(u16(8), 8, "deflated")
        let start = 30 + u16(26) + u16(28)
        return (url, bytes, start..<(start + u32(18)))
    }

    func read(_ url: URL) throws -> Data {
        let reader = try ZipReader(path: url.path, displayName: url.lastPathComponent, limits: .standard)
        return try reader.data("word/document.xml")
    }

    func isCorrupt(_ error: Error) -> Bool {
        if case .corruptPart(_, "word/document.xml", _) = error as? ReadError { return true }
        return false
    }

    let sample = "<w:document><w:body>" + (1...40).map { "<w:p><w:r><w:t>Madde \($0): Taraflar bilgi paylaşır; Стороны обмениваются опытом \($0 * 7).</w:t></w:r></w:p>" }.joined() + "</w:body></w:document>"

    func testAFlippedByteIsCorruptNeverWrongText() throws {
        let (url, bytes, range) = try deflatedPackage(sample)
        XCTAssertEqual(try read(url), Data(sample.utf8))
        var refused = 0
        for at in range {
            var damaged = bytes
            damaged[at] ^= 0xFF
            try damaged.write(to: url)
            do {
                /// A flip that leaves the inflated bytes unchanged (unused padding bits) is harmless.
                let text = try read(url)
                XCTAssertEqual(text, Data(sample.utf8), "byte \(at - range.lowerBound) flipped gave other text")
            } catch {
                XCTAssertTrue(isCorrupt(error), "byte \(at - range.lowerBound): \(error)")
                XCTAssertFalse(String(describing: error).contains("\n"))
                refused += 1
            }
        }
        XCTAssertGreaterThan(refused, range.count * 9 / 10)
    }

    func testACRCMismatchIsNamed() throws {
        let (url, bytes, _) = try deflatedPackage(sample)
        var damaged = bytes
        /// The CRC in both headers (local at 14, central 16 bytes into its record), so only our check sees it.
        let central = try XCTUnwrap(damaged.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        damaged[14] ^= 0x01
        damaged[central + 16] ^= 0x01
        try damaged.write(to: url)
        XCTAssertThrowsError(try read(url)) { error in
            XCTAssertTrue(isCorrupt(error), "\(error)")
            XCTAssertTrue(String(describing: error).contains("CRC-32 mismatch"), "\(error)")
            XCTAssertTrue(String(describing: error).contains("ask the sender for a new copy"), "\(error)")
        }
    }

    func testATruncatedEntryIsCorrupt() throws {
        let (url, bytes, range) = try deflatedPackage(sample)
        for keep in [0, 1, range.count / 3, range.count - 1] {
            var damaged = bytes
            /// The compressed size shrunk in both headers: libzip hands over only `keep` bytes.
            let central = try XCTUnwrap(damaged.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
            for at in [18, central + 20] {
                for k in 0..<4 { damaged[at + k] = UInt8(truncatingIfNeeded: keep >> (8 * k)) }
            }
            try damaged.write(to: url)
            XCTAssertThrowsError(try read(url), "kept \(keep) of \(range.count)") { error in
                XCTAssertTrue(isCorrupt(error), "kept \(keep): \(error)")
            }
        }
    }

    func testADamagedStoredEntryIsCorrupt() throws {
        let url = folder.appendingPathComponent("stored.odt")
        try OdtWriter().write(Document(metadata: Metadata(title: "t", languages: [.tr]), blocks: [Block(.paragraph([.text("Metin")]))]))
            .write(to: url)
        var bytes = try Data(contentsOf: url)
        let at = try XCTUnwrap(bytes.range(of: Data("application/vnd.oasis".utf8))).lowerBound
        bytes[at] ^= 0x20
        try bytes.write(to: url)
        let reader = try ZipReader(path: url.path, displayName: "stored.odt", limits: .standard)
        XCTAssertEqual(reader.entry(named: "mimetype")?.method, Int(ZIP_CM_STORE))
        XCTAssertThrowsError(try reader.data("mimetype")) { error in
            guard case .corruptPart(_, "mimetype", _) = error as? ReadError else { return XCTFail("\(error)") }
        }
    }
}
