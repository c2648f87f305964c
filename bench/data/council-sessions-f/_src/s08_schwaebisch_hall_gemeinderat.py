## Baden-Württemberg: Gemeinderat der Stadt Schwäbisch Hall, electronic voting, no agenda, no attendance report. TEST.
from build import Session, I, D

S = Session(
    id="bw-schwaebisch-hall-gemeinderat-2027-03",
    split="test", land="BW", body="Gemeinderat", organization="Stadt Schwäbisch Hall", date="2027-03-10",
    start="17:00", endSource="timeline",
    slug="schwaebisch-hall/gemeinderat", domain="schwaebischhall.example.de",
    teams_title="Gemeinderat 10.03.2027", agenda="none", attendance=False, chair_key="V",
    voices={"V": "Dr. Frieder Kühnle", "KA": "Markus Dietz", "BB": "Sabine Ostertag", "MA": "Hermann Maier",
            "SA": "Ulrike Sanwald", "WZ": "Karin Walz", "FY": "Tobias Frey", "BU": "Jochen Bauer",
            "KY": "Elif Kaya", "WA": "Thomas Wackler", "EB": "Renate Ebinger", "U": "Unknown Speaker"},
    early=[("Elif Kaya", "8")],
    secrets=["Flurstück 2217", "Gebrüder Haag", "485.000 Euro", "Frau Dr. Reutter", "Entgeltgruppe 15"],
)

