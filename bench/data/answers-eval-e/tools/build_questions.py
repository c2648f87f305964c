#!/usr/bin/env python3
"""Source table for questions.json of set E (Stadt Wulfsbüttel). Run: python3 tools/build_questions.py

Split rule (fixed before the questions were written): within each category the ids are sorted by
sha1(id) and dealt out dev, test, dev, test, ...
"""
import hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = {
    "UR": "personal/Urlaubsgrundsaetze.md",
    "GZ": "personal/DV_Gleitende_Arbeitszeit.md",
    "BGM": "personal/DV_Gesundheitsmanagement.md",
    "FB": "personal/Fortbildung_und_Bildungsurlaub.html",
    "AU": "personal/Merkblatt_Arbeitsunfall_und_Wegeunfall.txt",
    "PV": "personal/Rundmail_Personalrat_Personalversammlung_2026.eml",
    "DR": "personal/DA_Dienstreisen_und_Reisekosten.docx",
    "MA": "personal/DV_Mobiles_Arbeiten.docx",
    "EZ": "personal/Merkblatt_Elternzeit_und_Teilzeit.pdf",
    "HO": "organisation/Hausordnung_Rathaus.html",
    "ER": "organisation/DA_Erreichbarkeit_Telefon_und_E-Mail.md",
    "DA": "organisation/DA_Dienstausweis_und_Dienstsiegel.txt",
    "FZ": "organisation/Richtlinie_Dienstfahrzeuge_und_Dienstfahrraeder.md",
    "GE": "finanzen/DA_Annahme_von_Belohnungen_und_Geschenken.md",
    "HH": "finanzen/Rundschreiben_Kaemmerei_Haushaltsaufstellung_2027.eml",
    "VG": "finanzen/Vergabedienstanweisung.docx",
    "BK": "finanzen/DA_Barkassen_und_Handvorschuesse.pdf",
    "ITF": "it/FAQ_IT-Service.html",
    "PH": "it/Merkblatt_Phishing_und_IT-Sicherheitsvorfaelle.txt",
    "ITN": "it/IT-Nutzungsrichtlinie.pdf",
    "GB": "buergerservice/Gebuehrenuebersicht_Buergerbuero.html",
    "BB": "buergerservice/FAQ_Buergerbuero_fuer_Beschaeftigte.md",
    "EH": "buergerservice/Merkblatt_Eheschliessung.pdf",
    "HS": "ordnung/Hundesteuersatzung.docx",
    "OF": "ordnung/Merkblatt_Osterfeuer_und_Brauchtumsfeuer.txt",
    "VA": "ordnung/Leitfaden_Veranstaltungen_im_Freien.md",
    "BA": "bauen/Merkblatt_Bauantrag_und_Bauvoranfrage.md",
    "BS": "bauen/Baumschutzsatzung_Auszug.txt",
    "KP": "kita/Kita-Platzvergabe_FAQ.md",
    "KG": "kita/Satzung_Kita-Gebuehren.docx",
    "FH": "friedhof/Friedhoefe_Ruhezeiten_und_Gebuehren.html",
}

