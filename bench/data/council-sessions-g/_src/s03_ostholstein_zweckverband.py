from build import D, I
META = dict(id="sh-zvo-ostholstein-verbandsversammlung-2027-02", split="dev", land="SH", body="Verbandsversammlung",
    organization="Zweckverband Ostholstein", date="2027-02-10", start="16:00", endSource="timeline",
    chair="Holger Rademacher", clerk="Anke Thießen", style="municipal", agenda="mismatch",
    late=[("Jörn Petersen", "3")],
    agendaNote="agenda.json is the agenda of the Werkausschuss of the Zweckverband Ostholstein of 03.02.2027 (another body, another date, other titles); it was attached to the Teams invitation by mistake",
    expectedWarnings=["agenda.json belongs to another meeting (Werkausschuss, 03.02.2027) – body and date differ from the transcript",
                      "agenda item titles do not match the items called in the transcript; items must be named from the transcript",
                      "item numbers come only from the spoken calls ('Top vier', 'tob sechs')"],
    tags=["municipal", "mismatch-agenda", "casual-chair", "fillers", "voting-cards", "chair-handover", "asr-noise",
          "online-vote", "open-election", "abgesetzt-by-vote", "nonpublic-mismatch", "unknown-speaker"],
    features=["Verbandsversammlung eines Zweckverbands (Schleswig-Holstein), lockerer Vorsitzender mit Füllwörtern und Satzabbrüchen",
              "falsche Tagesordnung (Werkausschuss vom 03.02.2027) – Werkzeug muss warnen",
              "Abstimmung mit Stimmkarten; Online-Mitglied als 'Unknown Speaker' (Bürgermeisterin Möller) gibt ihre Stimme mündlich ab",
              "Teams-Erkennungsfehler: 'Top vier', 'tob sechs', Zahlwörter, fehlende Satzzeichen, 'Rademacher' als 'Rade Macher'",
              "Vorsitzender ist bei TOP 6 befangen (§ 22 GO SH i. V. m. GkZ) und übergibt die Leitung an die Stellvertreterin",
              "Absetzung der Gebührensatzung per Abstimmung; offene Wahl 'keine Gegenstimmen, zwei Enthaltungen'",
              "nichtöffentlicher Teil ohne passende Tagesordnung; Ende nur aus der Zeitachse; Verspätung (TOP 3)"])
VOICES = {"R": "Holger Rademacher", "W": "Kerstin Wiechmann", "G": "Frank Gosch", "P": "Jörn Petersen", "N": "Birte Nissen",
          "J": "Malte Jensen", "?": "Unknown Speaker"}
