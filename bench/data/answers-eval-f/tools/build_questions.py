#!/usr/bin/env python3
"""Source table of set F (Stadt Hainbrück). Writes ../questions.json.

Split rule (fixed before any measurement): within each category, questions keep the order of this
table (= id order); the 1st, 3rd, 5th ... get split "dev", the 2nd, 4th, 6th ... get "test".
"""
import json
from pathlib import Path

U = "personal/Urlaubsregelung.md"
G = "personal/DV_Gleitzeit.md"
K = "personal/Merkblatt_Krankmeldung.txt"
F = "personal/Fortbildung_Intranet.html"
J = "personal/Rundmail_Jahreswechsel.eml"
DR = "personal/DA_Dienstreisen.docx"
MA = "personal/DV_Mobiles_Arbeiten.docx"
SD = "organisation/DA_Sitzungsdienst.docx"
SF = "organisation/Sitzungsdienst_Fristen.html"
FZ = "organisation/Richtlinie_Dienstfahrzeuge.md"
TEL = "organisation/Telefonverzeichnis_Zentrale_Dienste.pdf"
BM = "finanzen/DA_Bueromaterial_und_Kleinbeschaffung.md"
RE = "finanzen/Merkblatt_Rechnungsbearbeitung.txt"
HH = "finanzen/Rundschreiben_Haushalt_2027.eml"
VG = "finanzen/Vergabedienstanweisung.pdf"
IT = "it/IT_Nutzungsrichtlinie.docx"
FAQ = "it/IT_Service_FAQ.html"
PH = "it/Rundmail_Phishing_Warnung.eml"
DS = "datenschutz/Merkblatt_Datenschutz.pdf"
BB = "buergerservice/Arbeitsanweisung_Buergerbuero.md"
GEB = "buergerservice/Gebuehren_Buergerbuero.html"
BA = "bauen/Merkblatt_Bauantrag.txt"
SN = "ordnung/Sondernutzung_Strassen.docx"
VA = "ordnung/Merkblatt_Veranstaltungen.pdf"

# (question, expected, keyFacts, note)
Q = {}

