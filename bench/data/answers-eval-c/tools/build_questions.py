#!/usr/bin/env python3
"""Source table for questions.json (answers set C). The split is derived from the id only
(rule fixed before writing): within each category ids are sorted by sha1(id) and dealt dev, test, dev, ..."""
import hashlib, json, os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

R = "personal/DA_Dienstreisen_und_Dienstgaenge.docx"
U = "personal/urlaub-und-dienstbefreiung.html"
AU = "personal/Merkblatt_Arbeitsunfaehigkeit.txt"
GZ = "personal/DV_flexible_Arbeitszeit_2024.md"
TA = "personal/DV_Telearbeit_und_mobiles_Arbeiten.docx"
NT = "personal/nebentaetigkeiten_merkblatt.md"
FB = "personal/Rundschreiben_11-4_02-2025_Fortbildung.eml"
ZB = "organisation/Organisationsverfuegung_04-2024_Zeichnungsbefugnisse.docx"
PE = "organisation/Rundverfuegung_03-2025_Posteingang_E-Akte.txt"
FP = "organisation/fahrzeugpool.html"
AS = "organisation/arbeitsschutz_und_erste_hilfe.md"
VG = "organisation/verwaltungsgliederung_und_zustaendigkeiten.md"
HH = "finanzen/Rundschreiben_Kaemmerei_01-2025_Haushaltsbewirtschaftung.md"
HV = "finanzen/Handvorschuss_und_Rechnungslauf.txt"
VA = "finanzen/Vergabedienstanweisung_2025.docx"
PW = "it/passwortrichtlinie.md"
SD = "it/it-servicedesk.html"
SW = "it/FAQ_Software_Hardware_Cloud.txt"
DS = "it/Rundmail_DSB_Datenschutzverletzungen_melden.eml"
GT = "buergerservice/gebuehrentabelle_buergerbuero.html"
MP = "buergerservice/FAQ_Melde-_und_Passwesen.md"
BB = "buergerservice/Dienstbetrieb_Buergerbuero.txt"
VU = "ordnungsamt/DA_Ueberwachung_ruhender_Verkehr.txt"
SN = "ordnungsamt/Sondernutzungssatzung_Auszug.docx"
SI = "sitzungsdienst/Leitfaden_Vorlagen_und_Fristen.md"

# (question, expected, keyFacts, note)
Q = defaultdict(list)

def add(cat, question, expected=(), keyfacts=(), note=None):
    Q[cat].append((question, list(expected), list(keyfacts), note))

