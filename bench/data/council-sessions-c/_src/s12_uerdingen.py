META = dict(id="nrw-krefeld-bezirksvertretung-uerdingen-2026-09", split="test", land="NRW", body="Bezirksvertretung Uerdingen",
            organization="Stadt Krefeld", date="2026-09-10", origin="17:54:00", start="18:00",
            agenda="mismatch", chair="Hans-Peter Lennartz",
            agendaNote="agenda.json is the agenda of the Bezirksvertretung Hüls on the same evening (same template), not of the Bezirksvertretung Uerdingen",
            features=["mismatch agenda (other Bezirksvertretung, same day)", "Bezirksvertretung (NRW, Krefeld style), Bezirksvorsteher as chair, Leiter der Bezirksverwaltungsstelle",
                      "early Befangenheit § 31 / § 43 GO NRW declared under TOP 1 for TOP 4 b (Bezirksvertreterin), repeated at the item",
                      "sub-items 4 a–4 c ('TOP 4 b', 'vier c')", "'einstimmig bei drei Enthaltungen' (no=0, abstain=3, not unanimous)", "Vertagung of 4 c because documents are missing",
                      "several votes in one item: alternative street name 'findet keine Mehrheit', then Vorlage",
                      "Sitzungsunterbrechung for Fraktionsberatung (no decision), then vote 'mehrheitlich gegen die Stimmen der CDU'",
                      "title-only calls and 'Nächster Punkt, ...'", "Einwohnerfragestunde with Unknown Speaker", "crosstalk, fillers",
                      "no attendance report", "no non-public part", "closing without time (end from timeline)"])
AGENDA_META = dict(slug="krefeld/bv-huels", date="2026-09-10", start="18:00", end="20:00", tz="+02:00",
                   name="Sitzung der Bezirksvertretung Hüls", organizationName="Bezirksvertretung Hüls")
AGENDA = [
    ("1", "Eröffnung und Begrüßung", True),
    ("2", "Fragestunde für Einwohnerinnen und Einwohner", True),
    ("3", "Neugestaltung des Hülser Marktes – Vorstellung der Entwurfsplanung", True),
    ("4", "Verwendung bezirksbezogener Mittel: Zuschuss an den Hülser Heimatverein", True),
    ("5", "Sanierung der Burg Hüls – Sachstand", True),
    ("6", "Anfragen der Bezirksvertreterinnen und Bezirksvertreter", True),
]
ATTENDANCE = None

