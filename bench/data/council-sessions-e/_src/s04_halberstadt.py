META = dict(id="st-halberstadt-stadtrat-2026-10", split="dev", land="ST", body="Stadtrat",
            organization="Stadt Halberstadt", date="2026-10-29", origin="16:50:00", start="17:00", end="19:41",
            agenda="matching", chair="Reinhard Pohle",
            features=["Stadtrat (Sachsen-Anhalt), Vorsitzender des Stadtrates as chair, Oberbürgermeisterin (votes) reports",
                      "opening 'Ich begrüße alle ... und eröffne die heutige Sitzung'; Beschlussfähigkeit 'mit 34 anwesenden Mitgliedern'",
                      "Absetzungsantrag under TOP 1 for TOP 7 (Ortschaftsräte not heard) - TOP 7 abgesetzt before it is reached",
                      "Niederschrift 'bestätigt' = genehmigt, one Enthaltung",
                      "Jahresabschluss festgestellt, then Entlastung der Oberbürgermeisterin; she leaves the table (Mitwirkungsverbot § 33 KVG LSA, reported by the chair)",
                      "Linke-Änderungsantrag 'mit 9 zu 23 bei 3 Enthaltungen' abgelehnt, then Satzung with group votes",
                      "member declares 'nach § 33 KVG ausgeschlossen' himself; 'Der Antrag ist durch.'",
                      "Straßenbenennung 'ohne Gegenstimme und ohne Enthaltung'; Baumschutzsatzung 'erste Lesung', discussion without decision",
                      "late arrival (TOP 2) and early departure (TOP 9) in attendance; no non-public part"])
AGENDA_META = dict(slug="halberstadt/sr", date="2026-10-29", start="17:00", end="20:00", tz="+01:00",
                   name="Sitzung des Stadtrates", organizationName="Stadtrat der Stadt Halberstadt")
