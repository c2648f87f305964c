META = dict(id="by-moosburg-bauausschuss-2026-10", split="dev", land="BY", body="Bau- und Umweltausschuss des Stadtrats",
            organization="Stadt Moosburg a.d.Isar", date="2026-10-20", origin="17:55:00", start="18:00", end="20:31",
            agenda="matching", chair="Josef Brandlmeier",
            features=["Bauausschuss (Bayern), Erster Bürgermeister as chair, Stadtbaumeisterin presents",
                      "persönliche Beteiligung Art. 49 GO at two items (Stadträtin as neighbour, Stadtrat as Entwurfsverfasser)",
                      "Bavarian count style 'mit 9 : 2 Stimmen', no abstentions (Art. 48 GO), Gegenprobe with counts",
                      "sub-items 4.1–4.4 ('Punkt vier Punkt zwei', 'die Nummer 4.4')", "item called and immediately abgesetzt (Bauwerber hat zurückgenommen)",
                      "Einvernehmen versagt = the proposal to refuse is adopted (angenommen)", "Bekanntgaben and Anfragen without decision",
                      "online member votes by voice", "late arrival, early departure (attendance)", "Teams Room device voice, Unknown Speaker (Bauwerber on the Zuhörerbank)",
                      "non-public part with matching agenda ('jetzt in nichtöffentlicher Sitzung')"])
AGENDA_META = dict(slug="moosburg/bauausschuss", date="2026-10-20", start="18:00", end="21:00", tz="+02:00",
                   name="Sitzung des Bau- und Umweltausschusses", organizationName="Bau- und Umweltausschuss der Stadt Moosburg a.d.Isar")
