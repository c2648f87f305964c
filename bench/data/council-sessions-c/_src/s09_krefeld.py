META = dict(id="nrw-krefeld-planungsausschuss-2026-09", split="dev", land="NRW", body="Ausschuss für Stadtplanung und Stadtentwicklung",
            organization="Stadt Krefeld", date="2026-09-29", origin="16:54:00", start="17:02", end="19:47",
            agenda="matching", chair="Peter Schmitz-Bongartz",
            features=["Fachausschuss (NRW, Krefeld style), Ausschussvorsitzender as chair, Beigeordneter and Fachbereichsleiterin present",
                      "Befangenheit § 31 i.V.m. § 58 GO NRW at the item declared by a Sachkundiger Bürger",
                      "chair goes back to an earlier item: the vote on TOP 4 b was forgotten and is taken after TOP 6",
                      "'TOP 4 a und dann TOP 4 b', 'Tagesordnungspunkt sechs', 'Punkt sieben', title-only calls and 'Nächster Punkt, ...'",
                      "several votes in one item: Änderungsantrag der CDU abgelehnt, then Vorlage with the Ergänzung der Verwaltung",
                      "'einstimmig bei Enthaltung der AfD' (no=0, abstention by group, not unanimous)",
                      "Stimmkarten hoch", "Kenntnisnahme of a Zwischenbericht", "Empfehlung an den Rat counts as the committee's decision (angenommen)",
                      "late arrival and early departure (attendance)", "crosstalk, Unknown Speaker, room device voice", "no non-public part"])
AGENDA_META = dict(slug="krefeld/planungsausschuss", date="2026-09-29", start="17:00", end="20:00", tz="+02:00",
                   name="Sitzung des Ausschusses für Stadtplanung und Stadtentwicklung", organizationName="Ausschuss für Stadtplanung und Stadtentwicklung")
