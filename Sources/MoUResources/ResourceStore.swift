import Foundation

/// Where templates and locales come from: a user's folder first (`--templates DIR`, with
/// `templates/` and `locales/` inside it or the kinds' folders directly), then the built-in copies.
public struct ResourceStore: Sendable {
    /// A user folder that overrides the built-in files, or nil.
    public let overrideRoot: URL?

    public init(overrideRoot: URL? = nil) {
        self.overrideRoot = overrideRoot
    }

    /// The built-in files only.
    public static let builtIn = ResourceStore()

    /// A file's text and the name to cite in messages (a real path, or `built-in:templates/mou/tr.md`).
    public func file(_ relativePath: String) -> (text: String, origin: String)? {
        if let root = overrideRoot {
            for candidate in [relativePath, relativePath.split(separator: "/").dropFirst().joined(separator: "/")] {
                let url = root.appendingPathComponent(candidate)
                if let text = try? String(contentsOf: url, encoding: .utf8) {
                    return (text, url.path)
                }
            }
        }
        if let text = BuiltInFiles.text(relativePath) {
            return (text, "built-in:" + relativePath)
        }
        return nil
    }
}
