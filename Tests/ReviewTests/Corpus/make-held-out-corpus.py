#!/usr/bin/env python3
"""Writes the DOCX/ODT drafts of the held-out corpus (run from Tests/ReviewTests: python3 Corpus/make-held-out-corpus.py).
Written before the clause patterns were read or tuned, to measure how `mou validate` does on wording it has never seen."""
import zipfile
from xml.sax.saxutils import escape as e

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def docx(path, body):
    z = zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/styles.xml', f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>')
    z.writestr('word/document.xml', f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>')
    z.close()

def p(text, style=None, num=False):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else '') + '</w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{e(text)}</w:t></w:r></w:p>'

def cell(*paras): return '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>' + ''.join(paras) + '</w:tc>'
def row(a, b): return '<w:tr>' + cell(*a) + cell(*b) + '</w:tr>'
def table(rows): return '<w:tbl><w:tblPr><w:tblBorders/></w:tblPr>' + ''.join(row(a, b) for a, b in rows) + '</w:tbl>'

# English, roman-numbered sections in Heading 2, bullet list with a lead-in, Islamic Development Bank.
body = p('MEMORANDUM OF UNDERSTANDING', 'Title')
body += p('between the Islamic Development Bank and the Small and Medium Enterprises Development Organization of the Republic of Türkiye', 'Title')
body += p('The Islamic Development Bank ("IsDB"), a multilateral development financial institution established under the Articles of Agreement signed in Jeddah, and KOSGEB, a public institution of the Republic of Türkiye (each a "Party" and collectively the "Parties"),')
body += p('Whereas both Parties attach great importance to the development of SMEs in IsDB member countries;')
body += p('Now, therefore, the Parties agree as follows:')
body += p('I. Aim', 'Heading2')
body += p('This MoU is intended to provide a platform for the Parties to pursue joint initiatives supporting entrepreneurship in IsDB member countries.')
body += p('II. Scope of Cooperation', 'Heading2')
body += p('Cooperation between the Parties may include, among others:')
body += p('sharing knowledge, studies and lessons learnt on SME development;', 'ListBullet', num=True)
body += p('capacity-building programmes for SME support institutions of member countries;', 'ListBullet', num=True)
body += p('short-term assignment of KOSGEB specialists to projects financed by IsDB;', 'ListBullet', num=True)
body += p('matchmaking events and trade delegations bringing together enterprises from member countries.', 'ListBullet', num=True)
body += p('III. Confidentiality', 'Heading2')
body += p('Any document marked "confidential" by a Party shall be protected by the receiving Party and used solely for the purposes of this MoU.')
body += p('IV. Costs', 'Heading2')
body += p('Unless otherwise agreed, each Party shall meet its own expenses for activities under this MoU.')
body += p('V. Nature of the MoU', 'Heading2')
body += p('This MoU is an expression of intent only and does not give rise to any legal obligations. Nothing in this MoU shall be construed as a waiver of the privileges and immunities of IsDB.')
body += p('VI. Resolution of Differences', 'Heading2')
body += p('The Parties shall resolve any differences arising under this MoU through direct consultations.')
body += p('VII. Modification', 'Heading2')
body += p('This MoU may be revised by a written instrument signed by both Parties.')
body += p('VIII. Effectiveness and Termination', 'Heading2')
body += p('This MoU shall take effect on the date of the later signature below and shall continue for four (4) years. Either Party may terminate it by ninety (90) days\' written notice to the other Party.')
body += p('IN WITNESS WHEREOF, the Parties, acting through their duly authorised representatives, have signed this MoU in two originals in the English language.')
body += table([([p('For the Islamic Development Bank'), p('President')], [p('For KOSGEB'), p('President')])])
docx('Corpus/held-out/en-roman.docx', body)