Q = {}
# (question, [doc keys], [key facts], note)
Q["everyday"] = [
    ("wie viele tage die woche darf ich von zuhause aus arbeiten?", ["MA"], ["an bis zu zwei Arbeitstagen je Woche"], "von zuhause = mobiles Arbeiten"),
    ("hab noch 6 tage urlaub vom letzten jahr übrig, bis wann muss ich die weghauen?", ["UR"], ["bis zum 31. März des Folgejahres angetreten"], "weghauen = nehmen; Resturlaub"),
    ("bin auf der treppe im rathaus umgeknickt, was muss ich ausfüllen und bis wann?", ["AU"], ["Formular U 5", "innerhalb von drei Kalendertagen"], "Arbeitsunfall"),
    ("meine brille ist beim sturz im büro kaputtgegangen, zahlt die stadt mir die?", ["AU"], ["Für Brillen gilt ein Höchstbetrag von 300 Euro"], "near-duplicate: Bildschirmarbeitsplatzbrille 250 Euro in BGM"),
    ("brauch ne extra brille nur für die arbeit am pc, was gibt die stadt dazu?", ["BGM"], ["höchstens 250 Euro"], "Bildschirmarbeitsplatzbrille; near-duplicate 300 Euro (Arbeitsunfall)"),
    ("was kostet mich das fitnessstudio-ding von der stadt im monat?", ["BGM"], ["Eigenanteil von 22 Euro"], "Firmenfitness; Stadt trägt 18 Euro"),
    ("fahr mit meiner eigenen schüssel zu ner schulung nach hannover, was krieg ich pro kilometer?", ["DR"], ["0,25 Euro je Kilometer"], "schüssel = privates Kfz; near-duplicate 0,38 Euro"),
    ("hotel in hamburg kostet 105 die nacht, krieg ich das komplett wieder?", ["DR"], ["bis 110 Euro je Nacht"], "near-duplicate 80 Euro allgemein"),
    ("hab gestern vergessen auszustempeln, bis wann muss ich das nachtragen?", ["GZ"], ["innerhalb von drei Arbeitstagen"], "auszustempeln = Buchung Dienstende; Korrekturbeleg"),
    ("wie tief darf mein stundenkonto ins minus rutschen?", ["GZ"], ["höchstens 20 Minusstunden"], None),
    ("darf ich meinen hund mit ins büro bringen?", ["HO"], ["Hunde und andere Tiere dürfen nicht in die Dienstgebäude mitgebracht werden"], None),
    ("will meine eigene kaffeemaschine ins büro stellen, geht das einfach so?", ["HO"], ["geprüft und mit einer Prüfplakette versehen"], None),
    ("hab nen kuli und nen kalender von ner firma bekommen, darf ich die behalten?", ["GE"], ["bis zu einem Wert von 25 Euro"], "kuli = Kugelschreiber"),
    ("ne firma hat mir nen 50-euro-gutschein vom baumarkt geschickt, was mach ich damit?", ["GE"], ["Gutscheine, Tankkarten oder Eintrittskarten mit Geldwert"], None),
    ("hab auf nen komischen link in ner mail geklickt 😬 was jetzt?", ["PH"], ["Netzwerkkabel ziehen bzw. WLAN ausschalten", "Durchwahl -999"], None),
    ("neue kollegin fängt am 1. an, wann muss ich ihren pc-zugang bestellen?", ["ITF"], ["zehn Arbeitstage vor Dienstbeginn"], "pc-zugang = Benutzerkonto, Formular IT 1"),
    ("mein ausdruck kommt nicht raus, wo hol ich den ab?", ["ITF"], ["an einem beliebigen Multifunktionsgerät mit Ihrem Dienstausweis ab"], "Follow-me-Printing"),
    ("mann am schalter ist 30 und will nen neuen ausweis, was kostet der?", ["GB"], ["37,00 €"], "near-duplicate 22,80 € unter 24"),
    ("jemand will die ummeldung für seine mutter machen, geht das?", ["BB"], ["Ausweis der vollmachtgebenden Person"], None),
    ("unser verein will nen osterfeuer machen, wie lang vorher müssen wir das anmelden?", ["OF"], ["spätestens drei Wochen vorher"], None),
    ("nachbar will seine große eiche im garten umhauen, braucht der ne erlaubnis?", ["BS"], ["Stammumfang von 80 cm und mehr"], "umhauen = fällen"),
    ("will mir nen carport hinstellen, brauch ich da ne genehmigung?", ["BA"], ["Carports) mit einer Grundfläche bis 30 m²"], "verfahrensfrei bis 30 m²"),
    ("wann krieg ich bescheid ob mein kleiner nen kita-platz kriegt?", ["KP"], ["bis Ende März"], None),
    ("was zahlen wir für die krippe, verdienen zusammen so 52.000 im jahr", ["KG"], ["230 Euro"], "Einkommensstufe 45.001 bis 60.000 Euro"),
    ("was kostet so ein baumgrab für ne urne?", ["FH"], ["1.450 €"], None),
    ("ist die personalversammlung arbeitszeit oder muss ich mich ausstempeln?", ["PV"], ["Die Teilnahme an der Personalversammlung ist Arbeitszeit."], None),
]

