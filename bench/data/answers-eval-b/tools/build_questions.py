#!/usr/bin/env python3
"""Source table for questions.json (set B). Run: python3 tools/build_questions.py
Split rule: within each category, ids sorted by sha1(id) (hex digest of the UTF-8 id) and
dealt out dev, test, dev, test, ... in that order."""
import hashlib, json, os
from collections import defaultdict

U = "personal/urlaub.md"; K = "personal/krankmeldung.txt"; EZ = "personal/elternzeit-und-sonderurlaub.md"
AS = "personal/arbeitsschutz-und-gesundheitsmanagement.md"; AZ = "personal/arbeitszeit-und-gleitzeit.md"
BU = "personal/bildungsurlaub.md"; DR = "personal/dienstreisen-und-reisekosten.md"; FB = "personal/fortbildung.md"
MA = "personal/mobiles-arbeiten.md"; NT = "personal/nebentaetigkeit.md"; PR = "personal/personalrat-und-dienstvereinbarungen.md"
AK = "organisation/akten-und-aufbewahrungsfristen.md"; BV = "organisation/beschaffung-und-vergabe.docx"
DA = "organisation/datenschutz-auskunft-und-datenpannen.md"; DI = "organisation/datenschutz-und-it-nutzung.md"
DW = "organisation/dienstwagen-und-fuhrpark.md"; JA = "organisation/hinweis-jahresabschluss.eml"
KP = "organisation/korruptionspraevention.md"; PT = "organisation/post-und-telefon.txt"
SD = "organisation/sitzungsdienst.pdf"; SN = "organisation/sondernutzungssatzung.md"
ZB = "organisation/zeichnungsbefugnis-und-schriftverkehr.html"
BB = "buergerservice/buergerbuero-ausweise-und-meldewesen.md"; HH = "finanzen/haushaltsbewirtschaftung.md"
IT = "it/it-service.md"

