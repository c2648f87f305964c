META = dict(id="he-wetzlar-stadtverordnetenversammlung-2026-11", split="dev", land="HE", body="Stadtverordnetenversammlung",
            organization="Stadt Wetzlar", date="2026-11-19", origin="18:20:00", start="18:30", end=None,
            agenda="mismatch", chair="Birgit Hofacker",
            agendaNote="agenda.json is the agenda of the Haupt- und Finanzausschuss of the same town one week earlier (2026-11-12), not of this Stadtverordnetenversammlung",
            features=["mismatch agenda (Haupt- und Finanzausschuss, one week earlier)",
                      "Stadtverordnetenversammlung (Hessen), Stadtverordnetenvorsteherin as chair, Oberbürgermeister reports for the Magistrat (does not vote)",
                      "opening 'Liebe Kolleginnen und Kollegen, ich darf die Sitzung eröffnen'",
                      "calls 'Tagesordnungspunkt 1', title only, 'Punkt drei', 'Wir kommen zu vier', own words",
                      "secret Wahl of the Erster Stellvertreter with Stimmzettel, ballot with ungültig",
                      "SPD-Änderungsantrag angenommen, then Aufhebung der Straßenbeitragssatzung 'bei Gegenstimmen der Grünen und Enthaltung der Linken' (groups)",
                      "break (Pause) after TOP 4",
                      "Widerstreit der Interessen § 25 HGO declared by the member at the item (leaves the room)",
                      "AfD-Antrag 'gegen die Stimmen der AfD abgelehnt' (groups yes AfD); Überweisung in den Ausschuss (verwiesen)",
                      "Beteiligungsbericht zur Kenntnis genommen; late arrival (attendance)",
                      "non-public part with mismatch agenda ('Wir sind jetzt in nichtöffentlicher Sitzung'), Vertagung in the non-public part",
                      "closing without time (end from timeline)"])
AGENDA_META = dict(slug="wetzlar/hfa", date="2026-11-12", start="17:00", end="19:00",
                   name="Sitzung des Haupt- und Finanzausschusses", organizationName="Haupt- und Finanzausschuss der Stadt Wetzlar")
AGENDA = [
    ("1", "Feststellung der Tagesordnung", True),
    ("2", "Haushaltssatzung und Haushaltsplan 2027 – Beratung der Änderungsanträge", True),
    ("3", "Investitionsprogramm 2026 bis 2030", True),
    ("4", "Überplanmäßige Aufwendungen Winterdienst", True),
    ("5", "Verschiedenes", True),
    ("6", "Vertragsangelegenheiten", False),
]
_e = "21:25:00"
ATTENDANCE = dict(title="Stadtverordnetenversammlung Wetzlar – 19.11.2026", domain="wetzlar.example.de", rows=[
    ("Birgit Hofacker", [("18:21:00", _e)], "Organizer"),
    ("Till Bernhardt", [("18:21:40", _e)], "Presenter"),
    ("Friedrich Aumüller", [("18:22:20", _e)], "Attendee"),
    ("Nadine Eckhardt", [("18:22:50", _e)], "Attendee"),
    ("Paula Heymann", [("18:23:30", _e)], "Attendee"),
    ("Erwin Dietz", [("18:24:00", _e)], "Attendee"),
    ("Tobias Krenzer", [("18:24:40", _e)], "Attendee"),
    ("Gerd Schüler", [("18:25:10", _e)], "Attendee"),
    ("Ayşe Demirtaş", [("18:25:50", _e)], "Attendee"),
    ("Kerstin Balser", [("18:26:30", _e)], "Attendee"),
    ("Marco Henrich", [("18:44:20", _e)], "Attendee"),
])