Q["direct"] = [
    ("Wie viele Tage Zusatzurlaub erhalten schwerbehinderte Menschen?", ["UR"], ["fünf Arbeitstagen"], None),
    ("Wann ist die Kernzeit am Freitag?", ["GZ"], ["freitags von 9:00 bis 12:00 Uhr"], "near-duplicate: Erreichbarkeit beim mobilen Arbeiten 9:00 bis 12:00 Uhr"),
    ("Wie viele Tage Bildungsurlaub stehen Beschäftigten zu?", ["FB"], ["fünf Arbeitstage Bildungsurlaub je Kalenderjahr"], None),
    ("Wer genehmigt Auslandsdienstreisen?", ["DR"], ["Auslandsdienstreisen der Bürgermeister"], None),
    ("Wann beginnt die Personalversammlung 2026?", ["PV"], ["Mittwoch, 18. März 2026, 9:00 Uhr"], None),
    ("Wo ist der Sammelplatz bei Feueralarm?", ["HO"], ["auf dem Rathausplatz vor dem Brunnen"], None),
    ("Innerhalb welcher Frist sind Rückrufbitten zu erfüllen?", ["ER"], ["innerhalb eines Arbeitstages"], None),
    ("Wie lange ist der Dienstausweis gültig?", ["DA"], ["fünf Jahre gültig"], None),
    ("Wann findet die Führerscheinkontrolle für die Poolfahrzeuge statt?", ["FZ"], ["halbjährlich im Januar und im Juli"], None),
    ("Wer entscheidet über die Annahme von Spenden über 100 Euro?", ["GE"], ["entscheidet der Rat"], None),
    ("Bis wann sind die Haushaltsanmeldungen für 2027 zu erfassen?", ["HH"], ["bis Freitag, 15. Mai 2026"], None),
    ("Nach wie vielen Fehlversuchen wird das Benutzerkonto gesperrt?", ["ITN"], ["Nach zehn Fehlversuchen"], None),
    ("Welche Unterlagen braucht man für die Anmeldung der Eheschließung?", ["EH"], ["beglaubigter Ausdruck aus dem Geburtenregister"], None),
    ("Wie hoch ist die Hundesteuer für einen gefährlichen Hund?", ["HS"], ["660 Euro"], None),
    ("Wie lange beträgt die Ruhezeit für Urnenbeisetzungen?", ["FH"], ["20 Jahre"], "near-duplicate 25 Jahre Erdbestattung"),
    ("Was darf beim Osterfeuer verbrannt werden?", ["OF"], ["unbehandelter Baum- und Strauchschnitt"], None),
]

Q["compound"] = [
    ("Bildschirm Arbeitsplatz Brille – Zuschuss fürs Gestell?", ["BGM"], ["Gestells bis 60 Euro"], "Bildschirmarbeitsplatzbrille split"),
    ("Wege-Strecken-Entschädigung Fahr Rad privat", ["DR"], ["0,10 Euro je Kilometer"], "Wegstreckenentschädigung, Fahrrad"),
    ("Gleit-Zeit-Konto maximal Plus-Stunden am Monats-Ende", ["GZ"], ["höchstens 40 Plusstunden"], None),
    ("Verband-Buch wie lange aufbewahren?", ["AU"], ["wird fünf Jahre aufbewahrt"], "Verbandbuch"),
    ("Reise Kosten Abrechnung Ausschluss-Frist", ["DR"], ["Ausschlussfrist von sechs Monaten"], None),
    ("Eltern Zeit anmelden wie viele Wochen vorher?", ["EZ"], ["spätestens sieben Wochen vor Beginn"], "Elternzeit; near-duplicate 13 Wochen"),
    ("Abwesenheits-Notiz ab wann Pflicht?", ["ER"], ["Bei Abwesenheit ab einem ganzen Arbeitstag"], None),
    ("Ersatz Dienst-Ausweis Kosten bei Verlust", ["DA"], ["Kostenbeitrag von 15 Euro"], "Ersatzausweis"),
    ("Hand Vorschuss Höchstbetrag pro einzelne Ausgabe", ["BK"], ["100 Euro nicht übersteigen"], "Handvorschuss; near-duplicate 200 Euro"),
    ("Steuer Marke vom Hund verloren – was kostet eine Ersatz Marke?", ["HS"], ["Für eine Ersatzmarke werden 5 Euro erhoben."], None),
    ("Fäll Genehmigung Baum Gebühr", ["BS"], ["40 Euro für den ersten Baum"], "Fällgenehmigung"),
    ("Verpflegungs Pauschale Kita Mittag Essen", ["KG"], ["68 Euro monatlich"], None),
    ("Grab Mal aufstellen – welcher Antrag?", ["FH"], ["Formular FH 2"], "Grabmal"),
    ("Plakatierungs Erlaubnis wie viele Plakate an Laternen Masten?", ["VA"], ["höchstens 30 Plakate"], None),
]

