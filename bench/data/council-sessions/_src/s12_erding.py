META = dict(id="by-lkr-erding-umweltausschuss-2026-03", split="test", land="BY",
            body="Ausschuss für Umwelt, Kreisentwicklung und Energie des Kreistags", organization="Landkreis Erding",
            date="2026-03-16", origin="13:57:50", start="14:00", end=None, agenda="none",
            chair="Martina Holzner",
            features=["no agenda", "Kreistag-Ausschuss", "early persönliche Beteiligung (Kreisrat) for a later TOP",
                      "sub-items 4.1/4.2 spoken", "separate votes Ziffer 1 (angenommen) and Ziffer 2 (abgelehnt)",
                      "Bavarian votes 'mit 9 zu 2 Stimmen'", "hat Kenntnis genommen", "erledigt", "early departure",
                      "Ich schließe den öffentlichen Teil", "closing without time (end from timeline)", "Anfragen without decision",
                      "Niederschrift genehmigt", "Unknown Speaker"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 13:59:20
Unknown Speaker: Frau Landrätin, Sie sind noch stumm. Jetzt.
Martina Holzner: Danke. Ich begrüße Sie zur Sitzung des Ausschusses für Umwelt, Kreisentwicklung und Energie. Es ist 14 Uhr, ich eröffne die Sitzung. Die Ladung war ordnungsgemäß, der Ausschuss ist beschlussfähig.
Martina Holzner: Herr Kreisrat Oberprieler hat sich vorab gemeldet.
Sebastian Oberprieler: Ja, danke. Ich zeige gleich vorab an, dass ich beim Energienutzungsplan, also Punkt 4.2, persönlich beteiligt bin. Mein Ingenieurbüro hat sich an der Ausschreibung beteiligt. Ich werde an der Beratung und Abstimmung nicht teilnehmen.
Martina Holzner: Danke, das ist so vermerkt. Punkt 1, die Niederschrift der letzten Sitzung vom 26. Januar. Einwände? Keine. Wer stimmt zu? Einstimmig genehmigt.
Martina Holzner: Punkt 2, der Bericht der Abfallwirtschaft über das Jahr 2025. Herr Wandinger.
Peter Wandinger: Danke. Die Restmüllmenge ist auf 118 Kilogramm pro Einwohner gesunken, die Wertstoffhöfe hatten 312.000 Besuche. Der Grüngutplatz in Wartenberg wird im Sommer erweitert.
Kathrin Ostermeier: Wie sieht es mit den wilden Ablagerungen an den Containerstandorten aus?
Peter Wandinger: Leider steigend, wir prüfen Kameras an zwei Standorten.
Martina Holzner: Danke Herr Wandinger. Der Ausschuss hat Kenntnis genommen.
#CLOCK 14:28:00
Martina Holzner: Punkt 3, der Antrag der ÖDP-Fraktion zu Blühflächen entlang der Kreisstraßen.
Peter Wandinger: Der Kreisbauhof hat die Mahd an den Kreisstraßen bereits im letzten Jahr umgestellt, an 42 Kilometern werden die Bankette nur noch zweimal jährlich gemäht und mit Regiosaatgut angesät.
Kathrin Ostermeier: Das ist genau das, was wir wollten. Danke dafür.
Martina Holzner: Dann ist der Antrag damit erledigt.
Martina Holzner: Punkt 4, Klimaschutz. Zunächst 4.1 die Fortschreibung des Klimaschutzkonzepts. Wir stimmen getrennt ab.
Peter Wandinger: Ziffer 1 ist die Fortschreibung mit dem Ziel Klimaneutralität der Kreisverwaltung bis 2035. Ziffer 2 ist die Schaffung einer zusätzlichen Stelle Klimaschutzmanagement ab 2027.
Johann Gruber: Ziffer 1 tragen wir mit. Eine zusätzliche Stelle lehnen wir bei der Haushaltslage ab.
Martina Holzner: Dann Ziffer 1. Wer ist dafür? Das ist einstimmig, Ziffer 1 ist angenommen.
Martina Holzner: Ziffer 2. Wer ist dafür? Fünf. Dagegen? Sieben. Damit ist Ziffer 2 mit 5 zu 7 Stimmen abgelehnt.
#CLOCK 15:02:00
Martina Holzner: Dann 4.2, der Förderantrag für den Energienutzungsplan. Herr Oberprieler hat sich wie angekündigt in den Zuhörerbereich gesetzt.
Peter Wandinger: Die Förderquote liegt bei 70 Prozent. Wir bitten um den Beschluss, den Förderantrag zu stellen und den Eigenanteil von 36.000 Euro im Haushalt 2027 einzuplanen.
Johann Gruber: Da ist das Verhältnis aus Kosten und Nutzen aus unserer Sicht nicht gegeben.
Martina Holzner: Wer ist dafür? Neun. Dagegen? Zwei. Mit 9 zu 2 Stimmen angenommen. Herr Oberprieler, Sie können wieder Platz nehmen.
Kathrin Ostermeier: Frau Landrätin, ich muss mich entschuldigen, ich muss zum Kindergarten.
Martina Holzner: Ja freilich, danke.
Martina Holzner: Punkt 5, Anfragen. Herr Gruber.
Johann Gruber: Wann kommt die Radwegverbindung nach Moosinning?
Peter Wandinger: Die Grunderwerbsverhandlungen laufen noch, vor 2027 wird das nichts.
Martina Holzner: Weitere Anfragen sehe ich nicht. Ich schließe den öffentlichen Teil. Ich bitte die Zuhörer, den Saal zu verlassen.
#CLOCK 15:25:00
#NP
Martina Holzner: Punkt 6, Vergabe der Ingenieurleistungen für die Sanierung der Deponie Eitting.
Peter Wandinger: Den Zuschlag soll das Ingenieurbüro Grasegger Umwelttechnik erhalten, mit einem Honorar von 318.600 Euro. Das Angebot lag 14 Prozent unter dem Zweitplatzierten.
Johann Gruber: Passt.
Martina Holzner: Wer ist dafür? Einstimmig. Danke.
#CLOCK 15:38:20
Martina Holzner: Damit sind wir am Ende. Ich danke Ihnen, die Sitzung ist geschlossen.
"""

ITEMS = [
    I("1", "Genehmigung der Niederschrift der Sitzung vom 26. Januar", True,
      [D("Niederschrift vom 26.01.2026", "genehmigt", "Einstimmig genehmigt.", unanimous=True)], spoken=True),
    I("2", "Bericht der Abfallwirtschaft über das Jahr 2025", True,
      [D("Bericht", "zur Kenntnis genommen", "Der Ausschuss hat Kenntnis genommen.")], spoken=True),
    I("3", "Antrag der ÖDP-Fraktion: Blühflächen entlang der Kreisstraßen", True,
      [D("Antrag der ÖDP-Fraktion", "erledigt", "Dann ist der Antrag damit erledigt.")], spoken=True),
    I("4.1", "Fortschreibung des Klimaschutzkonzepts", True, [
        D("Ziffer 1: Fortschreibung, Klimaneutralität der Kreisverwaltung bis 2035", "angenommen",
          "Das ist einstimmig, Ziffer 1 ist angenommen.", unanimous=True),
        D("Ziffer 2: zusätzliche Stelle Klimaschutzmanagement ab 2027", "abgelehnt",
          "Damit ist Ziffer 2 mit 5 zu 7 Stimmen abgelehnt.", votes=(5, 7, None)),
    ], spoken=True),
    I("4.2", "Förderantrag Energienutzungsplan", True,
      [D("Förderantrag und Eigenanteil", "angenommen", "Mit 9 zu 2 Stimmen angenommen.", votes=(9, 2, None))],
      bias=["Sebastian Oberprieler"], spoken=True, note="persönliche Beteiligung declared at the start of the session"),
    I("5", "Anfragen", True, spoken=True),
    I("6", "Vergabe der Ingenieurleistungen für die Sanierung der Deponie Eitting", False,
      [D("Vergabe Ingenieurleistungen", "angenommen", "Wer ist dafür? Einstimmig.", unanimous=True)], spoken=True),
]
LATE = []
EARLY = [{"name": "Kathrin Ostermeier", "top": "4.2"}]
SECRETS = ["Grasegger", "318.600 Euro", "14 Prozent unter dem Zweitplatzierten"]