# Russian, roman section numbers, merged final provisions, Uzbekistan.
body = p('МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ', 'Title')
body += p('между КОСГЕБ (Турецкая Республика) и Торгово-промышленной палатой Республики Узбекистан', 'Title')
body += p('КОСГЕБ и Торгово-промышленная палата Республики Узбекистан (далее — Стороны), стремясь содействовать расширению деловых связей, договорились о нижеследующем:')
body += p('I. ОБЩИЕ ПОЛОЖЕНИЯ', 'Heading1')
body += p('Настоящий Меморандум определяет основные направления взаимодействия Сторон в целях развития малого и среднего предпринимательства двух стран.')
body += p('II. НАПРАВЛЕНИЯ ВЗАИМОДЕЙСТВИЯ', 'Heading1')
body += p('Стороны взаимно предоставляют сведения о деятельности предприятий, заинтересованных в сотрудничестве.')
body += p('Стороны содействуют созданию совместных предприятий и развитию производственной кооперации.')
body += p('Стороны проводят обучающие семинары и мастер-классы для представителей бизнеса.')
body += p('Стороны осуществляют взаимные командирования специалистов.')
body += p('Стороны организуют визиты деловых делегаций и совместные бизнес-форумы.')
body += p('III. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ', 'Heading1')
body += p('Каждая Сторона финансирует свое участие в мероприятиях самостоятельно.')
body += p('Настоящий Меморандум носит рамочный характер и не влечет правовых обязательств для Сторон.')
body += p('По взаимному письменному согласию Сторон в настоящий Меморандум могут вноситься изменения и дополнения, которые оформляются отдельными протоколами.')
body += p('Настоящий Меморандум вступает в силу с момента подписания, заключается на неопределенный срок и прекращает действие через три месяца после получения одной из Сторон письменного уведомления другой Стороны о намерении прекратить его действие.')
body += p('Совершено в г. Ташкенте 5 сентября 2024 г. в двух экземплярах на русском языке, имеющих одинаковую юридическую силу.')
body += table([([p('От КОСГЕБ'), p('Председатель')], [p('От Торгово-промышленной палаты Республики Узбекистан'), p('Председатель')])])
docx('Corpus/held-out/ru-roman.docx', body)

# Turkish agency style, bullets, Özbekistan; costs/amendments/termination split across articles.
body = p('MUTABAKAT ZAPTI', 'Title')
body += p('KOSGEB ile Özbekistan Cumhuriyeti Girişimcilik Geliştirme Ajansı (bundan böyle "Taraflar" olarak anılacaktır), iki ülke arasındaki ticari ilişkileri geliştirmek arzusuyla aşağıdaki şekilde mutabık kalmıştır.')
body += p('Madde 1 – Hedef', 'Heading1')
body += p('Bu Mutabakat Zaptı ile, iki ülke KOBİ\'lerinin uluslararasılaşmasının desteklenmesi hedeflenmektedir.')
body += p('Madde 2 – Faaliyetler', 'Heading1')
body += p('Taraflar, bu Mutabakat Zaptı çerçevesinde aşağıdaki faaliyetleri yürütür:')
body += p('destek programlarına ilişkin bilgi ve belgelerin karşılıklı olarak iletilmesi,', 'ListBullet', num=True)
body += p('girişimcilere yönelik seminer ve çalıştaylar,', 'ListBullet', num=True)
body += p('uzman personelin kısa süreli karşılıklı ziyaretleri,', 'ListBullet', num=True)
body += p('iş forumları ve ikili iş görüşmeleri (B2B) organizasyonu.', 'ListBullet', num=True)
body += p('Madde 3 – Masraflar', 'Heading1')
body += p('Bu Mutabakat Zaptının uygulanmasından doğan masraflar, her bir Tarafça kendi bütçesinden karşılanır.')
body += p('Madde 4 – Değişiklik', 'Heading1')
body += p('Mutabakat Zaptında yapılacak değişiklikler, Tarafların karşılıklı yazılı mutabakatı ile yapılır.')
body += p('Madde 5 – Uyuşmazlıklar', 'Heading1')
body += p('Taraflar arasında çıkabilecek görüş ayrılıkları karşılıklı istişareler yoluyla giderilir.')
body += p('Madde 6 – Yürürlük', 'Heading1')
body += p('Bu Mutabakat Zaptı, Taraflarca imzalandığı tarihte yürürlüğe girer.')
body += p('Madde 7 – Sona Erme', 'Heading1')
body += p('Bu Mutabakat Zaptı iki (2) yıl süreyle geçerlidir. Taraflardan biri, diğer Tarafa altı (6) ay önceden yazılı bildirimde bulunarak Mutabakat Zaptını sona erdirebilir.')
body += p('Taşkent\'te 5 Eylül 2024 tarihinde Türkçe ve Özbekçe olarak ikişer nüsha halinde imzalanmıştır; her iki metin de aynı derecede geçerlidir.')
body += table([([p('KOSGEB Adına'), p('Başkan')], [p('Girişimcilik Geliştirme Ajansı Adına'), p('Direktör')])])
docx('Corpus/held-out/tr-ajans.docx', body)

