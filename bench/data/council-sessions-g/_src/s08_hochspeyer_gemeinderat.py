from build import D, I
META = dict(id="rp-hochspeyer-ortsgemeinderat-2027-03", split="test", land="RP", body="Ortsgemeinderat",
    organization="Ortsgemeinde Hochspeyer", date="2027-03-16", start="19:00", endSource="timeline",
    chair="Gerd Schwarzmüller", clerk="Tanja Kölsch", style="municipal", agenda="none",
    late=[("Riccardo Bauer", "3a")], early=[("Heidi Stepp", "6")],
    tags=["municipal", "no-agenda", "casual-chair", "fillers", "false-starts", "asr-noise", "numbers-as-words", "misheard-top",
          "misspelled-names", "bias-at-item", "open-election", "withdrawn", "referral", "adjourned", "kenntnisnahme",
          "nonpublic-none", "unknown-speaker", "sub-items"],
    features=["Ortsgemeinderat (Rheinland-Pfalz), Ortsbürgermeister leitet locker mit Füllwörtern, Satzabbrüchen und pfälzischer Färbung",
              "keine Tagesordnung; Nummern nur aus den Aufrufen, Teams-Erkennung: 'Topf zwei', 'tob drei a', 'top vier', Zahlwörter, kaum Satzzeichen",
              "Namen falsch erkannt: 'Frau Hofmann Lil' für Sabine Hoffmann-Lill, 'Herr Bauer Riccardo' / 'Ricardo'",
              "Sonderinteresse § 22 GemO RP am TOP 3a (Schwiegersohn ist Bauherr)",
              "Verweisung in den Bauausschuss 'bei zwei Gegenstimmen'; offene Wahl der Schiedsperson mit Zahlen",
              "zurückgezogener Antrag; Vertagung gegen Stimmen; Forstbericht zur Kenntnis genommen",
              "nichtöffentlicher Teil ohne Tagesordnung (Pacht angenommen, Stundung abgelehnt); Verspätung und früher Weggang; Ende nur aus der Zeitachse"])
VOICES = {"S": "Gerd Schwarzmüller", "H": "Sabine Hoffmann-Lill", "B": "Riccardo Bauer", "St": "Heidi Stepp", "K": "Jürgen Kleemann",
          "F": "Melanie Frey", "R": "Oliver Ruppert", "?": "Unknown Speaker"}
