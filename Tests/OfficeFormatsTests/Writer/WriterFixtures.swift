import DocumentModel
import Foundation
import Linguistics

/// Documents built in code for the writer tests: a MoU in each language, laid out single,
/// side by side or sequential, plus hostile text.
enum WriterFixtures {
    static func title(_ l: Language) -> String {
        switch l {
        case .tr: "KOSGEB ile RSMB Arasında Mutabakat Zaptı"
        case .ru: "Меморандум о взаимопонимании между KOSGEB и RSMB"
        case .en: "Memorandum of Understanding between KOSGEB and RSMB"
        }
    }

    static func article(_ l: Language, _ n: Int) -> String {
        switch l {
        case .tr: "Madde \(n) — İşbirliği alanları"
        case .ru: "Статья \(n) — Области сотрудничества"
        case .en: "Article \(n) — Areas of cooperation"
        }
    }

    static func sentence(_ l: Language, _ n: Int) -> String {
        switch l {
        case .tr: "Taraflar, KOSGEB'in ve RSMB'nin \(n). maddede belirtilen yükümlülüklerini 3,5 milyon avro bütçe ile yerine getirir; çalışmalar İstanbul'da yürütülür."
        case .ru: "Стороны выполняют обязательства по статье \(n) в пределах бюджета 3,5 млн евро; работа ведётся в Москве с 1 октября 2021 г."
        case .en: "The Parties shall perform the obligations of Article \(n) within a budget of EUR 3.5 million; the work is carried out in Ankara."
        }
    }

    static func item(_ l: Language, _ n: Int) -> String {
        switch l {
        case .tr: "bilgi paylaşımı \(n)"
        case .ru: "обмен информацией \(n)"
        case .en: "information sharing \(n)"
        }
    }

    /// One language version of a MoU with `articles` articles; ids align the versions.
    static func version(_ l: Language, articles: Int) -> [Block] {
        var blocks: [Block] = [Block(.title([.text(title(l))]), id: "title", language: l)]
        for n in 1...articles {
            blocks.append(Block(.heading(level: 1, [.text(article(l, n))]), id: "a\(n)", language: l))
            blocks.append(Block(.paragraph([.text(sentence(l, n) + " "), .strong([.text("KOSGEB")]), .text(" / "),
                                            .emphasis([.text("RSMB")])]), id: "a\(n)p", language: l))
            if n % 3 == 1 {
                blocks.append(Block(.orderedList(start: n, items: (1...3).map { [Block(.paragraph([.text(item(l, $0))]), language: l)] }),
                                    id: "a\(n)l", language: l))
            }
            if n % 4 == 2 {
                blocks.append(Block(.bulletList(items: (1...2).map { i in
                    [Block(.paragraph([.text(item(l, i))]), language: l),
                     Block(.orderedList(start: 1, items: [[Block(.paragraph([.text(item(l, 10 + i))]), language: l)]]), language: l)]
                }), id: "a\(n)b", language: l))
            }
            if n == 5 {
                blocks.append(Block(.table(Table(rows: [
                    [[Block(.paragraph([.text("№")]))], [Block(.paragraph([.text(item(l, 0))]))]],
                    [[Block(.paragraph([.text("1")]))], [Block(.paragraph([.text(item(l, 1))]))]],
                ], headerRows: 1)), id: "a5t", language: l))
            }
        }
        blocks.append(Block(.signatures(signers(l)), id: "signatures", language: l))
        return blocks
    }

    static func signers(_ l: Language) -> [Signer] {
        [Signer(party: [.text(l == .ru ? "За KOSGEB" : l == .tr ? "KOSGEB adına" : "For KOSGEB")],
                name: [.text("Hasan Basri Kurt")], title: [.text(l == .ru ? "Председатель" : l == .tr ? "Başkan" : "President")],
                details: [[.text(l == .ru ? "1 октября 2021 г., Анкара" : l == .tr ? "1 Ekim 2021, Ankara" : "1 October 2021, Ankara")]]),
         Signer(party: [.text(l == .ru ? "За RSMB" : l == .tr ? "RSMB adına" : "For RSMB")],
                name: [.text("Александр Исаевич")], title: [.text(l == .ru ? "Генеральный директор" : l == .tr ? "Genel Müdür" : "Director General")],
                details: [[.text("Москва / Moskova")]])]
    }

    enum Layout: String { case single, sideBySide, sequential }

