META = dict(id="sl-st-wendel-ortsrat-bliesen-2026-04", split="test", land="SL", body="Ortsrat Bliesen",
            organization="Kreisstadt St. Wendel", date="2026-04-14", origin="18:56:00", start="19:00", end="20:33",
            agenda="none", chair="Gerd Recktenwald",
            features=["no agenda", "Ortsrat with Ortsvorsteher as chair", "Wahl with Stimmengleichheit then Losentscheid (gewählt)",
                      "Mitwirkungsverbot § 27 KSVG at item", "'ich bin dagegen' in debate (not a vote)",
                      "corrected count (Korrektur: es waren vier Enthaltungen)", "online member votes by chat", "Sitzungsunterbrechung",
                      "vote by groups, 'Das ist die Mehrheit.'", "crosstalk and fillers", "Unknown Speaker",
                      "Wir kommen zum nichtöffentlichen Teil", "non-public part without agenda"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 18:58:30
Unknown Speaker: Ähm, Herr Recktenwald, der Kevin ist jetzt auch drin, also online.
Gerd Recktenwald: Ah, sehr gut, danke.
#CLOCK 19:00:00
Gerd Recktenwald: So, liebe Kolleginnen und Kollegen, es ist sieben Uhr, ich eröffne die Sitzung des Ortsrates Bliesen. Punkt eins: Es ist ordnungsgemäß eingeladen worden, elf Mitglieder sind da, Herr Schäfer ist per Video zugeschaltet. Wir sind beschlussfähig.
Gerd Recktenwald: Punkt zwei, die Nachwahl der stellvertretenden Ortsvorsteherin oder des stellvertretenden Ortsvorstehers, weil Frau Meiser aus gesundheitlichen Gründen zurückgetreten ist. Vorgeschlagen sind Frau Melanie Schackmann und Herr Dieter Wagner.
Gerd Recktenwald: Gewählt wird geheim. Herr Schäfer gibt seine Stimme per verschlüsselter Mail an die Verwaltung ab, Frau Alt von der Verwaltung zählt mit aus.
#CLOCK 19:14:00
Sabine Alt: Also, abgegeben wurden elf Stimmen. Für Frau Schackmann fünf Stimmen, für Herrn Wagner fünf Stimmen, und eine Enthaltung.
Gerd Recktenwald: Das ist Stimmengleichheit. Nach dem Kommunalselbstverwaltungsgesetz entscheidet dann das Los. Frau Alt, Sie haben die zwei Zettel vorbereitet? Dann bitte ich das jüngste Mitglied, Herrn Backes, zu ziehen.
Thomas Backes: Ja, okay. Äh, hier. Da steht: Schackmann.
Gerd Recktenwald: Damit ist Frau Schackmann durch Los zur stellvertretenden Ortsvorsteherin gewählt. Frau Schackmann, nehmen Sie die Wahl an?
Melanie Schackmann: Ja, ich nehme die Wahl an. Danke, und Dieter, nix für ungut.
Dieter Wagner: Alles gut, Glückwunsch.
#CLOCK 19:20:00
Gerd Recktenwald: Dann kommen wir zur Stellungnahme des Ortsrates zum Bebauungsplan Wohngebiet Auf der Heide. Frau Jung?
Petra Jung: Ja, ich darf hier nicht mitmachen. Meiner Familie gehört ein Grundstück im Plangebiet, für mich gilt das Mitwirkungsverbot nach § 27 KSVG. Ich setz mich so lange nach hinten.
Gerd Recktenwald: Danke, Petra. Die Verwaltung schlägt vor, dass der Ortsrat dem Entwurf zustimmt, mit dem Hinweis, dass der Fußweg zur Schule erhalten bleibt.
Thomas Backes: Also ich bin dagegen, dass da noch mal vierzig Häuser hinkommen, solange die Kanalisation in der Heidestraße bei jedem Starkregen überläuft.
Dieter Wagner: Das eine hat doch mit dem anderen—
Thomas Backes: Doch, das hat sehr wohl was damit zu tun!
Gerd Recktenwald: Leute, bitte. Thomas, deinen Punkt nehmen wir in die Stellungnahme mit auf, dass die Entwässerung vorher geprüft wird. Einverstanden?
Thomas Backes: Ja, gut, wenn das drinsteht.
Gerd Recktenwald: Dann Abstimmung über die Stellungnahme mit dieser Ergänzung. Wer ist dafür? Sechs. Dagegen? Zwei. Enthaltungen? Zwei.
Sabine Alt: Herr Recktenwald, ich hab vier Enthaltungen gezählt, hier hinten haben auch zwei die Hand gehoben.
Gerd Recktenwald: Korrektur: es waren vier Enthaltungen, also vier dafür, zwei dagegen, vier Enthaltungen. Die Stellungnahme ist damit trotzdem angenommen. Petra, du kannst wieder kommen.
#CLOCK 19:38:00
Gerd Recktenwald: Als Nächstes die Verwendung der Ortsratsmittel für dieses Jahr. Wir haben 6.500 Euro. Vorgeschlagen sind 2.500 Euro für den Spielplatz am Bürgerhaus, 2.000 für die Vereine und 2.000 für Bänke am Rundwanderweg.
Melanie Schackmann: Das haben wir in der Vorbesprechung so abgestimmt, das passt.
Gerd Recktenwald: Wer ist dafür? Im Saal sind das zehn. Kevin, du schreibst im Chat?
Gerd Recktenwald: Herr Schäfer schreibt im Chat: Ja. Also elf dafür, keine Gegenstimme, keine Enthaltung. Einstimmig beschlossen.
#CLOCK 19:45:00
Gerd Recktenwald: Dann der Antrag der SPD-Fraktion, vor der Grundschule Tempo 30 auch außerhalb der Schulzeiten zu beantragen. Dieter.
Dieter Wagner: Die Kinder sind ja nicht nur von acht bis eins unterwegs, nachmittags ist da Hort und Sport. Wir wollen durchgehend Tempo 30 auf dem Stück.
Kevin Schäfer: Kann ich kurz was sagen? Äh, hört man mich?
Gerd Recktenwald: Ja, wir hören dich.
Kevin Schäfer: Die CDU-Fraktion würde gern kurz unterbrechen, wir haben da intern noch keine Linie.
Gerd Recktenwald: Gut. Ich unterbreche die Sitzung für zehn Minuten.
#CLOCK 19:58:00
Gerd Recktenwald: Wir machen weiter. Kevin, habt ihr euch geeinigt?
Kevin Schäfer: Ja, wir gehen mit, wenn es auf die Strecke vor der Schule beschränkt bleibt.
Gerd Recktenwald: Dann Abstimmung. Dafür sind SPD und CDU, Kevin hat im Chat auch zugestimmt. Dagegen die FWG. Das ist die Mehrheit.
#CLOCK 20:05:00
Gerd Recktenwald: Mitteilungen und Anfragen. Gibt es was?
Unknown Speaker: Ja, ich wollt nur fragen, ob der Glascontainer am Friedhof jetzt wirklich wegkommt.
Gerd Recktenwald: Der kommt an den Parkplatz an der Halle, das ist mit dem EVS abgesprochen.
#CLOCK 20:14:00
#NP
Gerd Recktenwald: Dann kommen wir zum nichtöffentlichen Teil. Die Zuhörer haben den Saal verlassen, die Tür ist zu.
Gerd Recktenwald: Es geht um die Gaststätte im Bürgerhaus. Herr Salvatore Russo hat sich als neuer Pächter beworben, er würde 650 Euro Monatspacht zahlen, plus Nebenkosten.
Melanie Schackmann: Der hat doch bisher das Eiscafé in Oberlinxweiler, oder? Das läuft ja gut.
Gerd Recktenwald: Genau. Der Ortsrat gibt eine Empfehlung an den Stadtrat ab. Wer ist dafür, Herrn Russo zu empfehlen? Das sind alle, mit Kevin. Einstimmig.
#CLOCK 20:33:00
Gerd Recktenwald: Dann danke ich euch, es ist 20:33 Uhr, die Sitzung ist geschlossen.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Nachwahl der stellvertretenden Ortsvorsteherin / des stellvertretenden Ortsvorstehers", True,
      [D("Wahl der stellvertretenden Ortsvorsteherin (geheim, Losentscheid nach Stimmengleichheit)", "gewählt",
         "Damit ist Frau Schackmann durch Los zur stellvertretenden Ortsvorsteherin gewählt.",
         ballot={"Melanie Schackmann": 5, "Dieter Wagner": 5, "Enthaltung": 1},
         note="tie 5:5, decided by lot; candidate counts are in `ballot`")], spoken=True),
    I("3", "Stellungnahme des Ortsrates zum Bebauungsplan „Wohngebiet Auf der Heide“", True,
      [D("Stellungnahme mit Ergänzung (Entwässerung prüfen)", "angenommen", "Korrektur: es waren vier Enthaltungen, also vier dafür, zwei dagegen, vier Enthaltungen.",
         votes=(4, 2, 4), note="first count (6/2/2) was corrected by the chair")], bias=["Petra Jung"], spoken=False,
      note="'ich bin dagegen' is a debate statement, not a vote"),
    I("4", "Verwendung der Ortsratsmittel 2026", True,
      [D("Verteilung der Ortsratsmittel (6.500 Euro)", "angenommen", "Einstimmig beschlossen.", votes=(11, 0, 0), unanimous=True)], spoken=False),
    I("5", "Antrag der SPD-Fraktion: Tempo 30 vor der Grundschule ganztägig", True,
      [D("Antrag der SPD-Fraktion (beschränkt auf die Strecke vor der Schule)", "angenommen", "Das ist die Mehrheit.",
         groups=(["SPD", "CDU"], ["FWG"], []))], spoken=False, note="Sitzungsunterbrechung for 10 minutes"),
    I("6", "Mitteilungen und Anfragen", True, spoken=False),
    I("7", "Verpachtung der Gaststätte im Bürgerhaus", False,
      [D("Empfehlung an den Stadtrat zur Verpachtung", "angenommen", "Das sind alle, mit Kevin. Einstimmig.", unanimous=True)], spoken=False),
]
LATE = []
EARLY = []
SECRETS = ["Salvatore Russo", "650 Euro", "Oberlinxweiler"]
