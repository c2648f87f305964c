META = dict(id="nrw-koeln-bv-ehrenfeld-2026-02", split="test", land="NRW",
            body="Bezirksvertretung Ehrenfeld", organization="Stadt Köln",
            date="2026-02-09", origin="17:27:40", start="17:31", end="19:02", agenda="matching",
            chair="Jörg Lemmerz",
            features=["Bezirksvertretung", "zum nächsten Tagesordnungspunkt", "TOP 7 wird abgesetzt (at start)",
                      "jury (Preisgericht) einstimmig that must not count", "nimmt zur Kenntnis",
                      "ohne Gegenstimmen bei zwei Enthaltungen", "zurückgezogen", "voting cards",
                      "Mit 12 zu 5 Stimmen bei einer Enthaltung angenommen", "Befangenheit § 31 GO NRW at item (Bezirksvertreterin)",
                      "Einwohnerfragestunde with Unknown Speaker", "early departure", "sub-items 5.1-5.3", "no non-public part"])

AGENDA_META = dict(slug="koeln/bezirksvertretung-ehrenfeld", date="2026-02-09", start="17:30", end="20:30",
                   name="14. Sitzung der Bezirksvertretung Ehrenfeld", organizationName="Bezirksvertretung Ehrenfeld")
AGENDA = [
    ("1", "Eröffnung der Sitzung und Regularien", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Mitteilungen des Bezirksbürgermeisters", True),
    ("4", "Gestaltungswettbewerb Neugestaltung Ehrenfeldplatz – Ergebnis des Preisgerichts (Mitteilung 0412/2026)", True),
    ("5.1", "Antrag der Fraktion Die Linke: Trinkwasserbrunnen am Neptunplatz", True),
    ("5.2", "Antrag der CDU-Fraktion: Bewohnerparken in Neuehrenfeld", True),
    ("5.3", "Antrag der Fraktion Bündnis 90/Die Grünen: Verkehrsversuch Venloer Straße", True),
    ("6", "Bezirksorientierte Mittel 2026: Zuschuss an den Bürgerverein Bickendorf (Vorlage 0398/2026)", True),
    ("7", "Baumfällungen im Grünzug West (Vorlage 0377/2026)", True),
    ("8", "Anfragen", True),
]

ATTENDANCE = dict(domain="stadt-koeln.de", title="BV Ehrenfeld – 14. Sitzung", rows=[
    ("Jörg Lemmerz", [("17:27:10", "19:02:30")], "Organizer"),
    ("Bezirksrathaus Ehrenfeld Saal", [("17:25:00", "19:02:44")], "Attendee"),
    ("Miriam Kessler", [("17:29:15", "19:02:20")], "Attendee"),
    ("Paul Odenthal", [("17:29:40", "18:34:05")], "Attendee"),
    ("Hatice Korkmaz", [("17:30:02", "19:02:20")], "Attendee"),
    ("Benedikt Schlömer", [("17:30:20", "19:02:20")], "Attendee"),
    ("Anja Vogelsang", [("17:28:00", "19:02:25")], "Presenter"),
])

CUES = """
#CLOCK 17:31:00
Jörg Lemmerz: Guten Abend meine Damen und Herren, ich eröffne die 14. Sitzung der Bezirksvertretung Ehrenfeld, es ist 17:31 Uhr. Die Einladung ist form- und fristgerecht erfolgt, wir sind beschlussfähig.
Jörg Lemmerz: Zur Tagesordnung: Die Verwaltung hat gebeten, die Vorlage zu den Baumfällungen im Grünzug West noch einmal zu überarbeiten. TOP 7 wird abgesetzt. Gibt es dagegen Einwände? Das ist nicht der Fall.
Jörg Lemmerz: Dann zu TOP 2 Einwohnerfragestunde. Es hat sich eine Bürgerin angemeldet, bitte schön.
Unknown Speaker: Ja guten Abend. Ich wohne an der Subbelrather Straße und wollte fragen, wann die kaputte Laterne vor Hausnummer 200 repariert wird. Das ist seit November so.
Anja Vogelsang: Das hat die Rheinenergie auf dem Schirm, wir haken aber noch mal nach.
Jörg Lemmerz: Danke. Weitere Fragen liegen nicht vor. Mitteilungen des Bezirksbürgermeisters habe ich heute keine.
Jörg Lemmerz: Wir kommen zum nächsten Tagesordnungspunkt, dem Ergebnis des Gestaltungswettbewerbs Ehrenfeldplatz. Frau Vogelsang.
Anja Vogelsang: Danke. Es gab 23 Einreichungen. Das Preisgericht hat sich in seiner Sitzung am 20. Januar einstimmig für den Entwurf des Büros Freiraum Kollektiv entschieden, mit mehr Bäumen und einem Wasserspiel.
Hatice Korkmaz: Ein sehr schöner Entwurf. Wichtig ist uns nur dass der Wochenmarkt seinen Platz behält.
Anja Vogelsang: Das ist im Entwurf berücksichtigt.
Jörg Lemmerz: Die Bezirksvertretung nimmt das Ergebnis des Wettbewerbs zur Kenntnis. Dann kommen wir zu den Anträgen, zunächst 5.1, der Trinkwasserbrunnen am Neptunplatz.
Hatice Korkmaz: Wir beantragen die Verwaltung zu beauftragen, einen öffentlichen Trinkwasserbrunnen am Neptunplatz aufzustellen, gerade im Sommer ist das wichtig.
Benedikt Schlömer: Grundsätzlich gut. Wir enthalten uns, weil die Folgekosten nicht klar sind.
Jörg Lemmerz: Dann Abstimmung. Wer ist dafür? Gegenstimmen? Enthaltungen? Zwei. Damit ist der Antrag ohne Gegenstimmen bei zwei Enthaltungen angenommen.
Jörg Lemmerz: 5.2, Antrag der CDU zum Bewohnerparken in Neuehrenfeld. Herr Schlömer.
Benedikt Schlömer: Ja, nach dem Gespräch mit der Verwaltung letzte Woche wissen wir dass die Prüfung schon läuft. Wir ziehen den Antrag deshalb zurück.
Jörg Lemmerz: Der Antrag ist zurückgezogen. Dann 5.3, der Verkehrsversuch Venloer Straße.
#CLOCK 18:12:00
Miriam Kessler: Wir wollen für ein Jahr testen, die Venloer Straße zwischen Gürtel und Ehrenfeldgürtel äh als Einbahnstraße für Autos zu führen, mit breiten Radspuren.
Benedikt Schlömer: Das verlagert den Verkehr nur in die Wohnstraßen, wir lehnen das ab.
Paul Odenthal: Wir tragen das mit, aber wir wollen eine Evaluation nach sechs Monaten.
Miriam Kessler: Die übernehmen wir gern in den Antrag.
Jörg Lemmerz: Dann stimmen wir über den so geänderten Antrag ab. Ich bitte um die Stimmkarten. Wer ist dafür? Zwölf. Wer ist dagegen? Fünf. Wer enthält sich? Eine.
Jörg Lemmerz: Mit 12 zu 5 Stimmen bei einer Enthaltung angenommen.
Jörg Lemmerz: TOP 6, bezirksorientierte Mittel, der Zuschuss an den Bürgerverein Bickendorf.
Miriam Kessler: Herr Bezirksbürgermeister, ich bin im Vorstand des Bürgervereins. Ich bin in diesem Punkt befangen und setze mich in den Zuschauerbereich.
Jörg Lemmerz: Danke, Frau Kessler nimmt an Beratung und Abstimmung nicht teil. Es geht um 4.500 Euro für das Veedelsfest. Wortmeldungen? Keine. Wer ist dafür? Das ist einstimmig.
Jörg Lemmerz: Frau Kessler, Sie können wieder Platz nehmen.
Paul Odenthal: Ich muss mich an dieser Stelle verabschieden, ich habe noch eine Sitzung im Sportverein. Schönen Abend noch.
Jörg Lemmerz: Danke Herr Odenthal, Ihnen auch.
#CLOCK 18:40:00
Jörg Lemmerz: TOP 7 ist abgesetzt, also Anfragen. Es liegt eine Anfrage der SPD zur Sanierung der Grundschule Lindweilerweg vor. Frau Vogelsang.
Anja Vogelsang: Die Gebäudewirtschaft plant den Baubeginn für die Sommerferien 2027, die Schülerinnen und Schüler werden während der Bauzeit in Containern auf dem Schulhof unterrichtet.
Hatice Korkmaz: Gibt es schon eine Kostenschätzung?
Anja Vogelsang: Rund 7,8 Millionen Euro, die genaue Zahl kommt mit der Baubeschlussvorlage.
#CLOCK 19:01:30
Jörg Lemmerz: Vielen Dank. Dann sind wir am Ende der Tagesordnung. Ich schließe die Sitzung, es ist 19:02 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True, [D("Ergebnis des Preisgerichts (Mitteilung 0412/2026)", "zur Kenntnis genommen",
                                  "Die Bezirksvertretung nimmt das Ergebnis des Wettbewerbs zur Kenntnis.")],
      note="'einstimmig' refers to the Preisgericht, not to the Bezirksvertretung"),
    I("5.1", AGENDA[4][1], True, [D("Antrag der Fraktion Die Linke", "angenommen",
                                    "Damit ist der Antrag ohne Gegenstimmen bei zwei Enthaltungen angenommen.", votes=(None, 0, 2))]),
    I("5.2", AGENDA[5][1], True, [D("Antrag der CDU-Fraktion", "zurückgezogen", "Der Antrag ist zurückgezogen.")]),
    I("5.3", AGENDA[6][1], True, [D("Antrag der Fraktion Bündnis 90/Die Grünen in geänderter Fassung (Evaluation nach sechs Monaten)", "angenommen",
                                    "Mit 12 zu 5 Stimmen bei einer Enthaltung angenommen.", votes=(12, 5, 1))]),
    I("6", AGENDA[7][1], True, [D("Zuschuss von 4.500 Euro an den Bürgerverein Bickendorf", "angenommen",
                                  "Wer ist dafür? Das ist einstimmig.", unanimous=True)], bias=["Miriam Kessler"]),
    I("7", AGENDA[8][1], True, [D("Absetzung von der Tagesordnung", "abgesetzt", "TOP 7 wird abgesetzt.")]),
    I("8", AGENDA[9][1], True),
]
LATE = []
EARLY = [{"name": "Paul Odenthal", "top": "6"}]
SECRETS = []