AGENDA = [
    ("1", "Genehmigung der Niederschrift über die öffentliche Sitzung vom 22.09.2026", True),
    ("2", "Bekanntgaben", True),
    ("3", "Bebauungsplan Nr. 71 „Am Amperanger“ – Behandlung der Stellungnahmen und Billigungsbeschluss", True),
    ("4.1", "Bauantrag: Neubau eines Mehrfamilienhauses mit Tiefgarage, Fl.Nr. 1432/5, Gemarkung Moosburg", True),
    ("4.2", "Antrag auf Vorbescheid: Umnutzung einer Scheune zu Wohnzwecken, Fl.Nr. 388, Gemarkung Thonstetten", True),
    ("4.3", "Bauantrag: Errichtung einer digitalen Werbeanlage, Fl.Nr. 2210/3, Gemarkung Moosburg", True),
    ("4.4", "Antrag auf isolierte Befreiung: Überschreitung der Baugrenze durch ein Gartenhaus, Fl.Nr. 915/12, Gemarkung Moosburg", True),
    ("5", "Änderung der Stellplatzsatzung", True),
    ("6", "Anfragen", True),
    ("7", "Vergabe von Bauleistungen: Sanierung der Turnhalle der Grundschule am Gries, Dachabdichtung", False),
    ("8", "Grundstücksangelegenheit: Ausübung eines Vorkaufsrechts", False),
]
_e = "20:31:40"
ATTENDANCE = dict(title="Bau- und Umweltausschuss (hybrid)", domain="moosburg.example.de", rows=[
    ("Sitzungssaal Moosburg", [("17:55:10", "20:32:10")], "Attendee"),
    ("Josef Brandlmeier", [("17:56:00", "20:31:55")], "Organizer"),
    ("Dipl.-Ing. Theresa Gruber", [("17:56:30", _e)], "Presenter"),
    ("Monika Hierl", [("17:57:00", _e)], "Attendee"),
    ("Korbinian Wimmer", [("17:57:20", _e)], "Attendee"),
    ("Sabine Eichinger", [("17:57:40", _e)], "Attendee"),
    ("Florian Kastl", [("17:58:00", "20:04:30")], "Attendee"),
    ("Ludwig Asenbeck", [("17:58:30", _e)], "Attendee"),
    ("Elif Demirci", [("18:19:50", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:59:00
Sitzungssaal Moosburg: Besprechung gestartet. Aufzeichnung aktiv.
#CLOCK 18:00:00
Josef Brandlmeier: So, grüß Gott miteinander, dann fangen wir an. Ich eröffne die Sitzung des Bau- und Umweltausschusses, ordnungsgemäß geladen, beschlussfähig sind wir auch, zehn von elf sind da, der Herr Asenbeck ist über Teams dabei. Die Frau Demirci kommt ein bisschen später.
Josef Brandlmeier: Punkt eins, die Niederschrift vom 22. September. Hat jemand was dazu? Nein. Dann, wer zustimmt? Das ist einstimmig, zehn zu null. Genehmigt.
#CLOCK 18:03:00
Josef Brandlmeier: Bekanntgaben. Ich gebe bekannt, dass wir in der letzten nichtöffentlichen Sitzung die Erd- und Kanalarbeiten für die Leinbergstraße vergeben haben, an die Firma Huber Tiefbau aus Freising. Und die Stadtbaumeisterin hat noch was zum Hochwasserschutz.
Dipl.-Ing. Theresa Gruber: Ja, kurz: Das Wasserwirtschaftsamt hat die Planung für den Deich an der Amper freigegeben. Baubeginn wäre Frühjahr 2028, die Kosten trägt zu 65 Prozent der Freistaat.
Sabine Eichinger: Heißt das, dass die Gärten an der Amperstraße dann weg sind?
Dipl.-Ing. Theresa Gruber: Ein schmaler Streifen, ja, das wird über Grunderwerb geregelt. Die Eigentümer bekommen im Januar Post.
#CLOCK 18:09:00
Josef Brandlmeier: Gut. Dann zum Amperanger, Bebauungsplan 71. Da haben wir die Stellungnahmen aus der Auslegung zu behandeln. Frau Gruber, wie viele waren es?
Dipl.-Ing. Theresa Gruber: Achtzehn von Bürgern, neun von Behörden. Ich geh die wesentlichen durch. Das Landratsamt, untere Naturschutzbehörde, verlangt eine Ausgleichsfläche von zusätzlich 2.000 Quadratmetern wegen der Zauneidechse. Die haben wir auf der städtischen Fläche an der Thonstettener Straße gefunden.
Dipl.-Ing. Theresa Gruber: Mehrere Bürger wenden sich gegen die Höhe der Gebäude am Nordrand. Wir schlagen vor, dort von vier auf drei Vollgeschosse zu gehen, mit einem zurückgesetzten Dachgeschoss. Die Zahl der Wohnungen sinkt damit von 96 auf 88.
Korbinian Wimmer: Das finde ich einen vernünftigen Kompromiss. Die Nachbarn am Birkenweg hätten sonst eine Wand vor sich gehabt.
Sabine Eichinger: Wir von den Grünen hätten lieber die Dichte behalten. Wir brauchen Wohnungen, und jedes Geschoss weniger heißt, die Leute ziehen nach Landshut.
#CLOCK 18:20:10
Elif Demirci: Servus, Entschuldigung, die S-Bahn.
Josef Brandlmeier: Passt schon, Frau Demirci, wir sind beim Amperanger. Herr Kastl.
Florian Kastl: Ich halte die Reduzierung für richtig. Und die Erschließung über den Amperweg muss dann aber auch mal ausgebaut werden, der ist jetzt schon zu schmal.
Dipl.-Ing. Theresa Gruber: Der Ausbau ist im Erschließungsvertrag drin, den zahlt der Vorhabenträger.
Ludwig Asenbeck: Hört man mich? Ich hätte eine Frage zum Lärm von der Staatsstraße.
Josef Brandlmeier: Wir hören dich, Ludwig.
Ludwig Asenbeck: Reicht die Lärmschutzwand, wenn jetzt am Nordrand niedriger gebaut wird? Dann fehlt ja die Abschirmung durch die hohen Häuser für die hinteren Reihen.
Dipl.-Ing. Theresa Gruber: Gute Frage, das hat der Gutachter nachgerechnet. Die Wand wird um einen halben Meter erhöht, dann passt es.
Sabine Eichinger: Ich will trotzdem sagen, wir stimmen da nicht mit, wegen der Dichte.
#CLOCK 18:41:00
Josef Brandlmeier: Dann lasse ich abstimmen. Wer mit der Abwägung der Stellungnahmen und dem Billigungsbeschluss in der geänderten Fassung einverstanden ist, bitte die Hand heben. Ludwig?
Ludwig Asenbeck: Ja, dafür.
Josef Brandlmeier: Danke. Gegenprobe? Zwei, die Grünen. Also mit 9 : 2 Stimmen beschlossen.
#CLOCK 18:44:00
Josef Brandlmeier: Bauanträge. Punkt vier Punkt eins, das Mehrfamilienhaus mit Tiefgarage in der Stadtwaldstraße.
Monika Hierl: Josef, da muss ich raus, ich bin direkte Nachbarin, unser Grundstück grenzt an. Das ist persönliche Beteiligung nach Artikel 49.
Josef Brandlmeier: Genau, danke, Monika. Frau Hierl nimmt an Beratung und Abstimmung nicht teil und setzt sich in den Zuhörerbereich.
Dipl.-Ing. Theresa Gruber: Zwölf Wohneinheiten, drei Geschosse, Tiefgarage mit 18 Stellplätzen. Das Vorhaben liegt im Innenbereich nach Paragraph 34 und fügt sich nach Art und Maß ein. Die Stellplätze reichen nach unserer Satzung. Wir empfehlen, das Einvernehmen zu erteilen.
Florian Kastl: Die Zufahrt der Tiefgarage geht direkt auf die Kreuzung, ist das geprüft?
Dipl.-Ing. Theresa Gruber: Der Abstand zur Kreuzung ist 14 Meter, das ist ausreichend, aber knapp.
Unknown Speaker: Darf ich als Bauherr was dazu sagen? Wir können die Einfahrt auch noch...
Josef Brandlmeier: Nein, tut mir leid, Zuhörer haben im Ausschuss kein Rederecht. Sie können gerne hinterher zur Frau Gruber gehen.
Josef Brandlmeier: Also, wer stimmt dem Einvernehmen zu? Ludwig?
Ludwig Asenbeck: Ja.
Josef Brandlmeier: Das ist einstimmig, Frau Hierl hat nicht mitgestimmt. Zehn zu null, das Einvernehmen ist erteilt.
#CLOCK 18:58:00
Josef Brandlmeier: Monika, kannst wieder kommen. Punkt vier Punkt zwei, Vorbescheid für die Scheune in Thonstetten.
Korbinian Wimmer: Da bin ich der Planer, ich hab die Bauvoranfrage gezeichnet. Also persönlich beteiligt, ich nehme nicht teil.
Josef Brandlmeier: Danke, Herr Stadtrat Wimmer, wird so vermerkt.
Dipl.-Ing. Theresa Gruber: Die Scheune liegt im Außenbereich. Eine Umnutzung zu Wohnen ist nach Paragraph 35 Absatz 4 nur begünstigt, wenn das Gebäude zu einem landwirtschaftlichen Betrieb gehört hat und die äußere Gestalt im Wesentlichen gewahrt bleibt. Der Antrag sieht aber vier Wohnungen mit großen Glasflächen und einer zusätzlichen Gaube vor. Wir schlagen vor, das Einvernehmen zu versagen.
Elif Demirci: Schade eigentlich. Das ist ein schönes Gebäude, das sonst verfällt.
Dipl.-Ing. Theresa Gruber: Mit zwei Wohnungen und ohne die Gaube wäre es wahrscheinlich genehmigungsfähig. Das haben wir dem Antragsteller auch so gesagt.
Sabine Eichinger: Dann ist das der richtige Weg.
Josef Brandlmeier: Wer ist dafür, das Einvernehmen zu versagen? Ludwig? Ja. Gegenprobe? Einer, Frau Demirci. Damit ist das Einvernehmen mit 9 : 1 versagt.
#CLOCK 19:14:00
Josef Brandlmeier: Die Nummer 4.3, die LED-Werbewand an der Landshuter Straße. Die hat der Bauwerber am Freitag zurückgenommen. Die nehmen wir deshalb runter, der Punkt ist abgesetzt.
Florian Kastl: Gott sei Dank, muss man sagen.
#CLOCK 19:15:00
Josef Brandlmeier: Dann die Nummer 4.4, das Gartenhaus, isolierte Befreiung.
Dipl.-Ing. Theresa Gruber: Das Gartenhaus überschreitet die Baugrenze um 1,80 Meter. Es ist schon gebaut, also nachträglich. Die Nachbarn haben unterschrieben. Wir sehen die Grundzüge der Planung nicht berührt und empfehlen die Befreiung.
Elif Demirci: Erst bauen, dann fragen, das darf nicht Schule machen.
Korbinian Wimmer: Das ist aber ein Gartenhaus, kein Hotel.
Josef Brandlmeier: Wer stimmt der Befreiung zu? Ludwig? Auch. Gegenprobe? Drei. Damit mit 8 : 3 Stimmen beschlossen.
#CLOCK 19:26:00
Josef Brandlmeier: Punkt fünf, die Stellplatzsatzung.
Dipl.-Ing. Theresa Gruber: Wir schlagen vor, für Wohnungen unter 50 Quadratmetern nur noch einen Stellplatz statt 1,5 zu verlangen, und für Fahrradstellplätze erstmals eine Pflicht einzuführen: zwei pro Wohnung. Außerdem kann man künftig bis zu 20 Prozent der Stellplätze durch ein Carsharing-Angebot ersetzen.
Florian Kastl: Die CSU-Fraktion sieht das mit dem Carsharing skeptisch. In Moosburg ist das kein München, da funktioniert das nicht, das wird ein Stellplatz auf dem Papier.
Sabine Eichinger: In Freising funktioniert es sehr gut. Und die Leute brauchen bezahlbare Wohnungen, jeder Tiefgaragenplatz kostet 35.000 Euro.
Florian Kastl: Das heißt doch nicht, dass die Autos verschwinden. Die stehen dann in der Straße.
Elif Demirci: Deswegen gibt es ja die 20 Prozent und nicht 50. Ich finde das maßvoll.
Monika Hierl: Ich könnte mir vorstellen, dass wir das nach drei Jahren auswerten. Dann sieht man, ob es stimmt.
Dipl.-Ing. Theresa Gruber: Eine Evaluierung nach drei Jahren nehmen wir gerne in die Begründung auf.
Korbinian Wimmer: Ich bin jetzt hin- und hergerissen, aber mit der Evaluierung kann ich mitgehen.
Florian Kastl: Ich muss um acht weg, ich sag nur noch: Wir bleiben bei unserer Ablehnung.
#CLOCK 19:58:00
Josef Brandlmeier: Dann stimmen wir ab, mit der Evaluierung nach drei Jahren. Wer dafür ist, bitte die Hand. Ludwig?
Ludwig Asenbeck: Ich bin dagegen, ehrlich gesagt. Also Nein.
Josef Brandlmeier: Ein Nein von Ludwig. Gegenprobe im Saal? Zwei. Also drei dagegen, mit 8 : 3 beschlossen. Die Satzungsänderung geht damit als Empfehlung an den Stadtrat.
#CLOCK 20:01:00
Josef Brandlmeier: Anfragen. Bitte.
Sabine Eichinger: Wann wird der Radweg an der Münchener Straße markiert? Das war für September angekündigt.
Dipl.-Ing. Theresa Gruber: Die Markierungsfirma hatte einen Ausfall, jetzt ist der 3. November angesetzt, wenn es trocken ist.
Florian Kastl: Ich verabschiede mich, pfiat euch.
Elif Demirci: Und der Spielplatz am Bonauer Feld? Die Eltern fragen.
Josef Brandlmeier: Ist bestellt, kommt im Frühjahr. Weitere Anfragen? Keine. Dann muss ich die Zuhörer jetzt hinausbitten, der Rest der Sitzung ist nichtöffentlich. Danke fürs Kommen.
#CLOCK 20:08:00
#NP
Josef Brandlmeier: So, wir sind jetzt in nichtöffentlicher Sitzung. Punkt sieben, Vergabe Dachabdichtung Turnhalle Grundschule am Gries.
Dipl.-Ing. Theresa Gruber: Günstigster Bieter ist die Firma Dachbau Reithmayr aus Mainburg mit 214.870 Euro brutto. Das sind etwa acht Prozent über der Kostenberechnung, das liegt an den gestiegenen Bitumenpreisen.
Sabine Eichinger: Hat die Firma Erfahrung mit Gründach? Das war ja gewünscht.
Dipl.-Ing. Theresa Gruber: Ja, Referenzen in Mainburg und Rottenburg.
Josef Brandlmeier: Wer stimmt der Vergabe zu? Ludwig? Ja. Einstimmig mit 10 : 0 vergeben.
#CLOCK 20:20:00
Josef Brandlmeier: Punkt acht, Vorkaufsrecht.
Dipl.-Ing. Theresa Gruber: Verkauft wird das Grundstück Flurnummer 1611 am Stadtgraben, an einen Herrn Bernhard Lechner, für 610.000 Euro. Wir haben dort im Sanierungsgebiet ein Vorkaufsrecht. Wir bräuchten den Streifen entlang des Stadtgrabens, etwa 300 Quadratmeter, für den Fußweg.
Korbinian Wimmer: Kann man das nicht mit dem Käufer vertraglich regeln, statt gleich das Vorkaufsrecht auszuüben?
Dipl.-Ing. Theresa Gruber: Herr Lechner hat eine Abwendungsvereinbarung angeboten, das wäre der Vorschlag der Verwaltung: Wir üben nicht aus, wenn er die Dienstbarkeit für den Fußweg eintragen lässt.
Josef Brandlmeier: Wer ist mit diesem Vorgehen einverstanden, also Verzicht gegen Abwendungsvereinbarung? Ludwig? Ja. Gegenprobe? Keiner. 10 : 0, so beschlossen.
#CLOCK 20:31:00
Josef Brandlmeier: Dann sind wir durch, vielen Dank. Ich schließe die Sitzung um 20:31 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True, [D("Niederschrift vom 22.09.2026", "genehmigt", "Das ist einstimmig, zehn zu null. Genehmigt.",
                                   votes=(10, 0, None), unanimous=True)]),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Abwägung und Billigungsbeschluss (geänderte Fassung)", "angenommen",
                                   "Also mit 9 : 2 Stimmen beschlossen.", votes=(9, 2, None), groups=([], ["Grüne"], []))]),
    I("4.1", AGENDA[3][1], True, [D("Einvernehmen erteilt", "angenommen", "Zehn zu null, das Einvernehmen ist erteilt.",
                                     votes=(10, 0, None), unanimous=True)], bias=["Monika Hierl"]),
    I("4.2", AGENDA[4][1], True, [D("Einvernehmen versagt (Beschlussvorschlag der Verwaltung)", "angenommen",
                                     "Damit ist das Einvernehmen mit 9 : 1 versagt.", votes=(9, 1, None),
                                     note="the proposal to refuse the Einvernehmen is adopted")], bias=["Korbinian Wimmer"]),
    I("4.3", AGENDA[5][1], True, [D("Absetzung (Bauantrag zurückgenommen)", "abgesetzt", "der Punkt ist abgesetzt.")]),
    I("4.4", AGENDA[6][1], True, [D("Isolierte Befreiung Gartenhaus", "angenommen", "Damit mit 8 : 3 Stimmen beschlossen.",
                                     votes=(8, 3, None))]),
    I("5", AGENDA[7][1], True, [D("Empfehlung an den Stadtrat: Änderung der Stellplatzsatzung mit Evaluierung", "angenommen",
                                   "Also drei dagegen, mit 8 : 3 beschlossen.", votes=(8, 3, None),
                                   note="Asenbeck's 'Ich bin dagegen' is his vote (online), counted in the three Nein")]),
    I("6", AGENDA[8][1], True),
    I("7", AGENDA[9][1], False, [D("Vergabe Dachabdichtung", "angenommen", "Einstimmig mit 10 : 0 vergeben.", votes=(10, 0, None), unanimous=True)]),
    I("8", AGENDA[10][1], False, [D("Verzicht auf das Vorkaufsrecht gegen Abwendungsvereinbarung", "angenommen", "10 : 0, so beschlossen.",
                                     votes=(10, 0, None), unanimous=True)]),
]
LATE = [{"name": "Elif Demirci", "top": "3"}]
EARLY = [{"name": "Florian Kastl", "top": "6"}]
SECRETS = ["Dachbau Reithmayr", "214.870 Euro", "Bernhard Lechner", "610.000 Euro", "Flurnummer 1611"]
