import CLibXML2
import CLibZip
import Foundation

/// A small bounded zip reader for the user's reference document (a letterhead). Private to the
/// writers on purpose: the general reader for untrusted drafts lives in `Reading/`; this one
/// only needs a few named parts and refuses anything oversized.
struct ReferenceArchive {
    static let maxFileSize = 64 << 20, maxEntries = 4096, maxPartSize = 32 << 20

    let fileName: String
    /// Entry names in archive order.
    private(set) var names: [String] = []
    private var entries: [String: Data] = [:]

    init(url: URL) throws(OfficeWriteError) {
        fileName = url.lastPathComponent
        let data: Data
        do {
            let size = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
            guard size <= Self.maxFileSize else { throw OfficeWriteError.unusableReference(file: fileName, part: nil, reason: "larger than 64 MB") }
            data = try Data(contentsOf: url)
        } catch let error as OfficeWriteError {
            throw error
        } catch {
            throw .unusableReference(file: fileName, part: nil, reason: "cannot be read (\((error as NSError).localizedDescription))")
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(data.count, 1))!
        data.withUnsafeBytes { if $0.count > 0 { memcpy(copy, $0.baseAddress!, $0.count) } }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), 1, &error) else {
            free(copy)
            throw .unusableReference(file: fileName, part: nil, reason: "cannot be read")
        }
        guard let archive = zip_open_from_source(source, Int32(ZIP_RDONLY), &error) else {
            zip_source_free(source)
            throw .unusableReference(file: fileName, part: nil, reason: "is not a zip package (not a DOCX or ODT file)")
        }
        defer { zip_discard(archive) }
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= Self.maxEntries else {
            throw .unusableReference(file: fileName, part: nil, reason: "has too many entries")
        }
        var total = 0
        for i in 0..<zip_uint64_t(count) {
            var stat = zip_stat_t()
            guard zip_stat_index(archive, i, 0, &stat) == 0, let cName = stat.name else { continue }
            let name = String(cString: cName)
            if name.hasSuffix("/") { continue }
            let size = Int(stat.size)
            total += size
            // A part that unpacks to more than 32 MB, or a megabyte that came from a few bytes, is
            // not a letterhead: refuse it before inflating.
            guard size <= Self.maxPartSize, total <= 4 * Self.maxPartSize,
                  size < 1 << 20 || size / max(Int(stat.comp_size), 1) <= 200 else {
                throw .unusableReference(file: fileName, part: name, reason: "is too large when unpacked")
            }
            guard let file = zip_fopen_index(archive, i, 0) else {
                throw .unusableReference(file: fileName, part: name, reason: "cannot be unpacked")
            }
            var bytes = Data(count: size)
            let read = bytes.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t(size)) }
            zip_fclose(file)
            guard read == size else { throw .unusableReference(file: fileName, part: name, reason: "cannot be unpacked (damaged)") }
            names.append(name)
            entries[name] = bytes
        }
    }

    func data(_ name: String) -> Data? { entries[name] }

    func required(_ name: String) throws(OfficeWriteError) -> Data {
        guard let data = entries[name] else { throw .unusableReference(file: fileName, part: nil, reason: "has no \(name)") }
        return data
    }

    /// Parses `name` as XML (no network, no entities) or says where it is broken.
    func xml(_ name: String) throws(OfficeWriteError) -> ReferenceXML {
        try ReferenceXML(try required(name), file: fileName, part: name)
    }
}

private let xmlInitOnce: Void = { xmlInitParser() }()

/// A parsed XML part of a reference document; frees the libxml2 tree when released.
final class ReferenceXML {
    let doc: xmlDocPtr
    let text: String

    init(_ data: Data, file: String, part: String) throws(OfficeWriteError) {
        _ = xmlInitOnce
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = data.withUnsafeBytes { buf -> xmlDocPtr? in
            guard let base = buf.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buf.count), part, nil, options)
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            var line = ""
            if let error = xmlGetLastError() { line = " at line \(error.pointee.line)" }
            if let parsed { xmlFreeDoc(parsed) }
            throw .unusableReference(file: file, part: part, reason: "not well-formed XML\(line)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            xmlFreeDoc(parsed)
            throw .unusableReference(file: file, part: part, reason: "not UTF-8")
        }
        doc = parsed
        self.text = text
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr { xmlDocGetRootElement(doc) }

    /// Every element below `node` (depth first) with local name `name` in namespace `ns`.
    func elements(_ name: String, ns: String, under node: xmlNodePtr? = nil) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        func visit(_ n: xmlNodePtr) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    if Self.is(c, name, ns) { result.append(c) }
                    visit(c)
                }
                child = c.pointee.next
            }
        }
        visit(node ?? root)
        return result
    }

    /// Element children of `node`.
    func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    static func `is`(_ node: xmlNodePtr, _ name: String, _ ns: String) -> Bool {
        guard let n = node.pointee.name, String(cString: n) == name else { return false }
        guard let href = node.pointee.ns?.pointee.href else { return ns.isEmpty }
        return String(cString: href) == ns
    }

    static func localName(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    static func attribute(_ node: xmlNodePtr, _ name: String, ns: String?) -> String? {
        let value = ns.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }
}
