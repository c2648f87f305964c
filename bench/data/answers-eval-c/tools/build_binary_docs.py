#!/usr/bin/env python3
"""Builds the docx and eml documents of knowledge/ (set C). stdlib only."""
import os, zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "..", "knowledge")

CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOCRELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standard"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/><w:next w:val="Standard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Standard"/><w:next w:val="Standard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Tabellenraster"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLE_IDS = {"title": "Titel", "h1": "berschrift1", "h2": "berschrift2"}


def para(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % STYLE_IDS[style] if style else ""
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, escape(text))


def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabellenraster"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    out += ['<w:gridCol w:w="%d"/>' % (9000 // len(rows[0]))] * len(rows[0])
    out.append('</w:tblGrid>')
    for r in rows:
        out.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (9000 // len(r), para(c)) for c in r) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def docx(path, items):
    body = []
    for it in items:
        if isinstance(it, list):
            body.append(table(it))
            body.append(para(""))
        elif isinstance(it, tuple):
            body.append(para(it[1], it[0]))
        else:
            body.append(para(it))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % (W, ''.join(body))
    full = os.path.join(K, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOCRELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/document.xml", doc)


def eml(path, frm, to, subject, date, body, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@rheinfeld.de>" % os.path.basename(path).replace(".eml", "")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    full = os.path.join(K, path)
    with open(full, "wb") as f:
        f.write(bytes(m))


CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

# ---------------------------------------------------------------- Reisen
docx("personal/DA_Dienstreisen_und_Dienstgaenge.docx", [
    ("title", "Dienstanweisung über Dienstreisen und Dienstgänge (DA Reisen)"),
    "Stadt Rheinfeld – Der Bürgermeister – Az. 11.3-04-01 – in Kraft ab 01.03.2025; ersetzt die DA Reisen vom 01.08.2017",
    ("h1", "§ 1 Geltungsbereich"),
    "Diese Dienstanweisung gilt für alle Beamtinnen und Beamten sowie Tarifbeschäftigten der Stadt Rheinfeld einschließlich der Auszubildenden; sie ergänzt das Landesreisekostengesetz NRW (LRKG), das für Tarifbeschäftigte über § 44 TVöD BT-V entsprechend anzuwenden ist, und regelt das Verfahren innerhalb der Stadtverwaltung, wobei bei Widersprüchen die gesetzlichen Regelungen vorgehen.",
    ("h1", "§ 2 Begriffe"),
    "(1) Dienstgänge sind Gänge oder Fahrten zur Erledigung von Dienstgeschäften am Dienstort oder am Wohnort außerhalb der Dienststätte, also insbesondere Ortstermine, Besprechungen bei anderen Stellen im Stadtgebiet Rheinfeld und Fahrten zwischen Rathaus, Technischem Rathaus und Bürgerbüro Nord.",
    "(2) Dienstreisen sind Reisen zur Erledigung von Dienstgeschäften außerhalb des Dienstortes, die von der zuständigen Stelle schriftlich oder elektronisch angeordnet oder genehmigt worden sind.",
    ("h1", "§ 3 Anordnung und Genehmigung"),
    "(1) Dienstreisen bedürfen der vorherigen Genehmigung durch die Fachbereichsleitung; der Antrag ist mit dem Formular R 1 „Dienstreiseantrag“ spätestens fünf Arbeitstage vor Reiseantritt zu stellen, bei Fortbildungen zusammen mit der Anmeldung. Dienstreisen der Fachbereichsleitungen genehmigt die Dezernentin bzw. der Dezernent.",
    "(2) Auslandsdienstreisen und mehrtägige Dienstreisen mit voraussichtlichen Gesamtkosten über 1.500 Euro genehmigt der Bürgermeister.",
    "(3) Dienstgänge innerhalb des Stadtgebiets gelten als allgemein genehmigt; sie sind im Outlook-Kalender als „Dienstgang“ einzutragen und, sofern sie außerhalb der Dienststätte beginnen oder enden, in der Zeiterfassung mit dem Buchungsschlüssel 02 zu buchen.",
    ("h1", "§ 4 Wahl des Verkehrsmittels"),
    "(1) Vorrangig sind öffentliche Verkehrsmittel zu benutzen. Bahnfahrten werden in der 2. Klasse erstattet; die 1. Klasse wird nur bei einer Fahrzeit von mehr als zwei Stunden je Strecke und nur nach vorheriger Genehmigung erstattet. Die BahnCard Business 25 der Stadt kann bei 11.3 ausgeliehen werden.",
    "(2) Für Dienstgänge und Dienstreisen im Umkreis von 50 km ist vor der Nutzung eines privaten Kraftfahrzeugs zu prüfen, ob ein Fahrzeug aus dem Fahrzeugpool (10.2) verfügbar ist. Wird trotz verfügbarem Poolfahrzeug das private Kraftfahrzeug genutzt, wird nur die Wegstreckenentschädigung nach § 5 Abs. 1 Satz 1 gezahlt, ein Sachschadenersatz ist dann ausgeschlossen.",
    "(3) Flugreisen sind nur zulässig, wenn die Bahnfahrzeit sechs Stunden je Strecke übersteigt; Inlandsflüge bedürfen stets der Genehmigung des Bürgermeisters.",
    ("h1", "§ 5 Wegstreckenentschädigung und Fahrtkosten"),
    "(1) Für Fahrten mit einem privaten Kraftfahrzeug wird eine Wegstreckenentschädigung von 0,30 Euro je Kilometer gezahlt, höchstens jedoch 150 Euro je Dienstreise. Besteht an der Benutzung ein erhebliches dienstliches Interesse, das vorher schriftlich anzuerkennen ist (z. B. Transport von Akten oder Geräten, Mitnahme weiterer Dienstkräfte, schlechte ÖPNV-Anbindung des Ziels), beträgt die Wegstreckenentschädigung 0,38 Euro je Kilometer ohne Höchstbetrag.",
    "(2) Für jede dienstlich mitgenommene Person wird eine Mitnahmeentschädigung von 0,02 Euro je Kilometer gezahlt.",
    "(3) Für Dienstgänge und Dienstreisen mit dem privaten Fahrrad oder Pedelec werden 0,10 Euro je Kilometer gezahlt. Die Dienstfahrräder (zwei Pedelecs, Fahrradkeller Rathaus, Schlüssel beim Fahrdienst) sind vorrangig zu nutzen.",
    "(4) Parkgebühren, Fahrkarten des ÖPNV und Taxikosten werden gegen Beleg erstattet; Taxikosten nur, wenn ein triftiger Grund vorliegt (z. B. Gepäck, Dunkelheit, fehlende Verbindung), der in der Abrechnung anzugeben ist. Verwarnungsgelder werden nicht erstattet.",
    ("h1", "§ 6 Tagegeld"),
    "(1) Als Ersatz für Mehraufwendungen für Verpflegung erhalten Dienstreisende bei einer Abwesenheit von mehr als acht Stunden ein Tagegeld von 14 Euro, bei einer Abwesenheit von 24 Stunden 28 Euro; für An- und Abreisetag einer mehrtägigen Dienstreise werden jeweils 14 Euro gezahlt.",
    "(2) Wird unentgeltliche Verpflegung gewährt, wird das Tagegeld für das Frühstück um 20 Prozent und für das Mittag- und Abendessen um je 40 Prozent des vollen Tagegeldes gekürzt. Dies gilt auch, wenn die Verpflegung im Tagungsbeitrag enthalten ist.",
    "(3) Für Dienstgänge wird kein Tagegeld gezahlt.",
    ("h1", "§ 7 Übernachtungsgeld"),
    "Für eine notwendige Übernachtung wird ohne Beleg ein pauschales Übernachtungsgeld von 20 Euro gezahlt. Höhere Übernachtungskosten werden gegen Beleg bis zu 80 Euro erstattet; darüber hinausgehende Kosten nur, wenn sie unvermeidbar waren (z. B. Messezeiten, Tagungshotel) und dies in der Abrechnung begründet wird. Hotels sind vorrangig über das Firmenkundenportal der Stadt zu buchen; das Frühstück ist getrennt auszuweisen.",
    ("h1", "§ 8 Abrechnung"),
    "(1) Die Reisekostenvergütung ist mit dem Formular R 2 „Reisekostenabrechnung“ innerhalb einer Ausschlussfrist von sechs Monaten nach Beendigung der Dienstreise beim Sachgebiet 11.3 Bezüge und Reisekosten (Rathaus, Zimmer 214, Durchwahl -2143) zu beantragen; später eingehende Anträge werden ohne Ausnahme abgelehnt. Dienstgänge werden gesammelt monatlich mit dem Formular R 3 „Sammelabrechnung Dienstgänge“ abgerechnet.",
    "(2) Belege sind im Original beizufügen oder als Scan über den Workflow „Reisekosten“ in der RheinAkte hochzuladen; die Originale sind dann drei Monate aufzubewahren.",
    "(3) Bei voraussichtlichen Reisekosten über 300 Euro kann ein Abschlag von bis zu 80 Prozent der zu erwartenden Vergütung gezahlt werden. Die Erstattung erfolgt mit der nächsten Entgelt- bzw. Besoldungsabrechnung, wenn die Abrechnung bis zum 10. des Monats vollständig vorliegt.",
    ("h1", "§ 9 Sachschäden und Unfälle"),
    "(1) Für Sachschäden am privaten Kraftfahrzeug, die auf einer Dienstreise oder einem Dienstgang entstehen, wird Sachschadenersatz bis zu einem Betrag von 1.000 Euro nur geleistet, wenn das erhebliche dienstliche Interesse nach § 5 Abs. 1 Satz 2 vorher anerkannt worden ist und die Schäden nicht grob fahrlässig verursacht wurden.",
    "(2) Unfälle sind innerhalb von drei Arbeitstagen mit Formular P 12 dem Sachgebiet 11.1 zu melden.",
    ("h1", "Anlage: Übersicht der Sätze (Stand 01.03.2025)"),
    [["Leistung", "Satz", "Rechtsgrundlage"],
     ["Wegstreckenentschädigung privater Pkw", "0,30 €/km, höchstens 150 € je Dienstreise", "§ 5 Abs. 1 Satz 1"],
     ["Wegstreckenentschädigung bei erheblichem dienstlichem Interesse", "0,38 €/km", "§ 5 Abs. 1 Satz 2"],
     ["Mitnahmeentschädigung", "0,02 €/km je Person", "§ 5 Abs. 2"],
     ["Fahrrad / Pedelec", "0,10 €/km", "§ 5 Abs. 3"],
     ["Tagegeld mehr als 8 Stunden", "14 €", "§ 6 Abs. 1"],
     ["Tagegeld 24 Stunden", "28 €", "§ 6 Abs. 1"],
     ["Übernachtung pauschal / mit Beleg", "20 € / bis 80 €", "§ 7"]],
    "Rheinfeld, den 10.02.2025 – Vossberg, Bürgermeister",
])

# ---------------------------------------------------------------- Telearbeit
docx("personal/DV_Telearbeit_und_mobiles_Arbeiten.docx", [
    ("title", "Dienstvereinbarung über Telearbeit und mobiles Arbeiten (DV TMA)"),
    "zwischen der Stadt Rheinfeld, vertreten durch den Bürgermeister, und dem Personalrat der Stadt Rheinfeld – abgeschlossen am 19.06.2024, in Kraft ab 01.07.2024",
    ("h1", "Präambel"),
    "Die Stadt Rheinfeld und der Personalrat wollen die Vereinbarkeit von Beruf, Familie und Pflege verbessern, Pendelwege reduzieren und die Attraktivität der Stadt als Arbeitgeberin stärken, ohne dabei die Servicequalität für die Bürgerinnen und Bürger und die Zusammenarbeit in den Teams zu beeinträchtigen; die Beteiligten sind sich einig, dass ein Anspruch auf ortsflexibles Arbeiten nur im Rahmen dieser Vereinbarung besteht.",
    ("h1", "§ 1 Begriffe"),
    "(1) Alternierende Telearbeit ist die regelmäßige Arbeit an einem fest eingerichteten Telearbeitsplatz in der Wohnung der oder des Beschäftigten an festgelegten Wochentagen, im Wechsel mit Arbeit in der Dienststelle.",
    "(2) Mobiles Arbeiten ist die gelegentliche oder regelmäßige Arbeit außerhalb der Dienststelle an einem selbst gewählten Ort im Inland ohne fest eingerichteten Arbeitsplatz.",
    ("h1", "§ 2 Umfang"),
    "(1) Telearbeit und mobiles Arbeiten dürfen zusammen höchstens 60 Prozent der individuellen regelmäßigen wöchentlichen Arbeitszeit umfassen; mindestens zwei Tage je Woche (bei Teilzeit mit weniger als vier Arbeitstagen: ein Tag) ist in der Dienststelle zu arbeiten.",
    "(2) Ausgeschlossen sind Tätigkeiten mit überwiegendem Publikumsverkehr (Schalterdienst Bürgerbüro, Außendienst Verkehrsüberwachung), Tätigkeiten, die eine ständige Anwesenheit erfordern, sowie die Probezeit bzw. die ersten sechs Monate der Beschäftigung.",
    "(3) Mobiles Arbeiten im Ausland ist nicht zulässig; das gilt auch für kurze Zeiträume im Anschluss an einen Urlaub.",
    ("h1", "§ 3 Antrag und Verfahren"),
    "(1) Der Antrag auf alternierende Telearbeit ist mit dem Formular P 31 „Antrag Telearbeit/mobiles Arbeiten“ über die Vorgesetzten an das Sachgebiet 11.1 zu richten; die Vorgesetzten nehmen binnen zwei Wochen Stellung. Für gelegentliches mobiles Arbeiten bis zu vier Tagen im Monat genügt die Absprache mit der oder dem Vorgesetzten und der Eintrag in PEP (Abwesenheitsart „mobil“).",
    "(2) Die alternierende Telearbeit beginnt mit einer Erprobungsphase von sechs Monaten. Danach wird sie unbefristet bewilligt, sofern keine Seite widerspricht.",
    "(3) Bei Ablehnung ist der Personalrat auf Wunsch der oder des Beschäftigten zu beteiligen. Vorrangig zu berücksichtigen sind Beschäftigte mit Kindern unter 14 Jahren, mit pflegebedürftigen Angehörigen und schwerbehinderte Beschäftigte.",
    ("h1", "§ 4 Arbeitszeit und Erreichbarkeit"),
    "(1) Es gilt die DV Gleitzeit. Die Arbeitszeit wird über das Web-Terminal in PEP gebucht. Während der Kernzeit ist die Erreichbarkeit per Telefon (Softphone) und Teams sicherzustellen.",
    "(2) Außerhalb der Rahmenarbeitszeit besteht keine Pflicht zur Erreichbarkeit; Führungskräfte sollen außerhalb dieser Zeit keine E-Mails mit Handlungserwartung versenden.",
    ("h1", "§ 5 Ausstattung und Kosten"),
    "(1) Die Stadt stellt ein Notebook, ein Headset und – bei alternierender Telearbeit – auf Antrag einen zweiten Bildschirm, eine Tastatur und eine Maus zur Verfügung. Büromöbel werden nicht gestellt; der häusliche Arbeitsplatz muss ergonomischen Mindestanforderungen entsprechen, die mit der Checkliste der Fachkraft für Arbeitssicherheit selbst geprüft werden.",
    "(2) Kosten für Strom, Heizung, Internetanschluss und Räume werden nicht erstattet; eine Telearbeitspauschale wird nicht gezahlt. Fahrten zwischen Wohnung und Dienststelle an Telearbeitstagen sind keine Dienstreisen.",
    "(3) Druckerpatronen und Drucker werden nicht gestellt; dienstliche Ausdrucke sind in der Dienststelle zu fertigen.",
    ("h1", "§ 6 Datenschutz und Informationssicherheit"),
    "(1) Der Zugriff auf das Netz der Stadt erfolgt ausschließlich über VPN mit Mehr-Faktor-Anmeldung. Dienstliche Daten dürfen nicht auf privaten Geräten gespeichert werden.",
    "(2) Papierakten mit besonderen Kategorien personenbezogener Daten (z. B. Gesundheitsdaten, Sozialdaten, Personalakten) dürfen nicht mit nach Hause genommen werden. Sonstige Papierunterlagen sind verschlossen zu transportieren und zu Hause so aufzubewahren, dass Dritte, auch Familienangehörige, keinen Zugriff haben.",
    "(3) Dienstliche Telefonate sind so zu führen, dass Dritte nicht mithören können. Die Arbeit in öffentlichen Verkehrsmitteln und Cafés ist nur ohne personenbezogene Daten zulässig.",
    ("h1", "§ 7 Arbeitsschutz und Unfallversicherung"),
    "Es gelten die Vorschriften des Arbeitsschutzes. Unfälle am häuslichen Arbeitsplatz sind wie Unfälle in der Dienststelle mit Formular P 12 zu melden; der gesetzliche Unfallversicherungsschutz richtet sich nach dem SGB VII.",
    ("h1", "§ 8 Beendigung"),
    "(1) Die alternierende Telearbeit kann von beiden Seiten mit einer Ankündigungsfrist von vier Wochen zum Monatsende beendet werden; aus dienstlichen Gründen, die schriftlich darzulegen sind, auch ohne Frist.",
    "(2) Gelegentliches mobiles Arbeiten kann die oder der Vorgesetzte im Einzelfall aus dienstlichen Gründen kurzfristig untersagen (z. B. Personalversammlung, Dienstbesprechung, Vertretungsfall).",
    ("h1", "§ 9 Übersicht"),
    [["Merkmal", "Alternierende Telearbeit", "Mobiles Arbeiten"],
     ["Ort", "fester häuslicher Arbeitsplatz", "frei wählbar im Inland"],
     ["Antrag", "Formular P 31 an 11.1", "Absprache, Eintrag in PEP (bis 4 Tage/Monat)"],
     ["Ausstattung", "Notebook, Headset, auf Antrag zweiter Bildschirm", "Notebook, Headset"],
     ["Beendigung", "4 Wochen zum Monatsende", "kurzfristig im Einzelfall"]],
    ("h1", "§ 10 Inkrafttreten und Kündigung"),
    "Diese Dienstvereinbarung tritt am 01.07.2024 in Kraft und ersetzt die Dienstvereinbarung über Heimarbeit vom 01.04.2020 (Pandemieregelung). Sie kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden; sie wirkt bis zum Abschluss einer neuen Vereinbarung nach.",
    "Rheinfeld, 19.06.2024 – Vossberg, Bürgermeister – Okafor, Vorsitzende des Personalrats",
])

# ---------------------------------------------------------------- Zeichnung
docx("organisation/Organisationsverfuegung_04-2024_Zeichnungsbefugnisse.docx", [
    ("title", "Organisationsverfügung Nr. 4/2024 – Zeichnungsbefugnisse und Anordnungsbefugnisse"),
    "Stadt Rheinfeld – Der Bürgermeister – Az. 10.1-02-04 – vom 02.09.2024, gültig ab 01.10.2024",
    ("h1", "1. Grundsatz"),
    "Die Zeichnungsbefugnis ist die Befugnis, Schriftstücke und elektronische Dokumente mit Wirkung für und gegen die Stadt Rheinfeld abschließend zu unterzeichnen (Schlusszeichnung); sie folgt grundsätzlich der Verantwortung für die Sachentscheidung und wird in dieser Verfügung für die Fälle, in denen sie nicht ohnehin aus der Stellenbeschreibung hervorgeht, abschließend geregelt, wobei gesetzliche Vorbehalte, insbesondere nach § 64 GO NRW für Verpflichtungserklärungen, unberührt bleiben.",
    ("h1", "2. Zeichnungszusätze"),
    "(1) Der Bürgermeister zeichnet ohne Zusatz. Die allgemeine Vertreterin bzw. der allgemeine Vertreter und die Beigeordneten zeichnen bei Vertretung des Bürgermeisters mit „In Vertretung“ (i. V.), in ihrem eigenen Geschäftsbereich ohne Zusatz mit der Funktionsbezeichnung.",
    "(2) Alle übrigen Beschäftigten zeichnen mit dem Zusatz „Im Auftrag“ (i. A.) und ihrem Namen in Druckschrift unter der Unterschrift. Vertretungen innerhalb der Fachbereiche zeichnen ebenfalls „Im Auftrag“; der Zusatz „i. V.“ ist ihnen nicht gestattet.",
    ("h1", "3. Dem Bürgermeister vorbehaltene Schlusszeichnung"),
    "Dem Bürgermeister vorbehalten sind: Schreiben an Ministerien, an die Bezirksregierung Düsseldorf in grundsätzlichen Angelegenheiten, an Bundes- und Landtagsabgeordnete sowie an Bürgermeisterinnen und Bürgermeister anderer Kommunen; Antworten auf Beschwerden, die an den Bürgermeister persönlich gerichtet sind; Ehrungen und Glückwunschschreiben; Arbeitsverträge und Ernennungsurkunden ab Entgeltgruppe 12 bzw. Besoldungsgruppe A 13; Verpflichtungserklärungen nach § 64 GO NRW, soweit nicht nach Ziffer 5 übertragen.",
    ("h1", "4. Vorbehalte der Dezernentinnen und Dezernenten sowie der Fachbereichsleitungen"),
    "(1) Den Dezernentinnen und Dezernenten vorbehalten sind Widerspruchsbescheide, Schreiben an Gerichte in Verfahren grundsätzlicher Bedeutung und Stellungnahmen gegenüber der Kommunalaufsicht.",
    "(2) Den Fachbereichsleitungen vorbehalten sind Schreiben an Ratsmitglieder und Fraktionen, Antworten auf Anfragen der Presse in Abstimmung mit der Pressestelle (13), Abmahnungen und Anhörungen in Personalangelegenheiten ihres Fachbereichs sowie Bescheide über Gebührenerlasse und Stundungen über 2.500 Euro.",
    "(3) Presseauskünfte erteilt grundsätzlich nur die Pressestelle (13); Beschäftigte, die von der Presse angesprochen werden, verweisen an die Pressestelle, Durchwahl -1300.",
    ("h1", "5. Wertgrenzen für Verpflichtungen und Anordnungen"),
    "Für die Erteilung von Aufträgen (Verpflichtung) und für die Anordnung von Auszahlungen gelten folgende Wertgrenzen je Einzelfall (Beträge brutto); die Befugnis schließt jeweils die niedrigeren Stufen ein:",
    [["Funktion", "Auftragserteilung / Verpflichtung bis", "Anordnung von Auszahlungen bis"],
     ["Sachbearbeitung (mit Anordnungsbefugnis laut Liste 20.2)", "5.000 Euro", "5.000 Euro"],
     ["Sachgebietsleitung", "25.000 Euro", "25.000 Euro"],
     ["Fachbereichsleitung", "100.000 Euro", "250.000 Euro"],
     ["Dezernentin / Dezernent", "250.000 Euro", "unbegrenzt"],
     ["Bürgermeister", "unbegrenzt (Ratsvorbehalte beachten)", "unbegrenzt"]],
    "Verpflichtungserklärungen über 250.000 Euro bedürfen nach § 64 GO NRW der Unterzeichnung durch den Bürgermeister und eine weitere vertretungsberechtigte Person. Wiederkehrende Leistungen (Miet-, Wartungs- und Leasingverträge) sind mit dem Gesamtwert für die Vertragslaufzeit, höchstens für 48 Monate, anzusetzen.",
    ("h1", "6. Vier-Augen-Prinzip"),
    "(1) Die Bescheinigung der sachlichen und rechnerischen Richtigkeit und die Anordnung einer Auszahlung dürfen nicht von derselben Person vorgenommen werden. Niemand darf Anordnungen zu eigenen Gunsten (z. B. eigene Reisekosten, eigene Erstattungen) erteilen.",
    "(2) Die Liste der anordnungsbefugten Personen mit Unterschriftsproben bzw. elektronischen Berechtigungen führt die Stadtkasse (20.2); Änderungen teilen die Fachbereichsleitungen mit dem Formular K 1 „Anordnungsbefugnis“ mit.",
    ("h1", "7. Farben der Schlusszeichnung in Papiervorgängen"),
    "Soweit ausnahmsweise noch Papiervorgänge geführt werden, verwenden der Bürgermeister Grün, die Beigeordneten Rot, die Fachbereichsleitungen Blau und das Rechnungsprüfungsamt Violett. In der RheinAkte ersetzt die elektronische Schlusszeichnung im Workflow die Farbe; ein Ausdruck mit Unterschrift ist nicht erforderlich.",
    ("h1", "8. Eilfälle und Abwesenheit"),
    "In Eilfällen, in denen die zuständige Person und ihre Vertretung nicht erreichbar sind, zeichnet die nächsthöhere Ebene; die zuständige Person ist unverzüglich zu unterrichten. Eine Zeichnung „nach oben“ in die Vorbehalte einer höheren Ebene ist nicht zulässig.",
    ("h1", "9. Inkrafttreten"),
    "Diese Organisationsverfügung tritt am 01.10.2024 in Kraft; die Organisationsverfügung Nr. 2/2015 tritt zugleich außer Kraft.",
    "gez. Vossberg, Bürgermeister",
])

# ---------------------------------------------------------------- Vergabe
docx("finanzen/Vergabedienstanweisung_2025.docx", [
    ("title", "Dienstanweisung über die Vergabe öffentlicher Aufträge (Vergabedienstanweisung – VgDA)"),
    "Stadt Rheinfeld – Der Bürgermeister – Az. 20.3-600-01 – Fassung vom 15.01.2025, gültig ab 01.02.2025",
    ("h1", "§ 1 Anwendungsbereich und Grundsätze"),
    "(1) Diese Dienstanweisung gilt für alle Beschaffungen von Liefer-, Dienst- und Bauleistungen durch Organisationseinheiten der Stadt Rheinfeld, gleich aus welchem Budget sie finanziert werden, und ist in Verbindung mit den Vergabegrundsätzen für Gemeinden nach § 26 KomHVO NRW, der Unterschwellenvergabeordnung (UVgO), der VOB/A und oberhalb der EU-Schwellenwerte dem GWB und der VgV anzuwenden.",
    "(2) Aufträge sind im Wettbewerb, transparent und unter Gleichbehandlung der Bieter zu vergeben; der Zuschlag ist auf das wirtschaftlichste Angebot zu erteilen. Eine Aufteilung von Aufträgen mit dem Ziel, Wertgrenzen zu unterschreiten (Auftragssplitting), ist unzulässig und wird vom Rechnungsprüfungsamt beanstandet.",
    "(3) Vor jeder Beschaffung ist zu prüfen, ob ein Rahmenvertrag der Stadt besteht (Büromaterial, Papier, IT-Hardware über 10.4, Möbel, Reinigung, Energie); bestehende Rahmenverträge sind verpflichtend zu nutzen.",
    ("h1", "§ 2 Auftragswert"),
    "Maßgeblich ist der geschätzte Auftragswert ohne Umsatzsteuer (netto) für die gesamte Laufzeit einschließlich Verlängerungsoptionen. Die Schätzung ist vor Beginn des Verfahrens mit Datum und Grundlage im Vergabevermerk zu dokumentieren.",
    ("h1", "§ 3 Wertgrenzen für Liefer- und Dienstleistungen"),
    [["Geschätzter Auftragswert (netto)", "Verfahrensart", "Durchführung"],
     ["bis 1.000 Euro", "Direktauftrag ohne Vergleichsangebote (Wirtschaftlichkeit beachten, Anbieter wechseln)", "Fachbereich"],
     ["über 1.000 bis 25.000 Euro", "Verhandlungsvergabe ohne Teilnahmewettbewerb mit mindestens drei Vergleichsangeboten (Textform)", "Fachbereich, Dokumentation mit Formular V 3"],
     ["über 25.000 bis 100.000 Euro", "Beschränkte Ausschreibung oder Verhandlungsvergabe mit mindestens drei Angeboten", "Zentrale Vergabestelle 20.3"],
     ["über 100.000 Euro bis EU-Schwellenwert", "Öffentliche Ausschreibung", "Zentrale Vergabestelle 20.3"],
     ["ab EU-Schwellenwert (221.000 Euro, ab 01.01.2024)", "EU-weites Verfahren", "Zentrale Vergabestelle 20.3"]],
    ("h1", "§ 4 Wertgrenzen für Bauleistungen"),
    "(1) Bauleistungen bis 10.000 Euro netto können als Direktauftrag vergeben werden. Bis 100.000 Euro netto ist die Freihändige Vergabe mit mindestens drei Angeboten zulässig, bis 1.000.000 Euro netto die Beschränkte Ausschreibung; darüber ist öffentlich auszuschreiben. Ab dem EU-Schwellenwert für Bauleistungen von 5.538.000 Euro ist EU-weit auszuschreiben.",
    "(2) Alle Bauvergaben über 25.000 Euro netto werden von der Zentralen Vergabestelle durchgeführt; die technischen Fachbereiche erstellen die Leistungsverzeichnisse.",
    ("h1", "§ 5 Vergleichsangebote und Dokumentation"),
    "(1) Vergleichsangebote sind in Textform (E-Mail genügt) einzuholen; telefonische Preisabfragen reichen nicht. Dieselben Unternehmen sollen nicht regelmäßig angefragt werden; bei wiederkehrenden Beschaffungen ist mindestens ein neues Unternehmen einzubeziehen.",
    "(2) Jedes Verfahren oberhalb des Direktauftrags ist mit dem Formular V 3 „Vergabevermerk“ zu dokumentieren (Schätzung, angefragte Unternehmen, Angebote, Wertung, Begründung des Zuschlags) und in der RheinAkte abzulegen. Die Vergabeakte ist zehn Jahre aufzubewahren.",
    ("h1", "§ 6 Zuständigkeiten und Zustimmungen"),
    "(1) Die Zuschlagserteilung erfolgt im Rahmen der Wertgrenzen der Organisationsverfügung Zeichnungsbefugnisse. Aufträge über 250.000 Euro netto bedürfen der vorherigen Zustimmung des Vergabeausschusses; Aufträge über 25.000 Euro netto werden vor der Zuschlagserteilung dem Rechnungsprüfungsamt zur Prüfung vorgelegt (Vorlagefrist: fünf Arbeitstage).",
    "(2) Freiberufliche Leistungen (Architekten, Ingenieure, Gutachter) über 25.000 Euro netto sind mit der Zentralen Vergabestelle abzustimmen.",
    ("h1", "§ 7 Korruptionsprävention"),
    "(1) Bei Vergaben über 25.000 Euro netto sind Leistungsbeschreibung, Wertung und Zuschlag von mindestens zwei Personen zu bearbeiten (Vier-Augen-Prinzip). Beschäftigte, die mit einem Bieter verwandt oder wirtschaftlich verbunden sind, haben dies vorher anzuzeigen und dürfen am Verfahren nicht mitwirken.",
    "(2) Angebote in förmlichen Verfahren werden bis zum Eröffnungstermin ungeöffnet und unter Verschluss bei der Zentralen Vergabestelle verwahrt; elektronische Angebote gehen ausschließlich über die Vergabeplattform Vergabemarktplatz NRW ein.",
    "(3) Die Annahme von Geschenken oder Einladungen von Bietern ist verboten; Werbegeschenke von geringem Wert bis 10 Euro dürfen nur mit Zustimmung der Vorgesetzten angenommen werden.",
    ("h1", "§ 8 Ausnahmen und Dringlichkeit"),
    "In Fällen besonderer Dringlichkeit (z. B. Gefahr für Leib und Leben, drohender erheblicher Schaden, Havarien) darf von den Verfahrensarten abgewichen werden; die Gründe sind unverzüglich, spätestens innerhalb von drei Arbeitstagen, im Vergabevermerk festzuhalten und der Zentralen Vergabestelle mitzuteilen. Haushaltsjahresende oder „Restmittel“ begründen keine Dringlichkeit.",
    ("h1", "§ 9 Ansprechpersonen"),
    "Zentrale Vergabestelle (20.3), Frau Lorenz, Durchwahl -2030, vergabestelle@rheinfeld.de. Formulare V 1 bis V 6 im Intranet unter Finanzen › Vergabe.",
    "Rheinfeld, 15.01.2025 – Vossberg, Bürgermeister",
])

# ---------------------------------------------------------------- Sondernutzung
docx("ordnungsamt/Sondernutzungssatzung_Auszug.docx", [
    ("title", "Satzung über Erlaubnisse und Gebühren für Sondernutzungen an öffentlichen Straßen in der Stadt Rheinfeld (Sondernutzungssatzung) – Auszug"),
    "vom 12.12.2019 in der Fassung der 2. Änderungssatzung vom 05.12.2024 (in Kraft seit 01.01.2025). Nichtamtliche Lesefassung für den Dienstgebrauch, erstellt von 30.2. Rechtsverbindlich ist allein die im Amtsblatt der Stadt Rheinfeld veröffentlichte Fassung.",
    "Aufgrund der §§ 7 und 41 der Gemeindeordnung für das Land Nordrhein-Westfalen (GO NRW), der §§ 18 und 19 des Straßen- und Wegegesetzes des Landes Nordrhein-Westfalen (StrWG NRW) und des § 8 des Bundesfernstraßengesetzes hat der Rat der Stadt Rheinfeld folgende Satzung beschlossen:",
    ("h1", "§ 1 Geltungsbereich"),
    "Diese Satzung gilt für alle Gemeindestraßen, Wege und Plätze sowie für die Ortsdurchfahrten von Bundes-, Landes- und Kreisstraßen im Gebiet der Stadt Rheinfeld einschließlich der Gehwege, Radwege, Parkstreifen und des Straßenbegleitgrüns.",
    ("h1", "§ 2 Erlaubnispflicht"),
    "(1) Die Benutzung der Straßen über den Gemeingebrauch hinaus (Sondernutzung) bedarf der Erlaubnis der Stadt Rheinfeld, soweit in § 3 nichts anderes bestimmt ist.",
    "(2) Die Erlaubnis wird auf Zeit oder auf Widerruf erteilt; sie kann mit Bedingungen und Auflagen versehen werden. Ein Rechtsanspruch auf Erteilung besteht nicht.",
    ("h1", "§ 3 Erlaubnisfreie Sondernutzungen"),
    "Keiner Erlaubnis bedürfen: a) Werbeanlagen an der Stätte der Leistung, die nicht mehr als 0,30 m in den Gehweg hineinragen und mindestens 2,50 m über dem Gehweg angebracht sind; b) Hausnummern, Briefkästen und Klingelanlagen; c) die vorübergehende Lagerung von Brennstoffen, Umzugsgut und Baumaterial für höchstens 24 Stunden, sofern der Verkehr nicht behindert wird; d) Informationsstände politischer Parteien in den letzten sechs Wochen vor Wahlen, die bei 30.2 mindestens drei Werktage vorher angezeigt wurden.",
    ("h1", "§ 4 Erlaubnisantrag"),
    "(1) Die Erlaubnis ist schriftlich oder elektronisch über das Serviceportal mindestens zwei Wochen vor Beginn der Sondernutzung bei der Stadt Rheinfeld (Fachbereich 30, Sachgebiet 30.2) zu beantragen; für Veranstaltungen mit mehr als 500 erwarteten Teilnehmenden und für Außengastronomie, die erstmals beantragt wird, beträgt die Frist sechs Wochen.",
    "(2) Dem Antrag sind ein Lageplan mit Maßangaben und bei Außengastronomie eine Möblierungsskizze beizufügen.",
    ("h1", "§ 5 Pflichten der Erlaubnisnehmerin / des Erlaubnisnehmers"),
    "(1) Für den Fußgängerverkehr ist eine Restgehwegbreite von mindestens 1,50 m freizuhalten; in der Fußgängerzone Hauptstraße eine Durchfahrtsbreite für Rettungsfahrzeuge von 3,50 m.",
    "(2) Nach Beendigung der Sondernutzung ist der frühere Zustand unverzüglich wiederherzustellen. Außengastronomie ist täglich um 23:00 Uhr, freitags und samstags um 24:00 Uhr zu räumen bzw. zu schließen.",
    ("h1", "§ 6 Gebühren"),
    "(1) Für Sondernutzungen werden Gebühren nach dem anliegenden Gebührentarif erhoben. Angefangene Zeiteinheiten und angefangene Quadratmeter werden voll berechnet.",
    "(2) Die Mindestgebühr beträgt 25,00 Euro je Erlaubnis.",
    "(3) Gebührenfrei sind Sondernutzungen für Veranstaltungen gemeinnütziger Vereine, Kirchen und Schulen ohne kommerziellen Charakter sowie die Informationsstände nach § 3 Buchst. d.",
    ("h1", "§ 9 Ordnungswidrigkeiten"),
    "Ordnungswidrig handelt, wer vorsätzlich oder fahrlässig eine Straße ohne erforderliche Erlaubnis über den Gemeingebrauch hinaus benutzt oder Auflagen nicht erfüllt. Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 1.000 Euro geahndet werden.",
    ("h1", "Anlage – Gebührentarif (Auszug)"),
    [["Tarifstelle", "Art der Sondernutzung", "Gebühr"],
     ["1.1", "Außengastronomie (Tische, Stühle) Zone I – Innenstadt/Fußgängerzone", "2,50 Euro je m² und Monat"],
     ["1.2", "Außengastronomie Zone II – übriges Stadtgebiet", "1,50 Euro je m² und Monat"],
     ["2", "Warenauslagen und Verkaufsstände vor Geschäften", "2,00 Euro je m² und Monat"],
     ["3", "Kundenstopper, Plakatständer (Werbeaufsteller)", "8,00 Euro je Stück und Monat"],
     ["4", "Bauzäune, Baugerüste, Baustelleneinrichtungen", "0,50 Euro je m² und Woche"],
     ["5", "Container (Bau- und Umzugscontainer)", "15,00 Euro je Stück und angefangene Woche"],
     ["6", "Informationsstände (nicht politisch, nicht gemeinnützig)", "20,00 Euro je Tag"],
     ["7", "Plakatierung von Veranstaltungen (max. 20 Plakate je Veranstaltung)", "1,00 Euro je Plakat und Woche"]],
    "Hinweis von 30.2: Für Umzugshalteverbotszonen gilt nicht diese Satzung, sondern das Verfahren der Verkehrsrechtlichen Anordnung (Antrag mindestens 10 Tage vorher, Gebühr 45 Euro zzgl. Schilder). Ansprechpartnerin Sondernutzungen: Frau Nowak, Durchwahl -3020.",
])

# ---------------------------------------------------------------- eml Fortbildung
eml("personal/Rundschreiben_11-4_02-2025_Fortbildung.eml",
    "Personalentwicklung Stadt Rheinfeld <personalentwicklung@rheinfeld.de>",
    "Verteiler Alle Beschäftigte <alle@rheinfeld.de>",
    "Rundschreiben 02/2025: Fortbildungsprogramm 2. Halbjahr und Anmeldeverfahren",
    datetime(2025, 5, 6, 9, 14, tzinfo=CEST),
    """Liebe Kolleginnen und Kollegen,

das Fortbildungsprogramm für das 2. Halbjahr 2025 ist ab sofort im RheinNet unter Personal > Fortbildung veröffentlicht. Mit diesem Rundschreiben erinnern wir an das Anmeldeverfahren, das sich in einigen Punkten geändert hat (Änderungen sind mit *NEU* markiert).

1. Anmeldung

Die Anmeldung zu Inhouse-Seminaren und zu Seminaren des Studieninstituts Rheinland-Mitte erfolgt mit dem Formular P 50 "Fortbildungsantrag". Das Formular wird von der oder dem Vorgesetzten unterschrieben und an 11.4 geschickt. *NEU*: Für das 2. Halbjahr 2025 müssen die Anmeldungen bis zum 15. Juni 2025 bei uns vorliegen; spätere Anmeldungen berücksichtigen wir nur noch, wenn Plätze frei sind.

Bitte melden Sie sich nicht direkt beim Studieninstitut an - Anmeldungen ohne Freigabe von 11.4 werden dort nicht bestätigt und die Kosten nicht übernommen.

2. Externe Seminare und Kosten

Externe Seminare (andere Anbieter, Fachkongresse) werden aus dem Fortbildungsbudget des jeweiligen Fachbereichs bezahlt. *NEU*: Bei Teilnahmegebühren über 500 Euro je Person ist vorher die Zustimmung von 11.4 einzuholen. Bei Fortbildungskosten über 2.000 Euro (z. B. Lehrgänge, berufsbegleitende Studiengänge, Verwaltungslehrgang II) schließen wir eine Rückzahlungsvereinbarung ab: Wer innerhalb von zwei Jahren nach Abschluss auf eigenen Wunsch ausscheidet, zahlt die Kosten anteilig zurück (für jeden vollen Monat ein Vierundzwanzigstel weniger).

3. Fortbildung ist Arbeitszeit

Die Teilnahme an dienstlich veranlassten Fortbildungen gilt als Arbeitszeit. Angerechnet wird die tatsächliche Seminarzeit zuzüglich Reisezeit, höchstens jedoch 10 Stunden pro Tag. Online-Seminare von zu Hause gelten als mobiles Arbeiten und sind in PEP entsprechend zu buchen. Fahrtkosten werden nach der DA Reisen abgerechnet (Formular R 2), nicht über 11.4.

4. Nach der Fortbildung

Die Teilnahmebescheinigung bitte innerhalb von zwei Wochen an 11.4 senden (Scan genügt), damit wir sie in die Personalakte übernehmen können. Wer kurzfristig absagen muss, meldet sich bitte sofort bei uns: Bei Absagen später als zehn Tage vor Seminarbeginn stellt das Studieninstitut 50 Prozent der Gebühr in Rechnung, bei Nichterscheinen die volle Gebühr. Diese Kosten trägt bei unentschuldigtem Fehlen der Fachbereich.

5. Pflichtschulungen 2025

- Datenschutz-Grundschulung (E-Learning, 45 Minuten): Pflicht für alle Beschäftigten alle zwei Jahre.
- RheinAkte Basis: Pflicht für alle neuen Beschäftigten.
- Deeskalationstraining: Pflicht für Beschäftigte mit Publikumsverkehr alle zwei Jahre.
- Ersthelfer-Fortbildung: alle zwei Jahre für benannte Ersthelferinnen und Ersthelfer.

6. Neu im Programm

"KI im Verwaltungsalltag - Chancen und Grenzen" (halbtags, 18.09. und 23.10.2025), "Leichte Sprache in Bescheiden" (ganztags, 07.10.2025), "Führen in Teilzeit und auf Distanz" (für Führungskräfte, 2 Tage, 12./13.11.2025).

Bei Fragen erreichen Sie uns unter Durchwahl -2140 (Frau Dr. Hesse) oder -2141 (Herr Ossenbrink).

Mit freundlichen Grüßen
Ihr Team Personalentwicklung

--
Stadt Rheinfeld | Der Bürgermeister
Fachbereich 11 Personal | 11.4 Personalentwicklung und Ausbildung
Marktplatz 1 | 41999 Rheinfeld | Zimmer 220
""")

# ---------------------------------------------------------------- eml Datenpanne
eml("it/Rundmail_DSB_Datenschutzverletzungen_melden.eml",
    "Datenschutzbeauftragter Stadt Rheinfeld <datenschutz@rheinfeld.de>",
    "Verteiler Alle Beschäftigte <alle@rheinfeld.de>",
    "WICHTIG: Datenschutzverletzungen sofort melden - 72-Stunden-Frist",
    datetime(2025, 2, 18, 11, 2, tzinfo=CET),
    """Sehr geehrte Kolleginnen und Kollegen,

in den letzten Wochen sind mir mehrere Datenschutzverletzungen erst Tage nach dem Vorfall bekannt geworden. Das ist ein Problem: Die Stadt muss eine Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO innerhalb von 72 Stunden, nachdem sie bekannt geworden ist, an die Landesbeauftragte für Datenschutz und Informationsfreiheit NRW (LDI NRW) melden. Die Frist läuft ab dem Zeitpunkt, an dem irgendeine Beschäftigte oder irgendein Beschäftigter der Stadt von dem Vorfall weiß - nicht erst, wenn ich davon erfahre. Auch Wochenenden und Feiertage zählen mit.

Was ist eine Datenschutzverletzung ("Datenpanne")? Typische Beispiele aus unserem Haus:
- eine E-Mail oder ein Bescheid mit personenbezogenen Daten geht an den falschen Empfänger,
- eine Rundmail an Externe mit allen Adressen im offenen "An"-Feld statt in "BCC",
- ein Notebook, Diensthandy oder USB-Stick geht verloren oder wird gestohlen,
- Unterlagen werden im Altpapier statt in der Datenschutztonne entsorgt,
- ein Klick auf einen Link in einer Phishing-Mail mit Eingabe des Kennworts,
- unberechtigter Zugriff auf Akten oder Fachverfahren (auch "nur mal nachgeschaut").

Was ist zu tun?
1. Sofort, spätestens innerhalb von 24 Stunden, den Datenschutzbeauftragten informieren: per E-Mail an datenschutz@rheinfeld.de oder telefonisch unter Durchwahl -1090. Bitte nutzen Sie das Formular DS 4 "Meldung Datenschutzvorfall" (Intranet > Organisation > Datenschutz); wenn es schnell gehen muss, reicht zunächst ein Anruf.
2. Ihre Vorgesetzte bzw. Ihren Vorgesetzten informieren.
3. Bei technischen Vorfällen (Phishing, Schadsoftware, Geräteverlust) zusätzlich den IT-Servicedesk unter -4444, damit Konten oder Geräte gesperrt werden können. Außerhalb der Servicezeiten informiert Ihre Führungskraft die Rufbereitschaft der IT.
4. Nichts löschen und keine Beweise vernichten. Eine falsch versandte E-Mail bitte nicht nur "zurückrufen" - der Rückruf funktioniert bei externen Empfängern nicht. Bitten Sie den falschen Empfänger schriftlich um Löschung und Bestätigung.
5. Keine eigenen Ermittlungen anstellen und den Vorfall nicht mit Dritten besprechen.

Ich prüfe dann gemeinsam mit der Fachbereichsleitung, ob eine Meldung an die LDI NRW erforderlich ist und ob die betroffenen Personen nach Art. 34 DSGVO benachrichtigt werden müssen. Die Meldung an die LDI NRW gibt ausschließlich der Datenschutzbeauftragte im Namen des Bürgermeisters ab - bitte wenden Sie sich nicht selbst an die Aufsichtsbehörde.

Wichtig: Wer einen Fehler meldet, hat keine Nachteile zu befürchten. Nachteile drohen nur, wenn Vorfälle verschwiegen werden.

Phishing-Mails melden Sie bitte über den Button "Phishing melden" in der Outlook-Menüleiste; die Mail wird dann automatisch an die IT-Sicherheit weitergeleitet und aus Ihrem Postfach entfernt. Leiten Sie verdächtige Mails nicht an Kolleginnen und Kollegen weiter.

Zur Erinnerung: Die Datenschutz-Grundschulung (E-Learning) ist für alle Beschäftigten alle zwei Jahre verpflichtend. Wer sie 2023 absolviert hat, ist 2025 wieder dran.

Mit freundlichen Grüßen

Lars Lindqvist
Behördlicher Datenschutzbeauftragter der Stadt Rheinfeld
Rathaus, Zimmer 112 | Durchwahl -1090 | datenschutz@rheinfeld.de
""")
print("built")
