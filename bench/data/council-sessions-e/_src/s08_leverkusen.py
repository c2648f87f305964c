META = dict(id="nrw-leverkusen-rat-2026-12", split="test", land="NRW", body="Rat",
            organization="Stadt Leverkusen", date="2026-12-07", origin="14:50:00", start="15:00", end="18:47",
            agenda="matching", chair="Dr. Martin Rosskamp",
            features=["Rat (NRW, Leverkusen style), Oberbürgermeister as chair (votes), Stadtkämmerin reports",
                      "opening 'Ich eröffne die Sitzung des Rates der Stadt Leverkusen ... ich stelle fest'",
                      "einheitlicher Wahlvorschlag (§ 50 Abs. 3 GO NRW), open Wahl 'einstimmig ... gewählt'",
                      "lettered sub-items 5a / 5b ('Fünf a', 'Fünf b'); Grünen-Änderungsantrag rejected 'bei Zustimmung von Grünen und Linken' (groups yes), then Planungsbeschluss 'mit großer Mehrheit'",
                      "5b 'einstimmig bei Enthaltung der AfD' (not unanimous, group)",
                      "two Befangenheiten at TOP 7: one reported by the chair ('hat mir seine Befangenheit angezeigt'), one declared by the member without citing the law; 'gegen die Stimmen der AfD bei Enthaltung von Opladen plus'",
                      "Opladen plus-Antrag 'mit 27 zu 22 bei einer Enthaltung' ('Damit ist dem Antrag gefolgt'); Verweisung in den Bürger- und Umweltausschuss; Zwischenruf from the public, Ordnungsruf",
                      "late arrival (TOP 3) and early departure (TOP 9) in attendance",
                      "non-public part with matching agenda ('Ich stelle fest, dass die Öffentlichkeit ausgeschlossen ist'); Grundstückstausch abgelehnt in the non-public part"])
AGENDA_META = dict(slug="leverkusen/rat", date="2026-12-07", start="15:00", end="19:00",
                   name="Sitzung des Rates der Stadt Leverkusen", organizationName="Rat der Stadt Leverkusen")
