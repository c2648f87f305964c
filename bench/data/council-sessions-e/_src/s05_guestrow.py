META = dict(id="mv-guestrow-stadtvertretung-2026-11", split="dev", land="MV", body="Stadtvertretung",
            organization="Barlachstadt Güstrow", date="2026-11-12", origin="17:50:00", start="18:00", end=None,
            agenda="none", chair="Doris Lemke",
            features=["no agenda; Stadtvertretung (Mecklenburg-Vorpommern), Präsidentin der Stadtvertretung as chair, Bürgermeister reports (no vote)",
                      "opening 'Ich eröffne die Sitzung der Stadtvertretung und begrüße ...'",
                      "calls: 'TOP 1', title only, 'Punkt drei', own words, 'Wir kommen zu Tagesordnungspunkt 6'",
                      "Niederschrift 'keine Gegenstimmen, zwei Enthaltungen' (genehmigt, not unanimous)",
                      "open Wahl (Handzeichen) 'ohne Gegenstimmen bei vier Enthaltungen gewählt'",
                      "technical problem (Ton/Stream), Ja/Nein/Enthaltung in digits",
                      "vote on the Linke-Antrag taken but no result stated (audio dropout, 'klären wir im Protokoll') -> unclear",
                      "Mitwirkungsverbot § 24 KV M-V reported by the chair at the item; 'Damit ist das abgelehnt.' with counts",
                      "non-public part without agenda ('Ich stelle die Nichtöffentlichkeit her'), Stundung bewilligt, Kenntnisnahme",
                      "no attendance report; closing without time (end from timeline)"])
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 18:00:15
Doris Lemke: Guten Abend, meine Damen und Herren. Ich eröffne die Sitzung der Stadtvertretung und begrüße Sie alle. TOP 1: Die Ladung erfolgte form- und fristgerecht, anwesend sind 26 von 31 Stadtvertreterinnen und Stadtvertretern. Wir sind beschlussfähig.
Doris Lemke: Ich begrüße den Bürgermeister, Herrn Kröger, und die Amtsleiter. Entschuldigt sind fünf Mitglieder, die Namen hat die Protokollführung.
#CLOCK 18:03:00
Doris Lemke: Die Tagesordnung liegt Ihnen vor. Gibt es Änderungswünsche? Das ist nicht der Fall. Dann verfahren wir so.
#CLOCK 18:04:00
Doris Lemke: Punkt drei, die Einwohnerfragestunde. Bitte.
Unknown Speaker: Ja, Guten Abend, Hinz. Ich wollte fragen, was aus dem Spielplatz am Distelberg wird. Der ist seit einem Jahr abgesperrt.
Sven Kröger: Die Geräte waren nicht mehr verkehrssicher. Die neuen sind bestellt, der Aufbau ist im März.
Unknown Speaker: Na, dann hoffen wir mal.
Doris Lemke: Weitere Fragen? Keine. Dann schließe ich die Einwohnerfragestunde.
#CLOCK 18:12:00
Doris Lemke: Wir haben die Niederschrift der letzten Sitzung vom 24. September zu genehmigen. Gibt es Hinweise? Keine. Wer genehmigt die Niederschrift? Danke. Gegenstimmen? Keine Gegenstimmen. Enthaltungen? Zwei. Damit ist die Niederschrift mit zwei Enthaltungen genehmigt.
#CLOCK 18:14:00
Doris Lemke: Dann die Nachbesetzung im Kulturausschuss. Die Fraktion der SPD schlägt Frau Katja Behnke vor, nachdem Herr Wollin ausgeschieden ist. Widerspricht jemand der offenen Abstimmung? Nein.
Doris Lemke: Wer Frau Behnke wählen möchte, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Vier. Frau Behnke ist ohne Gegenstimmen bei vier Enthaltungen gewählt.
#CLOCK 18:18:00
Doris Lemke: Wir kommen zu Tagesordnungspunkt 6, Grundsatzbeschluss zur Sanierung der Badeanstalt am Inselsee. Herr Bürgermeister.
Sven Kröger: Die Badeanstalt ist von 1962. Das Gutachten beziffert die Sanierung von Steg, Umkleiden und Sanitärgebäude auf 3,2 Millionen Euro. Wir haben eine Förderung aus dem Programm Sportstätten in Aussicht, 60 Prozent.
Ulf Rehberg: Frau Präsidentin, der Ton im Stream ist weg, das schreiben gerade mehrere Leute.
Doris Lemke: Danke, Herr Rehberg. Können wir kurz unterbrechen? Die Technik schaut.
#CLOCK 18:25:00
Doris Lemke: So, es geht wieder. Herr Kröger, bitte noch einmal den letzten Satz.
Sven Kröger: Die Förderung wäre 60 Prozent. Der Eigenanteil von rund 1,3 Millionen müsste über die Jahre 2027 und 2028 finanziert werden.
Bernd Kuhlmann: Das Inselseebad ist für viele Familien hier der einzige Urlaub. Die Linke steht dazu.
Holger Mentz: Wir stimmen nicht zu. Erst die Schulen sanieren, dann das Bad.
Anja Sievert: Das eine schließt das andere doch nicht aus, Herr Mentz. Die Schulen haben wir mit dem Investitionsprogramm abgesichert.
Holger Mentz: Das sehen wir anders.
Maja Ohlsen: Wir wollen, dass die Sanierung ökologisch passiert, also mit Fotovoltaik auf dem Sanitärgebäude. Das können wir aber in der Ausführungsplanung einbringen.
Doris Lemke: Dann stimmen wir ab. Wer ist dafür? Dagegen? Enthaltungen? Der Grundsatzbeschluss ist mit 17 Ja-Stimmen, 6 Nein-Stimmen und 3 Enthaltungen angenommen.
#CLOCK 18:49:00
Doris Lemke: Nächster Punkt, der Antrag der Fraktion Die Linke zu kostenlosen Schulessen an Grundschulen. Herr Kuhlmann.
Bernd Kuhlmann: Wir wollen prüfen lassen, ob die Stadt ab dem Schuljahr 2027 das Mittagessen an den städtischen Grundschulen kostenlos anbieten kann. Das sind rund 1.100 Kinder.
Anja Sievert: Prüfen kann man, aber die Kosten würden bei über 900.000 Euro im Jahr liegen. Wir wollen mindestens eine Staffelung mitprüfen.
Bernd Kuhlmann: Die Staffelung nehmen wir gern als Ergänzung auf.
Doris Lemke: Dann stimmen wir über den Antrag mit der Ergänzung ab. Wer ist dafür? Und die Gegenprobe, danke, und, äh, Enthaltungen...
Ulf Rehberg: Frau Präsidentin, Ihr Mikro ist wieder aus, wir hören nichts.
Doris Lemke: Ach, ja, Entschuldigung. Ich hab das Ergebnis notiert, das klären wir mit dem Protokoll. Ich gehe weiter.
Holger Mentz: Man hätte das Ergebnis schon sagen können.
#CLOCK 19:04:00
Doris Lemke: Punkt acht, die Vergabe der Bauleistungen für die Kita Südstadt. Herr Timm hat mir mitgeteilt, dass er nach § 24 der Kommunalverfassung an der Beratung und Abstimmung nicht teilnimmt. Er hat den Tisch bereits verlassen.
Sven Kröger: Es geht um die Rohbauarbeiten, Los 2. Wirtschaftlichster Bieter ist eine Firma aus Teterow mit 1,46 Millionen Euro, das liegt vier Prozent unter der Kostenschätzung.
Maja Ohlsen: Gibt es Erfahrungen mit der Firma?
Sven Kröger: Ja, die hat bei uns die Feuerwache in Primerburg gebaut, das lief ordentlich.
Doris Lemke: Wer der Vergabe zustimmt? Gegenstimmen? Enthaltungen? Dann ist die Vergabe einstimmig beschlossen. Herr Timm, Sie können wieder kommen.
#CLOCK 19:16:00
Doris Lemke: Als Nächstes der Antrag der AfD-Fraktion, die Parkgebühren in der Innenstadt für die erste Stunde abzuschaffen. Herr Mentz.
Holger Mentz: Der Einzelhandel stirbt, und die Leute fahren nach Rostock ins Einkaufszentrum, wo das Parken umsonst ist. Die erste Stunde muss frei sein.
Peter Timm: Das haben wir 2022 schon einmal diskutiert. Die Brötchentaste gibt es längst, 30 Minuten kostenfrei.
Sven Kröger: Der Einnahmeausfall läge bei etwa 180.000 Euro jährlich, das ist im Haushalt nicht gedeckt.
Ulf Rehberg: Die CDU ist beim Thema offen, aber nicht ohne Deckungsvorschlag. So können wir nicht zustimmen.
Doris Lemke: Wer stimmt dem Antrag zu? Fünf. Wer ist dagegen? Zwanzig. Enthaltungen? Eine. Damit ist das abgelehnt.
Doris Lemke: Wir beenden den öffentlichen Teil. Ich bitte die Gäste und die Presse, den Saal zu verlassen, und beende den Stream.
#CLOCK 19:30:00
#NP
Doris Lemke: Ich stelle die Nichtöffentlichkeit her. Wir beraten den Antrag auf Stundung, Herr Kröger.
Sven Kröger: Die Firma Müritz-Metall Heidebrecht hat Gewerbesteuer von 96.400 Euro nicht gezahlt und beantragt Ratenzahlung über zwölf Monate. Wir empfehlen, dem zuzustimmen, mit einer Sicherungshypothek auf das Betriebsgrundstück.
Ulf Rehberg: Ist das Unternehmen denn noch zahlungsfähig?
Sven Kröger: Nach den Unterlagen ja, es ist ein Liquiditätsengpass wegen eines Kunden, der insolvent ist.
Doris Lemke: Wer der Stundung zustimmt? Gegenstimmen? Eine. Enthaltungen? Zwei. Die Stundung ist bei einer Gegenstimme und zwei Enthaltungen bewilligt.
#CLOCK 19:44:00
Doris Lemke: Und dann die Information über die Klage gegen den Abwasserbeitragsbescheid.
Sven Kröger: Das Verwaltungsgericht Schwerin hat die Klage der Eigentümergemeinschaft Bredow abgewiesen. Berufung ist nicht zugelassen. Damit bleibt es bei der Forderung von 52.000 Euro.
Doris Lemke: Das nimmt die Stadtvertretung zur Kenntnis. Ich bedanke mich für die Sitzung, die Sitzung ist geschlossen, kommen Sie gut nach Hause.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True, spoken=True),
    I("2", "Feststellung der Tagesordnung", True, spoken=False),
    I("3", "Einwohnerfragestunde", True, spoken=True),
    I("4", "Genehmigung der Niederschrift der Sitzung vom 24.09.2026", True, spoken=False, decisions=[
        D("Genehmigung der Niederschrift vom 24.09.2026", "genehmigt",
          "Damit ist die Niederschrift mit zwei Enthaltungen genehmigt.", votes=(None, 0, 2))]),
    I("5", "Nachbesetzung im Kulturausschuss", True, spoken=False, decisions=[
        D("Wahl von Katja Behnke in den Kulturausschuss", "gewählt",
          "Frau Behnke ist ohne Gegenstimmen bei vier Enthaltungen gewählt.", votes=(None, 0, 4))]),
    I("6", "Grundsatzbeschluss zur Sanierung der Badeanstalt am Inselsee", True, spoken=True, decisions=[
        D("Grundsatzbeschluss Sanierung Badeanstalt Inselsee", "angenommen",
          "Der Grundsatzbeschluss ist mit 17 Ja-Stimmen, 6 Nein-Stimmen und 3 Enthaltungen angenommen.", votes=(17, 6, 3))]),
    I("7", "Antrag der Fraktion Die Linke: Prüfauftrag kostenloses Schulessen an Grundschulen", True, spoken=False, unclear=True,
      note="unclear: the vote was taken, but the chair's microphone was off and no result was stated ('das klären wir mit dem Protokoll'); the outcome cannot be determined from the transcript"),
    I("8", "Vergabe der Rohbauarbeiten Kita Südstadt", True, spoken=True, bias=["Peter Timm"], decisions=[
        D("Vergabe Rohbauarbeiten Los 2 Kita Südstadt", "angenommen",
          "Dann ist die Vergabe einstimmig beschlossen.", unanimous=True,
          note="Timm (Mitwirkungsverbot) does not vote")],
      note="Mitwirkungsverbot § 24 KV M-V reported by the chair at the item"),
    I("9", "Antrag der AfD-Fraktion: Gebührenfreie erste Parkstunde in der Innenstadt", True, spoken=False, decisions=[
        D("Antrag der AfD-Fraktion zur gebührenfreien ersten Parkstunde", "abgelehnt",
          "Damit ist das abgelehnt.", votes=(5, 20, 1))]),
    I("10", "Antrag auf Stundung", False, spoken=False, decisions=[
        D("Stundung (Ratenzahlung) von Gewerbesteuer", "angenommen",
          "Die Stundung ist bei einer Gegenstimme und zwei Enthaltungen bewilligt.", votes=(None, 1, 2))]),
    I("11", "Information über ein Klageverfahren", False, spoken=False, decisions=[
        D("Information über das Urteil zum Abwasserbeitragsbescheid", "zur Kenntnis genommen",
          "Das nimmt die Stadtvertretung zur Kenntnis.")]),
]
LATE = []
EARLY = []
SECRETS = ["Müritz-Metall Heidebrecht", "96.400 Euro", "Eigentümergemeinschaft Bredow", "52.000 Euro"]
