## Baden-Württemberg: Ortschaftsrat Hausen ob Rottweil, casual Ortsvorsteherin with Swabian tinge, hybrid.
from build import Session, I, D

S = Session(
    id="bw-rottweil-ortschaftsrat-hausen-2027-01",
    split="dev", land="BW", body="Ortschaftsrat", organization="Stadt Rottweil", date="2027-01-19",
    start="19:00", end="21:07", endSource="spoken", planned_end="21:30",
    slug="rottweil/ortschaftsrat-hausen", domain="rottweil.example.de",
    meeting_name="Öffentliche Sitzung des Ortschaftsrates Hausen", org_name="Ortschaftsrat Hausen",
    teams_title="Ortschaftsrat Hausen 19.01.2027", agenda="matching", attendance=True, chair_key="V",
    clerk="Melanie Graf",
    voices={"V": "Gerlinde Haug", "SC": "Manfred Schuler", "KI": "Petra Kienzle", "RA": "Tobias Rapp",
            "WO": "Sabine Wössner", "FR": "Uli Frommer", "MA": "Heike Mager", "FL": "Jürgen Flaig",
            "ST": "Andrea Staiger", "HE": "Bernd Hezel", "BI": "Stefan Bihler", "U": "Unknown Speaker"},
    participants=[("Melanie Graf", "Organizer"), ("Gerlinde Haug", "Presenter"), ("Stefan Bihler", "Presenter"),
                  ("Karin Maurer", "Attendee")],
    joins={"Bernd Hezel": "19:16"}, leaves={"Andrea Staiger": "20:52"},
    late=[("Bernd Hezel", "3")], early=[("Andrea Staiger", "9")],
    secrets=[],
)

