from build import D, I
META = dict(id="bb-lk-oberhavel-kreistag-2027-02", split="dev", land="BB", body="Kreistag",
    organization="Landkreis Oberhavel", date="2027-02-15", start="17:00", end="20:58", endSource="spoken",
    chair="Gabriele Wendt", clerk="Yvonne Schulze", style="municipal", agenda="matching", slug="oberhavel/kreistag",
    meetingName="14. Sitzung des Kreistages Oberhavel", orgName="Kreistag Oberhavel", plannedEnd="21:00",
    early=[("Rüdiger Stahnke", "6.1")],
    tags=["municipal", "electronic-vote", "online-vote", "bias-early", "bias-at-item", "secret-election", "repeated-vote",
          "withdrawn", "referral", "adjourned", "sub-items", "nonpublic-matching", "room-device"],
    features=["Kreistag (Brandenburg), Kreistagsvorsitzende leitet, Landrat stimmt mit; elektronische Abstimmungsanlage, Ergebnisse vorgelesen",
              "Online-Mitglied wird jeweils nach ihrer Stimme gefragt und zum Anlagenergebnis addiert",
              "Mitwirkungsverbot § 22 BbgKVerf früh unter TOP 1 für TOP 6.2 angezeigt; eine weitere Erklärung am TOP 10 (nichtöffentlich)",
              "geheime Wahl mit Stimmzetteln (Online-Mitglied nimmt nicht teil), Stimmen je Kandidat, Enthaltung, ungültig",
              "Änderungsantrag abgelehnt, dann Haushaltssatzung angenommen (Zahlen)",
              "TOP 6.2: erstes Ergebnis zurückgenommen (Terminal des befangenen Mitglieds hatte mitgestimmt), Abstimmung wiederholt",
              "Verweisung in den Sozialausschuss, zurückgezogener Antrag, Vertagung im nichtöffentlichen Teil",
              "Raumgerät im Anwesenheitsbericht, früher Weggang (TOP 6.1)"])
VOICES = {"W": "Gabriele Wendt", "L": "Jens Pätzold", "K": "Andreas Kühn", "M": "Sandra Milde", "H": "Dirk Haacke",
          "B": "Paula Brenner", "LI": "Marco Lindemann", "R": "Heike Rosenow", "S": "Rüdiger Stahnke", "KU": "Ines Kühnast",
          "O": "Birgit Odoj", "?": "Unknown Speaker"}