Q["typo"] = [
    ("Arbeitsbefreihung bei Umzug aus dienstlichen Gründen wiefiele Tage?", ["UR"], ["Umzug aus dienstlichem Grund an einen anderen Ort", "1 Arbeitstag"], "Arbeitsbefreihung, wiefiele"),
    ("Kernzeit Montag bis Donnerstg?", ["GZ"], ["montags bis donnerstags von 9:00 bis 15:00 Uhr"], "Donnerstg"),
    ("Rückzahlungsvereinbahrung Fortbildung ab welchem Betrag?", ["FB"], ["2.000 Euro, wird vor Beginn eine Rückzahlungsvereinbarung geschlossen"], "Rückzahlungsvereinbahrung"),
    ("Durchgangsarzt wann muss ich hin nach Arbeitsunfal?", ["AU"], ["Durchgangsarzt (D-Arzt) aufzusuchen"], "Arbeitsunfal"),
    ("Mobiles Arbieten aus dem Ausland erlaubt?", ["MA"], ["Mobiles Arbeiten aus dem Ausland ist nicht zulässig."], "Arbieten"),
    ("Pausenzeit bei mehr als neun Stunen?", ["GZ"], ["mindestens 45 Minuten"], "Stunen; near-duplicate 30 Minuten"),
    ("Poolfahrzeug Unfallberricht Formular?", ["FZ"], ["Formular FZ 4"], "Unfallberricht"),
    ("Geschenkannahme Bewirtung Richtwert pro Persohn", ["GE"], ["50 Euro je Person und Anlass"], "Persohn"),
    ("Geringwertige Wirtschaftgüter Grenze netto?", ["HH"], ["bis 800 Euro netto"], "Wirtschaftgüter"),
    ("Direktauftrag Lieferleistungen bis wieviel Eruo?", ["VG"], ["bis 5.000 Euro"], "Eruo; near-duplicate Bauleistungen 10.000 Euro"),
    ("Fehlgeldentschädigng wie hoch im Monat?", ["BK"], ["16 Euro monatlich"], "Fehlgeldentschädigng"),
    ("Pasword mindestlänge?", ["ITN"], ["mindestens 12 Zeichen"], "Pasword, mindestlänge"),
    ("Phising Mail melden wie?", ["PH"], ['mit der Schaltfläche "Phishing melden"'], "Phising"),
    ("Kita Anmeldung Stichtg?", ["KP"], ["Stichtag der 31. Januar"], "Stichtg"),
]