CUES = """
#CLOCK 18:30:20
Birgit Hofacker: Liebe Kolleginnen und Kollegen, meine Damen und Herren, ich darf die Sitzung der Stadtverordnetenversammlung eröffnen. Tagesordnungspunkt 1: Die Einladung ist fristgerecht ergangen, 51 Stadtverordnete sind anwesend, wir sind beschlussfähig.
Birgit Hofacker: Ich begrüße Herrn Oberbürgermeister Bernhardt und die Mitglieder des Magistrats, außerdem die Vertreterinnen der Presse. Herr Henrich kommt etwas später.
Erwin Dietz: Frau Vorsitzende, zur Geschäftsordnung: Wir Freien Wähler bitten darum, dass unser Antrag zu den Straßenbeiträgen wie vereinbart vor der Pause drankommt.
Birgit Hofacker: So ist es vorgesehen, Herr Dietz.
#CLOCK 18:34:00
Birgit Hofacker: Dann die Mitteilungen der Vorsitzenden und des Magistrats. Von mir nur: Die nächste Sitzung ist am 17. Dezember, die Haushaltsberatung. Herr Oberbürgermeister.
Till Bernhardt: Danke, Frau Vorsitzende. Das Hallenbad Europabad ist nach der Revision wieder geöffnet. Und der Busbahnhof: Die Bauarbeiten verzögern sich wegen eines Leitungsfundes, etwa sechs Wochen.
Friedrich Aumüller: Sechs Wochen ist aber optimistisch, wenn ich das so sehe.
Till Bernhardt: Wir arbeiten dran, Herr Aumüller.
#CLOCK 18:45:00
Marco Henrich: Guten Abend, Entschuldigung.
Birgit Hofacker: Guten Abend, Herr Henrich. Damit sind wir 52. Punkt drei, die Wahl des Ersten Stellvertreters der Stadtverordnetenvorsteherin. Vorgeschlagen ist von der CDU-Fraktion Herr Aumüller. Weitere Vorschläge? Keine.
Birgit Hofacker: Wir wählen geheim mit Stimmzetteln. Die Schriftführerin verteilt die Zettel, die Wahlkabine steht links. Ja, Nein oder Enthaltung ankreuzen.
Gerd Schüler: Ich hab zwei Zettel bekommen, nur zur Info.
Birgit Hofacker: Dann geben Sie bitte einen zurück, danke für die Ehrlichkeit.
#CLOCK 19:02:00
Birgit Hofacker: Das Ergebnis: abgegeben 52 Stimmzettel. Mit Ja haben 41 gestimmt, mit Nein 7, Enthaltungen 3, ein Stimmzettel war ungültig. Herr Aumüller ist damit gewählt. Nehmen Sie die Wahl an?
Friedrich Aumüller: Ich nehme die Wahl an und bedanke mich für das Vertrauen.
#CLOCK 19:05:00
Birgit Hofacker: Wir kommen zu vier, dem Antrag der Freien Wähler zur Aufhebung der Straßenbeitragssatzung. Herr Dietz.
Erwin Dietz: Danke. Die Straßenbeiträge sind ungerecht. Die Rentnerin in der Altstadt bekommt einen Bescheid über 18.000 Euro und weiß nicht, wie sie das bezahlen soll. Fast alle Nachbarstädte haben die Beiträge abgeschafft. Wir beantragen die Aufhebung der Satzung.
Nadine Eckhardt: Die SPD unterstützt das grundsätzlich. Wir beantragen aber eine Änderung: Die Aufhebung soll zum 1. Januar 2027 wirksam werden und nicht rückwirkend, sonst müssen wir bereits gezahlte Beiträge erstatten.
Paula Heymann: Wir Grünen halten das für einen Fehler. Dann fehlen uns 1,4 Millionen Euro im Jahr, und das geht am Ende über die Grundsteuer an alle, auch an die Mieter.
Ayşe Demirtaş: Wir sehen beides kritisch, deshalb werden wir uns enthalten.
Till Bernhardt: Für den Magistrat: Eine Gegenfinanzierung ist im Haushaltsentwurf noch nicht enthalten, das müssten wir im Dezember nachliefern.
Birgit Hofacker: Erst der Änderungsantrag der SPD, Stichtag 1. Januar 2027. Wer stimmt dem zu? Das ist die große Mehrheit. Gegenstimmen? Keine. Enthaltungen? Die Grünen und die Linke. Der Änderungsantrag ist angenommen.
Birgit Hofacker: Dann der Antrag der Freien Wähler in der so geänderten Fassung. Wer ist dafür? Gegenstimmen? Enthaltungen? Der Antrag ist mehrheitlich angenommen bei Gegenstimmen der Grünen und Enthaltung der Linken.
Birgit Hofacker: Wir machen jetzt eine Pause von zehn Minuten. Um Viertel vor acht geht's weiter.
#CLOCK 19:46:00
Birgit Hofacker: So, ich bitte, wieder Platz zu nehmen. Hört man mich? Das Mikrofon war aus, Entschuldigung.
Birgit Hofacker: Tagesordnungspunkt fünf, Aufstellungsbeschluss Bebauungsplan Am Stoppelberg.
Kerstin Balser: Frau Vorsitzende, ich erkläre für diesen Punkt einen Widerstreit der Interessen nach § 25 HGO. Mein Arbeitgeber ist der Vorhabenträger. Ich verlasse den Saal.
Birgit Hofacker: Danke, Frau Balser, das wird so protokolliert. Herr Oberbürgermeister.
Till Bernhardt: Der Vorhabenträger will auf der ehemaligen Gärtnerei rund 140 Wohnungen errichten, davon 30 Prozent gefördert. Heute geht es nur um den Aufstellungsbeschluss, also um den Start des Verfahrens.
Tobias Krenzer: Das ist ein gutes Projekt, die FDP stimmt zu.
Paula Heymann: Wir stimmen auch zu, bitten aber, das Regenrückhaltebecken früh mit einzuplanen.
Birgit Hofacker: Dann bitte ich um das Kartenzeichen. Ja-Stimmen? Danke. Nein? Enthaltungen? Ich zähle 44 Ja, 5 Nein und 2 Enthaltungen. Der Aufstellungsbeschluss ist gefasst. Frau Balser kann wieder hereinkommen.
#CLOCK 20:07:00
Birgit Hofacker: Der Antrag der AfD-Fraktion zur Videoüberwachung auf dem Bahnhofsvorplatz. Herr Schüler.
Gerd Schüler: Die Bürger fühlen sich am Bahnhof nicht mehr sicher, das hören wir überall. Andere Städte haben gute Erfahrungen gemacht. Wir wollen, dass der Magistrat die Kameras bei der Polizei beantragt.
Nadine Eckhardt: Videoüberwachung ersetzt keine Streife. Die Polizei selbst sagt, der Bahnhof ist kein Kriminalitätsschwerpunkt.
Friedrich Aumüller: Wir haben das Thema in der Sicherheitskonferenz, da gehört es hin. Wir lehnen ab.
Birgit Hofacker: Wer dem Antrag zustimmt? Gegenprobe? Enthaltungen sehe ich keine. Damit ist der Antrag gegen die Stimmen der AfD abgelehnt.
#CLOCK 20:21:00
Birgit Hofacker: Punkt 7, Antrag der Grünen, Fahrradstraße Bannstraße.
Paula Heymann: Die Bannstraße ist die wichtigste Radverbindung zur Schule. Wir möchten sie als Fahrradstraße ausweisen, Autos bleiben als Anlieger erlaubt.
Friedrich Aumüller: Da gibt es viele offene Fragen, Parkplätze, Lieferverkehr. Wir beantragen die Überweisung in den Ausschuss für Planen, Bauen und Umwelt.
Paula Heymann: Damit können wir leben, wenn es im Januar beraten wird.
Birgit Hofacker: Wer der Überweisung zustimmt, den bitte ich um das Kartenzeichen. Gegenstimmen? Enthaltungen? Dann ist der Antrag einstimmig an den Ausschuss für Planen, Bauen und Umwelt überwiesen.
#CLOCK 20:32:00
Birgit Hofacker: Tagesordnungspunkt 8, der Beteiligungsbericht 2025.
Till Bernhardt: Der Bericht fasst die Lage unserer 14 Beteiligungen zusammen. Die Stadtwerke haben ein gutes Jahr, die Wohnungsbaugesellschaft investiert mehr als geplant. Sorgenkind bleibt das Parkhaus am Forum.
Ayşe Demirtaş: Beim Parkhaus sollten wir in einem Jahr wissen, wie es weitergeht, sonst zahlen wir da ewig drauf.
Birgit Hofacker: Eine Abstimmung ist nicht nötig. Die Stadtverordnetenversammlung nimmt den Beteiligungsbericht zur Kenntnis. Ich schließe den öffentlichen Teil und bitte die Öffentlichkeit, den Saal zu verlassen.
#CLOCK 20:44:00
#NP
Birgit Hofacker: Wir sind jetzt in nichtöffentlicher Sitzung. Punkt 9, Grundstücksangelegenheit im Stadtteil Naunheim.
Till Bernhardt: Der Magistrat schlägt vor, das Grundstück Lahnstraße 27 von der Familie Pfeiffer zu erwerben, für 385.000 Euro. Wir brauchen es für die Erweiterung der Kita Naunheim.
Tobias Krenzer: Gibt es ein Gutachten über den Wert?
Till Bernhardt: Ja, vom Gutachterausschuss, 372.000 Euro. Der Preis liegt also leicht darüber, aber noch im Rahmen.
Birgit Hofacker: Wer dem Erwerb zustimmt? Gegenstimmen? Zwei. Enthaltungen? Vier. Dann ist der Ankauf bei zwei Gegenstimmen und vier Enthaltungen beschlossen.
#CLOCK 21:02:00
Birgit Hofacker: Punkt 10, der Pachtvertrag für die Gaststätte im Stadtpark.
Friedrich Aumüller: Frau Vorsitzende, die Unterlagen dazu sind erst gestern gekommen, und der Entwurf hat noch Lücken bei der Pachthöhe. Ich beantrage, das heute zu vertagen.
Till Bernhardt: Der Magistrat hat dagegen keine Einwände.
Birgit Hofacker: Wer für die Vertagung ist? Gegenstimmen? Keine. Enthaltungen? Keine. Dann ist Punkt 10 vertagt.
Birgit Hofacker: Damit sind wir am Ende. Ich danke Ihnen für die Disziplin und wünsche allen einen guten Heimweg. Die Sitzung ist geschlossen.
"""

