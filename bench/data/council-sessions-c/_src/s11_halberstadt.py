META = dict(id="st-halberstadt-stadtrat-2026-10", split="dev", land="ST", body="Stadtrat",
            organization="Stadt Halberstadt", date="2026-10-01", origin="16:55:00", start="17:00",
            agenda="none", chair="Rüdiger Hentschel",
            features=["no agenda", "Stadtrat (Sachsen-Anhalt), Vorsitzender des Stadtrates as casual chair, Oberbürgermeister",
                      "Mitwirkungsverbot § 33 KVG LSA at the item (Stadträtin)", "numbers as 'TOP 1', 'Punkt zwei', 'Tagesordnungspunkt fünf', 'Siebtens' and title-only calls",
                      "Geschäftsordnungsantrag auf Rückverweisung abgelehnt, then main vote with groups", "Vertagungsantrag angenommen",
                      "'Damit ist der Antrag nicht angenommen.'", "Jahresbericht zur Kenntnis genommen", "Niederschrift 'bestätigt'",
                      "online member votes by chat", "counts in words", "Unknown Speaker (Einwohnerfragestunde), crosstalk, fillers",
                      "no non-public part", "closing without time (end from timeline)"])
AGENDA_META = None
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 16:59:00
Rüdiger Hentschel: Test, Test. Hört man mich hinten? Gut.
#CLOCK 17:00:00
Rüdiger Hentschel: Also, liebe Stadträtinnen und Stadträte, Herr Oberbürgermeister, liebe Gäste, wir fangen an. TOP 1, die Formalien: Die Einladung ist ordnungsgemäß rausgegangen, anwesend sind 31 von 40, Frau Grunert ist per Video dabei. Wir sind beschlussfähig. Die Tagesordnung liegt Ihnen vor, Änderungswünsche hat keiner angemeldet, dann machen wir's so.
#CLOCK 17:02:00
Rüdiger Hentschel: Punkt zwei, Einwohnerfragestunde. Da hinten hat sich jemand gemeldet, kommen Sie bitte vor.
Unknown Speaker: Ja, guten Tag. Ich komme aus der Unterstadt. Die Straßenbahnlinie 2 fährt seit den Sommerferien nur noch alle dreißig Minuten. Für ältere Leute ist das, äh, ganz schwierig. Wird das wieder geändert?
Dr. Frank Lieberknecht: Die Verkehrsbetriebe haben den Takt wegen Personalmangels ausgedünnt. Wir haben mit der Geschäftsführung gesprochen, ab Dezember soll wieder im Zwanzig-Minuten-Takt gefahren werden.
Unknown Speaker: Und wenn die dann wieder kein Personal haben?
Dr. Frank Lieberknecht: Dann sage ich Ihnen ehrlich, dann haben wir ein Problem. Es werden gerade sechs Fahrer ausgebildet.
Rüdiger Hentschel: Danke. Weitere Fragen? Nee, dann schließen wir die Fragestunde.
#CLOCK 17:09:00
Rüdiger Hentschel: Die Niederschrift von der letzten Sitzung. Gibt's Einwände? Keine. Wer bestätigt die Niederschrift? Danke. Gegenstimmen? Keine. Enthaltungen? Drei. Dann ist die Niederschrift bestätigt.
#CLOCK 17:11:00
Rüdiger Hentschel: Und jetzt hat der Oberbürgermeister das Wort, Informationen.
Dr. Frank Lieberknecht: Danke, Herr Vorsitzender. Der Domplatz wird im Frühjahr für sechs Wochen wegen Leitungsarbeiten gesperrt, das ist mit dem Domschatz und den Veranstaltern abgestimmt. Der Haushaltsentwurf 2027 ist fertig, die Einbringung ist in der Novembersitzung. Und wir haben die Zusage aus Magdeburg für die Sanierung der Stadtbibliothek, 2,4 Millionen Euro aus dem Landesprogramm.
Jens Wodarz: Wie hoch ist unser Eigenanteil bei der Bibliothek?
Dr. Frank Lieberknecht: Etwa 800.000 Euro, verteilt auf zwei Haushaltsjahre.
#CLOCK 17:18:00
Rüdiger Hentschel: Tagesordnungspunkt fünf, die Schulentwicklungsplanung. Da geht's ja im Kern um die Außenstelle in Emersleben. Der Bildungsausschuss hat sich mit knapper Mehrheit dafür ausgesprochen. Herr Oberbürgermeister.
Dr. Frank Lieberknecht: Die Schülerzahlen in Emersleben liegen seit drei Jahren unter der Mindestzahl des Landes. Das Landesschulamt hat eine Ausnahmegenehmigung nur noch bis 2028 in Aussicht gestellt. Wir schlagen vor, die Außenstelle zum Schuljahr 2028/29 aufzugeben und die Kinder an der Grundschule Klussiedlung zu beschulen. Der Schulbus ist eingeplant.
Kathrin Grunert: Darf ich kurz? Ich bin online. Die Eltern in Emersleben haben 600 Unterschriften gesammelt. Wenn die Schule weg ist, ist das Dorf tot. Das sagen alle.
Jens Wodarz: Die CDU hat lange gerungen. Aber wir können nicht gegen das Landesschulamt planen. Wir stimmen der Vorlage zu, mit dem Auftrag, die Schülerbeförderung so kurz wie möglich zu halten.
Marlies Hoppe: Die Linke lehnt die Schließung ab. Ein Dorf ohne Schule verliert die jungen Familien, das sieht man in jedem Dorf in der Börde.
Sven Möllendorf: Wir schließen uns an, die AfD lehnt auch ab.
Marlies Hoppe: Da brauchen wir Ihre Unterstützung nicht.
Sven Möllendorf: Die kriegen Sie aber trotzdem.
Rüdiger Hentschel: Na, na. Wir bleiben bitte beim Thema.
Andrea Kerkau: Für die SPD: Wir haben Verständnis für die Eltern. Aber eine jahrgangsübergreifende Klasse mit elf Kindern ist pädagogisch auch nicht das, was wir wollen. Wir stimmen zu.
Kathrin Grunert: Ich beantrage, die Vorlage in den Bildungsausschuss zurückzuverweisen. Dort soll noch einmal geprüft werden, ob ein Schulverbund mit Harsleben möglich ist.
Rüdiger Hentschel: Ein Geschäftsordnungsantrag auf Rückverweisung. Gegenrede? Herr Wodarz.
Jens Wodarz: Das haben wir im Ausschuss alles schon gemacht. Der Verbund mit Harsleben geht nicht, weil Harsleben eine andere Gemeinde ist und selbst zu wenig Kinder hat.
Rüdiger Hentschel: Dann stimmen wir ab über die Rückverweisung. Wer ist dafür? Frau Grunert schreibt im Chat Ja. Das sind elf. Dagegen? Siebzehn. Enthaltungen? Drei. Die Rückverweisung ist abgelehnt.
Rüdiger Hentschel: Und nun über die Vorlage. Wer stimmt der Schulentwicklungsplanung zu? Das sind CDU, SPD, Grüne und die FDP. Dagegen? Linke, AfD, und Frau Grunert im Chat. Enthaltungen? Die Bürgerfraktion. Damit ist die Schulentwicklungsplanung beschlossen.
#CLOCK 18:02:00
Rüdiger Hentschel: Dann machen wir mit der Hundesteuer weiter, das ist der Antrag der Grünen. Frau Beyer.
Lisa Beyer: Danke. Wir möchten, dass Hunde, die aus dem Tierheim Halberstadt übernommen werden, für zwei Jahre von der Hundesteuer befreit werden. Das Tierheim ist überfüllt, und das wäre ein kleiner Anreiz.
Dr. Frank Lieberknecht: Die Steuerausfälle wären gering, schätzungsweise 6.000 Euro im Jahr. Aber die Hundesteuersatzung müsste geändert werden, und das muss die Kommunalaufsicht im Blick haben, wir sind in der Konsolidierung.
Jens Wodarz: Die Idee ist sympathisch, aber ich möchte gerne wissen, was andere Städte machen, bevor wir das beschließen. Ich beantrage, den Antrag in die nächste Sitzung zu vertagen und die Verwaltung um einen Vergleich zu bitten.
Marlies Hoppe: Ein Vergleich ist schnell gemacht, Wernigerode und Quedlinburg haben das schon. Aber bitte, wenn es der Sache dient.
Sven Möllendorf: Und die Hundesteuer für alle anderen bleibt dann gleich? Das müsste man dann auch mal fragen.
Dr. Frank Lieberknecht: Über die allgemeinen Hebesätze reden wir beim Haushalt, nicht heute.
Lisa Beyer: Na gut, damit kann ich leben, wenn es dann auch wirklich im November kommt.
Rüdiger Hentschel: Wer ist für die Vertagung? Frau Grunert auch. Ich sehe eine breite Mehrheit. Gegenstimmen? Zwei. Enthaltungen? Keine. Vertagt auf die Novembersitzung.
#CLOCK 18:12:00
Rüdiger Hentschel: Siebtens, der Antrag der AfD-Fraktion zur Videoüberwachung am Holzmarkt.
Sven Möllendorf: Am Holzmarkt gab es in diesem Jahr 41 Straftaten, davon neun Körperverletzungen. Die Bürger fühlen sich abends nicht mehr sicher. Wir wollen, dass die Stadt bei der Polizei eine Videoüberwachung beantragt und die Kameras bezahlt.
Dr. Frank Lieberknecht: Die Polizeiinspektion hält den Holzmarkt nach ihrer Auswertung nicht für einen Kriminalitätsschwerpunkt im Sinne des Gesetzes. Wir setzen stattdessen auf mehr Beleuchtung und die Streetworker.
Marlies Hoppe: Kameras verdrängen das Problem nur um zwei Straßen. Wir lehnen ab.
Lisa Beyer: Wir auch.
Jens Wodarz: Wir enthalten uns. Das Thema ist berechtigt, aber der Antrag ist nicht durchdacht.
Rüdiger Hentschel: Dann stimmen wir ab. Wer ist für den Antrag? Sieben. Dagegen? Frau Grunert schreibt Nein. Zusammen fünfzehn. Enthaltungen? Neun. Damit ist der Antrag nicht angenommen.
#CLOCK 18:31:00
Rüdiger Hentschel: Punkt acht, der Bebauungsplan Nr. 58 Am Sülzegraben, Abwägung und Satzung.
Andrea Kerkau: Herr Vorsitzender, ich darf nach § 33 KVG nicht mitwirken, mein Lebensgefährte hat dort eine Fläche an den Vorhabenträger verkauft. Ich verlasse den Raum.
Rüdiger Hentschel: Danke, Frau Kerkau, wird ins Protokoll aufgenommen. Herr Oberbürgermeister, ganz kurz bitte.
Dr. Frank Lieberknecht: Am Sülzegraben entsteht ein Nahversorger mit 1.200 Quadratmetern Verkaufsfläche und 40 Wohnungen darüber. In der Auslegung kamen vierzehn Stellungnahmen, die wesentlichen betrafen den Lieferverkehr und die Stellplätze.
Marlies Hoppe: Ein Markt in der Unterstadt ist überfällig. Die Leute fahren bisher mit dem Bus zum Einkaufen.
Sven Möllendorf: Wir stimmen zu.
Rüdiger Hentschel: Dann frag ich mal: Wer ist dafür? Frau Grunert? Ja. Das sind neunundzwanzig. Gegenstimmen? Keine. Enthaltungen? Eine. Der Satzungsbeschluss ist gefasst. Frau Kerkau, Sie können wieder rein.
#CLOCK 18:44:00
Rüdiger Hentschel: Der Jahresbericht der Gleichstellungsbeauftragten. Frau Dr. Sperling.
Dr. Judith Sperling: Danke. Im Berichtsjahr hatten wir 212 Beratungen, das sind deutlich mehr als im Vorjahr. Der Anteil der Frauen in Führungspositionen der Verwaltung liegt bei 38 Prozent. Schwerpunkt war die Frauenschutzwohnung, die im März eröffnet wurde und seitdem dauerhaft belegt ist.
Lisa Beyer: Danke für den Bericht. Die Schutzwohnung ist ja schon voll, gibt es Pläne für eine zweite?
Dr. Judith Sperling: Wir sind im Gespräch mit dem Landkreis, der Bedarf ist definitiv da.
Rüdiger Hentschel: Danke schön. Der Stadtrat nimmt den Bericht zur Kenntnis.
#CLOCK 18:55:00
Rüdiger Hentschel: Und zum Schluss Anfragen und Anregungen. Herr Wodarz.
Jens Wodarz: Wann wird der Spielplatz im Burchardikloster wieder geöffnet?
Dr. Frank Lieberknecht: Nach der Prüfung durch den TÜV im Oktober, die Mängel sind behoben.
Marlies Hoppe: Die Sitzbänke in der Fußgängerzone sind zum Teil kaputt. Kann das der Bauhof machen?
Dr. Frank Lieberknecht: Ich gebe das weiter, das ist schnell gemacht.
Kathrin Grunert: Eine Anregung noch von mir: Könnte man die Sitzungsunterlagen auch als eine einzige Datei bereitstellen? Online ist das sehr mühsam.
Rüdiger Hentschel: Das nehmen wir mit ins Büro des Stadtrates, gute Idee.
#CLOCK 19:03:00
Rüdiger Hentschel: So. Dann sind wir durch, ich danke euch und Ihnen, kommt gut heim.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der Ordnungsmäßigkeit der Einladung, der Beschlussfähigkeit und der Tagesordnung", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=True),
    I("3", "Bestätigung der Niederschrift der letzten Sitzung", True, [
        D("Niederschrift der letzten Sitzung", "genehmigt", "Dann ist die Niederschrift bestätigt.", votes=(None, 0, 3))],
      spoken=False, note="called by title only; number = running position"),
    I("4", "Informationen des Oberbürgermeisters", True, spoken=False, note="called by title only; number = running position"),
    I("5", "Schulentwicklungsplanung (Außenstelle Emersleben)", True, [
        D("Geschäftsordnungsantrag auf Rückverweisung in den Bildungsausschuss", "abgelehnt", "Die Rückverweisung ist abgelehnt.", votes=(11, 17, 3)),
        D("Schulentwicklungsplanung", "angenommen", "Damit ist die Schulentwicklungsplanung beschlossen.",
          groups=(["CDU", "SPD", "Grüne", "FDP"], ["Linke", "AfD"], ["Bürgerfraktion"]),
          note="the Bildungsausschuss's 'knappe Mehrheit' does not count; Frau Grunert (online) votes Nein by chat")], spoken=True),
    I("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Hundesteuerbefreiung für Tierheimhunde", True, [
        D("Vertagung auf die Novembersitzung", "vertagt", "Vertagt auf die Novembersitzung.", votes=(None, 2, 0))],
      spoken=False, note="called by title only; number = running position"),
    I("7", "Antrag der AfD-Fraktion: Videoüberwachung am Holzmarkt", True, [
        D("Antrag der AfD-Fraktion", "abgelehnt", "Damit ist der Antrag nicht angenommen.", votes=(7, 15, 9))], spoken=True),
    I("8", "Bebauungsplan Nr. 58 „Am Sülzegraben“ – Abwägungs- und Satzungsbeschluss", True, [
        D("Satzungsbeschluss Bebauungsplan Nr. 58", "angenommen", "Der Satzungsbeschluss ist gefasst.", votes=(29, 0, 1))],
      bias=["Andrea Kerkau"], spoken=True),
    I("9", "Jahresbericht der Gleichstellungsbeauftragten", True, [
        D("Jahresbericht der Gleichstellungsbeauftragten", "zur Kenntnis genommen", "Der Stadtrat nimmt den Bericht zur Kenntnis.")],
      spoken=False, note="called by title only; number = running position"),
    I("10", "Anfragen und Anregungen", True, spoken=False, note="called by title only ('zum Schluss'); number = running position"),
]
LATE = []
EARLY = []
SECRETS = []