Q["everyday"] = [
    ("hab noch 5 tage vom letzten jahr übrig, wie lange kann ich die noch nehmen?", [U], ["30. April des Folgejahres"], "Resturlaub; übrig/nehmen statt Übertragung/antreten"),
    ("mein kleiner hat fieber und ich muss zuhause bleiben, was muss ich da ausfüllen?", [K], ["P 17"], "Kind krank; kleiner = Kind"),
    ("lieg mit grippe flach, bis wann muss ich mich im büro melden?", [K], ["spätestens bis 9:00 Uhr"], "flachliegen = arbeitsunfähig"),
    ("brauch ich ne krankschreibung wenn ich nur zwei tage flachlieg?", [K], ["länger als drei Kalendertage"], "krankschreibung = Arbeitsunfähigkeitsbescheinigung"),
    ("fahr mit meinem eigenen auto zur schulung nach erfurt weil kein poolauto frei war, was krieg ich pro km?", [DR], ["0,30 Euro je Kilometer"], "triftiger Grund (kein Poolfahrzeug frei); eigenes auto = privates Kfz"),
    ("hab heut früh vergessen mich einzustempeln, wie krieg ich das wieder hin?", [G], ["Z 3", "fünf Arbeitstagen"], "einstempeln = Buchung Zeiterfassung"),
    ("wie lange muss ich freitags mindestens im haus sein?", [G], ["9:00 bis 12:00 Uhr"], "Kernzeit Freitag (Beinahe-Dublette: Erreichbarkeit mobiles Arbeiten freitags 9–12)"),
    ("wie oft die woche darf ich von daheim aus arbeiten?", [MA], ["bis zu 60 Prozent", "Mindestens zwei Tage je Woche"], "daheim = mobiles Arbeiten"),
    ("krieg ich was fürs internet und den strom wenn ich von zuhause arbeite?", [MA], ["keine Erstattung; es wird keine Pauschale gezahlt"], "Kostenerstattung mobiles Arbeiten"),
    ("hab in so ner komischen mail auf den link geklickt und mein passwort eingetippt 😬 was jetzt?", [PH], ["IT-Hotline an (Durchwahl -444)"], "Phishing; passwort eingetippt = Zugangsdaten eingegeben"),
    ("neue kollegin fängt nächsten monat an, wann muss ich ihren pc-zugang bestellen?", [FAQ], ["IT 3", "zehn Arbeitstage vor dem Dienstantritt"], "pc-zugang = Benutzerkonto"),
    ("hab meinen dienstlaptop im zug liegen lassen 😱 wen ruf ich an und wie schnell?", [IT], ["IT-Hotline -444", "spätestens innerhalb von 2 Stunden"], "liegen lassen = Verlust"),
    ("brauch nen neuen bürostuhl, mein rücken macht nicht mehr mit – wie komm ich da ran?", [BM], ["B 7"], "Bedarfsanmeldung Ausstattung"),
    ("darf ich mal eben ne tastatur für 60 euro im netz bestellen?", [BM], ["250 Euro netto"], "Kleinbeschaffung durch den Fachdienst"),
    ("wo schmeiß ich alte bewerbungsunterlagen weg?", [DS], ["graue Datenschutztonne"], "schmeißen = entsorgen; Unterlagen mit Personendaten"),
    ("mist, hab ne mail mit nem gutachten an den falschen bürger geschickt. was muss ich jetzt machen?", [DS], ["innerhalb von 24 Stunden", "DS 3"], "Datenpanne"),
    ("ein verein will beim sommerfest bier verkaufen, was brauchen die von uns?", [VA], ["Gaststättengesetz", "spätestens vier Wochen vor der Veranstaltung"], "bier verkaufen = Ausschank alkoholischer Getränke"),
    ("bauherr will nen schuttcontainer vors haus auf den gehweg stellen, was kostet ihn das?", [SN], ["1,50 Euro je m² und angefangene Woche"], "Sondernutzungsgebühr"),
    ("da will jemand den perso für seine frau abholen, geht das?", [BB], ["schriftliche Vollmacht"], "perso = Personalausweis"),
    ("zwischen weihnachten und neujahr ist doch zu, muss ich dafür urlaub nehmen?", [J], ["Urlaub oder Gleittage einzubringen"], "zu = Schließtage"),
    ("meine frau kriegt nächste woche unser baby, krieg ich da frei?", [U], ["Niederkunft der Ehefrau", "1 Arbeitstag"], "baby kriegen = Niederkunft; frei = Arbeitsbefreiung"),
    ("wann kommt eigentlich das kopierpapier, das ich bestellt hab?", [BM], ["Freitag derselben Woche"], "kopierpapier = Büromaterial; Lieferung"),
    ("kollege hat mit dem e-auto vom rathaus nen blechschaden gebaut, was muss er machen?", [FZ], ["FZ 2", "Polizei"], "blechschaden = Unfall Dienstfahrzeug"),
]

