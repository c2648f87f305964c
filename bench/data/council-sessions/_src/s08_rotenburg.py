META = dict(id="nds-lk-rotenburg-schulausschuss-2026-02", split="test", land="NDS",
            body="Ausschuss für Schule und Kultur des Kreistages", organization="Landkreis Rotenburg (Wümme)",
            date="2026-02-26", origin="14:57:15", start="15:00", end="16:38", agenda="mismatch",
            agendaNote="agenda.json is the agenda of the Ausschuss für Jugend, Familie und Soziales of the same Landkreis on the same day (17:00); same item count and layout, different titles",
            chair="Hinrich Meyerhoff",
            features=["mismatch agenda (wrong committee, same date)", "Kreistag-Ausschuss", "Gegenprobe count = no",
                      "online member asked individually", "Mitwirkungsverbot § 41 NKomVG at item (Dr. ...)",
                      "Wahl (ist gewählt)", "Vertagung", "hat zur Kenntnis genommen", "late arrival", "early departure",
                      "non-public part without matching agenda", "Anfragen without decision", "Niederschrift genehmigt"])

AGENDA_META = dict(slug="lk-rotenburg/ausschuss-jugend-familie-soziales", date="2026-02-26", start="17:00", end="19:00",
                   name="Sitzung des Ausschusses für Jugend, Familie und Soziales", organizationName="Ausschuss für Jugend, Familie und Soziales")
