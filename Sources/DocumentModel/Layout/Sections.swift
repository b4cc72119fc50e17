import Linguistics

/// A document cut into the sections that side-by-side aligns across languages.
///
/// A section starts at
/// - the title (keyed by its id, or anonymous),
/// - every heading with an id, at any level — so `### … {#areas.training}` inside an article
///   is a row of its own and the columns stay aligned clause by clause,
/// - a heading without an id at the level of the current id'd section or above (it ends that
///   section; what follows is anonymous),
/// - the first block after the title (the preamble, anonymous),
/// - a signature block (keyed by its id, else `signatures`), so the parties' signing lines
///   stand level across the columns however long the text before them is in each language.
/// Anonymous sections are matched across languages by their position among anonymous sections.
struct Section: Sendable {
    enum Key: Hashable, Sendable {
        /// The `occurrence`-th section with this id (0 for the first; ids should be unique).
        case id(String, occurrence: Int)
        case anonymous(Int)
    }

    var key: Key
    var blocks: [Block]

    static func split(_ blocks: [Block]) -> [Section] {
        var sections: [Section] = []
        var anonymous = 0
        var occurrences: [String: Int] = [:]
        /// The level of the heading that opened the current section: 0 for the title, nil for none.
        var currentLevel: Int?

        func key(for id: String?) -> Key {
            guard let id else {
                defer { anonymous += 1 }
                return .anonymous(anonymous)
            }
            let n = occurrences[id, default: 0]
            occurrences[id] = n + 1
            return .id(id, occurrence: n)
        }

        for block in blocks {
            var startsSection: Bool
            var level: Int?
            switch block.content {
            case .title:
                startsSection = true
                level = 0
            case .signatures:
                sections.append(Section(key: key(for: block.id ?? "signatures"), blocks: [block]))
                currentLevel = nil
                continue
            case .heading(let l, _):
                if block.id != nil {
                    startsSection = true
                    level = l
                } else if let current = currentLevel, current == 0 || l <= current {
                    startsSection = true  // ends the title row or the id'd section above
                    level = nil
                } else {
                    startsSection = false
                    level = currentLevel
                }
            default:
                startsSection = currentLevel == 0  // the first block after the title
                level = currentLevel == 0 ? nil : currentLevel
            }
            if sections.isEmpty { startsSection = true }
            if startsSection {
                sections.append(Section(key: key(for: block.id), blocks: [block]))
                currentLevel = level
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        return sections
    }
}
