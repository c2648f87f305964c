META = dict(id="by-freising-planungsausschuss-2026-01", split="dev", land="BY",
            body="Planungs- und Bauausschuss", organization="Stadt Freising",
            date="2026-01-21", origin="16:57:30", start="17:00", end="18:04", agenda="mismatch",
            agendaNote="agenda.json is the agenda of the same committee's meeting of 2025-12-10 (same item count, different titles)",
            chair="Dr. Stefan Weiher",
            features=["mismatch agenda (wrong date)", "formal chair", "early persönliche Beteiligung (Art. 49 BayGO) for a later TOP",
                      "number split across line break", "zum nächsten Tagesordnungspunkt", "Bavarian votes 'mit 10 zu 2 Stimmen' (no abstentions)",
                      "Zurückstellung", "hat zur Kenntnis genommen", "Anfragen without decision", "Niederschrift genehmigt"])

AGENDA_META = dict(slug="freising/planungs-und-bauausschuss", date="2025-12-10", start="17:00", end="19:00",
                   name="Sitzung des Planungs- und Bauausschusses",
                   organizationName="Planungs- und Bauausschuss")
AGENDA = [
    ("1", "Genehmigung der Niederschrift über die Sitzung vom 12.11.2025", True),
    ("2", "Haushalt 2026: Vorberatung des Teilhaushalts Bauen und Planen", True),
    ("3", "Bauantrag: Errichtung einer Lagerhalle, Erdinger Straße 61", True),
    ("4", "Änderung der Stellplatzsatzung", True),
    ("5", "Bericht über den Stadtbusverkehr 2025", True),
    ("6", "Anfragen", True),
]
ATTENDANCE = None

