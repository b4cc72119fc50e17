import CLibXML2
import Foundation

private let xmlInitOnce: Void = { xmlInitParser() }()

/// The XML namespaces the readers look at; everything else is `.other`.
public enum XMLNamespace: Sendable, Equatable {
    case wordML, wordML2010, odfOffice, odfText, odfTable, odfStyle, markupCompat, other

    init(uri: String) {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main": self = .wordML
        case "http://schemas.microsoft.com/office/word/2010/wordml": self = .wordML2010
        case "urn:oasis:names:tc:opendocument:xmlns:office:1.0": self = .odfOffice
        case "urn:oasis:names:tc:opendocument:xmlns:text:1.0": self = .odfText
        case "urn:oasis:names:tc:opendocument:xmlns:table:1.0": self = .odfTable
        case "urn:oasis:names:tc:opendocument:xmlns:style:1.0": self = .odfStyle
        case "http://schemas.openxmlformats.org/markup-compatibility/2006": self = .markupCompat
        default: self = .other
        }
    }
}

/// One step of a streaming parse. Empty elements produce a start and an end.
public enum XMLEvent: Equatable {
    case start(XMLNamespace, XMLName)
    case end(XMLNamespace, XMLName)
    case text(String)
}

/// A streaming, hardened libxml2 reader for untrusted parts: no network, no DTD loading, no
/// entity substitution, DOCTYPE refused outright (office documents never declare one, and it is
/// how billion-laughs and external-entity attacks begin), nesting bounded. Memory stays bounded
/// because the part is inflated and parsed a chunk at a time.
public final class SafeXMLReader {
    public let fileName: String
    public let partName: String
    private let limits: ReadLimits
    private var reader: OpaquePointer?
    private var source: InputSource?
    private var pendingEnd: (XMLNamespace, XMLName)?
    /// libxml2 interns names in a dictionary, so a pointer names a string for the parse's life.
    private var names: [UnsafeRawPointer: XMLName] = [:]
    /// The first names seen, in a fixed open-addressing table read through a pointer: looking
    /// each element's name up in `names` (hashing, exclusivity checks) was a twentieth of reading.
    /// Names beyond half its size go to `names`.
    private let nameTable: UnsafeMutablePointer<NameSlot> = {
        let table = UnsafeMutablePointer<NameSlot>.allocate(capacity: SafeXMLReader.nameTableSize)
        table.initialize(repeating: NameSlot(key: nil, name: .other), count: SafeXMLReader.nameTableSize)
        return table
    }()
    private var namesInTable = 0
    private static let nameTableBits = 9
    private static let nameTableSize = 1 << nameTableBits
    private struct NameSlot { var key: UnsafeRawPointer?; var name: XMLName }
    private var attributeNames: [UnsafeRawPointer: String] = [:]
    private var namespaces: [UnsafeRawPointer: XMLNamespace] = [:]
    /// Nearly every element of a part is in one namespace: the last answer, before hashing.
    private var lastNamespace: (key: UnsafeRawPointer, value: XMLNamespace)?
    /// The last element namespace URI as a C string with its NUL, and its answer (see `elementNamespace`).
    private var lastHref: [CChar] = []
    private var lastHrefNamespace: XMLNamespace = .other

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                               | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Parses a part as it is inflated from a zip package.
    public convenience init(stream: ZipPartStream, fileName: String, limits: ReadLimits) throws {
        try self.init(source: InputSource(stream: stream), fileName: fileName, partName: stream.info.name, limits: limits)
    }

    /// Parses bytes already in memory.
    public convenience init(data: Data, fileName: String, partName: String, limits: ReadLimits) throws {
        try self.init(source: InputSource(data: data), fileName: fileName, partName: partName, limits: limits)
    }

    /// libxml2 pulls its input through `source`, which refuses a DOCTYPE before libxml2 sees it
    /// and passes on the zip stream's errors when an inflated part outgrows its limits.
    private init(source: InputSource, fileName: String, partName: String, limits: ReadLimits) throws {
        _ = xmlInitOnce
        self.fileName = fileName
        self.partName = partName
        self.limits = limits
        self.source = source
        let context = Unmanaged.passUnretained(source).toOpaque()
        reader = xmlReaderForIO({ ctx, buffer, len in
            guard let ctx, let buffer else { return -1 }
            return Unmanaged<InputSource>.fromOpaque(ctx).takeUnretainedValue().read(buffer, Int(len))
        }, nil, context, nil, "UTF-8", SafeXMLReader.options)
        if reader == nil { throw ReadError.malformedXML(file: fileName, part: partName, line: 0, reason: "cannot start parser") }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        nameTable.deinitialize(count: SafeXMLReader.nameTableSize)
        nameTable.deallocate()
    }