# ------------------------------------------------------------------ everyday (40)
E = "everyday"
add(E, "muss mit meiner karre zu nem termin nach düsseldorf, was krieg ich pro km?", [R], ["0,30 Euro je Kilometer"], "karre = privates Kraftfahrzeug")
add(E, "bin seit montag krankgeschrieben, muss ich den zettel vom arzt noch irgendwo abgeben?", [AU], ["Eine Papierbescheinigung für den Arbeitgeber ist nicht mehr vorzulegen"], "Tarifbeschäftigte: eAU")
add(E, "wie krieg ich meine kohle für die zugfahrt zur schulung zurück?", [R, FB], ["Formular R 2"])
add(E, "bis wann muss ich morgens bescheid sagen wenn ich flach lieg?", [AU], ["spätestens bis 8:30 Uhr"])
add(E, "chef will dass ich samstag reinkomm, zählt das überhaupt?", [GZ], ["nur angerechnet, wenn sie vorher angeordnet oder genehmigt worden ist"])
add(E, "kann ich freitag mittags abhauen wenn ich genug plus hab?", [GZ], ["freitags von 9:00 Uhr bis 12:00 Uhr"], "Kernzeit freitags endet 12:00")
add(E, "wie viele plusstunden darf ich sammeln bevor die flöten gehen?", [GZ], ["höchstens 40 Stunden"])
add(E, "mein papa ist gestorben, wie viele tage krieg ich frei?", [U], ["2 Arbeitstage"])
add(E, "ich heirate im juni – kann ich dafür extra frei nehmen oder muss ich urlaub nehmen?", [U], ["sieht der TVöD keine Arbeitsbefreiung vor"])
add(E, "hab mich 5x vertippt beim anmelden, jetzt bin ich ausgesperrt. wie lang muss ich warten?", [PW], ["30 Minuten"])
add(E, "drucker im 2. stock hat keine tinte mehr, wo meld ich das?", [SD], ["Verbrauchsmaterial"], "Tinte = Toner")
add(E, "notepad++ selber draufmachen?", [SW], ["Softwarecenter"])
add(E, "mist, hab nen bescheid an den falschen typen gemailt. was jetzt??", [DS], ["spätestens innerhalb von 24 Stunden"])
add(E, "kann ich dem ingenieurbüro die riesigen pläne per wetransfer schicken?", [SW], ["RheinCloud"])
add(E, "wie komm ich morgen an ein auto von der stadt?", [FP], ["Poolfahrzeuge Rathaus"])
add(E, "bin mit dem e-auto von der stadt geblitzt worden – zahlt das die stadt?", [FP], ["trägt die Person, die das Fahrzeug geführt hat"])
add(E, "kann ich meinen resturlaub nicht einfach ausbezahlt kriegen?", [U], ["Eine Auszahlung von Urlaub ist während des bestehenden Arbeitsverhältnisses ausgeschlossen"])
add(E, "gibts kohle für ne extra brille für die arbeit am pc?", [AS], ["160 Euro"])
add(E, "will am wochenende nebenbei kellnern, ist nur n minijob – muss ich das überhaupt sagen?", [NT], ["auch Minijobs sind anzeigepflichtig"])
add(E, "will im herbst auf nen kurs vom studieninstitut, bis wann muss der zettel durch sein?", [FB], ["bis zum 15. Juni 2025"])
add(E, "kann ich mittwochs mit ner kundin ins bürgerbüro kommen?", [BB], ["geschlossen (Backoffice-Tag)"])
add(E, "nachbar fragt was der neue perso kostet, er ist 40", [GT], ["37,00 €"], "perso = Personalausweis")
add(E, "kunde ist letzte woche umgezogen, wie lang hat der zeit sich umzumelden?", [MP], ["zwei Wochen"])
add(E, "einer hat seine kiste komplett auf den gehweg gestellt, was kostet ihn das?", [VU], ["Parken auf Geh- oder Radweg 55 Euro"], "kiste = Auto")
add(E, "ein wirt will tische vor seine kneipe in der innenstadt stellen, was zahlt der?", [SN], ["2,50 Euro je m² und Monat"])
add(E, "wann muss mein papier für den rat im september spätestens fertig sein?", [SI], ["04.09.2025"], "Papier = Beschlussvorlage, Redaktionsschluss")
add(E, "brauch für zuhause nen zweiten bildschirm, gibts den von der stadt?", [TA], ["auf Antrag einen zweiten Bildschirm"])
add(E, "kriegen wir eigentlich was für strom und internet wenn wir daheim arbeiten?", [TA], ["eine Telearbeitspauschale wird nicht gezahlt"])
add(E, "bin eh auf mallorca, darf ich da ne woche von dort arbeiten?", [TA], ["Mobiles Arbeiten im Ausland ist nicht zulässig"])
add(E, "im büro ist es saukalt, darf ich meinen heizlüfter mitbringen?", [AS], ["Heizlüfter sind generell verboten"])
add(E, "auf nem umschlag steht 'angebot', darf die poststelle den aufmachen?", [PE], ["ungeöffnet mit Eingangsvermerk"])
add(E, "wie lange hebt ihr die briefe noch auf wenn die schon eingescannt sind?", [PE], ["drei Monate aufbewahrt"])
add(E, "wir wollen für nen workshop ne externe moderatorin buchen, ca. 3000 euro – muss ich da bei mehreren rumfragen?", [VA], ["mindestens drei Vergleichsangeboten"])
add(E, "darf meine chefin (sachgebietsleitung) nen auftrag über 20.000 allein rausgeben?", [ZB], ["Sachgebietsleitung", "25.000 Euro"])
add(E, "hab für die besprechung mit externen kaffee und kekse besorgt – wie viel pro nase ist ok?", [HV], ["bis 5 Euro je Person und Besprechung"])
add(E, "kollegin vom sozialamt will am telefon schnell ne adresse von mir, darf ich?", [MP], ["Telefonische Auskünfte an „die Kollegin von nebenan“ sind unzulässig"])
add(E, "chef wollte dass ich länger bleib, 5 std extra – krieg ich die ausbezahlt?", [GZ], ["vorrangig durch Freizeit auszugleichen"])
add(E, "kleiner hat fieber und ich muss daheim bleiben, wie viele tage geht das?", [AU], ["für 15 Arbeitstage"])
add(E, "wann seh ich das geld von der dienstreise, dauert das ewig?", [R], ["mit der nächsten Entgelt- bzw. Besoldungsabrechnung"])
add(E, "war dieses jahr schon 7 wochen immer wieder krank, kommt da jetzt was vom personalamt?", [AU], ["länger als sechs Wochen ununterbrochen oder wiederholt arbeitsunfähig"], "BEM-Angebot")

