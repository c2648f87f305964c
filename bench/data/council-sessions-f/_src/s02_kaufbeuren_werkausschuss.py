## Bayern: Werkausschuss der Stadt Kaufbeuren, formal chair (Zweiter Bürgermeister), BayGO Art. 49 early and at the item.
from build import Session, I, D

S = Session(
    id="by-kaufbeuren-werkausschuss-2027-01",
    split="dev", land="BY", body="Werkausschuss", organization="Stadt Kaufbeuren", date="2027-01-21",
    start="16:00", end="18:22", endSource="spoken", planned_end="19:00",
    slug="kaufbeuren/werkausschuss", domain="kaufbeuren.example.de",
    meeting_name="Sitzung des Werkausschusses", org_name="Werkausschuss der Stadt Kaufbeuren",
    teams_title="Werkausschuss 21.01.2027", agenda="matching", attendance=True, chair_key="V",
    clerk="Jonas Hörmann",
    voices={"V": "Ernst Wiedemann", "WL": "Dr. Katrin Sailer", "GS": "Florian Gschwind", "ZE": "Monika Zech",
            "LA": "Andreas Lang", "BR": "Renate Brenner", "KO": "Peter Kölbl", "HU": "Sebastian Huber",
            "MO": "Walter Mosbauer", "TR": "Claudia Trautwein", "KA": "Stefan Kaspar", "U": "Unknown Speaker"},
    participants=[("Jonas Hörmann", "Organizer"), ("Ernst Wiedemann", "Presenter"), ("Dr. Katrin Sailer", "Presenter"),
                  ("Sitzungssaal Rathaus (Teams Room)", "Attendee"), ("Birgit Schöll", "Attendee"), ("Markus Eberle", "Attendee")],
    secrets=["Elektro Rauch GmbH", "187.400 Euro", "Ingenieurbüro Vogt", "Schadensersatz von 62.000 Euro"],
)

