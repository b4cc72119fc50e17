import Foundation

/// Writes output files atomically (a temporary file in the same folder, then a rename) and
/// never replaces an existing file unless `force` is set, so nothing a user had is lost.
enum OutputFile {
    static func write(_ data: Data, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw CLIFailure("\(path): is a folder — name a file to write")
            }
            if !force {
                throw CLIFailure("\(path): already exists — choose another name or pass --force to replace it")
            }
        }
        let folder = url.deletingLastPathComponent()
        guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIFailure("\(path): the folder \(folder.path) does not exist — create it first")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).mou-\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: [.withoutOverwriting])
        } catch {
            throw CLIFailure("\(path): cannot write in \(folder.path) — \(error.localizedDescription)")
        }
        // rename(2) replaces atomically; without --force we checked above that nothing is there.
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw CLIFailure("\(path): cannot write — \(reason)")
        }
    }

    /// Writes to the path, or to standard output when the path is `-`.
    static func writeOrPrint(_ data: Data, to path: String?, force: Bool) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try write(data, to: path, force: force)
    }
}