# (category, question, expected, keyFacts, note)
Q = {}
Q["everyday"] = [
 ("wie lang vorher muss ich urlaub eintragen wenn ich 2 wochen am stück weg will?", [U], ["mindestens zwei Wochen vorher"], ""),
 ("bin heut krank, bis wann muss ich mich morgens beim chef melden?", [K], ["bis 9:00 Uhr"], ""),
 ("ab wann brauch ich nen wisch vom doc?", [K], ["spätestens am vierten Kalendertag"], "Wisch vom Doc = ärztliche Bescheinigung"),
 ("mein kind hat fieber, kann ich zuhause bleiben? wie viele tage geht das im jahr?", [EZ], ["15 Arbeitstage je Kind und Kalenderjahr"], "situation instead of rule name"),
 ("krieg ich was dazu wenn ich ne extra brille für den bildschirm brauch?", [AS], ["bis zu 200 Euro"], ""),
 ("was kostet mich das fitnessstudio-ding über die stadt im monat?", [AS], ["Eigenanteil von 25 Euro monatlich"], "Firmenfitness"),
 ("hab mich aufm heimweg mit dem rad hingelegt – was muss ich jetzt machen?", [AS], ["spätestens am nächsten Arbeitstag"], "Wegeunfall, Formular Unfallmeldung"),
 ("wie viel spritgeld gibts wenn ich mit meiner eigenen karre zur dienstreise fahr?", [DR], ["0,30 Euro je Kilometer"], ""),
 ("will am wochenende nebenbei kellnern, muss ich das irgendwem sagen?", [NT], ["spätestens einen Monat vor Aufnahme"], "Nebenjob = Nebentätigkeit"),
 ("hab von ner firma ne flasche wein gekriegt, darf ich die behalten?", [KP], ["10 Euro je Anlass"], ""),
 ("laptop tot, wo meld ich das?", [IT], ["Serviceportal im Intranet"], ""),
 ("hab mich 5 mal beim passwort vertippt und komm nicht mehr rein, was nu?", [IT], ["nach 30 Minuten automatisch aufgehoben"], "Kontosperre"),
 ("darf ich übers dienstpostfach nicht mal kurz privat ne mail schreiben?", [DI], ["private Nutzung des dienstlichen E-Mail-Postfachs ist nicht gestattet"], "negated"),
 ("komische mail mit link bekommen, sieht nach abzocke aus – wohin damit?", [DI], ["Phishing melden"], ""),
 ("mist, hab ne mail mit bürgerdaten an den falschen geschickt. bis wann muss ich das beichten?", [DI], ["innerhalb von 24 Stunden"], "Datenschutzvorfall"),
 ("wie viele stunden darf ich maximal aufm zeitkonto bunkern?", [AZ], ["40 Plusstunden"], ""),
 ("muss ich um 8 schon da sein oder ab wann is pflicht?", [AZ], ["9:00 bis 15:00 Uhr"], "Kernzeit"),
 ("wer zahlt wenn ich mit dem dienstauto geblitzt werd?", [DW], ["trägt die Fahrerin oder der Fahrer persönlich"], ""),
 ("darf ich den dienstwagen übers wochenende mit heim nehmen?", [DW], ["nur bei Rufbereitschaft zulässig"], ""),
 ("meine oma ist gestürzt und braucht plötzlich pflege, krieg ich da frei?", [EZ], ["bis zu zehn Arbeitstagen"], "akute Pflegesituation"),
 ("meine frau bekommt nächste woche unser baby – gibts da nen tag frei?", [U], ["Niederkunft der Ehefrau oder Lebenspartnerin: ein Arbeitstag"], ""),
 ("zieh wegen der arbeit in ne andere stadt, gibts dafür frei?", [U], ["Umzug aus dienstlichem Grund an einen anderen Ort: ein Arbeitstag"], ""),
 ("wann hat der betriebsarzt auf?", [AS], ["dienstags und donnerstags von 8:00 bis 12:00 Uhr"], "very short"),
 ("wo hängt hier eigentlich der defi?", [AS], ["an der Pforte im Foyer des Rathauses"], ""),
 ("darf ich daheim auch mal an meinem privaten rechner mit dienstsachen arbeiten?", [MA], ["Private Geräte dürfen für dienstliche Daten nicht genutzt werden"], ""),
 ("wie viel bargeld krieg ich max als vorschuss für kleinkram im amt?", [HH], ["bis zu einer Höhe von 300 Euro"], "Handvorschuss"),
 ("bis wann müssen die rechnungen vorm jahresende durch sein?", [JA], ["15. Dezember"], ""),
 ("wie viele seiten darf ich im monat so ausdrucken?", [IT], ["500 Seiten schwarz-weiß"], ""),
 ("kann ich mir nen großen bildschirm für zuhause holen?", [IT], ["24-Zoll-Monitor"], ""),
 ("kann ich mein privates paket einfach über die poststelle mitschicken?", [PT], ["Private Post wird nicht über die Poststelle versandt"], ""),
]
Q["near-miss"] = [
 ("Wie hoch ist das Sitzungsgeld für sachkundige Bürgerinnen und Bürger?", "organisation/sitzungsdienst.pdf: only says it is paid quarterly by attendance list, no amount"),
 ("Was kostet die Sondernutzung für Außengastronomie pro Quadratmeter und Monat?", "organisation/sondernutzungssatzung.md: refers to a Gebührentarif in an annex that is not in the folder"),
 ("Gibt es mehr Geld pro Kilometer, wenn ich Kollegen im Privatwagen zur Dienstreise mitnehme?", "personal/dienstreisen-und-reisekosten.md: 0,30 Euro je Kilometer, max. 150 Euro; no Mitnahmeentschädigung"),
 ("Gibt es eine Wegstreckenentschädigung, wenn ich mit meinem privaten Fahrrad zur Dienstreise fahre?", "personal/dienstreisen-und-reisekosten.md: 0,30 Euro only for private Kraftfahrzeug; Dienstfahrräder ausleihbar"),
 ("Wie viele Tage Sonderurlaub bekomme ich für meine eigene Hochzeit?", "personal/urlaub.md: lists Niederkunft, Tod, Umzug — no wedding"),
 ("Arbeitsbefreiung beim Tod der Großmutter – wie viele Tage?", "personal/urlaub.md: only Ehegatte, Kind, Elternteil"),
 ("Alle wie viele Jahre zahlt die Stadt eine neue Bildschirmarbeitsplatzbrille?", "personal/arbeitsschutz-und-gesundheitsmanagement.md: up to 200 Euro, no renewal interval"),
 ("Welche Fitnessstudios machen beim Firmenfitness der Stadt mit?", "personal/arbeitsschutz-und-gesundheitsmanagement.md: Eigenanteil 25 Euro, no list of studios"),
 ("Wie hoch ist das Elterngeld während der Elternzeit?", "personal/elternzeit-und-sonderurlaub.md: Elternzeit rules, no Elterngeld amounts"),
 ("Welchen Zuschlag in Prozent gibt es für angeordnete Überstunden?", "personal/arbeitszeit-und-gleitzeit.md: mentions angeordnete Mehrarbeit, no Zuschlag"),
 ("Was kostet eine Farbseite, wenn ich mein Druckerkontingent überschreite?", "it/it-service.md: Kontingent and Aufstockung, no price per page"),
 ("Wie viele Stellen muss die PIN für das Diensthandy haben?", "organisation/post-und-telefon.txt (Diensthandy) and organisation/datenschutz-und-it-nutzung.md (Passwörter 12 Zeichen): no PIN rule"),
 ("Wie lange ist ein Reisepass für Erwachsene gültig?", "buergerservice/buergerbuero-ausweise-und-meldewesen.md: validity only for the Personalausweis"),
 ("Gibt es den Personalausweis auch als Express, und was kostet der Zuschlag?", "buergerservice/buergerbuero-ausweise-und-meldewesen.md: Expresszuschlag only for the Reisepass"),
 ("Was kostet ein Führungszeugnis im Bürgerbüro?", "buergerservice/buergerbuero-ausweise-und-meldewesen.md: fees for Ausweis, Pass, Meldebescheinigung only"),
 ("Wie lange dürfen Aufnahmen der Videoüberwachung gespeichert werden?", "organisation/datenschutz-auskunft-und-datenpannen.md: Videoüberwachung only as example for a Datenschutz-Folgenabschätzung"),
 ("Ab welchem Auftragswert müssen Bauleistungen öffentlich ausgeschrieben werden?", "organisation/beschaffung-und-vergabe.docx: Wertgrenzen only for Lieferungen und Dienstleistungen"),
 ("Wie viele Elektroautos hat der städtische Fuhrpark?", "organisation/dienstwagen-und-fuhrpark.md: charging rules for Elektrofahrzeuge, no number"),
 ("Wie viele Fortbildungstage stehen mir pro Jahr zu?", "personal/fortbildung.md (no entitlement); personal/bildungsurlaub.md has five days Bildungsurlaub, which is a different thing"),
 ("Wann ist die nächste Personalratswahl?", "personal/personalrat-und-dienstvereinbarungen.md: Amtszeit vier Jahre, no election date"),
 ("Wie viel Prozent Skonto dürfen wir bei Rechnungen abziehen?", "finanzen/haushaltsbewirtschaftung.md: only that Skonto invoices must be ordered three working days early"),
 ("Was kostet ein Einschreiben mit Rückschein?", "organisation/post-und-telefon.txt: form for Einschreiben, no postage"),
 ("ab wann krieg ich krankengeld von der kasse statt gehalt?", "personal/krankmeldung.txt (BEM after six weeks) and personal/elternzeit-und-sonderurlaub.md (Kinderkrankengeld only): no Krankengeld for own illness"),
 ("Wie viele Brandschutzhelfer muss es pro Gebäude geben?", "personal/arbeitsschutz-und-gesundheitsmanagement.md: five percent rule only for Ersthelfer; Brandschutzhelfer only gelbe Weste"),
 ("Wie viele Tage Zusatzurlaub gibt es für Schichtarbeit?", "personal/urlaub.md: Zusatzurlaub only for schwerbehinderte Menschen (fünf Tage)"),
 ("Darf ich auch aus dem Ausland mobil arbeiten, z. B. aus dem Ferienhaus in Spanien?", "personal/mobiles-arbeiten.md: up to three days a week, nothing about abroad"),
 ("Wer muss Pressemitteilungen der Stadt freigeben?", "organisation/zeichnungsbefugnis-und-schriftverkehr.html: who signs letters, Bescheide, Verträge — nothing on press releases"),
 ("Wie hoch kann das Bußgeld für die Stadt sein, wenn eine Datenpanne zu spät gemeldet wird?", "organisation/datenschutz-und-it-nutzung.md: 72 hours deadline, no fine amount"),
 ("Unter welcher Nummer erreiche ich die externe Mitarbeiterberatung?", "personal/arbeitsschutz-und-gesundheitsmanagement.md: round the clock, anonymous, but no number"),
 ("Wie viele Stunden Arbeitsbefreiung gibt es für einen Arztbesuch?", "personal/urlaub.md and personal/arbeitszeit-und-gleitzeit.md: no rule for doctor's appointments"),
]
Q["unanswerable"] = [
 "Was gibt's heute in der Kantine?",
 "Was kostet ein Bauantrag für ein Einfamilienhaus?",
 "Wie bekomme ich für mein Kind einen Kita-Platz bei der Stadt?",
 "Wie hoch ist die Hundesteuer für den ersten Hund?",
 "Gibt es einen Zuschuss zum Deutschlandticket als Jobticket?",
 "Was verdient man in Entgeltgruppe E9a Stufe 3?",
 "wann ist dieses jahr die weihnachtsfeier vom fachbereich?",
 "Wie hoch ist der Hebesatz der Grundsteuer B?",
 "Wie viel Erfrischungsgeld bekommen Wahlhelfer bei der Kommunalwahl?",
 "Wann wird in der Lindenstraße der Sperrmüll abgeholt?",
 "Öffnungszeiten Hallenbad?",
 "Was kostet ein Wunschkennzeichen bei der Zulassungsstelle?",
 "Brauche ich eine Genehmigung, um einen Baum in meinem Garten zu fällen?",
 "Wie wird bei uns die Leistungsprämie nach TVöD verteilt?",
 "Standesamt: wie früh kann man einen Trautermin reservieren?",
 "Wo ist das Fundbüro?",
 "Wie viel Beihilfe bekommen Beamte für Zahnersatz?",
 "Wie melde ich ein Schlagloch in der Straße vor meinem Haus?",
 "Wohin geht dieses Jahr der Betriebsausflug?",
 "Wie hoch ist die Betriebsrente aus der Zusatzversorgungskasse?",
]
Q["english"] = [
 ("How many days of annual leave do I get on a five-day week?", [U], ["30 Arbeitstagen"], ""),
 ("Until when do I have to take my leftover holiday from last year?", [U], ["30. April des Folgejahres"], ""),
 ("We sent an email with personal data to the wrong recipient – what do we ask that person to do?", [DA], ["die Nachricht zu löschen und die Löschung schriftlich zu bestätigen"], "situation"),
 ("How much does the city reimburse per hotel night on a business trip?", [DR], ["bis 100 Euro je Nacht"], ""),
 ("deadline for submitting my travel expense claim?", [DR], ["sechs Monaten"], "keywords, lower case"),
 ("How many days a week am I allowed to work remotely?", [MA], ["bis zu drei Tage je Woche"], ""),
 ("Minimum password length?", [DI], ["mindestens zwölf Zeichen"], "very short"),
 ("Can't I just plug my own USB stick into my work PC?", [DI], ["Private Datenträger sind an Dienstgeräten gesperrt"], "negated"),
 ("How long does my break have to be if I work more than six hours?", [AZ], ["mindestens 30 Minuten"], ""),
 ("When is the staff council's open consultation hour?", [PR], ["mittwochs von 9:00 bis 12:00 Uhr"], "staff council = Personalrat"),
 ("A supplier wants to give me a small present – what's the maximum value I may accept?", [KP], ["10 Euro je Anlass"], "situation"),
 ("Up to what order value can I buy something directly without getting comparison quotes?", [BV], ["Bis 1.000 Euro netto"], ""),
 ("How far in advance must a draft resolution be uploaded before a city council meeting?", [SD], ["vier Wochen vor der Sitzung"], ""),
 ("How long do we keep the personnel file after an employee leaves?", [AK], ["5 Jahre nach dem Ausscheiden"], ""),
 ("A citizen wants to know what data we store about him. How long do we have to reply?", [DA], ["innerhalb eines Monats nach Eingang"], "situation, Art. 15 DSGVO"),
 ("When does maternity protection start before the due date?", [EZ], ["sechs Wochen vor der Entbindung"], ""),
 ("How many hours per week can I work part-time while on parental leave?", [EZ], ["bis zu 32 Wochenstunden"], ""),
 ("If I quit after the city paid for an expensive course, do I have to pay it back?", [FB], ["ab 2.000 Euro"], "situation"),
 ("How many days of educational leave per year?", [BU], ["fünf Arbeitstagen je Kalenderjahr"], "educational leave = Bildungsurlaub"),
 ("A café owner wants tables on the sidewalk – how early must he apply for the permit?", [SN], ["zehn Arbeitstage vor Beginn"], "situation, Sondernutzung"),
 ("How much is a simple certificate of registration at the citizens' office?", [BB], ["einfache Meldebescheinigung kostet 10,00 Euro"], ""),
 ("I got sick during my vacation – do I lose those days?", [K], ["nicht auf den Urlaub angerechnet"], "situation"),
 ("Who has to sign a contract worth more than 25,000 euros?", [ZB], ["zwei vertretungsberechtigten Personen"], "number in question"),
 ("By what time must outgoing letters be in the out tray to be sent the same day?", [PT], ["bis 14:00 Uhr"], ""),
 ("I'm travelling outside the EU for work – how early must I ask to get roaming unlocked on my work phone?", [PT], ["mindestens fünf Arbeitstage vorher beim IT-Service"], ""),
]
Q["direct"] = [
 ("Wie lange beträgt die Ausleihfrist für Akten?", [AK], ["Ausleihfrist beträgt vier Wochen"], ""),
 ("Wie lange werden Papieroriginale nach dem ersetzenden Scannen noch aufbewahrt?", [AK], ["noch sechs Monate aufbewahrt"], ""),
 ("Wer genehmigt Auslandsdienstreisen?", [DR], ["Auslandsdienstreisen genehmigt der Verwaltungsvorstand"], ""),
 ("Welche Papierdokumente werden nach dem Scannen nicht vernichtet?", [AK], ["Urkunden und Dokumente mit Siegel"], "negated"),
 ("Wie oft kontrolliert die Fuhrparkverwaltung die Führerscheine?", [DW], ["halbjährlich im Januar und im Juli"], ""),
 ("Wie viele Mitglieder hat der Personalrat?", [PR], ["15 Mitglieder"], ""),
 ("Wann findet die Personalversammlung statt?", [PR], ["in der Regel im November"], ""),
 ("Welchen zeitlichen Umfang darf eine Nebentätigkeit haben?", [NT], ["ein Fünftel der regelmäßigen wöchentlichen Arbeitszeit"], ""),
 ("Wer entscheidet über überplanmäßige Aufwendungen bis 50.000 Euro?", [HH], ["bis 50.000 Euro entscheidet die Kämmerin oder der Kämmerer"], "number in question"),
 ("Bis zu welchem Betrag reicht die Anordnungsbefugnis der Sachbearbeitung?", [HH], ["Sachbearbeitung bis 2.500 Euro"], ""),
 ("Innerhalb welcher Frist legt die Schriftführung den Entwurf der Niederschrift vor?", [SD], ["innerhalb von zehn Arbeitstagen"], ""),
 ("Wie lange dauert die Prüfung einer Softwareanforderung?", [IT], ["Prüfung dauert in der Regel sechs Wochen"], ""),
 ("Welche Unterlagen sind dem Antrag auf Sondernutzung beizufügen?", [SN], ["Lageplan oder eine Skizze mit Maßangaben"], ""),
 ("Innerhalb welcher Frist muss man sich nach dem Einzug in eine Wohnung anmelden?", [BB], ["innerhalb von zwei Wochen nach dem Einzug"], ""),
 ("Bis wann sind Anträge auf Übertragung von Ausgaberesten einzureichen?", [JA], ["31. Januar des Folgejahres"], ""),
]
Q["compound"] = [
 ("Welche Frist gilt für die Abrechnung der Reisekosten?", [DR], ["sechs Monaten"], "doc: Reisekostenabrechnung"),
 ("Fachkraft für Sicherheit bei der Arbeit – Telefon?", [AS], ["Telefon 2270"], "doc: Fachkraft für Arbeitssicherheit"),
 ("Wie weit darf das Konto für die Gleitzeit ins Minus gehen?", [AZ], ["20 Minusstunden"], "doc: Gleitzeitkonto"),
 ("Wer genehmigt den Antrag auf Urlaub?", [U], ["genehmigt den Urlaubsantrag"], "doc: Urlaubsantrag"),
 ("Wie lange müssen Belege der Kasse aufbewahrt werden?", [AK], ["Kassenbelege und Buchungsbelege: 10 Jahre"], "doc: Kassenbelege, Aufbewahrungsfristen"),
 ("Was muss ins Fahrten-Buch vom Dienst-Wagen eingetragen werden?", [DW], ["Kilometerstand bei Beginn und Ende"], "doc: Dienstwagenfahrtenbuch"),
 ("Gibt es eine Obergrenze für die Entschädigung der Wegstrecke je Dienst-Reise?", [DR], ["höchstens jedoch 150 Euro je Dienstreise"], "doc: Wegstreckenentschädigung"),
 ("Was gehört in den Vermerk über die Vergabe?", [BV], ["angefragte Firmen, eingegangene Angebote, Begründung der Auswahl"], "doc: Vergabevermerk"),
 ("Wo liegt die Grenze für Klein-Beträge bei der Einziehung?", [HH], ["unter 5,00 Euro"], "doc: Kleinbetragsgrenze"),
 ("Wer entscheidet über den Antrag für eine Fortbildung?", [FB], ["die Personalentwicklung entscheidet und meldet an"], "doc: Fortbildungsantrag"),
 ("Wie viele Termine für Notfälle hält das Bürger-Büro täglich frei?", [BB], ["täglich drei Notfalltermine"], "doc: Notfalltermine"),
 ("Wie oft gibt es eine Übung zur Räumung des Gebäudes?", [AS], ["Einmal jährlich findet in jedem Gebäude eine Räumungsübung statt"], "doc: Räumungsübung"),
 ("Antrag Fern Zugriff Bearbeitungs Zeit?", [IT], ["Bearbeitungszeit beträgt fünf Arbeitstage"], "doc: Fernzugriff, Bearbeitungszeit; keywords"),
 ("Wie groß ist das Kontingent für Farbdrucke pro Monat?", [IT], ["50 Seiten Farbe"], "doc: Druckerkontingent"),
 ("Wann gibt es das Gespräch zur Rückkehr nach der Eltern-Zeit?", [EZ], ["Spätestens drei Monate vor dem Ende der Elternzeit"], "doc: Rückkehrgespräch, Elternzeit"),
]
Q["typo"] = [
 ("Wie lange vorher muss ich Bildungsurlub beantragen?", [BU], ["mindestens sechs Wochen vor Beginn"], "Bildungsurlub"),
 ("Tagegled bei mehrtägiger Dienstreise?", [DR], ["28 Euro je vollem Kalendertag"], "Tagegled"),
 ("Wie lange dauert der Mutterschuz nach der Geburt?", [EZ], ["acht Wochen danach"], "Mutterschuz"),
 ("Kinderkrankentage für Alleinerziehnde?", [EZ], ["für Alleinerziehende 30 Arbeitstage"], "Alleinerziehnde"),
 ("Ab welchem Wert macht die Zentrale Vergabstelle das Verfahren?", [BV], ["Ab 25.000 Euro netto führt die Zentrale Vergabestelle"], "Vergabstelle"),
 ("Aufbewarungsfrist Bewerbungsunterlagen abgelehnter Bewerber?", [AK], ["sechs Monate nach Abschluss des Verfahrens"], "Aufbewarungsfrist"),
 ("Wie lange vor der Sitzung muss die Einladng an die Mitglieder raus?", [SD], ["sieben volle Tage"], "Einladng"),
 ("Ab welchem Betrag kommt Sponsering in den Bericht an den Rat?", [KP], ["ab 1.000 Euro"], "Sponsering"),
 ("Wie viele Gleittage im Jahr darf ich nehemn?", [AZ], ["zwölf ganze Gleittage"], "nehemn"),
 ("Wann verfällt der Termin im Bürgerbüor, wenn der Kunde zu spät kommt?", [BB], ["mehr als 15 Minuten"], "Bürgerbüor"),
 ("Was kostet der Expreszuschlag beim Reisepas?", [BB], ["32,00 Euro"], "Expreszuschlag, Reisepas"),
 ("Wie lange hat der Persoanlrat Zeit, sich zu äußern?", [PR], ["innerhalb von zwei Wochen"], "Persoanlrat"),
 ("Wer unterschreibt Schreiben an die Bezirksregirung?", [ZB], ["Oberbürgermeisterin oder der zuständige Dezernent"], "Bezirksregirung"),
 ("Kündigungsfrist Dienstvereinbarrung?", [PR], ["Frist von drei Monaten zum Jahresende"], "Dienstvereinbarrung"),
 ("Wie schnell muss die Schadenmeldung nach einem Unfal mit dem Dienstwagen eingereicht werden?", [DW], ["innerhalb von drei Arbeitstagen"], "Unfal"),
]
Q["amounts-dates"] = [
 ("Bildungsurlaub mit 600 Euro Gebühr – wer muss der Übernahme zustimmen?", [BU], ["schriftlicher Zustimmung der Personalentwicklung"], "Gebühren über 500 Euro"),
 ("Außerplanmäßige Ausgabe von 120.000 Euro – wer entscheidet?", [HH], ["über 50.000 Euro bis 250.000 Euro entscheidet der Haupt- und Finanzausschuss"], ""),
 ("Auftrag über 100.000 Euro netto – was gilt?", [BV], ["öffentlich auszuschreiben"], ""),
 ("Was kostet der Personalausweis für eine 20-Jährige?", [BB], ["22,80 Euro unter 24 Jahren"], ""),
 ("Bis wann muss das E-Learning Arbeitsschutz kompakt erledigt sein?", [AS], ["bis zum 30.11."], ""),
 ("Bis zu welchem Datum legen Beamte die Nebentätigkeitsaufstellung vor?", [NT], ["bis zum 31.01."], ""),
 ("Ab welchem Jahresbetrag müssen Beamte Vergütungen aus Nebentätigkeiten abliefern?", [NT], ["6.000 Euro brutto im Kalenderjahr"], ""),
 ("Ab wie vielen Kilometern darf ich 1. Klasse Bahn fahren?", [DR], ["über 300 Kilometer einfache Strecke"], ""),
 ("Zu welchem Datum werden Barkassen zum Jahresabschluss abgerechnet?", [JA], ["zum 30. Dezember"], ""),
 ("Bis wann im Jahr müssen die Einträge im Verarbeitungsverzeichnis überprüft werden?", [DA], ["bis zum 31.03."], "VVV"),
]

