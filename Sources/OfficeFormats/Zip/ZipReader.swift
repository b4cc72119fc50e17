import CFastCRC
import CLibZip
import CZlib
import Foundation

/// One entry of a package's central directory, as the package claims it (the sizes may lie;
/// `ZipReader` re-checks them while inflating).
public struct ZipEntryInfo: Sendable, Equatable {
    public var index: Int
    public var name: String
    public var size: Int
    public var compressedSize: Int
    public var encrypted: Bool
    /// ZIP compression method (0 stored, 8 deflated); -1 when the directory does not say.
    public var method: Int
    /// The central directory's CRC-32 of the uncompressed bytes, when it gives one.
    public var crc: UInt32?
}

/// A read-only zip package opened with libzip, with limits enforced from the central directory
/// and again while inflating, so a lying header cannot make us inflate past a limit.
public final class ZipReader {
    public let fileName: String
    public let limits: ReadLimits
    public private(set) var entries: [ZipEntryInfo] = []
    private var archive: OpaquePointer?
    private var byName: [String: Int] = [:]
    /// Uncompressed bytes handed out so far, across parts.
    private var totalRead = 0
    /// One compressed-input buffer lent to each stream in turn (a package's parts are mostly
    /// read one after the other), so a document's parts do not each malloc and free one.
    private var spareInput: UnsafeMutableRawPointer?

