META = dict(id="he-oberursel-stadtverordnetenversammlung-2026-10", split="test", land="HE", body="Stadtverordnetenversammlung",
            organization="Stadt Oberursel (Taunus)", date="2026-10-08", origin="19:24:00", start="19:31",
            agenda="none", chair="Kerstin Lauterbach-Rühl",
            features=["no agenda", "Stadtverordnetenversammlung (Hessen), Stadtverordnetenvorsteherin as chair, Bürgermeister and Erste Stadträtin for the Magistrat",
                      "numbers spoken in varied forms (Punkt 1, Tagesordnungspunkt zwei, TOP 5) and title-only calls",
                      "secret Wahl with Stimmzettel, ballot with Enthaltung and ungültig",
                      "Stimmkarten hoch; Geschäftsordnungsantrag auf Schluss der Debatte (counts in words), then main vote",
                      "Vertagungsantrag angenommen", "Widerstreit der Interessen § 25 HGO at item (Stadtverordneter)",
                      "online member votes by chat", "'Damit ist der Antrag nicht angenommen.'", "crosstalk, fillers, Unknown Speaker, room device voice",
                      "non-public part without agenda ('schließe ich die Öffentlichkeit aus')", "closing without time (end from timeline)"])
AGENDA_META = None
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 19:28:00
Oberursel Rathaus Sitzungssaal: Die Konferenz ist gestartet. Zwei Teilnehmende sind online verbunden.
#CLOCK 19:31:00
Kerstin Lauterbach-Rühl: Guten Abend zusammen. Punkt 1, Eröffnung. Ich eröffne die Sitzung der Stadtverordnetenversammlung, die Einladung ist fristgerecht rausgegangen, wir sind mit 41 von 45 Stadtverordneten beschlussfähig, davon sind Herr Fenchel und Frau Reichert online dabei.
Kerstin Lauterbach-Rühl: Ein Hinweis vorab: Wir haben heute keine vorab verschickte Tagesordnung im System, die Papierfassung liegt aus. Ich rufe die Punkte einfach der Reihe nach auf.
#CLOCK 19:34:00
Kerstin Lauterbach-Rühl: Tagesordnungspunkt zwei, Mitteilungen. Von mir nur eine: Die Ehrung der langjährigen Stadtverordneten findet am 20. November im Rathaus statt. Herr Bürgermeister, haben Sie etwas?
Florian Stockhausen: Ja, zwei Dinge. Die Brücke am Urselbach in der Hohemarkstraße ist ab Montag wieder frei. Und der Haushaltsentwurf 2027 wird in der Novembersitzung eingebracht, das ist eine Woche später als geplant, weil die Schlüsselzuweisungen des Landes noch nicht feststehen.
Sven Fenchel: Frau Vorsteherin, äh, eine Nachfrage dazu: Heißt das, der Haushalt wird erst im Februar beschlossen?
Florian Stockhausen: Das ist unser Ziel, ja. Zur Not arbeiten wir mit einer vorläufigen Haushaltsführung.
#CLOCK 19:41:00
Kerstin Lauterbach-Rühl: Punkt drei ist die Wahl der Schiedsperson für den Schiedsamtsbezirk Oberursel-Süd. Die bisherige Schiedsfrau hört aus Altersgründen auf. Es gibt zwei Vorschläge: Frau Doris Kemmerer und Herrn Alexander Pfeifle. Geheime Wahl ist beantragt, also Stimmzettel. Die Online-Kollegen bekommen das Briefwahl-Formular per Mail, das ist vorab so mit der Kommunalaufsicht abgestimmt.
Marion Reichert: Kurze Frage, ich habe noch nichts bekommen.
Birgit Anthes: Frau Reichert, ist gerade rausgegangen, schauen Sie bitte in den Ordner Sitzungsdienst.
Marion Reichert: Ah ja, jetzt ist es da, danke.
#CLOCK 19:58:00
Birgit Anthes: Das Ergebnis der Wahl: abgegeben wurden 41 Stimmzettel. Auf Frau Kemmerer entfallen 26 Stimmen, auf Herrn Pfeifle 12 Stimmen, zwei Stimmzettel sind Enthaltungen, ein Stimmzettel ist ungültig.
Kerstin Lauterbach-Rühl: Danke an das Wahlbüro. Frau Kemmerer hat die erforderliche Mehrheit und ist zur Schiedsperson gewählt. Der Vorschlag geht jetzt an das Amtsgericht Bad Homburg zur Bestätigung.
#CLOCK 20:01:00
Kerstin Lauterbach-Rühl: Jetzt die Gebührensatzung für die Kindertagesstätten. Das ist die Änderung mit der Staffelung nach Einkommen. Frau Erste Stadträtin.
Birgit Anthes: Danke schön. Die Staffel hat künftig vier statt zwei Stufen. Familien mit einem Jahreseinkommen unter 40.000 Euro zahlen nichts mehr für die Betreuung über sechs Stunden hinaus, darüber steigen die Beiträge moderat. Das Aufkommen bleibt insgesamt gleich, es wird nur anders verteilt.
Jürgen Hessler: Für die CDU: Das ist eine Umverteilung zulasten der Mittelschicht. Eine Familie mit zwei Einkommen zahlt künftig bis zu 60 Euro mehr im Monat. Das halten wir für falsch.
Nicole Brandscheid: Und wir halten es für richtig, dass die, die wenig haben, weniger zahlen. Das ist der Sinn einer Staffel, Herr Hessler.
Jürgen Hessler: Der Sinn einer Staffel ist nicht, dass...
Nicole Brandscheid: Lassen Sie mich doch ausreden.
Kerstin Lauterbach-Rühl: Herr Hessler, Sie stehen wieder auf der Rednerliste. Frau Brandscheid, bitte.
Nicole Brandscheid: Die SPD stimmt der Satzung zu. Wir hätten uns eine fünfte Stufe gewünscht, aber der Kompromiss ist tragfähig.
Sven Fenchel: Die Grünen tragen das mit. Ich möchte nur anmerken, dass die Verwaltungskosten für die Einkommensprüfung nicht unterschätzt werden dürfen.
Birgit Anthes: Wir rechnen mit einer halben Stelle, das ist eingepreist.
Jürgen Hessler: Ich wiederhole gerne, was ich gesagt habe: Die Belastung trifft die Falschen. Und im Elternbeirat der Kita Bommersheim sieht man das genauso.
Unknown Speaker: Stimmt nicht!
Kerstin Lauterbach-Rühl: Ruhe auf den Zuschauerplätzen, bitte. Ich habe noch vier Wortmeldungen auf der Liste.
Uwe Grabowski: Frau Vorsteherin, Antrag zur Geschäftsordnung. Alle Argumente sind ausgetauscht, ich beantrage Schluss der Debatte.
Kerstin Lauterbach-Rühl: Ein Antrag auf Schluss der Debatte. Will jemand dagegen sprechen? Herr Hessler.
Jürgen Hessler: Ja, ich halte das für schlechten Stil, wenn noch vier Leute auf der Liste stehen.
Kerstin Lauterbach-Rühl: Dann stimmen wir über den Geschäftsordnungsantrag ab. Wer für Schluss der Debatte ist, Stimmkarten hoch. Danke. Das sind siebenundzwanzig. Gegenstimmen? Zwölf. Enthaltungen? Zwei. Damit ist Schluss der Debatte beschlossen.
Kerstin Lauterbach-Rühl: Online, Herr Fenchel, Frau Reichert, bitte im Chat. Ach so, das war schon mitgezählt, ja, sehe ich.
#CLOCK 20:38:00
Kerstin Lauterbach-Rühl: Wir stimmen nun über die Satzung zur Änderung der Kita-Gebührensatzung ab. Wer zustimmen möchte, Karte hoch. Und im Chat?
Sven Fenchel: Ich hab Ja in den Chat geschrieben.
Kerstin Lauterbach-Rühl: Ja, und Frau Reichert schreibt ebenfalls Ja. Zusammen sind das 28 Ja. Gegenstimmen? 11. Enthaltungen? 2. Die Satzung ist beschlossen.
#CLOCK 20:44:00
Kerstin Lauterbach-Rühl: TOP 5, Antrag der FDP-Fraktion zur Verkehrsberuhigung in der Altstadt. Herr Grabowski, Sie sind ja gleich wieder dran.
Uwe Grabowski: Ja, danke. Wir beantragen, die Strackgasse und die Schulstraße ab Frühjahr als verkehrsberuhigten Bereich auszuweisen. Tempo zwanzig hilft nicht, weil es niemand kontrolliert.
Florian Stockhausen: Aus Sicht des Magistrats: Die Straßenverkehrsbehörde hat erhebliche Zweifel, ob die Voraussetzungen erfüllt sind. Ein verkehrsberuhigter Bereich braucht eine Gestaltung ohne Hochbord, das ist ein Umbau.
Jürgen Hessler: Genau deshalb brauchen wir zuerst eine Kostenschätzung. Ich beantrage, den Antrag heute zu vertagen, bis der Magistrat die Kosten für den Umbau vorlegt.
Uwe Grabowski: Dem können wir uns anschließen, wenn die Kostenschätzung bis zur Januarsitzung kommt.
Florian Stockhausen: Januar ist machbar.
Kerstin Lauterbach-Rühl: Dann stimmen wir über die Vertagung ab. Wer ist für die Vertagung in die Januarsitzung? Das ist eindeutig die Mehrheit. Gegenstimmen? Keine. Enthaltungen? Drei, dazu Frau Reichert im Chat. Also vier Enthaltungen. Der Antrag ist vertagt.
#CLOCK 20:59:00
Kerstin Lauterbach-Rühl: Dann der Bebauungsplan Nr. 211, Gewerbegebiet An den Drei Hasen, zweite Änderung, der Offenlagebeschluss.
Karl-Heinz Usinger: Frau Vorsteherin, ich muss mich bei diesem Punkt für befangen erklären, bei mir liegt ein Widerstreit der Interessen vor. Mein Sohn betreibt dort den Betrieb, der die Erweiterung beantragt hat. Ich setze mich in den Zuschauerraum.
Kerstin Lauterbach-Rühl: Danke, Herr Stadtverordneter Usinger. Herr Bürgermeister.
Florian Stockhausen: Die Änderung ermöglicht eine Hallenerweiterung um etwa 3.000 Quadratmeter an der Nordseite. Die Stellplätze werden in ein Parkdeck verlegt, dadurch wird keine zusätzliche Fläche versiegelt.
Nicole Brandscheid: Wie sieht es mit dem Lärm für die Wohnbebauung am Weingärtenweg aus?
Florian Stockhausen: Das Lärmgutachten zeigt eine Unterschreitung der Richtwerte, auch nachts. Die Andienung erfolgt über die Westseite.
Sven Fenchel: Die Grünen wünschen sich eine Dachbegrünung als Festsetzung, nicht nur als Empfehlung.
Florian Stockhausen: Das können wir in die Offenlage mitnehmen, das Büro baut das ein.
Kerstin Lauterbach-Rühl: Dann mit dieser Maßgabe. Wer dem Offenlagebeschluss zustimmt, Karten hoch. Und im Chat, zweimal Ja. Das ist einstimmig, Gegenstimmen und Enthaltungen sehe ich nicht. Die Offenlage ist damit beschlossen. Herr Usinger kann wieder Platz nehmen.
#CLOCK 21:14:00
Kerstin Lauterbach-Rühl: Siebtens, Anfragen aus der Mitte der Versammlung. Frau Reichert hat sich im Chat gemeldet.
Marion Reichert: Ja, ähm, hört man mich? Es geht um den Spielplatz an der Weißkirchener Straße. Die Seilbahn ist seit Juni gesperrt. Gibt es einen Termin?
Birgit Anthes: Das Ersatzteil ist bestellt, Lieferung Ende Oktober, danach wird sofort montiert.
Uwe Grabowski: Noch eine Anfrage: Wie viele Anträge auf Balkonkraftwerke wurden seit dem Förderprogramm gestellt?
Florian Stockhausen: 184 bis Ende September, das Budget ist zu gut zwei Dritteln ausgeschöpft.
Kerstin Lauterbach-Rühl: Danke. Mehr Anfragen sehe ich nicht.
#CLOCK 21:24:00
Kerstin Lauterbach-Rühl: Für die beiden restlichen Punkte schließe ich die Öffentlichkeit aus. Die Damen und Herren im Zuschauerraum bitte ich, jetzt zu gehen, und die Online-Kollegen, die Kamera anzulassen, damit wir sehen, dass niemand mithört.
#CLOCK 21:27:00
#NP
Kerstin Lauterbach-Rühl: So, die Öffentlichkeit ist draußen. Punkt acht, Erwerb des Grundstücks für das neue Feuerwehrgerätehaus Stierstadt.
Florian Stockhausen: Die Eigentümerin, Frau Gudrun Waltersbach, ist bereit, die Fläche an der Ecke Kronberger Weg zu verkaufen, 5.200 Quadratmeter für 1,9 Millionen Euro. Das Gutachten liegt bei 1,75 Millionen, sie hat aber ein Gegenangebot von einem Investor.
Jürgen Hessler: Das sind gut acht Prozent über dem Gutachten, das ist vertretbar, wenn wir damit den Standort sichern. Die Wehr wartet seit zwölf Jahren.
Nicole Brandscheid: Wir stimmen zu.
Kerstin Lauterbach-Rühl: Wer stimmt dem Erwerb zu? Und online? Beide Ja. Gegenstimmen? Zwei. Enthaltungen? Keine. Dann ist der Erwerb beschlossen.
#CLOCK 21:40:00
Kerstin Lauterbach-Rühl: Und neuntens der Antrag der AfD-Fraktion, den Pachtvertrag mit dem Jugendzentrum Portstraße zu kündigen.
Dieter Ronneburger: Der Trägerverein hat im letzten Jahr 42.000 Euro Defizit gemacht, und die Stadt zahlt. Wir wollen, dass die Räume neu ausgeschrieben werden.
Birgit Anthes: Das Defizit ist durch die Energiekosten entstanden, der Verein hat einen Sanierungsplan vorgelegt. Der Magistrat empfiehlt Ablehnung.
Kerstin Lauterbach-Rühl: Wer dem Antrag zustimmt, Hand hoch. Drei. Gegenstimmen? Das ist der Rest. Enthaltungen? Keine. Damit ist der Antrag nicht angenommen.
#CLOCK 21:47:00
Kerstin Lauterbach-Rühl: Ich danke für die disziplinierte Sitzung und wünsche allen einen guten Heimweg. Die Sitzung ist geschlossen.
"""

ITEMS = [
    I("1", "Eröffnung", True, spoken=True),
    I("2", "Mitteilungen", True, spoken=True),
    I("3", "Wahl der Schiedsperson für den Schiedsamtsbezirk Oberursel-Süd", True, [
        D("Wahl der Schiedsperson (Stimmzettel)", "gewählt", "Frau Kemmerer hat die erforderliche Mehrheit und ist zur Schiedsperson gewählt.",
          ballot={"Doris Kemmerer": 26, "Alexander Pfeifle": 12, "Enthaltung": 2, "ungültig": 1})], spoken=True),
    I("4", "Änderung der Gebührensatzung für die Kindertagesstätten", True, [
        D("Geschäftsordnungsantrag auf Schluss der Debatte", "angenommen", "Damit ist Schluss der Debatte beschlossen.", votes=(27, 12, 2)),
        D("Satzung zur Änderung der Kita-Gebührensatzung", "angenommen", "Die Satzung ist beschlossen.", votes=(28, 11, 2))],
      spoken=False, note="called by title only; number = running position"),
    I("5", "Antrag der FDP-Fraktion: Verkehrsberuhigung in der Altstadt", True, [
        D("Vertagung in die Januarsitzung", "vertagt", "Der Antrag ist vertagt.", votes=(None, 0, 4))], spoken=True),
    I("6", "Bebauungsplan Nr. 211 „An den Drei Hasen“, 2. Änderung – Offenlagebeschluss", True, [
        D("Offenlagebeschluss mit Maßgabe Dachbegrünung", "angenommen", "Die Offenlage ist damit beschlossen.", votes=(None, 0, 0), unanimous=True)],
      bias=["Karl-Heinz Usinger"], spoken=False, note="called by title only; number = running position"),
    I("7", "Anfragen", True, spoken=True),
    I("8", "Erwerb eines Grundstücks für das Feuerwehrgerätehaus Stierstadt", False, [
        D("Grundstückserwerb", "angenommen", "Dann ist der Erwerb beschlossen.", votes=(None, 2, 0))], spoken=True),
    I("9", "Antrag der AfD-Fraktion: Kündigung des Pachtvertrags Jugendzentrum", False, [
        D("Antrag der AfD-Fraktion", "abgelehnt", "Damit ist der Antrag nicht angenommen.", votes=(3, None, 0))], spoken=True),
]
LATE = []
EARLY = []
SECRETS = ["Gudrun Waltersbach", "1,9 Millionen Euro", "1,75 Millionen", "42.000 Euro Defizit", "Kronberger Weg"]
