## Thüringen: Haupt- und Finanzausschuss der Stadt Jena, hybrid; the agenda.json is that of another committee (mismatch).
from build import Session, I, D

S = Session(
    id="th-jena-haupt-finanzausschuss-2027-02",
    split="dev", land="TH", body="Haupt- und Finanzausschuss", organization="Stadt Jena", date="2027-02-16",
    start="17:00", endSource="timeline",
    slug="jena/haupt-und-finanzausschuss", other_slug="ausschuss-stadtentwicklung-umwelt", domain="jena.example.de",
    teams_title="HFA 16.02.2027", agenda="mismatch", attendance=True, chair_key="V",
    clerk="Franziska Möbius",
    other_agenda=("2027-02-11", "17:00", "19:30", "Sitzung des Ausschusses für Stadtentwicklung und Umwelt",
                  "Ausschuss für Stadtentwicklung und Umwelt", [
                      ("1", "Eröffnung und Bestätigung der Tagesordnung", True),
                      ("2", "Bestätigung der Niederschrift vom 14.01.2027", True),
                      ("3", "Bebauungsplan „Am Steinbach“ – Abwägungs- und Satzungsbeschluss", True),
                      ("4", "Radverkehrskonzept 2030 – Fortschreibung", True),
                      ("5", "Baumfällungen im Rahmen der Saaleufersanierung", True),
                      ("6", "Informationen der Verwaltung", True),
                      ("7", "Grundstücksangelegenheit Gewerbegebiet Göschwitz", False)]),
    agendaNote="agenda.json is the agenda of the Ausschuss für Stadtentwicklung und Umwelt of 11.02.2027 (wrong file attached); its titles do not match the spoken items and it marks TOP 7 non-public while the transcript's TOP 7 is a non-public Stundung. A tool must warn and must not map these titles onto the session.",
    expectedWarnings=["agenda mismatch: body, date and item titles of agenda.json differ from the transcript"],
    voices={"V": "Katrin Ebert", "KM": "Dr. Jörg Schmalfuß", "FI": "Ronny Fiedler", "TH": "Sabine Thiele",
            "LO": "Anja Lorenz", "BR": "Michael Bräuer", "KA": "Doreen Kahl", "UL": "Felix Ullrich",
            "KE": "Uwe Keßler", "PO": "Nadine Pohl", "U": "Unknown Speaker"},
    participants=[("Franziska Möbius", "Organizer"), ("Katrin Ebert", "Presenter"), ("Dr. Jörg Schmalfuß", "Presenter"),
                  ("Torsten Wenzel", "Attendee"), ("Maria Schubert", "Attendee"), ("Gerd Lindner", "Attendee"), ("Heike Ludwig", "Attendee")],
    joins={"Doreen Kahl": "17:12"},
    late=[("Doreen Kahl", "3")],
    secrets=["Optik Schwarzbach GmbH", "38.500 Euro", "Glanzwerk Gebäudedienste", "Ratenzahlung bis Dezember"],
)