    /// The next event, or nil at the end of the document.
    public func next() throws -> XMLEvent? {
        if let end = pendingEnd {
            pendingEnd = nil
            return .end(end.0, end.1)
        }
        guard let reader else { return nil }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            if status < 0 { throw failure() }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if Int(xmlTextReaderDepth(reader)) >= limits.maxXMLDepth {
                    throw ReadError.xmlTooDeep(file: fileName, part: partName, limit: limits.maxXMLDepth)
                }
                let ns = elementNamespace(), name = elementName()
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = (ns, name) }
                return .start(ns, name)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(elementNamespace(), elementName())
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard let value = xmlTextReaderConstValue(reader) else { continue }
                return .text(String(cString: value))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue),
                 Int32(XML_READER_TYPE_ENTITY.rawValue):
                throw ReadError.xmlDoctype(file: fileName, part: partName)
            default:
                continue
            }
        }
    }

    /// An attribute of the current element by local name and namespace (any namespace when nil).
    public func attribute(_ local: String, _ ns: XMLNamespace? = nil) -> String? {
        guard let reader else { return nil }
        guard xmlTextReaderMoveToFirstAttribute(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        repeat {
            if localName() == local, ns == nil || namespace() == ns {
                guard let value = xmlTextReaderConstValue(reader) else { return nil }
                return String(cString: value)
            }
        } while xmlTextReaderMoveToNextAttribute(reader) == 1
        return nil
    }

    /// Skips the rest of the current element (after its start event).
    public func skipElement() throws {
        if pendingEnd != nil { pendingEnd = nil; return }
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    private func elementName() -> XMLName {
        guard let reader, let p = xmlTextReaderConstLocalName(reader) else { return .other }
        let key = UnsafeRawPointer(p)
        // Probe the fixed table first (no hashing of a Swift Dictionary, no exclusivity check).
        var i = Int(truncatingIfNeeded: (UInt(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> (UInt.bitWidth - SafeXMLReader.nameTableBits))
        while let k = nameTable[i].key {
            if k == key { return nameTable[i].name }
            i = (i + 1) & (SafeXMLReader.nameTableSize - 1)
        }
        if let n = names[key] { return n }
        let n = XMLName(rawValue: String(cString: p)) ?? .other
        if namesInTable < SafeXMLReader.nameTableSize / 2 {
            nameTable[i] = NameSlot(key: key, name: n)
            namesInTable += 1
        } else {
            names[key] = n
        }
        return n
    }

    private func localName() -> String {
        guard let reader, let p = xmlTextReaderConstLocalName(reader) else { return "" }
        let key = UnsafeRawPointer(p)
        if let s = attributeNames[key] { return s }
        let s = String(cString: p)
        attributeNames[key] = s
        return s
    }

    /// The namespace of the current element. `xmlTextReaderConstNamespaceUri` interns the URI
    /// in libxml2's dictionary on every call (hashing ~60 bytes: a tenth of reading), so the
    /// element's own `ns->href` is compared with the last URI seen, byte by byte. The bytes are
    /// compared rather than the pointer because an `xmlNs` may be freed and its memory reused.
    private func elementNamespace() -> XMLNamespace {
        guard let reader, let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_ELEMENT_NODE else { return namespace() }
        guard let ns = node.pointee.ns, let href = ns.pointee.href else { return .other }
        let same = lastHref.withUnsafeBufferPointer { last in
            last.count > 0 && strcmp(last.baseAddress!, UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)) == 0
        }
        if same { return lastHrefNamespace }
        let value = namespace()
        let cString = UnsafeRawPointer(href).assumingMemoryBound(to: CChar.self)
        lastHref = Array(UnsafeBufferPointer(start: cString, count: strlen(cString) + 1))
        lastHrefNamespace = value
        return value
    }

    private func namespace() -> XMLNamespace {
        guard let reader, let p = xmlTextReaderConstNamespaceUri(reader) else { return .other }
        let key = UnsafeRawPointer(p)
        if let last = lastNamespace, last.key == key { return last.value }
        if let ns = namespaces[key] { lastNamespace = (key, ns); return ns }
        let ns = XMLNamespace(uri: String(cString: p))
        namespaces[key] = ns
        lastNamespace = (key, ns)
        return ns
    }

    private func failure() -> ReadError {
        if let error = source?.error { return error }
        if source?.sawDoctype == true { return .xmlDoctype(file: fileName, part: partName) }
        var line = 0
        var reason = "unreadable"
        if let err = xmlGetLastError() {
            line = Int(err.pointee.line)
            if let m = err.pointee.message {
                reason = String(cString: m).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if err.pointee.code == XML_ERR_INTERNAL_ERROR.rawValue && reason.contains("depth") {
                return .xmlTooDeep(file: fileName, part: partName, limit: limits.maxXMLDepth)
            }
        }
        if reason.lowercased().contains("depth") { return .xmlTooDeep(file: fileName, part: partName, limit: limits.maxXMLDepth) }
        if reason.lowercased().contains("entity") { return .xmlDoctype(file: fileName, part: partName) }
        return .malformedXML(file: fileName, part: partName, line: line, reason: reason)
    }
}

/// Feeds libxml2 from a zip stream or memory, refusing a DOCTYPE in the prolog before libxml2
/// parses a single declaration of it.
private final class InputSource {
    private let stream: ZipPartStream?
    private let data: Data?
    private var offset = 0
    private var first = true
    var error: ReadError?
    var sawDoctype = false

    init(stream: ZipPartStream) { self.stream = stream; self.data = nil }
    init(data: Data) { self.stream = nil; self.data = data }

    func read(_ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32 {
        var n = 0
        if let stream {
            do { n = try stream.read(into: buffer, count: length) } catch let e as ReadError {
                error = e
                return -1
            } catch { return -1 }
        } else if let data {
            n = min(length, data.count - offset)
            if n > 0 {
                data.withUnsafeBytes { raw in
                    buffer.withMemoryRebound(to: UInt8.self, capacity: n) { dst in
                        dst.update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + offset, count: n)
                    }
                }
                offset += n
            }
        }
        if first && n > 0 {
            first = false
            let prefix = UnsafeRawBufferPointer(start: buffer, count: min(n, 4096))
            if containsDoctype(prefix) {
                sawDoctype = true
                return -1
            }
        }
        return Int32(n)
    }

    private func containsDoctype(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let needle = Array("<!DOCTYPE".utf8)
        guard bytes.count >= needle.count else { return false }
        for i in 0...(bytes.count - needle.count) where bytes[i] == 0x3C {
            var match = true
            for j in 1..<needle.count where bytes[i + j] != needle[j] { match = false; break }
            if match { return true }
        }
        return false
    }
}
