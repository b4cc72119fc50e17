import Linguistics

/// Every stem of one language's rules in a byte trie, so one walk over a word finds all the
/// stems it starts with (prefix stems) or equals (exact stems). Infix stems (`*mez`) are few
/// and checked by search.
///
/// The trie lives in three flat arrays of Int32 with linked lists (a node's first edge, an
/// edge's next sibling; a node's first stem, a stem's next), read through their buffers while
/// matching: a node holding four arrays of its own, and then a bounds-checked subscript per
/// field, cost a retain or a check per byte of every word.
struct StemIndex: Sendable {
    /// Per node, `nodeStride` values: first edge, first prefix stem, first exact stem, and the
    /// last of each (so lists keep the order things were added in); -1: none. Then its number
    /// of children and its row in `dense` (-1: none).
    private var nodes: [Int32] = StemIndex.newNode
    private static let newNode: [Int32] = [-1, -1, -1, -1, -1, -1, 0, -1]
    private static let nodeStride = 8
    private static let firstEdge = 0, firstPrefix = 1, firstExact = 2, lastEdge = 3, lastPrefix = 4, lastExact = 5
    private static let childCount = 6, denseRow = 7
    /// Nodes with many children also get a row of 256 children by byte (-1: none), so the walk
    /// does not scan a long list of siblings; most of its time went there.
    private var dense: [Int32] = []
    private static let denseFrom: Int32 = 4
    /// Per edge, three values: the byte, the child node, the node's next edge.
    private var edges: [Int32] = []
    /// Per stem entry of a node's list, two values: the stem id and the next entry.
    private var entries: [Int32] = []
    /// The root's child per first byte (-1: none): the root has dozens of children.
    private var rootChild = [Int32](repeating: -1, count: 256)
    private var ids: [String: Int32] = [:]
    private(set) var infix: [(id: Int32, bytes: [UInt8])] = []
    /// Per byte: whether some infix stem starts with it, so a word is searched only where
    /// one could start.
    private var infixStart = [Bool](repeating: false, count: 256)
    private(set) var count = 0

    /// The id of a stem word (`eğitim`, `=iş`, `*mez`, `seminer|çalıştay`), adding it when new.
    mutating func id(_ word: Substring, _ language: Language) -> Int32 {
        let key = String(word)
        if let id = ids[key] { return id }
        let id = Int32(count)
        count += 1
        ids[key] = id
        // "memorandum|=mou": alternatives that count as one stem, so a pattern need not be
        // copied once per synonym.
        for alternative in word.split(separator: "|") { insert(alternative, id, language) }
        return id
    }

    private mutating func insert(_ word: Substring, _ id: Int32, _ language: Language) {
        if word.hasPrefix("*") {
            let needle = Tokenized.fold(String(word.dropFirst()), language)
            infix.append((id, needle))
            if let first = needle.first { infixStart[Int(first)] = true }
            return
        }
        let exact = word.hasPrefix("=")
        let bytes = Tokenized.fold(String(exact ? word.dropFirst() : word), language)
        var node = 0
        for b in bytes { node = child(of: node, b) }
        let entry = Int32(entries.count / 2)
        entries += [id, -1]
        let (first, last) = exact ? (StemIndex.firstExact, StemIndex.lastExact) : (StemIndex.firstPrefix, StemIndex.lastPrefix)
        let base = node * StemIndex.nodeStride
        if nodes[base + last] >= 0 { entries[Int(nodes[base + last]) * 2 + 1] = entry } else { nodes[base + first] = entry }
        nodes[base + last] = entry
    }

