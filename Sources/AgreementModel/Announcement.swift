import Linguistics

/// The facts of a signing's press release (`announcement:` in the agreement file).
/// Filled out by the press-release work; optional for drafting the MoU itself.
public struct Announcement: Codable, Sendable, Equatable {
    public init() {}
}
