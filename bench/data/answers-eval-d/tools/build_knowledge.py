#!/usr/bin/env python3
"""Builds all documents of knowledge/ (set D). stdlib only."""
import os, zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "..", "knowledge")
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

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
    m["Message-ID"] = "<%s@talheim-enz.de>" % os.path.basename(path).replace(".eml", "")
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    full = os.path.join(K, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(bytes(m))


def plain(path, text):
    full = os.path.join(K, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text.lstrip("\n"))


NAV = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>%s – EnzNet</title></head>
<body>
<div class="header"><span class="logo">Stadt Talheim an der Enz</span> | <a href="/">EnzNet Startseite</a> | <a href="/telefonbuch">Telefonbuch</a> | <a href="/speiseplan">Aktuelles</a> | <a href="/suche">Suche</a></div>
<nav class="breadcrumb"><a href="/">EnzNet</a> &rsaquo; %s</nav>
<div class="sidebar"><ul><li><a href="/personal">Personal</a></li><li><a href="/organisation">Organisation</a></li><li><a href="/finanzen">Finanzen</a></li><li><a href="/it">IT</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/gemeinderat">Gemeinderat</a></li></ul></div>
<main>
"""
FOOT = """</main>
<footer>Stadt Talheim an der Enz · Marktplatz 1 · 71799 Talheim an der Enz · EnzNet – nur für den Dienstgebrauch · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Seite drucken</footer>
</body></html>
"""


def page(path, title, crumb, body):
    plain(path, NAV % (title, crumb) + body + FOOT)


# ============================================================ personal
docx("personal/DV_Arbeitszeit_und_Zeiterfassung.docx", [
    ("title", "Dienstvereinbarung über die flexible Arbeitszeit und die elektronische Zeiterfassung (DV Arbeitszeit)"),
    "Stadt Talheim an der Enz – Az. 10.2-021.31 – zwischen der Stadt Talheim an der Enz, vertreten durch die Oberbürgermeisterin, und dem Personalrat. In Kraft ab 01.04.2025; ersetzt die Dienstvereinbarung Gleitzeit vom 15.09.2016 einschließlich ihrer Nachträge.",
    ("h1", "§ 1 Geltungsbereich"),
    "(1) Diese Dienstvereinbarung gilt für alle Beschäftigten sowie Beamtinnen und Beamten der Stadtverwaltung Talheim an der Enz. Für den Städtischen Bauhof, die Hausmeisterdienste und das Bürgerbüro gelten ergänzende Dienstpläne; soweit diese nichts regeln, gilt diese Dienstvereinbarung.",
    "(2) Auszubildende nehmen an der flexiblen Arbeitszeit teil, soweit Berufsschule und Ausbildungsplan dies zulassen.",
    ("h1", "§ 2 Rahmenzeit und Kernzeit"),
    "(1) Die Rahmenzeit liegt montags bis freitags zwischen 6:30 Uhr und 19:30 Uhr. Arbeitszeit außerhalb der Rahmenzeit wird nur angerechnet, wenn sie vorher angeordnet worden ist.",
    "(2) Die Kernzeit, in der grundsätzlich alle Beschäftigten anwesend sind, liegt montags bis donnerstags von 9:00 Uhr bis 15:00 Uhr und freitags von 9:00 Uhr bis 12:00 Uhr. Teilzeitbeschäftigte vereinbaren ihre Kernzeit mit der Amtsleitung.",
    "(3) Die Pause beträgt bei einer Arbeitszeit von mehr als sechs Stunden mindestens 30 Minuten, bei mehr als neun Stunden mindestens 45 Minuten. Wird keine Pause gebucht, zieht das System die Mindestpause automatisch ab.",
    ("h1", "§ 3 Buchung am Zeiterfassungsterminal"),
    "(1) Beginn und Ende der Arbeitszeit sind am Zeiterfassungsterminal mit dem Dienstausweis (Transponder) zu buchen. Terminals befinden sich im Rathaus am Haupteingang und am Personaleingang Kirchgasse, im Technischen Rathaus im Foyer und auf dem Bauhof im Sozialgebäude.",
    "(2) Bei Telearbeit und mobilem Arbeiten wird über das Webterminal im ZEITWERK-Portal gebucht. Eine Buchung für andere Personen ist unzulässig und kann arbeits- bzw. disziplinarrechtliche Folgen haben.",
    "(3) Es gelten folgende Buchungsschlüssel:",
    [["Schlüssel", "Bedeutung", "Hinweis"],
     ["01", "Kommen / Gehen", "Standardbuchung"],
     ["02", "Dienstgang", "bei Beginn oder Ende außerhalb der Dienststelle"],
     ["03", "Arztbesuch / Behördengang", "nur mit Nachweis, sofern außerhalb der Kernzeit nicht möglich"],
     ["04", "Mobiles Arbeiten", "nur über Webterminal"],
     ["05", "Fortbildung", "Seminarzeit zuzüglich Reisezeit"],
     ["09", "Gleittag", "ganztägiger Zeitausgleich"]],
    ("h1", "§ 4 Fehlende oder falsche Buchungen"),
    "(1) Vergessene oder fehlerhafte Buchungen sind innerhalb von fünf Arbeitstagen über einen Korrekturantrag im ZEITWERK-Portal nachzutragen; Beschäftigte ohne Portalzugang verwenden das Formular Z 3 „Korrekturbeleg Zeiterfassung“. Die oder der Vorgesetzte bestätigt den Antrag.",
    "(2) Häufen sich Korrekturen (mehr als drei im Kalendermonat), führt die Amtsleitung ein klärendes Gespräch.",
    "(3) Ist ein Terminal gestört, ist der IT-Servicedesk (Durchwahl -444) zu verständigen. Bis zur Behebung werden Kommen und Gehen in der Ersatzliste am Empfang eingetragen.",
    ("h1", "§ 5 Zeitkonto und Zeitausgleich"),
    "(1) Das Zeitguthaben darf zum Monatsende höchstens 40 Stunden betragen, die Zeitschuld höchstens 20 Stunden. Ein Guthaben über 40 Stunden verfällt am Monatsende ohne Ausgleich, soweit es nicht auf angeordneter Mehrarbeit beruht.",
    "(2) Zeitguthaben kann stundenweise oder durch Gleittage ausgeglichen werden. Je Kalenderjahr sind bis zu 12 Gleittage möglich, davon höchstens drei Gleittage zusammenhängend. Gleittage sind spätestens drei Arbeitstage vorher im ZEITWERK-Portal zu beantragen.",
    ("h1", "§ 6 Datenschutz"),
    "Auswertungen einzelner Zeitkonten nimmt nur das Haupt- und Personalamt (10.2) vor. Vorgesetzte sehen die Salden der ihnen zugeordneten Beschäftigten. Eine Leistungs- oder Verhaltenskontrolle findet nicht statt. Die Buchungsdaten werden nach 24 Monaten gelöscht.",
    ("h1", "§ 7 Schlussbestimmungen"),
    "Die Dienstvereinbarung kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden; sie gilt bis zum Abschluss einer neuen Vereinbarung weiter.",
    "Talheim an der Enz, 12.03.2025 – gez. Dr. Annette Wehrle, Oberbürgermeisterin – gez. Markus Trefz, Vorsitzender des Personalrats",
])

plain("personal/DV_Rufbereitschaft_und_Bereitschaftsdienst.md", """
# Dienstvereinbarung Rufbereitschaft und Bereitschaftsdienst

**Stadt Talheim an der Enz** · Az. 10.2-023.12 · gültig ab 01.11.2024
Geltungsbereich: Städtischer Bauhof (Amt 67), Hausmeisterdienste, IT (10.4)

> Zuletzt geändert durch Nachtrag Nr. 1 vom 02.06.2025 (Ziffer 4, Erreichbarkeit). Rückfragen: Bauhofleitung Herr Ruoff, Durchwahl -670.

## § 1 Begriffe

(1) **Bereitschaftsdienst** leisten Beschäftigte, die sich auf Anordnung an einer vom Arbeitgeber bestimmten Stelle aufhalten, um im Bedarfsfall die Arbeit aufzunehmen. Für den Winterdienst ist dies die Einsatzzentrale im Bauhof, Enzstraße 40.

(2) **Rufbereitschaft** leisten Beschäftigte, die sich auf Anordnung außerhalb der regelmäßigen Arbeitszeit an einer dem Arbeitgeber anzuzeigenden Stelle aufhalten und jederzeit erreichbar sind. Der Aufenthaltsort ist frei wählbar, solange die Arbeit rechtzeitig aufgenommen werden kann.

## § 2 Dienstplan

(1) Der Dienstplan für Rufbereitschaft wird monatlich erstellt und bis zum 20. des Vormonats bekannt gegeben.

(2) Ein Tausch von Diensten innerhalb des Teams ist zulässig. Er ist der Bauhofleitung bzw. der Sachgebietsleitung spätestens am Vortag schriftlich (E-Mail genügt) mitzuteilen.

(3) Niemand soll zu mehr als zehn Rufbereitschaften im Kalendermonat eingeteilt werden. Die gesetzliche Ruhezeit von elf Stunden ist nach einem Einsatz einzuhalten; die Arbeit am Folgetag beginnt entsprechend später, ohne dass Zeitschuld entsteht.

## § 3 Vergütung der Rufbereitschaft

(1) Für eine Rufbereitschaft von mindestens zwölf Stunden wird eine tägliche Pauschale gezahlt: montags bis freitags das Zweifache, an Samstagen, Sonntagen und Feiertagen das Vierfache des tariflichen Stundenentgelts.

(2) Für Rufbereitschaften von weniger als zwölf Stunden werden für jede angefangene Stunde 12,5 Prozent des tariflichen Stundenentgelts gezahlt.

(3) Die Zeit eines Einsatzes einschließlich der Wegezeit wird als Arbeitszeit gewertet, je Einsatz auf eine volle Stunde aufgerundet und mit dem Überstundenzuschlag vergütet. Telefonische Einsätze ohne Anfahrt werden minutengenau summiert und am Monatsende auf volle Stunden gerundet.

## § 4 Erreichbarkeit und Ausstattung

(1) Beschäftigte in Rufbereitschaft müssen über das Rufbereitschaftshandy ständig erreichbar sein und die Arbeitsstelle innerhalb von 30 Minuten nach dem Anruf erreichen können (Nachtrag Nr. 1).

(2) Das zugewiesene Einsatzfahrzeug darf während der Rufbereitschaft mit nach Hause genommen werden, wenn die Wohnung nicht mehr als 25 Kilometer vom Bauhof entfernt ist. Private Fahrten mit dem Einsatzfahrzeug sind ausgeschlossen.

(3) Alkohol und andere berauschende Mittel sind während der Rufbereitschaft nicht erlaubt.

## § 5 Winterdienst

(1) Die Winterdienstperiode dauert vom 15. November bis zum 15. März. In dieser Zeit wird werktags ab 3:30 Uhr Bereitschaftsdienst in der Einsatzzentrale geleistet, sobald der Wetterdienst Glätte ankündigt.

(2) Die Räum- und Streupflicht beginnt auf den Hauptverkehrsstraßen und Buslinien um 4:00 Uhr; diese sollen bis 7:00 Uhr geräumt und gestreut sein. Nebenstraßen folgen nach dem Streuplan.

## § 6 Dokumentation

Jeder Einsatz ist mit dem Formular B 2 „Einsatzbericht Rufbereitschaft“ bis zum nächsten Arbeitstag, 12:00 Uhr, bei der Bauhofleitung abzugeben. Die Zeiten werden von der Bauhofleitung in ZEITWERK übertragen (Buchungsschlüssel 02).

---
Talheim an der Enz, 14.10.2024
gez. Dr. Annette Wehrle, Oberbürgermeisterin · gez. Markus Trefz, Vorsitzender des Personalrats
""")

plain("personal/Merkblatt_Mutterschutz.txt", """
STADT TALHEIM AN DER ENZ                                  Haupt- und Personalamt
                                                          10.2 Personalservice
Az. 10.2-028.40                                           Stand: 01.06.2025

==============================================================================
  MERKBLATT MUTTERSCHUTZ
  Hinweise für schwangere und stillende Beschäftigte und Beamtinnen
==============================================================================

1. MITTEILUNG DER SCHWANGERSCHAFT

   Bitte teilen Sie Ihre Schwangerschaft und den voraussichtlichen Entbin-
   dungstermin so früh wie möglich dem Personalservice (Frau Sailer, Durch-
   wahl -215) und Ihrer oder Ihrem Vorgesetzten mit. Eine ärztliche
   Bescheinigung über den Entbindungstermin genügt; die Kosten der
   Bescheinigung übernimmt die Stadt.

   Der Personalservice meldet die Schwangerschaft an das Regierungs-
   präsidium Stuttgart als Aufsichtsbehörde. Die Mitteilung wird
   vertraulich behandelt und nur an die Stellen weitergegeben, die sie für
   den Mutterschutz kennen müssen.

2. GEFÄHRDUNGSBEURTEILUNG

   Nach der Mitteilung prüft die Amtsleitung zusammen mit der Fachkraft für
   Arbeitssicherheit und dem Betriebsärztlichen Dienst Ihren Arbeitsplatz.
   Ergibt sich eine unverantwortbare Gefährdung, wird der Arbeitsplatz
   umgestaltet, eine andere Tätigkeit zugewiesen oder - als letzte
   Möglichkeit - ein betriebliches Beschäftigungsverbot ausgesprochen.
   Während eines Beschäftigungsverbots wird das Entgelt weitergezahlt.

3. SCHUTZFRISTEN

   Die Schutzfrist beginnt sechs Wochen vor dem errechneten Entbindungs-
   termin und endet acht Wochen nach der Entbindung. Bei Früh- und
   Mehrlingsgeburten sowie bei ärztlich festgestellter Behinderung des
   Kindes verlängert sich die Frist nach der Entbindung auf zwölf Wochen.
   Vor der Entbindung dürfen Sie auf eigenen ausdrücklichen Wunsch
   weiterarbeiten; nach der Entbindung besteht ein absolutes Beschäfti-
   gungsverbot.

   Nach einer Fehlgeburt ab der 13. Schwangerschaftswoche gilt eine
   gestaffelte Schutzfrist (ab der 13. Woche zwei Wochen, ab der 17. Woche
   sechs Wochen, ab der 20. Woche acht Wochen).

4. ARBEITSZEIT

   - keine Mehrarbeit über 8,5 Stunden täglich oder 90 Stunden in der
     Doppelwoche
   - keine Arbeit zwischen 20:00 Uhr und 6:00 Uhr
   - keine Sonn- und Feiertagsarbeit ohne Ihr Einverständnis
   - keine Rufbereitschaft und kein Winterdienst

   Vorsorgeuntersuchungen während der Arbeitszeit sind bezahlte Arbeits-
   zeit; bitte mit Buchungsschlüssel 03 buchen.

5. STILLZEIT

   Stillende Mütter haben in den ersten zwölf Monaten nach der Entbindung
   Anspruch auf Stillzeit von mindestens zweimal täglich einer halben
   Stunde oder einmal täglich einer Stunde. Die Stillzeit wird nicht auf
   Pausen angerechnet und muss nicht nachgearbeitet werden.

   Ruheraum: Raum 0.14 im Rathaus (Liege, Kühlschrank). Der Schlüssel ist am
   Empfang erhältlich.

6. ENTGELT UND URLAUB

   Während der Schutzfristen erhalten Tarifbeschäftigte Mutterschaftsgeld
   der Krankenkasse (höchstens 13 Euro kalendertäglich) und einen Zuschuss
   der Stadt in Höhe der Differenz zum Nettoentgelt. Beamtinnen erhalten
   ihre Bezüge nach der Arbeitszeit- und Urlaubsverordnung (AzUVO) weiter.
   Urlaub, der wegen der Schutzfristen oder eines Beschäftigungsverbots
   nicht genommen werden konnte, verfällt nicht; er kann nach Ende der
   Schutzfrist bzw. der Elternzeit genommen werden.

7. ELTERNZEIT

   Die Elternzeit muss spätestens sieben Wochen vor ihrem Beginn schrift-
   lich beim Personalservice beantragt werden (Formular P 14).

                                                   gez. Sailer, 10.2
""")

page("personal/Dienstjubilaeum.html", "Dienstjubiläum", '<a href="/personal">Personal</a> &rsaquo; Jubiläen und Ehrungen', """
<h1>Dienstjubiläum: Zuwendung, Arbeitsbefreiung und Ehrung</h1>
<p class="meta">Verantwortlich: 10.2 Personalservice · Ansprechpartnerin Frau Sailer, Durchwahl -215 · zuletzt aktualisiert am 03.02.2025</p>

<h2>Wann ist mein Jubiläum?</h2>
<p>Maßgeblich ist bei Tarifbeschäftigten die Beschäftigungszeit nach § 34 Abs. 3 TVöD, bei Beamtinnen und Beamten die Dienstzeit nach dem Landesbesoldungsgesetz Baden-Württemberg. Zeiten bei anderen öffentlichen Arbeitgebern können angerechnet werden. Der Personalservice berechnet den Jubiläumstag und informiert Sie und Ihre Amtsleitung etwa drei Monate vorher schriftlich.</p>

<h2>Jubiläumszuwendung</h2>
<table border="1">
<tr><th>Jubiläum</th><th>Tarifbeschäftigte (§ 23 Abs. 2 TVöD)</th><th>Beamtinnen und Beamte (Jubiläumsgabe)</th></tr>
<tr><td>25 Jahre</td><td>350 Euro</td><td>300 Euro</td></tr>
<tr><td>40 Jahre</td><td>500 Euro</td><td>400 Euro</td></tr>
<tr><td>50 Jahre</td><td>– (keine tarifliche Zuwendung)</td><td>500 Euro</td></tr>
</table>
<p>Teilzeitbeschäftigte erhalten die Jubiläumszuwendung in voller Höhe. Die Zuwendung wird mit dem Entgelt bzw. den Bezügen des Jubiläumsmonats ausgezahlt; ein Antrag ist nicht erforderlich.</p>

<h2>Arbeitsbefreiung am Jubiläumstag</h2>
<p>Zum 25- und 40-jährigen Jubiläum erhalten Sie einen Arbeitstag Arbeitsbefreiung unter Fortzahlung des Entgelts. Der freie Tag kann am Jubiläumstag selbst oder innerhalb von drei Monaten danach genommen werden; bitte im ZEITWERK-Portal als „Arbeitsbefreiung Jubiläum“ beantragen. Fällt der Jubiläumstag auf einen arbeitsfreien Tag, kann der Tag ebenfalls innerhalb der drei Monate nachgeholt werden.</p>

<h2>Ehrung und Feier</h2>
<ul>
<li>Die Oberbürgermeisterin lädt die Jubilarinnen und Jubilare viermal im Jahr zu einem gemeinsamen Empfang im Großen Sitzungssaal ein. Dort wird die Ehrenurkunde überreicht.</li>
<li>Zum 25- und 40-jährigen Jubiläum erhalten Sie zusätzlich ein Präsent der Stadt im Wert von bis zu 50 Euro (Gutschein des Talheimer Einzelhandels).</li>
<li>Die Ämter können eine kleine Feier im Kollegenkreis ausrichten. Die Stadt übernimmt dafür bis zu 10 Euro je teilnehmender Person, höchstens 150 Euro je Jubiläum; die Rechnung geht mit dem Vermerk „Dienstjubiläum“ an 10.2.</li>
<li>Beim 10-jährigen Jubiläum gratuliert die Amtsleitung mit einem Blumenstrauß (bis 30 Euro aus dem Amtsbudget); eine Zuwendung oder Arbeitsbefreiung gibt es dafür nicht.</li>
</ul>

<h2>Veröffentlichung</h2>
<p>Jubiläen werden im EnzNet unter „Aktuelles“ und im Mitteilungsblatt „Talheimer Anzeiger“ nur veröffentlicht, wenn Sie zugestimmt haben. Die Einwilligung können Sie auf der Rückmeldekarte erklären, die dem Schreiben des Personalservice beiliegt.</p>

<h2>Verabschiedung in den Ruhestand</h2>
<p>Für Verabschiedungen in den Ruhestand gelten dieselben Kostensätze wie für Jubiläumsfeiern. Die Ehrenurkunde für den Ruhestand überreicht die Amtsleitung.</p>
<p class="related">Siehe auch: <a href="/personal/urlaub">Urlaub und Arbeitsbefreiung</a> · <a href="/personal/arbeitszeit">DV Arbeitszeit</a></p>
""")

plain("personal/Leitfaden_BEM.md", """
# Leitfaden Betriebliches Eingliederungsmanagement (BEM)

Stadt Talheim an der Enz · Haupt- und Personalamt · Az. 10.2-029.10
Stand: März 2025 · abgestimmt mit Personalrat und Schwerbehindertenvertretung

## 1. Worum geht es?

Das Betriebliche Eingliederungsmanagement nach § 167 Abs. 2 SGB IX soll helfen, Arbeitsunfähigkeit zu überwinden, erneuter Arbeitsunfähigkeit vorzubeugen und den Arbeitsplatz zu erhalten. Das BEM ist für die Beschäftigten **freiwillig**. Wer das Angebot ablehnt, hat keine Nachteile.

## 2. Wann wird ein BEM angeboten?

Ein BEM wird allen Beschäftigten angeboten, die innerhalb von zwölf Monaten länger als sechs Wochen (mehr als 42 Kalendertage) ununterbrochen oder wiederholt arbeitsunfähig waren. Der Personalservice wertet die Arbeitsunfähigkeitszeiten monatlich aus und informiert die BEM-Beauftragte. Die Vorgesetzten werden über das Angebot nicht informiert.

## 3. Ablauf

1. **Einladung:** Die BEM-Beauftragte, Frau Klotz (10.2, Durchwahl -219, bem@talheim-enz.de), schreibt Sie an und erläutert Ziel, Ablauf und Datenschutz. Dem Schreiben liegt eine Rückantwort bei.
2. **Rückmeldung:** Bitte melden Sie sich innerhalb von zwei Wochen. Kommt keine Rückmeldung, erinnert die BEM-Beauftragte einmal nach drei Wochen; danach gilt das Angebot als abgelehnt. Es kann jederzeit später angenommen werden, solange die Voraussetzungen bestehen.
3. **Erstgespräch:** Das Erstgespräch findet innerhalb von vier Wochen nach Ihrer Zusage statt, auf Wunsch außerhalb des Rathauses oder telefonisch. Sie bestimmen, wer teilnimmt: neben der BEM-Beauftragten auf Wunsch ein Mitglied des Personalrats, die Schwerbehindertenvertretung und der Betriebsärztliche Dienst.
4. **Maßnahmenplan:** Gemeinsam werden Maßnahmen vereinbart und schriftlich festgehalten.
5. **Abschluss:** Das BEM endet, wenn die Maßnahmen umgesetzt sind, Sie es beenden oder kein Erfolg mehr zu erwarten ist.

## 4. Mögliche Maßnahmen

| Maßnahme | Beispiele | zuständig |
|---|---|---|
| stufenweise Wiedereingliederung | „Hamburger Modell“ mit ärztlichem Stufenplan, z. B. 2 – 4 – 6 Stunden täglich | Krankenkasse / Rentenversicherung, 10.2 |
| Arbeitsplatzgestaltung | höhenverstellbarer Schreibtisch, Spezialstuhl, Bildschirmlupe | 10.1 Zentrale Dienste, Fachkraft für Arbeitssicherheit |
| Arbeitsorganisation | Änderung der Arbeitszeit, Telearbeit, andere Aufgaben | Amtsleitung, 10.2 |
| Leistungen Dritter | Reha, Integrationsfachdienst, Zuschüsse des Integrationsamts | BEM-Beauftragte |

Während der stufenweisen Wiedereingliederung gelten Sie weiter als arbeitsunfähig; Sie erhalten Krankengeld bzw. Übergangsgeld, kein Entgelt.

## 5. Datenschutz

Alle Informationen aus dem BEM werden in einer gesonderten BEM-Akte geführt, die ausschließlich bei der BEM-Beauftragten verschlossen aufbewahrt wird. In die Personalakte gelangen nur das Angebot und die Annahme oder Ablehnung. Diagnosen werden nicht erfragt; Sie entscheiden selbst, was Sie mitteilen. Die BEM-Akte wird drei Jahre nach Abschluss des Verfahrens vernichtet.

## 6. Kontakt

BEM-Beauftragte: Frau Klotz, Zimmer 2.17, Durchwahl -219
Personalrat: Herr Trefz, Durchwahl -190
Schwerbehindertenvertretung: Frau Öztürk, Durchwahl -193
""")

docx("personal/Hinweise_Urlaub_und_Arbeitsbefreiung.docx", [
    ("title", "Hinweise zu Erholungsurlaub, Arbeitsbefreiung und Sonderurlaub"),
    "Stadt Talheim an der Enz – Haupt- und Personalamt, 10.2 Personalservice – Az. 10.2-026.00 – Stand 01.01.2025. Diese Hinweise fassen die tariflichen und beamtenrechtlichen Regelungen für den Dienstgebrauch zusammen; maßgeblich sind TVöD und AzUVO.",
    ("h1", "1. Erholungsurlaub"),
    ("h2", "1.1 Urlaubsanspruch"),
    "Der Urlaubsanspruch beträgt bei Verteilung der Arbeitszeit auf fünf Tage in der Woche 30 Arbeitstage im Kalenderjahr. Bei einer anderen Verteilung erhöht oder vermindert sich der Anspruch entsprechend. Schwerbehinderte Menschen erhalten einen Zusatzurlaub von fünf Arbeitstagen.",
    ("h2", "1.2 Urlaubsplanung und Antrag"),
    "Die Urlaubswünsche für das laufende Jahr werden bis zum 31. Januar in die Urlaubsliste des Amtes eingetragen. Urlaub ist im ZEITWERK-Portal zu beantragen; Urlaub von mehr als fünf zusammenhängenden Arbeitstagen mindestens zwei Wochen vor Beginn. Urlaub gilt erst nach Genehmigung durch die Vorgesetzte oder den Vorgesetzten als gewährt. Während der Sommerferien soll in jedem Sachgebiet mindestens die Hälfte der Beschäftigten anwesend sein.",
    ("h2", "1.3 Übertragung von Resturlaub"),
    "Urlaub soll im laufenden Kalenderjahr genommen werden. Nicht genommener Urlaub wird in das folgende Jahr übertragen, muss aber bis zum 31. März angetreten werden. Konnte der Urlaub wegen Arbeitsunfähigkeit oder aus dienstlichen Gründen nicht bis zum 31. März angetreten werden, ist er bis zum 31. Mai anzutreten. Danach verfällt er, es sei denn, der Urlaub konnte wegen langer Krankheit überhaupt nicht genommen werden (dann gilt eine Frist von 15 Monaten nach Ablauf des Urlaubsjahres).",
    ("h2", "1.4 Erkrankung während des Urlaubs"),
    "Erkranken Sie während des Urlaubs, werden die durch ärztliche Bescheinigung nachgewiesenen Tage der Arbeitsunfähigkeit nicht auf den Urlaub angerechnet. Bitte melden Sie die Erkrankung unverzüglich wie eine Krankmeldung. Der Urlaub verlängert sich nicht automatisch; die restlichen Tage sind neu zu beantragen.",
    ("h1", "2. Arbeitsbefreiung unter Fortzahlung des Entgelts"),
    "In folgenden Fällen wird Arbeitsbefreiung gewährt (§ 29 TVöD; für Beamtinnen und Beamte gelten die entsprechenden Regelungen der AzUVO). Die Arbeitsbefreiung ist im ZEITWERK-Portal zu beantragen und auf Verlangen nachzuweisen.",
    [["Anlass", "Dauer"],
     ["Niederkunft der Ehefrau oder der Lebenspartnerin", "1 Arbeitstag"],
     ["Tod der Ehegattin/des Ehegatten, eines Kindes oder Elternteils", "2 Arbeitstage"],
     ["Umzug aus dienstlichem Grund an einen anderen Ort", "1 Arbeitstag"],
     ["25- und 40-jähriges Dienstjubiläum", "1 Arbeitstag"],
     ["schwere Erkrankung einer oder eines Angehörigen im selben Haushalt", "1 Arbeitstag im Kalenderjahr"],
     ["schwere Erkrankung eines Kindes unter 12 Jahren", "bis zu 4 Arbeitstage im Kalenderjahr"],
     ["ärztliche Behandlung, die während der Arbeitszeit erfolgen muss", "erforderliche nachgewiesene Abwesenheitszeit einschließlich Wegezeit"]],
    "Für die Betreuung eines erkrankten Kindes gilt vorrangig der Anspruch auf Kinderkrankengeld nach § 45 SGB V; Arbeitsbefreiung nach der Tabelle wird nur gewährt, soweit dieser Anspruch nicht besteht.",
    ("h1", "3. Sonderurlaub ohne Entgelt"),
    "Bei Vorliegen eines wichtigen Grundes kann Sonderurlaub unter Verzicht auf das Entgelt gewährt werden, wenn die dienstlichen Verhältnisse es gestatten. Der Antrag ist formlos über die Amtsleitung an 10.2 zu richten, bei einer Dauer von mehr als einem Monat mindestens drei Monate vor Beginn. Während des Sonderurlaubs ruht die Beschäftigungszeit, sofern nicht schriftlich ein dienstliches Interesse anerkannt wurde.",
    ("h1", "4. Ansprechpartnerinnen"),
    "Personalservice 10.2: Frau Sailer (Buchstaben A–K), Durchwahl -215; Frau Hornung (Buchstaben L–Z), Durchwahl -216.",
    "gez. Hornung, 10.2",
])

eml("personal/Rundmail_10-2_Krankmeldung_und_eAU.eml",
    "Personalservice Stadt Talheim <personalservice@talheim-enz.de>",
    "Alle Beschäftigten <alle@talheim-enz.de>",
    "Erinnerung: So melden Sie sich richtig krank (eAU, Kind krank, Arbeitsunfall)",
    datetime(2025, 1, 14, 8, 47, tzinfo=CET),
    """Liebe Kolleginnen und Kollegen,

zum Start in das neue Jahr und wegen der aktuellen Erkältungswelle erinnern wir an die Regeln für Krankmeldungen. Es gab zuletzt einige Unklarheiten, vor allem bei Beamtinnen und Beamten und beim Thema Kind krank.

1. Krankmeldung am ersten Tag

Wer arbeitsunfähig ist, meldet sich am ersten Tag bis 8:30 Uhr telefonisch bei der oder dem Vorgesetzten oder im Sekretariat des Amtes. Eine E-Mail reicht nur, wenn telefonisch niemand erreichbar ist. Bitte tragen Sie die Abwesenheit zusätzlich im ZEITWERK-Portal unter "Abwesenheit melden" ein oder lassen Sie das vom Sekretariat erledigen. Die Diagnose müssen Sie nicht nennen.

2. Ärztliche Bescheinigung - Tarifbeschäftigte (eAU)

Dauert die Arbeitsunfähigkeit länger als drei Kalendertage, müssen Sie spätestens am vierten Kalendertag ärztlich feststellen lassen, dass Sie arbeitsunfähig sind. Die Praxis meldet das an die Krankenkasse; wir rufen die elektronische Arbeitsunfähigkeitsbescheinigung (eAU) dort ab. Eine Papierbescheinigung für die Stadt brauchen Tarifbeschäftigte nicht mehr einzureichen. Ausnahme: Privatärztinnen und -ärzte sowie Ärzte im Ausland - dann bitte die Bescheinigung wie bei Beamtinnen und Beamten einreichen.

3. Ärztliche Bescheinigung - Beamtinnen und Beamte

Für Beamtinnen und Beamte gibt es keine eAU. Dauert die Dienstunfähigkeit länger als drei Kalendertage, legen Sie bitte spätestens am vierten Kalendertag eine ärztliche Bescheinigung vor - per Hauspost an 10.2 oder als Scan an krankmeldung@talheim-enz.de.

4. Kind krank

Wenn Ihr Kind unter 12 Jahren erkrankt ist und betreut werden muss, melden Sie sich wie bei einer eigenen Krankmeldung ab. Gesetzlich Versicherte erhalten Kinderkrankengeld von der Krankenkasse; 2025 sind das 15 Arbeitstage je Kind und Elternteil, für Alleinerziehende 30 Arbeitstage. Die ärztliche Bescheinigung über die Erkrankung des Kindes geht direkt an die Krankenkasse, wir benötigen nur eine Kopie für die Freistellung. Für Beamtinnen und Beamte gilt die Sonderurlaubsregelung der AzUVO.

5. Arbeitsunfall und Wegeunfall

Unfälle bei der Arbeit oder auf dem Weg zur Arbeit melden Sie bitte sofort der oder dem Vorgesetzten. Die Unfallanzeige (Formular P 7) muss innerhalb von drei Tagen bei 10.2 vorliegen, damit wir fristgerecht an die Unfallkasse Baden-Württemberg melden können. Beim Arztbesuch bitte angeben, dass es ein Arbeitsunfall war (Durchgangsarzt).

6. Länger krank?

Wer innerhalb von zwölf Monaten länger als sechs Wochen arbeitsunfähig ist, erhält von uns ein Angebot zum Betrieblichen Eingliederungsmanagement. Näheres im Leitfaden BEM im EnzNet unter Personal.

Bei Fragen erreichen Sie uns unter den Durchwahlen -215 und -216.

Gute Besserung allen, die es gerade erwischt hat!

Ihr Personalservice
--
Stadt Talheim an der Enz | Haupt- und Personalamt | 10.2 Personalservice
Marktplatz 1 | 71799 Talheim an der Enz | Zimmer 2.12
""")

docx("personal/DA_Dienstreisen.docx", [
    ("title", "Dienstanweisung über Dienstreisen und Reisekosten (DA Reisekosten)"),
    "Stadt Talheim an der Enz – Die Oberbürgermeisterin – Az. 10.2-034.00 – gültig ab 01.07.2024; ersetzt die DA vom 01.01.2015. Grundlage: Landesreisekostengesetz Baden-Württemberg (LRKG), für Tarifbeschäftigte über § 44 TVöD BT-V.",
    ("h1", "§ 1 Genehmigung"),
    "(1) Dienstreisen werden mit dem Formular R 1 „Dienstreiseantrag“ beantragt und von der Amtsleitung genehmigt. Der Antrag soll spätestens drei Arbeitstage vor Reisebeginn vorliegen. Dienstreisen der Amtsleitungen genehmigt die zuständige Dezernentin oder der zuständige Dezernent.",
    "(2) Auslandsdienstreisen genehmigt die Oberbürgermeisterin. Dienstgänge innerhalb des Stadtgebiets gelten als genehmigt und werden in ZEITWERK mit dem Buchungsschlüssel 02 gebucht.",
    ("h1", "§ 2 Verkehrsmittel"),
    "(1) Vorrangig sind Dienstfahrzeuge des Fuhrparks und öffentliche Verkehrsmittel zu benutzen. Bahnfahrten werden in der 2. Klasse erstattet. Das Deutschlandticket, das Beschäftigte privat besitzen, ist zu nutzen; erstattet wird dann nur ein eventueller Aufpreis.",
    "(2) Wird ein privates Kraftfahrzeug benutzt, obwohl ein Dienstfahrzeug zur Verfügung stand, wird nur die kleine Wegstreckenentschädigung gezahlt, es sei denn, die Amtsleitung hat ein erhebliches dienstliches Interesse bestätigt.",
    ("h1", "§ 3 Fahrtkosten und Wegstreckenentschädigung"),
    [["Art", "Satz"],
     ["Privates Kraftfahrzeug mit erheblichem dienstlichem Interesse", "0,35 Euro je Kilometer"],
     ["Privates Kraftfahrzeug ohne erhebliches dienstliches Interesse", "0,25 Euro je Kilometer, höchstens 125 Euro je Dienstreise"],
     ["Mitnahme weiterer Dienstreisender", "0,02 Euro je Person und Kilometer"],
     ["Fahrrad oder Pedelec", "0,10 Euro je Kilometer"],
     ["Parkgebühren", "in nachgewiesener Höhe"]],
    ("h1", "§ 4 Tagegeld und Übernachtung"),
    "(1) Das Tagegeld beträgt bei einer Abwesenheit",
    [["Dauer der Abwesenheit", "Tagegeld"],
     ["mehr als 8 Stunden", "6 Euro"],
     ["mehr als 14 Stunden", "12 Euro"],
     ["voller Kalendertag (24 Stunden)", "24 Euro"]],
    "(2) Für unentgeltlich bereitgestellte Mahlzeiten wird das Tagegeld gekürzt: für das Frühstück um 15 Prozent, für Mittag- und Abendessen um je 30 Prozent des vollen Tagegelds.",
    "(3) Übernachtungskosten werden bis 100 Euro je Nacht ohne Begründung erstattet, in Städten über 100.000 Einwohnern bis 120 Euro. Höhere Kosten sind vorab zu begründen. Ohne Beleg wird ein pauschales Übernachtungsgeld von 20 Euro gezahlt.",
    ("h1", "§ 5 Abrechnung"),
    "(1) Die Reisekosten sind mit dem Formular R 4 „Reisekostenabrechnung“ und den Originalbelegen bei 10.2 abzurechnen. Der Anspruch erlischt, wenn er nicht innerhalb einer Ausschlussfrist von sechs Monaten nach Beendigung der Dienstreise geltend gemacht wird.",
    "(2) Auf Antrag wird ein Abschlag von bis zu 80 Prozent der voraussichtlichen Kosten gezahlt, wenn diese 200 Euro übersteigen.",
    ("h1", "§ 6 Reisezeit"),
    "Reisezeit gilt als Arbeitszeit, soweit sie in die regelmäßige Arbeitszeit fällt; darüber hinaus wird sie bis zu einer Gesamtarbeitszeit von 10 Stunden je Tag angerechnet.",
    "Talheim an der Enz, 18.06.2024 – gez. Dr. Annette Wehrle, Oberbürgermeisterin",
])

# ============================================================ organisation
plain("organisation/Rundverfuegung_Vertretungsregelung.md", """
# Rundverfügung Nr. 3/2025 – Vertretung bei Abwesenheit

**Stadt Talheim an der Enz** – Haupt- und Personalamt, 10.1 Organisation
Az. 10.1-012.20 · 20.02.2025 · ersetzt die Rundverfügung Nr. 7/2019

Verteiler: alle Ämter, Personalrat · Veröffentlichung im EnzNet unter Organisation › Rundverfügungen

---

## 1. Grundsatz

Jede Stelle hat eine **Erstvertretung** und eine **Zweitvertretung**. Beide sind im Geschäftsverteilungsplan des Amtes namentlich festgelegt. Die Amtsleitungen prüfen die Eintragungen jährlich bis zum 31. Januar und melden Änderungen an 10.1. Ist auch die Zweitvertretung abwesend, bestimmt die Sachgebietsleitung die Vertretung.

## 2. Pflichten vor und während der Abwesenheit

1. Bei jeder Abwesenheit von mehr als einem Arbeitstag ist in Outlook eine Abwesenheitsnotiz einzurichten, die Name und Durchwahl der Vertretung nennt. Mustertexte stehen im EnzNet.
2. Das Telefon ist auf die Vertretung oder das Sekretariat umzuleiten.
3. Die Vertretung erhält Zugriff auf das Funktionspostfach und die Vorgänge in der EnzAkte; persönliche Postfächer werden nicht freigegeben.
4. Bei planbaren Abwesenheiten von mehr als zwei Wochen (z. B. Urlaub, Kur, Fortbildung) ist ein kurzer Übergabevermerk mit den laufenden Fristen zu fertigen und der Vertretung zu übergeben.
5. Bei unvorhergesehener Abwesenheit (Krankheit) sorgt die Sachgebietsleitung dafür, dass Fristen überwacht werden.

## 3. Umfang der Vertretungsbefugnis

Die Vertretung nimmt alle Aufgaben der vertretenen Person wahr und hat deren Zeichnungsbefugnis. Sie zeichnet mit dem Zusatz „i. V.“; Beschäftigte, die im Auftrag zeichnen, verwenden weiterhin „i. A.“.

Nicht übertragen werden – außer in dringenden Fällen mit vorheriger Rücksprache mit der nächsthöheren Vorgesetzten –:

- Personalentscheidungen und Beurteilungen,
- Angelegenheiten von grundsätzlicher Bedeutung,
- Vorgänge, die sich die vertretene Person ausdrücklich vorbehalten hat.

## 4. Vertretung von Führungskräften

| Funktion | Vertretung | Hinweis |
|---|---|---|
| Oberbürgermeisterin | Erster Bürgermeister Jochen Haag | allgemeine Stellvertretung nach § 49 GemO |
| Dezernentinnen / Dezernenten | gegenseitig nach Dezernatsverteilungsplan | |
| Amtsleitung | stellvertretende Amtsleitung | bei mehr als sechs Wochen schriftliche Regelung durch 10.1 |
| Sachgebietsleitung | benannte Vertretung im Geschäftsverteilungsplan | |

Dauert die Abwesenheit einer Amtsleitung voraussichtlich länger als sechs Wochen, trifft 10.1 auf Antrag der Dezernentin oder des Dezernenten eine schriftliche Vertretungsregelung, die auch über eine Zulage nach § 14 TVöD (vorübergehende Übertragung einer höherwertigen Tätigkeit) entscheidet.

## 5. Öffnungszeiten mit Publikumsverkehr

In Bereichen mit Publikumsverkehr (Bürgerbüro, Standesamt, Kasse) stellt die Sachgebietsleitung sicher, dass während der Öffnungszeiten mindestens zwei Personen anwesend sind. Urlaubsplanung und Vertretung sind entsprechend abzustimmen.

---
gez. Jochen Haag, Erster Bürgermeister
""")

plain("organisation/Schluessel_und_Transponderordnung.txt", """
Stadt Talheim an der Enz
Haupt- und Personalamt - 10.1 Zentrale Dienste / Hausverwaltung
Az. 10.1-063.11

SCHLÜSSEL- UND TRANSPONDERORDNUNG FÜR DIE DIENSTGEBÄUDE
gültig ab 01.09.2024 (Rathaus, Technisches Rathaus, Bauhof, Stadtbücherei)

--------------------------------------------------------------------------
§ 1  Zuständigkeit
--------------------------------------------------------------------------
Die Schlüsselverwaltung liegt bei der Hausverwaltung (Herr Bächle, Rathaus
Zimmer 0.08, Durchwahl -131). Sie führt das Schlüsselbuch, gibt Schlüssel
und Transponder aus und nimmt sie zurück. Die Schließanlage ist eine
elektronisch-mechanische Anlage; Transponder sind zugleich Dienstausweis
und Buchungsmedium für die Zeiterfassung.

--------------------------------------------------------------------------
§ 2  Ausgabe
--------------------------------------------------------------------------
(1) Schlüssel und Transponder werden nur gegen Unterschrift ausgegeben. Der
    Antrag erfolgt mit dem Formular S 1 "Schlüsselantrag", den die Amts-
    leitung unterschreibt. Die Schließberechtigungen richten sich nach dem
    dienstlichen Bedarf.
(2) Generalschlüssel (Hauptschlüssel für alle Türen eines Gebäudes) erhalten
    nur die Hausmeister, die Hausverwaltung und der Sicherheitsdienst.
(3) Neue Beschäftigte erhalten den Transponder am ersten Arbeitstag bei der
    Hausverwaltung; die Amtsleitung stellt den Antrag spätestens eine Woche
    vorher.
(4) Schlüssel dürfen nicht nachgemacht, an Dritte weitergegeben oder an
    Schlüsselanhängern mit Adresse getragen werden.

--------------------------------------------------------------------------
§ 3  Verlust
--------------------------------------------------------------------------
(1) Der Verlust eines Schlüssels oder Transponders ist unverzüglich,
    spätestens am nächsten Arbeitstag, der Hausverwaltung zu melden, außer-
    halb der Dienstzeit dem Sicherheitsdienst (Telefon 0151 2233 4455).
    Transponder werden sofort gesperrt.
(2) Für einen Ersatztransponder wird eine Pauschale von 25 Euro erhoben,
    sofern der Verlust nicht auf einem Diebstahl mit Anzeige beruht.
(3) Muss wegen des Verlustes eines mechanischen Schlüssels die Schließ-
    anlage ganz oder teilweise ausgetauscht werden, haften Beschäftigte
    bei Vorsatz und grober Fahrlässigkeit nach den tariflichen bzw.
    beamtenrechtlichen Vorschriften, bei grober Fahrlässigkeit jedoch mit
    höchstens 500 Euro.

--------------------------------------------------------------------------
§ 4  Rückgabe und Kontrolle
--------------------------------------------------------------------------
(1) Bei Ausscheiden, Umsetzung in ein anderes Gebäude oder längerer Beur-
    laubung (mehr als sechs Monate) sind alle Schlüssel und der Transponder
    spätestens am letzten Arbeitstag bei der Hausverwaltung abzugeben. Die
    Rückgabe wird auf dem Laufzettel für das Ausscheiden bestätigt.
(2) Einmal jährlich im Oktober findet eine Schlüsselinventur statt. Die
    Ämter erhalten eine Liste und bestätigen den Bestand innerhalb von zwei
    Wochen.

--------------------------------------------------------------------------
§ 5  Gebäudezeiten und Alarmanlage
--------------------------------------------------------------------------
(1) Die Außentüren des Rathauses sind werktags von 6:30 Uhr bis 20:00 Uhr
    mit Transponder zu öffnen. Außerhalb dieser Zeit ist die Alarmanlage
    scharf geschaltet.
(2) Wer außerhalb dieser Zeiten arbeiten muss (z. B. Gemeinderatssitzung,
    Wahlen), meldet dies bis 12:00 Uhr desselben Tages bei der Hausver-
    waltung an. Die Gebäude sind beim Verlassen abzuschließen; Fenster sind
    zu schließen.
(3) Fehlalarme, die durch nicht angemeldete Anwesenheit ausgelöst werden,
    können dem Amt mit den Kosten des Sicherheitsdienstes (derzeit 95 Euro
    je Einsatz) in Rechnung gestellt werden.

Talheim an der Enz, 26.08.2024
gez. Bächle, Hausverwaltung        gez. Haag, Erster Bürgermeister
""")

docx("organisation/Aktenordnung_Aufbewahrung_und_Aussonderung.docx", [
    ("title", "Dienstanweisung über die Aufbewahrung und Aussonderung von Akten (Aktenordnung)"),
    "Stadt Talheim an der Enz – Haupt- und Personalamt, 10.1 Organisation, und Stadtarchiv – Az. 10.1-015.00 – in Kraft seit 01.01.2024. Sie gilt für Papierakten und für Akten in der elektronischen Akte (EnzAkte) gleichermaßen.",
    ("h1", "§ 1 Grundsätze"),
    "(1) Akten sind so lange aufzubewahren, wie sie für die Aufgabenerledigung benötigt werden, mindestens aber bis zum Ablauf der Aufbewahrungsfrist nach § 2. Die Frist beginnt mit Ablauf des Kalenderjahres, in dem die Akte abgeschlossen (z. d. A. verfügt) wurde.",
    "(2) Gesetzliche oder sonderrechtliche Fristen (z. B. Abgabenordnung, Personenstandsgesetz, Handelsrecht) gehen dieser Dienstanweisung vor.",
    ("h1", "§ 2 Aufbewahrungsfristen"),
    [["Aktenart", "Aufbewahrungsfrist", "danach"],
     ["Personalakten", "5 Jahre nach Ablauf des Jahres des Ausscheidens", "Anbieten an das Stadtarchiv"],
     ["Bewerbungsunterlagen nicht eingestellter Personen", "6 Monate nach Abschluss des Verfahrens", "Vernichtung"],
     ["Kassen- und Buchungsbelege, Rechnungen", "10 Jahre", "Vernichtung"],
     ["Haushaltspläne, Jahresabschlüsse", "dauernd", "Stadtarchiv"],
     ["Reisekostenabrechnungen", "6 Jahre", "Vernichtung"],
     ["Gewerbeakten", "5 Jahre nach Abmeldung des Gewerbes", "Anbieten an das Stadtarchiv"],
     ["Bauakten, Bebauungspläne", "dauernd", "Stadtarchiv"],
     ["Niederschriften des Gemeinderats und der Ausschüsse", "dauernd", "Stadtarchiv"],
     ["allgemeiner Schriftverkehr", "6 Jahre", "Anbieten an das Stadtarchiv"],
     ["Vergabeakten", "10 Jahre nach Abschluss des Verfahrens", "Anbieten an das Stadtarchiv"]],
    ("h1", "§ 3 Anbietungspflicht und Aussonderung"),
    "(1) Akten, deren Frist abgelaufen ist, sind vor einer Vernichtung dem Stadtarchiv anzubieten, soweit in der Tabelle nicht „Vernichtung“ vorgesehen ist. Die Ämter erstellen dazu einmal jährlich eine Aussonderungsliste mit dem Formular A 2 und übersenden sie bis zum 30. November an das Stadtarchiv.",
    "(2) Das Stadtarchiv bewertet die angebotenen Unterlagen innerhalb von drei Monaten und teilt mit, welche Akten als archivwürdig übernommen werden. Die übrigen Akten gibt es zur Vernichtung frei.",
    "(3) Ohne Freigabe durch das Stadtarchiv dürfen angebotene Akten nicht vernichtet werden.",
    ("h1", "§ 4 Vernichtung"),
    "(1) Papierakten mit personenbezogenen Daten werden ausschließlich über die verschlossenen Datenschutzbehälter oder den beauftragten Aktenvernichtungsdienst vernichtet (Sicherheitsstufe P-4 nach DIN 66399). Die Datenschutzbehälter werden jeden zweiten Mittwoch geleert.",
    "(2) Größere Mengen (mehr als fünf Umzugskartons) sind bei 10.1 Zentrale Dienste anzumelden; der Abholtermin wird innerhalb von zwei Wochen vergeben.",
    "(3) Über jede Vernichtung ist ein Vernichtungsprotokoll zu fertigen, das das Amt zehn Jahre aufbewahrt.",
    ("h1", "§ 5 Elektronische Akten"),
    "In der EnzAkte wird die Aufbewahrungsfrist beim Anlegen der Akte über den Aktenplan automatisch vergeben. Nach Fristablauf erscheinen die Akten in der Aussonderungsansicht des Amtes; die Übergabe an das Stadtarchiv erfolgt elektronisch über die Schnittstelle zum Digitalen Archiv.",
    ("h1", "§ 6 Ansprechpersonen"),
    "Stadtarchiv: Frau Dr. Kienzle, Durchwahl -180, stadtarchiv@talheim-enz.de. Aktenplan und EnzAkte: 10.1 Organisation, Herr Mayer, Durchwahl -125.",
    "gez. Jochen Haag, Erster Bürgermeister",
])

page("organisation/Dienst_und_Schutzkleidung.html", "Dienst- und Schutzkleidung", '<a href="/organisation">Organisation</a> &rsaquo; Arbeitsschutz &rsaquo; Dienst- und Schutzkleidung', """
<h1>Dienst- und Schutzkleidung</h1>
<p class="meta">Regelung nach der Dienstanweisung Dienstkleidung (Az. 10.1-065.30) vom 01.03.2025 · Ansprechpartner: 10.1 Zentrale Dienste, Herr Bächle, Durchwahl -131 · Fachkraft für Arbeitssicherheit: Frau Wieland, Durchwahl -137</p>

<div class="info">Neu ab 2025: Bestellungen nur noch über das Bestellformular K 1 im EnzNet – Papierbestellungen werden nicht mehr angenommen.</div>

<h2>Wer erhält Dienstkleidung?</h2>
<p>Dienstkleidung und persönliche Schutzausrüstung (PSA) erhalten die Beschäftigten des Städtischen Bauhofs, der Stadtgärtnerei und des Friedhofs, die Hausmeisterinnen und Hausmeister sowie der Gemeindevollzugsdienst. Die Dienstkleidung bleibt Eigentum der Stadt.</p>

<h2>Jährliches Kleiderbudget</h2>
<table border="1">
<tr><th>Bereich</th><th>Budget je Kalenderjahr</th><th>Bemerkung</th></tr>
<tr><td>Bauhof, Stadtgärtnerei, Friedhof</td><td>250 Euro</td><td>zusätzlich Warnschutzkleidung nach Bedarf</td></tr>
<tr><td>Hausmeisterdienste</td><td>180 Euro</td><td>Arbeitsjacke, Hosen, Poloshirts</td></tr>
<tr><td>Gemeindevollzugsdienst</td><td>Uniform wird vollständig gestellt</td><td>Ausstattung nach Trageordnung</td></tr>
<tr><td>Auszubildende im Bauhof</td><td>150 Euro</td><td>Erstausstattung wird zusätzlich gestellt</td></tr>
</table>
<p>Nicht verbrauchtes Budget wird nicht in das folgende Jahr übertragen.</p>

<h2>Bestellung</h2>
<p>Es gibt zwei Bestellfenster im Jahr: bis zum <strong>31. März</strong> (Sommerkleidung) und bis zum <strong>30. September</strong> (Winterkleidung). Die Bestellung erfolgt mit dem Formular K 1 „Kleiderbestellung“ und wird von der Bauhofleitung bzw. der Sachgebietsleitung freigegeben. Die Lieferung erfolgt etwa sechs Wochen nach Bestellschluss an die Kleiderkammer im Bauhof.</p>

<h2>Sicherheitsschuhe und Schutzbrillen</h2>
<ul>
<li>Sicherheitsschuhe (mindestens Klasse S3) werden alle zwölf Monate gestellt, bei Verschleiß früher. Sie laufen nicht über das Kleiderbudget.</li>
<li>Orthopädische Sicherheitsschuhe werden nach ärztlicher Verordnung über den Rentenversicherungsträger beantragt; die Stadt übernimmt den Eigenanteil.</li>
<li>Für eine Korrektionsschutzbrille (Schutzbrille mit Sehstärke) zahlt die Stadt einen Zuschuss von bis zu 120 Euro.</li>
</ul>

<h2>Reinigung und Pflege</h2>
<p>Warnschutzkleidung und stark verschmutzte Arbeitskleidung wird von der Vertragswäscherei gereinigt. Die Wäsche wird montags bis 9:00 Uhr in der Kleiderkammer abgegeben und am Donnerstag derselben Woche zurückgebracht. Übrige Dienstkleidung ist selbst zu pflegen; dafür wird kein Reinigungsgeld gezahlt.</p>

<h2>Tragepflicht und private Nutzung</h2>
<p>Dienstkleidung ist während des Dienstes zu tragen. Das Tragen in der Freizeit ist – außer auf dem direkten Weg zwischen Wohnung und Arbeitsstätte – nicht gestattet. Beschädigte Kleidung wird gegen Rückgabe des beschädigten Stücks ersetzt.</p>

<h2>Ausscheiden</h2>
<p>Beim Ausscheiden ist die Dienstkleidung gereinigt zurückzugeben. Sicherheitsschuhe und Unterwäsche werden nicht zurückgenommen. Die Rückgabe wird auf dem Laufzettel bestätigt.</p>
""")

plain("organisation/Parkausweise_fuer_Bedienstete.txt", """
STADT TALHEIM AN DER ENZ - 10.1 Zentrale Dienste
Informationsblatt Nr. 12 (Stand 15.09.2025)
Az. 10.1-064.20

PARKEN FÜR BEDIENSTETE: PARKAUSWEISE, VERGABE, ENTGELTE
=======================================================

1. Welche Parkflächen gibt es?

   a) Tiefgarage Rathaus (Einfahrt Kirchgasse): 42 Stellplätze für
      Bedienstete, davon 3 Stellplätze für schwerbehinderte Beschäftigte
      und 4 Stellplätze mit Ladesäule.
   b) Parkplatz Enzwiesen (Fußweg zum Rathaus ca. 8 Minuten):
      60 Stellplätze für Bedienstete.
   c) Hof Technisches Rathaus: 18 Stellplätze, nur für Beschäftigte des
      Technischen Rathauses und Dienstfahrzeuge.

   Die Besucherparkplätze am Marktplatz dürfen von Bediensteten nicht
   genutzt werden, auch nicht kurzzeitig.