S.script = """
@16:00
V: Meine sehr geehrten Damen und Herren, ich eröffne die Sitzung des Werkausschusses und begrüße Sie alle, insbesondere Frau Werkleiterin Dr. Sailer.
V: Ich stelle fest, dass ordnungsgemäß geladen wurde. Entschuldigt ist Herr Stadtrat Kellner. Anwesend sind einschließlich meiner Person zwölf stimmberechtigte Mitglieder, der Ausschuss ist beschlussfähig.
V: Vorab zu Punkt 9 der Tagesordnung: Herr Stadtrat Gschwind hat mir mitgeteilt, dass er dort persönlich beteiligt ist. Er wird nach Art. 49 der Gemeindeordnung an Beratung und Abstimmung nicht teilnehmen.
GS: Das ist richtig, mein Schwager ist Geschäftsführer eines Bieters.
V: Danke. Dann liegt mir ein Antrag auf Absetzung von Punkt 7 vor. Herr Kölbl.
KO: Die Gebührenfrage wird unter 4.2 ohnehin behandelt. Der AfD-Antrag ist damit doppelt. Ich beantrage, Punkt 7 abzusetzen.
KA: Wir halten an unserem Antrag fest, das ist eine eigene Forderung.
V: Wer der Absetzung von Tagesordnungspunkt 7 zustimmt, den bitte ich um das Handzeichen. Gegenprobe. Damit ist Punkt 7 mit 11 zu 1 Stimmen von der Tagesordnung abgesetzt.
@16:09
V: Tagesordnungspunkt 2, Genehmigung der Niederschrift über die Sitzung vom 17. November. Einwendungen? Keine. Wer zustimmt? Das ist einstimmig genehmigt.
@16:11
V: Tagesordnungspunkt 3, Bericht der Werkleitung. Frau Dr. Sailer, bitte.
WL: Vielen Dank. Die Wasserverluste im Netz konnten wir 2026 von 14 auf 11 Prozent senken. Beim Hochbehälter Hirschzell ist die Sanierung abgeschlossen.
WL: Sorge macht uns das Pumpwerk Ost, dort sind zwei Pumpen über dreißig Jahre alt. Die Ausschreibung für die Elektrotechnik läuft, dazu später im nichtöffentlichen Teil.
TR: Wie hoch sind denn die Verluste im Vergleich zu anderen Städten?
WL: Der Landesdurchschnitt liegt bei etwa neun Prozent, wir sind also noch darüber.
V: Vielen Dank für den Bericht.
@16:32
V: Wir kommen zu den Wirtschaftsplänen, zunächst Tagesordnungspunkt 4.1, Wirtschaftsplan Wasserversorgung.
WL: Der Erfolgsplan schließt mit einem Gewinn von 180.000 Euro, investiert werden 2,1 Millionen Euro, vor allem in die Leitungserneuerung in der Neugablonzer Straße.
V: Wortmeldungen sehe ich keine. Wer dem Stadtrat empfehlen möchte, den Wirtschaftsplan 2027 der Wasserversorgung zu beschließen, den bitte ich um das Handzeichen. Das ist einstimmig so empfohlen.
@16:40
V: Tagesordnungspunkt 4.2, Wirtschaftsplan der Stadtentwässerung. Hierzu gibt es einen Änderungsantrag der SPD-Fraktion.
WL: Der Plan sieht eine Anhebung der Schmutzwassergebühr von 2,48 auf 2,79 Euro je Kubikmeter vor, weil die Kläranlage eine vierte Reinigungsstufe braucht.
BR: Wir beantragen, die Erhöhung auf zwei Jahre zu strecken, also 2027 nur auf 2,63 Euro. Die Familien sind durch die Energiepreise genug belastet.
LA: Eine Streckung heißt nur, dass wir 2028 umso mehr erhöhen müssen. Das ist keine Entlastung.
KA: Die AfD lehnt jede Erhöhung ab.
V: Dann stimmen wir zuerst über den Änderungsantrag der SPD ab. Wer ist dafür? Vier. Wer ist dagegen? Acht. Damit ist der Änderungsantrag mit 4 zu 8 Stimmen abgelehnt.
V: Nun zum Wirtschaftsplan in der vorgelegten Fassung. Wer dem Stadtrat die Beschlussfassung empfiehlt, bitte die Hand. Danke. Gegenprobe. Drei.
V: Damit ist der Wirtschaftsplan der Stadtentwässerung mit neun gegen drei Stimmen dem Stadtrat zur Beschlussfassung empfohlen.
@17:05
V: Tagesordnungspunkt 5, Erschließung des Baugebiets Am Kemptener Tor. Frau Zech, Sie hatten sich gemeldet.
ZE: Ja, ich muss hier sagen, dass ich persönlich beteiligt bin. Meiner Familie gehört ein Grundstück im Baugebiet. Ich gehe in den Zuhörerbereich.
V: Danke, Frau Zech. Frau Stadträtin Zech nimmt nach Art. 49 an der Beratung und Abstimmung nicht teil. Frau Dr. Sailer.
WL: Für Wasser und Kanal im ersten Bauabschnitt rechnen wir mit 1,35 Millionen Euro. Die Kosten werden über Beiträge und Anschlussgebühren refinanziert. Baubeginn wäre im Mai.
HU: Ist gesichert, dass das Regenwasser nicht in den Mischkanal geht? Bei Starkregen haben wir in Oberbeuren jedes Mal Ärger.
WL: Es wird ein Trennsystem mit Rückhaltebecken gebaut, das ist im Entwurf enthalten.
V: Dann lasse ich abstimmen. Wer dem Ausführungsbeschluss zustimmt, Hand hoch. Danke. Gegenprobe. Zwei.
V: Damit ist der Ausführungsbeschluss mit neun zu zwei Stimmen gefasst. Frau Zech, Sie können wieder Platz nehmen.
@17:24
V: Tagesordnungspunkt 6, der Antrag der Grünen zur Photovoltaik auf dem Hochbehälter.
TR: Das Dach und die Freifläche am Hochbehälter Hirschzell sind ideal. Wir möchten, dass die Stadtwerke heute mit der Planung beauftragt werden.
LA: Die Frage ist baurechtlich und wegen des Wasserschutzgebiets heikel. Ich beantrage, den Antrag in den Bauausschuss zu verweisen, damit das dort vorberaten wird.
MO: Dem schließen wir uns an.
V: Über den Verweisungsantrag wird zuerst abgestimmt. Wer ist für die Verweisung in den Bauausschuss? Danke. Gegenprobe. Das sind die beiden Grünen.
V: Damit ist der Antrag gegen die Stimmen der Grünen in den Bauausschuss verwiesen.
@17:36
V: Punkt 7 ist, wie eingangs beschlossen, abgesetzt. Wir kommen zu Punkt 8, Anfragen.
HU: Warum kommen die Wasserrechnungen dieses Jahr erst im März?
WL: Wir stellen die Abrechnungssoftware um, das hat sich verzögert. Abschläge werden aber normal eingezogen.
U: Entschuldigung, der Ton im Saal war eben kurz weg.
V: Jetzt ist er wieder da. Weitere Anfragen liegen nicht vor. Damit schließe ich den öffentlichen Teil, ich bitte die Zuhörer und die Presse, den Saal zu verlassen.
@17:48
#NP
V: Wir sind jetzt in nichtöffentlicher Sitzung. Tagesordnungspunkt 9, Vergabe Elektrotechnik Pumpwerk Ost. Herr Gschwind hat den Saal verlassen.
WL: Wirtschaftlichstes Angebot ist das der Elektro Rauch GmbH aus Marktoberdorf mit 187.400 Euro brutto. Das Ingenieurbüro Vogt hat die Angebote geprüft und empfiehlt den Zuschlag.
KO: Liegt das noch im Budget?
WL: Ja, angesetzt waren 200.000 Euro.
V: Wer dem Zuschlag zustimmt? Gegenprobe? Keine. Damit einstimmig mit 11 zu 0 Stimmen vergeben.
@18:05
V: Tagesordnungspunkt 10, Bericht über den Rechtsstreit Kläranlage. Frau Dr. Sailer.
WL: Der frühere Generalunternehmer verlangt einen Schadensersatz von 62.000 Euro wegen Bauzeitverlängerung. Wir halten das für unbegründet. Die Güteverhandlung ist im März.
BR: Haben wir dafür Rückstellungen?
WL: Ja, in voller Höhe.
V: Dann nimmt der Ausschuss den Bericht zur Kenntnis.
@18:21
V: Ich danke Ihnen für die konzentrierte Beratung und schließe die Sitzung um 18:22 Uhr.
"""

