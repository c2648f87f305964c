META = dict(id="bw-nuertingen-gemeinderat-2026-10", split="test", land="BW", body="Gemeinderat",
            organization="Stadt Nürtingen", date="2026-10-20", origin="18:20:00", start="18:31", end="21:07",
            agenda="matching", chair="Dr. Friedemann Ostertag",
            features=["Gemeinderat (Baden-Württemberg), Oberbürgermeister as chair (votes himself), Bürgermeisterin and Stadtbaumeister present",
                      "opening 'ich begrüße Sie ... und stelle die ordnungsgemäße Ladung fest'",
                      "early Befangenheit § 18 GemO declared under TOP 1 for TOP 5 (Stadtrat), member moves to the Zuhörerbereich at the item",
                      "FDP-Änderungsantrag rejected ('Damit ist der Antrag nicht angenommen'), then Baubeschluss 'einstimmig bei Enthaltung der FDP' (not unanimous)",
                      "Vertagungsantrag der SPD angenommen (Gebührenkalkulation)",
                      "Wer ist dafür? / Wer ist dagegen? / Enthaltungen? with counts in words",
                      "late arrival and early departure (attendance)",
                      "non-public part with matching agenda ('Wir sind jetzt unter uns'), Stundung angenommen, Grunderwerb zur Kenntnis genommen"])
AGENDA_META = dict(slug="nuertingen/gr", date="2026-10-20", start="18:30", end="22:00", tz="+02:00",
                   name="Öffentliche und nichtöffentliche Sitzung des Gemeinderats", organizationName="Gemeinderat der Stadt Nürtingen")
