META = dict(id="mv-guestrow-stadtvertretung-2026-09", split="dev", land="MV", body="Stadtvertretung",
            organization="Barlachstadt Güstrow", date="2026-09-17", origin="17:55:00", start="18:00",
            agenda="none", chair="Heike Wollenberg",
            features=["no agenda", "Stadtvertretung (Mecklenburg-Vorpommern), Präsidentin der Stadtvertretung as chair, Bürgermeister",
                      "early Mitwirkungsverbot § 24 KV M-V declared under TOP 1 for TOP 8 (Stadtvertreter)",
                      "chair goes back to an earlier item: TOP 5 zurückgestellt and finished after TOP 7",
                      "secret Wahl with Stimmzettel (ballot with Nein-Stimmen and ungültig)",
                      "several votes in one item (Feststellung Jahresabschluss, Entlastung)", "'einstimmig bei zwei Enthaltungen' (recorded no=0, abstain=2)",
                      "negated outcome 'findet keine Mehrheit' with groups", "online member votes by chat", "counts in words",
                      "numbers as 'Tagesordnungspunkt fünf', 'TOP 6', and title-only calls", "Unknown Speaker (Einwohnerfragestunde), crosstalk, fillers",
                      "non-public part without agenda ('unter Ausschluss der Öffentlichkeit'), Vertagung there", "closing without time (end from timeline)"])
