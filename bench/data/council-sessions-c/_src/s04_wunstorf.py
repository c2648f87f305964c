META = dict(id="nds-wunstorf-rat-2026-11", split="test", land="NDS", body="Rat der Stadt",
            organization="Stadt Wunstorf", date="2026-11-05", origin="16:52:00", start="17:00", end="20:08",
            agenda="matching", chair="Gesine Meyer-Rottmann",
            features=["Rat (Niedersachsen), Ratsvorsitzende as chair, Bürgermeister and Erster Stadtrat report",
                      "early Mitwirkungsverbot § 41 NKomVG declared under TOP 1 for TOP 9 (Ratsherr), repeated at the item",
                      "sub-items: chair says 'TOP 7 b'", "several votes in one item: CDU-Änderungsantrag angenommen, then Grundsatzbeschluss in geänderter Fassung",
                      "negated outcome 'ist damit nicht angenommen' (Stimmengleichheit)", "Gegenprobe with counts",
                      "item called and immediately abgesetzt (Antragsteller bittet darum)", "Verweisung into the Sportausschuss by Geschäftsordnungsantrag",
                      "online member votes by voice", "counts in words and digits", "Einwohnerfragestunde with Unknown Speaker",
                      "late arrival, early departure (attendance)", "non-public part with matching agenda ('Ich stelle fest, dass die Öffentlichkeit den Raum verlassen hat')"])
