META = dict(id="bw-gomaringen-gemeinderat-2026-02", split="test", land="BW",
            body="Gemeinderat", organization="Gemeinde Gomaringen",
            date="2026-02-24", origin="18:58:12", start="19:00", end=None, agenda="none",
            chair="Frank Zeller",
            features=["no agenda", "casual chair", "title-only calling (Dann das Thema Radverkehrskonzept)",
                      "bei einer Gegenstimme", "nicht angenommen", "Befangenheit § 18 GemO at item",
                      "Vertagung", "Bekanntgabe of an earlier einstimmig decision (must not count)",
                      "Bürgerfragestunde without decision", "Ich stelle die Nichtöffentlichkeit her",
                      "closing without time (end from timeline)", "Unknown Speaker"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 18:59:40
Frank Zeller: So. Guten Abend zusammen, es ist kurz nach sieben, ich würd sagen wir fangen an. Ich eröffne die Sitzung des Gemeinderats und begrüß Sie alle.
Frank Zeller: Eingeladen wurde ordnungsgemäß, wir sind beschlussfähig, entschuldigt ist heute der Kollege Brändle, der ist im Urlaub.
Frank Zeller: Wir beginnen wie immer mit der Bürgerfragestunde. Gibt's Fragen aus der Zuhörerschaft? Ja bitte, kommen Sie ans Mikro.
Unknown Speaker: Ja grüß Gott, ähm, ich wollt fragen ob die Kindergartengebühren zum September wieder steigen, man hört da so Sachen.
Frank Zeller: Das beraten wir im Mai, da gibt's noch keinen Beschluss. Aber danke für die Frage, das nehmen wir mit.
Unknown Speaker: Danke.
Frank Zeller: Weitere Fragen? Keine. Dann schließe ich die Bürgerfragestunde.
Frank Zeller: Dann das Thema Radverkehrskonzept. Frau Rapp vom Büro ist da, die stellt es kurz vor.
Melanie Rapp: Danke schön. Wir haben ähm 14 Maßnahmen erarbeitet, die wichtigsten sind der Lückenschluss nach Nehren und die Fahrradstraße in der Schulstraße. Das Gesamtvolumen liegt bei rund 1,9 Millionen über acht Jahre.
Jürgen Haug: Die Fahrradstraße Schulstraße halten wir für schwierig, da fehlen dann die Parkplätze vor der Bäckerei. Ich werd deshalb nicht zustimmen.
Sabine Klett: Wir finden das Konzept gut, das ist überfällig.
Frank Zeller: Dann stimmen wir ab über den Beschlussvorschlag, das Radverkehrskonzept als Grundlage für die weitere Planung zu beschließen. Wer stimmt zu? Gegenstimmen? Eine. Enthaltungen? Keine.
Frank Zeller: Dann bei einer Gegenstimme so beschlossen.
#CLOCK 19:14:20
Frank Zeller: Nächster Punkt ist der Antrag der Freien Wähler zur Einführung eines Bürgerbusses. Herr Haug.
Jürgen Haug: Wir wollen dass die Verwaltung ein Konzept für einen ehrenamtlich gefahrenen Bürgerbus erarbeitet und die Kosten für ein Fahrzeug in den Haushalt einstellt, so etwa 80.000 Euro.
Sabine Klett: Die Idee ist sympathisch, aber wir haben keine Fahrer, das haben wir 2023 schon mal abgefragt.
Frank Zeller: Gut, dann Abstimmung. Wer unterstützt den Antrag der Freien Wähler? Sieben. Dagegen? Zwölf. Enthaltungen? Zwei.
Frank Zeller: Der Antrag ist damit nicht angenommen.
#CLOCK 19:27:00
Frank Zeller: Dann kommen wir zu den Bausachen, Punkt 4, Bauantrag Neubau eines Einfamilienhauses mit Doppelgarage, Lindenstraße 7.
Sandra Eißler: Herr Bürgermeister, ich bin hier befangen, das ist das Bauvorhaben von meiner Schwägerin. Ich setz mich nach hinten.
Frank Zeller: Danke Frau Eißler. Frau Eißler ist nach Paragraf 18 Gemeindeordnung befangen und nimmt an Beratung und Beschlussfassung nicht teil.
Frank Zeller: Das Vorhaben liegt im Bebauungsplan Lindenäcker, die Garage überschreitet die Baugrenze um 80 Zentimeter. Die Verwaltung empfiehlt das Einvernehmen und die Befreiung zu erteilen.
Frank Zeller: Wer ist dafür? Das ist einstimmig. Danke. Frau Eißler, Sie können wieder an den Tisch kommen.
Frank Zeller: Punkt 5, Sanierung der Sporthalle, Vergabe der Dachsanierung. Da muss ich sagen, die Angebote sind erst gestern komplett geprüft worden, die Unterlagen haben Sie noch nicht.
Sabine Klett: Dann sollten wir das auch nicht heute entscheiden.
Frank Zeller: Sehe ich genauso. Ich schlage vor wir vertagen den Punkt auf die Sitzung am 24. März. Einverstanden? Gut, dann ist der Punkt vertagt.
#CLOCK 19:41:00
Frank Zeller: Dann Bekanntgaben. In der letzten nichtöffentlichen Sitzung hat der Gemeinderat einstimmig beschlossen, den Auftrag für die neue Heizung im Rathaus zu vergeben. Das darf ich hiermit bekannt geben.
Frank Zeller: Und die Straßensperrung in der Hauptstraße wegen der Wasserleitung ab dem 9. März, das haben Sie im Amtsblatt gelesen.
Jürgen Haug: Gibt's da eine Umleitung für den Bus?
Frank Zeller: Ja, über die Bahnhofstraße, das steht auch auf der Homepage.
Frank Zeller: Gut, dann sind wir mit dem öffentlichen Teil durch. Ich stelle die Nichtöffentlichkeit her und bitte die Zuhörer und die Presse, uns kurz zu entschuldigen.
#CLOCK 19:49:30
#NP
Frank Zeller: Erster Punkt im nichtöffentlichen Teil ist eine Personalangelegenheit. Frau Melanie Oßwald, Leiterin vom Kindergarten Sonnenhalde, hat beantragt, ihre Stelle von 80 auf 100 Prozent aufzustocken.
Frank Zeller: Die Stelle ist nach Entgeltgruppe S 15 bewertet, die Mehrkosten liegen bei rund 14.200 Euro im Jahr.
Sabine Klett: Das unterstützen wir, die Einrichtung ist ja erweitert worden.
Frank Zeller: Wer stimmt zu? Einstimmig. Danke.
#CLOCK 20:03:10
Frank Zeller: Dann der Grundstücksverkauf im Gewerbegebiet Hau. Die Firma Kächele Metallbau möchte den Bauplatz mit 3.400 Quadratmetern kaufen, zu 95 Euro pro Quadratmeter.
Jürgen Haug: Wie viele Arbeitsplätze sind das?
Frank Zeller: Die sprechen von 25 Arbeitsplätzen im ersten Schritt.
Frank Zeller: Wer stimmt dem Verkauf zu? Gegenstimmen? Keine. Enthaltungen? Zwei. Dann bei zwei Enthaltungen so beschlossen.
#CLOCK 20:14:30
Frank Zeller: Dann sind wir für heute durch. Ich beende die Sitzung, vielen Dank und kommen Sie gut heim.
"""

ITEMS = [
    I("1", "Bürgerfragestunde", True, spoken=False),
    I("2", "Radverkehrskonzept", True, [D("Beschlussvorschlag: Radverkehrskonzept als Planungsgrundlage", "angenommen",
                                           "Dann bei einer Gegenstimme so beschlossen.", votes=(None, 1, 0))], spoken=False),
    I("3", "Antrag der Freien Wähler: Einführung eines Bürgerbusses", True,
      [D("Antrag der Freien Wähler", "abgelehnt", "Der Antrag ist damit nicht angenommen.", votes=(7, 12, 2))], spoken=False),
    I("4", "Bauantrag Neubau eines Einfamilienhauses mit Doppelgarage, Lindenstraße 7", True,
      [D("Einvernehmen und Befreiung", "angenommen", "Wer ist dafür? Das ist einstimmig.", unanimous=True)],
      bias=["Sandra Eißler"], spoken=True),
    I("5", "Sanierung der Sporthalle – Vergabe der Dachsanierung", True,
      [D("Vertagung auf die Sitzung am 24. März", "vertagt", "Gut, dann ist der Punkt vertagt.")], spoken=True),
    I("6", "Bekanntgaben", True, spoken=False,
      note="the einstimmig refers to an earlier non-public decision that is only announced; no decision today"),
    I("7", "Personalangelegenheit: Stundenaufstockung Kindergartenleitung", False,
      [D("Aufstockung der Stelle", "angenommen", "Wer stimmt zu? Einstimmig.", unanimous=True)], spoken=False),
    I("8", "Grundstücksverkauf im Gewerbegebiet Hau", False,
      [D("Verkauf des Bauplatzes", "angenommen", "Dann bei zwei Enthaltungen so beschlossen.", votes=(None, 0, 2))], spoken=False),
]
LATE = []
EARLY = []
SECRETS = ["Melanie Oßwald", "Sonnenhalde", "S 15", "14.200 Euro", "Kächele", "95 Euro pro Quadratmeter"]
