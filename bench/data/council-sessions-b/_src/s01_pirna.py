META = dict(id="sn-pirna-stadtrat-2026-04", split="dev", land="SN", body="Stadtrat",
            organization="Stadt Pirna", date="2026-04-23", origin="17:54:00", start="18:01", end="19:21",
            agenda="matching", chair="Dr. Annegret Wunderlich",
            features=["Stadtrat (Sachsen), Oberbürgermeisterin as chair", "early Befangenheit § 20 SächsGemO for a later non-public TOP",
                      "room device voice used by a citizen (Einwohnerfragestunde)", "sub-items 3.1/3.2", "Wer kann dem zustimmen?",
                      "mehrheitlich angenommen", "secret ballot with Stimmzettel (14 Stimmen für Frau X, 7 für Herrn Y, 1 ungültig)",
                      "en bloc: Wir stimmen über die Punkte 5 bis 7 gemeinsam ab", "Auswahlkommission einstimmig (must not count)",
                      "late arrival (attendance)", "non-public with agenda: die Öffentlichkeit ist ausgeschlossen"])
AGENDA_META = dict(slug="pirna/stadtrat", date="2026-04-23", start="18:00", end="21:00", tz="+02:00",
                   name="Sitzung des Stadtrates der Stadt Pirna", organizationName="Stadtrat")
