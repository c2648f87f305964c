from build import D, I
META = dict(id="sn-dresden-stadtbezirksbeirat-pieschen-2027-03", split="dev", land="SN", body="Stadtbezirksbeirat",
    organization="Landeshauptstadt Dresden", date="2027-03-01", start="18:00", end="20:41", endSource="spoken",
    chair="Anja Gräfe", clerk="Doreen Lorenz", style="municipal", agenda="matching", slug="dresden/sbr-pieschen",
    meetingName="Sitzung des Stadtbezirksbeirates Pieschen", orgName="Stadtbezirksbeirat Pieschen", plannedEnd="21:00",
    early=[("Kathrin Seidel", "6")],
    tags=["municipal", "online-vote", "bias-at-item", "sub-items", "multi-decision", "groups", "adjourned", "recommendation",
          "unknown-speaker", "numbers-as-words"],
    features=["Stadtbezirksbeirat (Sachsen, Dresden), Stadtbezirksamtsleiterin leitet; hybride Sitzung mit einem Online-Mitglied",
              "Aufrufe: 'Tagesordnungspunkt 2', 'Wir kommen zum Stadtbezirksbudget', 'Vier a/b/c' (lettered sub-items), 'Punkt fünf', nur Titel",
              "Befangenheit § 20 SächsGemO am TOP 4a (Vereinsvorsitzender), verlässt den Tisch",
              "4b abgelehnt mit Zahlwörtern, 4c einstimmig vertagt",
              "Anhörung zum Bebauungsplan: Änderungsantrag angenommen, dann Empfehlung an den Stadtrat gegen die Stimmen der AfD",
              "Antrag der Linken angenommen gegen AfD und CDU bei Enthaltung der FDP, mit Zahlen; früher Weggang (TOP 6)",
              "Bürgeranfrage durch 'Unknown Speaker'; kein nichtöffentlicher Teil"])
VOICES = {"G": "Anja Gräfe", "R": "Thomas Reichelt", "H": "Lisa Hänsch", "P": "Mirko Pietsch", "S": "Kathrin Seidel",
          "W": "Jonas Weigelt", "U": "Uta Schreiber", "K": "Sebastian Kaden", "?": "Unknown Speaker"}
