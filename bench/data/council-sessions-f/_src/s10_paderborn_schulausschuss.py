## Nordrhein-Westfalen: Schulausschuss der Stadt Paderborn, no agenda, group lists, § 31 GO NRW early and at the item. TEST.
from build import Session, I, D

S = Session(
    id="nrw-paderborn-schulausschuss-2027-03",
    split="test", land="NRW", body="Schulausschuss", organization="Stadt Paderborn", date="2027-03-23",
    start="17:00", end="19:26", endSource="spoken",
    slug="paderborn/schulausschuss", domain="paderborn.example.de",
    teams_title="Schulausschuss März", agenda="none", attendance=True, chair_key="V",
    clerk="Lena Brockmeier",
    voices={"V": "Birgit Wiemers", "DZ": "Dr. Matthias Freitag", "SA": "Anke Wördehoff", "HI": "Jan Hillebrand",
            "KL": "Marion Kleeschulte", "GO": "Stefan Gockel", "AR": "Yasemin Arslan", "TE": "Frank Tewes",
            "LU": "Julia Lüke", "KR": "Dennis Kröger", "U": "Unknown Speaker"},
    participants=[("Lena Brockmeier", "Organizer"), ("Birgit Wiemers", "Presenter"), ("Dr. Matthias Freitag", "Presenter"),
                  ("Anke Wördehoff", "Presenter"), ("Sitzungsraum Marienplatz (Teams Room)", "Attendee")],
    secrets=["GaLaBau Sprenger", "Frau Dr. Böddeker", "268.300 Euro", "Rensing"],
)

