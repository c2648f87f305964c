META = dict(id="nds-celle-umweltausschuss-2026-03", split="test", land="NDS",
            body="Ausschuss für Umwelt, Klima und Ordnung", organization="Stadt Celle",
            date="2026-03-05", origin="15:58:05", start="16:01", end="17:26", agenda="matching",
            chair="Kerstin Bleckmann",
            features=["formal chair", "Punkt 6 der Tagesordnung", "sub-items 4.1/4.2", "counts in words (zwölf Ja-Stimmen)",
                      "online member asked individually", "Wahl (ist gewählt)", "vote by groups", "erledigt",
                      "nimmt zur Kenntnis", "Mitwirkungsverbot § 41 NKomVG (Herr von der Heide)", "late arrival",
                      "non-public with agenda", "Niederschrift genehmigt"])

AGENDA_META = dict(slug="celle/ausschuss-umwelt-klima-ordnung", date="2026-03-05", start="16:00", end="18:30",
                   name="Sitzung des Ausschusses für Umwelt, Klima und Ordnung",
                   organizationName="Ausschuss für Umwelt, Klima und Ordnung")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung, der Beschlussfähigkeit und der Tagesordnung", True),
    ("2", "Genehmigung des Protokolls über die Sitzung vom 22.01.2026", True),
    ("3", "Wahl der stellvertretenden Ausschussvorsitzenden", True),
    ("4.1", "Klimaschutzkonzept 2035: Sachstandsbericht (Mitteilungsvorlage 2026/038)", True),
    ("4.2", "Klimaschutzkonzept 2035: Förderantrag Klimaschutzmanagement (Beschlussvorlage 2026/041)", True),
    ("5", "Antrag der Gruppe CDU/FDP: Aufstellung zusätzlicher Hundekotbeutelspender", True),
    ("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Blühstreifen an städtischen Straßenrändern", True),
    ("7", "Änderung der Straßenreinigungssatzung (Beschlussvorlage 2026/045)", True),
    ("8", "Mitteilungen und Anfragen", True),
    ("9", "Vertragsangelegenheit: Kündigung eines Pachtvertrags (Beschlussvorlage 2026/049)", False),
]

ATTENDANCE = dict(domain="celle.de", title="Ausschuss für Umwelt, Klima und Ordnung", rows=[
    ("Kerstin Bleckmann", [("15:57:50", "17:26:30")], "Organizer"),
    ("Christoph von der Heide", [("15:59:11", "17:26:20")], "Attendee"),
    ("Kirsten Wehrmann", [("15:59:30", "17:26:20")], "Attendee"),
    ("Jana Ahlers", [("16:19:48", "16:58:02"), ("16:58:40", "17:26:20")], "Attendee"),
    ("Malte Brockhoff", [("15:59:40", "17:26:20")], "Attendee"),
    ("Serkan Yılmaz", [("16:00:02", "17:26:20")], "Attendee"),
    ("Dr. Hendrik Poppe", [("15:58:35", "17:26:25")], "Presenter"),
    ("Sitzungsraum Rathaus", [("15:56:10", "17:26:40")], "Attendee"),
])

