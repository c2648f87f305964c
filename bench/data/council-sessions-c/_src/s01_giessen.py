META = dict(id="he-giessen-stadtverordnetenversammlung-2026-09", split="dev", land="HE", body="Stadtverordnetenversammlung",
            organization="Universitätsstadt Gießen", date="2026-09-24", origin="17:52:00", start="18:02", end="21:16",
            agenda="matching", chair="Matthias Obermüller",
            features=["Stadtverordnetenversammlung (Hessen), Stadtverordnetenvorsteher as chair, Magistrat reports (Oberbürgermeisterin, Stadtrat)",
                      "early Widerstreit der Interessen § 25 HGO declared under TOP 1 for TOP 8 (Stadtverordnete Kalbfleisch) plus a second declaration at the item",
                      "chair calls items in own words ('Dann geht es jetzt um die Sporthalle')",
                      "several votes in one item: FDP-Änderungsantrag 'findet keine Mehrheit', then Vorlage in der vom Ausschuss geänderten Fassung angenommen",
                      "electronic voting results read out (Ergebnis: 37 Ja, 19 Nein, 2 Enthaltungen)",
                      "online member votes by voice and is added to the electronic count",
                      "TOP 6 and 7 aufgerufen together, separate votes (abgelehnt / angenommen with groups)",
                      "einstimmig bei Enthaltungen (recorded as no=0, abstain=n, not unanimous)",
                      "late arrival and early departure (attendance)", "Teams Room device voice, Unknown Speaker crosstalk from the Zuschauerbereich, fillers",
                      "non-public part with matching agenda ('stelle ich die Nichtöffentlichkeit her'); non-public Verweisung into the Haupt- und Finanzausschuss",
                      "long debates between votes"])
AGENDA_META = dict(slug="giessen/stvv", date="2026-09-24", start="18:00", end="22:00", tz="+02:00",
                   name="17. Sitzung der Stadtverordnetenversammlung", organizationName="Stadtverordnetenversammlung der Universitätsstadt Gießen")
