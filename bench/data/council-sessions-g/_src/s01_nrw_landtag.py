from build import D, I
META = dict(id="nrw-landtag-plenum-2027-03", split="dev", land="NRW", body="Landtag (Plenarsitzung)",
    organization="Landtag Nordrhein-Westfalen", date="2027-03-10", start="10:00", end="18:37", endSource="spoken",
    chair="Dorothee Brambring", clerk=None, style="parliament", agenda="matching", slug="landtag-nrw/plenum",
    meetingName="112. Sitzung des Landtags Nordrhein-Westfalen (Plenarsitzung)", orgName="Landtag Nordrhein-Westfalen",
    plannedEnd="19:00",
    tags=["parliament", "joint-debate", "aktuelle-stunde", "first-reading-referral", "second-reading", "namentliche-abstimmung",
          "beschlussempfehlung", "aenderungsantrag", "entschliessungsantrag", "chair-change", "call-wordings", "open-election"],
    features=["Plenarsitzung Landtag NRW, Präsidentin eröffnet, Vizepräsident übernimmt ab TOP 5 (chair bleibt die Eröffnende)",
              "TOP 9 zu Beginn im Einvernehmen abgesetzt (kein Widerspruch)", "Aktuelle Stunde ohne Beschluss",
              "erste Lesung: Überweisung ohne Abstimmung ('Ich sehe keinen Widerspruch – dann ist so überwiesen')",
              "TOP 3 und 4 gemeinsam beraten, getrennt abgestimmt; Änderungsantrag, Gesetz in zweiter Lesung, Beschlussempfehlung (Ablehnung des Antrags) angenommen",
              "namentliche Abstimmung mit Zahlen (TOP 5)", "Antrag + Entschließungsantrag in direkter Abstimmung abgelehnt",
              "offene Nachwahl bei Enthaltung der AfD", "Überweisungsstreit: Zusatzantrag abgelehnt, dann einstimmig überwiesen",
              "Unterrichtung zur Kenntnis genommen", "Zwischenrufe als Unknown Speaker", "Abstimmungen nach Fraktionen mit Gedankenstrichen"])
VOICES = {"P": "Dorothee Brambring", "V": "Klaus Terhorst", "O": "Miriam Oberdiek", "H": "Hendrik Vosskamp",
          "A": "Leonie Asbeck", "K": "Torsten Kemper", "L": "Uwe Lindlar", "M": "Sabine Feldhaus-Brink", "?": "Unknown Speaker"}