S.script = """
@17:00
V: Meine sehr verehrten Damen und Herren, ich eröffne die öffentliche Sitzung des Gemeinderats. Ich stelle fest, dass ordnungsgemäß eingeladen wurde und das Gremium beschlussfähig ist, anwesend sind 32 Mitglieder einschließlich meiner Person.
V: Herr Stadtrat Maier hat mir angezeigt, dass er beim Bebauungsplan Sonnenrain II befangen ist, ihm gehören dort Grundstücke. Er wird bei diesem Punkt im Zuschauerraum Platz nehmen.
MA: Das ist richtig, Herr Oberbürgermeister.
V: Weitere Befangenheiten? Keine. Wir beginnen mit Tagesordnungspunkt 2, der Einwohnerfragestunde.
U: Guten Abend, Hofmann aus der Katharinenvorstadt. Warum wird die Fußgängerampel an der Salinenstraße nachts abgeschaltet? Da ist es stockdunkel.
BB: Das prüfen wir, Herr Hofmann. Die Abschaltung war ein Wunsch von Anwohnern wegen des Lärms, aber die Sicherheit geht vor.
V: Weitere Fragen sehe ich nicht.
@17:12
V: Tagesordnungspunkt 3, Wahl eines Mitglieds in den Aufsichtsrat der Stadtwerke. Vorgeschlagen sind Frau Stadträtin Walz und Herr Stadtrat Frey. Die Wahl ist geheim, wir wählen über die Abstimmungsanlage im geheimen Modus.
V: Die Abstimmung ist geöffnet. Bitte drücken Sie jetzt. Die Anlage zeigt erst 31 Stimmen. Herr Bauer, haben Sie gedrückt?
BU: Moment, bei mir blinkt es noch. So, jetzt.
V: Danke. 32 Stimmen abgegeben. Auf Frau Walz entfallen 20 Stimmen, auf Herrn Frey 11, eine Enthaltung. Damit ist Frau Walz in den Aufsichtsrat gewählt.
WZ: Ich nehme die Wahl an, danke.
@17:24
V: Wir kommen zu Tagesordnungspunkt 4, Bebauungsplan Sonnenrain II, Satzungsbeschluss. Herr Maier hat den Ratstisch verlassen. Frau Baubürgermeisterin.
BB: Nach der zweiten Offenlage sind noch sieben Stellungnahmen eingegangen, vor allem zum Verkehr auf der Sonnenrainstraße. Wir haben eine Querungshilfe und Tempo 30 aufgenommen. Es entstehen 96 Wohneinheiten, ein Drittel davon gefördert.
SA: Die CDU stimmt zu. Endlich entsteht Wohnraum für junge Familien.
KY: Wir hätten uns eine dichtere Bebauung gewünscht, aber wir tragen es mit.
WA: Die AfD lehnt ab, die Infrastruktur wächst nicht mit.
V: Dann stimmen wir elektronisch ab. Die Abstimmung ist offen.
V: Das Ergebnis: 27 Ja, 3 Nein, 1 Enthaltung. Damit ist der Bebauungsplan als Satzung beschlossen. Herr Maier, Sie können wieder Platz nehmen.
@17:50
V: Tagesordnungspunkt 5, Haushaltssatzung und Haushaltsplan 2027. Herr Dietz, bitte.
KA: Der Ergebnishaushalt ist mit 1,4 Millionen Euro ausgeglichen, investiert werden 48 Millionen Euro. Die Verschuldung steigt auf 61 Millionen Euro. Die Hebesätze bleiben unverändert.
KY: Unser Änderungsantrag: zwei zusätzliche Stellen im Klimaschutzmanagement, 160.000 Euro. Ohne Personal bleibt der Klimaplan Papier.
FY: Die FDP beantragt, den Gewerbesteuerhebesatz von 380 auf 370 Punkte zu senken. Wir stehen im Wettbewerb mit dem Umland.
KA: Das wären 2,2 Millionen Euro weniger Ertrag, der Haushalt wäre nicht mehr ausgeglichen.
FY: Das holen wir über neue Ansiedlungen wieder rein, da bin ich sicher.
WA: Und wir lehnen den Haushalt ab, die neuen Schulden sind nicht verantwortbar.
V: Wir stimmen zunächst über den Antrag der Grünen zum Klimaschutz ab. Abstimmung ist offen. 17 Ja, 14 Nein, 1 Enthaltung, der Antrag ist angenommen.
V: Dann der Antrag der FDP zum Hebesatz. Abstimmung ist offen. 6 Ja, 25 Nein, 1 Enthaltung, der Antrag ist abgelehnt.
V: Und nun die Haushaltssatzung mit dem Haushaltsplan 2027 unter Berücksichtigung der eben beschlossenen Änderung. Bitte abstimmen.
V: 26 Ja, 4 Nein, 2 Enthaltungen. Die Haushaltssatzung 2027 ist beschlossen. Ich danke allen, die daran mitgearbeitet haben.
@18:45
V: Tagesordnungspunkt 6, Antrag der Freien Wähler zu den Parkgebühren in der Altstadt.
EB: Wir wollen die erste halbe Stunde in den Parkhäusern kostenlos machen, damit die Leute wieder in die Altstadt zum Einkaufen kommen.
SA: Das sollte der Ausschuss für Planung und Technik erst mit Zahlen vorberaten. Ich beantrage Verweisung dorthin.
V: Wer der Verweisung zustimmt, bitte per Handzeichen. Gegenstimmen? Vier. Damit ist der Antrag bei vier Gegenstimmen in den Ausschuss für Planung und Technik verwiesen.
@18:56
V: Tagesordnungspunkt 7, Sanierung des Hallenbads. Hierzu muss ich Ihnen sagen, dass die überarbeitete Kostenschätzung erst nächste Woche kommt. Ich schlage vor, den Punkt heute abzusetzen.
BU: Das ist ärgerlich, aber ohne Zahlen können wir nicht beraten.
V: Wer mit der Absetzung einverstanden ist? Gegenstimmen? Keine. Enthaltungen? Keine. Der Punkt ist einstimmig abgesetzt.
@19:01
V: Tagesordnungspunkt 8, Bekanntgaben und Anfragen.
KY: Herr Oberbürgermeister, ich muss leider gehen, mein Babysitter.
V: Kein Problem, Frau Kaya, schönen Abend.
FY: Wann wird der Radweg am Kocher wieder freigegeben?
BB: Die Hangsicherung ist Ende April fertig, dann geben wir frei.
V: Dann schließe ich den öffentlichen Teil. Ich bitte die Zuhörerinnen und Zuhörer und die Presse, den Sitzungssaal zu verlassen, und bitte um Abschaltung des Streams.
@19:10
#NP
V: Wir verhandeln jetzt nichtöffentlich. Tagesordnungspunkt 9, Grundstücksangelegenheit Gewerbegebiet West.
EB: Herr Oberbürgermeister, ich bin hier nach § 18 Gemeindeordnung befangen, das Flurstück grenzt an den Betrieb meines Mannes. Ich gehe raus.
V: Danke, Frau Ebinger. Frau Ostertag.
BB: Die Gebrüder Haag wollen das Flurstück 2217 für eine Betriebserweiterung kaufen, zum Preis von 485.000 Euro. Es entstehen zwanzig neue Arbeitsplätze.
V: Abstimmung ist offen. 29 Ja, 0 Nein, 1 Enthaltung. Dem Verkauf ist zugestimmt. Frau Ebinger, bitte wieder herein.
@19:28
V: Tagesordnungspunkt 10, Besetzung der Leitung des Hauptamts. Die Findungskommission hat Ihnen Frau Dr. Reutter vorgeschlagen, Eingruppierung Entgeltgruppe 15.
SA: Die Findungskommission war sich einig, die Vorstellung war überzeugend.
V: Abstimmung ist offen. 30 Ja, 0 Nein, 1 Enthaltung. Damit ist Frau Dr. Reutter eingestellt. Ich schließe die Sitzung.
"""

