META = dict(id="nrw-krefeld-stadtentwicklung-2026-03", split="dev", land="NRW",
            body="Ausschuss für Stadtentwicklung, Bauen und Wohnen", organization="Stadt Krefeld",
            date="2026-03-12", origin="17:00:48", start="17:02", end="18:21", agenda="matching",
            chair="Dr. Monika Hoffmann",
            features=["formal chair", "Ich rufe Tagesordnungspunkt N auf", "Wir kommen zu TOP 4 a", "sub-items 4a/4b",
                      "Niederschrift genehmigt", "Gegenprobe count = no", "vote by groups", "Verweisung Hauptausschuss",
                      "Befangenheit at item (§ 31 GO NRW)", "Änderungsantrag abgelehnt then Vorlage angenommen",
                      "late arrival", "early departure", "non-public with agenda", "room device voice", "Unknown Speaker"])

AGENDA_META = dict(slug="krefeld/ausschuss-stadtentwicklung", date="2026-03-12", start="17:00", end="20:00",
                   name="12. Sitzung des Ausschusses für Stadtentwicklung, Bauen und Wohnen",
                   organizationName="Ausschuss für Stadtentwicklung, Bauen und Wohnen")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit", True),
    ("2", "Genehmigung der Niederschrift über die 11. Sitzung vom 05.02.2026", True),
    ("3", "Mitteilungen der Verwaltung", True),
    ("4a", "Bebauungsplan Nr. 842 – Fischeln-Süd –: Aufstellungsbeschluss (Vorlage 1123/26)", True),
    ("4b", "Bebauungsplan Nr. 842 – Fischeln-Süd –: Frühzeitige Beteiligung der Öffentlichkeit (Vorlage 1124/26)", True),
    ("5", "Antrag der SPD-Fraktion: Quote für geförderten Wohnungsbau bei städtischen Grundstücken", True),
    ("6", "Vorhabenbezogener Bebauungsplan Nr. 851 – Uerdinger Straße –: Satzungsbeschluss (Vorlage 1130/26)", True),
    ("7", "Anfragen", True),
    ("8", "Grundstücksangelegenheit: Ankauf einer Teilfläche (Vorlage 1135/26)", False),
    ("9", "Vergabe von Planungsleistungen: Machbarkeitsstudie Bahnhofsumfeld (Vorlage 1137/26)", False),
]

ATTENDANCE = dict(domain="krefeld.de", title="Ausschuss für Stadtentwicklung, Bauen und Wohnen – 12. Sitzung", rows=[
    ("Dr. Monika Hoffmann", [("17:00:31", "18:21:40")], "Organizer"),
    ("Heinz-Dieter Kämper", [("17:00:40", "18:21:35")], "Attendee"),
    ("Sabine Weller", [("17:00:52", "18:21:35")], "Attendee"),
    ("Yusuf Arslan", [("17:01:03", "18:21:35")], "Attendee"),
    ("Ingrid Baumann", [("17:01:10", "18:21:35")], "Attendee"),
    ("Tobias Renner", [("17:01:15", "18:04:12")], "Attendee"),
    ("Lea Schmitz", [("17:29:44", "18:21:35")], "Attendee"),
    ("Gerd Hülsmann", [("17:00:59", "18:21:35")], "Attendee"),
    ("Karin Stappen", [("17:01:20", "18:21:35")], "Attendee"),
    ("Markus Linden", [("17:00:35", "18:21:38")], "Presenter"),
    ("Petra Dahmen", [("17:00:20", "18:21:41")], "Presenter"),
    ("Raum A 1.20", [("16:58:02", "18:21:44")], "Attendee"),
])