2. Parkausweis

   Parken ist nur mit gültigem Parkausweis (Jahresausweis) erlaubt. Der
   Ausweis ist gut sichtbar hinter der Windschutzscheibe auszulegen. Er gilt
   für ein Kalenderjahr und für bis zu zwei Kennzeichen.

3. Monatliches Entgelt

   Tiefgarage Rathaus ............................. 20,00 Euro je Monat
   Parkplatz Enzwiesen ............................ 10,00 Euro je Monat
   Hof Technisches Rathaus ........................ 15,00 Euro je Monat
   Schwerbehindertenstellplatz .................... entgeltfrei

   Das Entgelt wird monatlich vom Entgelt bzw. von den Bezügen einbehalten
   (Einwilligung auf dem Antrag). Ein Ersatzausweis bei Verlust kostet
   10,00 Euro.

4. Antrag und Vergabe

   Der Antrag auf einen Parkausweis für das folgende Kalenderjahr wird mit
   dem Formular P 20 "Antrag Parkausweis" bis zum 15. November bei 10.1
   gestellt. Sind mehr Anträge als Plätze vorhanden, wird nach Punkten
   vergeben:

     Schwerbehinderung (GdB ab 50) oder Gleichstellung ........ 10 Punkte
     regelmäßiger Dienstbeginn vor 6:30 Uhr / Schichtdienst .... 5 Punkte
     einfache Entfernung Wohnung - Rathaus über 15 km .......... 4 Punkte
     Betreuung von Kindern unter 12 Jahren .................... 3 Punkte
     keine zumutbare ÖPNV-Verbindung (über 60 Minuten) ......... 3 Punkte

   Bei Punktgleichheit entscheidet das Los. Nicht berücksichtigte Anträge
   kommen auf die Warteliste; frei werdende Plätze werden nach der Warte-
   liste vergeben. Teilzeitbeschäftigte können sich einen Platz teilen
   ("Tandemausweis"); das Entgelt wird dann geteilt.