# ------------------------------------------------------------------ near-miss (40)
N = "near-miss"
add(N, "Wie hoch ist das Tagegeld bei einer Auslandsdienstreise?", note="DA Dienstreisen (personal/DA_Dienstreisen_und_Dienstgaenge.docx) regelt nur die Genehmigung von Auslandsdienstreisen durch den Bürgermeister und Inlands-Tagegeld (14/28 Euro), keine Auslandstagegelder.")
add(N, "Trennungsentschädigung bei Abordnung – wie hoch?", note="DA Dienstreisen behandelt Dienstreisen und Dienstgänge, keine Abordnung oder Trennungsentschädigung.")
add(N, "Für wie lange darf Sonderurlaub ohne Bezüge höchstens bewilligt werden?", note="Urlaubs-FAQ nennt nur Formular P 22 und die Antragsfrist von drei Monaten, keine Höchstdauer.")
add(N, "Gibt es Zusatzurlaub für Beschäftigte im Schichtdienst?", note="Urlaubs-FAQ nennt Zusatzurlaub nur für schwerbehinderte Menschen; Schichtdienst wird dort nicht behandelt.")
add(N, "Ab wie viel Uhr bekomme ich einen Nachtzuschlag?", note="DV Gleitzeit nennt nur die Rahmenarbeitszeit bis 19:30 Uhr; der Dienstbetrieb Bürgerbüro nur den Samstagszuschlag von 25 %. Nachtzuschläge stehen nirgends.")
add(N, "Wie viele halbe Gleittage sind pro Kalenderjahr erlaubt?", note="DV Gleitzeit § 6 erlaubt ganze oder halbe Gleittage, begrenzt aber nur die ganzen (zwölf); eine Zahl für halbe Gleittage fehlt.")
add(N, "Wie viel Euro pro Überstunde werden gezahlt, wenn kein Freizeitausgleich möglich ist?", note="DV Gleitzeit § 7 Abs. 2 erlaubt die Vergütung nur ausnahmsweise mit Zustimmung von FB 11, nennt aber keinen Betrag.")
add(N, "Wie viele Tage vorher muss ich gelegentliches mobiles Arbeiten anmelden?", note="DV Telearbeit § 3 Abs. 1: Absprache mit Vorgesetzten und Eintrag in PEP, ohne Vorlauffrist.")
add(N, "Wie viel Prozent vom Netto zahlt die Krankenkasse als Kinderkrankengeld?", note="Merkblatt Arbeitsunfähigkeit nennt nur die Zahl der Tage (15/30) und dass die Krankenkasse zahlt, keinen Prozentsatz.")
add(N, "Kinderkrankengeld für ein 14-jähriges Kind mit Behinderung – wie viele Tage?", note="Merkblatt Arbeitsunfähigkeit behandelt nur Kinder unter 12 Jahren; Kinder mit Behinderung werden nicht erwähnt.")
add(N, "Wie hoch ist das Nutzungsentgelt, wenn ich für meine Nebentätigkeit den Drucker der Stadt benutzen darf?", note="Merkblatt Nebentätigkeiten erlaubt Ausnahmen nur 'gegen Nutzungsentgelt', nennt aber keine Höhe.")
add(N, "Wie viel Fortbildungsbudget steht jedem Beschäftigten pro Jahr zu?", note="Rundschreiben Fortbildung 02/2025 nennt nur das Fortbildungsbudget des Fachbereichs und die 500-/2.000-Euro-Schwellen, kein Budget je Person.")
add(N, "Wie oft wird die Führerscheinkontrolle für die Fahrer der Verkehrsüberwachung gemacht?", note="Fahrzeugpool-Seite: halbjährliche Kontrolle nur für den Pool; die Fahrzeuge der Verkehrsüberwachung gehören ausdrücklich nicht zum Pool.")
add(N, "Selbstbeteiligung bei einem Unfall mit einem Poolfahrzeug?", note="Fahrzeugpool-Seite nennt Meldung binnen 24 Stunden und Regress bei grober Fahrlässigkeit, aber keine Selbstbeteiligung.")
add(N, "Darf ich mit einem Poolfahrzeug zu einer Dienstreise nach Maastricht fahren?", note="Fahrzeugpool-Seite und DA Dienstreisen regeln Auslandsfahrten mit Poolfahrzeugen nicht (nur Genehmigung von Auslandsdienstreisen durch den Bürgermeister).")
add(N, "Wie lange dauert die Ausbildung zur Brandschutzhelferin?", note="Arbeitsschutz-Hinweise nennen nur die Quote von 5 %; die neun Unterrichtseinheiten gelten für Ersthelfer, nicht für Brandschutzhelfer.")
add(N, "Welcher EU-Schwellenwert gilt für Sektorenauftraggeber?", note="Vergabedienstanweisung nennt nur 221.000 Euro (Liefer/Dienst) und 5.538.000 Euro (Bau).")
add(N, "Wie lang ist die Bindefrist für Angebote bei einer Beschränkten Ausschreibung?", note="Vergabedienstanweisung regelt Wertgrenzen, Dokumentation und Verwahrung der Angebote, keine Bindefristen.")
add(N, "Wie viel Prozent Skonto verlangt die Stadt bei Bestellungen?", note="Info-Blatt Zahlungsverkehr nennt nur übliche Skontofristen von 10 oder 14 Tagen, keinen Skontosatz.")
add(N, "Wie groß ist das Gesamtvolumen des Haushalts 2025?", note="Rundschreiben der Kämmerei 1/2025 nennt Beschluss- und Bekanntmachungsdaten, aber keine Haushaltszahlen.")
add(N, "Wie lange darf eine Haushaltssperre höchstens dauern?", note="Rundschreiben der Kämmerei behält sich eine Haushaltssperre nach § 24 KomHVO vor, nennt aber keine Dauer.")
add(N, "Wie viele Stellen muss die PIN für den FIDO2-Hardware-Token haben?", note="Passwortrichtlinie 3.5 erwähnt den Hardware-Token, aber keine PIN-Regeln; 3.7 nennt nur 16 Zeichen für das KeePassXC-Master-Kennwort.")
add(N, "Gibt es in der RheinCloud keine Obergrenze für den gesamten Speicherplatz pro Konto?", note="FAQ Software/Cloud nennt nur 2 GB je Datei und 30 Tage Ablaufdatum, keine Gesamtquote.")
add(N, "Was kostet ein Diensthandy den Fachbereich im Monat?", note="FAQ Software/Cloud regelt nur, wer ein Diensthandy bekommt (Formular IT 7), nicht die Kosten.")
add(N, "In wie vielen Tagen muss eine P3-Störung behoben sein?", note="IT-Servicedesk-Seite nennt nur Reaktionszeiten und betont, dass Reaktionszeit nicht Behebung bedeutet.")
add(N, "Welches Bußgeld droht der Stadt, wenn eine Datenpanne nicht innerhalb von 72 Stunden gemeldet wird?", note="Rundmail des DSB nennt die 72-Stunden-Frist nach Art. 33 DSGVO, aber keine Bußgelder.")
add(N, "Was kostet ein Reisepass mit 48 Seiten für einen 20-Jährigen?", note="Gebührentabelle nennt 48 Seiten nur für Personen ab 24 Jahren (92,00 €); unter 24 nur den 32-seitigen Pass (37,50 €).")
add(N, "Gebühr für eine Eheurkunde beim Standesamt?", note="Gebührentabelle Bürgerbüro enthält keine Standesamtsgebühren; das Standesamt erscheint nur in der Verwaltungsgliederung und als Zahlstelle.")
add(N, "Wie hoch ist das Verwarnungsgeld, wenn sich jemand nach dem Umzug zu spät anmeldet?", note="FAQ Melde- und Passwesen: Ordnungswidrigkeit, Abgabe an 30.2 nach mehr als drei Monaten – kein Betrag.")
add(N, "Bekommen Beschäftigte im Bürgerbüro einen Zeitzuschlag für den langen Dienstag bis 18 Uhr?", note="Dienstbetrieb Bürgerbüro nennt einen Zeitzuschlag von 25 % nur für den Samstagsdienst; zum Dienstag nichts.")
add(N, "Parken im absoluten Halteverbot mit Behinderung – wie viel Verwarnungsgeld?", note="DA ruhender Verkehr § 5 nennt 25 Euro für das absolute Halteverbot; den Zuschlag 'mit Behinderung' (40 Euro) nur für das eingeschränkte Halteverbot.")
add(N, "Was verlangt der Vertragsabschleppdienst für ein Abschleppen?", note="DA ruhender Verkehr § 6 nennt nur die Verwaltungsgebühr von 60 Euro 'zuzüglich der Kosten des Abschleppunternehmens'.")
add(N, "Sondernutzungsgebühr für eine E-Scooter-Verleihstation?", note="Gebührentarif der Sondernutzungssatzung (Auszug) enthält keine Tarifstelle für E-Scooter oder Sharing-Stationen.")
add(N, "Wie viel kosten die Schilder für ein Umzugshalteverbot?", note="Hinweis in der Sondernutzungssatzung: Gebühr 45 Euro 'zzgl. Schilder' – die Schilderkosten sind nicht beziffert.")
add(N, "Wie viele Tage vor der Sitzung muss eine Tischvorlage dem Bürgermeister zur Zustimmung vorgelegt werden?", note="Leitfaden Sitzungsdienst: Tischvorlagen brauchen die vorherige Zustimmung des Bürgermeisters, eine Frist dafür fehlt.")
add(N, "Wie lange werden E-Mails im Funktionspostfach aufbewahrt?", note="Rundverfügung 3/2025 regelt Sichtung der Funktionspostfächer (zweimal täglich) und Ablage in der RheinAkte, keine Aufbewahrungsfrist.")
add(N, "Pauschale für Verpflegung bei einer ganztägigen Klausurtagung?", note="Info-Blatt Zahlungsverkehr erlaubt Bewirtung bei Klausurtagungen nur mit Genehmigung, nennt aber keinen Betrag (5 Euro gilt nur für externe Gäste).")
add(N, "Wie hoch ist die Jubiläumszuwendung beim 25-jährigen Dienstjubiläum?", note="Urlaubs-FAQ nennt für das 25-jährige Jubiläum nur 1 Arbeitstag Arbeitsbefreiung, keine Geldzuwendung.")
add(N, "Wie viele Stunden dauert die Deeskalationsschulung fürs Bürgerbüro?", note="Dienstbetrieb Bürgerbüro und Rundschreiben Fortbildung nennen nur den Turnus (alle zwei Jahre), keine Dauer.")
add(N, "Bis wann muss die Urlaubsplanung für die Weihnachtsferien im Sachgebiet abgestimmt sein?", note="Urlaubs-FAQ nennt eine Abstimmungsfrist (31. März) nur für die Sommerferien.")

