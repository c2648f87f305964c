META = dict(id="he-hanau-umweltausschuss-2026-03", split="dev", land="HE",
            body="Ausschuss für Umwelt, Klima und Energie", organization="Stadt Hanau",
            date="2026-03-10", origin="17:59:00", start="18:01", end="19:34", agenda="matching",
            chair="Bernd Laubach",
            features=["TOP 7 wird abgesetzt (at start)", "title-only calling (Dann das Thema Solarpflicht)", "votes by group (Hessian style)",
                      "online member asked individually", "hat zur Kenntnis genommen", "an den Haupt- und Finanzausschuss überwiesen",
                      "Mit 6 Ja-Stimmen gegen 7 Nein-Stimmen abgelehnt", "Widerstreit der Interessen § 25 HGO at item",
                      "late arrival", "early departure", "Verschiedenes without decision", "Niederschrift genehmigt", "no non-public part"])

AGENDA_META = dict(slug="hanau/ausschuss-umwelt-klima-energie", date="2026-03-10", start="18:00", end="20:00",
                   name="9. Sitzung des Ausschusses für Umwelt, Klima und Energie", organizationName="Ausschuss für Umwelt, Klima und Energie")
AGENDA = [
    ("1", "Genehmigung der Niederschrift über die Sitzung vom 27.01.2026", True),
    ("2", "Bericht des Magistrats: Hitzeaktionsplan", True),
    ("3", "Antrag der Fraktion Bündnis 90/Die Grünen: Solarpflicht für städtische Neubauten", True),
    ("4", "Magistratsvorlage: Förderrichtlinie Steckersolargeräte", True),
    ("5", "Antrag der CDU-Fraktion: Baumpatenschaften", True),
    ("6", "Magistratsvorlage: Verlängerung des Fernwärme-Gestattungsvertrags mit der Stadtwerke Hanau GmbH", True),
    ("7", "Antrag der FDP-Fraktion: Verbot von Laubbläsern auf städtischen Flächen", True),
    ("8", "Verschiedenes", True),
]

ATTENDANCE = dict(domain="hanau.de", title="Ausschuss für Umwelt, Klima und Energie", rows=[
    ("Bernd Laubach", [("17:58:40", "19:34:30")], "Organizer"),
    ("Sevgi Aydın", [("17:59:10", "19:34:20")], "Attendee"),
    ("Rüdiger Kämmerling", [("18:00:15", "19:34:20")], "Attendee"),
    ("Natascha Wendel", [("18:22:05", "19:34:20")], "Attendee"),
    ("Florian Siebert", [("17:59:40", "19:34:20")], "Attendee"),
    ("Matthias Pfeifer", [("17:59:50", "19:10:33")], "Attendee"),
    ("Dr. Elke Nowotny", [("17:58:55", "19:34:25")], "Presenter"),
    ("Ratssaal Hanau", [("17:57:00", "19:34:44")], "Attendee"),
], emails={"Sevgi Aydın": "sevgi.aydin@hanau.de"})

