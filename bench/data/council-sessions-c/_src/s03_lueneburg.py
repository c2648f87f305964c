META = dict(id="nds-lueneburg-rat-2026-10", split="dev", land="NDS", body="Rat der Hansestadt",
            organization="Hansestadt Lüneburg", date="2026-10-15", origin="16:53:00", start="17:01", end="20:24",
            agenda="mismatch", chair="Ulrich Brammer",
            agendaNote="agenda.json is the agenda of the Ausschuss für Bauen und Stadtentwicklung of 2026-10-01, not of this Rat session",
            features=["mismatch agenda (committee of the same town, two weeks earlier)", "Rat (Niedersachsen), Ratsvorsitzender as chair, Oberbürgermeisterin reports",
                      "Mitwirkungsverbot § 41 NKomVG declared at the item (Ratsherr) and a second member declares himself 'vorsorglich befangen' without naming the paragraph",
                      "Geschäftsordnungsantrag auf Schluss der Rednerliste, then main vote with electronic result ('Ergebnis: ...')",
                      "negated outcome 'ist damit abgelehnt' after electronic vote", "sub-items 6 a / 6 b voted en bloc",
                      "Überweisung (Verweisung) of a Satzungsänderung into the Finanzausschuss", "Bericht der Oberbürgermeisterin without decision, title-only call",
                      "Einwohnerfragestunde with Unknown Speaker and room device voice", "late arrival and early departure (attendance)",
                      "non-public part with mismatch agenda ('Wir setzen die Sitzung jetzt nichtöffentlich fort'), Kenntnisnahme of a report in the non-public part"])
AGENDA_META = dict(slug="lueneburg/bauausschuss", date="2026-10-01", start="15:00", end="18:00", tz="+02:00",
                   name="Sitzung des Ausschusses für Bauen und Stadtentwicklung", organizationName="Ausschuss für Bauen und Stadtentwicklung")
AGENDA = [
    ("1", "Eröffnung der Sitzung", True),
    ("2", "Feststellung der Tagesordnung", True),
    ("3", "Sachstand Sanierung der Ilmenaubrücke Am Stintmarkt", True),
    ("4", "Bebauungsplan Nr. 168 „Hanseviertel-Ost, 3. Abschnitt“ – Entwurfsbeschluss", True),
    ("5", "Gestaltungssatzung Altstadt – Werbeanlagen", True),
    ("6", "Anfragen und Anregungen", True),
    ("7", "Bauvoranfrage Lünertorstraße", False),
]
_e = "20:24:30"
ATTENDANCE = dict(title="Rat der Hansestadt Lüneburg – Sitzung Oktober 2026", domain="lueneburg.example.de", rows=[
    ("Huldigungssaal Lüneburg", [("16:53:10", "20:25:00")], "Attendee"),
    ("Ulrich Brammer", [("16:54:00", "20:24:45")], "Organizer"),
    ("Dr. Maren Thielking", [("16:55:00", _e)], "Presenter"),
    ("Jens-Ole Harms", [("16:55:30", _e)], "Presenter"),
    ("Hinrich Peters", [("16:56:00", _e)], "Attendee"),
    ("Annika Rosenbrock", [("16:56:20", _e)], "Attendee"),
    ("Dirk Wiechmann", [("16:56:45", _e)], "Attendee"),
    ("Gerd Bartels", [("16:57:10", "18:59:40")], "Attendee"),
    ("Leonie Pahl", [("16:57:40", _e)], "Attendee"),
    ("Tobias Schwerdtfeger", [("16:58:10", _e)], "Attendee"),
    ("Svenja Ahlers", [("17:19:40", _e)], "Attendee"),
])

