import CLibZip
import Foundation

/// One entry of a package's central directory, as the package claims it (the sizes may lie;
/// `ZipReader` re-checks them while inflating).
public struct ZipEntryInfo: Sendable, Equatable {
    public var index: Int
    public var name: String
    public var size: Int
    public var compressedSize: Int
    public var encrypted: Bool
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
                                    encrypted: st.encryption_method != UInt16(ZIP_EM_NONE))
            entries.append(info)
            byName[info.name] = i
            claimedTotal = claimedTotal &+ info.size
        }
        if claimedTotal > limits.maxTotalUncompressed || claimedTotal < 0 {
            throw ReadError.tooLarge(file: displayName, part: "the package", limit: limits.maxTotalUncompressed)
        }
    }

    deinit {
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
    public func open(_ name: String) throws -> ZipPartStream {
        guard let info = entry(named: name) else { throw ReadError.missingPart(file: fileName, part: name) }
        try precheck(info)
        guard let archive, let file = zip_fopen_index(archive, zip_uint64_t(info.index), 0) else {
            let reason = archive.map { String(cString: zip_strerror($0)) } ?? "closed"
            throw ReadError.corruptPart(file: fileName, part: name, reason: reason)
        }
        return ZipPartStream(reader: self, file: file, info: info)
    }

    /// Reads a whole part into memory (small parts: styles, manifest).
    public func data(_ name: String) throws -> Data {
        let stream = try open(name)
        defer { stream.close() }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = try buffer.withUnsafeMutableBytes { try stream.read(into: $0.baseAddress!, count: $0.count) }
            if n == 0 { break }
            out.append(buffer, count: n)
        }
        return out
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
public final class ZipPartStream {
    private let reader: ZipReader
    private var file: OpaquePointer?
    public let info: ZipEntryInfo
    private var produced = 0
    /// The first error met inside a C callback, rethrown by the caller.
    var pendingError: ReadError?

    init(reader: ZipReader, file: OpaquePointer, info: ZipEntryInfo) {
        self.reader = reader
        self.file = file
        self.info = info
    }

    deinit { close() }

    public func close() {
        if let file { zip_fclose(file) }
        file = nil
    }

    /// Reads up to `count` bytes; 0 at the end.
    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        guard let file else { return 0 }
        let n = zip_fread(file, buffer, zip_uint64_t(count))
        if n < 0 {
            let reason = String(cString: zip_file_strerror(file))
            throw ReadError.corruptPart(file: reader.fileName, part: info.name, reason: reason)
        }
        produced += Int(n)
        try reader.account(Int(n), info: info, soFar: produced)
        return Int(n)
    }
}
