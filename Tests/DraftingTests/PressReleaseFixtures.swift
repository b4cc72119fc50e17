import AgreementModel
import Linguistics

/// The KOSGEB–RSMB agreement of 1 October 2021 with its announcement, built in Swift so the
/// press-release tests do not depend on the example file's other sections.
enum PressReleaseFixtures {
    static let kosgeb = Party(
        id: "kosgeb",
        name: [.tr: "Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı",
               .ru: "Организация по развитию малого и среднего предпринимательства Турецкой Республики",
               .en: "Small and Medium Enterprises Development Organization of the Republic of Türkiye"],
        short: [.tr: "KOSGEB", .ru: "KOSGEB", .en: "KOSGEB"],
        reading: .word,
        country: Country(code: "TR", name: [.tr: "Türkiye", .ru: "Турция", .en: "Türkiye"]),
        signatory: Person(name: [.tr: "Hasan Basri Kurt", .ru: "Хасан Басри Курт", .en: "Hasan Basri Kurt"],
                          title: [.tr: "Başkan", .ru: "председатель", .en: "President"], gender: .male))

    static let rsmb = Party(
        id: "rsmb",
        name: [.tr: "Rusya Küçük ve Orta Büyüklükte İşletmeler Şirketi",
               .ru: "Акционерное общество «Федеральная корпорация по развитию малого и среднего предпринимательства»",
               .en: "Russian Small and Medium Business Corporation"],
        short: [.tr: "RSMB", .ru: "АО «Корпорация МСП»", .en: "RSMB"],
        reading: .letters,
        country: Country(code: "RU", name: [.tr: "Rusya Federasyonu", .ru: "Российская Федерация", .en: "Russian Federation"]),
        signatory: Person(name: [.tr: "Aleksandr Isayevich", .ru: "Александр Исаевич", .en: "Alexander Isaevich"],
                          title: [.tr: "Genel Müdür", .ru: "генеральный директор", .en: "General Director"], gender: .male))

    static let announcement = Announcement(
        published: CalendarDate(year: 2021, month: 10, day: 1),
        ceremony: Ceremony(mode: .online),
        participants: [
            Participant(id: "kurt", party: "kosgeb",
                        title: [.tr: "KOSGEB Başkanı", .ru: "председатель KOSGEB", .en: "KOSGEB President"]),
            Participant(id: "sahin", party: "kosgeb", person: Person(
                name: [.tr: "Salih Tuna Şahin", .ru: "Салих Туна Шахин", .en: "Salih Tuna Şahin"],
                title: [.tr: "Başkan Yardımcısı", .ru: "заместитель председателя", .en: "Vice President"], gender: .male)),
            Participant(id: "isaevich", party: "rsmb",
                        title: [.tr: "RSMB Genel Müdürü", .ru: "генеральный директор Корпорации МСП", .en: "RSMB General Director"]),
        ],
        quotes: [
            Quote(speaker: "kurt",
                  heading: [.tr: "İş Birliği Güçlenecek", .ru: "Сотрудничество будет укрепляться", .en: "Cooperation will grow"],
                  text: [.tr: "İş birliğimizi güçlendirmek istiyoruz", .ru: "Мы хотим укреплять сотрудничество",
                         .en: "We want to strengthen our cooperation"]),
            Quote(speaker: "isaevich",
                  heading: [.tr: "Ortak Çalışmalar", .ru: "Совместная работа", .en: "Working together"],
                  text: [.tr: "KOSGEB ile birlikte çalışmak istiyoruz", .ru: "Мы хотим работать вместе с KOSGEB",
                         .en: "We want to work with KOSGEB"]),
        ],
        headline: Headline(speaker: "kurt", text: [.tr: "KOBİ'lerimize daha çok destek vereceğiz",
                                                   .ru: "Мы будем активнее поддерживать МСП",
                                                   .en: "We will give our SMEs more support"]),
        figures: AgencyFigures(before: FigureCounts(memoranda: 91, institutions: 86, countries: 68,
                                                    internationalOrganisations: 5),
                               partnerKind: .institution, newCountry: false),
        cited: [CitedFigure(speaker: "kurt", value: 3.5, scale: .million, qualifier: .moreThan,
                            noun: [.tr: "işletme", .ru: "предприятий", .en: "enterprises"],
                            scope: [.tr: "Türkiye'de faaliyet gösteren", .ru: "в Турции", .en: "in Türkiye"])])

    static var agreement: Agreement {
        Agreement(languages: [.tr, .ru, .en], parties: [kosgeb, rsmb],
                  signing: Signing(date: CalendarDate(year: 2021, month: 10, day: 1),
                                   place: [.tr: "Ankara", .ru: "Анкара", .en: "Ankara"], mode: .online),
                  areas: StandardArea.allCases.map { .standard($0) },
                  duration: Duration(years: 5), announcement: announcement)
    }
}