    public init(path: String, displayName: String, limits: ReadLimits) throws {
        self.fileName = displayName
        self.limits = limits
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            var zerr = zip_error_t()
            zip_error_init_with_code(&zerr, error)
            let reason = String(cString: zip_error_strerror(&zerr))
            zip_error_fini(&zerr)
            throw ReadError.notAZip(file: displayName, reason: reason)
        }
        self.archive = archive
        let count = Int(zip_get_num_entries(archive, 0))
        guard count <= limits.maxEntries else {
            throw ReadError.tooManyEntries(file: displayName, count: count, limit: limits.maxEntries)
        }
        entries.reserveCapacity(count)
        var claimedTotal = 0
        for i in 0..<count {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(archive, zip_uint64_t(i), zip_flags_t(ZIP_FL_ENC_GUESS), &st) == 0, let cname = st.name else {
                throw ReadError.notAZip(file: displayName, reason: "entry \(i) is unreadable")
            }
            let info = ZipEntryInfo(index: i, name: String(cString: cname), size: Int(clamping: st.size),
                                    compressedSize: Int(clamping: st.comp_size),
                                    encrypted: st.encryption_method != UInt16(ZIP_EM_NONE),
                                    method: st.valid & zip_uint64_t(ZIP_STAT_COMP_METHOD) != 0 ? Int(st.comp_method) : -1,
                                    crc: st.valid & zip_uint64_t(ZIP_STAT_CRC) != 0 ? st.crc : nil)
            entries.append(info)
            byName[info.name] = i
            claimedTotal = claimedTotal &+ info.size
        }
        if claimedTotal > limits.maxTotalUncompressed || claimedTotal < 0 {
            throw ReadError.tooLarge(file: displayName, part: "the package", limit: limits.maxTotalUncompressed)
        }
    }

    deinit {
        spareInput?.deallocate()
        if let archive { zip_discard(archive) }
    }

    public func entry(named name: String) -> ZipEntryInfo? {
        byName[name].map { entries[$0] }
    }

    /// Checks an entry's claimed sizes against the limits before any byte is inflated.
    func precheck(_ info: ZipEntryInfo) throws {
        if info.encrypted { throw ReadError.encrypted(file: fileName) }
        if info.size > limits.maxPartSize {
            throw ReadError.tooLarge(file: fileName, part: info.name, limit: limits.maxPartSize)
        }
        let ratio = info.size / max(info.compressedSize, 1)
        if info.size > 1 << 20 && ratio > limits.maxCompressionRatio {
            throw ReadError.suspiciousRatio(file: fileName, part: info.name, ratio: ratio, limit: limits.maxCompressionRatio)
        }
    }

    /// Opens a part for streaming; the stream enforces the limits on the bytes really inflated.
    /// The entry's raw (compressed) bytes are read and inflated here rather than by libzip,
    /// whose own CRC pass (zlib's table loop) cost more than the folding one we use.
    public func open(_ name: String) throws -> ZipPartStream {
        guard let info = entry(named: name) else { throw ReadError.missingPart(file: fileName, part: name) }
        try precheck(info)
        guard info.method == Int(ZIP_CM_STORE) || info.method == Int(ZIP_CM_DEFLATE) else {
            let method = info.method < 0 ? "unknown" : String(info.method)
            throw ReadError.corruptPart(file: fileName, part: name, reason: "compression method \(method) not supported")
        }
        guard let archive, let file = zip_fopen_index(archive, zip_uint64_t(info.index), zip_flags_t(ZIP_FL_COMPRESSED)) else {
            let reason = archive.map { String(cString: zip_strerror($0)) } ?? "closed"
            throw ReadError.corruptPart(file: fileName, part: name, reason: reason)
        }
        return try ZipPartStream(reader: self, file: file, info: info)
    }

    /// Reads a whole part into memory (small parts: styles, manifest).
    public func data(_ name: String) throws -> Data {
        let stream = try open(name)
        defer { stream.close() }
        var out = Data()
        /// Under 64 KiB: glibc consolidates its free lists whenever a chunk that large is freed.
        var buffer = [UInt8](repeating: 0, count: 32 * 1024)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
            if n == 0 { break }
            out.append(buffer, count: n)
        }
        return out
    }

    /// Size of the compressed-input buffer: under 64 KiB (see `data`), large enough that a
    /// document part needs few `zip_fread` calls.
    static let inputCapacity = 32 * 1024

    fileprivate func borrowInput() -> UnsafeMutableRawPointer {
        if let spare = spareInput {
            spareInput = nil
            return spare
        }
        return UnsafeMutableRawPointer.allocate(byteCount: Self.inputCapacity, alignment: 16)
    }

    fileprivate func giveBack(_ input: UnsafeMutableRawPointer) {
        if spareInput == nil { spareInput = input } else { input.deallocate() }
    }

    fileprivate func account(_ bytes: Int, info: ZipEntryInfo, soFar: Int) throws {
        totalRead += bytes
        if soFar > limits.maxPartSize || soFar > max(info.size, 0) + 4096 && soFar > limits.maxPartSize {
            throw ReadError.tooLarge(file: fileName, part: info.name, limit: limits.maxPartSize)
        }
        if soFar > 1 << 20 && soFar / max(info.compressedSize, 1) > limits.maxCompressionRatio {
            throw ReadError.suspiciousRatio(file: fileName, part: info.name, ratio: soFar / max(info.compressedSize, 1),
                                            limit: limits.maxCompressionRatio)
        }
        if totalRead > limits.maxTotalUncompressed {
            throw ReadError.tooLarge(file: fileName, part: "the package", limit: limits.maxTotalUncompressed)
        }
    }
}

/// An open part being inflated; counts every byte against the limits.
///
/// libzip hands over the entry's raw bytes (`ZIP_FL_COMPRESSED`). A stored entry is passed
/// through: libzip still checks its CRC and size in that mode. A deflated entry is inflated
/// here with zlib straight into the caller's buffer, and its CRC-32 (`fast_crc32`) and size
/// are checked against the central directory when the deflate stream ends.
public final class ZipPartStream {
    private let reader: ZipReader
    private var file: OpaquePointer?
    public let info: ZipEntryInfo
    private var produced = 0
    /// The first error met inside a C callback, rethrown by the caller.
    var pendingError: ReadError?
    /// Deflate state; its address must not move (zlib keeps a pointer back to it).
    private var zstream: UnsafeMutablePointer<z_stream>?
    private var input: UnsafeMutableRawPointer?
    /// libzip has handed over all of the entry's compressed bytes.
    private var inputEnded = false
    /// The part has been read to its end and checked; reads return 0.
    private var finished = false
    private var crc: UInt32 = 0

