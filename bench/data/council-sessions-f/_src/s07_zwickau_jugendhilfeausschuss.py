## Sachsen: Jugendhilfeausschuss der Stadt Zwickau, voting cards, § 20 SächsGemO early and at the item. TEST.
from build import Session, I, D

S = Session(
    id="sn-zwickau-jugendhilfeausschuss-2027-03",
    split="test", land="SN", body="Jugendhilfeausschuss", organization="Stadt Zwickau", date="2027-03-04",
    start="16:30", end="19:03", endSource="spoken", planned_end="19:30",
    slug="zwickau/jugendhilfeausschuss", domain="zwickau.example.de",
    meeting_name="Sitzung des Jugendhilfeausschusses", org_name="Jugendhilfeausschuss der Stadt Zwickau",
    teams_title="JHA 04.03.2027", agenda="matching", attendance=True, chair_key="V",
    clerk="Kathrin Meinel",
    voices={"V": "Dr. Anett Pohlers", "JA": "Rico Hänel", "UH": "Jana Uhlig", "SE": "Mirko Seidel",
            "FR": "Claudia Fröhlich", "WA": "Tom Wagner", "HO": "Lea Hofmann", "KE": "Ulrich Kempe",
            "WE": "Sandra Weigel", "GR": "Peggy Graupner", "U": "Unknown Speaker"},
    participants=[("Kathrin Meinel", "Organizer"), ("Dr. Anett Pohlers", "Presenter"), ("Rico Hänel", "Presenter"),
                  ("Beratungsraum 2.14 (Teams Room)", "Attendee"), ("Heiko Schramm", "Attendee"), ("Ines Baumgärtel", "Attendee"),
                  ("Dirk Lötzsch", "Attendee"), ("Romy Tittel", "Attendee")],
    secrets=["Familie Reinhold", "Kinderdorf Waldenburg", "5.840 Euro monatlich", "Frau Schüppel"],
)

