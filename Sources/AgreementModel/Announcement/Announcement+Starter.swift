import Linguistics

/// The commented `announcement:` section `mou init --announcement` appends to its starter file:
/// every field explained, with realistic filler the press office replaces.
extension Announcement {
    /// The section's YAML, top-level key included. `agency` and `partner` are the party ids the
    /// rest of the starter uses, so the section loads and checks cleanly as written.
    /// `published` is the day the release goes out (not before the starter's signing date).
    public static func starterYAML(agency: String, partner: String, published: CalendarDate) -> String {
        """

        # ── Press release (`mou press-release FILE --lang tr -o release.tr.docx`) ─────────────
        # Everything the release says that the MoU does not. Parties, signatories, the signing
        # date and the areas of cooperation come from the sections above.
        announcement:
          # The day the release is published.
          published: \(published)
          # How the ceremony was held. Leave it out when it was held as the signing was (signing.mode
          # and signing.place above); online, or in-person with `place: {tr: …, ru: …, en: …}`.
          ceremony:
            mode: in-person
            place: {tr: Ankara, ru: Анкара, en: Ankara}
          # Who took part, side by side, in the order the release names them. Without `person`
          # the participant is their party's signatory; `title` is how the release titles them.
          participants:
            - id: agency-head
              party: \(agency)
              title: {tr: Kurum Başkanı, ru: председатель агентства, en: President of the Agency}
            - id: partner-head
              party: \(partner)
            - id: deputy
              party: \(agency)
              person:
                name: {tr: Ayşe Yılmaz, ru: Айше Йылмаз, en: Ayşe Yılmaz}
                title: {tr: Başkan Yardımcısı, ru: заместитель председателя, en: Vice President}
                # male or female: Russian verbs and titles agree with it.
                gender: female
          # The headline: the speaker's short quote (leave out `speaker` for a plain headline).
          headline:
            speaker: agency-head
            text:
              tr: Bu iş birliği KOBİ'lerimize yeni kapılar açacak
              ru: Это сотрудничество откроет новые возможности для наших МСП
              en: This cooperation will open new doors for our SMEs
          # Each quote appears under its own sub-heading. A quote needs its text in every language
          # you ask a release for; a missing one is an error, never a silent omission.
          quotes:
            - speaker: agency-head
              heading: {tr: Yeni Fırsatlar, ru: Новые возможности, en: New opportunities}
              text:
                tr: Ortağımızla birlikte KOBİ'lerimizin dış ticaretini güçlendireceğiz
                ru: Вместе с партнёром мы поможем нашим МСП расширить внешнюю торговлю
                en: Together with our partner we will help our SMEs grow their foreign trade
            - speaker: partner-head
              heading: {tr: Ortak Çalışmalar, ru: Совместная работа, en: Working together}
              text:
                tr: Ortak programlarımızı en kısa sürede başlatmak istiyoruz
                ru: Мы хотим как можно скорее начать совместные программы
                en: We want to start our joint programmes soon
          # The agency's counts BEFORE this signing. The totals after it are computed: one more MoU,
          # one more institution (or international organisation), one more country if new.
          figures:
            before:
              memoranda: 10
              institutions: 9
              countries: 8
              internationalOrganisations: 1
            # institution or international-organisation
            partnerKind: institution
            # Is the partner's country one the agency had no MoU with yet?
            newCountry: true
          # Figures a speaker cited (optional). value as said (3.5 with scale million); noun as it
          # stands after the number in each language's sentence; scope says where or among whom.
          cited:
            - speaker: agency-head
              value: 3.5
              scale: million
              qualifier: more-than
              noun: {tr: işletme, ru: предприятий, en: enterprises}
              scope: {tr: Türkiye'de faaliyet gösteren, ru: в Турции, en: in Türkiye}

        """
    }
}
