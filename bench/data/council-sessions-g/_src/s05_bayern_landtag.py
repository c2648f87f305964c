from build import D, I
META = dict(id="by-landtag-plenum-2027-03", split="dev", land="BY", body="Landtag (Plenarsitzung)",
    organization="Bayerischer Landtag", date="2027-03-18", start="09:00", end="17:46", endSource="spoken",
    chair="Monika Staudinger", clerk=None, style="parliament", agenda="matching", slug="bayern-landtag/plenum",
    meetingName="Plenarsitzung des Bayerischen Landtags (19. Wahlperiode, 88. Sitzung)", orgName="Bayerischer Landtag",
    plannedEnd="19:00",
    tags=["parliament", "first-reading-referral", "second-reading", "schlussabstimmung", "secret-election", "namentliche-abstimmung",
          "joint-debate", "dringlichkeitsantrag", "listenverfahren", "referred-at-end", "vertagung-rejected", "entgegen-ausschussvotum"],
    features=["Plenarsitzung Bayerischer Landtag, Präsidentin leitet durchgehend; Enthaltungen gibt es im Landtag (die BayGO-Regel ohne Enthaltung gilt nur kommunal)",
              "erste Lesung: 'Besteht damit Einverständnis? – Dann ist so beschlossen' (Überweisung ohne Abstimmung)",
              "zweite Lesung mit Änderungsantrag, Abstimmung über den Entwurf und sofortige Schlussabstimmung in einfacher Form (Erheben vom Platz)",
              "geheime Wahl eines Mitglieds des Verfassungsgerichtshofs mit Ja/Nein/Enthaltung/ungültig",
              "Dringlichkeitsanträge gemeinsam beraten, einer in namentlicher Abstimmung abgelehnt, einer nach Fraktionen angenommen",
              "Listenverfahren (§ 59 Abs. 7 GeschO): Übernahme der Ausschussvoten einstimmig",
              "Vertagungsantrag abgelehnt, dann Antrag 'entgegen dem Ausschussvotum' abgelehnt",
              "nicht behandelter Dringlichkeitsantrag am Ende in den Ausschuss verwiesen (TOP 7 nie aufgerufen)"])
VOICES = {"P": "Monika Staudinger", "W": "Florian Wimmer", "L": "Johanna Lechner", "O": "Katharina Obermeier", "H": "Ruth Heckl",
          "Z": "Ralf Zeilinger", "S": "Bernhard Strobl", "?": "Unknown Speaker"}