S.items = [
    I("1", "Eröffnung der Sitzung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"),
    I("2", "Genehmigung der Niederschrift über die öffentliche Sitzung vom 17.11.2026", decisions=[
        D("Niederschrift vom 17.11.2026", "genehmigt", unanimous=True, ev="Das ist einstimmig genehmigt.")]),
    I("3", "Bericht der Werkleitung zur Lage der Stadtwerke"),
    I("4.1", "Wirtschaftsplan 2027 des Eigenbetriebs Wasserversorgung – Empfehlung an den Stadtrat", decisions=[
        D("Empfehlung an den Stadtrat: Wirtschaftsplan 2027 Wasserversorgung", "angenommen", unanimous=True,
          ev="Das ist einstimmig so empfohlen.")]),
    I("4.2", "Wirtschaftsplan 2027 des Eigenbetriebs Stadtentwässerung – Empfehlung an den Stadtrat", decisions=[
        D("Änderungsantrag der SPD (Gebührenerhöhung auf zwei Jahre strecken)", "abgelehnt", votes=(4, 8, None),
          ev="Damit ist der Änderungsantrag mit 4 zu 8 Stimmen abgelehnt."),
        D("Empfehlung an den Stadtrat: Wirtschaftsplan 2027 Stadtentwässerung", "angenommen", votes=(9, 3, None),
          ev="Damit ist der Wirtschaftsplan der Stadtentwässerung mit neun gegen drei Stimmen dem Stadtrat zur Beschlussfassung empfohlen.",
          note="Gegenprobe 'Drei' are the no votes; no Enthaltung in Bayern")]),
    I("5", "Erschließung des Baugebiets „Am Kemptener Tor“ – Ausführungsbeschluss Wasserversorgung und Entwässerung", decisions=[
        D("Ausführungsbeschluss Wasser und Kanal, 1. Bauabschnitt", "angenommen", votes=(9, 2, None),
          ev="Damit ist der Ausführungsbeschluss mit neun zu zwei Stimmen gefasst.")],
      bias=["Monika Zech"], note="persönliche Beteiligung Art. 49 GO declared by the member at the item; 11 voting"),
    I("6", "Antrag der Fraktion Bündnis 90/Die Grünen: Photovoltaikanlage am Hochbehälter Hirschzell", decisions=[
        D("Verweisung des Antrags in den Bauausschuss", "verwiesen", groups=([], ["Grüne"], []),
          ev="Damit ist der Antrag gegen die Stimmen der Grünen in den Bauausschuss verwiesen.")]),
    I("7", "Antrag der AfD-Fraktion: Verzicht auf die Erhöhung der Abwassergebühren", decisions=[
        D("Absetzung von der Tagesordnung", "abgesetzt", votes=(11, 1, None),
          ev="Damit ist Punkt 7 mit 11 zu 1 Stimmen von der Tagesordnung abgesetzt.")],
      note="set down by vote under TOP 1, before the item was reached; at its place the chair only recalls it"),
    I("8", "Anfragen"),
    I("9", "Vergabe der Elektrotechnik für das Pumpwerk Ost", public=False, decisions=[
        D("Zuschlag Elektrotechnik Pumpwerk Ost", "angenommen", votes=(11, 0, None), unanimous=True,
          ev="Damit einstimmig mit 11 zu 0 Stimmen vergeben.")],
      bias=["Florian Gschwind"], note="persönliche Beteiligung Art. 49 GO reported early under TOP 1 for TOP 9"),
    I("10", "Bericht über einen Rechtsstreit im Zusammenhang mit der Kläranlage", public=False, decisions=[
        D("Bericht über den Rechtsstreit", "zur Kenntnis genommen", ev="Dann nimmt der Ausschuss den Bericht zur Kenntnis.")]),
]