# ------------------------------------------------------------------ english (20) + english-unanswerable (10)
EN = "english"
add(EN, "How much is the mileage allowance if I use my own car for a business trip?", [R], ["0,30 Euro je Kilometer"])
add(EN, "By what time do I have to call in sick in the morning?", [AU], ["spätestens bis 8:30 Uhr"])
add(EN, "What are the core hours on Fridays?", [GZ], ["freitags von 9:00 Uhr bis 12:00 Uhr"])
add(EN, "Am I allowed to work remotely from another country for a few days?", [TA], ["Mobiles Arbeiten im Ausland ist nicht zulässig"])
add(EN, "How many days off do I get when my wife gives birth?", [U], ["Niederkunft der Ehefrau / Lebenspartnerin", "1 Arbeitstag"])
add(EN, "I sent personal data to the wrong recipient. Who do I tell and how fast?", [DS], ["datenschutz@rheinfeld.de", "spätestens innerhalb von 24 Stunden"])
add(EN, "Minimum length for the Windows password?", [PW], ["12 Zeichen"])
add(EN, "Why can't I install software on my work PC myself?", [SW], ["Installationen nimmt ausschließlich 10.4 vor"])
add(EN, "What's the IT service desk extension?", [SD], ["-4444"])
add(EN, "How much does an ID card cost for someone aged 30?", [GT], ["37,00 €"])
add(EN, "How long does it usually take to get a new ID card?", [MP], ["drei bis vier Wochen"])
add(EN, "What's the fine for parking on the pavement?", [VU], ["Parken auf Geh- oder Radweg 55 Euro"])
add(EN, "How many days before a committee meeting must a decision paper be released in the council information system?", [SI], ["21 Kalendertage"])
add(EN, "Up to what value can I place an order directly without getting comparison quotes?", [VA], ["bis 1.000 Euro"])
add(EN, "Where is the assembly point if the town hall is evacuated?", [AS], ["Marktplatz vor der Stadtbücherei"])
add(EN, "Do I have to tell HR before I take a paid side job?", [NT], ["rechtzeitig vorher schriftlich anzuzeigen"])
add(EN, "How long are paper originals kept after scanning?", [PE], ["drei Monate aufbewahrt"])
add(EN, "Who signs with \"i. V.\" and who with \"i. A.\"?", [ZB], ["„In Vertretung“ (i. V.)", "„Im Auftrag“ (i. A.)"])
add(EN, "Which weekday is the citizens' office closed?", [BB], ["geschlossen (Backoffice-Tag)"])
add(EN, "What's the maximum for a single purchase paid from petty cash?", [HV], ["höchstens 150 Euro"])
EU = "english-unanswerable"
add(EU, "What is the daily allowance for business trips abroad?", note="near-miss: DA Dienstreisen only says the Bürgermeister approves trips abroad; no foreign per-diem rates.")
add(EU, "Does the city pay towards the Deutschlandticket for commuting?", note="off-topic: no document mentions a job ticket or commuting subsidy.")
add(EU, "How many days off do I get when I move house for private reasons?", note="near-miss: the leave FAQ grants 1 day only for a move for official reasons (aus dienstlichem Grund).")
add(EU, "How much do employees pay to park in the town hall garage?", note="off-topic: the Tiefgarage is mentioned only as the location of the pool cars and charging points.")
add(EU, "Is there a meal subsidy in the staff canteen?", note="off-topic: 'Speiseplan' appears only as a navigation link on the intranet pages.")
add(EU, "How much does a building permit for a garage cost?", note="off-topic: building permits (FB 63 Bauordnung) are only listed in the organisation chart.")
add(EU, "What's the fine for driving 20 km/h over the speed limit in town?", note="near-miss: DA ruhender Verkehr says speed enforcement is the Kreis's job; no amounts for speeding.")
add(EU, "What is the notice period if I want to quit my job?", note="off-topic: only notice periods of the Dienstvereinbarungen are given, not for employment contracts.")
add(EU, "Can I lease a bike through the employer?", note="off-topic: only the two pool pedelecs (Dienstfahrräder) are mentioned.")
add(EU, "How much is the dog tax in Rheinfeld?", note="near-miss: the organisation chart lists Hundesteuer as a task of FB 21 but gives no rates.")