AGENDA = [
    ("1", "Eröffnung, Feststellung der ordnungsgemäßen Einberufung und der Beschlussfähigkeit", True),
    ("2", "Fragestunde für Einwohnerinnen und Einwohner", True),
    ("3", "Bekanntgabe nichtöffentlich gefasster Beschlüsse", True),
    ("4", "Neubau Kinderhaus Roßdorf – Baubeschluss", True),
    ("5", "Bebauungsplan „Säer-Ost“ – Satzungsbeschluss", True),
    ("6", "Neukalkulation der Friedhofsgebühren ab 2027", True),
    ("7", "Annahme von Spenden, Schenkungen und ähnlichen Zuwendungen", True),
    ("8", "Anfragen aus dem Gemeinderat", True),
    ("9", "Antrag auf Stundung einer Gewerbesteuerforderung", False),
    ("10", "Grundstücksangelegenheit – Information über einen Erwerb", False),
]
_e = "21:07:50"
ATTENDANCE = dict(title="Gemeinderat Nürtingen – Sitzung 20.10.2026", domain="nuertingen.example.de", rows=[
    ("Dr. Friedemann Ostertag", [("18:22:10", _e)], "Organizer"),
    ("Annika Schwenkel", [("18:23:00", _e)], "Presenter"),
    ("Björn Haidlauf", [("18:23:40", _e)], "Presenter"),
    ("Gerlinde Maurer-Fink", [("18:24:05", _e)], "Attendee"),
    ("Rüdiger Eppinger", [("18:24:30", _e)], "Attendee"),
    ("Tamara Kocabaş", [("18:25:10", _e)], "Attendee"),
    ("Uwe Scheufele", [("18:25:40", _e)], "Attendee"),
    ("Constanze Rieber", [("18:26:20", "19:57:00")], "Attendee"),
    ("Malte Grözinger", [("18:27:00", _e)], "Attendee"),
    ("Leonie Weißhaar", [("19:02:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 18:31:00
Dr. Friedemann Ostertag: Meine Damen und Herren, liebe Kolleginnen und Kollegen im Gemeinderat, ich begrüße Sie ganz herzlich zur heutigen Sitzung und stelle die ordnungsgemäße Ladung fest. Die Unterlagen sind Ihnen am 9. Oktober zugegangen. Wir sind mit mir 27 von 33 Stimmberechtigten, also beschlussfähig.
Dr. Friedemann Ostertag: Entschuldigt sind Herr Brodbeck und Frau Alber. Frau Weißhaar hat Bescheid gegeben, sie steckt noch im Stau auf der B 313 und kommt nach. Ich begrüße außerdem Frau Bürgermeisterin Schwenkel und Herrn Stadtbaumeister Haidlauf.
Uwe Scheufele: Herr Oberbürgermeister, darf ich kurz?
Dr. Friedemann Ostertag: Bitte, Herr Scheufele.
Uwe Scheufele: Ich melde vorab, dass ich bei Ziffer 5, dem Säer-Ost, befangen bin nach § 18 Gemeindeordnung. Mein Sohn hat dort einen Bauplatz reserviert. Ich setze mich bei dem Punkt nach hinten.
Dr. Friedemann Ostertag: Danke für den frühen Hinweis, so halten wir es. Zur Tagesordnung selbst gibt es keine Wortmeldungen, dann bleibt sie so.
#CLOCK 18:35:00
Dr. Friedemann Ostertag: Wir haben Gäste im Saal. Ist jemand da, der eine Frage an die Verwaltung stellen möchte? Dort hinten, bitte ans Saalmikrofon.
Unknown Speaker: Ja, hallo, Kübler mein Name, aus der Hölderlinstraße. Bei uns rasen die Leute morgens durch, seit die Umleitung da ist. Kann man da nicht mal blitzen?
Annika Schwenkel: Herr Kübler, die Umleitung endet am 31. Oktober. Wir haben die Verkehrsüberwachung gebeten, bis dahin zweimal pro Woche zu messen, das sage ich Ihnen zu.
Unknown Speaker: Also dann, danke schön.
Dr. Friedemann Ostertag: Weitere Fragen sehe ich nicht. Dann schließe ich die Fragestunde.
Dr. Friedemann Ostertag: Bekanntgaben aus der letzten nichtöffentlichen Sitzung: Der Gemeinderat hat am 22. September die Vergabe der Dachsanierung der Mörikeschule beschlossen. Mehr gibt es nicht bekanntzugeben.
#CLOCK 18:41:00
Dr. Friedemann Ostertag: Dann kommen wir zum Kinderhaus in Roßdorf. Herr Haidlauf, Sie haben das Wort.
Björn Haidlauf: Gerne. Das Kinderhaus soll sechs Gruppen aufnehmen, vier Ü3 und zwei Krippengruppen. Die Kostenberechnung liegt bei 9,6 Millionen Euro brutto. Wir schlagen einen Massivbau mit begrüntem Flachdach vor, Baubeginn im Frühjahr 2027.
Björn Haidlauf: Der Zuschuss aus dem Ausgleichstock ist beantragt. Rechnen Sie bitte mit rund 1,8 Millionen, eine feste Zusage haben wir noch nicht.
Malte Grözinger: Die FDP hat einen Änderungsantrag vorgelegt, er liegt Ihnen als Tischvorlage vor. Wir wollen die Ausschreibung technologieoffen machen, also modular und in Holzbauweise als Alternative zulassen. Das kann schneller gehen und ist am Ende vielleicht billiger.
Björn Haidlauf: Das haben wir geprüft. Modulbau für eine Kita dieser Größe ist in der Region derzeit nicht günstiger, und wir würden den Zeitplan um ein halbes Jahr verschieben, weil neu geplant werden muss.
Gerlinde Maurer-Fink: Für die CDU: Wir brauchen die Plätze, und zwar jetzt. Die Warteliste in Roßdorf hat 41 Kinder. Wir gehen den Weg der Verwaltung mit.
Tamara Kocabaş: Wir Grünen hätten uns auch mehr Holz gewünscht, das sage ich offen. Aber eine neue Planungsschleife können wir den Eltern nicht zumuten.
#CLOCK 19:03:00
Leonie Weißhaar: Guten Abend zusammen, Entschuldigung für die Verspätung.
Dr. Friedemann Ostertag: Grüß Gott, Frau Weißhaar, wir sind beim Kinderhaus. Damit sind wir 28. Herr Eppinger noch.
Rüdiger Eppinger: Nur kurz: Die Freien Wähler wollen, dass der Gemeinderat bei Mehrkosten über zehn Prozent wieder befasst wird. Das steht so im Beschlussvorschlag, Ziffer 3, und das ist uns wichtig.
Dr. Friedemann Ostertag: So ist es vorgesehen. Dann lasse ich zuerst über den Änderungsantrag der FDP abstimmen. Wer ist dafür? Zwei. Wer ist dagegen? Einundzwanzig. Enthaltungen? Fünf. Damit ist der Antrag nicht angenommen.
Dr. Friedemann Ostertag: Jetzt der Beschlussvorschlag der Verwaltung, Baubeschluss in der vorliegenden Fassung. Wer ist dafür? Wer ist dagegen? Niemand. Enthaltungen? Die beiden Kollegen von der FDP.
Dr. Friedemann Ostertag: Also einstimmig bei Enthaltung der FDP, der Baubeschluss ist gefasst.
#CLOCK 19:18:00
Dr. Friedemann Ostertag: Herr Scheufele, jetzt kommt Ihr Punkt. Danke, dass Sie schon hinten Platz genommen haben. Punkt 5, Bebauungsplan Säer-Ost.
Björn Haidlauf: Wir haben in der zweiten Offenlage noch elf Stellungnahmen bekommen, die meisten zur Stellplatzsatzung und zum Regenwasser. Die Abwägung finden Sie in Anlage 4. Neu ist eine Zisternenpflicht für alle Einzelhäuser.
Constanze Rieber: Die SPD hat eine Bitte: Dass der Anteil an Mietwohnungen, den wir im städtebaulichen Vertrag haben, auch wirklich kontrolliert wird. Das war bei früheren Gebieten nicht so.
Annika Schwenkel: Der Vertrag hat eine Nachweispflicht nach fünf Jahren, Frau Rieber. Wir berichten im Technischen Ausschuss.
Malte Grözinger: Die Zisternenpflicht finden wir überzogen, aber wir werden deswegen den Plan nicht aufhalten.
Dr. Friedemann Ostertag: Dann die Abstimmung über den Satzungsbeschluss samt Abwägung. Wer zustimmen möchte, bitte Handzeichen. Das sind 24. Gegenprobe? Keine. Enthaltungen? Drei. Der Satzungsbeschluss ist damit gefasst. Herr Scheufele, Sie können wieder nach vorne kommen.
#CLOCK 19:40:00
Dr. Friedemann Ostertag: Weiter geht es mit den Friedhofsgebühren. Frau Schwenkel.
Annika Schwenkel: Die Kalkulation zeigt eine Unterdeckung von rund 310.000 Euro im Jahr. Um auf eine Kostendeckung von 80 Prozent zu kommen, müssten die Grabnutzungsgebühren im Schnitt um 23 Prozent steigen. Die Urnengemeinschaftsanlage wäre ausgenommen.
Constanze Rieber: 23 Prozent in einem Schritt halte ich für nicht vermittelbar. Wir haben außerdem die Zahlen aus den Ortsteilen erst gestern bekommen. Ich beantrage für die SPD, den Punkt zu vertagen und im Verwaltungsausschuss im November vorzuberaten.
Gerlinde Maurer-Fink: Da gehen wir mit, das ist kein Punkt für einen Schnellschuss.
Rüdiger Eppinger: Wir eigentlich nicht, wir hätten heute entscheiden können. Aber gut.
Dr. Friedemann Ostertag: Es gibt einen Antrag auf Vertagung. Wer ist für die Vertagung? Das ist die Mehrheit. Wer ist dagegen? Vier. Enthaltungen? Keine. So beschlossen, der Punkt wird vertagt und kommt über den Verwaltungsausschuss wieder.
#CLOCK 19:52:00
Dr. Friedemann Ostertag: Die Spendenliste. Es sind zwölf Zuwendungen, zusammen 18.450 Euro, darunter die große Spende des Fördervereins Freibad. Muss jemand wegen der Liste befangen erklären? Das ist nicht der Fall.
Dr. Friedemann Ostertag: Wer der Annahme zustimmt? Ist jemand dagegen? Enthält sich jemand? Dann haben wir die Annahme einstimmig beschlossen.
#CLOCK 19:56:00
Dr. Friedemann Ostertag: Anfragen aus dem Gemeinderat, bitte.
Tamara Kocabaş: Die Ampel am Bahnhof ist seit drei Wochen auf Blinkbetrieb. Wann wird die repariert?
Björn Haidlauf: Das Steuergerät ist bestellt, Lieferung angekündigt für nächste Woche.
Constanze Rieber: Herr Oberbürgermeister, ich muss mich leider verabschieden, ich habe Nachtdienst. Meine Anfrage zum Hallenbad reiche ich schriftlich ein.
Dr. Friedemann Ostertag: Danke, Frau Rieber, gute Nacht. Dann sind wir 27.
Uwe Scheufele: Noch eine Sache zum Winterdienst in den Teilorten: Die Räumpläne sind auf der Homepage nicht mehr zu finden.
Annika Schwenkel: Das stimmt, die neue Seite ist da noch lückenhaft. Ich lasse das bis Ende der Woche einstellen.
Dr. Friedemann Ostertag: Damit ist der öffentliche Teil beendet. Ich bitte die Zuhörerinnen und Zuhörer und die Presse, uns jetzt zu verlassen. Vielen Dank für Ihr Interesse.
#CLOCK 20:32:00
#NP
Dr. Friedemann Ostertag: So, wir sind jetzt unter uns. Punkt 9, die Stundung. Frau Schwenkel, bitte.
Annika Schwenkel: Die Firma Stegmaier Metallbau beantragt die Stundung von Gewerbesteuer in Höhe von 214.800 Euro bis Juni 2027. Grund ist ein Großauftrag aus Schweden, der erst im Frühjahr bezahlt wird. Wir schlagen Stundung gegen Sicherheitsleistung und zwei Prozent Zinsen vor.
Rüdiger Eppinger: Ist die Bürgschaft der Hausbank schon da?
Annika Schwenkel: Die Zusage der Kreissparkasse liegt vor, unterschrieben ist sie noch nicht. Der Beschluss wäre unter dieser Bedingung.
Dr. Friedemann Ostertag: Dann stimmen wir ab. Wer ist dafür? 25. Dagegen? Keiner. Enthaltungen? Zwei. Der Beschlussvorschlag ist damit angenommen.
#CLOCK 20:48:00
Dr. Friedemann Ostertag: Und zum Schluss eine Information zu Punkt 10. Herr Haidlauf.
Björn Haidlauf: Die Stadt hat im Rahmen der Eilzuständigkeit des Oberbürgermeisters das Wiesengrundstück am Tiefenbach erworben, 6.120 Quadratmeter, für die Hochwasserrückhaltung. Der Kaufpreis lag bei 14 Euro pro Quadratmeter.
Gerlinde Maurer-Fink: Da ist der Preis aber anständig, gut gemacht.
Dr. Friedemann Ostertag: Ein Beschluss ist nicht nötig, der Gemeinderat nimmt das zur Kenntnis. Ich sehe Nicken, dann ist das so zur Kenntnis genommen.
#CLOCK 21:06:30
Dr. Friedemann Ostertag: Ich danke Ihnen für die konzentrierte Sitzung und schließe um 21:07 Uhr. Kommen Sie gut heim.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True, [
        D("Änderungsantrag der FDP (technologieoffene Ausschreibung, Modul-/Holzbau)", "abgelehnt",
          "Damit ist der Antrag nicht angenommen.", votes=(2, 21, 5)),
        D("Baubeschluss Neubau Kinderhaus Roßdorf", "angenommen",
          "Also einstimmig bei Enthaltung der FDP, der Baubeschluss ist gefasst.", votes=(26, 0, 2), unanimous=False,
          groups=([], [], ["FDP"]),
          note="'einstimmig bei Enthaltung der FDP' is not unanimous; 28 present, the two FDP members abstained")]),
    I("5", AGENDA[4][1], True, [D("Satzungsbeschluss Bebauungsplan Säer-Ost mit Abwägung", "angenommen",
                                   "Der Satzungsbeschluss ist damit gefasst.", votes=(24, 0, 3),
                                   note="Scheufele (befangen) does not vote: 27 voting")],
      bias=["Uwe Scheufele"], note="Befangenheit § 18 GemO declared under TOP 1"),
    I("6", AGENDA[5][1], True, [D("Vertagungsantrag der SPD", "vertagt",
                                   "So beschlossen, der Punkt wird vertagt und kommt über den Verwaltungsausschuss wieder.", votes=(None, 4, 0))]),
    I("7", AGENDA[6][1], True, [D("Annahme von zwölf Zuwendungen", "angenommen",
                                   "Dann haben wir die Annahme einstimmig beschlossen.", unanimous=True)]),
    I("8", AGENDA[7][1], True),
    I("9", AGENDA[8][1], False, [D("Stundung der Gewerbesteuer gegen Sicherheitsleistung", "angenommen",
                                    "Der Beschlussvorschlag ist damit angenommen.", votes=(25, 0, 2))]),
    I("10", AGENDA[9][1], False, [D("Information über einen Grunderwerb", "zur Kenntnis genommen",
                                     "dann ist das so zur Kenntnis genommen.")]),
]
LATE = [{"name": "Leonie Weißhaar", "top": "4"}]
EARLY = [{"name": "Constanze Rieber", "top": "8"}]
SECRETS = ["Stegmaier Metallbau", "214.800 Euro", "Tiefenbach", "6.120 Quadratmeter", "14 Euro pro Quadratmeter"]