S.items = [
    I("1", "Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit", numberSpoken=False),
    I("2", "Einwohnerfragestunde", numberSpoken=True),
    I("3", "Wahl eines Mitglieds in den Aufsichtsrat der Stadtwerke Schwäbisch Hall GmbH", numberSpoken=True, decisions=[
        D("Wahl von Karin Walz in den Aufsichtsrat der Stadtwerke", "gewählt",
          ballot={"Karin Walz": 20, "Tobias Frey": 11, "Enthaltung": 1},
          ev="Auf Frau Walz entfallen 20 Stimmen, auf Herrn Frey 11, eine Enthaltung. Damit ist Frau Walz in den Aufsichtsrat gewählt.",
          note="secret Wahl via the voting system, a member's terminal first did not register")]),
    I("4", "Bebauungsplan „Sonnenrain II“ – Satzungsbeschluss", numberSpoken=True, decisions=[
        D("Satzungsbeschluss Bebauungsplan Sonnenrain II", "angenommen", votes=(27, 3, 1),
          ev="Das Ergebnis: 27 Ja, 3 Nein, 1 Enthaltung. Damit ist der Bebauungsplan als Satzung beschlossen.")],
      bias=["Hermann Maier"], note="Befangenheit § 18 GemO reported early by the chair under TOP 1; 31 voting"),
    I("5", "Haushaltssatzung und Haushaltsplan 2027", numberSpoken=True, decisions=[
        D("Änderungsantrag der Grünen: zwei Stellen Klimaschutzmanagement", "angenommen", votes=(17, 14, 1),
          ev="17 Ja, 14 Nein, 1 Enthaltung, der Antrag ist angenommen."),
        D("Änderungsantrag der FDP: Gewerbesteuerhebesatz 370 Punkte", "abgelehnt", votes=(6, 25, 1),
          ev="6 Ja, 25 Nein, 1 Enthaltung, der Antrag ist abgelehnt."),
        D("Haushaltssatzung und Haushaltsplan 2027 in der geänderten Fassung", "angenommen", votes=(26, 4, 2),
          ev="26 Ja, 4 Nein, 2 Enthaltungen. Die Haushaltssatzung 2027 ist beschlossen.")]),
    I("6", "Antrag der Fraktion Freie Wähler: Kostenfreie erste halbe Stunde in den Parkhäusern der Altstadt", numberSpoken=True, decisions=[
        D("Verweisung in den Ausschuss für Planung und Technik", "verwiesen", votes=(None, 4, None),
          ev="Damit ist der Antrag bei vier Gegenstimmen in den Ausschuss für Planung und Technik verwiesen.")]),
    I("7", "Sanierung des Hallenbads", numberSpoken=True, decisions=[
        D("Absetzung von der Tagesordnung", "abgesetzt", votes=(None, 0, 0), unanimous=True,
          ev="Der Punkt ist einstimmig abgesetzt.")]),
    I("8", "Bekanntgaben und Anfragen", numberSpoken=True),
    I("9", "Grundstücksangelegenheit Gewerbegebiet West", public=False, numberSpoken=True, decisions=[
        D("Verkauf eines Gewerbegrundstücks", "angenommen", votes=(29, 0, 1),
          ev="29 Ja, 0 Nein, 1 Enthaltung. Dem Verkauf ist zugestimmt.")],
      bias=["Renate Ebinger"], note="Befangenheit § 18 GemO declared by the member at the item; 30 voting after Kaya left"),
    I("10", "Besetzung der Stelle der Leitung des Hauptamts", public=False, numberSpoken=True, decisions=[
        D("Einstellung der Leitung des Hauptamts", "angenommen", votes=(30, 0, 1),
          ev="30 Ja, 0 Nein, 1 Enthaltung. Damit ist Frau Dr. Reutter eingestellt.")]),
]

S.features = [
    "no agenda, no attendance report; Gemeinderat (Baden-Württemberg), Oberbürgermeister as chair (votes), Baubürgermeisterin and Kämmerer report",
    "electronic voting ('Die Abstimmung ist geöffnet/offen'), results in digits; a terminal that first does not register",
    "Befangenheit § 18 GemO reported early by the chair under TOP 1 for TOP 4",
    "secret Wahl via the voting system with two candidates and an Enthaltung (ballot)",
    "Haushalt: Grünen-Antrag angenommen, FDP-Antrag abgelehnt, Haushaltssatzung beschlossen (three decisions)",
    "Verweisung 'bei vier Gegenstimmen'; Absetzung when the item is called ('einstimmig abgesetzt')",
    "early departure at TOP 8 (no attendance report), Unknown Speaker in the Einwohnerfragestunde",
    "non-public part without agenda ('Wir verhandeln jetzt nichtöffentlich'); Befangenheit at the item there; Stellenbesetzung; closing without time (end from timeline)",
]
