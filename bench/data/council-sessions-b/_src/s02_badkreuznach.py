META = dict(id="rp-bad-kreuznach-bauausschuss-2026-05", split="test", land="RP", body="Bau- und Planungsausschuss",
            organization="Stadt Bad Kreuznach", date="2026-05-12", origin="17:58:00", start="18:02", end="19:02",
            agenda="matching", chair="Sandra Weißgerber",
            features=["Beigeordnete as chair", "Dringlichkeitsantrag added to the agenda as TOP 6a (Zweidrittelmehrheit)",
                      "Ausschließungsgrund § 22 GemO RP at item (Frau Dr. von Bülow-Schmidt)", "Wer möchte dem so folgen?",
                      "Ich sehe keine Gegenstimmen", "en bloc TOP 4 and 5 (gemeinsam abstimmen)", "online member votes by chat",
                      "late arrival", "early departure", "room device voice", "non-public with agenda (wir sind unter uns)"])
AGENDA_META = dict(slug="bad-kreuznach/bauausschuss", date="2026-05-12", start="18:00", end="20:30", tz="+02:00",
                   name="Sitzung des Bau- und Planungsausschusses", organizationName="Bau- und Planungsausschuss")
AGENDA = [
    ("1", "Eröffnung und Feststellung der Tagesordnung", True),
    ("2", "Mitteilungen", True),
    ("3", "Bebauungsplan „Am Kuhberg“ (Nr. 6/14), 1. Änderung: Beschluss über die Offenlage", True),
    ("4", "Bauvoranfrage: Umnutzung einer Scheune zu Wohnzwecken im Stadtteil Bosenheim", True),
    ("5", "Ausbau der Rüdesheimer Straße, 2. Bauabschnitt: Ausbauplanung", True),
    ("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Begrünung von Wartehallen an Bushaltestellen", True),
    ("7", "Anfragen", True),
    ("8", "Vergabe von Ingenieurleistungen: Brückensanierung Salinental", False),
    ("9", "Grundstücksangelegenheit: Ausübung eines Vorkaufsrechts", False),
]
_e = "19:02:20"
ATTENDANCE = dict(title="Bau- und Planungsausschuss 12.05.2026", domain="bad-kreuznach.example.de", rows=[
    ("Sitzungssaal Stadthaus", [("17:57:30", "19:02:50")], "Attendee"),
    ("Sandra Weißgerber", [("17:58:10", "19:02:35")], "Organizer"),
    ("Uwe Dornbusch", [("17:58:40", _e)], "Presenter"),
    ("Achim Lorenz", [("17:59:02", _e)], "Attendee"),
    ("Dr. Cordula von Bülow-Schmidt", [("17:59:15", _e)], "Attendee"),
    ("Heike Stumm", [("17:59:30", _e)], "Attendee"),
    ("Klaus-Peter Gerhardt", [("17:59:48", _e)], "Attendee"),
    ("Björn Hassinger", [("17:59:55", "18:43:40")], "Attendee"),
    ("Gül Aydın", [("18:07:20", _e)], "Attendee"),
    ("Melanie Jost", [("17:58:20", "19:02:40")], "Presenter"),
])

