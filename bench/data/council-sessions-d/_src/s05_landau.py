META = dict(id="rp-landau-stadtrat-2026-10", split="test", land="RP", body="Stadtrat",
            organization="Stadt Landau in der Pfalz", date="2026-10-13", origin="16:52:00", start="17:00", end="19:41",
            agenda="matching", chair="Raimund Seebacher",
            features=["Stadtrat (Rheinland-Pfalz), Oberbürgermeister as chair, Beigeordnete presents",
                      "Preisgericht's 'einstimmig' reported by the chair - does not count; body's vote with FWG abstaining as a group",
                      "Stimmengleichheit: 'Bei Stimmengleichheit ist der Antrag abgelehnt'",
                      "en-bloc vote of Ziffern 5 bis 7 ('in einem Abstimmungsgang')",
                      "Ausschließungsgrund § 22 GemO RLP declared at the item, Ratsmitglied takes a seat in the Zuschauerraum",
                      "'Das ist die Mehrheit, so beschlossen'",
                      "no attendance report, no non-public part, spoken end"])
AGENDA_META = dict(slug="landau/stadtrat", date="2026-10-13", start="17:00", end="21:00", tz="+02:00",
                   name="Sitzung des Stadtrates", organizationName="Stadtrat der Stadt Landau in der Pfalz")
