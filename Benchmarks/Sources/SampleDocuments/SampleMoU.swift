import DocumentModel
import Linguistics

/// The document: what the drafting pipeline produces for a tr|ru MoU, built here so the
/// benchmark measures only the writers.
public enum SampleMoU {
    public static func version(_ l: Language, articles: Int) -> [Block] {
        let tr = l == .tr
        var blocks = [Block(.title([.text(tr ? "KOSGEB ile RSMB Arasında Mutabakat Zaptı" : "Меморандум о взаимопонимании между KOSGEB и RSMB")]),
                            id: "title", language: l)]
        for n in 1...articles {
            blocks.append(Block(.heading(level: 1, [.text(tr ? "Madde \(n) — İşbirliği alanları" : "Статья \(n) — Области сотрудничества")]),
                                id: "a\(n)", language: l))
            let sentence = tr
                ? "Taraflar, KOSGEB'in ve RSMB'nin \(n). maddede belirtilen yükümlülüklerini 3,5 milyon avro bütçe ile yerine getirir; çalışmalar İstanbul'da yürütülür. "
                : "Стороны выполняют обязательства по статье \(n) в пределах бюджета 3,5 млн евро; работа ведётся в Москве с 1 октября 2021 г. "
            blocks.append(Block(.paragraph([.text(sentence + sentence), .strong([.text("KOSGEB")]), .text(" "), .emphasis([.text("RSMB")])]),
                                id: "a\(n)p", language: l))
            if n % 3 == 1 {
                blocks.append(Block(.orderedList(start: 1, items: (1...4).map { i in
                    [Block(.paragraph([.text(tr ? "bilgi ve deneyim paylaşımı \(i)" : "обмен информацией и опытом \(i)")]), language: l)]
                }), id: "a\(n)l", language: l))
            }
        }
        blocks.append(Block(.signatures([
            Signer(party: [.text(tr ? "KOSGEB adına" : "За KOSGEB")], name: [.text("Hasan Basri Kurt")], title: [.text(tr ? "Başkan" : "Председатель")],
                   details: [[.text(tr ? "1 Ekim 2021, Ankara" : "1 октября 2021 г., Анкара")]]),
            Signer(party: [.text(tr ? "RSMB adına" : "За RSMB")], name: [.text("Александр Исаевич")], title: [.text(tr ? "Genel Müdür" : "Генеральный директор")],
                   details: [[.text(tr ? "1 Ekim 2021, Moskova" : "1 октября 2021 г., Москва")]]),
        ]), id: "signatures", language: l))
        return blocks
    }

    public static func bilingual(articles: Int) -> Document {
        let versions = [Language.tr, .ru].map { version($0, articles: articles) }
        let ids = versions[0].compactMap(\.id)
        let rows = ids.map { id in ColumnRow(id: id, cells: versions.map { $0.filter { $0.id == id } }) }
        return Document(metadata: Metadata(title: "KOSGEB–RSMB MoU", subject: "MoU", languages: [.tr, .ru]),
                        blocks: [Block(.columns(Columns(languages: [.tr, .ru], rows: rows)))])
    }
}