AGENDA = [
    ("1", "Eröffnung, Begrüßung und Feststellung der Beschlussfähigkeit", True),
    ("2", "Fragestunde", True),
    ("3", "Mitteilungen des Magistrats", True),
    ("4", "Radverkehrskonzept Gießen 2035 – Grundsatzbeschluss", True),
    ("5", "Sanierung der Sporthalle der Weststadtschule – überplanmäßige Ausgabe", True),
    ("6", "Antrag der Fraktion Die Linke: Sozialticket für den Stadtbusverkehr", True),
    ("7", "Antrag der Fraktion Volt: Prüfauftrag zur Finanzierung eines ermäßigten Stadtbustickets", True),
    ("8", "Bebauungsplan Nr. GI 04/21 „Lahnwiesen-Nord“ – Aufstellungsbeschluss", True),
    ("9", "Vergabe der Unterhaltsreinigung für städtische Verwaltungsgebäude", False),
    ("10", "Grundstücksangelegenheit: Veräußerung einer Teilfläche im Gewerbegebiet West", False),
]
_e = "21:16:40"
ATTENDANCE = dict(title="Stadtverordnetenversammlung – 17. Sitzung (hybrid)", domain="giessen.example.de", rows=[
    ("Rathaus Gießen Saal 1", [("17:52:05", "21:17:10")], "Attendee"),
    ("Matthias Obermüller", [("17:53:20", "21:16:55")], "Organizer"),
    ("Dr. Carola Weinreich", [("17:54:10", _e)], "Presenter"),
    ("Timo Bellersheim", [("17:54:40", _e)], "Presenter"),
    ("Sabine Hofacker", [("17:55:30", _e)], "Attendee"),
    ("Lukas Dörr", [("17:56:00", _e)], "Attendee"),
    ("Renate Kalbfleisch", [("17:56:15", _e)], "Attendee"),
    ("Ömer Kaplan", [("17:56:40", _e)], "Attendee"),
    ("Friederike Vogt", [("17:57:10", _e)], "Attendee"),
    ("Heinz-Jürgen Rupp", [("17:57:30", "20:19:40")], "Attendee"),
    ("Nadine Seipp", [("17:58:50", "19:20:10"), ("19:21:00", _e)], "Attendee"),
    ("Jonas Momberger", [("18:41:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:58:30
Rathaus Gießen Saal 1: Mikrofon Vorsitz ist aktiv. Die Aufzeichnung wurde gestartet.
#CLOCK 18:02:00
Matthias Obermüller: Meine Damen und Herren, liebe Kolleginnen und Kollegen, ich eröffne die siebzehnte Sitzung der Stadtverordnetenversammlung. Es ist 18:02 Uhr. Zu dieser Sitzung wurde form- und fristgerecht eingeladen, und nach meiner Zählung sind 55 Stadtverordnete im Saal und zwei zugeschaltet. Damit sind wir beschlussfähig.
Matthias Obermüller: Ich begrüße den Magistrat mit Frau Oberbürgermeisterin Dr. Weinreich an der Spitze, die Vertreter der Presse und die Zuschauer oben auf der Galerie. Herr Momberger hat mitgeteilt, dass er wegen einer Zugverspätung später kommt.
Renate Kalbfleisch: Herr Vorsteher, eine Erklärung gleich zu Beginn, damit es ordentlich im Protokoll steht.
Matthias Obermüller: Bitte, Frau Kalbfleisch.
Renate Kalbfleisch: Bei Punkt 8, dem Bebauungsplan Lahnwiesen-Nord, besteht bei mir ein Widerstreit der Interessen im Sinne von § 25 HGO. Meinem Mann gehört eine der Wiesen im Plangebiet. Ich werde bei dem Punkt also nicht mitberaten und draußen warten.
Matthias Obermüller: Vielen Dank, Frau Stadtverordnete Kalbfleisch, das nehmen wir so auf. Gibt es zur Tagesordnung noch etwas? Das sehe ich nicht, dann verfahren wir so.
#CLOCK 18:06:00
Matthias Obermüller: Wir kommen zur Fragestunde. Es liegen vier schriftliche Anfragen vor, der Magistrat antwortet mündlich. Die erste kommt von Herrn Kaplan, es geht um die Wartezeiten im Bürgerbüro.
Dr. Carola Weinreich: Danke. Die durchschnittliche Wartezeit auf einen Termin lag im August bei elf Tagen, im Juni waren es noch neunzehn. Wir haben zwei Stellen nachbesetzt und bieten seit September samstags Termine an.
Ömer Kaplan: Eine Zusatzfrage: Wie viele Termine werden kurzfristig freigeschaltet, also am selben Tag?
Dr. Carola Weinreich: Ungefähr zwanzig Prozent, äh, das genaue Kontingent reiche ich schriftlich nach.
Matthias Obermüller: Die zweite Anfrage von Frau Vogt betrifft die Baustellenkoordination am Anlagenring. Herr Stadtrat Bellersheim.
Timo Bellersheim: Die Fernwärmeleitung am Anlagenring wird abschnittsweise verlegt. Der zweite Abschnitt ist Mitte November fertig, danach wird die Fahrbahn bis Weihnachten wieder zweispurig freigegeben.
Friederike Vogt: Und die Händler in der Bahnhofstraße, werden die vorher informiert?
Timo Bellersheim: Ja, es gibt ein Schreiben und am 8. Oktober eine Sprechstunde vor Ort.
Matthias Obermüller: Die Anfragen drei und vier werden wegen der Zeit schriftlich beantwortet, die Fragesteller sind einverstanden. Damit ist die Fragestunde beendet.
#CLOCK 18:22:00
Matthias Obermüller: Mitteilungen des Magistrats. Frau Oberbürgermeisterin.
Dr. Carola Weinreich: Drei kurze Mitteilungen. Erstens: Der Förderbescheid für die Kita Rödgen ist eingegangen, 1,1 Millionen vom Land. Zweitens: Das Weihnachtsmarktkonzept wird am 15. Oktober im Kulturausschuss vorgestellt. Drittens, ähm, die Stadtbibliothek bleibt wegen der Brandschutzarbeiten vom 2. bis 9. November geschlossen.
Matthias Obermüller: Danke schön. Fragen dazu? Keine.
#CLOCK 18:27:00
Matthias Obermüller: Dann der große Punkt des Abends, das Radverkehrskonzept. Der Ausschuss für Planen, Bauen und Verkehr hat die Vorlage mit einer Änderung empfohlen: Die Fahrradstraße in der Ludwigstraße wird erst nach der Verkehrszählung 2027 umgesetzt. Dazu liegt ein Änderungsantrag der FDP vor. Herr Bellersheim führt ein.
Timo Bellersheim: Vielen Dank. Das Konzept hat drei Säulen: ein durchgehendes Hauptroutennetz von rund 48 Kilometern, sichere Abstellanlagen an allen Schulen und Bahnhaltepunkten, und eine Umgestaltung der Knotenpunkte am Anlagenring. Wir reden über ein Investitionsvolumen von ungefähr 31 Millionen Euro bis 2035, davon sind nach heutigem Stand zwei Drittel förderfähig.
Timo Bellersheim: Wichtig ist mir: Der Grundsatzbeschluss legt keine einzelne Maßnahme fest. Jede Route kommt noch einmal mit einer eigenen Vorlage in die Gremien, und da wird auch über Parkplätze im Detail gesprochen.
Friederike Vogt: Herr Vorsteher, ich begründe unseren Änderungsantrag. Wir tragen viel von dem Konzept mit, aber wir wollen, dass an jeder Route zuerst Lieferzonen für den Einzelhandel ausgewiesen werden, bevor auch nur ein Parkstreifen wegfällt. Die Innenstadt lebt vom Handel. Wer das vergisst, bekommt eine schöne Radroute durch leere Straßen.
Lukas Dörr: Frau Vogt, das steht doch schon drin, Kapitel sechs, Wirtschaftsverkehr. Ihr Antrag macht aus einer Abwägung einen Automatismus, und dann kann man jede Route blockieren.
Unknown Speaker: Genau so ist es!
Matthias Obermüller: Ich bitte die Galerie um Zurückhaltung, Beifalls- und Missfallensbekundungen sind nicht vorgesehen. Frau Hofacker.
Sabine Hofacker: Die SPD-Fraktion stimmt dem Konzept in der Fassung des Ausschusses zu. Die Verschiebung der Ludwigstraße haben wir selbst angeregt, weil wir erst belastbare Zahlen wollen. Den FDP-Antrag lehnen wir ab, aus den Gründen, die Herr Dörr genannt hat.
#CLOCK 18:42:00
Jonas Momberger: Guten Abend, ich bin jetzt da, sorry, die Bahn.
Matthias Obermüller: Willkommen, Herr Momberger. Weiter in der Debatte, Herr Rupp.
Heinz-Jürgen Rupp: Wir halten das ganze Konzept für ideologisch. 31 Millionen für Radwege, während die Brücken marode sind. Wir lehnen das ab, den Änderungsantrag auch, der ändert am Grundproblem nichts.
Renate Kalbfleisch: Die CDU sieht das differenzierter. Das Hauptroutennetz ist vernünftig, die Schulen brauchen sichere Wege. Wir unterstützen aber den Gedanken mit den Lieferzonen und stimmen dem Änderungsantrag zu. Beim Konzept selbst werden wir uns, äh, überwiegend enthalten, einige stimmen zu.
Ömer Kaplan: Kurz: Die Linke stimmt zu. Und ich wünsche mir, dass die Ostseite der Stadt nicht wieder als letzte drankommt.
Timo Bellersheim: Darf ich darauf kurz antworten? Die erste Route, die wir planen, ist die Verbindung Nordstadt–Bahnhof, also genau nicht die Innenstadt.
Matthias Obermüller: Weitere Wortmeldungen sehe ich nicht. Wir stimmen elektronisch ab, zuerst über den Änderungsantrag der FDP. Frau Seipp, Sie sind online, Sie sagen Ihre Stimme bitte laut an.
Nadine Seipp: Ja, Nadine Seipp, ich stimme mit Nein.
#CLOCK 18:56:00
Matthias Obermüller: Das Ergebnis zum Änderungsantrag: 17 Ja, 38 Nein, 2 Enthaltungen, mit der Stimme von Frau Seipp sind es 39 Nein. Der Änderungsantrag der FDP findet keine Mehrheit.
Matthias Obermüller: Nun zur Vorlage in der vom Ausschuss geänderten Fassung, also mit der späteren Umsetzung in der Ludwigstraße. Frau Seipp?
Nadine Seipp: Hier Ja.
Matthias Obermüller: Danke. Ergebnis einschließlich der Online-Stimme: 37 Ja, 19 Nein, 2 Enthaltungen. Damit ist das Radverkehrskonzept in der geänderten Fassung beschlossen.
#CLOCK 19:03:00
Matthias Obermüller: Dann geht es jetzt um die Sporthalle in der Weststadt. Die überplanmäßige Ausgabe beträgt 640.000 Euro, der Haupt- und Finanzausschuss hat einstimmig zugestimmt. Frau Oberbürgermeisterin.
Dr. Carola Weinreich: Danke. Bei der Dachöffnung hat sich gezeigt, dass die Holzbinder stärker geschädigt sind, als das Gutachten angenommen hatte. Wir müssen drei Binder ersetzen. Die Deckung erfolgt aus Minderausgaben bei der Kita Rödgen, dort ist der Förderbescheid ja höher ausgefallen.
Heinz-Jürgen Rupp: Das ist jetzt die dritte Nachforderung bei dieser Halle. Hat das Gutachterbüro eigentlich gehaftet?
Dr. Carola Weinreich: Wir prüfen das, ja. Aber wir können die Schule nicht ein weiteres Jahr ohne Halle lassen.
Lukas Dörr: Es ist ärgerlich, aber alternativlos. Die Vereine trainieren seit Monaten in Wettenberg.
#CLOCK 19:14:00
Matthias Obermüller: Abstimmung. Frau Seipp, Ihre Stimme?
#CLOCK 19:20:30
Rathaus Gießen Saal 1: Teilnehmerin Nadine Seipp hat die Besprechung verlassen.
Matthias Obermüller: Wir haben Frau Seipp verloren, äh, wir warten kurz.
Nadine Seipp: So, bin wieder drin. Ja zur Sporthalle.
Matthias Obermüller: Danke. Ergebnis: 52 Ja, 0 Nein, 6 Enthaltungen, einschließlich Frau Seipp. Also einstimmig bei sechs Enthaltungen, die Mittel sind bereitgestellt.
#CLOCK 19:24:00
Matthias Obermüller: Nächstes Thema Sozialticket. Die Punkte 6 und 7 behandeln wir zusammen in einer Aussprache, weil beide Anträge dasselbe Ziel haben. Abgestimmt wird getrennt, zuerst über den weitergehenden Antrag der Linken. Herr Kaplan, Sie begründen.
Ömer Kaplan: Danke. Ein Monatsticket im Stadtbus kostet 58 Euro. Im Bürgergeld sind für Mobilität insgesamt gut 50 Euro vorgesehen. Wir beantragen ein Sozialticket für 19 Euro ab dem 1. Januar, finanziert aus dem städtischen Haushalt. Das sind nach unseren Berechnungen 700.000 Euro im Jahr.
Jonas Momberger: Wir teilen das Ziel, aber wir wissen nicht, ob 700.000 reichen oder ob es 1,4 Millionen werden. Deshalb unser Prüfauftrag: Der Magistrat soll bis März die Kosten und die Beteiligung des Verkehrsverbunds ermitteln.
Renate Kalbfleisch: Die CDU kann einem Prüfauftrag folgen. Einem Beschluss ins Blaue für 2027 nicht.
Sabine Hofacker: Die SPD sieht das ähnlich. Wir wollen das Ticket, aber mit seriöser Finanzierung. Dem Prüfauftrag stimmen wir zu, beim Linken-Antrag enthalten wir uns.
Friederike Vogt: Die FDP lehnt beides ab. Der Haushalt ist genehmigungspflichtig, das Regierungspräsidium schaut ganz genau hin.
Ömer Kaplan: Dann sagen Sie den Leuten in der Weststadt, dass die Stadt sich das nicht leisten will.
Friederike Vogt: Das ist doch, nein, so habe ich das nicht, ...
Matthias Obermüller: Frau Vogt, Herr Kaplan, bitte nicht durcheinander. Herr Dörr hat noch das Wort.
Lukas Dörr: Wir Grüne stimmen dem Prüfauftrag zu und enthalten uns beim Antrag der Linken, weil wir das Ergebnis der Prüfung abwarten wollen.
#CLOCK 19:46:00
Matthias Obermüller: Dann Abstimmung über Punkt 6, den Antrag der Linken. Wer dafür ist, bitte jetzt elektronisch. Frau Seipp?
Nadine Seipp: Nein.
Matthias Obermüller: Ergebnis: 6 Ja, 22 Nein, 30 Enthaltungen. Der Antrag zu Punkt 6 ist damit abgelehnt.
Matthias Obermüller: Jetzt Punkt 7, der Prüfauftrag von Volt. Frau Seipp?
Nadine Seipp: Da stimme ich mit Ja.
Matthias Obermüller: Ergebnis: 45 Ja, 13 Nein, keine Enthaltung. Dafür gestimmt haben SPD, Grüne, CDU, Volt, Freie Wähler und Linke, dagegen FDP und AfD. Der Prüfauftrag ist angenommen.
#CLOCK 19:55:00
Matthias Obermüller: Wir kommen zu Punkt acht. Frau Kalbfleisch hat sich ja schon zu Beginn erklärt und verlässt jetzt den Saal, danke.
Friederike Vogt: Herr Vorsteher, ich muss mich hier auch zurückziehen. Mein Ingenieurbüro hat sich um die Erschließungsplanung in dem Gebiet beworben. Deshalb wirke ich an der Beratung nicht mit.
Matthias Obermüller: Danke, Frau Vogt, auch das wird vermerkt. Herr Stadtrat Bellersheim, bitte.
Timo Bellersheim: Lahnwiesen-Nord ist die letzte größere Wohnbaufläche im Flächennutzungsplan. Wir sprechen von etwa 260 Wohneinheiten, davon ein Viertel gefördert. Mit dem Aufstellungsbeschluss beginnt die frühzeitige Beteiligung, Festlegungen trifft heute niemand.
Lukas Dörr: Wir haben Bauchschmerzen. Das Gebiet liegt teilweise im Überschwemmungsgebiet, die Lahn war im Frühjahr bis an den Feldweg gestiegen. Ich möchte, dass das Hochwassergutachten vor dem Entwurf vorliegt.
Timo Bellersheim: Das sagen wir zu, das Gutachten ist bereits beauftragt.
Heinz-Jürgen Rupp: Wir stimmen zu, Wohnraum ist dringend nötig. Ich muss mich allerdings danach verabschieden, ich habe noch einen Termin.
Sabine Hofacker: Die SPD begrüßt den geförderten Anteil. Wir hätten gerne ein Drittel gehabt, aber ein Viertel ist ein Anfang.
#CLOCK 20:24:00
Matthias Obermüller: Die Unterbrechung wegen der Technik tut mir leid, die Abstimmungsanlage läuft wieder. Wir stimmen über den Aufstellungsbeschluss ab. Frau Seipp?
Nadine Seipp: Ja.
#CLOCK 20:27:30
Matthias Obermüller: Ergebnis: 41 Ja, 4 Nein, 10 Enthaltungen. Der Aufstellungsbeschluss ist gefasst. Frau Kalbfleisch und Frau Vogt können wieder hereinkommen.
Matthias Obermüller: Für die Punkte 9 und 10 stelle ich jetzt die Nichtöffentlichkeit her. Ich bitte die Gäste auf der Galerie und die Presse, den Saal zu verlassen, und die Technik, den Livestream abzuschalten.
#CLOCK 20:32:00
#NP
Rathaus Gießen Saal 1: Livestream beendet. Aufzeichnung für das Protokoll läuft weiter.
Matthias Obermüller: Danke, die Türen sind zu, wir sind jetzt nichtöffentlich. Punkt 9, die Unterhaltsreinigung. Frau Oberbürgermeisterin.
Dr. Carola Weinreich: Nach der europaweiten Ausschreibung liegt das wirtschaftlichste Angebot bei der Firma Glanzwerk Gebäudedienste aus Wetzlar, mit 1.284.300 Euro für drei Jahre. Der bisherige Dienstleister lag rund neun Prozent darüber.
Ömer Kaplan: Zahlt Glanzwerk Tariflohn? Das ist für uns entscheidend.
Dr. Carola Weinreich: Ja, die Tariftreueerklärung liegt vor, wir kontrollieren stichprobenartig.
Matthias Obermüller: Dann stimmen wir ab, per Handzeichen, die Anlage ist für diesen Teil abgeschaltet. Wer ist dafür? Gegenstimmen? Keine. Enthaltungen? Zwei. Damit ist die Vergabe an Glanzwerk beschlossen.
#CLOCK 20:51:00
Matthias Obermüller: Punkt 10, die Teilfläche im Gewerbegebiet West.
Timo Bellersheim: Interessent ist die Lahntal Präzisionsguss GmbH, sie möchte 9.400 Quadratmeter erwerben, zu 87 Euro pro Quadratmeter. Das liegt etwas unter dem Bodenrichtwert, dafür sagt die Firma 60 neue Arbeitsplätze zu.
Renate Kalbfleisch: Die Arbeitsplatzzusage muss vertraglich abgesichert werden, mit Rückkaufsrecht. Das sehe ich im Entwurf nicht.
Sabine Hofacker: Dann sollten wir das nicht heute beschließen. Ich beantrage, den Punkt in den Haupt- und Finanzausschuss zu verweisen, damit dort der Vertragsentwurf nachgebessert wird.
Matthias Obermüller: Ein Antrag auf Verweisung. Wer der Verweisung in den Haupt- und Finanzausschuss zustimmt, den bitte ich um das Handzeichen. Das ist die große Mehrheit. Gegenstimmen? Drei. Enthaltungen? Keine. Dann ist der Punkt in den Haupt- und Finanzausschuss verwiesen.
#CLOCK 21:15:30
Matthias Obermüller: Wir sind am Ende der Tagesordnung. Ich danke Ihnen und schließe die Sitzung um 21:16 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True, [
        D("Änderungsantrag der FDP (Lieferzonen vor Wegfall von Parkstreifen)", "abgelehnt",
          "Der Änderungsantrag der FDP findet keine Mehrheit.", votes=(17, 39, 2),
          note="electronic result 17/38/2, plus the online vote of Frau Seipp: 39 Nein"),
        D("Radverkehrskonzept in der vom Ausschuss geänderten Fassung", "angenommen",
          "Damit ist das Radverkehrskonzept in der geänderten Fassung beschlossen.", votes=(37, 19, 2))]),
    I("5", AGENDA[4][1], True, [D("Überplanmäßige Ausgabe 640.000 Euro Sporthalle Weststadtschule", "angenommen",
                                   "Also einstimmig bei sechs Enthaltungen, die Mittel sind bereitgestellt.", votes=(52, 0, 6),
                                   note="'einstimmig bei sechs Enthaltungen': no Gegenstimmen, recorded with abstain=6 and unanimous=false; the Haupt- und Finanzausschuss's 'einstimmig' does not count")]),
    I("6", AGENDA[5][1], True, [D("Antrag Die Linke: Sozialticket 19 Euro", "abgelehnt",
                                   "Der Antrag zu Punkt 6 ist damit abgelehnt.", votes=(6, 22, 30))],
      note="debated together with TOP 7, separate votes"),
    I("7", AGENDA[6][1], True, [D("Prüfauftrag Volt", "angenommen", "Der Prüfauftrag ist angenommen.", votes=(45, 13, 0),
                                   groups=(["SPD", "Grüne", "CDU", "Volt", "Freie Wähler", "Linke"], ["FDP", "AfD"], []))],
      note="debated together with TOP 6, separate votes"),
    I("8", AGENDA[7][1], True, [D("Aufstellungsbeschluss Bebauungsplan Lahnwiesen-Nord", "angenommen",
                                   "Der Aufstellungsbeschluss ist gefasst.", votes=(41, 4, 10))],
      bias=["Renate Kalbfleisch", "Friederike Vogt"], note="Kalbfleisch declared § 25 HGO under TOP 1, Vogt at the item"),
    I("9", AGENDA[8][1], False, [D("Vergabe Unterhaltsreinigung", "angenommen", "Damit ist die Vergabe an Glanzwerk beschlossen.",
                                    votes=(None, 0, 2))]),
    I("10", AGENDA[9][1], False, [D("Verweisung in den Haupt- und Finanzausschuss", "verwiesen",
                                     "Dann ist der Punkt in den Haupt- und Finanzausschuss verwiesen.", votes=(None, 3, 0))]),
]
LATE = [{"name": "Jonas Momberger", "top": "4"}]
EARLY = [{"name": "Heinz-Jürgen Rupp", "top": "8"}]
SECRETS = ["Glanzwerk", "1.284.300 Euro", "Lahntal Präzisionsguss", "87 Euro pro Quadratmeter", "9.400 Quadratmeter"]
