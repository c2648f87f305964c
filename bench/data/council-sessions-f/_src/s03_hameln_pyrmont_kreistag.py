## Niedersachsen: Kreistag Landkreis Hameln-Pyrmont, electronic voting with two online members, § 41 NKomVG early and at the item.
from build import Session, I, D

S = Session(
    id="nds-lk-hameln-pyrmont-kreistag-2027-02",
    split="dev", land="NDS", body="Kreistag", organization="Landkreis Hameln-Pyrmont", date="2027-02-09",
    start="15:00", end="18:41", endSource="spoken", planned_end="19:00",
    slug="lk-hameln-pyrmont/kreistag", domain="hameln-pyrmont.example.de",
    meeting_name="Sitzung des Kreistages", org_name="Kreistag des Landkreises Hameln-Pyrmont",
    teams_title="Kreistag 09.02.2027 (hybrid)", agenda="matching", attendance=False, chair_key="V",
    voices={"V": "Ilse Schaper", "LR": "Dirk Lohmann", "KK": "Frank Sieker", "WI": "Lena Wiegmann",
            "BK": "Horst Brakemeier", "VH": "Hinrich von der Heide", "RO": "Gesine Rohlfing", "KR": "Martina Kruse",
            "PE": "Jan-Ole Pettig", "DA": "Sven Dankelmann", "TI": "Karoline Timmermann", "NU": "Rolf Nülle"},
    early=[("Horst Brakemeier", "9")],
    secrets=["Flurstück 88/3", "4,20 Euro je Quadratmeter", "Rettungsdienst Weser-Süd gGmbH", "Hof Dreyer"],
)

