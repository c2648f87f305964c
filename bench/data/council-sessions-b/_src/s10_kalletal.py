META = dict(id="nrw-kalletal-rat-2026-05", split="test", land="NRW", body="Rat der Gemeinde",
            organization="Gemeinde Kalletal", date="2026-05-21", origin="17:55:00", start="18:00", end=None,
            agenda="mismatch", chair="Hendrik Vahle",
            agendaNote="agenda.json is the agenda of the Rat's following meeting (25.06.2026), not of this one",
            features=["mismatch agenda (same body, later date)", "early Befangenheit § 31 GO NRW for a later non-public TOP (Ratsfrau)",
                      "Tagesordnung umgestellt: TOP 4 called after TOP 7", "room device voice (Einwohnerfragestunde)",
                      "secret ballot with Stimmzettel (17 Stimmen für Frau X, 11 für Herrn Y, 1 ungültig)",
                      "en bloc: Wir stimmen über die Punkte 5 bis 7 gemeinsam ab", "Wer kann dem zustimmen?", "counts in words",
                      "vote by groups incl. UWK", "Die Öffentlichkeit ist ausgeschlossen", "non-public part without matching agenda",
                      "closing without time (end from timeline)"])
AGENDA_META = dict(slug="kalletal/rat", date="2026-06-25", start="18:00", end="21:00", tz="+02:00",
                   name="Sitzung des Rates der Gemeinde Kalletal", organizationName="Rat der Gemeinde Kalletal")
AGENDA = [
    ("1", "Eröffnung der Sitzung", True),
    ("2", "Fragestunde für Einwohnerinnen und Einwohner", True),
    ("3", "Feuerwehrbedarfsplan 2026–2031", True),
    ("4", "Umbenennung der Grundschule Talle", True),
    ("5", "Mitteilungen des Bürgermeisters", True),
    ("6", "Personalangelegenheiten", False),
]
ATTENDANCE = None