S.script = """
@19:00
V: So, guten Abend mitnand, ich glaub mir könnet anfange. Ich begrüß euch alle zur Sitzung vom Ortschaftsrat, au die Heike, die isch heut online dabei, und den Herrn Bihler von der Stadt.
V: Eingeladen isch ordnungsgemäß worde, mir sind zehn von elf, also beschlussfähig. Der Bernd kommt a bissle später, der hat no Dienst.
V: Zur Tagesordnung gibt's nix? Gut. Dann fange mir glei an mit de Bürgerfragen.
U: Ja, grüß Gott, Rieger isch mein Name, ich wohn in der Kirchgass. Wann wird denn endlich die Straßenlaterne vor dem Haus Nummer zwölf repariert, die isch seit Oktober dunkel.
BI: Das ist gemeldet, Herr Rieger, die EnBW hat einen Termin für die nächste Woche zugesagt.
U: Des hen se im November au scho gsagt.
V: Mir hake da nochmal nach, versproche. Sonst no jemand? Nein. Dann die Niederschrift vom letzte Mal.
@19:16
HE: Sorry, Entschuldigung, ich bin da. Der Zug war wieder spät.
V: Grüß di, Bernd, dann sin mir jetzt elf. Also die Niederschrift vom 24. November, die hen alle kriegt. Gibt's da was dazu?
FR: Ich war am 24. net do, ich enthalt mich.
V: Isch recht. Wer stimmt der Niederschrift zu? Zehn. Gegenstimmen? Koine. Enthaltung eine, der Uli.
V: Dann isch die Niederschrift so genehmigt.
@19:24
V: Jetzt der Bauantrag Im Wiesengrund. Jürgen, du hasch mir ja gsagt, da bisch du raus.
FL: Ja, genau. Das baut mein Sohn mit seiner Frau, da bin ich nach § 18 der Gemeindeordnung befangen. Ich setz mich nach hinten zu de Zuhörer.
V: Danke, Jürgen. Herr Bihler, erzählet Sie kurz, um was es geht.
BI: Es geht um ein Einfamilienhaus mit Doppelgarage auf dem Flurstück 1123/4. Der Bebauungsplan Wiesengrund wird eingehalten, nur die Garage überschreitet die Baugrenze um etwa einen Meter. Dafür braucht es eine Befreiung.
SC: Einen Meter, des isch doch nix. Des hemmer bei andere au gmacht.
WO: Ich hab nur die Frage, ob die Zufahrt über den Feldweg geht oder über die Straße.
BI: Über die Straße, der Feldweg bleibt frei.
V: Gut. Dann schlaget mir dem Gemeinderat beziehungsweise der Baurechtsbehörde vor, das Einvernehmen zu erteilen, mit der Befreiung. Wer isch dafür? Heike, du bisch online, wie stimmsch du?
MA: Ich stimm zu. Hört ihr mich?
V: Jawohl, mir höret di. Also, dafür sind neun, dagege koiner, und eine Enthaltung. Dann isch des so empfohle.
V: Jürgen, kannsch wieder herkomme.
@19:41
V: Nächster Punkt, des isch immer der schönste, d'Haushaltsanmeldunge von der Ortschaft für 27 und 28. Ihr hen d'Liste alle.
BI: Die Liste umfasst elf Positionen, zusammen rund 640.000 Euro. Die größten Brocken sind das Dach der Gemeindehalle mit 310.000 Euro und der Spielplatz am Bach mit 95.000 Euro.
MA: Wir Grünen haben einen Antrag gestellt, dass zusätzlich 40.000 Euro für die Planung vom Radweg nach Rottweil angemeldet werden. Der Schulweg da ist lebensgefährlich.
RA: Der Radweg isch Sache vom Kreis, des wisst ihr doch. Da melde mir nix an, was mir net zahle müsset.
KI: Und wenn mir des draufschreibet, fliegt am End des Hallendach raus. Des will koiner.
WO: Ich find den Antrag richtig, aber ich enthalt mich, weil der Kreis zuständig isch.
V: Also, erscht der Antrag von de Grüne mit de vierzigtausend. Wer isch dafür, bitte
HE: d'Hand hebe. Vier. Und dagege sechs, Enthaltung eine. Des isch abglehnt, gell.
V: Ja, danke Bernd, du hasch ja mitzählt. Der Antrag isch abgelehnt mit vier zu sechs bei einer Enthaltung.
V: Und jetzt d'Liste, wie se vorliegt. Wer isch dafür? Des isch einstimmig, prima.
@20:05
V: Friedhof. Herr Bihler, Sie hen do was mitbracht.
BI: Die Umgestaltung des Urnengrabfelds ist im Zeitplan. Die Stelen sind bestellt, die Wege werden im März gepflastert. Die Kosten liegen bei 58.000 Euro, also etwas unter der Schätzung.
ST: Kommt au a Bank hin? Die ältere Leut wollet sich au mal hinsetze.
BI: Zwei Bänke sind vorgesehen.
V: Prima. Dann hemmer des zur Kenntnis gnomme, da muss mir nix beschließe.
@20:14
V: Jetzt Tempo 30 in der Hauptstraße, des isch der Antrag von de Freie Wähler. Petra.
KI: Ja, mir wollet Tempo 30 von der Kirch bis zum Kindergarte. Da rase die Leut morgens durch, des isch gefährlich.
BI: Die Verkehrsbehörde macht im Februar eine Verkehrsschau. Ich würde empfehlen, das Ergebnis abzuwarten, sonst beschließen Sie etwas, was rechtlich vielleicht gar nicht geht.
KI: Dann beantrage mir, dass mir des vertaget bis nach der Verkehrsschau.
MA: Wir wollen heute abstimmen. Das Thema liegt seit zwei Jahren rum.
V: Also, Antrag auf Vertagung. Wer isch dafür? Gegenstimmen? Zwei, d'Grüne. Enthaltunge? Koine. Dann isch des vertagt.
@20:31
V: Hallenbelegung für 27. Ihr kennet den Plan, der Musikverein will den Donnerstag, die Turner au.
SC: Dann soll halt einer auf den Mittwoch.
RA: Die Turner hen Mittwoch scho die Kinder, des geht net.
V: Mir machet's so wie vorgschlage: Musikverein Donnerstag, Turner Dienstag und Mittwoch. Wer isch dafür, Hand hoch. Heike?
MA: Entschuldigung, ich war kurz weg, die Verbindung, um was geht's grad?
V: Oh, jetzt isch au no der Beamer aus. Moment. Herr Bihler, könnet Sie mal gucke?
BI: Das ist die Sicherung, einen Moment. So, geht wieder.
V: So, wo waret mir. Ach ja, des lasse mir jetzt so. Und dann noch die Bekanntgabe.
@20:50
ST: Gerlinde, ich muss leider los, die Kleine isch krank.
V: Gute Besserung, Andrea. Also Bekanntgaben: Am 14. Februar isch der Neujahrsempfang in der Halle, und der Glasfaserausbau im Oberdorf fängt im April an.
FR: Kommt da au der Friedhofsweg dran?
BI: Der ist im zweiten Bauabschnitt, voraussichtlich Herbst.
@21:06
V: Gut. Noch was? Nein. Dann dank ich euch, schließ die Sitzung um 21:07 Uhr, und kommet gut heim.
"""