S.script = """
@17:00
V: Guten Abend, ich eröffne die Sitzung des Haupt- und Finanzausschusses. Die Einladung ist form- und fristgerecht ergangen. Anwesend sind zwölf von dreizehn Mitgliedern, Frau Kahl kommt später, der Ausschuss ist beschlussfähig.
V: Herr Keßler ist online zugeschaltet, ich werde ihn bei Abstimmungen jeweils direkt fragen. Die Tagesordnung liegt Ihnen vor, Änderungen? Keine, dann ist sie bestätigt.
V: Zu Tagesordnungspunkt 8, der Vergabe der Reinigungsleistungen, hat Frau Thiele eine persönliche Beteiligung angezeigt.
TH: Ja, mein Mann ist Prokurist bei einem der Bieter. Ich bin deshalb nach § 38 ThürKO ausgeschlossen und gehe bei dem Punkt raus.
@17:06
V: Punkt zwei, die Niederschrift vom 6. Januar. Gibt es Hinweise? Keine. Wer bestätigt die Niederschrift? Enthaltungen?
V: Die Niederschrift ist mit zehn Ja-Stimmen bei zwei Enthaltungen bestätigt.
@17:12
KA: Guten Abend, Entschuldigung für die Verspätung.
V: Willkommen, Frau Kahl, dann sind wir dreizehn. Wir kommen zur Wahl eines Vertreters der Stadt in der Gesellschafterversammlung der Stadtwerke.
V: Vorgeschlagen sind Frau Lorenz und Herr Bräuer. Da zwei Vorschläge vorliegen, wählen wir geheim mit Stimmzetteln. Herr Keßler, Sie bekommen den digitalen Stimmzettel über das Wahltool.
KE: Ist angekommen, danke.
V: Ich unterbreche die Sitzung für die Auszählung für fünf Minuten.
@17:31
V: Ich setze die Sitzung fort. Abgegeben wurden 13 Stimmzettel, alle gültig. Auf Frau Lorenz entfielen 8 Stimmen, auf Herrn Bräuer 5 Stimmen. Frau Lorenz ist damit gewählt.
LO: Ich nehme die Wahl an, vielen Dank.
@17:35
V: Wir kommen zu vier, der überplanmäßigen Ausgabe für die Sporthalle Lobeda-West. Herr Fiedler?
FI: Ich bin Vorsitzender des SV Lobeda, und wir sind Hauptnutzer der Halle. Ich sehe mich da als befangen an und setze mich weg.
V: Danke, Herr Fiedler, das ist nach § 38 richtig so. Herr Dr. Schmalfuß.
KM: Bei der Dachsanierung wurden Schäden an der Tragkonstruktion gefunden. Wir brauchen überplanmäßig 420.000 Euro. Die Deckung erfolgt aus Minderausgaben bei der Schulhofsanierung Winzerla, die sich ins nächste Jahr verschiebt.
UL: Das heißt, die Kinder in Winzerla warten ein Jahr länger auf ihren Schulhof. Das gefällt uns nicht.
KM: Die Schulhofsanierung wird in jedem Fall 2028 umgesetzt, die Mittel sind vorgemerkt.
BR: Können wir sicher sein, dass die 420.000 reichen? Bei der letzten Halle waren es am Ende doppelt so viel.
KM: Der Statiker hat einen Puffer von 15 Prozent eingerechnet. Mehr kann ich Ihnen heute nicht zusagen.
PO: Wir tragen das mit, aber wir wollen im Sommer einen Bericht über alle Sporthallen.
V: Dann lasse ich abstimmen. Wer ist dafür? Danke. Gegenprobe? Zwei. Enthaltungen? Eine. Herr Keßler?
U: Hier Keßler, ich stimme mit Ja, das Bild war weg.
V: Danke. Damit ist die überplanmäßige Ausgabe mit neun Ja bei zwei Gegenstimmen und einer Enthaltung bewilligt.
V: Herr Fiedler, Sie können zurückkommen.
@18:02
V: Nächster Punkt, der Antrag der Fraktion Bürger für Jena zur gebührenfreien Nutzung der Sporthallen. Herr Fiedler, damit keine Unklarheit entsteht: Hier sind Sie nicht befangen, das betrifft alle Vereine gleich.
FI: Danke. Unser Antrag ist einfach: Vereine sollen die städtischen Hallen wieder kostenfrei nutzen. Die Gebühren haben vielen Vereinen das Genick gebrochen.
KA: Die SPD stellt einen Änderungsantrag: Gebührenfrei nur für Kinder- und Jugendabteilungen. Das kostet die Stadt etwa 140.000 Euro statt 390.000 Euro.
PO: Wir halten beides für nicht finanziert. Woher soll das Geld kommen?
KE: Die AfD lehnt ab, das ist reine Klientelpolitik.
V: Zuerst der Änderungsantrag der SPD. Wer ist dafür? Acht. Dagegen? Fünf. Enthaltungen? Keine. Herr Keßler war bei den Gegenstimmen. Der Änderungsantrag ist mit acht zu fünf angenommen.
V: Jetzt der Antrag in der so geänderten Fassung als Empfehlung an den Stadtrat. Wer ist dafür? Gegen? Enthaltung?
V: Das ist gegen die Stimmen der AfD bei Enthaltung der FDP so empfohlen.
@18:31
V: Punkt sechs, Informationen. Herr Dr. Schmalfuß, zum Jahresabschluss.
KM: Der Jahresabschluss 2026 wird nach vorläufigen Zahlen mit einem Überschuss von 3,2 Millionen Euro schließen, das ist vor allem die Gewerbesteuer.
BR: Dann können wir ja über die Sporthallen noch mal reden.
LO: Und die Grundsteuerbescheide, warum kamen die so spät?
KM: Die Software des Landes hat uns drei Wochen gekostet. Inzwischen ist alles verschickt.
KE: Ich höre Sie nur sehr leise, Frau Vorsitzende.
V: Wir drehen das Saalmikrofon lauter. Geht es jetzt?
KE: Ja, jetzt geht es.
V: Das machen wir im Stadtrat, Herr Bräuer. Damit beenden wir den öffentlichen Teil. Ich bitte die Gäste, die Sitzung zu verlassen, und wir setzen die Sitzung nichtöffentlich fort.
@18:40
#NP
V: So, die Öffentlichkeit ist ausgeschlossen, der Stream ist aus. Punkt sieben, die Stundung.
KM: Die Optik Schwarzbach GmbH beantragt die Stundung von Gewerbesteuer in Höhe von 38.500 Euro. Wir schlagen eine Ratenzahlung bis Dezember mit den gesetzlichen Stundungszinsen vor.
LO: Ist das Unternehmen denn überhaupt noch zu retten?
KM: Die Bank hat die Kreditlinie verlängert, das werten wir als gutes Zeichen.
V: Wer der Stundung so zustimmt? Gegenstimmen? Enthaltungen? Das ist einstimmig beschlossen.
@18:55
V: Punkt acht, die Reinigungsleistungen. Frau Thiele hat den Raum verlassen. Herr Dr. Schmalfuß, Sie hatten noch Bedenken.
KM: Das günstigste Angebot von Glanzwerk Gebäudedienste liegt fast 30 Prozent unter den anderen. Wir müssen erst prüfen, ob das auskömmlich kalkuliert ist.
UL: Dann sollten wir das heute zurückstellen.
V: Wer der Zurückstellung bis zur nächsten Sitzung zustimmt? Das ist einstimmig, der Punkt ist zurückgestellt.
V: Frau Thiele, bitte wieder rein. Ich danke Ihnen allen und schließe die Sitzung, einen guten Heimweg.
"""

