META = dict(id="nrw-kamen-rat-2026-04", split="dev", land="NRW", body="Rat der Stadt",
            organization="Stadt Kamen", date="2026-04-30", origin="16:54:00", start="17:00", end="19:13",
            agenda="matching", chair="Silke Oberkamp",
            features=["Rat (NRW), Bürgermeisterin as chair", "Tagesordnung umgestellt: TOP 9 vorgezogen and called before TOP 3",
                      "room device voice", "Einwohnerfragestunde with Unknown Speaker", "secret ballot with Stimmzettel, no majority, then Stichwahl",
                      "late arrival during the Wahl", "Erste Beigeordnete presents", "Ich sehe keine Gegenstimmen", "vote by groups",
                      "Antrag zurückgezogen", "Ausschließungsgrund § 31 GO NRW at item, new wording (Ratsfrau leaves the Ratstisch)",
                      "Wer kann der Resolution / dem Satzungsbeschluss zustimmen?", "early departure", "non-public with agenda (Wir sind jetzt im nichtöffentlichen Teil)"])
AGENDA_META = dict(slug="kamen/rat", date="2026-04-30", start="17:00", end="21:00", tz="+02:00",
                   name="Sitzung des Rates der Stadt Kamen", organizationName="Rat der Stadt Kamen")