T = """
S: so also ähm guten abend zusammen ich mach mal auf ich begrüß euch zur sitzung vom ortsgemeinderat und die frau hofmann lil von der verbandsgemeinde ist auch da
S: geladen is ordnungsgemäß wir sin ähm achtzehn plus ich also neunzehn der ricardo kommt später beschlussfähig simmer
S: ja dann fang mer an mit top eins einwohnerfragen is jemand do der was wissen will ja bitte
?: ja guten abend also ich wohn in der bahnhofstraße und die lkws vom steinbruch fahren morgens um halb fünf durch das geht so nicht
S: des hammer schon ans landesamt gemeldet ich ich kümmer mich nochmal drum versprochen
?: des sagen sie seit einem jahr
S: ja ich weiß ich weiß gut dann äh topf zwei die niederschrift vom letzten mal hat jemand was nee dann wer is wer stimmt zu danke des is einstimmig
@19:16
B: n'abend sorry bin da
S: ei servus ricardo dann sin mer zwanzig so tob drei a der bauantrag carport in der frankensteiner straße nummer vierzig
K: ja da muss ich mich raushalten des is mei schwiegersohn der baut des also sonderinteresse ich setz mich hinne hin
S: danke jürgen genau frau hofmann lil sagen sie kurz was dazu
H: Der Carport steht 1,50 Meter vor der Baulinie, das ist im Bebauungsplan Ortsmitte als Ausnahme zulässig. Wir empfehlen Zustimmung.
S: fragen keine dann wer is dafür also ich zähl achtzehn dagegen keiner enthaltung eine ja dann is des so beschlossen jürgen kannst wieder kommen
S: drei b die bauvoranfrage gewerbehalle am sportplatz des is ähm des is a größeres ding
R: Ich würd sagen das gehört erst in den Bauausschuss, da sind so viele Fragen wegen Lärm und Zufahrt offen.
F: Sehe ich auch so, außerdem will der Sportverein da ja parken.
S: also dann verweise mir des in den bauausschuss wer is dafür des is die mehrheit gegenstimme zwei enthaltung keine also verwiese
@19:48
S: top vier wahl von der schiedsperson die frau elke brunner hört ja auf vorgeschlage is der herr dieter lahm der sitzt hinne
S: wolle mer offen wähle oder will jemand geheim nee keiner gut also wer wählt den herrn lahm
S: siebzehn ja zwei nein eine enthaltung damit is der herr lahm gewählt herr lahm nehme sie die wahl an
?: ja ich nehm die wahl an vielen dank
S: top fünf des is der antrag von der fwg mit de hundekotbeutelspender melanie
F: Ja, also wir haben mit der Verwaltung gesprochen, die Spender kommen sowieso mit dem neuen Spielplatz, deshalb ziehen wir unseren Antrag zurück.
S: gut dann is der zurückgezoge danke melanie
@20:10
St: Gerd ich muss leider gehen ich hab morgen früh Dienst im Krankenhaus.
S: ja tschüss heidi gute nacht dann sin mer neunzehn top sechs antrag von der spd planung kita anbau oliver
R: Die Kita ist zu hundertzehn Prozent belegt, wir wollen, dass die Verbandsgemeinde jetzt ein Planungsbüro beauftragt, damit wir 2028 bauen können.
K: Mir sin net dagege aber die Kreisverwaltung hat die Bedarfsplanung noch net fertig des is doch Geld zum Fenster naus wenn mer jetzt plane
H: Die Bedarfsplanung soll im Mai vorliegen, das hat der Kreis so zugesagt.
K: dann beantrag ich des zu vertage bis die bedarfsplanung do is
S: also ähm erst mal über die vertagung wer is für vertagen zwölf dagegen sieben enthaltung keine also is des vertagt
R: Schade, aber im Mai kommen wir wieder damit.
@20:38
S: top sieben der jahresbericht forst frau hofmann lil oder äh nee der revierförster hat uns des schriftlich geschickt
H: Eingeschlagen wurden 2.300 Festmeter, wegen des Käferholzes mehr als geplant, der Überschuss beträgt 41.000 Euro.
F: Wie viele Fichten sind denn noch übrig am Schorlenberg?
H: Im oberen Teil fast keine mehr, dort wird jetzt mit Eiche und Elsbeere aufgeforstet.
S: gut also den bericht nehme mer zur kenntnis top acht verschiedenes
B: Die Straßenlampe am Friedhofsweg ist schon wieder kaputt, kann man da mal was machen.
F: Und beim Dorffest im Juni brauchen wir noch Helfer für den Getränkestand, bitte bei mir melden.
S: jo genau des dorffest ähm des is am vierzehnte juni gell
S: schreib ich mir auf ricardo sonst nix dann mache mer nichtöffentlich weiter ich bitt die zuhörer rauszugehe danke
#NP
@21:02
S: so top neun nichtöffentlich die verpachtung vom gemeindeacker an der alten ziegelei
H: Der Pächter wäre der Biolandhof Weißenborn, Pacht 410 Euro pro Hektar und Jahr, Laufzeit zwölf Jahre.
R: Ist der Hof auch bereit, den Feldweg an der Ziegelei mit zu pflegen?
H: Ja, das steht im Entwurf unter Paragraf 6, die Wegepflege übernimmt der Pächter.
S: fragen nee dann wer is dafür des is einstimmig also verpachtet
S: top zehn de stundungsantrag von de gaststätte zum hirschsprung die wolle die gewerbesteuer erst im herbst zahle
K: Des hamer letztes Jahr schon gemacht, ich bin dagege, des is ein Fass ohne Boden.
R: Ich würde es mit Ratenzahlung machen, aber eine komplette Stundung geht nicht.
S: also wer is für die stundung wie beantragt drei dagegen vierzehn enthaltung zwei damit is die stundung abgelehnt
H: Ich schreibe dem Betrieb, dass er eine Ratenzahlung beantragen kann.
@21:24
S: gut dann mache mer schluss danke euch kommt gut heim
"""
ITEMS = [
    I("1", "Einwohnerfragen", numberSpoken=True),
    I("2", "Genehmigung der Niederschrift der letzten Sitzung", numberSpoken=True,
      decisions=[D("Niederschrift der letzten Sitzung", "genehmigt", "dann wer is wer stimmt zu danke des is einstimmig",
                   unanimous=True, note="'topf zwei' = TOP 2 (speech recognition)")]),
    I("3a", "Bauantrag: Errichtung eines Carports, Frankensteiner Straße 40", numberSpoken=True,
      decisions=[D("Zustimmung zum Bauantrag (Ausnahme Baulinie)", "angenommen",
                   "also ich zähl achtzehn dagegen keiner enthaltung eine ja dann is des so beschlossen", votes=(18, 0, 1))],
      bias=["Jürgen Kleemann"], note="Sonderinteresse § 22 GemO RP declared by the member at the item (son-in-law is the applicant); 'tob drei a' = TOP 3a"),
    I("3b", "Bauvoranfrage: Gewerbehalle am Sportplatz", numberSpoken=True,
      decisions=[D("Verweisung in den Bauausschuss", "verwiesen",
                   "des is die mehrheit gegenstimme zwei enthaltung keine also verwiese", votes=(None, 2, 0))],
      note="called as 'drei b'"),
    I("4", "Wahl der Schiedsperson", numberSpoken=True,
      decisions=[D("Wahl von Dieter Lahm zur Schiedsperson (offen)", "gewählt",
                   "siebzehn ja zwei nein eine enthaltung damit is der herr lahm gewählt", votes=(17, 2, 1))]),
    I("5", "Antrag der FWG: Aufstellung von Hundekotbeutelspendern", numberSpoken=True,
      decisions=[D("Antrag der FWG", "zurückgezogen", "gut dann is der zurückgezoge danke melanie")]),
    I("6", "Antrag der SPD: Planung eines Anbaus an die Kindertagesstätte", numberSpoken=True,
      decisions=[D("Vertagung bis zur Vorlage der Bedarfsplanung", "vertagt",
                   "wer is für vertagen zwölf dagegen sieben enthaltung keine also is des vertagt", votes=(12, 7, 0))]),
    I("7", "Jahresbericht Forst", numberSpoken=True,
      decisions=[D("Jahresbericht Forst", "zur Kenntnis genommen", "gut also den bericht nehme mer zur kenntnis")]),
    I("8", "Verschiedenes", numberSpoken=True),
    I("9", "Grundstücksangelegenheit: Verpachtung einer gemeindlichen Ackerfläche", public=False, numberSpoken=True,
      decisions=[D("Verpachtung", "angenommen", "des is einstimmig also verpachtet", unanimous=True)]),
    I("10", "Stundungsantrag Gewerbesteuer", public=False, numberSpoken=True,
      decisions=[D("Stundung der Gewerbesteuer wie beantragt", "abgelehnt",
                   "also wer is für die stundung wie beantragt drei dagegen vierzehn enthaltung zwei damit is die stundung abgelehnt", votes=(3, 14, 2),
                   note="no punctuation: 'drei' answers 'wer is für', then 'dagegen vierzehn', 'enthaltung zwei'")]),
]
SECRETS = ["Biolandhof Weißenborn", "410 Euro pro Hektar", "zum hirschsprung"]
ATTENDANCE = dict(title="Ortsgemeinderat Hochspeyer 16.03.2027", domain="vg-hochspeyer.example.de",
    people=[("Tanja Kölsch", "Organizer"), ("Gerd Schwarzmüller", "Presenter"), ("Sabine Hoffmann-Lill", "Presenter"),
            ("Bürgerhaus Hochspeyer (Teams Room)", "Attendee"), ("Jürgen Kleemann", "Attendee"), ("Melanie Frey", "Attendee"),
            ("Oliver Ruppert", "Attendee"), ("Heidi Stepp", "Attendee"), ("Riccardo Bauer", "Attendee")],
    times={"Riccardo Bauer": ("19:16", None), "Heidi Stepp": (None, "20:10")})
