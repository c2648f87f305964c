META = dict(id="th-gotha-bauausschuss-2026-09", split="test", land="TH", body="Ausschuss für Bau, Umwelt und Verkehr",
            organization="Stadt Gotha", date="2026-09-29", origin="16:50:00", start="17:00", end="19:12",
            agenda="matching", chair="Ines Marquardt",
            features=["Fachausschuss (Thüringen), Ausschussvorsitzende as chair, Bürgermeister and Fachdienstleiterin present",
                      "chair calls 'Wir kommen zu Ziffer 3', own words, 'Punkt 5 der Tagesordnung'",
                      "Befangenheit § 38 ThürKO at the item ('persönlich beteiligt'), counts in digits with Ja-Stimmen/Nein-Stimmen",
                      "Ortsteilrat's 'einstimmig befürwortet' quoted by the chair - does not count",
                      "item called and immediately abgesetzt by vote (Stellungnahme der Verkehrsbehörde fehlt)",
                      "Sachstandsbericht zur Kenntnis genommen",
                      "CDU-Änderungsantrag angenommen, then Empfehlung an den Stadtrat 'bei 3 Gegenstimmen aus der Fraktion der AfD' (group vote)",
                      "attendance report without late/early; no non-public part"])
AGENDA_META = dict(slug="gotha/bua", date="2026-09-29", start="17:00", end="19:30", tz="+02:00",
                   name="14. Sitzung des Ausschusses für Bau, Umwelt und Verkehr", organizationName="Ausschuss für Bau, Umwelt und Verkehr der Stadt Gotha")
