META = dict(id="bb-eberswalde-stadtverordnetenversammlung-2026-10", split="test", land="BB", body="Stadtverordnetenversammlung",
            organization="Stadt Eberswalde", date="2026-10-29", origin="17:50:00", start="18:00", end=None,
            agenda="mismatch", chair="Carmen Splittgerber",
            agendaNote="agenda.json is the agenda of the Hauptausschuss of the same town one week earlier (2026-10-22), not of this Stadtverordnetenversammlung",
            features=["mismatch agenda (Hauptausschuss, one week earlier)",
                      "Stadtverordnetenversammlung (Brandenburg), Vorsitzende der Stadtverordnetenversammlung as chair, Bürgermeister reports",
                      "Mitwirkungsverbot § 22 BbgKVerf declared at the item by a Stadtverordneter (leaves the room)",
                      "Geschäftsordnungsantrag auf Schluss der Debatte angenommen, then Satzungsbeschluss ('Der Beschlussvorschlag ist damit angenommen' variant)",
                      "Antrag zurückgezogen by the Fraktion after debate",
                      "open Wahl by Handzeichen of an Aufsichtsrat member (gewählt with counts)",
                      "calls 'Tagesordnungspunkt eins', title only, 'Punkt fünf', 'Wir kommen zu Ziffer 6'",
                      "late arrival (attendance)",
                      "non-public part with mismatch agenda ('Der Livestream ist aus'), Vertagung in the non-public part",
                      "closing without time (end from timeline)"])
AGENDA_META = dict(slug="eberswalde/ha", date="2026-10-22", start="17:30", end="20:00", tz="+02:00",
                   name="Sitzung des Hauptausschusses", organizationName="Hauptausschuss der Stadt Eberswalde")
