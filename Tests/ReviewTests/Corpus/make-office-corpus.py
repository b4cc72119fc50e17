#!/usr/bin/env python3
"""Writes the hand-made DOCX/ODT drafts of the review corpus (run from Tests/ReviewTests: python3 Corpus/make-office-corpus.py).
XML written by hand, not by MoUKit's writers, so the reader meets someone else's markup."""
import zipfile
from xml.sax.saxutils import escape as e

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def docx(path, body, styles=True):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    if styles:
        z.writestr('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
            '<w:style w:type="paragraph" w:styleId="Baslik1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="MaddeBasligi"><w:name w:val="Madde Başlığı"/><w:basedOn w:val="Baslik1"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="KapakBasligi"><w:name w:val="Title"/></w:style></w:styles>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>')
    z.close()

def p(text, style=None, num=False):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else '') + '</w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{e(text)}</w:t></w:r></w:p>'

def ins(text): return f'<w:ins w:id="1" w:author="Partner"><w:r><w:t xml:space="preserve">{e(text)}</w:t></w:r></w:ins>'
def dele(text): return f'<w:del w:id="2" w:author="Partner"><w:r><w:delText xml:space="preserve">{e(text)}</w:delText></w:r></w:del>'
def cell(*paras): return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>' + ''.join(paras) + '</w:tc>'
def row(a, b): return '<w:tr>' + cell(*a) + cell(*b) + '</w:tr>'

# tr | ru side by side in a borderless table, with tracked changes and a comment.
rows = [
    ([p('MUTABAKAT ZAPTI')], [p('МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ')]),
    ([p('KOSGEB ve Kırgız Cumhuriyeti Ekonomi Bakanlığı (bundan böyle "Taraflar" olarak anılacaktır) aşağıdaki hususlarda mutabık kalmışlardır:')],
     [p('КОСГЕБ и Министерство экономики Кыргызской Республики, именуемые в дальнейшем «Стороны», договорились о нижеследующем:')]),
    ([p('Madde 1')], [p('Статья 1')]),
    ([p('Taraflar, KOBİ destek mekanizmaları hakkında bilgi paylaşımında bulunacaktır.')],
     [p('Стороны будут осуществлять обмен информацией о механизмах поддержки МСП.')]),
    ([p('Madde 2')], [p('Статья 2')]),
    (['<w:p><w:r><w:t xml:space="preserve">Taraflar, KOBİ danışmanlarına yönelik eğitim programları düzenler</w:t></w:r>' + ins(' ve karşılıklı uzman ziyaretleri gerçekleştirir') + '<w:r><w:t>.</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>'],
     [p('Стороны организуют программы обучения для консультантов МСП и взаимные визиты экспертов.')]),
    ([p('Madde 3')], [p('Статья 3')]),
    (['<w:p>' + dele('Taraflar her yıl en az bir ticaret heyeti düzenler.') + '</w:p>', '<w:p>' + ins('Taraflar, iki ülke fuarlarına firma katılımını destekler.') + '</w:p>'],
     [p('Стороны поддерживают участие компаний в выставках и ярмарках двух стран.')]),
    ([p('Madde 4')], [p('Статья 4')]),
    ([p('Bu Mutabakat Zaptı imza tarihinde yürürlüğe girer ve beş (5) yıl süreyle yürürlükte kalır.')],
     [p('Настоящий Меморандум вступает в силу с даты подписания и действует в течение пяти (5) лет.')]),
    ([p('KOSGEB adına')], [p('За КОСГЕБ')]),
]
body = p('KOSGEB – Kırgızistan Ekonomi Bakanlığı / КОСГЕБ – Минэкономики Кыргызстана', 'KapakBasligi')
body += '<w:tbl><w:tblPr><w:tblBorders/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>' + ''.join(row(a, b) for a, b in rows) + '</w:tbl>'
docx('Corpus/tr-ru-table.docx', body)

# English, article headings from a custom style based on heading 1, numbered list items.
body = p('Memorandum of Understanding between KOSGEB and Enterprise Estonia', 'KapakBasligi')
body += p('KOSGEB and Enterprise Estonia, hereinafter referred to as "the Parties", have agreed as follows:')
body += p('Article 1 – Areas of cooperation', 'MaddeBasligi')
body += p('The Parties will cooperate in the following areas:')
body += p('mutual provision of information on SME policies and programmes;', num=True)
body += p('technical and commercial cooperation between enterprises;', num=True)
body += p('study visits of staff and experts of the Parties;', num=True)
body += '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>' + dele('trade missions to each other\'s country.') + '</w:p>'
body += p('Article 2 – Confidentiality', 'Baslik1')
body += p('Each Party shall keep confidential any information so designated by the other Party.')
body += p('Article 3 – Final provisions', 'Baslik1')
body += p('This Memorandum may be amended by mutual written agreement of the Parties. It shall come into force on the date of the last signature and shall be valid for four (4) years. [Date]')
body += p('For KOSGEB')
docx('Corpus/en-styles.docx', body)

ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')

