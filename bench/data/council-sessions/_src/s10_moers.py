META = dict(id="nrw-moers-rat-2026-03", split="test", land="NRW",
            body="Rat der Stadt", organization="Stadt Moers",
            date="2026-03-18", origin="16:58:30", start="17:03", end="20:05", agenda="matching",
            chair="Rainer Pöstges",
            features=["Rat", "formal chair", "early Befangenheit (Bürgermeisterin, § 31 GO NRW) for a later non-public TOP",
                      "Befangenheit at item (Ratsmitglied)", "TOP 8 wird abgesetzt", "Wahl/Umbesetzung (ist gewählt)",
                      "electronic voting (Ergebnis auf der Anzeige)", "Änderungsantrag findet keine Mehrheit then Haushaltssatzung angenommen",
                      "vote by groups", "findet keine Mehrheit", "voting cards after system failure", "pause",
                      "number split across line break", "late arrival", "Einwohnerfragestunde", "non-public with agenda"])

AGENDA_META = dict(slug="moers/rat", date="2026-03-18", start="17:00", end="21:00",
                   name="21. Sitzung des Rates der Stadt Moers", organizationName="Rat der Stadt Moers")
AGENDA = [
    ("1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit und Befangenheitserklärungen", True),
    ("2", "Genehmigung der Niederschrift über die Sitzung vom 11.02.2026", True),
    ("3", "Einwohnerfragestunde", True),
    ("4", "Umbesetzung von Ausschüssen – Antrag der Fraktion Bündnis 90/Die Grünen", True),
    ("5", "Haushaltssatzung und Haushaltsplan 2026 (Vorlage 26/0211)", True),
    ("6", "Antrag der Fraktion Grafschafter: Kostenfreies Parken an Adventssamstagen", True),
    ("7", "Bebauungsplan Nr. 412 „Kohlenhuck-Nord“: Satzungsbeschluss (Vorlage 26/0230)", True),
    ("8", "Beteiligungsbericht 2024 (Vorlage 26/0198)", True),
    ("9", "Grundstücksangelegenheit: Veräußerung einer Gewerbefläche (Vorlage 26/0241)", False),
    ("10", "Steuerangelegenheit: Antrag auf Stundung (Vorlage 26/0244)", False),
]

ATTENDANCE = dict(domain="moers.de", title="Rat der Stadt Moers – 21. Sitzung", rows=[
    ("Rainer Pöstges", [("16:58:00", "20:05:40")], "Organizer"),
    ("Ratssaal Moers", [("16:55:10", "20:05:55")], "Attendee"),
    ("Gülay Sarıkaya", [("16:59:30", "20:05:20")], "Attendee"),
    ("Dirk Brünen", [("16:59:45", "20:05:20")], "Attendee"),
    ("Hans-Georg von Elm", [("17:00:10", "20:05:20")], "Attendee"),
    ("Corinna Tenhaef", [("17:48:20", "20:05:20")], "Attendee"),
    ("Patrick Wienhold", [("17:00:30", "20:05:20")], "Attendee"),
    ("Sabine Terporten", [("16:59:00", "20:05:30")], "Presenter"),
    ("Klaus Dercks", [("16:59:10", "20:05:30")], "Presenter"),
], emails={"Gülay Sarıkaya": "guelay.sarikaya@moers.de"})