AGENDA = [
    ("1", "Mitteilungen der Verwaltung", True),
    ("2", "Bebauungsplan Nr. 841 – nördlich Hülser Straße – Aufstellungsbeschluss", True),
    ("3", "Antrag der SPD-Fraktion: Satzung gegen die Zweckentfremdung von Wohnraum", True),
    ("4a", "Rahmenplan Innenstadt – Fortschreibung 2026", True),
    ("4b", "Rahmenplan Innenstadt – Gestaltungshandbuch für Erdgeschosszonen", True),
    ("5", "Städtebauförderung Krefeld-Süd – Zwischenbericht 2026", True),
    ("6", "Satzung über ein besonderes Vorkaufsrecht für den Bereich Uerdingen-Rheinufer", True),
    ("7", "Anfragen", True),
]
_e = "19:47:40"
ATTENDANCE = dict(title="Ausschuss für Stadtplanung und Stadtentwicklung", domain="krefeld.example.de", rows=[
    ("Raum A 120 Rathaus Krefeld", [("16:54:10", "19:48:10")], "Attendee"),
    ("Peter Schmitz-Bongartz", [("16:55:00", "19:47:55")], "Organizer"),
    ("Dr. Arne Kempkes", [("16:55:30", _e)], "Presenter"),
    ("Birte Oellers", [("16:56:00", _e)], "Presenter"),
    ("Sevgi Yıldırım", [("16:56:30", _e)], "Attendee"),
    ("Dominik Aretz", [("16:57:00", _e)], "Attendee"),
    ("Lea Mertens", [("16:57:20", _e)], "Attendee"),
    ("Rainer Kox", [("16:57:40", "19:28:30")], "Attendee"),
    ("Jürgen Blasberg", [("16:58:00", _e)], "Attendee"),
    ("Martin Heyer", [("16:58:20", _e)], "Attendee"),
    ("Klaus-Dieter Pesch", [("17:31:10", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:00:00
Raum A 120 Rathaus Krefeld: Die Besprechung wird jetzt aufgezeichnet.
#CLOCK 17:02:00
Peter Schmitz-Bongartz: Guten Abend zusammen, ich mach dann mal auf. Herzlich willkommen zum Planungsausschuss. Eingeladen wurde form- und fristgerecht, wir sind beschlussfähig. Herr Pesch hat sich für später angekündigt. Änderungen zur Tagesordnung gibt es keine.
#CLOCK 17:03:00
Peter Schmitz-Bongartz: Dann fangen wir mit den Mitteilungen an. Herr Dr. Kempkes.
Dr. Arne Kempkes: Danke, Herr Vorsitzender. Zwei Dinge. Die Bezirksregierung hat den Flächennutzungsplan für den Bereich Fischeln-Südwest genehmigt, die Bekanntmachung ist nächste Woche. Und der Wettbewerb für den Theaterplatz ist entschieden, die Ausstellung der Entwürfe ist ab dem 12. Oktober in der Mediothek.
Lea Mertens: Wann erfahren wir, wer gewonnen hat?
Dr. Arne Kempkes: Die Preisverleihung ist am 12., davor darf ich das nicht sagen, das ist leider Wettbewerbsrecht.
Lea Mertens: Schade, aber gut.
#CLOCK 17:09:00
Peter Schmitz-Bongartz: Punkt zwei, Bebauungsplan 841 nördlich der Hülser Straße, der Aufstellungsbeschluss. Frau Oellers.
Birte Oellers: Das Plangebiet umfasst das ehemalige Gelände der Spedition an der Hülser Straße, etwa 3,8 Hektar. Ziel ist ein gemischtes Quartier mit rund 280 Wohnungen, einer Kita und kleinteiligem Gewerbe im Erdgeschoss zur Straße hin. Der Eigentümer hat signalisiert, dass er die Quote von 30 Prozent gefördertem Wohnraum nach unserem Handlungskonzept mitträgt.
Dominik Aretz: Die CDU unterstützt das. Wir haben nur eine Sorge, nämlich die Schulen. In Hüls sind die Grundschulen schon voll.
Birte Oellers: Das Schulamt ist beteiligt, die Erweiterung der Grundschule am Burgweg ist im Schulentwicklungsplan bereits vorgesehen.
Sevgi Yıldırım: Für die SPD sehr gut, endlich passiert da was, die Brache liegt seit neun Jahren.
Jürgen Blasberg: Wir enthalten uns. Wir halten die 30 Prozent für eine Investitionsbremse.
Lea Mertens: Die Grünen stimmen zu, wir wünschen uns dort ein autoarmes Quartier.
Peter Schmitz-Bongartz: Dann stimmen wir ab. Wer dem Aufstellungsbeschluss zustimmt, bitte die Karten hoch. Gegenstimmen? Enthaltungen? Die AfD. Dann einstimmig bei Enthaltung der AfD beschlossen.
#CLOCK 17:28:00
Peter Schmitz-Bongartz: Nächster Punkt, Zweckentfremdung. Der Antrag der SPD. Frau Yıldırım.
Sevgi Yıldırım: Danke. Wir haben in Krefeld nach Zählung der Verwaltung mindestens 420 Wohnungen, die als Ferienwohnung oder Monteurszimmer vermietet werden, statt an Menschen, die hier leben wollen. Eine Zweckentfremdungssatzung gibt uns ein Instrument. Die Landesregierung hat das ausdrücklich ermöglicht.
#CLOCK 17:31:30
Klaus-Dieter Pesch: Guten Abend, sorry, der Zug.
Peter Schmitz-Bongartz: Kein Problem, Herr Pesch. Wir sind beim SPD-Antrag. Herr Aretz.
Dominik Aretz: Wir sehen das kritischer. Eine Satzung braucht Personal zur Kontrolle, das haben wir nicht. Ich stelle einen Änderungsantrag: Die Verwaltung soll zunächst nur prüfen und im ersten Quartal berichten, statt direkt eine Satzung zu erarbeiten.
Dr. Arne Kempkes: Wenn ich ergänzen darf: Die Verwaltung würde vorschlagen, einen Satzungsentwurf zu erarbeiten und dabei den Personalbedarf darzustellen. Dann haben Sie beides in einer Vorlage.
Sevgi Yıldırım: Diese Ergänzung übernehmen wir gerne in unseren Antrag.
Rainer Kox: Die FDP lehnt beides ab. Eigentum ist Eigentum. Wer eine Wohnung an Monteure vermietet, tut auch nichts Verbotenes.
Lea Mertens: Das hat ja keiner gesagt, Herr Kox. Aber Wohnraum ist knapp.
Rainer Kox: Wohnraum ist knapp, weil zu wenig gebaut wird, nicht weil ...
Lea Mertens: Ach komm.
Peter Schmitz-Bongartz: Bitte, bitte, einer nach dem anderen. Weitere Wortmeldungen? Herr Pesch.
Klaus-Dieter Pesch: Die UWG könnte mit dem CDU-Prüfauftrag leben, aber die Ergänzung der Verwaltung ist eigentlich klüger. Wir gehen mit dem Antrag in der ergänzten Fassung mit.
Peter Schmitz-Bongartz: Wir stimmen zuerst über den weitergehenden Änderungsantrag der CDU ab, nur prüfen und berichten. Wer ist dafür? Vier. Dagegen? Neun. Enthaltungen? Zwei. Damit ist der Änderungsantrag abgelehnt.
Peter Schmitz-Bongartz: Jetzt der SPD-Antrag mit der Ergänzung der Verwaltung, Satzungsentwurf plus Personalbedarf. Wer ist dafür? Neun. Dagegen? Drei. Enthaltungen? Drei. Dann ist der Antrag in der ergänzten Fassung angenommen.
#CLOCK 18:05:00
Peter Schmitz-Bongartz: Wir kommen zum Rahmenplan Innenstadt, TOP 4 a und dann TOP 4 b. Herr Dr. Kempkes, Sie stellen beides vor, wir diskutieren das auch zusammen.
Dr. Arne Kempkes: Gerne. Die Fortschreibung des Rahmenplans reagiert auf den Leerstand. Wir haben in der Innenstadt inzwischen 14 Prozent Leerstand im Erdgeschoss. Kernidee ist, die Hauptlage um den Ostwall zu konzentrieren und in den Seitenstraßen Wohnen und Handwerk im Erdgeschoss zuzulassen. Das Gestaltungshandbuch unter 4 b gibt den Eigentümern Hinweise, wie solche Umnutzungen aussehen können, ohne die Fassaden zu zerstören.
Jürgen Blasberg: Das Gestaltungshandbuch ist bürokratisch. Wir lehnen das ab. Zum Rahmenplan enthalten wir uns.
Martin Heyer: Als Einzelhändler aus der Innenstadt muss ich sagen, äh, dass das für viele Kollegen eine Erleichterung wäre. Im Moment dürfen die in der Seitenstraße nicht mal eine Werkstatt aufmachen.
Lea Mertens: Wir finden den Plan gut, aber wir vermissen mehr Grün. Der Ostwall ist im Sommer eine Hitzeinsel.
Dr. Arne Kempkes: Die Begrünung ist Teil des Freiraumkonzepts, das kommt im Frühjahr als eigene Vorlage.
Sevgi Yıldırım: Die SPD stimmt beidem zu.
Dominik Aretz: Die CDU auch.
Peter Schmitz-Bongartz: Gut. Dann zu 4 a: Wer empfiehlt dem Rat die Fortschreibung des Rahmenplans? Gegenstimmen? Keine. Enthaltungen? Zwei, AfD. Dann ist die Empfehlung an den Rat bei zwei Enthaltungen so beschlossen.
#CLOCK 18:32:00
Peter Schmitz-Bongartz: Städtebauförderung Krefeld-Süd, das ist der Zwischenbericht. Frau Oellers.
Birte Oellers: Kurz zusammengefasst: Von den 23 Maßnahmen im Integrierten Handlungskonzept sind elf abgeschlossen, acht in Umsetzung, vier noch nicht begonnen. Der Quartiersplatz an der Marktstraße ist fertig, das Stadtteilbüro hat im letzten Jahr 2.300 Beratungen gemacht. Verzögert ist der Umbau der alten Schule zum Familienzentrum, wegen Schadstoffen im Dach.
Sevgi Yıldırım: Der Platz ist wirklich gelungen. Wann kommt das Familienzentrum?
Birte Oellers: Wir rechnen jetzt mit Herbst 2028, die Fördermittel sind bis dahin gesichert.
Unknown Speaker: Entschuldigung, kann ich als Vertreterin vom Stadtteilbüro etwas sagen?
Peter Schmitz-Bongartz: Wenn der Ausschuss einverstanden ist, gerne kurz. Ich sehe keinen Widerspruch.
Unknown Speaker: Danke. Ich wollte nur sagen, dass wir dringend eine Verlängerung des Quartiersmanagements brauchen, die Förderung läuft 2027 aus.
Birte Oellers: Das Anliegen ist bekannt, wir beantragen die Verlängerung im Programmjahr 2027.
Peter Schmitz-Bongartz: Danke. Dann nimmt der Ausschuss den Zwischenbericht zur Kenntnis.
#CLOCK 18:51:00
Peter Schmitz-Bongartz: Tagesordnungspunkt sechs, Vorkaufsrechtssatzung Uerdingen-Rheinufer.
Martin Heyer: Herr Vorsitzender, als sachkundiger Bürger muss ich hier erklären, dass ich befangen bin. Mein Bruder besitzt eine Halle in dem Bereich. Ich setze mich nach hinten und wirke nicht mit.
Peter Schmitz-Bongartz: Danke, Herr Heyer, wir nehmen das auf.
Birte Oellers: Mit der Satzung sichern wir uns den Zugriff auf Grundstücke am Rheinufer, wenn sie verkauft werden. Ziel ist die Rheinpromenade zwischen Hafen und Bayerwerk. Ein Vorkaufsrecht heißt nicht, dass wir jedes Grundstück kaufen, es gibt uns nur die Möglichkeit.
Rainer Kox: Das ist ein massiver Eingriff in den Grundstücksmarkt. Wer kauft noch in Uerdingen, wenn die Stadt jederzeit reingrätschen kann?
Dominik Aretz: Die CDU sieht das anders. Ohne Vorkaufsrecht wird die Promenade nie was.
Lea Mertens: Zustimmung der Grünen.
Peter Schmitz-Bongartz: Wer empfiehlt dem Rat den Satzungsbeschluss? Sieben. Gegenstimmen? Fünf. Enthaltungen? Zwei. Dann ist das mit sieben zu fünf so empfohlen.
Lea Mertens: Herr Vorsitzender, entschuldigen Sie, aber wir haben vorhin über 4 b gar nicht abgestimmt, nur über 4 a.
Peter Schmitz-Bongartz: Oh. Da haben Sie recht, Frau Mertens. Dann gehen wir noch einmal zurück zu 4 b, dem Gestaltungshandbuch. Herr Heyer, Sie können wieder nach vorne kommen.
Rainer Kox: Die FDP lehnt das Handbuch ab, das hatte ich nicht gesagt, wollte ich aber noch.
Peter Schmitz-Bongartz: Ist notiert. Wer stimmt dem Gestaltungshandbuch zu? Neun. Gegenstimmen? Drei. Enthaltungen? Drei. Das Gestaltungshandbuch ist beschlossen.
#CLOCK 19:27:00
Rainer Kox: Ich muss mich leider verabschieden, guten Abend.
Peter Schmitz-Bongartz: Guten Abend, Herr Kox. Punkt sieben, Anfragen. Es liegt eine schriftliche Anfrage der Grünen vor zu den Baumfällungen an der Uerdinger Straße.
Dr. Arne Kempkes: Die Antwort ist Ihnen heute Mittag zugegangen. Kurz: Es wurden 17 Bäume gefällt, 31 werden nachgepflanzt.
Lea Mertens: Danke, das ist ausreichend.
Sevgi Yıldırım: Noch eine mündliche: Wann kommt der Bebauungsplan für das Dießemer Bruch in den Ausschuss?
Birte Oellers: Voraussichtlich im Januar.
#CLOCK 19:46:30
Peter Schmitz-Bongartz: Danke. Dann sind wir heute durch. Ich schließe die Sitzung um 19:47 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Aufstellungsbeschluss Bebauungsplan Nr. 841", "angenommen",
                                   "Dann einstimmig bei Enthaltung der AfD beschlossen.", votes=(None, 0, None), groups=([], [], ["AfD"]),
                                   note="'einstimmig bei Enthaltung der AfD': no Gegenstimmen, abstention by group; not recorded as unanimous")]),
    I("3", AGENDA[2][1], True, [
        D("Änderungsantrag der CDU (nur Prüfauftrag)", "abgelehnt", "Damit ist der Änderungsantrag abgelehnt.", votes=(4, 9, 2)),
        D("SPD-Antrag in der durch die Verwaltung ergänzten Fassung", "angenommen", "Dann ist der Antrag in der ergänzten Fassung angenommen.",
          votes=(9, 3, 3))]),
    I("4a", AGENDA[3][1], True, [D("Empfehlung an den Rat: Fortschreibung Rahmenplan Innenstadt", "angenommen",
                                    "Dann ist die Empfehlung an den Rat bei zwei Enthaltungen so beschlossen.", votes=(None, 0, 2),
                                    groups=([], [], ["AfD"]))],
      note="4 a and 4 b debated together"),
    I("4b", AGENDA[4][1], True, [D("Gestaltungshandbuch für Erdgeschosszonen", "angenommen", "Das Gestaltungshandbuch ist beschlossen.",
                                    votes=(9, 3, 3))],
      note="debated with 4 a; the vote was forgotten and taken after TOP 6 ('Dann gehen wir noch einmal zurück zu 4 b')"),
    I("5", AGENDA[5][1], True, [D("Zwischenbericht Städtebauförderung Krefeld-Süd", "zur Kenntnis genommen",
                                   "Dann nimmt der Ausschuss den Zwischenbericht zur Kenntnis.")]),
    I("6", AGENDA[6][1], True, [D("Empfehlung an den Rat: Vorkaufsrechtssatzung", "angenommen", "Dann ist das mit sieben zu fünf so empfohlen.",
                                   votes=(7, 5, 2))], bias=["Martin Heyer"]),
    I("7", AGENDA[7][1], True),
]
LATE = [{"name": "Klaus-Dieter Pesch", "top": "3"}]
EARLY = [{"name": "Rainer Kox", "top": "7"}]
SECRETS = []
