from build import D, I
META = dict(id="th-weimar-bau-umweltausschuss-2027-03", split="test", land="TH", body="Bau- und Umweltausschuss",
    organization="Stadt Weimar", date="2027-03-09", start="17:00", end="19:52", endSource="spoken",
    chair="Ralf Kirsten", clerk="Franziska Lindner", style="municipal", agenda="matching", slug="weimar/bau-umweltausschuss",
    meetingName="Sitzung des Bau- und Umweltausschusses", orgName="Bau- und Umweltausschuss der Stadt Weimar", plannedEnd="20:00",
    late=[("Thomas Riedel", "3.1")],
    tags=["municipal", "electronic-vote", "online-vote", "chair-handover", "bias-early", "bias-at-item", "secret-election",
          "repeated-vote", "abgesetzt-by-vote", "sub-items", "einvernehmen-versagt", "referral", "adjourned", "nonpublic-matching",
          "no-Gegenstimmen-with-abstentions"],
    features=["Bau- und Umweltausschuss (Thüringen), Beigeordneter als Vorsitzender; elektronische Abstimmungsanlage, Online-Mitglied stimmt über den Teams-Chat ab",
              "unter TOP 1: persönliche Beteiligung § 38 ThürKO für TOP 8 (nichtöffentlich) angezeigt; TOP 7 per Abstimmung abgesetzt",
              "Niederschrift 'ohne Gegenstimmen bei einer Enthaltung' (nicht einstimmig); Verspätung (TOP 3.1)",
              "Bauanträge 3.1/3.2/3.3: Einvernehmen erteilt, Einvernehmen versagt (= abgelehnt), vertagt",
              "geheime Wahl in den Gestaltungsbeirat mit Stimmzetteln",
              "TOP 5: Vorsitzender persönlich beteiligt, übergibt die Leitung an die Stellvertreterin; Anlage zählt falsch, Abstimmung per Handzeichen wiederholt",
              "Verweisung gegen die Stimmen der Grünen; nichtöffentlicher Teil mit Tagesordnung, Kenntnisnahme einer Eilentscheidung"])
VOICES = {"K": "Ralf Kirsten", "M": "Susanne Marx", "J": "Jens Kallenbach", "W": "Petra Wunderlich", "R": "Thomas Riedel",
          "B": "Annika Böttcher", "G": "Uwe Gerlach", "A": "Frank Adler"}