S.features = [
    "Werkausschuss (Bayern), Zweiter Bürgermeister as formal chair (votes), Werkleiterin reports",
    "opening 'ich eröffne die Sitzung des Werkausschusses ... Ich stelle fest, dass ordnungsgemäß geladen wurde'",
    "persönliche Beteiligung Art. 49 GO reported early under TOP 1 for the non-public TOP 9 (member confirms in his own voice)",
    "Absetzung of TOP 7 voted under TOP 1 ('mit 11 zu 1 Stimmen von der Tagesordnung abgesetzt')",
    "sub-items 4.1 / 4.2 (Wirtschaftspläne) called as 'Tagesordnungspunkt 4.1'; Empfehlungen an den Stadtrat",
    "4.2: SPD-Änderungsantrag 'mit 4 zu 8 Stimmen abgelehnt', then the main motion with Gegenprobe 'Drei' and 'mit neun gegen drei Stimmen'",
    "persönliche Beteiligung declared by the member at TOP 5, chair confirms 'nach Art. 49'; Gegenprobe 'Zwei', 'mit neun zu zwei'",
    "Verweisung in den Bauausschuss 'gegen die Stimmen der Grünen' (Gegenprobe answered with a group)",
    "Unknown Speaker about the room audio; Teams Room device in the attendance report",
    "non-public part with matching agenda ('Wir sind jetzt in nichtöffentlicher Sitzung'), Vergabe 'einstimmig mit 11 zu 0', Kenntnisnahme",
]
