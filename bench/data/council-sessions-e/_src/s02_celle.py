META = dict(id="nds-celle-rat-2026-11", split="dev", land="NDS", body="Rat",
            organization="Stadt Celle", date="2026-11-05", origin="15:50:00", start="16:02", end="19:14",
            agenda="matching", chair="Hartmut Engelke",
            features=["Rat (Niedersachsen), Ratsvorsitzender as chair, Oberbürgermeisterin (votes) and Stadtkämmerer report",
                      "opening 'Meine sehr geehrten Damen und Herren, ich eröffne die ... Sitzung des Rates'",
                      "Mitwirkungsverbot § 41 NKomVG reported early by the chair under TOP 1 for TOP 8 (Ratsherr of the UWG)",
                      "explicit non-Befangenheit ruling at TOP 8 (Ratsfrau lives near the Plangebiet)",
                      "Protokoll: correction requested, never put to a vote, chair moves on -> unclear",
                      "open Wahl by Handzeichen (§ 67 NKomVG, no objection), 'gewählt' with counts",
                      "CDU-Änderungsantrag 'abgelehnt, dafür CDU und FDP' (groups), then Nachtragshaushaltssatzung with Ja/Nein/Enthaltung in digits",
                      "Vertagung on the request of the Linke, voted unanimously; phone rings (chatter)",
                      "late arrival (TOP 5) and early departure (TOP 9) in attendance",
                      "non-public part with matching agenda ('Die Öffentlichkeit ist jetzt ausgeschlossen ... Stream beendet'), Kenntnisnahme"])