5. Ladesäulen

   Die vier Stellplätze mit Ladesäule dürfen nur während des Ladevorgangs
   und höchstens vier Stunden am Tag belegt werden. Der Ladestrom wird
   über die Ladekarte des Stadtwerks abgerechnet (privat).

6. Fahrräder

   Der Fahrradkeller im Rathaus (Zugang Kirchgasse, Transponder) und die
   überdachten Abstellanlagen sind entgeltfrei. Eine Lademöglichkeit für
   Pedelec-Akkus befindet sich im Fahrradkeller.

7. Verstöße

   Wer ohne gültigen Ausweis parkt oder Besucherparkplätze belegt, wird
   zweimal schriftlich ermahnt; beim dritten Verstoß wird der Parkausweis
   für sechs Monate entzogen.

Ansprechpartnerin: Frau Gröner, 10.1, Durchwahl -134, parken@talheim-enz.de
""")

# ============================================================ finanzen
plain("finanzen/Beschaffung_Bueromaterial.md", """
# Beschaffung von Büromaterial und Verbrauchsgütern

*EnzNet › Finanzen › Einkauf* · Herausgeber: 10.1 Zentrale Dienste – Zentraler Einkauf · Az. 10.1-061.00 · Stand 07/2025

Der Zentrale Einkauf beschafft Büromaterial für alle Ämter über einen Rahmenvertrag mit der **Bürowelt Enz GmbH** (Laufzeit bis 31.12.2026). Einzelbestellungen bei anderen Händlern, im Baumarkt oder über private Online-Konten sind nicht zulässig; solche Belege werden von der Kämmerei nicht erstattet.

