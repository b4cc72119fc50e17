/// The index of an item in a YAML sequence, as a coding key, so paths print as `parties[1]`.
struct IndexKey: CodingKey {
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(intValue: Int) { self.index = intValue }
    init?(stringValue: String) {
        guard let value = Int(stringValue) else { return nil }
        self.index = value
    }
    var intValue: Int? { index }
    var stringValue: String { String(index) }
}

/// A mapping key as a coding key (for `superDecoder` and dictionary keys).
struct NameKey: CodingKey {
    let stringValue: String
    init(_ name: String) { self.stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { self.stringValue = String(intValue) }
    var intValue: Int? { nil }
}

enum KeyPath {
    /// `parties[1].name.ru` from coding keys: sequence indexes in brackets, names joined by dots.
    static func format(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if key is IndexKey {
                text += "[\(key.stringValue)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    static func appending(_ key: String, to path: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    /// `format(path + [key])` from `format(path)`.
    static func appending(_ key: any CodingKey, to path: String) -> String {
        key is IndexKey ? path + "[\(key.stringValue)]" : appending(key.stringValue, to: path)
    }

    /// The candidate closest to `word` when it is close enough to be a likely typo.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(3, candidate.count / 3))
        return distance <= allowed ? candidate : nil
    }

    /// Levenshtein distance, with a swap of neighbours counted as one edit (`titel` → `title`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, table[i - 2][j - 2] + 1)
                }
                table[i][j] = value
            }
        }
        return table[x.count][y.count]
    }
}