CUES = """
#CLOCK 17:01:20
Unknown Speaker: Hört man mich? Äh ja ich glaub das Mikro ist jetzt an.
Raum A 1.20: Test. Ja man hört Sie.
#CLOCK 17:02:04
Dr. Monika Hoffmann: Meine Damen und Herren liebe Kolleginnen und Kollegen hiermit eröffne ich die Sitzung um 17:02 Uhr. Ich begrüße die Mitglieder des Ausschusses die Verwaltung die Presse und die Zuhörerinnen und Zuhörer.
Dr. Monika Hoffmann: Ich stelle fest dass form- und fristgerecht eingeladen wurde und der Ausschuss beschlussfähig ist. Frau Schmitz hat mitgeteilt dass sie etwas später kommt.
Dr. Monika Hoffmann: Gibt es Wünsche zur Tagesordnung? Das sehe ich nicht. Dann verfahren wir so.
Dr. Monika Hoffmann: Ich rufe Tagesordnungspunkt 2 auf Genehmigung der Niederschrift über die Sitzung vom 5. Februar. Gibt es Änderungen oder Ergänzungen? Das ist nicht der Fall.
Dr. Monika Hoffmann: Wer der Niederschrift zustimmt den bitte ich um das Handzeichen. Danke. Gegenstimmen? Keine. Enthaltungen? Zwei, die Kollegen waren damals nicht dabei.
Dr. Monika Hoffmann: Damit ist die Niederschrift bei zwei Enthaltungen genehmigt.
Dr. Monika Hoffmann: Tagesordnungspunkt 3 Mitteilungen der Verwaltung. Herr Linden bitte.
Markus Linden: Danke Frau Vorsitzende. Zwei kurze Mitteilungen. Erstens die Sanierung der Brücke am Ostwall äh verzögert sich um etwa sechs Wochen weil die Spundwände nachbestellt werden mussten.
Markus Linden: Zweitens ist der Förderbescheid für das Quartiersmanagement Innenstadt eingegangen, 1,2 Millionen Euro über drei Jahre. Das war's von meiner Seite.
Yusuf Arslan: Kurze Nachfrage zur Brücke, bleibt die Umleitung für Radfahrer so wie sie ist?
Markus Linden: Ja die bleibt so, wir schauen uns aber die Beschilderung noch mal an.
Dr. Monika Hoffmann: Danke. Weitere Fragen sehe ich nicht.
#CLOCK 17:31:10
Dr. Monika Hoffmann: Wir kommen zu TOP 4 a Bebauungsplan 842 Fischeln-Süd, der Aufstellungsbeschluss. Ich begrüße an dieser Stelle Frau Schmitz die jetzt zu uns gestoßen ist.
Lea Schmitz: Guten Abend, Entschuldigung, die Bahn.
Markus Linden: Ganz kurz zum Inhalt. Wir wollen für die rund 9 Hektar südlich der Kölner Straße ein Wohngebiet mit etwa 280 Wohneinheiten entwickeln, der Aufstellungsbeschluss ist der formale Startschuss.
Ingrid Baumann: Die FDP trägt das mit, wir bitten nur darum die Erschließung frühzeitig mit den Stadtwerken abzustimmen.
Dr. Monika Hoffmann: Dann lasse ich abstimmen. Wer der Vorlage 1123/26 zustimmt den bitte ich um das Handzeichen. Gegenstimmen? Enthaltungen? Das ist einstimmig so beschlossen.
Dr. Monika Hoffmann: Und dann 4 b die frühzeitige Beteiligung der Öffentlichkeit. Gibt es dazu Wortmeldungen?
Yusuf Arslan: Wir hätten uns ähm zusätzlich eine Online-Beteiligung gewünscht, deshalb werden wir uns enthalten.
Dr. Monika Hoffmann: Wer ist dafür? CDU, SPD und FDP. Wer ist dagegen? Niemand. Enthaltungen? Die Grünen. Damit ist die Vorlage mit Mehrheit angenommen.
Dr. Monika Hoffmann: Ich rufe Tagesordnungspunkt 5 auf, der Antrag der SPD-Fraktion zur Quote für geförderten Wohnungsbau. Frau Weller bitte.
Sabine Weller: Danke. Wir beantragen dass bei der Vergabe städtischer Grundstücke künftig mindestens 30 Prozent geförderter Wohnungsbau vorgeschrieben wird. Da das Haushaltsfragen berührt schlagen wir vor den Antrag in den Hauptausschuss zu geben.
Heinz-Dieter Kämper: Da schließen wir uns an, das gehört in den Hauptausschuss.
Dr. Monika Hoffmann: Gut. Dann verweisen wir den Antrag in den Hauptausschuss. Ich sehe keinen Widerspruch, dann ist das so beschlossen.
Dr. Monika Hoffmann: Ich rufe Tagesordnungspunkt 6 auf, vorhabenbezogener Bebauungsplan 851 Uerdinger Straße, Satzungsbeschluss.
Heinz-Dieter Kämper: Frau Vorsitzende ich erkläre mich für befangen, mein Bruder ist Eigentümer des Nachbargrundstücks. Ich setze mich in den Zuschauerbereich.
Dr. Monika Hoffmann: Danke Herr Kämper. Herr Kämper nimmt an Beratung und Abstimmung nicht teil. Wortmeldungen? Frau Weller.
Sabine Weller: Wir stellen einen Änderungsantrag: Im Durchführungsvertrag soll der Anteil geförderter Wohnungen von 20 auf 30 Prozent erhöht werden.
Markus Linden: Die Verwaltung rät davon ab, der Vorhabenträger hat signalisiert dass das Projekt dann nicht wirtschaftlich ist.
Dr. Monika Hoffmann: Wir stimmen zuerst über den Änderungsantrag der SPD ab. Wer dem zustimmt bitte die Hand. Das sind fünf. Gegenstimmen? Neun. Enthaltungen? Eine.
Dr. Monika Hoffmann: Damit ist der Änderungsantrag abgelehnt.
Dr. Monika Hoffmann: Dann die Vorlage 1130/26 in der Fassung der Verwaltung. Wer ist dafür? Danke. Gegenprobe? Drei. Enthaltungen? Keine. Damit ist die Vorlage angenommen.
Dr. Monika Hoffmann: Herr Kämper kann wieder Platz nehmen.
#CLOCK 17:58:30
Dr. Monika Hoffmann: Wir sind bei Punkt 7 Anfragen. Herr Renner.
Tobias Renner: Ja, ähm, die Baustellenampel an der Hochfelder Straße steht jetzt seit drei Monaten, wann ist da ein Ende absehbar?
Markus Linden: Das kann ich aus dem Stand nicht sagen, wir beantworten das schriftlich zur Niederschrift.
Tobias Renner: Danke. Und ich muss mich dann leider verabschieden, ich hab noch einen Termin beim Bezirkssportbund.
Dr. Monika Hoffmann: Alles klar, danke Herr Renner. Weitere Anfragen gibt es nicht.
Dr. Monika Hoffmann: Damit sind wir am Ende des öffentlichen Teils. Ich bitte die Zuhörerinnen und Zuhörer und die Presse den Raum zu verlassen und die Kollegen online kurz zu warten.
#CLOCK 18:07:15
#NP
Dr. Monika Hoffmann: So, wir sind jetzt unter uns. Tagesordnungspunkt 8 Grundstücksangelegenheit. Herr Linden.
Markus Linden: Es geht um den Ankauf einer Teilfläche von rund 2.300 Quadratmetern, Flur 12, Flurstück 417, von der Erbengemeinschaft Terhoeven. Der verhandelte Kaufpreis liegt bei 184.500 Euro.
Gerd Hülsmann: Ist der Preis gutachterlich abgesichert?
Markus Linden: Ja, das liegt knapp unter dem Verkehrswertgutachten.
Dr. Monika Hoffmann: Dann bitte ich um Ihr Handzeichen. Das ist einstimmig.
#CLOCK 18:13:40
Dr. Monika Hoffmann: Tagesordnungspunkt 9 Vergabe der Machbarkeitsstudie Bahnhofsumfeld. Vorgeschlagen wird der Zuschlag an das Planungsbüro Kremers & Vahlhaus zum Angebotspreis von 212.340 Euro brutto.
Karin Stappen: Wie viele Angebote gab es denn?
Markus Linden: Vier wertbare Angebote, Kremers & Vahlhaus lag beim Preis-Leistungs-Verhältnis vorne.
Dr. Monika Hoffmann: Wer der Vergabe zustimmt? Danke. Gegenstimmen? Keine. Enthaltungen? Eine. Damit so beschlossen.
#CLOCK 18:20:50
Dr. Monika Hoffmann: Ich danke Ihnen für die konstruktive Sitzung und schließe die Sitzung um 18:21 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Niederschrift über die 11. Sitzung vom 05.02.2026", "genehmigt",
                                  "Damit ist die Niederschrift bei zwei Enthaltungen genehmigt.", votes=(None, 0, 2))]),
    I("3", AGENDA[2][1], True),
    I("4a", AGENDA[3][1], True, [D("Vorlage 1123/26 (Aufstellungsbeschluss)", "angenommen",
                                   "Das ist einstimmig so beschlossen.", unanimous=True)]),
    I("4b", AGENDA[4][1], True, [D("Vorlage 1124/26 (frühzeitige Beteiligung)", "angenommen",
                                   "Damit ist die Vorlage mit Mehrheit angenommen.",
                                   groups=(["CDU", "SPD", "FDP"], [], ["Grüne"]))]),
    I("5", AGENDA[5][1], True, [D("Antrag der SPD-Fraktion", "verwiesen",
                                  "Dann verweisen wir den Antrag in den Hauptausschuss.")]),
    I("6", AGENDA[6][1], True, [
        D("Änderungsantrag der SPD-Fraktion (30 % geförderter Wohnraum)", "abgelehnt",
          "Damit ist der Änderungsantrag abgelehnt.", votes=(5, 9, 1)),
        D("Vorlage 1130/26 (Satzungsbeschluss)", "angenommen",
          "Damit ist die Vorlage angenommen.", votes=(None, 3, 0)),
    ], bias=["Heinz-Dieter Kämper"]),
    I("7", AGENDA[7][1], True),
    I("8", AGENDA[8][1], False, [D("Ankauf der Teilfläche (Vorlage 1135/26)", "angenommen",
                                   "Dann bitte ich um Ihr Handzeichen. Das ist einstimmig.", unanimous=True)]),
    I("9", AGENDA[9][1], False, [D("Vergabe Machbarkeitsstudie (Vorlage 1137/26)", "angenommen",
                                   "Damit so beschlossen.", votes=(None, 0, 1))]),
]
LATE = [{"name": "Lea Schmitz", "top": "4a"}]
EARLY = [{"name": "Tobias Renner", "top": "7"}]
SECRETS = ["Flurstück 417", "Erbengemeinschaft Terhoeven", "184.500 Euro", "Kremers & Vahlhaus", "212.340 Euro"]