S.items = [
    I("1", "Eröffnung, Begrüßung und Feststellung der Beschlussfähigkeit"),
    I("2", "Fragestunde für Einwohnerinnen und Einwohner"),
    I("3", "Genehmigung der Niederschrift über die Sitzung vom 24.11.2026", decisions=[
        D("Niederschrift vom 24.11.2026", "genehmigt", votes=(10, 0, 1), ev="Dann isch die Niederschrift so genehmigt.",
          note="counts spoken in the previous cue ('Zehn. Gegenstimmen? Koine. Enthaltung eine')")]),
    I("4", "Anhörung zum Bauantrag: Neubau eines Einfamilienhauses mit Doppelgarage, Flurstück 1123/4, Im Wiesengrund", decisions=[
        D("Empfehlung des Einvernehmens mit Befreiung (Baugrenze Garage)", "angenommen", votes=(9, 0, 1),
          ev="Also, dafür sind neun, dagege koiner, und eine Enthaltung. Dann isch des so empfohle.",
          note="online member Mager asked for her vote; Flaig does not take part")],
      bias=["Jürgen Flaig"], note="Befangenheit § 18 GemO declared by the member at the item (son is the applicant)"),
    I("5", "Haushaltsanmeldungen der Ortschaft Hausen für die Haushaltsjahre 2027 und 2028", decisions=[
        D("Antrag der Grünen: zusätzlich 40.000 Euro Planungsmittel Radweg Hausen–Rottweil", "abgelehnt", votes=(4, 6, 1),
          ev="Der Antrag isch abgelehnt mit vier zu sechs bei einer Enthaltung.",
          note="the counts were first said by a member's voice (speaker change mid-sentence in the Teams transcript)"),
        D("Liste der Haushaltsanmeldungen wie vorgelegt", "angenommen", unanimous=True,
          ev="Wer isch dafür? Des isch einstimmig, prima.")]),
    I("6", "Umgestaltung des Urnengrabfeldes auf dem Friedhof Hausen – Sachstandsbericht", decisions=[
        D("Sachstandsbericht Urnengrabfeld", "zur Kenntnis genommen", ev="Dann hemmer des zur Kenntnis gnomme, da muss mir nix beschließe.")]),
    I("7", "Antrag der Fraktion Freie Wähler: Geschwindigkeitsbegrenzung auf 30 km/h in der Hauptstraße", decisions=[
        D("Vertagung bis nach der Verkehrsschau", "vertagt", votes=(None, 2, 0), groups=([], ["Grüne"], []),
          ev="Gegenstimmen? Zwei, d'Grüne. Enthaltunge? Koine. Dann isch des vertagt.")]),
    I("8", "Belegungsplan der Gemeindehalle Hausen für das Jahr 2027", unclear=True,
      note="unclear: the chair called the vote, the online member dropped out, the projector failed, and the chair moved on ('des lasse mir jetzt so') without any count or result"),
    I("9", "Bekanntgaben und Verschiedenes"),
]

S.features = [
    "Ortschaftsrat (Baden-Württemberg), Ortsvorsteherin as chair (votes), casual Swabian-tinged speech ('mir machet', 'isch', 'koiner'); hybrid session with one online member",
    "opening 'So, guten Abend mitnand, ich glaub mir könnet anfange' without 'eröffne'; Beschlussfähigkeit 'mir sind zehn von elf'",
    "items called only by title or in her own words ('Jetzt der Bauantrag Im Wiesengrund', 'Friedhof.', 'Hallenbelegung für 27'); no numbers spoken at all",
    "Niederschrift genehmigt with counts in number words and 'Koine'",
    "Befangenheit § 18 GemO declared by the member at the item (son is applicant), leaves the table; online member asked for her vote",
    "speaker change mid-sentence: the chair's vote call finishes in another member's voice, who also states the count; the chair then restates it",
    "Grünen-Antrag 'abgelehnt mit vier zu sechs bei einer Enthaltung', then the list 'einstimmig' (two votes in one TOP)",
    "Kenntnisnahme 'zur Kenntnis gnomme' (dialect participle); Vertagung with 'Zwei, d'Grüne' as Gegenstimmen",
    "unclear TOP 8: vote called, connection and projector fail, chair moves on without a result",
    "late arrival (TOP 3) and early departure (TOP 9) in attendance; non-speaking Schriftführerin as Teams organizer; no non-public part",
]