def odt(path, text):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
    z.writestr('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    z.writestr('content.xml', f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF} office:version="1.2"><office:body><office:text>{text}</office:text></office:body></office:document-content>')
    z.close()

def h(t, level=1): return f'<text:h text:outline-level="{level}">{e(t)}</text:h>'
def tp(t): return f'<text:p>{e(t)}</text:p>'

# Russian ODT: headings, a list, a tracked deletion (training removed) and insertion (expert exchange), an annotation.
text = ('<text:tracked-changes>'
        '<text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Partner</dc:creator></office:change-info>'
        '<text:p>Стороны проводят совместные семинары и тренинги для предпринимателей.</text:p></text:deletion></text:changed-region>'
        '<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Partner</dc:creator></office:change-info></text:insertion></text:changed-region>'
        '</text:tracked-changes>'
        '<text:p text:style-name="Title">МЕМОРАНДУМ О СОТРУДНИЧЕСТВЕ</text:p>'
        + tp('КОСГЕБ и Белорусский фонд финансовой поддержки предпринимателей, далее совместно именуемые «Стороны», договорились о следующем:')
        + h('Статья 1. Формы сотрудничества')
        + '<text:list><text:list-item>' + tp('обмен информацией и публикациями;') + '</text:list-item>'
        + '<text:list-item><text:p><text:change text:change-id="ct1"/></text:p></text:list-item>'
        + '<text:list-item><text:p><text:change-start text:change-id="ct2"/>обмен специалистами для изучения опыта;<text:change-end text:change-id="ct2"/></text:p></text:list-item>'
        + '<text:list-item>' + tp('организация деловых миссий и бизнес-форумов.') + '</text:list-item></text:list>'
        + h('Статья 2. Расходы')
        + '<text:p>Каждая Сторона несет<office:annotation><dc:creator>Reviewer</dc:creator><text:p>проверить формулировку обучения</text:p></office:annotation> собственные расходы.</text:p>'
        + h('Статья 3. Заключительные положения')
        + tp('Настоящий Меморандум вступает в силу с даты подписания и действует в течение трех (3) лет.')
        + tp('Совершено в двух подлинных экземплярах на русском языке.')
        + '<table:table><table:table-row><table:table-cell>' + tp('За КОСГЕБ') + '</table:table-cell><table:table-cell>' + tp('За Фонд') + '</table:table-cell></table:table-row></table:table>')
odt('Corpus/ru-changes.odt', text)

