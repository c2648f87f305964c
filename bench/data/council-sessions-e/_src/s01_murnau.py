META = dict(id="by-murnau-marktgemeinderat-2026-10", split="dev", land="BY", body="Marktgemeinderat",
            organization="Markt Murnau a. Staffelsee", date="2026-10-13", origin="18:50:00", start="19:00", end="21:38",
            agenda="matching", chair="Korbinian Haslbeck",
            features=["Marktgemeinderat (Bayern), Erster Bürgermeister as chair (votes himself), Geschäftsleiter and Bauamtsleiterin present",
                      "opening 'Grüß Gott ... ich eröffne die Sitzung ... ordnungsgemäß geladen'; Bavarian votes 'mit 19 zu 2' (no Enthaltung in Bayern, abstain null)",
                      "sub-items 4.1 / 4.2 (Bauanträge) called as 'Vier Punkt eins' and 'der zweite Bauantrag'",
                      "persönliche Beteiligung Art. 49 GO declared by the member himself at 4.1 (planning architect), leaves the table",
                      "gemeindliches Einvernehmen verweigert (4.2, 'Das Einvernehmen ist damit nicht erteilt') = abgelehnt",
                      "Verweisung in den Bau- und Umweltausschuss 'gegen die Stimmen der Grünen' (groups)",
                      "ÖDP-Änderungsantrag 'mit 6 zu 16 abgelehnt', then Satzung 'bei einer Gegenstimme so beschlossen'",
                      "explicit non-Befangenheit remark (Vergabe, Schwager works for another bidder)",
                      "microphone problem, late arrival (TOP 3) and early departure (TOP 8) in attendance",
                      "non-public part with matching agenda ('Ich stelle jetzt die Nichtöffentlichkeit her'); TOP 10 abgesetzt by vote when called"])
