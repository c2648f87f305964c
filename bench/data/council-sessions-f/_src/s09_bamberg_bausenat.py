## Bayern: Bausenat der Stadt Bamberg, Franconian-tinged chair, Art. 49 GO early and at the item, Gegenprobe. TEST.
from build import Session, I, D

S = Session(
    id="by-bamberg-bausenat-2027-03",
    split="test", land="BY", body="Bausenat", organization="Stadt Bamberg", date="2027-03-17",
    start="16:00", end="18:37", endSource="spoken", planned_end="19:00",
    slug="bamberg/bausenat", domain="bamberg.example.de",
    meeting_name="Sitzung des Bausenats", org_name="Bausenat der Stadt Bamberg",
    teams_title="Bausenat 17.03.2027", agenda="matching", attendance=True, chair_key="V",
    clerk="Tanja Söllner",
    voices={"V": "Gudrun Schrenker", "BR": "Thomas Reinfelder", "DI": "Wolfgang Dippold", "PF": "Anna Pfister",
            "SZ": "Bernhard Schütz", "DO": "Heike Dotterweich", "ST": "Klaus Stöcklein", "ZE": "Peter Zenk",
            "MO": "Christa Mölter", "LU": "Georg Lunz", "U": "Unknown Speaker"},
    participants=[("Tanja Söllner", "Organizer"), ("Gudrun Schrenker", "Presenter"), ("Thomas Reinfelder", "Presenter"),
                  ("Ralf Hümmer", "Attendee"), ("Sieglinde Brand", "Attendee"), ("Jürgen Wich", "Attendee"),
                  ("Monika Strätz", "Attendee"), ("Oliver Kraus", "Attendee")],
    joins={"Anna Pfister": "16:42"}, leaves={"Georg Lunz": "18:22"},
    late=[("Anna Pfister", "4")], early=[("Georg Lunz", "8")],
    secrets=[],
)