AGENDA = [
    ("1", "Eröffnung, Feststellung der Ordnungsmäßigkeit der Einladung, der Beschlussfähigkeit und der Tagesordnung", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Bestätigung der Niederschrift der Sitzung vom 24.09.2026", True),
    ("4", "Feststellung des Jahresabschlusses 2024 und Entlastung der Oberbürgermeisterin", True),
    ("5", "Satzung über die Erhebung von Kostenbeiträgen für die Benutzung der Kindertageseinrichtungen", True),
    ("6", "Vorhabenbezogener Bebauungsplan Nr. 48 „Wohnen an den Spiegelsbergen“ – Satzungsbeschluss", True),
    ("7", "Grundsatzbeschluss zur Zusammenlegung der Grundschulen Sargstedt und Emersleben", True),
    ("8", "Benennung einer Straße im Baugebiet „Am Sommerbad“", True),
    ("9", "Antrag der Fraktion Bündnis 90/Die Grünen: Erlass einer Baumschutzsatzung", True),
    ("10", "Informationen der Oberbürgermeisterin und Anfragen der Stadträte", True),
]
_e = "19:41:30"
ATTENDANCE = dict(title="Stadtrat Halberstadt 29.10.2026", domain="halberstadt.example.de", rows=[
    ("Reinhard Pohle", [("16:51:00", _e)], "Organizer"),
    ("Dr. Katrin Selle", [("16:51:40", _e)], "Presenter"),
    ("Ines Hartung", [("16:52:10", _e)], "Presenter"),
    ("Thomas Brandt", [("16:52:50", _e)], "Attendee"),
    ("Heike Schrader", [("16:53:20", _e)], "Attendee"),
    ("Mirko Zander", [("16:53:55", _e)], "Attendee"),
    ("Andreas Göbel", [("16:54:30", _e)], "Attendee"),
    ("Friederike Lamm", [("16:55:00", _e)], "Attendee"),
    ("Jan-Peter Voigt", [("16:55:40", "19:22:30")], "Attendee"),
    ("Klaus Dietrich", [("16:56:10", _e)], "Attendee"),
    ("Sandra Kühne", [("17:09:40", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:00:30
Reinhard Pohle: Ich begrüße alle Stadträtinnen und Stadträte, Frau Oberbürgermeisterin, die Gäste und die Presse und eröffne die heutige Sitzung des Stadtrates. Die Einladung ist ordnungsgemäß erfolgt. Mit 34 anwesenden Mitgliedern sind wir beschlussfähig.
Reinhard Pohle: Gibt es Anträge zur Tagesordnung? Herr Brandt.
Thomas Brandt: Ja. Die CDU-Fraktion beantragt, den Tagesordnungspunkt 7, die Zusammenlegung der Grundschulen, abzusetzen. Die Ortschaftsräte Sargstedt und Emersleben sind noch nicht angehört worden, und das ist nach dem Kommunalverfassungsgesetz Pflicht.
Dr. Katrin Selle: Das ist richtig, die Anhörung läuft noch. Die Verwaltung widerspricht nicht.
Reinhard Pohle: Dann stimmen wir über die Absetzung ab. Wer ist dafür? Gegenstimmen? Keine. Enthaltungen? Drei. Damit ist der Punkt 7 von der Tagesordnung abgesetzt. Mit dieser Änderung ist die Tagesordnung festgestellt.
#CLOCK 17:06:00
Reinhard Pohle: Einwohnerfragestunde. Gibt es Fragen aus der Einwohnerschaft? Bitte, Sie hinten.
Unknown Speaker: Ja, Schulze. Wir im Klusberg haben seit dem Sommer keine Straßenbeleuchtung mehr im Fußweg zur Kaserne. Ist da irgendwas geplant?
Ines Hartung: Frau Schulze, da ist ein Kabel beschädigt. Die Stadtwerke haben den Auftrag, das wird bis Mitte November erledigt.
#CLOCK 17:10:00
Sandra Kühne: Guten Abend, Entschuldigung für die Verspätung.
Reinhard Pohle: Guten Abend, Frau Kühne. Wir sind damit 35. Weitere Fragen aus der Einwohnerschaft gibt es nicht.
#CLOCK 17:12:00
Reinhard Pohle: Dann die Niederschrift vom 24. September. Einwendungen? Keine. Wer bestätigt die Niederschrift? Gegenstimmen? Keine. Enthaltungen? Eine. Die Niederschrift ist bei einer Enthaltung bestätigt.
#CLOCK 17:14:00
Reinhard Pohle: Wir kommen zum Jahresabschluss 2024. Frau Hartung, Sie als Kämmerin.
Ines Hartung: Der Jahresabschluss schließt mit einem Fehlbetrag von 2,86 Millionen Euro und damit 1,1 Millionen besser als geplant. Das Rechnungsprüfungsamt hat einen uneingeschränkten Bestätigungsvermerk erteilt. Die Prüfbemerkungen zur Inventur sind abgearbeitet.
Heike Schrader: Besser als geplant heißt in Halberstadt leider immer noch rote Zahlen. Aber wir danken der Kämmerei für die Arbeit.
Thomas Brandt: Dem schließen wir uns an. Eine Frage: Wann kommt der Abschluss 2025? Wir hängen ja immer noch hinterher.
Ines Hartung: Wir wollen den Entwurf im Frühjahr vorlegen, Herr Brandt, dann hätten wir den Rückstand aufgeholt.
Reinhard Pohle: Wir stimmen getrennt ab. Zuerst die Feststellung des Jahresabschlusses. Wer ist dafür? Gegenstimmen? Enthaltungen? Das ist einstimmig, der Jahresabschluss ist festgestellt.
Reinhard Pohle: Bei der Entlastung ist die Oberbürgermeisterin selbst betroffen und darf nach § 33 nicht mitwirken. Frau Dr. Selle hat mir das angezeigt und nimmt jetzt in der ersten Reihe Platz.
Dr. Katrin Selle: So ist es, ich gehe rüber.
Reinhard Pohle: Wer der Entlastung der Oberbürgermeisterin für das Haushaltsjahr 2024 zustimmt? Danke. Gegenstimmen? Keine. Enthaltungen? Vier. Also mit 30 Ja-Stimmen, keiner Nein-Stimme und 4 Enthaltungen ist die Entlastung erteilt. Frau Oberbürgermeisterin, Sie können zurückkommen.
#CLOCK 17:33:00
Reinhard Pohle: Tagesordnungspunkt 5, die Kostenbeitragssatzung für die Kitas.
Ines Hartung: Die Beiträge steigen im Krippenbereich um 14 Euro und im Kindergarten um 9 Euro monatlich. Das Land hat die Pauschalen nicht erhöht, die Personalkosten sind gestiegen. Die Geschwisterregelung bleibt, wie sie ist.
Heike Schrader: Die Linke beantragt, dass ab dem zweiten Kind die Beiträge um die Hälfte reduziert werden. Familien mit mehreren Kindern trifft das am härtesten.
Mirko Zander: Das klingt sozial, aber wer bezahlt das? Das sind nach der Vorlage rund 210.000 Euro im Jahr.
Andreas Göbel: Wir hätten uns auch eine Entlastung gewünscht, aber ohne Deckung können wir das nicht mittragen.
Reinhard Pohle: Dann der Änderungsantrag der Linken. Wer ist dafür? Neun. Wer ist dagegen? Dreiundzwanzig. Enthaltungen? Drei. Mit 9 zu 23 bei 3 Enthaltungen ist der Änderungsantrag abgelehnt.
Reinhard Pohle: Jetzt die Satzung wie in der Vorlage. Wer stimmt zu? Wer ist dagegen? Enthaltungen? Die Satzung ist mehrheitlich beschlossen, bei Gegenstimmen der Linken und der AfD.
#CLOCK 17:58:00
Reinhard Pohle: Als Nächstes der Bebauungsplan Spiegelsberge. Herr Dietrich?
Klaus Dietrich: Ich bin da nach § 33 KVG ausgeschlossen, mein Bruder ist Eigentümer einer der Flächen. Ich setze mich in den Zuschauerraum.
Ines Hartung: Die Abwägung ist in der Anlage 2. Wesentliche Änderung nach der Auslegung ist die Verschiebung der Zufahrt nach Westen, damit der Hohlweg erhalten bleibt.
Friederike Lamm: Das begrüßen wir ausdrücklich, das war unsere Forderung. Wir stimmen zu.
Mirko Zander: Äh, ich hätt nur eine Frage, sind die Stellplätze jetzt ausreichend? Das waren ja viele Beschwerden.
Ines Hartung: Ja, es ist ein Stellplatz je Wohneinheit plus Besucherparkplätze vorgesehen.
Reinhard Pohle: Gut, dann Abstimmung. Wer dafür ist, bitte die Karte. 31. Wer dagegen? 3. Enthaltungen? Keine. Der Antrag ist durch. Herr Dietrich, bitte wieder an den Tisch.
#CLOCK 18:21:00
Reinhard Pohle: Den Punkt 7 haben wir ja vorhin abgesetzt. Damit kommen wir zur Straßenbenennung am Sommerbad.
Andreas Göbel: Der Vorschlag, die Straße nach Dorothea Erxleben zu benennen, kommt aus dem Ortschaftsrat und wir unterstützen das sehr. Die erste promovierte Ärztin Deutschlands stammt aus Quedlinburg, gleich nebenan.
Reinhard Pohle: Wer stimmt der Benennung als Dorothea-Erxleben-Straße zu? Gegenstimmen? Enthaltungen? Ohne Gegenstimme und ohne Enthaltung, so beschlossen.
#CLOCK 18:27:00
Reinhard Pohle: Punkt 9, der Antrag der Grünen zur Baumschutzsatzung. Wie im Ältestenrat vereinbart, machen wir heute die erste Lesung und stimmen im Dezember ab.
Friederike Lamm: Danke. Halberstadt ist eine der wenigen Städte dieser Größe ohne Baumschutzsatzung. Wir haben allein im letzten Jahr auf Privatgrundstücken über 80 große Bäume verloren.
Thomas Brandt: Wir sehen den Verwaltungsaufwand. Jede Gartenhecke wird dann zur Akte. Wir möchten das im Bauausschuss genau sehen.
Jan-Peter Voigt: Die FDP lehnt das ab, das ist Bürokratie pur. Und ich muss mich dann verabschieden, ich habe noch einen Termin.
Reinhard Pohle: Danke, Herr Voigt. Dann sind wir 34. Weitere Wortmeldungen?
Heike Schrader: Wir unterstützen den Antrag, würden aber eine Bagatellgrenze von 80 Zentimeter Stammumfang vorschlagen.
Dr. Katrin Selle: Die Verwaltung wird bis Dezember eine Stellungnahme mit Personalbedarf vorlegen.
Reinhard Pohle: Gut, dann ist die erste Lesung abgeschlossen, eine Abstimmung gibt es heute nicht.
#CLOCK 19:10:00
Reinhard Pohle: Informationen der Oberbürgermeisterin und Anfragen.
Dr. Katrin Selle: Der Weihnachtsmarkt beginnt am 24. November, und der Domplatz ist ab morgen wegen des Aufbaus teilweise gesperrt.
Mirko Zander: Meine Anfrage zur Schwimmhalle hab ich schriftlich eingereicht, ich bitte um Beantwortung bis zur nächsten Sitzung.
Dr. Katrin Selle: Sie bekommen die Antwort schriftlich, Herr Zander.
Friederike Lamm: Nur kurz noch: Der Radweg an der Magdeburger Straße ist seit Wochen mit Laub zugeschüttet, da rutscht man weg.
Ines Hartung: Ich gebe das an den Bauhof weiter.
#CLOCK 19:40:30
Reinhard Pohle: Ich bedanke mich für die Mitarbeit und schließe die Sitzung um 19:41 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Bestätigung der Niederschrift vom 24.09.2026", "genehmigt",
                                   "Die Niederschrift ist bei einer Enthaltung bestätigt.", votes=(None, 0, 1))]),
    I("4", AGENDA[3][1], True, [
        D("Feststellung des Jahresabschlusses 2024", "angenommen",
          "Das ist einstimmig, der Jahresabschluss ist festgestellt.", unanimous=True),
        D("Entlastung der Oberbürgermeisterin für das Haushaltsjahr 2024", "angenommen",
          "Also mit 30 Ja-Stimmen, keiner Nein-Stimme und 4 Enthaltungen ist die Entlastung erteilt.", votes=(30, 0, 4),
          note="the Oberbürgermeisterin does not vote (Mitwirkungsverbot); 34 voting")],
      bias=["Dr. Katrin Selle"], note="Mitwirkungsverbot § 33 KVG LSA of the Oberbürgermeisterin for the Entlastung, reported by the chair"),
    I("5", AGENDA[4][1], True, [
        D("Änderungsantrag der Linken (Geschwisterermäßigung 50 Prozent)", "abgelehnt",
          "Mit 9 zu 23 bei 3 Enthaltungen ist der Änderungsantrag abgelehnt.", votes=(9, 23, 3)),
        D("Kostenbeitragssatzung Kindertageseinrichtungen", "angenommen",
          "Die Satzung ist mehrheitlich beschlossen, bei Gegenstimmen der Linken und der AfD.",
          groups=([], ["Linke", "AfD"], []))]),
    I("6", AGENDA[5][1], True, [D("Satzungsbeschluss vorhabenbezogener Bebauungsplan Nr. 48", "angenommen",
                                   "Der Antrag ist durch.", votes=(31, 3, 0),
                                   note="Dietrich (ausgeschlossen) does not vote; 34 voting")],
      bias=["Klaus Dietrich"], note="Mitwirkungsverbot § 33 KVG LSA declared by the member at the item"),
    I("7", AGENDA[6][1], True, [D("Absetzung des Tagesordnungspunktes (Antrag der CDU)", "abgesetzt",
                                   "Damit ist der Punkt 7 von der Tagesordnung abgesetzt.", votes=(None, 0, 3))],
      note="abgesetzt before the item was reached, by vote under TOP 1 (change of order)"),
    I("8", AGENDA[7][1], True, [D("Benennung als Dorothea-Erxleben-Straße", "angenommen",
                                   "Ohne Gegenstimme und ohne Enthaltung, so beschlossen.", votes=(None, 0, 0), unanimous=True)]),
    I("9", AGENDA[8][1], True, note="erste Lesung only, as agreed in the Ältestenrat; no vote, decision planned for December"),
    I("10", AGENDA[9][1], True),
]
LATE = [{"name": "Sandra Kühne", "top": "2"}]
EARLY = [{"name": "Jan-Peter Voigt", "top": "9"}]
SECRETS = []
