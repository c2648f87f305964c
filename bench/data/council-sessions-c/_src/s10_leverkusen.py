META = dict(id="nrw-leverkusen-jugendhilfeausschuss-2026-11", split="test", land="NRW", body="Jugendhilfeausschuss",
            organization="Stadt Leverkusen", date="2026-11-12", origin="15:54:00", start="16:01", end="18:52",
            agenda="matching", chair="Claudia Steinbüchel",
            features=["Jugendhilfeausschuss (NRW, Leverkusen style) with stimmberechtigte Mitglieder of freie Träger, Vorsitzende (Ratsfrau) as chair, Beigeordneter",
                      "Befangenheit § 31 GO NRW at the item by a Sachkundige Bürgerin, and in the non-public part by a Träger representative",
                      "chair goes back to an earlier item: vote on TOP 3 zurückgestellt until figures arrive, taken after TOP 5",
                      "Stimmkarten hoch", "Teams poll result read out ('Ergebnis der Umfrage: 12 Ja, 2 Nein, 1 Enthaltung')",
                      "several votes in one item: Ergänzungsantrag findet keine Mehrheit, then the Förderrichtlinie",
                      "Bericht zur Kenntnis genommen", "online member votes by voice", "late arrival and early departure (attendance)",
                      "Unknown Speaker, crosstalk, fillers", "non-public part with matching agenda ('nur noch der Ausschuss im Raum')"])
AGENDA_META = dict(slug="leverkusen/jha", date="2026-11-12", start="16:00", end="19:00", tz="+01:00",
                   name="Sitzung des Jugendhilfeausschusses", organizationName="Jugendhilfeausschuss der Stadt Leverkusen")