AGENDA_META = dict(slug="murnau/mgr", date="2026-10-13", start="19:00", end="22:00", tz="+02:00",
                   name="Öffentliche und nichtöffentliche Sitzung des Marktgemeinderates", organizationName="Marktgemeinderat Murnau a. Staffelsee")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True),
    ("2", "Genehmigung der Niederschrift über die öffentliche Sitzung vom 15.09.2026", True),
    ("3", "Bekanntgaben des Ersten Bürgermeisters", True),
    ("4.1", "Antrag auf Vorbescheid: Neubau eines Mehrfamilienhauses mit Tiefgarage, Fl.Nr. 1123/4, Gemarkung Murnau", True),
    ("4.2", "Bauantrag: Nutzungsänderung einer landwirtschaftlichen Scheune zu vier Ferienwohnungen, Hechendorf", True),
    ("5", "Kommunale Wärmeplanung – Vergabe der Planungsleistungen", True),
    ("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Tempo 30 auf der Kohlgruber Straße", True),
    ("7", "Änderung der Satzung über die Herstellung und Ablösung von Stellplätzen (Stellplatzsatzung)", True),
    ("8", "Wünsche und Anfragen", True),
    ("9", "Grundstücksangelegenheit – Erwerb einer Teilfläche", False),
    ("10", "Personalangelegenheit", False),
]
_e = "21:38:40"
ATTENDANCE = dict(title="Sitzung Marktgemeinderat 13.10.2026 (hybrid)", domain="murnau.example.de", rows=[
    ("Korbinian Haslbeck", [("18:51:10", _e)], "Organizer"),
    ("Stefan Rieplhuber", [("18:51:40", _e)], "Presenter"),
    ("Martina Obermaier-Krug", [("18:52:20", _e)], "Presenter"),
    ("Josef Zwerger", [("18:53:00", _e)], "Attendee"),
    ("Theresa Gschwendtner", [("18:53:30", _e)], "Attendee"),
    ("Lena Aschauer", [("18:54:05", _e)], "Attendee"),
    ("Felix Rambold", [("18:54:40", _e)], "Attendee"),
    ("Anton Kiermeier", [("18:55:15", _e)], "Attendee"),
    ("Christa Wackerle", [("18:55:50", _e)], "Attendee"),
    ("Wolfgang Sedlmair", [("18:56:20", "20:58:10")], "Attendee"),
    ("Benedikt Hörl", [("18:57:00", _e)], "Attendee"),
    ("Ingrid Lautenschlager", [("19:14:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 19:00:10
Korbinian Haslbeck: So, grüß Gott miteinander, ich würd dann anfangen. Ich eröffne die Sitzung des Marktgemeinderates und stelle fest, dass ordnungsgemäß geladen wurde. Anwesend sind mit mir 21 von 25, damit sind wir beschlussfähig.
Korbinian Haslbeck: Entschuldigt sind der Kollege Fischhaber, die Frau Dr. Leitner und der Herr Pfanzelt. Die Ingrid Lautenschlager kommt später, die hat noch einen Termin in Weilheim.
Korbinian Haslbeck: Und für die, die online dabei sind, noch mal der Hinweis: Eine Enthaltung gibt's bei uns in Bayern nicht, also bitte bei jeder Abstimmung Hand hoch oder eben nicht.
#CLOCK 19:03:00
Korbinian Haslbeck: Punkt zwei, die Niederschrift vom 15. September. Gibt's dazu Anmerkungen?
Felix Rambold: Ja, eine Kleinigkeit. Auf Seite drei steht bei mir Rambeck statt Rambold, das war's schon.
Korbinian Haslbeck: Wird korrigiert, danke. Wer der Niederschrift mit dieser Korrektur zustimmt, bitte die Hand. Danke, das ist einstimmig, die Niederschrift ist genehmigt.
#CLOCK 19:06:00
Korbinian Haslbeck: Bekanntgaben. Erstens, der Zuschussbescheid für das Dach der Grundschule ist gekommen, 412.000 Euro. Zweitens, der Christkindlmarkt findet heuer wieder am Obermarkt statt, nicht am Kultur- und Tagungszentrum.
Korbinian Haslbeck: Und drittens, die Staatsstraße nach Hechendorf wird ab dem 2. November für drei Wochen voll gesperrt, das Staatliche Bauamt macht die Fahrbahn neu.
Josef Zwerger: Ist da die Umleitung schon klar? Weil die Leute fragen schon.
Korbinian Haslbeck: Über Westried, die Beschilderung macht das Bauamt. Ich schick's euch noch per Mail.
#CLOCK 19:15:00
Ingrid Lautenschlager: Servus, tut mir leid, ich bin jetzt da.
Korbinian Haslbeck: Servus Ingrid, dann sind wir 22. Wir sind noch bei den Bekanntgaben, zur Sperrung nach Hechendorf schick ich dir die Mail auch.
#CLOCK 19:16:30
Korbinian Haslbeck: Dann die Bauanträge. Vier Punkt eins, der Vorbescheid für das Mehrfamilienhaus an der Burggrabenstraße. Anton, du wolltest was sagen?
Anton Kiermeier: Ja, ich bin bei dem Punkt persönlich beteiligt nach Artikel 49, weil mein Büro die Planung macht. Ich geh da raus und setz mich nach hinten.
Korbinian Haslbeck: Passt, danke. Frau Obermaier-Krug, bitte.
Martina Obermaier-Krug: Geplant sind elf Wohnungen mit Tiefgarage. Die Fragen im Vorbescheid betreffen die Wandhöhe von 9,80 Meter und eine Überschreitung der Baugrenze nach Süden um 1,20 Meter. Es gibt keinen Bebauungsplan, wir beurteilen nach Paragraph 34, und aus unserer Sicht fügt sich das ein.
Lena Aschauer: Wir finden die Nachverdichtung an der Stelle richtig. Mich würde nur interessieren, ob die Bäume an der Nordseite bleiben.
Martina Obermaier-Krug: Das ist nicht Gegenstand der Voranfrage, aber im Bauantrag würden wir einen Freiflächengestaltungsplan verlangen.
Benedikt Hörl: Ich bin bei der Wandhöhe skeptisch. Da drüben sind lauter Zweigeschosser, das passt nicht.
Korbinian Haslbeck: Gut, dann stimmen wir ab. Wer dafür ist, dass das gemeindliche Einvernehmen zu den Fragen im Vorbescheid erteilt wird, bitte die Hand. Ja, und die Gegenprobe. Das sind zwei. Also mit 19 zu 2 ist das Einvernehmen erteilt. Anton, kannst wieder herkommen.
#CLOCK 19:31:00
Korbinian Haslbeck: Der zweite Bauantrag, die Scheune in Hechendorf.
Martina Obermaier-Krug: Das ist Außenbereich. Der Antragsteller will aus der Scheune vier Ferienwohnungen machen. Eine Privilegierung liegt nach unserer Prüfung nicht vor, weil der landwirtschaftliche Betrieb schon 2019 aufgegeben wurde. Wir empfehlen, das Einvernehmen nicht zu erteilen.
Christa Wackerle: Ich kenn den Hof, das ist eine schöne alte Scheune und wenn da nix passiert, fällt die zusammen. Ich tät das schon befürworten.
Josef Zwerger: Aber wenn wir das hier durchwinken, dann haben wir nächstes Jahr zehn solche Anträge. Das Landratsamt sagt eh nein.
Korbinian Haslbeck: Also, der Beschlussvorschlag lautet: Das Einvernehmen wird erteilt. So formulieren wir das immer, damit klar ist, worüber man abstimmt. Wer ist dafür? Acht. Wer ist dagegen? Vierzehn. Das Einvernehmen ist damit nicht erteilt.
#CLOCK 19:42:00
Korbinian Haslbeck: Jetzt die Wärmeplanung. Herr Rieplhuber.
Stefan Rieplhuber: Wir haben vier Angebote bekommen. Das wirtschaftlichste ist das von der Firma Energiewerkstatt Oberland aus Penzberg mit 86.300 Euro brutto. Gefördert wird das zu 90 Prozent über die Kommunalrichtlinie, Eigenanteil also rund 8.600 Euro.
Theresa Gschwendtner: Ich muss vielleicht kurz sagen, mein Schwager arbeitet bei einem von den anderen Bietern. Bin ich da befangen?
Stefan Rieplhuber: Nein, Frau Gschwendtner. Der Auftrag geht ja nicht an dieses Büro, und ein Schwager ist da kein unmittelbarer Vorteil oder Nachteil. Eine persönliche Beteiligung liegt nicht vor, Sie können mitstimmen.
Felix Rambold: Endlich. Wir haben das seit zwei Jahren gefordert, wir stimmen natürlich zu.
Korbinian Haslbeck: Dann: Wer der Vergabe an die Energiewerkstatt Oberland zustimmt... Moment, das Mikro hier vorne geht wieder nicht.
Korbinian Haslbeck: Hört man mich jetzt online? Ja? Gut. Also wer der Vergabe zustimmt, bitte die Hand. Das sind alle, 22 zu 0, die Vergabe ist bewilligt.
#CLOCK 19:55:00
Korbinian Haslbeck: Kommen wir zum Antrag der Grünen, Tempo 30 auf der Kohlgruber Straße. Lena.
Lena Aschauer: Danke. Auf der Kohlgruber Straße sind morgens über 300 Schulkinder unterwegs, der Gehweg ist teilweise keine 1,20 Meter breit. Wir beantragen, dass der Markt bei der Verkehrsbehörde Tempo 30 auf dem ganzen Abschnitt bis zum Kreisel beantragt.
Josef Zwerger: Das Anliegen teilen wir ja, aber das ist eine Kreisstraße, da müssen wir erst mit dem Landratsamt reden. Ich beantrag für die CSU, dass wir das in den Bau- und Umweltausschuss verweisen und die Verwaltung bis dahin eine Stellungnahme vom Landratsamt holt.
Lena Aschauer: Das ist jetzt schon das dritte Mal, dass das verschoben wird, ehrlich gesagt.
Wolfgang Sedlmair: Ich versteh die Lena, aber die Verweisung schadet nicht, wenn's im November kommt.
Korbinian Haslbeck: Der Verweisungsantrag geht vor. Wer dafür ist, dass der Antrag in den Bau- und Umweltausschuss verwiesen wird? Das ist die Mehrheit. Gegenstimmen? Das sind die Grünen. Dann ist der Antrag gegen die Stimmen der Grünen in den Ausschuss verwiesen.
#CLOCK 20:12:00
Korbinian Haslbeck: Punkt sieben, die Stellplatzsatzung.
Martina Obermaier-Krug: Die Änderung betrifft vor allem die Ablösebeträge. Die steigen von 7.500 auf 11.000 Euro pro Stellplatz im Kernbereich. Außerdem wird für Geschosswohnungen der Schlüssel an die Größe angepasst, 1,5 Stellplätze ab 60 Quadratmeter.
Wolfgang Sedlmair: Die ÖDP stellt den Änderungsantrag, dass bei Geschosswohnungen generell ein Stellplatz pro Wohnung reicht. Mit eins Komma fünf machen wir bezahlbaren Wohnraum im Ort unmöglich, jede Tiefgarage kostet ein Vermögen.
Benedikt Hörl: Und wo sollen die Autos dann hin? Auf die Straße. Das kennen wir doch.
Korbinian Haslbeck: Also zuerst der Änderungsantrag der ÖDP, ein Stellplatz pro Wohnung. Wer ist dafür? Sechs. Wer ist dagegen? Das sind sechzehn. Der Änderungsantrag ist mit 6 zu 16 abgelehnt.
Korbinian Haslbeck: Dann die Satzung in der Fassung der Verwaltung. Wer stimmt zu? Und wer nicht? Eine. Das ist bei einer Gegenstimme so beschlossen.
#CLOCK 20:31:00
Korbinian Haslbeck: Wünsche und Anfragen. Bitte.
Christa Wackerle: Am Friedhof ist seit Wochen das Wasser an der unteren Zapfstelle abgedreht.
Stefan Rieplhuber: Da ist eine Leitung geplatzt, der Installateur kommt diese Woche.
Felix Rambold: Wann kommt denn der Bericht zum Freibad, der für Oktober angekündigt war?
Korbinian Haslbeck: Im November, Felix, der Gutachter ist krank gewesen.
Wolfgang Sedlmair: Ich muss mich jetzt leider verabschieden, ich hab um neun noch eine Vorstandssitzung beim Alpenverein. Pfiad euch.
Korbinian Haslbeck: Pfiad di, Wolfgang. Dann sind wir 21.
Josef Zwerger: Kleine Bitte noch: Könnten die Sitzungsunterlagen wieder eine Woche vorher im Ratsinfo sein? Das letzte Mal war's knapp.
Korbinian Haslbeck: Ja, das nehm ich mit. So, dann schließ ich den öffentlichen Teil. Ich danke den Zuhörern und der Presse, und die Übertragung für die Öffentlichkeit machen wir jetzt aus.
#CLOCK 21:05:00
#NP
Korbinian Haslbeck: Ich stelle jetzt die Nichtöffentlichkeit her. Punkt neun, die Grundstücksangelegenheit. Herr Rieplhuber.
Stefan Rieplhuber: Es geht um eine Teilfläche von 940 Quadratmetern aus der Flurnummer 2207 am Moosrain, Eigentümerin ist die Erbengemeinschaft Zach. Wir brauchen die Fläche für den Radweg nach Seehausen. Vereinbart wären 38 Euro pro Quadratmeter.
Anton Kiermeier: Das ist ein fairer Preis für landwirtschaftliche Fläche, da gibt's nix.
Korbinian Haslbeck: Wer dem Erwerb zu den genannten Bedingungen zustimmt? Danke, das ist einstimmig, 21 zu 0.
#CLOCK 21:20:00
Korbinian Haslbeck: Punkt zehn, die Personalangelegenheit. Da muss ich sagen, die Stellungnahme vom Personalrat ist erst heute Mittag gekommen und die habt ihr noch nicht. Ich schlag vor, wir setzen den Punkt heute ab.
Theresa Gschwendtner: Ja, bitte, ich möcht das schon gelesen haben.
Korbinian Haslbeck: Wer ist für die Absetzung? Alle. Dann ist Punkt zehn abgesetzt und kommt im November.
#CLOCK 21:37:30
Korbinian Haslbeck: Dann sind wir durch. Vielen Dank, kommt's gut heim, die Sitzung ist um 21:38 Uhr geschlossen.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Genehmigung der Niederschrift vom 15.09.2026 mit Korrektur", "genehmigt",
                                   "die Niederschrift ist genehmigt.", unanimous=True)]),
    I("3", AGENDA[2][1], True),
    I("4.1", AGENDA[3][1], True, [D("Gemeindliches Einvernehmen zum Vorbescheid (Wandhöhe, Baugrenze)", "angenommen",
                                     "Also mit 19 zu 2 ist das Einvernehmen erteilt.", votes=(19, 2, None),
                                     note="Kiermeier (persönlich beteiligt) does not vote; 21 voting; no abstention in Bayern, abstain not spoken")],
      bias=["Anton Kiermeier"], note="persönliche Beteiligung Art. 49 GO declared at the item"),
    I("4.2", AGENDA[4][1], True, [D("Erteilung des gemeindlichen Einvernehmens (Nutzungsänderung Scheune)", "abgelehnt",
                                     "Das Einvernehmen ist damit nicht erteilt.", votes=(8, 14, None),
                                     note="motion phrased positively; 8 yes, 14 no, so the Einvernehmen is refused")]),
    I("5", AGENDA[5][1], True, [D("Vergabe der Planungsleistungen Wärmeplanung an Energiewerkstatt Oberland", "angenommen",
                                   "Das sind alle, 22 zu 0, die Vergabe ist bewilligt.", votes=(22, 0, None), unanimous=True,
                                   note="Gschwendtner asked about Befangenheit; the Verwaltung stated there is no persönliche Beteiligung")]),
    I("6", AGENDA[6][1], True, [D("Verweisung des Antrags in den Bau- und Umweltausschuss (Antrag der CSU)", "verwiesen",
                                   "Dann ist der Antrag gegen die Stimmen der Grünen in den Ausschuss verwiesen.",
                                   groups=([], ["Grüne"], []))]),
    I("7", AGENDA[7][1], True, [
        D("Änderungsantrag der ÖDP (ein Stellplatz je Geschosswohnung)", "abgelehnt",
          "Der Änderungsantrag ist mit 6 zu 16 abgelehnt.", votes=(6, 16, None)),
        D("Änderung der Stellplatzsatzung in der Fassung der Verwaltung", "angenommen",
          "Das ist bei einer Gegenstimme so beschlossen.", votes=(None, 1, None))]),
    I("8", AGENDA[8][1], True),
    I("9", AGENDA[9][1], False, [D("Erwerb einer Teilfläche für den Radweg", "angenommen",
                                    "Danke, das ist einstimmig, 21 zu 0.", votes=(21, 0, None), unanimous=True)]),
    I("10", AGENDA[10][1], False, [D("Absetzung der Personalangelegenheit", "abgesetzt",
                                      "Dann ist Punkt zehn abgesetzt und kommt im November.", unanimous=True)]),
]
LATE = [{"name": "Ingrid Lautenschlager", "top": "3"}]
EARLY = [{"name": "Wolfgang Sedlmair", "top": "8"}]
SECRETS = ["940 Quadratmetern", "Flurnummer 2207", "Erbengemeinschaft Zach", "38 Euro pro Quadratmeter"]