S.script = """
@16:00
V: Also, grüß Gott mitnander, ich mach die Sitzung vom Bausenat auf. Geladen is ordnungsgemäß worn, mir san dreizehn, der Herr Hümmer fehlt entschuldigt, die Frau Pfister kommt später. Beschlussfähig sin mir.
V: Dann glei vorneweg: Der Herr Kollege Dippold hat mir gsagt, dass er bei drei Punkt zwei, Pödeldorfer Straße, persönlich beteiligt is nach Artikel 49, der baut da mit.
DI: Genau, ich bin an der Bauherrengemeinschaft beteiligt, ich geh da naus.
V: Danke. Dann Punkt zwei, die Niederschrift vom zehnten Februar. Einwände? Keine. Wer zustimmt? Gegenprobe. Eine. Dann is die Niederschrift bei einer Gegenstimme genehmigt.
@16:06
V: Jetzt die Bauanträge. Drei Punkt eins, Kaulberg vierzehn, Umbau und Aufstockung.
BR: Das Gebäude liegt im Welterbe-Ensemble. Die Aufstockung um ein Geschoss ist mit der Denkmalpflege abgestimmt, die Gaubenform wurde auf deren Wunsch geändert. Wir empfehlen, das Vorhaben zu befürworten.
DO: Wir Grünen sehen das kritisch, am Kaulberg wird jedes Dach höher und die Silhouette leidet.
ZE: Die Leut brauchen Wohnraum, des is doch vernünftig.
DO: Vernünftig schon, aber dann bitte mit Photovoltaik auf dem neuen Dach, das fehlt im Antrag.
BR: Das können wir als Hinweis in die Stellungnahme aufnehmen.
V: Wer dafür is, bitte Handzeichen. Danke, Gegenprobe. Drei.
V: Des is damit befürwortet.
@16:21
V: Drei Punkt zwei, Pödeldorfer Straße 88. Der Herr Dippold is drauß.
BR: Geplant sind 34 Wohnungen mit Tiefgarage. Das Vorhaben überschreitet die Umgebungsbebauung um zwei Geschosse, es fügt sich nach unserer Auffassung nicht ein. Wir schlagen vor, das Einvernehmen nicht zu erteilen.
LU: Wir brauchen aber genau solche Projekte, sonst bauen wir gar nix mehr in Bamberg.
ST: Zwei Geschosse zu viel sind zwei Geschosse zu viel. Da muss der Bauherr nachbessern.
V: Wer is für das Einvernehmen? Vier. Dagegen? Acht. Damit is des Einvernehmen net erteilt.
V: Herr Dippold, kannst wieder reinkommen.
@16:36
V: Drei Punkt drei, die Spielhalle in der Luitpoldstraße. Herr Reinfelder?
BR: Der Bauherr hat den Antrag am Montag zurückgenommen. Der Punkt hat sich damit erledigt.
V: Gut, dann is des erledigt, da brauchen mir nix abstimmen.
@16:42
PF: Servus, Entschuldigung, die Vorlesung hat länger gedauert.
V: Grüß dich, Anna, dann san mir vierzehn. Mir san beim Schillerplatz, dem Vorentwurf. Herr Reinfelder.
BR: Der Vorentwurf sieht einen Platz mit Brunnen und Sitzbänken vor, die Parkplätze entfallen weitgehend. Von den 21 Bäumen müssten fünf gefällt werden.
MO: Die ÖDP beantragt, dass alle Bäume erhalten bleiben und der Entwurf entsprechend angepasst wird. Alte Bäume ersetzt man nicht mit Setzlingen.
SZ: Dann passt die Feuerwehrzufahrt nicht mehr. Des geht technisch nicht.
V: Also erst der Antrag von der ÖDP. Wer dafür is? Sieben. Dagegen? Auch sieben. Bei Stimmengleichheit is der Antrag abgelehnt, sieben zu sieben.
V: Dann der Vorentwurf, wie er vorliegt. Wer dafür is? Danke. Gegenprobe. Des san die Stimmen der AfD. Damit is der Vorentwurf beschlossen.
@17:18
V: Punkt fünf, die Änderung der Stellplatzsatzung. Herr Schütz, du hast was?
SZ: Ja. Ich bin Vorstand einer Wohnungsbaugenossenschaft, die von der Satzung direkt profitiert, weil wir gerade zwei Projekte beantragt haben. Ich bin da persönlich beteiligt und nehm an der Beratung und Abstimmung net teil.
V: Danke, is so vermerkt. Herr Reinfelder, ganz kurz.
BR: Künftig sollen für Wohnungen unter 50 Quadratmetern nur noch 0,5 Stellplätze nachgewiesen werden, in der Innenstadt gar keine mehr, wenn ein Mobilitätskonzept vorliegt.
ZE: Dann parken die Autos halt auf der Straße. Des is doch Augenwischerei.
DO: Die Leute, die in kleinen Wohnungen wohnen, haben oft kein Auto. Das ist längst überfällig.
V: Mir empfehlen das der Vollsitzung. Wer dafür is? Gegenprobe. Damit mit neun gegen vier Stimmen dem Stadtrat empfohlen.
@17:46
V: Punkt sechs, Bahnausbau, da gibt's an Sachstand.
BR: Die Bahn hat die Planfeststellung für den Abschnitt Bamberg Nord eingereicht. Der Lärmschutz an der Gereuth ist gegenüber dem letzten Stand um einen Meter höher geplant. Die Bürgerinformation ist im Mai.
ST: Bekommen wir die Unterlagen vorab?
BR: Ja, sobald sie offengelegt sind.
V: Des nehmen mir zur Kenntnis, dankschön.
@18:02
V: Punkt sieben, der Grünen-Antrag zum Förderprogramm für Fassadenbegrünung.
DO: Wir wollen 100.000 Euro im Jahr für Fassaden- und Dachbegrünung, nach dem Vorbild anderer Städte.
LU: Des gehört in die Haushaltsberatung und net in den Bausenat. Ich beantrag, dass mir des zurückstellen bis zum Haushalt.
V: Wer für die Zurückstellung is? Gegenprobe. Vier. Damit is der Antrag mit zehn zu vier zurückgestellt.
@18:20
LU: Frau Bürgermeisterin, ich muss jetzt leider los.
V: Servus, Georg. Punkt acht, Anfragen. Frau Mölter.
MO: Wann wird die Ampel an der Memmelsdorfer Straße endlich umprogrammiert? Die Fußgänger haben nur acht Sekunden Grün.
BR: Das Verkehrsplanungsamt hat die neue Schaltung fertig, sie geht nächste Woche in Betrieb.
U: Hallo? Hört man mich? Ich wollt nur sagen, der Stream ruckelt.
@18:36
V: Dankschön für den Hinweis. Mehr hab ich net, ich schließ die Sitzung um 18:37 Uhr.
"""