T = """
K: Einen schönen guten Abend, ich eröffne die Sitzung des Bau- und Umweltausschusses. Frau Wunderlich ist per Teams zugeschaltet, Herr Riedel hat sich verspätet.
K: Ordnungsgemäß geladen, anwesend elf von zwölf Mitgliedern, damit sind wir beschlussfähig.
J: Ich möchte gleich zu Beginn anzeigen, dass ich bei Tagesordnungspunkt 8 nach § 38 ThürKO persönlich beteiligt bin. Ich werde dann den Raum verlassen.
K: Danke, Herr Kallenbach, das wird protokolliert. Zur Tagesordnung: Die FDP hat beantragt, ihren Punkt 7 abzusetzen, weil das Verkehrsgutachten noch nicht vorliegt. Wir stimmen über die Absetzung elektronisch ab.
K: Frau Wunderlich, bitte schreiben Sie uns Ihre Stimme in den Chat.
W: Steht drin, Ja.
K: Das Ergebnis: 8 Ja, 2 Nein, 1 Enthaltung, einschließlich Frau Wunderlich. Tagesordnungspunkt 7 ist abgesetzt.
K: Tagesordnungspunkt 2, Niederschrift vom 9. Februar. Einwendungen? Keine. Wer stimmt zu? Gegenstimmen? Enthaltungen?
B: Ich enthalte mich, ich war nicht da.
K: Dann ist die Niederschrift ohne Gegenstimmen bei einer Enthaltung bestätigt.
@17:18
R: Guten Abend, Entschuldigung, die Straßenbahn.
K: Willkommen, Herr Riedel, wir sind jetzt vollzählig. Tob drei Punkt eins, Bauantrag Anbau eines Wintergartens, Humboldtstraße 22. Herr Dr. Adler.
A: Der Wintergarten überschreitet die Baugrenze um 1,20 Meter, das ist städtebaulich vertretbar, wir empfehlen das Einvernehmen mit Befreiung.
K: Fragen? Keine. Frau Wunderlich, Chat bitte. Abstimmung läuft.
W: Ja.
K: Das Ergebnis: 11 Ja, 1 Nein, 0 Enthaltungen. Das Einvernehmen ist erteilt.
K: Drei Punkt zwei, Nutzungsänderung eines Ladengeschäfts in eine Spielhalle, Schillerstraße 5.
A: Das Vorhaben widerspricht dem Vergnügungsstättenkonzept für die Innenstadt, die Verwaltung empfiehlt, das Einvernehmen zu versagen.
G: Ich sehe nicht, warum wir das verhindern sollten, der Laden steht seit zwei Jahren leer.
B: Weil wir keine Spielhalle neben dem Goethe-Nationalmuseum wollen.
K: Abstimmung über das Einvernehmen. Frau Wunderlich?
W: Nein.
K: Das Ergebnis: 2 Ja, 9 Nein, 1 Enthaltung. Damit ist das Einvernehmen versagt.
K: Drei Punkt drei, Mehrfamilienhaus Ettersburger Straße. Dazu fehlt noch die Stellungnahme der Denkmalpflege. Ich schlage Vertagung vor. Wer ist dafür? Frau Wunderlich auch, ich sehe es im Chat. Das ist einstimmig vertagt.
@17:50
K: Tagesordnungspunkt 4, Wahl eines Mitglieds des Gestaltungsbeirates. Vorgeschlagen sind Frau Dr. Lena Hofmann und Herr Martin Kühn. Herr Gerlach hat geheime Wahl beantragt.
G: Ja, das möchten wir.
K: Dann Stimmzettel. Frau Wunderlich, Frau Lindner ruft Sie an, Sie geben Ihre Stimme telefonisch bei ihr ab und sie wirft den Zettel für Sie ein.
W: In Ordnung, das machen wir so.
@18:02
K: Das Ergebnis: 12 Stimmzettel. Frau Dr. Hofmann 7 Stimmen, Herr Kühn 4 Stimmen, ein Stimmzettel ungültig. Frau Dr. Hofmann ist gewählt.
K: Tagesordnungspunkt 5, Bauvoranfrage Am Horn 14. Da muss ich sagen, das Grundstück gehört meinem Bruder. Ich bin persönlich beteiligt und gebe die Leitung an Frau Marx ab.
M: Danke. Ich übernehme für diesen Punkt. Herr Dr. Adler, bitte.
A: Angefragt ist ein zweites Wohnhaus im Garten, in zweiter Reihe. Die Erschließung ist über eine Baulast gesichert. Die Verwaltung sieht das positiv.
B: Die Gärten Am Horn sind prägend für das Landschaftsbild am Park. Wir sehen das kritisch.
J: Das ist ein normales Einfamilienhaus, da sollten wir nicht päpstlicher sein als der Papst.
M: Abstimmung läuft, Herr Kirsten stimmt nicht mit. Frau Wunderlich?
W: Ich stimme mit Ja.
M: Die Anlage zeigt 6 Ja, 3 Nein, 1 Enthaltung, das sind nur zehn, es fehlt eine Stimme.
R: Mein Gerät hat nicht reagiert, da leuchtet gar nichts.
M: Dann gilt das nicht. Wir wiederholen die Abstimmung per Handzeichen. Wer ist für den positiven Bescheid? Gegenstimmen? Enthaltungen?
M: Per Handzeichen, mit Frau Wunderlich: 7 Ja, 3 Nein, 1 Enthaltung. Damit ist der Bauvoranfrage zugestimmt. Herr Kirsten, bitte.
K: Danke, Frau Marx. Tagesordnungspunkt 6, Antrag der Fraktion Bündnis 90/Die Grünen zur Novellierung der Baumschutzsatzung.
B: Wir wollen, dass auch Obstbäume ab 60 Zentimetern Stammumfang geschützt werden, und dass Ersatzpflanzungen kontrolliert werden.
J: Das betrifft die Stadtentwicklung insgesamt, ich beantrage Verweisung in den Ausschuss für Stadtentwicklung.
K: Wir stimmen über die Verweisung ab. Frau Wunderlich?
W: Für die Verweisung.
K: Das Ergebnis: 10 Ja, 2 Nein, 0 Enthaltungen. Der Antrag ist gegen die Stimmen der Grünen verwiesen.
K: Damit ist der öffentliche Teil beendet. Ich bitte die Zuhörer, den Saal zu verlassen. Frau Wunderlich, sind Sie allein im Raum?
W: Ja, Tür ist zu.
#NP
K: Nichtöffentlich, Tagesordnungspunkt 8, Ankauf einer Teilfläche für den Radweg an der Ilm. Herr Kallenbach verlässt wie angekündigt den Raum.
A: Die Eigentümerin, Frau Gudrun Starke, ist bereit, 1.150 Quadratmeter für 38 Euro pro Quadratmeter zu verkaufen.
K: Abstimmung. Frau Wunderlich?
W: Ja.
K: Das Ergebnis: 10 Ja, 0 Nein, 1 Enthaltung. Dem Ankauf ist zugestimmt. Herr Kallenbach kann wieder hereinkommen.
K: Tagesordnungspunkt 9, Information über eine Eilentscheidung des Oberbürgermeisters: die Notsicherung der Stützmauer am Wohnhaus Kegelplatz 3 für 86.400 Euro.
G: Hätte man das nicht früher sehen müssen?
A: Die Mauer ist nach dem Frost im Februar plötzlich gerissen, das war nicht absehbar.
K: Dann nehmen wir die Eilentscheidung zur Kenntnis.
@19:52
K: Ich danke Ihnen und schließe die Sitzung um 19:52 Uhr.
"""
ITEMS = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit, Bestätigung der Tagesordnung"),
    I("2", "Bestätigung der Niederschrift der Sitzung vom 09.02.2027",
      decisions=[D("Niederschrift vom 09.02.2027", "genehmigt", "Dann ist die Niederschrift ohne Gegenstimmen bei einer Enthaltung bestätigt.",
                   votes=(None, 0, 1))]),
    I("3.1", "Bauantrag: Anbau eines Wintergartens, Humboldtstraße 22",
      decisions=[D("Einvernehmen mit Befreiung", "angenommen", "Das Ergebnis: 11 Ja, 1 Nein, 0 Enthaltungen.", votes=(11, 1, 0))]),
    I("3.2", "Bauantrag: Nutzungsänderung eines Ladengeschäfts in eine Spielhalle, Schillerstraße 5",
      decisions=[D("Gemeindliches Einvernehmen", "abgelehnt", "Das Ergebnis: 2 Ja, 9 Nein, 1 Enthaltung. Damit ist das Einvernehmen versagt.",
                   votes=(2, 9, 1), note="'Einvernehmen versagt' = abgelehnt")]),
    I("3.3", "Bauantrag: Neubau eines Mehrfamilienhauses, Ettersburger Straße",
      decisions=[D("Vertagung (fehlende Stellungnahme der Denkmalpflege)", "vertagt", "Das ist einstimmig vertagt.", unanimous=True)]),
    I("4", "Wahl eines Mitglieds des Gestaltungsbeirates",
      decisions=[D("Wahl in den Gestaltungsbeirat (geheim)", "gewählt",
                   "Das Ergebnis: 12 Stimmzettel. Frau Dr. Hofmann 7 Stimmen, Herr Kühn 4 Stimmen, ein Stimmzettel ungültig.",
                   ballot={"Dr. Lena Hofmann": 7, "Martin Kühn": 4, "ungültig": 1})]),
    I("5", "Bauvoranfrage: Errichtung eines Wohnhauses in zweiter Reihe, Am Horn 14",
      decisions=[D("Positiver Bescheid zur Bauvoranfrage (wiederholte Abstimmung per Handzeichen)", "angenommen",
                   "Per Handzeichen, mit Frau Wunderlich: 7 Ja, 3 Nein, 1 Enthaltung.", votes=(7, 3, 1),
                   note="the device count (6/3/1, one device failed) was declared invalid; only the repeated show of hands counts")],
      bias=["Ralf Kirsten"], chairedBy="Susanne Marx",
      note="the chair declares persönliche Beteiligung § 38 ThürKO at the item (his brother owns the plot) and hands the chair to the deputy"),
    I("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Novellierung der Baumschutzsatzung",
      decisions=[D("Verweisung in den Ausschuss für Stadtentwicklung", "verwiesen", "Der Antrag ist gegen die Stimmen der Grünen verwiesen.",
                   votes=(10, 2, 0), groups=([], ["Grüne"], []), note="counts in the same cue")]),
    I("7", "Antrag der FDP-Fraktion: Verkehrsberuhigung Wielandplatz",
      decisions=[D("Absetzung von der Tagesordnung (Antrag der FDP)", "abgesetzt",
                   "Das Ergebnis: 8 Ja, 2 Nein, 1 Enthaltung, einschließlich Frau Wunderlich.", votes=(8, 2, 1))],
      note="set down by vote under TOP 1, before TOP 2 was called"),
    I("8", "Grundstücksangelegenheit: Ankauf einer Teilfläche für den Ilm-Radweg", public=False,
      decisions=[D("Ankauf der Teilfläche", "angenommen", "Das Ergebnis: 10 Ja, 0 Nein, 1 Enthaltung.", votes=(10, 0, 1))],
      bias=["Jens Kallenbach"], note="persönliche Beteiligung declared early by the member under TOP 1; leaves the room at the item"),
    I("9", "Information über eine Eilentscheidung des Oberbürgermeisters", public=False,
      decisions=[D("Eilentscheidung Notsicherung Stützmauer", "zur Kenntnis genommen", "Dann nehmen wir die Eilentscheidung zur Kenntnis.")]),
]
SECRETS = ["Gudrun Starke", "38 Euro pro Quadratmeter", "Kegelplatz 3", "86.400 Euro"]
ATTENDANCE = dict(title="Bau- und Umweltausschuss 09.03.2027", domain="weimar.example.de",
    people=[("Franziska Lindner", "Organizer"), ("Ralf Kirsten", "Presenter"), ("Frank Adler", "Presenter"), ("Petra Wunderlich", "Attendee"),
            ("Ratssaal Weimar (Teams Room)", "Attendee"), ("Susanne Marx", "Attendee"), ("Jens Kallenbach", "Attendee"),
            ("Thomas Riedel", "Attendee"), ("Annika Böttcher", "Attendee"), ("Uwe Gerlach", "Attendee")],
    times={"Thomas Riedel": ("17:18", None)})