AGENDA = [
    ("1", "Eröffnung der Sitzung", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Realisierungswettbewerb Kulturhaus „Altes Kaufhaus“ – Ergebnis und Beauftragung", True),
    ("4", "Antrag der FWG-Fraktion: Verzicht auf wiederkehrende Ausbaubeiträge im Ortsteil Mörzheim", True),
    ("5", "Jahresabschluss 2025 des Entsorgungs- und Wirtschaftsbetriebs – Feststellung", True),
    ("6", "Entlastung der Werkleitung für das Wirtschaftsjahr 2025", True),
    ("7", "Annahme von Zuwendungen", True),
    ("8", "Bebauungsplan „Queichwiesen-Süd“ – Aufstellungsbeschluss", True),
    ("9", "Anfragen der Ratsmitglieder", True),
]
ATTENDANCE = None

CUES = """
#CLOCK 17:00:00
Raimund Seebacher: Meine sehr geehrten Damen und Herren, ich begrüße Sie zur Sitzung des Stadtrates und stelle die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest. Mit mir sind 40 Mitglieder anwesend. Die Tagesordnung liegt vor, Änderungswünsche sehe ich keine.
Raimund Seebacher: Wir beginnen mit der Einwohnerfragestunde. Eine Frage ist schriftlich eingegangen, von Frau Bechtold aus Queichheim. Sie ist anwesend, bitte.
Unknown Speaker: Danke. Wir haben im Sommer zweimal Wasser im Keller gehabt, weil der Kanal in der Queichheimer Hauptstraße überläuft. Was macht die Stadt dagegen?
Hildegard Wenzel-Brunner: Frau Bechtold, der Entsorgungsbetrieb baut dort ab März ein größeres Rückhaltebecken. Bis dahin bieten wir eine kostenlose Beratung zum Rückstauschutz an, die Nummer gebe ich Ihnen gleich mit.
Unknown Speaker: Das ist gut, danke.
#CLOCK 17:09:00
Raimund Seebacher: Wir kommen zu Ziffer 3, dem Wettbewerb für das Alte Kaufhaus. Ich darf kurz berichten: Das Preisgericht hat am 30. September getagt und den Entwurf des Büros Kessler und Hain einstimmig auf den ersten Platz gesetzt. Frau Beigeordnete Wenzel-Brunner stellt die Arbeit vor.
Hildegard Wenzel-Brunner: Der Entwurf erhält die historische Fassade zum Marktplatz und setzt im Hof einen Neubau aus Holz und Glas. Es gibt einen Saal für 350 Personen, die Musikschule zieht ins Obergeschoss. Die Kostenschätzung liegt bei 21,5 Millionen Euro.
Hildegard Wenzel-Brunner: Der Beschlussvorschlag lautet: Der Stadtrat nimmt das Ergebnis zur Kenntnis und beauftragt die Verwaltung, mit dem ersten Preisträger das Verhandlungsverfahren zu führen.
Bettina Kiefer: Die CDU-Fraktion ist begeistert von dem Entwurf. Die Fassade bleibt, das war uns das Wichtigste. Und mit der Musikschule kommt Leben ins Haus, auch tagsüber.
Joachim Hertel: Für die FWG: Der Entwurf ist schön, das bestreitet niemand. Aber 21,5 Millionen bei unserer Haushaltslage? Wir werden uns enthalten, bis wir einen Finanzierungsplan sehen.
Lena Sauerwein: Herr Hertel, ohne Beauftragung gibt es keine genauen Kosten. Das ist doch der nächste Schritt. Die Grünen stimmen zu.
Volker Brauch: Wir als AfD sind dagegen. Die Musikschule hat ein funktionierendes Gebäude, und ein Saal für 350 Leute steht die Hälfte des Jahres leer.
Bettina Kiefer: Das Gebäude der Musikschule ist nicht barrierefrei, Herr Brauch, und hat keinen Brandschutz. Da muss man so oder so ran.
Hildegard Wenzel-Brunner: Ich ergänze: Rund 40 Prozent wollen wir über die Städtebauförderung finanzieren. Der Finanzierungsplan kommt mit der Entwurfsplanung.
Raimund Seebacher: Gut, ich lasse abstimmen. Wer dem Beschlussvorschlag zustimmt, den bitte ich um das Handzeichen. 30. Wer ist dagegen? Das sind 4 Stimmen aus der AfD. Enthaltungen? Die FWG-Fraktion enthält sich geschlossen, das sind 6. Das ist die Mehrheit, so beschlossen.
#CLOCK 17:48:00
Raimund Seebacher: Weiter geht es mit dem Antrag der FWG zu den Ausbaubeiträgen in Mörzheim. Herr Hertel.
Joachim Hertel: Mörzheim ist der kleinste Ortsteil, und die Anlieger zahlen für die Sanierung der Hauptstraße bis zu 3.000 Euro pro Grundstück. Das ist für die Rentner im Ort zu viel. Wir wollen, dass die Stadt hier verzichtet, einmalig, wie es andere Gemeinden in der Pfalz auch gemacht haben.
Hildegard Wenzel-Brunner: Ein Verzicht ist rechtlich problematisch. Das Kommunalabgabengesetz sieht die Beiträge vor, die Kommunalaufsicht würde einen Verzicht im Haushalt beanstanden. Es gibt aber die Möglichkeit der Stundung und der Ratenzahlung.
Markus Dreyfus: Die SPD hat Sympathie für das Anliegen. Aber wir können nicht einem Ortsteil etwas schenken, was wir den anderen verweigert haben. Das gibt Streit in Arzheim und in Nußdorf.
Joachim Hertel: Dann machen wir es eben für alle. Das Land schafft die Beiträge ja sowieso irgendwann ab.
Lena Sauerwein: Das ist eine Hoffnung, Herr Hertel, kein Gesetz.
Hildegard Wenzel-Brunner: Und zur Größenordnung: Ein Verzicht für alle Ortsteile würde den Haushalt in den nächsten fünf Jahren mit rund 4 Millionen Euro belasten.
Joachim Hertel: Für Mörzheim allein sind es 260.000 Euro. Darum geht es heute, um nicht mehr.
Volker Brauch: Wir unterstützen den Antrag. Die Bürger zahlen schon genug.
Bettina Kiefer: Wir sind in der Fraktion uneins, ich sage das ganz offen. Es gibt bei uns keine Fraktionsdisziplin bei dem Thema.
Raimund Seebacher: Dann lasse ich abstimmen. Wer ist für den Antrag der FWG? Bitte die Hände hochhalten, wir zählen. Das sind 20. Wer ist dagegen? Ebenfalls 20. Enthaltungen gibt es keine. Bei Stimmengleichheit ist der Antrag abgelehnt.
Joachim Hertel: Knapper geht es nicht. Wir bringen das in den Haushaltsberatungen wieder.
#CLOCK 18:21:00
Raimund Seebacher: Die Ziffern 5 bis 7 sind im Werkausschuss und im Haupt- und Finanzausschuss vorberaten und ohne Diskussion empfohlen worden. Ich schlage vor, dass wir in einem Abstimmungsgang über den Jahresabschluss, die Entlastung der Werkleitung und die Zuwendungen entscheiden. Widerspruch?
Markus Dreyfus: Kein Widerspruch, aber eine Frage: Ist beim Jahresabschluss der Gewinn schon für die Gebührensenkung eingeplant?
Hildegard Wenzel-Brunner: Ja, die 410.000 Euro Überschuss gehen in die Gebührenausgleichsrücklage.
Raimund Seebacher: Dann wie vorgeschlagen. Wer den Beschlussvorschlägen zu den Ziffern 5, 6 und 7 zustimmt, hebt bitte die Hand. Gegenstimmen? Keine. Enthaltungen? Keine. Damit sind alle drei Punkte einstimmig beschlossen.
#CLOCK 18:29:00
Raimund Seebacher: Punkt 8 der Tagesordnung, der Aufstellungsbeschluss Queichwiesen-Süd.
Tobias Anstätt: Herr Oberbürgermeister, für mich liegt hier ein Ausschließungsgrund nach § 22 Gemeindeordnung vor, meiner Familie gehört ein Weinberg am Rand des Plangebiets. Ich nehme im Zuschauerraum Platz.
Raimund Seebacher: Danke, Herr Anstätt, vermerkt. Frau Wenzel-Brunner.
Hildegard Wenzel-Brunner: Das Gebiet umfasst neun Hektar zwischen der Queich und der Bahnlinie. Vorgesehen sind Gewerbe für Handwerksbetriebe im Norden und ein kleines Wohnquartier im Süden. Ein Drittel der Fläche bleibt als Retentionsraum für Hochwasser frei.
Lena Sauerwein: Die Grünen haben große Bedenken. Die Queichwiesen sind ein Kaltluftentstehungsgebiet. Wir hätten uns gewünscht, dass die Klimaanalyse vor dem Aufstellungsbeschluss kommt, nicht danach.
Hildegard Wenzel-Brunner: Der Aufstellungsbeschluss legt nichts fest, Frau Sauerwein. Die Klimaanalyse ist Teil des Verfahrens und kann das Gebiet noch verkleinern.
Markus Dreyfus: Wir brauchen Flächen für das Handwerk, die Betriebe wandern sonst ins Umland ab. Die SPD stimmt zu.
Tobias Anstätt: Darf ich vom Zuschauerraum aus eine Sachfrage stellen?
Raimund Seebacher: Nein, Herr Anstätt, das geht leider nicht, auch keine Sachfrage. Sie wirken bei dem Punkt in keiner Form mit.
Volker Brauch: Zustimmung auch von uns.
Raimund Seebacher: Dann die Abstimmung. Wer ist für den Aufstellungsbeschluss? 33. Wer ist dagegen? 4. Wer enthält sich? 2. Der Beschlussvorschlag ist damit angenommen. Herr Anstätt, kommen Sie wieder an den Tisch.
#CLOCK 19:02:00
Raimund Seebacher: Dann die Anfragen aus dem Rat. Frau Kiefer.
Bettina Kiefer: Wie ist der Stand beim Parkhaus am Hauptbahnhof? Seit dem Sommer ist das obere Deck gesperrt.
Hildegard Wenzel-Brunner: Die Betonsanierung ist ausgeschrieben, Auftragsvergabe im Dezember, Arbeiten bis Mai.
Markus Dreyfus: Ich frage nach dem Schulweg in der Cornichonstraße. Die Eltern haben eine Unterschriftenliste geschickt.
Raimund Seebacher: Die Liste liegt mir vor. Die Verkehrsschau ist für den 4. November angesetzt, wir informieren die Schule danach.
Lena Sauerwein: Noch eine Frage zum Stadtbus: Die Linie 553 fährt seit Wochen unpünktlich. Gibt es dafür einen Grund?
Hildegard Wenzel-Brunner: Die Baustelle in der Xylanderstraße, Frau Sauerwein. Der Fahrplan wird ab dem 1. November angepasst.
Volker Brauch: Und die Straßenbeleuchtung im Horstring, die ist zur Hälfte aus.
Hildegard Wenzel-Brunner: Das nehme ich mit, das gebe ich an die Energie Südwest weiter.
#CLOCK 19:40:00
Raimund Seebacher: Weitere Anfragen gibt es nicht. Ich bedanke mich bei allen und schließe die Sitzung um 19:41 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Kenntnisnahme des Wettbewerbsergebnisses und Beauftragung des Verhandlungsverfahrens", "angenommen",
                                   "Das ist die Mehrheit, so beschlossen.", votes=(30, 4, 6), groups=([], ["AfD"], ["FWG"]),
                                   note="the Preisgericht's 'einstimmig' is not the Stadtrat's vote")]),
    I("4", AGENDA[3][1], True, [D("Antrag der FWG-Fraktion: Verzicht auf Ausbaubeiträge", "abgelehnt",
                                   "Bei Stimmengleichheit ist der Antrag abgelehnt.", votes=(20, 20, 0))]),
    I("5", AGENDA[4][1], True, [D("Feststellung des Jahresabschlusses 2025", "angenommen",
                                   "Damit sind alle drei Punkte einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True, note="en bloc with TOP 6 and 7")]),
    I("6", AGENDA[5][1], True, [D("Entlastung der Werkleitung 2025", "angenommen",
                                   "Damit sind alle drei Punkte einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True, note="en bloc with TOP 5 and 7")]),
    I("7", AGENDA[6][1], True, [D("Annahme von Zuwendungen", "angenommen",
                                   "Damit sind alle drei Punkte einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True, note="en bloc with TOP 5 and 6")]),
    I("8", AGENDA[7][1], True, [D("Aufstellungsbeschluss Bebauungsplan Queichwiesen-Süd", "angenommen",
                                   "Der Beschlussvorschlag ist damit angenommen.", votes=(33, 4, 2), note="Anstätt (Ausschließungsgrund) does not vote: 39")],
      bias=["Tobias Anstätt"]),
    I("9", AGENDA[8][1], True),
]
LATE = []
EARLY = []
SECRETS = []
