META = dict(id="sh-neumuenster-ratsversammlung-2026-11", split="test", land="SH", body="Ratsversammlung",
            organization="Stadt Neumünster", date="2026-11-10", origin="16:56:00", start="17:02", end="19:58",
            agenda="none", chair="Wiebke Thordsen",
            features=["no agenda; Ratsversammlung (Schleswig-Holstein), Stadtpräsidentin as chair, Oberbürgermeister reports",
                      "opening 'hiermit ist die Ratsversammlung eröffnet, es ist 17:02 Uhr'",
                      "early Befangenheit § 22 GO SH declared under TOP 1 for the non-public TOP 7 (Ratsherr), he leaves at the item",
                      "secret Wahl of a Schiedsperson with Stimmzettel (Ja/Nein/Enthaltung)",
                      "Geschäftsordnungsantrag auf Überweisung in den Hauptausschuss angenommen (verwiesen)",
                      "CDU-Änderungsantrag 'findet keine Mehrheit', then Lärmaktionsplan 'ohne Gegenstimmen bei Enthaltung der Linken' (not unanimous, group)",
                      "calls: 'Punkt 1', title only, 'Wir kommen zu Ziffer 4', 'Nächster Tagesordnungspunkt: Fünf', 'Weiter geht es mit dem Lärmaktionsplan'",
                      "non-public part without agenda ('Wir sind jetzt nichtöffentlich'), Kenntnisnahme in the non-public part; no attendance report"])
AGENDA_META = None
AGENDA = None
ATTENDANCE = None

