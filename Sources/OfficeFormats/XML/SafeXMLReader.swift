import Foundation

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

/// One step of a streaming parse. Empty elements produce a start and an end; elements whose
/// name is `.other` produce none (their content does). A text event
/// carries no `String`: the reader's `text` builds one on demand, and `appendText(to:)` copies
/// the bytes straight into a paragraph (a `String` per run was a tenth of reading).
public enum XMLEvent: Equatable {
    case start(XMLNamespace, XMLName)
    case end(XMLNamespace, XMLName)
    case text
}

/// A streaming, hardened reader for untrusted parts: no network, no DTD, no entities beyond
/// XML's five, DOCTYPE refused outright (office documents never declare one, and it is how
/// billion-laughs and external-entity attacks begin), nesting and text runs bounded. Memory
/// stays bounded because the part is inflated and parsed a stretch at a time.
///
/// UTF-8 parts (all that Word and LibreOffice write) go through `XMLScanner`; others through
/// libxml2 (`LibXMLEventSource`). Both queue compact events (`EventQueue`); `next()` hands them
/// out and parses the next stretch when the queue runs dry.
public final class SafeXMLReader {
    public let fileName: String
    public let partName: String

    /// What a read changes, behind a pointer: as stored properties of this class, every event
    /// cost a dynamic exclusivity check, and reading an attribute or a text copied the whole
    /// queue out of the object (three retains and three releases), a tenth of reading a body.
    private struct State {
        var source: any XMLEventSource
        var queue = EventQueue()
        var finished = false
        /// Index of the next queued event to hand out.
        var cursor = 0
        /// The attributes of the element whose start `next()` returned last.
        var currentAttributes: Range<Int> = 0..<0
        /// The bytes of the text event `next()` returned last.
        var currentText: Range<Int> = 0..<0
    }
    private let state: UnsafeMutablePointer<State>

    /// Parses a part as it is inflated from a zip package. For the elements in `skipping` only
    /// the start and end are given: the reader skips their content.
    convenience init(stream: ZipPartStream, fileName: String, limits: ReadLimits, skipping: SkippedContent) throws {
        try self.init(input: PartInput(stream: stream), fileName: fileName, partName: stream.info.name, limits: limits,
                      skipping: skipping)
    }

    /// Parses a part as it is inflated from a zip package.
    public convenience init(stream: ZipPartStream, fileName: String, limits: ReadLimits) throws {
        try self.init(input: PartInput(stream: stream), fileName: fileName, partName: stream.info.name, limits: limits)
    }

    /// Parses bytes already in memory.
    public convenience init(data: Data, fileName: String, partName: String, limits: ReadLimits) throws {
        try self.init(input: PartInput(data: data), fileName: fileName, partName: partName, limits: limits)
    }

    /// Which parser reads a part: chosen by its encoding, or libxml2 always (tests compare the two).
    enum Parser { case byEncoding, libxml2 }

    init(input: PartInput, fileName: String, partName: String, limits: ReadLimits, parser: Parser = .byEncoding,
         everyElement: Bool = false, skipping: SkippedContent = SkippedContent()) throws {
        self.fileName = fileName
        self.partName = partName
        let prologue = try input.peek(4096)
        if PartPrologue.declaresDoctype(prologue) { throw ReadError.xmlDoctype(file: fileName, part: partName) }
        let source: any XMLEventSource
        if parser == .byEncoding && PartPrologue.isUTF8(prologue) {
            source = XMLScanner(input: input, fileName: fileName, partName: partName, maxDepth: limits.maxXMLDepth, skipping: skipping)
        } else {
            source = try LibXMLEventSource(input: input, fileName: fileName, partName: partName, maxDepth: limits.maxXMLDepth,
                                           skipping: skipping)
        }
        var initial = State(source: source)
        initial.queue.everyElement = everyElement
        state = .allocate(capacity: 1)
        state.initialize(to: initial)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// The next event, or nil at the end of the document.
    public func next() throws -> XMLEvent? {
        guard let raw = try nextRaw() else { return nil }
        switch raw.kind {
        case .start:
            state.pointee.currentAttributes = Int(raw.first)..<Int(raw.first + raw.count)
            return .start(raw.namespace, raw.name)
        case .end:
            return .end(raw.namespace, raw.name)
        case .text:
            state.pointee.currentText = Int(raw.first)..<Int(raw.first + raw.count)
            return .text
        }
    }

    /// The text of the current text event.
    public var text: String {
        let range = state.pointee.currentText
        return state.pointee.queue.string(range.lowerBound, range.count)
    }

    /// Appends the current text event's bytes to a paragraph being collected.
    func appendText(to accumulator: inout TextAccumulator) {
        let range = state.pointee.currentText
        state.pointee.queue.withBytes { accumulator.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// An attribute of the current element by local name and namespace (any namespace when
    /// nil). Only elements marked `keepsAttributes` keep theirs.
    public func attribute(_ local: String, _ ns: XMLNamespace? = nil) -> String? {
        for i in state.pointee.currentAttributes {
            let attribute = state.pointee.queue.attributes[i]
            guard ns == nil || attribute.namespace == ns, state.pointee.queue.attribute(attribute, isNamed: local) else { continue }
            return state.pointee.queue.string(Int(attribute.value), Int(attribute.length))
        }
        return nil
    }

    /// Every kept attribute of the current element, in document order (for tests).
    var currentAttributeList: [(name: String, namespace: XMLNamespace, value: String)] {
        var queue = state.pointee.queue
        return state.pointee.currentAttributes.map { i in
            let a = queue.attributes[i]
            return (queue.string(Int(a.name), Int(a.nameLength)), a.namespace, queue.string(Int(a.value), Int(a.length)))
        }
    }

    /// Skips the rest of the current element (after its start event) without building its text.
    public func skipElement() throws {
        var depth = 1
        while depth > 0, let raw = try nextRaw() {
            switch raw.kind {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
        state.pointee.currentAttributes = 0..<0
    }

    /// The next queued event, parsing further stretches while the queue is empty.
    private func nextRaw() throws -> RawEvent? {
        let s = state
        while s.pointee.cursor == s.pointee.queue.events.count {
            if s.pointee.finished { return nil }
            s.pointee.queue.reset()
            s.pointee.cursor = 0
            s.pointee.currentAttributes = 0..<0
            s.pointee.finished = try !s.pointee.source.fill(&s.pointee.queue)
        }
        let event = s.pointee.queue.events[s.pointee.cursor]
        s.pointee.cursor += 1
        return event
    }
}