    /// The child of `node` for byte `b`, added when missing.
    private mutating func child(of node: Int, _ b: UInt8) -> Int {
        let base = node * StemIndex.nodeStride
        var e = Int(nodes[base + StemIndex.firstEdge])
        while e >= 0 {
            if edges[e * 3] == Int32(b) { return Int(edges[e * 3 + 1]) }
            e = Int(edges[e * 3 + 2])
        }
        let child = Int32(nodes.count / StemIndex.nodeStride)
        nodes += StemIndex.newNode
        let edge = Int32(edges.count / 3)
        edges += [Int32(b), child, -1]
        if nodes[base + StemIndex.lastEdge] >= 0 { edges[Int(nodes[base + StemIndex.lastEdge]) * 3 + 2] = edge } else { nodes[base + StemIndex.firstEdge] = edge }
        nodes[base + StemIndex.lastEdge] = edge
        if node == 0 { rootChild[Int(b)] = child }
        nodes[base + StemIndex.childCount] += 1
        if nodes[base + StemIndex.denseRow] >= 0 {
            dense[Int(nodes[base + StemIndex.denseRow]) * 256 + Int(b)] = child
        } else if nodes[base + StemIndex.childCount] >= StemIndex.denseFrom {
            let row = dense.count / 256
            dense += [Int32](repeating: -1, count: 256)
            var e = Int(nodes[base + StemIndex.firstEdge])
            while e >= 0 {
                dense[row * 256 + Int(edges[e * 3])] = edges[e * 3 + 1]
                e = Int(edges[e * 3 + 2])
            }
            nodes[base + StemIndex.denseRow] = Int32(row)
        }
        return Int(child)
    }

    /// Calls `found` with each stem id the word matches: prefix stems in the order of the walk,
    /// then exact stems, then infix stems in the order they were added.
    @inline(__always)
    func match(_ word: ArraySlice<UInt8>, _ found: (Int32) -> Void) {
        word.withUnsafeBufferPointer { match($0, found) }
    }

    @inline(__always)
    func match(_ word: UnsafeBufferPointer<UInt8>, _ found: (Int32) -> Void) {
        guard let first = word.first else { return }
        let root = Int(rootChild[Int(first)])
        if root >= 0 {
            nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    entries.withUnsafeBufferPointer { entries in
                        dense.withUnsafeBufferPointer { dense in
                            StemIndex.walk(word, from: root, nodes, edges, entries, dense, found)
                        }
                    }
                }
            }
        }
        if !infix.isEmpty { matchInfix(word, found) }
    }

    @inline(__always)
    private static func walk(_ word: UnsafeBufferPointer<UInt8>, from root: Int, _ nodes: UnsafeBufferPointer<Int32>,
                             _ edges: UnsafeBufferPointer<Int32>, _ entries: UnsafeBufferPointer<Int32>,
                             _ dense: UnsafeBufferPointer<Int32>, _ found: (Int32) -> Void) {
        var node = root
        var entry = Int(nodes[node * nodeStride + firstPrefix])
        while entry >= 0 { found(entries[entry * 2]); entry = Int(entries[entry * 2 + 1]) }
        var i = 1
        while i < word.count {
            let b = Int32(word[i])
            let row = Int(nodes[node * nodeStride + denseRow])
            if row >= 0 {
                node = Int(dense[row * 256 + Int(b)])
                if node < 0 { return }
            } else {
                var e = Int(nodes[node * nodeStride + firstEdge])
                while e >= 0 && edges[e * 3] != b { e = Int(edges[e * 3 + 2]) }
                if e < 0 { return }
                node = Int(edges[e * 3 + 1])
            }
            entry = Int(nodes[node * nodeStride + firstPrefix])
            while entry >= 0 { found(entries[entry * 2]); entry = Int(entries[entry * 2 + 1]) }
            i += 1
        }
        entry = Int(nodes[node * nodeStride + firstExact])
        while entry >= 0 { found(entries[entry * 2]); entry = Int(entries[entry * 2 + 1]) }
    }

    /// The infix stems the word contains, in the order they were added. One pass over the word
    /// tries the needles only where their first byte is, instead of a search per needle.
    @inline(__always)
    private func matchInfix(_ word: UnsafeBufferPointer<UInt8>, _ found: (Int32) -> Void) {
        guard infix.count <= 64 else {
            for (id, needle) in infix where StemIndex.contains(word, needle) { found(id) }
            return
        }
        var seen: UInt64 = 0
        for p in word.indices where infixStart[Int(word[p])] {
            for k in infix.indices where seen & (1 << UInt64(k)) == 0 && StemIndex.startsAt(word, p, infix[k].bytes) {
                seen |= 1 << UInt64(k)
            }
        }
        while seen != 0 {
            found(infix[seen.trailingZeroBitCount].id)
            seen &= seen - 1
        }
    }

    /// Whether `needle` (not empty) occurs in `hay` at `p`.
    @inline(__always)
    static func startsAt(_ hay: UnsafeBufferPointer<UInt8>, _ p: Int, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, p + needle.count <= hay.count else { return false }
        for k in needle.indices where hay[p + k] != needle[k] { return false }
        return true
    }

    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= hay.count, let first = needle.first else { return false }
        var i = hay.startIndex
        let last = hay.endIndex - needle.count
        while i <= last {
            if hay[i] == first {
                var ok = true
                for k in 1..<needle.count where hay[i + k] != needle[k] { ok = false; break }
                if ok { return true }
            }
            i += 1
        }
        return false
    }
}