T = """
R: ja also äh moin zusammen wir wir fangen mal an ne ich begrüße euch zur Verbandsversammlung vom Zweckverband äh auch Frau Möller aus Grömitz die ist online
R: also Einladung ist rechtzeitig raus wir sind äh zwanzig von einundzwanzig Jörn kommt noch der steht im Stau auf der A1 also beschlussfähig
R: Top eins hätten wir damit äh Top zwei die Niederschrift vom November hat da jemand was nee dann Karten hoch wer ist dafür
?: Ja hier Möller Grömitz ich bin auch dafür man sieht mich glaub ich nicht
R: danke Frau Möller ja gut dann ist das äh einstimmig die Niederschrift ist genehmigt
R: Top drei äh mein Bericht also ganz kurz die äh die Fernwärme in Oldenburg läuft seit Januar im Probebetrieb und
R: beim Wasserwerk Lensahn ist der dritte Brunnen äh gebohrt da kommen die Pumpen im März
@16:22
P: Moin, tut mir leid, Stau vor Bad Schwartau.
R: kein Problem Jörn setz dich wir sind jetzt einundzwanzig gibt's Fragen zum Bericht nee dann nehmen wir den so zur Kenntnis
@16:31
R: Top vier der Wirtschaftsplan zweitausendsiebenundzwanzig Sparte Wasser Frank du hast das vorbereitet
G: Ja, der Plan sieht Investitionen von sieben Komma vier Millionen vor, davon die Hälfte für Leitungserneuerung, und die Wassergebühr bleibt stabil.
N: Herr Rade Macher ich hab da ne frage zu den Hochbehältern warum ist Timmendorfer Strand erst zweitausendneunundzwanzig dran
G: Weil dort erst die Leitung in der Poststraße erneuert werden muss, sonst reißen wir zweimal auf.
N: Ich hätte mir mehr für die Hochbehälter gewünscht, aber gut, wir tragen das mit.
J: Wir als Amt Lensahn stimmen nicht zu, die Umlage für die kleinen Gemeinden ist zu hoch.
R: okay dann äh Karten bitte wer ist für den Wirtschaftsplan Frau Möller
?: Ja.
R: also ich zähl achtzehn ja mit Frau Möller dagegen zwei Enthaltung eine damit ist der Wirtschaftsplan Wasser beschlossen
@17:02
R: Top fünf äh die Gebührensatzung Abwasser da muss ich ehrlich sagen die die Kalkulation vom Büro ist nicht fertig ich würde äh beantragen wir setzen das heute ab
N: Dann aber bitte im April, die Gemeinden brauchen die Zahlen für ihre Haushalte.
R: ja machen wir also wer ist fürs Absetzen Karten hoch das ist die große Mehrheit Gegenstimmen zwei Enthaltungen keine damit ist Top fünf abgesetzt
@17:12
R: so tob sechs die Vergabe Faulturm Kläranlage Neustadt äh da bin ich raus meine Frau arbeitet bei der Firma Küstenbau die ist ja Bieter also ich bin befangen
R: Kerstin übernimmst du bitte ich setz mich nach hinten
W: Ja, gern. Ich übernehme die Leitung für diesen Punkt. Herr Gosch, bitte zum Vergabevorschlag.
G: Es gab vier Angebote, das wirtschaftlichste ist das der Küstenbau GmbH aus Heiligenhafen mit rund 2,3 Millionen Euro brutto.
J: Ist das Angebot nach der Nachverhandlung nochmal gestiegen?
G: Nein, es ist um 40.000 Euro gesunken, weil der Bieter eine andere Betonsorte anbietet, das ist technisch gleichwertig.
W: Weitere Fragen? Keine. Dann stimmen wir ab, Herr Rademacher nimmt nicht teil. Wer stimmt der Vergabe zu? Frau Möller?
?: Ich stimme zu.
W: Ich zähle 17 Ja-Stimmen, eine Gegenstimme und zwei Enthaltungen. Damit ist die Vergabe an die Küstenbau GmbH beschlossen. Holger, du kannst wieder übernehmen.
@17:41
R: danke Kerstin äh so Top sieben die Wahl vom stellvertretenden Verbandsvorsteher weil Peter ja äh aufgehört hat vorgeschlagen ist Malte Jensen
R: offen oder geheim will jemand geheim nee dann offen Karten hoch wer wählt Malte Frau Möller
?: Ja, Malte.
R: gut neunzehn ja Gegenstimmen keine Enthaltungen zwei also Malte du bist gewählt nimmst du an
J: Ja, ich nehme die Wahl an, danke euch.
@17:52
R: Top acht Anfragen Verschiedenes hat jemand was
N: Die Baustelle in der Strandallee in Kellenhusen, wann ist die fertig? Die Saison fängt ja bald an.
G: Bis Ostern ist die Deckschicht drauf, das hat die Baufirma schriftlich zugesagt.
P: Und die Sache mit den Wasserzählern in Scharbeutz, da haben sich viele beschwert dass die Ablesung zweimal kam
G: Das war ein Fehler im Abrechnungsprogramm, die doppelten Rechnungen werden storniert, das geht diese Woche raus.
R: gut äh danke Frank noch was nee
R: gut dann äh wir machen jetzt nichtöffentlich weiter Frau Möller Sie bleiben bitte drin aber sonst keiner im Raum bei Ihnen ja
?: Ich bin allein im Büro.
#NP
@18:04
R: also nichtöffentlich Top neun Personalsache äh die Höhergruppierung von der Leitung Klärwerk
G: Es geht um Herrn Dierk Lassen, der künftig beide Kläranlagen leitet, Eingruppierung in die Entgeltgruppe 13 ab dem 1. April.
N: Ist die Stelle dann auch für die Rufbereitschaft am Wochenende zuständig?
G: Ja, im Wechsel mit seinem Stellvertreter, das steht so in der Stellenbeschreibung.
R: gut weitere Fragen nee dann Karten wer ist dafür Frau Möller
?: Dafür.
R: das ist einstimmig die Höhergruppierung ist beschlossen
@18:14
R: ja dann äh sind wir durch nächste Sitzung ist im April danke euch kommt gut nach Hause
?: Tschüss aus Grömitz.
"""
ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", numberSpoken=True),
    I("2", "Genehmigung der Niederschrift der Sitzung vom November 2026", numberSpoken=True,
      decisions=[D("Niederschrift der Sitzung vom November 2026", "genehmigt", "ja gut dann ist das äh einstimmig die Niederschrift ist genehmigt",
                   unanimous=True, note="voting cards; online member votes orally")]),
    I("3", "Bericht des Verbandsvorstehers", numberSpoken=True,
      decisions=[D("Bericht des Verbandsvorstehers", "zur Kenntnis genommen",
                   "gibt's Fragen zum Bericht nee dann nehmen wir den so zur Kenntnis")]),
    I("4", "Wirtschaftsplan 2027, Sparte Wasser", numberSpoken=True,
      decisions=[D("Wirtschaftsplan 2027 Sparte Wasser", "angenommen",
                   "also ich zähl achtzehn ja mit Frau Möller dagegen zwei Enthaltung eine damit ist der Wirtschaftsplan Wasser beschlossen", votes=(18, 2, 1))]),
    I("5", "Gebührensatzung Abwasser", numberSpoken=True,
      decisions=[D("Absetzung von der Tagesordnung", "abgesetzt",
                   "Gegenstimmen zwei Enthaltungen keine damit ist Top fünf abgesetzt", votes=(None, 2, 0),
                   note="'die große Mehrheit' for; Absetzung proposed by the chair")]),
    I("6", "Vergabe der Bauleistungen Faulturm, Kläranlage Neustadt in Holstein", numberSpoken=True,
      decisions=[D("Vergabe an die Küstenbau GmbH, Heiligenhafen", "angenommen",
                   "Ich zähle 17 Ja-Stimmen, eine Gegenstimme und zwei Enthaltungen.", votes=(17, 1, 2))],
      bias=["Holger Rademacher"], chairedBy="Kerstin Wiechmann",
      note="the chair declares Befangenheit at the item (wife works for the bidder) and hands the chair to his deputy for this item; 'tob sechs' = TOP 6"),
    I("7", "Wahl einer stellvertretenden Verbandsvorsteherin oder eines stellvertretenden Verbandsvorstehers", numberSpoken=True,
      decisions=[D("Wahl von Malte Jensen (offen, Stimmkarten)", "gewählt",
                   "gut neunzehn ja Gegenstimmen keine Enthaltungen zwei also Malte du bist gewählt", votes=(19, 0, 2))]),
    I("8", "Anfragen und Verschiedenes", numberSpoken=True),
    I("9", "Personalangelegenheit: Höhergruppierung der Leitung Klärwerk", public=False, numberSpoken=True,
      decisions=[D("Höhergruppierung", "angenommen", "das ist einstimmig die Höhergruppierung ist beschlossen", unanimous=True)]),
]
SECRETS = ["Dierk Lassen", "Entgeltgruppe 13"]
OTHER_AGENDA = dict(slug="zvo/werkausschuss", date="2027-02-03", start="17:00", end="19:00",
    name="Sitzung des Werkausschusses des Zweckverbands Ostholstein", org="Werkausschuss Zweckverband Ostholstein",
    items=[("1", "Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit", True),
           ("2", "Bericht der Werkleitung zum 4. Quartal 2026", True),
           ("3", "Netzerneuerung Trinkwasser Sierksdorf, Bauabschnitt 2", True),
           ("4", "Breitbandausbau: Anschlussquote und Vermarktung", True),
           ("5", "Beschaffung von zwei Saugfahrzeugen", True),
           ("6", "Anfragen", True),
           ("7", "Vertragsangelegenheiten", False)])
ATTENDANCE = dict(title="Verbandsversammlung ZVO 10.02.2027", domain="zvo.example.de",
    people=[("Anke Thießen", "Organizer"), ("Holger Rademacher", "Presenter"), ("Kerstin Wiechmann", "Attendee"),
            ("Frank Gosch", "Presenter"), ("Birte Nissen", "Attendee"), ("Malte Jensen", "Attendee"), ("Jörn Petersen", "Attendee"),
            ("Sitzungsraum Verwaltung Sereetz (Teams Room)", "Attendee"), ("Gesa Möller", "Attendee")],
    times={"Jörn Petersen": ("16:22", None)})