S.script = """
@15:00
V: Meine sehr geehrten Damen und Herren, ich eröffne die 19. Sitzung des Kreistages und begrüße Sie, Herrn Landrat Lohmann, die Vertreter der Presse und die Zuhörerinnen und Zuhörer hier im Saal und im Stream.
V: Ich stelle die ordnungsgemäße Einberufung fest. Anwesend sind 50 Kreistagsabgeordnete einschließlich des Landrats, davon zwei per Video zugeschaltet, Frau Wiegmann und Herr Brakemeier. Der Kreistag ist beschlussfähig.
V: Für die Online-Teilnehmenden gilt: Sie können die Abstimmungsanlage nicht nutzen, ich frage Sie bei jeder Abstimmung einzeln ab.
V: Herr von der Heide hat mir schriftlich mitgeteilt, dass er bei Tagesordnungspunkt 6, der Ortsdurchfahrt Hemeringen, einem Mitwirkungsverbot nach § 41 NKomVG unterliegt, weil ihm ein anliegendes Grundstück gehört.
VH: Das ist richtig, ich nehme dann im Zuhörerbereich Platz.
V: Weitere Anzeigen? Das ist nicht der Fall. Die Tagesordnung ist mit der Einladung versandt worden, Änderungen gibt es nicht.
@15:08
V: Tagesordnungspunkt 2, Protokoll der Sitzung vom 8. Dezember. Ich öffne die Abstimmung. Frau Wiegmann? Ja. Herr Brakemeier? Enthaltung, ich war nicht da.
V: Das Ergebnis: 46 Ja, 0 Nein, 4 Enthaltungen. Das Protokoll ist genehmigt.
@15:12
V: Tagesordnungspunkt 3, Wahl einer ehrenamtlichen Stellvertreterin des Landrats. Vorgeschlagen ist von der SPD-Fraktion Frau Martina Kruse. Gibt es Widerspruch gegen eine offene Wahl über die Anlage? Nein.
V: Dann ist die Abstimmung geöffnet. Frau Wiegmann? Ja. Herr Brakemeier? Nein.
V: 42 Ja-Stimmen, 5 Nein-Stimmen, 3 Enthaltungen. Damit ist Frau Kruse gewählt. Frau Kruse, nehmen Sie die Wahl an?
KR: Ja, ich nehme die Wahl an und bedanke mich für das Vertrauen.
@15:20
V: Wir kommen zum Haushalt 2027, Tagesordnungspunkt 4. Herr Sieker bringt ihn noch einmal kurz ein.
KK: Der Ergebnishaushalt schließt mit einem Fehlbetrag von 11,8 Millionen Euro. Die Kreisumlage bleibt bei 52 Punkten. Größte Steigerung sind die Sozial- und Jugendhilfe mit plus 9 Millionen Euro.
TI: Unser Änderungsantrag: Die Buslinie 40 zwischen Hameln und Bad Pyrmont soll ab August im Stundentakt fahren, dafür 180.000 Euro. Das ist Daseinsvorsorge für den ländlichen Raum.
PE: Die CDU wird dem Antrag der Grünen zustimmen, das haben wir im Kreisausschuss schon signalisiert.
DA: Und wir beantragen, die Kreisumlage auf 50 Punkte zu senken. Die Gemeinden ächzen.
LR: Dann fehlen uns sechs Millionen Euro, Herr Dankelmann, und einen Deckungsvorschlag haben Sie nicht gemacht.
V: Wir stimmen zuerst über den Änderungsantrag der Grünen ab. Abstimmung ist offen. Frau Wiegmann? Ja. Herr Brakemeier? Nein.
V: 27 Ja, 21 Nein, 2 Enthaltungen. Der Änderungsantrag ist angenommen.
V: Jetzt der Änderungsantrag der AfD zur Kreisumlage. Frau Wiegmann? Nein. Herr Brakemeier? Nein. Ergebnis: 4 Ja, 44 Nein, 2 Enthaltungen, abgelehnt.
V: Und nun die Haushaltssatzung 2027 mit dem Haushaltsplan in der soeben geänderten Fassung. Frau Wiegmann, Ihr Votum?
WI: Ja.
BK: Ich enthalte mich.
V: Mit den beiden Online-Stimmen lautet das Ergebnis 35 Ja, 11 Nein, 4 Enthaltungen. Die Haushaltssatzung ist damit beschlossen.
@16:31
V: Tagesordnungspunkt 5, Integrierte Gesamtschule Bad Münder.
NU: Die Elternbefragung ist erst im Januar ausgewertet worden, der Schulausschuss hat das Ergebnis noch gar nicht gesehen. Wir beantragen, die Vorlage in den Ausschuss für Schule und Kultur zu überweisen.
TI: Wir wollen heute entscheiden, die Eltern warten seit drei Jahren.
V: Wer der Überweisung zustimmt, stimmt bitte jetzt ab. Frau Wiegmann? Nein. Herr Brakemeier? Ja. 44 Ja, 6 Nein, 0 Enthaltungen. Die Vorlage ist an den Ausschuss für Schule und Kultur überwiesen.
@16:48
V: Tagesordnungspunkt 6, Ausbau der Ortsdurchfahrt Hemeringen. Herr von der Heide hat, wie angekündigt, im Zuhörerbereich Platz genommen.
LR: Die K 12 wird auf 1,4 Kilometern erneuert, mit Gehweg auf der Nordseite. Der Landkreis trägt 2,6 Millionen Euro, das Land fördert mit 60 Prozent.
V: Abstimmung ist offen. Frau Wiegmann? Enthaltung. Herr Brakemeier? Ja.
V: 46 Ja, keine Nein-Stimmen, 3 Enthaltungen. Der Ausbaubeschluss ist gefasst. Herr von der Heide, bitte kommen Sie zurück.
@17:02
V: Tagesordnungspunkt 7, Antrag der Gruppe FDP/Freie Wähler auf Einrichtung eines Kreisjugendparlaments.
BK: Junge Menschen sollen bei Schülerbeförderung und Freizeitangeboten mitreden. Andere Kreise machen das längst.
PE: Die Idee ist gut, aber ohne Beteiligung der Gemeinden und Schulen ist das ein Papiertiger.
V: Abstimmung ist offen. Frau Wiegmann? Ja. Herr Brakemeier? Ja. 15 Ja, 31 Nein, 4 Enthaltungen. Damit hat der Antrag keine Mehrheit gefunden.
@17:14
V: Tagesordnungspunkt 8, Mitteilungen des Landrats.
LR: Die Kreisverwaltung hat die E-Akte in allen Fachbereichen eingeführt. Und für das Kreishaus haben wir den Förderbescheid für die Dachsanierung erhalten, 1,1 Millionen Euro.
V: Vielen Dank, damit sind die Mitteilungen zur Kenntnis genommen.
@17:21
V: Tagesordnungspunkt 9, Anfragen.
DA: Wie viele Lehrerstellen an den Berufsbildenden Schulen sind derzeit unbesetzt?
LR: Zurzeit 14, das Land ist da in der Pflicht, wir unterstützen mit Werbung.
BK: Frau Vorsitzende, ich muss die Verbindung jetzt leider beenden, ich habe noch einen Termin.
V: Danke, Herr Brakemeier. Weitere Anfragen gibt es nicht. Ich schließe den öffentlichen Teil und bitte die Zuhörerinnen und Zuhörer sowie die Presse, den Saal zu verlassen. Der Stream wird beendet.
@17:35
#NP
V: Ich stelle die Nichtöffentlichkeit her. Tagesordnungspunkt 10, Grundstücksangelegenheit Feuerwehrtechnisches Zentrum.
RO: Frau Vorsitzende, ich zeige meine Befangenheit an. Mein Bruder ist einer der Verkäufer. Ich verlasse den Raum.
V: Danke, Frau Rohlfing. Sie wirken nach § 41 NKomVG nicht mit. Herr Landrat.
LR: Wir wollen vom Hof Dreyer das Flurstück 88/3 mit 2,3 Hektar erwerben, zu 4,20 Euro je Quadratmeter. Der Gutachterausschuss hält das für angemessen.
V: Abstimmung ist offen. Frau Wiegmann? Ja. Ergebnis: 44 Ja, 2 Nein, 2 Enthaltungen. Dem Ankauf ist zugestimmt.
@18:10
V: Tagesordnungspunkt 11, Vertragsangelegenheit Rettungsdienst. Frau Rohlfing ist wieder da.
LR: Die Rettungsdienst Weser-Süd gGmbH hat eine Erhöhung der Vergütung um 18 Prozent verlangt. Die Verhandlungen laufen noch.
PE: Dann sollten wir heute nichts beschließen. Ich beantrage Vertagung in die März-Sitzung.
V: Abstimmung über die Vertagung. Frau Wiegmann? Ja. 49 Ja, 0 Nein, 0 Enthaltungen. Der Punkt ist einstimmig vertagt.
@18:40
V: Ich danke Ihnen und schließe die Sitzung des Kreistages um 18:41 Uhr.
"""

