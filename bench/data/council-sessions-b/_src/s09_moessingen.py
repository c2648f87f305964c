META = dict(id="bw-moessingen-gemeinderat-2026-07", split="dev", land="BW", body="Gemeinderat",
            organization="Stadt Mössingen", date="2026-07-07", origin="18:26:00", start="18:30", end=None,
            agenda="none", chair="Jochen Raible",
            features=["no agenda", "Gemeinderat (BW) with Ortsvorsteherin and 'Gemeinderat Häfele' titles",
                      "early Befangenheit § 18 GemO for a later item, new wording", "Bürgerfragen with Unknown Speaker",
                      "ohne Aussprache, 'So beschlossen.'", "proposed decision without a vote (outcome null)",
                      "corrected count (Ich korrigiere: drei Enthaltungen)", "Sitzungsunterbrechung", "crosstalk and fillers",
                      "Wir kommen zum nichtöffentlichen Teil", "non-public part without agenda", "closing without time (end from timeline)"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 18:29:00
Unknown Speaker: Ist die Aufzeichnung an? Ja, das rote Lämpchen leuchtet.
#CLOCK 18:30:10
Jochen Raible: Guten Abend, meine Damen und Herren, ich begrüße Sie zur Sitzung des Gemeinderats, es ist halb sieben. Die Einladung ist ordnungsgemäß ergangen, 22 Mitglieder sind da, damit sind wir beschlussfähig. Ich begrüße auch Ortsvorsteherin Dieterle aus Öschingen.
Rolf Häfele: Herr Oberbürgermeister, eine Erklärung vorweg. Bei dem Bauantrag der Zimmerei in Talheim, das ist, glaube ich, der fünfte Punkt, bin ich wegen Befangenheit nach § 18 Gemeindeordnung nicht dabei. Die Zimmerei gehört meinem Schwiegersohn.
Jochen Raible: Danke, Gemeinderat Häfele, so vermerkt. Dann Punkt 1, Bürgerfragen. Bitte schön.
Unknown Speaker: Ja, äh, guten Abend. Ich wohne in der Butzenbadstraße. Wann kommt denn da endlich der Zebrastreifen, der uns letztes Jahr versprochen wurde?
Jochen Raible: Die Verkehrsschau war im Mai, die Markierung ist für die Sommerferien beauftragt.
Unknown Speaker: Gut, dann bin ich gespannt.
#CLOCK 18:38:00
Jochen Raible: Punkt 2, die Feststellung des Jahresabschlusses 2025. Das haben wir im Verwaltungsausschuss ausführlich besprochen. Ich schlage vor, dass wir das ohne Aussprache machen. Widerspruch? Keiner.
Jochen Raible: Wer stimmt der Feststellung zu? Gegenstimmen? Enthaltungen? So beschlossen.
#CLOCK 18:40:30
Jochen Raible: Dann die Neufassung der Friedhofsgebührensatzung. Frau Hahn, bitte.
Bettina Hahn: Die Kalkulation ergibt bei den Urnengräbern eine Erhöhung um etwa zwölf Prozent, bei den Erdgräbern um acht Prozent. Beschlussvorschlag ist, die Satzung zum 1. September in Kraft zu setzen.
Renate Dieterle: Darf ich als Ortsvorsteherin was sagen? In Öschingen ist der Friedhof doch viel kleiner, da stimmen die Pflegekosten in der Kalkulation so nicht. Da steht die gleiche Fläche drin wie beim Hauptfriedhof.
Bettina Hahn: Äh, da muss ich nachsehen. Das, das kann sein, dass beim Übertrag was verrutscht ist.
Dr. Peter Kemmler: Dann können wir das heute aber nicht beschließen, wenn die Zahlen nicht stimmen.
Carina Schuon: Sehe ich genauso.
Jochen Raible: Gut, Frau Hahn prüft das. Ich gehe jetzt ohne Beschluss weiter zum nächsten Punkt.
#CLOCK 18:52:00
Jochen Raible: Das Gestaltungskonzept für die Ortsdurchfahrt Öschingen. Frau Dieterle, Sie haben das im Ortschaftsrat beraten.
Renate Dieterle: Ja. Der Ortschaftsrat hat dem Konzept zugestimmt. Wichtig sind uns die zwei Querungshilfen und die Bäume am Rathausplatz.
Sevgi Arıkan: Wir haben Bedenken wegen der Parkplätze, da fallen zwölf Stück weg, und die Bäckerei—
Dr. Peter Kemmler: Die Bäckerei hat selber hinten einen Hof—
Sevgi Arıkan: Ja, aber nicht für Kunden!
Jochen Raible: Bitte, einer nach dem anderen. Frau Arıkan, Sie wollten noch was ergänzen?
Sevgi Arıkan: Nur, dass wir deshalb nicht zustimmen werden.
Jochen Raible: Dann Abstimmung. Wer stimmt dem Gestaltungskonzept zu? Zwölf. Wer ist dagegen? Acht. Enthaltungen? Zwei.
Bettina Hahn: Herr Raible, hier vorne haben noch zwei Leute nur halb die Hand gehoben, ich glaube, die waren bei Ja gar nicht dabei.
Jochen Raible: Moment, dann zähle ich noch einmal. Ich korrigiere: Es sind elf dafür, acht dagegen und drei Enthaltungen. Das Konzept ist damit angenommen.
#CLOCK 19:08:00
Carina Schuon: Herr Oberbürgermeister, die Fraktion der Grünen bittet um eine kurze Unterbrechung, wir müssen uns zum nächsten Punkt noch abstimmen.
Jochen Raible: Gut, wir unterbrechen für zehn Minuten.
#CLOCK 19:19:30
Jochen Raible: Wir setzen die Sitzung fort. Jetzt der Bauantrag der Zimmerei in Talheim, Erweiterung der Abbundhalle. Gemeinderat Häfele hat sich bereits am Anfang befangen erklärt und hat den Ratstisch verlassen.
Bettina Hahn: Die Halle wird um 18 Meter nach Süden verlängert, im Außenbereich, aber als privilegierte Erweiterung eines bestehenden Betriebs. Die Baurechtsbehörde sieht keine Bedenken.
Carina Schuon: Wir haben uns beraten, wir stimmen zu, bitten aber um eine Eingrünung zur Steinlach hin.
Jochen Raible: Das nehmen wir als Hinweis auf. Wer stimmt dem Einvernehmen zu? Danke. Gegenstimmen? Keine. Enthaltungen? Keine. Das ist einstimmig. Herr Häfele kann wieder Platz nehmen.
#CLOCK 19:30:00
Jochen Raible: Anfragen aus dem Gemeinderat.
Dr. Peter Kemmler: Die Toiletten am Bahnhof sind schon wieder seit drei Wochen zu. Wer kümmert sich da?
Jochen Raible: Die Reparatur ist beauftragt, da fehlt ein Ersatzteil.
#CLOCK 19:36:00
Jochen Raible: Wir kommen zum nichtöffentlichen Teil. Ich bitte die Zuhörerinnen und Zuhörer, den Saal zu verlassen.
#CLOCK 19:39:00
#NP
Jochen Raible: Die Tür ist zu, wir sind nichtöffentlich. Es geht um den Verkauf eines Gewerbegrundstücks im Gebiet Rappenäcker. Frau Hahn.
Bettina Hahn: Die Firma Lutz Präzisionsteile möchte 5.300 Quadratmeter kaufen, zu 145 Euro pro Quadratmeter, das sind 768.500 Euro. Sie will innerhalb von drei Jahren bauen und 40 Arbeitsplätze schaffen.
Rolf Häfele: Gibt es eine Rückkaufklausel, falls nicht gebaut wird?
Bettina Hahn: Ja, die ist im Vertrag drin, fünf Jahre.
Jochen Raible: Wer stimmt dem Verkauf zu? Das ist einstimmig.
#CLOCK 19:52:00
Jochen Raible: Dann noch der Antrag auf Stundung von Gewerbesteuer. Frau Hahn, nur ganz kurz.
Bettina Hahn: Das Autohaus Steinhilber beantragt die Stundung von 84.000 Euro Gewerbesteuer über zwölf Monate, mit Ratenzahlung und Zinsen nach der Abgabenordnung.
Jochen Raible: Wer ist dafür? Dagegen? Zwei. Enthaltungen? Keine. Damit ist die Stundung beschlossen.
#CLOCK 19:58:30
Jochen Raible: Dann danke ich Ihnen für die Sitzung und wünsche einen schönen Abend.
"""

ITEMS = [
    I("1", "Bürgerfragen", True, spoken=True),
    I("2", "Feststellung des Jahresabschlusses 2025", True,
      [D("Feststellung des Jahresabschlusses (ohne Aussprache)", "angenommen", "Wer stimmt der Feststellung zu? Gegenstimmen? Enthaltungen? So beschlossen.")],
      spoken=True),
    I("3", "Neufassung der Friedhofsgebührensatzung", True, spoken=False,
      note="a Beschlussvorschlag was presented but no vote was taken ('ohne Beschluss weiter'); outcome null"),
    I("4", "Gestaltungskonzept für die Ortsdurchfahrt Öschingen", True,
      [D("Gestaltungskonzept", "angenommen", "Ich korrigiere: Es sind elf dafür, acht dagegen und drei Enthaltungen.", votes=(11, 8, 3),
         note="first count (12/8/2) corrected by the chair; the Ortschaftsrat's consent is not this body's vote")], spoken=False),
    I("5", "Bauantrag: Erweiterung der Abbundhalle einer Zimmerei in Talheim", True,
      [D("Einvernehmen zum Bauantrag", "angenommen", "Enthaltungen? Keine. Das ist einstimmig.", votes=(None, 0, 0), unanimous=True)],
      bias=["Rolf Häfele"], spoken=False, note="Befangenheit declared at the start of the session; Sitzungsunterbrechung before the item"),
    I("6", "Anfragen aus dem Gemeinderat", True, spoken=False),
    I("7", "Grundstücksangelegenheit: Verkauf eines Gewerbegrundstücks", False,
      [D("Verkauf des Gewerbegrundstücks", "angenommen", "Wer stimmt dem Verkauf zu? Das ist einstimmig.", unanimous=True)], spoken=False),
    I("8", "Antrag auf Stundung von Gewerbesteuer", False,
      [D("Stundung der Gewerbesteuer", "angenommen", "Damit ist die Stundung beschlossen.", votes=(None, 2, 0))], spoken=False),
]
LATE = []
EARLY = []
SECRETS = ["Rappenäcker", "Lutz Präzisionsteile", "768.500 Euro", "Steinhilber", "84.000 Euro"]
