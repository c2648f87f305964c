META = dict(id="by-penzberg-stadtrat-2026-10", split="test", land="BY", body="Stadtrat",
            organization="Stadt Penzberg", date="2026-10-27", origin="18:54:00", start="19:00", end="22:06",
            agenda="mismatch", chair="Markus Irlinger",
            agendaNote="agenda.json is the agenda of the Haupt-, Finanz- und Personalausschuss that met earlier on the same day, not of the Stadtrat",
            features=["mismatch agenda (other committee, same day)", "Stadtrat (Bayern), Erster Bürgermeister as chair, Kämmerer and Stadtbaumeister present",
                      "persönliche Beteiligung Art. 49 GO at the item (Stadträtin, Geschäftsführerin of a firm in the Plangebiet)",
                      "TOP 4 and 5 beraten together and voted en bloc ('in einem Aufwasch')",
                      "Geschäftsordnungsantrag auf Vertagung abgelehnt, then main vote with groups",
                      "Bavarian counts 'mit 19 : 4 Stimmen', Gegenprobe with counts, no abstentions", "Bestätigung of the Feuerwehrkommandant",
                      "online member votes by chat", "numbers spoken in words, digits and title-only", "late arrival, early departure (attendance)",
                      "crosstalk, Unknown Speaker, room device voice", "non-public part with mismatch agenda ('Ausschluss der Öffentlichkeit'), Kenntnisnahme there"])
AGENDA_META = dict(slug="penzberg/hfpa", date="2026-10-27", start="17:00", end="18:30", tz="+01:00",
                   name="Sitzung des Haupt-, Finanz- und Personalausschusses", organizationName="Haupt-, Finanz- und Personalausschuss der Stadt Penzberg")
AGENDA = [
    ("1", "Genehmigung der Niederschrift der Sitzung vom 22.09.2026", True),
    ("2", "Haushaltsplan 2027 – Eckwerte und Zeitplan", True),
    ("3", "Zuschussantrag des Trachtenvereins D'Loisachtaler", True),
    ("4", "Beschaffung eines Mehrzweckfahrzeugs für den Bauhof", True),
    ("5", "Personalangelegenheiten", False),
]
_e = "22:06:40"
ATTENDANCE = dict(title="Stadtratssitzung Penzberg", domain="penzberg.example.de", rows=[
    ("Sitzungssaal Rathaus Penzberg", [("18:54:10", "22:07:10")], "Attendee"),
    ("Markus Irlinger", [("18:55:00", "22:06:55")], "Organizer"),
    ("Peter Wurmser", [("18:55:40", _e)], "Presenter"),
    ("Jakob Rauscher", [("18:56:00", _e)], "Presenter"),
    ("Gabriele Neuhauser", [("18:56:30", _e)], "Attendee"),
    ("Thomas Haberl", [("18:56:50", "21:18:30")], "Attendee"),
    ("Hannah Ostler", [("18:57:10", _e)], "Attendee"),
    ("Wolfgang Rieder", [("18:57:30", _e)], "Attendee"),
    ("Martina Fischbacher", [("18:57:50", _e)], "Attendee"),
    ("Veronika Sailer", [("18:58:10", _e)], "Attendee"),
    ("Anton Schöttl", [("19:22:40", _e)], "Attendee"),
])

