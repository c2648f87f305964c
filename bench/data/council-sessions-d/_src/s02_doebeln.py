META = dict(id="sn-doebeln-stadtrat-2026-11", split="test", land="SN", body="Stadtrat",
            organization="Große Kreisstadt Döbeln", date="2026-11-05", origin="16:55:00", start="17:01", end=None,
            agenda="none", chair="Kerstin Wohlgemuth",
            features=["no agenda; Stadtrat (Sachsen), Oberbürgermeisterin as chair, Bürgermeister (Beigeordneter) reports",
                      "opening 'Ich eröffne um 17:01 Uhr die ...'; calls: 'Punkt 2 der Tagesordnung', 'Ziffer 4', title-only calls ('Weiter geht es mit ...')",
                      "Niederschrift bestätigt (genehmigt)",
                      "secret Wahl of a Beigeordnete with Stimmzettel, ballot with ungültig",
                      "Befangenheit § 20 SächsGemO at the item (Stadtrat, Parkhaus owner) - leaves the table",
                      "Änderungsantrag der Linken rejected (with counts), then Verweisung in den Technischen Ausschuss (verwiesen)",
                      "'mehrheitlich abgelehnt' with group votes (BSW, Linke yes)",
                      "late arrival and early departure (attendance)",
                      "non-public part without agenda ('Die Öffentlichkeit ist jetzt ausgeschlossen'); 'Ohne Gegenstimme bei drei Enthaltungen'",
                      "closing without time (end from timeline)"])