CUES = """
#CLOCK 17:59:20
Sitzungssaal Stadthaus: So, äh, die Kamera läuft jetzt. Hört man uns online?
Björn Hassinger: Ja, alles gut, ich höre Sie.
#CLOCK 18:02:00
Sandra Weißgerber: Guten Abend zusammen. Ich eröffne die Sitzung des Bau- und Planungsausschusses um 18:02 Uhr, heute vertrete ich den Oberbürgermeister. Es wurde ordnungsgemäß eingeladen, der Ausschuss ist beschlussfähig. Herr Hassinger ist per Video dabei.
Sandra Weißgerber: Zur Tagesordnung: Die FWG-Fraktion hat heute Mittag einen Dringlichkeitsantrag zum Hangrutsch am Kauzenberg eingereicht. Herr Lorenz, begründen Sie die Dringlichkeit bitte kurz.
Achim Lorenz: Ja, danke, Frau Beigeordnete. Seit dem Starkregen am Wochenende ist der Fußweg unterhalb der Burgruine gesperrt. Bis zur nächsten Sitzung im Juli können wir nicht warten, die Verwaltung soll sofort ein Gutachten beauftragen können.
Sandra Weißgerber: Für die Erweiterung der Tagesordnung brauchen wir zwei Drittel. Wer ist dafür, den Antrag aufzunehmen? Das ist einstimmig, Herr Hassinger hat im Chat auch zugestimmt. Wir behandeln ihn als Punkt 6a.
Sandra Weißgerber: Punkt 2, Mitteilungen. Herr Dornbusch.
Uwe Dornbusch: Nur eine Mitteilung: Die Salinenbrücke bleibt bis Ende Juni für Fahrzeuge über 3,5 Tonnen gesperrt, die Umleitung ist ausgeschildert.
#CLOCK 18:07:40
Gül Aydın: Hallo, sorry, der Link hat nicht funktioniert. Jetzt bin ich da.
Sandra Weißgerber: Kein Problem, Frau Aydın. Dann Punkt 3, Bebauungsplan Am Kuhberg, erste Änderung, Beschluss über die Offenlage.
Dr. Cordula von Bülow-Schmidt: Frau Vorsitzende, bevor wir einsteigen: Mir gehört ein Grundstück im Plangebiet. Bei mir liegt deshalb ein Ausschließungsgrund nach § 22 der Gemeindeordnung vor. Ich nehme an Beratung und Abstimmung nicht teil und setze mich in den Zuschauerbereich.
Sandra Weißgerber: Danke, Frau Dr. von Bülow-Schmidt. Herr Dornbusch, bitte.
Uwe Dornbusch: Mit der Änderung wird die zulässige Traufhöhe an der Kuhbergstraße um einen Meter angehoben. Dann sind dort Mehrfamilienhäuser mit drei Geschossen möglich. Die Grünfläche am Hang bleibt, wie sie ist.
Heike Stumm: Wir tragen das mit. Wichtig ist uns, dass die Stellplätze im Verfahren noch sauber geklärt werden.
#CLOCK 18:15:30
Sandra Weißgerber: Das nehmen wir ins Verfahren mit. Wer möchte dem so folgen? Danke. Wer ist dagegen? Ich sehe keine Gegenstimmen. Enthaltungen? Eine. Damit ist die Offenlage beschlossen.
Sandra Weißgerber: Frau Dr. von Bülow-Schmidt kann wieder Platz nehmen. Über die Punkte 4 und 5 können wir, denke ich, gemeinsam abstimmen, die sind unstrittig. Gibt es Widerspruch?
Klaus-Peter Gerhardt: Nee, kein Widerspruch. Zur Rüdesheimer Straße nur die Bitte, die Anlieger rechtzeitig zu informieren.
Uwe Dornbusch: Die Anliegerversammlung ist für den 3. Juni geplant.
#CLOCK 18:20:40
Sandra Weißgerber: Also Punkt 4, das Einvernehmen zur Bauvoranfrage in Bosenheim, und Punkt 5, die Ausbauplanung Rüdesheimer Straße. Wer möchte dem so folgen? Das ist einstimmig, Herr Hassinger ebenfalls, das sehe ich im Chat.
#CLOCK 18:24:00
Sandra Weißgerber: Punkt 6, Antrag der Grünen zur Begrünung von Wartehallen. Frau Aydın.
Gül Aydın: Danke. Bei neuen oder sanierten Wartehallen soll grundsätzlich ein begrüntes Dach eingeplant werden. Das kostet pro Halle ungefähr 4.000 Euro mehr und hilft im Sommer gegen die Hitze.
Klaus-Peter Gerhardt: Im Prinzip gern. Aber grundsätzlich bei jeder Halle ist uns zu starr, wir würden ergänzen: wo es technisch möglich ist.
Gül Aydın: Das übernehmen wir.
#CLOCK 18:30:10
Sandra Weißgerber: Dann mit dieser Ergänzung. Wer möchte dem so folgen? Gegenstimmen? Ich sehe keine Gegenstimmen. Enthaltungen? Zwei. Dann so angenommen.
#CLOCK 18:33:10
Sandra Weißgerber: Punkt 6a, der Dringlichkeitsantrag der FWG zum Kauzenberg. Herr Lorenz hat ihn vorhin schon begründet. Herr Dornbusch, was sagt die Verwaltung?
Uwe Dornbusch: Wir würden ein geotechnisches Gutachten bis 25.000 Euro sofort beauftragen. Das Geld ist im Unterhaltungsansatz vorhanden.
Achim Lorenz: Damit sind wir einverstanden, genau darum ging es uns.
Sandra Weißgerber: Dann stimmen wir über den Dringlichkeitsantrag in der Fassung ab, die Herr Dornbusch eben vorgeschlagen hat. Wer ist dafür? Herr Hassinger?
Björn Hassinger: Ich hab's in den Chat geschrieben, aber gern auch laut: Ja.
Sandra Weißgerber: Danke. Gegenstimmen? Keine. Enthaltungen? Auch keine. Damit einstimmig angenommen.
#CLOCK 18:41:30
Sandra Weißgerber: Punkt 7, Anfragen.
Heike Stumm: Wann wird der Spielplatz in der Planiger Straße wieder geöffnet?
Uwe Dornbusch: Die neuen Geräte kommen nächste Woche, wir rechnen mit Anfang Juni.
Björn Hassinger: Ich muss mich leider verabschieden, ich habe noch einen Termin. Schönen Abend.
Sandra Weißgerber: Danke, Herr Hassinger, bis zum nächsten Mal.
#CLOCK 18:48:00
Sandra Weißgerber: Weitere Anfragen sehe ich nicht. Es folgt der nicht öffentliche Teil, ich bitte die Gäste, den Saal zu verlassen.
#CLOCK 18:50:30
#NP
Sandra Weißgerber: Gut, wir sind unter uns. Punkt 8, Vergabe der Ingenieurleistungen für die Brückensanierung im Salinental.
Uwe Dornbusch: Das wirtschaftlichste Angebot hat das Ingenieurbüro Dexheimer & Roos abgegeben, 148.900 Euro brutto. Das nächste lag gut zwanzig Prozent höher.
Sandra Weißgerber: Fragen? Keine. Wer möchte dem so folgen? Danke. Gegenstimmen? Keine. Enthaltungen? Keine. Einstimmig.
Sandra Weißgerber: Punkt 9, Vorkaufsrecht. Herr Dornbusch.
Uwe Dornbusch: Das Weingut Schappert verkauft die Parzelle Flur 17 Nummer 233 für 61.200 Euro. Wir empfehlen, das Vorkaufsrecht auszuüben, weil wir die Fläche für den Radweg an der Nahe brauchen.
Achim Lorenz: Ist der Preis denn angemessen?
Uwe Dornbusch: Er liegt im Rahmen des Bodenrichtwerts.
Sandra Weißgerber: Dann stimmen wir ab, bitte die Hand heben. Das ist bei einer Enthaltung so beschlossen.
#CLOCK 19:02:00
Sandra Weißgerber: Vielen Dank, dann schließe ich die Sitzung. Es ist 19:02 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True, [D("Aufnahme des Dringlichkeitsantrags der FWG als TOP 6a", "angenommen",
                                   "Wer ist dafür, den Antrag aufzunehmen? Das ist einstimmig", unanimous=True)],
      note="the only decision of TOP 1 is the Erweiterung der Tagesordnung"),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Beschluss über die Offenlage", "angenommen", "Damit ist die Offenlage beschlossen.", votes=(None, 0, 1))],
      bias=["Dr. Cordula von Bülow-Schmidt"]),
    I("4", AGENDA[3][1], True, [D("Einvernehmen zur Bauvoranfrage (gemeinsam mit TOP 5)", "angenommen",
                                   "Das ist einstimmig, Herr Hassinger ebenfalls, das sehe ich im Chat.", unanimous=True)]),
    I("5", AGENDA[4][1], True, [D("Ausbauplanung Rüdesheimer Straße (gemeinsam mit TOP 4)", "angenommen",
                                   "Das ist einstimmig, Herr Hassinger ebenfalls, das sehe ich im Chat.", unanimous=True)]),
    I("6", AGENDA[5][1], True, [D("Antrag der Grünen mit Ergänzung 'wo technisch möglich'", "angenommen", "Dann so angenommen.", votes=(None, 0, 2))]),
    I("6a", "Dringlichkeitsantrag der FWG-Fraktion: Sofortmaßnahmen nach dem Hangrutsch am Kauzenberg", True,
      [D("Dringlichkeitsantrag in der Fassung der Verwaltung (Gutachten bis 25.000 Euro)", "angenommen", "Damit einstimmig angenommen.",
         votes=(None, 0, 0), unanimous=True)], added=True, note="not in agenda.json; added in TOP 1"),
    I("7", AGENDA[6][1], True),
    I("8", AGENDA[7][1], False, [D("Vergabe der Ingenieurleistungen", "angenommen", "Enthaltungen? Keine. Einstimmig.", votes=(None, 0, 0), unanimous=True)]),
    I("9", AGENDA[8][1], False, [D("Ausübung des Vorkaufsrechts", "angenommen", "Das ist bei einer Enthaltung so beschlossen.", votes=(None, None, 1))]),
]
LATE = [{"name": "Gül Aydın", "top": "2"}]
EARLY = [{"name": "Björn Hassinger", "top": "7"}]
SECRETS = ["Dexheimer & Roos", "148.900 Euro", "Schappert", "Flur 17 Nummer 233", "61.200 Euro"]
