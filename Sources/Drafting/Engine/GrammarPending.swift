// TEMPORARY: stands in for the grammar helper's Sources/Drafting/Grammar until it lands on main.
import Stencil
import Linguistics
enum PendingGrammarFilters {
    static func register(in ext: Extension) {
        for name in ["tr_genitive", "tr_dative", "tr_accusative", "tr_locative", "tr_ablative", "tr_instrumental",
                     "tr_locative_ki", "tr_genitive_ki", "tr_case", "spell", "number", "ordinal", "date", "date_numeric",
                     "count", "noun_for", "by_gender", "upper", "lower"] {
            ext.registerFilter(name) { (value: Any?, args: [Any?]) in
                if name == "by_gender" { return (value as? String) == "female" ? args.last ?? nil : args.first ?? nil }
                if name == "noun_for" { return args.first ?? nil }
                if name == "tr_locative" { return "\(value ?? "")'da" }
                if name == "tr_genitive" { return "\(value ?? "")'in" }
                return value.map { "\($0)" }
            }
        }
    }
}
import AgreementModel
final class PendingGrammarSession {}
extension MoUDrafter {
    func makeGrammarSession(_ agreement: Agreement, language: Language) throws -> PendingGrammarSession { PendingGrammarSession() }
    func grammarNotes(_ session: PendingGrammarSession) -> [String] { [] }
}
