META = dict(id="nrw-leverkusen-bezirksvertretung-iii-2026-10", split="test", land="NRW", body="Bezirksvertretung für den Stadtbezirk III",
            organization="Stadt Leverkusen", date="2026-10-08", origin="16:53:00", start="17:00", end="19:23",
            agenda="matching", chair="Gabriele Schnitzler",
            features=["Bezirksvertretung (NRW, Leverkusen style), Bezirksbürgermeisterin as chair, Fachbereichsleiter present",
                      "Befangenheit 'nach § 31 in Verbindung mit § 43 GO NRW' at the item (Bezirksvertreter), takes a seat among the Zuschauer",
                      "alternative proposal (Variante B of the SPD) rejected with counts in words, then Variante A of the Verwaltung",
                      "'einstimmig bei Enthaltung der AfD' (not unanimous, group)",
                      "Vertagung on the request of the Verwaltung, voted",
                      "Bericht zur Kenntnis genommen",
                      "late arrival and early departure (attendance)", "no non-public part, spoken end"])
AGENDA_META = dict(slug="leverkusen/bv3", date="2026-10-08", start="17:00", end="20:00", tz="+02:00",
                   name="Sitzung der Bezirksvertretung für den Stadtbezirk III", organizationName="Bezirksvertretung für den Stadtbezirk III der Stadt Leverkusen")