T = """
P: Guten Morgen, liebe Kolleginnen und Kollegen, ich eröffne die 88. Vollsitzung des Bayerischen Landtags. Presse, Funk und Fernsehen haben um Aufnahmegenehmigung gebeten; die Genehmigung wurde erteilt.
P: Ich rufe den Tagesordnungspunkt 1 auf: Gesetzentwurf der Staatsregierung zur Änderung des Bayerischen Feuerwehrgesetzes, Drucksache 19/8812, Erste Lesung. Der Gesetzentwurf wird vom Staatsminister des Innern begründet.
S: Frau Präsidentin, Hohes Haus, mit der Novelle erhöhen wir die Altersgrenze im aktiven Dienst auf 67 Jahre und erleichtern den Quereinstieg in die Kinderfeuerwehr.
H: Das ist alles richtig, aber die Kommunen bleiben auf den Kosten für die Fahrzeuge sitzen. Darüber reden wir im Ausschuss.
O: Wir unterstützen die Kinderfeuerwehr ausdrücklich. Die Freistellung durch die Arbeitgeber ist aber nach wie vor nicht gelöst.
Z: Die Feuerwehr braucht keine neuen Paragrafen, sie braucht Geld für Gerätehäuser.
L: Herr Kollege, genau dafür haben wir die Förderrichtlinie im letzten Jahr verdoppelt.
P: Die Aussprache ist geschlossen. Im Einvernehmen mit dem Ältestenrat schlage ich vor, den Gesetzentwurf dem Ausschuss für Kommunale Fragen, Innere Sicherheit und Sport als federführendem Ausschuss zu überweisen. Besteht damit Einverständnis? – Dann ist so beschlossen.
@09:40
P: Wir kommen zu Tagesordnungspunkt 2: Gesetzentwurf der Fraktionen CSU und FREIE WÄHLER zur Änderung des Bayerischen Straßen- und Wegegesetzes, Drucksache 19/8120, Zweite Lesung. Hierzu liegt ein Änderungsantrag der SPD-Fraktion auf Drucksache 19/8590 vor.
L: Frau Präsidentin, wir geben den Gemeinden endlich die Möglichkeit, Feldwege selbst zu widmen, ohne jedes Mal die Regierung zu fragen.
H: Unser Änderungsantrag will, dass die Radwege gleich mit geregelt werden. Das haben Sie im Ausschuss abgelehnt, warum eigentlich?
W: Weil das ins Radgesetz gehört, Frau Kollegin, das wissen Sie genau.
P: Herr Kollege Wimmer, gestatten Sie eine Zwischenfrage der Kollegin Obermeier? – Bitte.
O: Herr Kollege, wann genau legt die Staatsregierung denn den Entwurf zum Radgesetz vor?
W: Noch vor der Sommerpause, Frau Kollegin, das hat der Minister im Ausschuss zugesagt.
?: Das Radgesetz gibt's doch gar nicht!
P: Die Aussprache ist geschlossen. Wir kommen zur Abstimmung. Der federführende Ausschuss empfiehlt die Ablehnung des Änderungsantrags. Wer dem Änderungsantrag der SPD auf Drucksache 19/8590 zustimmen will, den bitte ich um das Handzeichen. – SPD und GRÜNE. Gegenstimmen? – CSU, FREIE WÄHLER und AfD. Stimmenthaltungen? – Keine. Damit ist der Änderungsantrag abgelehnt.
P: Der Abstimmung über den Gesetzentwurf liegt die Beschlussempfehlung des Verkehrsausschusses zugrunde, der Zustimmung empfiehlt. Wer dem Gesetzentwurf zustimmen will – CSU, FREIE WÄHLER und AfD. Gegenstimmen? – Keine. Stimmenthaltungen? – SPD und GRÜNE. Dann ist es so beschlossen.
P: Da ein Antrag auf Dritte Lesung nicht gestellt wurde, führen wir gemäß § 56 der Geschäftsordnung sofort die Schlussabstimmung durch. Ich schlage vor, sie in einfacher Form durchzuführen. Widerspruch erhebt sich nicht.
P: Wer dem Gesetzentwurf seine Zustimmung geben will, den bitte ich, sich vom Platz zu erheben. – Das sind die Fraktionen CSU, FREIE WÄHLER und AfD. Gegenstimmen bitte ich auf die gleiche Weise anzuzeigen. – Keine. Stimmenthaltungen? – SPD und GRÜNE.
P: Das Gesetz ist damit angenommen. Es hat den Titel: „Gesetz zur Änderung des Bayerischen Straßen- und Wegegesetzes“.
@10:35
P: Ich rufe Tagesordnungspunkt 3 auf: Wahl eines berufsrichterlichen Mitglieds des Bayerischen Verfassungsgerichtshofs. Vorgeschlagen ist Frau Vorsitzende Richterin am Oberlandesgericht Dr. Elisabeth Kronawitter. Die Wahl ist geheim, die Urnen stehen an den Ausgängen.
P: Für die Stimmabgabe stehen fünf Minuten zur Verfügung. Der Wahlgang ist eröffnet.
@10:42
P: Die Stimmabgabe ist abgeschlossen, die Auszählung erfolgt außerhalb des Plenarsaals. Wir fahren in der Tagesordnung fort.
P: Ich rufe die Tagesordnungspunkte 4 und 5 zur gemeinsamen Beratung auf: den Dringlichkeitsantrag der Fraktion BÜNDNIS 90/DIE GRÜNEN „Hitzeschutz an Schulen jetzt“, Drucksache 19/9001, und den Dringlichkeitsantrag der Fraktionen CSU und FREIE WÄHLER „Hitzeschutz mit Augenmaß“, Drucksache 19/9012.
O: Frau Präsidentin, letzten Juni hatten wir in Würzburg 34 Grad im Klassenzimmer. Wir wollen ein Förderprogramm von 200 Millionen Euro für Verschattung und Lüftung.
W: Wir wollen das Gleiche, aber über den kommunalen Finanzausgleich, damit die Sachaufwandsträger selbst entscheiden.
H: Die SPD unterstützt den Antrag der GRÜNEN. Der Antrag der Regierungsfraktionen ist ein Prüfauftrag ohne einen einzigen Euro.
L: Frau Kollegin Heckl, wir haben die Sachaufwandsträger gefragt, und die wollen keine neuen Förderbürokratien.
Z: Die Schulen brauchen keine Klimaanlagen, sondern Hitzefrei wie früher.
?: Ach du lieber Gott!
O: Wir beantragen für unseren Antrag namentliche Abstimmung.
@11:20
P: Bevor wir abstimmen, gebe ich das Ergebnis der Wahl zu Tagesordnungspunkt 3 bekannt. Abgegeben wurden 178 Stimmen. Ungültig waren 2 Stimmen. Mit Ja haben 121 Abgeordnete gestimmt, mit Nein 44, der Stimme enthalten haben sich 11.
P: Damit hat Frau Dr. Kronawitter die erforderliche Mehrheit erreicht und ist zum berufsrichterlichen Mitglied des Verfassungsgerichtshofs gewählt.
P: Wir kommen zur Abstimmung über die Dringlichkeitsanträge. Zunächst der Antrag der GRÜNEN auf Drucksache 19/9001 in namentlicher Form. Die Urnen sind bereitgestellt, fünf Minuten.
@11:32
P: Die Stimmabgabe ist geschlossen. Wir stimmen in der Zwischenzeit über den Dringlichkeitsantrag von CSU und FREIEN WÄHLERN auf Drucksache 19/9012 ab. Wer dem zustimmen will – CSU und FREIE WÄHLER. Gegenstimmen? – AfD. Enthaltungen? – GRÜNE und SPD. Dann ist dieser Dringlichkeitsantrag angenommen.
@11:50
P: Ich gebe das Ergebnis der namentlichen Abstimmung zum Dringlichkeitsantrag der GRÜNEN bekannt: Mit Ja haben 58 Abgeordnete gestimmt, mit Nein 104, Stimmenthaltungen 2. Damit ist der Dringlichkeitsantrag abgelehnt.
@14:05
P: Ich rufe Tagesordnungspunkt 6 auf: Abstimmung über Anträge, die gemäß § 59 Absatz 7 der Geschäftsordnung nicht einzeln beraten werden. Die Liste mit den Voten der Ausschüsse liegt Ihnen vor.
P: Wer mit der Übernahme seines Abstimmungsverhaltens beziehungsweise des jeweiligen Abstimmungsverhaltens seiner Fraktion entsprechend der aktuellen Liste einverstanden ist, den bitte ich um das Handzeichen. – Gegenstimmen? – Stimmenthaltungen? – Keine.
P: Das ist einstimmig. Damit übernimmt der Landtag diese Voten.
@14:15
P: Wir kommen zu Tagesordnungspunkt 8, Antrag der Abgeordneten Ralf Zeilinger und andere und Fraktion AfD „Wolfsbestand regulieren – Weidetierhaltung retten“, Drucksache 19/7710, mit Beschlussempfehlung des Umweltausschusses.
Z: Frau Präsidentin, bevor wir debattieren: Wir beantragen, den Punkt zu vertagen, weil die neuen Rissstatistiken des Landesamts erst nächste Woche kommen.
P: Über den Vertagungsantrag lasse ich sofort abstimmen. Wer der Vertagung zustimmen will – Das ist die AfD-Fraktion. Gegenstimmen? – CSU, FREIE WÄHLER, GRÜNE und SPD. Damit ist die Vertagung abgelehnt.
W: Die Staatsregierung hat die Wolfsverordnung längst erlassen, der Antrag ist überholt.
O: Und er ist fachlich falsch, das hat der Ausschuss einstimmig bei Enthaltung der AfD so festgestellt.
H: Die Weidetierhalter brauchen Herdenschutz und schnelle Entschädigung, keine Schlagzeilen.
Z: Sagen Sie das mal den Schäfern in der Rhön!
P: Der federführende Ausschuss empfiehlt die Ablehnung. Wer entgegen dem Ausschussvotum dem Antrag zustimmen will, den bitte ich um das Handzeichen. – AfD. Gegenstimmen? – CSU, FREIE WÄHLER, GRÜNE und SPD. Stimmenthaltungen? – Keine. Damit ist der Antrag abgelehnt.
@17:45
P: Liebe Kolleginnen und Kollegen, die Dringlichkeitsanträge, die heute nicht mehr aufgerufen werden konnten, darunter der Antrag der SPD-Fraktion auf Drucksache 19/9015 zur Schulbausanierung, werden in die zuständigen federführenden Ausschüsse verwiesen.
P: Damit sind wir am Ende der Tagesordnung. Ich schließe die Sitzung um 17:46 Uhr und wünsche Ihnen einen guten Heimweg.
"""
ITEMS = [
    I("1", "Gesetzentwurf der Staatsregierung zur Änderung des Bayerischen Feuerwehrgesetzes (Drs. 19/8812) – Erste Lesung",
      decisions=[D("Überweisung an den Ausschuss für Kommunale Fragen, Innere Sicherheit und Sport (federführend)", "verwiesen",
                   "Besteht damit Einverständnis? – Dann ist so beschlossen.", note="no vote; Einverständnis, so unanimous stays false")]),
    I("2", "Gesetzentwurf der Fraktionen CSU und FREIE WÄHLER zur Änderung des Bayerischen Straßen- und Wegegesetzes (Drs. 19/8120) – Zweite Lesung",
      decisions=[D("Änderungsantrag der SPD (Drs. 19/8590)", "abgelehnt", "Stimmenthaltungen? – Keine. Damit ist der Änderungsantrag abgelehnt.",
                   votes=(None, None, 0), groups=(["SPD", "Grüne"], ["CSU", "Freie Wähler", "AfD"], [])),
                 D("Gesetzentwurf gemäß Beschlussempfehlung (Zweite Lesung)", "angenommen", "Stimmenthaltungen? – SPD und GRÜNE. Dann ist es so beschlossen.",
                   votes=(None, 0, None), groups=(["CSU", "Freie Wähler", "AfD"], [], ["SPD", "Grüne"])),
                 D("Schlussabstimmung (einfache Form)", "angenommen", "Das Gesetz ist damit angenommen.",
                   votes=(None, 0, None), groups=(["CSU", "Freie Wähler", "AfD"], [], ["SPD", "Grüne"]),
                   note="groups stated in the previous cue; no Dritte Lesung requested")]),
    I("3", "Wahl eines berufsrichterlichen Mitglieds des Bayerischen Verfassungsgerichtshofs",
      decisions=[D("Wahl von Dr. Elisabeth Kronawitter (geheim)", "gewählt",
                   "Mit Ja haben 121 Abgeordnete gestimmt, mit Nein 44, der Stimme enthalten haben sich 11.",
                   ballot={"Ja": 121, "Nein": 44, "Enthaltung": 11, "ungültig": 2},
                   note="178 Stimmen abgegeben; result announced only after the joint debate of TOP 4/5 began")],
      note="result announced after the debate of TOP 4 and 5 had started"),
    I("4", "Dringlichkeitsantrag der Fraktion BÜNDNIS 90/DIE GRÜNEN: Hitzeschutz an Schulen jetzt (Drs. 19/9001)",
      decisions=[D("Dringlichkeitsantrag Drs. 19/9001 (namentliche Abstimmung)", "abgelehnt",
                   "Mit Ja haben 58 Abgeordnete gestimmt, mit Nein 104, Stimmenthaltungen 2.", votes=(58, 104, 2))],
      note="joint debate with TOP 5; the result of the roll-call vote was announced after TOP 5 was voted on"),
    I("5", "Dringlichkeitsantrag der Fraktionen CSU und FREIE WÄHLER: Hitzeschutz mit Augenmaß (Drs. 19/9012)",
      decisions=[D("Dringlichkeitsantrag Drs. 19/9012", "angenommen", "Dann ist dieser Dringlichkeitsantrag angenommen.",
                   groups=(["CSU", "Freie Wähler"], ["AfD"], ["Grüne", "SPD"]))],
      note="voted before the result of TOP 4 was announced"),
    I("6", "Abstimmung über Anträge, die gemäß § 59 Abs. 7 der Geschäftsordnung nicht einzeln beraten werden",
      decisions=[D("Übernahme der Ausschussvoten gemäß Liste", "angenommen", "Das ist einstimmig. Damit übernimmt der Landtag diese Voten.",
                   unanimous=True)]),
    I("7", "Dringlichkeitsantrag der SPD-Fraktion: Sanierungsprogramm Schulgebäude (Drs. 19/9015)",
      decisions=[D("Verweisung des nicht behandelten Dringlichkeitsantrags in den federführenden Ausschuss", "verwiesen",
                   "werden in die zuständigen federführenden Ausschüsse verwiesen.", note="no vote; never called")],
      note="never called; referred at the end of the sitting, after TOP 8"),
    I("8", "Antrag der Abgeordneten Ralf Zeilinger u. a. und Fraktion (AfD): Wolfsbestand regulieren – Weidetierhaltung retten (Drs. 19/7710)",
      decisions=[D("Antrag der AfD auf Vertagung", "abgelehnt", "Damit ist die Vertagung abgelehnt.",
                   groups=(["AfD"], ["CSU", "Freie Wähler", "Grüne", "SPD"], [])),
                 D("Antrag Drs. 19/7710 (Abstimmung entgegen dem Ausschussvotum)", "abgelehnt",
                   "Stimmenthaltungen? – Keine. Damit ist der Antrag abgelehnt.", votes=(None, None, 0),
                   groups=(["AfD"], ["CSU", "Freie Wähler", "Grüne", "SPD"], []))]),
]