AGENDA_META = dict(slug="wunstorf/rat", date="2026-11-05", start="17:00", end="21:00", tz="+01:00",
                   name="Sitzung des Rates der Stadt Wunstorf", organizationName="Rat der Stadt Wunstorf")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True),
    ("2", "Genehmigung des Protokolls über die Sitzung vom 10.09.2026", True),
    ("3", "Bericht des Bürgermeisters über wichtige Angelegenheiten", True),
    ("4", "Einwohnerfragestunde", True),
    ("5", "Neubau der Grundschule Luthe – Raumprogramm", True),
    ("6", "Antrag der SPD-Fraktion: Hitzeschutzplan für die Stadt Wunstorf", True),
    ("7a", "Parkraumkonzept Steinhude – Grundsatzbeschluss", True),
    ("7b", "Parkgebührenordnung für den Ortsteil Steinhude", True),
    ("8", "Antrag der AfD-Fraktion: Abschaffung der Zweitwohnungsteuer", True),
    ("9", "Zuschuss zum Neubau des Vereinsheims des TSV Kolenfeld", True),
    ("10", "Anfragen", True),
    ("11", "Vergabe der Objektplanung für den Neubau der Grundschule Luthe", False),
    ("12", "Niederschlagung einer Gewerbesteuerforderung", False),
]
_e = "20:08:40"
ATTENDANCE = dict(title="Rat der Stadt Wunstorf", domain="wunstorf.example.de", rows=[
    ("Ratssaal Wunstorf", [("16:52:10", "20:09:10")], "Attendee"),
    ("Gesine Meyer-Rottmann", [("16:53:00", "20:08:55")], "Organizer"),
    ("Carsten Hübotter", [("16:53:40", _e)], "Presenter"),
    ("Dr. Stefan Ahrberg", [("16:54:20", _e)], "Presenter"),
    ("Wilfried Knoke", [("16:55:00", _e)], "Attendee"),
    ("Tanja Bierschwale", [("16:55:30", _e)], "Attendee"),
    ("Kemal Arslan", [("16:56:00", _e)], "Attendee"),
    ("Hartmut Lüddecke", [("16:56:30", "19:07:20")], "Attendee"),
    ("Pia Sonnemann", [("16:57:00", _e)], "Attendee"),
    ("Rolf Dettmering", [("16:57:30", _e)], "Attendee"),
    ("Jana Wöhler", [("17:39:10", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:58:30
Ratssaal Wunstorf: Die Besprechung wird aufgezeichnet. Bitte schalten Sie Ihr Mikrofon stumm, wenn Sie nicht sprechen.
#CLOCK 17:00:00
Gesine Meyer-Rottmann: Guten Abend, meine Damen und Herren. Ich eröffne die Sitzung des Rates und stelle fest, dass zu dieser Sitzung ordnungsgemäß geladen wurde. Anwesend sind 33 Ratsmitglieder, Frau Sonnemann ist uns online zugeschaltet. Der Rat ist beschlussfähig. Frau Wöhler kommt später, sie hat noch eine Schulkonferenz.
Wilfried Knoke: Frau Vorsitzende, bevor wir einsteigen: Bei TOP 9, dem Zuschuss für das Vereinsheim in Kolenfeld, darf ich nach § 41 NKomVG nicht mitwirken. Ich bin Kassenwart im TSV. Ich sage das jetzt, damit es nachher nicht untergeht.
Gesine Meyer-Rottmann: Danke, Ratsherr Knoke, das halten wir fest. Zur Tagesordnung weiter nichts? Dann geht es los.
#CLOCK 17:03:00
Gesine Meyer-Rottmann: Das Protokoll vom 10. September. Es gab eine Korrektur von Frau Bierschwale, die ist eingearbeitet. Wer dem Protokoll in dieser Fassung zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Zwei, die, die nicht dabei waren. So genehmigt.
#CLOCK 17:05:00
Gesine Meyer-Rottmann: Herr Bürgermeister, Ihr Bericht.
Carsten Hübotter: Danke, Frau Ratsvorsitzende. Ein paar Themen. Die Bahnunterführung in der Südaue ist fertig und seit Montag freigegeben, drei Wochen vor Plan. Das Sommerferienprogramm hatte 1.400 Anmeldungen, ein Rekord. Und, äh, leider eine schlechte Nachricht: Das Hallenbad muss im Januar für etwa sechs Wochen schließen, die Filteranlage ist am Ende.
Carsten Hübotter: Außerdem haben wir die Zusage des Landkreises, dass die Buslinie 715 ab Dezember auch sonntags fährt. Das war eine lange Forderung aus Großenheidorn.
Rolf Dettmering: Frage zum Hallenbad: Wo schwimmen die Schulen in der Zeit?
Carsten Hübotter: Wir haben Zeiten im Hallenbad Neustadt bekommen, der Bustransfer ist organisiert.
#CLOCK 17:14:00
Gesine Meyer-Rottmann: Dann die Einwohnerfragestunde. Ich sehe eine Wortmeldung dahinten, bitte kommen Sie nach vorne ans Mikrofon.
Unknown Speaker: Guten Abend. Ich bin aus Steinhude und wollte fragen, ob die Anwohner in der Parkzone künftig, ähm, auch zahlen müssen, oder ob es einen Bewohnerausweis gibt.
Dr. Stefan Ahrberg: Im Entwurf ist ein Bewohnerparkausweis für 30 Euro im Jahr vorgesehen. Das wird nachher unter Punkt 7 beraten.
Unknown Speaker: Und Gäste von Anwohnern?
Dr. Stefan Ahrberg: Für Besucher gibt es Tagestickets im Ortsbüro. Die Einzelheiten regelt die Gebührenordnung.
Gesine Meyer-Rottmann: Danke. Weitere Fragen? Dann ist die Einwohnerfragestunde geschlossen.
#CLOCK 17:22:00
Gesine Meyer-Rottmann: Wir kommen zur Grundschule in Luthe. Es geht heute nur um das Raumprogramm, noch nicht um die Planung. Herr Dr. Ahrberg, bitte.
Dr. Stefan Ahrberg: Danke. Die Schule wird vierzügig, mit Ganztag und einer Mensa für 240 Essen. Die Sporthalle ist eine Zweifeldhalle, die auch von den Vereinen genutzt werden kann. Das Programm ist mit der Schulleitung und dem Elternrat abgestimmt.
Tanja Bierschwale: Die CDU begrüßt das ausdrücklich. Wir bitten nur darum, dass die Mensa so geplant wird, dass sie abends für Veranstaltungen im Ort nutzbar ist.
Kemal Arslan: Für die Grünen: Wir möchten das Gebäude in Holzbauweise. Das ist aber eine Frage der Planung, nicht des Raumprogramms.
Dr. Stefan Ahrberg: Genau, das kommt mit dem Vorentwurf.
#CLOCK 17:39:40
Jana Wöhler: Entschuldigung, guten Abend, ich bin jetzt da. Die Schulkonferenz hat länger gedauert.
#CLOCK 17:41:00
Gesine Meyer-Rottmann: Willkommen, Frau Wöhler. Dann bitte ich um Abstimmung über das Raumprogramm. Wer ist dafür? Frau Sonnemann?
Pia Sonnemann: Ich bin dafür.
Gesine Meyer-Rottmann: Gegenstimmen? Enthaltungen? Beides nicht. Damit ist das Raumprogramm einstimmig beschlossen.
#CLOCK 17:45:00
Gesine Meyer-Rottmann: Nächster Punkt, Hitzeschutzplan, ein Antrag der SPD. Herr Dettmering.
Rolf Dettmering: Danke. Letzten Sommer hatten wir elf Tage über 32 Grad. In den Pflegeheimen und Kitas gab es Probleme, die Innenstadt hat kaum Schatten. Wir beantragen, dass die Verwaltung bis Mai einen Hitzeschutzplan vorlegt, mit kühlen Orten, Trinkbrunnen und einem Warnsystem für Einrichtungen.
Hartmut Lüddecke: Das ist eine Aufgabe des Landkreises, der Gesundheitsdienst sitzt in Hannover. Wir sollten nicht jede Aufgabe an uns ziehen.
Kemal Arslan: Trinkbrunnen und Schatten sind aber nun wirklich unsere Sache, Herr Lüddecke. Die Grünen unterstützen den Antrag.
Tanja Bierschwale: Die CDU hat Sympathie dafür. Wir wollen aber, dass die Kosten vorher dargestellt werden, bevor wir umsetzen.
Carsten Hübotter: Der Plan selbst kostet uns nur Arbeitszeit. Die Maßnahmen kommen dann mit Kosten in den Haushalt.
#CLOCK 18:03:00
Gesine Meyer-Rottmann: Dann stimmen wir ab. Wer dem Antrag der SPD-Fraktion zustimmt, bitte ein Handzeichen. Das ist die Mehrheit. Ich bitte um die Gegenprobe. Das sind vier. Enthaltungen? Fünf. Damit ist der Antrag angenommen.
#CLOCK 18:06:00
Gesine Meyer-Rottmann: Punkt 7, Steinhude, aufgeteilt in a und b. Ich rufe zuerst TOP 7 a auf, das Parkraumkonzept als Grundsatz. Dazu gibt es einen Änderungsantrag der CDU-Fraktion. Herr Dr. Ahrberg.
Dr. Stefan Ahrberg: Das Konzept teilt Steinhude in drei Zonen. In der Kernzone am Meer wird Parken gebührenpflichtig, in der mittleren Zone gibt es Bewohnerparken, außen bleiben die Großparkplätze mit einem Shuttle. Wir erwarten im Sommer pro Wochenende bis zu 6.000 Tagesgäste mit dem Auto.
Tanja Bierschwale: Unser Änderungsantrag ist einfach: Das Bewohnerparken soll auch für die Straßen nördlich der Meerstraße gelten. Sonst verlagert sich der Suchverkehr genau dorthin.
Dr. Stefan Ahrberg: Die Verwaltung kann damit leben.
Rolf Dettmering: Wir auch.
Hartmut Lüddecke: Wir lehnen das ganze Konzept ab. Die Steinhuder leben vom Tourismus, und die Gäste werden jetzt abkassiert.
Kemal Arslan: Die Gäste werden nicht abkassiert, sie werden gelenkt. Das Meer wird doch totgeparkt im Moment.
Hartmut Lüddecke: Das sehen die Gastronomen anders.
Gesine Meyer-Rottmann: Ich lasse zuerst über den Änderungsantrag der CDU abstimmen. Wer ist dafür? Frau Sonnemann, online?
Pia Sonnemann: Ja.
Gesine Meyer-Rottmann: Danke. Das sind 28. Wer ist dagegen? Vier. Enthaltungen? Zwei. Der Änderungsantrag ist angenommen.
Gesine Meyer-Rottmann: Dann über den Grundsatzbeschluss zum Parkraumkonzept mit der eben beschlossenen Änderung. Wer ist dafür? Frau Sonnemann ebenfalls? Ja, ich sehe den Daumen. Dagegen? Fünf. Enthaltungen? Eine. Das Parkraumkonzept ist in der geänderten Fassung beschlossen.
#CLOCK 18:40:00
Gesine Meyer-Rottmann: TOP 7 b, die Gebührenordnung. Herr Dr. Ahrberg, kurz zu den Zahlen.
Dr. Stefan Ahrberg: In der Kernzone drei Euro pro Stunde, Tagesticket zehn Euro. Der Bewohnerausweis 30 Euro im Jahr. Die Einnahmen schätzen wir auf 420.000 Euro pro Saison, davon werden der Shuttle und die Parkraumüberwachung bezahlt.
Tanja Bierschwale: Drei Euro die Stunde halten wir für zu hoch, da fahren die Leute nach Mardorf ans Nordufer. Wir hätten zwei Euro gewollt. In dieser Form stimmen wir nicht zu.
Rolf Dettmering: Wir halten drei Euro für angemessen. Am Maschsee in Hannover zahlt man mehr.
Hartmut Lüddecke: Wir lehnen ab.
Jana Wöhler: Ich will anmerken: Wenn die Gebührenordnung heute scheitert, hängt das Konzept, das wir gerade beschlossen haben, in der Luft.
Tanja Bierschwale: Dann muss die Verwaltung eben einen neuen Vorschlag bringen.
#CLOCK 18:58:00
Gesine Meyer-Rottmann: Wir stimmen ab über die Parkgebührenordnung. Wer ist dafür? Frau Sonnemann?
Pia Sonnemann: Dafür.
Gesine Meyer-Rottmann: Dann sind es sechzehn Ja. Dagegen? Sechzehn. Enthaltungen? Zwei. Bei Stimmengleichheit ist der Antrag abgelehnt. Die Gebührenordnung ist damit nicht angenommen.
Carsten Hübotter: Wir kommen im Dezember mit einer überarbeiteten Fassung wieder.
#CLOCK 19:02:00
Gesine Meyer-Rottmann: Punkt acht, Antrag der AfD-Fraktion zur Zweitwohnungsteuer.
Hartmut Lüddecke: Frau Vorsitzende, wir bitten darum, den Punkt heute abzusetzen. Uns fehlen noch Zahlen aus dem Finanzausschuss.
Gesine Meyer-Rottmann: Der Antragsteller bittet um Absetzung, dann wird so verfahren. Der Punkt ist abgesetzt.
#CLOCK 19:04:00
Gesine Meyer-Rottmann: Punkt neun, der Zuschuss für das Vereinsheim in Kolenfeld. Herr Knoke hat sich ja vorhin erklärt.
Wilfried Knoke: Ja, ich gehe jetzt auch raus, wegen Mitwirkungsverbot.
Carsten Hübotter: Der TSV beantragt 180.000 Euro, das sind 40 Prozent der Baukosten. Unsere Richtlinie sieht bisher höchstens 25 Prozent vor. Die Verwaltung schlägt vor, 112.000 Euro zu geben.
Kemal Arslan: Das ist für mich eine Frage, die der Sportausschuss erst einmal beraten sollte. Da gehört sie hin, mit der Richtlinie auf dem Tisch.
Hartmut Lüddecke: Ich muss leider los, ich bin morgen früh auf Dienstreise. Einen schönen Abend.
Rolf Dettmering: Ich stelle den Antrag zur Geschäftsordnung, die Vorlage in den Ausschuss für Sport und Freizeit zu verweisen.
Gesine Meyer-Rottmann: Wer der Verweisung zustimmt, den bitte ich um das Handzeichen. Online? Frau Sonnemann nickt. Gegenstimmen? Keine. Enthaltungen? Drei. Dann geht der Zuschuss zur Beratung in den Ausschuss für Sport und Freizeit.
#CLOCK 19:17:00
Gesine Meyer-Rottmann: Herr Knoke, Sie können wieder rein. Punkt zehn, Anfragen. Schriftliche Anfragen liegen keine vor. Mündlich? Frau Wöhler.
Jana Wöhler: Wann wird die Beleuchtung am Radweg nach Idensen repariert? Es ist seit zwei Wochen dunkel.
Dr. Stefan Ahrberg: Ein Kabelschaden, der Auftrag ist raus, Reparatur bis Mitte November.
Tanja Bierschwale: Und die Sanierung der Toiletten am Bahnhof?
Carsten Hübotter: Das gebe ich ehrlich zu: Daran sind wir noch nicht. Ich kläre das mit der Bahn und berichte im nächsten Ausschuss.
#CLOCK 19:26:00
Gesine Meyer-Rottmann: Es folgt der Teil ohne Öffentlichkeit. Die Zuschauer und die Presse bitte ich, den Saal zu verlassen.
#CLOCK 19:29:00
#NP
Gesine Meyer-Rottmann: Ich stelle fest, dass die Öffentlichkeit den Raum verlassen hat. Punkt elf, die Vergabe der Objektplanung für die Grundschule Luthe.
Dr. Stefan Ahrberg: Im Verhandlungsverfahren lag das Büro Kreienbrink Architekten aus Minden vorn, mit einem Honorarangebot von 1,47 Millionen Euro. Die Jury hat es in der Qualität klar auf Platz eins gesehen, Holzbauweise ist bei denen Standard.
Kemal Arslan: Das freut mich zu hören.
Gesine Meyer-Rottmann: Wer stimmt der Vergabe zu? Frau Sonnemann? Ja. Gegenstimmen? Keine. Enthaltungen? Keine. Einstimmig so beschlossen.
#CLOCK 19:48:00
Gesine Meyer-Rottmann: Punkt zwölf, eine Niederschlagung.
Carsten Hübotter: Es geht um eine Gewerbesteuerforderung von 96.300 Euro gegen die insolvente Firma Steinkamp Fensterbau. Die Insolvenzmasse reicht nicht, der Verwalter hat das schriftlich bestätigt.
Rolf Dettmering: Ist das endgültig weg?
Carsten Hübotter: Bei einer Niederschlagung bleibt die Forderung bestehen, falls doch noch Vermögen auftaucht. Wir verfolgen das weiter.
Gesine Meyer-Rottmann: Wer stimmt der Niederschlagung zu? Gegenstimmen? Eine. Enthaltungen? Keine. Damit ist die Niederschlagung beschlossen.
#CLOCK 20:07:30
Gesine Meyer-Rottmann: Ich danke Ihnen, das war eine lange Sitzung. Ich schließe sie um 20:08 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Protokoll vom 10.09.2026", "genehmigt", "So genehmigt.", votes=(None, 0, 2))]),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True),
    I("5", AGENDA[4][1], True, [D("Raumprogramm Grundschule Luthe", "angenommen", "Damit ist das Raumprogramm einstimmig beschlossen.",
                                   votes=(None, 0, 0), unanimous=True)]),
    I("6", AGENDA[5][1], True, [D("Antrag der SPD-Fraktion: Hitzeschutzplan", "angenommen", "Damit ist der Antrag angenommen.",
                                   votes=(None, 4, 5))]),
    I("7a", AGENDA[6][1], True, [
        D("Änderungsantrag der CDU-Fraktion (Bewohnerparken nördlich der Meerstraße)", "angenommen", "Der Änderungsantrag ist angenommen.",
          votes=(28, 4, 2)),
        D("Grundsatzbeschluss Parkraumkonzept in geänderter Fassung", "angenommen",
          "Das Parkraumkonzept ist in der geänderten Fassung beschlossen.", votes=(None, 5, 1))]),
    I("7b", AGENDA[7][1], True, [D("Parkgebührenordnung Steinhude", "abgelehnt", "Die Gebührenordnung ist damit nicht angenommen.",
                                    votes=(16, 16, 2), note="Stimmengleichheit = abgelehnt")]),
    I("8", AGENDA[8][1], True, [D("Absetzung auf Bitte des Antragstellers", "abgesetzt", "Der Punkt ist abgesetzt.")]),
    I("9", AGENDA[9][1], True, [D("Verweisung in den Ausschuss für Sport und Freizeit", "verwiesen",
                                   "Dann geht der Zuschuss zur Beratung in den Ausschuss für Sport und Freizeit.", votes=(None, 0, 3))],
      bias=["Wilfried Knoke"], note="Mitwirkungsverbot declared under TOP 1 and again at the item"),
    I("10", AGENDA[10][1], True),
    I("11", AGENDA[11][1], False, [D("Vergabe der Objektplanung", "angenommen", "Einstimmig so beschlossen.", votes=(None, 0, 0), unanimous=True)]),
    I("12", AGENDA[12][1], False, [D("Niederschlagung der Gewerbesteuerforderung", "angenommen", "Damit ist die Niederschlagung beschlossen.",
                                      votes=(None, 1, 0))]),
]
LATE = [{"name": "Jana Wöhler", "top": "5"}]
EARLY = [{"name": "Hartmut Lüddecke", "top": "9"}]
SECRETS = ["Kreienbrink", "1,47 Millionen Euro", "96.300 Euro", "Steinkamp Fensterbau"]