PREFIX = {"everyday": "everyday", "near-miss": "nearmiss", "unanswerable": "unanswerable", "english": "english",
          "direct": "direct", "compound": "compound", "typo": "typo", "amounts-dates": "amounts"}
ORDER = ["everyday", "near-miss", "unanswerable", "english", "direct", "compound", "typo", "amounts-dates"]

def main():
    out = []
    for cat in ORDER:
        items = []
        for i, row in enumerate(Q[cat], 1):
            qid = f"b-{PREFIX[cat]}-{i:02d}"
            if cat == "near-miss":
                q = {"id": qid, "category": cat, "question": row[0], "expected": [], "keyFacts": [], "note": "closest: " + row[1]}
            elif cat == "unanswerable":
                q = {"id": qid, "category": cat, "question": row, "expected": [], "keyFacts": [], "note": "off-topic for the knowledge folder"}
            else:
                q = {"id": qid, "category": cat, "question": row[0], "expected": row[1], "keyFacts": row[2]}
                if row[3]:
                    q["note"] = row[3]
            items.append(q)
        # split: sort by sha1(id), deal dev, test, dev, test, ...
        ranked = sorted(items, key=lambda q: hashlib.sha1(q["id"].encode("utf-8")).hexdigest())
        for k, q in enumerate(ranked):
            q["split"] = "dev" if k % 2 == 0 else "test"
        for q in items:
            out.append({"id": q["id"], "split": q["split"], **{k: v for k, v in q.items() if k not in ("id", "split")}})
    doc = {
        "description": "Evaluation set B for the Rathaus-Assistent: questions by city staff over the knowledge folder "
                       "(25 documents). expected = document paths relative to knowledge/; keyFacts = verbatim substrings of an "
                       "expected document that the quoted Fundstelle must contain. near-miss and unanswerable questions have "
                       "expected [] and keyFacts [] (right answer: nicht gefunden). Split: within each category, ids ordered by "
                       "sha1(id) and dealt alternately dev, test, dev, ...",
        "license": "MIT (written for Rathaus-Assistent)",
        "questions": out,
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "questions.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "questions written")

if __name__ == "__main__":
    main()
