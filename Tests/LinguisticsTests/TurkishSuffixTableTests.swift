import XCTest
import Linguistics

/// Turkish case forms written out by hand from the rules of TDK's Yazım Kılavuzu
/// (https://tdk.gov.tr — "Kesme işareti", "Kısaltmalar", "Sayıların yazılışı", "Ünlü uyumu",
/// "Ünsüz benzeşmesi", "Ünsüz yumuşaması", "Kaynaştırma ünsüzleri"), not from this code:
/// - proper nouns, abbreviations and digits take an apostrophe; institution names do not
///   (TDK's own examples: Türk Dil Kurumuna, ABD'ye, TBMM'nin, NATO'ya, 3'e, 3'te);
/// - abbreviations and digits take the suffix of how they are read (RSMB = re-se-me-be,
///   92 = doksan iki, 40 = kırk, 100 = yüz, 1000 = bin);
/// - buffer letters y (dative, accusative, instrumental) and n (genitive) after vowels;
/// - D → t after f s t k ç ş h p; vowel harmony two-way (e/a) and four-way (ı/i/u/ü);
/// - softening in polysyllabic common words (kitabı, ortaklığı, ağacı), not in proper nouns
///   (Ahmet'e, Zonguldak'a); front-harmony exceptions (saate, protokole, rolü).
final class TurkishSuffixTableTests: XCTestCase {
    /// word | genitive | dative | accusative | locative | ablative | instrumental
    static let table = """
    Rusya | Rusya'nın | Rusya'ya | Rusya'yı | Rusya'da | Rusya'dan | Rusya'yla
    Türkiye | Türkiye'nin | Türkiye'ye | Türkiye'yi | Türkiye'de | Türkiye'den | Türkiye'yle
    Ankara | Ankara'nın | Ankara'ya | Ankara'yı | Ankara'da | Ankara'dan | Ankara'yla
    Moskova | Moskova'nın | Moskova'ya | Moskova'yı | Moskova'da | Moskova'dan | Moskova'yla
    İstanbul | İstanbul'un | İstanbul'a | İstanbul'u | İstanbul'da | İstanbul'dan | İstanbul'la
    Kazakistan | Kazakistan'ın | Kazakistan'a | Kazakistan'ı | Kazakistan'da | Kazakistan'dan | Kazakistan'la
    Özbekistan | Özbekistan'ın | Özbekistan'a | Özbekistan'ı | Özbekistan'da | Özbekistan'dan | Özbekistan'la
    Azerbaycan | Azerbaycan'ın | Azerbaycan'a | Azerbaycan'ı | Azerbaycan'da | Azerbaycan'dan | Azerbaycan'la
    Mısır | Mısır'ın | Mısır'a | Mısır'ı | Mısır'da | Mısır'dan | Mısır'la
    Tokyo | Tokyo'nun | Tokyo'ya | Tokyo'yu | Tokyo'da | Tokyo'dan | Tokyo'yla
    Bakü | Bakü'nün | Bakü'ye | Bakü'yü | Bakü'de | Bakü'den | Bakü'yle
    Kazan | Kazan'ın | Kazan'a | Kazan'ı | Kazan'da | Kazan'dan | Kazan'la
    Paris | Paris'in | Paris'e | Paris'i | Paris'te | Paris'ten | Paris'le
    Berlin | Berlin'in | Berlin'e | Berlin'i | Berlin'de | Berlin'den | Berlin'le
    Brüksel | Brüksel'in | Brüksel'e | Brüksel'i | Brüksel'de | Brüksel'den | Brüksel'le
    Minsk | Minsk'in | Minsk'e | Minsk'i | Minsk'te | Minsk'ten | Minsk'le
    Ahmet | Ahmet'in | Ahmet'e | Ahmet'i | Ahmet'te | Ahmet'ten | Ahmet'le
    Zonguldak | Zonguldak'ın | Zonguldak'a | Zonguldak'ı | Zonguldak'ta | Zonguldak'tan | Zonguldak'la
    Soçi | Soçi'nin | Soçi'ye | Soçi'yi | Soçi'de | Soçi'den | Soçi'yle
    Ufa | Ufa'nın | Ufa'ya | Ufa'yı | Ufa'da | Ufa'dan | Ufa'yla
    Orta Asya | Orta Asya'nın | Orta Asya'ya | Orta Asya'yı | Orta Asya'da | Orta Asya'dan | Orta Asya'yla
    KOSGEB | KOSGEB'in | KOSGEB'e | KOSGEB'i | KOSGEB'de | KOSGEB'den | KOSGEB'le
    RSMB | RSMB'nin | RSMB'ye | RSMB'yi | RSMB'de | RSMB'den | RSMB'yle
    NATO | NATO'nun | NATO'ya | NATO'yu | NATO'da | NATO'dan | NATO'yla
    ABD | ABD'nin | ABD'ye | ABD'yi | ABD'de | ABD'den | ABD'yle
    TBMM | TBMM'nin | TBMM'ye | TBMM'yi | TBMM'de | TBMM'den | TBMM'yle
    AB | AB'nin | AB'ye | AB'yi | AB'de | AB'den | AB'yle
    BM | BM'nin | BM'ye | BM'yi | BM'de | BM'den | BM'yle
    TÜBİTAK | TÜBİTAK'ın | TÜBİTAK'a | TÜBİTAK'ı | TÜBİTAK'ta | TÜBİTAK'tan | TÜBİTAK'la
    UNESCO | UNESCO'nun | UNESCO'ya | UNESCO'yu | UNESCO'da | UNESCO'dan | UNESCO'yla
    ASELSAN | ASELSAN'ın | ASELSAN'a | ASELSAN'ı | ASELSAN'da | ASELSAN'dan | ASELSAN'la
    THY | THY'nin | THY'ye | THY'yi | THY'de | THY'den | THY'yle
    TDK | TDK'nin | TDK'ye | TDK'yi | TDK'de | TDK'den | TDK'yle
    ODTÜ | ODTÜ'nün | ODTÜ'ye | ODTÜ'yü | ODTÜ'de | ODTÜ'den | ODTÜ'yle
    TOBB | TOBB'un | TOBB'a | TOBB'u | TOBB'da | TOBB'dan | TOBB'la
    OECD | OECD'nin | OECD'ye | OECD'yi | OECD'de | OECD'den | OECD'yle
    IMF | IMF'nin | IMF'ye | IMF'yi | IMF'de | IMF'den | IMF'yle
    UNIDO | UNIDO'nun | UNIDO'ya | UNIDO'yu | UNIDO'da | UNIDO'dan | UNIDO'yla
    KOBİ | KOBİ'nin | KOBİ'ye | KOBİ'yi | KOBİ'de | KOBİ'den | KOBİ'yle
    DEİK | DEİK'in | DEİK'e | DEİK'i | DEİK'te | DEİK'ten | DEİK'le
    SGK | SGK'nin | SGK'ye | SGK'yi | SGK'de | SGK'den | SGK'yle
    MEB | MEB'in | MEB'e | MEB'i | MEB'de | MEB'den | MEB'le
    0 | 0'ın | 0'a | 0'ı | 0'da | 0'dan | 0'la
    1 | 1'in | 1'e | 1'i | 1'de | 1'den | 1'le
    2 | 2'nin | 2'ye | 2'yi | 2'de | 2'den | 2'yle
    3 | 3'ün | 3'e | 3'ü | 3'te | 3'ten | 3'le
    4 | 4'ün | 4'e | 4'ü | 4'te | 4'ten | 4'le
    5 | 5'in | 5'e | 5'i | 5'te | 5'ten | 5'le
    6 | 6'nın | 6'ya | 6'yı | 6'da | 6'dan | 6'yla
    7 | 7'nin | 7'ye | 7'yi | 7'de | 7'den | 7'yle
    8 | 8'in | 8'e | 8'i | 8'de | 8'den | 8'le
    9 | 9'un | 9'a | 9'u | 9'da | 9'dan | 9'la
    10 | 10'un | 10'a | 10'u | 10'da | 10'dan | 10'la
    16 | 16'nın | 16'ya | 16'yı | 16'da | 16'dan | 16'yla
    20 | 20'nin | 20'ye | 20'yi | 20'de | 20'den | 20'yle
    30 | 30'un | 30'a | 30'u | 30'da | 30'dan | 30'la
    40 | 40'ın | 40'a | 40'ı | 40'ta | 40'tan | 40'la
    50 | 50'nin | 50'ye | 50'yi | 50'de | 50'den | 50'yle
    60 | 60'ın | 60'a | 60'ı | 60'ta | 60'tan | 60'la
    70 | 70'in | 70'e | 70'i | 70'te | 70'ten | 70'le
    80 | 80'in | 80'e | 80'i | 80'de | 80'den | 80'le
    90 | 90'ın | 90'a | 90'ı | 90'da | 90'dan | 90'la
    91 | 91'in | 91'e | 91'i | 91'de | 91'den | 91'le
    92 | 92'nin | 92'ye | 92'yi | 92'de | 92'den | 92'yle
    100 | 100'ün | 100'e | 100'ü | 100'de | 100'den | 100'le
    1000 | 1000'in | 1000'e | 1000'i | 1000'de | 1000'den | 1000'le
    1923 | 1923'ün | 1923'e | 1923'ü | 1923'te | 1923'ten | 1923'le
    2021 | 2021'in | 2021'e | 2021'i | 2021'de | 2021'den | 2021'le
    1.000.000 | 1.000.000'un | 1.000.000'a | 1.000.000'u | 1.000.000'da | 1.000.000'dan | 1.000.000'la
    3.500.000 | 3.500.000'in | 3.500.000'e | 3.500.000'i | 3.500.000'de | 3.500.000'den | 3.500.000'le
    1.000.000.000 | 1.000.000.000'ın | 1.000.000.000'a | 1.000.000.000'ı | 1.000.000.000'da | 1.000.000.000'dan | 1.000.000.000'la
    3,5 | 3,5'in | 3,5'e | 3,5'i | 3,5'te | 3,5'ten | 3,5'le
    ülke | ülkenin | ülkeye | ülkeyi | ülkede | ülkeden | ülkeyle
    kurum | kurumun | kuruma | kurumu | kurumda | kurumdan | kurumla
    proje | projenin | projeye | projeyi | projede | projeden | projeyle
    saat | saatin | saate | saati | saatte | saatten | saatle
    kitap | kitabın | kitaba | kitabı | kitapta | kitaptan | kitapla
    ortaklık | ortaklığın | ortaklığa | ortaklığı | ortaklıkta | ortaklıktan | ortaklıkla
    ağaç | ağacın | ağaca | ağacı | ağaçta | ağaçtan | ağaçla
    protokol | protokolün | protokole | protokolü | protokolde | protokolden | protokolle
    kontrol | kontrolün | kontrole | kontrolü | kontrolde | kontrolden | kontrolle
    rol | rolün | role | rolü | rolde | rolden | rolle
    hukuk | hukukun | hukuka | hukuku | hukukta | hukuktan | hukukla
    toplantı | toplantının | toplantıya | toplantıyı | toplantıda | toplantıdan | toplantıyla
    taraf | tarafın | tarafa | tarafı | tarafta | taraftan | tarafla
    işletme | işletmenin | işletmeye | işletmeyi | işletmede | işletmeden | işletmeyle
    devlet | devletin | devlete | devleti | devlette | devletten | devletle
    renk | rengin | renge | rengi | renkte | renkten | renkle
    dört | dördün | dörde | dördü | dörtte | dörtten | dörtle
    güç | gücün | güce | gücü | güçte | güçten | güçle
    ok | okun | oka | oku | okta | oktan | okla
    top | topun | topa | topu | topta | toptan | topla
    yatırım | yatırımın | yatırıma | yatırımı | yatırımda | yatırımdan | yatırımla
    mutabakat zaptı | mutabakat zaptının | mutabakat zaptına | mutabakat zaptını | mutabakat zaptında | mutabakat zaptından | mutabakat zaptıyla
    Rusya Federasyonu | Rusya Federasyonu'nun | Rusya Federasyonu'na | Rusya Federasyonu'nu | Rusya Federasyonu'nda | Rusya Federasyonu'ndan | Rusya Federasyonu'yla
    Türkiye Cumhuriyeti | Türkiye Cumhuriyeti'nin | Türkiye Cumhuriyeti'ne | Türkiye Cumhuriyeti'ni | Türkiye Cumhuriyeti'nde | Türkiye Cumhuriyeti'nden | Türkiye Cumhuriyeti'yle
    Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığının | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığına | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığını | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığında | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığından | Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığıyla
    Türk ortaklık | Türk ortaklığın | Türk ortaklığa | Türk ortaklığı | Türk ortaklıkta | Türk ortaklıktan | Türk ortaklıkla
    Türk Dil Kurumu | Türk Dil Kurumunun | Türk Dil Kurumuna | Türk Dil Kurumunu | Türk Dil Kurumunda | Türk Dil Kurumundan | Türk Dil Kurumuyla
    """

