META = dict(id="by-vaterstetten-gemeinderat-2026-02", split="dev", land="BY",
            body="Gemeinderat", organization="Gemeinde Vaterstetten",
            date="2026-02-12", origin="17:26:40", start="17:30", end=None, agenda="none",
            chair="Georg Reischl",
            features=["no agenda", "casual chair", "Wahl (ist gewählt)", "opening 'halb sechs'", "title-only calling", "persönliche Beteiligung Art. 49 BayGO at item",
                      "Vergabekommission einstimmig that must not count", "Bavarian votes 'mit 18 zu 5 Stimmen'",
                      "zurückgezogen", "wurde zur Kenntnis genommen", "late arrival", "Wir setzen die Sitzung nichtöffentlich fort",
                      "closing without time (end from timeline)", "Verschiedenes without decision", "Niederschrift genehmigt"])
AGENDA = None
AGENDA_META = None

ATTENDANCE = dict(domain="vaterstetten.de", title="Gemeinderatssitzung", rows=[
    ("Georg Reischl", [("17:26:20", "19:13:10")], "Organizer"),
    ("Sitzungssaal Rathaus Vaterstetten", [("17:24:00", "19:13:30")], "Attendee"),
    ("Thomas Wimmer", [("17:27:10", "19:13:00")], "Attendee"),
    ("Claudia Stadler", [("17:27:45", "19:13:00")], "Attendee"),
    ("Benedikt Aigner", [("17:28:05", "19:13:00")], "Attendee"),
    ("Heike Riedl-Schwarz", [("18:02:30", "19:13:00")], "Attendee"),
    ("Josef Hinterberger", [("17:26:50", "19:13:05")], "Presenter"),
])

CUES = """
#CLOCK 17:29:30
Georg Reischl: Also, grüß Gott miteinander. Es ist halb sechs, dann fang ma an. Ich eröffne die Sitzung des Gemeinderats. Geladen wurde ordnungsgemäß, beschlussfähig sind wir auch.
Georg Reischl: Die Frau Riedl-Schwarz kommt später, die steht im Stau auf der A 94.
Georg Reischl: Als Erstes die Niederschrift von der letzten Sitzung. Passt die? Ja. Wer zustimmt? Dann ist die Niederschrift einstimmig genehmigt.
Georg Reischl: Dann die Wahl vom Jugendbeauftragten, nachdem der Stefan aufgehört hat. Vorgeschlagen ist die Claudia Stadler. Andere Vorschläge? Keine.
Georg Reischl: Wer ist dafür? Das ist einstimmig, damit ist die Claudia als Jugendbeauftragte gewählt.
Georg Reischl: Dann das Thema Bauantrag Neubau eines Doppelhauses mit Garagen an der Baldhamer Straße 31.
Thomas Wimmer: Georg, da bin ich persönlich beteiligt, der Bauherr ist mein Schwiegersohn. Ich setz mich raus.
Georg Reischl: Ja passt, der Thomas nimmt nach Artikel 49 nicht teil. Herr Hinterberger, magst du kurz?
Josef Hinterberger: Ja. Das Vorhaben liegt im Innenbereich, es fügt sich ein, die Wandhöhe von 6,40 Meter ist in der Umgebung vorhanden. Wir empfehlen das Einvernehmen.
Claudia Stadler: Mir ist das zu massiv für die Straße, ähm, da stehen sonst nur kleine Siedlungshäuser.
Georg Reischl: Gut, dann stimmen wir ab. Wer ist für das Einvernehmen? Achtzehn. Wer ist dagegen? Drei. Also mit 18 zu 3 Stimmen erteilt. Thomas, kannst wieder kommen.
#CLOCK 18:03:00
Georg Reischl: Ah, die Heike ist da, servus. Dann die Vergabe für den Neubau vom Kinderhaus am Gluckweg, Gewerk Rohbau.
Heike Riedl-Schwarz: Servus, Entschuldigung.
Josef Hinterberger: Es sind sieben Angebote eingegangen. Die Vergabekommission hat die Angebote geprüft und einstimmig empfohlen, den Auftrag an den günstigsten Bieter zu vergeben, das ist die Firma Brunner Bau aus Grafing mit 2,87 Millionen Euro.
Benedikt Aigner: Wir sind da skeptisch, das liegt 11 Prozent über der Kostenschätzung. Wir hätten gern neu ausgeschrieben.
Josef Hinterberger: Eine Neuausschreibung würde das Projekt um mindestens ein halbes Jahr verzögern, und die Preise werden nicht billiger.
Georg Reischl: Dann lass ma abstimmen. Wer ist für die Vergabe? Achtzehn. Dagegen? Fünf. Mit 18 zu 5 Stimmen beschlossen.
Georg Reischl: Der Antrag von den Grünen zur Baumschutzverordnung, Claudia.
Claudia Stadler: Ja, wir haben mit der Verwaltung geredet, der Landkreis arbeitet an einer Mustersatzung. Deshalb ziehen wir unseren Antrag für heute zurück und stellen ihn neu wenn das Muster da ist.
Georg Reischl: Gut, dann ist der Antrag zurückgezogen.
#CLOCK 18:31:00
Georg Reischl: Dann der Bericht der Kämmerei zum Haushaltsvollzug 2025. Herr Hinterberger.
Josef Hinterberger: Die Gewerbesteuer lag mit 24,3 Millionen Euro um 1,8 Millionen über dem Ansatz. Die Zuführung zum Vermögenshaushalt ist damit deutlich höher als geplant.
Benedikt Aigner: Sehr erfreulich. Das sollten wir aber nicht gleich wieder ausgeben.
Georg Reischl: Da hast recht. Gut, der Bericht wurde zur Kenntnis genommen.
Georg Reischl: Verschiedenes, gibt's was? Benedikt.
Benedikt Aigner: Der Maibaum, die Burschen fragen ob sie den Bauhof wieder für den Transport haben können.
Georg Reischl: Da reden wir am Montag, das kriegen wir schon hin.
Georg Reischl: Dann setzen wir die Sitzung nichtöffentlich fort. Die Zuhörer bitt ich kurz raus. Danke fürs Kommen.
#CLOCK 18:52:00
#NP
Georg Reischl: So. Grundstücksangelegenheit am Wiesenweg. Die Eheleute Huber-Stangl bieten uns einen Tausch an, ihre Fläche Flurnummer 1187/3 gegen unsere Fläche am Ortsrand.
Josef Hinterberger: Wertausgleich wäre 395 Euro pro Quadratmeter für die Mehrfläche von 240 Quadratmetern, also knapp 95.000 Euro zugunsten der Gemeinde.
Claudia Stadler: Damit könnten wir endlich den Fußweg zur Schule bauen, das find ich gut.
Georg Reischl: Wer ist für den Tausch? Einstimmig, danke.
#CLOCK 19:12:20
Georg Reischl: Dann sind wir fertig für heute. Damit ist die Sitzung beendet. Kommt's gut heim.
"""