    init(reader: ZipReader, file: OpaquePointer, info: ZipEntryInfo) throws {
        self.reader = reader
        self.file = file
        self.info = info
        guard info.method == Int(ZIP_CM_DEFLATE) else { return }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = czlib_inflate_init_raw(stream)
        guard rc == Z_OK else {
            stream.deallocate()
            zip_fclose(file)
            self.file = nil
            throw ReadError.corruptPart(file: reader.fileName, part: info.name, reason: "zlib could not start inflating (error \(rc))")
        }
        zstream = stream
        input = reader.borrowInput()
    }

    deinit { close() }

    public func close() {
        release()
        if let file { zip_fclose(file) }
        file = nil
        finished = true
    }

    /// Frees the inflate state and hands the input buffer back, as soon as they are not needed.
    private func release() {
        if let zstream {
            inflateEnd(zstream)
            zstream.deallocate()
        }
        zstream = nil
        if let input { reader.giveBack(input) }
        input = nil
    }

    /// Reads up to `count` bytes; 0 at the end.
    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        guard let file, !finished, count > 0 else { return 0 }
        guard let zstream else { return try readStored(file, into: buffer, count: count) }
        let room = UInt32(clamping: count)
        zstream.pointee.next_out = buffer.assumingMemoryBound(to: Bytef.self)
        zstream.pointee.avail_out = room
        var ended = false
        while zstream.pointee.avail_out > 0 {
            if zstream.pointee.avail_in == 0 && !inputEnded {
                try refill(file, zstream)
            }
            let rc = inflate(zstream, Z_NO_FLUSH)
            if rc == Z_STREAM_END { ended = true; break }
            if rc == Z_OK { continue }
            if rc == Z_BUF_ERROR && zstream.pointee.avail_in == 0 && !inputEnded { continue }
            throw corrupt(rc == Z_BUF_ERROR ? "the compressed data ends early" : inflateMessage(zstream, rc))
        }
        let n = Int(room - zstream.pointee.avail_out)
        if n > 0 { crc = fast_crc32(crc, buffer, n) }
        produced += n
        try reader.account(n, info: info, soFar: produced)
        if ended { try finish() }
        return n
    }

    private func readStored(_ file: OpaquePointer, into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        let n = zip_fread(file, buffer, zip_uint64_t(count))
        if n < 0 { throw corrupt(String(cString: zip_file_strerror(file))) }
        produced += Int(n)
        try reader.account(Int(n), info: info, soFar: produced)
        return Int(n)
    }

    private func refill(_ file: OpaquePointer, _ zstream: UnsafeMutablePointer<z_stream>) throws {
        guard let input else { return }
        let n = zip_fread(file, input, zip_uint64_t(ZipReader.inputCapacity))
        if n < 0 { throw corrupt(String(cString: zip_file_strerror(file))) }
        if n == 0 { inputEnded = true }
        zstream.pointee.next_in = input.assumingMemoryBound(to: Bytef.self)
        zstream.pointee.avail_in = UInt32(n)
    }

    /// At the end of the deflate stream: what was inflated must be what the directory recorded.
    private func finish() throws {
        finished = true
        release()
        if let expected = info.crc, expected != crc {
            throw corrupt("CRC-32 mismatch: \(hex(crc)) inflated, \(hex(expected)) recorded")
        }
        if produced != info.size {
            throw corrupt("\(produced) bytes inflated, \(info.size) recorded")
        }
    }

    private func inflateMessage(_ zstream: UnsafeMutablePointer<z_stream>, _ rc: Int32) -> String {
        if let msg = zstream.pointee.msg { return "invalid deflate data: " + String(cString: msg) }
        return "zlib error \(rc)"
    }

    private func corrupt(_ reason: String) -> ReadError {
        .corruptPart(file: reader.fileName, part: info.name, reason: reason)
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