Q["amounts-dates"] = [
    ("Straßenfest mit ca. 3.000 Besuchern – wie viele Wochen vorher anzeigen?", ["VA"], ["8 Wochen"], "near-duplicates 6 and 12 Wochen"),
    ("Tagegeld bei 10 Stunden Dienstreise?", ["DR"], ["mehr als 8 Stunden", "14 Euro"], None),
    ("Dienstreise mit Privat-Pkw, 600 km hin und zurück – wie viel gibt es höchstens?", ["DR"], ["höchstens 125 Euro je Dienstreise"], None),
    ("Fortbildung kostet 3.500 Euro, wie lange bin ich danach gebunden?", ["FB"], ["24 Monate"], "near-duplicate 36 Monate"),
    ("Auftrag über 40.000 Euro netto für Bauleistungen – welches Verfahren?", ["VG"], ["Freihändige Vergabe mit mindestens drei Angeboten"], "Liefer/Dienst would be Beschränkte Ausschreibung"),
    ("Liefervertrag über 60.000 Euro netto – welche Vergabeart?", ["VG"], ["Beschränkte Ausschreibung mit Teilnahmewettbewerb"], None),
    ("Auftrag über 200.000 Euro – wer muss zustimmen?", ["VG"], ["Zustimmung des Verwaltungsausschusses"], None),
    ("Überplanmäßige Aufwendungen von 30.000 Euro, wer genehmigt das?", ["HH"], ["darüber der Verwaltungsausschuss"], None),
    ("Höchstbestand Bargeld in der Zahlstelle Bürgerbüro?", ["BK"], ["3.000 Euro"], "near-duplicate 1.500 Euro andere Zahlstellen"),
    ("Reisepass für eine 20-Jährige, Gebühr?", ["GB"], ["37,50 €"], "near-duplicate 70,00 €"),
    ("Was kostet die Hundesteuer für den zweiten Hund im Jahr?", ["HS"], ["132 Euro"], None),
    ("Hund aus dem Tierheim geholt – wie lange steuerfrei?", ["HS"], ["für die ersten zwölf Monate nach der Übernahme"], None),
    ("Krippe, Einkommen 80.000 Euro – wie hoch ist die Gebühr?", ["KG"], ["390 Euro"], None),
    ("Baum mit 120 cm Stammumfang gefällt – wie viele Ersatzbäume?", ["BS"], ["Für jeden angefangenen 50 cm Stammumfang"], "three trees"),
    ("Trauung samstags im Wasserschloss – welche Zuschläge fallen an?", ["EH"], ["180 Euro", "120 Euro"], None),
    ("Wahlgrab Verlängerung Kosten pro Jahr?", ["FH"], ["66 €"], None),
]

Q["english"] = [
    ("How many days of annual leave do I get?", ["UR"], ["30 Arbeitstage"], None),
    ("What is the mileage allowance when I use my own car for a business trip?", ["DR"], ["0,25 Euro je Kilometer"], None),
    ("How long is a remote work approval valid?", ["MA"], ["für zwölf Monate erteilt"], None),
    ("What's the IT helpdesk phone extension?", ["ITF"], ["Durchwahl -777"], None),
    ("I clicked a phishing link, who do I call?", ["PH"], ["Durchwahl -999"], None),
    ("How much does an ID card cost for someone under 24?", ["GB"], ["22,80 €"], None),
    ("How long does it take to get a new ID card?", ["BB"], ["drei bis vier Wochen"], None),
    ("How long is the settling-in period at the daycare?", ["KP"], ["zwei bis vier Wochen"], None),
    ("Dog tax for one dog per year?", ["HS"], ["96 Euro"], None),
    ("When and where is the staff assembly?", ["PV"], ["Stadthalle Wulfsbüttel, Saal Aller"], None),
    ("Can I cut down a tree in my garden in summer?", ["BS"], ["vom 1. März bis 30. September verboten"], None),
    ("How long is a building permit valid?", ["BA"], ["innerhalb von drei Jahren nach Erteilung"], None),
    ("What is the sibling discount for nursery fees?", ["KG"], ["ermäßigt sich die Krippengebühr für das zweite Kind um 50 Prozent"], None),
    ("How many hours can I work part-time during parental leave?", ["EZ"], ["zwischen 15 und 32 Wochenstunden"], None),
    ("Am I allowed to put citizen data into public AI tools?", ["ITN"], ["In öffentliche KI-Dienste dürfen keine personenbezogenen Daten"], None),
    ("Where can I charge the electric pool cars?", ["FZ"], ["an den Wallboxen in der Tiefgarage"], None),
]