AGENDA = [
    ("1", "Eröffnung und Feststellung der Tagesordnung", True),
    ("2", "Kontrolle der Niederschrift", True),
    ("3", "Haushaltsvollzug zum 30. September 2026", True),
    ("4", "Feuerwehrbedarfsplan 2027–2031 – Vorberatung", True),
    ("5", "Mitteilungen der Verwaltung", True),
    ("6", "Personalangelegenheiten", False),
]
_e = "19:47:20"
ATTENDANCE = dict(title="StVV Eberswalde 29. Oktober 2026", domain="eberswalde.example.de", rows=[
    ("Sitzungssaal Familiengarten", [("17:50:10", "19:48:00")], "Attendee"),
    ("Carmen Splittgerber", [("17:51:00", _e)], "Organizer"),
    ("Götz Hannemann", [("17:52:20", _e)], "Presenter"),
    ("Ramona Dittberner", [("17:53:00", _e)], "Attendee"),
    ("Kevin Schimanski", [("17:53:30", _e)], "Attendee"),
    ("Helmut Zierke", [("17:54:10", _e)], "Attendee"),
    ("Jana Lüdtke-Rasch", [("17:55:00", _e)], "Attendee"),
    ("Alexander Wendlandt", [("17:55:40", _e)], "Attendee"),
    ("Yvonne Behrendt", [("18:21:10", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:58:40
Sitzungssaal Familiengarten: Die Übertragung wurde gestartet.
#CLOCK 18:00:00
Carmen Splittgerber: Einen schönen guten Abend, ich eröffne die Sitzung der Stadtverordnetenversammlung, Tagesordnungspunkt eins. Die Einladung ist form- und fristgerecht ergangen, das stelle ich fest. Anwesend sind 28 Stimmberechtigte, wir sind beschlussfähig. Frau Behrendt hat angekündigt, dass sie später kommt.
Carmen Splittgerber: Zur Tagesordnung liegt nichts vor. Dann beginnen wir mit der Einwohnerfragestunde. Wer möchte?
Unknown Speaker: Ja, Gutsche, Brandenburgisches Viertel. Der Spielplatz an der Havellandstraße ist seit dem Frühjahr abgesperrt. Die Kinder spielen jetzt auf dem Parkplatz.
Götz Hannemann: Frau Gutsche, das Klettergerüst war nicht mehr standsicher. Das neue ist bestellt und wird im November aufgebaut, dann ist der Platz wieder offen.
Unknown Speaker: November, hoffentlich nicht erst der nächste November.
Götz Hannemann: Dieser November, das verspreche ich Ihnen.
Carmen Splittgerber: Gibt es weitere Fragen aus der Einwohnerschaft? Nein. Dann schließe ich die Fragestunde.
#CLOCK 18:12:00
Carmen Splittgerber: Der Bericht des Bürgermeisters. Herr Hannemann, bitte.
Götz Hannemann: Danke, Frau Vorsitzende. Erstens: Die Bahnhofsbrücke ist seit Montag wieder zweispurig befahrbar. Zweitens: Der Zuwendungsbescheid für die Grundschule Finow liegt vor, 2,4 Millionen Euro aus dem Landesprogramm. Drittens: Die Gespräche mit dem Landkreis über den Busverkehr am Wochenende laufen.
Ramona Dittberner: Eine Nachfrage zum Bus: Gibt es da schon einen Zeitplan?
Götz Hannemann: Der Kreistag entscheidet im Dezember. Ich berichte Ihnen danach.
#CLOCK 18:22:00
Yvonne Behrendt: Guten Abend, ich bin da. Der Zug stand in Bernau.
Carmen Splittgerber: Herzlich willkommen, Frau Behrendt, damit sind wir 29. Wir kommen zum Bebauungsplan Am Finowkanal, Abwägung und Satzung.
Helmut Zierke: Frau Vorsitzende, ich darf hier nicht mitwirken, § 22 Kommunalverfassung. Meine Firma hat für den Investor die Erschließung geplant. Ich verlasse den Saal.
Carmen Splittgerber: Danke, Herr Zierke, das ist protokolliert. Herr Hannemann, zur Einführung.
Götz Hannemann: Auf der Brache der ehemaligen Drahtzieherei sollen 140 Wohnungen entstehen, dazu eine Kita und ein Uferweg am Kanal. In der Offenlage gab es 23 Stellungnahmen, die meisten zum Verkehr und zum Denkmalschutz der alten Halle. Die Halle bleibt erhalten und wird Quartierszentrum.
Kevin Schimanski: Die SPD-Fraktion begrüßt das. Endlich wird die Brache entwickelt, nach fünfzehn Jahren Stillstand.
Jana Lüdtke-Rasch: Wir Grünen haben ein Problem mit der Zahl der Stellplätze, 1,2 pro Wohnung. Das ist ein Quartier am Bahnhof, da hätte 0,8 gereicht, und der Uferweg wäre breiter geworden.
Alexander Wendlandt: Und wir von der CDU hätten gerne mehr Stellplätze gehabt. Da sieht man, dass 1,2 offenbar der Kompromiss ist.
Jana Lüdtke-Rasch: Ein Kompromiss, den niemand im Bauausschuss gewollt hat, Herr Wendlandt.
Alexander Wendlandt: Das stimmt so nicht, das war eine breite Mehrheit.
Ramona Dittberner: Die Linke fragt nach dem Anteil an Sozialwohnungen. Im Vertrag stehen zwanzig Prozent, mietpreisgebunden für fünfzehn Jahre. Das ist zu kurz.
Götz Hannemann: Länger gibt das Förderprogramm des Landes nicht her, Frau Dittberner.
Jana Lüdtke-Rasch: Ich möchte noch einmal auf den Uferweg eingehen.
Kevin Schimanski: Geschäftsordnungsantrag: Schluss der Debatte. Es ist alles gesagt, und zwar mehrfach.
Carmen Splittgerber: Ein Antrag auf Schluss der Debatte. Gibt es eine Gegenrede? Frau Lüdtke-Rasch.
Jana Lüdtke-Rasch: Ja, Gegenrede. Wir reden über das größte Wohnprojekt der Stadt seit zehn Jahren, da muss man auch mal zwei Minuten länger aushalten.
Carmen Splittgerber: Dann stimmen wir über den Schluss der Debatte ab. Wer ist dafür? Das sind 19. Dagegen? 7. Enthaltungen? 2. Damit ist die Debatte geschlossen.
Carmen Splittgerber: Wir stimmen über die Abwägung und den Satzungsbeschluss ab. Wer ist dafür? 21. Wer ist dagegen? Vier. Enthaltungen? Drei. Der Bebauungsplan ist als Satzung beschlossen. Herr Zierke kann zurückkommen.
#CLOCK 19:04:00
Carmen Splittgerber: Punkt fünf, der Antrag der Fraktion Die Linke zur kostenlosen Nutzung der Schulsporthallen durch Vereine.
Ramona Dittberner: Die Hallennutzungsgebühr ist für kleine Vereine eine echte Hürde. Ein Tischtennisverein mit 30 Mitgliedern zahlt inzwischen über 1.000 Euro im Jahr. Wir wollen die Gebühr für gemeinnützige Vereine streichen.
Götz Hannemann: Die Gebühren bringen der Stadt 180.000 Euro im Jahr. Ohne Deckungsvorschlag ist der Antrag im laufenden Haushalt nicht umsetzbar. Wir arbeiten aber an einer neuen Sportförderrichtlinie, die genau das aufgreift, im Frühjahr.
Helmut Zierke: Da sollte man nicht vorgreifen. Wenn die Richtlinie kommt, reden wir über alles im Paket.
Ramona Dittberner: Wenn die Richtlinie im Frühjahr kommt und die Vereine entlastet, dann ziehen wir den Antrag heute zurück. Aber wir werden das beobachten.
Carmen Splittgerber: Der Antrag ist damit zurückgezogen, eine Abstimmung entfällt.
#CLOCK 19:20:00
Carmen Splittgerber: Wir kommen zu Ziffer 6, der Wahl eines Mitglieds in den Aufsichtsrat der Wohnungsbau- und Hausverwaltungs-GmbH, als Nachfolge für Herrn Kessler. Vorgeschlagen ist Frau Lüdtke-Rasch.
Carmen Splittgerber: Es wurde eine offene Abstimmung beantragt. Widerspricht jemand? Niemand. Dann per Handzeichen. Wer wählt Frau Lüdtke-Rasch? 25. Gegenstimmen? Keine. Enthaltungen? Vier. Frau Lüdtke-Rasch ist gewählt. Nehmen Sie die Wahl an?
Jana Lüdtke-Rasch: Ja, ich nehme die Wahl an, vielen Dank.
Carmen Splittgerber: Dann kommen wir zum nichtöffentlichen Teil. Ich bitte die Gäste, den Saal zu verlassen, und die Technik, die Übertragung zu beenden.
#CLOCK 19:31:00
#NP
Sitzungssaal Familiengarten: Die Übertragung wurde beendet.
Carmen Splittgerber: Der Livestream ist aus, die Türen sind geschlossen. Punkt sieben, der Verkauf einer Gewerbefläche. Herr Hannemann.
Götz Hannemann: Die Firma Barnim Solarmontage möchte im Gewerbegebiet Britz-Nord 1,3 Hektar erwerben. Der Kaufpreis beträgt 312.000 Euro, das entspricht dem Verkehrswert. Es sollen 35 Arbeitsplätze entstehen.
Alexander Wendlandt: Gibt es eine Bauverpflichtung? Sonst liegt die Fläche am Ende brach.
Götz Hannemann: Ja, Baubeginn innerhalb von zwei Jahren, sonst Rückkaufsrecht zum selben Preis.
Carmen Splittgerber: Wer stimmt dem Verkauf zu? Gegenstimmen? Eine. Enthaltungen? Keine. Der Verkauf ist beschlossen.
#CLOCK 19:46:00
Carmen Splittgerber: Punkt acht, der Pachtvertrag für den Zoo-Kiosk.
Götz Hannemann: Der bisherige Pächter, Herr Tiburtius, möchte den Vertrag um zehn Jahre verlängern, bei gleicher Pacht von 850 Euro im Monat. Die Verwaltung hält eine öffentliche Neuausschreibung für sinnvoller.
Kevin Schimanski: Dann sollten wir erst die Stellungnahme des Zoos abwarten, die liegt noch nicht vor. Ich beantrage, den Punkt auf die nächste Sitzung zu vertagen.
Carmen Splittgerber: Wer stimmt der Vertagung zu? Das ist eindeutig die Mehrheit. Gegenstimmen? Zwei. Enthaltungen? Keine. Der Pachtvertrag wird vertagt.
Carmen Splittgerber: Dann ist die Tagesordnung abgearbeitet. Ich danke Ihnen, kommen Sie gut nach Hause.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=False),
    I("3", "Bericht des Bürgermeisters", True, spoken=False),
    I("4", "Bebauungsplan „Am Finowkanal“ – Abwägungs- und Satzungsbeschluss", True, [
        D("Geschäftsordnungsantrag auf Schluss der Debatte", "angenommen", "Damit ist die Debatte geschlossen.", votes=(19, 7, 2)),
        D("Abwägung und Satzungsbeschluss Bebauungsplan Am Finowkanal", "angenommen",
          "Der Bebauungsplan ist als Satzung beschlossen.", votes=(21, 4, 3), note="Zierke (Mitwirkungsverbot) outside: 28 voting")],
      bias=["Helmut Zierke"], spoken=False),
    I("5", "Antrag der Fraktion Die Linke: Gebührenfreie Nutzung der Schulsporthallen durch Vereine", True, [
        D("Antrag gebührenfreie Hallennutzung", "zurückgezogen", "Der Antrag ist damit zurückgezogen, eine Abstimmung entfällt.")], spoken=True),
    I("6", "Wahl eines Mitglieds in den Aufsichtsrat der Wohnungsbau- und Hausverwaltungs-GmbH", True, [
        D("Wahl von Frau Lüdtke-Rasch in den Aufsichtsrat (offene Wahl)", "gewählt", "Frau Lüdtke-Rasch ist gewählt.", votes=(25, 0, 4))], spoken=True),
    I("7", "Verkauf einer Gewerbefläche", False, [
        D("Verkauf einer Gewerbefläche", "angenommen", "Der Verkauf ist beschlossen.", votes=(None, 1, 0))], spoken=True),
    I("8", "Pachtvertrag Kiosk", False, [
        D("Vertagung des Pachtvertrags", "vertagt", "Der Pachtvertrag wird vertagt.", votes=(None, 2, 0))], spoken=True),
]
LATE = [{"name": "Yvonne Behrendt", "top": "3"}]
EARLY = []
SECRETS = ["Barnim Solarmontage", "312.000 Euro", "Britz-Nord", "Tiburtius", "850 Euro im Monat"]
