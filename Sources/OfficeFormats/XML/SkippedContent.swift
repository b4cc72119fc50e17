/// Elements whose content a reader always skips (run properties, drawings): the parser gives
/// their start and end and nothing between, and looks at that content only for where it ends.
/// A third of a Word body is run and cell properties; parsing them cost a third of reading.
/// Kept as bits indexed by the enums' own case numbers: this is asked of every start tag.
struct SkippedContent: Sendable {
    /// Two words of bits (up to 128 names) per namespace, held inline: no array to retain.
    private var masks = SIMD16<UInt64>(repeating: 0)
    private(set) var isEmpty = true

    init(_ pairs: [(XMLNamespace, XMLName)] = []) {
        _ = XMLName.fitsInAByte
        for (namespace, name) in pairs where name != .other {
            let (word, bit) = SkippedContent.place(namespace, name)
            masks[word] |= 1 << bit
            isEmpty = false
        }
    }

    func contains(_ namespace: XMLNamespace, _ name: XMLName) -> Bool {
        let (word, bit) = SkippedContent.place(namespace, name)
        return masks[word] >> bit & 1 != 0
    }

    /// Payload-free enums are stored as their case number in one byte.
    private static func place(_ namespace: XMLNamespace, _ name: XMLName) -> (Int, UInt64) {
        let n = Int(withUnsafeBytes(of: name) { $0[0] })
        let ns = Int(withUnsafeBytes(of: namespace) { $0[0] })
        return ((ns * 2 + n >> 6) & 15, UInt64(n & 63))
    }
}
