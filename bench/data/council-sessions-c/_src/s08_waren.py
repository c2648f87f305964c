META = dict(id="mv-waren-stadtvertretung-2026-11", split="test", land="MV", body="Stadtvertretung",
            organization="Stadt Waren (Müritz)", date="2026-11-18", origin="17:53:00", start="18:01", end="20:39",
            agenda="matching", chair="Bernd Schwerin",
            features=["Stadtvertretung (Mecklenburg-Vorpommern), Präsident der Stadtvertretung as chair, Bürgermeisterin",
                      "Dringlichkeitsantrag added to the agenda under TOP 2 (Zweidrittelmehrheit) and treated as TOP 9a",
                      "Informationsvorlage zur Kenntnis genommen", "Antrag zurückgezogen after debate",
                      "Mitwirkungsverbot § 24 KV M-V at the item (Stadtvertreterin), Bebauungsplan abgelehnt ('ist damit abgelehnt')",
                      "'mehrheitlich' with group votes, counts in words", "online member votes by voice",
                      "chair calls items in own words ('Jetzt zum Lärm', 'Tagesordnungspunkt sieben')",
                      "late arrival and two early departures (attendance)", "Unknown Speaker, room device voice, fillers",
                      "no non-public part"])
AGENDA_META = dict(slug="waren/stadtvertretung", date="2026-11-18", start="18:00", end="21:00", tz="+01:00",
                   name="Sitzung der Stadtvertretung Waren (Müritz)", organizationName="Stadtvertretung Waren (Müritz)")
