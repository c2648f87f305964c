META = dict(id="bb-eberswalde-finanzausschuss-2026-05", split="test", land="BB", body="Ausschuss für Finanzen und Wirtschaft",
            organization="Stadt Eberswalde", date="2026-05-19", origin="17:26:00", start="17:31", end="18:52",
            agenda="mismatch", chair="Ralf Kaminski",
            agendaNote="agenda.json is the agenda of the Ausschuss für Bildung, Kultur und Sport on the same day, not of this meeting",
            features=["mismatch agenda (other committee, same date)", "early Mitwirkungsverbot § 22 BbgKVerf for a later TOP",
                      "Niederschrift: 'So beschlossen.'", "ohne Aussprache zur Kenntnis genommen", "vote by groups, mehrheitlich angenommen",
                      "Sitzungsunterbrechung (Fraktionsberatung)", "Vertagungsantrag angenommen", "Beigeordnete (Kämmerin)",
                      "TOP with a proposed decision but no vote: vertagt as spoken", "late arrival", "early departure", "fillers and crosstalk"])
AGENDA_META = dict(slug="eberswalde/ausschuss-bildung-kultur-sport", date="2026-05-19", start="17:00", end="19:00", tz="+02:00",
                   name="Sitzung des Ausschusses für Bildung, Kultur und Sport", organizationName="Ausschuss für Bildung, Kultur und Sport")
AGENDA = [
    ("1", "Eröffnung der Sitzung und Bestätigung der Tagesordnung", True),
    ("2", "Schulentwicklungsplanung 2026 bis 2031: Sachstand", True),
    ("3", "Neufassung der Benutzungsordnung für die städtischen Sporthallen", True),
    ("4", "Kulturförderung: Zuschüsse für freie Träger 2026", True),
    ("5", "Informationen der Verwaltung", True),
]
_e = "18:52:30"
ATTENDANCE = dict(title="Ausschuss für Finanzen und Wirtschaft", domain="eberswalde.example.de", rows=[
    ("Ralf Kaminski", [("17:26:40", "18:52:45")], "Organizer"),
    ("Katrin Lewandowski", [("17:27:10", _e)], "Presenter"),
    ("Detlef Buchholz", [("17:27:30", _e)], "Attendee"),
    ("Anja Fiedler", [("17:28:02", _e)], "Attendee"),
    ("Marcel Kühn", [("17:28:15", "18:39:50")], "Attendee"),
    ("Sophie Brandt", [("17:28:40", _e)], "Attendee"),
    ("Uwe Schimmelpfennig", [("17:29:05", _e)], "Attendee"),
    ("Ramona Zeisig", [("17:44:20", _e)], "Attendee"),
    ("Hans-Jürgen Wittstock", [("17:29:30", _e)], "Attendee"),
])