AGENDA_META = None
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 17:59:00
Heike Wollenberg: Ist das Mikro an? Ja. Gut.
#CLOCK 18:00:00
Heike Wollenberg: Sehr geehrte Stadtvertreterinnen und Stadtvertreter, sehr geehrter Herr Bürgermeister, liebe Gäste. Tagesordnungspunkt 1: Ich eröffne die Sitzung der Stadtvertretung und stelle fest, dass fristgerecht eingeladen wurde. Von 29 Mitgliedern sind 25 anwesend, Herr Brüning nimmt online teil. Wir sind beschlussfähig.
Ronny Kaminski: Frau Präsidentin, ich möchte vorab anzeigen, dass ich beim Bebauungsplan Am Inselsee nach § 24 Kommunalverfassung nicht mitwirken darf. Ich habe dort ein Grundstück gekauft, Kaufvertrag im Juli. Ich gehe dann zu dem Punkt raus.
Heike Wollenberg: Danke, Herr Kaminski, das ist notiert. Zur Tagesordnung gibt es sonst nichts, dann bleibt es so.
#CLOCK 18:03:00
Heike Wollenberg: Tagesordnungspunkt zwei, Einwohnerfragestunde. Es haben sich zwei Personen angemeldet. Bitte.
Unknown Speaker: Ja, schönen guten Abend. Ich wohne in der Südstadt. Die Bushaltestelle an der Rostocker Chaussee ist seit dem Umbau, äh, nicht mehr barrierefrei. Mein Mann sitzt im Rollstuhl, der kommt da nicht mehr rein in den Bus.
Jörg Reincke: Vielen Dank für den Hinweis. Das ist uns bekannt, der Bordstein ist beim Umbau zu niedrig geraten. Die Baufirma muss nachbessern, das ist für Oktober zugesagt.
Unknown Speaker: Im Oktober? Das hat man uns im Mai auch schon gesagt.
Jörg Reincke: Ich verstehe den Ärger. Ich kümmere mich persönlich darum und rufe Sie an, wenn Sie Ihre Nummer hinterlassen.
Heike Wollenberg: Die zweite Person ist nicht erschienen. Dann schließe ich die Einwohnerfragestunde.
#CLOCK 18:12:00
Heike Wollenberg: Der Bürgermeister hat das Wort für seinen Bericht.
Jörg Reincke: Danke, Frau Präsidentin. Ich fange mit dem Erfreulichen an: Das Pferdemarktfest hatte bei bestem Wetter rund 35.000 Besucher. Die Umgestaltung des Schlossplatzes ist im Zeitplan, wir rechnen mit der Fertigstellung im Juni.
Jörg Reincke: Weniger erfreulich: Die Kreisumlage steigt 2027 voraussichtlich um zwei Prozentpunkte. Für uns sind das etwa 1,3 Millionen Euro mehr. Das wird den Haushalt 2027 stark belasten, dazu werde ich im Finanzausschuss vortragen.
Sandra Pieplow: Eine Nachfrage: Hat die Stadt gegen die Erhöhung Stellung genommen?
Jörg Reincke: Ja, gemeinsam mit den anderen Mittelzentren im Landkreis, mit einem gemeinsamen Schreiben an den Kreistag.
#CLOCK 18:21:00
Heike Wollenberg: Punkt vier, Wahl des zweiten Stellvertreters der Präsidentin. Durch den Wegzug von Frau Saß ist das Amt frei geworden. Vorgeschlagen sind Herr Matthias Holtz von der CDU und Frau Gabriele Timm von der Linken. Es wird geheim gewählt. Herr Brüning bekommt die Stimme über den gesicherten Briefkanal, das ist mit der Rechtsaufsicht so abgestimmt.
Enrico Brüning: Ich bin da, ich habe den Link.
#CLOCK 18:38:00
Heike Wollenberg: Ich gebe das Ergebnis bekannt. Abgegeben wurden fünfundzwanzig Stimmen. Für Herrn Holtz vierzehn, für Frau Timm neun, eine Nein-Stimme, ein Stimmzettel ungültig. Herr Holtz hat die Mehrheit und ist damit zum zweiten Stellvertreter gewählt. Nehmen Sie die Wahl an?
Matthias Holtz: Ja, ich nehme die Wahl an und bedanke mich.
#CLOCK 18:41:00
Heike Wollenberg: Tagesordnungspunkt fünf, die Entgeltordnung für die städtischen Sportstätten. Herr Bürgermeister.
Jörg Reincke: Wir schlagen vor, dass die Vereine für die Hallennutzung künftig einen Sockelbetrag zahlen, vier Euro pro Stunde, Kinder- und Jugendsport bleibt frei. Damit decken wir ungefähr ein Zehntel der Betriebskosten.
Sandra Pieplow: Die Vereine haben bei uns angefragt, wie viel das für einen durchschnittlichen Verein im Jahr bedeutet. Das steht nicht in der Vorlage.
Jörg Reincke: Das kann ich Ihnen nachher sagen, die Zahl lasse ich mir gerade heraussuchen.
Heike Wollenberg: Dann schlage ich vor, wir stellen den Punkt fünf zurück, bis die Zahl da ist, und machen mit sechs weiter. Einverstanden? Gut.
#CLOCK 18:47:00
Heike Wollenberg: TOP 6, Antrag der Fraktion Die Linke zur Schulsozialarbeit an der Regionalschule Nord. Frau Timm.
Gabriele Timm: Danke. An der Regionalschule Nord gibt es für 480 Schülerinnen und Schüler eine halbe Stelle Schulsozialarbeit. Die Schulleitung hat im Frühjahr einen Brandbrief geschrieben. Wir beantragen, aus städtischen Mitteln eine weitere volle Stelle zu finanzieren, etwa 68.000 Euro im Jahr.
Matthias Holtz: Schulsozialarbeit ist Aufgabe des Landkreises als Träger der Jugendhilfe. Wenn wir das einmal übernehmen, zahlen wir für immer.
Gabriele Timm: Und bis der Landkreis sich bewegt, warten die Kinder.
Sandra Pieplow: Die SPD teilt das Anliegen, aber wir sind im Haushaltssicherungskonzept. Eine freiwillige Leistung von 68.000 Euro müssten wir woanders einsparen. Wir enthalten uns.
Karsten Dehmel: Die AfD lehnt ab.
Enrico Brüning: Kann ich kurz etwas sagen? Ich bin selbst Lehrer an einer Schule im Landkreis, und ich kann sagen, dass das ohne Sozialarbeit nicht geht.
Matthias Holtz: Herr Brüning, das bestreitet doch keiner. Es geht um die Zuständigkeit.
Gabriele Timm: Die Zuständigkeit ist den Kindern egal.
Heike Wollenberg: Ich bitte um Ruhe. Wir stimmen ab. Wer dem Antrag zustimmen möchte, den bitte ich um das Handzeichen. Das sind die Linke und die Grünen, und Herr Brüning schreibt im Chat Ja. Zusammen sieben. Gegenstimmen? CDU, AfD, UFG, das sind zwölf. Enthaltungen? Die SPD, sechs. Der Antrag findet keine Mehrheit.
#CLOCK 19:12:00
Heike Wollenberg: Nächster Punkt, der Jahresabschluss 2024. Der Rechnungsprüfungsausschuss hat geprüft. Herr Dehmel als Vorsitzender.
Karsten Dehmel: Danke. Der Ausschuss hat den Abschluss geprüft und keine wesentlichen Beanstandungen gefunden. Es gibt drei Hinweise, vor allem zur Inventur im Bauhof. Der Ausschuss empfiehlt die Feststellung und die Entlastung des Bürgermeisters.
Heike Wollenberg: Wir stimmen zuerst über die Feststellung des Jahresabschlusses ab. Wer ist dafür? Herr Brüning? Ja, im Chat. Gegenstimmen? Keine. Enthaltungen? Keine. Der Jahresabschluss 2024 ist festgestellt.
Heike Wollenberg: Nun die Entlastung. Der Bürgermeister ist bei dieser Abstimmung nicht stimmberechtigt, er hat Platz auf der Zuschauerbank genommen. Wer entlastet den Bürgermeister? Gegenstimmen? Zwei. Enthaltungen? Eine. Der Bürgermeister ist entlastet.
#CLOCK 19:22:00
Jörg Reincke: Danke. Und ich habe jetzt auch die Zahl zu den Sportstätten.
Heike Wollenberg: Sehr schön. Dann gehen wir zurück zu Tagesordnungspunkt fünf, den wir vorhin zurückgestellt haben.
Jörg Reincke: Ein durchschnittlicher Verein mit Erwachsenensport zahlt künftig etwa 1.100 Euro im Jahr. Bei den großen Vereinen wie dem Güstrower SC sind es gut 4.000 Euro. Jugendmannschaften bleiben ausgenommen.
Sandra Pieplow: Das ist vertretbar. Wir stimmen zu.
Matthias Holtz: Die CDU auch, aber wir wollen nach zwei Jahren eine Auswertung.
Jörg Reincke: Die sagen wir zu.
Heike Wollenberg: Dann lasse ich über die Entgeltordnung abstimmen. Wer ist dafür? Herr Brüning? Ja. Gegenstimmen? Ich sehe keine. Enthaltungen? Zwei. Die Entgeltordnung ist einstimmig bei zwei Enthaltungen beschlossen.
#CLOCK 19:34:00
Heike Wollenberg: Dann Punkt acht, Bebauungsplan Nummer 45 Am Inselsee, Satzungsbeschluss. Herr Kaminski verlässt wie angekündigt den Sitzungstisch.
Ronny Kaminski: Ja, ich setze mich nach hinten.
Jörg Reincke: Der Plan ermöglicht 26 Einfamilienhäuser und zwei Mehrfamilienhäuser am Südufer. Der Uferstreifen bleibt öffentlich, der Wanderweg wird verbreitert. Im zweiten Entwurf haben wir auf Hinweis des Staatlichen Amts für Umwelt den Abstand zum Gewässer auf fünfzig Meter erhöht.
Gabriele Timm: Wir finden, dass das Südufer ein Naherholungsgebiet bleiben sollte. Wir lehnen den Plan ab.
Karsten Dehmel: Wir stimmen zu. Junge Familien brauchen Bauland, sonst ziehen sie nach Rostock.
Franziska Lübcke: Die Grünen enthalten sich. Der größere Abstand ist ein Fortschritt, aber ökologisch bleibt es ein Eingriff.
Heike Wollenberg: Wer stimmt dem Satzungsbeschluss zu? Herr Brüning? Ja, danke. Das sind siebzehn. Gegenstimmen? Vier. Enthaltungen? Drei. Der Satzungsbeschluss ist gefasst. Herr Kaminski, bitte.
#CLOCK 19:58:00
Heike Wollenberg: Punkt neun, Informationen und Anfragen. Frau Lübcke.
Franziska Lübcke: Wie ist der Stand bei der Ladesäule am Bahnhof? Die ist seit Monaten außer Betrieb.
Jörg Reincke: Die Stadtwerke tauschen sie im November gegen ein neues Modell.
Sandra Pieplow: Und die Kita-Gebührenbescheide, die so spät kamen?
Jörg Reincke: Da gab es ein Softwareproblem, das ist behoben. Die Bescheide sind Ende August raus.
#CLOCK 20:06:00
Heike Wollenberg: Der öffentliche Teil ist hiermit zu Ende. Ich bitte die Gäste, den Saal zu verlassen, und Herrn Brüning, sicherzustellen, dass er alleine im Raum ist.
Enrico Brüning: Bin allein, Tür ist zu.
#CLOCK 20:09:00
#NP
Heike Wollenberg: Wir tagen jetzt unter Ausschluss der Öffentlichkeit. Punkt zehn, der Verkauf der Teilfläche am Gewerbegebiet Glasewitzer Chaussee.
Jörg Reincke: Die Firma Nordkorn Agrarhandel möchte 1,8 Hektar für eine Getreidehalle erwerben, zu 24 Euro je Quadratmeter. Das ist der Bodenrichtwert. Sie sagt zwölf Arbeitsplätze zu.
Matthias Holtz: Das ist ein gutes Signal für den Standort. Wir sind dafür.
Heike Wollenberg: Wer stimmt zu? Herr Brüning? Ja. Gegenstimmen? Keine. Enthaltungen? Eine. Der Verkauf ist beschlossen.
#CLOCK 20:18:00
Heike Wollenberg: Punkt elf, der Pachtvertrag für die Gaststätte im Bürgerhaus.
Jörg Reincke: Der bisherige Pächter Herr Olaf Wendtland hört auf. Es gibt einen Interessenten, der aber eine Pachtreduzierung um 40 Prozent für die ersten zwei Jahre verlangt.
Sandra Pieplow: Dazu fehlt mir ein Vergleich, was andere Kommunen verlangen. Ich beantrage, den Punkt auf die nächste Sitzung zu vertagen.
Heike Wollenberg: Wer ist für die Vertagung? Herr Brüning? Ja. Das ist die Mehrheit. Gegenstimmen? Drei. Enthaltungen? Keine. Der Punkt wird vertagt.
#CLOCK 20:26:00
Heike Wollenberg: Dann danke ich Ihnen und schließe die Sitzung. Kommen Sie gut nach Hause.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=True),
    I("3", "Bericht des Bürgermeisters", True, spoken=False, note="called by title only; number = running position"),
    I("4", "Wahl des zweiten Stellvertreters der Präsidentin der Stadtvertretung", True, [
        D("Wahl des zweiten Stellvertreters (Stimmzettel)", "gewählt", "Herr Holtz hat die Mehrheit und ist damit zum zweiten Stellvertreter gewählt.",
          ballot={"Matthias Holtz": 14, "Gabriele Timm": 9, "Nein": 1, "ungültig": 1})], spoken=True),
    I("5", "Entgeltordnung für die städtischen Sportstätten", True, [
        D("Entgeltordnung Sportstätten", "angenommen", "Die Entgeltordnung ist einstimmig bei zwei Enthaltungen beschlossen.", votes=(None, 0, 2),
          note="'einstimmig bei zwei Enthaltungen': recorded as no=0, abstain=2, unanimous=false")],
      spoken=True, note="zurückgestellt after the first debate; resumed and decided after TOP 7"),
    I("6", "Antrag der Fraktion Die Linke: Schulsozialarbeit an der Regionalschule Nord", True, [
        D("Antrag der Fraktion Die Linke", "abgelehnt", "Der Antrag findet keine Mehrheit.", votes=(7, 12, 6),
          groups=(["Linke", "Grüne"], ["CDU", "AfD", "UFG"], ["SPD"]))], spoken=True),
    I("7", "Jahresabschluss 2024 und Entlastung des Bürgermeisters", True, [
        D("Feststellung des Jahresabschlusses 2024", "angenommen", "Der Jahresabschluss 2024 ist festgestellt.", votes=(None, 0, 0), unanimous=True),
        D("Entlastung des Bürgermeisters", "angenommen", "Der Bürgermeister ist entlastet.", votes=(None, 2, 1))],
      spoken=False, note="called by title only ('Nächster Punkt'); number = running position"),
    I("8", "Bebauungsplan Nr. 45 „Am Inselsee“ – Satzungsbeschluss", True, [
        D("Satzungsbeschluss Bebauungsplan Nr. 45", "angenommen", "Der Satzungsbeschluss ist gefasst.", votes=(17, 4, 3))],
      bias=["Ronny Kaminski"], spoken=True, note="Mitwirkungsverbot declared under TOP 1"),
    I("9", "Informationen und Anfragen", True, spoken=True),
    I("10", "Grundstücksverkauf im Gewerbegebiet Glasewitzer Chaussee", False, [
        D("Verkauf der Teilfläche", "angenommen", "Der Verkauf ist beschlossen.", votes=(None, 0, 1))], spoken=True),
    I("11", "Pachtvertrag für die Gaststätte im Bürgerhaus", False, [
        D("Vertagung auf die nächste Sitzung", "vertagt", "Der Punkt wird vertagt.", votes=(None, 3, 0))], spoken=True),
]
LATE = []
EARLY = []
SECRETS = ["Nordkorn Agrarhandel", "24 Euro je Quadratmeter", "Olaf Wendtland", "Pachtreduzierung um 40 Prozent"]