AGENDA_META = dict(slug="celle/rat", date="2026-11-05", start="16:00", end="20:00",
                   name="Sitzung des Rates der Stadt Celle", organizationName="Rat der Stadt Celle")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung, der Beschlussfähigkeit und der Tagesordnung", True),
    ("2", "Genehmigung des Protokolls über die Sitzung vom 10.09.2026", True),
    ("3", "Bericht der Oberbürgermeisterin über wichtige Angelegenheiten", True),
    ("4", "Einwohnerfragestunde", True),
    ("5", "Wahl eines Vertreters der Stadt in die Verbandsversammlung des Zweckverbands Abfallwirtschaft", True),
    ("6", "1. Nachtragshaushaltssatzung der Stadt Celle für das Haushaltsjahr 2026", True),
    ("7", "Antrag der Gruppe Die Linke: Einführung eines Sozialtickets im Stadtbusverkehr", True),
    ("8", "Bebauungsplan Nr. 171 „Westercelle – Am Sandberg“ – Satzungsbeschluss", True),
    ("9", "Anfragen", True),
    ("10", "Veräußerung eines Gewerbegrundstücks", False),
    ("11", "Bericht über den Stand einer Vertragsangelegenheit", False),
]
_e = "19:14:50"
ATTENDANCE = dict(title="Ratssitzung 05.11.2026", domain="celle.example.de", rows=[
    ("Hartmut Engelke", [("15:51:00", _e)], "Organizer"),
    ("Sabine Kolbe-Ahrens", [("15:51:30", _e)], "Presenter"),
    ("Matthias Rust", [("15:52:10", _e)], "Presenter"),
    ("Dirk Wöhler", [("15:53:00", _e)], "Attendee"),
    ("Anke Brüggemann", [("15:53:40", _e)], "Attendee"),
    ("Jonas Pelikan", [("15:54:15", _e)], "Attendee"),
    ("Rüdiger Sander", [("15:54:50", _e)], "Attendee"),
    ("Marleen Fricke", [("15:55:20", "18:21:40")], "Attendee"),
    ("Oskar Tews", [("15:56:00", _e)], "Attendee"),
    ("Heinrich Lüdecke", [("15:56:40", _e)], "Attendee"),
    ("Carola Wiechmann", [("15:57:20", _e)], "Attendee"),
    ("Svenja Hormann", [("16:31:10", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:02:00
Hartmut Engelke: Meine sehr geehrten Damen und Herren, ich eröffne die 31. Sitzung des Rates der Stadt Celle. Ich stelle fest, dass zu der Sitzung form- und fristgerecht geladen worden ist. Es sind 39 Ratsmitglieder einschließlich der Oberbürgermeisterin anwesend, der Rat ist damit beschlussfähig.
Hartmut Engelke: Frau Hormann hat sich verspätet angekündigt. Zur Tagesordnung: Änderungswünsche liegen mir nicht vor. Dann ist die Tagesordnung so festgestellt.
Hartmut Engelke: Ich frage dann noch nach Mitwirkungsverboten. Herr Lüdecke hat mir vor der Sitzung mitgeteilt, dass er beim Tagesordnungspunkt 8, dem Bebauungsplan Am Sandberg, nach § 41 NKomVG nicht mitwirken wird. Weitere Meldungen? Sehe ich nicht.
#CLOCK 16:06:00
Hartmut Engelke: Tagesordnungspunkt 2, das Protokoll vom 10. September.
Oskar Tews: Herr Vorsitzender, in dem Protokoll fehlt mein Redebeitrag zum Hallenbad komplett. Ich hab das der Verwaltung auch schon geschrieben, da kam aber nichts.
Hartmut Engelke: Das ist ärgerlich, Herr Tews. Frau Oberbürgermeisterin, können wir das nachtragen lassen?
Sabine Kolbe-Ahrens: Wir schauen in die Aufzeichnung und ergänzen das, selbstverständlich.
Rüdiger Sander: Dann kann man doch heute nicht über ein unvollständiges Protokoll abstimmen.
Hartmut Engelke: Ja, gut, dann, äh, das klären wir. Machen wir weiter mit dem Bericht der Oberbürgermeisterin.
#CLOCK 16:11:00
Sabine Kolbe-Ahrens: Vielen Dank. Drei Dinge. Die Sanierung der Allerbrücke liegt im Zeitplan, die Freigabe ist für Mitte Dezember geplant. Beim Schlosstheater hat das Land die Förderung von 2,4 Millionen Euro bestätigt.
Sabine Kolbe-Ahrens: Und die Grippewelle hat uns im Bürgeramt erwischt. Wir haben deshalb bis Ende November nur nach Terminvereinbarung geöffnet. Das bitte ich zu entschuldigen.
Dirk Wöhler: Die Terminvergabe online funktioniert aber seit Tagen nicht, das nur als Hinweis.
Sabine Kolbe-Ahrens: Das ist uns bekannt, der Dienstleister arbeitet dran.
#CLOCK 16:18:00
Hartmut Engelke: Dann die Einwohnerfragestunde. Ich sehe eine Wortmeldung, bitte nennen Sie Ihren Namen.
Unknown Speaker: Guten Tag, Behrens. Ich wohn in Altencelle. Wann wird denn der Radweg an der Braunschweiger Heerstraße endlich gemacht? Da passiert noch mal was.
Sabine Kolbe-Ahrens: Herr Behrens, die Planung ist fertig, wir warten auf den Förderbescheid. Baubeginn ist realistisch im Sommer nächsten Jahres.
Unknown Speaker: Das hat man uns letztes Jahr auch schon gesagt.
Hartmut Engelke: Ich sehe keine weiteren Fragen, damit ist die Einwohnerfragestunde beendet.
#CLOCK 16:31:30
Svenja Hormann: Entschuldigung, der Zug hatte Verspätung.
Hartmut Engelke: Willkommen, Frau Hormann, dann sind wir jetzt 40. Wir kommen zur Wahl in die Verbandsversammlung des Zweckverbands. Vorgeschlagen ist von der SPD Herr Jens Kowalke als Nachfolger für den ausgeschiedenen Herrn Riebe.
Hartmut Engelke: Wenn niemand widerspricht, wählen wir nach § 67 offen per Handzeichen. Widerspruch? Keiner. Wer Herrn Kowalke wählen möchte, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Drei.
Hartmut Engelke: Damit ist Herr Kowalke mit 37 Ja-Stimmen bei 3 Enthaltungen gewählt. Ich gratuliere, er ist heute nicht da, wir richten es aus.
#CLOCK 16:38:00
Hartmut Engelke: Wir kommen zum Nachtragshaushalt. Herr Rust, bitte.
Matthias Rust: Der Nachtrag wird notwendig, weil die Gewerbesteuer um rund 6,1 Millionen Euro hinter dem Ansatz zurückbleibt und die Personalkosten durch den Tarifabschluss um 2,3 Millionen steigen. Der Fehlbetrag im Ergebnishaushalt erhöht sich auf 14,7 Millionen Euro.
Matthias Rust: Die Kreditermächtigung bleibt unverändert. Wir gleichen über die Rücklage und über eine Verschiebung von Investitionen aus, insbesondere beim Verwaltungsgebäude Helmuth-Hörstmann-Weg.
Dirk Wöhler: Wir als CDU haben einen Änderungsantrag vorgelegt. Wir wollen die 800.000 Euro für die Planung des neuen Radverkehrskonzepts streichen. Das ist in dieser Lage nicht vermittelbar.
Jonas Pelikan: Das ist genau die falsche Stelle. Das Radverkehrskonzept ist Voraussetzung für die Förderung vom Bund, ohne das Konzept kriegen wir da gar nichts.
Marleen Fricke: Wir unterstützen den CDU-Antrag. Wer sparen muss, fängt nicht mit neuen Konzepten an.
Anke Brüggemann: Für die SPD: Wir tragen den Nachtrag mit, auch wenn er wehtut. Den Änderungsantrag lehnen wir ab.
Hartmut Engelke: (Telefon klingelt) Ich bitte, die Handys lautlos zu stellen, danke. Wir stimmen zuerst über den Änderungsantrag der CDU ab. Wer zustimmt, Handzeichen bitte. Gegenprobe. Enthaltungen?
Hartmut Engelke: Der Änderungsantrag ist abgelehnt, dafür haben CDU und FDP gestimmt.
Hartmut Engelke: Nun die Nachtragshaushaltssatzung in der Fassung der Vorlage. Wer ist dafür? Gegenstimmen? Enthaltungen? Ich stelle fest: 24 Ja-Stimmen, 11 Nein-Stimmen, 5 Enthaltungen. Damit ist die 1. Nachtragshaushaltssatzung beschlossen.
#CLOCK 17:19:00
Hartmut Engelke: Tagesordnungspunkt 7, der Antrag der Gruppe Die Linke zum Sozialticket. Herr Tews.
Oskar Tews: Ganz kurz: Wir haben mit dem Landkreis und dem Busunternehmen gesprochen, und da tut sich gerade was, der Kreis will ein kreisweites Modell prüfen. Wir beantragen deshalb, unseren Antrag heute zu vertagen, bis das Ergebnis vorliegt.
Hartmut Engelke: Wer der Vertagung zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Auch keine. Dann ist der Antrag zum Sozialticket einstimmig vertagt.
#CLOCK 17:24:00
Hartmut Engelke: Jetzt der Bebauungsplan Nummer 171. Herr Lüdecke verlässt, wie angekündigt, den Sitzungstisch.
Carola Wiechmann: Herr Vorsitzender, eine Frage vorab. Ich wohne im Sandberg, zwei Straßen vom Plangebiet weg. Muss ich mich da auch zurückziehen?
Hartmut Engelke: Nein, Frau Wiechmann. Ein Mitwirkungsverbot nach § 41 setzt einen unmittelbaren Vorteil oder Nachteil voraus. Die Nachbarschaft in dieser Entfernung reicht dafür nicht, Sie können mitberaten und mitstimmen.
Sabine Kolbe-Ahrens: Im Plangebiet sollen 58 Reihenhäuser und zwei Mehrfamilienhäuser entstehen. Im Verfahren sind vor allem Einwendungen zum Verkehr auf der Straße Am Sandberg gekommen. Wir haben deshalb eine zweite Zufahrt über den Fuhrberger Weg aufgenommen.
Jonas Pelikan: Wir Grünen werden nicht zustimmen. Das ist eine Frischluftschneise und die Versiegelung ist zu hoch. Daran ändert auch die zweite Zufahrt nichts.
Rüdiger Sander: Die AfD stimmt zu, Celle braucht Bauland für Familien.
Hartmut Engelke: Dann lasse ich über den Satzungsbeschluss abstimmen. Wer dafür ist? Wer dagegen? Das ist die Fraktion der Grünen. Enthaltungen? Keine. Dann ist der Bebauungsplan mehrheitlich gegen die Stimmen der Grünen als Satzung beschlossen. Herr Lüdecke, Sie können wieder Platz nehmen.
#CLOCK 18:05:00
Hartmut Engelke: Anfragen. Frau Fricke, bitte.
Marleen Fricke: Danke. Ich möchte wissen, warum die Straßenbeleuchtung in der Altstadt seit der Umstellung auf LED so viele Ausfälle hat. Das sind gefühlt jede Woche neue.
Sabine Kolbe-Ahrens: Es gab eine fehlerhafte Lieferung von Treibern, die werden gerade getauscht. Ich lasse Ihnen eine Aufstellung zukommen.
Marleen Fricke: Danke schön. Und ich muss mich dann leider verabschieden, Herr Vorsitzender.
Hartmut Engelke: Alles klar, einen schönen Abend. Weitere Anfragen? Keine. Dann beende ich den öffentlichen Teil und bitte die Zuhörer, den Saal zu verlassen.
#CLOCK 18:31:00
#NP
Hartmut Engelke: Die Öffentlichkeit ist jetzt ausgeschlossen und der Stream beendet, danke an die Technik. Tagesordnungspunkt 10, die Veräußerung. Herr Rust.
Matthias Rust: Die Firma Kaltenbach Logistik möchte im Gewerbegebiet Hustedt das Grundstück Hafenstraße 9 kaufen, 1,9 Hektar, zu 62 Euro pro Quadratmeter. Es sollen 120 Arbeitsplätze entstehen. Es gibt ein Rückkaufsrecht, falls nicht binnen drei Jahren gebaut wird.
Oskar Tews: Logistik heißt wieder Lkw-Verkehr. Ich werde nicht zustimmen.
Hartmut Engelke: Wer der Veräußerung zustimmt? Gegenstimmen? Enthaltungen? Das ist mit 36 zu 2 Stimmen bei einer Enthaltung angenommen.
#CLOCK 18:52:00
Hartmut Engelke: Punkt 11, der Bericht zur Vertragsangelegenheit. Frau Oberbürgermeisterin.
Sabine Kolbe-Ahrens: Im Streit mit der Arbeitsgemeinschaft Rohbau Nordheide über die Mehrkosten an der Kita Blumlage haben wir jetzt einen Vergleichsvorschlag des Landgerichts bekommen. Der liegt bei 410.000 Euro. Wir prüfen das und kommen im Dezember mit einer Vorlage.
Dirk Wöhler: Danke für die Information. Da sollten wir uns im Verwaltungsausschuss noch mal genau anschauen, was da schiefgelaufen ist.
Hartmut Engelke: Das nehmen wir so zur Kenntnis, ein Beschluss ist heute nicht erforderlich.
#CLOCK 19:13:40
Hartmut Engelke: Damit sind wir am Ende der Tagesordnung. Ich bedanke mich und schließe die Sitzung um 19:14 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, unclear=True,
      note="unclear: a correction was requested and promised, but the Protokoll was never put to a vote; the chair moved on ('das klären wir') - no Genehmigung recorded"),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True),
    I("5", AGENDA[4][1], True, [D("Wahl von Jens Kowalke in die Verbandsversammlung des Zweckverbands Abfallwirtschaft", "gewählt",
                                   "Damit ist Herr Kowalke mit 37 Ja-Stimmen bei 3 Enthaltungen gewählt.", votes=(37, 0, 3),
                                   note="open Wahl by Handzeichen (no objection to open voting); 40 present")]),
    I("6", AGENDA[5][1], True, [
        D("Änderungsantrag der CDU (Streichung 800.000 Euro Radverkehrskonzept)", "abgelehnt",
          "Der Änderungsantrag ist abgelehnt, dafür haben CDU und FDP gestimmt.", groups=(["CDU", "FDP"], [], [])),
        D("1. Nachtragshaushaltssatzung 2026", "angenommen",
          "Damit ist die 1. Nachtragshaushaltssatzung beschlossen.", votes=(24, 11, 5),
          note="counts are spoken in the same cue, just before the evidence")]),
    I("7", AGENDA[6][1], True, [D("Vertagung des Antrags auf Wunsch der Antragsteller", "vertagt",
                                   "Dann ist der Antrag zum Sozialticket einstimmig vertagt.", votes=(None, 0, 0), unanimous=True)]),
    I("8", AGENDA[7][1], True, [D("Satzungsbeschluss Bebauungsplan Nr. 171", "angenommen",
                                   "Dann ist der Bebauungsplan mehrheitlich gegen die Stimmen der Grünen als Satzung beschlossen.",
                                   votes=(None, None, 0), groups=([], ["Grüne"], []),
                                   note="Lüdecke does not take part (Mitwirkungsverbot); Wiechmann not excluded (ruling by the chair)")],
      bias=["Heinrich Lüdecke"], note="Mitwirkungsverbot § 41 NKomVG reported by the chair under TOP 1"),
    I("9", AGENDA[8][1], True),
    I("10", AGENDA[9][1], False, [D("Veräußerung eines Gewerbegrundstücks", "angenommen",
                                     "Das ist mit 36 zu 2 Stimmen bei einer Enthaltung angenommen.", votes=(36, 2, 1))]),
    I("11", AGENDA[10][1], False, [D("Bericht über den Stand einer Vertragsangelegenheit", "zur Kenntnis genommen",
                                      "Das nehmen wir so zur Kenntnis, ein Beschluss ist heute nicht erforderlich.")]),
]
LATE = [{"name": "Svenja Hormann", "top": "5"}]
EARLY = [{"name": "Marleen Fricke", "top": "9"}]
SECRETS = ["Kaltenbach Logistik", "Hafenstraße 9", "62 Euro pro Quadratmeter", "Rohbau Nordheide", "410.000 Euro"]