CUES = """
#CLOCK 16:59:00
Huldigungssaal Lüneburg: Sie sind jetzt in der Besprechung. Die Aufnahme läuft.
#CLOCK 17:01:00
Ulrich Brammer: Meine Damen und Herren, es ist kurz nach fünf, ich eröffne die Sitzung des Rates. Tagesordnungspunkt 1: Ich stelle fest, dass ordnungsgemäß geladen wurde und der Rat mit 39 Mitgliedern beschlussfähig ist. Frau Ahlers kommt etwas später, sie hat sich abgemeldet für die erste halbe Stunde.
Ulrich Brammer: Zu den Punkten 6 a und 6 b schlage ich vor, dass wir sie wie im Verwaltungsausschuss zusammen abstimmen. Dazu komme ich dann.
#CLOCK 17:04:00
Ulrich Brammer: Tagesordnungspunkt 2, das Protokoll der letzten Ratssitzung vom 27. August. Gibt es Einwände? Das ist nicht der Fall. Dann stimmen wir ab, wer das Protokoll genehmigt, bitte die Anlage benutzen. Ergebnis: 35 Ja, 0 Nein, 4 Enthaltungen. Das Protokoll ist genehmigt.
#CLOCK 17:06:00
Ulrich Brammer: Punkt 3, die Einwohnerfragestunde. Wir haben eine Anmeldung, bitte kommen Sie ans Pult.
Unknown Speaker: Guten Tag. Ich wohne am Wilschenbrucher Weg. Mich interessiert, äh, wann der Lärmschutz an der Ostumgehung endlich kommt. Es ist jetzt drei Jahre her, dass das versprochen wurde.
Dr. Maren Thielking: Vielen Dank für die Frage. Die Ostumgehung ist eine Bundesstraße, zuständig ist die Landesbehörde für Straßenbau. Wir haben im Juli nachgefragt, die Planfeststellung für die Lärmschutzwand soll im Frühjahr beginnen.
Unknown Speaker: Frühjahr welchen Jahres?
Dr. Maren Thielking: 2027, so ist die Auskunft. Ich schicke Ihnen das Schreiben gerne zu, wenn Sie uns Ihre Adresse dalassen.
Huldigungssaal Lüneburg: Das Saalmikrofon wurde stummgeschaltet.
Ulrich Brammer: Danke. Weitere Fragen aus der Einwohnerschaft sehe ich nicht.
#CLOCK 17:15:00
Ulrich Brammer: Es folgt der Bericht der Oberbürgermeisterin.
Dr. Maren Thielking: Danke, Herr Ratsvorsitzender. Erstens: Die Sülfmeistertage haben rund 60.000 Besucher gehabt, so viele wie nie. Zweitens: Das Landesamt hat die Förderung für das Wasserviertel bewilligt, 4,2 Millionen im Städtebauförderprogramm. Drittens: Die Bauarbeiten am Bahnhofsvorplatz verzögern sich um vier Wochen, weil ein Leitungsbestand gefunden wurde, der in keinem Plan stand.
#CLOCK 17:20:00
Svenja Ahlers: Hallo zusammen, ich bin jetzt da.
Dr. Maren Thielking: Und viertens: Die Stadt hat zum ersten Mal seit Jahren mehr Ausbildungsverträge als offene Stellen, 31 junge Menschen fangen bei uns an.
Dirk Wiechmann: Frage zum Bahnhofsvorplatz: Wer trägt die Mehrkosten für den Leitungsfund?
Dr. Maren Thielking: Das klären wir gerade mit dem Netzbetreiber, ich berichte im Bauausschuss.
#CLOCK 17:25:00
Ulrich Brammer: Dann kommen wir zu Tagesordnungspunkt 5. Ich korrigiere mich, vier war ja der Bericht. Punkt 5 ist der Antrag der Gruppe CDU/FDP zu den Parkgebühren in der Innenstadt. Herr Wiechmann.
Dirk Wiechmann: Danke. Wir beantragen, die erste halbe Stunde Parken in den städtischen Parkhäusern kostenfrei zu stellen. Die Innenstadt verliert Kundschaft an die Einkaufszentren auf der grünen Wiese, und die haben nun mal kostenlose Parkplätze.
Annika Rosenbrock: Die Grünen halten das für ein Signal in die falsche Richtung. Wer kurz in die Stadt will, fährt Bus oder Rad. Und die Einnahmeausfälle wären etwa 380.000 Euro im Jahr.
Jens-Ole Harms: Als Kämmerer muss ich sagen: Diese 380.000 Euro fehlen dann im Budget für den Stadtbus, weil die Überschüsse der Parkhausgesellschaft dort hineinfließen.
Dirk Wiechmann: Das ist Rechenkunst, Herr Harms. Wenn mehr Leute kommen, steigen auch die Einnahmen aus den folgenden Stunden.
Leonie Pahl: Die SPD hat da Sympathie, aber wir sehen die Finanzierung nicht. Wir werden ablehnen, würden aber eine Brötchentaste an den Parkscheinautomaten in der Altstadt prüfen.
Gerd Bartels: Die AfD unterstützt den Antrag. Die Autofahrer werden in dieser Stadt seit Jahren drangsaliert.
Annika Rosenbrock: Niemand wird drangsaliert, das ist, also wirklich...
Ulrich Brammer: Frau Rosenbrock, Sie stehen als nächste auf der Liste, ich rufe Sie auf. Herr Schwerdtfeger zuerst.
Tobias Schwerdtfeger: Die Linke lehnt ab. Wer ein Auto hat, kann sich auch 50 Cent für eine halbe Stunde leisten. Wir brauchen das Geld für die Busse.
Annika Rosenbrock: Ich will nur noch sagen: Die Händler am Markt haben selbst gesagt, dass der Wochenmarkt ohne Autos besser läuft.
Dirk Wiechmann: Das sagen einige, andere sagen das Gegenteil.
Hinrich Peters: Herr Vorsitzender, zur Geschäftsordnung. Ich stelle den Antrag auf Schluss der Rednerliste. Es ist alles gesagt, nur noch nicht von jedem.
Ulrich Brammer: Es ist Schluss der Rednerliste beantragt. Auf der Liste stehen noch Herr Bartels und Frau Pahl. Gegenrede? Keine. Dann stimmen wir ab, bitte die Anlage. Ergebnis: 27 Ja, 11 Nein, 2 Enthaltungen. Die Rednerliste ist geschlossen.
Gerd Bartels: Ich mache es kurz: Wir stimmen zu, und ich halte es für falsch, die Debatte abzuwürgen.
Leonie Pahl: Ich verzichte.
#CLOCK 17:58:00
Ulrich Brammer: Dann stimmen wir über den Antrag der Gruppe CDU/FDP ab. Bitte jetzt abstimmen. Ergebnis: 14 Ja, 24 Nein, 2 Enthaltungen. Der Antrag ist damit abgelehnt.
#CLOCK 18:01:00
Ulrich Brammer: Wir kommen zu Punkt 6 a, Jahresabschluss 2025 des Eigenbetriebs Stadtentwässerung, und 6 b, Entlastung der Betriebsleitung. Wie angekündigt, stimmen wir beides zusammen ab. Herr Harms, in zwei Sätzen?
Jens-Ole Harms: Der Eigenbetrieb schließt mit einem Jahresüberschuss von 812.000 Euro ab, der Prüfbericht ist uneingeschränkt. Der Überschuss wird zur Stabilisierung der Gebühren vorgetragen.
Annika Rosenbrock: Keine Fragen, alles im Betriebsausschuss besprochen.
Ulrich Brammer: Dann stimmen wir über 6 a und 6 b gemeinsam ab. Ergebnis: 38 Ja, 0 Nein, 2 Enthaltungen. Damit sind der Jahresabschluss festgestellt und die Betriebsleitung entlastet.
#CLOCK 18:07:00
Ulrich Brammer: Als Nächstes die Änderung der Hauptsatzung, also die Erhöhung der Aufwandsentschädigung für die Ortsbürgermeister. Herr Harms.
Jens-Ole Harms: Die Entschädigung ist seit 2016 unverändert. Wir schlagen vor, sie an die Steigerung der Verbraucherpreise anzupassen, das wären etwa 18 Prozent.
Leonie Pahl: Inhaltlich unterstützen wir das, aber diese Vorlage ist erst am Montag gekommen, und die Finanzfolgen für alle Entschädigungen sind nicht dargestellt. Die SPD beantragt, die Vorlage in den Ausschuss für Finanzen und Beteiligungen zu überweisen.
Dirk Wiechmann: Da gehen wir mit.
Ulrich Brammer: Überweisungsantrag. Wer die Vorlage an den Finanzausschuss überweisen will, bitte abstimmen. Ergebnis: 33 Ja, 5 Nein, 2 Enthaltungen. Die Vorlage ist an den Finanzausschuss überwiesen.
#CLOCK 18:17:00
Ulrich Brammer: Punkt acht, der Bebauungsplan Nummer 172 Wilschenbrucher Weg, Satzungsbeschluss.
Hinrich Peters: Herr Vorsitzender, ich bin nach § 41 NKomVG von der Mitwirkung ausgeschlossen. Das Büro meiner Frau hat das Lärmgutachten erstellt. Ich rücke vom Tisch ab.
Ulrich Brammer: Danke, Ratsherr Peters, das ist festgehalten.
Tobias Schwerdtfeger: Ich erkläre mich vorsorglich ebenfalls für befangen. Mein Bruder wohnt direkt an der Grenze des Plangebiets und hat eine Stellungnahme abgegeben. Ich gehe kurz raus.
Ulrich Brammer: Auch das wird notiert, Herr Schwerdtfeger. Frau Oberbürgermeisterin.
Dr. Maren Thielking: Der Plan sieht 84 Wohnungen vor, in drei- bis viergeschossiger Bauweise. Im Verfahren kamen 61 Stellungnahmen, überwiegend zum Verkehr und zum Baumbestand. Die große Eiche an der Einfahrt bleibt, das haben wir mit einer Verschwenkung der Zufahrt gelöst.
Annika Rosenbrock: Die Verschwenkung begrüßen wir. Kritisch bleibt, dass nur 20 Prozent geförderter Wohnraum vorgesehen sind. Wir stimmen trotzdem zu, weil der Bedarf groß ist.
#CLOCK 18:58:00
Gerd Bartels: Wir lehnen ab, das ist zu dicht. Und ich muss jetzt leider los, ich bin noch bei einer Veranstaltung eingeladen.
Leonie Pahl: Die SPD stimmt zu. Das Quartier schließt eine Lücke.
Dirk Wiechmann: Wir haben die Frage, ob die Zufahrt über die Uelzener Straße leistungsfähig genug ist.
Dr. Maren Thielking: Das Verkehrsgutachten sagt ja, auch für die Spitzenstunde morgens.
#CLOCK 19:06:00
Unknown Speaker: Hallo? Ist das hier die richtige Besprechung für den Sportausschuss?
Huldigungssaal Lüneburg: Ein Teilnehmer wurde aus der Besprechung entfernt.
Ulrich Brammer: Das war ein Irrläufer in der Onlinekonferenz. Weitere Wortmeldungen? Keine. Dann stimmen wir über den Satzungsbeschluss ab. Ergebnis: 33 Ja, 3 Nein, 1 Enthaltung. Der Bebauungsplan ist als Satzung beschlossen. Die Herren Peters und Schwerdtfeger können zurück.
#CLOCK 19:16:00
Ulrich Brammer: Punkt neun, Anfragen. Es liegt eine Anfrage der Gruppe Grüne/Volt zur Schulwegsicherung vor. Herr Harms beantwortet sie.
Jens-Ole Harms: Danke. An vier Grundschulen werden bis zum Frühjahr Elternhaltestellen eingerichtet, die Kosten von rund 90.000 Euro trägt der Haushalt 2027. An der Grundschule Kaltenmoor beginnt es schon im November.
Annika Rosenbrock: Danke, das ist gut. Wir hoffen, dass auch Kreideberg bald dran ist.
Ulrich Brammer: Weitere Anfragen? Nein.
#CLOCK 19:22:00
Ulrich Brammer: Wir setzen die Sitzung jetzt nichtöffentlich fort. Ich bitte alle Gäste, den Saal zu verlassen, und die Technik, die Übertragung zu trennen.
#CLOCK 19:26:00
#NP
Ulrich Brammer: Die Gäste sind gegangen, die Übertragung ist getrennt. Punkt zehn, Grundstücksangelegenheit, Verkauf des ehemaligen Gärtnereigeländes in Ochtmissen.
Jens-Ole Harms: Es liegen drei Gebote vor. Das höchste stammt von der Ilmenau Wohnbau eG mit 2,36 Millionen Euro. Die Genossenschaft verpflichtet sich, 30 Prozent der Wohnungen mietpreisgebunden zu errichten.
Dirk Wiechmann: Das zweite Gebot war doch höher, habe ich in der Vorlage gelesen.
Jens-Ole Harms: Nominell ja, 2,5 Millionen, aber ohne jede Bindung. In der Gesamtbewertung liegt die Genossenschaft vorn.
Ulrich Brammer: Wer dem Verkauf an die Genossenschaft zustimmt, bitte abstimmen. Ergebnis: 33 Ja, 4 Nein, 2 Enthaltungen. Der Verkauf ist beschlossen.
#CLOCK 19:58:00
Ulrich Brammer: Punkt elf, der Bericht über den Stand des Rechtsstreits mit der Arbeitsgemeinschaft Sandberg-Tiefbau.
Dr. Maren Thielking: Kurz: Das Landgericht hat einen Vergleich über 340.000 Euro vorgeschlagen. Wir empfehlen, den Vergleich anzunehmen, die Entscheidung trifft aber der Verwaltungsausschuss in der nächsten Woche.
Leonie Pahl: Danke, das reicht uns für heute.
Ulrich Brammer: Dann hat der Rat den Bericht zur Kenntnis genommen.
#CLOCK 20:23:30
Ulrich Brammer: Damit sind wir durch. Ich schließe die Sitzung um 20:24 Uhr und danke Ihnen.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", True, spoken=True),
    I("2", "Genehmigung des Protokolls der Ratssitzung vom 27.08.2026", True, [
        D("Protokoll vom 27.08.2026", "genehmigt", "Das Protokoll ist genehmigt.", votes=(35, 0, 4))], spoken=True),
    I("3", "Einwohnerfragestunde", True, spoken=True),
    I("4", "Bericht der Oberbürgermeisterin", True, spoken=False, note="called by title only; the chair later confirms it was 'vier'"),
    I("5", "Antrag der Gruppe CDU/FDP: Parkgebühren in der Innenstadt", True, [
        D("Geschäftsordnungsantrag auf Schluss der Rednerliste", "angenommen", "Die Rednerliste ist geschlossen.", votes=(27, 11, 2)),
        D("Antrag der Gruppe CDU/FDP (erste halbe Stunde kostenfrei)", "abgelehnt", "Der Antrag ist damit abgelehnt.", votes=(14, 24, 2))],
      spoken=True),
    I("6a", "Jahresabschluss 2025 des Eigenbetriebs Stadtentwässerung", True, [
        D("Feststellung des Jahresabschlusses (en bloc mit 6 b)", "angenommen",
          "Damit sind der Jahresabschluss festgestellt und die Betriebsleitung entlastet.", votes=(38, 0, 2))], spoken=True),
    I("6b", "Entlastung der Betriebsleitung des Eigenbetriebs Stadtentwässerung", True, [
        D("Entlastung der Betriebsleitung (en bloc mit 6 a)", "angenommen",
          "Damit sind der Jahresabschluss festgestellt und die Betriebsleitung entlastet.", votes=(38, 0, 2))], spoken=True),
    I("7", "Änderung der Hauptsatzung (Aufwandsentschädigung der Ortsbürgermeister)", True, [
        D("Überweisung an den Ausschuss für Finanzen und Beteiligungen", "verwiesen",
          "Die Vorlage ist an den Finanzausschuss überwiesen.", votes=(33, 5, 2))],
      spoken=False, note="called by title only ('Als Nächstes'); number = running position"),
    I("8", "Bebauungsplan Nr. 172 „Wilschenbrucher Weg“ – Satzungsbeschluss", True, [
        D("Satzungsbeschluss Bebauungsplan Nr. 172", "angenommen", "Der Bebauungsplan ist als Satzung beschlossen.", votes=(33, 3, 1))],
      bias=["Hinrich Peters", "Tobias Schwerdtfeger"], spoken=True,
      note="Peters § 41 NKomVG; Schwerdtfeger declares 'vorsorglich' Befangenheit without naming a paragraph"),
    I("9", "Anfragen", True, spoken=True),
    I("10", "Grundstücksangelegenheit: Verkauf des ehemaligen Gärtnereigeländes in Ochtmissen", False, [
        D("Verkauf des Gärtnereigeländes", "angenommen", "Der Verkauf ist beschlossen.", votes=(33, 4, 2))], spoken=True),
    I("11", "Bericht über den Stand eines Rechtsstreits", False, [
        D("Bericht zum Rechtsstreit", "zur Kenntnis genommen", "Dann hat der Rat den Bericht zur Kenntnis genommen.")], spoken=True),
]
LATE = [{"name": "Svenja Ahlers", "top": "4"}]
EARLY = [{"name": "Gerd Bartels", "top": "8"}]
SECRETS = ["Ilmenau Wohnbau", "2,36 Millionen Euro", "Sandberg-Tiefbau", "340.000 Euro", "2,5 Millionen"]
