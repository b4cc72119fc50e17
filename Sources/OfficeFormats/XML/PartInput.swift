import Foundation

/// The bytes of one part, from a zip stream (inflated as they are read, within the package's
/// limits) or from memory. The first bytes can be looked at before parsing starts, to choose a
/// parser by encoding and to refuse a DOCTYPE before any parser sees it.
final class PartInput {
    private let stream: ZipPartStream?
    private let data: Data?
    private var offset = 0
    /// Bytes read by `peek` and not yet handed out.
    private var peeked: [UInt8] = []
    private var peekedOffset = 0

    init(stream: ZipPartStream) { self.stream = stream; self.data = nil }
    init(data: Data) { self.stream = nil; self.data = data }

    /// Up to `count` bytes from the start, which later reads return again.
    func peek(_ count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = try bytes.withUnsafeMutableBytes { try readSource($0.baseAddress! + filled, count - filled) }
            if n == 0 { break }
            filled += n
        }
        bytes.removeLast(count - filled)
        peeked = bytes
        return bytes
    }

    /// Fills `buffer` with up to `length` bytes; 0 at the end.
    func read(_ buffer: UnsafeMutableRawPointer, _ length: Int) throws -> Int {
        if peekedOffset < peeked.count {
            let n = min(length, peeked.count - peekedOffset)
            peeked.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + peekedOffset, byteCount: n) }
            peekedOffset += n
            return n
        }
        return try readSource(buffer, length)
    }

    private func readSource(_ buffer: UnsafeMutableRawPointer, _ length: Int) throws -> Int {
        if let stream { return try stream.read(into: buffer, count: length) }
        guard let data else { return 0 }
        let n = min(length, data.count - offset)
        if n > 0 {
            data.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            offset += n
        }
        return n
    }
}