S.script = """
@17:00
V: Guten Abend zusammen, ich eröffne die Sitzung des Schulausschusses. Wir sind vollzählig, 15 stimmberechtigte Mitglieder, und damit beschlussfähig. Die Einladung ist fristgerecht zugegangen.
V: Gibt es Befangenheiten, die jetzt schon angezeigt werden sollen?
HI: Ja, für die Vergabe im nichtöffentlichen Teil, die Schulhofgestaltung in Elsen. Meine Firma hat sich beworben, ich bin da nach § 31 befangen.
V: Danke, Herr Hillebrand, ist notiert. Dann die Niederschrift der letzten Sitzung. Wer stimmt zu? Gegenstimmen? Enthaltungen?
V: Ja 14, Nein keine, eine Enthaltung. Die Niederschrift ist genehmigt.
@17:05
V: Dann der Schulentwicklungsplan für die Grundschulen. Herr Dr. Freitag.
DZ: Der Plan geht bis 2032. Wir erwarten in der Kernstadt steigende Zahlen, in den Außenbereichen sinkende. Die Grundschule Dahl soll deshalb ab 2029 als Teilstandort der Grundschule Benhausen geführt werden.
LU: Das ist das Ende der Schule in Dahl, das muss man ehrlich sagen. Wir Grünen beantragen, Dahl als eigenständige Schule zu erhalten.
GO: Mit 64 Kindern ist die Schule nicht zu halten, der Teilstandort ist die Chance, sie überhaupt zu retten.
AR: Die SPD trägt den Teilstandort mit, wenn es in Dahl weiterhin alle vier Jahrgänge gibt.
SA: Das ist so vorgesehen, alle vier Jahrgänge bleiben vor Ort.
V: Dann stimmen wir zuerst über den Antrag der Grünen ab. Wer ist dafür? Sieben. Wer ist dagegen? Acht. Enthaltungen keine.
V: Damit ist der Antrag der Grünen nicht angenommen.
V: Nun der Schulentwicklungsplan als Empfehlung an den Rat. Wer ist dafür? Gegenstimmen? Enthaltungen?
V: Ja 10, Nein 4, Enthaltung 1. Damit empfehlen wir dem Rat den Schulentwicklungsplan.
@17:48
V: Als Nächstes die Tablets, Frau Wördehoff berichtet zum Stand.
SA: Alle weiterführenden Schulen sind jetzt ab Klasse sieben mit Tablets ausgestattet, zusammen 6.400 Geräte. Der Support läuft über den IT-Dienstleister, die Reparaturzeit liegt im Schnitt bei vier Tagen.
KR: Vier Tage ohne Gerät ist lang, wenn die Aufgaben nur noch digital kommen.
SA: Wir haben deshalb an jeder Schule einen Pool von Leihgeräten eingerichtet.
V: Danke für den Bericht, den nehmen wir zur Kenntnis.
@18:02
V: Gymnasium Schloß Neuhaus, die Erweiterung auf fünf Züge. Herr Dr. Freitag.
DZ: Die Erweiterung kostet nach erster Schätzung 14 Millionen Euro. Wir brauchen einen Grundsatzbeschluss, damit die Planung beginnen kann.
TE: Bei der Summe gehört das erst in den Haupt- und Finanzausschuss. Wir beantragen, die Vorlage dorthin zu verweisen.
AR: Die Eltern warten, die Anmeldezahlen sind seit drei Jahren über der Kapazität.
V: Wer der Verweisung in den Haupt- und Finanzausschuss zustimmt? CDU und FDP. Wer ist dagegen? SPD und Grüne. Enthaltungen? AfD und Linke.
V: Die Vorlage ist damit in den Haupt- und Finanzausschuss verwiesen.
@18:13
V: Dann der CDU-Antrag zur Sporthalle. Herr Gockel.
GO: Wir möchten, dass die Sporthalle an der Realschule um ein drittes Hallenteil erweitert wird. Die Vereine kriegen keine Hallenzeiten mehr.
SA: Dazu läuft gerade die Sportstättenbedarfsplanung, die Ergebnisse kommen im Juni.
GO: Dann beantragen wir selbst die Vertagung bis dahin.
V: Wer für die Vertagung ist? Danke. Wer dagegen? Zwei. Enthaltungen? Keine. Der Antrag ist vertagt.
V: Wir machen jetzt eine kurze Pause, um halb sieben geht es weiter.
@18:30
V: So, weiter geht's. Mitteilungen und Anfragen. Frau Arslan.
AR: Wie viele Kinder haben zum Schuljahr 27/28 keinen Platz an ihrer Wunsch-Gesamtschule bekommen?
SA: 118 Kinder, die meisten haben einen Platz an ihrer Zweitwunschschule erhalten.
KR: Und die Schulwegsicherung an der Gesamtschule Elsen, wann kommt der Zebrastreifen?
DZ: Die Anordnung ist erteilt, die Markierung folgt, sobald es wärmer ist.
U: Entschuldigung, ist das Mikrofon an? Hier ist der Ton sehr leise.
V: Jetzt besser? Gut. Weitere Fragen? Keine. Dann schließe ich den öffentlichen Teil. Ich bitte die Gäste und die Presse, den Raum zu verlassen.
@18:40
#NP
V: Wir kommen zum nichtöffentlichen Teil der Sitzung. Zuerst die Vergabe Schulhof Elsen. Herr Hillebrand ist draußen.
SA: Es gab fünf Angebote. Wirtschaftlichstes Angebot ist GaLaBau Sprenger mit 268.300 Euro. Die Firma von Herrn Hillebrand lag auf Platz drei.
TE: Sind das Bruttopreise?
SA: Ja, brutto, inklusive Pflege im ersten Jahr.
V: Wer der Vergabe zustimmt? Gegenstimmen? Enthaltungen? Einstimmig beschlossen. Herr Hillebrand kann wieder reinkommen.
@18:58
V: Dann die Stellungnahme des Schulträgers zur Besetzung der Schulleitung an der Grundschule Elsen. Frau Kleeschulte?
KL: Ich muss hier sagen, dass Frau Dr. Böddeker meine Schwägerin ist. Ich bin nach § 31 befangen und verlasse den Raum.
V: Danke. Es gibt zwei Bewerbungen, Frau Dr. Böddeker und Herrn Rensing. Die Schulkonferenz hat sich für Frau Dr. Böddeker ausgesprochen.
DZ: Die Verwaltung schlägt vor, dem Votum der Schulkonferenz zu folgen.
V: Wer der Stellungnahme so zustimmt? Gegenstimmen? Enthaltungen? Ja 13, Nein 0, Enthaltung 1. So beschlossen.
@19:25
V: Frau Kleeschulte, bitte wieder herein. Ich danke Ihnen, die Sitzung ist um 19:26 Uhr geschlossen.
"""