CUES = """
#CLOCK 17:29:10
Ralf Kaminski: Äh, hallo? Hört mich jeder? Frau Brandt, Sie sind noch stumm.
Sophie Brandt: Jetzt aber, oder?
#CLOCK 17:31:00
Ralf Kaminski: Ja, jetzt. Gut, dann eröffne ich um 17:31 Uhr die Sitzung des Ausschusses für Finanzen und Wirtschaft. Eingeladen wurde ordnungsgemäß, sieben von acht Mitgliedern sind da, wir sind beschlussfähig. Frau Zeisig kommt später.
Ralf Kaminski: Gibt es Anmerkungen zur Tagesordnung oder Hinweise auf ein Mitwirkungsverbot?
Anja Fiedler: Ja, ich sag's lieber gleich am Anfang. Bei Tagesordnungspunkt 6, dem Zuschuss an den Familiengarten, bin ich nach § 22 der Kommunalverfassung von der Mitwirkung ausgeschlossen. Mein Mann sitzt dort im Vorstand.
Ralf Kaminski: Danke, Frau Fiedler, das ist notiert. Dann verfahren wir nach der Tagesordnung.
Ralf Kaminski: Punkt 2, die Niederschrift vom 14. April. Gibt es Einwände? Sehe ich nicht. Wer ist dafür? Dagegen? Enthaltungen? So beschlossen.
#CLOCK 17:36:30
Ralf Kaminski: Punkt 3, Bericht zum Haushaltsvollzug im ersten Quartal. Der Bericht liegt schriftlich vor, Frau Lewandowski hat mir signalisiert, dass sie nichts ergänzen möchte. Wenn es keine Wortmeldungen gibt, nehmen wir den Bericht ohne Aussprache zur Kenntnis.
Ralf Kaminski: Keine Wortmeldungen. Dann ist der Bericht ohne Aussprache zur Kenntnis genommen.
Ralf Kaminski: Punkt 4, überplanmäßige Aufwendungen für den Winterdienst. Frau Beigeordnete, bitte.
Katrin Lewandowski: Danke. Der lange Winter hat uns rund 214.000 Euro mehr gekostet als geplant, vor allem Streusalz und Fremdleistungen. Gedeckt wird das aus Mehreinnahmen bei der Gewerbesteuer.
Marcel Kühn: Also, äh, ich verstehe nicht, warum wir jedes Jahr zu niedrig planen. Das war doch absehbar.
Katrin Lewandowski: Wir planen mit dem Durchschnitt der letzten fünf Jahre. Dieser Winter lag deutlich darüber.
#CLOCK 17:44:40
Ramona Zeisig: Tschuldigung, bin jetzt da. Die Bahn.
Ralf Kaminski: Willkommen. Wir sind bei Punkt 4, Winterdienst. Dann stimmen wir über die Beschlussempfehlung an die Stadtverordnetenversammlung ab. Wer ist dafür? CDU, SPD, Grüne und Linke. Wer ist dagegen? Keiner. Enthaltung? Die AfD.
Ralf Kaminski: Damit mehrheitlich angenommen.
#CLOCK 17:50:00
Ralf Kaminski: Punkt 5, der Antrag der Fraktion Die Linke zur Einführung eines Sozialtarifs bei den Stadtwerken.
Ramona Zeisig: Bevor wir anfangen, beantragt meine Fraktion eine kurze Unterbrechung von fünf Minuten. Wir haben heute Mittag noch eine Stellungnahme der Stadtwerke bekommen, die müssen wir kurz besprechen.
Ralf Kaminski: Gut, dann unterbreche ich die Sitzung für fünf Minuten.
#CLOCK 17:57:30
Ralf Kaminski: So, wir setzen die Sitzung fort. Frau Zeisig.
Ramona Zeisig: Danke. Die Stadtwerke schreiben, dass sie einen Sozialtarif grundsätzlich prüfen, aber erst die Zahlen aus dem Jahresabschluss brauchen.
Uwe Schimmelpfennig: Dann ist es doch naheliegend, das heute nicht zu entscheiden. Die SPD beantragt, den Antrag zu vertagen, bis die Zahlen vorliegen.
Ramona Zeisig: Ja, aber nicht auf den Sankt-Nimmerleins-Tag, ich—
Detlef Buchholz: Das sagt ja auch keiner—
Ralf Kaminski: Bitte nicht durcheinander. Es liegt ein Antrag auf Vertagung vor. Wer dem Vertagungsantrag folgt, bitte das Handzeichen. Danke. Dagegen? Enthaltungen? Das ist mehrheitlich so, der Antrag ist vertagt.
#CLOCK 18:08:00
Ralf Kaminski: Punkt 6, Zuschuss an den Familiengarten Eberswalde e. V. Frau Fiedler hat sich am Anfang schon für ausgeschlossen erklärt und nimmt nicht teil.
Katrin Lewandowski: Der Verein beantragt 18.000 Euro für die Sanierung des Spielhauses. Im Haushalt sind 20.000 Euro für solche Zuschüsse eingeplant.
Sophie Brandt: Das ist gut angelegtes Geld, der Garten ist jeden Nachmittag voll.
Ralf Kaminski: Dann Abstimmung. Ich zähle: dafür sechs, dagegen keiner, eine Enthaltung. Damit angenommen. Frau Fiedler, Sie können wieder teilnehmen.
#CLOCK 18:20:00
Ralf Kaminski: Punkt 7, Wirtschaftsförderung, Rahmenplan für das Gewerbegebiet Britz-Ost. Die Verwaltung schlägt vor, den Rahmenplan als Grundlage für die Vermarktung zu beschließen.
Hans-Jürgen Wittstock: Ich habe den Plan erst gestern Abend bekommen, da fehlen die Anlagen zur Verkehrsanbindung komplett.
Katrin Lewandowski: Das stimmt, die Anlagen sind beim Versand nicht mitgekommen, das tut mir leid.
Detlef Buchholz: Dann können wir das heute eigentlich nicht seriös beraten.
#CLOCK 18:39:20
Marcel Kühn: Ich muss dann leider los, ich habe noch einen Termin im Kreis. Schönen Abend.
Ralf Kaminski: Schönen Abend, Herr Kühn. Ja, ich sehe das auch so. Wir fassen heute keinen Beschluss, der Rahmenplan kommt mit allen Anlagen in die nächste Sitzung.
#CLOCK 18:44:00
Ralf Kaminski: Punkt 8, Mitteilungen und Anfragen. Frau Lewandowski?
Katrin Lewandowski: Nur eine Mitteilung: Die Prüfung des Jahresabschlusses 2024 ist abgeschlossen, der Bericht kommt im Juni.
Sophie Brandt: Eine Frage noch: Wann bekommen wir die Liste der offenen Kassenkredite?
Katrin Lewandowski: Die schicke ich diese Woche per Mail.
#CLOCK 18:52:00
Ralf Kaminski: Gut, dann bedanke ich mich und schließe die Sitzung um 18:52 Uhr.
"""

