META = dict(id="th-arnstadt-bauausschuss-2026-03", split="dev", land="TH", body="Bau- und Umweltausschuss",
            organization="Stadt Arnstadt", date="2026-03-17", origin="16:55:00", start="17:00", end="18:24",
            agenda="mismatch", chair="Dr. Matthias Oehrling",
            agendaNote="agenda.json is the agenda of the same committee's previous meeting (17.02.2026)",
            features=["mismatch agenda (same committee, previous date)", "Dringlichkeitsantrag added (Zweidrittelmehrheit), treated as TOP 7",
                      "Wer möchte dem so folgen?", "sub-items 2.1/2.2", "Einvernehmen versagt (the proposal to refuse is adopted: angenommen)",
                      "persönliche Beteiligung § 38 ThürKO at item", "'So beschlossen.' as the only result", "counts in words",
                      "vote by groups incl. local group Pro Arnstadt", "online member votes by chat", "early departure",
                      "non-public part without matching agenda (wir machen nichtöffentlich weiter)"])
AGENDA_META = dict(slug="arnstadt/bau-umweltausschuss", date="2026-02-17", start="17:00", end="19:00", tz="+01:00",
                   name="Sitzung des Bau- und Umweltausschusses", organizationName="Bau- und Umweltausschuss")
AGENDA = [
    ("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True),
    ("2", "Bauvoranfrage: Errichtung einer Photovoltaik-Freiflächenanlage in Dosdorf", True),
    ("3", "Straßenbeleuchtung: Umrüstung auf LED im Stadtteil Rabenhold", True),
    ("4", "Baumschutzsatzung: Änderung der Ersatzpflanzungen", True),
    ("5", "Informationen der Bauverwaltung", True),
    ("6", "Grundstücksangelegenheit: Ankauf einer Wegefläche", False),
]
_e = "18:24:20"
ATTENDANCE = dict(title="Bau- und Umweltausschuss – März", domain="arnstadt.example.de", rows=[
    ("Sitzungsraum Rathaus", [("16:55:20", "18:24:40")], "Attendee"),
    ("Dr. Matthias Oehrling", [("16:56:00", "18:24:35")], "Organizer"),
    ("Antje Luthardt", [("16:56:30", _e)], "Presenter"),
    ("Kerstin Hopf", [("16:57:00", _e)], "Attendee"),
    ("Rico Heinemann", [("16:57:20", _e)], "Attendee"),
    ("Doreen Trautvetter", [("16:57:40", _e)], "Attendee"),
    ("Paul Gerbeth", [("16:58:00", "18:02:15")], "Attendee"),
    ("Lisa-Marie Kallenbach", [("16:58:30", _e)], "Attendee"),
    ("Bernd Hoßfeld", [("16:58:45", _e)], "Attendee"),
    ("Sven Ullrich", [("16:59:00", _e)], "Attendee"),
    ("Marion Rudloff", [("16:59:10", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:00:10
Dr. Matthias Oehrling: Guten Tag, meine Damen und Herren, ich eröffne die Sitzung des Bau- und Umweltausschusses, es ist 17 Uhr. Die Ladung ist ordnungsgemäß erfolgt, alle neun Mitglieder sind anwesend, Frau Kallenbach ist online zugeschaltet. Wir sind beschlussfähig.
Dr. Matthias Oehrling: Herr Hoßfeld hat mir vor der Sitzung einen Dringlichkeitsantrag der Fraktion Pro Arnstadt gegeben. Bitte, Herr Hoßfeld.
Bernd Hoßfeld: Danke. An der Stützmauer am Schlossgarten hat sich nach dem Frost ein Riss gebildet, da bröckeln schon Steine auf den Gehweg. Wir möchten, dass die Verwaltung sofort eine Sicherung beauftragt, und das kann nicht bis April warten.
Dr. Matthias Oehrling: Für die Aufnahme brauchen wir eine Zweidrittelmehrheit. Wer möchte dem so folgen? Gegenstimmen? Keine. Eine Enthaltung. Die Mehrheit ist erreicht, der Antrag wird als Punkt 7 vor dem nichtöffentlichen Teil behandelt.
#CLOCK 17:05:30
Dr. Matthias Oehrling: Punkt 2, Bauanträge. Zuerst 2.1, die Nutzungsänderung eines Ladenlokals in der Erfurter Straße in eine Spielhalle. Frau Luthardt.
Antje Luthardt: Das Vorhaben liegt im Sanierungsgebiet. Nach unserer Vergnügungsstättenkonzeption sind Spielhallen dort ausgeschlossen. Wir empfehlen, das gemeindliche Einvernehmen zu versagen.
Rico Heinemann: Leerstand ist aber auch keine Lösung. Das Geschäft steht seit zwei Jahren leer.
Doreen Trautvetter: Eine Spielhalle direkt neben der Grundschule, das kann ja wohl keiner wollen.
Dr. Matthias Oehrling: Wer möchte dem Vorschlag folgen und das Einvernehmen versagen? Danke. Gegenstimmen? Eine. Enthaltungen? Keine. Damit ist das Einvernehmen versagt.
Dr. Matthias Oehrling: Dann 2.2, der Neubau eines Einfamilienhauses in Siegelbach.
Kerstin Hopf: Da muss ich mich melden. Bauherr ist mein Bruder. Ich bin nach § 38 der Thüringer Kommunalordnung persönlich beteiligt und nehme an der Beratung und Abstimmung nicht teil.
Dr. Matthias Oehrling: Danke, Frau Hopf. Frau Luthardt, gibt es Probleme?
Antje Luthardt: Nein, das Vorhaben fügt sich ein, die Erschließung ist gesichert.
Dr. Matthias Oehrling: Wer ist dafür? Dagegen? Enthaltungen? So beschlossen. Frau Hopf, Sie können wieder dazukommen.
#CLOCK 17:21:00
Dr. Matthias Oehrling: Punkt 3, Sanierung der Stadtmauer am Riedtor, Freigabe der Ausführungsplanung.
Antje Luthardt: Die Kosten liegen bei 640.000 Euro, davon trägt das Land zwei Drittel aus der Denkmalförderung. Baubeginn wäre im Juni.
Paul Gerbeth: Und die Durchfahrt am Riedtor, wie lange ist die zu?
Antje Luthardt: Etwa vier Monate, der Fußweg bleibt offen.
Dr. Matthias Oehrling: Wer möchte dem so folgen? Ich zähle: sieben dafür. Dagegen? Zwei. Enthaltungen keine. Damit ist die Ausführungsplanung freigegeben.
#CLOCK 17:33:00
Dr. Matthias Oehrling: Punkt 4, der Antrag der AfD-Fraktion, auf die Parkgebühren am Wollmarkt zu verzichten. Herr Heinemann.
Rico Heinemann: Die Händler am Wollmarkt klagen seit der Einführung der Gebühren über weniger Kunden. Wir wollen die ersten zwei Stunden wieder frei.
Sven Ullrich: Wir haben die Gebühren vor einem Jahr eingeführt, damit die Dauerparker verschwinden. Das hat funktioniert. Das drehen wir jetzt nicht zurück.
Dr. Matthias Oehrling: Dann Abstimmung. Wer ist für den Antrag? Die AfD. Wer ist dagegen? CDU, Linke, SPD, Grüne und Pro Arnstadt. Enthaltungen? Die Freien Wähler. Damit ist der Antrag abgelehnt.
#CLOCK 17:44:00
Dr. Matthias Oehrling: Punkt 5, Bericht zum Lärmaktionsplan, Stufe 4. Frau Luthardt, bitte in aller Kürze.
Antje Luthardt: Die Kartierung zeigt die stärkste Belastung an der B 4 und an der Ichtershäuser Straße. Der Entwurf mit Maßnahmen geht im Mai in die Öffentlichkeitsbeteiligung.
Dr. Matthias Oehrling: Danke. Der Ausschuss nimmt den Bericht zur Kenntnis.
#CLOCK 17:58:00
Dr. Matthias Oehrling: Punkt 6, Sonstiges. Gibt es etwas? Herr Gerbeth.
#CLOCK 18:01:30
Paul Gerbeth: Nur kurz, die Ampel an der Rosenstraße schaltet abends viel zu kurz für Fußgänger. Und ich muss mich dann leider verabschieden, ich habe noch Elternabend.
Dr. Matthias Oehrling: Nehmen wir mit. Schönen Abend, Herr Gerbeth.
#CLOCK 18:03:00
Dr. Matthias Oehrling: Dann Punkt 7, der Dringlichkeitsantrag von Pro Arnstadt zur Stützmauer am Schlossgarten. Frau Luthardt, was schlagen Sie vor?
Antje Luthardt: Wir würden kurzfristig ein Schutzgerüst stellen und ein Schadensgutachten beauftragen, zusammen etwa 30.000 Euro.
Bernd Hoßfeld: Das reicht uns als erster Schritt.
Dr. Matthias Oehrling: Wer ist dafür? Ich sehe sieben Hände im Saal, und Frau Kallenbach schreibt im Chat "Ja". Das sind acht. Gegenstimmen und Enthaltungen keine. Damit einstimmig angenommen.
Lisa-Marie Kallenbach: Genau, ja von mir. Der Ton ist bei mir gerade etwas schlecht.
#CLOCK 18:10:30
#NP
Dr. Matthias Oehrling: Wir machen jetzt nichtöffentlich weiter, der Stream ist abgeschaltet und die Gäste sind draußen.
Dr. Matthias Oehrling: Punkt 8, Vergleich wegen der Mängel am Anbau der Grundschule. Frau Luthardt.
Antje Luthardt: Die Firma Hochbau Ilmtal GmbH bietet zur Abgeltung der Mängel am Flachdach einen Vergleich über 42.700 Euro an. Das Gutachten von Herrn Sachverständigen Pfützenreuter kommt auf rund 48.000 Euro.
Sven Ullrich: Und wenn wir klagen?
Antje Luthardt: Das Rechtsamt schätzt das Prozessrisiko hoch ein und rät zum Vergleich.
Dr. Matthias Oehrling: Dann frage ich: Wer möchte dem Vergleich zustimmen? Danke. Das ist die Mehrheit, bei zwei Gegenstimmen.
#CLOCK 18:24:00
Dr. Matthias Oehrling: Dann danke ich Ihnen und schließe die Sitzung um 18:24 Uhr.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", True,
      [D("Aufnahme des Dringlichkeitsantrags von Pro Arnstadt (als TOP 7)", "angenommen",
         "Die Mehrheit ist erreicht, der Antrag wird als Punkt 7 vor dem nichtöffentlichen Teil behandelt.", votes=(None, 0, 1))], spoken=False),
    I("2.1", "Bauantrag: Nutzungsänderung eines Ladenlokals in eine Spielhalle, Erfurter Straße", True,
      [D("Versagung des gemeindlichen Einvernehmens", "angenommen", "Damit ist das Einvernehmen versagt.", votes=(None, 1, 0))], spoken=True,
      note="the committee adopts the proposal to refuse the Einvernehmen; outcome of the proposal is angenommen"),
    I("2.2", "Bauantrag: Neubau eines Einfamilienhauses in Siegelbach", True,
      [D("Einvernehmen zum Bauantrag", "angenommen", "Enthaltungen? So beschlossen.")], bias=["Kerstin Hopf"], spoken=True),
    I("3", "Sanierung der Stadtmauer am Riedtor: Freigabe der Ausführungsplanung", True,
      [D("Freigabe der Ausführungsplanung", "angenommen", "Damit ist die Ausführungsplanung freigegeben.", votes=(7, 2, 0))], spoken=True),
    I("4", "Antrag der AfD-Fraktion: Verzicht auf Parkgebühren am Wollmarkt", True,
      [D("Antrag der AfD-Fraktion", "abgelehnt", "Damit ist der Antrag abgelehnt.",
         groups=(["AfD"], ["CDU", "Linke", "SPD", "Grüne", "Pro Arnstadt"], ["Freie Wähler"]))], spoken=True),
    I("5", "Bericht zum Lärmaktionsplan Stufe 4", True,
      [D("Bericht zum Lärmaktionsplan", "zur Kenntnis genommen", "Der Ausschuss nimmt den Bericht zur Kenntnis.")], spoken=True),
    I("6", "Sonstiges", True, spoken=True),
    I("7", "Dringlichkeitsantrag der Fraktion Pro Arnstadt: Sicherung der Stützmauer am Schlossgarten", True,
      [D("Dringlichkeitsantrag (Schutzgerüst und Gutachten, ca. 30.000 Euro)", "angenommen", "Damit einstimmig angenommen.",
         votes=(8, 0, 0), unanimous=True)], spoken=True, added=True, note="added to the agenda in TOP 1; online member voted by chat"),
    I("8", "Vertragsangelegenheit: Vergleich wegen Baumängeln am Anbau der Grundschule", False,
      [D("Abschluss des Vergleichs", "angenommen", "Das ist die Mehrheit, bei zwei Gegenstimmen.", votes=(None, 2, None))], spoken=True),
]
LATE = []
EARLY = [{"name": "Paul Gerbeth", "top": "6"}]
SECRETS = ["Hochbau Ilmtal", "42.700 Euro", "Pfützenreuter", "48.000 Euro"]
