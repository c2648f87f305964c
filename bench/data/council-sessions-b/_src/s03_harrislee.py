META = dict(id="sh-harrislee-gemeindevertretung-2026-06", split="dev", land="SH", body="Gemeindevertretung",
            organization="Gemeinde Harrislee", date="2026-06-09", origin="18:58:00", start="19:01", end=None,
            agenda="none", chair="Karen Rahlf",
            features=["no agenda", "Bürgervorsteherin as chair", "Punkt 1-3 spoken, later items title-only",
                      "Einwohnerfragestunde with Unknown Speaker", "long debate quoting 'Der Hauptausschuss hat das einstimmig empfohlen' (must not count)",
                      "'ich bin dagegen' in debate (not a vote)", "crosstalk", "Geschäftsordnungsantrag auf Schluss der Debatte (counts in words)",
                      "vote by groups incl. SSW, 'Das ist die Mehrheit.'", "Ausschließungsgrund § 22 (via § 32) GO SH at item",
                      "counts in words (siebzehn, zwei, eine)", "Vertagungsantrag angenommen (elf zu neun)",
                      "Ich darf die Zuhörer bitten, uns jetzt zu verlassen", "non-public part without agenda",
                      "closing without time (end from timeline)"])
AGENDA = None
AGENDA_META = None
ATTENDANCE = None

CUES = """
#CLOCK 19:00:20
Unknown Speaker: Ist das jetzt an? Ja. Ja, okay.
#CLOCK 19:01:00
Karen Rahlf: Moin zusammen. Es ist 19:01 Uhr, ich eröffne die Sitzung der Gemeindevertretung und begrüße alle hier im Saal und online.
Karen Rahlf: Punkt 1: Ich stelle fest, dass ordnungsgemäß eingeladen wurde und wir mit 21 von 23 Mitgliedern beschlussfähig sind. Änderungen zur Tagesordnung liegen nicht vor.
Karen Rahlf: Punkt 2, Einwohnerfragestunde. Bitte schön, Sie dahinten.
Unknown Speaker: Ja, moin. Ich wohn am Grenzweg. Wenn da das Gewerbegebiet kommt, wo fahren denn die ganzen Lkw lang? Durch unsere Straße?
Henning Voß: Das wird im Verfahren untersucht. Die Erschließung soll direkt über die Kreisstraße laufen und nicht durch die Wohnstraße.
Unknown Speaker: Na, das will ich hoffen.
Karen Rahlf: Punkt 3, Bericht des Bürgermeisters.
Henning Voß: Ganz kurz: Die Kita am Lindenweg ist fertig und öffnet am 1. August, und die Förderung für den Radweg nach Wassersleben ist bewilligt.
#CLOCK 19:12:00
Karen Rahlf: Dann kommen wir zur Neufassung der Hundesteuersatzung. Wer möchte? Herr Hansen.
Sönke Hansen: Danke, Frau Bürgervorsteherin. Die Sätze sind seit 2009 nicht angepasst worden, wir gehen jetzt für den ersten Hund von 60 auf 90 Euro. Der Hauptausschuss hat das einstimmig empfohlen, und ich finde, das sollten wir hier genauso machen.
Ole Carstensen: Also ich bin dagegen, und zwar nicht wegen der Höhe, sondern weil die Ermäßigung für Hunde aus dem Tierheim gestrichen wird. Das ist, äh, genau das falsche Signal.
Sönke Hansen: Die Ermäßigung wurde letztes Jahr genau viermal in Anspruch genommen—
Ole Carstensen: Ja, weil sie keiner kennt!
Karen Rahlf: Moment, bitte nacheinander. Frau Petersen hat das Wort.
Maren Petersen: Wir tragen die Erhöhung mit. Die Tierheimfrage können wir gern gesondert aufrufen, aber nicht heute Abend.
Lars Ingwersen: Wir halten das für überzogen. Eine Steigerung um die Hälfte auf einen Schlag, das versteht draußen keiner.
Ole Carstensen: Und noch mal zur Ermäßigung, ich finde—
Birte Jessen: Ich stelle den Antrag auf Schluss der Debatte. Es ist alles gesagt, im Ausschuss und hier.
Karen Rahlf: Das ist ein Geschäftsordnungsantrag. Möchte jemand dagegen sprechen? Herr Carstensen, bitte kurz.
Ole Carstensen: Ich halte das für schlechten Stil, aber bitte.
Karen Rahlf: Wer dem Antrag auf Schluss der Debatte zustimmt, hebt bitte die Hand. Das sind fünfzehn. Dagegen? Sechs. Damit ist die Debatte beendet.
Karen Rahlf: Dann stimmen wir über die Hundesteuersatzung in der vorliegenden Fassung ab. Wer ist dafür? CDU, SSW und SPD. Wer ist dagegen? Grüne und FDP. Das ist die Mehrheit.
#CLOCK 19:41:00
Karen Rahlf: Als Nächstes der Aufstellungsbeschluss für den Bebauungsplan Nr. 64, Gewerbegebiet Grenzweg. Herr Clausen, Sie hatten sich gemeldet?
Jan-Hendrik Clausen: Ja. Ich bin Prokurist bei der Firma, der ein Teil der Fläche gehört. Nach § 22 der Gemeindeordnung, der über § 32 auch für uns Gemeindevertreter gilt, bin ich deshalb ausgeschlossen. Ich verlasse den Sitzungstisch.
Karen Rahlf: Danke, Herr Clausen. Herr Voß, kurz zur Vorlage.
Henning Voß: Auf rund sechs Hektar sollen Flächen für Handwerk und Logistik entstehen. Erschlossen wird über die Kreisstraße 8, wie ich vorhin schon gesagt habe.
Lars Ingwersen: Die FDP begrüßt das ausdrücklich.
Karen Rahlf: Dann Abstimmung. Wer stimmt dem Aufstellungsbeschluss zu? Das sind siebzehn. Gegenstimmen? Zwei. Enthaltungen? Eine. Angenommen. Herr Clausen, Sie können wieder Platz nehmen.
#CLOCK 19:50:30
Karen Rahlf: Dann der Antrag der SSW-Fraktion zu zweisprachigen Ortstafeln. Frau Jessen.
Birte Jessen: Tak. Wir möchten, dass die Ortstafeln in Harrislee und Kupfermühle künftig auch den dänischen Namen tragen, also Harreslev und Kobbermølle. Das Land fördert so etwas.
Sönke Hansen: Grundsätzlich sind wir nicht dagegen, aber wir kennen die Kosten nicht. Ich beantrage, den Antrag zu vertagen, bis die Verwaltung die Kosten beziffert hat.
Birte Jessen: Die Kosten sind doch überschaubar, das sind vielleicht zehn Schilder.
Karen Rahlf: Der Vertagungsantrag geht als Geschäftsordnungsantrag vor. Wer ist für die Vertagung? Elf. Dagegen? Neun. Enthaltungen? Eine. Damit ist der Vertagungsantrag angenommen, der Antrag kommt in die nächste Sitzung.
Karen Rahlf: Verschiedenes. Gibt es noch etwas? Herr Ingwersen.
Lars Ingwersen: Nur der Hinweis, dass die Bänke am Wassersleber Strand schon wieder beschmiert sind.
Henning Voß: Nehm ich mit.
#CLOCK 20:02:00
Karen Rahlf: Dann sind wir am Ende des öffentlichen Teils. Ich darf die Zuhörer bitten, uns jetzt zu verlassen.
#CLOCK 20:04:10
#NP
Karen Rahlf: Wir setzen nichtöffentlich fort mit einer Grundstücksangelegenheit. Herr Voß.
Henning Voß: Familie Nommensen möchte die gemeindliche Restfläche am Ochsenweg als Gartenland kaufen, 480 Quadratmeter. Geboten sind 21 Euro je Quadratmeter, also 10.080 Euro.
Maren Petersen: Brauchen wir die Fläche nicht selbst irgendwann?
Henning Voß: Sie ist zu schmal für eine Bebauung und liegt hinter den Gärten.
Karen Rahlf: Wer stimmt dem Verkauf zu? Danke. Dagegen? Niemand. Enthaltungen? Auch nicht. Einstimmig.
#CLOCK 20:15:00
Karen Rahlf: Dann noch die Verlängerung des Pachtvertrags für den Campingplatz. Herr Voß.
Henning Voß: Herr Jörn Asmussen möchte um zehn Jahre verlängern. Die Jahrespacht steigt auf 7.400 Euro, dafür übernimmt er die Sanierung des Sanitärgebäudes.
Karen Rahlf: Wer ist dafür? Dagegen? Enthaltungen? Dann ist das mit großer Mehrheit so beschlossen.
#CLOCK 20:24:00
Karen Rahlf: Vielen Dank für die konzentrierte Sitzung, ich schließe hiermit. Kommt gut nach Hause.
Unknown Speaker: Tschüss, schönen Abend.
"""