T = """
P: Meine sehr geehrten Damen und Herren, liebe Kolleginnen und Kollegen, ich eröffne die 112. Sitzung des Landtags Nordrhein-Westfalen und heiße Sie herzlich willkommen.
P: Für die heutige Sitzung haben sich elf Abgeordnete entschuldigt; die Namen werden in das Protokoll aufgenommen.
P: Bevor wir in die Tagesordnung eintreten: Im Ältestenrat ist verabredet worden, den Tagesordnungspunkt 9, den Antrag der AfD zur Verwaltungssprache, heute abzusetzen. Erhebt sich dagegen Widerspruch? – Das ist nicht der Fall. Dann ist Tagesordnungspunkt 9 abgesetzt.
P: Ich rufe auf: Tagesordnungspunkt 1, Aktuelle Stunde auf Antrag der Fraktion der SPD zum Unterrichtsausfall an Grundschulen. Als Erste hat Frau Kollegin Oberdiek das Wort.
O: Frau Präsidentin! Meine Damen und Herren! An jeder dritten Grundschule im Land fällt in dieser Woche Unterricht aus, und die Ministerin verschickt Pressemitteilungen. Das reicht nicht.
?: Das stimmt doch gar nicht!
O: Doch, das stimmt, lesen Sie die Antwort auf unsere Kleine Anfrage. Wir brauchen eine Vertretungsreserve von mindestens zweitausend Stellen.
H: Frau Präsidentin, liebe Kolleginnen und Kollegen, die Landesregierung hat in zwei Jahren mehr Lehrkräfte eingestellt als Rot-Grün in fünf. Das gehört zur Wahrheit dazu.
K: Für die FDP will ich nur sagen: Wer die Seiteneinsteiger weiter mit Formularen quält, braucht sich über leere Klassenräume nicht zu wundern.
M: Frau Präsidentin, meine Damen und Herren, wir haben zum Halbjahr 1.140 Stellen zusätzlich besetzt, und das Programm Vertretung plus startet nach den Osterferien.
P: Vielen Dank, Frau Ministerin. Weitere Wortmeldungen liegen nicht vor. Damit ist die Aktuelle Stunde beendet.
@11:25
P: Wir kommen zu Punkt 2 der Tagesordnung: Gesetz zur Stärkung der Schulsozialarbeit, Gesetzentwurf der Landesregierung, Drucksache 18/14520, erste Lesung. Zur Einbringung hat Frau Ministerin Feldhaus-Brink das Wort.
M: Mit diesem Gesetz sichern wir die Schulsozialarbeit dauerhaft ab, statt sie Jahr für Jahr über Förderprogramme zu finanzieren. Ich bitte um konstruktive Beratungen im Ausschuss.
A: Für die Grünen begrüße ich ausdrücklich, dass die Stellen entfristet werden. Über die Verteilschlüssel reden wir im Ausschuss noch.
P: Danke. Weitere Wortmeldungen sehe ich nicht. Der Ältestenrat empfiehlt die Überweisung des Gesetzentwurfs Drucksache 18/14520 an den Ausschuss für Schule und Bildung – federführend – sowie an den Haushalts- und Finanzausschuss. Ich sehe keinen Widerspruch – dann ist so überwiesen.
@12:10
P: Ich rufe die Tagesordnungspunkte 3 und 4 auf, die, wie im Ältestenrat vereinbart, gemeinsam beraten werden: das Gesetz zur Änderung des Landesnaturschutzgesetzes in zweiter Lesung und den Antrag der FDP „Artenschutz mit Augenmaß“, jeweils mit Beschlussempfehlung des Umweltausschusses.
A: Frau Präsidentin, mit der Novelle schützen wir endlich die Streuobstwiesen und die Alleen im Land. Der Ausschuss hat das mit breiter Mehrheit empfohlen.
K: Und gleichzeitig verdoppeln Sie die Prüfpflichten für jede Feldscheune. Deshalb unser Änderungsantrag, Drucksache 18/14655, der die Bagatellgrenze wieder einführt.
L: Meine Damen und Herren, das Gesetz ist ein Bürokratiemonster, und der FDP-Antrag ist nur das Feigenblatt dazu.
?: Sie haben ihn doch gar nicht gelesen!
H: Wir haben im Ausschuss jeden Punkt der FDP geprüft. Die Bagatellgrenze kommt über die Verordnung, nicht ins Gesetz.
P: Vielen Dank. Damit schließe ich die Aussprache. Wir stimmen getrennt ab, zuerst zu Tagesordnungspunkt 3, und dort zunächst über den Änderungsantrag der Fraktion der FDP, Drucksache 18/14655.
P: Wer stimmt dem Änderungsantrag zu? – Die FDP. Wer stimmt dagegen? – CDU, SPD und Grüne. Wer enthält sich? – Die AfD. Damit ist der Änderungsantrag Drucksache 18/14655 abgelehnt.
P: Wir kommen zur Abstimmung über den Gesetzentwurf Drucksache 18/13877 selbst. Der Ausschuss empfiehlt, ihn unverändert anzunehmen. Wer der Beschlussempfehlung folgen möchte, den bitte ich um das Handzeichen. – CDU und Grüne. Gegenstimmen? – FDP und AfD. Enthaltungen? – Die SPD-Fraktion.
P: Damit ist die Beschlussempfehlung angenommen und der Gesetzentwurf Drucksache 18/13877 in zweiter Lesung verabschiedet.
P: Jetzt zu Tagesordnungspunkt 4. Der Ausschuss empfiehlt in Drucksache 18/14603, den Antrag der FDP abzulehnen. Wer dieser Beschlussempfehlung zustimmt, den bitte ich um das Handzeichen. – CDU, Grüne und SPD. Gegenstimmen? – FDP. Enthaltungen? – AfD.
P: Dann ist die Beschlussempfehlung so angenommen und der Antrag Drucksache 18/13102 abgelehnt.
@14:00
V: Meine Damen und Herren, ich habe den Vorsitz übernommen. Ich rufe auf Tagesordnungspunkt 5: Zweites Gesetz zur Änderung des Landesbesoldungsgesetzes, Drucksache 18/13990, Beschlussempfehlung des Haushalts- und Finanzausschusses, zweite Lesung.
O: Herr Präsident, die Erhöhung der Eingangsämter für Grundschullehrkräfte ist richtig, aber die Übergangsfrist bis 2031 ist eine Zumutung. Wir beantragen namentliche Abstimmung.
H: Das Land zahlt ab August mehr, und zwar Schritt für Schritt, weil wir solide haushalten. Das ist verantwortungsvoll.
L: Wir lehnen das ab, weil der Entwurf keinen Cent für die Polizei vorsieht.
V: Die Fraktion der SPD hat fristgerecht namentliche Abstimmung beantragt. Ich bitte die Schriftführerinnen, die Namen aufzurufen. Abgestimmt wird über die Beschlussempfehlung Drucksache 18/14610.
@14:45
V: Ich gebe das Ergebnis der namentlichen Abstimmung bekannt. Abgegeben wurden 181 Stimmen. Mit Ja haben 99 Abgeordnete gestimmt, mit Nein 78, enthalten haben sich 4. Damit ist der Gesetzentwurf Drucksache 18/13990 in zweiter Lesung angenommen.
?: Das war knapp!
V: Wir kommen zu: 6, Antrag der Fraktion der SPD „Sozialticket landesweit sichern“, Drucksache 18/14488, dazu ein Entschließungsantrag der AfD, Drucksache 18/14690. Die antragstellende Fraktion hat direkte Abstimmung beantragt.
O: Das Sozialticket ist für 400.000 Menschen im Land die einzige Möglichkeit, mobil zu bleiben. Die Kürzung um ein Drittel muss zurückgenommen werden.
A: Wir haben die Mittel im Haushalt gesichert, Frau Kollegin, das wissen Sie. Ihr Antrag rennt offene Türen ein.
L: Unser Entschließungsantrag sagt, was wirklich hilft: das Deutschlandticket abschaffen und das Geld den Kommunen geben.
V: Wir stimmen zuerst über den Antrag der SPD ab. Wer stimmt zu? – SPD. Gegenstimmen? – CDU, Grüne und FDP. Enthaltungen? – AfD. Damit ist der Antrag Drucksache 18/14488 abgelehnt.
V: Nun der Entschließungsantrag der AfD, Drucksache 18/14690. Wer stimmt zu? – Die AfD. Wer ist dagegen? – Alle übrigen Fraktionen. Damit ist auch der Entschließungsantrag abgelehnt.
@15:40
V: Punkt 7 der Tagesordnung: Nachwahl eines stellvertretenden Mitglieds des Parlamentarischen Kontrollgremiums. Die Fraktion der CDU schlägt Frau Abgeordnete Katrin Hellweg vor, Drucksache 18/14701. Eine Aussprache ist nicht vorgesehen.
V: Wir wählen offen per Handzeichen, wenn niemand widerspricht. – Wer dem Wahlvorschlag zustimmt, den bitte ich um das Handzeichen. – Das sind CDU, SPD, Grüne und FDP. Gegenstimmen? – Keine. Enthaltungen? – Bei der AfD.
V: Damit ist Frau Abgeordnete Hellweg bei Enthaltung der AfD gewählt. Herzlichen Glückwunsch!
@15:55
V: Tagesordnungspunkt 8: Gesetz über eine Landesbeauftragte für Heimatpflege, Gesetzentwurf der Fraktion der AfD, Drucksache 18/14455, erste Lesung.
L: Heimat braucht eine Stimme in der Landesregierung, nicht nur Sonntagsreden. Wir beantragen, den Entwurf auch an den Kulturausschuss zu überweisen.
H: Herr Präsident, der Entwurf schafft eine Behörde ohne Aufgabe. Wir überweisen ihn wie üblich, aber nur an den zuständigen Ausschuss.
V: Der Ältestenrat empfiehlt die Überweisung an den Ausschuss für Heimat und Kommunales. Die AfD beantragt zusätzlich die Mitberatung im Kulturausschuss. Darüber stimmen wir zuerst ab.
V: Wer der zusätzlichen Überweisung an den Kulturausschuss zustimmt? – AfD. Gegenstimmen? – CDU, SPD, Grüne und FDP. Dann hat dieser Antrag keine Mehrheit.
V: Wer der Überweisung an den Ausschuss für Heimat und Kommunales zustimmt, den bitte ich um das Handzeichen. – Das ist das ganze Haus. Das ist einstimmig, dann ist der Gesetzentwurf so überwiesen.
@17:50
V: Meine Damen und Herren, ich rufe jetzt noch auf: 10, die Unterrichtung durch die Landesregierung zum Landesbericht Digitalisierung der Verwaltung 2026, Drucksache 18/14380.
K: Die Zahl der digital verfügbaren Leistungen steigt, aber bei den Kommunen kommt davon wenig an. Der Bericht beschönigt.
A: Ich finde, der Bericht ist ehrlich, gerade bei den Verzögerungen beim Bauportal.
V: Weitere Wortmeldungen liegen nicht vor. Damit hat der Landtag die Unterrichtung Drucksache 18/14380 zur Kenntnis genommen.
@18:37
V: Wir sind am Ende unserer heutigen Tagesordnung. Das Plenum tagt morgen um 10 Uhr. Die Sitzung ist geschlossen, es ist 18:37 Uhr.
"""
ITEMS = [
    I("1", "Aktuelle Stunde auf Antrag der Fraktion der SPD: Unterrichtsausfall an Grundschulen – was tut die Landesregierung?",
      note="Aktuelle Stunde: debate only, no decision"),
    I("2", "Gesetz zur Stärkung der Schulsozialarbeit in Nordrhein-Westfalen, Gesetzentwurf der Landesregierung, Drucksache 18/14520, erste Lesung",
      decisions=[D("Überweisung an den Ausschuss für Schule und Bildung (federführend) und den Haushalts- und Finanzausschuss", "verwiesen",
                   "Ich sehe keinen Widerspruch – dann ist so überwiesen.", note="no vote taken; no objection, so unanimous stays false")]),
    I("3", "Gesetz zur Änderung des Landesnaturschutzgesetzes, Gesetzentwurf der Fraktionen der CDU und BÜNDNIS 90/DIE GRÜNEN, Drucksache 18/13877, Beschlussempfehlung Drucksache 18/14602, zweite Lesung",
      decisions=[D("Änderungsantrag der Fraktion der FDP, Drucksache 18/14655", "abgelehnt",
                   "Damit ist der Änderungsantrag Drucksache 18/14655 abgelehnt.", groups=(["FDP"], ["CDU", "SPD", "Grüne"], ["AfD"])),
                 D("Gesetzentwurf Drucksache 18/13877 gemäß Beschlussempfehlung (zweite Lesung)", "angenommen",
                   "Damit ist die Beschlussempfehlung angenommen und der Gesetzentwurf Drucksache 18/13877 in zweiter Lesung verabschiedet.",
                   groups=(["CDU", "Grüne"], ["FDP", "AfD"], ["SPD"]), note="groups stated in the previous cue")],
      note="joint debate with TOP 4, separate votes"),
    I("4", "Antrag der Fraktion der FDP: Artenschutz mit Augenmaß – Genehmigungsverfahren beschleunigen, Drucksache 18/13102, Beschlussempfehlung Drucksache 18/14603",
      decisions=[D("Beschlussempfehlung Drucksache 18/14603 (Ablehnung des Antrags Drucksache 18/13102)", "angenommen",
                   "Dann ist die Beschlussempfehlung so angenommen und der Antrag Drucksache 18/13102 abgelehnt.",
                   groups=(["CDU", "Grüne", "SPD"], ["FDP"], ["AfD"]),
                   note="the vote is on the committee's recommendation, which is adopted; the FDP motion is thereby rejected")],
      note="joint debate with TOP 3"),
    I("5", "Zweites Gesetz zur Änderung des Landesbesoldungsgesetzes, Gesetzentwurf der Landesregierung, Drucksache 18/13990, Beschlussempfehlung Drucksache 18/14610, zweite Lesung",
      decisions=[D("Gesetzentwurf Drucksache 18/13990 gemäß Beschlussempfehlung, namentliche Abstimmung", "angenommen",
                   "Mit Ja haben 99 Abgeordnete gestimmt, mit Nein 78, enthalten haben sich 4.", votes=(99, 78, 4),
                   note="namentliche Abstimmung, 181 Stimmen abgegeben; Vizepräsident Terhorst leads from TOP 5 on")]),
    I("6", "Antrag der Fraktion der SPD: Sozialticket landesweit sichern, Drucksache 18/14488, direkte Abstimmung",
      decisions=[D("Antrag der SPD, Drucksache 18/14488", "abgelehnt", "Damit ist der Antrag Drucksache 18/14488 abgelehnt.",
                   groups=(["SPD"], ["CDU", "Grüne", "FDP"], ["AfD"])),
                 D("Entschließungsantrag der AfD, Drucksache 18/14690", "abgelehnt", "Damit ist auch der Entschließungsantrag abgelehnt.",
                   groups=(["AfD"], ["CDU", "SPD", "Grüne", "FDP"], []), note="'Alle übrigen Fraktionen' = CDU, SPD, Grüne, FDP")]),
    I("7", "Nachwahl eines stellvertretenden Mitglieds des Parlamentarischen Kontrollgremiums, Wahlvorschlag der Fraktion der CDU, Drucksache 18/14701",
      decisions=[D("Wahl von Katrin Hellweg (CDU) zum stellvertretenden Mitglied", "gewählt",
                   "Damit ist Frau Abgeordnete Hellweg bei Enthaltung der AfD gewählt.", votes=(None, 0, None),
                   groups=(["CDU", "SPD", "Grüne", "FDP"], [], ["AfD"]), note="open election by show of hands; 'Gegenstimmen? – Keine.'")]),
    I("8", "Gesetz über die Errichtung einer Landesbeauftragten für Heimatpflege, Gesetzentwurf der Fraktion der AfD, Drucksache 18/14455, erste Lesung",
      decisions=[D("Antrag der AfD auf zusätzliche Überweisung an den Kulturausschuss", "abgelehnt", "Dann hat dieser Antrag keine Mehrheit.",
                   groups=(["AfD"], ["CDU", "SPD", "Grüne", "FDP"], [])),
                 D("Überweisung an den Ausschuss für Heimat und Kommunales", "verwiesen",
                   "Das ist einstimmig, dann ist der Gesetzentwurf so überwiesen.", unanimous=True)]),
    I("9", "Antrag der Fraktion der AfD: Gendersprache in Landesbehörden beenden, Drucksache 18/14120",
      decisions=[D("Absetzung von der Tagesordnung (Verabredung im Ältestenrat)", "abgesetzt", "Dann ist Tagesordnungspunkt 9 abgesetzt.",
                   note="no vote, no objection")],
      note="set down at the opening, before TOP 1 was called"),
    I("10", "Unterrichtung durch die Landesregierung: Landesbericht Digitalisierung der Verwaltung 2026, Drucksache 18/14380",
      decisions=[D("Unterrichtung Drucksache 18/14380", "zur Kenntnis genommen",
                   "Damit hat der Landtag die Unterrichtung Drucksache 18/14380 zur Kenntnis genommen.")]),
]