ITEMS = [
    I("1", "Genehmigung der Niederschrift der letzten Sitzung", True,
      [D("Niederschrift der letzten Sitzung", "genehmigt", "Dann ist die Niederschrift einstimmig genehmigt.", unanimous=True)], spoken=False),
    I("2", "Wahl der Jugendbeauftragten des Gemeinderats", True,
      [D("Wahl von Claudia Stadler zur Jugendbeauftragten", "gewählt", "Wer ist dafür? Das ist einstimmig, damit ist die Claudia als Jugendbeauftragte gewählt.", unanimous=True)], spoken=False),
    I("3", "Bauantrag Neubau eines Doppelhauses mit Garagen, Baldhamer Straße 31", True,
      [D("Gemeindliches Einvernehmen", "angenommen", "Also mit 18 zu 3 Stimmen erteilt.", votes=(18, 3, None))],
      bias=["Thomas Wimmer"], spoken=False),
    I("4", "Vergabe Neubau Kinderhaus am Gluckweg, Gewerk Rohbau", True,
      [D("Vergabe Rohbau", "angenommen", "Mit 18 zu 5 Stimmen beschlossen.", votes=(18, 5, None))], spoken=False,
      note="'einstimmig' refers to the Vergabekommission, not to the Gemeinderat"),
    I("5", "Antrag der Grünen zur Baumschutzverordnung", True,
      [D("Antrag der Grünen", "zurückgezogen", "Gut, dann ist der Antrag zurückgezogen.")], spoken=False),
    I("6", "Bericht der Kämmerei zum Haushaltsvollzug 2025", True,
      [D("Bericht", "zur Kenntnis genommen", "Gut, der Bericht wurde zur Kenntnis genommen.")], spoken=False),
    I("7", "Verschiedenes", True, spoken=False),
    I("8", "Grundstücksangelegenheit am Wiesenweg (Grundstückstausch)", False,
      [D("Grundstückstausch", "angenommen", "Wer ist für den Tausch? Einstimmig, danke.", unanimous=True)], spoken=False),
]
LATE = [{"name": "Heike Riedl-Schwarz", "top": "4"}]
EARLY = []
SECRETS = ["Huber-Stangl", "1187/3", "395 Euro pro Quadratmeter", "95.000 Euro"]
