META = dict(id="nrw-krefeld-finanzausschuss-2026-11", split="test", land="NRW", body="Finanzausschuss",
            organization="Stadt Krefeld", date="2026-11-17", origin="16:52:00", start="17:00", end="19:04",
            agenda="matching", chair="Bernd Oetelshoven",
            features=["Fachausschuss (NRW, Krefeld style), Ausschussvorsitzender as chair, Stadtkämmerin present",
                      "early 'Ausschließungsgrund nach § 31' declared under TOP 1 by a Sachkundiger Bürger for TOP 4",
                      "Controllingbericht zur Kenntnis genommen",
                      "FDP-Antrag rejected, then Empfehlung an den Rat 'mehrheitlich gegen die Stimmen von CDU und FDP' (groups)",
                      "Verweisung in den Ausschuss für Soziales",
                      "late arrival (attendance)",
                      "non-public part with matching agenda ('nichtöffentlich ... die Tür ist zu'), vote 'mit 14 zu 2'"])
AGENDA_META = dict(slug="krefeld/finanzausschuss", date="2026-11-17", start="17:00", end="19:30",
                   name="Sitzung des Finanzausschusses", organizationName="Finanzausschuss der Stadt Krefeld")
AGENDA = [
    ("1", "Eröffnung der Sitzung und Feststellung der Tagesordnung", True),
    ("2", "Controllingbericht II/2026 zum Haushaltsvollzug", True),
    ("3", "Satzung über die Festsetzung der Hebesätze für 2027 – Empfehlung an den Rat", True),
    ("4", "Betriebskostenzuschuss an den Verein Kulturfabrik e. V. für 2027", True),
    ("5", "Antrag der Fraktion Die Linke: Aufstockung des Sozialtickets", True),
    ("6", "Beteiligungsangelegenheit – Kapitalerhöhung bei einer städtischen Gesellschaft", False),
    ("7", "Vergabe von Versicherungsleistungen", False),
]
_e = "19:04:50"
ATTENDANCE = dict(title="Finanzausschuss Krefeld – 17.11.2026", domain="krefeld.example.de", rows=[
    ("Bernd Oetelshoven", [("16:53:00", _e)], "Organizer"),
    ("Dr. Ulrike Vennekel", [("16:53:40", _e)], "Presenter"),
    ("Marcel Hüsgen", [("16:54:20", _e)], "Attendee"),
    ("Svenja Kamphausen", [("16:55:00", _e)], "Attendee"),
    ("Dirk Terporten", [("16:55:30", _e)], "Attendee"),
    ("Ayla Demirtaş", [("16:56:10", _e)], "Attendee"),
    ("Wolfgang Lenßen", [("16:56:50", _e)], "Attendee"),
    ("Pia Schmitz-Elsen", [("17:21:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:00:00
Bernd Oetelshoven: Guten Abend zusammen, ich eröffne die heutige Sitzung des Finanzausschusses. Eingeladen wurde frist- und formgerecht, wir sind mit 15 von 17 Stimmberechtigten beschlussfähig. Frau Schmitz-Elsen hat sich für etwas später angekündigt.
Bernd Oetelshoven: Bevor wir die Tagesordnung feststellen, gibt es Hinweise auf Befangenheiten?
Wolfgang Lenßen: Ja, von mir. Bei der Kulturfabrik, Punkt 4, liegt bei mir ein Ausschließungsgrund nach § 31 vor. Ich bin dort Kassierer im Vorstand. Ich setze mich dann in den Zuschauerbereich.
Bernd Oetelshoven: Danke, Herr Lenßen, das nehmen wir auf. Dann stelle ich die Tagesordnung wie versandt fest.
#CLOCK 17:04:00
Bernd Oetelshoven: Wir kommen zum Controllingbericht. Frau Stadtkämmerin, bitte.
Dr. Ulrike Vennekel: Danke, Herr Vorsitzender. Wir rechnen zum Jahresende mit einem Defizit von 38 Millionen Euro, geplant waren 31. Die Hauptgründe sind die Tarifsteigerungen und die Hilfen zur Erziehung, die um 6 Millionen über Plan liegen. Die Gewerbesteuer liegt leicht über dem Ansatz.
Dr. Ulrike Vennekel: Wir haben eine Bewirtschaftungsverfügung erlassen. Neue freiwillige Ausgaben gibt es bis Jahresende nur mit meiner Zustimmung.
Marcel Hüsgen: Frau Vennekel, wie hoch ist die Ausgleichsrücklage dann noch?
Dr. Ulrike Vennekel: Nach diesem Jahr etwa 12 Millionen. Das reicht nicht für ein zweites Jahr in dieser Größenordnung, das muss man klar sagen.
Ayla Demirtaş: Die Hilfen zur Erziehung kann man nicht einfach kürzen, da stehen Kinder dahinter. Ich bitte darum, dass das nicht gegeneinander ausgespielt wird.
Dr. Ulrike Vennekel: Das tut niemand, Frau Demirtaş. Ich beschreibe nur die Zahlen.
Bernd Oetelshoven: Weitere Fragen? Dann hat der Ausschuss den Controllingbericht zur Kenntnis genommen.
#CLOCK 17:22:00
Pia Schmitz-Elsen: Guten Abend, Entschuldigung, die Sitzung im Jugendhilfeausschuss ging länger.
Bernd Oetelshoven: Kein Problem, Frau Schmitz-Elsen, wir sind jetzt 16. Es folgt die Hebesatzsatzung.
Dr. Ulrike Vennekel: Wir schlagen vor, den Hebesatz der Grundsteuer B von 533 auf 575 Prozentpunkte anzuheben und die Gewerbesteuer unverändert zu lassen. Für ein Einfamilienhaus sind das im Schnitt 48 Euro im Jahr mehr.
Svenja Kamphausen: Die FDP hat dazu einen Antrag gestellt: keine Erhöhung der Grundsteuer, stattdessen eine globale Minderausgabe von 1,5 Prozent in allen Fachbereichen. Die Bürger dürfen nicht die Rechnung für die Ausgabenpolitik zahlen.
Dirk Terporten: Eine globale Minderausgabe ist ein Haushaltstrick, Frau Kamphausen. Am Ende trifft es die Bibliotheken und die Bäder, weil das die freiwilligen Leistungen sind.
Marcel Hüsgen: Die CDU lehnt die Erhöhung ebenfalls ab. Wir halten den FDP-Weg aber auch nicht für realistisch. Wir werden uns beim FDP-Antrag enthalten und gegen die Satzung stimmen.
Svenja Kamphausen: Das ist nicht richtig, Herr Terporten. In unserem Antrag steht ausdrücklich, dass Pflichtaufgaben und Bäder ausgenommen sind.
Dirk Terporten: Dann bleiben fast nur noch Kultur und Sport übrig. Das macht es nicht besser.
Wolfgang Lenßen: Eine Frage an die Kämmerin: Was bringt die Erhöhung insgesamt im Jahr?
Dr. Ulrike Vennekel: Rund 7,4 Millionen Euro, Herr Lenßen. Ohne diesen Betrag wäre der Haushaltsausgleich im Finanzplan nicht darstellbar.
Ayla Demirtaş: Die Grünen tragen die Erhöhung mit, schweren Herzens. Ohne sie kommen wir in die Haushaltssicherung, und dann entscheidet die Bezirksregierung.
Bernd Oetelshoven: Ich lasse zuerst über den Antrag der FDP abstimmen. Wer ist dafür? Zwei. Wer ist dagegen? Neun. Wer enthält sich? Fünf. Damit ist der FDP-Antrag abgelehnt.
Bernd Oetelshoven: Und nun die Empfehlung an den Rat, die Hebesatzsatzung zu beschließen. Wer stimmt zu? Gegenstimmen? Enthaltungen? Keine. Dann ist die Empfehlung mehrheitlich gegen die Stimmen von CDU und FDP ausgesprochen.
#CLOCK 18:02:00
Bernd Oetelshoven: Wir sind bei Punkt 4, der Kulturfabrik. Herr Lenßen ist schon nach hinten gegangen, danke.
Dr. Ulrike Vennekel: Der Verein beantragt einen Betriebskostenzuschuss von 240.000 Euro, das sind 20.000 mehr als im Vorjahr, wegen der Energiekosten. Im Haushaltsentwurf ist der Betrag enthalten.
Svenja Kamphausen: Trotz der Haushaltslage?
Dr. Ulrike Vennekel: Ja, weil der Zuschuss vertraglich bis 2028 zugesagt ist. Eine Kürzung wäre nur mit einer Kündigungsfrist von einem Jahr möglich.
Dirk Terporten: Die Kulturfabrik hat 60.000 Besucher im Jahr, das ist eine der wichtigsten Einrichtungen in der Stadt. Da sparen wir nicht.
Bernd Oetelshoven: Wer ist für den Zuschuss? Wer ist dagegen? Wer enthält sich? Das ist einstimmig so beschlossen. Herr Lenßen, Sie können wieder Platz nehmen.
#CLOCK 18:12:00
Bernd Oetelshoven: Punkt 5 der Tagesordnung, der Antrag der Linken zum Sozialticket.
Ayla Demirtaş: Ich stelle ihn für die Antragsteller vor, die Linke ist in diesem Ausschuss nicht vertreten. Das Sozialticket kostet derzeit 39 Euro, der Antrag will den städtischen Zuschuss so erhöhen, dass es 29 Euro kostet.
Dr. Ulrike Vennekel: Das würde etwa 900.000 Euro im Jahr kosten. Fachlich ist zuerst der Ausschuss für Soziales gefragt, dort liegen die Nutzerzahlen.
Marcel Hüsgen: Dann sollte der Sozialausschuss das zuerst beraten. Ich beantrage die Verweisung.
Bernd Oetelshoven: Wer ist für die Verweisung in den Ausschuss für Soziales? Danke. Gegenstimmen? Keine. Enthaltungen? Eine. Der Antrag wird in den Ausschuss für Soziales verwiesen.
Bernd Oetelshoven: Damit schließe ich den öffentlichen Teil. Ich bitte die Zuhörer und die Presse, den Saal zu verlassen.
#CLOCK 18:24:00
#NP
Bernd Oetelshoven: So, nichtöffentlich, die Tür ist zu. Punkt 6, die Kapitalerhöhung.
Dr. Ulrike Vennekel: Es geht um die Krefelder Hafenbahn GmbH. Für die Erneuerung von zwei Rangierlokomotiven braucht die Gesellschaft eine Kapitalerhöhung von 2,1 Millionen Euro. Der Anteil der Stadt beträgt 1,26 Millionen.
Svenja Kamphausen: Gibt es keine Leasingmodelle für Lokomotiven?
Dr. Ulrike Vennekel: Geprüft, Leasing wäre über die Laufzeit um etwa 15 Prozent teurer.
Ayla Demirtaş: Und die Mitgesellschafter ziehen mit? Sonst verschieben sich die Anteile.
Dr. Ulrike Vennekel: Die beiden anderen Gesellschafter haben in ihren Gremien bereits zugestimmt.
Marcel Hüsgen: Dann stimmen wir zu, das ist Infrastruktur.
Bernd Oetelshoven: Dann die Abstimmung. Mit 14 zu 2 Stimmen, ohne Enthaltungen, empfohlen. Der Beschluss ist so gefasst.
#CLOCK 18:42:00
Bernd Oetelshoven: Der letzte Punkt, die Versicherungen.
Dr. Ulrike Vennekel: Die Ausschreibung der Sach- und Haftpflichtversicherungen hat der Versicherer Rheinlandia gewonnen, mit einer Jahresprämie von 1,73 Millionen Euro. Das sind acht Prozent weniger als bisher.
Dirk Terporten: Ist der Selbstbehalt gleich geblieben?
Dr. Ulrike Vennekel: Er steigt von 5.000 auf 10.000 Euro pro Schadensfall. Das haben wir in der Abwägung berücksichtigt.
Bernd Oetelshoven: Wer stimmt der Vergabe zu? Alle. Dagegen oder Enthaltungen sehe ich nicht. Einstimmig, vielen Dank.
#CLOCK 19:03:30
Bernd Oetelshoven: Dann schließe ich die Sitzung um 19:04 Uhr. Kommen Sie gut heim.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Controllingbericht II/2026", "zur Kenntnis genommen",
                                   "Dann hat der Ausschuss den Controllingbericht zur Kenntnis genommen.")]),
    I("3", AGENDA[2][1], True, [
        D("Antrag der FDP: keine Erhöhung der Grundsteuer B, globale Minderausgabe", "abgelehnt",
          "Damit ist der FDP-Antrag abgelehnt.", votes=(2, 9, 5)),
        D("Empfehlung an den Rat: Hebesatzsatzung 2027", "angenommen",
          "Dann ist die Empfehlung mehrheitlich gegen die Stimmen von CDU und FDP ausgesprochen.", votes=(None, None, 0),
          groups=([], ["CDU", "FDP"], []))]),
    I("4", AGENDA[3][1], True, [D("Betriebskostenzuschuss Kulturfabrik 240.000 Euro", "angenommen",
                                   "Das ist einstimmig so beschlossen.", unanimous=True)],
      bias=["Wolfgang Lenßen"], note="Ausschließungsgrund nach § 31 GO NRW declared under TOP 1 (Sachkundiger Bürger)"),
    I("5", AGENDA[4][1], True, [D("Verweisung in den Ausschuss für Soziales", "verwiesen",
                                   "Der Antrag wird in den Ausschuss für Soziales verwiesen.", votes=(None, 0, 1))]),
    I("6", AGENDA[5][1], False, [D("Kapitalerhöhung bei der Gesellschaft", "angenommen",
                                    "Mit 14 zu 2 Stimmen, ohne Enthaltungen, empfohlen.", votes=(14, 2, 0))]),
    I("7", AGENDA[6][1], False, [D("Vergabe der Sach- und Haftpflichtversicherungen", "angenommen",
                                    "Einstimmig, vielen Dank.", unanimous=True)]),
]
LATE = [{"name": "Pia Schmitz-Elsen", "top": "2"}]
EARLY = []
SECRETS = ["Hafenbahn", "Rheinlandia", "1,73 Millionen Euro", "1,26 Millionen"]