S.script = """
@16:30
V: Sehr geehrte Damen und Herren, ich eröffne die Sitzung des Jugendhilfeausschusses. Die Einladung ist ordnungsgemäß erfolgt. Von den 15 stimmberechtigten Mitgliedern sind 13 anwesend, Frau Graupner ist online zugeschaltet. Wir sind beschlussfähig.
V: Wir stimmen heute wie gewohnt mit den Stimmkarten ab, grün ist Ja, rot ist Nein, gelb ist Enthaltung. Frau Graupner frage ich jeweils direkt.
KE: Frau Vorsitzende, ich zeige gleich an, dass ich bei Punkt 4, der Förderung der Jugendarbeit, befangen bin nach § 20 SächsGemO. Der Kinder- und Jugendring ist Zuwendungsempfänger.
V: Danke, Herr Kempe, das nehmen wir auf. Zur Tagesordnung gibt es keine Änderungen.
@16:36
V: Punkt 2, die Niederschrift vom 1. Dezember. Gibt es Einwände? Keine. Dann bitte die Karten. Gegenstimmen keine, zwei Enthaltungen, alle anderen dafür.
V: Die Niederschrift ist mit elf Ja-Stimmen bestätigt.
@16:40
V: Wahl der stellvertretenden Vorsitzenden. Vorgeschlagen ist Frau Hofmann. Wird geheime Wahl beantragt? Das ist nicht der Fall, dann wählen wir offen.
V: Wer Frau Hofmann wählt, bitte die grüne Karte. Frau Graupner?
GR: Ja, ich wähle Frau Hofmann.
V: Gegenstimmen? Keine. Enthaltungen? Eine. Frau Hofmann ist mit 12 Ja-Stimmen bei einer Enthaltung gewählt. Nehmen Sie die Wahl an?
HO: Ja, ich nehme die Wahl an. Vielen Dank.
@16:48
V: Punkt 4, Förderung der Kinder- und Jugendarbeit 2027. Herr Kempe hat den Tisch verlassen. Frau Weigel?
WE: Ja, ich muss das auch sagen: Die AWO Jugendhilfe steht auf der Liste, ich bin deren Geschäftsführerin. Ich bin also ebenfalls befangen und gehe mit raus.
V: Danke. Herr Hänel, bitte.
JA: Die Förderliste umfasst 23 Träger mit zusammen 1,62 Millionen Euro. Neu aufgenommen sind der Jugendtreff Marienthal und die mobile Jugendarbeit in Eckersbach.
SE: Warum bekommt der Jugendtreff Neuplanitz zwanzig Prozent weniger?
JA: Die Besucherzahlen sind deutlich zurückgegangen, wir haben das mit dem Träger besprochen, er trägt das mit.
V: Dann bitte die Karten für die Förderliste. Frau Graupner? Ja. Rot sehe ich keine, eine gelbe.
V: Damit ist die Förderliste mit zehn Ja-Stimmen ohne Gegenstimmen bei einer Enthaltung beschlossen. Frau Weigel und Herr Kempe können zurückkommen.
@17:14
V: Punkt 5, Teilplan Hilfen zur Erziehung. Herr Hänel.
JA: Die Fallzahlen in der stationären Unterbringung sind von 212 auf 247 gestiegen. Wir wollen deshalb die ambulanten Hilfen und die Familienhilfe ausbauen, um Heimunterbringungen zu vermeiden.
FR: Wir brauchen dafür aber auch das Personal. Der Allgemeine Soziale Dienst ist jetzt schon überlastet.
JA: Vier zusätzliche Stellen sind im Haushaltsentwurf beantragt.
V: Danke. Der Ausschuss nimmt den Teilplan zur Kenntnis.
@17:30
V: Jetzt der Antrag der Grünen, Mittagessen im Hort. Frau Hofmann.
HO: Wir beantragen, dass die Stadt ab dem Schuljahr 27/28 das Mittagessen in allen städtischen Horten kostenfrei stellt. Kein Kind soll hungrig in den Nachmittag gehen.
UH: Das kostet laut Verwaltung 1,1 Millionen Euro im Jahr. Das ist nicht gegenfinanziert, wir lehnen das ab.
WA: Wir könnten mit den Kindern aus Familien mit Bildungs- und Teilhabeleistungen anfangen, die sind ja schon teilweise befreit.
V: Gut, ich lasse über den Antrag der Grünen abstimmen. Bitte die Karten.
U: Entschuldigung, Frau Vorsitzende, wir haben hier hinten keinen Ton mehr im Stream.
V: Moment, die Technik schaut. Frau Graupner, hören Sie uns?
GR: Jetzt wieder, aber ich habe die Abstimmung nicht mitbekommen.
V: Gut, das schauen wir uns dann im Protokoll an. Wir machen weiter mit der Kita-Bedarfsplanung.
@17:52
JA: Die Bedarfsplanung sieht für 2027/2028 einen Rückgang der Krippenplätze um 120 vor, weil die Geburtenzahlen sinken. Zwei Einrichtungen sollen zum Sommer 2028 zusammengelegt werden.
FR: Die Linke stellt den Änderungsantrag, auf die Zusammenlegung zu verzichten und stattdessen den Betreuungsschlüssel zu verbessern.
SE: Dafür gibt es kein Geld und auch keine Erzieherinnen.
V: Über den Änderungsantrag der Linken. Bitte die Karten. Frau Graupner? Nein. Der Änderungsantrag ist abgelehnt, dafür haben Linke und Grüne gestimmt.
V: Jetzt die Bedarfsplanung als Empfehlung an den Stadtrat. Grün bitte. Danke. Gegenprobe. Zwei. Enthaltung? Eine.
V: Damit mit zehn Ja-Stimmen dem Stadtrat empfohlen.
@18:20
V: Punkt 8, Informationen und Anfragen. Herr Wagner.
WA: Wann öffnet der Jugendclub in Pölbitz wieder nach dem Wasserschaden?
JA: Voraussichtlich nach den Osterferien, die Trocknung dauert länger als gedacht.
V: Weitere Anfragen gibt es nicht. Wir kommen zum nichtöffentlichen Teil, ich bitte die Gäste, den Raum zu verlassen, und beende die Übertragung.
@18:28
#NP
V: Die Öffentlichkeit ist ausgeschlossen. Punkt 9, Kostenübernahme im Einzelfall.
JA: Für ein Kind aus der Familie Reinhold beantragen wir die Unterbringung im Kinderdorf Waldenburg. Die Kosten liegen bei 5.840 Euro monatlich. Alle ambulanten Hilfen sind ausgeschöpft.
UH: Gibt es wirklich keine Pflegefamilie?
JA: Wir haben gesucht, bei dem Bedarf des Kindes leider nicht.
V: Bitte die Karten. Frau Graupner? Ja. Das ist einstimmig so beschlossen.
@18:45
V: Punkt 10, die Personalangelegenheit. Herr Hänel, es geht um die Stelle von Frau Schüppel?
JA: Ja, die Stellenbewertung liegt noch nicht vor. Ich würde vorschlagen, das auf April zu verschieben.
V: Wer der Vertagung auf April zustimmt, bitte die Karten. Eine Gegenstimme. Damit ist der Punkt vertagt.
@19:02
V: Ich danke Ihnen für die Mitarbeit und schließe die Sitzung um 19:03 Uhr.
"""

