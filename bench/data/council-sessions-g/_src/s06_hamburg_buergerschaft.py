from build import D, I
META = dict(id="hh-buergerschaft-plenum-2027-03", split="test", land="HH", body="Bürgerschaft (Plenarsitzung)",
    organization="Hamburgische Bürgerschaft", date="2027-03-03", start="13:30", end="21:12", endSource="spoken",
    chair="Annegret Lüders", clerk=None, style="parliament", agenda="matching", slug="hamburg-buergerschaft/plenum",
    meetingName="Sitzung der Hamburgischen Bürgerschaft (23. Wahlperiode, 41. Sitzung)", orgName="Hamburgische Bürgerschaft",
    plannedEnd="22:00",
    tags=["parliament", "aktuelle-stunde", "secret-election", "joint-debate", "two-readings", "senat-consent", "hammelsprung",
          "referral-rejected", "referral", "ziffernweise", "kenntnisnahme", "adjourned", "non-consecutive-numbers", "gegenprobe-style"],
    features=["Plenarsitzung Hamburgische Bürgerschaft, Präsidentin leitet; Hamburger Abstimmungsformel 'Wer möchte …? – Gegenprobe. – Enthaltungen?' ohne genannte Fraktionen",
              "Tagesordnungsnummern nicht fortlaufend (1, 3, 12, 13, 18, 27, 35, 41)",
              "Aktuelle Stunde ohne Beschluss; geheime Wahl einer Deputierten mit Stimmzetteln",
              "TOP 12 und 13 gemeinsam debattiert: Haushaltsbeschluss in erster und (nach Zustimmung des Senats) sofortiger zweiter Lesung; CDU-Überweisungsbegehren abgelehnt, Antrag nach Hammelsprung knapp abgelehnt",
              "Überweisung einstimmig; ziffernweise Abstimmung (Ziffer 1 angenommen, Rest abgelehnt)",
              "Kenntnisnahme einer Senatsmitteilung ('Wir stellen fest, dass die Bürgerschaft … Kenntnis genommen hat')",
              "TOP 41 im Einvernehmen vertagt; Zwischenrufe als Unknown Speaker"])
VOICES = {"P": "Annegret Lüders", "W": "Kai Wohlers", "T": "Mareike Thun", "A": "Sören Albrecht", "N": "Nele Dawidowski",
          "R": "Thorsten Riebe", "M": "Ulrike Marschner", "?": "Unknown Speaker"}