CUES = """
#CLOCK 17:59:00
Hans-Peter Lennartz: So, ich glaube, wir sind vollzählig, soweit wir das sein können. Dann fangen wir an.
#CLOCK 18:00:00
Hans-Peter Lennartz: Punkt eins. Ich eröffne die Sitzung der Bezirksvertretung Uerdingen, begrüße die Bezirksvertreterinnen und Bezirksvertreter, Herrn Pütz von der Bezirksverwaltungsstelle und die Bürgerinnen und Bürger. Die Einladung ist fristgerecht gekommen, von 17 Mitgliedern sind 15 da. Wir sind beschlussfähig.
Anja Kremers: Herr Bezirksvorsteher, ich möchte gleich zu Beginn sagen, dass ich beim Zuschuss für den Förderverein der Grundschule Am Rhein befangen bin, ich bin dort die Vorsitzende. Da setze ich mich dann zu den Zuhörern.
Hans-Peter Lennartz: Danke, Frau Kremers, das nehmen wir auf, das ist der Punkt 4 b.
#CLOCK 18:03:00
Hans-Peter Lennartz: Zwei, Einwohnerfragestunde. Bitte schön.
Unknown Speaker: Ja, guten Abend. Ich wohne an der Oberstraße. Seit dem Umbau der Rheinbrücke steht der Lkw-Verkehr morgens bis in die Altstadt. Ähm, kann die Stadt nicht ein Durchfahrtsverbot machen?
Oliver Pütz: Das Thema ist bekannt. Die Straßenverkehrsbehörde prüft ein Durchfahrtsverbot für Lkw über 7,5 Tonnen, ausgenommen Anlieferung. Eine Entscheidung soll bis Ende Oktober fallen.
Unknown Speaker: Und bis dahin? Die Kinder gehen da morgens zur Schule.
Oliver Pütz: Wir haben die Polizei gebeten, morgens verstärkt zu kontrollieren, und ich nehme Ihren Hinweis mit.
Unknown Speaker: Noch eine Sache, wegen dem Schützenplatz, da liegt seit dem Fest immer noch Müll.
Hans-Peter Lennartz: Das nimmt Herr Pütz auch mit. Weitere Fragen sehe ich nicht.
#CLOCK 18:12:00
Hans-Peter Lennartz: Dann die Mitteilungen der Verwaltung.
Oliver Pütz: Drei kurze Punkte. Die Sanierung des Rheinuferwegs zwischen Fähre und Hafen ist abgeschlossen. Die Spielplatzbegehung hat ergeben, dass am Spielplatz Zwingenberg zwei Geräte gesperrt werden mussten, Ersatz ist bestellt. Und das Bürgerbüro Uerdingen hat ab Oktober wieder donnerstags bis 18 Uhr geöffnet.
Kerstin Schroers: Wann kommen die Geräte für den Spielplatz?
Oliver Pütz: Die Lieferung ist für November angekündigt.
#CLOCK 18:17:00
Hans-Peter Lennartz: TOP 4, die bezirksbezogenen Mittel. Wir haben noch 21.400 Euro für dieses Jahr und drei Anträge. TOP 4 a, der Heimatverein Uerdingen, für die Restaurierung der historischen Stadtpläne im Heimathaus, 4.800 Euro.
Michael Verhoeven: Das unterstützen wir, die Pläne sind von 1780 und zerfallen sonst.
Ralf Beckers: Gibt es einen Eigenanteil des Vereins?
Oliver Pütz: Ja, der Verein trägt 2.000 Euro selbst und hat eine Förderung der Sparkassenstiftung beantragt.
Hans-Peter Lennartz: Dann lasse ich abstimmen. Wer dem Zuschuss an den Heimatverein zustimmt? Gegenstimmen? Enthaltungen? Keine. Dann einstimmig bewilligt.
#CLOCK 18:24:00
Hans-Peter Lennartz: TOP 4 b, der Förderverein der Grundschule Am Rhein, 6.500 Euro für ein grünes Klassenzimmer. Frau Kremers geht, wie gesagt, zu den Zuhörern.
Anja Kremers: Ja, ich bin weg.
Kerstin Schroers: Ein grünes Klassenzimmer ist genau das, was diese Mittel bewirken sollen. Die Grünen sind dafür.
Detlef Klinkhammer: 6.500 Euro für ein paar Hochbeete? Das ist ganz schön viel.
Oliver Pütz: Es geht um eine überdachte Sitzgelegenheit für eine ganze Klasse, Hochbeete und einen Wasseranschluss. Die Kostenschätzung stammt von einem Garten- und Landschaftsbauer.
Detlef Klinkhammer: Trotzdem. Wir enthalten uns.
Hans-Peter Lennartz: Wer stimmt zu? Das sind elf. Gegenstimmen? Keine. Enthaltungen? Drei. Dann ist der Zuschuss einstimmig bei drei Enthaltungen bewilligt. Frau Kremers, Sie können zurückkommen.
#CLOCK 18:35:00
Hans-Peter Lennartz: Und vier c, die KG Rheinische Funken, für neue Uniformen der Tanzgarde, 7.000 Euro.
Michael Verhoeven: Ich habe mir die Unterlagen angesehen, da fehlt der Finanzierungsplan komplett. Und es ist nicht klar, ob die Uniformen auch anderen Vereinen zur Verfügung stehen.
Oliver Pütz: Das stimmt, der Verein hat den Plan angekündigt, aber er ist noch nicht eingegangen.
Anja Kremers: Dann können wir heute eigentlich nicht entscheiden. Ich beantrage, den Antrag auf die nächste Sitzung zu vertagen.
Hans-Peter Lennartz: Wer ist für die Vertagung? Das sind alle. Einstimmig, dann ist vier c auf die nächste Sitzung vertagt.
#CLOCK 18:40:00
Hans-Peter Lennartz: Nächster Punkt, Straßenbenennung im Neubaugebiet Rheinblick. Die Verwaltung schlägt Elisabeth-Kolb-Straße vor, nach der ersten Ärztin in Uerdingen. Die CDU hat einen Alternativvorschlag eingereicht. Herr Verhoeven.
Michael Verhoeven: Danke. Wir möchten den Namen Am Fährhaus, weil dort bis 1936 tatsächlich das Fährhaus stand. Das ist ein historischer Ortsbezug, den jeder versteht.
Kerstin Schroers: Es gibt in Uerdingen genau zwei Straßen, die nach Frauen benannt sind. Zwei von über dreihundert. Frau Dr. Kolb hat in der Cholera-Zeit Hunderte Menschen behandelt. Das ist auch ein Ortsbezug.
Ralf Beckers: Ich finde beides gut, ehrlich gesagt. Können wir nicht den Platz am Wasser Am Fährhaus nennen und die Straße nach Frau Kolb?
Oliver Pütz: Der Platz ist noch nicht gewidmet, das müsste dann gesondert kommen.
Michael Verhoeven: Das ist ein Vorschlag, über den ich nachdenken kann. Heute bleiben wir aber bei unserem Antrag.
Hans-Peter Lennartz: Dann stimmen wir zuerst über den Alternativvorschlag der CDU ab. Wer ist für Am Fährhaus? Fünf. Dagegen? Neun. Enthaltungen? Eine. Der Vorschlag findet keine Mehrheit.
Hans-Peter Lennartz: Dann über die Vorlage, Elisabeth-Kolb-Straße. Wer ist dafür? Zehn. Dagegen? Drei. Enthaltungen? Zwei. Die Straße wird Elisabeth-Kolb-Straße heißen, so beschlossen.
#CLOCK 19:02:00
Hans-Peter Lennartz: Tagesordnungspunkt sechs, der Marktplatz Uerdingen. Die Bezirksvertretung wird hier angehört, entscheiden wird der Planungsausschuss. Herr Pütz.
Oliver Pütz: Die Planung sieht vor, den Marktplatz weitgehend autofrei zu gestalten. Die 38 Stellplätze fallen weg, dafür gibt es Bäume, einen Wasserspielplatz und Flächen für den Wochenmarkt. Ersatzstellplätze entstehen im Parkhaus an der Niederstraße.
Michael Verhoeven: Die CDU lehnt das ab. Die Einzelhändler am Markt haben uns gesagt, dass sie ohne die Parkplätze nicht überleben. Das Parkhaus liegt fünf Minuten entfernt, das ist für ältere Kunden zu weit.
Kerstin Schroers: Die Händler sagen das seit zwanzig Jahren, und trotzdem sterben die Läden, mit den Parkplätzen. Vielleicht liegt es nicht an den Parkplätzen.
Maria Janssen: Frau Schroers, das ist ziemlich respektlos gegenüber den Leuten, die da jeden Tag ...
Kerstin Schroers: Das war nicht respektlos, das war eine Feststellung.
Hans-Peter Lennartz: Bitte, meine Damen. Frau Kremers.
Anja Kremers: Die SPD kann sich das vorstellen, wir wollen aber eine Lösung für Menschen mit Behinderung, also Behindertenparkplätze direkt am Markt.
Oliver Pütz: Vier Behindertenstellplätze bleiben am Rand, das ist im Entwurf vorgesehen.
Ralf Beckers: Herr Bezirksvorsteher, ich beantrage eine kurze Unterbrechung, wir würden uns gerne beraten.
Hans-Peter Lennartz: Fünf Minuten Unterbrechung.
#CLOCK 19:21:00
Hans-Peter Lennartz: Wir setzen fort. Herr Beckers?
Ralf Beckers: Die FDP stimmt zu, wenn die Ersatzparkplätze im Parkhaus in der ersten Stunde kostenfrei sind. Das geben wir dem Ausschuss als Anregung mit.
Oliver Pütz: Die Anregung nehme ich gerne auf.
Hans-Peter Lennartz: Dann stimmen wir über die Empfehlung an den Planungsausschuss ab, mit der Anregung der FDP. Wer ist dafür? SPD, Grüne, FDP. Gegenstimmen? Die CDU. Enthaltungen? Die AfD. Damit empfiehlt die Bezirksvertretung mehrheitlich gegen die Stimmen der CDU die Planung.
#CLOCK 19:29:00
Hans-Peter Lennartz: Dann die Abfallbehälter am Rheinufer, ein Antrag der CDU. Frau Janssen.
Maria Janssen: Am Rheinufer gibt es zwischen der Fähre und dem Yachthafen auf 800 Metern genau zwei Mülleimer. Im Sommer sieht es da aus wie, äh, na ja. Wir beantragen sechs zusätzliche Behälter und eine Leerung auch am Wochenende.
Oliver Pütz: Die GSAK kann das umsetzen. Die Kosten liegen bei etwa 3.500 Euro für die Behälter und 4.000 Euro im Jahr für die Leerung, das würde aus den bezirksbezogenen Mitteln des nächsten Jahres kommen.
Kerstin Schroers: Das ist eine gute Idee, da sind wir dabei.
Detlef Klinkhammer: Wir auch.
Hans-Peter Lennartz: Wer stimmt dem Antrag zu? Gegenstimmen? Enthaltungen? Keine. Einstimmig angenommen.
#CLOCK 19:36:00
Hans-Peter Lennartz: Anfragen. Herr Beckers.
Ralf Beckers: Wie ist der Stand bei der Ampel an der Kreuzung Bataverstraße? Die ist seit den Ferien außer Betrieb.
Oliver Pütz: Ein Kabelschaden, die Reparatur ist für nächste Woche geplant.
Anja Kremers: Und die Sprechstunde der Polizei in der Bezirksverwaltungsstelle, findet die wieder statt?
Oliver Pütz: Ab Oktober wieder jeden ersten Dienstag im Monat.
#CLOCK 19:42:00
Hans-Peter Lennartz: Gut, dann bedanke ich mich, das war zügig heute. Die Sitzung ist geschlossen. Kommen Sie gut nach Hause.
"""

