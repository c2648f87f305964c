META = dict(id="nrw-krefeld-planungsausschuss-2026-10", split="dev", land="NRW", body="Ausschuss für Stadtplanung und Stadtentwicklung",
            organization="Stadt Krefeld", date="2026-10-27", origin="16:50:00", start="17:00", end="19:22",
            agenda="matching", chair="Norbert Heuvelmann",
            features=["Fachausschuss (NRW, Krefeld style), Ausschussvorsitzender as chair, Beigeordneter für Planung reports",
                      "opening 'Ich eröffne die heutige Sitzung des Ausschusses ... und frage nach Befangenheiten' - none declared at the start",
                      "Sachkundige Bürgerin declares Befangenheit only at the item (TOP 4), chair confirms '§ 31 GO'",
                      "Grünen-Änderungsantrag 'mit 10 zu 7 angenommen', then Aufstellungsbeschluss 'bei Gegenstimmen der AfD und Enthaltung von Volt' (groups)",
                      "Empfehlung an den Rat (angenommen, einstimmig); SPD-Prüfauftrag 'gegen die Stimmen von CDU und FDP'",
                      "Vertagung 'bei zwei Gegenstimmen'; FDP-Antrag: 'als Anregung mitgenommen', FDP asks for a vote, none taken -> unclear",
                      "Rahmenplan Sachstandsbericht zur Kenntnis genommen; late arrival (TOP 3) and early departure (TOP 9) in attendance",
                      "non-public part with matching agenda ('Wir gehen jetzt in den nichtöffentlichen Teil'), Vorkaufsrecht 'mit 14 Ja bei einer Nein-Stimme und einer Enthaltung'"])