    static let cases: [TurkishCase] = [.genitive, .dative, .accusative, .locative, .ablative, .instrumental]

    func testEveryFormInTheTable() {
        var checked = 0
        for line in Self.table.split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(cells.count, 7, "malformed row: \(line)")
            for (grammaticalCase, expected) in zip(Self.cases, cells.dropFirst()) {
                let result = Turkish.inflect(cells[0], case: grammaticalCase)
                XCTAssertEqual(result.text, expected, "\(cells[0]) + \(grammaticalCase)")
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 300)
    }

    /// A compound name takes the pronominal n only when its last word is a Turkish possessive,
    /// which obeys four-way vowel harmony (TDK, "Ünlü uyumları"; iyelik eki): Fildişi Sahili'nde,
    /// Marshall Adaları'na, Kuveyt Şehri'nde. Foreign names that merely end in ı/i/u/ü do not
    /// (TDK writes Abu Dabi'de): a final vowel out of harmony, or a listed name (Yeni Delhi).
    func testPossessiveCompoundNamesAndForeignNamesThatOnlyLookLikeThem() {
        let possessive = [("Fildişi Sahili", "Fildişi Sahili'nde"), ("Marshall Adaları", "Marshall Adaları'nda"),
                          ("Kuveyt Şehri", "Kuveyt Şehri'nde"), ("Ankara Kalesi", "Ankara Kalesi'nde")]
        for (name, locative) in possessive {
            let result = Turkish.inflect(name, case: .locative)
            XCTAssertEqual(result.text, locative)
            XCTAssertFalse(result.notes.isEmpty, "a guess says so: \(name)")
        }
        let foreign = [("Abu Dabi", "Abu Dabi'de", "Abu Dabi'ye"), ("Kota Kinabalu", "Kota Kinabalu'da", "Kota Kinabalu'ya"),
                       ("Yeni Delhi", "Yeni Delhi'de", "Yeni Delhi'ye")]
        for (name, locative, dative) in foreign {
            XCTAssertEqual(Turkish.inflect(name, case: .locative).text, locative)
            XCTAssertEqual(Turkish.inflect(name, case: .dative).text, dative)
            XCTAssertEqual(Turkish.inflect(name, case: .locative).notes, [], name)
        }
    }