S.items = [
    I("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Einberufung, der Beschlussfähigkeit und der Tagesordnung"),
    I("2", "Genehmigung des Protokolls über die Sitzung vom 08.12.2026", decisions=[
        D("Protokoll vom 08.12.2026", "genehmigt", votes=(46, 0, 4), ev="Das Ergebnis: 46 Ja, 0 Nein, 4 Enthaltungen. Das Protokoll ist genehmigt.")]),
    I("3", "Wahl einer ehrenamtlichen Stellvertreterin oder eines ehrenamtlichen Stellvertreters des Landrats", decisions=[
        D("Wahl von Martina Kruse zur ehrenamtlichen Stellvertreterin des Landrats", "gewählt", votes=(42, 5, 3),
          ev="42 Ja-Stimmen, 5 Nein-Stimmen, 3 Enthaltungen. Damit ist Frau Kruse gewählt.",
          note="open Wahl via the voting system, no objection; she accepts")]),
    I("4", "Haushaltssatzung und Haushaltsplan des Landkreises Hameln-Pyrmont für das Haushaltsjahr 2027", decisions=[
        D("Änderungsantrag der Grünen: Stundentakt Buslinie 40 (180.000 Euro)", "angenommen", votes=(27, 21, 2),
          ev="27 Ja, 21 Nein, 2 Enthaltungen. Der Änderungsantrag ist angenommen."),
        D("Änderungsantrag der AfD: Senkung der Kreisumlage auf 50 Punkte", "abgelehnt", votes=(4, 44, 2),
          ev="Ergebnis: 4 Ja, 44 Nein, 2 Enthaltungen, abgelehnt."),
        D("Haushaltssatzung 2027 in der geänderten Fassung", "angenommen", votes=(35, 11, 4),
          ev="Mit den beiden Online-Stimmen lautet das Ergebnis 35 Ja, 11 Nein, 4 Enthaltungen. Die Haushaltssatzung ist damit beschlossen.",
          note="the two online members answered in their own voices")]),
    I("5", "Schulentwicklungsplanung: Errichtung einer Integrierten Gesamtschule in Bad Münder", decisions=[
        D("Überweisung in den Ausschuss für Schule und Kultur", "verwiesen", votes=(44, 6, 0),
          ev="Die Vorlage ist an den Ausschuss für Schule und Kultur überwiesen.",
          note="counts in the same cue just before the evidence")]),
    I("6", "Ausbau der Kreisstraße K 12, Ortsdurchfahrt Hemeringen – Ausbaubeschluss", decisions=[
        D("Ausbaubeschluss K 12 Ortsdurchfahrt Hemeringen", "angenommen", votes=(46, 0, 3),
          ev="46 Ja, keine Nein-Stimmen, 3 Enthaltungen. Der Ausbaubeschluss ist gefasst.")],
      bias=["Hinrich von der Heide"], note="Mitwirkungsverbot § 41 NKomVG reported early by the chair under TOP 1; 49 voting"),
    I("7", "Antrag der Gruppe FDP/Freie Wähler: Einrichtung eines Kreisjugendparlaments", decisions=[
        D("Antrag Kreisjugendparlament", "abgelehnt", votes=(15, 31, 4),
          ev="Damit hat der Antrag keine Mehrheit gefunden.", note="counts in the same cue just before the evidence")]),
    I("8", "Mitteilungen des Landrats", decisions=[
        D("Mitteilungen des Landrats", "zur Kenntnis genommen", ev="Vielen Dank, damit sind die Mitteilungen zur Kenntnis genommen.")]),
    I("9", "Anfragen"),
    I("10", "Grundstücksangelegenheit: Erwerb von Flächen für das Feuerwehrtechnische Zentrum", public=False, decisions=[
        D("Ankauf der Fläche für das Feuerwehrtechnische Zentrum", "angenommen", votes=(44, 2, 2),
          ev="Ergebnis: 44 Ja, 2 Nein, 2 Enthaltungen. Dem Ankauf ist zugestimmt.")],
      bias=["Gesine Rohlfing"], note="'Ich zeige meine Befangenheit an' at the item, confirmed by the chair; 48 voting after Brakemeier left"),
    I("11", "Vertragsangelegenheit im Rettungsdienst", public=False, decisions=[
        D("Vertagung in die März-Sitzung", "vertagt", votes=(49, 0, 0), unanimous=True,
          ev="49 Ja, 0 Nein, 0 Enthaltungen. Der Punkt ist einstimmig vertagt.")]),
]