# ------------------------------------------------------------------ unanswerable (25)
X = "unanswerable"
for q, n in [
    ("Wie hoch ist der Arbeitgeberzuschuss zum Deutschlandticket?", "kein Jobticket in den Dokumenten"),
    ("Was gibt es diese Woche in der Kantine?", "'Speiseplan' nur als Navigationslink"),
    ("Wie beantrage ich eine Baugenehmigung für einen Carport?", "Bauordnung nur in der Verwaltungsgliederung"),
    ("Wie hoch ist die Hundesteuer für den zweiten Hund?", "Hundesteuer nur als Aufgabe von FB 21 genannt"),
    ("Wann ist die nächste Personalversammlung?", "Personalversammlung nur als Beispiel in der DV Telearbeit"),
    ("Wie viele Kita-Plätze hat die Stadt Rheinfeld?", None),
    ("schlagloch in der lindenstraße – wo meld ich das?", None),
    ("Gibt es bei der Stadt ein Dienstradleasing?", "nur Dienstfahrräder (Pedelecs) in der DA Dienstreisen"),
    ("Wie hoch ist das Leistungsentgelt nach § 18 TVöD?", None),
    ("Wann ist Sperrmüllabfuhr in Heisterbach?", None),
    ("In welcher Entgeltgruppe ist eine Sachbearbeiterin im Bürgerbüro eingruppiert?", None),
    ("Wie läuft die Kfz-Zulassung ab?", None),
    ("Was kostet eine Trauung am Samstag im Standesamt?", "Standesamt nur in Gliederung und als Zahlstelle"),
    ("Wer organisiert dieses Jahr die Weihnachtsfeier?", None),
    ("Kann ich einen Gehaltsvorschuss bekommen?", "nur Abschläge auf Reisekosten (DA Dienstreisen) und Handvorschüsse für Barausgaben von Organisationseinheiten"),
    ("Wie hoch sind die Grundsteuerhebesätze 2025?", None),
    ("Elterngeld beantragen – wie?", None),
    ("Gibt es eine Betriebssportgruppe?", None),
    ("Welche Öffnungszeiten hat das Hallenbad?", "Bäder als Eigenbetrieb ausdrücklich nicht aufgeführt"),
    ("Wo stelle ich einen Wohngeldantrag?", None),
    ("Wie läuft die dienstliche Beurteilung für Beamtinnen und Beamte ab?", None),
    ("Wo finde ich den Bebauungsplan für das Gewerbegebiet Nord?", None),
    ("Wie viele Punkte gibt es für Handy am Steuer?", None),
    ("Wie beantrage ich Altersteilzeit?", None),
    ("Gilt im Rathaus keine Maskenpflicht mehr?", "nur Hinweis auf frühere Pandemieregelung in der DV Telearbeit"),
]:
    add(X, q, note=n)

