import CLibZip
import Foundation

/// Builds a zip archive in memory through libzip (DESIGN: libzip, no temporary files).
/// Entries keep the order they were added in, carry a fixed date (1980-01-01 00:00) so the same
/// document gives the same bytes, and are deflated at level 1 unless stored is asked for
/// (ODF's `mimetype` must be first and stored).
struct ZipWriter: ~Copyable {
    static let storeBelow = 16 << 10
    private var archive: OpaquePointer?
    private var source: OpaquePointer?

    init() throws(OfficeWriteError) {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw OfficeWriteError.zip("cannot create an in-memory zip source: \(String(cString: zip_error_strerror(&error)))")
        }
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw OfficeWriteError.zip("cannot open an in-memory zip archive: \(String(cString: zip_error_strerror(&error)))")
        }
        self.source = source
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
        if let source { zip_source_free(source) }
    }

    /// Adds `name` with `bytes`; `stored` leaves it uncompressed.
    mutating func add(_ name: String, bytes: UnsafeRawBufferPointer, stored: Bool = false) throws {
        let count = bytes.count
        let copy = malloc(max(count, 1))!
        if count > 0 { memcpy(copy, bytes.baseAddress!, count) }
        guard let data = zip_source_buffer(archive, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw OfficeWriteError.zip("\(name): cannot create a zip source")
        }
        let index = zip_file_add(archive, name, data, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(data)
            throw OfficeWriteError.zip("\(name): cannot add to the zip archive")
        }
        let entry = zip_uint64_t(index)
        // Small parts are stored: setting up a deflate stream costs more than the bytes saved.
        let stored = stored || count < ZipWriter.storeBelow
        let method: Int32 = stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        guard zip_set_file_compression(archive, entry, method, stored ? 0 : 1) == 0,
              zip_file_set_dostime(archive, entry, 0, 0x21, 0) == 0 else {
            throw OfficeWriteError.zip("\(name): cannot set compression or date")
        }
    }

    /// Adds a UTF-8 text part.
    mutating func add(_ name: String, text: String, stored: Bool = false) throws {
        var text = text
        try text.withUTF8 { try add(name, bytes: UnsafeRawBufferPointer($0), stored: stored) }
    }

    /// Adds a binary part.
    mutating func add(_ name: String, data: Data, stored: Bool = false) throws {
        try data.withUnsafeBytes { try add(name, bytes: $0, stored: stored) }
    }

    /// Writes the central directory and returns the archive's bytes.
    consuming func finish() throws -> Data {
        guard let archive, let source else { throw OfficeWriteError.zip("zip archive already finished") }
        self.archive = nil
        self.source = nil
        defer { zip_source_free(source) }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw OfficeWriteError.zip("cannot finish the zip archive: \(message)")
        }
        guard zip_source_open(source) == 0 else { throw OfficeWriteError.zip("cannot read back the zip archive") }
        defer { zip_source_close(source) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0 else { throw OfficeWriteError.zip("cannot size the zip archive") }
        let size = Int(stat.size)
        var data = Data(count: size)
        let read = data.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress, zip_uint64_t(size)) }
        guard read == size else { throw OfficeWriteError.zip("short read of the zip archive") }
        return data
    }
}