Q["direct"] = [
    ("Bis wann muss der Urlaubsplan einer Organisationseinheit aufgestellt werden?", [U], ["31. Januar"], None),
    ("Wie hoch ist das Tagegeld bei einer Abwesenheit von mehr als 8 Stunden?", [DR], ["14 Euro"], None),
    ("Innerhalb welcher Frist muss die Reisekostenabrechnung eingereicht werden?", [DR], ["DR 4", "sechs Monaten"], None),
    ("Wie viele Gleittage dürfen im Kalenderjahr genommen werden?", [G], ["zwölf Gleittage"], None),
    ("Welche Wertgrenze gilt für den Direktauftrag bei Liefer- und Dienstleistungen?", [VG], ["bis 1.000 Euro"], "Beinahe-Dublette: Bauleistungen bis 3.000 Euro"),
    ("Wer ist die behördliche Datenschutzbeauftragte der Stadt?", [DS], ["Annett Stöckel"], None),
    ("Wie lang muss ein Kennwort mindestens sein?", [IT], ["mindestens 12 Zeichen"], None),
    ("Wann ist Redaktionsschluss für Beschlussvorlagen zur Sitzung des Stadtrats?", [SF], ["15 Arbeitstage vor der Sitzung des Stadtrats"], "Beinahe-Dublette: Ausschüsse 10 Arbeitstage"),
    ("Welche Ladungsfrist gilt für die Einladung zu Sitzungen des Stadtrats?", [SD], ["spätestens am siebten Tag vor der Sitzung"], None),
    ("Wie lange werden Fundsachen aufbewahrt?", [BB], ["sechs Monate"], None),
    ("Wie hoch ist die Gebühr für ein Führungszeugnis?", [GEB], ["13,00 €"], None),
    ("Wann und wo findet die nächste Personalversammlung statt?", [J], ["20. Januar 2027", "Stadthalle"], None),
    ("Wie tief muss die Abstandsfläche nach der Thüringer Bauordnung mindestens sein?", [BA], ["0,4 H, mindestens 3 m"], None),
    ("Bis wann sind die Mittelanmeldungen für den Haushalt 2027 zu erfassen?", [HH], ["17. Juli 2026"], None),
    ("Wie viele Tage Bildungsfreistellung stehen Beschäftigten zu?", [F], ["fünf Arbeitstage Bildungsfreistellung je Kalenderjahr"], None),
    ("Bis wann müssen Rechnungen für das laufende Haushaltsjahr bei der Stadtkasse vorliegen?", [RE], ["10. Dezember"], None),
]

Q["compound"] = [
    ("Wege Strecken Entschädigung ohne triftigen Grund", [DR], ["0,20 Euro je Kilometer"], "Wegstreckenentschädigung getrennt"),
    ("Arbeits Befreiung bei Tod eines Eltern Teils", [U], ["2 Arbeitstage"], "Arbeitsbefreiung, Elternteil getrennt"),
    ("Gleit-Zeit-Konto Plus Stunden Höchstgrenze", [G], ["40 Plusstunden"], "Gleitzeitkonto, Plusstunden getrennt"),
    ("Sonder Nutzungs Erlaubnis Antrag Frist", [SN], ["SN 1", "mindestens zwei Wochen"], "Sondernutzungserlaubnis getrennt"),
    ("Halte-Verbots-Zone Umzug Gebühr", [SN], ["40 Euro pauschal"], "Halteverbotszone mit Bindestrichen"),
    ("Daten Schutz Beauftragte Durch Wahl", [DS, TEL, IT], ["-119"], "Datenschutzbeauftragte, Durchwahl getrennt"),
    ("Verhandlungs Vergabe Liefer Leistungen bis wie viel", [VG], ["bis 25.000 Euro"], "Verhandlungsvergabe, Lieferleistungen getrennt"),
    ("Wechsel Geld Bestand Bürger Büro", [BB], ["150 Euro"], "Wechselgeldbestand, Bürgerbüro getrennt"),
    ("Niederschrift Entwurf Frist Sitzungs-Leitung", [SD], ["innerhalb von zehn Arbeitstagen nach der Sitzung"], "Sitzungsleitung mit Bindestrich"),
    ("Kassen Differenz Formular Tages Abschluss", [BB], ["K 12"], "Kassendifferenz, Tagesabschluss getrennt"),
    ("stufenweise Wieder Eingliederung nach langer Krankheit", [K], ["Hamburger Modell"], "Wiedereingliederung getrennt"),
    ("Zweit Bildschirm Home Office", [MA], ["auf Antrag, wenn mehr als 40 Prozent mobil gearbeitet wird"], "zweiter Bildschirm; Homeoffice getrennt, Dokument sagt mobiles Arbeiten"),
]