AGENDA = [
    ("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Genehmigung der Niederschrift über die Sitzung vom 26.03.2026", True),
    ("4", "Wahl einer Schiedsperson für den Schiedsamtsbezirk Kamen-Mitte", True),
    ("5", "Kommunale Wärmeplanung: Beschluss des Wärmeplans", True),
    ("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Baumpatenschaften für Straßenbäume", True),
    ("7", "Bebauungsplan Nr. 32 „Am Bahnhof“: Satzungsbeschluss", True),
    ("8", "Mitteilungen und Anfragen", True),
    ("9", "Resolution zum Erhalt der Geburtshilfe am Krankenhaus Kamen", True),
    ("10", "Vergabe: Sanierung der Lüftungsanlage im Hallenbad", False),
]
_e = "19:13:30"
ATTENDANCE = dict(title="Rat der Stadt Kamen – 14. Sitzung", domain="kamen.example.de", rows=[
    ("Ratssaal Kamen", [("16:54:10", "19:14:00")], "Attendee"),
    ("Silke Oberkamp", [("16:55:30", "19:13:45")], "Organizer"),
    ("Dr. Ruth Sommerfeld", [("16:56:00", _e)], "Presenter"),
    ("Werner Brinkhoff", [("16:57:10", _e)], "Attendee"),
    ("Natascha Kollmann", [("16:57:30", _e)], "Attendee"),
    ("Jannik Overbeck", [("16:57:50", _e)], "Attendee"),
    ("Heike Tillmann-Rose", [("16:58:10", _e)], "Attendee"),
    ("Manfred Szymanski", [("16:58:30", _e)], "Attendee"),
    ("Aylin Öztürk", [("16:58:45", _e)], "Attendee"),
    ("Frank Pohlmann", [("16:59:00", "18:47:20")], "Attendee"),
    ("Bernd Lüttmann", [("17:41:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:58:00
Ratssaal Kamen: Die Übertragung läuft. Frau Bürgermeisterin, Ihr Mikro ist offen.
#CLOCK 17:00:05
Silke Oberkamp: Danke. Meine sehr geehrten Damen und Herren, ich eröffne die Sitzung des Rates um 17:00 Uhr. Ich stelle die ordnungsgemäße Einberufung fest. Anwesend sind 38 Ratsmitglieder und ich, der Rat ist beschlussfähig. Herr Lüttmann hat sich verspätet angekündigt.
Silke Oberkamp: Eine Änderung im Ablauf schlage ich vor: Auf der Tribüne sitzen viele Beschäftigte des Krankenhauses. Ich möchte die Resolution unter Punkt 9 daher vorziehen und direkt nach der Einwohnerfragestunde behandeln. Gibt es Widerspruch? Das ist nicht der Fall.
Silke Oberkamp: Punkt 2, Einwohnerfragestunde. Bitte am Saalmikrofon.
Unknown Speaker: Ja, guten Abend. Ich bin Hebamme im Krankenhaus. Ich wollte fragen, ob die Stadt, äh, auch selbst mit dem Träger spricht und nicht nur eine Resolution schreibt.
Silke Oberkamp: Ja, wir haben nächste Woche einen Termin mit der Geschäftsführung, ich berichte dann im Hauptausschuss.
#CLOCK 17:09:30
Silke Oberkamp: Dann, wie vereinbart, Tagesordnungspunkt 9, die Resolution zum Erhalt der Geburtshilfe. Der Text liegt Ihnen als Tischvorlage vor. Frau Kollmann.
Natascha Kollmann: Danke. Über 600 Kinder kommen hier jedes Jahr zur Welt. Wenn die Station schließt, ist die nächste Geburtshilfe 25 Minuten entfernt. Der Text ist zwischen allen demokratischen Fraktionen abgestimmt.
Manfred Szymanski: Wir stimmen auch zu, auch wenn man uns nicht gefragt hat.
Silke Oberkamp: Wer kann der Resolution zustimmen? Danke. Gegenstimmen? Enthaltungen? Ich sehe keine. Damit ist die Resolution einstimmig beschlossen.
Silke Oberkamp: Punkt 3, die Niederschrift vom 26. März. Änderungswünsche liegen nicht vor. Wer stimmt zu? Danke. Damit ist die Niederschrift genehmigt.
#CLOCK 17:16:00
Silke Oberkamp: Punkt 4, Wahl einer Schiedsperson für Kamen-Mitte. Vorgeschlagen sind Herr Günter Rademacher, Frau Ilona Westhoff und Herr Sascha Bömke. Die AfD-Fraktion hat geheime Wahl beantragt, wir wählen also mit Stimmzetteln. Frau Öztürk und Herr Brinkhoff zählen aus.
#CLOCK 17:34:00
Aylin Öztürk: Ergebnis des ersten Wahlgangs: 39 abgegebene Stimmen. Herr Rademacher 16, Frau Westhoff 15, Herr Bömke 8.
Silke Oberkamp: Damit hat niemand die Mehrheit der Stimmen erreicht. Nach § 50 der Gemeindeordnung findet eine Stichwahl zwischen Herrn Rademacher und Frau Westhoff statt. Die Stimmzettel werden jetzt verteilt.
#CLOCK 17:42:00
Bernd Lüttmann: Guten Abend, Entschuldigung für die Verspätung, ich habe gerade noch einen Stimmzettel bekommen.
#CLOCK 17:55:00
Werner Brinkhoff: Ergebnis der Stichwahl: 40 abgegebene Stimmen. Frau Westhoff 22, Herr Rademacher 17, ein Stimmzettel ungültig.
Silke Oberkamp: Danke. Damit ist Frau Westhoff in der Stichwahl zur Schiedsperson gewählt. Herzlichen Glückwunsch, wir informieren das Amtsgericht.
#CLOCK 17:58:00
Silke Oberkamp: Punkt 5, Kommunale Wärmeplanung. Frau Erste Beigeordnete Dr. Sommerfeld, bitte.
Dr. Ruth Sommerfeld: Danke. Der Wärmeplan weist drei Gebiete für ein Wärmenetz aus: die Innenstadt, Methler-Süd und das Gewerbegebiet Kamen-Karree. In allen übrigen Gebieten sehen wir dezentrale Lösungen, also überwiegend Wärmepumpen.
Werner Brinkhoff: Die Ausweisung schafft Erwartungen. Wer in Methler wohnt, fragt sich jetzt, ob er auf das Netz warten soll oder nicht.
Dr. Ruth Sommerfeld: Deshalb steht ausdrücklich drin, dass die Ausweisung keine Anschlusspflicht bedeutet. Wir machen im Herbst Bürgerversammlungen.
Jannik Overbeck: Die Grünen tragen den Plan mit, das ist eine gute Grundlage.
Silke Oberkamp: Wer stimmt dem Wärmeplan zu? SPD, CDU, Grüne, FDP und Linke. Gegenstimmen? Ich sehe keine Gegenstimmen. Enthaltungen? Die AfD-Fraktion. Damit ist der Wärmeplan beschlossen.
#CLOCK 18:20:00
Silke Oberkamp: Punkt 6, Antrag der Grünen zu Baumpatenschaften. Herr Overbeck.
Jannik Overbeck: Danke. Wir haben in der Vorberatung gehört, dass die Verwaltung ohnehin ein Gießpatenprogramm für den Sommer vorbereitet. Damit hat sich unser Antrag im Kern erledigt. Wir ziehen ihn deshalb zurück.
Silke Oberkamp: Danke. Der Antrag ist zurückgezogen.
#CLOCK 18:25:00
Silke Oberkamp: Punkt 7, Bebauungsplan Nr. 32 Am Bahnhof, Satzungsbeschluss.
Heike Tillmann-Rose: Frau Bürgermeisterin, für mich liegt hier ein Ausschließungsgrund nach § 31 der Gemeindeordnung vor, mein Arbeitgeber ist Vorhabenträger. Ich verlasse den Ratstisch und gehe auf die Tribüne.
Silke Oberkamp: Danke, Frau Tillmann-Rose, das wird so vermerkt. Gibt es Wortmeldungen zum Bebauungsplan? Herr Szymanski.
Manfred Szymanski: Ja, wir finden die Höhe des Riegels am Bahnhof nach wie vor zu massiv, deshalb lehnen wir ab.
#CLOCK 18:38:00
Silke Oberkamp: Dann lasse ich abstimmen. Wer kann dem Satzungsbeschluss zustimmen? Gegenstimmen? Vier. Enthaltungen? Keine. Damit ist der Bebauungsplan als Satzung beschlossen.
Silke Oberkamp: Frau Tillmann-Rose kann zurückkommen. Punkt 8, Mitteilungen und Anfragen.
Dr. Ruth Sommerfeld: Eine Mitteilung: Die Sperrung der Bahnunterführung Lünener Straße endet am 15. Mai.
#CLOCK 18:46:30
Frank Pohlmann: Eine Anfrage noch, bevor ich gehen muss: Wann werden die defekten Laternen am Sesekeweg repariert?
Dr. Ruth Sommerfeld: Das ist beauftragt, die Firma kommt Ende nächster Woche.
Frank Pohlmann: Danke, und dann einen schönen Abend noch.
#CLOCK 18:53:00
Silke Oberkamp: Dann schließe ich den öffentlichen Teil. Ich bitte die Gäste auf der Tribüne, den Saal zu verlassen, und die Technik, den Stream zu beenden.
#CLOCK 18:57:30
#NP
Ratssaal Kamen: Der Stream ist beendet.
Silke Oberkamp: Danke. Wir sind jetzt im nichtöffentlichen Teil. Punkt 10, Vergabe der Sanierung der Lüftungsanlage im Hallenbad. Frau Dr. Sommerfeld.
Dr. Ruth Sommerfeld: Wirtschaftlichstes Angebot hat die Firma Klimatechnik Gerlach aus Unna abgegeben, 387.650 Euro. Zweitbieter ist die Firma Hense & Terhorst mit 412.900 Euro.
Werner Brinkhoff: Hat Gerlach so etwas schon mal gemacht?
Dr. Ruth Sommerfeld: Ja, unter anderem im Hallenbad Bergkamen, die Referenzen sind gut.
Silke Oberkamp: Wer stimmt der Vergabe zu? Gegenstimmen? Keine. Enthaltungen? Drei. Damit ist die Vergabe bei drei Enthaltungen beschlossen.
#CLOCK 19:13:00
Silke Oberkamp: Ich danke Ihnen. Die Sitzung ist um 19:13 Uhr geschlossen.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Niederschrift vom 26.03.2026", "genehmigt", "Damit ist die Niederschrift genehmigt.")],
      note="called after TOP 9, which was moved forward"),
    I("4", AGENDA[3][1], True, [D("Wahl der Schiedsperson (Stichwahl, Stimmzettel)", "gewählt",
                                   "Damit ist Frau Westhoff in der Stichwahl zur Schiedsperson gewählt.",
                                   ballot={"Ilona Westhoff": 22, "Günter Rademacher": 17, "ungültig": 1},
                                   note="first ballot without majority (Rademacher 16, Westhoff 15, Bömke 8); `ballot` is the Stichwahl")]),
    I("5", AGENDA[4][1], True, [D("Beschluss des Wärmeplans", "angenommen", "Damit ist der Wärmeplan beschlossen.", votes=(None, 0, None),
                                   groups=(["SPD", "CDU", "Grüne", "FDP", "Linke"], [], ["AfD"]))]),
    I("6", AGENDA[5][1], True, [D("Antrag der Grünen", "zurückgezogen", "Der Antrag ist zurückgezogen.")]),
    I("7", AGENDA[6][1], True, [D("Satzungsbeschluss Bebauungsplan Nr. 32", "angenommen", "Damit ist der Bebauungsplan als Satzung beschlossen.",
                                   votes=(None, 4, 0))], bias=["Heike Tillmann-Rose"]),
    I("8", AGENDA[7][1], True),
    I("9", AGENDA[8][1], True, [D("Resolution (Tischvorlage)", "angenommen", "Damit ist die Resolution einstimmig beschlossen.",
                                   votes=(None, 0, 0), unanimous=True)], note="moved forward: treated after TOP 2, before TOP 3"),
    I("10", AGENDA[9][1], False, [D("Vergabe Lüftungsanlage Hallenbad", "angenommen", "Damit ist die Vergabe bei drei Enthaltungen beschlossen.",
                                     votes=(None, 0, 3))]),
]
LATE = [{"name": "Bernd Lüttmann", "top": "4"}]
EARLY = [{"name": "Frank Pohlmann", "top": "8"}]
SECRETS = ["Klimatechnik Gerlach", "387.650 Euro", "Hense & Terhorst", "412.900 Euro"]