S.items = [
    I("1", "Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit"),
    I("2", "Genehmigung der Niederschrift über die Sitzung vom 10.02.2027", decisions=[
        D("Niederschrift vom 10.02.2027", "genehmigt", votes=(None, 1, None),
          ev="Dann is die Niederschrift bei einer Gegenstimme genehmigt.")]),
    I("3.1", "Bauantrag: Umbau und Aufstockung eines Wohnhauses, Kaulberg 14", decisions=[
        D("Befürwortung des Bauantrags Kaulberg 14", "angenommen", votes=(None, 3, None), ev="Des is damit befürwortet.",
          note="'Gegenprobe. Drei.' in the previous cue are the no votes")]),
    I("3.2", "Bauantrag: Neubau eines Mehrfamilienhauses mit Tiefgarage, Pödeldorfer Straße 88", decisions=[
        D("Gemeindliches Einvernehmen Pödeldorfer Straße 88", "abgelehnt", votes=(4, 8, None),
          ev="Wer is für das Einvernehmen? Vier. Dagegen? Acht. Damit is des Einvernehmen net erteilt.")],
      bias=["Wolfgang Dippold"], note="persönliche Beteiligung Art. 49 GO reported early by the chair under TOP 1, confirmed by the member; 12 voting"),
    I("3.3", "Antrag auf Nutzungsänderung einer Gaststätte in eine Spielhalle, Luitpoldstraße", decisions=[
        D("Bauantrag Spielhalle Luitpoldstraße (vom Bauherrn zurückgenommen)", "erledigt",
          ev="Gut, dann is des erledigt, da brauchen mir nix abstimmen.")]),
    I("4", "Neugestaltung des Schillerplatzes – Vorentwurf", decisions=[
        D("Antrag der ÖDP: Erhalt aller Bäume", "abgelehnt", votes=(7, 7, None),
          ev="Bei Stimmengleichheit is der Antrag abgelehnt, sieben zu sieben."),
        D("Vorentwurf Schillerplatz", "angenommen", groups=([], ["AfD"], []),
          ev="Des san die Stimmen der AfD. Damit is der Vorentwurf beschlossen.")],
      note="called in the chair's own words ('Mir san beim Schillerplatz'); 14 voting after the late arrival"),
    I("5", "Änderung der Stellplatzsatzung – Empfehlung an die Vollsitzung", decisions=[
        D("Empfehlung an den Stadtrat: Änderung der Stellplatzsatzung", "angenommen", votes=(9, 4, None),
          ev="Damit mit neun gegen vier Stimmen dem Stadtrat empfohlen.")],
      bias=["Bernhard Schütz"], note="persönliche Beteiligung declared by the member at the item ('nehm an der Beratung und Abstimmung net teil'); 13 voting"),
    I("6", "Ausbau der Bahnstrecke Nürnberg–Ebensfeld im Stadtgebiet – Sachstandsbericht", decisions=[
        D("Sachstandsbericht Bahnausbau", "zur Kenntnis genommen", ev="Des nehmen mir zur Kenntnis, dankschön.")]),
    I("7", "Antrag der Stadtratsfraktion Grünes Bamberg: Förderprogramm für Fassaden- und Dachbegrünung", decisions=[
        D("Zurückstellung bis zur Haushaltsberatung", "vertagt", votes=(10, 4, None),
          ev="Damit is der Antrag mit zehn zu vier zurückgestellt.")]),
    I("8", "Anfragen"),
]

S.features = [
    "Bausenat (Bayern), Bürgermeisterin as chair (votes) with Franconian-tinged speech ('mir san', 'net', 'is'), Baureferent reports",
    "opening 'ich mach die Sitzung vom Bausenat auf' (no 'eröffne'); Niederschrift 'bei einer Gegenstimme genehmigt' after a Gegenprobe",
    "persönliche Beteiligung Art. 49 GO reported early by the chair for sub-item 3.2 ('drei Punkt zwei'), confirmed by the member",
    "sub-items 3.1 / 3.2 / 3.3 spoken as 'Drei Punkt eins'; Gegenprobe count 'Drei' then 'Des is damit befürwortet' (no yes count)",
    "negated Einvernehmen 'net erteilt' = abgelehnt; Bauantrag zurückgenommen = erledigt without vote",
    "TOP 4 called in the chair's own words; ÖDP-Antrag rejected on a tie 'sieben zu sieben'; Vorentwurf 'Gegenprobe. Des san die Stimmen der AfD'",
    "persönliche Beteiligung declared by the member at TOP 5; Empfehlung 'mit neun gegen vier Stimmen'",
    "Kenntnisnahme in dialect; Zurückstellung (vertagt) 'mit zehn zu vier'",
    "late arrival (TOP 4) and early departure (TOP 8) in attendance; Unknown Speaker about the stream; no non-public part",
]
