import AgreementModel
import XCTest

/// A small valid agreement and a way to break one line of it, shared by the loading tests.
struct Fixture {
    /// A small valid agreement in Turkish and Russian; tests replace one line of it.
    static let valid = """
    languages: [tr, ru]
    parties:
      - id: kosgeb
        name: {tr: KOSGEB Başkanlığı, ru: Организация KOSGEB}
        short: {tr: KOSGEB, ru: KOSGEB}
        country:
          code: TR
          name: {tr: Türkiye, ru: Турция}
        signatory:
          name: {tr: Hasan Basri Kurt, ru: Хасан Басри Курт}
          title: {tr: Başkan, ru: Председатель}
          gender: male
      - id: rsmb
        name: {tr: Rusya KOBİ Şirketi, ru: АО «Корпорация МСП»}
        short: {tr: RSMB, ru: АО «Корпорация МСП»}
        country:
          code: RU
          name: {tr: Rusya Federasyonu, ru: Российская Федерация}
        signatory:
          name: {tr: Aleksandr İsayeviç, ru: Александр Исаевич}
          title: {tr: Genel Müdür, ru: Генеральный директор}
          gender: male
    signing:
      date: 2021-10-01
      place: {tr: Ankara, ru: Анкара}
      mode: online
    areas: [information-sharing, training]
    duration: {years: 5, automaticRenewal: true, terminationNoticeMonths: 3}
    originals: 2
    """

    func load(_ text: String) throws -> LoadedAgreement {
        try AgreementLoader.load(text: text, source: "mou.yaml")
    }

    /// The one-line error for the valid text with `old` replaced by `new`.
    func error(replacing old: String, with new: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let text = Self.valid.replacingOccurrences(of: old, with: new)
        XCTAssertNotEqual(text, Self.valid, "the replacement must change the text", file: file, line: line)
        do {
            let loaded = try load(text)
            XCTFail("expected an error, loaded \(loaded.agreement.parties.count) parties", file: file, line: line)
            return ""
        } catch let error as AgreementError {
            return error.description
        } catch {
            XCTFail("expected an AgreementError, got \(error)", file: file, line: line)
            return ""
        }
    }

}