CUES = """
#CLOCK 17:58:00
Ratssaal Hohenhausen: Test, Test. Äh, die Leute im Stream müssten uns jetzt hören.
#CLOCK 18:00:10
Hendrik Vahle: Guten Abend, liebe Ratsmitglieder, ich eröffne die Sitzung des Rates. Wir sind ordnungsgemäß eingeladen, 28 Ratsmitglieder und ich sind anwesend, damit ist der Rat beschlussfähig.
Jutta Meierkord: Herr Bürgermeister, ich möchte vorab mitteilen, dass ich bei Tagesordnungspunkt 9 nach § 31 der Gemeindeordnung von der Mitwirkung ausgeschlossen bin. Ich verlasse dann den Saal.
Hendrik Vahle: Danke, Frau Meierkord. Dann eine Umstellung: Der Gutachter zur Windenergie steht im Stau, den Punkt 4 ziehen wir deshalb hinter Punkt 7. Ist der Rat einverstanden? Ich sehe Nicken, dann machen wir das so.
Hendrik Vahle: Punkt 2, Einwohnerfragestunde. Am Saalmikrofon, bitte.
Ratssaal Hohenhausen: Ja, guten Abend, Wilfried Prange aus Langenholzhausen. Wann wird der Radweg nach Varenholz fertig? Da steht seit März die Baustelle still.
Hendrik Vahle: Die Baufirma hat Insolvenz angemeldet, wir schreiben den Rest neu aus. Realistisch ist der Herbst.
#CLOCK 18:07:30
Hendrik Vahle: Punkt 3, die Nachwahl einer stellvertretenden Bürgermeisterin oder eines stellvertretenden Bürgermeisters, weil Herr Kuhlmann nach Bielefeld gezogen ist. Vorgeschlagen sind Frau Anke Brakemeier und Herr Dirk Ottensmeier. Es ist geheime Wahl beantragt, Stimmzettel werden verteilt.
#CLOCK 18:21:00
Hendrik Vahle: Ich gebe das Ergebnis bekannt: abgegeben 29 Stimmzettel. 17 Stimmen für Frau Brakemeier, 11 für Herrn Ottensmeier, 1 ungültig. Frau Brakemeier, nehmen Sie die Wahl an?
Anke Brakemeier: Ja, ich nehme die Wahl an und bedanke mich für das Vertrauen.
Hendrik Vahle: Dann ist Frau Brakemeier gewählt, herzlichen Glückwunsch. Die Vereidigung machen wir gleich im Anschluss an die Sitzung.
#CLOCK 18:24:00
Hendrik Vahle: Die Punkte 5, 6 und 7, also Jahresabschluss 2025, die Änderung der Straßenreinigungssatzung und die Annahme von Zuwendungen, sind im Haupt- und Finanzausschuss vorberaten worden. Wir stimmen über die Punkte 5 bis 7 gemeinsam ab, wenn niemand widerspricht.
Klaus Wehrmann: Kein Widerspruch, aber zur Straßenreinigung: Wir hätten gern, dass die Kehrtermine auch auf der Homepage stehen.
Hendrik Vahle: Das machen wir. Wer kann dem zustimmen? Danke. Gegenstimmen? Enthaltungen? Keine. Damit sind die Punkte 5 bis 7 einstimmig beschlossen.
#CLOCK 18:31:00
Martina Schäferjohann: Herr Bürgermeister, der Gutachter ist gerade gekommen.
Hendrik Vahle: Sehr gut. Dann kommen wir jetzt zu Punkt 4, der Änderung des Flächennutzungsplans für Windenergie. Herr Dr. Lammers, bitte.
Dr. Jens Lammers: Guten Abend. Wir schlagen drei Konzentrationszonen vor, zusammen rund 180 Hektar, alle mit mindestens 1.000 Metern Abstand zur Wohnbebauung. Damit erfüllt die Gemeinde ihren Flächenbeitrag.
Dirk Ottensmeier: Die Zone bei Bavenhausen liegt mitten im Vogelzug, das steht ja auch im Gutachten. Da sind wir dagegen.
Dr. Jens Lammers: Für diese Zone sind Abschaltzeiten während des Vogelzugs vorgesehen, das ist im Umweltbericht beschrieben.
Klaus Wehrmann: Wenn wir nicht selber planen, baut am Ende jeder, wo er will. Deshalb trägt die SPD das mit.
Anke Brakemeier: Die CDU stimmt auch zu.
Hendrik Vahle: Dann lasse ich abstimmen. Wer kann dem zustimmen? SPD, CDU und Grüne. Dagegen? Die UWK und die AfD. Enthaltungen? Die FDP. Gezählt sind das einundzwanzig zu sechs bei zwei Enthaltungen. Damit ist die Änderung beschlossen.
#CLOCK 19:02:00
Hendrik Vahle: Punkt 8, Mitteilungen und Anfragen. Frau Schäferjohann, haben Sie etwas?
Martina Schäferjohann: Nur eine Mitteilung: Die Freibadsaison in Hohenhausen beginnt am 30. Mai.
Dirk Ottensmeier: Anfrage: Wie viele Anträge auf den Dorfentwicklungszuschuss sind eingegangen?
Martina Schäferjohann: Neun, vier sind bewilligt.
#CLOCK 19:10:00
Hendrik Vahle: Damit ist der öffentliche Teil beendet. Ich bitte die Zuhörerinnen und Zuhörer, den Saal zu verlassen, und schalte den Stream ab.
#CLOCK 19:13:00
#NP
Hendrik Vahle: Die Öffentlichkeit ist ausgeschlossen. Punkt 9. Frau Meierkord hat den Saal verlassen. Frau Schäferjohann.
Martina Schäferjohann: Herr Uwe Meierkord bietet der Gemeinde die Hofstelle Kalldorfer Straße 14 für das geplante Dorfgemeinschaftshaus an, für 212.000 Euro. Das Wertgutachten liegt bei 205.000 Euro.
Anke Brakemeier: Die Differenz ist vertretbar, die Lage ist ideal.
Hendrik Vahle: Wer stimmt dem Ankauf zu? Gegenstimmen? Drei. Enthaltungen? Zwei. Damit ist der Ankauf beschlossen.
#CLOCK 19:24:00
Hendrik Vahle: Frau Meierkord kann wieder herein. Punkt 10, Auftrag für die Kita-Erweiterung in Hohenhausen.
Martina Schäferjohann: Günstigster Bieter ist die Firma Brinkmann Holzbau mit 1,14 Millionen Euro, das liegt innerhalb der Kostenberechnung.
Hendrik Vahle: Wer ist dafür? Danke. Das ist einstimmig.
#CLOCK 19:33:00
Hendrik Vahle: Dann bedanke ich mich bei Ihnen und schließe die Sitzung. Frau Brakemeier, wir machen jetzt die Vereidigung.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=False),
    I("2", "Einwohnerfragestunde", True, spoken=True),
    I("3", "Nachwahl einer stellvertretenden Bürgermeisterin / eines stellvertretenden Bürgermeisters", True,
      [D("Wahl (geheim, Stimmzettel)", "gewählt", "Dann ist Frau Brakemeier gewählt, herzlichen Glückwunsch.",
         ballot={"Anke Brakemeier": 17, "Dirk Ottensmeier": 11, "ungültig": 1}, note="candidate counts are in `ballot`")], spoken=True),
    I("4", "Änderung des Flächennutzungsplans: Konzentrationszonen für Windenergie", True,
      [D("Änderung des Flächennutzungsplans", "angenommen", "Damit ist die Änderung beschlossen.", votes=(21, 6, 2),
         groups=(["SPD", "CDU", "Grüne"], ["UWK", "AfD"], ["FDP"]))], spoken=True, note="called after TOP 7 (Tagesordnung umgestellt)"),
    I("5", "Feststellung des Jahresabschlusses 2025", True,
      [D("Jahresabschluss 2025 (en bloc 5-7)", "angenommen", "Damit sind die Punkte 5 bis 7 einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True)], spoken=True),
    I("6", "Änderung der Straßenreinigungssatzung", True,
      [D("Änderung der Straßenreinigungssatzung (en bloc 5-7)", "angenommen", "Damit sind die Punkte 5 bis 7 einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True)], spoken=True),
    I("7", "Annahme von Zuwendungen", True,
      [D("Annahme von Zuwendungen (en bloc 5-7)", "angenommen", "Damit sind die Punkte 5 bis 7 einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True)], spoken=True),
    I("8", "Mitteilungen und Anfragen", True, spoken=True),
    I("9", "Grundstücksangelegenheit: Ankauf einer Hofstelle", False,
      [D("Ankauf der Hofstelle", "angenommen", "Damit ist der Ankauf beschlossen.", votes=(None, 3, 2))], bias=["Jutta Meierkord"], spoken=True,
      note="Befangenheit declared at the start of the session"),
    I("10", "Vergabe: Erweiterung der Kita in Hohenhausen", False,
      [D("Vergabe Kita-Erweiterung", "angenommen", "Wer ist dafür? Danke. Das ist einstimmig.", unanimous=True)], spoken=True),
]
LATE = []
EARLY = []
SECRETS = ["Uwe Meierkord", "Kalldorfer Straße 14", "212.000 Euro", "205.000 Euro", "Brinkmann Holzbau", "1,14 Millionen Euro"]