CUES = """
#CLOCK 18:59:00
Sitzungssaal Rathaus Penzberg: Willkommen. Die Besprechung wird aufgezeichnet und transkribiert.
#CLOCK 19:00:00
Markus Irlinger: Liebe Kolleginnen und Kollegen, ich begrüße euch zur Sitzung des Stadtrats und stelle die ordnungsgemäße Ladung und die Beschlussfähigkeit fest. Anwesend sind 21 Stadtratsmitglieder und ich, die Frau Sailer ist online zugeschaltet. Der Herr Schöttl kommt später.
Markus Irlinger: Tagesordnungspunkt eins, Genehmigung der Niederschrift der letzten Sitzung. Einwendungen? Keine. Wer zustimmt? Das ist einstimmig, 22 : 0.
#CLOCK 19:03:00
Markus Irlinger: Zweitens, Bericht des Bürgermeisters. Ich mach's kurz. Die Bergknappenstraße ist fertig asphaltiert. Die Stadtwerke haben die neue Wärmepumpe im Wellenbad in Betrieb genommen, wir sparen damit etwa 40 Prozent Gas. Und am 14. November ist der Tag der offenen Tür im Bergwerksmuseum, da seid ihr alle eingeladen.
Hannah Ostler: Markus, kurze Frage: Die Bürgerversammlung, wann ist die?
Markus Irlinger: Am 3. Dezember, in der Stadthalle. Einladung kommt.
#CLOCK 19:08:00
Markus Irlinger: Dann die überplanmäßige Ausgabe für das Wellenbad, die Lüftung im Saunabereich. Herr Wurmser.
Peter Wurmser: Danke. Die Lüftungsanlage im Saunabereich ist im August ausgefallen und nicht mehr zu reparieren. Der Ersatz kostet 187.000 Euro, im Haushalt waren 60.000 Euro für Wartung eingeplant. Die Deckung erfolgt aus der Allgemeinen Rücklage.
Wolfgang Rieder: Das Bad ist ein Fass ohne Boden. Jedes Jahr eine neue Überraschung. Wann kommt mal ein Gesamtkonzept?
Peter Wurmser: Das Sanierungskonzept für das Bad wird im Frühjahr vorgestellt. Die Lüftung kann aber nicht warten, sonst bleibt die Sauna über den Winter zu.
Gabriele Neuhauser: Die CSU stimmt zu. Aber wir wollen im Frühjahr echte Zahlen, auch zu einem Neubau.
Thomas Haberl: Ähm, die SPD sieht das ähnlich, wir stimmen zu.
#CLOCK 19:22:00
Markus Irlinger: Dann lasse ich abstimmen. Wer der überplanmäßigen Ausgabe zustimmt? Frau Sailer?
Veronika Sailer: Ich schreib's in den Chat: Ja.
#CLOCK 19:23:10
Anton Schöttl: Servus, bin da.
Markus Irlinger: Servus Toni, du stimmst gleich mit, wir sind mitten in der Abstimmung. Also nochmal: Gegenprobe? Zwei, der Herr Rieder und der Herr Schöttl. Damit mit 21 : 2 beschlossen.
#CLOCK 19:26:00
Markus Irlinger: Die Punkte vier und fünf beraten wir zusammen, das hängt beides an der Kita an der Steigenberger Straße: Punkt vier die Bedarfsplanung, Punkt fünf die Übertragung der Trägerschaft. Herr Wurmser.
Peter Wurmser: Die Bedarfsplanung sieht 72 zusätzliche Krippen- und 50 Kindergartenplätze bis 2029 vor. Für die neue Kita an der Steigenberger Straße schlagen wir als Träger die Evangelische Kirchengemeinde vor, die hat sich im Interessenbekundungsverfahren als einzige mit einem vollständigen Konzept beworben.
Hannah Ostler: Die Grünen hätten gern einen städtischen Träger gehabt. Aber wir sehen, dass das Personal fehlt, das ist einfach realistisch. Wir gehen mit.
Veronika Sailer: Ich hätte eine Frage, hört man mich? Wie hoch ist das jährliche Defizit, das die Stadt trägt?
Peter Wurmser: Wir rechnen mit rund 420.000 Euro im Jahr nach Abzug der staatlichen Förderung.
Wolfgang Rieder: Das ist viel Geld, aber Kinderbetreuung ist Pflicht. Wir sind dafür.
Markus Irlinger: Gibt es jemanden, der getrennt abstimmen will? Nicht. Dann stimmen wir in einem Aufwasch über beide Punkte ab. Wer zustimmt? Die Frau Sailer schreibt Ja. Gegenprobe? Keine. Einstimmig mit 23 : 0 beschlossen.
#CLOCK 19:44:00
Markus Irlinger: Punkt sechs, Antrag der ÖDP auf Tempo 30 in der Karlstraße. Frau Ostler hat das mitunterzeichnet, Herr Schöttl begründet.
Anton Schöttl: Danke. In der Karlstraße liegen die Grundschule, zwei Kitas und das Seniorenheim. Die Messungen zeigen, dass fast ein Drittel schneller als 50 fährt. Seit der Änderung der Straßenverkehrsordnung können wir Tempo 30 an solchen Straßen auch ohne Unfallschwerpunkt beantragen.
Gabriele Neuhauser: Die Karlstraße ist eine Hauptverbindung. Wenn wir da 30 machen, weicht der Verkehr in die Wohnstraßen aus. Ich beantrage, den Antrag zu vertagen, bis die Verkehrszählung vom Frühjahr vorliegt.
Anton Schöttl: Die Zählung vom Frühjahr kommt im Sommer, dann ist wieder ein Schuljahr um.
Thomas Haberl: Ich bin auch gegen die Vertagung, wir haben genug Daten.
Jakob Rauscher: Aus Sicht der Verwaltung: Die Verkehrsbehörde kann auf Grundlage der jetzigen Daten entscheiden, die Zählung würde es absichern, ist aber keine Voraussetzung.
Markus Irlinger: Zuerst der Geschäftsordnungsantrag auf Vertagung. Wer ist dafür? Frau Sailer? Sie schreibt Nein. Also dafür sind acht. Gegenprobe? Fünfzehn. Die Vertagung ist abgelehnt.
Wolfgang Rieder: Dann will ich zum Antrag noch was sagen. Ich wohne da. Die Autos fahren wirklich zu schnell, aber das Problem sind die Lkw von der Baustelle.
Gabriele Neuhauser: Dann müssen die Lkw kontrolliert werden, und nicht alle anderen bestraft.
Hannah Ostler: Tempo 30 ist keine Strafe, das ist Schutz für Kinder.
Unknown Speaker: Bravo!
Markus Irlinger: Bitte keine Zwischenrufe von den Zuhörern. Weitere Wortmeldungen? Nein. Dann der Antrag der ÖDP auf Tempo 30 vor Schule und Kitas in der Karlstraße. Wer stimmt zu? Dafür sind SPD, Grüne, ÖDP und BfP. Die Frau Sailer schreibt Ja. Gegenprobe? Das ist die CSU, sieben. Mit 16 : 7 angenommen.
#CLOCK 20:18:00
Markus Irlinger: Tagesordnungspunkt sieben, Bebauungsplan Gewerbegebiet Nonnenwald, Erweiterung, Aufstellungsbeschluss.
Martina Fischbacher: Da bin ich nach Artikel 49 ausgeschlossen, meine Firma sitzt im Nonnenwald und hat Interesse an einer Erweiterungsfläche angemeldet. Ich geh raus.
Markus Irlinger: Danke, Martina, das nehmen wir so ins Protokoll.
Jakob Rauscher: Die Erweiterung umfasst 6,4 Hektar nördlich der bestehenden Fläche. Derzeit ist das Fichtenforst, der nach dem Borkenkäferbefall ohnehin stark geschädigt ist. Mit dem Aufstellungsbeschluss beginnt das Verfahren, die Umweltprüfung wird den Ausgleich festlegen.
Hannah Ostler: Wald gegen Gewerbe, das ist für uns schwierig. Auch wenn es geschädigter Wald ist. Wir wollen sehen, dass nur produzierendes Gewerbe kommt und keine Logistikhallen.
Jakob Rauscher: Das können wir im Bebauungsplan festsetzen, Ausschluss von Logistik und Einzelhandel.
Gabriele Neuhauser: Die CSU ist klar dafür. Wir haben sechs Anfragen von Penzberger Betrieben, die wachsen wollen und sonst nach Weilheim gehen.
Thomas Haberl: Die SPD ist dafür, wenn Logistik ausgeschlossen ist.
Anton Schöttl: Wir lehnen ab. Die Fläche liegt im Frischluftkorridor für die Innenstadt, das steht im Klimagutachten von 2022.
Jakob Rauscher: Das Gutachten wird im Verfahren natürlich ausgewertet.
Markus Irlinger: Wer stimmt dem Aufstellungsbeschluss zu, mit dem Ausschluss von Logistik und Einzelhandel als Planungsziel? Frau Sailer? Ja. Gegenprobe? Vier. Mit 18 : 4 beschlossen. Martina, du kannst wieder rein.
#CLOCK 20:52:00
Markus Irlinger: Achtens: Bestätigung des neu gewählten Kommandanten der Freiwilligen Feuerwehr Penzberg. Gewählt wurde am 10. Oktober Herr Christian Oberhauser, die Voraussetzungen liegen vor, die Lehrgänge sind nachgewiesen.
Gabriele Neuhauser: Ein guter Mann, der war schon zehn Jahre Stellvertreter.
Markus Irlinger: Wer stimmt der Bestätigung zu? Gegenprobe? Keine. Einstimmig mit 23 : 0 bestätigt. Wir gratulieren.
#CLOCK 20:56:00
Markus Irlinger: Punkt neun, Verschiedenes und Anfragen.
Veronika Sailer: Ich hätte eine Anfrage. Die Parkplätze am Bahnhof sind seit Wochen voll mit Dauerparkern aus dem Umland. Plant die Stadt eine Parkscheibenregelung?
Jakob Rauscher: Das prüfen wir gerade, wir kommen damit in den Bauausschuss im Dezember.
Thomas Haberl: Ich muss leider gleich los, eine Frage noch: Wann kommt die Ausschreibung für den Schulbus?
Peter Wurmser: Im Januar, die Leistungsbeschreibung ist fast fertig.
#CLOCK 21:17:00
Thomas Haberl: Gut, dann schönen Abend noch.
Wolfgang Rieder: Und die Beleuchtung am Fußweg zur Berghalde, ist da was passiert?
Jakob Rauscher: Die Masten stehen, die Leuchten kommen nächste Woche.
#CLOCK 21:26:00
Markus Irlinger: Gut. Jetzt kommt der Ausschluss der Öffentlichkeit. Ich bitte unsere Zuhörer und die Presse, jetzt zu gehen, und stelle das Streaming ab.
#CLOCK 21:29:00
#NP
Sitzungssaal Rathaus Penzberg: Streaming beendet.
Markus Irlinger: So, wir sind unter Ausschluss der Öffentlichkeit. Punkt zehn, eine Personalangelegenheit, Herr Wurmser.
Peter Wurmser: Es geht um die Höhergruppierung der Leiterin des Bürgerbüros, Frau Renate Tischler, von Entgeltgruppe 9b nach 10, nach der neuen Stellenbewertung durch den Kommunalen Arbeitgeberverband.
Gabriele Neuhauser: Die Bewertung war ja überfällig. Wir sind dafür.
Markus Irlinger: Wer stimmt zu? Gegenprobe? Keine. Mit 22 : 0 beschlossen.
#CLOCK 21:45:00
Markus Irlinger: Punkt elf, Information über den Stand der Verhandlungen zum Grundstück an der Seeshaupter Straße.
Peter Wurmser: Die Erbengemeinschaft Mayrhofer verlangt inzwischen 2,85 Millionen Euro für die drei Hektar. Unser Wertgutachten liegt bei 2,1 Millionen. Wir verhandeln weiter, ein Beschluss ist heute nicht nötig.
Anton Schöttl: Bitte nicht über den Verkehrswert gehen, das kritisiert sonst der Kommunale Prüfungsverband.
Markus Irlinger: Dann nehmen wir das zur Kenntnis und berichten im Dezember wieder.
#CLOCK 22:05:30
Markus Irlinger: Vielen Dank an alle, ich schließe die Sitzung um 22:06 Uhr.
"""