ITEMS = [
    I("1", "Eröffnung und Feststellung der Beschlussfähigkeit", True, spoken=True),
    I("2", "Einwohnerfragestunde", True, spoken=True),
    I("3", "Bericht des Bürgermeisters", True, spoken=True),
    I("4", "Neufassung der Hundesteuersatzung", True, [
        D("Geschäftsordnungsantrag auf Schluss der Debatte", "angenommen", "Damit ist die Debatte beendet.", votes=(15, 6, None)),
        D("Hundesteuersatzung in der vorliegenden Fassung", "angenommen", "Das ist die Mehrheit.",
          groups=(["CDU", "SSW", "SPD"], ["Grüne", "FDP"], [])),
    ], spoken=False, note="'Der Hauptausschuss hat das einstimmig empfohlen' is a quote of another body; 'ich bin dagegen' is a debate statement"),
    I("5", "Bebauungsplan Nr. 64 „Gewerbegebiet Grenzweg“: Aufstellungsbeschluss", True,
      [D("Aufstellungsbeschluss", "angenommen", "Das sind siebzehn. Gegenstimmen? Zwei. Enthaltungen? Eine. Angenommen.", votes=(17, 2, 1))],
      bias=["Jan-Hendrik Clausen"], spoken=False),
    I("6", "Antrag der SSW-Fraktion: Zweisprachige Ortstafeln", True,
      [D("Geschäftsordnungsantrag auf Vertagung (CDU)", "vertagt", "Damit ist der Vertagungsantrag angenommen", votes=(11, 9, 1))], spoken=False),
    I("7", "Verschiedenes", True, spoken=False),
    I("8", "Grundstücksangelegenheit: Verkauf einer Restfläche", False,
      [D("Verkauf der Restfläche", "angenommen", "Enthaltungen? Auch nicht. Einstimmig.", votes=(None, 0, 0), unanimous=True)], spoken=False),
    I("9", "Vertragsangelegenheit: Verlängerung des Pachtvertrags Campingplatz", False,
      [D("Verlängerung des Pachtvertrags", "angenommen", "Dann ist das mit großer Mehrheit so beschlossen.")], spoken=False),
]
LATE = []
EARLY = []
SECRETS = ["Nommensen", "Ochsenweg", "10.080 Euro", "Jörn Asmussen", "7.400 Euro"]