AGENDA = [
    ("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung, der Beschlussfähigkeit und der Tagesordnung", True),
    ("2", "Genehmigung der Niederschrift der Sitzung vom 8. September 2026", True),
    ("3", "Bauvoranfrage Errichtung eines Mehrfamilienhauses, Eisenacher Straße 41 – gemeindliches Einvernehmen", True),
    ("4", "Antrag der Fraktion Die Linke: Tempo 30 vor der Regelschule Ost", True),
    ("5", "Sachstandsbericht Entschlammung des Schlossparkteichs", True),
    ("6", "Neufassung der Baumschutzsatzung – Empfehlung an den Stadtrat", True),
    ("7", "Informationen und Anfragen", True),
]
_e = "19:12:40"
ATTENDANCE = dict(title="BUV-Ausschuss Gotha 29.09.2026", domain="gotha.example.de", rows=[
    ("Ines Marquardt", [("16:51:10", _e)], "Organizer"),
    ("Frank Heidenreich", [("16:52:00", _e)], "Presenter"),
    ("Doreen Kallenbach", [("16:52:30", _e)], "Presenter"),
    ("Thilo Apel", [("16:53:10", _e)], "Attendee"),
    ("Manuela Quaas", [("16:54:00", _e)], "Attendee"),
    ("Sören Wiegleb", [("16:54:30", _e)], "Attendee"),
    ("Beate Gundermann", [("16:55:10", _e)], "Attendee"),
    ("Dr. Arvid Fleischhauer", [("16:56:00", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:58:30
Ines Marquardt: Hören Sie mich alle? Auch die, die online sind? Herr Fleischhauer, nicken Sie mal. Gut.
#CLOCK 17:00:00
Ines Marquardt: Dann eröffne ich die vierzehnte Sitzung unseres Ausschusses. Die Ladung ist ordnungsgemäß erfolgt, zehn von elf Mitgliedern sind da, einer davon digital. Wir sind beschlussfähig. Die Tagesordnung haben Sie, Änderungswünsche? Keine, dann ist sie so festgestellt.
Ines Marquardt: Die Niederschrift vom 8. September. Anmerkungen? Keine. Wer genehmigt sie? Danke. Wer ist dagegen? Wer enthält sich? Eine Enthaltung. Die Niederschrift ist genehmigt.
#CLOCK 17:04:00
Ines Marquardt: Wir kommen zu Ziffer 3, die Bauvoranfrage in der Eisenacher Straße. Frau Kallenbach, wenn Sie einführen möchten.
Sören Wiegleb: Frau Vorsitzende, Entschuldigung, vorher: Ich bin hier persönlich beteiligt im Sinne von § 38 der Kommunalordnung. Der Bauherr ist mein Schwager. Ich rücke vom Tisch ab und stimme nicht mit.
Ines Marquardt: In Ordnung, Herr Wiegleb, danke. Dann sind wir bei diesem Punkt neun Stimmberechtigte. Frau Kallenbach.
Doreen Kallenbach: Geplant sind ein Mehrfamilienhaus mit neun Wohnungen und eine Tiefgarage. Das Grundstück liegt im unbeplanten Innenbereich, maßgeblich ist also das Einfügen nach § 34 Baugesetzbuch. Die Traufhöhe liegt im Rahmen der Umgebung, die Dachform auch.
Doreen Kallenbach: Kritisch war die Zufahrt der Tiefgarage. Die wird jetzt über die Seitenstraße geführt, das hat die Verkehrsbehörde so akzeptiert. Wir empfehlen, das Einvernehmen zu erteilen.
Manuela Quaas: Gibt es Stellungnahmen der Nachbarn? Das ist ja eine enge Ecke.
Doreen Kallenbach: Zwei Nachbarn haben sich gemeldet, vor allem wegen der Verschattung. Die Abstandsflächen werden aber eingehalten.
Thilo Apel: Ich finde das eine gute Nachverdichtung. Genau so etwas brauchen wir statt neuer Baugebiete auf dem Acker.
Beate Gundermann: Nachverdichtung ja, aber neun Wohnungen und nur sieben Stellplätze? Die Autos stehen dann in der Eisenacher Straße, und da ist jetzt schon kein Platz.
Doreen Kallenbach: Die Stellplatzsatzung verlangt für diese Wohnungsgrößen sieben Plätze, Frau Gundermann. Mehr können wir im Einvernehmen nicht fordern.
Beate Gundermann: Das weiß ich, deshalb werde ich mich enthalten. Ich wollte es nur gesagt haben.
Ines Marquardt: Dann stimmen wir ab über die Erteilung des Einvernehmens. Mit 7 Ja-Stimmen, 1 Nein-Stimme und einer Enthaltung ist das Einvernehmen erteilt. Herr Wiegleb, Sie können zurückkommen.
#CLOCK 17:24:00
Ines Marquardt: Der nächste Punkt ist der Antrag der Linken zu Tempo 30 vor der Regelschule Ost. Hier muss ich vorab sagen: Die Stellungnahme der unteren Verkehrsbehörde ist bis heute nicht eingegangen. Ich schlage vor, den Punkt abzusetzen.
Beate Gundermann: Als Antragstellerin bin ich nicht glücklich, aber ohne die Stellungnahme hat die Beratung keinen Sinn. Bitte dann aber im Oktober fest einplanen.
Ines Marquardt: Das sage ich zu. Wer ist für die Absetzung? Das sind alle. Der Antrag zu Tempo 30 wird von der heutigen Tagesordnung abgesetzt.
#CLOCK 17:27:00
Ines Marquardt: Punkt 5 der Tagesordnung, der Schlossparkteich. Herr Bürgermeister Heidenreich berichtet.
Frank Heidenreich: Die Entschlammung ist zu etwa sechzig Prozent abgeschlossen. Wir haben mehr Schlamm gefunden als gedacht, rund 4.800 Kubikmeter statt 3.500. Das kostet zusätzlich etwa 90.000 Euro, die aus dem Sanierungsbudget gedeckt werden können.
Frank Heidenreich: Die Fische sind umgesetzt, die Wasservögel haben sich an den Nordteich verlagert. Ende November soll der Teich wieder geflutet werden.
Dr. Arvid Fleischhauer: Ich habe gelesen, dass im Schlamm Schwermetalle gefunden wurden. Wo bleibt der?
Frank Heidenreich: Die Belastung ist gering, Zuordnungsklasse Z 1. Der Schlamm geht auf eine zugelassene Deponie im Landkreis, nicht auf Felder.
Manuela Quaas: Und der Rundweg, ist der während der Arbeiten gesperrt?
Frank Heidenreich: Nur der östliche Abschnitt, bis zum Ende der Arbeiten.
Ines Marquardt: Wenn keine Fragen mehr sind: Der Ausschuss nimmt den Sachstandsbericht zur Kenntnis. Vielen Dank, Herr Heidenreich.
#CLOCK 17:46:00
Ines Marquardt: So, und jetzt das dicke Brett des Abends, die Baumschutzsatzung. Ich erinnere daran, dass der Ortsteilrat Siebleben die Neufassung bereits einstimmig befürwortet hat. Frau Kallenbach.
Doreen Kallenbach: Die alte Satzung stammt von 1998. Neu ist, dass Bäume ab einem Stammumfang von 60 statt 80 Zentimetern geschützt sind, Obstbäume bleiben ausgenommen. Für jede genehmigte Fällung gibt es eine Ersatzpflanzung oder eine Ausgleichszahlung.
Thilo Apel: Die CDU hat einen Änderungsantrag eingebracht. Kleingärten sollen vollständig aus der Satzung herausgenommen werden. Da gilt das Bundeskleingartengesetz, wir wollen keine doppelte Regelung und keinen Ärger mit den Vereinen.
Beate Gundermann: Das ist vernünftig, das sehen wir auch so.
Dr. Arvid Fleischhauer: Wir als AfD lehnen die Satzung insgesamt ab. Das ist ein Eingriff ins Eigentum. Wer auf seinem Grundstück einen Baum fällen will, soll das dürfen, ohne einen Antrag zu stellen.
Sören Wiegleb: Ich habe eine praktische Frage. Wie lange dauert denn die Genehmigung einer Fällung? Wenn ein Baum nach einem Sturm schief steht, kann ich nicht sechs Wochen warten.
Doreen Kallenbach: Bei Gefahr im Verzug darf sofort gefällt werden, das muss dann nur innerhalb von drei Tagen angezeigt und mit Fotos belegt werden. Reguläre Anträge wollen wir in vier Wochen bescheiden.
Sören Wiegleb: Vier Wochen, mit dem jetzigen Personal? Das glaube ich erst, wenn ich es sehe.
Frank Heidenreich: Wir schaffen dafür eine halbe Stelle, Herr Wiegleb, das steht in der Begründung auf Seite sechs.
Manuela Quaas: Herr Fleischhauer, es geht um große, alte Bäume, die das Stadtklima prägen. In der Innenstadt hatten wir im Juli 38 Grad.
Dr. Arvid Fleischhauer: Schönes Stadtklima, und die Bürger zahlen die Ausgleichszahlung. Wie hoch ist die eigentlich?
Doreen Kallenbach: 400 Euro pro Ersatzbaum, wenn auf dem Grundstück kein Platz für eine Pflanzung ist. Das Geld ist zweckgebunden für Neupflanzungen im Stadtgebiet.
Doreen Kallenbach: Zum CDU-Antrag: Die Verwaltung hat keine Einwände, rechtlich ist das sauber.
Ines Marquardt: Ich sehe keine weiteren Wortmeldungen. Dann schließe ich die Aussprache.
Ines Marquardt: Gut. Zuerst der Änderungsantrag der CDU, Kleingärten herausnehmen. Wer ist dafür? Acht. Wer ist dagegen? Zwei. Der Änderungsantrag ist angenommen.
Ines Marquardt: Nun die Empfehlung an den Stadtrat, die Satzung in der soeben geänderten Fassung zu beschließen. Handzeichen bitte. Das ist die Mehrheit, bei 3 Gegenstimmen aus der Fraktion der AfD. Enthaltungen sehe ich keine. So beschlossen.
#CLOCK 18:38:00
Ines Marquardt: Informationen und Anfragen. Gibt es etwas?
Manuela Quaas: Die Radwegmarkierung in der Eisenacher Straße ist schon wieder abgefahren. Wann wird die erneuert?
Frank Heidenreich: Die Firma ist beauftragt, es hängt am Wetter. Wir brauchen trockene Tage über zehn Grad.
Thilo Apel: Und die Ladesäulen am Hauptmarkt? Seit drei Wochen außer Betrieb.
Frank Heidenreich: Das liegt bei den Stadtwerken, ich frage nach und gebe es Ihnen schriftlich.
Beate Gundermann: Noch eine Bitte: Können wir die Unterlagen künftig eine Woche vorher bekommen? Das Gutachten zur Baumschutzsatzung kam erst am Freitag.
Ines Marquardt: Ich nehme das mit, da haben Sie recht. Das war knapp.
Doreen Kallenbach: Das lag am Gutachter, das Gutachten kam bei uns auch erst am Donnerstag an. Wir achten künftig darauf.
Ines Marquardt: Die nächste Sitzung ist am 27. Oktober, dann mit dem Tempo-30-Antrag. Sonst noch etwas? Nein.
#CLOCK 19:11:30
Ines Marquardt: Damit sind wir durch. Ich schließe die Sitzung um 19:12 Uhr, danke und einen schönen Abend.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Niederschrift vom 8. September 2026", "genehmigt", "Die Niederschrift ist genehmigt.", votes=(None, 0, 1),
                                   note="'Wer ist dagegen? Wer enthält sich? Eine Enthaltung.' - no Gegenstimme answered, counted as 0")]),
    I("3", AGENDA[2][1], True, [D("Erteilung des gemeindlichen Einvernehmens", "angenommen",
                                   "Mit 7 Ja-Stimmen, 1 Nein-Stimme und einer Enthaltung ist das Einvernehmen erteilt.", votes=(7, 1, 1))],
      bias=["Sören Wiegleb"]),
    I("4", AGENDA[3][1], True, [D("Absetzung des Antrags", "abgesetzt",
                                   "Der Antrag zu Tempo 30 wird von der heutigen Tagesordnung abgesetzt.", unanimous=True)]),
    I("5", AGENDA[4][1], True, [D("Sachstandsbericht Schlossparkteich", "zur Kenntnis genommen",
                                   "Der Ausschuss nimmt den Sachstandsbericht zur Kenntnis.")]),
    I("6", AGENDA[5][1], True, [
        D("Änderungsantrag der CDU: Kleingärten aus der Satzung herausnehmen", "angenommen",
          "Der Änderungsantrag ist angenommen.", votes=(8, 2, None)),
        D("Empfehlung an den Stadtrat: Baumschutzsatzung in geänderter Fassung", "angenommen",
          "bei 3 Gegenstimmen aus der Fraktion der AfD", votes=(None, 3, 0), groups=([], ["AfD"], []),
          note="the Ortsteilrat's 'einstimmig befürwortet' does not count")]),
    I("7", AGENDA[6][1], True),
]
LATE = []
EARLY = []
SECRETS = []