CUES = """
#CLOCK 16:01:00
Kerstin Bleckmann: Sehr geehrte Damen und Herren, ich eröffne die Sitzung des Ausschusses für Umwelt, Klima und Ordnung. Es ist 16:01 Uhr.
Kerstin Bleckmann: Ich stelle die ordnungsgemäße Ladung und die Beschlussfähigkeit fest. Frau Ahlers ist heute online zugeschaltet, sie hat sich für etwas später angekündigt. Die Tagesordnung ist Ihnen zugegangen, Änderungswünsche sehe ich nicht.
Kerstin Bleckmann: Punkt 2 der Tagesordnung, Genehmigung des Protokolls vom 22. Januar. Wer dem Protokoll zustimmt, bitte ich um das Handzeichen. Gegenstimmen? Enthaltungen? Eine. Das Protokoll ist bei einer Enthaltung genehmigt.
Kerstin Bleckmann: Punkt 3 der Tagesordnung, die Wahl der stellvertretenden Vorsitzenden, nachdem Frau Otte aus dem Rat ausgeschieden ist. Vorschläge?
Serkan Yılmaz: Die SPD-Fraktion schlägt Frau Kirsten Wehrmann vor.
Kerstin Bleckmann: Weitere Vorschläge gibt es nicht. Gibt es Widerspruch gegen offene Abstimmung? Nein. Wer Frau Wehrmann wählen möchte, bitte die Hand. Das ist einstimmig.
Kerstin Bleckmann: Frau Wehrmann, nehmen Sie die Wahl an?
Kirsten Wehrmann: Ja, ich nehme die Wahl an, vielen Dank.
Kerstin Bleckmann: Damit ist Frau Wehrmann zur stellvertretenden Ausschussvorsitzenden gewählt. Herzlichen Glückwunsch.
#CLOCK 16:20:30
Kerstin Bleckmann: Wir kommen zu Punkt 4.1, Klimaschutzkonzept, der Sachstandsbericht. Ich sehe, Frau Ahlers ist jetzt online dabei. Herzlich willkommen. Herr Dr. Poppe, bitte.
Jana Ahlers: Hallo, ja, ich bin da, hört man mich?
Kerstin Bleckmann: Wir hören Sie gut.
Dr. Hendrik Poppe: Danke. Von den 46 Maßnahmen sind 19 umgesetzt, 21 in Umsetzung und 6 noch nicht begonnen. Die CO2-Emissionen der städtischen Gebäude sind gegenüber 2019 um 23 Prozent gesunken.
Malte Brockhoff: Danke für den Bericht. Bei den sechs nicht begonnenen Maßnahmen hätte ich gern eine Liste zum Protokoll.
Dr. Hendrik Poppe: Die liefern wir nach.
Kerstin Bleckmann: Der Ausschuss nimmt den Sachstandsbericht zur Kenntnis. Dann 4.2, der Förderantrag für das Klimaschutzmanagement.
Dr. Hendrik Poppe: Die Stelle läuft im August aus, die Anschlussförderung beträgt 40 Prozent für weitere drei Jahre. Wir bitten um Zustimmung zur Antragstellung.
Kerstin Bleckmann: Dann stimmen wir ab. Im Raum: Wer ist dafür? Elf. Dagegen? Niemand. Enthaltungen? Eine. Frau Ahlers, Sie sind online zugeschaltet, wie stimmen Sie ab?
Jana Ahlers: Ich stimme mit Ja.
Kerstin Bleckmann: Danke. Damit haben wir zwölf Ja-Stimmen, keine Gegenstimme und eine Enthaltung. Die Beschlussvorlage ist angenommen.
Kerstin Bleckmann: Punkt 5 der Tagesordnung, der Antrag der Gruppe CDU/FDP zu zusätzlichen Hundekotbeutelspendern. Herr Brockhoff.
Malte Brockhoff: Wir beantragen 30 zusätzliche Spender in den Parks und an der Aller, die Kosten liegen bei etwa 12.000 Euro. Die Beschwerden nehmen einfach zu.
Serkan Yılmaz: Wir haben gerade erst 15 neue aufgestellt, da sollten wir erst mal die Wirkung abwarten.
Kerstin Bleckmann: Wer stimmt dem Antrag zu? CDU und FDP. Wer ist dagegen? SPD und Grüne. Enthaltungen? Die AfD. Damit ist der Antrag abgelehnt.
Kerstin Bleckmann: Punkt 6 der Tagesordnung, Antrag der Grünen zu Blühstreifen.
Dr. Hendrik Poppe: Dazu kann ich sagen, dass der Grünflächenbetrieb die Blühstreifen an allen im Antrag genannten Straßen seit Herbst bereits angelegt hat.
Kirsten Wehrmann: Das freut uns. Dann ist unser Anliegen umgesetzt.
Kerstin Bleckmann: Dann stelle ich fest, der Antrag hat sich damit erledigt.
#CLOCK 16:57:40
Kerstin Bleckmann: Punkt 7 der Tagesordnung, Änderung der Straßenreinigungssatzung. Herr von der Heide hat sich gemeldet.
Christoph von der Heide: Ja, ich bin Gesellschafter des Reinigungsunternehmens, das einen Teil der Winterdienstleistungen erbringt. Für mich besteht ein Mitwirkungsverbot nach Paragraf 41 NKomVG, ich verlasse den Tisch.
Kerstin Bleckmann: Danke. Herr von der Heide nimmt an Beratung und Abstimmung nicht teil. Gibt es Wortmeldungen? Das sehe ich nicht. Frau Ahlers, sind Sie noch da?
Jana Ahlers: Entschuldigung, mein Netz war kurz weg. Jetzt bin ich wieder da.
Kerstin Bleckmann: Wer der Satzungsänderung zustimmt? Zehn im Raum. Dagegen? Zwei. Enthaltungen? Keine. Frau Ahlers?
Jana Ahlers: Nein, ich stimme dagegen.
Kerstin Bleckmann: Also zehn Ja-Stimmen, drei Nein-Stimmen, keine Enthaltung. Die Änderung der Satzung ist angenommen. Herr von der Heide kann wieder Platz nehmen.
Kerstin Bleckmann: Punkt 8, Mitteilungen und Anfragen. Herr Yılmaz.
Serkan Yılmaz: Wann wird der Glascontainer am Französischen Garten endlich versetzt? Der steht direkt vor dem Spielplatz.
Dr. Hendrik Poppe: Der Zweckverband hat das für April zugesagt.
Kerstin Bleckmann: Weitere Anfragen gibt es nicht. Wir kommen damit zum nichtöffentlichen Teil. Ich bitte die Zuhörerinnen und Zuhörer, den Raum zu verlassen, und beende den Livestream.
#CLOCK 17:14:10
#NP
Kerstin Bleckmann: Punkt 9, Vertragsangelegenheit. Herr Dr. Poppe.
Dr. Hendrik Poppe: Es geht um den Pachtvertrag mit Herrn Dietmar Klaßen über die Parzelle 38 an der Hafenstraße. Es besteht ein Pachtrückstand von 4.870 Euro, Mahnungen blieben erfolglos. Wir schlagen die fristlose Kündigung vor.
Malte Brockhoff: Gab es ein Gesprächsangebot?
Dr. Hendrik Poppe: Zweimal, beide Termine hat Herr Klaßen nicht wahrgenommen.
Kerstin Bleckmann: Wer stimmt der Kündigung zu? Dagegen? Enthaltungen? Einstimmig so beschlossen.
#CLOCK 17:25:50
Kerstin Bleckmann: Ich danke Ihnen und schließe die Sitzung um 17:26 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Protokoll vom 22.01.2026", "genehmigt", "Das Protokoll ist bei einer Enthaltung genehmigt.", votes=(None, None, 1))]),
    I("3", AGENDA[2][1], True, [D("Wahl von Kirsten Wehrmann zur stellvertretenden Vorsitzenden", "gewählt",
                                  "Damit ist Frau Wehrmann zur stellvertretenden Ausschussvorsitzenden gewählt.", unanimous=True)]),
    I("4.1", AGENDA[3][1], True, [D("Sachstandsbericht", "zur Kenntnis genommen", "Der Ausschuss nimmt den Sachstandsbericht zur Kenntnis.")]),
    I("4.2", AGENDA[4][1], True, [D("Beschlussvorlage 2026/041", "angenommen",
                                    "Damit haben wir zwölf Ja-Stimmen, keine Gegenstimme und eine Enthaltung.", votes=(12, 0, 1))]),
    I("5", AGENDA[5][1], True, [D("Antrag der Gruppe CDU/FDP", "abgelehnt", "Damit ist der Antrag abgelehnt.",
                                  groups=(["CDU", "FDP"], ["SPD", "Grüne"], ["AfD"]))]),
    I("6", AGENDA[6][1], True, [D("Antrag der Fraktion Bündnis 90/Die Grünen", "erledigt", "Dann stelle ich fest, der Antrag hat sich damit erledigt.")]),
    I("7", AGENDA[7][1], True, [D("Beschlussvorlage 2026/045", "angenommen",
                                  "Also zehn Ja-Stimmen, drei Nein-Stimmen, keine Enthaltung.", votes=(10, 3, 0))],
      bias=["Christoph von der Heide"]),
    I("8", AGENDA[8][1], True),
    I("9", AGENDA[9][1], False, [D("Fristlose Kündigung des Pachtvertrags", "angenommen", "Einstimmig so beschlossen.", unanimous=True)]),
]
LATE = [{"name": "Jana Ahlers", "top": "4.1"}]
EARLY = []
SECRETS = ["Dietmar Klaßen", "Parzelle 38", "4.870 Euro", "Herr Klaßen"]