T = """
G: Guten Abend, meine Damen und Herren, ich eröffne die Sitzung des Stadtbezirksbeirates Pieschen. Frau Schreiber ist heute online zugeschaltet.
G: Es wurde ordnungsgemäß eingeladen, anwesend sind sechzehn von siebzehn Mitgliedern, damit sind wir beschlussfähig. Änderungswünsche zur Tagesordnung sehe ich nicht.
G: Tagesordnungspunkt 2, die Niederschrift der Sitzung vom 1. Februar. Gibt es Anmerkungen? Nein. Wer bestätigt die Niederschrift?
G: Frau Schreiber, Ihre Stimme bitte.
U: Ich stimme zu.
G: Das sind vierzehn dafür, keine dagegen, zwei Enthaltungen. Die Niederschrift ist bestätigt.
G: Wir haben Bürgeranfragen. Bitte, stellen Sie sich kurz vor.
?: Ja, Neumann, ich wohne in der Oschatzer Straße. Die Ampel an der Rehefelder Straße ist seit drei Wochen aus, da ist schon fast ein Kind überfahren worden.
G: Das leite ich heute noch an das Straßen- und Tiefbauamt weiter, Frau Neumann, und Sie bekommen eine Antwort.
?: Danke, hoffentlich passiert dann auch was.
@18:25
G: Wir kommen zum Stadtbezirksbudget. Vier a ist der Antrag des Heimatvereins Übigau auf 4.500 Euro für das Schlossfest.
R: Da muss ich mich für befangen erklären, ich bin Vorsitzender des Vereins. Ich setze mich in den Zuschauerbereich.
G: Danke, Herr Reichelt. Gibt es Fragen zum Antrag? Das ist nicht der Fall.
H: Nur eine Anmerkung: Das Fest ist barrierefrei geplant, das finden wir sehr gut.
G: Dann Abstimmung. Wer ist dafür? Frau Schreiber?
U: Dafür.
G: Dreizehn dafür, eine Gegenstimme, eine Enthaltung. Damit ist der Zuschuss für das Schlossfest bewilligt. Herr Reichelt, bitte.
G: Vier b, der Antrag des Vereins Elbkultur Mickten auf 12.000 Euro für eine mobile Bühne.
W: Die Bühne könnten alle Vereine im Stadtbezirk ausleihen, das ist eine Investition für Jahre.
P: Zwölftausend Euro sind ein Viertel vom ganzen Budget. Das ist zu viel für einen Verein.
S: Wir würden lieber die Hälfte geben und nächstes Jahr nochmal schauen, aber so wie es beantragt ist, können wir nicht zustimmen.
G: Wir stimmen über den Antrag wie beantragt ab. Wer ist dafür? Frau Schreiber?
U: Ich enthalte mich.
G: Fünf dafür, neun dagegen, zwei Enthaltungen. Der Antrag hat keine Mehrheit.
G: Vier c, Spielmobil Trachenberge. Da fehlt uns noch der Finanzierungsplan, die Verwaltung schlägt vor, das auf April zu vertagen. Wer ist für die Vertagung? Frau Schreiber?
U: Ja, Vertagung.
G: Das ist einstimmig. Vier c ist vertagt.
@19:05
G: Punkt fünf, Anhörung zum Bebauungsplan Nummer dreitausendeinundfünfzig, Leipziger Straße, Sternstraße. Herr Kaden vom Stadtplanungsamt.
K: Geplant sind rund 380 Wohnungen, eine Kita mit 90 Plätzen und ein Quartiersplatz. Dreißig Prozent der Wohnungen sind mietpreisgebunden.
H: Wir beantragen, dass der Stadtbezirksbeirat zusätzlich fordert, die Baumreihe an der Sternstraße zu erhalten und die Tiefgarageneinfahrt zur Leipziger Straße zu legen.
R: Das ist sinnvoll, die Sternstraße ist jetzt schon zugeparkt.
P: Wir lehnen das ganze Projekt ab, das ist zu dicht.
G: Wir stimmen zuerst über den Änderungsantrag der Grünen ab. Wer ist dafür? Frau Schreiber?
U: Dafür.
G: Der Änderungsantrag ist mit neun zu sechs bei einer Enthaltung angenommen.
G: Jetzt die Empfehlung an den Stadtrat mit der beschlossenen Ergänzung. Wer ist dafür? Dagegen? Enthaltungen? Frau Schreiber?
U: Ich bin dafür.
G: Dann empfehlen wir dem Stadtrat den Bebauungsplan mit großer Mehrheit gegen die Stimmen der AfD.
@19:50
S: Ich muss leider gehen, mein Sohn hat Fieber. Einen schönen Abend noch.
G: Gute Besserung, Frau Seidel. Wir sind jetzt fünfzehn. Punkt sechs, Antrag der Linken, öffentliche Toilette am Elberadweg bei der Flügelwegbrücke.
W: Seit das Café zu hat, gibt es auf vier Kilometern Elberadweg keine Toilette. Wir wollen, dass die Verwaltung bis Mai einen Standort prüft und die Kosten nennt.
P: Das ist Aufgabe der Stadt und nicht des Stadtbezirks, und das Geld haben wir nicht.
U: Ich hätte gern eine Kostenschätzung, bevor wir uns festlegen, deshalb enthalte ich mich.
R: Wir sind dagegen, jedenfalls aus dem Stadtbezirksbudget.
G: Wer stimmt dem Antrag der Linken zu? Gegenstimmen? Enthaltungen? Frau Schreiber hat sich schon erklärt.
G: Acht dafür, fünf dagegen, zwei Enthaltungen. Der Antrag ist angenommen gegen die Stimmen von AfD und CDU bei Enthaltung der FDP.
@20:25
G: Tagesordnungspunkt 7, Informationen. Der Frühjahrsputz ist am 10. April, und die Sprechstunde des Stadtbezirksamtes zieht in die Bürgerstraße.
H: Gibt es schon einen Termin für die Einwohnerversammlung zur Leipziger Straße?
G: Voraussichtlich im Juni, wir laden rechtzeitig ein. Und die Baustelle am Moritzburger Platz dauert leider bis Ende Juli.
W: Können wir die Bauzeitenpläne im Netz bekommen? Die Leute fragen ständig.
G: Ich gebe das weiter. Weitere Informationen gibt es nicht.
@20:41
G: Dann danke ich Ihnen für die konstruktive Sitzung und schließe sie um 20:41 Uhr. Frau Schreiber, Ihnen auch einen guten Abend.
U: Danke, tschüss.
"""
ITEMS = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit, Bestätigung der Tagesordnung"),
    I("2", "Bestätigung der Niederschrift der Sitzung vom 01.02.2027",
      decisions=[D("Niederschrift vom 01.02.2027", "genehmigt", "Das sind vierzehn dafür, keine dagegen, zwei Enthaltungen.", votes=(14, 0, 2),
                   note="'bestätigt' = genehmigt")]),
    I("3", "Bürgeranfragen"),
    I("4a", "Stadtbezirksbudget: Antrag des Heimatvereins Übigau e. V. auf Förderung des Schlossfestes 2027",
      decisions=[D("Zuschuss 4.500 Euro Schlossfest", "angenommen", "Dreizehn dafür, eine Gegenstimme, eine Enthaltung.", votes=(13, 1, 1))],
      bias=["Thomas Reichelt"], note="Befangenheit declared by the member at the item (chairman of the association), leaves the table"),
    I("4b", "Stadtbezirksbudget: Antrag des Elbkultur Mickten e. V. auf Förderung einer mobilen Bühne",
      decisions=[D("Zuschuss 12.000 Euro mobile Bühne (wie beantragt)", "abgelehnt", "Fünf dafür, neun dagegen, zwei Enthaltungen.", votes=(5, 9, 2),
                   note="'Der Antrag hat keine Mehrheit.'")]),
    I("4c", "Stadtbezirksbudget: Antrag der Initiative Spielmobil Trachenberge",
      decisions=[D("Vertagung auf April", "vertagt", "Das ist einstimmig. Vier c ist vertagt.", unanimous=True)]),
    I("5", "Anhörung zum Bebauungsplan Nr. 3051, Dresden-Mickten Nr. 2, Leipziger Straße/Sternstraße",
      decisions=[D("Änderungsantrag der Grünen: Erhalt der Baumreihe Sternstraße, Tiefgaragenzufahrt zur Leipziger Straße", "angenommen",
                   "Der Änderungsantrag ist mit neun zu sechs bei einer Enthaltung angenommen.", votes=(9, 6, 1)),
                 D("Empfehlung an den Stadtrat mit Ergänzung", "angenommen",
                   "Dann empfehlen wir dem Stadtrat den Bebauungsplan mit großer Mehrheit gegen die Stimmen der AfD.",
                   groups=([], ["AfD"], []))]),
    I("6", "Antrag der Fraktion DIE LINKE: Öffentliche Toilette am Elberadweg",
      decisions=[D("Prüfauftrag Standort und Kosten bis Mai", "angenommen",
                   "Acht dafür, fünf dagegen, zwei Enthaltungen. Der Antrag ist angenommen gegen die Stimmen von AfD und CDU bei Enthaltung der FDP.",
                   votes=(8, 5, 2), groups=([], ["AfD", "CDU"], ["FDP"]))]),
    I("7", "Informationen der Stadtbezirksamtsleiterin"),
]
ATTENDANCE = dict(title="Stadtbezirksbeirat Pieschen 01.03.2027", domain="dresden.example.de",
    people=[("Doreen Lorenz", "Organizer"), ("Anja Gräfe", "Presenter"), ("Ortsamt Pieschen Saal (Teams Room)", "Attendee"),
            ("Uta Schreiber", "Attendee"), ("Sebastian Kaden", "Presenter"), ("Thomas Reichelt", "Attendee"), ("Lisa Hänsch", "Attendee"),
            ("Mirko Pietsch", "Attendee"), ("Kathrin Seidel", "Attendee"), ("Jonas Weigelt", "Attendee")],
    times={"Kathrin Seidel": (None, "19:50")})
