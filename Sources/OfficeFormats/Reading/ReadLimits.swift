/// Bounds for reading an untrusted document: a partner's draft may be damaged or hostile, so
/// every resource it can make us spend (entries, bytes, nesting) has a ceiling checked before
/// and while the work is done, never after.
public struct ReadLimits: Sendable, Equatable {
    /// Most entries a package may list in its central directory.
    public var maxEntries: Int
    /// Most uncompressed bytes of all the parts we read together.
    public var maxTotalUncompressed: Int
    /// Most uncompressed bytes of one part.
    public var maxPartSize: Int
    /// Highest uncompressed/compressed ratio of one part (a zip bomb inflates by thousands).
    public var maxCompressionRatio: Int
    /// Deepest XML element nesting accepted (libxml2's own ceiling is 256).
    public var maxXMLDepth: Int
    /// Largest plain-text or Markdown file.
    public var maxTextFileSize: Int

    public init(maxEntries: Int = 2_000, maxTotalUncompressed: Int = 256 << 20,
                maxPartSize: Int = 128 << 20, maxCompressionRatio: Int = 200,
                maxXMLDepth: Int = 200, maxTextFileSize: Int = 32 << 20) {
        self.maxEntries = maxEntries
        self.maxTotalUncompressed = maxTotalUncompressed
        self.maxPartSize = maxPartSize
        self.maxCompressionRatio = maxCompressionRatio
        self.maxXMLDepth = maxXMLDepth
        self.maxTextFileSize = maxTextFileSize
    }

    public static let standard = ReadLimits()
}