S.items = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Einberufung und der Beschlussfähigkeit"),
    I("2", "Bestätigung der Niederschrift vom 01.12.2026", decisions=[
        D("Niederschrift vom 01.12.2026", "genehmigt", votes=(11, 0, 2), ev="Die Niederschrift ist mit elf Ja-Stimmen bestätigt.",
          note="'Gegenstimmen keine, zwei Enthaltungen' in the previous cue")]),
    I("3", "Wahl der stellvertretenden Vorsitzenden des Jugendhilfeausschusses", decisions=[
        D("Wahl von Lea Hofmann zur stellvertretenden Vorsitzenden", "gewählt", votes=(12, 0, 1),
          ev="Frau Hofmann ist mit 12 Ja-Stimmen bei einer Enthaltung gewählt.", note="open Wahl with cards, online member asked")]),
    I("4", "Förderung der Kinder- und Jugendarbeit freier Träger 2027", decisions=[
        D("Förderliste Kinder- und Jugendarbeit 2027", "angenommen", votes=(10, 0, 1),
          ev="Damit ist die Förderliste mit zehn Ja-Stimmen ohne Gegenstimmen bei einer Enthaltung beschlossen.")],
      bias=["Ulrich Kempe", "Sandra Weigel"],
      note="Kempe declared Befangenheit § 20 SächsGemO himself under TOP 1 for TOP 4; Weigel declared at the item; 11 voting"),
    I("5", "Jugendhilfeplanung: Teilplan Hilfen zur Erziehung", decisions=[
        D("Teilplan Hilfen zur Erziehung", "zur Kenntnis genommen", ev="Danke. Der Ausschuss nimmt den Teilplan zur Kenntnis.")]),
    I("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Kostenfreies Mittagessen in den städtischen Horten", unclear=True,
      note="unclear: the vote was called with cards, the stream sound failed, the online member missed it, and the chair moved on ('das schauen wir uns dann im Protokoll an') without any result"),
    I("7", "Kindertagesstättenbedarfsplanung 2027/2028 – Empfehlung an den Stadtrat", decisions=[
        D("Änderungsantrag der Linken: keine Zusammenlegung, besserer Betreuungsschlüssel", "abgelehnt", groups=(["Linke", "Grüne"], [], []),
          ev="Der Änderungsantrag ist abgelehnt, dafür haben Linke und Grüne gestimmt."),
        D("Empfehlung an den Stadtrat: Kita-Bedarfsplanung 2027/2028", "angenommen", votes=(10, 2, 1),
          ev="Damit mit zehn Ja-Stimmen dem Stadtrat empfohlen.", note="Gegenprobe 'Zwei' and 'Enthaltung? Eine' in the previous cue")],
      note="called without number or title by the chair ('Wir machen weiter mit der Kita-Bedarfsplanung')"),
    I("8", "Informationen der Verwaltung und Anfragen"),
    I("9", "Kostenübernahme für eine stationäre Hilfe zur Erziehung im Einzelfall", public=False, decisions=[
        D("Kostenübernahme stationäre Unterbringung", "angenommen", unanimous=True, ev="Das ist einstimmig so beschlossen.")]),
    I("10", "Personalangelegenheit im Amt für Jugend und Familie", public=False, decisions=[
        D("Vertagung auf April", "vertagt", votes=(None, 1, None), ev="Eine Gegenstimme. Damit ist der Punkt vertagt.")]),
]

S.features = [
    "Jugendhilfeausschuss (Sachsen), Bürgermeisterin as chair, Jugendamtsleiter reports; voting cards (grün/rot/gelb); one online member asked each time",
    "Befangenheit § 20 SächsGemO declared early by a Träger representative himself under TOP 1 for TOP 4, a second one at the item ('ebenfalls befangen')",
    "Niederschrift bestätigt with counts across two cues; open Wahl with cards '12 Ja-Stimmen bei einer Enthaltung gewählt', acceptance",
    "'zehn Ja-Stimmen ohne Gegenstimmen bei einer Enthaltung' (not unanimous)",
    "Teilplan zur Kenntnis genommen; unclear TOP 6: vote with cards called, sound failure, no result, chair moves on",
    "TOP 7 called only in the chair's own words ('Wir machen weiter mit der Kita-Bedarfsplanung'); Linke-Änderungsantrag 'abgelehnt, dafür haben Linke und Grüne gestimmt', then Empfehlung with Gegenprobe",
    "Unknown Speaker (audience) interrupts about the stream; Teams Room device in the attendance report",
    "non-public part with matching agenda ('Die Öffentlichkeit ist ausgeschlossen'); Einzelfallhilfe einstimmig; Vertagung 'Eine Gegenstimme'",
]