# Turkish | Russian side by side, article titles in the cells, Russia's SME Corporation.
rows = [
  ([p('MUTABAKAT ZAPTI', 'Title')], [p('МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ', 'Title')]),
  ([p('Türkiye Cumhuriyeti KOSGEB ile Rusya Federasyonu AO "MSP Korporasyonu" (bundan böyle "Taraflar" olarak anılacaktır), aşağıdaki hususlarda mutabakata varmışlardır:')],
   [p('КОСГЕБ Турецкой Республики и АО «Корпорация МСП» Российской Федерации, далее именуемые «Стороны», договорились о нижеследующем:')]),
  ([p('Madde 1. Amaç', 'Heading1')], [p('Статья 1. Цель', 'Heading1')]),
  ([p('Taraflar, iki ülkenin küçük ve orta ölçekli işletmeleri arasındaki ekonomik ilişkilerin geliştirilmesini amaçlar.')],
   [p('Стороны ставят своей целью развитие экономических связей между малыми и средними предприятиями двух стран.')]),
  ([p('Madde 2. İş Birliği Biçimleri', 'Heading1')], [p('Статья 2. Формы сотрудничества', 'Heading1')]),
  ([p('Taraflar:'), p('a) KOBİ destek tedbirleri hakkında karşılıklı bilgilendirme yapar;'), p('b) işletmeler arasında üretim iş birliği ve teknoloji ortaklıklarını teşvik eder;'), p('c) karşılıklı heyet ziyaretleri ve iş misyonları düzenler.')],
   [p('Стороны:'), p('а) осуществляют взаимное информирование о мерах поддержки МСП;'), p('б) содействуют производственной кооперации и технологическому партнерству предприятий;'), p('в) организуют взаимные визиты делегаций и бизнес-миссии.')]),
  ([p('Madde 3. Uzmanlar', 'Heading1')], [p('Статья 3. Эксперты', 'Heading1')]),
  ([p('Taraflar, tecrübe aktarımı amacıyla birbirlerine uzman gönderir ve bu uzmanlar için eğitim programları düzenler.')],
   [p('Стороны направляют друг другу экспертов для передачи опыта и организуют для них программы обучения.')]),
  ([p('Madde 4. Hukuki Durum', 'Heading1')], [p('Статья 4. Правовой статус', 'Heading1')]),
  ([p('Bu Mutabakat Zaptı bir uluslararası antlaşma niteliğinde değildir ve Taraflar için hukuki yükümlülük doğurmaz.')],
   [p('Настоящий Меморандум не является международным договором и не порождает юридических обязательств для Сторон.')]),
  ([p('Madde 5. Son Hükümler', 'Heading1')], [p('Статья 5. Заключительные положения', 'Heading1')]),
  ([p('Bu Mutabakat Zaptı imzası tarihinde yürürlüğe girer ve üç (3) yıl süreyle yürürlükte kalır. Türkçe ve Rusça dillerinde, her iki metin eşit derecede geçerli olmak üzere düzenlenmiştir.')],
   [p('Настоящий Меморандум вступает в силу с даты подписания и действует в течение трех (3) лет. Составлен на турецком и русском языках, причем оба текста являются равно аутентичными.')]),
  ([p('KOSGEB Adına'), p('AO "MSP Korporasyonu" Adına')], [p('За КОСГЕБ'), p('За АО «Корпорация МСП»')]),
]
docx('Corpus/held-out/tr-ru-columns.docx', p('KOSGEB – MSP Korporasyonu / КОСГЕБ – Корпорация МСП', 'Title') + table(rows))

