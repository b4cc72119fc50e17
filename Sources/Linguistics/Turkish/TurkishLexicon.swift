/// The small tables Turkish suffixes need beyond the rules.
public enum TurkishLexicon {
    /// Words with back last vowels that take front suffixes, mostly Arabic and French loans
    /// ending in a palatal l or in -at (TDK Yazım Kılavuzu, "Büyük ünlü uyumu", the exceptions
    /// listed there: saat → saati, hal → hali, rol → rolü, kontrol → kontrolü, alkol → alkolü,
    /// petrol → petrolü, protokol → protokolü). Extra entries can come from
    /// `locales/tr/nouns.yaml` (`front_harmony:`).
    public static let frontHarmonyExceptions: Set<String> = [
        "saat", "hal", "kalp", "hayal", "ihtimal", "istiklal", "istikbal", "kabul", "usul", "meşgul",
        "rol", "kontrol", "alkol", "petrol", "protokol", "sembol", "futbol", "gol", "model", "mesul",
        "dikkat", "harf", "infilak", "ittifak", "iştirak", "emsal", "misal", "meal", "seyyal",
        "festival", "final", "global", "terminal", "moral", "liberal", "total", "sinyal", "potansiyel",
        "vasat", "idrak", "helal", "metal", "lokal", "normal", "formal", "sosyal",
    ]

    /// Polysyllabic words ending in p, ç, k that keep the consonant before a vowel
    /// (hukuk → hukuku, ittifak → ittifakı), against the general softening rule
    /// (TDK, "Ünsüz yumuşaması": kitap → kitabı, ağaç → ağacı, ortaklık → ortaklığı).
    public static let noSoftening: Set<String> = [
        "hukuk", "ittifak", "ahlak", "merak", "iştirak", "tebrik", "infilak", "idrak", "istihdam",
        "kanıt", "devlet", "saat", "millet", "hayat", "ticaret", "sanayi",
        "tank", "park", "bank", "link", "tip", "grup", "kulüp", "sirk", "şok",
    ]

    /// Polysyllabic words ending in t that do soften (kanat → kanadı); most -t words do not
    /// (devlet → devleti, ticaret → ticareti), so t softens only by this list.
    public static let tSoftening: Set<String> = ["kanat", "armut", "bulut", "yoğurt", "umut"]

    /// One-syllable words that soften although most do not (TDK: renk → rengi, uç → ucu,
    /// dört → dördü; but ok → oku, top → topu).
    public static let monosyllabicSoftening: Set<String> = [
        "renk", "uç", "dip", "kap", "taç", "genç", "dört", "kurt", "çok", "yurt", "art",
        "borç", "güç", "denk",
    ]

    /// Heads of institution names: TDK writes their suffixes without an apostrophe
    /// ("Kesme işareti": Türk Dil Kurumuna, Türkiye Büyük Millet Meclisine).
    public static let institutionHeads: Set<String> = [
        "kurumu", "kurumları", "başkanlığı", "bakanlığı", "idaresi", "birliği", "odası", "merkezi",
        "ajansı", "kurulu", "meclisi", "vakfı", "derneği", "şirketi", "bankası", "üniversitesi",
        "fonu", "enstitüsü", "müdürlüğü", "konseyi", "komisyonu", "korporasyonu", "ofisi",
        "teşkilatı", "genel müdürlüğü", "kuruluşu", "örgütü", "sekreterliği",
    ]

    /// Foreign place names whose last word ends like a Turkish possessive and keeps its vowel in
    /// harmony, yet is not one (Yeni Delhi'de, not *Yeni Delhi'nde).
    public static let notPossessive: Set<String> = ["delhi", "mumbai", "nairobi", "helsinki", "tbilisi", "bamako"]

    /// Country-type heads that stay proper names with an apostrophe (Türkiye Cumhuriyeti'nin).
    public static let stateHeads: Set<String> = ["cumhuriyeti", "krallığı", "devletleri", "emirlikleri", "federasyonu"]
}