AGENDA = [
    ("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True),
    ("2", "Einwohnerfragestunde", True),
    ("3.1", "Bebauungsplan Nr. 41 „Copitz-Nord“: Abwägung der eingegangenen Stellungnahmen", True),
    ("3.2", "Bebauungsplan Nr. 41 „Copitz-Nord“: Satzungsbeschluss", True),
    ("4", "Wahl einer Friedensrichterin oder eines Friedensrichters für den Schiedsamtsbezirk Pirna", True),
    ("5", "Feststellung des Jahresabschlusses 2025 des Eigenbetriebs Kindertagesstätten", True),
    ("6", "Überplanmäßige Ausgabe: Neubau Feuerwehrgerätehaus Copitz", True),
    ("7", "Annahme von Spenden (Spendenliste 1. Quartal 2026)", True),
    ("8", "Antrag der Fraktion Freie Wähler: Kostenfreies Parken am Samstagvormittag in der Altstadt", True),
    ("9", "Informationen der Oberbürgermeisterin und Anfragen", True),
    ("10", "Grundstücksangelegenheit: Verkauf eines Baugrundstücks", False),
    ("11", "Personalangelegenheit: Besetzung der Amtsleitung Ordnungsamt", False),
]
_all = "19:21:30"
ATTENDANCE = dict(title="Stadtrat Pirna – Sitzung 23.04.2026", domain="pirna.example.de", rows=[
    ("Ratssaal Pirna", [("17:54:02", "19:22:10")], "Attendee"),
    ("Dr. Annegret Wunderlich", [("17:56:40", "19:21:50")], "Organizer"),
    ("Jens Kaltofen", [("17:57:15", _all)], "Attendee"),
    ("Sabine Hähnel", [("17:58:01", _all)], "Attendee"),
    ("Ronny Pietzsch", [("17:58:20", _all)], "Attendee"),
    ("Ulrike Strohbach", [("17:58:44", "19:05:12"), ("19:06:50", _all)], "Attendee"),
    ("Matthias Gössel", [("17:59:03", _all)], "Attendee"),
    ("Falk Rietschel", [("18:16:05", _all)], "Attendee"),
    ("Steffen Mierisch", [("17:55:30", "19:21:40")], "Presenter"),
    ("Claudia Zschiesche", [("17:55:48", "19:21:40")], "Presenter"),
])

CUES = """
#CLOCK 17:58:30
Ratssaal Pirna: Eins, zwei, äh kommt der Ton bei den Zugeschalteten an?
Jens Kaltofen: Ja, man hört Sie, nur das Bild ist ziemlich dunkel.
#CLOCK 18:01:05
Dr. Annegret Wunderlich: Guten Abend, sehr geehrte Stadträtinnen und Stadträte. Ich eröffne um 18:01 Uhr die heutige Sitzung des Stadtrates. Zur Sitzung wurde form- und fristgerecht geladen, es sind 21 Mitglieder im Saal oder per Video anwesend, der Stadtrat ist damit beschlussfähig.
Dr. Annegret Wunderlich: Herr Rietschel kommt etwas später. Gibt es vorab Erklärungen zu Befangenheiten?
Ulrike Strohbach: Ja, Frau Oberbürgermeisterin. Ich erkläre schon jetzt, dass ich bei Tagesordnungspunkt 10 nach § 20 der Sächsischen Gemeindeordnung befangen bin. Ich werde bei diesem Punkt den Saal verlassen.
Dr. Annegret Wunderlich: Danke, das nehmen wir so auf. Änderungswünsche zur Tagesordnung sehe ich nicht, dann bleibt es dabei.
Dr. Annegret Wunderlich: Punkt 2, Einwohnerfragestunde. Eine Bürgerin hat sich gemeldet, sie spricht bitte am Saalmikrofon.
Ratssaal Pirna: Ja, guten Abend, Kerstin Lämmel aus Copitz. Wann geht denn die Ampel an der Hauptstraße wieder, die blinkt seit Wochen nur gelb?
Steffen Mierisch: Das Steuergerät ist bestellt, der Einbau ist für Mitte Mai vorgesehen.
Ratssaal Pirna: Gut, danke schön.
#CLOCK 18:12:00
Dr. Annegret Wunderlich: Dann kommen wir zu Punkt 3, Bebauungsplan Nr. 41 Copitz-Nord. Der Punkt hat zwei Unterpunkte, wir beginnen mit 3.1, der Abwägung. Herr Mierisch, bitte ganz kurz.
Steffen Mierisch: Im Verfahren sind 23 Stellungnahmen eingegangen. Die meisten betreffen den Lärmschutz zur B 172, deshalb haben wir den Wall auf vier Meter erhöht. Sonst bleibt es beim Entwurf.
Ronny Pietzsch: Und die Zufahrt über die Schulstraße, bleibt die? Das war ja das, was die Anwohner am meisten gestört hat.
Steffen Mierisch: Die bleibt nur als Notzufahrt. Der normale Verkehr läuft über den neuen Kreisel.
#CLOCK 18:16:30
Falk Rietschel: Guten Abend, Entschuldigung, ich bin jetzt auch drin.
Dr. Annegret Wunderlich: Willkommen, Herr Rietschel. Dann stimmen wir über 3.1 ab, die Abwägung wie in der Anlage dargestellt. Wer kann dem zustimmen? Gegenstimmen? Zwei. Enthaltungen? Drei. Damit mehrheitlich angenommen.
Dr. Annegret Wunderlich: Zu 3.2, dem Satzungsbeschluss. Wortmeldungen? Keine. Wer ist dafür? Dagegen? Niemand. Enthaltungen? Wieder die drei. Dann ist die Satzung bei drei Enthaltungen beschlossen.
#CLOCK 18:24:00
Dr. Annegret Wunderlich: Punkt 4, Wahl einer Friedensrichterin oder eines Friedensrichters für den Schiedsamtsbezirk Pirna. Vorgeschlagen sind Frau Hiltrud Päßler und Herr Torsten Möbius. Gewählt wird geheim mit Stimmzetteln, die Zugeschalteten nutzen das geschützte Wahlmodul.
Dr. Annegret Wunderlich: Ich bitte Frau Hähnel und Herrn Gössel, die Auszählung zu übernehmen.
#CLOCK 18:36:30
Sabine Hähnel: Das Ergebnis: abgegeben wurden 22 Stimmzettel. 14 Stimmen für Frau Päßler, 7 für Herrn Möbius, 1 ungültig.
Dr. Annegret Wunderlich: Vielen Dank an die Stimmzähler. Damit ist Frau Päßler zur Friedensrichterin gewählt. Sie hat vorab schriftlich erklärt, dass sie die Wahl annimmt.
#CLOCK 18:38:40
Dr. Annegret Wunderlich: Die Punkte 5, 6 und 7 sind im Verwaltungsausschuss ausführlich vorberaten worden. Wenn niemand widerspricht: Wir stimmen über die Punkte 5 bis 7 gemeinsam ab.
Matthias Gössel: Kein Widerspruch. Ich will nur zu 6 sagen, dass wir die Mehrkosten beim Gerätehaus schon kritisch sehen.
Claudia Zschiesche: Die Mehrkosten von 186.000 Euro kommen vor allem vom Stahl. Gedeckt wird das aus dem Ansatz für den Radweg Pratzschwitz, der sich ohnehin ins nächste Jahr verschiebt.
Dr. Annegret Wunderlich: Danke. Also Jahresabschluss Eigenbetrieb Kita, überplanmäßige Ausgabe Gerätehaus Copitz und die Spendenliste. Wer kann dem zustimmen? Danke. Gegenstimmen? Eine. Enthaltungen? Keine.
Dr. Annegret Wunderlich: Damit sind die Punkte 5 bis 7 bei einer Gegenstimme beschlossen.
#CLOCK 18:45:00
Dr. Annegret Wunderlich: Punkt 8, der Antrag der Fraktion Freie Wähler zum kostenfreien Parken am Samstagvormittag in der Altstadt. Frau Hähnel, bitte.
Sabine Hähnel: Danke. Die Geschäfte in der Altstadt verlieren samstags Kundschaft an das Einkaufszentrum am Stadtrand, da parkt man umsonst. Wir wollen einen Versuch über ein Jahr, samstags bis 13 Uhr frei.
Claudia Zschiesche: Der Einnahmeausfall läge bei etwa 38.000 Euro im Jahr. Das ist im Haushalt so nicht gedeckt.
Matthias Gössel: Wir halten das für das falsche Signal, gerade jetzt, wo wir den Stadtbus stärken wollen.
Jens Kaltofen: Die CDU unterstützt den Antrag. Ein Jahr Test, das kann man machen.
Dr. Annegret Wunderlich: Dann lasse ich abstimmen. Wer kann dem Antrag zustimmen? Gegenprobe. Enthaltungen. Der Antrag ist mehrheitlich angenommen.
#CLOCK 18:55:10
Dr. Annegret Wunderlich: Punkt 9, Informationen und Anfragen. Eine Information von mir: Der Förderbescheid für die Elbuferpromenade ist am Montag gekommen.
Ronny Pietzsch: Eine Anfrage. Wie ist der Stand bei der Schulhofsanierung in Sonnenstein?
Steffen Mierisch: Die Ausschreibung läuft, gebaut wird in den Sommerferien.
Dr. Annegret Wunderlich: Danke. Damit endet der öffentliche Teil. Ich bitte die Gäste und die Presse, den Saal zu verlassen, und die Technik, den Stream abzuschalten.
#CLOCK 19:06:00
#NP
Dr. Annegret Wunderlich: So, die Öffentlichkeit ist ausgeschlossen, der Stream ist aus. Punkt 10, Verkauf eines Baugrundstücks. Frau Strohbach hat ihre Befangenheit zu Beginn erklärt und den Saal verlassen.
Claudia Zschiesche: Es geht um das Flurstück 812/4 in der Gemarkung Zatzschke, 742 Quadratmeter. Höchstbietender ist Herr Norbert Frenzel mit 96.500 Euro.
Jens Kaltofen: Lagen die anderen Gebote weit darunter?
Claudia Zschiesche: Das zweithöchste Gebot lag bei 91.000 Euro.
Dr. Annegret Wunderlich: Wer stimmt dem Verkauf zu? Danke, das ist einstimmig.
Dr. Annegret Wunderlich: Frau Strohbach kann wieder hereinkommen. Punkt 11, Besetzung der Amtsleitung Ordnungsamt. Die Auswahlkommission hat sich einstimmig für Frau Doreen Hentschel ausgesprochen.
Dr. Annegret Wunderlich: Wer folgt dem Vorschlag? Gegenstimmen? Keine. Enthaltungen? Zwei. Damit ist Frau Hentschel bei zwei Enthaltungen bestellt.
#CLOCK 19:21:00
Dr. Annegret Wunderlich: Ich schließe die Sitzung um 19:21 Uhr. Kommen Sie gut nach Hause.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3.1", AGENDA[2][1], True, [D("Abwägung der Stellungnahmen (Anlage)", "angenommen", "Damit mehrheitlich angenommen.", votes=(None, 2, 3))]),
    I("3.2", AGENDA[3][1], True, [D("Satzungsbeschluss Bebauungsplan Nr. 41", "angenommen", "Dann ist die Satzung bei drei Enthaltungen beschlossen.", votes=(None, 0, 3))]),
    I("4", AGENDA[4][1], True, [D("Wahl der Friedensrichterin (geheim, Stimmzettel)", "gewählt", "Damit ist Frau Päßler zur Friedensrichterin gewählt.",
                                   ballot={"Hiltrud Päßler": 14, "Torsten Möbius": 7, "ungültig": 1},
                                   note="candidate counts are in `ballot`; they are not yes/no/abstain")]),
    I("5", AGENDA[5][1], True, [D("Jahresabschluss 2025 Eigenbetrieb Kindertagesstätten (en bloc 5-7)", "angenommen",
                                   "Damit sind die Punkte 5 bis 7 bei einer Gegenstimme beschlossen.", votes=(None, 1, 0))]),
    I("6", AGENDA[6][1], True, [D("Überplanmäßige Ausgabe Feuerwehrgerätehaus Copitz (en bloc 5-7)", "angenommen",
                                   "Damit sind die Punkte 5 bis 7 bei einer Gegenstimme beschlossen.", votes=(None, 1, 0))]),
    I("7", AGENDA[7][1], True, [D("Annahme der Spenden (en bloc 5-7)", "angenommen",
                                   "Damit sind die Punkte 5 bis 7 bei einer Gegenstimme beschlossen.", votes=(None, 1, 0))]),
    I("8", AGENDA[8][1], True, [D("Antrag der Fraktion Freie Wähler", "angenommen", "Der Antrag ist mehrheitlich angenommen.")]),
    I("9", AGENDA[9][1], True),
    I("10", AGENDA[10][1], False, [D("Verkauf des Baugrundstücks", "angenommen", "Wer stimmt dem Verkauf zu? Danke, das ist einstimmig.", unanimous=True)],
      bias=["Ulrike Strohbach"], note="Befangenheit declared at the start of the session (§ 20 SächsGemO)"),
    I("11", AGENDA[11][1], False, [D("Bestellung der Amtsleitung Ordnungsamt", "angenommen",
                                      "Damit ist Frau Hentschel bei zwei Enthaltungen bestellt.", votes=(None, 0, 2))],
      note="the Auswahlkommission's 'einstimmig' is not the Stadtrat's vote"),
]
LATE = [{"name": "Falk Rietschel", "top": "3.1"}]
EARLY = []
SECRETS = ["812/4", "Zatzschke", "Norbert Frenzel", "96.500 Euro", "91.000 Euro", "Doreen Hentschel"]