ITEMS = [
    I("1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", True, spoken=False),
    I("2", "Genehmigung der Niederschrift vom 14.04.2026", True, [D("Niederschrift vom 14. April", "genehmigt", "Enthaltungen? So beschlossen.")], spoken=True),
    I("3", "Bericht zum Haushaltsvollzug 1. Quartal 2026", True,
      [D("Bericht zum Haushaltsvollzug", "zur Kenntnis genommen", "Dann ist der Bericht ohne Aussprache zur Kenntnis genommen.")], spoken=True),
    I("4", "Überplanmäßige Aufwendungen für den Winterdienst", True,
      [D("Beschlussempfehlung an die Stadtverordnetenversammlung", "angenommen", "Damit mehrheitlich angenommen.", votes=(None, 0, None),
         groups=(["CDU", "SPD", "Grüne", "Linke"], [], ["AfD"]))], spoken=True),
    I("5", "Antrag der Fraktion Die Linke: Sozialtarif bei den Stadtwerken", True,
      [D("Antrag der SPD auf Vertagung", "vertagt", "Das ist mehrheitlich so, der Antrag ist vertagt.")], spoken=True,
      note="Sitzungsunterbrechung (5 minutes) before the debate"),
    I("6", "Zuschuss an den Familiengarten Eberswalde e. V.", True,
      [D("Zuschuss von 18.000 Euro", "angenommen", "dafür sechs, dagegen keiner, eine Enthaltung. Damit angenommen.", votes=(6, 0, 1))],
      bias=["Anja Fiedler"], spoken=True, note="Mitwirkungsverbot declared at the start of the session"),
    I("7", "Wirtschaftsförderung: Rahmenplan Gewerbegebiet Britz-Ost", True,
      [D("Rahmenplan (no vote taken)", "vertagt", "Wir fassen heute keinen Beschluss, der Rahmenplan kommt mit allen Anlagen in die nächste Sitzung.")],
      spoken=True, note="a decision was proposed but no vote was taken; the chair postponed it"),
    I("8", "Mitteilungen und Anfragen", True, spoken=True),
]
LATE = [{"name": "Ramona Zeisig", "top": "4"}]
EARLY = [{"name": "Marcel Kühn", "top": "7"}]
SECRETS = []
