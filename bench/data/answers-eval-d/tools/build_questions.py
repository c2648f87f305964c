#!/usr/bin/env python3
"""Source table for questions.json of set D. All questions have split "test" (set D is held out)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D = {
    "AZ": "personal/DV_Arbeitszeit_und_Zeiterfassung.docx",
    "RB": "personal/DV_Rufbereitschaft_und_Bereitschaftsdienst.md",
    "MU": "personal/Merkblatt_Mutterschutz.txt",
    "JU": "personal/Dienstjubilaeum.html",
    "BEM": "personal/Leitfaden_BEM.md",
    "UR": "personal/Hinweise_Urlaub_und_Arbeitsbefreiung.docx",
    "KR": "personal/Rundmail_10-2_Krankmeldung_und_eAU.eml",
    "RK": "personal/DA_Dienstreisen.docx",
    "VT": "organisation/Rundverfuegung_Vertretungsregelung.md",
    "SL": "organisation/Schluessel_und_Transponderordnung.txt",
    "AK": "organisation/Aktenordnung_Aufbewahrung_und_Aussonderung.docx",
    "DK": "organisation/Dienst_und_Schutzkleidung.html",
    "PA": "organisation/Parkausweise_fuer_Bedienstete.txt",
    "BM": "finanzen/Beschaffung_Bueromaterial.md",
    "KJ": "finanzen/Rundschreiben_Kaemmerei_Jahresabschluss_2025.eml",
    "DH": "it/Richtlinie_Diensthandy_und_mobile_Endgeraete.md",
    "MFA": "it/Rundmail_IT_Mehrfaktor-Anmeldung.eml",
    "GW": "buergerservice/Gewerbeanzeigen_Hinweise_Sachbearbeitung.html",
    "FG": "buergerservice/Friedhofsgebuehren_Auszug.txt",
    "ES": "gemeinderat/Satzung_Entschaedigung_ehrenamtliche_Taetigkeit.docx",
    "SD": "gemeinderat/Leitfaden_Sitzungsdienst_Vorlagen_und_Fristen.md",
    "FB": "ordnung/Fundbuero_Arbeitshinweise.md",
}

Q = {}
Q["everyday"] = [
    ("hab gestern abend vergessen mich am terminal auszustempeln, was mach ich jetzt?", ["AZ"], ["innerhalb von fünf Arbeitstagen", "Korrekturantrag im ZEITWERK-Portal"], "auszustempeln = Dienstende buchen"),
    ("mein handy vom amt wurde mir in der s-bahn geklaut, wen muss ich anrufen?", ["DH"], ["Durchwahl -444", "Anzeige bei der Polizei"], "handy = Diensthandy"),
    ("meine frau kriegt im märz unser baby, krieg ich da nen tag frei?", ["UR"], ["Niederkunft der Ehefrau oder der Lebenspartnerin", "1 Arbeitstag"], None),
    ("bin seit montag krankgeschrieben und beamtin – muss ich den zettel vom arzt selber einreichen?", ["KR"], ["per Hauspost an 10.2 oder als Scan an krankmeldung@talheim-enz.de"], "Beamtinnen: keine eAU"),
    ("kleine hat fieber und die kita hat angerufen, wie viele tage kann ich daheim bleiben?", ["KR", "UR"], ["15 Arbeitstage je Kind und Elternteil"], "Kinderkrankengeld vorrangig"),
    ("wie viel knete gibts wenn ich 25 jahre bei der stadt bin? bin angestellt, nicht verbeamtet", ["JU"], ["350 Euro"], "knete = Geld; Tarifbeschäftigte"),
    ("muss mit meiner eigenen karre zum ortstermin nach pforzheim, amtsleitung sagt ist dienstlich dringend nötig – was gibts pro km?", ["RK"], ["0,35 Euro je Kilometer"], "karre = privates Kraftfahrzeug; erhebliches dienstliches Interesse"),
    ("hab meinen büroschlüssel verbummelt 😬 bis wann muss ich das melden?", ["SL"], ["spätestens am nächsten Arbeitstag"], None),
    ("wo krieg ich neue arbeitsklamotten her? bin im bauhof", ["DK"], ["Formular K 1"], "klamotten = Dienstkleidung"),
    ("mein chef will dass ich heut länger bleib, bin aber schwanger – darf der das überhaupt?", ["MU"], ["keine Mehrarbeit über 8,5 Stunden täglich"], None),
    ("war 8 wochen krank und hab jetzt post vom bem bekommen, muss ich da hin?", ["BEM"], ["Wer das Angebot ablehnt, hat keine Nachteile."], None),
    ("brauch nen parkplatz in der tiefgarage, was zieht ihr mir dafür im monat ab?", ["PA"], ["20,00 Euro je Monat"], None),
    ("darf ich die kiste vom bauhof während der rufbereitschaft mit heim nehmen?", ["RB"], ["nicht mehr als 25 Kilometer vom Bauhof entfernt"], "kiste = Einsatzfahrzeug"),
    ("brauch neue kulis und post-its, wo bestell ich den kram?", ["BM"], ["Materialbeauftragten ihres Amtes", "dienstags um 12:00 Uhr"], "kram = Büromaterial"),
    ("meine maus ist kaputt, bestell ich die auch übers büromaterial?", ["BM"], ["über den IT-Servicedesk (Durchwahl -444) angefordert"], None),
    ("hab mein passwort 5 mal falsch eingetippt und komm nicht mehr rein, wie lang bin ich jetzt raus?", ["MFA"], ["für 30 Minuten gesperrt"], None),
    ("meine ratsvorlage muss nächste woche durch – bis wann genau muss die unterschriebene version beim sitzungsdienst sein?", ["SD"], ["Mittwoch zwölf Tage vor der Sitzung"], None),
    ("ein stadtrat fragt mich wie viel schotter es pro sitzung gibt, weißt du das?", ["ES"], ["45 Euro"], "schotter = Geld; Sitzungsgeld"),
    ("bürgerin am schalter will wissen was so ein urnengrab kostet, hab keinen plan", ["FG"], ["Urnenreihengrab", "890 Euro"], None),
    ("jemand hat nen geldbeutel mit 600 euro drin am schalter abgegeben, wo kommt der hin?", ["FB"], ["am selben Tag in den Tresor der Stadtkasse"], None),
    ("bin ab montag 3 wochen im urlaub, was muss ich für meine vertretung vorbereiten?", ["VT"], ["Übergabevermerk mit den laufenden Fristen"], None),
    ("kann ich die alten bewerbungen von leuten die wir nicht genommen haben einfach wegschmeißen?", ["AK"], ["6 Monate nach Abschluss des Verfahrens"], None),
    ("kunde will ne imbissbude aufmachen, was kostet die anmeldung bei uns?", ["GW"], ["30,00 Euro"], "bude = Gewerbe; Gewerbeanmeldung"),
    ("bin im homeoffice, wie stempel ich da überhaupt?", ["AZ"], ["über das Webterminal im ZEITWERK-Portal gebucht"], "stempeln = Zeit buchen"),
    ("bin nächste woche in wien, geht mein handy vom amt da einfach so?", ["DH"], ["Roaming ist standardmäßig gesperrt", "mindestens fünf Arbeitstage vor Reisebeginn"], "handy = Diensthandy; Roaming"),
]

Q["near-miss"] = [
    ("Wie hoch ist das Tagegeld bei einer Auslandsdienstreise nach Österreich?", "DA Dienstreisen nennt nur Inlandstagegeld; Auslandsdienstreisen nur zur Genehmigung"),
    ("Wie viele Tage Zusatzurlaub gibt es für Beschäftigte im Schichtdienst?", "Hinweise Urlaub nennen nur Zusatzurlaub für schwerbehinderte Menschen"),
    ("Gibt es Arbeitsbefreiung für die eigene Hochzeit?", "Tabelle Arbeitsbefreiung in den Hinweisen Urlaub nennt keine Eheschließung"),
    ("Wie wird der Bereitschaftsdienst in der Einsatzzentrale im Winterdienst vergütet?", "DV Rufbereitschaft regelt nur die Vergütung der Rufbereitschaft, nicht des Bereitschaftsdienstes"),
    ("Bis wann muss die Rückmeldekarte zur Veröffentlichung meines Dienstjubiläums beim Personalservice sein?", "Dienstjubiläum erwähnt die Rückmeldekarte, nennt aber keine Frist"),
    ("Gibt es in der Tiefgarage reservierte Parkplätze für schwangere Beschäftigte?", "Parkausweise nennen nur Schwerbehindertenstellplätze und Ladeplätze"),
    ("Wer trägt beim BEM die Kosten für einen höhenverstellbaren Schreibtisch, wenn das Integrationsamt keinen Zuschuss gibt?", "Leitfaden BEM nennt Zuständigkeiten, aber keine Kostentragung"),
    ("Wie viel muss ich bezahlen, wenn ich meinen MFA-Hardware-Token zum dritten Mal verliere?", "Rundmail MFA behält sich nur eine Kostenbeteiligung vor, ohne Betrag"),
    ("Werden Taxikosten bei Dienstreisen erstattet?", "DA Dienstreisen nennt Bahn, Dienstfahrzeug, privates Kfz, Fahrrad, Parkgebühren – kein Taxi"),
    ("Welche Aufbewahrungsfrist gilt für Akten über Grabnutzungsrechte?", "Aktenordnung-Tabelle enthält keine Friedhofsakten"),
    ("Zahlt die Stadt Beschäftigten einen Zuschuss zum Deutschlandticket?", "DA Dienstreisen erwähnt das private Deutschlandticket nur bei Dienstreisen"),
    ("Wie hoch ist das Sitzungsgeld für Mitglieder des Jugendgemeinderats?", "Entschädigungssatzung nennt keinen Jugendgemeinderat"),
    ("Wie lange darf eine Fraktion bei den Haushaltsreden im Gemeinderat sprechen?", "Leitfaden Sitzungsdienst regelt keine Redezeiten"),
    ("Was kostet die jährliche Grabpflege eines Reihengrabs durch die Friedhofsverwaltung?", "Friedhofsgebühren nennen Pflege nur beim Urnenrasengrab (inklusive)"),
    ("Wie hoch ist die Gebühr für eine erweiterte Auskunft aus dem Gewerberegister?", "Gewerbe-Hinweise nennen nur die einfache Auskunft (12 Euro)"),
    ("Wie hoch ist die Zulage, wenn ich eine Amtsleitung länger als sechs Wochen vertrete?", "Rundverfügung Vertretung erwähnt die Zulage nach § 14 TVöD ohne Betrag"),
    ("Wie hoch ist das jährliche Kleiderbudget für Beschäftigte der Stadtbücherei?", "Dienstkleidung nennt Budgets nur für Bauhof, Hausmeister, Vollzugsdienst, Azubis"),
    ("Wie hoch ist das jährliche Büromaterialbudget je Arbeitsplatz?", "Beschaffung Büromaterial: Budget je Amt, kein Betrag"),
    ("Wie viele nicht genommene Gleittage darf ich ins nächste Jahr übertragen?", "DV Arbeitszeit nennt 12 Gleittage je Jahr, aber keine Übertragung"),
    ("Unter welcher Telefonnummer erreiche ich die IT-Rufbereitschaft am Wochenende, um ein Diensthandy zu sperren?", "Richtlinie Diensthandy verweist nur auf die Leitstelle der Feuerwehr, ohne Nummer"),
]

Q["english"] = [
    ("I forgot to clock out yesterday – how long do I have to correct my time booking?", ["AZ"], ["innerhalb von fünf Arbeitstagen"], None),
    ("What is the mileage allowance if I use my own car for a business trip and there is a significant official interest?", ["RK"], ["0,35 Euro je Kilometer"], None),
    ("How long does maternity protection last after the birth?", ["MU"], ["acht Wochen nach der Entbindung"], None),
    ("When is an occupational reintegration management (BEM) offered?", ["BEM"], ["länger als sechs Wochen (mehr als 42 Kalendertage)"], None),
    ("How much does a staff parking permit for the Enzwiesen car park cost per month?", ["PA"], ["10,00 Euro je Monat"], None),
    ("Until when do I have to take my leftover vacation days from last year?", ["UR"], ["bis zum 31. März angetreten werden"], None),
    ("What do I have to do if I lose my office key?", ["SL"], ["spätestens am nächsten Arbeitstag", "Transponder werden sofort gesperrt."], None),
    ("Which messenger am I allowed to use on my work phone?", ["DH"], ["Threema Work"], None),
    ("By what date must invoices for the 2025 budget year be submitted?", ["KJ"], ["spätestens am 5. Dezember 2025"], None),
    ("How much is the fee for registering a business online?", ["GW"], ["25,00 Euro"], None),
    ("How long is the rest period for an urn burial?", ["FG"], ["Urnenbeisetzung 15 Jahre"], None),
    ("What base allowance do city councillors get per month?", ["ES"], ["120 Euro"], None),
    ("How long does the lost and found office keep found items?", ["FB"], ["sechs Monate"], None),
    ("Who deputises for the mayor when she is away?", ["VT"], ["Erster Bürgermeister Jochen Haag"], None),
    ("How often do building yard workers get new safety shoes?", ["DK"], ["alle zwölf Monate"], None),
]

Q["english-unanswerable"] = [
    ("What is the daily allowance for a business trip to France?", "near-miss: DA Dienstreisen has no foreign per diem"),
    ("Does the city pay a supplementary company pension on top of the ZVK?", None),
    ("How do I apply for a building permit for a garden shed?", None),
    ("How high is the dog tax in Talheim?", None),
    ("Am I allowed to bring my dog to the office?", None),
    ("How much do members of the youth council get per meeting?", "near-miss: Entschädigungssatzung has no youth council"),
    ("When is this year's staff summer party?", None),
    ("How do I book a meeting room in the town hall?", None),
]

Q["unanswerable"] = [
    ("Wie beantrage ich Altersteilzeit?", None),
    ("Gibt es im Rathaus eine Kantine und was kostet das Mittagessen?", None),
    ("Wie hoch ist die Hundesteuer in Talheim an der Enz?", None),
    ("Wie melde ich meinen Wohnsitz in Talheim um?", None),
    ("Welche Kita-Gebühren gelten für Kinder unter drei Jahren?", None),
    ("Wie und wo beantrage ich Elterngeld?", None),
    ("Kann ich über die Stadt ein Dienstrad leasen?", None),
    ("Wann findet der nächste Betriebsausflug statt?", None),
    ("Wie viel Beihilfe bekommen Beamtinnen für Zahnersatz?", None),
    ("Wo beantrage ich eine Baugenehmigung für einen Carport?", None),
    ("Dürfen Hunde mit ins Büro gebracht werden?", None),
    ("Wie buche ich einen Besprechungsraum im Technischen Rathaus?", None),
    ("Wie hoch ist die Zweitwohnungsteuer?", None),
    ("Wie beantrage ich Briefwahlunterlagen für die Oberbürgermeisterwahl?", None),
    ("Nach welchen Kriterien wird das Leistungsentgelt nach § 18 TVöD verteilt?", None),
]

Q["direct"] = [
    ("Wann ist freitags Kernzeit?", ["AZ"], ["freitags von 9:00 Uhr bis 12:00 Uhr"], None),
    ("Wie viele Gleittage sind je Kalenderjahr möglich?", ["AZ"], ["bis zu 12 Gleittage"], None),
    ("Wie wird eine Rufbereitschaft von weniger als zwölf Stunden vergütet?", ["RB"], ["12,5 Prozent des tariflichen Stundenentgelts"], None),
    ("Wann ist die Winterdienstperiode?", ["RB"], ["vom 15. November bis zum 15. März"], None),
    ("Wie viel Stillzeit steht stillenden Müttern täglich zu?", ["MU"], ["zweimal täglich einer halben Stunde"], None),
    ("Wann kann der freie Tag zum Dienstjubiläum genommen werden?", ["JU"], ["innerhalb von drei Monaten danach"], None),
    ("Wo wird die BEM-Akte aufbewahrt?", ["BEM"], ["ausschließlich bei der BEM-Beauftragten verschlossen aufbewahrt"], None),
    ("Wie viele Tage Arbeitsbefreiung gibt es beim Tod eines Elternteils?", ["UR"], ["2 Arbeitstage"], None),
    ("Bis wann muss die Unfallanzeige nach einem Arbeitsunfall vorliegen?", ["KR"], ["innerhalb von drei Tagen"], None),
    ("Wie lange sind Kassenbelege und Rechnungen aufzubewahren?", ["AK"], ["Kassen- und Buchungsbelege, Rechnungen", "10 Jahre"], None),
    ("Bis wann ist die Aussonderungsliste an das Stadtarchiv zu senden?", ["AK"], ["bis zum 30. November"], None),
    ("Bis wann muss der Antrag auf einen Parkausweis für das nächste Jahr gestellt werden?", ["PA"], ["bis zum 15. November"], None),
    ("Welche Pauschale kostet eine Eilbestellung von Büromaterial?", ["BM"], ["9,50 Euro"], None),
    ("Ab wann ist für die Anmeldung von außerhalb des Rathausnetzes ein zweiter Faktor nötig?", ["MFA"], ["ab dem 1. Oktober 2025"], None),
    ("Welche Unterlagen muss eine GmbH bei der Gewerbeanmeldung zusätzlich vorlegen?", ["GW"], ["aktueller Handelsregisterauszug"], None),
    ("Bis zu welchem Betrag wird ehrenamtlich Tätigen der Verdienstausfall ersetzt?", ["ES"], ["30 Euro je angefangene Stunde und 240 Euro je Tag"], None),
    ("Innerhalb welcher Frist erhalten die Gemeinderäte die Niederschrift?", ["SD"], ["innerhalb von vier Wochen nach der Sitzung"], None),
]

Q["compound"] = [
    ("Zeit-Erfassungsterminal gestört – wo trage ich Kommen und Gehen ein?", ["AZ"], ["Ersatzliste am Empfang"], "Zeiterfassungsterminal getrennt"),
    ("Ruf Bereitschafts Pauschale an einem Sonntag?", ["RB"], ["das Vierfache des tariflichen Stundenentgelts"], "Rufbereitschaft getrennt"),
    ("Schutz-Frist nach einer Mehrlings Geburt?", ["MU"], ["auf zwölf Wochen"], "Schutzfrist, Mehrlingsgeburt getrennt"),
    ("Jubiläums Zuwendung zu 40 Jahren für Beamte?", ["JU"], ["400 Euro"], "Jubiläumszuwendung getrennt"),
    ("Bekomme ich bei der stufenweisen Wieder-Eingliederung nach Hamburger-Modell mein Entgelt?", ["BEM"], ["Sie erhalten Krankengeld bzw. Übergangsgeld, kein Entgelt"], "Wiedereingliederung getrennt"),
    ("Rest Urlaub wegen Arbeits-Unfähigkeit – bis wann antreten?", ["UR"], ["bis zum 31. Mai anzutreten"], "Resturlaub, Arbeitsunfähigkeit getrennt"),
    ("Wann ist die Schlüssel Inventur?", ["SL"], ["Einmal jährlich im Oktober"], "Schlüsselinventur getrennt"),
    ("Zuschuss zur Korrektions-Schutz-Brille?", ["DK"], ["bis zu 120 Euro"], "Korrektionsschutzbrille getrennt"),
    ("Wie lange darf man an der Lade Säule in der Tief-Garage stehen?", ["PA"], ["höchstens vier Stunden am Tag"], "Ladesäule, Tiefgarage getrennt"),
    ("Frist für den Haushalts-Reste-Antrag?", ["KJ"], ["bis zum 15. Januar 2026"], "Haushaltsreste getrennt"),
    ("Gebühr für die Grab Mal Genehmigung?", ["FG"], ["75 Euro"], "Grabmal getrennt"),
    ("Sitzungs-Geld wenn die Sitzung über vier Stunden geht?", ["ES"], ["70 Euro"], "Sitzungsgeld getrennt"),
]

Q["typo"] = [
    ("Rufbereitshaft: in welcher Zeit muss ich an der Arbeitstelle sein?", ["RB"], ["innerhalb von 30 Minuten"], "Rufbereitshaft (Rufbereitschaft), Arbeitstelle (Arbeitsstelle)"),
    ("Wie hoch ist das Tagegled bei mehr als 14 Stunden Abwesenhiet?", ["RK"], ["mehr als 14 Stunden", "12 Euro"], "Tagegled (Tagegeld), Abwesenhiet (Abwesenheit)"),
    ("Wer hat Anspruch auf ein Diensthandi?", ["DH"], ["regelmäßig im Außendienst tätig"], "Diensthandi (Diensthandy)"),
    ("Muss die Krankmeldnug bis 8:30 Uhr erfolgen?", ["KR"], ["bis 8:30 Uhr telefonisch"], "Krankmeldnug (Krankmeldung)"),
    ("Wie lang werden Persnalakten nach dem Ausscheiden aufbewart?", ["AK"], ["5 Jahre nach Ablauf des Jahres des Ausscheidens"], "Persnalakten (Personalakten), aufbewart (aufbewahrt)"),
    ("Darf ich die Dienstkleidug in der Freizeit tragen?", ["DK"], ["außer auf dem direkten Weg zwischen Wohnung und Arbeitsstätte"], "Dienstkleidug (Dienstkleidung)"),
    ("Was kostet ein Erstaztransponder?", ["SL"], ["Pauschale von 25 Euro"], "Erstaztransponder (Ersatztransponder)"),
    ("Finderlhon bei einem Fundwert von 300 Euro?", ["FB"], ["5 Prozent vom Wert bis 500 Euro"], "Finderlhon (Finderlohn)"),
    ("Wer regelt die Vertretung einer Amtsleitng, die länger als sechs Wochen fehlt?", ["VT"], ["schriftliche Regelung durch 10.1"], "Amtsleitng (Amtsleitung)"),
    ("Gebühr für die Gewerbeabmeldnug?", ["GW"], ["15,00 Euro"], "Gewerbeabmeldnug (Gewerbeabmeldung)"),
]

Q["amounts-dates"] = [
    ("Mein Hotel in Stuttgart kostet 115 Euro pro Nacht – wird das ohne Begründung erstattet?", ["RK"], ["in Städten über 100.000 Einwohnern bis 120 Euro"], "Stuttgart > 100.000 Einwohner"),
    ("Ich habe am Monatsende 45 Stunden Guthaben – was passiert mit den 5 Stunden über der Grenze?", ["AZ"], ["verfällt am Monatsende ohne Ausgleich"], None),
    ("Büromaterialbestellung über 300 Euro – wer muss freigeben?", ["BM"], ["Freigabe durch die Amtsleitung im Portal"], None),
    ("Dienstleistungsauftrag über 30.000 Euro netto – welche Vergabeart?", ["KJ"], ["Verhandlungsvergabe mit mindestens drei Angeboten: bis 50.000 Euro"], None),
    ("Dienstreise war im Februar – wie lange habe ich Zeit für die Abrechnung?", ["RK"], ["Ausschlussfrist von sechs Monaten"], None),
    ("Zweistelliges Wahlgrab für Erdbestattung, 25 Jahre – welche Gebühr?", ["FG"], ["3.200 Euro"], None),
    ("Wie viele Tage vor der Sitzung muss der Gemeinderat einberufen werden?", ["SD"], ["mindestens sieben Tage"], None),
    ("Elternzeit ab 1. März – wann muss der Antrag spätestens beim Personalservice sein?", ["MU"], ["spätestens sieben Wochen vor ihrem Beginn"], None),
]


def main():
    out = []
    for cat, rows in Q.items():
        for n, row in enumerate(rows, 1):
            q = {"id": "d-%s-%02d" % (cat, n), "split": "test", "category": cat}
            if cat in ("near-miss", "unanswerable", "english-unanswerable"):
                q.update(question=row[0], expected=[], keyFacts=[])
                if row[1]:
                    q["note"] = row[1]
            else:
                q.update(question=row[0], expected=[D[a] for a in row[1]], keyFacts=row[2])
                if row[3]:
                    q["note"] = row[3]
            out.append(q)
    data = {
        "description": "Evaluation set D for the Rathaus-Assistent (written blind): questions by city staff over the knowledge folder "
                       "of the fictional Stadt Talheim an der Enz (knowledge/, 22 documents). expected = document paths relative to "
                       "knowledge/; keyFacts = verbatim substrings of an expected document that the quoted Fundstelle must contain. "
                       "near-miss, unanswerable and english-unanswerable questions have expected [] and keyFacts [] (right answer: "
                       "nicht gefunden). Split: all questions are test (pure held-out set).",
        "license": "MIT (all content invented; written for Rathaus-Assistent)",
        "questions": out,
    }
    with open(os.path.join(HERE, "..", "questions.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
