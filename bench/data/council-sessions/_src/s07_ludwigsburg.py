META = dict(id="bw-ludwigsburg-bauausschuss-2026-03", split="dev", land="BW",
            body="Ausschuss für Bauen, Technik und Umwelt", organization="Stadt Ludwigsburg",
            date="2026-03-19", origin="16:58:20", start="17:00", end="18:47", agenda="matching",
            chair="Dr. Claudia Reinhold",
            features=["formal chair", "Zu 5: / Zu 7: calling", "electronic voting (Ergebnis auf der Anzeige)",
                      "separate votes Ziffer 1 and Ziffer 2", "Ich zeige meine Befangenheit an (Stadträtin, § 18 GemO)",
                      "bei einer Gegenstimme", "Antrag abgelehnt", "Bekanntgaben without decision",
                      "non-public with agenda", "Anfragen without decision"])

AGENDA_META = dict(slug="ludwigsburg/ausschuss-bauen-technik-umwelt", date="2026-03-19", start="17:00", end="19:30",
                   name="Sitzung des Ausschusses für Bauen, Technik und Umwelt", organizationName="Ausschuss für Bauen, Technik und Umwelt")
AGENDA = [
    ("1", "Bekanntgaben", True),
    ("2", "Sanierung des Hallenbads: Baubeschluss (Vorlage 045/26)", True),
    ("3", "Bebauungsplan „Fuchshof II“: Satzungsbeschluss (Vorlage 051/26)", True),
    ("4", "Antrag der Fraktion Freie Wähler: Parkraumkonzept Innenstadt", True),
    ("5", "Vergabe der Straßenbauarbeiten Schlossstraße, 2. Bauabschnitt (Vorlage 058/26)", True),
    ("6", "Baugesuch: Umbau Wohn- und Geschäftshaus Myliusstraße 9", True),
    ("7", "Anfragen", True),
    ("8", "Grundstücksangelegenheit: Ausübung eines Vorkaufsrechts (Vorlage 060/26)", False),
    ("9", "Rechtsangelegenheit: Vergleich in einem Bauvertragsstreit (Vorlage 061/26)", False),
]
ATTENDANCE = None

