import Foundation

/// The templates and locales that ship inside the binary (see Plugins/EmbedResources).
/// Keys are paths relative to the package root, such as `templates/mou/tr.md` or `locales/ru/nouns.yaml`.
public enum BuiltInFiles {
    /// Every built-in file, by relative path.
    public static var all: [String: String] { embeddedFiles }

    /// The text of one built-in file, or nil when there is none by that path.
    public static func text(_ relativePath: String) -> String? { embeddedFiles[relativePath] }

    /// The relative paths under a folder (`templates/mou/`), sorted.
    public static func paths(under folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return embeddedFiles.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }
}
