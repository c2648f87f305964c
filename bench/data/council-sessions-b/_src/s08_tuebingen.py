META = dict(id="bw-lkr-tuebingen-umweltausschuss-2026-06", split="test", land="BW", body="Ausschuss für Umwelt und Technik des Kreistags",
            organization="Landkreis Tübingen", date="2026-06-22", origin="14:25:00", start="14:31", end="16:18",
            agenda="matching", chair="Dr. Ulrike Bräuning",
            features=["Kreistag committee (BW), Landrätin as chair", "Kreisrätin/Kreisrat titles", "sub-items 4a/4b",
                      "quote of an earlier vote of another body: 'Der Kreistag hat das im Herbst einstimmig so beschlossen' (must not count)",
                      "Geschäftsordnungsantrag auf Schluss der Debatte", "counts in words", "Befangenheit § 14 LKrO at item",
                      "'Das ist die Mehrheit.' as the only result", "late arrival", "early departure", "Unknown Speaker",
                      "Ich darf die Zuhörer bitten, uns jetzt zu verlassen", "non-public with agenda"])
AGENDA_META = dict(slug="lkr-tuebingen/umweltausschuss", date="2026-06-22", start="14:30", end="17:30", tz="+02:00",
                   name="Öffentliche und nichtöffentliche Sitzung des Ausschusses für Umwelt und Technik", organizationName="Ausschuss für Umwelt und Technik")
AGENDA = [
    ("1", "Eröffnung, Feststellung der Beschlussfähigkeit", True),
    ("2", "Bekanntgaben", True),
    ("3", "Abfallwirtschaft: Gebührenkalkulation 2027 – Vorberatung", True),
    ("4a", "ÖPNV: Linienbündel Steinlachtal – Einleitung des Vergabeverfahrens", True),
    ("4b", "ÖPNV: Einführung eines Rufbusses im Raum Rottenburg – Pilotphase", True),
    ("5", "Kreisstraßen: Sanierung der Ortsdurchfahrt K 6900 in Bühl", True),
    ("6", "Verschiedenes und Anfragen", True),
    ("7", "Grunderwerb für den Radweg Kusterdingen–Wankheim", False),
]
_e = "16:18:30"
ATTENDANCE = dict(title="Ausschuss für Umwelt und Technik (UTA)", domain="kreis-tuebingen.example.de", rows=[
    ("Dr. Ulrike Bräuning", [("14:26:00", "16:18:45")], "Organizer"),
    ("Markus Eberle", [("14:26:20", _e)], "Presenter"),
    ("Dr. Gisela Kußmaul", [("14:27:00", _e)], "Attendee"),
    ("Martin Haug", [("14:27:30", _e)], "Attendee"),
    ("Anne-Kathrin Schairer", [("14:28:00", _e)], "Attendee"),
    ("Hakan Yılmaz", [("14:28:20", _e)], "Attendee"),
    ("Volker Dürr", [("14:28:40", "15:44:10")], "Attendee"),
    ("Ingrid Sautter", [("14:29:00", _e)], "Attendee"),
    ("Tom Rieth", [("14:47:50", _e)], "Attendee"),
    ("Sitzungssaal Landratsamt", [("14:25:10", "16:19:00")], "Attendee"),
])