ITEMS = [
    I("1", "Genehmigung der Niederschrift der letzten Sitzung", True, [
        D("Niederschrift der letzten Sitzung", "genehmigt", "Das ist einstimmig, 22 : 0.", votes=(22, 0, None), unanimous=True)], spoken=True),
    I("2", "Bericht des Bürgermeisters", True, spoken=True),
    I("3", "Überplanmäßige Ausgabe für die Lüftung im Saunabereich des Wellenbads", True, [
        D("Überplanmäßige Ausgabe 187.000 Euro", "angenommen", "Damit mit 21 : 2 beschlossen.", votes=(21, 2, None))],
      spoken=False, note="called by title only; number = running position"),
    I("4", "Kita Steigenberger Straße: Bedarfsplanung", True, [
        D("Bedarfsplanung (en bloc mit Punkt 5)", "angenommen", "Einstimmig mit 23 : 0 beschlossen.", votes=(23, 0, None), unanimous=True)],
      spoken=True, note="beraten together with Punkt 5"),
    I("5", "Kita Steigenberger Straße: Übertragung der Trägerschaft", True, [
        D("Trägerschaft Evangelische Kirchengemeinde (en bloc mit Punkt 4)", "angenommen", "Einstimmig mit 23 : 0 beschlossen.",
          votes=(23, 0, None), unanimous=True)], spoken=True, note="beraten together with Punkt 4"),
    I("6", "Antrag der ÖDP: Tempo 30 in der Karlstraße", True, [
        D("Geschäftsordnungsantrag auf Vertagung", "abgelehnt", "Die Vertagung ist abgelehnt.", votes=(8, 15, None)),
        D("Antrag der ÖDP auf Tempo 30", "angenommen", "Mit 16 : 7 angenommen.", votes=(16, 7, None),
          groups=(["SPD", "Grüne", "ÖDP", "BfP"], ["CSU"], []))], spoken=True),
    I("7", "Bebauungsplan Gewerbegebiet Nonnenwald, Erweiterung – Aufstellungsbeschluss", True, [
        D("Aufstellungsbeschluss mit Ausschluss von Logistik und Einzelhandel", "angenommen", "Mit 18 : 4 beschlossen.", votes=(18, 4, None))],
      bias=["Martina Fischbacher"], spoken=True),
    I("8", "Bestätigung des Kommandanten der Freiwilligen Feuerwehr Penzberg", True, [
        D("Bestätigung des Kommandanten", "angenommen", "Einstimmig mit 23 : 0 bestätigt.", votes=(23, 0, None), unanimous=True)], spoken=True),
    I("9", "Verschiedenes und Anfragen", True, spoken=True),
    I("10", "Personalangelegenheit", False, [D("Höhergruppierung", "angenommen", "Mit 22 : 0 beschlossen.", votes=(22, 0, None), unanimous=True)],
      spoken=True),
    I("11", "Information über Grundstücksverhandlungen", False, [
        D("Bericht zu den Grundstücksverhandlungen", "zur Kenntnis genommen", "Dann nehmen wir das zur Kenntnis und berichten im Dezember wieder.")],
      spoken=True),
]
LATE = [{"name": "Anton Schöttl", "top": "3"}]
EARLY = [{"name": "Thomas Haberl", "top": "9"}]
SECRETS = ["Renate Tischler", "Entgeltgruppe 9b", "Mayrhofer", "2,85 Millionen Euro", "2,1 Millionen"]