CUES = """
#CLOCK 17:00:05
Dr. Claudia Reinhold: Meine Damen und Herren, ich eröffne die öffentliche Sitzung des Ausschusses für Bauen, Technik und Umwelt. Ich stelle fest, dass ordnungsgemäß eingeladen wurde und das Gremium beschlussfähig ist.
Dr. Claudia Reinhold: Punkt 1, Bekanntgaben. Die Baustelle am Arsenalplatz wird ab 6. April eingerichtet, die Bushaltestelle wird um 50 Meter verlegt. Weitere Bekanntgaben habe ich nicht.
Dr. Claudia Reinhold: Punkt 2, Sanierung des Hallenbads, Baubeschluss. Herr Kienzle stellt die Planung vor.
Achim Kienzle: Danke. Die Variante A umfasst die Sanierung der Technik und des Daches und ein neues Lehrschwimmbecken, Kosten 18,4 Millionen Euro. Baubeginn wäre im Herbst 2026.
Renate Schäfer-Brodbeck: Die Grünen tragen die Variante A mit, wir hätten uns mehr Photovoltaik gewünscht.
Holger Pfisterer: Die Summe ist enorm, zwei aus unserer Fraktion werden dagegen stimmen.
Dr. Claudia Reinhold: Wir stimmen getrennt ab. Zunächst Ziffer 1, der Baubeschluss für Variante A. Bitte stimmen Sie jetzt elektronisch ab.
Dr. Claudia Reinhold: Das Ergebnis auf der Anzeige: 14 Ja, 2 Nein, 1 Enthaltung. Damit ist Ziffer 1 angenommen.
Dr. Claudia Reinhold: Ziffer 2, die Verwaltung wird beauftragt, Fördermittel aus dem Programm Sportstättenförderung zu beantragen. Bitte abstimmen.
Dr. Claudia Reinhold: 17 Ja, keine Gegenstimmen, keine Enthaltungen. Ziffer 2 ist einstimmig angenommen.
#CLOCK 17:38:00
Dr. Claudia Reinhold: Punkt 3, Bebauungsplan Fuchshof II, Satzungsbeschluss.
Stefanie Mauch: Frau Bürgermeisterin, ich zeige meine Befangenheit an, meine Familie besitzt ein Grundstück im Plangebiet. Ich setze mich in den Zuhörerbereich.
Dr. Claudia Reinhold: Danke, Stadträtin Mauch ist befangen und nimmt an Beratung und Abstimmung nicht teil. Gibt es Wortmeldungen? Herr Pfisterer.
Holger Pfisterer: Nur kurz, die Lärmschutzwand zur Bahn, ist die jetzt im Plan drin?
Achim Kienzle: Ja, als Festsetzung mit 4 Metern Höhe.
Dr. Claudia Reinhold: Dann bitte abstimmen. 15 Ja, 1 Nein, keine Enthaltung. Der Satzungsbeschluss ist bei einer Gegenstimme gefasst.
Dr. Claudia Reinhold: Frau Mauch kann wieder an den Tisch kommen. Punkt 4, der Antrag der Freien Wähler zum Parkraumkonzept.
Holger Pfisterer: Wir beantragen dass die Parkgebühren in der Innenstadt für die erste halbe Stunde entfallen, um den Einzelhandel zu stärken.
Renate Schäfer-Brodbeck: Das kostet rund 300.000 Euro im Jahr und widerspricht dem Klimamobilitätsplan. Wir lehnen ab.
Dr. Claudia Reinhold: Bitte abstimmen. Das Ergebnis: 5 Ja, 11 Nein, 1 Enthaltung. Der Antrag ist damit abgelehnt.
Dr. Claudia Reinhold: Zu 5: Vergabe der Straßenbauarbeiten Schlossstraße. Der günstigste Bieter liegt bei 2,3 Millionen Euro, 6 Prozent unter der Kostenberechnung.
Dr. Claudia Reinhold: Gibt es Fragen? Das ist nicht der Fall. Abstimmen bitte. 17 Ja. Einstimmig so beschlossen.
Dr. Claudia Reinhold: Punkt 6, Baugesuch Myliusstraße 9. Der Bauherr möchte das Dachgeschoss ausbauen und zwei Gauben errichten, das Einvernehmen kann erteilt werden.
Dr. Claudia Reinhold: Abstimmung bitte. 16 Ja, 1 Enthaltung. Das Einvernehmen ist erteilt.
#CLOCK 18:15:00
Dr. Claudia Reinhold: Zu 7: Anfragen. Frau Schäfer-Brodbeck.
Renate Schäfer-Brodbeck: Wie ist der Stand bei den Ladesäulen im Parkhaus Marstall? Die sind seit Wochen außer Betrieb.
Achim Kienzle: Da fehlt ein Ersatzteil, wir rechnen mit Ende April.
Dr. Claudia Reinhold: Damit ist der öffentliche Teil beendet. Ich bitte die Zuhörer, den Saal zu verlassen. Wir machen nach einer kurzen Umbaupause nichtöffentlich weiter.
#CLOCK 18:25:00
#NP
Dr. Claudia Reinhold: Punkt 8, Ausübung eines Vorkaufsrechts. Herr Kienzle.
Achim Kienzle: Das Grundstück Solitudestraße 48 ist an einen Investor verkauft worden, Kaufpreis 1,15 Millionen Euro. Verkäuferin ist Frau Gerlinde Maier-Wörz. Wir empfehlen die Ausübung des Vorkaufsrechts für die Erweiterung der Kita.
Stefanie Mauch: Ist das Geld im Haushalt vorhanden?
Achim Kienzle: Ja, aus dem Ansatz für Grunderwerb.
Dr. Claudia Reinhold: Bitte abstimmen. 16 Ja, 1 Nein. Das Vorkaufsrecht wird ausgeübt.
Dr. Claudia Reinhold: Punkt 9, Vergleich im Rechtsstreit mit der Bauunternehmung Härle wegen der Mängel an der Tiefgarage Bärenwiese. Vorgeschlagen ist eine Vergleichssumme von 86.000 Euro zugunsten der Stadt.
Holger Pfisterer: Das ist deutlich weniger als der Schaden.
Achim Kienzle: Das Gericht hat den Vergleich vorgeschlagen, bei einem Urteil wäre das Prozessrisiko erheblich.
Dr. Claudia Reinhold: Bitte abstimmen. 13 Ja, 2 Nein, 2 Enthaltungen. Der Vergleich ist angenommen.
#CLOCK 18:46:40
Dr. Claudia Reinhold: Vielen Dank, ich schließe die Sitzung. Es ist 18:47 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [
        D("Ziffer 1: Baubeschluss Variante A", "angenommen", "Das Ergebnis auf der Anzeige: 14 Ja, 2 Nein, 1 Enthaltung.", votes=(14, 2, 1)),
        D("Ziffer 2: Beantragung von Fördermitteln", "angenommen", "Ziffer 2 ist einstimmig angenommen.", votes=(17, 0, 0), unanimous=True),
    ]),
    I("3", AGENDA[2][1], True, [D("Satzungsbeschluss Vorlage 051/26", "angenommen",
                                  "Der Satzungsbeschluss ist bei einer Gegenstimme gefasst.", votes=(15, 1, 0))], bias=["Stefanie Mauch"]),
    I("4", AGENDA[3][1], True, [D("Antrag der Fraktion Freie Wähler", "abgelehnt", "Der Antrag ist damit abgelehnt.", votes=(5, 11, 1))]),
    I("5", AGENDA[4][1], True, [D("Vergabe Vorlage 058/26", "angenommen", "Einstimmig so beschlossen.", votes=(17, None, None), unanimous=True)]),
    I("6", AGENDA[5][1], True, [D("Einvernehmen zum Baugesuch", "angenommen", "Das Einvernehmen ist erteilt.", votes=(16, None, 1))]),
    I("7", AGENDA[6][1], True),
    I("8", AGENDA[7][1], False, [D("Ausübung des Vorkaufsrechts", "angenommen", "Das Vorkaufsrecht wird ausgeübt.", votes=(16, 1, None))]),
    I("9", AGENDA[8][1], False, [D("Vergleich", "angenommen", "Der Vergleich ist angenommen.", votes=(13, 2, 2))]),
]
LATE = []
EARLY = []
SECRETS = ["Solitudestraße 48", "1,15 Millionen Euro", "Gerlinde Maier-Wörz", "Härle", "86.000 Euro", "Bärenwiese"]