S.items = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit, Bestätigung der Tagesordnung", numberSpoken=False),
    I("2", "Bestätigung der Niederschrift vom 06.01.2027", numberSpoken=True, decisions=[
        D("Niederschrift vom 06.01.2027", "genehmigt", votes=(10, None, 2),
          ev="Die Niederschrift ist mit zehn Ja-Stimmen bei zwei Enthaltungen bestätigt.")]),
    I("3", "Wahl einer Vertreterin oder eines Vertreters der Stadt in der Gesellschafterversammlung der Stadtwerke Jena", numberSpoken=False, decisions=[
        D("Wahl von Anja Lorenz in die Gesellschafterversammlung der Stadtwerke", "gewählt",
          ballot={"Anja Lorenz": 8, "Michael Bräuer": 5, "ungültig": 0},
          ev="Auf Frau Lorenz entfielen 8 Stimmen, auf Herrn Bräuer 5 Stimmen. Frau Lorenz ist damit gewählt.",
          note="secret Wahl with Stimmzettel (digital for the online member), interruption for counting")]),
    I("4", "Überplanmäßige Ausgabe für die Sanierung der Sporthalle Lobeda-West", numberSpoken=True, decisions=[
        D("Überplanmäßige Ausgabe 420.000 Euro Sporthalle Lobeda-West", "angenommen", votes=(9, 2, 1),
          ev="Damit ist die überplanmäßige Ausgabe mit neun Ja bei zwei Gegenstimmen und einer Enthaltung bewilligt.",
          note="the online member's vote is attributed to 'Unknown Speaker' in the transcript")],
      bias=["Ronny Fiedler"], note="persönliche Beteiligung § 38 ThürKO declared by the member at the item (Vereinsvorsitzender)"),
    I("5", "Antrag der Fraktion Bürger für Jena: Gebührenfreie Nutzung der städtischen Sporthallen durch Vereine", numberSpoken=False, decisions=[
        D("Änderungsantrag der SPD: gebührenfrei nur für Kinder- und Jugendabteilungen", "angenommen", votes=(8, 5, 0),
          ev="Der Änderungsantrag ist mit acht zu fünf angenommen."),
        D("Empfehlung an den Stadtrat: Antrag in der geänderten Fassung", "angenommen", groups=([], ["AfD"], ["FDP"]),
          ev="Das ist gegen die Stimmen der AfD bei Enthaltung der FDP so empfohlen.")],
      note="explicit ruling by the chair that Fiedler is not befangen here (affects all clubs equally)"),
    I("6", "Informationen der Verwaltung", numberSpoken=True),
    I("7", "Stundung von Gewerbesteuer", public=False, numberSpoken=True, decisions=[
        D("Stundung der Gewerbesteuer mit Ratenzahlung", "angenommen", unanimous=True, ev="Das ist einstimmig beschlossen.")]),
    I("8", "Vergabe von Reinigungsleistungen für städtische Gebäude", public=False, numberSpoken=True, decisions=[
        D("Zurückstellung bis zur nächsten Sitzung", "vertagt", unanimous=True,
          ev="Das ist einstimmig, der Punkt ist zurückgestellt.")],
      bias=["Sabine Thiele"], note="persönliche Beteiligung § 38 ThürKO reported by the chair and confirmed by the member under TOP 1 for TOP 8"),
]

