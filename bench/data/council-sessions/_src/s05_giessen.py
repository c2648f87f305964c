META = dict(id="he-giessen-haupt-finanzausschuss-2026-02", split="dev", land="HE",
            body="Haupt- und Finanzausschuss", organization="Universitätsstadt Gießen",
            date="2026-02-18", origin="18:01:02", start="18:03", end="20:12", agenda="none",
            chair="Nicole Barthel",
            features=["no agenda", "casual chair", "votes by group (Hessian style)", "Änderungsantrag findet keine Mehrheit then Antrag angenommen",
                      "Ja: 9, Nein: 4, Enthaltung: 2", "Ja: 11, Nein: 3", "Widerstreit der Interessen § 25 HGO at item", "pause",
                      "überwiesen", "geschoben (Vertagung)", "Anfragen without decision",
                      "Ich bitte die Gäste und die Presse, den Raum zu verlassen", "Unknown Speaker"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 18:02:40
Nicole Barthel: Guten Abend, ich würd dann mal anfangen. Es ist 18:03 Uhr, ich eröffne die Sitzung des Haupt- und Finanzausschusses. Wir sind beschlussfähig. Vertretungen sind mir gemeldet für die CDU und für die Linke.
Nicole Barthel: Erstens Mitteilungen. Der Magistrat teilt mit dass der Jahresabschluss 2024 der Stadtwerke vorliegt und im April im Ausschuss beraten wird. Sonst hab ich nichts.
#CLOCK 18:06:10
Nicole Barthel: Dann gehen wir zu Punkt 2, dem Antrag von SPD, Grünen, Linken und Volt zum Sozialticket für den Stadtbus. Dazu liegt ein Änderungsantrag der CDU vor. Wer möchte einbringen? Herr Demirci.
Emre Demirci: Danke Frau Vorsitzende. Wir wollen ein Monatsticket für 29 Euro für alle Gießen-Pass-Inhaber, die Kosten schätzt der Magistrat auf rund 640.000 Euro im Jahr.
Dr. Wolfgang Sehrt: Unser Änderungsantrag beschränkt das Sozialticket auf Schülerinnen, Schüler und Auszubildende, das ist finanzierbar und zielgenau.
Emre Demirci: Das greift uns zu kurz, die Rentnerinnen mit kleiner Rente fallen da komplett raus.
#CLOCK 18:37:50
Nicole Barthel: Dann stimmen wir zuerst über den Änderungsantrag der CDU ab. Wer stimmt zu? CDU und FDP. Dagegen? Grüne, SPD, Linke und Volt. Enthaltung? Die AfD.
Nicole Barthel: Damit findet der Änderungsantrag keine Mehrheit.
Nicole Barthel: Dann der Antrag in der Ursprungsfassung. Ich bitte um Handzeichen und zähle. Ja: 9, Nein: 4, Enthaltung: 2. Damit ist der Antrag angenommen.
#CLOCK 18:46:20
Nicole Barthel: Punkt 3, Vorlage zur Gründung der Wärmegesellschaft Gießen gemeinsam mit den Stadtwerken. Herr Brenneisen.
Kai Brenneisen: Ja, ich muss hier anzeigen dass ich bei den Stadtwerken angestellt bin. Da liegt ein Widerstreit der Interessen nach Paragraf 25 HGO vor, ich verlasse den Raum.
Nicole Barthel: Danke, Herr Brenneisen verlässt den Sitzungsraum und nimmt an der Beratung und Abstimmung nicht teil. Herr Stadtkämmerer bitte.
Thomas Reuß: Die Gesellschaft soll mit einem Stammkapital von 250.000 Euro gegründet werden, die Stadt hält 51 Prozent. Ziel ist der Ausbau der Fernwärme in der Nordstadt.
Dr. Wolfgang Sehrt: Uns fehlt noch ein belastbarer Wirtschaftsplan. Wir werden deshalb dagegen stimmen.
#CLOCK 19:07:45
Nicole Barthel: Dann Abstimmung über die Beschlussempfehlung an die Stadtverordnetenversammlung. Ja: 11, Nein: 3, Enthaltungen keine. Damit empfiehlt der Ausschuss die Annahme.
Nicole Barthel: Herr Brenneisen kann wieder reinkommen. Bevor wir weitermachen, machen wir eine kurze Pause, zehn Minuten. Wir machen um 19:20 Uhr weiter.
#CLOCK 19:21:30
Unknown Speaker: Ist das wieder an? Ja.
Nicole Barthel: So, wir setzen die Sitzung fort. Punkt 4, der Antrag der FDP zum Prüfauftrag digitale Verwaltungsleistungen.
Lisa Hartmann-Kühn: Wir wollen dass der Magistrat prüft welche 20 Leistungen bis Ende 2027 komplett online angeboten werden können. Das ist vor allem ein Fachthema.
Emre Demirci: Dann gehört das in den Digitalausschuss, da sind die Fachleute.
Nicole Barthel: Wenn die FDP einverstanden ist, überweisen wir den Antrag an den Ausschuss für Digitalisierung und Verwaltungsmodernisierung. Ja? Gut, dann ist der Antrag überwiesen.
Nicole Barthel: Punkt 5, Antrag der CDU zur Videoüberwachung am Bahnhofsvorplatz.
Dr. Wolfgang Sehrt: Wir haben noch Gesprächsbedarf mit dem Polizeipräsidium und bitten darum den Antrag zu schieben.
Nicole Barthel: Der Antrag wird auf Wunsch der CDU in die nächste Sitzungsrunde geschoben.
Nicole Barthel: Punkt 6 Anfragen. Frau Hartmann-Kühn.
Lisa Hartmann-Kühn: Wie hoch sind die Mehrkosten beim Umbau der Kongresshalle aktuell?
Thomas Reuß: Wir liegen bei etwa 1,1 Millionen über dem Ansatz, eine Vorlage kommt im März.
Nicole Barthel: Gut. Wir kommen dann zum nichtöffentlichen Teil. Ich bitte die Gäste und die Presse, den Raum zu verlassen.
#CLOCK 19:52:00
#NP
Nicole Barthel: Punkt 7, Grundstücksangelegenheit, die Bestellung eines Erbbaurechts. Herr Reuß.
Thomas Reuß: Die Yıldırım Logistik GmbH möchte das Grundstück Marburger Straße 211 im Erbbaurecht übernehmen. Der Erbbauzins beträgt 4 Prozent auf einen Bodenwert von 1,38 Millionen Euro, Laufzeit 66 Jahre.
Dr. Wolfgang Sehrt: Ist ein Heimfall bei Insolvenz abgesichert?
Thomas Reuß: Ja, das ist im Vertragsentwurf in Paragraf 9 geregelt.
Nicole Barthel: Dann Abstimmung über die Beschlussempfehlung. Wer ist dafür? Das ist einstimmig.
#CLOCK 20:11:40
Nicole Barthel: Vielen Dank. Damit ist die Sitzung um 20:12 Uhr beendet.
"""

ITEMS = [
    I("1", "Mitteilungen", True, spoken=True),
    I("2", "Antrag von SPD, Grünen, Linken und Volt: Sozialticket für den Stadtbus", True, [
        D("Änderungsantrag der CDU", "abgelehnt", "Damit findet der Änderungsantrag keine Mehrheit.",
          groups=(["CDU", "FDP"], ["Grüne", "SPD", "Linke", "Volt"], ["AfD"])),
        D("Antrag in der Ursprungsfassung", "angenommen", "Ja: 9, Nein: 4, Enthaltung: 2.", votes=(9, 4, 2)),
    ], spoken=True),
    I("3", "Vorlage zur Gründung der Wärmegesellschaft Gießen", True,
      [D("Beschlussempfehlung an die Stadtverordnetenversammlung", "angenommen",
         "Ja: 11, Nein: 3, Enthaltungen keine.", votes=(11, 3, 0))], bias=["Kai Brenneisen"], spoken=True),
    I("4", "Antrag der FDP: Prüfauftrag digitale Verwaltungsleistungen", True,
      [D("Überweisung an den Ausschuss für Digitalisierung und Verwaltungsmodernisierung", "verwiesen",
         "Gut, dann ist der Antrag überwiesen.")], spoken=True),
    I("5", "Antrag der CDU: Videoüberwachung am Bahnhofsvorplatz", True,
      [D("Schieben in die nächste Sitzungsrunde", "vertagt",
         "Der Antrag wird auf Wunsch der CDU in die nächste Sitzungsrunde geschoben.")], spoken=True),
    I("6", "Anfragen", True, spoken=True),
    I("7", "Grundstücksangelegenheit: Bestellung eines Erbbaurechts", False,
      [D("Beschlussempfehlung Erbbaurecht", "angenommen", "Wer ist dafür? Das ist einstimmig.", unanimous=True)], spoken=True),
]
LATE = []
EARLY = []
SECRETS = ["Yıldırım Logistik", "Marburger Straße 211", "1,38 Millionen Euro", "66 Jahre"]