T = """
W: Sehr geehrte Kreistagsabgeordnete, sehr geehrter Herr Landrat, meine Damen und Herren, ich eröffne die 14. Sitzung des Kreistages Oberhavel.
W: Die Einladung ist form- und fristgerecht ergangen. Anwesend sind 49 Abgeordnete im Saal und Frau Kühnast online, zusammen mit dem Landrat 50 von 57 Stimmberechtigten. Wir sind beschlussfähig.
W: Herr Lindemann hat mir vorab schriftlich mitgeteilt, dass er bei Tagesordnungspunkt 6.2, der Sporthalle in Hennigsdorf, nach § 22 der Kommunalverfassung einem Mitwirkungsverbot unterliegt. Das nehmen wir so zu Protokoll.
LI: Das ist richtig, mein Arbeitgeber hat sich um den Auftrag beworben.
W: Danke. Zur Niederschrift vom 7. Dezember gab es keine Einwendungen. Ich bitte um Abstimmung über die Billigung, die Anlage ist freigeschaltet.
W: Frau Kühnast, Sie sind online, wie stimmen Sie?
KU: Ich stimme mit Ja.
W: Danke. Das Ergebnis der Anlage: 43 Ja, keine Nein-Stimmen, 6 Enthaltungen, mit Frau Kühnast also 44 Ja. Damit ist die Niederschrift gebilligt.
W: Wir kommen zur Einwohnerfragestunde. Bitte, am Saalmikrofon.
?: Guten Abend, Lehmann aus Zehdenick. Warum fährt der Bus 803 seit Januar am Wochenende nur noch alle zwei Stunden?
L: Das liegt am Fahrermangel bei der Verkehrsgesellschaft. Wir erwarten ab April wieder den Stundentakt, ich lasse Ihnen das schriftlich zukommen.
W: Weitere Fragen gibt es nicht. Tagesordnungspunkt 4, Wahl einer stellvertretenden Vorsitzenden oder eines stellvertretenden Vorsitzenden des Kreistages. Vorgeschlagen sind Frau Milde und Herr Haacke.
H: Wir widersprechen der offenen Wahl und beantragen geheime Wahl.
W: Dann wählen wir geheim mit Stimmzetteln. Frau Kühnast, online ist eine geheime Stimmabgabe leider nicht möglich, Sie können an diesem Wahlgang nicht teilnehmen.
KU: Verstanden, das ist schade, aber okay.
@17:48
W: Ich gebe das Wahlergebnis bekannt. Abgegeben wurden 49 Stimmzettel. Auf Frau Milde entfielen 30 Stimmen, auf Herrn Haacke 12 Stimmen, 5 Enthaltungen, 2 Stimmzettel waren ungültig.
W: Frau Milde hat die erforderliche Mehrheit erreicht. Nehmen Sie die Wahl an?
M: Ja, ich nehme die Wahl an und bedanke mich für das Vertrauen.
W: Herzlichen Glückwunsch. Tagesordnungspunkt 5, Haushaltssatzung 2027/2028. Frau Odoj, bitte ganz kurz.
O: Der Doppelhaushalt hat im Ergebnishaushalt ein Defizit von 18,6 Millionen Euro im ersten Jahr, das wir aus der Rücklage decken. Die Kreisumlage bleibt bei 41,5 Prozent.
B: Wir beantragen, im Radwegeprogramm 1,2 Millionen Euro zusätzlich einzustellen, gegenfinanziert aus der Rücklage.
K: Die Rücklage ist dann 2029 leer. Die CDU lehnt das ab.
W: Wir stimmen über den Änderungsantrag der Grünen ab. Frau Kühnast?
KU: Ja.
W: Das Ergebnis: 13 Ja, 33 Nein, 3 Enthaltungen, mit Frau Kühnast 14 Ja. Der Änderungsantrag ist abgelehnt.
W: Jetzt die Haushaltssatzung in der vorgelegten Fassung. Anlage läuft. Frau Kühnast?
KU: Hier auch Ja.
W: Das Ergebnis: 30 Ja, 16 Nein, 3 Enthaltungen, mit Frau Kühnast 31 Ja. Damit ist die Haushaltssatzung 2027/2028 beschlossen.
@19:05
S: Frau Vorsitzende, ich muss mich leider verabschieden, ich habe morgen früh Frühschicht.
W: Gute Heimfahrt, Herr Stahnke. Wir sind jetzt 49. Wir kommen zu den Vergaben, 6.1, Schülerbeförderung Los 3 Gransee.
L: Wirtschaftlichstes Angebot ist das der Firma Nordbahn Reisen aus Löwenberg, der Vergabeausschuss hat das geprüft.
W: Abstimmung, bitte. Frau Kühnast?
KU: Ja.
W: Das Ergebnis: 48 Ja, keine Nein, keine Enthaltungen, mit Frau Kühnast 49 Ja. Einstimmig so beschlossen.
W: 6.2, Sanierung der Sporthalle am Oberstufenzentrum Hennigsdorf. Herr Lindemann, Sie gehen bitte in den Zuschauerbereich und melden sich an der Anlage ab.
LI: Bin schon unterwegs.
W: Die Abstimmung ist eröffnet. Frau Kühnast?
KU: Ich stimme mit Nein.
W: Das Ergebnis: 27 Ja, 19 Nein, 2 Enthaltungen, mit Frau Kühnast 20 Nein. Damit ist –
K: Moment, Frau Vorsitzende, das sind 49 Stimmen, wir sind ohne Herrn Lindemann aber nur 48.
W: Sie haben recht, sein Platz war noch angemeldet. Ich nehme die Feststellung des Ergebnisses zurück, wir wiederholen die Abstimmung. Platz 31 ist jetzt gesperrt.
W: Zweiter Durchgang. Frau Kühnast, wieder Nein?
KU: Ja, Nein.
W: Das Ergebnis der Wiederholung: 26 Ja, 19 Nein, 2 Enthaltungen, mit Frau Kühnast 20 Nein. Damit ist die Vergabe an die Firma Bauwerk Havel beschlossen. Herr Lindemann kann wieder Platz nehmen.
@19:50
W: Tagesordnungspunkt 7, Antrag der Fraktion Die Linke, kreisweites Sozialticket. Frau Rosenow.
R: Wir wollen, dass Menschen mit Sozialleistungen im ganzen Kreis für neun Euro im Monat Bus fahren können.
K: Das kostet nach unserer Schätzung über 800.000 Euro im Jahr. Wir beantragen Verweisung in den Ausschuss für Soziales und Gesundheit.
W: Wir stimmen zuerst über die Verweisung ab. Frau Kühnast?
KU: Ja, Verweisung.
W: Das Ergebnis: 37 Ja, 8 Nein, 3 Enthaltungen, mit Frau Kühnast 38 Ja. Der Antrag ist in den Sozialausschuss verwiesen.
W: Tagesordnungspunkt 8, Antrag der Fraktion Freie Wähler zum Rufbus im Amt Gransee. Herr Stahnke ist gegangen, wer spricht?
K: Ich bin gebeten worden auszurichten: Die Freien Wähler ziehen den Antrag zurück, der Landrat hat den Rufbus für den Sommerfahrplan ja schon zugesagt.
W: Dann ist der Antrag zurückgezogen. Tagesordnungspunkt 9, Informationen des Landrates.
L: Kurz: Der Breitbandausbau im Norden ist zu 84 Prozent fertig, und die Rettungswache Fürstenberg geht im Mai in Betrieb.
W: Danke. Damit beende ich den öffentlichen Teil. Ich bitte die Gäste, den Saal zu verlassen, der Livestream wird beendet.
#NP
W: Wir sind nichtöffentlich. Tagesordnungspunkt 10, Verkauf einer Teilfläche im Gewerbegebiet Velten-Süd.
R: Ich muss hier Befangenheit anzeigen, mein Bruder ist Gesellschafter beim Käufer. Ich verlasse den Raum.
L: Die Havelländische Logistikpark GmbH bietet für Flur 7, Flurstück 212/3 insgesamt 1,84 Millionen Euro, das liegt über dem Verkehrswert.
W: Abstimmung. Frau Kühnast?
KU: Ja.
W: Das Ergebnis: 39 Ja, 5 Nein, 3 Enthaltungen, mit Frau Kühnast 40 Ja. Dem Verkauf ist zugestimmt. Frau Rosenow kann zurückkommen.
W: Tagesordnungspunkt 11, Stundungsantrag eines Unternehmens. Die CDU hat Vertagung beantragt, weil die Unterlagen zur Bonität der Kranbau Teschendorf KG erst heute kamen.
W: Wer der Vertagung zustimmt? Frau Kühnast?
KU: Ja.
W: Das Ergebnis: 44 Ja, 2 Nein, 2 Enthaltungen, mit Frau Kühnast 45 Ja. Der Punkt ist vertagt.
@20:58
W: Damit sind wir am Ende. Ich danke Ihnen und schließe die Sitzung um 20:58 Uhr.
"""
ITEMS = [
    I("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung, der Anwesenheit und der Beschlussfähigkeit"),
    I("2", "Billigung der Niederschrift der Sitzung vom 07.12.2026",
      decisions=[D("Niederschrift vom 07.12.2026", "genehmigt", "Das Ergebnis der Anlage: 43 Ja, keine Nein-Stimmen, 6 Enthaltungen, mit Frau Kühnast also 44 Ja.",
                   votes=(44, 0, 6), note="'gebilligt' = genehmigt; online member added to the device count")]),
    I("3", "Einwohnerfragestunde"),
    I("4", "Wahl einer stellvertretenden Vorsitzenden oder eines stellvertretenden Vorsitzenden des Kreistages",
      decisions=[D("Wahl der stellvertretenden Vorsitzenden (geheim)", "gewählt",
                   "Auf Frau Milde entfielen 30 Stimmen, auf Herrn Haacke 12 Stimmen, 5 Enthaltungen, 2 Stimmzettel waren ungültig.",
                   ballot={"Sandra Milde": 30, "Dirk Haacke": 12, "Enthaltung": 5, "ungültig": 2},
                   note="49 Stimmzettel; online member could not take part; Milde elected and accepts")]),
    I("5", "Haushaltssatzung des Landkreises Oberhavel für die Haushaltsjahre 2027 und 2028",
      decisions=[D("Änderungsantrag der Grünen: 1,2 Mio. Euro zusätzlich für das Radwegeprogramm", "abgelehnt",
                   "Das Ergebnis: 13 Ja, 33 Nein, 3 Enthaltungen, mit Frau Kühnast 14 Ja.", votes=(14, 33, 3)),
                 D("Haushaltssatzung 2027/2028 in der vorgelegten Fassung", "angenommen",
                   "Das Ergebnis: 30 Ja, 16 Nein, 3 Enthaltungen, mit Frau Kühnast 31 Ja.", votes=(31, 16, 3))]),
    I("6.1", "Vergabe der Schülerbeförderung, Los 3 (Gransee)",
      decisions=[D("Vergabe an Nordbahn Reisen, Löwenberg", "angenommen",
                   "Das Ergebnis: 48 Ja, keine Nein, keine Enthaltungen, mit Frau Kühnast 49 Ja.", votes=(49, 0, 0), unanimous=True)]),
    I("6.2", "Vergabe der Bauleistungen zur Sanierung der Sporthalle am Oberstufenzentrum Hennigsdorf",
      decisions=[D("Vergabe an Bauwerk Havel (wiederholte Abstimmung)", "angenommen",
                   "Das Ergebnis der Wiederholung: 26 Ja, 19 Nein, 2 Enthaltungen, mit Frau Kühnast 20 Nein.", votes=(26, 20, 2),
                   note="the first result (27 Ja, 20 Nein, 2 Enthaltungen) was taken back because the seat of the member under Mitwirkungsverbot had voted; only the repeated vote counts")],
      bias=["Marco Lindemann"], note="Mitwirkungsverbot § 22 BbgKVerf reported early by the chair under TOP 1 and confirmed by the member; he leaves the table"),
    I("7", "Antrag der Fraktion Die Linke: Kreisweites Sozialticket",
      decisions=[D("Verweisung in den Ausschuss für Soziales und Gesundheit", "verwiesen",
                   "Das Ergebnis: 37 Ja, 8 Nein, 3 Enthaltungen, mit Frau Kühnast 38 Ja.", votes=(38, 8, 3))]),
    I("8", "Antrag der Fraktion Freie Wähler: Rufbus im Amt Gransee",
      decisions=[D("Antrag der Freien Wähler", "zurückgezogen", "Dann ist der Antrag zurückgezogen.")]),
    I("9", "Informationen des Landrates"),
    I("10", "Grundstücksangelegenheit: Verkauf einer Teilfläche im Gewerbegebiet Velten-Süd", public=False,
      decisions=[D("Verkauf der Teilfläche", "angenommen", "Das Ergebnis: 39 Ja, 5 Nein, 3 Enthaltungen, mit Frau Kühnast 40 Ja.", votes=(40, 5, 3))],
      bias=["Heike Rosenow"], note="Befangenheit declared by the member at the item, leaves the room"),
    I("11", "Stundungsantrag eines Unternehmens", public=False,
      decisions=[D("Vertagung (Antrag der CDU)", "vertagt", "Das Ergebnis: 44 Ja, 2 Nein, 2 Enthaltungen, mit Frau Kühnast 45 Ja.", votes=(45, 2, 2))]),
]
SECRETS = ["Havelländische Logistikpark GmbH", "Flur 7, Flurstück 212/3", "1,84 Millionen Euro", "Kranbau Teschendorf KG"]
ATTENDANCE = dict(title="Kreistag Oberhavel 14. Sitzung", domain="oberhavel.example.de",
    people=[("Yvonne Schulze", "Organizer"), ("Kreistagssaal Oranienburg (Teams Room)", "Presenter"), ("Gabriele Wendt", "Presenter"),
            ("Jens Pätzold", "Presenter"), ("Birgit Odoj", "Presenter"), ("Ines Kühnast", "Attendee"), ("Andreas Kühn", "Attendee"),
            ("Sandra Milde", "Attendee"), ("Dirk Haacke", "Attendee"), ("Paula Brenner", "Attendee"), ("Marco Lindemann", "Attendee"),
            ("Heike Rosenow", "Attendee"), ("Rüdiger Stahnke", "Attendee")],
    times={"Rüdiger Stahnke": (None, "19:05")})