CUES = """
#CLOCK 16:59:10
Raum Sitzungssaal 1: Ähm so, jetzt sind wir drin. Hallo?
#CLOCK 17:00:15
Dr. Stefan Weiher: Meine sehr geehrten Damen und Herren, ich eröffne die Sitzung des Planungs- und Bauausschusses. Es ist 17 Uhr. Ich stelle die ordnungsgemäße Ladung und die Beschlussfähigkeit fest.
Dr. Stefan Weiher: Bevor wir einsteigen, Herr Gmeiner hat sich gemeldet.
Florian Gmeiner: Danke Herr Oberbürgermeister. Ich möchte gleich zu Beginn anzeigen, dass ich beim Tagesordnungspunkt 3, der Bauvoranfrage in der Vöttinger Straße, persönlich beteiligt bin im Sinne von Artikel 49 der Gemeindeordnung. Mein Büro hat die Planung gemacht.
Dr. Stefan Weiher: Danke, das nehmen wir so auf. Wir kommen zu Tagesordnungspunkt 1, Genehmigung der Niederschrift vom 10. Dezember. Gibt es Einwände? Das ist nicht der Fall.
Dr. Stefan Weiher: Wer der Niederschrift zustimmt, bitte ein Handzeichen. Die Niederschrift ist damit einstimmig genehmigt.
Dr. Stefan Weiher: Tagesordnungspunkt 2, Bauantrag zur Nutzungsänderung eines Ladengeschäfts in eine Gaststätte, Untere Hauptstraße 22. Frau Lechner bitte.
Andrea Lechner: Danke. Der Antragsteller möchte im Erdgeschoss ein Café mit 40 Plätzen betreiben, die notwendigen drei Stellplätze werden abgelöst. Die Verwaltung empfiehlt das Einvernehmen zu erteilen.
Maximilian Obermaier: Wir sehen das kritisch, da gibt's jetzt schon Beschwerden der Anwohner wegen Lärm am Abend.
Sebastian Kreitmair: Ein Café ist doch für die Altstadt genau das Richtige.
Dr. Stefan Weiher: Dann lasse ich abstimmen. Wer dem Beschlussvorschlag zustimmt, bitte die Hand. Danke. Gegenstimmen? Zwei.
Dr. Stefan Weiher: Das gemeindliche Einvernehmen ist mit 10 zu 2 Stimmen erteilt.
Dr. Stefan Weiher: Wir kommen dann zum nächsten Tagesordnungspunkt, Tagesordnungspunkt // 3, Bauvoranfrage Errichtung einer Reihenhausanlage mit sechs Einheiten, Vöttinger Straße 105.
Dr. Stefan Weiher: Herr Gmeiner hat eingangs seine persönliche Beteiligung erklärt, er nimmt an Beratung und Abstimmung nicht teil und hat sich in den Zuhörerbereich gesetzt.
Andrea Lechner: Die Anlage fügt sich nach Maß und Dichte ein, kritisch ist nur die Zufahrt über den Privatweg. Die Verwaltung empfiehlt das Einvernehmen unter der Bedingung einer gesicherten Erschließung.
Ursula Brandl: Äh, wie breit ist denn dieser Privatweg, kommt da die Feuerwehr durch?
Andrea Lechner: 3,50 Meter, das reicht nach Auskunft der Feuerwehr.
Dr. Stefan Weiher: Wer stimmt dem Beschlussvorschlag zu? Gegenstimmen? Zwei. Mit 9 zu 2 Stimmen ist das Einvernehmen erteilt.
Dr. Stefan Weiher: Herr Gmeiner, Sie dürfen wieder zurück an den Tisch.
Dr. Stefan Weiher: Tagesordnungspunkt 4, Änderung des Bebauungsplans Nummer 142 Steinpark. Hier ist die Stellungnahme des Wasserwirtschaftsamts zum Hochwasserschutz noch nicht eingegangen.
Dr. Stefan Weiher: Ich schlage deshalb vor, den Punkt zurückzustellen. Erhebt sich Widerspruch? Das ist nicht der Fall. Der Punkt wird zurückgestellt.
#CLOCK 17:41:00
Dr. Stefan Weiher: Tagesordnungspunkt 5, Bericht zum Stand der Sanierung des Asamgebäudes. Herr Huber.
Martin Huber: Danke. Der Rohbau ist abgeschlossen, der Innenausbau läuft. Wir liegen im Zeitplan, bei den Kosten gibt es eine Steigerung von rund 4 Prozent, vor allem bei der Haustechnik.
Maximilian Obermaier: Vier Prozent, das sind wie viel in Euro?
Martin Huber: Ungefähr 2,1 Millionen.
Dr. Stefan Weiher: Danke Herr Huber. Der Ausschuss hat den Bericht zur Kenntnis genommen.
Dr. Stefan Weiher: Zu Tagesordnungspunkt 6 Anfragen. Frau Brandl.
Ursula Brandl: Wann wird die Ampel an der Kreuzung Wippenhauser Straße endlich umprogrammiert? Morgens staut sich das bis zur Schule.
Andrea Lechner: Das Straßenbauamt hat es für Februar zugesagt.
Sebastian Kreitmair: Und ich hätte noch eine Frage zum Winterdienst auf den Radwegen, da kommt die Antwort dann schriftlich, das hab ich schon eingereicht.
Dr. Stefan Weiher: Ja, die geht Ihnen zu. Weitere Anfragen liegen nicht vor.
#CLOCK 18:03:30
Dr. Stefan Weiher: Dann bedanke ich mich und schließe die Sitzung um 18:04 Uhr.
"""

ITEMS = [
    I("1", "Genehmigung der Niederschrift vom 10. Dezember", True,
      [D("Niederschrift vom 10.12.2025", "genehmigt", "Die Niederschrift ist damit einstimmig genehmigt.", unanimous=True)]),
    I("2", "Bauantrag Nutzungsänderung eines Ladengeschäfts in eine Gaststätte, Untere Hauptstraße 22", True,
      [D("Gemeindliches Einvernehmen", "angenommen", "Das gemeindliche Einvernehmen ist mit 10 zu 2 Stimmen erteilt.", votes=(10, 2, None))]),
    I("3", "Bauvoranfrage Errichtung einer Reihenhausanlage mit sechs Einheiten, Vöttinger Straße 105", True,
      [D("Gemeindliches Einvernehmen", "angenommen", "Mit 9 zu 2 Stimmen ist das Einvernehmen erteilt.", votes=(9, 2, None))],
      bias=["Florian Gmeiner"]),
    I("4", "Änderung des Bebauungsplans Nr. 142 Steinpark", True,
      [D("Zurückstellung", "vertagt", "Der Punkt wird zurückgestellt.")]),
    I("5", "Bericht zum Stand der Sanierung des Asamgebäudes", True,
      [D("Bericht", "zur Kenntnis genommen", "Der Ausschuss hat den Bericht zur Kenntnis genommen.")]),
    I("6", "Anfragen", True),
]
LATE = []
EARLY = []
SECRETS = []