Q["typo"] = [
    ("Urlaubsanpsruch bei 5-Tage-Woche wie viele Tage?", [U], ["30 Arbeitstage"], "Urlaubsanpsruch"),
    ("Kernzeit Montga bis Donnerstag", [G], ["9:00 bis 14:30 Uhr"], "Montga"),
    ("Fortbidlung anmelden welches Formular und bis wann", [F], ["F 2", "sechs Wochen vor Seminarbeginn"], "Fortbidlung"),
    ("Übernachtungskostne Dienstreise ohne Beleg", [DR], ["Übernachtungsgeld von 20 Euro"], "Übernachtungskostne"),
    ("Personalauswiess Gebühr unter 24 Jahren", [GEB], ["22,80 €"], "Personalauswiess"),
    ("Bauvoranfarge wie lange gilt der Vorbescheid", [BA], ["Der Vorbescheid gilt drei Jahre"], "Bauvoranfarge"),
    ("Tonaufzeichung Stadtratssitzung wann gelöscht", [SD], ["nach Genehmigung der Niederschrift gelöscht"], "Tonaufzeichung"),
    ("Phishng Mail wie melden", [PH], ["Phishing melden"], "Phishng"),
    ("Inventarisierng ab welchem Betrag", [BM], ["800 Euro netto"], "Inventarisierng"),
    ("Ersatz-Tocken für VPN was kostet das", [FAQ], ["35 Euro"], "Tocken"),
    ("Vergabevermerk ab wie viel Eruo nötig", [VG], ["ab 1.000 Euro netto", "V 2"], "Eruo"),
    ("Dienstwagen Führerschein Kontrole wann", [FZ], ["einmal jährlich im Januar"], "Kontrole"),
]

Q["amounts-dates"] = [
    ("Ich fahre 400 km mit dem Privatwagen, aber ohne triftigen Grund – gibt es eine Obergrenze?", [DR], ["höchstens 130 Euro je Dienstreise"], "Beinahe-Dublette 0,30 / 0,20 / 0,10 Euro je km"),
    ("Das Hotel in Berlin kostet 115 Euro pro Nacht – wird das voll erstattet?", [DR], ["in Städten über 500.000 Einwohnern bis 120 Euro"], "Beinahe-Dublette 90 / 120 / 20 Euro"),
    ("Bauleistung für 40.000 Euro netto – welches Vergabeverfahren?", [VG], ["Freihändige Vergabe mit mindestens drei Angeboten", "bis 50.000 Euro"], "Bau, nicht Liefer-/Dienstleistung (dort 25.000)"),
    ("Ab welchem Auftragswert entscheidet der Stadtrat über eine Vergabe?", [VG], ["500.000 Euro netto der Stadtrat"], "Beinahe-Dublette HFA 150.000"),
    ("Wir wollen einen Auftrag über 7.000 Euro vergeben – brauchen wir wegen der Haushaltssperre eine Freigabe?", [HH], ["Aufträge mit einem Wert über 5.000 Euro"], None),
    ("Wie viel Prozent der Ansätze für Sach- und Dienstleistungen sind 2026 gesperrt?", [HH], ["15 Prozent"], "Beinahe-Dublette: Steigerung 2 Prozent"),
    ("Was kostet ein Reisepass im Expressverfahren für eine 30-jährige Antragstellerin insgesamt?", [GEB], ["70,00 €", "32,00 €"], "Summe 102,00 € steht nicht im Dokument; beide Posten"),
    ("Bis wann muss ich die Schließtage zum Jahreswechsel in PERSONA eintragen?", [J], ["4. Dezember 2026"], None),
    ("Wie viele Minusstunden darf das Gleitzeitkonto am Monatsende höchstens haben?", [G], ["15 Minusstunden"], None),
    ("Ab wie vielen Besuchern braucht ein Straßenfest ein Sicherheitskonzept, und welche Frist gilt dann?", [VA], ["mehr als 1.000", "zwölf Wochen"], "Beinahe-Dublette 8 / 12 / 4 Wochen"),
    ("Was kostet die Ausschankgestattung für einen gemeinnützigen Verein pro Tag?", [VA], ["für gemeinnützige Vereine 15 Euro"], "Beinahe-Dublette 30 Euro"),
    ("Wann ist Redaktionsschluss für die Stadtratssitzung am 1. Juli 2027?", [SF], ["10. Juni 2027"], None),
    ("Bis zu welchem Betrag dürfen Sachgebietsleitungen Zahlungen anordnen?", [RE], ["Bis 5.000 Euro"], None),
    ("Wie hoch ist das Sitzungsgeld der Ratsmitglieder je Sitzung?", [SD], ["30 Euro je Sitzung"], "Beinahe-Dublette Aufwandsentschädigung 150 Euro"),
    ("Ab welchen Kosten wird bei einer Qualifizierung eine Rückzahlungsvereinbarung geschlossen?", [F], ["2.000 Euro"], None),
    ("Außengastronomie auf 20 m² – wie hoch ist die Gebühr pro Saison?", [SN], ["12 Euro je m² und Saison"], None),
    ("Terrassenüberdachung mit 25 m² Grundfläche – ist die verfahrensfrei?", [BA], ["bis 30 m² Grundfläche und 3 m Tiefe"], None),
]