## Wer bestellt?

Jedes Amt benennt eine **Materialbeauftragte** oder einen **Materialbeauftragten** und eine Vertretung. Nur diese Personen haben Zugang zum Bestellportal im EnzNet. Beschäftigte melden ihren Bedarf bei der oder dem Materialbeauftragten ihres Amtes.

## Bestellrhythmus

- Bestellschluss für die wöchentliche Sammelbestellung ist **dienstags um 12:00 Uhr**.
- Die Lieferung erfolgt am **Donnerstag** derselben Woche an die Poststelle im Rathaus (Zimmer 0.03); das Technische Rathaus und der Bauhof werden mit der Hauspost beliefert.
- Eilbestellungen sind nur in begründeten Ausnahmefällen möglich und kosten eine Expresspauschale von 9,50 Euro, die dem Amtsbudget belastet wird.

## Wertgrenzen

| Bestellung | Freigabe |
|---|---|
| Artikel aus dem Katalog, Bestellwert bis 250 Euro | Materialbeauftragte/r, keine weitere Freigabe |
| Bestellwert über 250 Euro je Bestellung | Freigabe durch die Amtsleitung im Portal |
| Artikel außerhalb des Katalogs (Sonderbestellung) | Formular B 5 „Sonderbedarf“, Freigabe durch 10.1 |
| einzelner Artikel über 800 Euro netto | keine Büromaterialbestellung – Beschaffung nach der Vergabedienstanweisung |