# ------------------------------------------------------------------ direct (25)
D = "direct"
add(D, "Wie hoch ist das Tagegeld bei einer Dienstreise mit mehr als acht Stunden Abwesenheit?", [R], ["ein Tagegeld von 14 Euro"])
add(D, "Wer ist der behördliche Datenschutzbeauftragte?", [VG, DS], ["Lindqvist"])
add(D, "Wie lang muss das Windows-Kennwort mindestens sein?", [PW], ["12 Zeichen"])
add(D, "Innerhalb welcher Frist ist die Reisekostenvergütung zu beantragen?", [R], ["Ausschlussfrist von sechs Monaten"])
add(D, "Wann ist Kernzeit von Montag bis Donnerstag?", [GZ], ["montags bis donnerstags von 9:00 Uhr bis 14:30 Uhr"])
add(D, "Welche Sendungen werden von der Poststelle nicht geöffnet und nicht gescannt?", [PE], ["Sendungen mit dem Vermerk \"persönlich\", \"vertraulich\" oder \"Personalsache\""])
add(D, "Welche Verfahrensart gilt für Liefer- und Dienstleistungen über 25.000 bis 100.000 Euro?", [VA], ["Beschränkte Ausschreibung oder Verhandlungsvergabe mit mindestens drei Angeboten"])
add(D, "Wer entscheidet über überplanmäßige Aufwendungen bis 25.000 Euro?", [HH], ["bis 25.000 Euro", "Kämmerer"])
add(D, "Welches Formular ist für die Anzeige einer Nebentätigkeit zu verwenden?", [NT], ["P 40"])
add(D, "Wie viele Arbeitstage Bildungsurlaub gibt es im Kalenderjahr?", [U], ["fünf Arbeitstage Bildungsurlaub"])
add(D, "Wie lange dauert die Erprobungsphase der alternierenden Telearbeit?", [TA], ["Erprobungsphase von sechs Monaten"])
add(D, "Wie hoch ist die Mindestgebühr nach der Sondernutzungssatzung?", [SN], ["25,00 Euro je Erlaubnis"])
add(D, "Welche Restgehwegbreite ist bei einer Sondernutzung freizuhalten?", [SN], ["mindestens 1,50 m"])
add(D, "Welche Reaktionszeit gilt bei einer Störung der Priorität P1?", [SD], ["30 Minuten"])
add(D, "Was kostet eine erweiterte Meldebescheinigung?", [GT], ["12,00 €"])
add(D, "Wie viele Schalter müssen im Bürgerbüro Rathaus während der Öffnungszeiten besetzt sein?", [BB], ["mindestens vier Schalter"])
add(D, "Welche Toleranz wird nach Ablauf der Parkzeit gewährt?", [VU], ["Toleranz von fünf Minuten"])
add(D, "Wie viele Kalendertage vor der Sitzung muss eine Beschlussvorlage freigegeben sein?", [SI], ["21 Kalendertage"])
add(D, "Mit welchem Zusatz zeichnen Beschäftigte unterhalb der Verwaltungsspitze?", [ZB], ["„Im Auftrag“ (i. A.)"])
add(D, "Wer ist Ansprechpartnerin der Zentralen Vergabestelle?", [VA, VG], ["Frau Lorenz"])
add(D, "In welchem Turnus ist die Ersthelfer-Fortbildung zu wiederholen?", [AS, FB], ["alle zwei Jahre"])
add(D, "Wie hoch darf ein Handvorschuss höchstens sein?", [HV], ["höchstens 500 Euro"])
add(D, "Wann ist Buchungsschluss für das Haushaltsjahr 2025?", [HH], ["9. Januar 2026"])
add(D, "Wo befinden sich die Schlüssel der Poolfahrzeuge?", [FP], ["elektronischen Schlüsseltresor im Foyer des Rathauses"])
add(D, "Welche Sprechzeiten hat der Personalrat?", [VG], ["Di und Do 9:00–11:00 Uhr"])