S.features = [
    "Kreistag (Niedersachsen), Kreistagsvorsitzende as chair, Landrat (votes) and Kreiskämmerer report; hybrid with two online members",
    "electronic voting ('Abstimmung ist offen'), results read from the display in digits; online members asked one by one, answers partly in their own voices",
    "Mitwirkungsverbot § 41 NKomVG reported early by the chair under TOP 1 for TOP 6 ('von der Heide', name with particle)",
    "open Wahl of an ehrenamtliche Stellvertreterin via the voting system, acceptance of the Wahl",
    "Haushalt: Grünen-Änderungsantrag angenommen, AfD-Änderungsantrag abgelehnt, Haushaltssatzung in der geänderten Fassung beschlossen (three decisions in one TOP)",
    "Überweisung in den Ausschuss für Schule und Kultur with counts; 'keine Nein-Stimmen, 3 Enthaltungen' (not unanimous)",
    "'Damit hat der Antrag keine Mehrheit gefunden' with counts; Mitteilungen 'zur Kenntnis genommen'",
    "early departure of an online member (TOP 9), no attendance report",
    "non-public part with matching agenda ('Ich stelle die Nichtöffentlichkeit her', stream ended); 'Ich zeige meine Befangenheit an' at the item; Vertagung '49 Ja, 0 Nein, 0 Enthaltungen ... einstimmig vertagt'",
]
