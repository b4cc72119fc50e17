import CLibXML2
import Foundation

private let xmlInitOnce: Void = { xmlInitParser() }()

/// Parts in an encoding other than UTF-8 (UTF-16, a legacy code page) are parsed by libxml2's
/// SAX2 push parser, which converts them; its events go into the same queue as the scanner's.
/// Hardened the same way: no network, no DTD loading, no entity substitution (with no
/// `getEntity` handler an undeclared entity is fatal), a DOCTYPE or entity declaration stops
/// the parse, nesting and text runs bounded.
final class LibXMLEventSource: XMLEventSource {
    private let input: PartInput
    private let fileName: String
    private let partName: String
    private let maxDepth: Int
    private var context: xmlParserCtxtPtr?
    private let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: 32 << 10)
    /// The queue being filled, while `xmlParseChunk` runs.
    private var queue: UnsafeMutablePointer<EventQueue>?
    private var depth = 0
    private let skipping: SkippedContent
    /// Inside an element whose content is skipped: how deep, 0 when not.
    private var skipDepth = 0
    private var problem: ReadError?
    private var lastURI: ContiguousArray<CChar> = []
    private var lastNamespace: XMLNamespace = .other

    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                               | XML_PARSE_NOCDATA.rawValue)

    init(input: PartInput, fileName: String, partName: String, maxDepth: Int, skipping: SkippedContent = SkippedContent()) throws {
        _ = xmlInitOnce
        self.input = input
        self.skipping = skipping
        self.fileName = fileName
        self.partName = partName
        self.maxDepth = maxDepth
        var handler = LibXMLEventSource.handler()
        context = xmlCreatePushParserCtxt(&handler, Unmanaged.passUnretained(self).toOpaque(), nil, 0, nil)
        guard let context else { throw ReadError.malformedXML(file: fileName, part: partName, line: 0, reason: "cannot start parser") }
        xmlCtxtUseOptions(context, LibXMLEventSource.options)
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        chunk.deallocate()
    }

    func fill(_ queue: inout EventQueue) throws -> Bool {
        guard let context else { return false }
        let count = try input.read(UnsafeMutableRawPointer(chunk), 32 << 10)
        let status = withUnsafeMutablePointer(to: &queue) { pointer in
            self.queue = pointer
            defer { self.queue = nil }
            return xmlParseChunk(context, chunk, Int32(count), count == 0 ? 1 : 0)
        }
        if let problem { throw problem }
        if status != 0 { throw failure() }
        if count == 0 { queue.closeText() }
        return count > 0
    }

    private func failure() -> ReadError {
        var line = 0
        var reason = "unreadable"
        if let context, let err = xmlCtxtGetLastError(context) {
            line = Int(err.pointee.line)
            if let m = err.pointee.message { reason = String(cString: m).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        let lowered = reason.lowercased()
        if lowered.contains("depth") { return .xmlTooDeep(file: fileName, part: partName, limit: maxDepth) }
        if lowered.contains("entity") && !lowered.contains("not defined") { return .xmlDoctype(file: fileName, part: partName) }
        return .malformedXML(file: fileName, part: partName, line: line, reason: reason)
    }

    private func stop(_ error: ReadError) {
        if problem == nil { problem = error }
        if let context { xmlStopParser(context) }
    }

    private static func from(_ pointer: UnsafeMutableRawPointer) -> LibXMLEventSource {
        Unmanaged<LibXMLEventSource>.fromOpaque(pointer).takeUnretainedValue()
    }

    private func start(_ localName: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
                       _ values: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let queue else { return }
        depth += 1
        if depth > maxDepth { stop(.xmlTooDeep(file: fileName, part: partName, limit: maxDepth)); return }
        if count > EventQueue.maxAttributes {
            stop(.malformedXML(file: fileName, part: partName, line: 0, reason: "an element with more than \(EventQueue.maxAttributes) attributes"))
            return
        }
        if skipDepth > 0 { skipDepth += 1; return }
        let name = XMLName.lookup(UnsafeBufferPointer(start: localName, count: strlen(UnsafeRawPointer(localName).assumingMemoryBound(to: CChar.self))))
        let elementNamespace = namespace(uri)
        if skipping.contains(elementNamespace, name) { skipDepth = 1 }
        let first = queue.pointee.attributes.count
        if name.keepsAttributes, let values {
            // Text before this tag ends here, before the attributes join the arena after it.
            queue.pointee.closeText()
            for i in 0..<count {
                // Five pointers per attribute: local name, prefix, URI, value, end of value.
                guard let local = values[i * 5], let value = values[i * 5 + 3], let end = values[i * 5 + 4] else { continue }
                let nameAt = queue.pointee.bytes.count
                queue.pointee.bytes.append(contentsOf: UnsafeBufferPointer(start: local, count: strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self))))
                let valueAt = queue.pointee.bytes.count
                appendValue(UnsafeBufferPointer(start: value, count: end - value), to: &queue.pointee)
                queue.pointee.addAttribute(name: nameAt..<valueAt, value: valueAt..<queue.pointee.bytes.count, namespace: namespace(values[i * 5 + 2]))
            }
        }
        queue.pointee.start(elementNamespace, name, attributesFrom: first)
    }

    /// libxml2 hands a SAX2 handler `&amp;` in an attribute value as `&#38;` (its tree builder
    /// decodes that later); this decodes it the same way.
    private func appendValue(_ value: UnsafeBufferPointer<UInt8>, to queue: inout EventQueue) {
        let escape = Array("&#38;".utf8)
        var i = 0
        while i < value.count {
            if value[i] == 0x26 && i + escape.count <= value.count && value[i..<i + escape.count].elementsEqual(escape) {
                queue.bytes.append(0x26)
                i += escape.count
            } else {
                queue.bytes.append(value[i])
                i += 1
            }
        }
    }

    private func end(_ localName: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?) {
        depth -= 1
        if skipDepth > 1 { skipDepth -= 1; return }
        skipDepth = 0
        let name = XMLName.lookup(UnsafeBufferPointer(start: localName, count: strlen(UnsafeRawPointer(localName).assumingMemoryBound(to: CChar.self))))
        queue?.pointee.end(namespace(uri), name)
    }

    private func characters(_ text: UnsafePointer<xmlChar>, _ length: Int) {
        guard let queue, depth > 0, skipDepth == 0 else { return }
        if !queue.pointee.appendText(UnsafeBufferPointer(start: text, count: length)) {
            stop(.malformedXML(file: fileName, part: partName, line: 0, reason: "a text run longer than \(EventQueue.maxText >> 20) MiB"))
        }
    }

    /// The namespace of a URI; the last one is remembered by its bytes (not its address, which
    /// libxml2 may free and reuse).
    private func namespace(_ uri: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let uri else { return .other }
        let cString = UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self)
        let same = lastURI.withUnsafeBufferPointer { $0.count > 0 && strcmp($0.baseAddress!, cString) == 0 }
        if same { return lastNamespace }
        lastNamespace = XMLNamespace(uri: String(cString: cString))
        lastURI = ContiguousArray(UnsafeBufferPointer(start: cString, count: strlen(cString) + 1))
        return lastNamespace
    }

    private static func handler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElementNs = { ctx, localName, _, uri, _, _, count, _, attributes in
            guard let ctx, let localName else { return }
            LibXMLEventSource.from(ctx).start(localName, uri, Int(count), attributes)
        }
        h.endElementNs = { ctx, localName, _, uri in
            guard let ctx, let localName else { return }
            LibXMLEventSource.from(ctx).end(localName, uri)
        }
        h.characters = { ctx, bytes, length in
            guard let ctx, let bytes else { return }
            LibXMLEventSource.from(ctx).characters(bytes, Int(length))
        }
        h.ignorableWhitespace = h.characters
        h.cdataBlock = h.characters
        h.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            let source = LibXMLEventSource.from(ctx)
            source.stop(.xmlDoctype(file: source.fileName, part: source.partName))
        }
        h.entityDecl = { ctx, _, _, _, _, _ in
            guard let ctx else { return }
            let source = LibXMLEventSource.from(ctx)
            source.stop(.xmlDoctype(file: source.fileName, part: source.partName))
        }
        return h
    }
}