Gegenstände mit einem Wert über 800 Euro netto sind inventarisierungspflichtig und werden nicht über das Büromaterialbudget beschafft.

## Was gehört nicht dazu?

- **IT-Zubehör** (Maus, Tastatur, Headset, Dockingstation, Toner und Druckerpatronen) wird über den IT-Servicedesk (Durchwahl -444) angefordert.
- **Möbel** und Bürostühle beantragt die Amtsleitung bei 10.1 Zentrale Dienste (Herr Bächle).
- **Visitenkarten** werden mit dem Formular B 7 bei 10.1 bestellt; die Standardauflage beträgt 250 Stück im Corporate Design.
- **Amtsstempel und Dienstsiegel** werden ausschließlich über 10.1 beschafft und im Siegelverzeichnis geführt.

## Nachhaltigkeit

Kopier- und Druckpapier wird nur als Recyclingpapier mit dem Umweltzeichen „Blauer Engel“ bestellt. Ordner, Hefter und Register sollen wiederverwendet werden; eine Sammelbox für gut erhaltene Ordner steht in der Poststelle. Einweggeschirr wird nicht beschafft.

## Budget

Das Büromaterialbudget wird den Ämtern jährlich zugewiesen und in der Kostenstelle des Amtes gebucht (Sachkonto 4431 Büromaterial). Der aktuelle Verbrauch ist im Bestellportal unter „Mein Budget“ einsehbar.