Q["near-miss"] = [
    ("Wie hoch ist das Auslandstagegeld für eine Dienstreise nach Wien?", [], [], "DR: only Inland Tagegeld; Auslandsdienstreisen only named for Genehmigung"),
    ("Wie viele Tage Sonderurlaub bekomme ich für meine eigene Hochzeit?", [], [], "UR: Arbeitsbefreiung table has no Eheschließung"),
    ("Was kostet die Baugenehmigung für ein Einfamilienhaus?", [], [], "BA: refers to Baugebührenordnung, no amount"),
    ("Welche Gebühr zahlt man bei Abholung einer Fundsache?", [], [], "BB/HO mention Fundsachen, no fee"),
    ("Wie viel kostet eine Geburtsurkunde beim Standesamt?", [], [], "EH: only Eheurkunde 12 Euro"),
    ("Wie hoch ist die Gebühr für einen Hortplatz?", [], [], "KG: only Krippe and Kindergarten"),
    ("Was kostet ein Kindergrab auf dem Waldfriedhof?", [], [], "FH: Ruhezeit for children given, no fee for Kindergrab"),
    ("Wie hoch ist das Bußgeld für ein nicht angezeigtes Osterfeuer?", [], [], "OF: no fines"),
    ("Was kostet die verkehrsrechtliche Anordnung für eine Straßensperrung beim Straßenfest?", [], [], "VA: Anordnung 14 Tage vorher, no fee"),
    ("Wie lange darf man ein Poolfahrzeug am Stück buchen?", [], [], "FZ: no maximum booking time"),
    ("Was kostet ein Ersatz-Transponder, wenn ich meinen verliere?", [], [], "HO mentions Transponder, DA only Dienstausweis 15 Euro"),
    ("Wie viel Speicherplatz hat das Gruppenlaufwerk G:?", [], [], "ITF: only H: 10 GB"),
    ("Bekommen Ersthelfer eine Aufwandsentschädigung?", [], [], "AU/FB mention Ersthelfer, no allowance"),
    ("Wie viele Wochen vorher muss das Trauzimmer spätestens reserviert werden?", [], [], "EH: only 'frühestens sechs Monate' for the Anmeldung"),
    ("What is the per diem for a business trip abroad?", [], [], "English; DR has no Auslandstagegeld"),
    ("How much is the fee for a garage building permit?", [], [], "English; BA: Garagen bis 30 m² verfahrensfrei, fees not stated"),
]

Q["unanswerable"] = [
    ("Wie hoch ist die Jahressonderzahlung im TVöD?", [], [], None),
    ("Hat die Kantine im Rathaus auch freitags offen?", [], [], None),
    ("Wie beantrage ich Wohngeld?", [], [], None),
    ("Wann ist die nächste Bürgermeisterwahl?", [], [], None),
    ("Wie viele Einwohner hat Wulfsbüttel?", [], [], None),
    ("Welche Straßen werden im Winter zuerst geräumt?", [], [], None),
    ("Wie hoch ist der Hebesatz der Grundsteuer B?", [], [], None),
    ("Wo kann ich Sperrmüll anmelden?", [], [], None),
    ("Wie hoch ist die Zweitwohnungsteuer?", [], [], None),
    ("Wie melde ich ein Gewerbe an?", [], [], None),
    ("How do I apply for a fishing licence?", [], [], "English"),
    ("Can I top up my company pension contributions?", [], [], "English"),
]

ORDER = ["everyday", "direct", "compound", "typo", "amounts-dates", "english", "near-miss", "unanswerable"]


def main():
    out = []
    for cat in ORDER:
        items = []
        for n, (question, docs, facts, note) in enumerate(Q[cat], 1):
            q = {"id": "e-%s-%02d" % (cat, n), "split": None, "category": cat, "question": question,
                 "expected": [D[k] for k in docs], "keyFacts": facts}
            if note:
                q["note"] = note
            items.append(q)
        for i, q in enumerate(sorted(items, key=lambda q: hashlib.sha1(q["id"].encode()).hexdigest())):
            q["split"] = "dev" if i % 2 == 0 else "test"
        out += items
    data = {
        "description": "Evaluation set E for the Rathaus-Assistent (written blind): questions by city staff over the knowledge folder of the fictional Stadt Wulfsbüttel (Niedersachsen; knowledge/, 31 documents). expected = document paths relative to knowledge/; keyFacts = verbatim substrings of an expected document that the quoted Fundstelle must contain. near-miss and unanswerable questions have expected [] and keyFacts [] (right answer: nicht gefunden). Split: within each category, ids ordered by sha1(id) and dealt alternately dev, test, dev, ...",
        "license": "MIT (all content invented; written for Rathaus-Assistent)",
        "questions": out,
    }
    with open(os.path.join(HERE, "..", "questions.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