# ------------------------------------------------------------------ compound (20)
C = "compound"
add(C, "Entschädigung für Wege-Strecken mit dem Fahr-Rad?", [R], ["0,10 Euro je Kilometer"], "Wegstreckenentschädigung, Fahrrad")
add(C, "Wie hoch ist das Geld für die Übernachtung ohne Beleg?", [R], ["pauschales Übernachtungsgeld von 20 Euro"], "Übernachtungsgeld")
add(C, "Antrag für die Dienst-Reise: welches Formular und wie früh?", [R], ["Formular R 1", "spätestens fünf Arbeitstage vor Reiseantritt"], "Dienstreiseantrag")
add(C, "Bescheinigung über die Dienst-Unfähigkeit bei Beamten – bis wann vorlegen?", [AU], ["spätestens am vierten Tag"], "Dienstunfähigkeitsbescheinigung")
add(C, "Konto für die Zeit: wie hoch darf die Schuld an Zeit am Monatsende sein?", [GZ], ["höchstens 20 Stunden"], "Zeitkonto, Zeitschuld")
add(C, "Werden Möbel fürs Büro am Tele-Arbeits-Platz zu Hause nicht gestellt?", [TA], ["Büromöbel werden nicht gestellt"], "Telearbeitsplatz, Büromöbel")
add(C, "Bis zu welchem Wert darf man Bau-Leistungen direkt beauftragen (Direkt-Auftrag)?", [VA], ["Bauleistungen bis 10.000 Euro netto können als Direktauftrag vergeben werden"], "Bauleistungen, Direktauftrag")
add(C, "Welches Formular für den Vermerk über die Vergabe?", [VA], ["Formular V 3 „Vergabevermerk“"], "Vergabevermerk")
add(C, "Brille für den Bildschirm-Arbeits-Platz: wie viel gibt es fürs Gestell?", [AS], ["höchstens 40 Euro für das Gestell"], "Bildschirmarbeitsplatzbrille")
add(C, "Wo liegt das Buch für Verbände?", [AS], ["im Geschäftszimmer jedes Fachbereichs"], "Verbandbuch")
add(C, "Welcher Passwort-Manager ist erlaubt?", [PW], ["KeePassXC"], "Kennwortmanager")
add(C, "Nach wie vielen Minuten kommt die automatische Sperre vom Bild-Schirm?", [PW], ["10 Minuten"], "Bildschirmsperre")
add(C, "Zuschlag für das Express-Verfahren beim Reise-Pass?", [GT], ["32,00 €"], "Expressverfahren, Reisepass")
add(C, "Kinder-Reise-Pass: Kosten und wie lange gültig?", [GT], ["13,00 €", "Gültigkeit 1 Jahr, keine Verlängerung mehr möglich"], "Kinderreisepass")
add(C, "Braucht man für die Anmeldung die Bestätigung vom Wohnungs-Geber?", [MP], ["Wohnungsgeberbestätigung"], "Wohnungsgeberbestätigung")
add(C, "Park-Ausweis für Handwerker – was kostet der im Jahr?", [VU], ["Gebühr 240 Euro"], "Handwerkerparkausweis")
add(C, "Gastronomie im Außen-Bereich außerhalb der Innenstadt – Gebühr pro Quadratmeter?", [SN], ["1,50 Euro je m² und Monat"], "Außengastronomie Zone II")
add(C, "Redaktions-Schluss für den Haupt- und Finanz-Ausschuss im September?", [SI], ["19.08.2025"], "Redaktionsschluss, Haupt- und Finanzausschuss")
add(C, "Eingang der Post: bis wann ist die gescannte Post im Korb?", [PE], ["bis spätestens 10:00 Uhr des Eingangstages"], "Posteingang, Posteingangskorb")
add(C, "Wer macht die unvermutete Prüfung der Kassen?", [HV], ["Unvermutete Kassenprüfungen führt das Rechnungsprüfungsamt mindestens einmal jährlich"], "Kassenprüfung")

# ------------------------------------------------------------------ typo (20)
T = "typo"
add(T, "Wegstreckenentschädigumg privater Pkw?", [R], ["0,30 Euro je Kilometer"], "Wegstreckenentschädigumg (m statt n)")
add(T, "Bis wann muss ich meinen Resturlab nehmen?", [U], ["bis zum 31. März des Folgejahres"], "Resturlab (Resturlaub)")
add(T, "Krankengeldzuschus – wer zahlt den und wen frage ich?", [AU], ["Krankengeldzuschuss", "Durchwahl -2143"], "Krankengeldzuschus (fehlendes s)")
add(T, "Darf ich nicht mehr als drei Gleitage am Stück nehmen? Und wie viele im Jahr?", [GZ], ["bis zu zwölf ganze Gleittage", "davon höchstens drei zusammenhängend"], "Gleitage (Gleittage)")
add(T, "Anordnung von Überstunden – welches Formluar?", [GZ], ["Formular P 17"], "Formluar (Formular)")
add(T, "Telearbiet beantragen, welches Formular?", [TA], ["Formular P 31"], "Telearbiet (Telearbeit)")
add(T, "Nebentätigkiet Beamte: ab welchem Betrag abliefern?", [NT], ["6.000 Euro brutto"], "Nebentätigkiet (Nebentätigkeit)")
add(T, "Was ist dem Bürgermeister bei der Zeichnungsbefugniss vorbehalten?", [ZB], ["Schreiben an Ministerien"], "Zeichnungsbefugniss (Doppel-s)")
add(T, "Dienstwagn Führerscheinkontrole – wann?", [FP], ["jeweils im Januar und im Juli"], "Dienstwagn, Führerscheinkontrole")
add(T, "Unfalanzeige an die Unfallkasse ab wie vielen Tagen AU?", [AS], ["mehr als drei Kalendertagen"], "Unfalanzeige (Unfallanzeige)")
add(T, "Wer ist die Gleichstellungsbeauftrage?", [VG], ["Frau Wiesenthal"], "Gleichstellungsbeauftrage (fehlendes t)")
add(T, "überplanmässige Ausgaben über 100.000 Euro, wer entscheidet?", [HH], ["Rat, vorberaten im Haupt- und Finanzausschuss"], "überplanmässige (ss statt ß), Ausgaben statt Aufwendungen")
add(T, "Papierrechnung wegen Skontofirst – wie schnell an die Kasse?", [HV], ["spätestens innerhalb von fünf Arbeitstagen"], "Skontofirst (Skontofrist)")
add(T, "Pasword vergessen – Adresse vom Self-Service-Portal?", [PW], ["https://passwort.rheinfeld.intern"], "Pasword (Passwort)")
add(T, "Servicdesk Zeiten am Telefon?", [SD], ["Mo–Do 7:30–16:30 Uhr, Fr 7:30–13:00 Uhr"], "Servicdesk (Servicedesk)")
add(T, "Datenschutzverletzng – wer meldet an die LDI?", [DS], ["ausschließlich der Datenschutzbeauftragte"], "Datenschutzverletzng (Datenschutzverletzung)")
add(T, "Meldebescheiningung einfach Preis", [GT], ["8,00 €"], "Meldebescheiningung (Meldebescheinigung)")
add(T, "Auskunfssperre wie lange befristet?", [MP], ["auf zwei Jahre befristet"], "Auskunfssperre (Auskunftssperre)")
add(T, "Verwarnungsgeld Feuerwehrzufart mit Behindrung", [VU], ["100 Euro"], "Feuerwehrzufart, Behindrung")
add(T, "Ladungsfirst für die Ratssitzung?", [SI], ["sieben volle Tage"], "Ladungsfirst (Ladungsfrist)")

