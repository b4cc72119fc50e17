import AgreementModel
import Linguistics

/// An agreement with every optional value present, the shape `mou templates check` checks
/// templates against (a template may use any name this agreement's context has). Its facts are
/// those of the KOSGEB–RSMB memorandum of 1 October 2021.
public enum SampleAgreement {
    public static let full = Agreement(
        languages: [.tr, .ru, .en],
        prevailing: .en,
        title: nil,
        parties: [
            Party(id: "kosgeb",
                  name: [.tr: "Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı",
                         .ru: "Организация по развитию малого и среднего предпринимательства Турецкой Республики",
                         .en: "Small and Medium Enterprises Development Organization of the Republic of Türkiye"],
                  short: [.tr: "KOSGEB", .ru: "KOSGEB", .en: "KOSGEB"],
                  reading: .word,
                  country: Country(code: "TR", name: [.tr: "Türkiye Cumhuriyeti", .ru: "Турецкая Республика", .en: "Republic of Türkiye"]),
                  signatory: Person(name: [.tr: "Hasan Basri Kurt", .ru: "Хасан Басри Курт", .en: "Hasan Basri Kurt"],
                                    title: [.tr: "Başkan", .ru: "Председатель", .en: "President"], gender: .male),
                  contact: ContactPoint(unit: [.tr: "Dış İlişkiler Dairesi Başkanlığı", .ru: "Департамент внешних связей",
                                               .en: "Department of External Relations"],
                                        email: "international@kosgeb.gov.tr", phone: "+90 312 000 00 00",
                                        person: Person(name: [.tr: "Selim Serkan Ercan", .ru: "Селим Серкан Эрджан", .en: "Selim Serkan Ercan"],
                                                       title: [.tr: "Daire Başkanı", .ru: "Директор департамента", .en: "Head of Department"], gender: .male))),
            Party(id: "rsmb",
                  name: [.tr: "Rusya Küçük ve Orta Büyüklükteki İşletmeler Şirketi",
                         .ru: "Акционерное общество «Федеральная корпорация по развитию малого и среднего предпринимательства»",
                         .en: "Russian Small and Medium Business Corporation"],
                  short: [.tr: "RSMB", .ru: "АО «Корпорация МСП»", .en: "SME Corporation"],
                  reading: .letters,
                  country: Country(code: "RU", name: [.tr: "Rusya Federasyonu", .ru: "Российская Федерация", .en: "Russian Federation"]),
                  signatory: Person(name: [.tr: "Aleksandr Isayeviç", .ru: "Александр Исаевич", .en: "Alexander Isaevich"],
                                    title: [.tr: "Genel Müdür", .ru: "Генеральный директор", .en: "Chief Executive Officer"], gender: .male),
                  contact: ContactPoint(unit: [.tr: "Uluslararası İş Birliği Müdürlüğü", .ru: "Дирекция международного сотрудничества",
                                               .en: "Directorate for International Cooperation"],
                                        email: "international@corpmsp.ru")),
        ],
        signing: Signing(date: CalendarDate(year: 2021, month: 10, day: 1),
                         place: [.tr: "Ankara ve Moskova", .ru: "Анкара и Москва", .en: "Ankara and Moscow"], mode: .online,
                         places: ["kosgeb": [.tr: "Ankara", .ru: "Анкара", .en: "Ankara"],
                                  "rsmb": [.tr: "Moskova", .ru: "Москва", .en: "Moscow"]]),
        areas: StandardArea.allCases.map { .standard($0) }
            + [.custom(id: "digital-platforms", text: [.tr: "dijital destek platformlarına ilişkin bilgi paylaşımı",
                                                      .ru: "обмен информацией о цифровых платформах поддержки",
                                                      .en: "the sharing of information on digital support platforms"])],
        duration: Duration(years: 5, automaticRenewal: true, terminationNoticeMonths: 3),
        originals: 2,
        costs: Costs(arrangement: .eachOwn))
}
