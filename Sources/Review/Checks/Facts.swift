import Foundation
import Linguistics

/// The numbers, dates and durations a text states, normalised so versions in different
/// languages compare: "1 October 2021", "1 Ekim 2021", "1 октября 2021 г.", "01.10.2021" are
/// all 2021-10-01; "five (5) years", "beş yıl", "пять лет" are all 5 year.
struct Facts: Equatable, Sendable {
    var numbers: [String] = []
    var dates: [String] = []
    var durations: [String] = []

    var isEmpty: Bool { numbers.isEmpty && dates.isEmpty && durations.isEmpty }

    static func extract(_ text: String, _ rules: LanguageRules) -> Facts {
        extract([Tokenized(text, rules.language)], rules)
    }

    /// The facts of several blocks together.
    static func extract(_ blocks: [Tokenized], _ rules: LanguageRules) -> Facts {
        var collector = FactCollector()
        for tokens in blocks { collector.collect(tokens, rules) }
        return collector.facts
    }

    static func extract(_ tokens: Tokenized, _ rules: LanguageRules) -> Facts {
        var collector = FactCollector()
        collector.collect(tokens, rules)
        return collector.facts
    }
}

/// Gathers the facts of one or more blocks as numbers and makes their strings once at the end:
/// a String, a Set and a sort per block were most of fact extraction.
struct FactCollector {
    private var numbers: [Int] = []
    private var dates: [(year: Int, month: Int, day: Int)] = []
    private var durations: [(value: Int, unit: String)] = []
    /// Per word of the current block: its value when it is all digits; reused between blocks.
    private var values: [Int?] = []
    private var used: [Bool] = []

    mutating func collect(_ tokens: Tokenized, _ rules: LanguageRules) {
        // Words are read from the bytes' buffer: a slice per word cost a retain and a release.
        tokens.bytes.withUnsafeBufferPointer { collect(tokens, $0, rules) }
    }

    private mutating func collect(_ tokens: Tokenized, _ bytes: UnsafeBufferPointer<UInt8>, _ rules: LanguageRules) {
        let words = tokens.words
        let n = words.count
        func word(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[words[i]]) }
        // Only the first `n` values are this block's; the array only grows. Written through its
        // buffer: an append per word checked the array's uniqueness each time.
        if values.count < n { values.append(contentsOf: repeatElement(nil, count: n - values.count)) }
        var numberCount = 0
        values.withUnsafeMutableBufferPointer { values in
            for i in 0..<n {
                let v = WordBytes.number(word(i))
                values[i] = v
                if v != nil { numberCount += 1 }
            }
        }
        if numberCount == 0 {
            // Without a number there is no date and nothing to count, only a duration spelled
            // out ("beş yıl", "пять лет"): the general loops below give just that, more slowly.
            guard n > 1 else { return }
            for k in 0..<(n - 1) where words[k].count <= 24 {
                guard let u = rules.unitTable.first(word(k + 1)), let v = rules.numberWords.value(word(k)) else { continue }
                durations.append((v, u))
            }
            return
        }
        // Every date holds at least two numbers (a day or month and a year): with fewer, no
        // word is taken by a date and the date loop is skipped.
        let mayHoldDate = numberCount >= 2
        if mayHoldDate {
            // As `values`: the first `n` are this block's.
            if used.count < n { used.append(contentsOf: repeatElement(false, count: n - used.count)) }
            used.withUnsafeMutableBufferPointer { used in
                for i in 0..<n { used[i] = false }
            }
        }
        let units = rules.unitTable, months = rules.monthTable
        func month(_ i: Int) -> Int? {
            guard values[i] == nil, words[i].count >= 3 else { return nil }
            return months.first(word(i))
        }
        func year(_ i: Int) -> Int? { words[i].count == 4 ? values[i] : nil }
        var i = 0
        while mayHoldDate && i + 2 < n {
            // d Month yyyy | Month d, yyyy
            if let d = values[i], (1...31).contains(d), let y = year(i + 2), let m = month(i + 1) {
                dates.append((y, m, d)); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
            }
            if let d = values[i + 1], (1...31).contains(d), let y = year(i + 2), let m = month(i) {
                dates.append((y, m, d)); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
            }
            // dd.mm.yyyy and yyyy-mm-dd: three numbers in a row
            if let a = values[i], let b = values[i + 1], let c = values[i + 2] {
                if (1...31).contains(a), (1...12).contains(b), words[i + 2].count == 4, words[i].count <= 2 {
                    dates.append((c, b, a)); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
                }
                if words[i].count == 4, (1...12).contains(b), (1...31).contains(c), words[i + 2].count <= 2 {
                    dates.append((a, b, c)); used[i] = true; used[i + 1] = true; used[i + 2] = true; i += 3; continue
                }
            }
            i += 1
        }
        func unit(_ k: Int) -> String? {
            guard k < n, values[k] == nil else { return nil }
            return units.first(word(k))
        }
        for k in 0..<n where !mayHoldDate || !used[k] {
            var value = values[k]
            if value == nil, words[k].count <= 24, k + 1 < n, values[k + 1] != nil || unit(k + 1) != nil {
                value = rules.numberWords.value(word(k))
            }
            guard let v = value else { continue }
            if let u = unit(k + 1) {
                durations.append((v, u))
            } else if k + 2 < n, values[k + 1] == v, let u = unit(k + 2) {
                durations.append((v, u))   // "five (5) years"
            }
            if values[k] != nil { numbers.append(v) }
        }
    }

    /// The facts so far, and a fresh start for the next group of blocks; the scratch arrays
    /// keep their storage, so one collector serves every article of a version.
    mutating func takeFacts() -> Facts {
        let result = facts
        numbers.removeAll(keepingCapacity: true)
        dates.removeAll(keepingCapacity: true)
        durations.removeAll(keepingCapacity: true)
        return result
    }

    /// Each kind sorted as strings, without duplicates.
    var facts: Facts {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        // Equal values make equal strings, so duplicates go before any string is made.
        return Facts(numbers: FactCollector.sortedUnique(FactCollector.distinct(numbers, ==).map { String($0) }),
                     dates: FactCollector.sortedUnique(FactCollector.distinct(dates, ==).map { "\($0.year)-\(pad($0.month))-\(pad($0.day))" }),
                     durations: FactCollector.sortedUnique(FactCollector.distinct(durations, ==).map { "\($0.value) \($0.unit)" }))
    }

    /// Sorted, equal neighbours dropped: the same as a Set's sorted elements, without hashing.
    private static func sortedUnique(_ xs: [String]) -> [String] {
        guard xs.count > 1 else { return xs }
        var out: [String] = []
        out.reserveCapacity(xs.count)
        for x in xs.sorted() where out.last != x { out.append(x) }
        return out
    }

    /// Without duplicates, first occurrences kept. An article states a few facts, so comparing
    /// each with those kept beats hashing them into a Set.
    private static func distinct<T>(_ xs: [T], _ same: (T, T) -> Bool) -> [T] {
        guard xs.count > 1 else { return xs }
        var kept: [T] = []
        kept.reserveCapacity(xs.count)
        for x in xs where !kept.contains(where: { same($0, x) }) { kept.append(x) }
        return kept
    }
}