    /// TDK: "-ki" after the locative and the genitive (Rusya'daki, KOSGEB'inki).
    func testRelativeKi() {
        XCTAssertEqual(Turkish.inflect("Rusya", case: .locative, relative: true).text, "Rusya'daki")
        XCTAssertEqual(Turkish.inflect("Türkiye", case: .locative, relative: true).text, "Türkiye'deki")
        XCTAssertEqual(Turkish.inflect("İstanbul", case: .locative, relative: true).text, "İstanbul'daki")
        XCTAssertEqual(Turkish.inflect("2021", case: .locative, relative: true).text, "2021'deki")
        XCTAssertEqual(Turkish.inflect("KOSGEB", case: .genitive, relative: true).text, "KOSGEB'inki")
        XCTAssertEqual(Turkish.inflect("RSMB", case: .genitive, relative: true).text, "RSMB'ninki")
        let ignored = Turkish.inflect("Rusya", case: .dative, relative: true)
        XCTAssertEqual(ignored.text, "Rusya'ya")
        XCTAssertFalse(ignored.notes.isEmpty)
    }

    func testReadingGivenOrGuessed() {
        XCTAssertEqual(Turkish.inflect("KOSGEB", case: .genitive, reading: .letters).text, "KOSGEB'nin")
        XCTAssertEqual(Turkish.inflect("RSMB", case: .genitive, reading: .letters).notes, [])
        let guessed = Turkish.inflect("RSMB", case: .genitive)
        XCTAssertEqual(guessed.text, "RSMB'nin")
        XCTAssertTrue(guessed.notes.first?.contains("re-se-me-be") == true, "\(guessed.notes)")
        XCTAssertTrue(Turkish.inflect("KOSGEB", case: .dative).notes.first?.contains("word") == true)
        XCTAssertEqual(Turkish.guessReading("NATO"), .word)
        XCTAssertEqual(Turkish.guessReading("TBMM"), .letters)
        XCTAssertEqual(Turkish.guessReading("ABD"), .letters)
        XCTAssertEqual(Turkish.guessReading("UNCTAD"), .word)
        XCTAssertEqual(Turkish.guessReading("AKP"), .letters)
        XCTAssertEqual(Turkish.guessReading("TOBB"), .word)
        XCTAssertEqual(Turkish.letterNames("ABD"), "a-be-de")
    }

    /// Letters by their names (TDK alphabet: be, ce) and numbers at the end of a token.
    func testLettersAndTrailingNumbers() {
        XCTAssertEqual(Turkish.inflect("B", case: .dative).text, "B'ye")
        XCTAssertEqual(Turkish.inflect("COVID-19", case: .dative).text, "COVID-19'a")
        XCTAssertEqual(Turkish.inflect("%50", case: .dative).text, "%50'ye")
        XCTAssertEqual(Turkish.inflect("1 Ekim 2021", case: .locative, relative: true).text, "1 Ekim 2021'deki")
        XCTAssertEqual(Turkish.inflect("92 ülke", case: .genitive).text, "92 ülkenin")
    }

    func testUnknownInputNeverCrashes() {
        XCTAssertEqual(Turkish.inflect("", case: .dative).text, "")
        XCTAssertEqual(Turkish.inflect("Москва", case: .dative).text, "Москва'ya")
        let noVowel = Turkish.inflect("Brn", case: .dative)
        XCTAssertEqual(noVowel.text, "Brn'e")
        XCTAssertFalse(noVowel.notes.isEmpty)
    }
}