AGENDA = [
    ("1", "Eröffnung, Begrüßung und Feststellung der Tagesordnung", True),
    ("2", "Einwohnerfragestunde", True),
    ("3", "Mitteilungen der Verwaltung", True),
    ("4", "Neugestaltung des Marktplatzes Schlebusch – Entscheidung über die Vorzugsvariante", True),
    ("5", "Verwendung bezirksbezogener Mittel 2026 – Zuschüsse an Vereine und Initiativen", True),
    ("6", "Antrag der CDU-Fraktion: Querungshilfe an der Bergischen Landstraße", True),
    ("7", "Bericht über die Baumpflanzaktion im Herbst 2026", True),
    ("8", "Anfragen der Bezirksvertreterinnen und Bezirksvertreter", True),
]
_e = "19:23:50"
ATTENDANCE = dict(title="Bezirksvertretung III – Sitzung 08.10.2026", domain="leverkusen.example.de", rows=[
    ("Gabriele Schnitzler", [("16:54:00", _e)], "Organizer"),
    ("Achim Reusrath", [("16:54:30", _e)], "Presenter"),
    ("Nicole Overath", [("16:55:10", _e)], "Attendee"),
    ("Serkan Yıldız", [("16:55:50", _e)], "Attendee"),
    ("Heribert Kürten", [("16:56:30", _e)], "Attendee"),
    ("Melanie Bongartz", [("16:57:00", "18:39:40")], "Attendee"),
    ("Jörg Pohlmann", [("16:57:40", _e)], "Attendee"),
    ("Claudia Wirtz-Hamacher", [("17:07:20", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:59:00
Gabriele Schnitzler: Ist der Ton jetzt da? Herr Reusrath, können Sie mal was sagen?
Achim Reusrath: Eins, zwei, ja, man hört mich.
#CLOCK 17:00:00
Gabriele Schnitzler: Wunderbar. Dann begrüße ich Sie herzlich zur Sitzung der Bezirksvertretung III. Die Einladung ist fristgerecht zugegangen, 16 von 19 Mitgliedern sind anwesend, damit sind wir beschlussfähig. Frau Wirtz-Hamacher kommt ein paar Minuten später. Zur Tagesordnung gibt es keine Änderungen, dann ist sie so festgestellt.
#CLOCK 17:03:00
Gabriele Schnitzler: Die Einwohnerfragestunde. Es hat sich ein Herr angemeldet, bitte.
Unknown Speaker: Guten Abend. Ich wohne am Mühlenweg. Die Glascontainer werden sonntags um sieben Uhr geleert, das ist ein Höllenlärm. Kann man das nicht unter der Woche machen?
Achim Reusrath: Das ist eigentlich nicht zulässig, sonntags. Ich gebe das an die Entsorgungsgesellschaft weiter und melde mich bei Ihnen, wenn Sie mir Ihre Adresse dalassen.
Unknown Speaker: Mach ich, danke.
#CLOCK 17:08:00
Claudia Wirtz-Hamacher: Guten Abend, tut mir leid, ich stand an der Schranke in Manfort.
Gabriele Schnitzler: Willkommen, wir sind damit 17. Weitere Fragen aus der Einwohnerschaft gibt es nicht. Mitteilungen der Verwaltung, Herr Reusrath.
Achim Reusrath: Die Sperrung der Mülheimer Straße endet am 23. Oktober. Und die neue Beleuchtung im Wuppertal-Radweg ist in Betrieb, 42 Leuchten, alle mit Bewegungsmeldern.
Gabriele Schnitzler: Danke. Fragen dazu? Keine.
#CLOCK 17:14:00
Gabriele Schnitzler: Dann das Hauptthema heute, der Marktplatz in Schlebusch.
Jörg Pohlmann: Frau Bezirksbürgermeisterin, ich muss mich für diesen Punkt für befangen erklären nach § 31 in Verbindung mit § 43 GO NRW. Mein Café liegt direkt am Markt. Ich gehe zu den Zuschauern.
Gabriele Schnitzler: Danke, Herr Pohlmann, so kommt es ins Protokoll. Herr Reusrath.
Achim Reusrath: Wir haben zwei Varianten untersucht. Variante A hält den Markt auf der ganzen Fläche, mit zwölf Bäumen und einem Wasserspiel, die 26 Parkplätze fallen weg. Variante B behält 14 Parkplätze am Rand und hat entsprechend weniger Grün. Die Verwaltung empfiehlt Variante A.
Nicole Overath: Die SPD unterstützt Variante B, das ist unser Antrag. Die Händler haben uns eindringlich gebeten, ein paar Kurzzeitparkplätze zu behalten. Wer nach Schlebusch zum Metzger fährt, fährt sonst nach Burscheid.
Serkan Yıldız: Die Grünen sehen das anders. Das Parkhaus an der Bergischen Landstraße ist nie voll, 200 Meter vom Markt. Ein Platz mit Bäumen ist im Sommer das Einzige, was gegen die Hitze hilft.
Heribert Kürten: Die CDU hat lange diskutiert. Wir gehen mit der Verwaltung, aber wir wollen eine Lieferzone und zwei Behindertenparkplätze. Das ist in Variante A ja möglich, oder?
Achim Reusrath: Ja, Herr Kürten, beides lässt sich in Variante A unterbringen, das sage ich zu.
Melanie Bongartz: Wir von der AfD stimmen für B. Die Leute wollen parken, nicht auf ein Wasserspiel gucken.
Nicole Overath: Dann bitte ich darum, über unsere Variante zuerst abzustimmen.
Gabriele Schnitzler: So machen wir das, der weitergehende Antrag zuerst. Wer ist für die Variante B nach dem Antrag der SPD? Das sind fünf. Dagegen? Zehn. Enthaltungen? Eine. Damit ist die Variante B abgelehnt.
Gabriele Schnitzler: Jetzt die Variante A nach dem Vorschlag der Verwaltung, ergänzt um Lieferzone und Behindertenparkplätze. Wer ist dafür? Elf. Wer ist dagegen? Vier. Enthaltungen? Eine. Die Bezirksvertretung hat sich damit für Variante A entschieden. Herr Pohlmann, bitte wieder an den Tisch.
#CLOCK 18:08:00
Gabriele Schnitzler: Weiter geht es mit den bezirksbezogenen Mitteln. Es liegen neun Anträge vor, zusammen 23.800 Euro, die Liste haben Sie.
Serkan Yıldız: Eine Frage zum Antrag des Heimatvereins: Sind die 4.000 Euro für die Chronik oder für die Feier?
Achim Reusrath: Für den Druck der Chronik, die Feier finanziert der Verein selbst.
Melanie Bongartz: Wir haben Bedenken beim Zuschuss für das Demokratiefest, das ist einseitig. Wir werden uns deshalb bei der gesamten Liste enthalten.
Gabriele Schnitzler: Dann stimmen wir über die Liste ab. Wer ist dafür? Wer ist dagegen? Keiner. Wer enthält sich? Die AfD. Damit ist die Liste einstimmig bei Enthaltung der AfD beschlossen.
#CLOCK 18:22:00
Gabriele Schnitzler: Punkt 6, die Querungshilfe an der Bergischen Landstraße. Herr Kürten, wollen Sie begründen?
Heribert Kürten: Ja. An der Bushaltestelle Heidehöhe überqueren morgens über hundert Schüler die Straße, ohne Ampel und ohne Mittelinsel. Wir wollen, dass die Verwaltung eine Querungshilfe plant, und zwar schnell.
Achim Reusrath: Die Verwaltung teilt das Anliegen. Allerdings ist die Bergische Landstraße eine Landesstraße, wir brauchen die Zustimmung von Straßen.NRW. Das Gespräch dazu ist am 20. Oktober. Ich bitte deshalb darum, den Antrag heute zu vertagen, damit wir Ihnen das Ergebnis mitbringen können.
Heribert Kürten: Wenn das so ist, sind wir einverstanden. Aber in der nächsten Sitzung muss es kommen.
Gabriele Schnitzler: Wer ist für die Vertagung auf die nächste Sitzung? Das ist offensichtlich die Mehrheit. Gegenstimmen? Eine. Enthaltungen? Keine. Der Punkt ist vertagt.
#CLOCK 18:38:00
Gabriele Schnitzler: Dann der Bericht über die Baumpflanzaktion.
Achim Reusrath: Wir pflanzen in diesem Herbst 64 Bäume im Stadtbezirk, überwiegend Feldahorn und Zerreiche, weil die mit der Trockenheit besser zurechtkommen. Elf davon sind Ersatz für Bäume, die im letzten Sommer abgestorben sind. Die Bürgerpatenschaften laufen gut, 23 Bäume haben schon einen Paten.
Nicole Overath: Die Bewässerung im ersten Jahr, wer macht die? Letztes Jahr sind ja einige gleich wieder eingegangen.
Achim Reusrath: Die Gießsäcke werden vom Grünflächenbetrieb alle zwei Wochen befüllt, bei Hitze wöchentlich.
Serkan Yıldız: Können wir eine Karte bekommen, wo die Bäume stehen?
Achim Reusrath: Die geht Ihnen mit der Niederschrift zu.
Heribert Kürten: Und die Patenschaften, kann man die noch übernehmen, oder ist das schon voll?
Achim Reusrath: Es sind noch 41 Bäume frei, Anmeldung über das Bürgerportal bis Ende November.
Melanie Bongartz: Frau Schnitzler, ich muss leider gehen, mein Kind ist krank. Schönen Abend.
Gabriele Schnitzler: Gute Besserung, Frau Bongartz. Dann hat die Bezirksvertretung den Bericht zur Kenntnis genommen, wir sind jetzt 16.
#CLOCK 19:02:00
Gabriele Schnitzler: Anfragen. Wer möchte?
Claudia Wirtz-Hamacher: Der Bolzplatz an der Saarstraße hat seit Wochen ein Loch im Zaun. Die Bälle rollen auf die Straße.
Achim Reusrath: Ist notiert, der Bauhof ist für nächste Woche beauftragt.
Serkan Yıldız: Und die Toilette am Spielplatz im Wiembachtal, wann ist die wieder offen?
Achim Reusrath: Da warten wir auf ein Ersatzteil. Ich hoffe, bis Ende Oktober.
Heribert Kürten: Eine Bitte noch: Die Tagesordnung für November möchte ich gerne mit dem Sachstand zur Querungshilfe bekommen, auch schriftlich vorab.
Gabriele Schnitzler: Das nehmen wir mit, Herr Kürten.
#CLOCK 19:22:30
Gabriele Schnitzler: Dann sind wir am Ende. Vielen Dank, die Sitzung ist um 19:23 Uhr beendet.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True, [
        D("Antrag der SPD: Variante B (14 Parkplätze)", "abgelehnt", "Damit ist die Variante B abgelehnt.", votes=(5, 10, 1)),
        D("Variante A der Verwaltung, ergänzt um Lieferzone und Behindertenparkplätze", "angenommen",
          "Die Bezirksvertretung hat sich damit für Variante A entschieden.", votes=(11, 4, 1),
          note="Pohlmann (befangen) does not vote: 16 voting")],
      bias=["Jörg Pohlmann"]),
    I("5", AGENDA[4][1], True, [D("Zuschüsse aus bezirksbezogenen Mitteln (neun Anträge)", "angenommen",
                                   "Damit ist die Liste einstimmig bei Enthaltung der AfD beschlossen.", votes=(None, 0, None),
                                   unanimous=False, groups=([], [], ["AfD"]))]),
    I("6", AGENDA[5][1], True, [D("Vertagung auf die nächste Sitzung", "vertagt", "Der Punkt ist vertagt.", votes=(None, 1, 0))]),
    I("7", AGENDA[6][1], True, [D("Bericht Baumpflanzaktion", "zur Kenntnis genommen",
                                   "Dann hat die Bezirksvertretung den Bericht zur Kenntnis genommen, wir sind jetzt 16.")]),
    I("8", AGENDA[7][1], True),
]
LATE = [{"name": "Claudia Wirtz-Hamacher", "top": "2"}]
EARLY = [{"name": "Melanie Bongartz", "top": "7"}]
SECRETS = []