T = """
P: Meine Damen und Herren, die Sitzung ist eröffnet. Ich begrüße Sie alle sehr herzlich, auch die Schülerinnen und Schüler des Gymnasiums Othmarschen auf der Tribüne.
P: Bevor wir beginnen, eine Mitteilung: Die Fraktionen haben sich darauf verständigt, den Tagesordnungspunkt 41, den Antrag der AfD-Fraktion zur Videoüberwachung am Hansaplatz, auf unsere nächste Sitzung zu vertagen. Widerspruch sehe ich nicht. Dann ist Punkt 41 vertagt.
P: Wir kommen zur Aktuellen Stunde. Die SPD-Fraktion hat das Thema angemeldet: „Hafen im Wandel – gute Arbeit an der Elbe sichern“. Wird das Wort gewünscht? – Herr Wohlers, bitte.
W: Frau Präsidentin, meine Damen und Herren! 8.000 Menschen arbeiten direkt am Containerterminal, und jeder einzelne Arbeitsplatz zählt, wenn die Automatisierung kommt.
A: Die SPD redet seit zehn Jahren über den Hafen und die Ladung geht nach Rotterdam. Das ist die Wahrheit.
?: Ach, hören Sie doch auf!
N: Wer gute Arbeit will, muss die Leiharbeit im Hafen begrenzen, das steht in keinem Ihrer Papiere.
T: Die Grünen setzen auf Landstrom und Wasserstoff. Das sind die Arbeitsplätze der Zukunft, Herr Albrecht.
R: Mit Wasserstoff aus Chile wird hier kein einziger Container schneller umgeschlagen.
W: Herr Riebe, die Tarifpartner haben gestern einen Zukunftsvertrag unterschrieben, vielleicht lesen Sie den erst einmal.
?: Sehr richtig!
P: Die Redezeit für dieses Thema ist ausgeschöpft. Damit ist die Aktuelle Stunde beendet.
@15:05
P: Wir kommen zum Punkt 3 der Tagesordnung, Drucksache 23/1611: Wahl einer Deputierten der Behörde für Schule und Berufsbildung. Vorgeschlagen ist Frau Henrike Sommerfeld. Die Stimmzettel liegen Ihnen vor.
P: Ich bitte die Schriftführung, mit dem Einsammeln zu beginnen. – Sind alle Stimmzettel abgegeben? – Dann schließe ich die Wahlhandlung. Das Ergebnis wird ermittelt und ich gebe es im Laufe der Sitzung bekannt.
@15:15
P: Ich rufe die Tagesordnungspunkte 12 und 13 auf, die gemeinsam debattiert werden: den Bericht des Haushaltsausschusses über die Nachbewilligung von Mitteln für den Schulbau, Drucksache 23/1620, und den Antrag der CDU-Fraktion „Schulbauoffensive statt Containerklassen“, Drucksache 23/1655.
A: Frau Präsidentin! In Hamburg lernen inzwischen 6.400 Kinder in Containern. Die Nachbewilligung von 140 Millionen Euro ist ein Eingeständnis, dass der Senat zu spät geplant hat.
M: Frau Präsidentin, Herr Albrecht, wir bauen in diesem Jahr 31 Schulen neu oder um. Kein Bundesland baut pro Kopf mehr Schulen als Hamburg.
N: Und trotzdem fehlen im Bezirk Harburg zwölf Klassenräume zum August. Wir stimmen der Nachbewilligung zu, aber die Planung muss sich ändern.
R: Die AfD stimmt zu, aber wir fragen, warum die Kosten pro Schule um vierzig Prozent gestiegen sind.
T: Wegen der Baupreise, Herr Riebe. Die CDU will mit ihrem Antrag Geld ausgeben, das sie nirgends gegenfinanziert.
W: Die Containerklassen sind Übergangslösungen, Herr Albrecht, und sie sind besser als das, was Sie früher Pavillons genannt haben.
A: Wir beantragen, unseren Antrag an den Schulausschuss zu überweisen, dann können wir es dort in Ruhe beraten.
P: Weitere Wortmeldungen sehe ich nicht. Wir kommen zur Abstimmung, zunächst zum Bericht des Haushaltsausschusses aus Drucksache 23/1620. Wer möchte der Ausschussempfehlung folgen und das Haushaltsbeschlussgesetz in erster Lesung beschließen? – Gegenprobe. – Enthaltungen? – Das ist mit großer Mehrheit in erster Lesung so beschlossen.
P: Der Senat hat einer sofortigen zweiten Lesung zugestimmt. Gibt es Widerspruch aus dem Hause? – Den sehe ich nicht.
P: Wer möchte das soeben in erster Lesung beschlossene Gesetz auch in zweiter Lesung beschließen? – Gegenprobe. – Enthaltungen? – Das ist auch in zweiter Lesung und somit endgültig beschlossen.
P: Wir kommen zu Punkt 13. Die CDU-Fraktion möchte die Drucksache 23/1655 an den Schulausschuss überweisen. Wer möchte dem folgen? – Gegenprobe. – Enthaltungen? – Damit ist das Überweisungsbegehren abgelehnt.
P: Dann lasse ich in der Sache abstimmen. Wer möchte dem CDU-Antrag aus Drucksache 23/1655 seine Zustimmung geben? – Gegenprobe. – Enthaltungen?
P: Das Sitzungspräsidium ist sich über das Ergebnis nicht einig. Wir müssen die Stimmen auszählen. Ich bitte alle Abgeordneten, den Saal zu verlassen und durch die Abstimmungstüren wieder einzutreten.
?: Das ist ja wie im Bundestag!
@16:40
P: Ich gebe das Ergebnis der Auszählung bekannt. Für den Antrag haben 51 Abgeordnete gestimmt, dagegen 53, enthalten haben sich 4. Damit ist der CDU-Antrag abgelehnt.
?: Wo sind denn die Grünen heute?
P: Ich gebe außerdem das Ergebnis der Wahl zu Punkt 3 bekannt. Abgegeben wurden 108 Stimmzettel, davon war einer ungültig. Frau Sommerfeld erhielt 84 Ja-Stimmen, 17 Nein-Stimmen und 6 Enthaltungen. Damit ist Frau Sommerfeld gewählt.
@17:05
P: Punkt 18, Drucksache 23/1580, Senatsantrag: Gesetz zur Änderung des Hamburgischen Wegegesetzes. Die Fraktionen haben Überweisung an den Verkehrsausschuss beantragt, eine Debatte ist nicht angemeldet.
P: Wer möchte die Drucksache 23/1580 an den Verkehrsausschuss überweisen? – Gegenprobe. – Enthaltungen? – Das ist einstimmig so überwiesen.
@17:10
P: Wir kommen nun zu Punkt 27 der Tagesordnung, dem Antrag der Fraktion DIE LINKE „Mietenstopp bei der SAGA“, Drucksache 23/1690.
N: Die SAGA hat 2026 einen Überschuss von 220 Millionen Euro gemacht und gleichzeitig die Mieten erhöht. Wir wollen einen Mietenstopp für fünf Jahre.
W: Die SAGA hat die niedrigsten Mieten der Stadt, und sie baut jedes Jahr 2.000 Wohnungen. Ziffer 1, die Härtefallregelung, können wir mittragen, den Rest nicht.
A: Wir schließen uns an, Ziffer 1 ja, der Rest ist Planwirtschaft.
T: Die Grünen stimmen Ziffer 1 zu. Ein gesetzlicher Mietenstopp für ein öffentliches Unternehmen schadet dem Neubau.
R: Die AfD lehnt den Antrag insgesamt ab.
P: Die SPD-Fraktion hat ziffernweise Abstimmung beantragt. Wer möchte Ziffer 1 des Antrags der Fraktion DIE LINKE annehmen? – Gegenprobe. – Enthaltungen? – Dann ist Ziffer 1 mit großer Mehrheit angenommen.
P: Wer möchte den übrigen Ziffern 2 bis 4 zustimmen? – Gegenprobe. – Enthaltungen? – Die übrigen Ziffern sind mit Mehrheit abgelehnt.
@18:30
P: Punkt 35, Mitteilung des Senats: Bericht zur Umsetzung des Hamburger Klimaplans im Jahr 2026, Drucksache 23/1599. Die GRÜNE Fraktion hat eine Debatte angemeldet.
T: Der Bericht zeigt: Der Gebäudesektor hat sein Ziel erreicht, der Verkehr noch lange nicht. Da müssen wir nachlegen.
A: Sie erreichen die Ziele nur auf dem Papier, weil das Heizkraftwerk Wedel endlich vom Netz ist.
N: Klimaschutz darf die Mieten nicht treiben, sonst verlieren wir die Menschen.
R: Der Klimaplan kostet Milliarden und bringt für das Weltklima gar nichts.
W: Herr Riebe, die Hamburger Wirtschaft sieht das zum Glück völlig anders.
P: Weitere Wortmeldungen liegen nicht vor. Wir stellen fest, dass die Bürgerschaft von der Drucksache 23/1599 Kenntnis genommen hat.
@21:12
P: Meine Damen und Herren, wir sind am Ende unserer Tagesordnung. Ich wünsche Ihnen einen guten Abend. Die Sitzung ist um 21:12 Uhr geschlossen.
"""
ITEMS = [
    I("1", "Aktuelle Stunde", note="Aktuelle Stunde: debate only, no decision"),
    I("3", "Wahl einer oder eines Deputierten der Behörde für Schule und Berufsbildung (Drucksache 23/1611)",
      decisions=[D("Wahl von Henrike Sommerfeld (geheim, Stimmzettel)", "gewählt",
                   "Frau Sommerfeld erhielt 84 Ja-Stimmen, 17 Nein-Stimmen und 6 Enthaltungen.",
                   ballot={"Ja": 84, "Nein": 17, "Enthaltung": 6, "ungültig": 1},
                   note="108 Stimmzettel; the result was announced after the vote on TOP 13")],
      note="result announced after TOP 12 and 13 had been decided"),
    I("12", "Bericht des Haushaltsausschusses: Haushaltsplan 2027/2028, Nachbewilligung von Mitteln für den Schulbau (Drucksache 23/1620)",
      decisions=[D("Haushaltsbeschlussgesetz gemäß Ausschussempfehlung, erste Lesung", "angenommen",
                   "Das ist mit großer Mehrheit in erster Lesung so beschlossen."),
                 D("Haushaltsbeschlussgesetz, sofortige zweite Lesung (Senat hat zugestimmt)", "angenommen",
                   "Das ist auch in zweiter Lesung und somit endgültig beschlossen.")],
      note="joint debate with TOP 13"),
    I("13", "Antrag der CDU-Fraktion: Schulbauoffensive statt Containerklassen (Drucksache 23/1655)",
      decisions=[D("Überweisung an den Schulausschuss (Antrag der CDU)", "abgelehnt", "Damit ist das Überweisungsbegehren abgelehnt."),
                 D("Antrag Drucksache 23/1655 in der Sache (nach Auszählung)", "abgelehnt",
                   "Für den Antrag haben 51 Abgeordnete gestimmt, dagegen 53, enthalten haben sich 4.", votes=(51, 53, 4),
                   note="Präsidium uneinig, counted by Hammelsprung")],
      note="joint debate with TOP 12"),
    I("18", "Gesetz zur Änderung des Hamburgischen Wegegesetzes (Senatsantrag, Drucksache 23/1580)",
      decisions=[D("Überweisung an den Verkehrsausschuss", "verwiesen", "Das ist einstimmig so überwiesen.", unanimous=True)]),
    I("27", "Antrag der Fraktion DIE LINKE: Mietenstopp bei der SAGA (Drucksache 23/1690)",
      decisions=[D("Ziffer 1 (Härtefallregelung)", "angenommen", "Dann ist Ziffer 1 mit großer Mehrheit angenommen."),
                 D("Ziffern 2 bis 4", "abgelehnt", "Die übrigen Ziffern sind mit Mehrheit abgelehnt.")],
      note="ziffernweise Abstimmung on request of the SPD"),
    I("35", "Mitteilung des Senats: Bericht zur Umsetzung des Hamburger Klimaplans im Jahr 2026 (Drucksache 23/1599)",
      decisions=[D("Senatsmitteilung Drucksache 23/1599", "zur Kenntnis genommen",
                   "Wir stellen fest, dass die Bürgerschaft von der Drucksache 23/1599 Kenntnis genommen hat.")]),
    I("41", "Antrag der AfD-Fraktion: Videoüberwachung am Hansaplatz ausweiten (Drucksache 23/1710)",
      decisions=[D("Vertagung auf die nächste Sitzung (Verständigung der Fraktionen)", "vertagt", "Dann ist Punkt 41 vertagt.",
                   note="no vote, no objection")],
      note="adjourned at the opening, before TOP 1 was called"),
]
