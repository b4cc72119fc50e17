/// The commented starter file `mou init` writes: every field explained, realistic filler the
/// user replaces, and it loads without errors as it stands.
public enum AgreementStarter {
    /// The starter text; `extraSections` (YAML top-level blocks with their own comments, such as
    /// `announcement:`) are appended, each after a blank line.
    public static func text(extraSections: [String] = []) -> String {
        var text = agreement
        for section in extraSections {
            text += "\n" + (section.hasSuffix("\n") ? section : section + "\n")
        }
        return text
    }

    static let agreement = """
    # A Memorandum of Understanding for `mou`. Replace the filler values with your own.
    # Keys are fixed (see `mou schema` for the JSON Schema editors can check this file with);
    # texts that differ per language are written {tr: …, ru: …, en: …}.
    # Check it: mou draft THIS-FILE --lang tr,ru -o draft.docx   (errors name line:column)

    # The language versions of the MoU, in the order they appear: tr, ru, en.
    languages: [tr, ru, en]
    # The version that prevails in case of divergence; leave the line out if none prevails.
    prevailing: en

    # The parties, at least two; your own agency first.
    parties:
      - # A short key for this party, used below under signing.places.
        id: kosgeb
        # The full legal name in every language.
        name:
          tr: Küçük ve Orta Ölçekli İşletmeleri Geliştirme ve Destekleme İdaresi Başkanlığı
          ru: Управление по развитию и поддержке малых и средних предприятий Турецкой Республики
          en: Small and Medium Enterprises Development Organization of the Republic of Türkiye
        # The short name the text uses after the first mention.
        short: {tr: KOSGEB, ru: KOSGEB, en: KOSGEB}
        # How Turkish reads the short name, which decides its suffixes:
        # word (KOSGEB'in, KOSGEB'e) or letters (RSMB'nin, RSMB'ye). Guessed when left out.
        reading: word
        country:
          # ISO 3166-1 alpha-2 code.
          code: TR
          name: {tr: Türkiye, ru: Турецкая Республика, en: Republic of Türkiye}
        # Who signs for this party. gender (male or female) is required when Russian is
        # among the languages: Russian titles and verbs agree with it (подписал/подписала).
        signatory:
          name: {tr: Ad Soyad, ru: Имя Фамилия, en: First Last}
          title: {tr: Başkan, ru: Председатель, en: President}
          gender: female
        # Optional: who coordinates the implementation on this side.
        contact:
          unit:
            tr: Dış İlişkiler Dairesi Başkanlığı
            ru: Департамент международных отношений
            en: Department of International Relations
          email: international@example.org
          # phone: "+90 312 000 00 00"
          # person: {name: {…}, title: {…}, gender: male}

      - id: damu
        name:
          tr: Damu Girişimciliği Geliştirme Fonu Anonim Şirketi
          ru: Акционерное общество «Фонд развития предпринимательства «Даму»
          en: Damu Entrepreneurship Development Fund Joint Stock Company
        short: {tr: Damu Fonu, ru: АО «ФРП «Даму», en: Damu Fund}
        country:
          code: KZ
          name: {tr: Kazakistan Cumhuriyeti, ru: Республика Казахстан, en: Republic of Kazakhstan}
        signatory:
          name: {tr: Ad Soyad, ru: Имя Фамилия, en: First Last}
          title: {tr: Yönetim Kurulu Başkanı, ru: Председатель правления, en: Chairman of the Management Board}
          gender: male

    # When, where and how the MoU is signed.
    signing:
      # The day, written YYYY-MM-DD.
      date: 2026-10-01
      # in-person or online.
      mode: in-person
      # The city per language; for an online signing, e.g. {tr: Ankara ve Astana, …}.
      place: {tr: Ankara, ru: Анкара, en: Ankara}
      # For an online signing, where each side signed from, by party id:
      # places:
      #   kosgeb: {tr: Ankara, ru: Анкара, en: Ankara}
      #   damu: {tr: Astana, ru: Астана, en: Astana}

    # The areas of cooperation, in the order the MoU lists them. Standard ones by id:
    # information-sharing, technical-commercial-cooperation, training, expert-exchange,
    # trade-trips; a custom one with its own text in every language.
    areas:
      - information-sharing
      - technical-commercial-cooperation
      - training
      - expert-exchange
      - trade-trips
      - custom: joint-fairs
        text:
          tr: ortak fuar ve etkinliklerin düzenlenmesi
          ru: организация совместных выставок и мероприятий
          en: organising joint fairs and events

    # How long the MoU stays in force.
    duration:
      # Years in force after it enters into force (at least 1).
      years: 5
      # Whether it renews itself for the same period unless a party gives notice.
      automaticRenewal: true
      # Months of written notice to terminate it or stop the renewal (0 or more).
      terminationNoticeMonths: 3

    # How many originals of each language version are signed (at least 1).
    originals: 2

    # Who pays: each-own (each party bears its own costs) or case-by-case (agreed in writing).
    costs:
      arrangement: each-own

    """
}