/// Which stems a sentence contains, and at which word positions (for phrases).
struct SentenceStems {
    var bits: [UInt64]
    var hits: [(word: Int32, stem: Int32)] = []

    init(_ tokens: Tokenized, words: some Sequence<Int>, index: StemIndex) {
        bits = Array(repeating: 0, count: (index.count + 63) / 64)
        add(tokens, words: words, index: index)
    }

    /// Refills these stems for another sentence, keeping the arrays' storage: a matcher reuses
    /// one value for every sentence instead of allocating two arrays per sentence.
    mutating func reset(_ tokens: Tokenized, words: some Sequence<Int>, index: StemIndex) {
        let width = (index.count + 63) / 64
        if bits.count == width {
            for i in bits.indices { bits[i] = 0 }
        } else {
            bits = Array(repeating: 0, count: width)
        }
        hits.removeAll(keepingCapacity: true)
        add(tokens, words: words, index: index)
    }

    /// Words are read from the token bytes' buffer: a slice per word cost a retain and a release.
    /// The bit set is written through its buffer: a subscript per stem found checked the
    /// array's uniqueness each time.
    private mutating func add(_ tokens: Tokenized, words: some Sequence<Int>, index: StemIndex) {
        var hits = self.hits
        self.hits = []
        let ranges = tokens.words
        bits.withUnsafeMutableBufferPointer { bits in
            tokens.bytes.withUnsafeBufferPointer { bytes in
                for w in words {
                    let range = ranges[w]
                    index.match(UnsafeBufferPointer(rebasing: bytes[range])) { id in
                        bits[Int(id) >> 6] |= 1 << UInt64(id & 63)
                        hits.append((Int32(w), id))
                    }
                }
            }
        }
        self.hits = hits
    }

    @inline(__always)
    func has(_ id: Int32) -> Bool { bits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 }

    func hasPhrase(_ ids: [Int32]) -> Bool {
        guard ids.allSatisfy(has) else { return false }
        for hit in hits where hit.stem == ids[0] {
            var ok = true
            for k in 1..<ids.count where !hits.contains(where: { $0.word == hit.word + Int32(k) && $0.stem == ids[k] }) {
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }
}

extension SentenceStems {
    /// Adds a list's lead-in ("The Parties shall not organise:") to one of its items, so the
    /// item is read with the verb, object or negation it leaves out. The lead-in's words are
    /// moved far away so a phrase never spans the two.
    mutating func inherit(_ leadIn: SentenceStems) {
        for i in bits.indices { bits[i] |= leadIn.bits[i] }
        hits += leadIn.hits.map { (word: $0.word - 1_000_000, stem: $0.stem) }
    }
}