AGENDA = [
    ("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True),
    ("2", "Mitteilungen der Verwaltung", True),
    ("3", "Kindertagesbetreuung: Ausbauplanung 2027 bis 2030", True),
    ("4", "Neufassung der Förderrichtlinie für die Offene Kinder- und Jugendarbeit", True),
    ("5", "Bericht über die Hilfen zur Erziehung 2025", True),
    ("6", "Antrag der SPD-Fraktion: Mobile Jugendarbeit in Rheindorf", True),
    ("7", "Anfragen", True),
    ("8", "Defizitausgleich für eine Kindertageseinrichtung in freier Trägerschaft", False),
]
_e = "18:52:40"
ATTENDANCE = dict(title="Jugendhilfeausschuss (hybrid)", domain="leverkusen.example.de", rows=[
    ("Ratssaal Leverkusen", [("15:54:10", "18:53:10")], "Attendee"),
    ("Claudia Steinbüchel", [("15:55:00", "18:52:55")], "Organizer"),
    ("Alexander Lohmar", [("15:55:30", _e)], "Presenter"),
    ("Inga Wirtz", [("15:56:00", _e)], "Presenter"),
    ("Gisela Offermann", [("15:56:30", _e)], "Attendee"),
    ("Yasemin Çelik", [("15:57:00", _e)], "Attendee"),
    ("Bernd Hambloch", [("15:57:20", _e)], "Attendee"),
    ("Selin Acar", [("15:57:40", _e)], "Attendee"),
    ("Holger Nüsser", [("15:58:00", "18:05:20")], "Attendee"),
    ("Ursula Dahmen", [("15:58:20", _e)], "Attendee"),
    ("Nils Bremer", [("16:24:50", _e)], "Attendee"),
])

CUES = """
#CLOCK 15:59:00
Ratssaal Leverkusen: Willkommen. Diese Besprechung wird aufgezeichnet.
#CLOCK 16:01:00
Claudia Steinbüchel: Meine Damen und Herren, ich eröffne die Sitzung des Jugendhilfeausschusses. Die Einladung ist ordnungsgemäß erfolgt. Stimmberechtigt anwesend sind vierzehn Mitglieder, davon Herr Nüsser online. Damit ist der Ausschuss beschlussfähig. Herr Bremer verspätet sich.
#CLOCK 16:03:00
Claudia Steinbüchel: Mitteilungen der Verwaltung. Herr Beigeordneter Lohmar.
Alexander Lohmar: Danke, Frau Vorsitzende. Das Land hat die Mittel für die Kita-Helferinnen bis Mitte 2027 verlängert, das betrifft in Leverkusen 46 Stellen. Zweitens: Der Jugendmigrationsdienst zieht im Januar in die Räume an der Hauptstraße in Wiesdorf. Drittens, ähm, wir haben leider weiterhin 23 unbesetzte Stellen im Allgemeinen Sozialen Dienst.
Gisela Offermann: 23? Das waren im Sommer noch 17.
Alexander Lohmar: Ja, wir hatten mehrere Kündigungen, zwei Kolleginnen sind nach Köln gewechselt, wo besser bezahlt wird. Wir arbeiten an einer Zulage.
#CLOCK 16:11:00
Claudia Steinbüchel: Dann steigen wir in die Kita-Ausbauplanung ein. Frau Wirtz stellt vor.
Inga Wirtz: Danke. Bis 2030 brauchen wir nach der Prognose 610 zusätzliche Plätze für unter Dreijährige und 380 für über Dreijährige. Geplant sind neun neue Einrichtungen, davon vier in städtischer und fünf in freier Trägerschaft. Die größten Lücken haben wir in Opladen und Schlebusch.
Yasemin Çelik: Ich vertrete hier ja die freien Träger. Wir sind bereit, aber die Grundstücke fehlen. In Schlebusch suchen wir seit zwei Jahren.
Inga Wirtz: Wir prüfen das Grundstück am Schlebuscher Wäldchen, dazu kann ich aber heute noch nichts Verbindliches sagen.
#CLOCK 16:25:30
Nils Bremer: Guten Tag zusammen, Entschuldigung für die Verspätung.
Claudia Steinbüchel: Hallo Herr Bremer. Wir sind bei der Ausbauplanung. Frau Offermann.
Gisela Offermann: Die CDU trägt die Planung mit. Ich hätte aber gern gewusst, wie hoch die Investitionskosten für die vier städtischen Kitas sind, das steht nur als Gesamtsumme drin.
Inga Wirtz: Die Aufschlüsselung habe ich im Fachbereich, die lasse ich mir gerade schicken.
Gisela Offermann: Ohne die Zahlen würde ich ungern abstimmen.
Claudia Steinbüchel: Dann schlage ich vor, wir stellen die Abstimmung über Punkt 3 zurück, bis Frau Wirtz die Zahlen hat, und gehen weiter. Kein Widerspruch? Dann so.
#CLOCK 16:34:00
Claudia Steinbüchel: Die Förderrichtlinie für die Offene Kinder- und Jugendarbeit. Herr Lohmar.
Alexander Lohmar: Die Richtlinie ist von 2011. Neu ist vor allem, dass wir die Förderung nicht mehr nach Öffnungsstunden, sondern nach einer Grundpauschale plus Sozialraumfaktor berechnen. Einrichtungen in Stadtteilen mit hohem Anteil an Kindern im Leistungsbezug bekommen mehr.
Bernd Hambloch: Für die Arbeitsgemeinschaft der Träger: Die Richtung stimmt. Aber die Grundpauschale deckt die Tarifsteigerungen der letzten Jahre nicht. Wir haben ausgerechnet, dass wir mindestens vier Prozent mehr brauchen.
Ursula Dahmen: Deshalb beantragen wir eine Ergänzung: eine jährliche Dynamisierung der Pauschale um die Tarifsteigerung im öffentlichen Dienst.
Alexander Lohmar: Das kann die Verwaltung so nicht empfehlen. Eine automatische Dynamisierung bindet den Haushalt auf Jahre, und Leverkusen ist im Haushaltssicherungskonzept.
Nils Bremer: Die SPD versteht das Anliegen, wir wollen aber erst die Wirkung der neuen Systematik sehen. Wir lehnen die Dynamisierung heute ab und beantragen eine Überprüfung nach zwei Jahren.
Ursula Dahmen: Eine Überprüfung ist kein Ersatz für Geld.
Bernd Hambloch: Wir werden sonst Öffnungszeiten kürzen müssen. Das sage ich so deutlich.
Holger Nüsser: Hier Nüsser, online. Die FDP lehnt die Dynamisierung ab, Haushaltsdisziplin.
Claudia Steinbüchel: Dann stimmen wir zuerst über die Ergänzung ab, also die Dynamisierung. Bitte die Stimmkarten. Herr Nüsser, Sie sagen es bitte.
Holger Nüsser: Nein.
Claudia Steinbüchel: Dafür sind vier, dagegen zehn, eine Enthaltung. Die Ergänzung findet keine Mehrheit.
Claudia Steinbüchel: Jetzt über die Richtlinie mit der Überprüfung nach zwei Jahren, wie von Herrn Bremer beantragt. Karten hoch. Herr Nüsser?
Holger Nüsser: Ja.
Claudia Steinbüchel: Dafür dreizehn, dagegen keiner, zwei Enthaltungen. Die Förderrichtlinie ist mit der Überprüfungsklausel beschlossen.
#CLOCK 17:12:00
Claudia Steinbüchel: Nächster Punkt, Hilfen zur Erziehung, der Jahresbericht. Frau Wirtz.
Inga Wirtz: Die Fallzahlen sind um sechs Prozent gestiegen, vor allem bei den stationären Hilfen für Jugendliche. Die Kosten lagen bei 58,4 Millionen Euro. Besonders auffällig ist die Zunahme bei psychischen Belastungen nach der Pandemie, das zieht sich durch alle Altersgruppen.
Gisela Offermann: Die Zahlen sind erschreckend. Gibt es einen Plan, mehr ambulant zu machen, bevor es stationär wird?
Inga Wirtz: Ja, wir bauen die Erziehungsberatung aus, zwei Stellen sind ab Januar ausgeschrieben.
Unknown Speaker: Ist das jetzt das richtige Mikro? Hallo?
Claudia Steinbüchel: Die Zuschauer können leider nicht ans Mikrofon, der Ausschuss hat keine Fragestunde. Bitte sprechen Sie mich nachher an.
Claudia Steinbüchel: Dann hat der Ausschuss den Bericht über die Hilfen zur Erziehung zur Kenntnis genommen.
#CLOCK 17:26:00
Inga Wirtz: Frau Vorsitzende, ich habe jetzt die Zahlen zu den Kitas.
Claudia Steinbüchel: Wunderbar. Dann gehen wir noch einmal zurück zu Punkt 3, der Ausbauplanung. Bitte.
Inga Wirtz: Die vier städtischen Kitas kosten zusammen 31,2 Millionen Euro, die teuerste ist die in Opladen mit 9,8 Millionen, weil wir dort eine Tiefgarage brauchen. Förderung erwarten wir in Höhe von etwa 11 Millionen.
Gisela Offermann: Danke, damit kann ich leben.
Claudia Steinbüchel: Dann stimmen wir jetzt über die Ausbauplanung ab, und zwar über das Umfragetool, damit auch Herr Nüsser mitmachen kann. Das Ergebnis der Umfrage: 15 Ja, 0 Nein, 0 Enthaltungen. Die Ausbauplanung ist einstimmig beschlossen.
#CLOCK 17:34:00
Claudia Steinbüchel: Punkt 6, Antrag der SPD zur mobilen Jugendarbeit in Rheindorf. Herr Bremer.
Selin Acar: Frau Vorsitzende, Entschuldigung, bevor Herr Bremer anfängt: Ich bin als sachkundige Bürgerin bei diesem Antrag befangen. Ich arbeite bei dem Verein, der die mobile Jugendarbeit übernehmen soll. Ich nehme an der Beratung und Abstimmung nicht teil.
Claudia Steinbüchel: Danke, Frau Acar, das wird so festgehalten.
Nils Bremer: Danke. In Rheindorf-Nord treffen sich abends Jugendliche rund um den Einkaufsmarkt, es gibt Konflikte mit Anwohnern und keinen offenen Treff mehr, seit das Jugendhaus geschlossen wurde. Wir beantragen zwei Stellen mobile Jugendarbeit für zunächst drei Jahre, rund 170.000 Euro jährlich.
Gisela Offermann: Die CDU hat das auch gesehen. Wir fragen uns nur, ob das nicht mit der Polizei zusammen gedacht werden muss.
Nils Bremer: Mobile Jugendarbeit ist gerade nicht Ordnungspolitik, Frau Offermann, das ist Beziehungsarbeit.
Gisela Offermann: Das weiß ich doch, ich meine die Abstimmung im Quartier...
Nils Bremer: Dann haben wir uns missverstanden.
Alexander Lohmar: Die Verwaltung kann die Stellen aus dem Landesprogramm kofinanzieren lassen, dann bleiben für die Stadt etwa 60.000 Euro im Jahr.
Holger Nüsser: Ich muss mich leider gleich abmelden, ich habe noch einen Kundentermin. Ich stimme jetzt schon mit, wenn das geht.
Claudia Steinbüchel: Dann stimmen wir sofort ab, Umfragetool bitte. Das Ergebnis der Umfrage: 12 Ja, 1 Nein, 1 Enthaltung. Der Antrag ist angenommen.
#CLOCK 18:05:00
Holger Nüsser: Danke, dann tschüss.
#CLOCK 18:08:00
Claudia Steinbüchel: Tschüss. Frau Acar ist wieder dabei. Anfragen. Frau Çelik.
Yasemin Çelik: Wann bekommen die Träger die Abrechnung für das Kita-Jahr 2025? Wir warten seit dem Sommer.
Inga Wirtz: Ende November, wir hatten einen Softwarewechsel.
Ursula Dahmen: Und wie viele Kinder stehen aktuell auf der Warteliste für einen Kita-Platz?
Inga Wirtz: Zum 1. November waren es 712.
#CLOCK 18:20:00
Claudia Steinbüchel: Jetzt bleibt nur noch der nichtöffentliche Punkt. Ich bitte die Zuschauerinnen und Zuschauer, den Saal zu verlassen. Der Stream wird beendet.
#CLOCK 18:23:00
#NP
Claudia Steinbüchel: Jetzt ist nur noch der Ausschuss im Raum, wir beraten nichtöffentlich. Punkt 8, der Defizitausgleich.
Bernd Hambloch: Frau Vorsitzende, hier muss ich mich für befangen erklären. Es geht um eine Einrichtung meines Verbandes. Ich gehe vor die Tür.
Claudia Steinbüchel: Danke, Herr Hambloch. Frau Wirtz.
Inga Wirtz: Es geht um die Kita Sonnenblume in Manfort des Trägers Familienwerk Rhein-Wupper. Durch zwei Wasserschäden ist ein Defizit von 143.500 Euro entstanden, die Versicherung zahlt nur einen Teil. Wir schlagen einen einmaligen Ausgleich von 98.000 Euro vor, damit die Einrichtung nicht schließen muss.
Gisela Offermann: Gibt es eine Garantie, dass das einmalig bleibt?
Inga Wirtz: Die Zusage ist an einen Sanierungsplan gebunden, den der Träger bis März vorlegen muss.
Claudia Steinbüchel: Wer stimmt dem Defizitausgleich zu? Karten hoch. Dreizehn. Dagegen? Keiner. Enthaltungen? Keine. Einstimmig so beschlossen. Herr Hambloch kann wieder herein.
#CLOCK 18:51:30
Claudia Steinbüchel: Das war's für heute. Ich danke Ihnen, die Sitzung ist um 18:52 Uhr geschlossen.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Ausbauplanung Kindertagesbetreuung 2027–2030", "angenommen", "Die Ausbauplanung ist einstimmig beschlossen.",
                                   votes=(15, 0, 0), unanimous=True)],
      note="vote zurückgestellt during the debate; taken after TOP 5 ('Dann gehen wir noch einmal zurück zu Punkt 3')"),
    I("4", AGENDA[3][1], True, [
        D("Ergänzungsantrag: jährliche Dynamisierung der Grundpauschale", "abgelehnt", "Die Ergänzung findet keine Mehrheit.", votes=(4, 10, 1)),
        D("Förderrichtlinie mit Überprüfung nach zwei Jahren", "angenommen", "Die Förderrichtlinie ist mit der Überprüfungsklausel beschlossen.",
          votes=(13, 0, 2))]),
    I("5", AGENDA[4][1], True, [D("Bericht über die Hilfen zur Erziehung 2025", "zur Kenntnis genommen",
                                   "Dann hat der Ausschuss den Bericht über die Hilfen zur Erziehung zur Kenntnis genommen.")]),
    I("6", AGENDA[5][1], True, [D("Antrag der SPD-Fraktion: Mobile Jugendarbeit Rheindorf", "angenommen", "Der Antrag ist angenommen.",
                                   votes=(12, 1, 1))], bias=["Selin Acar"]),
    I("7", AGENDA[6][1], True),
    I("8", AGENDA[7][1], False, [D("Defizitausgleich 98.000 Euro", "angenommen", "Einstimmig so beschlossen.", votes=(13, 0, 0), unanimous=True)],
      bias=["Bernd Hambloch"]),
]
LATE = [{"name": "Nils Bremer", "top": "3"}]
EARLY = [{"name": "Holger Nüsser", "top": "6"}]
SECRETS = ["Kita Sonnenblume", "Familienwerk Rhein-Wupper", "143.500 Euro", "98.000 Euro"]