CUES = """
#CLOCK 14:29:30
Unknown Speaker: Frau Landrätin, die Online-Teilnehmer sind alle im Warteraum, ich lass sie jetzt rein.
#CLOCK 14:31:00
Dr. Ulrike Bräuning: Danke. Sehr geehrte Kreisrätinnen und Kreisräte, ich eröffne die Sitzung des Ausschusses für Umwelt und Technik um 14:31 Uhr. Die Einladung ist rechtzeitig und ordnungsgemäß ergangen, der Ausschuss ist beschlussfähig. Kreisrat Rieth hat sich entschuldigt, er kommt etwas später.
Dr. Ulrike Bräuning: Punkt 2, Bekanntgaben. Herr Eberle.
Markus Eberle: Zwei Dinge. Der Wertstoffhof in Dußlingen ist ab Juli auch samstags bis 16 Uhr geöffnet. Und für die Brücke über die Steinlach bei Nehren haben wir den Förderbescheid bekommen.
Dr. Ulrike Bräuning: Danke. Dann Punkt 3, die Gebührenkalkulation 2027 für die Abfallwirtschaft, das ist eine Vorberatung für den Kreistag. Herr Eberle.
Markus Eberle: Die Gebühr für den Haushalt mit vier Personen steigt von 198 auf 214 Euro im Jahr. Der Hauptgrund sind die höheren Verbrennungsentgelte. Die Biotonne bleibt gebührenfrei, das war ja politisch gewollt.
Dr. Gisela Kußmaul: Die gebührenfreie Biotonne, Frau Landrätin, der Kreistag hat das im Herbst einstimmig so beschlossen. Daran sollten wir jetzt nicht rütteln, auch wenn es die Restmüllgebühr etwas verteuert.
Anne-Kathrin Schairer: Wir sehen das genauso. Aber bei der Sperrmüllabholung auf Abruf würde ich gern noch einmal die Gebührenhöhe diskutieren, die—
Ingrid Sautter: Das haben wir doch schon im letzten Jahr dreimal—
Anne-Kathrin Schairer: Darf ich ausreden?
Dr. Ulrike Bräuning: Frau Kreisrätin Schairer hat das Wort. Bitte.
Anne-Kathrin Schairer: Danke. Die Abrufgebühr von 45 Euro hält die Leute nicht ab, sie stellt die Sachen dann einfach in den Wald.
#CLOCK 14:48:10
Tom Rieth: Guten Tag, ich bin jetzt da, sorry.
Martin Haug: Ich beantrage Schluss der Debatte. Wir beraten das im Kreistag ohnehin noch einmal ausführlich.
Dr. Ulrike Bräuning: Es ist Schluss der Debatte beantragt. Gegenrede? Keine. Wer stimmt dem Antrag auf Schluss der Debatte zu? Ich zähle zehn. Dagegen? Zwei. Enthaltungen? Eine. Damit ist die Debatte geschlossen.
Dr. Ulrike Bräuning: Dann zur Beschlussempfehlung an den Kreistag, Gebührenkalkulation wie vorgelegt. Wer ist dafür? Das sind elf. Dagegen? Keiner. Enthaltungen? Zwei. Damit empfohlen.
#CLOCK 15:02:00
Dr. Ulrike Bräuning: Punkt 4a, Einleitung des Vergabeverfahrens für das Linienbündel Steinlachtal.
Martin Haug: Frau Landrätin, ich muss mich hier zurückziehen. Ich bin Gesellschafter eines Busunternehmens, das sich voraussichtlich bewirbt. Damit bin ich nach § 14 der Landkreisordnung befangen und nehme an der Beratung und Entscheidung nicht teil.
Dr. Ulrike Bräuning: Danke, Herr Kreisrat Haug, das wird so festgehalten. Herr Eberle, kurz zum Verfahren.
Markus Eberle: Wir schreiben das Bündel europaweit aus, Betriebsstart wäre Dezember 2027. Neu ist ein Halbstundentakt bis 21 Uhr auf der Hauptlinie.
Hakan Yılmaz: Das begrüßen wir sehr, das ist seit Jahren überfällig.
Dr. Ulrike Bräuning: Dann Abstimmung. Wer stimmt der Einleitung des Vergabeverfahrens zu? Zwölf dafür. Gegenstimmen keine, Enthaltungen keine. Einstimmig so beschlossen. Herr Haug, Sie können wieder teilnehmen.
#CLOCK 15:15:00
Dr. Ulrike Bräuning: Punkt 4b, die Pilotphase für einen Rufbus im Raum Rottenburg.
Markus Eberle: Zwei Jahre Pilotbetrieb, Buchung per App oder Telefon, Kosten für den Kreis rund 310.000 Euro jährlich, die Hälfte übernimmt das Land.
Volker Dürr: Ich halte das für zu teuer pro Fahrgast. Die Erfahrungen aus anderen Landkreisen sind gemischt.
Hakan Yılmaz: Gerade für die kleinen Teilorte ist das aber die einzige Chance auf ein Angebot am Abend.
Dr. Ulrike Bräuning: Wer stimmt der Pilotphase zu? Neun. Wer ist dagegen? Drei. Enthaltungen? Eine. Damit ist die Pilotphase beschlossen.
#CLOCK 15:30:00
Dr. Ulrike Bräuning: Punkt 5, Sanierung der Ortsdurchfahrt Bühl, Kreisstraße 6900.
Markus Eberle: Die Fahrbahn wird komplett erneuert, dazu kommt ein durchgehender Gehweg auf der Nordseite. Kosten 1,9 Millionen Euro, die Stadt Tübingen beteiligt sich am Gehweg.
Ingrid Sautter: Eine Vollsperrung über fünf Monate ist für die Leute in Bühl eine Zumutung, wir lehnen das in dieser Form ab.
Markus Eberle: Eine halbseitige Sperrung würde die Bauzeit fast verdoppeln, das haben wir geprüft.
#CLOCK 15:43:30
Volker Dürr: Ich muss leider zum Zug, ich verabschiede mich. Meine Zustimmung zu Punkt 5 hätten Sie gehabt.
Dr. Ulrike Bräuning: Danke, Herr Dürr, gute Fahrt. Dann lasse ich abstimmen. Wer ist für die Sanierung wie vorgeschlagen? Gegenprobe? Enthaltungen? Das ist die Mehrheit.
#CLOCK 15:50:00
Dr. Ulrike Bräuning: Punkt 6, Verschiedenes und Anfragen.
Hakan Yılmaz: Wann wird die Ampel am Kreisel in Mössingen-Belsen endlich umprogrammiert?
Markus Eberle: Das ist Sache des Regierungspräsidiums, wir haben nachgefragt und warten auf Antwort.
#CLOCK 15:56:00
Dr. Ulrike Bräuning: Damit schließe ich den öffentlichen Teil. Ich darf die Zuhörer bitten, uns jetzt zu verlassen.
#CLOCK 15:59:00
#NP
Dr. Ulrike Bräuning: So, wir sind nichtöffentlich. Punkt 7, Grunderwerb für den Radweg zwischen Kusterdingen und Wankheim. Herr Eberle.
Markus Eberle: Uns fehlen noch zwei Streifen. Der Eigentümer Herr Walter Grießhaber ist bereit, 1.240 Quadratmeter für 8 Euro pro Quadratmeter abzugeben, insgesamt 9.920 Euro. Er möchte dafür einen Feldweg als Zufahrt behalten.
Dr. Gisela Kußmaul: Das ist ein fairer Preis für Ackerland, das sollten wir machen.
Dr. Ulrike Bräuning: Dann Abstimmung. Wer ist dafür? Alle. Einstimmig.
#CLOCK 16:18:00
Dr. Ulrike Bräuning: Vielen Dank, die Sitzung ist um 16:18 Uhr geschlossen.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True, [
        D("Geschäftsordnungsantrag auf Schluss der Debatte", "angenommen", "Damit ist die Debatte geschlossen.", votes=(10, 2, 1)),
        D("Beschlussempfehlung an den Kreistag: Gebührenkalkulation 2027", "angenommen", "Das sind elf. Dagegen? Keiner. Enthaltungen? Zwei. Damit empfohlen.",
          votes=(11, 0, 2)),
    ], note="'Der Kreistag hat das im Herbst einstimmig so beschlossen' is a quote of an earlier vote of another body"),
    I("4a", AGENDA[3][1], True, [D("Einleitung des Vergabeverfahrens", "angenommen", "Einstimmig so beschlossen.", votes=(12, 0, 0), unanimous=True)],
      bias=["Martin Haug"]),
    I("4b", AGENDA[4][1], True, [D("Pilotphase Rufbus", "angenommen", "Damit ist die Pilotphase beschlossen.", votes=(9, 3, 1))]),
    I("5", AGENDA[5][1], True, [D("Sanierung der Ortsdurchfahrt K 6900", "angenommen", "Das ist die Mehrheit.")],
      note="Herr Dürr's 'meine Zustimmung hätten Sie gehabt' is not a vote"),
    I("6", AGENDA[6][1], True),
    I("7", AGENDA[7][1], False, [D("Grunderwerb für den Radweg", "angenommen", "Wer ist dafür? Alle. Einstimmig.", unanimous=True)]),
]
LATE = [{"name": "Tom Rieth", "top": "3"}]
EARLY = [{"name": "Volker Dürr", "top": "5"}]
SECRETS = ["Walter Grießhaber", "1.240 Quadratmeter", "9.920 Euro"]