# Turkish then English as sequential versions in ODT, Kazakhstan's Damu.
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
def tl(*items): return '<text:list>' + ''.join(f'<text:list-item>{tp(i)}</text:list-item>' for i in items) + '</text:list>'

text = (tp('KOSGEB İLE "DAMU" GİRİŞİMCİLİĞİ GELİŞTİRME FONU ARASINDA MUTABAKAT ZAPTI')
  + tp('KOSGEB ve Kazakistan Cumhuriyeti "Damu" Girişimciliği Geliştirme Fonu, bundan sonra "Taraflar" olarak anılacaklardır, aşağıdaki hususlarda anlaşmışlardır:')
  + h('Madde 1 – Amaç ve Kapsam')
  + tp('Bu Mutabakat Zaptı, Türk ve Kazak girişimcileri arasındaki iş birliğini güçlendirmeyi amaçlamaktadır. Taraflar bu amaçla:')
  + tl('finansman araçlarına ilişkin bilgi ve deneyimlerini paylaşır,', 'girişimcilik eğitimi alanında ortak programlar geliştirir,', 'iki ülkede düzenlenen fuarlara firma katılımını teşvik eder.')
  + h('Madde 2 – Diğer Hükümler')
  + tp('Bu Mutabakat Zaptı hukuki bağlayıcılığı olmayan bir niyet beyanıdır. Her Taraf kendi giderlerini üstlenir. Bu Mutabakat Zaptı imza tarihinde yürürlüğe girer ve Taraflardan biri yazılı olarak feshedene kadar yürürlükte kalır.')
  + tp('Türkçe ve İngilizce olarak hazırlanmış olup her iki metin de aynı derecede geçerlidir. Yorum farkı olması halinde İngilizce metin esas alınır.')
  + tp('KOSGEB Adına')
  + tp('"Damu" Fonu Adına')
  + tp('MEMORANDUM OF UNDERSTANDING BETWEEN KOSGEB AND THE "DAMU" ENTREPRENEURSHIP DEVELOPMENT FUND')
  + tp('KOSGEB and the "Damu" Entrepreneurship Development Fund of the Republic of Kazakhstan, hereinafter referred to as "the Parties", have agreed as follows:')
  + h('Article 1 – Purpose and Scope')
  + tp('This Memorandum aims to strengthen cooperation between Turkish and Kazakh entrepreneurs. To that end, the Parties:')
  + tl('share information and experience on financing instruments,', 'develop joint programmes in entrepreneurship education,', 'encourage the participation of companies in fairs held in the two countries.')
  + h('Article 2 – Other Provisions')
  + tp('This Memorandum is a declaration of intent without legally binding force. Each Party shall bear its own expenses. This Memorandum enters into force on the date of signature and remains in force until terminated in writing by either Party.')
  + tp('Done in the Turkish and English languages, both texts being equally authentic. In case of any difference in interpretation, the English text shall prevail.')
  + tp('For KOSGEB')
  + tp('For the "Damu" Fund'))
odt('Corpus/held-out/tr-en-sequential.odt', text)