S.items = [
    I("1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit und Befangenheiten", numberSpoken=False),
    I("2", "Genehmigung der Niederschrift der letzten Sitzung", numberSpoken=False, decisions=[
        D("Niederschrift der letzten Sitzung", "genehmigt", votes=(14, 0, 1),
          ev="Ja 14, Nein keine, eine Enthaltung. Die Niederschrift ist genehmigt.")]),
    I("3", "Schulentwicklungsplan für die Grundschulen 2027 bis 2032 – Empfehlung an den Rat", numberSpoken=False, decisions=[
        D("Antrag der Grünen: Erhalt der Grundschule Dahl als eigenständige Schule", "abgelehnt", votes=(7, 8, 0),
          ev="Damit ist der Antrag der Grünen nicht angenommen.", note="counts in the previous cue"),
        D("Empfehlung an den Rat: Schulentwicklungsplan Grundschulen", "angenommen", votes=(10, 4, 1),
          ev="Ja 10, Nein 4, Enthaltung 1. Damit empfehlen wir dem Rat den Schulentwicklungsplan.")]),
    I("4", "Ausstattung der weiterführenden Schulen mit Tablets – Sachstandsbericht", numberSpoken=False, decisions=[
        D("Sachstandsbericht Tablets", "zur Kenntnis genommen", ev="Danke für den Bericht, den nehmen wir zur Kenntnis.")]),
    I("5", "Erweiterung des Gymnasiums Schloß Neuhaus auf fünf Züge – Grundsatzbeschluss", numberSpoken=False, decisions=[
        D("Verweisung in den Haupt- und Finanzausschuss", "verwiesen", groups=(["CDU", "FDP"], ["SPD", "Grüne"], ["AfD", "Linke"]),
          ev="Die Vorlage ist damit in den Haupt- und Finanzausschuss verwiesen.", note="group lists in the previous cue")]),
    I("6", "Antrag der CDU-Fraktion: Erweiterung der Sporthalle an der Realschule", numberSpoken=False, decisions=[
        D("Vertagung bis zur Sportstättenbedarfsplanung", "vertagt", votes=(None, 2, 0),
          ev="Wer dagegen? Zwei. Enthaltungen? Keine. Der Antrag ist vertagt.")]),
    I("7", "Mitteilungen und Anfragen", numberSpoken=False, note="resumed after a short break ('um halb sieben geht es weiter')"),
    I("8", "Vergabe der Schulhofgestaltung an der Grundschule Elsen", public=False, numberSpoken=False, decisions=[
        D("Vergabe Schulhofgestaltung", "angenommen", unanimous=True, ev="Einstimmig beschlossen. Herr Hillebrand kann wieder reinkommen.")],
      bias=["Jan Hillebrand"], note="Befangenheit § 31 GO NRW declared by the member himself under TOP 1 for this non-public item; 14 voting"),
    I("9", "Stellungnahme des Schulträgers zur Besetzung der Schulleitung an der Grundschule Elsen", public=False, numberSpoken=False, decisions=[
        D("Stellungnahme zur Besetzung der Schulleitung", "angenommen", votes=(13, 0, 1),
          ev="Ja 13, Nein 0, Enthaltung 1. So beschlossen.")],
      bias=["Marion Kleeschulte"], note="Befangenheit declared by the member at the item; 14 voting"),
]

S.features = [
    "no agenda, with attendance report; Schulausschuss (NRW), Ausschussvorsitzende as chair, Schuldezernent and Schulamtsleiterin report",
    "no item number is ever spoken: items called by title or in the chair's own words ('Als Nächstes die Tablets', 'Dann der CDU-Antrag zur Sporthalle')",
    "Befangenheit § 31 GO NRW declared early by the member under TOP 1 for a non-public Vergabe, a second one at the item (Schwägerin)",
    "counts as 'Ja 14, Nein keine, eine Enthaltung' and 'Ja 10, Nein 4, Enthaltung 1'",
    "negation: 'Damit ist der Antrag der Grünen nicht angenommen' (abgelehnt) with counts in the previous cue",
    "Verweisung with group lists for yes, no and abstain; Vertagung 'Wer dagegen? Zwei.'",
    "pause with a spoken time ('um halb sieben geht es weiter'); Unknown Speaker about the microphone; Teams Room device in attendance",
    "non-public part without agenda ('Ich bitte die Gäste und die Presse, den Raum zu verlassen', 'Wir kommen zum nichtöffentlichen Teil')",
]