Kontakt Zentraler Einkauf: Frau Gröner, Durchwahl -134, einkauf@talheim-enz.de
""")

eml("finanzen/Rundschreiben_Kaemmerei_Jahresabschluss_2025.eml",
    "Kämmerei Stadt Talheim <kaemmerei@talheim-enz.de>",
    "Alle Ämter <aemter@talheim-enz.de>",
    "Rundschreiben 4/2025 der Kämmerei: Termine zum Jahresabschluss 2025",
    datetime(2025, 10, 28, 10, 5, tzinfo=CET),
    """Sehr geehrte Damen und Herren,

das Haushaltsjahr 2025 neigt sich dem Ende zu. Damit der Jahresabschluss fristgerecht aufgestellt werden kann, bitten wir um Beachtung der folgenden Termine und Regeln (Az. 20.1-902.25).

1. Rechnungen

Rechnungen, die das Haushaltsjahr 2025 betreffen, müssen sachlich und rechnerisch richtig gezeichnet spätestens am 5. Dezember 2025 im Rechnungseingangsbuch vorliegen. Später eingehende Rechnungen werden, soweit möglich, noch als Verbindlichkeit 2025 erfasst; bitte vermerken Sie dann deutlich "Leistungszeitraum 2025".

Bitte denken Sie an die Skontofristen: Rechnungen mit Skontoabzug sind sofort nach Eingang zu prüfen und innerhalb von drei Arbeitstagen an die Stadtkasse weiterzuleiten. Ohne Skonto gilt unser Zahlungsziel von 30 Tagen.

2. Barkassen und Handvorschüsse

Alle Barkassen und Handvorschüsse sind bis zum 19. Dezember 2025 mit der Stadtkasse abzurechnen. Der Bestand ist bar oder per Einzahlungsbeleg zurückzugeben; im Januar wird der Handvorschuss auf Antrag neu ausgezahlt.

3. Übertragung von Haushaltsermächtigungen

Anträge auf Übertragung nicht verbrauchter Mittel in das Jahr 2026 (Haushaltsreste) sind mit dem Formular HR 1 bis zum 15. Januar 2026 bei der Kämmerei zu stellen. Übertragen werden nur Mittel für Maßnahmen, die bereits begonnen oder rechtsverbindlich beauftragt sind. Eine Übertragung "auf Vorrat" ist nicht möglich.

4. Keine Vorauszahlungen

Vorauszahlungen für Leistungen, die erst 2026 erbracht werden, sind nicht zulässig - auch nicht, um "Restmittel" zu verbrauchen. Das Jahresende ist kein Grund für Dringlichkeitsvergaben.

5. Wertgrenzen für Aufträge (Erinnerung)

Für Liefer- und Dienstleistungen gelten weiterhin die Wertgrenzen der Vergabedienstanweisung (jeweils netto):
- Direktauftrag ohne Vergleichsangebote: bis 5.000 Euro
- Verhandlungsvergabe mit mindestens drei Angeboten: bis 50.000 Euro
- Beschränkte Ausschreibung: bis 100.000 Euro
- darüber: Öffentliche Ausschreibung über die Zentrale Vergabestelle

Die Zentrale Vergabestelle (Herr Kübler, Durchwahl -204) berät Sie gerne.

6. Inventur

Die Inventur der beweglichen Vermögensgegenstände zum 31.12.2025 erfolgt anhand der Inventarlisten, die wir Ihnen am 17. November zusenden. Bitte geben Sie die geprüften Listen bis zum 12. Januar 2026 zurück.

Für Rückfragen stehen wir unter Durchwahl -201 (Frau Ziegler) und -202 (Herr Lutz) zur Verfügung.

Mit freundlichen Grüßen
im Auftrag

Sabine Ziegler
Stadtkämmerei Talheim an der Enz - Amt 20
Marktplatz 1 | 71799 Talheim an der Enz
""")

# ============================================================ it
plain("it/Richtlinie_Diensthandy_und_mobile_Endgeraete.md", """
# Richtlinie für Diensthandys und mobile Endgeräte

Stadt Talheim an der Enz · 10.4 Informationstechnik · Az. 10.4-090.21 · Version 2.1 vom 01.05.2025
Abgestimmt mit dem Personalrat und dem behördlichen Datenschutzbeauftragten.

## 1 Wer erhält ein Diensthandy?

Ein dienstliches Smartphone erhalten Beschäftigte, die

- regelmäßig im Außendienst tätig sind (z. B. Bauhof, Gemeindevollzugsdienst, Bauaufsicht),
- Rufbereitschaft leisten,
- eine Amtsleitung oder eine vergleichbare Führungsfunktion innehaben.

Der Antrag wird von der Amtsleitung mit dem Formular IT 6 „Antrag mobiles Endgerät“ im Ticketsystem gestellt. Die Ausgabe erfolgt innerhalb von zehn Arbeitstagen nach Genehmigung durch 10.4.

## 2 Einrichtung und Sicherheit

1. Alle Geräte werden über das Mobile-Device-Management der Stadt verwaltet. Das Entfernen des Verwaltungsprofils ist untersagt.
2. Die Bildschirmsperre ist mit einer mindestens sechsstelligen PIN oder biometrisch zu sichern; nach zehn Fehleingaben wird das Gerät automatisch zurückgesetzt.
3. Apps werden ausschließlich aus dem Firmenportal installiert.
4. Betriebssystem-Updates sind innerhalb von sieben Tagen nach Bereitstellung zu installieren.

## 3 Private Nutzung

Die private Nutzung ist in geringem Umfang erlaubt (z. B. kurze private Telefonate im Inland). Private Apps, private Cloud-Speicher und private Messenger dürfen nicht installiert werden. Für die dienstliche Kurznachrichten-Kommunikation ist ausschließlich **Threema Work** zu verwenden; WhatsApp ist auf Diensthandys nicht zugelassen.

## 4 Tarif und Ausland

Die Geräte haben einen Tarif mit 20 GB Datenvolumen je Monat und einer Inlands-Flatrate. Roaming ist standardmäßig gesperrt. Für Dienstreisen ins Ausland wird Roaming auf Ticket freigeschaltet; das Ticket ist mindestens fünf Arbeitstage vor Reisebeginn zu stellen. Kosten durch private Nutzung im Ausland werden in Rechnung gestellt.

## 5 Verlust, Diebstahl, Schaden

- Verlust oder Diebstahl ist **sofort** dem IT-Servicedesk zu melden (Durchwahl -444; Servicezeiten Mo–Do 7:30–16:30 Uhr, Fr 7:30–12:30 Uhr). Außerhalb der Servicezeiten sperren Sie das Gerät selbst über das Firmenportal im Browser oder verständigen die IT-Rufbereitschaft über die Leitstelle der Feuerwehr.
- Ein Verlust ist zugleich als möglicher Datenschutzvorfall an den Datenschutzbeauftragten zu melden (datenschutz@talheim-enz.de).
- Bei Diebstahl ist eine Anzeige bei der Polizei zu erstatten.
- Bei grob fahrlässig verursachten Schäden (z. B. Displaybruch durch unsachgemäße Behandlung) beträgt die Eigenbeteiligung höchstens 150 Euro.

## 6 Austausch und Rückgabe

Geräte werden regulär nach vier Jahren ausgetauscht. Defekte Geräte werden beim IT-Servicedesk gegen ein Ersatzgerät getauscht. Beim Ausscheiden oder bei Wegfall der Voraussetzungen ist das Gerät mit Zubehör am letzten Arbeitstag bei 10.4 abzugeben. Vorher sind dienstliche Daten nicht selbst zu löschen – das Gerät wird von 10.4 zurückgesetzt.

## 7 Erreichbarkeit

Die Ausgabe eines Diensthandys begründet keine Pflicht, außerhalb der Arbeitszeit erreichbar zu sein. Ausgenommen sind angeordnete Rufbereitschaften (siehe DV Rufbereitschaft).
""")

eml("it/Rundmail_IT_Mehrfaktor-Anmeldung.eml",
    "IT-Servicedesk Stadt Talheim <servicedesk@talheim-enz.de>",
    "Alle Beschäftigten <alle@talheim-enz.de>",
    "Ab 1. Oktober: Anmeldung nur noch mit zweitem Faktor (MFA) - bitte jetzt einrichten",
    datetime(2025, 9, 2, 13, 31, tzinfo=CEST),
    """Liebe Kolleginnen und Kollegen,

ab dem 1. Oktober 2025 ist für die Anmeldung am Webmail, am ZEITWERK-Portal, am Fernzugang (VPN) und an der EnzAkte von außerhalb des Rathausnetzes ein zweiter Faktor erforderlich (Mehr-Faktor-Authentifizierung, MFA). Innerhalb des Rathausnetzes ändert sich zunächst nichts.

Was müssen Sie tun?

1. Wer ein Diensthandy hat: Die Authenticator-App ist bereits installiert. Bitte öffnen Sie im Browser die Seite mfa.talheim-enz.de, melden Sie sich an und scannen Sie den angezeigten QR-Code mit der App. Das dauert etwa fünf Minuten.