# ------------------------------------------------------------------ amounts-dates (20)
A = "amounts-dates"
add(A, "Dienstreise mit dem Privatwagen über 600 km – wie viel Wegstreckenentschädigung gibt es höchstens?", [R], ["höchstens jedoch 150 Euro je Dienstreise"])
add(A, "Um wie viel wird das Tagegeld gekürzt, wenn das Mittagessen im Tagungsbeitrag enthalten ist?", [R], ["um je 40 Prozent"])
add(A, "Ab welchen voraussichtlichen Reisekosten gibt es einen Abschlag?", [R], ["über 300 Euro"])
add(A, "Hotel kostet 95 Euro die Nacht – bekomme ich das nicht voll erstattet?", [R], ["bis zu 80 Euro erstattet", "nur, wenn sie unvermeidbar waren"])
add(A, "Bis zu welchem Datum muss Resturlaub angetreten sein, der wegen Krankheit nicht genommen werden konnte?", [U], ["bis zum 31. Mai"])
add(A, "Wie viele Urlaubstage hat man bei einer Vier-Tage-Woche?", [U], ["24 Urlaubstage"])
add(A, "Wie lange Pause bei 9,5 Stunden Arbeitszeit?", [GZ], ["mindestens 45 Minuten"])
add(A, "Wie viel Prozent der Wochenarbeitszeit dürfen Telearbeit und mobiles Arbeiten höchstens ausmachen?", [TA], ["höchstens 60 Prozent"])
add(A, "Wie viel Zeit darf eine Nebentätigkeit von Beamten höchstens beanspruchen?", [NT], ["ein Fünftel der regelmäßigen wöchentlichen Arbeitszeit"])
add(A, "Lehrgang kostet 2.400 Euro – muss ich eine Rückzahlungsvereinbarung unterschreiben?", [FB], ["Bei Fortbildungskosten über 2.000 Euro", "innerhalb von zwei Jahren"])
add(A, "Ich sage ein Seminar 7 Tage vorher ab – was kostet das?", [FB], ["50 Prozent der Gebühr"])
add(A, "Außerplanmäßige Aufwendung von 60.000 Euro – wer entscheidet?", [HH], ["Bürgermeister im Einvernehmen mit dem Kämmerer"])
add(A, "Bis wann müssen Rechnungen mit Leistungsdatum 2025 in der Stadtkasse vorliegen?", [HH], ["19. Dezember 2025"])
add(A, "Liefervertrag über 18.000 Euro netto – welches Verfahren?", [VA], ["Verhandlungsvergabe ohne Teilnahmewettbewerb mit mindestens drei Vergleichsangeboten (Textform)"])
add(A, "Wie hoch ist der EU-Schwellenwert für Bauleistungen?", [VA], ["5.538.000 Euro"])
add(A, "Ab welchem Auftragswert muss der Vergabeausschuss zustimmen?", [VA], ["Aufträge über 250.000 Euro netto bedürfen der vorherigen Zustimmung des Vergabeausschusses"])
add(A, "Reisepass für eine 19-Jährige – Gebühr?", [GT], ["37,50 €"])
add(A, "Zweieinhalb Stunden ohne Parkschein geparkt – wie viel Verwarnungsgeld?", [VU], ["bis 3 Stunden 35 Euro"])
add(A, "Container 10 Tage vor dem Haus – wie wird die Sondernutzungsgebühr berechnet?", [SN], ["15,00 Euro je Stück und angefangene Woche"], "10 Tage = 2 angefangene Wochen = 30 Euro")
add(A, "Wann ist 2025 Kommunalwahl und wann tagt der neue Rat zum ersten Mal?", [SI, BB], ["14.09.2025", "04.11.2025"])

ORDER = ["everyday", "near-miss", "english", "english-unanswerable", "unanswerable", "direct", "compound", "typo", "amounts-dates"]


def split_for(ids):
    ranked = sorted(ids, key=lambda i: hashlib.sha1(i.encode("utf-8")).hexdigest())
    return {i: ("dev" if k % 2 == 0 else "test") for k, i in enumerate(ranked)}


def main():
    out = []
    for cat in ORDER:
        items = Q[cat]
        ids = ["c-%s-%02d" % (cat, n + 1) for n in range(len(items))]
        sp = split_for(ids)
        for qid, (question, exp, kfs, note) in zip(ids, items):
            d = {"id": qid, "split": sp[qid], "category": cat, "question": question,
                 "expected": exp, "keyFacts": kfs}
            if note:
                d["note"] = note
            out.append(d)
    data = {
        "description": "Evaluation set C for the Rathaus-Assistent: questions by city staff over the knowledge folder of the fictional Stadt Rheinfeld (knowledge/, 25 documents). expected = document paths relative to knowledge/; keyFacts = verbatim substrings of an expected document that the quoted Fundstelle must contain. near-miss, unanswerable and english-unanswerable questions have expected [] and keyFacts [] (right answer: nicht gefunden). Split: within each category, ids ordered by sha1(id) and dealt alternately dev, test, dev, ...",
        "license": "MIT (all content invented; written for Rathaus-Assistent)",
        "questions": out,
    }
    with open(os.path.join(HERE, "..", "questions.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "questions")


if __name__ == "__main__":
    main()