CUES = """
#CLOCK 17:02:50
Rainer Pöstges: Meine sehr verehrten Damen und Herren, ich eröffne die 21. Sitzung des Rates der Stadt Moers. Es ist 17:03 Uhr. Ich stelle fest, dass der Rat ordnungsgemäß eingeladen wurde und beschlussfähig ist.
Rainer Pöstges: Zur Tagesordnung: Die Verwaltung bittet, den Beteiligungsbericht noch einmal im Finanzausschuss zu beraten. Tagesordnungspunkt 8 wird abgesetzt. Ich sehe keinen Widerspruch.
Rainer Pöstges: Gibt es Befangenheitserklärungen? Frau Bürgermeisterin Sarıkaya.
Gülay Sarıkaya: Danke Herr Bürgermeister. Ich erkläre vorsorglich, dass ich beim Tagesordnungspunkt 9 im nichtöffentlichen Teil befangen bin, mein Ehemann ist Gesellschafter eines der Bieter. Ich werde an dem Punkt den Saal verlassen.
Rainer Pöstges: Das nehmen wir zu Protokoll. Tagesordnungspunkt 2, die Niederschrift vom 11. Februar. Einwände? Keine. Dann ist die Niederschrift genehmigt.
Rainer Pöstges: Einwohnerfragestunde. Es liegt eine schriftliche Frage vor zum Freibad Solimare, die Antwort geht dem Fragesteller schriftlich zu. Weitere Fragen gibt es nicht.
Rainer Pöstges: Tagesordnungspunkt 4, Umbesetzung von Ausschüssen. Die Grünen schlagen vor, für Herrn Kempken Frau Corinna Tenhaef als ordentliches Mitglied in den Ausschuss für Schule und Sport zu wählen.
Rainer Pöstges: Wer ist dafür? Gegenstimmen? Enthaltungen? Das ist einstimmig. Frau Tenhaef ist gewählt.
#CLOCK 17:15:30
Rainer Pöstges: Ich rufe auf Tagesordnungspunkt // 5, Haushaltssatzung und Haushaltsplan 2026. Es liegt ein Änderungsantrag der FDP vor. Herr von Elm.
Hans-Georg von Elm: Wir beantragen die Grundsteuer B nicht wie geplant auf 690 Punkte zu erhöhen, sondern bei 640 zu belassen. Die Deckung erfolgt über eine globale Minderausgabe.
Klaus Dercks: Die Verwaltung weist darauf hin dass eine globale Minderausgabe in dieser Höhe von der Kommunalaufsicht nicht akzeptiert würde.
Patrick Wienhold: Die SPD stimmt dem Haushalt zu, schweren Herzens, aber die Investitionen in die Schulen sind nötig.
#CLOCK 17:48:40
Rainer Pöstges: Ich begrüße Frau Tenhaef, die gerade eingetroffen ist. Wir stimmen zunächst über den Änderungsantrag der FDP ab. Bitte stimmen Sie jetzt elektronisch ab.
Rainer Pöstges: Das Ergebnis auf der Anzeige: 9 Ja, 38 Nein, 4 Enthaltungen. Damit findet der Änderungsantrag keine Mehrheit.
Rainer Pöstges: Nun die Haushaltssatzung in der Fassung der Veränderungsliste. Bitte abstimmen.
Rainer Pöstges: Das Ergebnis auf der Anzeige: 31 Ja, 19 Nein, 1 Enthaltung. Die Haushaltssatzung 2026 ist beschlossen.
Rainer Pöstges: Wir machen jetzt eine Pause von 20 Minuten, bis 18:25 Uhr.
#CLOCK 18:26:10
Rainer Pöstges: Wir setzen die Sitzung fort. Tagesordnungspunkt 6, Antrag der Grafschafter zum kostenfreien Parken an den Adventssamstagen.
Rainer Pöstges: Leider ist unsere Abstimmungsanlage nach der Pause ausgefallen, wir stimmen deshalb mit den Stimmkarten ab.
Rainer Pöstges: Wer dem Antrag zustimmt, bitte die grüne Karte. Die Grafschafter und die FDP. Gegenstimmen, rote Karte? CDU, SPD, Grüne und die Linke. Enthaltungen? Die AfD.
Rainer Pöstges: Der Antrag findet keine Mehrheit.
Rainer Pöstges: Tagesordnungspunkt 7, Bebauungsplan Kohlenhuck-Nord, Satzungsbeschluss.
Dirk Brünen: Herr Bürgermeister, ich zeige an dass ich befangen bin, ich habe im Plangebiet ein Grundstück gekauft.
Rainer Pöstges: Danke, Ratsmitglied Brünen nimmt an Beratung und Abstimmung nicht teil und hat den Tisch verlassen. Wortmeldungen sehe ich nicht.
Rainer Pöstges: Wer dem Satzungsbeschluss zustimmt, die grüne Karte. Danke. Gegenstimmen? Das sind 4. Enthaltungen? 2. Damit ist der Bebauungsplan als Satzung beschlossen.
Rainer Pöstges: Herr Brünen kann zurückkommen. Tagesordnungspunkt 8 ist abgesetzt. Damit ist der öffentliche Teil beendet. Ich bitte die Zuschauer und die Presse, den Saal zu verlassen, und unterbreche den Livestream.
#CLOCK 19:30:00
#NP
Rainer Pöstges: Wir fahren nichtöffentlich fort. Tagesordnungspunkt 9. Frau Sarıkaya hat den Saal verlassen. Frau Terporten bitte.
Sabine Terporten: Die Gewerbefläche Am Schacht IV, rund 8.200 Quadratmeter, soll an die Hülsdonk Logistik KG verkauft werden, zum Preis von 1,64 Millionen Euro. Der zweite Bieter lag bei 1,41 Millionen.
Patrick Wienhold: Ist die Arbeitsplatzzusage vertraglich gesichert?
Sabine Terporten: Ja, 60 Arbeitsplätze innerhalb von drei Jahren, sonst greift eine Nachzahlungsklausel.
Rainer Pöstges: Wer stimmt zu? Gegenstimmen? Keine. Enthaltungen? Drei. So beschlossen. Frau Sarıkaya kann wieder hereingebeten werden.
Rainer Pöstges: Tagesordnungspunkt 10, Stundungsantrag der Firma Rheinberger Kunststofftechnik GmbH über Gewerbesteuer in Höhe von 212.000 Euro für sechs Monate.
Klaus Dercks: Wir empfehlen die Stundung gegen Sicherheitsleistung durch eine Grundschuld.
Rainer Pöstges: Wer ist dafür? Das ist einstimmig.
#CLOCK 20:04:40
Rainer Pöstges: Meine Damen und Herren, ich bedanke mich und schließe die Sitzung um 20:05 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Niederschrift vom 11.02.2026", "genehmigt", "Dann ist die Niederschrift genehmigt.")]),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True, [D("Wahl von Corinna Tenhaef in den Ausschuss für Schule und Sport", "gewählt",
                                  "Frau Tenhaef ist gewählt.", unanimous=True)]),
    I("5", AGENDA[4][1], True, [
        D("Änderungsantrag der FDP-Fraktion (Grundsteuer B)", "abgelehnt", "Damit findet der Änderungsantrag keine Mehrheit.", votes=(9, 38, 4)),
        D("Haushaltssatzung 2026 in der Fassung der Veränderungsliste", "angenommen",
          "Das Ergebnis auf der Anzeige: 31 Ja, 19 Nein, 1 Enthaltung.", votes=(31, 19, 1)),
    ]),
    I("6", AGENDA[5][1], True, [D("Antrag der Fraktion Grafschafter", "abgelehnt", "Der Antrag findet keine Mehrheit.",
                                  groups=(["Grafschafter", "FDP"], ["CDU", "SPD", "Grüne", "Linke"], ["AfD"]))]),
    I("7", AGENDA[6][1], True, [D("Satzungsbeschluss Vorlage 26/0230", "angenommen",
                                  "Damit ist der Bebauungsplan als Satzung beschlossen.", votes=(None, 4, 2))], bias=["Dirk Brünen"]),
    I("8", AGENDA[7][1], True, [D("Absetzung von der Tagesordnung", "abgesetzt", "Tagesordnungspunkt 8 wird abgesetzt.")]),
    I("9", AGENDA[8][1], False, [D("Veräußerung der Gewerbefläche", "angenommen", "So beschlossen.", votes=(None, 0, 3))],
      bias=["Gülay Sarıkaya"], note="Befangenheit declared at the start of the session (TOP 1) for TOP 9"),
    I("10", AGENDA[9][1], False, [D("Stundung gegen Sicherheitsleistung", "angenommen", "Wer ist dafür? Das ist einstimmig.", unanimous=True)]),
]
LATE = [{"name": "Corinna Tenhaef", "top": "5"}]
EARLY = []
SECRETS = ["Am Schacht IV", "Hülsdonk Logistik", "1,64 Millionen Euro", "1,41 Millionen", "Rheinberger Kunststofftechnik", "212.000 Euro"]