S.features = [
    "agenda mismatch: agenda.json of the Ausschuss für Stadtentwicklung und Umwelt of 11.02.2027; gold expects a warning",
    "Haupt- und Finanzausschuss (Thüringen), Bürgermeisterin as chair, Kämmerer reports; hybrid, online member asked for his votes",
    "persönliche Beteiligung § 38 ThürKO reported early under TOP 1 for the non-public TOP 8 and confirmed by the member",
    "calls: 'Punkt zwei', title only for the Wahl, 'Wir kommen zu vier', 'Nächster Punkt', 'Punkt sechs', 'Punkt sieben'",
    "Niederschrift 'bestätigt' (genehmigt) in number words; late arrival (TOP 3) in attendance",
    "secret Wahl with two candidates, interruption for counting, ballot counts in digits",
    "Befangenheit declared at TOP 4 by the member, online member's vote appears as 'Unknown Speaker'; 'bewilligt' with 'neun Ja bei zwei Gegenstimmen und einer Enthaltung'",
    "explicit non-Befangenheit ruling at TOP 5; SPD-Änderungsantrag 'mit acht zu fünf angenommen', then Empfehlung 'gegen die Stimmen der AfD bei Enthaltung der FDP'",
    "non-public part with mismatch agenda ('wir setzen die Sitzung nichtöffentlich fort'); Stundung einstimmig; Zurückstellung (vertagt) einstimmig",
    "closing without time (end from timeline)",
]