CUES = """
#CLOCK 17:02:00
Wiebke Thordsen: Liebe Ratsfrauen und Ratsherren, hiermit ist die Ratsversammlung eröffnet, es ist 17:02 Uhr. Das ist Punkt 1. Ich stelle fest, dass ordnungsgemäß eingeladen wurde und dass 38 der 43 Mitglieder anwesend sind. Wir sind beschlussfähig.
Wiebke Thordsen: Gibt es Wortmeldungen zur Tagesordnung oder Erklärungen vorab? Herr Claußen.
Henning Claußen: Frau Stadtpräsidentin, für den nichtöffentlichen Teil: Bei der Erbbaurechtssache bin ich befangen nach § 22 der Gemeindeordnung, ich bin Vorstand der Genossenschaft. Ich werde dann den Raum verlassen.
Wiebke Thordsen: Danke, Herr Claußen, das halten wir fest. Weitere Erklärungen? Keine.
#CLOCK 17:06:00
Wiebke Thordsen: Die Einwohnerfragestunde. Wir haben einen Herrn am Mikrofon, bitte.
Unknown Speaker: Moin. Ich komme aus Tungendorf. Der Radweg an der Süderstraße ist nachts stockdunkel. Wird da Licht hingebaut?
Dr. Lars Ehlebracht: Moin. Die Beleuchtung ist für 2027 im Haushaltsentwurf, etwa 140.000 Euro. Wenn die Ratsversammlung den Haushalt so beschließt, bauen wir im Sommer.
Unknown Speaker: Dann hoffe ich auf den Haushalt. Danke.
Wiebke Thordsen: Weitere Fragen sehe ich nicht.
#CLOCK 17:12:00
Wiebke Thordsen: Mitteilungen des Oberbürgermeisters, bitte sehr.
Dr. Lars Ehlebracht: Zwei Dinge. Die Holstenhallen melden für das dritte Quartal eine Auslastung von 78 Prozent, das ist ein Rekord. Und beim Neubau der Feuerwache Nord ist Richtfest am 28. November, Sie sind alle eingeladen.
Frauke Petersen-Ahlf: Eine Frage: Bleibt es bei den Kosten von 18 Millionen für die Feuerwache?
Dr. Lars Ehlebracht: Stand heute ja, wir liegen knapp darunter.
#CLOCK 17:18:00
Wiebke Thordsen: Wir kommen zu Ziffer 4, der Wahl einer Schiedsperson für den Schiedsamtsbezirk Mitte. Vorgeschlagen ist Frau Gesine Möllgaard. Es ist geheime Wahl beantragt, daher mit Stimmzettel. Die Wahlkabine steht links.
Wiebke Thordsen: Ich bitte Frau Petersen-Ahlf und Herrn Jaschinski, die Auszählung zu übernehmen.
Ole Jaschinski: Gerne.
Katja Ibsen: Frau Stadtpräsidentin, die Stimmzettel haben nur Ja und Nein. Wie enthalte ich mich?
Wiebke Thordsen: Sie kreuzen das Feld Enthaltung unten an, Frau Ibsen, das ist auf der Rückseite erklärt. Ein leerer Zettel wäre ungültig.
#CLOCK 17:36:00
Wiebke Thordsen: Das Wahlergebnis: 38 abgegebene Stimmzettel, davon 31 Ja, 4 Nein und 3 Enthaltungen. Frau Möllgaard ist damit als Schiedsperson gewählt. Ich gratuliere.
#CLOCK 17:38:00
Wiebke Thordsen: Nächster Tagesordnungspunkt: Fünf. Der gemeinsame Antrag von SPD und Grünen, einen Stadtteilbeirat für Einfeld einzurichten.
Frauke Petersen-Ahlf: Einfeld ist gewachsen, mit dem Neubaugebiet am See leben dort bald 6.000 Menschen. Die Leute wollen mitreden, und ein Beirat gibt ihnen eine feste Stimme.
Ole Jaschinski: Für die CDU: Grundsätzlich sind wir offen. Aber es gibt Fragen: Wer wählt die Mitglieder, welches Budget, welche Rechte? Das steht alles nicht drin.
Malin Sörensen: Der SSW findet das Anliegen richtig. In Gadeland und Brachenfeld gibt es schon Beiräte, und die funktionieren. Man kann die Satzung von dort übernehmen.
Torben Ruge: Ein Beirat mehr heißt Verwaltungsaufwand mehr. Wir lehnen das ab.
Katja Ibsen: Herr Ruge, in Gadeland kostet der Beirat im Jahr 3.000 Euro. Das ist nicht der Untergang der Stadtkasse.
Torben Ruge: Bei drei Beiräten ist es das Dreifache, und dann kommen die nächsten Stadtteile.
Ole Jaschinski: Ich stelle den Antrag zur Geschäftsordnung, den Antrag in den Hauptausschuss zu überweisen, damit dort eine Satzung vorbereitet wird.
Frauke Petersen-Ahlf: Damit können wir leben, wenn es im Januar wieder hier ist.
Wiebke Thordsen: Dann stimmen wir über die Überweisung in den Hauptausschuss ab. Wer ist dafür? Das ist die überwiegende Mehrheit. Dagegen? Zwei Stimmen. Enthaltungen? Eine. Damit ist der Antrag in den Hauptausschuss überwiesen.
#CLOCK 18:05:00
Wiebke Thordsen: Weiter geht es mit dem Lärmaktionsplan, vierte Stufe. Herr Oberbürgermeister, eine kurze Einführung.
Dr. Lars Ehlebracht: Der Plan benennt sechs Schwerpunkte, an denen mehr als 65 Dezibel am Tag gemessen wurden. An vier davon schlagen wir nachts Tempo 30 vor, unter anderem an der Kieler Straße und am Haart. An der B 205 ist der Bund zuständig, dort bleibt es bei Schallschutzfenstern.
Ole Jaschinski: Die CDU beantragt, die Kieler Straße aus der Tempo-30-Regelung herauszunehmen. Das ist eine Hauptverkehrsachse, dort fahren Busse und der Rettungsdienst. Wir wollen keine Umwegverkehre durch die Wohnstraßen.
Malin Sörensen: Herr Jaschinski, an der Kieler Straße wohnen fast 900 Menschen, die nachts über der Schwelle liegen. Gerade da ist es am dringendsten.
Henning Claußen: Die Feuerwehr hat mitgeteilt, dass Tempo 30 nachts für ihre Einsätze keine Rolle spielt. Das steht in der Stellungnahme auf Seite zwölf.
Torben Ruge: Wir sind gegen jede Form von flächigem Tempo 30. Aber das hier ist punktuell, das tragen wir mit.
Katja Ibsen: Die Linke hätte sich mehr gewünscht, vor allem beim Bahnlärm. Der kommt im Plan praktisch nicht vor. Wir werden uns deshalb enthalten.
Dr. Lars Ehlebracht: Beim Bahnlärm sind wir auf das Eisenbahn-Bundesamt angewiesen, Frau Ibsen. Wir haben die Schwerpunkte gemeldet.
Wiebke Thordsen: Dann stimmen wir zunächst über den Änderungsantrag der CDU ab. Wer ist dafür? Wer ist dagegen? Enthaltungen? Der Änderungsantrag findet mit 11 Ja-Stimmen gegen 24 Nein-Stimmen bei 3 Enthaltungen keine Mehrheit.
Wiebke Thordsen: Jetzt der Lärmaktionsplan in der Fassung der Vorlage. Wer stimmt zu? Wer ist dagegen? Niemand. Wer enthält sich? Die Linke. Damit ist der Lärmaktionsplan ohne Gegenstimmen bei Enthaltung der Linken angenommen.
#CLOCK 18:52:00
Wiebke Thordsen: Ich schlage fünf Minuten Pause vor, dann geht es nichtöffentlich weiter. Ich bitte die Zuhörerinnen und Zuhörer, den Saal zu verlassen. Vielen Dank für Ihr Kommen.
#CLOCK 19:01:00
#NP
Wiebke Thordsen: So, wir sind jetzt nichtöffentlich. Punkt sieben, das Erbbaurecht. Herr Claußen hat den Raum verlassen, wie angekündigt.
Dr. Lars Ehlebracht: Die Wohnungsgenossenschaft Holstentor möchte auf dem städtischen Grundstück an der Färberstraße 48 Wohnungen bauen. Wir schlagen ein Erbbaurecht über 75 Jahre vor, mit einem Erbbauzins von 2,5 Prozent, für die ersten zehn Jahre ermäßigt auf 1,5 Prozent.
Frauke Petersen-Ahlf: Das ist genau das Modell, das wir wollen. Preisgebundener Wohnraum, und das Grundstück bleibt bei der Stadt.
Torben Ruge: Der ermäßigte Zins ist ein Geschenk von rund 400.000 Euro über zehn Jahre. Das muss man auch sagen.
Dr. Lars Ehlebracht: Dafür bekommen wir 30 Jahre Mietpreisbindung, Herr Ruge. Das ist es wert.
Wiebke Thordsen: Wer stimmt der Bestellung des Erbbaurechts zu? Gegenstimmen? Vier. Enthaltungen? Keine. Der Beschluss ist gefasst. Holen Sie bitte Herrn Claußen wieder herein.
#CLOCK 19:24:00
Wiebke Thordsen: Punkt acht, eine Information zu einem Rechtsstreit. Herr Oberbürgermeister.
Dr. Lars Ehlebracht: Das Verwaltungsgericht Schleswig hat die Klage der Firma Nordlicht Außenwerbung gegen die Werbeanlagensatzung abgewiesen. Die Firma hat Berufung angekündigt. Die Prozesskosten liegen bisher bei 27.000 Euro.
Katja Ibsen: Wie hoch ist das Risiko in der zweiten Instanz?
Dr. Lars Ehlebracht: Unser Anwalt schätzt es als gering ein. Wir berichten wieder, wenn das Oberverwaltungsgericht terminiert.
Wiebke Thordsen: Die Ratsversammlung nimmt die Information zur Kenntnis. Es gibt keine Einwände.
#CLOCK 19:57:00
Wiebke Thordsen: Dann bedanke ich mich für die Sitzung. Die Ratsversammlung ist um 19:58 Uhr geschlossen.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=False),
    I("3", "Mitteilungen des Oberbürgermeisters", True, spoken=False),
    I("4", "Wahl einer Schiedsperson für den Schiedsamtsbezirk Mitte", True, [
        D("Wahl von Frau Möllgaard zur Schiedsperson (Stimmzettel)", "gewählt", "Frau Möllgaard ist damit als Schiedsperson gewählt.",
          ballot={"Ja": 31, "Nein": 4, "Enthaltung": 3})], spoken=True),
    I("5", "Antrag von SPD und Grünen: Stadtteilbeirat Einfeld", True, [
        D("Geschäftsordnungsantrag auf Überweisung in den Hauptausschuss", "verwiesen",
          "Damit ist der Antrag in den Hauptausschuss überwiesen.", votes=(None, 2, 1))], spoken=True),
    I("6", "Lärmaktionsplan – vierte Stufe", True, [
        D("Änderungsantrag der CDU: Kieler Straße ohne Tempo 30", "abgelehnt",
          "Der Änderungsantrag findet mit 11 Ja-Stimmen gegen 24 Nein-Stimmen bei 3 Enthaltungen keine Mehrheit.", votes=(11, 24, 3)),
        D("Lärmaktionsplan in der Fassung der Vorlage", "angenommen",
          "Damit ist der Lärmaktionsplan ohne Gegenstimmen bei Enthaltung der Linken angenommen.", votes=(None, 0, None),
          unanimous=False, groups=([], [], ["Linke"]))], spoken=False),
    I("7", "Bestellung eines Erbbaurechts", False, [
        D("Bestellung des Erbbaurechts", "angenommen", "Der Beschluss ist gefasst.", votes=(None, 4, 0))],
      bias=["Henning Claußen"], note="Befangenheit § 22 GO SH declared under TOP 1", spoken=True),
    I("8", "Information über einen Rechtsstreit", False, [
        D("Information über einen Rechtsstreit", "zur Kenntnis genommen", "Die Ratsversammlung nimmt die Information zur Kenntnis.")], spoken=True),
]
LATE = []
EARLY = []
SECRETS = ["Holstentor", "Färberstraße", "Nordlicht Außenwerbung", "27.000 Euro", "Erbbauzins von 2,5 Prozent"]
