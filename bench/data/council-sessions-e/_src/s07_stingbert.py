META = dict(id="sl-st-ingbert-stadtrat-2026-12", split="test", land="SL", body="Stadtrat",
            organization="Stadt St. Ingbert", date="2026-12-03", origin="17:20:00", start="17:30", end="20:26",
            agenda="none", chair="Dr. Jochen Altmeyer",
            features=["no agenda; Stadtrat (Saarland), Oberbürgermeister as chair (votes), Beigeordnete present",
                      "opening 'Ich darf die Sitzung eröffnen und stelle fest ...' with 'Tagesordnungspunkt eins'",
                      "calls: 'Tagesordnungspunkt eins', title only, 'Punkt drei', 'Wir kommen zu Punkt 4', 'kommen wir zu', own words",
                      "secret Wahl of a Beigeordnete with Stimmzettel (ballot with ungültig), interruption for counting",
                      "Gebührensatzung 'bei Gegenstimmen von AfD und Linke' (groups)",
                      "Ausschließungsgrund § 27 KSVG declared by the member with citation; 'einstimmig'",
                      "Grünen-Antrag 'hat keine Mehrheit gefunden' with counts; Zuschuss 'ohne Gegenstimmen bei Enthaltung der AfD bewilligt' (not unanimous)",
                      "CDU-Antrag zurückgezogen after debate; early departure (no attendance report)",
                      "non-public part without agenda ('Wir sind jetzt nichtöffentlich, die Tür ist zu'), spoken end"])
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 17:30:10
Dr. Jochen Altmeyer: Meine sehr verehrten Damen und Herren, ich darf die Sitzung des Stadtrates eröffnen. Tagesordnungspunkt eins: Ich stelle fest, dass form- und fristgerecht eingeladen wurde. Anwesend sind mit mir 38 Mitglieder, der Stadtrat ist beschlussfähig.
Dr. Jochen Altmeyer: Bevor wir anfangen: Wir haben heute einen neuen Mikrofonanlage, also bitte immer den grünen Knopf drücken, sonst hört Sie niemand im Stream.
Stefan Jungmann: Test, Test. Funktioniert.
Dr. Jochen Altmeyer: Sehr schön, Herr Jungmann.
#CLOCK 17:33:00
Dr. Jochen Altmeyer: Die Genehmigung der Niederschrift vom 5. November. Anmerkungen? Keine. Wer stimmt zu? Gegenprobe? Enthaltungen? Die Niederschrift ist einstimmig genehmigt.
#CLOCK 17:35:00
Dr. Jochen Altmeyer: Punkt drei, Mitteilungen. Der Weihnachtsmarkt ist gut angelaufen, am ersten Wochenende hatten wir rund 12.000 Besucher. Und die Sanierung der Albert-Weisgerber-Halle ist abgeschlossen, die Abnahme war am Montag.
Marion Bost: Herr Oberbürgermeister, gibt es bei der Halle noch Restarbeiten? Die Toiletten im Untergeschoss waren letzte Woche noch zu.
Dr. Jochen Altmeyer: Das sind Mängel aus der Abnahme, die werden bis Weihnachten behoben.
#CLOCK 17:39:00
Dr. Jochen Altmeyer: Wir kommen zu Punkt 4, der Wahl der Beigeordneten für den Geschäftsbereich Bauen und Umwelt. Es liegt ein Wahlvorschlag vor, Frau Dr. Andrea Lauer. Die Wahl erfolgt geheim. Die Stimmzettel werden jetzt ausgeteilt.
Erich Recktenwald: Können die Kandidatin sich noch kurz vorstellen? Nicht alle kennen sie.
Dr. Jochen Altmeyer: Sie hat sich in allen Fraktionen vorgestellt, Herr Recktenwald, so war es verabredet. Wir bleiben dabei.
Dr. Jochen Altmeyer: Ich unterbreche die Sitzung für die Auszählung, etwa zehn Minuten.
#CLOCK 17:58:00
Dr. Jochen Altmeyer: So, wir machen weiter. Das Wahlergebnis: 38 abgegebene Stimmzettel, davon ein ungültiger. Ja-Stimmen 29, Nein-Stimmen 6, Enthaltungen 2. Damit ist Frau Dr. Lauer zur Beigeordneten gewählt. Herzlichen Glückwunsch.
Petra Wagner-Schmitt: Applaus, Glückwunsch auch von der SPD!
#CLOCK 18:02:00
Dr. Jochen Altmeyer: Dann kommen wir zu den Abwassergebühren für 2027.
Dr. Andrea Lauer: Darf ich gleich? Also: Die Gebühr für Schmutzwasser steigt von 3,12 auf 3,48 Euro pro Kubikmeter, Niederschlagswasser bleibt bei 0,89 Euro je Quadratmeter. Gründe sind die Kanalsanierung im Stadtteil Rohrbach und die höheren Abgaben an den EVS.
Hans-Jürgen Kiefer: Die Bürger zahlen und zahlen. Wir stimmen nicht zu.
Marion Bost: Die Linke lehnt das ab, weil die Grundgebühr wieder die kleinen Haushalte am stärksten trifft.
Sabine Zimmer: Die Gebühren müssen kostendeckend sein, so ist das Gesetz. Die FDP stimmt zu.
Dr. Jochen Altmeyer: Wer stimmt der Gebührensatzung zu? Gegenstimmen? Enthaltungen? Damit ist die Satzung bei Gegenstimmen von AfD und Linke beschlossen.
#CLOCK 18:20:00
Dr. Jochen Altmeyer: Als Nächstes der Bebauungsplan Rischbachstraße, Satzungsbeschluss. Frau Kirsch, Sie hatten sich gemeldet?
Tanja Kirsch: Ja. Ich bin nach § 27 KSVG von der Beratung und Entscheidung ausgeschlossen, weil mein Mann einen Teil des Grundstücks verkauft hat. Ich gehe so lange raus.
Dr. Jochen Altmeyer: Vielen Dank, Frau Kirsch. Frau Dr. Lauer, bitte.
Dr. Andrea Lauer: Die Einwendungen betrafen hauptsächlich die Höhe des Mehrfamilienhauses an der Ecke. Wir haben die Geschosszahl von vier auf drei reduziert. Der Plan ist jetzt satzungsreif.
Lukas Bernarding: Gut, dass das Haus jetzt niedriger ist, das war ein Anliegen der Anwohner. Wir stimmen zu.
Dr. Jochen Altmeyer: Wer zustimmt, Handzeichen. Gegenstimmen? Keine. Enthaltungen? Auch keine. Einstimmig so beschlossen. Frau Kirsch, kommen Sie bitte wieder.
#CLOCK 18:35:00
Dr. Jochen Altmeyer: Kommen wir zum Antrag der Grünen, eine zweite Stelle für Klimaschutzmanagement zu schaffen.
Lukas Bernarding: Wir haben ein Klimaschutzkonzept mit 84 Maßnahmen, und eine einzige Person soll das umsetzen. Das funktioniert nicht. Eine zweite Stelle wäre zu 70 Prozent gefördert.
Stefan Jungmann: Der Stellenplan ist beschlossen, wir haben die Haushaltsgenehmigung gerade bekommen. Wir können jetzt nicht unterjährig Stellen schaffen.
Erich Recktenwald: Die Freien Wähler sehen das genauso.
Dr. Jochen Altmeyer: Dann stimmen wir ab. Wer ist für den Antrag? 14. Wer ist dagegen? 22. Enthaltungen? 2. Der Antrag hat keine Mehrheit gefunden.
#CLOCK 18:50:00
Dr. Jochen Altmeyer: Der Zuschuss für den Musikverein Hassel, 8.500 Euro für neue Instrumente.
Tanja Kirsch: Herr Oberbürgermeister, entschuldigen Sie, ich muss leider los, mein Kind ist krank.
Dr. Jochen Altmeyer: Gute Besserung, Frau Kirsch. Dann sind wir 37. Frau Wagner-Schmitt, bitte.
Petra Wagner-Schmitt: Der Verein macht eine tolle Jugendarbeit, 40 Kinder und Jugendliche. Das unterstützen wir gern.
Hans-Jürgen Kiefer: Wir enthalten uns, weil andere Vereine genauso Bedarf haben und wir da keine Linie sehen.
Dr. Jochen Altmeyer: Wer ist dafür? Gegenstimmen? Keine. Enthaltungen? Die AfD. Der Zuschuss ist ohne Gegenstimmen bei Enthaltung der AfD bewilligt.
#CLOCK 19:02:00
Dr. Jochen Altmeyer: Antrag der CDU, Sanierung des Parkhauses am Markt vorzuziehen. Herr Jungmann.
Stefan Jungmann: Das Parkhaus ist in einem schlechten Zustand, Teile sind gesperrt. Wir wollen, dass die Sanierung von 2029 auf 2027 vorgezogen wird.
Dr. Andrea Lauer: Wir haben letzte Woche das Tragwerksgutachten bekommen. Es empfiehlt ohnehin eine Sanierung im Jahr 2027, die Verwaltung plant das bereits in den Haushalt ein.
Stefan Jungmann: Dann hat sich das erledigt. Wir ziehen den Antrag zurück.
Dr. Jochen Altmeyer: Der Antrag ist zurückgezogen, danke. Damit sind wir am Ende des öffentlichen Teils. Ich bitte die Zuhörer und die Presse, den Saal zu verlassen, und danke für Ihr Interesse.
#CLOCK 19:20:00
#NP
Dr. Jochen Altmeyer: Wir sind jetzt nichtöffentlich, die Tür ist zu. Es geht um die Niederschlagung einer Forderung.
Dr. Andrea Lauer: Gegenüber der insolventen Gastronomie Schmelzer GmbH besteht eine Forderung aus Pacht und Nebenkosten von 27.300 Euro. Das Insolvenzverfahren ist mangels Masse eingestellt. Wir schlagen die unbefristete Niederschlagung vor.
Marion Bost: Ist da wirklich nichts mehr zu holen? Die Geschäftsführerin hat doch schon wieder ein neues Lokal.
Dr. Andrea Lauer: Das ist eine andere Gesellschaft, eine persönliche Haftung besteht nicht.
Dr. Jochen Altmeyer: Wer stimmt der Niederschlagung zu? Gegenstimmen? Drei. Enthaltungen? Keine. Damit ist die Niederschlagung mehrheitlich beschlossen.
#CLOCK 19:38:00
Dr. Jochen Altmeyer: Dann die Personalangelegenheit, die Einstellung der Leitung des Stadtarchivs.
Dr. Jochen Altmeyer: Die Auswahlkommission schlägt Herrn Benedikt Hauck vor, derzeit im Landesarchiv Saarbrücken, Eingruppierung Entgeltgruppe 13.
Petra Wagner-Schmitt: Die Kommission war sich einig, er hat uns sehr überzeugt.
Dr. Jochen Altmeyer: Wer stimmt der Einstellung zu? Das sind 35. Dagegen? Keiner. Enthaltungen? 2. Dann ist die Einstellung so beschlossen.
#CLOCK 20:25:30
Dr. Jochen Altmeyer: Dann danke ich Ihnen, wünsche einen schönen Abend und schließe die Sitzung um 20:26 Uhr.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit", True, spoken=True),
    I("2", "Genehmigung der Niederschrift der Sitzung vom 05.11.2026", True, spoken=False, decisions=[
        D("Genehmigung der Niederschrift vom 05.11.2026", "genehmigt",
          "Die Niederschrift ist einstimmig genehmigt.", unanimous=True)]),
    I("3", "Mitteilungen", True, spoken=True),
    I("4", "Wahl der Beigeordneten für den Geschäftsbereich Bauen und Umwelt", True, spoken=True, decisions=[
        D("Wahl von Dr. Andrea Lauer zur Beigeordneten", "gewählt",
          "Damit ist Frau Dr. Lauer zur Beigeordneten gewählt.", ballot={"ja": 29, "nein": 6, "enthaltung": 2, "ungültig": 1},
          note="secret Wahl with Stimmzettel, 38 abgegeben")]),
    I("5", "Satzung über die Abwassergebühren 2027", True, spoken=False, decisions=[
        D("Abwassergebührensatzung 2027", "angenommen",
          "Damit ist die Satzung bei Gegenstimmen von AfD und Linke beschlossen.", groups=([], ["AfD", "Linke"], []))]),
    I("6", "Bebauungsplan „Rischbachstraße“ – Satzungsbeschluss", True, spoken=False, bias=["Tanja Kirsch"], decisions=[
        D("Satzungsbeschluss Bebauungsplan Rischbachstraße", "angenommen",
          "Einstimmig so beschlossen.", votes=(None, 0, 0), unanimous=True,
          note="Kirsch (ausgeschlossen § 27 KSVG) left the room and does not vote")],
      note="Ausschließungsgrund § 27 KSVG declared by the member at the item"),
    I("7", "Antrag der Fraktion Bündnis 90/Die Grünen: Zweite Stelle Klimaschutzmanagement", True, spoken=False, decisions=[
        D("Antrag der Grünen auf eine zweite Stelle Klimaschutzmanagement", "abgelehnt",
          "Der Antrag hat keine Mehrheit gefunden.", votes=(14, 22, 2))]),
    I("8", "Zuschuss an den Musikverein Hassel", True, spoken=False, decisions=[
        D("Zuschuss von 8.500 Euro an den Musikverein Hassel", "angenommen",
          "Der Zuschuss ist ohne Gegenstimmen bei Enthaltung der AfD bewilligt.", votes=(None, 0, None), groups=([], [], ["AfD"]),
          note="'ohne Gegenstimmen bei Enthaltung der AfD' is not unanimous; 37 present")]),
    I("9", "Antrag der CDU-Fraktion: Vorziehen der Sanierung des Parkhauses am Markt", True, spoken=False, decisions=[
        D("Antrag der CDU auf Vorziehen der Parkhaussanierung", "zurückgezogen",
          "Der Antrag ist zurückgezogen, danke.", note="withdrawn by the CDU after the Verwaltung's statement; no vote")]),
    I("10", "Niederschlagung einer Forderung", False, spoken=False, decisions=[
        D("Unbefristete Niederschlagung einer Forderung", "angenommen",
          "Damit ist die Niederschlagung mehrheitlich beschlossen.", votes=(None, 3, 0))]),
    I("11", "Personalangelegenheit", False, spoken=False, decisions=[
        D("Einstellung der Leitung des Stadtarchivs", "angenommen",
          "Dann ist die Einstellung so beschlossen.", votes=(35, 0, 2))]),
]
LATE = []
EARLY = [{"name": "Tanja Kirsch", "top": "8"}]
SECRETS = ["Schmelzer GmbH", "27.300 Euro", "Benedikt Hauck", "Landesarchiv Saarbrücken", "Entgeltgruppe 13"]