ITEMS = [
    I("1", "Eröffnung und Begrüßung", True, spoken=True),
    I("2", "Mitteilungen der Vorsitzenden und des Magistrats", True, spoken=False),
    I("3", "Wahl des Ersten Stellvertreters der Stadtverordnetenvorsteherin", True, spoken=True, decisions=[
        D("Wahl von Friedrich Aumüller zum Ersten Stellvertreter", "gewählt",
          "Herr Aumüller ist damit gewählt.", ballot={"ja": 41, "nein": 7, "enthaltung": 3, "ungültig": 1},
          note="secret Wahl with Stimmzettel, 52 abgegeben")]),
    I("4", "Antrag der Fraktion Freie Wähler: Aufhebung der Straßenbeitragssatzung", True, spoken=True, decisions=[
        D("Änderungsantrag der SPD (Aufhebung zum 1. Januar 2027)", "angenommen",
          "Der Änderungsantrag ist angenommen.", votes=(None, 0, None), groups=([], [], ["Grüne", "Linke"])),
        D("Aufhebung der Straßenbeitragssatzung in geänderter Fassung", "angenommen",
          "Der Antrag ist mehrheitlich angenommen bei Gegenstimmen der Grünen und Enthaltung der Linken.",
          groups=([], ["Grüne"], ["Linke"]))]),
    I("5", "Aufstellungsbeschluss Bebauungsplan „Am Stoppelberg“", True, spoken=True, bias=["Kerstin Balser"], decisions=[
        D("Aufstellungsbeschluss Bebauungsplan Am Stoppelberg", "angenommen",
          "Der Aufstellungsbeschluss ist gefasst.", votes=(44, 5, 2),
          note="Balser (Widerstreit der Interessen § 25 HGO) left the room; 51 voting")],
      note="Widerstreit der Interessen § 25 HGO declared by the member at the item"),
    I("6", "Antrag der AfD-Fraktion: Videoüberwachung Bahnhofsvorplatz", True, spoken=False, decisions=[
        D("Antrag der AfD-Fraktion zur Videoüberwachung", "abgelehnt",
          "Damit ist der Antrag gegen die Stimmen der AfD abgelehnt.", votes=(None, None, 0), groups=(["AfD"], [], []))]),
    I("7", "Antrag der Fraktion Bündnis 90/Die Grünen: Fahrradstraße Bannstraße", True, spoken=True, decisions=[
        D("Überweisung an den Ausschuss für Planen, Bauen und Umwelt", "verwiesen",
          "Dann ist der Antrag einstimmig an den Ausschuss für Planen, Bauen und Umwelt überwiesen.", unanimous=True)]),
    I("8", "Beteiligungsbericht 2025", True, spoken=True, decisions=[
        D("Beteiligungsbericht 2025", "zur Kenntnis genommen",
          "Die Stadtverordnetenversammlung nimmt den Beteiligungsbericht zur Kenntnis.")]),
    I("9", "Grundstücksangelegenheit", False, spoken=True, decisions=[
        D("Erwerb eines Grundstücks für die Kita-Erweiterung", "angenommen",
          "Dann ist der Ankauf bei zwei Gegenstimmen und vier Enthaltungen beschlossen.", votes=(None, 2, 4))]),
    I("10", "Pachtvertrag Gaststätte", False, spoken=True, decisions=[
        D("Vertagung (Antrag der CDU)", "vertagt", "Dann ist Punkt 10 vertagt.", votes=(None, 0, 0), unanimous=True)]),
]
LATE = [{"name": "Marco Henrich", "top": "3"}]
EARLY = []
SECRETS = ["Lahnstraße 27", "Familie Pfeiffer", "385.000 Euro", "372.000 Euro"]
