/// The Turkish noun cases that take a suffix (the nominative has none).
public enum TurkishCase: String, Sendable, CaseIterable, Codable {
    /// -(n)In: KOSGEB'in, RSMB'nin, NATO'nun.
    case genitive
    /// -(y)A: KOSGEB'e, Rusya'ya, 92'ye.
    case dative
    /// -(y)I: KOSGEB'i, NATO'yu.
    case accusative
    /// -DA: Rusya'da, 3'te, 40'ta.
    case locative
    /// -DAn: Rusya'dan, 3'ten.
    case ablative
    /// -(y)lA: KOSGEB'le, Rusya'yla.
    case instrumental
}