AGENDA = [
    ("1", "Eröffnung der Sitzung und Feststellung der Tagesordnung", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Besetzung des Aufsichtsrates der Wirtschaftsförderung Leverkusen GmbH", True),
    ("4", "Änderung der Zuständigkeitsordnung für die Ausschüsse des Rates", True),
    ("5a", "Neubau der Feuer- und Rettungswache Opladen – Planungsbeschluss", True),
    ("5b", "Neubau der Feuer- und Rettungswache Opladen – Bereitstellung überplanmäßiger Mittel", True),
    ("6", "Antrag der Gruppe Opladen plus: Abendsprechstunden im Bürgerbüro Opladen", True),
    ("7", "Vorhabenbezogener Bebauungsplan V 41/II „Wohnen an der Wupperaue“ – Satzungsbeschluss", True),
    ("8", "Antrag der SPD-Fraktion: Sichere Schulwege an weiterführenden Schulen", True),
    ("9", "Anfragen der Ratsmitglieder", True),
    ("10", "Vergabe eines Rahmenvertrages", False),
    ("11", "Grundstücksangelegenheit", False),
]
_e = "18:47:50"
ATTENDANCE = dict(title="Rat der Stadt Leverkusen – 07.12.2026", domain="stadt.leverkusen.example.de", rows=[
    ("Dr. Martin Rosskamp", [("14:51:00", _e)], "Organizer"),
    ("Annette Brückmann", [("14:51:30", _e)], "Presenter"),
    ("Jörg Kampmann", [("14:52:00", _e)], "Presenter"),
    ("Bernd Hollweg", [("14:52:40", _e)], "Attendee"),
    ("Ilona Czerwinski", [("14:53:10", _e)], "Attendee"),
    ("Tim Oberdörster", [("14:53:45", _e)], "Attendee"),
    ("Kurt Pilgram", [("14:54:20", "18:02:10")], "Attendee"),
    ("Markus Heinrichs", [("14:54:55", _e)], "Attendee"),
    ("Erhard Schwientek", [("14:55:30", _e)], "Attendee"),
    ("Lisa Haferkamp", [("14:56:10", _e)], "Attendee"),
    ("Dagmar Stüttgen", [("14:56:45", _e)], "Attendee"),
    ("Yvonne Lambertz", [("15:22:50", _e)], "Attendee"),
])

CUES = """
#CLOCK 15:00:20
Dr. Martin Rosskamp: Meine sehr geehrten Damen und Herren, liebe Ratskolleginnen und Ratskollegen, ich eröffne die Sitzung des Rates der Stadt Leverkusen. Ich stelle fest, dass der Rat ordnungsgemäß eingeladen wurde und mit 49 Mitgliedern einschließlich meiner Person beschlussfähig ist.
Dr. Martin Rosskamp: Frau Lambertz ist noch auf dem Weg. Zur Tagesordnung gibt es keine Änderungswünsche, dann ist sie so festgestellt.
#CLOCK 15:03:00
Dr. Martin Rosskamp: Einwohnerfragestunde. Es ist eine Frage schriftlich eingereicht worden, der Fragesteller ist anwesend. Bitte.
Unknown Speaker: Ja, danke. Kessler aus Schlebusch. Wann wird die Ampel an der Mülheimer Straße endlich mit einer Fußgängerphase nachgerüstet? Meine Tochter geht da jeden Tag zur Schule.
Jörg Kampmann: Herr Kessler, die Planung liegt bei Straßen NRW, weil es eine Landesstraße ist. Wir haben noch mal nachgehakt, die Umrüstung ist für das zweite Quartal angekündigt.
Unknown Speaker: Angekündigt war sie schon 2024!
Dr. Martin Rosskamp: Ich verstehe Ihren Ärger. Weitere Fragen liegen nicht vor, damit ist die Einwohnerfragestunde beendet.
#CLOCK 15:11:00
Dr. Martin Rosskamp: Tagesordnungspunkt 3, die Besetzung des Aufsichtsrates der Wirtschaftsförderung. Es liegt ein einheitlicher Wahlvorschlag aller Fraktionen vor, die Namen sehen Sie auf der Tischvorlage.
Ilona Czerwinski: Herr Oberbürgermeister, auf der Tischvorlage steht bei uns noch Herr Brenner, das muss Frau Tillmann heißen. Das haben wir gestern gemeldet.
Dr. Martin Rosskamp: Danke, ist notiert, Frau Tillmann für Herrn Brenner. Wer dem so korrigierten einheitlichen Wahlvorschlag zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Enthaltungen? Das ist einstimmig. Damit sind die Vorgeschlagenen in den Aufsichtsrat gewählt.
#CLOCK 15:20:00
Dr. Martin Rosskamp: Wir kommen zur Zuständigkeitsordnung. Frau Brückmann.
Annette Brückmann: Künftig soll der Finanzausschuss über Vergaben bis 1,5 Millionen Euro entscheiden statt bisher bis eine Million. Das entlastet den Rat und beschleunigt die Verfahren.
#CLOCK 15:23:10
Yvonne Lambertz: Guten Tag in die Runde, Entschuldigung.
Dr. Martin Rosskamp: Willkommen, Frau Lambertz, wir sind jetzt 50, wir sind bei der Zuständigkeitsordnung. Frau Haferkamp hatte sich gemeldet.
Lisa Haferkamp: Das ist eine Verschiebung von Kompetenzen aus dem Rat in einen kleineren Kreis. Wir stimmen dagegen.
Dr. Martin Rosskamp: Wer ist dafür? Danke. Wer ist dagegen? Vier. Enthaltungen? Eine. Also 45 dafür, 4 dagegen, 1 Enthaltung, die Änderung der Zuständigkeitsordnung ist beschlossen.
#CLOCK 15:36:00
Dr. Martin Rosskamp: Dann rufe ich Fünf a auf, den Planungsbeschluss für die Feuerwache Opladen.
Jörg Kampmann: Die Feuerwache ist über 50 Jahre alt und erfüllt die Anforderungen an Hilfsfristen und an die Hygiene nicht mehr. Der Neubau an der Bonner Straße ist mit 38,5 Millionen Euro veranschlagt, Fertigstellung 2030.
Tim Oberdörster: Wir haben einen Änderungsantrag gestellt, dass die Wache in Holzhybridbauweise geplant wird. Das spart CO2, und andere Städte machen das vor.
Bernd Hollweg: Bei einer Feuerwache brauchen wir vor allem Tempo. Eine Umplanung kostet Monate. Die CDU lehnt den Änderungsantrag ab.
Markus Heinrichs: Für Opladen ist die Wache das wichtigste Projekt seit Jahren. Bitte keine Experimente.
Dr. Martin Rosskamp: Ich lasse über den Änderungsantrag der Grünen abstimmen. Wer ist dafür? Wer ist dagegen? Enthaltungen? Der Änderungsantrag ist abgelehnt, bei Zustimmung von Grünen und Linken.
Dr. Martin Rosskamp: Dann der Planungsbeschluss wie vorgelegt. Wer stimmt zu? Gegenprobe? Enthaltungen? Mit großer Mehrheit so beschlossen.
#CLOCK 16:04:00
Dr. Martin Rosskamp: Fünf b, die überplanmäßigen Mittel für die Planungsphase.
Annette Brückmann: Für die Leistungsphasen zwei bis vier brauchen wir im laufenden Jahr 1,2 Millionen Euro. Die Deckung erfolgt aus Minderaufwendungen bei den Zinsen.
Kurt Pilgram: Die AfD ist für die Wache, aber die Deckung aus den Zinsen halten wir für unseriös. Wir enthalten uns.
Dr. Martin Rosskamp: Wer ist dafür? Gegenstimmen? Keine. Enthaltungen? Die AfD-Fraktion. Also einstimmig bei Enthaltung der AfD, die Mittel sind bereitgestellt.
#CLOCK 16:13:00
Dr. Martin Rosskamp: Wir kommen zum Antrag von Opladen plus zu den Abendsprechstunden im Bürgerbüro. Herr Heinrichs.
Markus Heinrichs: Berufstätige bekommen im Bürgerbüro Opladen keine Termine, weil um 16 Uhr Schluss ist. Wir wollen einen langen Donnerstag bis 19 Uhr, wie in Wiesdorf.
Dagmar Stüttgen: Das Personal dafür ist doch gar nicht da. Woher sollen die Leute kommen?
Annette Brückmann: Wir bräuchten eine zusätzliche halbe Stelle, rund 35.000 Euro im Jahr.
Ilona Czerwinski: Die SPD unterstützt den Antrag, Bürgernähe darf nicht an einer halben Stelle scheitern.
Dr. Martin Rosskamp: Gut, Abstimmung. Wer ist dafür? 27. Wer ist dagegen? 22. Enthaltungen? Eine. Mit 27 zu 22 bei einer Enthaltung. Damit ist dem Antrag gefolgt.
#CLOCK 16:35:00
Dr. Martin Rosskamp: Punkt 7, der Bebauungsplan an der Wupperaue. Herr Schwientek hat mir seine Befangenheit angezeigt, er hat schon im Zuschauerraum Platz genommen.
Dagmar Stüttgen: Herr Oberbürgermeister, ich bin bei dem Punkt auch befangen, mein Lebensgefährte ist im Vorstand der Wohnungsgenossenschaft, die dort baut. Ich gehe auch rüber.
Dr. Martin Rosskamp: Danke, Frau Stüttgen. Dann stimmen jetzt 48 ab. Herr Kampmann.
Jörg Kampmann: Die Genossenschaft baut 96 Wohnungen, davon 40 gefördert, und eine Kita mit vier Gruppen. Die Hochwasserschutzauflagen aus dem Juli 2021 sind eingearbeitet, die Erdgeschosse liegen über dem Bemessungshochwasser.
Kurt Pilgram: In einem Überschwemmungsgebiet baut man nicht. Wir lehnen das ab.
Tim Oberdörster: Das ist eben kein Überschwemmungsgebiet mehr, Herr Pilgram, lesen Sie das Gutachten.
Dr. Martin Rosskamp: Bitte keine Zwiegespräche. Wer dem Satzungsbeschluss zustimmt? Gegenstimmen? Enthaltungen? Der Satzungsbeschluss ist gefasst gegen die Stimmen der AfD bei Enthaltung von Opladen plus. Frau Stüttgen und Herr Schwientek, bitte wieder zu uns.
#CLOCK 17:05:00
Dr. Martin Rosskamp: Der Antrag der SPD zu den sicheren Schulwegen.
Ilona Czerwinski: Wir wollen, dass die Verwaltung für alle weiterführenden Schulen Schulwegpläne erstellt, mit den Gefahrenstellen und Maßnahmen.
Unknown Speaker: Dann fangen Sie mal bei der Mülheimer Straße an!
Dr. Martin Rosskamp: Ich muss die Zuhörer bitten, Zwischenrufe zu unterlassen, sonst muss ich den Saal räumen lassen. Frau Czerwinski, bitte weiter.
Ilona Czerwinski: Danke. Ich schlage selbst vor, den Antrag in den Bürger- und Umweltausschuss zu verweisen, damit die Verwaltung Zeit für eine Kostenschätzung hat.
Dr. Martin Rosskamp: Wer ist für die Verweisung? Wer ist dagegen? Niemand. Enthaltung? Eine. Das ist so beschlossen, der Antrag geht in den Bürger- und Umweltausschuss.
#CLOCK 17:18:00
Dr. Martin Rosskamp: Anfragen der Ratsmitglieder.
Bernd Hollweg: Wie ist der Stand bei der Sanierung der Rheinbrücke? In der Zeitung steht, es verzögert sich noch mal.
Jörg Kampmann: Die Autobahn GmbH hat uns bestätigt, dass die zweite Brückenhälfte im Herbst 2027 freigegeben wird. Die Presseberichte beziehen sich auf die Rampen.
Lisa Haferkamp: Warum sind die Wärmestuben für Obdachlose in diesem Winter erst ab Januar geöffnet?
Annette Brückmann: Das prüfen wir, ich gebe Ihnen schriftlich Antwort.
Kurt Pilgram: Ich muss mich verabschieden, gute Heimfahrt allerseits.
Dr. Martin Rosskamp: Auf Wiedersehen, Herr Pilgram. Dann sind wir 49. Damit beende ich den öffentlichen Teil, ich danke allen Zuschauerinnen und Zuschauern und bitte, den Saal zu verlassen.
#CLOCK 18:12:00
#NP
Dr. Martin Rosskamp: Ich stelle fest, dass die Öffentlichkeit ausgeschlossen ist. Punkt 10, die Vergabe des Rahmenvertrages.
Annette Brückmann: Den Zuschlag für die Gebäudereinigung von 62 Schulen soll die Firma Rheinblank Service erhalten, mit 4,9 Millionen Euro netto für vier Jahre. Sie ist der wirtschaftlichste Bieter, und die Tariftreue ist nachgewiesen.
Lisa Haferkamp: Wir hatten mit dem bisherigen Dienstleister nur Ärger, ich hoffe, das wird besser.
Dr. Martin Rosskamp: Wer stimmt der Vergabe zu? Gegenstimmen? Keine. Enthaltungen? Keine. Die Vergabe an Rheinblank ist einstimmig beschlossen.
#CLOCK 18:28:00
Dr. Martin Rosskamp: Punkt 11, die Grundstücksangelegenheit. Es geht um den Tauschvertrag mit der Familie Odenthal in Bergisch Neukirchen.
Jörg Kampmann: Die Stadt würde 3.100 Quadratmeter Ackerland abgeben und dafür die Hofstelle am Wiembach erhalten, plus einen Wertausgleich von 140.000 Euro zugunsten der Familie.
Bernd Hollweg: Der Wertausgleich ist viel zu hoch, das Gebäude auf der Hofstelle ist ein Sanierungsfall.
Dr. Martin Rosskamp: Wer stimmt dem Tausch zu? 20. Wer ist dagegen? 26. Enthaltungen? 3. Damit ist der Tausch abgelehnt.
#CLOCK 18:46:30
Dr. Martin Rosskamp: Vielen Dank für die Sitzung, ich schließe um 18:47 Uhr und wünsche Ihnen eine schöne Adventszeit.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [D("Einheitlicher Wahlvorschlag zur Besetzung des Aufsichtsrates (mit Korrektur Tillmann für Brenner)", "gewählt",
                                   "Damit sind die Vorgeschlagenen in den Aufsichtsrat gewählt.", unanimous=True,
                                   note="open vote on the einheitlicher Wahlvorschlag; 'Das ist einstimmig' in the same cue")]),
    I("4", AGENDA[3][1], True, [D("Änderung der Zuständigkeitsordnung (Vergabegrenze Finanzausschuss 1,5 Mio. Euro)", "angenommen",
                                   "die Änderung der Zuständigkeitsordnung ist beschlossen.", votes=(45, 4, 1))]),
    I("5a", AGENDA[4][1], True, [
        D("Änderungsantrag der Grünen (Holzhybridbauweise)", "abgelehnt",
          "Der Änderungsantrag ist abgelehnt, bei Zustimmung von Grünen und Linken.", groups=(["Grüne", "Linke"], [], [])),
        D("Planungsbeschluss Neubau Feuer- und Rettungswache Opladen", "angenommen",
          "Mit großer Mehrheit so beschlossen.")]),
    I("5b", AGENDA[5][1], True, [D("Bereitstellung überplanmäßiger Mittel von 1,2 Mio. Euro", "angenommen",
                                    "Also einstimmig bei Enthaltung der AfD, die Mittel sind bereitgestellt.", votes=(None, 0, None),
                                    groups=([], [], ["AfD"]), note="'einstimmig bei Enthaltung der AfD' is not unanimous")]),
    I("6", AGENDA[6][1], True, [D("Antrag Opladen plus: langer Donnerstag im Bürgerbüro Opladen", "angenommen",
                                   "Damit ist dem Antrag gefolgt.", votes=(27, 22, 1))]),
    I("7", AGENDA[7][1], True, [D("Satzungsbeschluss vorhabenbezogener Bebauungsplan V 41/II", "angenommen",
                                   "Der Satzungsbeschluss ist gefasst gegen die Stimmen der AfD bei Enthaltung von Opladen plus.",
                                   groups=([], ["AfD"], ["Opladen plus"]), note="Schwientek and Stüttgen (befangen) do not vote; 48 voting")],
      bias=["Erhard Schwientek", "Dagmar Stüttgen"],
      note="Befangenheit § 31 GO NRW: Schwientek reported by the chair, Stüttgen declared herself (no law cited)"),
    I("8", AGENDA[8][1], True, [D("Verweisung in den Bürger- und Umweltausschuss", "verwiesen",
                                   "Das ist so beschlossen, der Antrag geht in den Bürger- und Umweltausschuss.", votes=(None, 0, 1))]),
    I("9", AGENDA[9][1], True),
    I("10", AGENDA[10][1], False, [D("Vergabe des Rahmenvertrages Gebäudereinigung", "angenommen",
                                      "Die Vergabe an Rheinblank ist einstimmig beschlossen.", votes=(None, 0, 0), unanimous=True)]),
    I("11", AGENDA[11][1], False, [D("Grundstückstauschvertrag", "abgelehnt",
                                      "Damit ist der Tausch abgelehnt.", votes=(20, 26, 3))]),
]
LATE = [{"name": "Yvonne Lambertz", "top": "4"}]
EARLY = [{"name": "Kurt Pilgram", "top": "9"}]
SECRETS = ["Rheinblank", "4,9 Millionen Euro netto", "Familie Odenthal", "3.100 Quadratmeter", "140.000 Euro", "Wiembach"]