    static func mou(_ languages: [Language], layout: Layout, articles: Int = 13) -> Document {
        let metadata = Metadata(title: title(languages[0]), subject: "MoU", creator: "KOSGEB Dış İlişkiler",
                                languages: languages, created: "2021-10-01T10:00:00Z")
        let versions = languages.map { version($0, articles: articles) }
        switch layout {
        case .single:
            return Document(metadata: metadata, blocks: versions[0])
        case .sequential:
            var blocks: [Block] = []
            for (i, v) in versions.enumerated() {
                if i > 0 { blocks.append(Block(.pageBreak)) }
                blocks += v
            }
            return Document(metadata: metadata, blocks: blocks)
        case .sideBySide:
            var ids: [String] = []
            for b in versions[0] { if let id = b.id { ids.append(id) } }
            let rows = ids.map { id in
                ColumnRow(id: id, cells: versions.map { v in v.filter { $0.id == id } })
            }
            return Document(metadata: metadata, blocks: [Block(.columns(Columns(languages: languages, rows: rows)))])
        }
    }

    /// Text that breaks naive writers: markup characters, CDATA end, quotes, controls, RTL marks,
    /// emoji, a very long paragraph.
    static let hostileText = "a < b && c > d ]]> \"quoted\" 'single' \u{200F}RTL\u{200E} \u{202E}override\u{202C} 🇹🇷🤝🇷🇺 e\u{301} \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF} tab\there\nnew line  two  spaces </w:t><w:p>"

    static func hostile() -> Document {
        let long = String(repeating: "Uzun paragraf ğüşıöç ЁЖЩ & <x> ", count: 10_000 / 32 + 1)
        var blocks: [Block] = [Block(.title([.text(hostileText)]), language: .tr),
                               Block(.heading(level: 2, [.strong([.emphasis([.text(hostileText)])])]), language: .ru),
                               Block(.paragraph([.text(hostileText), .lineBreak, .text("after break")]), language: .en),
                               Block(.paragraph([.text(long)]), language: .tr),
                               Block(.paragraph([]), language: .tr),
                               Block(.orderedList(start: 7, items: [[], [Block(.paragraph([.text(hostileText)]))]])),
                               Block(.table(Table(rows: [[[]], [[Block(.table(Table(rows: [[[Block(.paragraph([.text("nested")]))]]])))]]]))),
                               Block(.table(Table(rows: []))),
                               Block(.columns(Columns(languages: [.tr, .en], rows: []))),
                               Block(.columns(Columns(languages: [.tr, .ru], rows: [ColumnRow(id: nil, cells: [[], [Block(.paragraph([.text(hostileText)]))]])]))),
                               Block(.signatures([Signer(party: [.text(hostileText)], name: [], title: [])])),
                               Block(.heading(level: 7, [.text("deep heading")])),
                               Block(.heading(level: 0, [.text("zero heading")])),
        ]
        blocks.append(Block(.pageBreak))
        return Document(metadata: Metadata(title: hostileText, subject: hostileText, creator: hostileText, languages: [.tr], created: nil),
                        blocks: blocks)
    }

    static func manyArticles(_ count: Int = 2000) -> Document {
        var blocks: [Block] = []
        for n in 1...count {
            blocks.append(Block(.heading(level: 1, [.text(article(.en, n))]), language: .en))
            blocks.append(Block(.paragraph([.text(sentence(.en, n))]), language: .en))
        }
        return Document(metadata: Metadata(title: "2000 articles", languages: [.en]), blocks: blocks)
    }

    static func dated(_ doc: Document, _ created: String?) -> Document {
        var doc = doc
        doc.metadata.created = created
        return doc
    }

    /// The matrix of the acceptance criteria, by file stem.
    static func matrix() -> [(String, Document)] {
        [("tr", mou([.tr], layout: .single)), ("ru", dated(mou([.ru], layout: .single), "2021-10-01")), ("en", mou([.en], layout: .single)),
         ("tr-ru", mou([.tr, .ru], layout: .sideBySide)), ("tr-en", mou([.tr, .en], layout: .sideBySide)),
         ("ru-en", mou([.ru, .en], layout: .sideBySide)), ("tr-ru-sequential", mou([.tr, .ru], layout: .sequential)),
         ("tr-ru-en", mou([.tr, .ru, .en], layout: .sideBySide)), ("hostile", hostile()), ("articles-2000", manyArticles()), ("empty", Document())]
    }
}