# A full 13-article bilingual MoU laid out side by side the way office writers do it: a
# borderless two-column table, heading styles in the cells, signatures in a nested table.
ARTICLES = [
 ("Madde 1 – Amaç", "Bu Mutabakat Zaptının amacı, Taraflar arasında KOBİ'lerin desteklenmesi alanında işbirliğinin çerçevesini belirlemektir.",
  "Статья 1. Цель", "Целью настоящего Меморандума является определение рамок сотрудничества Сторон в области поддержки МСП."),
 ("Madde 2 – Bilgi paylaşımı", "Taraflar, KOBİ destek programları ve mevzuat hakkında bilgi ve yayın paylaşımında bulunur.",
  "Статья 2. Обмен информацией", "Стороны осуществляют обмен информацией и публикациями о программах поддержки МСП и законодательстве."),
 ("Madde 3 – Teknik ve ticari işbirliği", "Taraflar, iki ülke KOBİ'leri arasında teknik ve ticari işbirliğini teşvik eder.",
  "Статья 3. Техническое и коммерческое сотрудничество", "Стороны содействуют развитию технического и коммерческого сотрудничества между МСП двух стран."),
 ("Madde 4 – Eğitim", "Taraflar, KOBİ danışmanları için ortak eğitim programları ve seminerler düzenler.",
  "Статья 4. Обучение", "Стороны организуют совместные обучающие программы и семинары для консультантов МСП."),
 ("Madde 5 – Uzman değişimi", "Taraflar, deneyim aktarımı amacıyla uzman değişimi yapar.",
  "Статья 5. Обмен экспертами", "Стороны осуществляют обмен экспертами в целях передачи опыта."),
 ("Madde 6 – Ticari heyetler", "Taraflar, yılda en az bir (1) kez ticaret heyeti ve iş forumu düzenlenmesini destekler.",
  "Статья 6. Деловые миссии", "Стороны поддерживают организацию торговых миссий и бизнес-форумов не реже одного (1) раза в год."),
 ("Madde 7 – Masraflar", "Her Taraf, bu Mutabakat Zaptı kapsamındaki faaliyetlerden doğan kendi masraflarını karşılar.",
  "Статья 7. Расходы", "Каждая Сторона несет собственные расходы, связанные с деятельностью по настоящему Меморандуму."),
 ("Madde 8 – Gizlilik", "Taraflar, gizli olarak belirtilen bilgileri diğer Tarafın yazılı izni olmaksızın üçüncü kişilere açıklamaz.",
  "Статья 8. Конфиденциальность", "Стороны не разглашают третьим лицам информацию, обозначенную как конфиденциальная, без письменного согласия другой Стороны."),
 ("Madde 9 – Hukuki nitelik", "Bu Mutabakat Zaptı hukuken bağlayıcı değildir ve uluslararası hukuk kapsamında yükümlülük doğurmaz.",
  "Статья 9. Правовой статус", "Настоящий Меморандум не создает юридических обязательств для Сторон и не является международным договором."),
 ("Madde 10 – Değişiklikler", "Bu Mutabakat Zaptı, Tarafların yazılı mutabakatıyla değiştirilebilir.",
  "Статья 10. Изменения", "Изменения в настоящий Меморандум вносятся по письменному согласию Сторон."),
 ("Madde 11 – Anlaşmazlıkların çözümü", "Bu Mutabakat Zaptının uygulanmasından doğan anlaşmazlıklar istişare yoluyla çözülür.",
  "Статья 11. Разрешение споров", "Споры, возникающие при выполнении настоящего Меморандума, разрешаются путем консультаций."),
 ("Madde 12 – Yürürlük, süre ve fesih", "Bu Mutabakat Zaptı 1 Ekim 2021 tarihinde yürürlüğe girer, beş (5) yıl süreyle yürürlükte kalır ve Taraflardan biri üç (3) ay önceden yazılı bildirimle feshedebilir.",
  "Статья 12. Вступление в силу, срок действия и прекращение", "Настоящий Меморандум вступает в силу 1 октября 2021 г., действует в течение пяти (5) лет и может быть прекращен любой из Сторон с письменным уведомлением за три (3) месяца."),
 ("Madde 13 – Diller", "Bu Mutabakat Zaptı Türkçe ve Rusça dillerinde ikişer nüsha olarak imzalanmış olup her iki metin eşit derecede geçerlidir.",
  "Статья 13. Языки", "Настоящий Меморандум подписан в двух экземплярах на турецком и русском языках, причем оба текста имеют одинаковую силу."),
]

def bilingual_body(articles):
    rows = [([p('MUTABAKAT ZAPTI', 'KapakBasligi')], [p('МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ', 'KapakBasligi')]),
            ([p('KOSGEB ile AO "MSP Korporasyonu" (bundan böyle "Taraflar" olarak anılacaktır) aşağıdaki hususlarda mutabık kalmışlardır:')],
             [p('КОСГЕБ и АО «Корпорация МСП», именуемые в дальнейшем «Стороны», договорились о нижеследующем:')])]
    for trh, trp, ruh, rup in articles:
        rows.append(([p(trh, 'Baslik1')], [p(ruh, 'Baslik1')]))
        rows.append(([p(trp)], [p(rup)]))
    sig_tr = '<w:tbl><w:tr>' + cell(p('KOSGEB adına'), p(''), p('Hasan Basri Kurt'), p('Başkan')) + cell(p('AO "MSP Korporasyonu" adına'), p(''), p('Aleksandr Isayeviç'), p('Genel Müdür')) + '</w:tr></w:tbl><w:p/>'
    sig_ru = '<w:tbl><w:tr>' + cell(p('За КОСГЕБ'), p(''), p('Хасан Басри Курт'), p('Президент')) + cell(p('За АО «Корпорация МСП»'), p(''), p('Александр Исаевич'), p('Генеральный директор')) + '</w:tr></w:tbl><w:p/>'
    rows.append(([sig_tr], [sig_ru]))
    return '<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>' + ''.join(row(a, b) for a, b in rows) + '</w:tbl>'

docx('Corpus/tr-ru-13-articles.docx', bilingual_body(ARTICLES))