AGENDA_META = dict(slug="krefeld/ausschuss-stadtplanung", date="2026-10-27", start="17:00", end="20:00",
                   name="Sitzung des Ausschusses für Stadtplanung und Stadtentwicklung", organizationName="Ausschuss für Stadtplanung und Stadtentwicklung")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit, Abfrage von Befangenheiten", True),
    ("2", "Mitteilungen der Verwaltung", True),
    ("3", "Bebauungsplan Nr. 849 – Fischeln, westlich Anrather Straße – Aufstellungsbeschluss und frühzeitige Beteiligung", True),
    ("4", "Bebauungsplan Nr. 812 – Bockum, Uerdinger Straße / Kaiserstraße – Satzungsbeschluss (Empfehlung an den Rat)", True),
    ("5", "Antrag der SPD-Fraktion: Prüfung einer sozialen Erhaltungssatzung für die Südstadt", True),
    ("6", "Gestaltungssatzung Innenstadt – Entwurf", True),
    ("7", "Antrag der FDP-Fraktion: Parkraumkonzept Uerdingen", True),
    ("8", "Rahmenplan Innenstadt – Sachstandsbericht", True),
    ("9", "Anfragen", True),
    ("10", "Ausübung eines gemeindlichen Vorkaufsrechts", False),
    ("11", "Städtebaulicher Vertrag – Stand der Verhandlungen", False),
]
_e = "19:22:40"
ATTENDANCE = dict(title="Ausschuss für Stadtplanung und Stadtentwicklung 27.10.2026", domain="krefeld.example.de", rows=[
    ("Norbert Heuvelmann", [("16:51:00", _e)], "Organizer"),
    ("Dr. Lars Overbeck", [("16:51:30", _e)], "Presenter"),
    ("Gisela Terporten", [("16:52:10", _e)], "Attendee"),
    ("Kai Wienands", [("16:52:40", _e)], "Attendee"),
    ("Miriam Schoofs", [("16:53:20", _e)], "Attendee"),
    ("Dieter Wolff", [("16:53:50", "18:39:20")], "Attendee"),
    ("Jana Peeters", [("16:54:30", _e)], "Attendee"),
    ("Wilfried Kox", [("16:55:10", _e)], "Attendee"),
    ("Hatice Yıldız", [("16:55:40", _e)], "Attendee"),
    ("Frank Leenen", [("17:16:20", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:00:20
Norbert Heuvelmann: Meine Damen und Herren, es ist kurz nach fünf. Ich eröffne die heutige Sitzung des Ausschusses für Stadtplanung und Stadtentwicklung. Wir sind 16 stimmberechtigte Mitglieder, damit sind wir beschlussfähig.
Norbert Heuvelmann: Herr Leenen hat angekündigt, dass er später kommt. Ich frage, wie immer, ob jemand zu einem Punkt befangen ist. Das ist nicht der Fall.
Norbert Heuvelmann: Dann Mitteilungen der Verwaltung. Herr Dr. Overbeck.
Dr. Lars Overbeck: Zwei Mitteilungen. Das Wettbewerbsverfahren zum Theaterplatz ist entschieden, die Ausstellung der Arbeiten läuft ab dem 3. November im Foyer des Rathauses. Und die Bürgerversammlung zur Fußgängerzone ist auf Januar verschoben.
Kai Wienands: Warum auf Januar? Die Leute haben die Termine schon im Kalender.
Dr. Lars Overbeck: Der Saal im Seidenweberhaus steht nicht zur Verfügung, Herr Wienands. Wir informieren alle Angemeldeten.
#CLOCK 17:12:00
Norbert Heuvelmann: Tagesordnungspunkt 3, Bebauungsplan 849 in Fischeln.
Dr. Lars Overbeck: Westlich der Anrather Straße sollen auf einer ehemaligen Ackerfläche rund 220 Wohneinheiten entstehen, davon ein Drittel öffentlich gefördert. Mit dem Aufstellungsbeschluss starten wir die frühzeitige Beteiligung.
Miriam Schoofs: Wir haben einen Änderungsantrag eingebracht. Die Verwaltung soll in den Planungszielen verbindlich aufnehmen, dass das Regenwasser vollständig im Gebiet versickert wird und Dachbegrünung Pflicht ist.
#CLOCK 17:16:40
Frank Leenen: Guten Abend, Stau auf der A57, sorry.
Norbert Heuvelmann: Guten Abend, Herr Leenen, wir sind jetzt 17. Wir sind bei der 849, beim Änderungsantrag der Grünen.
Gisela Terporten: Dachbegrünung als Pflicht verteuert das Bauen. Wir sind dagegen, den Bauherren jetzt schon alles vorzuschreiben.
Jana Peeters: Volt unterstützt den Änderungsantrag. Beim Baugebiet selbst haben wir Bauchschmerzen, das ist sehr viel Fläche.
Dieter Wolff: Wir lehnen das ganze Gebiet ab. Fischeln hat jetzt schon keine Kitaplätze.
Norbert Heuvelmann: Dann lasse ich zuerst über den Änderungsantrag abstimmen. Wer ist dafür? Zehn. Wer ist dagegen? Sieben. Der Änderungsantrag ist mit 10 zu 7 angenommen.
Norbert Heuvelmann: Und jetzt der so geänderte Aufstellungsbeschluss. Wer stimmt zu? Gegenstimmen? Enthaltungen? Dann ist das beschlossen bei Gegenstimmen der AfD und Enthaltung von Volt.
#CLOCK 17:38:00
Norbert Heuvelmann: Punkt 4, die 812 in Bockum. Frau Yıldız?
Hatice Yıldız: Ja, ich muss hier leider sagen, ich bin befangen. Meine Eltern wohnen direkt an der Uerdinger Straße im Plangebiet. Das hab ich vorhin nicht auf dem Schirm gehabt.
Norbert Heuvelmann: Kein Problem, danke. Dann gilt für Sie § 31 GO, bitte nehmen Sie im Zuschauerbereich Platz.
Dr. Lars Overbeck: Nach der Offenlage haben wir die Lärmschutzfestsetzungen an der Kaiserstraße verschärft. Sonst gab es keine wesentlichen Änderungen.
Wilfried Kox: Die UWG trägt das mit, das haben wir lange genug beraten.
Norbert Heuvelmann: Wer empfiehlt dem Rat den Satzungsbeschluss? Danke. Gegenprobe? Enthaltungen? Damit empfehlen wir dem Rat den Satzungsbeschluss einstimmig. Frau Yıldız, bitte wieder nach vorn.
#CLOCK 17:50:00
Norbert Heuvelmann: Kommen wir zum Antrag der SPD, soziale Erhaltungssatzung Südstadt.
Kai Wienands: Die Mieten in der Südstadt steigen seit drei Jahren zweistellig. Wir möchten, dass die Verwaltung prüft, ob die Voraussetzungen für eine Erhaltungssatzung vorliegen, also eine Voruntersuchung beauftragt.
Frank Leenen: Das ist ein Eingriff ins Eigentum und schreckt Investoren ab. Wir stimmen nicht zu.
Dr. Lars Overbeck: Eine Voruntersuchung würde etwa 45.000 Euro kosten. Die Mittel wären im Budget des Fachbereichs vorhanden.
Norbert Heuvelmann: Wer für den Antrag ist? Gegenstimmen? Enthaltungen? Der Prüfauftrag ist gegen die Stimmen von CDU und FDP beschlossen.
#CLOCK 18:04:00
Norbert Heuvelmann: Die Gestaltungssatzung Innenstadt.
Gisela Terporten: Herr Vorsitzender, wir haben dazu vor zwei Tagen über 40 Seiten Stellungnahmen der Händler bekommen. Das kann keiner gelesen haben. Ich beantrage, den Punkt in die nächste Sitzung zu schieben.
Miriam Schoofs: Wir wollten eigentlich heute entscheiden, die Satzung ist seit einem Jahr in Arbeit.
Norbert Heuvelmann: Wer ist für die Vertagung? Gegenstimmen? Zwei. Enthaltungen? Keine. Bei zwei Gegenstimmen vertagt, der Punkt kommt in die Dezembersitzung.
#CLOCK 18:12:00
Norbert Heuvelmann: Der Antrag der FDP zum Parkraumkonzept Uerdingen. Herr Leenen.
Frank Leenen: Uerdingen hat seit dem Umbau des Marktplatzes ein Parkproblem. Wir beantragen, dass die Verwaltung ein Parkraumkonzept für den Stadtteil erarbeitet und bis zum Sommer vorlegt.
Dr. Lars Overbeck: Wir haben für Uerdingen ohnehin die Mobilitätsuntersuchung laufen, das könnte man da einbinden.
Norbert Heuvelmann: Dann würde ich vorschlagen, wir nehmen das als Anregung mit in die Verwaltung, können alle damit leben? Ja?
Frank Leenen: Also, ich hätte schon gerne, dass wir über den Antrag abstimmen.
Norbert Heuvelmann: Äh, ja, das schauen wir dann, wie wir das machen. Ich würde jetzt gern weitermachen, wir haben noch einiges vor uns.
#CLOCK 18:21:00
Norbert Heuvelmann: Der Sachstandsbericht Rahmenplan Innenstadt.
Dr. Lars Overbeck: Die Bestandsaufnahme ist abgeschlossen, die Beteiligungswerkstätten waren mit über 600 Teilnehmenden gut besucht. Den Entwurf des Rahmenplans bringen wir im Frühjahr ein.
Jana Peeters: Sehr gut. Ich würde mir wünschen, dass die Ergebnisse der Werkstätten online gestellt werden.
Norbert Heuvelmann: Der Ausschuss nimmt den Sachstandsbericht zum Rahmenplan zur Kenntnis.
#CLOCK 18:34:00
Norbert Heuvelmann: Anfragen. Herr Kox.
Wilfried Kox: Wie ist der Stand beim Bauantrag für das ehemalige Kaufhaus am Ostwall? Da tut sich seit Monaten nichts.
Dr. Lars Overbeck: Wir warten auf nachgereichte Brandschutzunterlagen. Mehr kann ich dazu öffentlich nicht sagen.
Dieter Wolff: Ich muss jetzt leider weg, guten Abend zusammen.
Norbert Heuvelmann: Guten Abend, Herr Wolff. Dann sind wir 16. Weitere Anfragen liegen nicht vor. Dann schließe ich den öffentlichen Teil, ich bitte die Gäste, den Raum zu verlassen, und danke für das Interesse.
#CLOCK 18:46:00
#NP
Norbert Heuvelmann: Wir gehen jetzt in den nichtöffentlichen Teil. Punkt 10, das Vorkaufsrecht.
Dr. Lars Overbeck: Das Grundstück Dießemer Bruch 114 ist für 1,35 Millionen Euro an die Rheinwert Immobilien verkauft worden. Es liegt im Sanierungsgebiet, wir brauchen es für die Quartiersgarage. Wir empfehlen, das Vorkaufsrecht auszuüben.
Gisela Terporten: Reicht das Geld im Sanierungsbudget dafür?
Dr. Lars Overbeck: Ja, das ist mit der Bezirksregierung abgestimmt, 80 Prozent förderfähig.
Norbert Heuvelmann: Wer stimmt der Ausübung des Vorkaufsrechts zu? Vierzehn. Dagegen? Einer. Enthaltung? Eine. Mit 14 Ja bei einer Nein-Stimme und einer Enthaltung beschlossen.
#CLOCK 19:04:00
Norbert Heuvelmann: Punkt 11, der städtebauliche Vertrag.
Dr. Lars Overbeck: Mit dem Investor für das Gelände an der Gladbacher Straße verhandeln wir noch über den Anteil geförderten Wohnraums. Angeboten sind 20 Prozent, wir fordern 30 Prozent. Der nächste Termin ist am 12. November.
Kai Wienands: Bleiben Sie bitte hart bei den 30 Prozent.
Norbert Heuvelmann: Das nimmt der Ausschuss so zur Kenntnis.
#CLOCK 19:21:30
Norbert Heuvelmann: Vielen Dank, dann schließe ich die Sitzung um 19:22 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [
        D("Änderungsantrag der Grünen (vollständige Versickerung, Dachbegrünungspflicht)", "angenommen",
          "Der Änderungsantrag ist mit 10 zu 7 angenommen.", votes=(10, 7, None)),
        D("Aufstellungsbeschluss und frühzeitige Beteiligung Bebauungsplan Nr. 849 (geändert)", "angenommen",
          "Dann ist das beschlossen bei Gegenstimmen der AfD und Enthaltung von Volt.", groups=([], ["AfD"], ["Volt"]))]),
    I("4", AGENDA[3][1], True, [D("Empfehlung an den Rat: Satzungsbeschluss Bebauungsplan Nr. 812", "angenommen",
                                   "Damit empfehlen wir dem Rat den Satzungsbeschluss einstimmig.", unanimous=True,
                                   note="Yıldız (Sachkundige Bürgerin, befangen) does not vote")],
      bias=["Hatice Yıldız"], note="Befangenheit declared by the Sachkundige Bürgerin at the item, chair cites § 31 GO"),
    I("5", AGENDA[4][1], True, [D("Prüfauftrag soziale Erhaltungssatzung Südstadt (Antrag der SPD)", "angenommen",
                                   "Der Prüfauftrag ist gegen die Stimmen von CDU und FDP beschlossen.", groups=([], ["CDU", "FDP"], []))]),
    I("6", AGENDA[5][1], True, [D("Vertagung in die Dezembersitzung (Antrag der CDU)", "vertagt",
                                   "Bei zwei Gegenstimmen vertagt, der Punkt kommt in die Dezembersitzung.", votes=(None, 2, 0))]),
    I("7", AGENDA[6][1], True, unclear=True,
      note="unclear: the chair proposed to take the Antrag 'als Anregung' into the administration, the FDP asked for a vote, no vote was taken and nothing was stated as decided"),
    I("8", AGENDA[7][1], True, [D("Sachstandsbericht Rahmenplan Innenstadt", "zur Kenntnis genommen",
                                   "Der Ausschuss nimmt den Sachstandsbericht zum Rahmenplan zur Kenntnis.")]),
    I("9", AGENDA[8][1], True),
    I("10", AGENDA[9][1], False, [D("Ausübung des Vorkaufsrechts", "angenommen",
                                     "Mit 14 Ja bei einer Nein-Stimme und einer Enthaltung beschlossen.", votes=(14, 1, 1))]),
    I("11", AGENDA[10][1], False, [D("Stand der Verhandlungen über einen städtebaulichen Vertrag", "zur Kenntnis genommen",
                                      "Das nimmt der Ausschuss so zur Kenntnis.")]),
]
LATE = [{"name": "Frank Leenen", "top": "3"}]
EARLY = [{"name": "Dieter Wolff", "top": "9"}]
SECRETS = ["Dießemer Bruch 114", "1,35 Millionen Euro", "Rheinwert Immobilien", "Gladbacher Straße"]