ITEMS = [
    I("1", "Eröffnung der Sitzung", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=True),
    I("3", "Mitteilungen der Verwaltung", True, spoken=False, note="called by title only; number = running position"),
    I("4a", "Bezirksbezogene Mittel: Zuschuss an den Heimatverein Uerdingen", True, [
        D("Zuschuss 4.800 Euro an den Heimatverein", "angenommen", "Dann einstimmig bewilligt.", votes=(None, 0, 0), unanimous=True)], spoken=True),
    I("4b", "Bezirksbezogene Mittel: Zuschuss an den Förderverein der Grundschule Am Rhein", True, [
        D("Zuschuss 6.500 Euro grünes Klassenzimmer", "angenommen", "Dann ist der Zuschuss einstimmig bei drei Enthaltungen bewilligt.", votes=(11, 0, 3),
          note="'einstimmig bei drei Enthaltungen': recorded as no=0, abstain=3, unanimous=false")],
      bias=["Anja Kremers"], spoken=True, note="Befangenheit declared under TOP 1 and again at the item"),
    I("4c", "Bezirksbezogene Mittel: Zuschuss an die KG Rheinische Funken", True, [
        D("Vertagung auf die nächste Sitzung", "vertagt", "Einstimmig, dann ist vier c auf die nächste Sitzung vertagt.", votes=(None, 0, 0),
          unanimous=True)], spoken=True),
    I("5", "Straßenbenennung im Neubaugebiet Rheinblick", True, [
        D("Alternativvorschlag der CDU: Am Fährhaus", "abgelehnt", "Der Vorschlag findet keine Mehrheit.", votes=(5, 9, 1)),
        D("Benennung Elisabeth-Kolb-Straße", "angenommen", "Die Straße wird Elisabeth-Kolb-Straße heißen, so beschlossen.", votes=(10, 3, 2))],
      spoken=False, note="called by title only ('Nächster Punkt'); number = running position"),
    I("6", "Umgestaltung des Marktplatzes Uerdingen – Anhörung der Bezirksvertretung", True, [
        D("Empfehlung an den Planungsausschuss mit Anregung der FDP", "angenommen",
          "Damit empfiehlt die Bezirksvertretung mehrheitlich gegen die Stimmen der CDU die Planung.",
          groups=(["SPD", "Grüne", "FDP"], ["CDU"], ["AfD"]))], spoken=True),
    I("7", "Antrag der CDU-Fraktion: Zusätzliche Abfallbehälter am Rheinufer", True, [
        D("Antrag der CDU-Fraktion", "angenommen", "Einstimmig angenommen.", votes=(None, 0, 0), unanimous=True)],
      spoken=False, note="called by title only; number = running position"),
    I("8", "Anfragen", True, spoken=False, note="called by title only; number = running position"),
]
LATE = []
EARLY = []
SECRETS = []