Q["english"] = [
    ("How far in advance do I have to apply for a three-week vacation?", [U], ["vier Wochen"], "mehr als zehn Arbeitstage"),
    ("What is the mileage allowance if I use my own bicycle for a business trip?", [DR], ["0,10 Euro je Kilometer"], None),
    ("What's the IT hotline number and when is it staffed on Fridays?", [FAQ], ["Durchwahl -444", "Freitag 7:00–13:00 Uhr"], None),
    ("How much sidewalk has to stay free next to a dumpster?", [SN], ["1,50 m"], "dumpster = Container"),
    ("How quickly must we answer a citizen's request for access to their personal data?", [DS], ["innerhalb eines Monats"], None),
    ("Am I allowed to use ChatGPT for my work?", [IT], ["nur mit Daten ohne Personenbezug"], "öffentlich zugängliche KI-Dienste"),
    ("When does outdoor music at a street party have to stop?", [VA], ["22:00 Uhr"], None),
    ("How far ahead can I book one of the pool cars?", [FZ], ["vier Wochen"], None),
    ("What is the deadline for submitting agenda items for the council meeting in February 2027?", [SF], ["21. Januar 2027"], None),
    ("How big is the standard mailbox and can I get more space?", [FAQ], ["10 GB", "25 GB"], None),
    ("How long does the building authority take to check an application for completeness?", [BA], ["innerhalb von zwei Wochen"], None),
    ("What is the phone extension of the travel expenses office?", [DR, TEL], ["-234"], None),
    ("Do I get a day off for my 25th service anniversary?", [U], ["25- und 40-jähriges Arbeitsjubiläum"], None),
]