AGENDA_META = None
AGENDA = None
_e = "19:32:40"
ATTENDANCE = dict(title="Stadtrat Döbeln – 27. Sitzung", domain="doebeln.example.de", rows=[
    ("Kerstin Wohlgemuth", [("16:55:20", _e)], "Organizer"),
    ("Jens-Uwe Pietzsch", [("16:56:00", _e)], "Presenter"),
    ("Dr. Sibylle Zschoche", [("16:56:40", _e)], "Attendee"),
    ("Mirko Lehnert", [("16:57:10", _e)], "Attendee"),
    ("Katrin Wünsche", [("16:57:50", _e)], "Attendee"),
    ("Ronny Eichler", [("16:58:30", "18:25:40")], "Attendee"),
    ("Stefan Tauscher", [("16:59:00", _e)], "Attendee"),
    ("Paulina Riedel", [("17:16:40", _e)], "Attendee"),
    ("Holger Gränitz", [("16:59:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:01:00
Kerstin Wohlgemuth: Ich eröffne um 17:01 Uhr die 27. Sitzung des Stadtrates, Tagesordnungspunkt 1. Die Einladung ist fristgemäß zugegangen. Anwesend sind 20 Stadträtinnen und Stadträte und ich, damit ist der Stadtrat beschlussfähig. Frau Riedel kommt etwas später, sie ist noch im Kreistag.
Kerstin Wohlgemuth: Gibt es Änderungswünsche zur Tagesordnung? Keine. Dann bleibt es bei der versandten Fassung.
#CLOCK 17:04:00
Kerstin Wohlgemuth: Punkt 2 der Tagesordnung, die Niederschrift der Sitzung vom 17. September. Gibt es Einwände? Herr Tauscher.
Stefan Tauscher: Auf Seite vier bin ich falsch zitiert, ich hatte von 40 Stellplätzen gesprochen, nicht 14. Bitte korrigieren.
Kerstin Wohlgemuth: Das wird korrigiert. Mit dieser Korrektur: Wer bestätigt die Niederschrift? Gegenstimmen? Enthaltungen? Zwei, wegen Abwesenheit damals. Die Niederschrift vom 17. September ist damit bestätigt.
#CLOCK 17:08:00
Kerstin Wohlgemuth: Wir haben Einwohner da, die Fragen stellen wollen. Bitte, kommen Sie nach vorn.
Unknown Speaker: Schönen guten Abend. Ich wohne in der Ritterstraße. Die Gehwegplatten sind seit dem Hochwasser lose, meine Nachbarin ist gestürzt. Passiert da noch was?
Jens-Uwe Pietzsch: Die Ritterstraße ist im Sanierungsprogramm für das nächste Frühjahr. Bis dahin lassen wir die schlimmsten Stellen provisorisch richten, ich nehme das morgen mit ins Tiefbauamt.
Unknown Speaker: Dann schreib ich mir das auf, Herr Pietzsch.
Kerstin Wohlgemuth: Gibt es weitere Fragen? Das ist nicht so.
#CLOCK 17:17:00
Paulina Riedel: Hallo, ich bin jetzt da. Der Kreistag hat länger gedauert.
Kerstin Wohlgemuth: Willkommen, Frau Riedel. Wir sind damit 22. Wir kommen zu Ziffer 4, der Wahl der Beigeordneten für den Geschäftsbereich Soziales und Bildung. Es gibt zwei Bewerbungen, Frau Henrike Vollstädt und Herr Dr. Ansgar Mühlberg, beide haben sich im Ältestenrat vorgestellt.
Kerstin Wohlgemuth: Die Wahl ist geheim, mit Stimmzettel. Jeder hat eine Stimme. Ich bitte Herrn Gränitz und Frau Wünsche, als Wahlhelfer die Stimmzettel auszugeben und anschließend mit mir auszuzählen.
Holger Gränitz: Machen wir. Die Urne steht vorne, bitte einzeln nach Aufruf.
Katrin Wünsche: Frau Oberbürgermeisterin, sind die Kabinen so aufgestellt, dass man nicht reinschauen kann? Letztes Mal gab es da Beschwerden.
Kerstin Wohlgemuth: Wir haben die Stellwände umgestellt, Frau Wünsche. Bitte, Herr Gränitz, beginnen Sie mit dem Aufruf.
#CLOCK 17:34:00
Kerstin Wohlgemuth: Das Ergebnis der Wahl. Abgegeben wurden 22 Stimmzettel. Auf Frau Vollstädt entfielen 13 Stimmen, auf Herrn Dr. Mühlberg 8 Stimmen, ein Stimmzettel war ungültig. Damit ist Frau Vollstädt zur Beigeordneten gewählt.
Kerstin Wohlgemuth: Frau Vollstädt ist im Saal, sie hat die Wahl angenommen, herzlichen Glückwunsch. Ich unterbreche für fünf Minuten.
#CLOCK 17:42:00
Kerstin Wohlgemuth: Weiter geht es mit der neuen Parkgebührenordnung für die Innenstadt. Herr Bürgermeister Pietzsch stellt vor.
Mirko Lehnert: Frau Oberbürgermeisterin, bevor wir einsteigen: Mir gehört das Parkhaus am Obermarkt. Nach § 20 der Sächsischen Gemeindeordnung darf ich hier nicht mitwirken. Ich gehe in den Zuschauerraum.
Kerstin Wohlgemuth: Danke, Herr Lehnert, ist so notiert. Bitte, Herr Pietzsch.
Jens-Uwe Pietzsch: Die Gebühren sind seit 2014 unverändert. Wir schlagen vor, die erste halbe Stunde frei zu lassen, danach einen Euro pro Stunde in Zone eins und 70 Cent in Zone zwei. Das Anwohnerparken kostet künftig 60 statt 30 Euro im Jahr.
Katrin Wünsche: Die erste halbe Stunde frei, das ist gut für den Einzelhandel. Beim Anwohnerparken haben wir aber eine Verdopplung, und das trifft Leute, die keine Garage haben. Wir von der Linken beantragen, das Anwohnerparken bei 30 Euro zu belassen.
Stefan Tauscher: Wir als CDU sehen das anders, 60 Euro im Jahr sind fünf Euro im Monat. Das ist kein Drama.
Ronny Eichler: Unsere Fraktion sagt, die Gebührenordnung ist nicht zu Ende gedacht. Das Parkleitsystem fehlt, die Zonen sind willkürlich. Das gehört erst mal in den Technischen Ausschuss.
Jens-Uwe Pietzsch: Zum Parkleitsystem: Das ist im Haushalt 2028 angemeldet. Die Zonen orientieren sich an der Entfernung zum Obermarkt, das ist nicht willkürlich, das ist ein Radius von 400 Metern.
Ronny Eichler: Ein Radius, der mitten durch die Bahnhofstraße geht. Auf der einen Seite zahlt man einen Euro, gegenüber 70 Cent. Das versteht kein Mensch.
Dr. Sibylle Zschoche: Die Grünen finden die Richtung richtig. Aber auch wir haben Fragen zu den Zonen, Herr Eichler hat nicht ganz unrecht.
Jens-Uwe Pietzsch: Die Verwaltung könnte mit einer Vorberatung leben, wenn es im Dezember wieder auf den Tisch kommt.
Kerstin Wohlgemuth: Dann machen wir es geordnet. Zuerst der Änderungsantrag der Linken zum Anwohnerparken. Wer stimmt dem zu? Fünf. Wer ist dagegen? Vierzehn. Enthaltungen? Zwei. Der Änderungsantrag findet keine Mehrheit.
Kerstin Wohlgemuth: Jetzt der Antrag von Herrn Eichler, die Gebührenordnung an den Technischen Ausschuss zu verweisen. Wer ist dafür? 17. Dagegen? 2. Enthaltungen? Ebenfalls 2. Dann geht die Vorlage in den Technischen Ausschuss und kommt im Dezember zurück.
Kerstin Wohlgemuth: Herr Lehnert, Sie dürfen wieder Platz nehmen.
#CLOCK 18:24:00
Kerstin Wohlgemuth: Punkt sechs. Der Antrag der BSW-Fraktion, einen zweiten Wochenmarkttag am Samstag zu prüfen.
Holger Gränitz: Der Markt am Mittwoch ist gut besucht, aber viele Berufstätige schaffen es nicht. Ein Samstagsmarkt würde den Obermarkt beleben. Wir wollen nur einen Prüfauftrag, keine Entscheidung.
Stefan Tauscher: Wir hatten vor fünf Jahren einen Samstagsmarkt. Nach drei Monaten waren noch vier Stände da. Die Händler wollen das nicht, wir haben gefragt.
Katrin Wünsche: Wir unterstützen den Prüfauftrag, einmal fragen kostet nichts.
Dr. Sibylle Zschoche: Man müsste aber auch die Kosten für Auf- und Abbau und den Bauhof am Samstag mitdenken. Das sind Überstunden.
Holger Gränitz: Genau das soll die Prüfung ja zeigen.
Ronny Eichler: Frau Oberbürgermeisterin, ich muss leider los, meine Schicht fängt an. Ich wünsche noch eine gute Sitzung.
Kerstin Wohlgemuth: Danke, Herr Eichler. Dann stimmen wir über den Prüfauftrag ab. Wer ist dafür? Das sind BSW und Linke. Wer ist dagegen? Das ist die Mehrheit. Enthaltungen? Einzelne bei den Grünen. Damit ist der Antrag mehrheitlich abgelehnt.
#CLOCK 18:50:00
Kerstin Wohlgemuth: Informationen der Oberbürgermeisterin. Drei Dinge. Das Stadtfest hatte 31.000 Besucher, so viele wie nie. Die Fördermittel für die Sanierung der Stadtbibliothek sind bewilligt. Und der Weihnachtsmarkt öffnet am 27. November.
Dr. Sibylle Zschoche: Eine Nachfrage: Gibt es für die Bibliothek schon einen Zeitplan?
Kerstin Wohlgemuth: Baubeginn im Sommer 2027, die Ausleihe zieht übergangsweise in die Alte Post.
Paulina Riedel: Und die Öffnungszeiten in der Alten Post, bleiben die gleich?
Kerstin Wohlgemuth: Ja, montags geschlossen, sonst wie bisher.
Kerstin Wohlgemuth: Wir kommen zum nichtöffentlichen Teil. Ich bitte die Gäste und die Presse, den Saal zu verlassen, und danke für Ihre Aufmerksamkeit.
#CLOCK 19:00:00
#NP
Kerstin Wohlgemuth: Die Öffentlichkeit ist jetzt ausgeschlossen. Punkt acht, die Vergabe des Winterdienstes für das Los Nord.
Jens-Uwe Pietzsch: Es gab drei Angebote. Das günstigste kommt von der Agrargenossenschaft Mochau mit 118.600 Euro pro Saison, zwei Jahre mit Verlängerungsoption. Die sind schon auf den Kreisstraßen tätig, wir haben gute Erfahrungen.
Stefan Tauscher: Haben die genug Fahrzeuge, wenn es mal richtig schneit?
Jens-Uwe Pietzsch: Vier Räumfahrzeuge und zwei Traktoren mit Schild, das steht so im Angebot.
Kerstin Wohlgemuth: Wer stimmt der Vergabe zu? Gegenstimmen? Keine. Enthaltungen? Auch keine. Der Zuschlag wird einstimmig erteilt.
#CLOCK 19:14:00
Kerstin Wohlgemuth: Punkt neun, eine Niederschlagung. Herr Pietzsch.
Jens-Uwe Pietzsch: Es geht um offene Mietforderungen aus der Gaststätte im Schlossbergpark, 23.470 Euro. Der frühere Pächter ist in Privatinsolvenz, die Forderung ist nicht mehr einbringlich.
Dr. Sibylle Zschoche: Und wer betreibt die Gaststätte jetzt?
Jens-Uwe Pietzsch: Derzeit niemand, die Neuausschreibung läuft im Januar.
Kerstin Wohlgemuth: Dann bitte das Handzeichen. Dafür 18, dagegen niemand, drei Enthaltungen. Ohne Gegenstimme bei drei Enthaltungen beschlossen.
#CLOCK 19:31:00
Kerstin Wohlgemuth: Das war es für heute. Danke Ihnen allen, die Sitzung ist geschlossen.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Bestätigung der Niederschrift vom 17. September 2026", True, [
        D("Niederschrift der Sitzung vom 17. September mit Korrektur", "genehmigt",
          "Die Niederschrift vom 17. September ist damit bestätigt.", votes=(None, None, 2))], spoken=True),
    I("3", "Einwohnerfragestunde", True, spoken=False),
    I("4", "Wahl der Beigeordneten für den Geschäftsbereich Soziales und Bildung", True, [
        D("Wahl der Beigeordneten (Stimmzettel)", "gewählt", "Damit ist Frau Vollstädt zur Beigeordneten gewählt.",
          ballot={"Henrike Vollstädt": 13, "Dr. Ansgar Mühlberg": 8, "ungültig": 1})], spoken=True),
    I("5", "Parkgebührenordnung für die Innenstadt", True, [
        D("Änderungsantrag der Linken: Anwohnerparken bei 30 Euro belassen", "abgelehnt",
          "Der Änderungsantrag findet keine Mehrheit.", votes=(5, 14, 2)),
        D("Verweisung der Parkgebührenordnung in den Technischen Ausschuss", "verwiesen",
          "Dann geht die Vorlage in den Technischen Ausschuss und kommt im Dezember zurück.", votes=(17, 2, 2))],
      bias=["Mirko Lehnert"], spoken=False),
    I("6", "Antrag der BSW-Fraktion: Prüfauftrag zweiter Wochenmarkttag", True, [
        D("Prüfauftrag Samstagsmarkt", "abgelehnt", "Damit ist der Antrag mehrheitlich abgelehnt.",
          groups=(["BSW", "Linke"], [], []), note="abstentions 'einzelne bei den Grünen' - not all Grüne, so not listed as a group")], spoken=True),
    I("7", "Informationen der Oberbürgermeisterin", True, spoken=False),
    I("8", "Vergabe Winterdienst Los Nord", False, [
        D("Vergabe des Winterdienstes Los Nord", "angenommen", "Der Zuschlag wird einstimmig erteilt.", votes=(None, 0, 0), unanimous=True)], spoken=True),
    I("9", "Niederschlagung einer Forderung", False, [
        D("Niederschlagung offener Mietforderungen", "angenommen", "Ohne Gegenstimme bei drei Enthaltungen beschlossen.", votes=(18, 0, 3))], spoken=True),
]
LATE = [{"name": "Paulina Riedel", "top": "3"}]
EARLY = [{"name": "Ronny Eichler", "top": "6"}]
SECRETS = ["Agrargenossenschaft Mochau", "118.600 Euro", "23.470 Euro", "Schlossbergpark"]