AGENDA = [
    ("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True),
    ("2", "Genehmigung des Protokolls über die Sitzung vom 20.11.2025", True),
    ("3", "Bericht zur Jugendhilfeplanung 2026", True),
    ("4", "Kindertagesstättenbedarfsplanung 2026/2027 (Vorlage 2026/0117)", True),
    ("5", "Benennung eines Mitglieds für den Beirat des Frauenhauses", True),
    ("6", "Antrag der Gruppe SPD/Grüne: Ausbau der Schulsozialarbeit", True),
    ("7", "Anfragen", True),
    ("8", "Vergabe von Leistungen der Eingliederungshilfe (Vorlage 2026/0121)", False),
]

ATTENDANCE = dict(domain="lk-row.de", title="Ausschuss für Schule und Kultur", rows=[
    ("Hinrich Meyerhoff", [("14:56:40", "16:38:50")], "Organizer"),
    ("Dr. Anke Riebesell", [("14:58:10", "16:38:30")], "Attendee"),
    ("Jens Tiedemann", [("14:59:05", "16:38:30")], "Attendee"),
    ("Sönke Lühmann", [("14:58:30", "16:38:30")], "Attendee"),
    ("Marlies Gerdes", [("15:24:50", "16:38:30")], "Attendee"),
    ("Frauke Bahrenburg", [("14:58:45", "16:05:10")], "Attendee"),
    ("Ole Klindworth", [("14:57:00", "16:38:40")], "Presenter"),
    ("Kreishaus Sitzungssaal", [("14:55:30", "16:39:00")], "Attendee"),
])

CUES = """
#CLOCK 14:59:50
Hinrich Meyerhoff: Moin zusammen. Ich eröffne die Sitzung des Ausschusses für Schule und Kultur, es ist 15 Uhr. Zur Ladung gibt es keine Einwände, wir sind beschlussfähig. Herr Tiedemann ist online dabei.
Jens Tiedemann: Moin, ja, ich bin zugeschaltet.
Hinrich Meyerhoff: Punkt 2, das Protokoll vom 13. November. Wer ist dafür? Danke. Gegenprobe? Keine. Enthaltungen? Zwei. Damit ist das Protokoll genehmigt.
Hinrich Meyerhoff: Punkt 3, Schulentwicklungsplanung, der Sachstand zur Oberschule Zeven. Herr Klindworth.
Ole Klindworth: Danke. Die Anmeldezahlen für den fünften Jahrgang liegen bei 118, damit ist die Oberschule ab Sommer fünfzügig. Wir brauchen ab 2027 zusätzliche Räume, ein Vorschlag kommt in der nächsten Sitzung.
Sönke Lühmann: Können die Container vom Gymnasium weiter genutzt werden?
Ole Klindworth: Das prüfen wir gerade, die Statik ist allerdings grenzwertig.
Hinrich Meyerhoff: Danke. Der Ausschuss hat den Bericht zur Kenntnis genommen.
#CLOCK 15:25:30
Hinrich Meyerhoff: Ich begrüße Frau Gerdes, die jetzt dazugekommen ist. Wir sind bei Punkt 4, Erweiterung der BBS Rotenburg, das Raumprogramm.
Dr. Anke Riebesell: Herr Vorsitzender, ich bin Schulleiterin der BBS. Für mich gilt hier das Mitwirkungsverbot, ich nehme an Beratung und Abstimmung nicht teil und setze mich nach hinten.
Hinrich Meyerhoff: Danke Frau Dr. Riebesell, das wird so protokolliert. Herr Klindworth.
Ole Klindworth: Das Raumprogramm sieht zwölf zusätzliche Unterrichtsräume und zwei Werkstätten für die Pflegeausbildung vor. Die Kosten werden auf 14,6 Millionen Euro geschätzt.
Frauke Bahrenburg: Das ist viel Geld, aber die Pflegeausbildung brauchen wir dringend. Meine Fraktion ist in Teilen skeptisch.
Hinrich Meyerhoff: Wir stimmen ab. Wer dem Raumprogramm zustimmt, den bitte ich um das Handzeichen. Wer ist dafür? Danke. Gegenprobe? Drei. Enthaltungen? Keine.
Hinrich Meyerhoff: Herr Tiedemann, Sie sind online, wie stimmen Sie?
Jens Tiedemann: Ich stimme dafür.
Hinrich Meyerhoff: Danke. Damit ist dem Raumprogramm zugestimmt. Frau Dr. Riebesell kann wieder an den Tisch.
Hinrich Meyerhoff: Punkt 5, die Wahl eines Vertreters des Ausschusses in den Beirat der Kreismusikschule. Vorgeschlagen ist Herr Lühmann. Weitere Vorschläge? Keine.
Hinrich Meyerhoff: Wer stimmt für Herrn Lühmann? Das ist einstimmig. Herr Lühmann ist gewählt. Nehmen Sie die Wahl an?
Sönke Lühmann: Ja, ich nehme an, vielen Dank.
#CLOCK 16:02:00
Hinrich Meyerhoff: Punkt 6, der Antrag der Gruppe SPD/Grüne zur Schulbegleitung im Schülerverkehr.
Frauke Bahrenburg: Wir wollen dass in den Schulbussen auf den langen Linien Schulbusbegleiter eingesetzt werden. Die Verwaltung hat aber noch keine Kostenschätzung, deshalb bitten wir um Vertagung.
Hinrich Meyerhoff: Gibt es Widerspruch? Nein. Dann vertagen wir das in die nächste Sitzung.
Frauke Bahrenburg: Und ich muss jetzt leider los, ich hab um halb fünf noch einen Termin in Bremervörde. Tschüss.
Hinrich Meyerhoff: Tschüss Frau Bahrenburg. Punkt 7, Anfragen. Frau Gerdes.
Marlies Gerdes: Ähm wie viele Schulen haben inzwischen einen Glasfaseranschluss? In Sittensen wird immer noch geklagt.
Ole Klindworth: 31 von 36 Schulen, Sittensen ist für Mai eingeplant.
Hinrich Meyerhoff: Weitere Anfragen sehe ich nicht. Wir kommen zum nichtöffentlichen Teil, ich bitte die Zuhörerinnen und Zuhörer, den Saal zu verlassen.
#CLOCK 16:20:00
#NP
Hinrich Meyerhoff: Punkt 8, die Vergabe der Unterhaltsreinigung für die Kreisschulen. Herr Klindworth.
Ole Klindworth: Wirtschaftlichstes Angebot ist das der Gebäudedienste Wilkens GmbH mit 438.900 Euro jährlich. Zweitplatziert war Clean-Tec Nord mit 471.200 Euro.
Sönke Lühmann: Hat Wilkens schon Erfahrung mit Schulen?
Ole Klindworth: Ja, die reinigen seit drei Jahren die Schulen im Landkreis Stade.
Hinrich Meyerhoff: Wer ist für die Vergabe an die Firma Wilkens? Einstimmig, auch Herr Tiedemann online. Danke.
#CLOCK 16:37:40
Hinrich Meyerhoff: Dann bedanke ich mich, die Sitzung ist geschlossen. 16:38 Uhr.
"""

ITEMS = [
    I("1", "Eröffnung", True),
    I("2", "Genehmigung des Protokolls vom 13. November", True,
      [D("Protokoll vom 13.11.2025", "genehmigt", "Damit ist das Protokoll genehmigt.", votes=(None, 0, 2))]),
    I("3", "Schulentwicklungsplanung: Sachstand Oberschule Zeven", True,
      [D("Bericht", "zur Kenntnis genommen", "Der Ausschuss hat den Bericht zur Kenntnis genommen.")]),
    I("4", "Erweiterung der BBS Rotenburg: Raumprogramm", True,
      [D("Raumprogramm", "angenommen", "Damit ist dem Raumprogramm zugestimmt.", votes=(None, 3, 0))],
      bias=["Dr. Anke Riebesell"]),
    I("5", "Wahl eines Vertreters des Ausschusses in den Beirat der Kreismusikschule", True,
      [D("Wahl von Sönke Lühmann", "gewählt", "Herr Lühmann ist gewählt.", unanimous=True)]),
    I("6", "Antrag der Gruppe SPD/Grüne: Schulbegleitung im Schülerverkehr", True,
      [D("Vertagung in die nächste Sitzung", "vertagt", "Dann vertagen wir das in die nächste Sitzung.")]),
    I("7", "Anfragen", True),
    I("8", "Vergabe der Unterhaltsreinigung für die Kreisschulen", False,
      [D("Vergabe an die Gebäudedienste Wilkens GmbH", "angenommen", "Einstimmig, auch Herr Tiedemann online.", unanimous=True)]),
]
LATE = [{"name": "Marlies Gerdes", "top": "4"}]
EARLY = [{"name": "Frauke Bahrenburg", "top": "6"}]
SECRETS = ["Wilkens", "438.900 Euro", "Clean-Tec Nord", "471.200 Euro"]