CUES = """
#CLOCK 18:00:50
Bernd Laubach: Guten Abend, ich eröffne die 9. Sitzung des Ausschusses für Umwelt, Klima und Energie um 18:01 Uhr. Ich stelle die Beschlussfähigkeit fest. Frau Wendel verspätet sich etwas, Frau Aydın ist online zugeschaltet.
Bernd Laubach: Zur Tagesordnung: Die FDP hat gebeten, ihren Antrag zu den Laubbläsern noch einmal in der Fraktion zu beraten. Tagesordnungspunkt 7 wird deshalb heute abgesetzt.
Bernd Laubach: Tagesordnungspunkt 1, die Niederschrift vom 27. Januar. Gibt es Anmerkungen? Keine. Wer stimmt zu? Einstimmig genehmigt.
Bernd Laubach: Dann der Bericht des Magistrats zum Hitzeaktionsplan. Frau Dr. Nowotny.
Dr. Elke Nowotny: Danke. Wir haben im letzten Sommer 14 kühle Orte eingerichtet, unter anderem in der Stadtbibliothek, und die Trinkwasserbrunnen auf acht erhöht. Für 2026 kommen Hitzetelefon und Patenschaften für ältere Menschen dazu.
Rüdiger Kämmerling: Wie wird das Hitzetelefon finanziert?
Dr. Elke Nowotny: Aus dem Budget des Gesundheitsamts, etwa 35.000 Euro.
Bernd Laubach: Danke. Der Ausschuss hat den Bericht zur Kenntnis genommen.
#CLOCK 18:23:00
Bernd Laubach: Dann das Thema Solarpflicht. Ich begrüße Frau Wendel, die gerade gekommen ist. Frau Aydın, Sie bringen den Antrag ein?
Sevgi Aydın: Ja, danke. Wir wollen dass alle städtischen Neubauten und alle Dachsanierungen ab 2027 mit Photovoltaik ausgestattet werden, soweit statisch möglich.
Florian Siebert: Grundsätzlich richtig, aber ohne Wirtschaftlichkeitsprüfung im Einzelfall können wir nicht zustimmen.
Bernd Laubach: Dann Abstimmung im Saal. Wer stimmt zu? SPD, Grüne und Linke. Dagegen? CDU und AfD. Enthaltung? FDP. Frau Aydın online?
Sevgi Aydın: Ich stimme natürlich zu.
Bernd Laubach: Danke. Damit ist der Antrag angenommen.
Bernd Laubach: Tagesordnungspunkt 4, die Förderrichtlinie für Steckersolargeräte. Die Förderung soll 200 Euro pro Gerät betragen, insgesamt 150.000 Euro.
Matthias Pfeifer: Über die Haushaltsmittel sollte der Haupt- und Finanzausschuss entscheiden, bevor wir hier was empfehlen.
Bernd Laubach: Das sehe ich auch so. Ohne Widerspruch wird die Vorlage an den Haupt- und Finanzausschuss überwiesen.
Bernd Laubach: Punkt 5, Antrag der CDU zu Baumpatenschaften. Herr Siebert.
Florian Siebert: Bürgerinnen und Bürger sollen Patenschaften für Straßenbäume übernehmen können, gießen, Baumscheiben pflegen. Die Stadt stellt ein Schild und eine Gießkanne.
Rüdiger Kämmerling: Das gibt es doch schon über den Verein Hanau blüht auf, da brauchen wir kein zweites Programm.
Bernd Laubach: Dann stimmen wir ab. Ich zähle. Mit 6 Ja-Stimmen gegen 7 Nein-Stimmen ist der Antrag abgelehnt.
#CLOCK 19:05:00
Bernd Laubach: Tagesordnungspunkt 6, die Verlängerung des Fernwärme-Gestattungsvertrags.
Rüdiger Kämmerling: Ich muss anzeigen, dass ich Mitglied der Geschäftsführung der Stadtwerke bin, insoweit liegt Widerstreit der Interessen vor. Ich verlasse den Raum.
Bernd Laubach: Danke, Herr Kämmerling nimmt nicht teil. Der Vertrag wird um 20 Jahre verlängert, die Konzessionsabgabe steigt auf 2,5 Prozent. Wortmeldungen sehe ich keine.
Bernd Laubach: Wer stimmt zu? Das ist einstimmig, auch online. Danke. Herr Kämmerling kann wieder reinkommen.
Matthias Pfeifer: Herr Vorsitzender, ich verabschiede mich, ich muss noch zur Feuerwehr.
Bernd Laubach: Danke Herr Pfeifer. Punkt 7 ist abgesetzt, dann Verschiedenes. Gibt es noch was?
Natascha Wendel: Ja, die Müllsammelaktion am Mainufer ist am 21. März, alle sind herzlich eingeladen.
Florian Siebert: Und die Ladesäulen am Freiheitsplatz, da gibt es immer wieder Beschwerden, vielleicht kann der Magistrat das mal aufnehmen.
Dr. Elke Nowotny: Nehmen wir mit.
#CLOCK 19:33:30
Bernd Laubach: Dann bedanke ich mich und schließe die Sitzung um 19:34 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True, [D("Niederschrift vom 27.01.2026", "genehmigt", "Einstimmig genehmigt.", unanimous=True)]),
    I("2", AGENDA[1][1], True, [D("Bericht Hitzeaktionsplan", "zur Kenntnis genommen", "Der Ausschuss hat den Bericht zur Kenntnis genommen.")]),
    I("3", AGENDA[2][1], True, [D("Antrag der Fraktion Bündnis 90/Die Grünen", "angenommen", "Damit ist der Antrag angenommen.",
                                  groups=(["SPD", "Grüne", "Linke"], ["CDU", "AfD"], ["FDP"]))],
      note="online member Sevgi Aydın (Grüne) voted yes individually"),
    I("4", AGENDA[3][1], True, [D("Überweisung an den Haupt- und Finanzausschuss", "verwiesen",
                                  "Ohne Widerspruch wird die Vorlage an den Haupt- und Finanzausschuss überwiesen.")]),
    I("5", AGENDA[4][1], True, [D("Antrag der CDU-Fraktion", "abgelehnt",
                                  "Mit 6 Ja-Stimmen gegen 7 Nein-Stimmen ist der Antrag abgelehnt.", votes=(6, 7, None))]),
    I("6", AGENDA[5][1], True, [D("Magistratsvorlage Gestattungsvertrag", "angenommen", "Das ist einstimmig, auch online.", unanimous=True)],
      bias=["Rüdiger Kämmerling"]),
    I("7", AGENDA[6][1], True, [D("Absetzung von der Tagesordnung", "abgesetzt", "Tagesordnungspunkt 7 wird deshalb heute abgesetzt.")]),
    I("8", AGENDA[7][1], True),
]
LATE = [{"name": "Natascha Wendel", "top": "3"}]
EARLY = [{"name": "Matthias Pfeifer", "top": "6"}]
SECRETS = []