Q["near-miss"] = [
    ("Wie hoch ist das Tagegeld bei einer Auslandsdienstreise?", [], [], "DA Dienstreisen nennt Auslandsdienstreisen nur bei der Genehmigung (Bürgermeister), keine Auslandssätze"),
    ("Wie viele Tage Arbeitsbefreiung gibt es beim Tod der Schwiegermutter?", [], [], "Urlaubsregelung § 6 nennt Ehegatte, Kind, Elternteil – Schwiegereltern nicht"),
    ("Was kostet ein vorläufiger Reisepass?", [], [], "Gebührenseite nennt nur den vorläufigen Personalausweis"),
    ("Wie hoch ist die Gebühr für eine Baugenehmigung?", [], [], "Merkblatt Bauantrag nennt keine Gebühren"),
    ("Was kostet eine erweiterte Melderegisterauskunft?", [], [], "Gebührenseite nennt nur die einfache Melderegisterauskunft"),
    ("Wer vertritt die Datenschutzbeauftragte bei Abwesenheit?", [], [], "Merkblatt Datenschutz und Telefonliste nennen keine Vertretung"),
    ("Welche Kernzeit gilt für die Beschäftigten des Bauhofs?", [], [], "DV Gleitzeit nimmt den Bauhof aus, nennt keine Zeiten; Urlaubsregelung verweist nur auf Dienstpläne"),
    ("Ab welchem Auftragswert gilt bei Bauleistungen der EU-Schwellenwert?", [], [], "Vergabedienstanweisung gilt nur unterhalb der EU-Schwellenwerte und nennt keinen Wert"),
    ("Wie hoch ist das Verwarnungsgeld, wenn ein Container ohne Sondernutzungserlaubnis auf dem Gehweg steht?", [], [], "Merkblatt Sondernutzung nennt Gebühren, keine Bußgelder"),
    ("Wie lange dauert die Bearbeitung einer Bauvoranfrage?", [], [], "Merkblatt Bauantrag nennt nur die Geltungsdauer des Vorbescheids (drei Jahre) und die Vollständigkeitsprüfung des Bauantrags"),
    ("How much do non-council committee members (sachkundige Bürger) get per meeting?", [], [], "DA Sitzungsdienst regelt nur die Entschädigung der Ratsmitglieder"),
    ("What does a replacement staff ID card cost if I lose mine?", [], [], "Dienstausweis nur als Buchungsmittel in DV Gleitzeit; Ersatzkosten nur für VPN-Token (35 Euro)"),
    ("Wie viele Gleittage darf man ins nächste Jahr mitnehmen?", [], [], "DV Gleitzeit nennt zwölf Gleittage im Jahr, keine Übertragung ins Folgejahr"),
]

Q["unanswerable"] = [
    ("Wann wird das Weihnachtsgeld ausgezahlt?", [], [], "Jahressonderzahlung steht in keinem Dokument"),
    ("Wie beantragt ein Bürger Wohngeld?", [], [], None),
    ("Wann wird in der Oststadt der Sperrmüll abgeholt?", [], [], None),
    ("Wie hoch ist die Hundesteuer in Hainbrück?", [], [], None),
    ("Was braucht man für eine Gewerbeanmeldung?", [], [], "Sachgebiet Gewerbe kommt nur als Ansprechpartner für Veranstaltungen vor"),
    ("Gibt es für Beschäftigte ein Jobticket?", [], [], None),
    ("How do I apply for parental leave?", [], [], "Elternzeit steht in keinem Dokument"),
    ("Wie hoch ist der Hebesatz der Grundsteuer B?", [], [], None),
]

ORDER = ["everyday", "direct", "compound", "typo", "amounts-dates", "english", "near-miss", "unanswerable"]


def main():
    out = []
    for cat in ORDER:
        for i, (q, exp, kf, note) in enumerate(Q[cat]):
            item = {
                "id": f"f-{cat}-{i + 1:02d}",
                "split": "dev" if i % 2 == 0 else "test",
                "category": cat,
                "question": q,
                "expected": exp,
                "keyFacts": kf,
            }
            if note:
                item["note"] = note
            out.append(item)
    data = {
        "description": (
            "Evaluation set F for the Rathaus-Assistent (written blind): questions by city staff over the knowledge "
            "folder of the fictional Stadt Hainbrück (Thüringen; knowledge/, 24 documents). expected = document paths "
            "relative to knowledge/; keyFacts = verbatim substrings of an expected document that the quoted Fundstelle "
            "must contain. near-miss and unanswerable questions have expected [] and keyFacts [] (right answer: nicht "
            "gefunden). Split: within each category, in id order, alternately dev, test, dev, ..."
        ),
        "license": "MIT (all content invented; written for Rathaus-Assistent)",
        "questions": out,
    }
    path = Path(__file__).resolve().parent.parent / "questions.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} questions to {path}")


if __name__ == "__main__":
    main()