2. Wer kein Diensthandy hat, kann die App freiwillig auf dem privaten Smartphone einrichten. Die App erhält keinen Zugriff auf private Daten. Wer das nicht möchte, erhält einen Hardware-Token (Schlüsselanhänger mit Zahlencode) beim IT-Servicedesk, Rathaus Zimmer 1.05. Bitte bringen Sie Ihren Dienstausweis mit.

3. Bitte richten Sie den zweiten Faktor bis zum 26. September 2025 ein. Danach ist eine Anmeldung von außen ohne MFA nicht mehr möglich.

Passwörter - was ändert sich?

- Das Passwort muss künftig mindestens 12 Zeichen lang sein. Beim nächsten Passwortwechsel wird das geprüft.
- Der regelmäßige Passwortwechsel alle 90 Tage entfällt. Ändern Sie Ihr Passwort aber sofort, wenn Sie vermuten, dass jemand es kennt.
- Nach fünf Fehlversuchen wird das Konto für 30 Minuten gesperrt. Eine sofortige Entsperrung erfolgt über den IT-Servicedesk oder über die Selbstbedienung "Passwort vergessen" auf der Anmeldeseite.

Verlust des zweiten Faktors

Haben Sie den Hardware-Token verloren oder ein neues Smartphone, melden Sie sich bitte beim IT-Servicedesk. Ein Ersatztoken kostet nichts; bei wiederholtem Verlust behalten wir uns eine Kostenbeteiligung vor.

Wichtig: Wir fragen niemals per E-Mail oder Telefon nach Ihrem Passwort oder nach einem MFA-Code. Bestätigen Sie keine Anmeldeanfragen in der App, die Sie nicht selbst ausgelöst haben, und melden Sie solche Anfragen sofort.

Servicezeiten des IT-Servicedesks: Montag bis Donnerstag 7:30 bis 16:30 Uhr, Freitag 7:30 bis 12:30 Uhr, Durchwahl -444, servicedesk@talheim-enz.de.

Viele Grüße
Ihr IT-Servicedesk
--
Stadt Talheim an der Enz | 10.4 Informationstechnik
Marktplatz 1 | 71799 Talheim an der Enz
""")

# ============================================================ buergerservice
page("buergerservice/Gewerbeanzeigen_Hinweise_Sachbearbeitung.html", "Gewerbeanzeigen", '<a href="/buergerservice">Bürgerservice</a> &rsaquo; Gewerbeamt &rsaquo; Hinweise zur Sachbearbeitung', """
<h1>Gewerbeanzeigen (An-, Um- und Abmeldung) – Hinweise für die Sachbearbeitung</h1>
<p class="meta">Bürger- und Ordnungsamt (Amt 32), Sachgebiet 32.2 Gewerbe und Gaststätten · Stand 10.04.2025 · verantwortlich: Frau Heinzmann, Durchwahl -322</p>

<h2>Rechtsgrundlage und Frist</h2>
<p>Wer ein stehendes Gewerbe beginnt, muss dies nach § 14 Gewerbeordnung gleichzeitig mit dem Beginn der Tätigkeit anzeigen. Entsprechendes gilt für die Verlegung des Betriebs, den Wechsel oder die Ausdehnung des Gegenstands und die Aufgabe des Betriebs. Eine verspätete Anzeige ist eine Ordnungswidrigkeit; bei erstmaligem Verstoß wird in der Regel nur ein Hinweis erteilt.</p>
<p>Freie Berufe (z. B. Ärztinnen, Rechtsanwälte, Architektinnen, Künstler), Land- und Forstwirtschaft sowie die Verwaltung eigenen Vermögens sind nicht anzeigepflichtig. Im Zweifel an Frau Heinzmann wenden.</p>

<h2>Annahme der Anzeige</h2>
<ul>
<li>Online über das Serviceportal Baden-Württemberg (service-bw) oder persönlich im Bürgerbüro mit Termin.</li>
<li>Vorzulegen sind ein gültiger Personalausweis oder Reisepass; bei Nicht-EU-Staatsangehörigen der Aufenthaltstitel, der die selbständige Tätigkeit erlaubt.</li>
<li>Bei juristischen Personen (GmbH, UG) zusätzlich ein aktueller Handelsregisterauszug; anzeigen muss die Geschäftsführung.</li>
<li>Vertretung ist mit schriftlicher Vollmacht und Kopie des Ausweises der vertretenen Person möglich.</li>
</ul>

<h2>Gebühren (Verwaltungsgebührensatzung, Tarifstelle 32.2)</h2>
<table border="1">
<tr><th>Amtshandlung</th><th>Gebühr</th></tr>
<tr><td>Gewerbeanmeldung</td><td>30,00 Euro</td></tr>
<tr><td>Gewerbeanmeldung online über service-bw</td><td>25,00 Euro</td></tr>
<tr><td>Gewerbeummeldung</td><td>25,00 Euro</td></tr>
<tr><td>Gewerbeabmeldung</td><td>15,00 Euro</td></tr>
<tr><td>Auskunft aus dem Gewerberegister (einfache Auskunft)</td><td>12,00 Euro</td></tr>
<tr><td>Reisegewerbekarte</td><td>150,00 Euro</td></tr>
<tr><td>Zweitschrift einer Empfangsbescheinigung</td><td>8,00 Euro</td></tr>
</table>
<p>Die Abmeldung wegen Todes der Gewerbetreibenden und Abmeldungen von Amts wegen sind gebührenfrei.</p>

<h2>Bearbeitung</h2>
<p>Die Empfangsbescheinigung (Gewerbeschein) wird in der Regel sofort, spätestens innerhalb von drei Werktagen ausgestellt. Die Daten werden automatisch an das Finanzamt, die IHK bzw. Handwerkskammer, die Berufsgenossenschaft, das Statistische Landesamt und gegebenenfalls die Agentur für Arbeit übermittelt. Die Gewerbetreibenden müssen sich dort nicht gesondert melden; das Finanzamt schickt den Fragebogen zur steuerlichen Erfassung zu.</p>

<h2>Erlaubnispflichtige Gewerbe</h2>
<p>Bei erlaubnispflichtigen Tätigkeiten (z. B. Gaststätte mit Alkoholausschank, Makler und Bauträger nach § 34c GewO, Bewachungsgewerbe nach § 34a GewO, Versicherungsvermittlung) nimmt das Bürgerbüro nur die Anzeige entgegen und leitet den Vorgang an 32.2 weiter. Das Gewerbe darf erst nach Erteilung der Erlaubnis ausgeübt werden. Bei Handwerksbetrieben ist die Eintragung in die Handwerksrolle nachzuweisen.</p>

<h2>Auskünfte aus dem Gewerberegister</h2>
<p>Einfache Auskünfte (Name, Anschrift, angezeigte Tätigkeit) erhalten alle, die ein berechtigtes Interesse glaubhaft machen. Erweiterte Auskünfte nur bei rechtlichem Interesse. Auskünfte werden schriftlich erteilt, nicht am Telefon.</p>
""")

plain("buergerservice/Friedhofsgebuehren_Auszug.txt", """
Stadt Talheim an der Enz - Friedhofsverwaltung (Amt 67, Sachgebiet 67.4)
Az. 67.4-731.1

AUSZUG AUS DER FRIEDHOFSGEBÜHRENORDNUNG
(Satzung vom 27.11.2023, gültig ab 01.01.2024)
Arbeitshilfe für das Bürgerbüro und die Friedhofsverwaltung - ohne Gewähr,
rechtsverbindlich ist die im Talheimer Anzeiger bekannt gemachte Satzung.

Ruhezeiten: Erdbestattung 20 Jahre, Urnenbeisetzung 15 Jahre,
            Kinder unter 10 Jahren 10 Jahre.

A. GRABNUTZUNGSGEBÜHREN (für die Dauer der Ruhezeit bzw. Nutzungszeit)

  Nr.  Grabart                                               Gebühr
  ---  ----------------------------------------------------  -----------
  A 1  Reihengrab Erdbestattung                              1.450 Euro
  A 2  Wahlgrab Erdbestattung, einstellig (25 Jahre)         2.100 Euro
  A 3  Wahlgrab Erdbestattung, zweistellig (25 Jahre)        3.200 Euro
  A 4  Urnenreihengrab                                         890 Euro
  A 5  Urnenwahlgrab bis 4 Urnen (25 Jahre)                  1.600 Euro
  A 6  Urnenrasengrab (einschließlich Pflege)                1.250 Euro
  A 7  Baumgrab im Ruhewald Enzhalde (Urne)                  1.800 Euro
  A 8  Kindergrab (Kinder unter 10 Jahren)                     380 Euro
  A 9  anonymes Urnengemeinschaftsfeld                         720 Euro

  Verlängerung des Nutzungsrechts an Wahlgräbern: je Jahr und Grabstelle
  128 Euro (Erdwahlgrab) bzw. 64 Euro (Urnenwahlgrab).

B. BESTATTUNGSGEBÜHREN

  B 1  Erdbestattung (Öffnen und Schließen des Grabes)         780 Euro
  B 2  Urnenbeisetzung                                         260 Euro
  B 3  Zuschlag Bestattung an Samstagen                      50 Prozent
  B 4  Ausgrabung / Umbettung einer Urne                       310 Euro

C. BENUTZUNG DER EINRICHTUNGEN

  C 1  Trauerhalle Hauptfriedhof, je Trauerfeier               240 Euro
  C 2  Kapelle Friedhof Enzberg, je Trauerfeier                150 Euro
  C 3  Kühlzelle, je angefangenem Tag                           35 Euro

D. SONSTIGES

  D 1  Genehmigung eines Grabmals oder einer Grabeinfassung     75 Euro
  D 2  Umschreibung des Nutzungsrechts                          40 Euro
  D 3  Abräumen eines Grabes nach Ablauf der Ruhezeit
       durch die Friedhofsverwaltung                           350 Euro

HINWEISE FÜR DIE SACHBEARBEITUNG

- Gebührenschuldner ist, wer die Bestattung beantragt hat; bei mehreren
  Antragstellenden haften sie als Gesamtschuldner.
- Die Gebühren werden einen Monat nach Bekanntgabe des Gebührenbescheids
  fällig. Ratenzahlung ist auf Antrag bei der Stadtkasse möglich.
- Bestattungen finden montags bis freitags von 9:00 bis 15:00 Uhr und
  samstags von 9:00 bis 12:00 Uhr statt. An Sonn- und Feiertagen finden
  keine Bestattungen statt.
- Die Anmeldung einer Bestattung muss spätestens drei Werktage vor dem
  gewünschten Termin bei der Friedhofsverwaltung vorliegen.
- Für Personen, die nicht in Talheim an der Enz gewohnt haben, wird ein
  Zuschlag von 25 Prozent auf die Grabnutzungsgebühren erhoben, es sei
  denn, eine nahe Angehörige oder ein naher Angehöriger ist bereits auf
  einem städtischen Friedhof bestattet.