AGENDA = [
    ("1", "Eröffnung, Feststellung der Ordnungsmäßigkeit der Einberufung und der Beschlussfähigkeit", True),
    ("2", "Änderungsanträge zur Tagesordnung und Feststellung der Tagesordnung", True),
    ("3", "Einwohnerfragestunde", True),
    ("4", "Bericht der Bürgermeisterin", True),
    ("5", "Informationsvorlage: Tourismusbilanz der Saison 2026", True),
    ("6", "1. Nachtragshaushaltssatzung 2026", True),
    ("7", "Lärmaktionsplan der Stadt Waren (Müritz), Stufe 4", True),
    ("8", "Antrag der Fraktion Bündnis 90/Die Grünen: Einführung eines Bürgerhaushalts", True),
    ("9", "Bebauungsplan Nr. 77 „Ferienhausgebiet Eldenburg“ – Abwägungs- und Satzungsbeschluss", True),
    ("10", "Anfragen der Stadtvertreterinnen und Stadtvertreter", True),
]
_e = "20:39:40"
ATTENDANCE = dict(title="Stadtvertretung Waren (Müritz) – Sitzung 18.11.", domain="waren.example.de", rows=[
    ("Bürgersaal Waren", [("17:53:10", "20:40:10")], "Attendee"),
    ("Bernd Schwerin", [("17:54:00", "20:39:55")], "Organizer"),
    ("Katrin Pagel", [("17:54:30", _e)], "Presenter"),
    ("Uwe Krakow", [("17:55:00", _e)], "Attendee"),
    ("Doreen Stolzenburg", [("17:55:20", _e)], "Attendee"),
    ("Lars-Peter Vick", [("17:55:40", "19:30:40")], "Attendee"),
    ("Aline Wernicke", [("17:56:00", _e)], "Attendee"),
    ("Hans-Georg Düwel", [("17:56:20", _e)], "Attendee"),
    ("Melanie Ohde", [("17:56:40", "20:30:50")], "Attendee"),
    ("Steffen Radloff", [("18:16:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:59:30
Bürgersaal Waren: Die Aufzeichnung hat begonnen.
#CLOCK 18:01:00
Bernd Schwerin: So, liebe Stadtvertreterinnen und Stadtvertreter, Frau Bürgermeisterin, verehrte Gäste, ich begrüße Sie zur Sitzung der Stadtvertretung. Es ist ordnungsgemäß eingeladen worden. Von 25 Stadtvertretern sind 21 da, eine davon online, Frau Ohde. Damit sind wir beschlussfähig.
#CLOCK 18:03:00
Bernd Schwerin: Zur Tagesordnung. Die Fraktionen CDU, SPD und Linke haben einen Dringlichkeitsantrag vorgelegt, eine Resolution zum Erhalt der Regionalexpress-Verbindung nach Berlin. Die Bahn will ab Dezember die Direktverbindung streichen, das wurde erst am Freitag bekannt, deshalb konnte das nicht fristgerecht eingereicht werden. Für die Aufnahme brauchen wir zwei Drittel der Stadtvertretung.
Uwe Krakow: Ich will das kurz begründen. Wenn wir bis zur nächsten regulären Sitzung warten, ist der Fahrplan beschlossen. Deshalb dringlich.
Bernd Schwerin: Wer der Aufnahme in die Tagesordnung zustimmt? Frau Ohde?
Melanie Ohde: Ich bin dafür.
Bernd Schwerin: Gegenstimmen? Keine. Enthaltungen? Eine. Damit ist die erforderliche Mehrheit erreicht, der Dringlichkeitsantrag kommt als 9 a auf die Tagesordnung. Mit dieser Änderung ist die Tagesordnung festgestellt.
#CLOCK 18:07:00
Bernd Schwerin: Einwohnerfragestunde. Wer möchte? Bitte, ans Mikro.
Unknown Speaker: Ja, Moin. Ich bin Anwohner in der Strandstraße. Im Sommer ist da nachts bis zwei Uhr Betrieb von den Bars am Hafen. Gibt es da mal Kontrollen vom Ordnungsamt?
Katrin Pagel: Danke. Das Ordnungsamt war in diesem Sommer an 14 Wochenenden im Einsatz, es gab 37 Anzeigen. Wir werden im Lärmaktionsplan, der nachher beraten wird, auch den Hafen als Schwerpunkt haben.
Unknown Speaker: Vierzehn Wochenenden, das merkt man aber nicht.
Katrin Pagel: Ich verstehe das. Wir haben leider nur zwei Leute im Außendienst am Abend.
Bernd Schwerin: Danke. Noch eine Frage? Keine.
#CLOCK 18:17:00
Steffen Radloff: Entschuldigung, guten Abend, Stau auf der B 192.
Bernd Schwerin: Herzlich willkommen, Herr Radloff. Damit sind wir 22. Bericht der Bürgermeisterin.
Katrin Pagel: Danke. Ich will drei Punkte ansprechen. Erstens, der Umbau des Bahnhofsumfelds ist abgeschlossen, die Abrechnung liegt 3 Prozent unter dem Ansatz. Zweitens, die Kita Papenberg öffnet im Januar mit 120 Plätzen. Drittens, ähm, die Fähre nach Klink wird in der nächsten Saison nicht mehr von der Stadt bezuschusst werden können, wenn der Kreis seinen Anteil streicht. Dazu laufen Gespräche.
Aline Wernicke: Ist bei der Fähre schon was entschieden?
Katrin Pagel: Nein, die Gespräche sind im Dezember.
#CLOCK 18:27:00
Bernd Schwerin: Punkt 5, die Tourismusbilanz. Das ist eine Informationsvorlage, wir beschließen nichts. Frau Bürgermeisterin.
Katrin Pagel: Wir hatten in dieser Saison 1,21 Millionen Übernachtungen, ein Plus von 4 Prozent. Die Kurabgabe hat 2,9 Millionen Euro eingebracht. Die Zahl der Tagesgäste ist leicht gesunken, das führen wir auf das schlechte Wetter im Juli zurück.
Hans-Georg Düwel: Die Zahlen sind erfreulich. Aber ich bitte, auch auf die Belastungen der Einwohner zu schauen. Parken in der Altstadt ist im August kaum möglich.
Doreen Stolzenburg: Ich würde gerne wissen, wie viele Ferienwohnungen inzwischen registriert sind.
Katrin Pagel: Knapp 1.900. Das sind 150 mehr als im Vorjahr.
Bernd Schwerin: Dann nimmt die Stadtvertretung die Tourismusbilanz zur Kenntnis.
#CLOCK 18:39:00
Bernd Schwerin: Jetzt zum Nachtragshaushalt. Der Hauptausschuss hat den Nachtrag mehrheitlich empfohlen.
Katrin Pagel: Der Nachtrag wird durch die Tarifsteigerungen und höhere Energiekosten nötig. Das Defizit im Ergebnishaushalt steigt um 1,6 Millionen Euro. Wir decken das aus der Ausgleichsrücklage, die danach noch bei 4,3 Millionen liegt.
Lars-Peter Vick: Die AfD lehnt den Nachtrag ab. Es fehlt jeder Sparwille.
Uwe Krakow: Der Nachtrag ist notwendig, die Tarife hat niemand hier beschlossen. Die CDU stimmt zu.
Aline Wernicke: Die Linke stimmt auch zu, wir hätten uns nur gewünscht, dass die Vereinsförderung nicht gekürzt wird.
Katrin Pagel: Die Vereinsförderung wird nicht gekürzt, nur nicht erhöht.
Bernd Schwerin: Wer stimmt der Nachtragshaushaltssatzung zu? CDU, SPD, Linke, Grüne. Frau Ohde?
Melanie Ohde: Ja, dafür.
Bernd Schwerin: Gegenstimmen? Die AfD, drei. Enthaltungen? Die Fraktion Unabhängige Bürger, zwei. Damit ist der Nachtrag mehrheitlich beschlossen.
#CLOCK 18:58:00
Bernd Schwerin: Tagesordnungspunkt sieben. Jetzt zum Lärm, der Lärmaktionsplan, vierte Stufe.
Katrin Pagel: Der Plan enthält neun Maßnahmen. Die wichtigsten sind Tempo 30 nachts auf der Strelitzer Straße und der Lloydstraße, lärmarmer Asphalt bei der nächsten Sanierung der Güstrower Straße und ein Konzept für die Gastronomie am Stadthafen.
Hans-Georg Düwel: Tempo 30 nachts auf der Strelitzer Straße heißt, dass die Lkw zu den Gewerbegebieten durch die Stadt schleichen. Das halte ich für falsch.
Doreen Stolzenburg: An der Strelitzer Straße wohnen 1.400 Menschen. Die Werte liegen nachts über 55 Dezibel. Das ist gesundheitsschädlich, das ist keine Ideologie.
Lars-Peter Vick: Ich muss gleich gehen, aber ich sage schon mal: Wir lehnen das ab.
Uwe Krakow: Die CDU trägt den Plan mit, wir haben aber Bauchschmerzen mit der Gastronomie. Das Hafenviertel lebt davon.
Katrin Pagel: Das Konzept für die Gastronomie wird mit dem Hafenverein zusammen erarbeitet, da gibt es keine Sperrstunde von oben.
#CLOCK 19:30:30
Lars-Peter Vick: Tschüss zusammen.
#CLOCK 19:32:00
Aline Wernicke: Noch eine Frage: Wer bezahlt den lärmarmen Asphalt? Das ist ja teurer.
Katrin Pagel: Das Land fördert das mit 50 Prozent, sonst hätten wir es nicht reingeschrieben.
Bernd Schwerin: Dann kommen wir zur Abstimmung über den Lärmaktionsplan. Wer ist dafür? Frau Ohde?
Melanie Ohde: Ja.
Bernd Schwerin: Das sind siebzehn. Gegenstimmen? Zwei. Enthaltungen? Zwei. Damit ist der Lärmaktionsplan beschlossen.
#CLOCK 19:38:00
Bernd Schwerin: Punkt acht, der Bürgerhaushalt, ein Antrag der Grünen. Frau Stolzenburg.
Doreen Stolzenburg: Danke. Wir möchten, dass ab 2028 jedes Jahr 100.000 Euro für Projekte reserviert werden, die Bürgerinnen und Bürger vorschlagen und abstimmen. Andere Städte machen das erfolgreich, Eberswalde zum Beispiel.
Uwe Krakow: Die Idee ist nicht schlecht. Aber 100.000 Euro in unserer Haushaltslage, wo wir gerade einen Nachtrag beschlossen haben? Das passt nicht.
Katrin Pagel: Ich würde anbieten, dass wir im Frühjahr eine Beteiligungswerkstatt machen, ohne eigenes Budget, aber mit einem Vorschlagsrecht für den nächsten Haushalt.
Doreen Stolzenburg: Das ist ein Angebot, das ich annehmen kann. Dann ziehen wir den Antrag zurück, wenn die Werkstatt im Frühjahr kommt.
Bernd Schwerin: Die Bürgermeisterin hat das zugesagt. Damit ist der Antrag zurückgezogen.
#CLOCK 19:52:00
Bernd Schwerin: Punkt neun, der Bebauungsplan 77, Ferienhausgebiet Eldenburg.
Aline Wernicke: Herr Präsident, da bin ich befangen, § 24, meine Schwester ist Miteigentümerin einer der Flächen. Ich gehe raus.
Bernd Schwerin: Danke, Frau Wernicke, wird protokolliert.
Katrin Pagel: Der Plan sieht 64 Ferienhäuser am Rand des Reeckkanals vor. Der Vorhabenträger übernimmt die Erschließung. In der Auslegung gab es 112 Stellungnahmen, fast alle dagegen. Die Verwaltung empfiehlt trotzdem den Satzungsbeschluss, weil der Flächennutzungsplan die Nutzung vorsieht.
Hans-Georg Düwel: Wir haben in Waren genug Ferienhäuser. Uns fehlen Wohnungen für Pflegekräfte und Erzieherinnen. Wir lehnen ab.
Doreen Stolzenburg: Die Grünen lehnen ab, der Reeckkanal ist Brutgebiet für den Eisvogel.
Uwe Krakow: Die CDU ist gespalten. Ich persönlich stimme zu, einige Kollegen nicht.
Steffen Radloff: Darf ich fragen, ob eine Zweitwohnungsnutzung ausgeschlossen ist?
Katrin Pagel: Ja, das ist festgesetzt, nur touristische Vermietung.
Bernd Schwerin: Wir stimmen ab. Wer dem Abwägungs- und Satzungsbeschluss zustimmt, bitte die Hand. Frau Ohde?
Melanie Ohde: Nein, ich bin dagegen.
Bernd Schwerin: Dafür sind sieben. Gegenstimmen? Elf mit Frau Ohde. Enthaltungen? Zwei. Der Bebauungsplan ist damit abgelehnt. Frau Wernicke kann zurückkommen.
#CLOCK 20:16:00
Bernd Schwerin: Dann 9 a, der Dringlichkeitsantrag zur Bahnverbindung. Herr Krakow.
Uwe Krakow: Der Resolutionstext fordert die Landesregierung auf, die Direktverbindung über den Verkehrsvertrag zu sichern. Für Pendler nach Berlin und für den Tourismus ist das existenziell.
Doreen Stolzenburg: Wir unterstützen das voll.
Bernd Schwerin: Wer stimmt der Resolution zu? Frau Ohde? Ja. Gegenstimmen? Keine. Enthaltungen? Keine. Einstimmig angenommen, die Resolution geht morgen an das Ministerium.
#CLOCK 20:22:00
Bernd Schwerin: Anfragen der Stadtvertreter. Herr Radloff.
Steffen Radloff: Wann wird die Ampel an der Kreuzung Große Burgstraße wieder auf Vollbetrieb gestellt?
Katrin Pagel: Das Steuergerät wird nächste Woche getauscht, dann läuft sie wieder normal.
Melanie Ohde: Ich verabschiede mich schon, meine Verbindung wird schlecht. Danke euch.
Hans-Georg Düwel: Wie ist der Stand beim Hundestrand am Tiefwarensee?
Katrin Pagel: Die Genehmigung vom Landkreis liegt vor, die Beschilderung kommt im März.
#CLOCK 20:38:30
Bernd Schwerin: Gut. Dann bedanke ich mich für die konstruktive Sitzung und schließe sie um 20:39 Uhr.
"""

ITEMS = [
    I("1", AGENDA[0][1], True),
    I("2", AGENDA[1][1], True, [D("Aufnahme des Dringlichkeitsantrags in die Tagesordnung (Zweidrittelmehrheit)", "angenommen",
                                   "Damit ist die erforderliche Mehrheit erreicht, der Dringlichkeitsantrag kommt als 9 a auf die Tagesordnung.",
                                   votes=(None, 0, 1))]),
    I("3", AGENDA[2][1], True),
    I("4", AGENDA[3][1], True),
    I("5", AGENDA[4][1], True, [D("Tourismusbilanz (Informationsvorlage)", "zur Kenntnis genommen",
                                   "Dann nimmt die Stadtvertretung die Tourismusbilanz zur Kenntnis.")]),
    I("6", AGENDA[5][1], True, [D("1. Nachtragshaushaltssatzung 2026", "angenommen", "Damit ist der Nachtrag mehrheitlich beschlossen.",
                                   votes=(None, 3, 2), groups=(["CDU", "SPD", "Linke", "Grüne"], ["AfD"], ["Unabhängige Bürger"]),
                                   note="the Hauptausschuss's 'mehrheitlich empfohlen' does not count")]),
    I("7", AGENDA[6][1], True, [D("Lärmaktionsplan Stufe 4", "angenommen", "Damit ist der Lärmaktionsplan beschlossen.", votes=(17, 2, 2))]),
    I("8", AGENDA[7][1], True, [D("Antrag der Grünen: Bürgerhaushalt", "zurückgezogen", "Damit ist der Antrag zurückgezogen.")]),
    I("9", AGENDA[8][1], True, [D("Abwägungs- und Satzungsbeschluss Bebauungsplan Nr. 77", "abgelehnt", "Der Bebauungsplan ist damit abgelehnt.",
                                   votes=(7, 11, 2))], bias=["Aline Wernicke"]),
    I("9a", "Dringlichkeitsantrag der Fraktionen CDU, SPD und Die Linke: Resolution zum Erhalt der Regionalexpress-Verbindung nach Berlin", True, [
        D("Resolution zur Bahnverbindung", "angenommen", "Einstimmig angenommen, die Resolution geht morgen an das Ministerium.",
          votes=(None, 0, 0), unanimous=True)], added=True),
    I("10", AGENDA[9][1], True),
]
LATE = [{"name": "Steffen Radloff", "top": "3"}]
EARLY = [{"name": "Lars-Peter Vick", "top": "7"}, {"name": "Melanie Ohde", "top": "10"}]
SECRETS = []