Friedhofsverwaltung: Herr Sautter, Durchwahl -674, friedhof@talheim-enz.de
Sprechzeiten: Mo, Mi, Fr 8:30 - 12:00 Uhr
""")

# ============================================================ gemeinderat
docx("gemeinderat/Satzung_Entschaedigung_ehrenamtliche_Taetigkeit.docx", [
    ("title", "Satzung über die Entschädigung für ehrenamtliche Tätigkeit (Entschädigungssatzung)"),
    "Stadt Talheim an der Enz – vom 23.07.2024, in Kraft ab 01.09.2024. Aufgrund von § 4 und § 19 der Gemeindeordnung für Baden-Württemberg (GemO) hat der Gemeinderat am 23.07.2024 folgende Satzung beschlossen. Lesefassung des Sitzungsdienstes (10.3).",
    ("h1", "§ 1 Allgemeines"),
    "(1) Ehrenamtlich Tätige erhalten den Ersatz ihrer Auslagen und ihres Verdienstausfalls nach den folgenden Bestimmungen.",
    "(2) Für Mitglieder des Gemeinderats, der Ortschaftsräte und für sachkundige Einwohnerinnen und Einwohner in beratenden Ausschüssen wird die Entschädigung nach § 3 als Aufwandsentschädigung gezahlt.",
    ("h1", "§ 2 Verdienstausfall"),
    "(1) Der Verdienstausfall wird auf Antrag gegen Nachweis ersetzt, höchstens jedoch mit 30 Euro je angefangene Stunde und 240 Euro je Tag.",
    "(2) Personen, die einen Haushalt mit mindestens zwei Personen führen und nicht erwerbstätig sind, erhalten für die Zeit der ehrenamtlichen Tätigkeit 18 Euro je Stunde.",
    "(3) Kosten einer notwendigen Kinderbetreuung oder Betreuung pflegebedürftiger Angehöriger werden gegen Nachweis bis zu 12 Euro je Stunde erstattet.",
    ("h1", "§ 3 Aufwandsentschädigung für Gemeinderäte"),
    "(1) Die Mitglieder des Gemeinderats erhalten eine Aufwandsentschädigung, die sich aus einer monatlichen Grundpauschale und einem Sitzungsgeld zusammensetzt:",
    [["Personenkreis", "Grundpauschale je Monat", "Sitzungsgeld je Sitzung"],
     ["Mitglieder des Gemeinderats", "120 Euro", "45 Euro"],
     ["Fraktionsvorsitzende (zusätzlich)", "100 Euro", "–"],
     ["ehrenamtliche Stellvertreterinnen und Stellvertreter der Oberbürgermeisterin (zusätzlich)", "150 Euro", "60 Euro je Tag der tatsächlichen Vertretung"],
     ["Mitglieder der Ortschaftsräte", "40 Euro", "30 Euro"],
     ["sachkundige Einwohnerinnen und Einwohner", "–", "35 Euro"]],
    "(2) Das Sitzungsgeld wird für Sitzungen des Gemeinderats, seiner Ausschüsse und des Ältestenrats sowie für Besichtigungen im Auftrag des Gemeinderats gezahlt. Dauert eine Sitzung länger als vier Stunden, erhöht sich das Sitzungsgeld auf 70 Euro. Für mehrere Sitzungen an einem Tag wird höchstens das doppelte Sitzungsgeld gezahlt.",
    "(3) Fraktionssitzungen zur Vorbereitung von Gemeinderatssitzungen werden bis zu zwölf im Kalenderjahr wie Ausschusssitzungen behandelt.",
    "(4) Mit der Aufwandsentschädigung sind der Verdienstausfall und die Auslagen innerhalb des Stadtgebiets abgegolten. Für Fahrten außerhalb des Stadtgebiets im Auftrag des Gemeinderats werden Reisekosten nach dem Landesreisekostengesetz erstattet.",
    ("h1", "§ 4 Zahlungsweise"),
    "(1) Die Grundpauschale wird vierteljährlich im Voraus gezahlt, das Sitzungsgeld vierteljährlich nachträglich auf Grundlage der Anwesenheitslisten.",
    "(2) Ruht das Mandat oder bleibt ein Mitglied länger als drei Monate ununterbrochen allen Sitzungen fern, entfällt die Grundpauschale vom vierten Monat an.",
    ("h1", "§ 5 Inkrafttreten"),
    "Diese Satzung tritt am 01.09.2024 in Kraft. Gleichzeitig tritt die Entschädigungssatzung vom 19.10.2015 außer Kraft.",
    "Talheim an der Enz, 24.07.2024 – gez. Dr. Annette Wehrle, Oberbürgermeisterin",
])

plain("gemeinderat/Leitfaden_Sitzungsdienst_Vorlagen_und_Fristen.md", """
# Leitfaden Sitzungsdienst: Vorlagen, Fristen, Niederschriften

Haupt- und Personalamt · 10.3 Sitzungsdienst und Gremien · Az. 10.3-022.00 · Stand 09/2025
Ansprechpartner: Herr Brenner (Durchwahl -141), Frau Kaya (Durchwahl -142), sitzungsdienst@talheim-enz.de

## 1. Gremien und Sitzungsrhythmus

| Gremium | Sitzungen | Ort |
|---|---|---|
| Gemeinderat | in der Regel einmal im Monat, dienstags 18:00 Uhr | Großer Sitzungssaal |
| Verwaltungs- und Finanzausschuss (VFA) | zwei Wochen vor dem Gemeinderat, dienstags 17:00 Uhr | Kleiner Sitzungssaal |
| Ausschuss für Umwelt und Technik (AUT) | zwei Wochen vor dem Gemeinderat, donnerstags 17:00 Uhr | Technisches Rathaus, Raum 3.01 |
| Ältestenrat | nach Bedarf | Dienstzimmer der Oberbürgermeisterin |

Der Sitzungskalender für das folgende Jahr wird jeweils im Oktober beschlossen und im RatsInfo Talheim veröffentlicht. Im August finden keine Sitzungen statt (Sitzungspause).

## 2. Beschlussvorlagen

1. Vorlagen werden ausschließlich mit der Vorlagenvorlage im RatsInfo erstellt (Beschlussvorlage, Informationsvorlage, Antwort auf Anfrage).
2. Der **Entwurf** ist spätestens **vier Wochen** vor der Sitzung des vorberatenden Ausschusses im RatsInfo freizugeben, damit Kämmerei und Rechtsamt mitzeichnen können.
3. Vorlagen mit finanziellen Auswirkungen müssen vor der Freigabe von der Kämmerei mitgezeichnet sein (Abschnitt „Finanzielle Auswirkungen“ ausfüllen, auch wenn keine entstehen).
4. Die unterschriebene Endfassung muss spätestens am **Mittwoch zwölf Tage vor der Sitzung** um 12:00 Uhr beim Sitzungsdienst vorliegen.
5. Tischvorlagen sind nur in Ausnahmefällen zulässig und bedürfen der Zustimmung der Oberbürgermeisterin.

## 3. Einberufung und Bekanntmachung

Der Gemeinderat wird nach § 34 GemO schriftlich oder elektronisch mit angemessener Frist, in der Regel **mindestens sieben Tage** vor der Sitzung, unter Mitteilung der Tagesordnung einberufen; die Beratungsunterlagen werden gleichzeitig im RatsInfo bereitgestellt. In Notfällen kann ohne Frist einberufen werden.

Zeit, Ort und Tagesordnung der öffentlichen Sitzungen werden im Mitteilungsblatt „Talheimer Anzeiger“ bekannt gegeben. Redaktionsschluss des Anzeigers ist **montags um 10:00 Uhr** für die Ausgabe am Donnerstag derselben Woche.

## 4. Öffentlich oder nichtöffentlich?

Sitzungen sind grundsätzlich öffentlich. Nichtöffentlich wird verhandelt, wenn es das öffentliche Wohl oder berechtigte Interessen Einzelner erfordern – typischerweise Personalangelegenheiten, Grundstücksgeschäfte und Vergaben mit Angebotspreisen. Beschlüsse aus nichtöffentlicher Sitzung werden nach Wiederherstellung der Öffentlichkeit bekannt gegeben, sobald die Gründe für die Geheimhaltung entfallen sind.

## 5. Befangenheit

Ratsmitglieder, die nach § 18 GemO befangen sind, müssen dies vor Beginn der Beratung mitteilen und den Sitzungstisch verlassen; bei öffentlicher Sitzung dürfen sie im Zuhörerbereich bleiben. Beschäftigte, die eine Vorlage schreiben, weisen in der Vorlage auf erkennbare Befangenheitsgründe hin.

## 6. Niederschrift

Die Niederschrift wird vom Sitzungsdienst gefertigt und innerhalb von vier Wochen nach der Sitzung den Mitgliedern im RatsInfo zur Kenntnis gegeben. Sie wird von der Vorsitzenden, zwei Ratsmitgliedern, die an der Sitzung teilgenommen haben, und der Schriftführung unterzeichnet. Niederschriften werden dauernd aufbewahrt.

## 7. Sitzungsgeld

Die Anwesenheitsliste ist Grundlage für die Auszahlung des Sitzungsgelds nach der Entschädigungssatzung. Bitte achten Sie darauf, dass alle Mitglieder zu Beginn unterschreiben; später Kommende tragen die Uhrzeit ein.
""")

# ============================================================ ordnung
plain("ordnung/Fundbuero_Arbeitshinweise.md", """
# Fundbüro – Arbeitshinweise

**Stadt Talheim an der Enz · Bürger- und Ordnungsamt · 32.1 Bürgerbüro**
Az. 32.1-125.10 · Stand 01.02.2025 · Fundbüro im Bürgerbüro, Marktplatz 3, Schalter 4

## Annahme von Fundsachen

- Fundsachen werden während der Öffnungszeiten des Bürgerbüros angenommen. Der Finder erhält eine Fundbescheinigung mit Fundnummer.
- Angaben aufnehmen: Fundort, Funddatum und -uhrzeit, Beschreibung, Name und Anschrift des Finders (falls er Rechte geltend machen will).
- Fundsachen mit einem Wert bis 10 Euro müssen nicht abgeliefert werden; werden sie dennoch abgegeben, wird nur ein Kurzeintrag angelegt.
- Geld, Schmuck und Wertgegenstände über 500 Euro werden am selben Tag in den Tresor der Stadtkasse gegeben.
- Ausweise, Reisepässe und Führerscheine werden nicht als Fundsache verwahrt, sondern an die ausstellende Behörde weitergeleitet (Talheimer Ausweise direkt an das Pass- und Ausweiswesen im Haus).
- Tiere sind keine Fundsachen im Sinne dieser Hinweise; Fundtiere werden an das Tierheim Enztal vermittelt (Telefon 07042 55 66 77).
- Fahrräder werden vom Bauhof abgeholt und im Fahrradlager Enzstraße 40 verwahrt.

## Aufbewahrung und Herausgabe

- Die Aufbewahrungsfrist beträgt **sechs Monate** ab Anzeige des Fundes. Nach Ablauf erwirbt der Finder das Eigentum, wenn er dies bei der Abgabe erklärt hat; andernfalls fällt die Sache an die Stadt.
- Herausgabe an Verlierer nur gegen Nachweis des Eigentums oder genaue Beschreibung und Vorlage eines Ausweises. Die Herausgabe ist zu quittieren.
- Für die Verwahrung wird bei Herausgabe an den Verlierer eine Gebühr von 10 Euro erhoben; bei Wertgegenständen über 1.000 Euro 3 Prozent des Werts, höchstens 100 Euro.
- Fundsachen, die nach Fristablauf der Stadt zufallen, werden zweimal jährlich (April und Oktober) über die Online-Versteigerungsplattform der Kommunen versteigert; Bekleidung wird der Kleiderkammer des Roten Kreuzes übergeben.

## Finderlohn

Der Finderlohn richtet sich nach § 971 BGB: 5 Prozent vom Wert bis 500 Euro, vom Mehrwert 3 Prozent, bei Tieren 3 Prozent. Das Fundbüro zahlt den Finderlohn nicht aus, sondern teilt dem Verlierer bei der Herausgabe Name und Anschrift des Finders mit, wenn dieser Finderlohn verlangt.

## Funde in Dienstgebäuden

Sachen, die in Rathaus, Technischem Rathaus, Stadtbücherei, Sporthallen oder Bussen gefunden werden, sind an der Pforte bzw. bei der Hausverwaltung abzugeben und werden nach drei Tagen an das Fundbüro übergeben. Für Funde in Dienstgebäuden besteht nach § 978 BGB nur ein Anspruch auf Finderlohn, wenn die Sache mindestens 50 Euro wert ist; Bedienstete, die in Ausübung ihres Dienstes etwas finden, haben keinen Anspruch auf Finderlohn.

## Fundsachen im Fachverfahren

Alle Fundsachen werden im Fachverfahren „FundPlus“ erfasst. Verlustmeldungen von Bürgerinnen und Bürgern werden ebenfalls dort eingetragen; das System gleicht Funde und Verlustmeldungen automatisch ab. Verlustmeldungen werden nach sechs Monaten gelöscht.

Ansprechpartnerin Fundbüro: Frau Riedlinger, Durchwahl -311, fundbuero@talheim-enz.de
""")

print("built")
