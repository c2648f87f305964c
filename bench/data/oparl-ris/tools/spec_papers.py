# -*- coding: utf-8 -*-
"""Drucksachen (Papers) der fiktiven Stadt Musterhausen. Alle Inhalte sind erfunden."""

PAPERS = []


def P(key, ref, ptype, date, name, by, sv, bv="", fin="", cons=(), aux=(), related=(), loc=None, mime="application/pdf"):
    PAPERS.append(dict(key=key, ref=ref, ptype=ptype, date=date, name=name, by=by, sv=sv, bv=bv, fin=fin,
                       cons=list(cons), aux=list(aux), related=list(related), loc=loc, mime=mime))


# ---------------------------------------------------------------- Verwaltung, Wirtschaft, Digitalisierung
P("RAD", "2024/2909", "Beschlussvorlage", "2024-12-02", "Radverkehrskonzept Musterhausen 2030", "FB5",
  sv="Der Rat hat die Verwaltung am 14.09.2023 beauftragt, ein gesamtstädtisches Radverkehrskonzept zu erarbeiten. "
     "Das Planungsbüro Rad & Raum (Bochum) hat gemeinsam mit der Verwaltung den Bestand erfasst, eine Online-Beteiligung mit 1.870 Hinweisen ausgewertet "
     "und zwei Bürgerwerkstätten durchgeführt. Das Konzept sieht ein Zielnetz von 112 km vor, davon sind 48 km neu anzulegen oder grundlegend umzubauen. "
     "Kernelemente sind drei Radhauptrouten (Innenstadt–Kirchheide, Innenstadt–Hellweg-Ost und die Nord-Süd-Achse entlang des Mühlenbachs), "
     "die Einrichtung einer Fahrradstraße in der Lindenallee sowie 600 zusätzliche Fahrradabstellplätze, davon 80 in einer gesicherten Sammelanlage am Bahnhof. "
     "Die Maßnahmen sind in drei Prioritätsstufen gegliedert. Ziel ist es, den Anteil des Radverkehrs an allen Wegen von derzeit 11 % auf 20 % im Jahr 2030 zu steigern.",
  bv="Der Rat der Stadt Musterhausen beschließt das Radverkehrskonzept Musterhausen 2030 (Anlage 1) als Handlungsrahmen für die Radverkehrsförderung. "
     "Die Verwaltung wird beauftragt, die Maßnahmen der Prioritätsstufe 1 ab dem Haushaltsjahr 2026 umzusetzen und jährlich im Ausschuss für Stadtentwicklung und Bauen über den Umsetzungsstand zu berichten.",
  fin="Die Gesamtkosten werden auf rund 6,2 Mio. Euro über einen Zeitraum von acht Jahren geschätzt. Es wird eine Förderung nach der Förderrichtlinie Nahmobilität des Landes von bis zu 70 % angestrebt. "
      "Für 2026 sind im Haushaltsplanentwurf 650.000 Euro veranschlagt.",
  cons=[("B1", "Vorberatung", "mehrheitlich empfohlen", None),
        ("H1", "Vorberatung", "einstimmig empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen",
         "Der Rat beschließt das Radverkehrskonzept Musterhausen 2030 gemäß Beschlussvorschlag. Abstimmungsergebnis: 38 Ja-Stimmen, 11 Nein-Stimmen, 3 Enthaltungen.")],
  aux=[("Anlage 1 – Maßnahmenliste Prioritätsstufe 1",
        "Radverkehrskonzept Musterhausen 2030 – Anlage 1: Maßnahmenliste der Prioritätsstufe 1 (Umsetzung 2026 bis 2028)\n\n"
        "M 1.1 Fahrradstraße Lindenallee zwischen Bahnhofstraße und Am Stadtpark (1,3 km), Markierung, Beschilderung und Umbau der Einmündungen; Kostenschätzung 280.000 Euro.\n"
        "M 1.2 Radhauptroute Innenstadt–Kirchheide: Lückenschluss des Radwegs an der Kirchheider Straße zwischen Friedhofsweg und Ortseingang Kirchheide (2,4 km), Zweirichtungsradweg 3,00 m breit; Kostenschätzung 1,35 Mio. Euro.\n"
        "M 1.3 Gesicherte Fahrradabstellanlage am Bahnhof mit 80 Plätzen, Zugang per Chipkarte oder App; Kostenschätzung 420.000 Euro.\n"
        "M 1.4 Markierung von Schutzstreifen auf der Hellwegstraße zwischen Innenstadt und Gewerbegebiet Hellweg-Ost (3,1 km); Kostenschätzung 190.000 Euro.\n"
        "M 1.5 Aufstellung von 200 Fahrradbügeln an Schulen, Haltestellen und im Einzelhandelsbereich; Kostenschätzung 60.000 Euro.\n"
        "M 1.6 Einheitliche Wegweisung für den Alltagsradverkehr im gesamten Stadtgebiet; Kostenschätzung 75.000 Euro.\n\n"
        "Für alle Maßnahmen werden Förderanträge nach der Förderrichtlinie Nahmobilität gestellt. Die Reihenfolge der Umsetzung kann sich ändern, wenn Förderbescheide früher oder später eingehen. "
        "Die Maßnahmen der Prioritätsstufen 2 und 3 werden in den Jahren ab 2029 umgesetzt und vorher in den Bezirksvertretungen beraten.")])

P("KI", "VO/2025/0412", "Beschlussvorlage", "2025-04-22", "Einsatz KI-gestützter Assistenzsysteme in der Stadtverwaltung – Pilotphase 2025/2026", "FB1",
  sv="Die Stadtverwaltung steht wie alle Kommunen vor einem erheblichen Fachkräftemangel: Bis 2030 scheiden rund 260 Beschäftigte altersbedingt aus. "
     "Generative KI-Systeme können Beschäftigte beim Zusammenfassen von Anträgen, beim Entwurf von Standardschreiben und bei der Recherche in Vorschriften unterstützen. "
     "Die Verwaltung schlägt vor, ab dem 01.07.2025 in drei Organisationseinheiten (Bürgerbüro, Bauordnung und Zentrale Vergabestelle) mit insgesamt 45 Beschäftigten einen KI-Assistenten zu erproben. "
     "Eingesetzt wird eine Lösung, die im Rechenzentrum des kommunalen IT-Dienstleisters KDN-West betrieben wird; personenbezogene Daten werden nicht an Anbieter außerhalb der Europäischen Union übermittelt. "
     "Die Entscheidung bleibt stets bei der zuständigen Sachbearbeitung; Bescheide werden nicht automatisiert erlassen. "
     "Mit dem Personalrat wurde eine Dienstvereinbarung abgestimmt, die eine Leistungs- und Verhaltenskontrolle ausschließt. "
     "Der behördliche Datenschutzbeauftragte hat eine Datenschutz-Folgenabschätzung begleitet. Nach Abschluss der Pilotphase wird dem Ausschuss ein Erfahrungsbericht vorgelegt.",
  bv="Der Ausschuss für Verwaltung, Wirtschaft und Digitalisierung beschließt die Durchführung einer zwölfmonatigen Pilotphase für den Einsatz KI-gestützter Assistenzsysteme "
     "in den Bereichen Bürgerbüro, Bauordnung und Zentrale Vergabestelle auf Grundlage der als Anlage beigefügten Leitlinien.",
  fin="Für Lizenzen, Betrieb und Schulungen entstehen in der Pilotphase Kosten von 85.000 Euro. Die Mittel stehen im Teilergebnisplan 01.11 (Informationstechnik) zur Verfügung.",
  cons=[("V1", "Entscheidung", "ungeändert beschlossen",
         "Der Ausschuss beschließt die Pilotphase gemäß Beschlussvorschlag. Abstimmungsergebnis: einstimmig bei 2 Enthaltungen.")],
  aux=[("Anlage – Leitlinien für den Einsatz generativer KI in der Stadtverwaltung Musterhausen",
        "Leitlinien für den Einsatz generativer KI in der Stadtverwaltung Musterhausen (Stand: April 2025)\n\n"
        "1. Zweck: KI-Assistenzsysteme dienen der Unterstützung der Beschäftigten. Sie ersetzen keine Entscheidung und kein Ermessen.\n"
        "2. Verantwortung: Für jedes Arbeitsergebnis bleibt die bearbeitende Person verantwortlich. KI-Entwürfe sind vor der Verwendung vollständig zu prüfen.\n"
        "3. Daten: Es dürfen nur freigegebene Anwendungen genutzt werden. Personenbezogene Daten dürfen ausschließlich in der vom KDN-West betriebenen Anwendung verarbeitet werden. "
        "Die Nutzung frei zugänglicher KI-Dienste im Internet für dienstliche Inhalte ist untersagt.\n"
        "4. Transparenz: Schreiben an Bürgerinnen und Bürger, die mit KI-Unterstützung entworfen wurden, werden nicht gesondert gekennzeichnet, da sie vor Versand geprüft und verantwortet werden. "
        "Chatbots im Außenkontakt sind als solche zu kennzeichnen.\n"
        "5. Qualifizierung: Vor der Nutzung ist eine Schulung von vier Stunden verpflichtend.\n"
        "6. Mitbestimmung: Eine Auswertung der Nutzung zur Leistungs- oder Verhaltenskontrolle findet nicht statt; Näheres regelt die Dienstvereinbarung mit dem Personalrat.\n"
        "7. Evaluation: Die Pilotphase wird durch Befragungen der Beschäftigten und eine Auswertung der Nutzungszahlen begleitet. Die Ergebnisse werden dem Ausschuss berichtet.")])

P("GF1", "VO/2025/0388", "Beschlussvorlage", "2025-04-10", "Gigabitförderung: Erschließung des Gewerbegebiets Hellweg-Ost mit Glasfaser (FTTB)", "FB1",
  sv="Im Gewerbegebiet Hellweg-Ost sind 142 Betriebe mit rund 3.900 Beschäftigten ansässig. Eine Markterkundung im Herbst 2024 hat ergeben, dass 97 Betriebe derzeit mit weniger als 100 Mbit/s versorgt sind "
     "und kein Telekommunikationsunternehmen in den nächsten drei Jahren einen eigenwirtschaftlichen Ausbau plant. Die betroffenen Adressen gelten damit als sogenannte weiße Flecken und sind nach der Gigabit-Richtlinie des Bundes 2.0 förderfähig. "
     "Die Verwaltung beabsichtigt, einen Förderantrag im Wirtschaftlichkeitslückenmodell zu stellen. Dabei übernimmt ein im Auswahlverfahren bestimmtes Unternehmen Bau und Betrieb des Netzes; "
     "Bund und Land tragen zusammen 90 % der Wirtschaftlichkeitslücke. Vorgesehen sind rund 21 km Glasfasertrasse bis in die Gebäude (FTTB). "
     "Mit dem Ausbau wird für alle Betriebe ein Anschluss mit mindestens 1 Gbit/s symmetrisch ermöglicht. Die Industrie- und Handelskammer unterstützt das Vorhaben ausdrücklich.",
  bv="Der Hauptausschuss beauftragt die Verwaltung, für das Gewerbegebiet Hellweg-Ost einen Förderantrag nach der Gigabit-Richtlinie des Bundes 2.0 zu stellen und nach Erhalt des Förderbescheids das Auswahlverfahren für einen Netzbetreiber durchzuführen.",
  fin="Die förderfähigen Gesamtkosten (Wirtschaftlichkeitslücke) werden auf 3,18 Mio. Euro geschätzt. Der städtische Eigenanteil von 10 % beträgt 318.000 Euro und ist im Haushaltsplanentwurf 2026 veranschlagt.",
  cons=[("V1", "Vorberatung", "einstimmig empfohlen", None),
        ("H1", "Entscheidung", "ungeändert beschlossen", "Der Hauptausschuss beschließt gemäß Beschlussvorschlag. Abstimmungsergebnis: einstimmig.")],
  loc="HWO")

P("TERM", "A 42/2025", "Antrag", "2025-03-20", "Digitaler Terminservice und Online-Anträge im Bürgerbüro", "GZM",
  sv="Bürgerinnen und Bürger warten derzeit bis zu drei Wochen auf einen Termin im Bürgerbüro. Viele Anliegen, die rechtlich bereits digital erledigt werden können, erfordern in Musterhausen weiterhin einen persönlichen Besuch. "
     "Nachbarstädte zeigen, dass ein digitaler Terminservice die Wartezeiten deutlich verkürzt und die Beschäftigten entlastet. Gerade Berufstätige und Menschen mit eingeschränkter Mobilität profitieren von Online-Angeboten. "
     "Das Onlinezugangsgesetz verpflichtet die Kommunen ohnehin, ihre Verwaltungsleistungen auch digital anzubieten.",
  bv="Die Verwaltung wird beauftragt, 1. bis zum 31.12.2025 eine Online-Terminvergabe für alle Dienstleistungen des Bürgerbüros einzuführen, "
     "2. die Beantragung von Meldebescheinigungen und Anwohnerparkausweisen vollständig online zu ermöglichen und 3. dem Ausschuss halbjährlich über die Wartezeiten zu berichten.",
  cons=[("V1", "Entscheidung", "geändert beschlossen",
         "Der Ausschuss beschließt den Antrag mit der Maßgabe, dass die Online-Terminvergabe bis zum 31.03.2026 eingeführt wird. Ziffer 3 wird dahingehend geändert, dass jährlich berichtet wird. Abstimmungsergebnis: einstimmig.")])

P("BB", "0031/2026", "Mitteilungsvorlage", "2026-01-19", "Sachstandsbericht Digitalisierung des Bürgerbüros", "FB3",
  sv="Mit Beschluss vom 14.05.2025 hat der Ausschuss die Verwaltung beauftragt, eine Online-Terminvergabe einzuführen und jährlich über die Wartezeiten zu berichten (Antrag A 42/2025). "
     "Die Online-Terminvergabe ist seit dem 03.11.2025 für alle Dienstleistungen des Bürgerbüros freigeschaltet. Bis Ende Dezember wurden 9.412 Termine online gebucht; das entspricht 71 % aller Termine. "
     "Die durchschnittliche Wartezeit auf einen Termin ist von 19 Tagen im Frühjahr 2025 auf 6 Tage gesunken. "
     "Seit dem 01.12.2025 stehen im Bürgerbüro zwei Selbstbedienungsterminals zur Verfügung, an denen biometrische Passfotos und Unterschriften für Ausweisdokumente selbst erfasst werden können. "
     "Meldebescheinigungen und Anwohnerparkausweise können inzwischen vollständig online beantragt werden. "
     "Als nächster Schritt ist die Einführung einer Ausweis-Abholstation, an der fertige Personalausweise und Reisepässe rund um die Uhr abgeholt werden können, im zweiten Quartal 2026 geplant.",
  fin="Die Kosten für die beiden Terminals betrugen 38.600 Euro und wurden aus dem laufenden Budget des Fachbereichs 3 finanziert.",
  cons=[("V2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["TERM"])

P("KI2", "0044/2026", "Mitteilungsvorlage", "2026-01-28", "Zwischenbericht zur Pilotphase KI-gestützter Assistenzsysteme", "FB1",
  sv="Der Ausschuss hat am 14.05.2025 eine zwölfmonatige Pilotphase beschlossen (VO/2025/0412). Die Pilotphase hat am 01.07.2025 begonnen. "
     "Bis zum 31.12.2025 wurde der KI-Assistent in 1.240 Vorgängen genutzt, vor allem zum Zusammenfassen umfangreicher Bauantragsunterlagen und zum Entwurf von Antwortschreiben. "
     "Eine Befragung der 45 beteiligten Beschäftigten ergab eine geschätzte Zeitersparnis von 23 % bei den unterstützten Tätigkeiten; 78 % der Befragten wünschen eine Fortführung. "
     "Zugleich wurden Schwächen deutlich: In etwa jedem zwölften Fall enthielten Entwürfe fehlerhafte Angaben zu Rechtsgrundlagen, die durch die Sachbearbeitung korrigiert werden mussten. "
     "Die Verwaltung hat daraufhin die Schulungen ergänzt. Datenschutzrechtliche Vorfälle sind nicht aufgetreten. "
     "Der abschließende Erfahrungsbericht wird nach Ende der Pilotphase im dritten Quartal 2026 vorgelegt; die Verwaltung wird dann einen Vorschlag zur Ausweitung auf weitere Bereiche unterbreiten.",
  fin="Bisher sind Kosten von 41.300 Euro entstanden. Der Kostenrahmen von 85.000 Euro wird eingehalten.",
  cons=[("V2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["KI"])

P("KIA", "A 03/2026", "Antrag", "2026-01-15", "KI in der Verwaltung: Keine Verarbeitung von Bürgerdaten auf Servern außerhalb der EU", "BLM",
  sv="Die Stadt erprobt seit Juli 2025 KI-Assistenzsysteme. Viele leistungsfähige KI-Dienste werden von Unternehmen mit Sitz außerhalb der Europäischen Union angeboten, die ausländischem Recht unterliegen. "
     "Das Vertrauen der Bürgerinnen und Bürger in den sorgsamen Umgang mit ihren Daten ist ein hohes Gut. Eine klare Selbstverpflichtung des Rates schafft Rechtssicherheit für die Verwaltung und Transparenz für die Öffentlichkeit.",
  bv="Der Ausschuss beschließt: Die Verwaltung setzt KI-Anwendungen nur ein, wenn sämtliche personenbezogenen Daten ausschließlich auf Servern innerhalb der Europäischen Union verarbeitet werden. "
     "Bestehende Anwendungen sind bis zum 30.06.2026 entsprechend zu überprüfen.",
  cons=[("V2", "Entscheidung", "abgelehnt",
         "Der Antrag wird abgelehnt. Abstimmungsergebnis: 5 Ja-Stimmen, 11 Nein-Stimmen, 1 Enthaltung. Die Verwaltung wies darauf hin, dass die im Pilotbetrieb eingesetzte Lösung bereits ausschließlich im Rechenzentrum des KDN-West betrieben wird.")],
  related=["KI"])

P("ITF", "F 11/2025", "Anfrage", "2025-09-30", "Anfrage zur IT-Sicherheit nach dem Ausfall der städtischen IT-Systeme im August 2025", "SLM",
  sv="Im August 2025 waren die Systeme der Stadtverwaltung nach einem Cyberangriff auf den kommunalen IT-Dienstleister KDN-West mehrere Tage nicht erreichbar. Das Bürgerbüro und die Kfz-Zulassung mussten schließen. "
     "Wir bitten um Beantwortung folgender Fragen:\n1. Wie lange waren welche Fachverfahren der Stadt nicht verfügbar?\n2. Sind Daten von Bürgerinnen und Bürgern abgeflossen?\n"
     "3. Welche Kosten sind der Stadt entstanden?\n4. Welche Maßnahmen ergreift die Stadt, um künftig besser vorbereitet zu sein?",
  related=["ITA"])

P("ITA", "0012/2026", "Beantwortung einer Anfrage", "2026-01-12", "Beantwortung der Anfrage F 11/2025 zur IT-Sicherheit", "FB1",
  sv="Zu Frage 1: Vom 18.08. bis 26.08.2025 waren das Einwohnermeldeverfahren, die Kfz-Zulassung und das Finanzverfahren nicht verfügbar, also an insgesamt 9 Tagen. E-Mail und Telefonie waren nach drei Tagen wiederhergestellt.\n"
     "Zu Frage 2: Nach dem abschließenden forensischen Bericht des KDN-West vom 14.11.2025 wurden keine Datenabflüsse aus den Fachverfahren der Stadt Musterhausen festgestellt. Die Landesbeauftragte für Datenschutz wurde vorsorglich informiert.\n"
     "Zu Frage 3: Der Stadt sind direkte Kosten von rund 146.000 Euro entstanden, insbesondere für Überstunden, externe Dienstleister und Ersatzgeräte. Eine Erstattung durch den KDN-West wird geprüft.\n"
     "Zu Frage 4: Die Stadt richtet bis Mitte 2026 eine Notfall-Arbeitsumgebung ein, mit der das Bürgerbüro auch bei einem Ausfall der zentralen Systeme eingeschränkt arbeitsfähig bleibt. "
     "Außerdem werden alle Beschäftigten bis Ende 2026 verpflichtend zum Thema Informationssicherheit geschult, und es wird eine Stelle für eine Informationssicherheitsbeauftragte bzw. einen Informationssicherheitsbeauftragten geschaffen.",
  cons=[("V2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["ITF"])

P("GF2", "0158/2026", "Mitteilungsvorlage", "2026-05-20", "Sachstand Breitbandausbau Hellweg-Ost: Förderbescheide und Zeitplan", "FB1",
  sv="Der Hauptausschuss hat am 28.10.2025 beschlossen, für das Gewerbegebiet Hellweg-Ost Fördermittel nach der Gigabit-Richtlinie 2.0 zu beantragen (VO/2025/0388). "
     "Der Förderbescheid des Bundes über 1,59 Mio. Euro ist am 12.03.2026 eingegangen, der Kofinanzierungsbescheid des Landes über 1,27 Mio. Euro folgte am 08.04.2026. "
     "Im Auswahlverfahren hat die Hellweg Netz GmbH das wirtschaftlichste Angebot abgegeben; der Zuschlag wurde am 05.05.2026 erteilt. "
     "Der Baubeginn ist für den 15.09.2026 vorgesehen. Die Tiefbauarbeiten werden abschnittsweise ausgeführt, damit die Zufahrten zu den Betrieben jederzeit erhalten bleiben; die Hellwegstraße wird dafür zeitweise halbseitig gesperrt. "
     "Die Fertigstellung aller Anschlüsse ist bis zum 30.06.2027 geplant. Die Betriebe werden in einer Informationsveranstaltung am 23.06.2026 informiert; "
     "Hausanschlüsse sind für die Betriebe bis zum Ende der Vorvermarktung kostenfrei.",
  fin="Der städtische Eigenanteil bleibt unverändert bei 318.000 Euro.",
  cons=[("H2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["GF1"], loc="HWO")

# ---------------------------------------------------------------- Finanzen
P("HH", "VO/2025/0533", "Beschlussvorlage", "2025-10-07", "Haushaltssatzung der Stadt Musterhausen für das Haushaltsjahr 2026", "FB2",
  sv="Der Entwurf der Haushaltssatzung 2026 wurde vom Kämmerer am 07.10.2025 aufgestellt und von der Bürgermeisterin bestätigt. Wegen der Kommunalwahl wird er in der Sitzung des Hauptausschusses am 28.10.2025 eingebracht. "
     "Der Ergebnisplan 2026 weist ordentliche Erträge von 412,6 Mio. Euro und ordentliche Aufwendungen von 421,9 Mio. Euro aus. "
     "Der Fehlbetrag von 9,3 Mio. Euro wird durch Inanspruchnahme der Ausgleichsrücklage gedeckt; der Haushalt gilt damit als fiktiv ausgeglichen, ein Haushaltssicherungskonzept ist nicht erforderlich. "
     "Die größten Aufwandspositionen sind die Personalaufwendungen mit 98,7 Mio. Euro und die Kreisumlage an den Kreis Musterland mit 64,2 Mio. Euro. "
     "Das Investitionsvolumen beträgt 58,4 Mio. Euro; Schwerpunkte sind die Schulsanierung, der Ausbau der Kindertagesbetreuung und der Radverkehr. "
     "Die Hebesätze bleiben unverändert: Grundsteuer A 310 %, Grundsteuer B für Wohngrundstücke 610 % und für Nichtwohngrundstücke 980 %, Gewerbesteuer 480 %. "
     "Der Gesamtbetrag der Kredite für Investitionen wird auf 31,5 Mio. Euro, der Höchstbetrag der Liquiditätskredite auf 120 Mio. Euro festgesetzt.",
  bv="Der Rat beschließt die Haushaltssatzung für das Haushaltsjahr 2026 mit ihren Anlagen in der Fassung des Entwurfs vom 07.10.2025 unter Berücksichtigung der Veränderungsliste des Finanzausschusses vom 25.11.2025.",
  fin="Siehe Sachverhalt. Der Haushaltsplanentwurf 2026 liegt den Fraktionen in gedruckter Form und im Ratsinformationssystem vor.",
  cons=[("H1", "Kenntnisnahme", "zur Kenntnis genommen", None),
        ("F2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen",
         "Der Rat beschließt die Haushaltssatzung für das Haushaltsjahr 2026 mit ihren Anlagen unter Berücksichtigung der Veränderungsliste des Finanzausschusses vom 25.11.2025. Abstimmungsergebnis: 34 Ja-Stimmen, 18 Nein-Stimmen, 1 Enthaltung.")],
  aux=[("Anlage – Veränderungsliste des Finanzausschusses vom 25.11.2025",
        "Veränderungsliste zum Entwurf des Haushaltsplans 2026 (Stand: Beratung im Finanzausschuss am 25.11.2025)\n\n"
        "Nr. 1 Teilergebnisplan 02.05 (Feuerwehr): Erhöhung der Sachaufwendungen für Schutzausrüstung um 45.000 Euro auf Grund aktueller Preisentwicklung.\n"
        "Nr. 2 Teilergebnisplan 04.02 (Kindertagesbetreuung): Anpassung der Erträge aus Elternbeiträgen an die neue Elternbeitragssatzung, Mehrertrag 120.000 Euro.\n"
        "Nr. 3 Teilfinanzplan 05.12 (Straßen): Verschiebung von 400.000 Euro für den Ersatzneubau der Brücke Mühlenstraße aus 2026 nach 2027 wegen verzögerter Ausschreibung.\n"
        "Nr. 4 Teilergebnisplan 16.01 (Allgemeine Finanzwirtschaft): Anpassung der Schlüsselzuweisungen an die zweite Modellrechnung des Landes, Mehrertrag 1,1 Mio. Euro.\n"
        "Nr. 5 Teilergebnisplan 16.01: Erhöhung der Kreisumlage nach dem Entwurf des Kreishaushalts, Mehraufwand 0,8 Mio. Euro.\n\n"
        "Saldo der Veränderungsliste: Verbesserung des Ergebnisplans um 375.000 Euro. Der Fehlbetrag im Ergebnisplan 2026 verringert sich damit rechnerisch von 9,3 Mio. Euro auf rund 8,9 Mio. Euro. "
        "Die Veränderungen sind in den Haushaltsplan einzuarbeiten. Die Änderungsanträge der Fraktionen, die im Finanzausschuss keine Mehrheit gefunden haben, sind nicht Bestandteil dieser Liste.")])

P("HHA", "A 51/2025", "Änderungsantrag", "2025-11-18", "Änderungsantrag zum Haushalt 2026: Mehr Mittel für Schulsozialarbeit", "SLM",
  sv="Die Schulsozialarbeit ist an vielen Grundschulen in Musterhausen überlastet. An den Grundschulen Am Lindenhof und Kirchheide-Nord kommt derzeit eine halbe Stelle auf mehr als 300 Kinder. "
     "Mit den zusätzlichen Mitteln können zwei weitere Vollzeitstellen bei freien Trägern finanziert werden. Frühe Hilfe an der Schule verhindert spätere, deutlich teurere Hilfen zur Erziehung.",
  bv="Im Teilergebnisplan 03.01 (Schulträgeraufgaben) werden die Mittel für Schulsozialarbeit um 120.000 Euro auf 980.000 Euro erhöht. "
     "Die Deckung erfolgt durch Reduzierung der Ansätze für Sachverständigen- und Beratungskosten im Teilergebnisplan 01.01.",
  cons=[("F2", "Vorberatung", "abgelehnt", None),
        ("R3", "Entscheidung", "abgelehnt", "Der Änderungsantrag wird abgelehnt. Abstimmungsergebnis: 19 Ja-Stimmen, 33 Nein-Stimmen, 1 Enthaltung.")],
  related=["HH"])

P("STR", "VO/2025/0541", "Beschlussvorlage", "2025-10-14", "12. Satzung zur Änderung der Straßenreinigungs- und Gebührensatzung (Gebühren 2026)", "FB5",
  sv="Nach § 6 des Kommunalabgabengesetzes NRW sind die Benutzungsgebühren so zu bemessen, dass sie die Kosten der Einrichtung decken. Die Gebührenbedarfsberechnung für 2026 ergibt ansatzfähige Kosten von 4,87 Mio. Euro. "
     "Gegenüber 2025 steigen die Kosten insbesondere wegen der Tarifabschlüsse und höherer Entsorgungskosten für Kehricht. Der Anteil des öffentlichen Interesses (Allgemeinanteil), den die Stadt trägt, bleibt bei 25 %. "
     "Daraus ergeben sich je Meter Grundstücksfront (Frontmeter) folgende Jahresgebühren: Reinigungsklasse 1 (wöchentliche Reinigung) 3,38 Euro (bisher 3,12 Euro), "
     "Reinigungsklasse 2 (zweimal wöchentliche Reinigung) 6,59 Euro (bisher 6,08 Euro), Reinigungsklasse 3 (Fußgängerzone, tägliche Reinigung) 21,40 Euro (bisher 19,95 Euro). "
     "Die Gebühr für den Winterdienst steigt von 0,66 Euro auf 0,71 Euro je Frontmeter. "
     "Für ein typisches Einfamilienhaus mit 15 Metern Front in Reinigungsklasse 1 mit Winterdienst steigt die Jahresbelastung damit von 56,70 Euro auf 61,35 Euro.",
  bv="Der Rat beschließt die 12. Satzung zur Änderung der Satzung über die Straßenreinigung und die Erhebung von Straßenreinigungsgebühren in der Stadt Musterhausen in der als Anlage beigefügten Fassung. Die Satzung tritt am 01.01.2026 in Kraft.",
  fin="Die Gebühreneinnahmen von rund 3,65 Mio. Euro decken den gebührenfähigen Anteil der Kosten. Der Allgemeinanteil von rund 1,22 Mio. Euro wird aus allgemeinen Haushaltsmitteln getragen.",
  cons=[("F2", "Vorberatung", "einstimmig empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen", None)])

P("FRH", "VO/2025/0542", "Beschlussvorlage", "2025-10-14", "Neukalkulation der Friedhofsgebühren ab 2026 – 7. Änderung der Friedhofsgebührensatzung", "FB5",
  sv="Die Friedhofsgebühren wurden zuletzt 2021 kalkuliert. Der Kostendeckungsgrad ist seitdem auf 71 % gesunken, weil sich immer mehr Angehörige für pflegearme Urnenbestattungen entscheiden und die Flächen für Sargbestattungen dennoch unterhalten werden müssen. "
     "Die Verwaltung schlägt vor, den Kostendeckungsgrad auf 78 % anzuheben; der verbleibende Teil wird als Grünflächenanteil aus allgemeinen Haushaltsmitteln getragen. "
     "Die wichtigsten Gebühren (Nutzungsrecht einschließlich Bestattung): Reihengrab für Erdbestattung 1.480 Euro (bisher 1.310 Euro), Wahlgrab für Erdbestattung je Stelle 2.250 Euro (bisher 1.980 Euro), "
     "Urnenreihengrab 850 Euro (bisher 720 Euro), Urnenwahlgrab 1.150 Euro (bisher 990 Euro). "
     "Neu aufgenommen wird das Baumgrab auf dem Waldfriedhof Kirchheide mit einer Gebühr von 1.690 Euro. Die Nutzung der Trauerhalle kostet künftig 310 Euro.",
  bv="Der Rat beschließt die 7. Satzung zur Änderung der Satzung über die Erhebung von Gebühren für die Friedhöfe der Stadt Musterhausen in der als Anlage beigefügten Fassung mit Wirkung zum 01.01.2026.",
  fin="Es werden Mehrerträge von rund 210.000 Euro jährlich erwartet.",
  cons=[("F2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R3", "Entscheidung", "geändert beschlossen",
         "Der Rat beschließt die Satzung mit folgender Änderung: Die Gebühr für das Urnenreihengrab wird auf 790 Euro festgesetzt (Vorlage: 850 Euro). Die Mindererträge werden aus allgemeinen Haushaltsmitteln gedeckt. Abstimmungsergebnis: 41 Ja-Stimmen, 10 Nein-Stimmen, 2 Enthaltungen.")],
  aux=[("Anlage 1 – Gebührenkalkulation Friedhöfe 2026",
        "Gebührenkalkulation für die städtischen Friedhöfe 2026 (Zusammenfassung)\n\n"
        "Die Stadt Musterhausen unterhält vier Friedhöfe: den Hauptfriedhof an der Kirchheider Straße, den Waldfriedhof Kirchheide, den Friedhof Hellweg und den Alten Friedhof in der Innenstadt, auf dem seit 1998 keine neuen Nutzungsrechte mehr vergeben werden. "
        "Die Gesamtfläche beträgt 31,4 ha.\n\n"
        "Kostenansatz 2026: Personalkosten 1,42 Mio. Euro, Sachkosten für Pflege und Unterhaltung 0,86 Mio. Euro, kalkulatorische Abschreibungen und Zinsen 0,47 Mio. Euro, Verwaltungskostenanteil 0,21 Mio. Euro; insgesamt 2,96 Mio. Euro.\n"
        "Abzüglich Grünflächenanteil (22 %): 0,65 Mio. Euro. Gebührenfähige Kosten: 2,31 Mio. Euro.\n\n"
        "Bestattungszahlen (Durchschnitt 2022–2024): 812 Bestattungen je Jahr, davon 74 % Urnenbestattungen und 26 % Erdbestattungen. "
        "Der Anteil der Urnenbestattungen hat sich seit 2010 nahezu verdoppelt. Für das neue Angebot Baumgrab wird mit 60 Bestattungen je Jahr gerechnet.\n\n"
        "Die Gebühren für Erdbestattungen steigen überdurchschnittlich, weil die Flächen für Sarggräber den größten Teil der Pflegekosten verursachen. "
        "Ein Vergleich mit sechs Nachbarkommunen zeigt, dass Musterhausen auch nach der Anpassung im mittleren Bereich liegt.")])

P("HST", "VO/2025/0549", "Beschlussvorlage", "2025-10-21", "Änderung der Hundesteuersatzung zum 01.01.2026", "FB2",
  sv="Die Hundesteuersätze der Stadt Musterhausen wurden seit 2016 nicht angepasst und liegen unter dem Durchschnitt vergleichbarer Städte im Kreis Musterland. Im Rahmen der Haushaltsplanung 2026 schlägt die Verwaltung eine moderate Anhebung vor. "
     "Die Jahressteuer soll künftig betragen: für den ersten Hund 120 Euro (bisher 108 Euro), für den zweiten Hund 156 Euro (bisher 138 Euro), für jeden weiteren Hund 180 Euro (bisher 162 Euro), "
     "für einen gefährlichen Hund im Sinne des Landeshundegesetzes 720 Euro (bisher 600 Euro). "
     "Neu eingeführt wird eine Steuerbefreiung für die Dauer von zwei Jahren für Hunde, die aus einem anerkannten Tierheim aufgenommen werden. "
     "Derzeit sind in Musterhausen 5.820 Hunde angemeldet, davon 14 gefährliche Hunde.",
  bv="Der Rat beschließt die 4. Satzung zur Änderung der Hundesteuersatzung der Stadt Musterhausen in der als Anlage beigefügten Fassung. Die Satzung tritt am 01.01.2026 in Kraft.",
  fin="Die Mehrerträge werden auf rund 76.000 Euro jährlich geschätzt; die Mindererträge durch die Befreiung für Tierheimhunde auf rund 9.000 Euro.",
  cons=[("F2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 36 Ja-Stimmen, 17 Nein-Stimmen.")])

P("HSTA", "A 47/2025", "Antrag", "2025-11-03", "Hundesteuer: Befreiung für Hunde aus dem Tierheim auf drei Jahre ausweiten", "BLM",
  sv="Das Tierheim Musterhausen ist mit derzeit 64 Hunden dauerhaft überbelegt. Eine längere Steuerbefreiung erhöht den Anreiz, einem Tierheimhund ein Zuhause zu geben, und entlastet zugleich den städtischen Zuschuss an den Tierschutzverein.",
  bv="Abweichend von der Verwaltungsvorlage VO/2025/0549 wird die Steuerbefreiung für Hunde aus anerkannten Tierheimen auf drei Jahre festgesetzt.",
  cons=[("F2", "Vorberatung", "zurückgezogen", "Der Antrag wurde von der antragstellenden Fraktion in der Sitzung zurückgezogen.")],
  related=["HST"])

P("JA", "2024/2951", "Beschlussvorlage", "2024-12-10", "Feststellung des Jahresabschlusses 2023 und Entlastung der Bürgermeisterin", "FB2",
  sv="Der Jahresabschluss 2023 schließt mit einem Jahresfehlbetrag von 4,1 Mio. Euro ab; geplant war ein Fehlbetrag von 11,6 Mio. Euro. "
     "Die Verbesserung beruht vor allem auf Mehrerträgen bei der Gewerbesteuer von 5,2 Mio. Euro und geringeren Zinsaufwendungen. "
     "Der Rechnungsprüfungsausschuss hat den Jahresabschluss in seiner Sitzung am 26.11.2024 beraten; die Prüfung hat zu keinen Einwendungen geführt, es wurde ein uneingeschränkter Bestätigungsvermerk erteilt. "
     "Der Fehlbetrag wird mit der Ausgleichsrücklage verrechnet, die danach 18,3 Mio. Euro beträgt.",
  bv="Der Rat stellt den geprüften Jahresabschluss 2023 fest und beschließt, den Jahresfehlbetrag mit der Ausgleichsrücklage zu verrechnen. Der Bürgermeisterin wird für das Haushaltsjahr 2023 Entlastung erteilt.",
  fin="Die Verrechnung mit der Ausgleichsrücklage ist haushaltsneutral.",
  cons=[("F1", "Vorberatung", "einstimmig empfohlen", None),
        ("R1", "Entscheidung", "ungeändert beschlossen",
         "Der Rat stellt den Jahresabschluss 2023 mit einer Bilanzsumme von 1.128,4 Mio. Euro und einem Jahresfehlbetrag von 4.103.612,45 Euro fest. Der Bürgermeisterin wird uneingeschränkt Entlastung erteilt. Die Bürgermeisterin nahm an Beratung und Abstimmung nicht teil.")])

P("FW", "2024/3017", "Beschlussvorlage", "2024-12-17", "Brandschutzbedarfsplan der Stadt Musterhausen 2025–2029", "FB3",
  sv="Nach § 3 des Gesetzes über den Brandschutz, die Hilfeleistung und den Katastrophenschutz (BHKG) hat die Stadt einen Brandschutzbedarfsplan aufzustellen und spätestens alle fünf Jahre fortzuschreiben. "
     "Schutzziel ist das Eintreffen der ersten Einheit mit neun Funktionen innerhalb von 8 Minuten nach Alarmierung in 90 % der Fälle. Derzeit wird dieses Ziel nur in 81 % der Einsätze erreicht, vor allem im Stadtbezirk Kirchheide. "
     "Der Plan sieht daher den Neubau einer Feuer- und Rettungswache Kirchheide bis 2028, 14 zusätzliche Stellen im feuerwehrtechnischen Dienst und die Ersatzbeschaffung von sechs Fahrzeugen vor. "
     "Die fünf Löschzüge der Freiwilligen Feuerwehr mit 212 ehrenamtlichen Einsatzkräften werden durch ein Programm zur Mitgliedergewinnung gestärkt.",
  bv="Der Rat beschließt den Brandschutzbedarfsplan 2025–2029 der Stadt Musterhausen.",
  fin="Die Investitionen bis 2029 betragen 19,4 Mio. Euro, davon 14,8 Mio. Euro für den Neubau der Feuer- und Rettungswache Kirchheide. Die zusätzlichen Personalaufwendungen betragen ab 2027 rund 1,1 Mio. Euro jährlich.",
  cons=[("F1", "Vorberatung", "einstimmig empfohlen", None),
        ("R1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("WD", "VO/2025/0121", "Beschlussvorlage", "2025-02-25", "Überplanmäßige Aufwendungen für den Winterdienst 2024/2025", "FB5",
  sv="Der Winter 2024/2025 war mit 31 Einsatztagen deutlich einsatzreicher als im Durchschnitt der letzten zehn Jahre (18 Einsatztage). Es wurden 2.950 Tonnen Streusalz verbraucht. "
     "Der Haushaltsansatz für den Winterdienst von 1,12 Mio. Euro reicht daher nicht aus; es entstehen überplanmäßige Aufwendungen von 380.000 Euro. "
     "Da der Betrag die Wertgrenze von 100.000 Euro übersteigt, ist nach der Zuständigkeitsordnung eine Entscheidung des Finanzausschusses erforderlich.",
  bv="Der Finanzausschuss stimmt überplanmäßigen Aufwendungen für den Winterdienst in Höhe von 380.000 Euro zu.",
  fin="Die Deckung erfolgt durch Mehrerträge bei der Gewerbesteuer.",
  cons=[("F1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("ABF", "VO/2025/0534", "Beschlussvorlage", "2025-10-14", "Abfallgebühren 2026 – 9. Änderung der Abfallgebührensatzung", "FB5",
  sv="Die Gebührenbedarfsberechnung für die Abfallentsorgung 2026 ergibt Gesamtkosten von 14,6 Mio. Euro. Kostentreiber sind vor allem die CO2-Bepreisung der Abfallverbrennung nach dem Brennstoffemissionshandelsgesetz und gestiegene Transportkosten. "
     "Die Jahresgebühren für die Restmülltonne betragen künftig: 120-Liter-Tonne 186,00 Euro (bisher 174,00 Euro), 240-Liter-Tonne 312,00 Euro (bisher 291,60 Euro). "
     "Die Gebühr für die 120-Liter-Biotonne bleibt mit 72,00 Euro unverändert. Die Abholung von Sperrmüll bleibt zweimal im Jahr gebührenfrei.",
  bv="Der Rat beschließt die 9. Satzung zur Änderung der Abfallgebührensatzung mit Wirkung zum 01.01.2026.",
  fin="Die Gebühren sind kostendeckend kalkuliert; der städtische Haushalt wird nicht belastet.",
  cons=[("F2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen", None)])

# ---------------------------------------------------------------- Stadtentwicklung, Bauen, Mobilität
P("BP112A", "VO/2025/0290", "Beschlussvorlage", "2025-05-13", "Bebauungsplan Nr. 112 „Wohnen am Mühlenbach“ – Aufstellungsbeschluss und frühzeitige Beteiligung", "FB5",
  sv="Das rund 4,6 ha große Plangebiet liegt im Stadtbezirk Kirchheide zwischen Mühlenstraße, Mühlenbach und der Bahnlinie; es wurde bis 2019 als Gärtnerei genutzt. "
     "Ziel der Planung sind ca. 180 Wohneinheiten in Mehrfamilien- und Reihenhäusern, davon mindestens 30 % öffentlich geförderter Wohnraum gemäß Baulandbeschluss der Stadt von 2022, "
     "eine sechsgruppige Kindertageseinrichtung und eine öffentliche Grünfläche entlang des Mühlenbachs. "
     "Der Flächennutzungsplan stellt Wohnbaufläche dar; eine Änderung ist nicht erforderlich. Die Erschließung erfolgt über die Mühlenstraße. "
     "Die frühzeitige Beteiligung der Öffentlichkeit nach § 3 Abs. 1 BauGB soll durch Veröffentlichung im Internet und einen Bürgerinformationsabend erfolgen.",
  bv="Der Ausschuss für Stadtentwicklung und Bauen beschließt die Aufstellung des Bebauungsplans Nr. 112 „Wohnen am Mühlenbach“ gemäß § 2 Abs. 1 BauGB sowie die frühzeitige Beteiligung der Öffentlichkeit und der Behörden.",
  fin="Die Planungskosten trägt der Vorhabenträger auf Grundlage eines städtebaulichen Vertrags.",
  cons=[("B1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 15 Ja-Stimmen, 2 Enthaltungen.")], loc="PL112")

P("BP112B", "0052/2026", "Beschlussvorlage", "2026-02-17", "Bebauungsplan Nr. 112 „Wohnen am Mühlenbach“ – Beschluss über die Veröffentlichung (Offenlage)", "FB5",
  sv="Die frühzeitige Beteiligung fand vom 22.09. bis 24.10.2025 statt. Es gingen 214 Stellungnahmen aus der Öffentlichkeit ein. Hauptthemen waren der zusätzliche Verkehr auf der Mühlenstraße, der Hochwasserschutz am Mühlenbach und der Erhalt einer Baumreihe an der Bahnlinie. "
     "Der Entwurf wurde daraufhin überarbeitet: Die Zahl der Wohneinheiten wurde von 180 auf 164 reduziert, der Abstand der Bebauung zum Mühlenbach auf 15 m vergrößert und eine Mobilitätsstation mit Carsharing vorgesehen. "
     "Das Verkehrsgutachten prognostiziert eine Zunahme um rund 1.100 Kfz-Fahrten pro Tag, die die Mühlenstraße verträglich aufnehmen kann. Die Baumreihe bleibt erhalten. "
     "Der Entwurf soll nun für die Dauer eines Monats im Internet veröffentlicht und zusätzlich im Technischen Rathaus ausgelegt werden (§ 3 Abs. 2 BauGB).",
  bv="Der Ausschuss für Stadtentwicklung und Bauen beschließt die Veröffentlichung des Entwurfs des Bebauungsplans Nr. 112 „Wohnen am Mühlenbach“ mit Begründung und Umweltbericht gemäß § 3 Abs. 2 BauGB.",
  fin="Keine; die Kosten trägt der Vorhabenträger.",
  cons=[("B2", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 13 Ja-Stimmen, 4 Nein-Stimmen.")],
  related=["BP112A"], loc="PL112",
  aux=[("Anlage – Abwägungsvorschläge zu den Stellungnahmen der frühzeitigen Beteiligung (Auszug)",
        "Bebauungsplan Nr. 112 „Wohnen am Mühlenbach“ – Auszug aus der Abwägungstabelle\n\n"
        "Stellungnahme Ö-17 (Anwohnerinnen und Anwohner der Mühlenstraße, 63 Unterschriften): Befürchtet wird eine Überlastung der Mühlenstraße und Gefahren für Kinder auf dem Schulweg. "
        "Abwägungsvorschlag: Der Anregung wird teilweise gefolgt. Die Zahl der Wohneinheiten wird reduziert, im Einmündungsbereich wird eine Querungshilfe vorgesehen. Eine zweite Zufahrt über die Bahnlinie ist technisch nicht realisierbar.\n\n"
        "Stellungnahme Ö-52: Gefordert wird der Erhalt der Baumreihe aus 14 Eichen an der Bahnlinie. Abwägungsvorschlag: Der Anregung wird gefolgt. Die Bäume werden als zu erhalten festgesetzt.\n\n"
        "Stellungnahme B-04 (Wasserverband Mühlenbach): Hinweis auf das festgesetzte Überschwemmungsgebiet. Abwägungsvorschlag: Der Anregung wird gefolgt. Die Baugrenzen halten 15 m Abstand zur Böschungsoberkante ein; "
        "das Niederschlagswasser wird in einem Regenrückhaltebecken gedrosselt abgeleitet.\n\n"
        "Stellungnahme Ö-101: Gefordert wird ein höherer Anteil an gefördertem Wohnraum von 50 %. Abwägungsvorschlag: Der Anregung wird nicht gefolgt. Der Baulandbeschluss sieht 30 % vor; eine höhere Quote würde die Wirtschaftlichkeit des Vorhabens gefährden.\n\n"
        "Stellungnahme Ö-138: Angeregt wird ein Spielplatz im Plangebiet. Abwägungsvorschlag: Der Anregung wird gefolgt; in der öffentlichen Grünfläche wird ein Spielbereich festgesetzt.")])

P("BP87", "0053/2026", "Beschlussvorlage", "2026-02-18", "Bebauungsplan Nr. 87/3 „Gewerbegebiet Hellweg-Ost“, 3. Änderung – Satzungsbeschluss", "FB5",
  sv="Die 3. Änderung des Bebauungsplans Nr. 87 verfolgt drei Ziele: Die überbaubaren Flächen werden um 2,1 ha erweitert, um Betriebserweiterungen ansässiger Unternehmen zu ermöglichen. "
     "Einzelhandel mit zentrenrelevanten Sortimenten wird ausgeschlossen, um die Innenstadt zu schützen. Für Neubauten werden Photovoltaikanlagen auf mindestens 50 % der Dachflächen sowie eine extensive Dachbegrünung festgesetzt. "
     "Der Entwurf war vom 03.11. bis 05.12.2025 veröffentlicht. Es gingen 9 Stellungnahmen ein, die zu keinen wesentlichen Änderungen geführt haben.",
  bv="Der Rat beschließt die 3. Änderung des Bebauungsplans Nr. 87 „Gewerbegebiet Hellweg-Ost“ gemäß § 10 Abs. 1 BauGB als Satzung und die Begründung.",
  fin="Keine.",
  cons=[("B2", "Vorberatung", "einstimmig empfohlen", None),
        ("R4", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")], loc="HWO")

P("WP1", "VO/2025/0205", "Beschlussvorlage", "2025-03-11", "Kommunale Wärmeplanung – Einleitung des Verfahrens", "FB5",
  sv="Nach dem Wärmeplanungsgesetz des Bundes und dem Landeswärmeplanungsgesetz NRW ist die Stadt Musterhausen als Gemeinde mit weniger als 100.000 Einwohnerinnen und Einwohnern (derzeit 78.400) verpflichtet, bis zum 30.06.2028 einen Wärmeplan aufzustellen. "
     "Die Wärmeplanung umfasst eine Bestandsanalyse, eine Potenzialanalyse, ein Zielszenario und eine Umsetzungsstrategie. Partner der Stadt ist die Stadtwerke Musterhausen GmbH als Betreiberin des Fernwärmenetzes in der Innenstadt. "
     "Die Öffentlichkeit wird über ein Online-Portal und zwei Wärmeforen beteiligt. Die Verwaltung strebt an, den Wärmeplan bereits Mitte 2026 zum Beschluss vorzulegen, damit Eigentümerinnen und Eigentümer frühzeitig Planungssicherheit erhalten.",
  bv="Der Rat beschließt die Einleitung der kommunalen Wärmeplanung für das gesamte Stadtgebiet und beauftragt die Verwaltung, die Öffentlichkeit wie dargestellt zu beteiligen.",
  fin="Die Kosten der externen fachlichen Begleitung werden auf rund 240.000 Euro geschätzt. Das Land gewährt hierfür einen Belastungsausgleich.",
  cons=[("R1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("WP2", "0088/2026", "Mitteilungsvorlage", "2026-03-24", "Kommunale Wärmeplanung – Ergebnisse der Bestands- und Potenzialanalyse", "FB5",
  sv="Der Wärmebedarf im Stadtgebiet beträgt rund 1.140 GWh pro Jahr. Er wird derzeit zu 61 % mit Erdgas, zu 23 % mit Heizöl, zu 6 % mit Fernwärme, zu 5 % mit Wärmepumpen und zu 5 % mit sonstigen Energieträgern gedeckt. "
     "71 % der Wohngebäude wurden vor 1979 errichtet. Die Potenzialanalyse zeigt nutzbare Abwärme aus der Kläranlage Mühlenbach und aus einem Rechenzentrum im Gewerbegebiet Hellweg-Ost. "
     "Oberflächennahe Geothermie ist in weiten Teilen des Stadtgebiets möglich; tiefe Geothermie wird nach derzeitigem Kenntnisstand nicht als wirtschaftlich eingeschätzt. "
     "Auf dieser Grundlage werden drei Prüfgebiete für Wärmenetze weiter untersucht: Innenstadt, Kirchheide-Zentrum und Hellweg-Ost. "
     "An den beiden Wärmeforen nahmen insgesamt 430 Personen teil, im Online-Portal gingen 612 Beiträge ein.",
  cons=[("U1", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["WP1"])

P("WP3", "0131/2026", "Beschlussvorlage", "2026-04-20", "Kommunale Wärmeplanung – Beschluss des Wärmeplans", "FB5",
  sv="Der Wärmeplan weist drei Gebiete als voraussichtlich geeignet für Wärmenetze aus: die Innenstadt (Ausbau des bestehenden Fernwärmenetzes der Stadtwerke), Kirchheide-Zentrum und Hellweg-Ost (Nutzung von Abwärme). "
     "In den übrigen Stadtgebieten wird eine dezentrale Versorgung, vor allem mit Wärmepumpen, erwartet. Das Zielszenario beschreibt eine treibhausgasneutrale Wärmeversorgung bis 2040. "
     "Der Wärmeplan ist eine strategische Planung und entfaltet keine unmittelbare Rechtswirkung für Eigentümerinnen und Eigentümer. "
     "Eine Entscheidung über die Ausweisung von Gebieten zum Neu- oder Ausbau von Wärmenetzen nach § 26 Wärmeplanungsgesetz wird ausdrücklich nicht getroffen; die Anforderungen des Gebäudeenergiegesetzes an neue Heizungen in Bestandsgebäuden greifen daher in Musterhausen erst ab dem 01.07.2028. "
     "Die Umsetzungsstrategie umfasst 12 Maßnahmen, darunter eine kostenfreie Energieberatung für Eigentümerinnen und Eigentümer und Machbarkeitsstudien für die drei Wärmenetzgebiete.",
  bv="Der Rat beschließt den kommunalen Wärmeplan der Stadt Musterhausen einschließlich der Umsetzungsstrategie.",
  fin="Für die Machbarkeitsstudien werden 2027 rund 150.000 Euro benötigt; eine Förderung über die Bundesförderung für effiziente Wärmenetze wird beantragt.",
  cons=[("U1", "Vorberatung", "einstimmig empfohlen", None),
        ("H2", "Vorberatung", "einstimmig empfohlen", None),
        ("R4", "Entscheidung", "ungeändert beschlossen", "Der Rat beschließt den kommunalen Wärmeplan. Abstimmungsergebnis: 47 Ja-Stimmen, 4 Nein-Stimmen, 2 Enthaltungen.")],
  related=["WP1", "WP2"])

P("PARK", "0061/2026", "Beschlussvorlage", "2026-02-19", "Parkraumkonzept Innenstadt: Bewohnerparken und Neufassung der Parkgebührenordnung", "FB3",
  sv="In den innenstadtnahen Wohnquartieren ist der öffentliche Parkraum abends zu 104 % ausgelastet; viele Stellplätze werden tagsüber von Pendlerinnen und Pendlern belegt. "
     "Die Verwaltung schlägt vor, vier Bewohnerparkzonen (A bis D) rund um die Innenstadt einzurichten. Die Gebühr für den Bewohnerparkausweis soll 120 Euro pro Jahr betragen (bisher 30,70 Euro); "
     "für Inhaberinnen und Inhaber des Musterhausen-Passes ermäßigt sie sich auf 60 Euro. "
     "Die Parkgebühren in der Innenstadt (Gebührenzone 1) steigen von 1,80 Euro auf 2,40 Euro je Stunde, in der Gebührenzone 2 auf 1,50 Euro. Die Höchstparkdauer in Zone 1 beträgt drei Stunden. "
     "Die Neuregelung soll zum 01.04.2027 in Kraft treten. Die Mehrerträge von rund 640.000 Euro jährlich sollen für den Radverkehr und den öffentlichen Nahverkehr eingesetzt werden.",
  bv="Der Rat beschließt die Einrichtung der Bewohnerparkzonen A bis D, die Gebührensatzung für Bewohnerparkausweise und die Neufassung der Parkgebührenordnung mit Wirkung zum 01.04.2027.",
  fin="Mehrerträge von rund 640.000 Euro jährlich; einmalige Kosten für Beschilderung und Automaten von 210.000 Euro.",
  cons=[("B2", "Vorberatung", "vertagt", "Die Beratung wird auf Antrag der BLM-Fraktion vertagt; die Verwaltung soll zunächst die Bezirksvertretung Innenstadt beteiligen."),
        ("BI2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("B3", "Vorberatung", "geändert empfohlen",
         "Der Ausschuss empfiehlt dem Rat, die Vorlage mit der Maßgabe zu beschließen, dass der Bewohnerparkausweis 96 Euro pro Jahr kostet. Abstimmungsergebnis: 10 Ja-Stimmen, 7 Nein-Stimmen."),
        ("R5", "Entscheidung", None, None)],
  aux=[("Anlage – Abgrenzung der Bewohnerparkzonen A bis D",
        "Parkraumkonzept Innenstadt – Beschreibung der Bewohnerparkzonen\n\n"
        "Zone A (Bahnhofsviertel): Bereich zwischen Bahnhofstraße, Hellwegstraße und Bahnlinie; rund 640 öffentliche Stellplätze, davon künftig 70 % ausschließlich für Bewohnerinnen und Bewohner montags bis samstags von 8 bis 20 Uhr.\n"
        "Zone B (Lindenviertel): Bereich zwischen Lindenallee, Am Stadtpark und Kirchgasse; rund 520 Stellplätze. Wegen der Fahrradstraße Lindenallee entfallen dort bereits 31 Stellplätze.\n"
        "Zone C (Rathausviertel): Bereich rund um Rathausplatz und Marktstraße; rund 410 Stellplätze, Mischnutzung mit Kurzzeitparken für Besucherinnen und Besucher.\n"
        "Zone D (Mühlenviertel): Bereich zwischen Mühlenstraße und Stadtgraben; rund 380 Stellplätze.\n\n"
        "Berechtigt sind Personen mit Hauptwohnsitz in der jeweiligen Zone und einem auf sie zugelassenen Fahrzeug. Je Person wird höchstens ein Ausweis ausgegeben. "
        "Für Handwerksbetriebe und Pflegedienste werden gesonderte Ausnahmegenehmigungen angeboten. Die Ausweise können online beantragt werden. "
        "Die Verwaltung rechnet mit rund 3.400 Bewohnerparkausweisen. Die Zonen werden nach einem Jahr evaluiert; bei Verdrängungseffekten in angrenzende Straßen wird eine Erweiterung geprüft. Besucherinnen und Besucher können in allen Zonen weiterhin mit Parkschein oder Handyparken kurzzeitig parken.")])

P("BROT", "A 09/2026", "Antrag", "2026-03-02", "Brötchentaste: 20 Minuten kostenfreies Kurzparken in der Innenstadt", "BLM",
  sv="Der Einzelhandel in der Innenstadt steht unter erheblichem Druck; die Zahl der leerstehenden Ladenlokale ist gestiegen. Eine höhere Parkgebühr darf nicht dazu führen, dass kurze Besorgungen in der Innenstadt unattraktiv werden. "
     "Viele Städte haben mit einer sogenannten Brötchentaste gute Erfahrungen gemacht.",
  bv="Im Rahmen der Neufassung der Parkgebührenordnung wird an allen Parkscheinautomaten und beim Handyparken eine kostenfreie Parkzeit von 20 Minuten (Brötchentaste) eingeführt.",
  cons=[("BI2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("B3", "Vorberatung", "abgelehnt", "Der Antrag wird abgelehnt. Abstimmungsergebnis: 7 Ja-Stimmen, 10 Nein-Stimmen.")],
  related=["PARK"])

P("ST", "0160/2026", "Beschlussvorlage", "2026-08-18", "Neufassung der Stellplatzsatzung der Stadt Musterhausen", "FB5",
  sv="Nach der Landesbauordnung NRW regeln die Gemeinden die Zahl der notwendigen Stellplätze durch Satzung. Die geltende Satzung stammt aus dem Jahr 2019 und verlangt 1,5 Stellplätze je Wohnung. "
     "Künftig soll grundsätzlich 1,0 Stellplatz je Wohneinheit gelten, in der Innenstadt 0,7 und für öffentlich geförderte Wohnungen 0,5 Stellplätze. "
     "Bei Vorlage eines Mobilitätskonzepts (zum Beispiel Carsharing oder Jobticket) kann die Zahl um bis zu 30 % reduziert werden. Je Wohnung sind zwei Fahrradabstellplätze nachzuweisen. "
     "Der Ablösebetrag für nicht herstellbare Stellplätze beträgt in der Innenstadt 9.500 Euro und im übrigen Stadtgebiet 6.000 Euro.",
  bv="Der Rat beschließt die Neufassung der Stellplatzsatzung der Stadt Musterhausen.",
  fin="Keine unmittelbaren Auswirkungen; die Ablösebeträge sind zweckgebunden für den Bau von Parkeinrichtungen und Radverkehrsanlagen zu verwenden.",
  cons=[("B3", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R5", "Entscheidung", None, None)])

P("LEER", "F 02/2026", "Anfrage", "2026-05-12", "Anfrage zu leerstehenden Ladenlokalen in der Innenstadt", "BLM",
  sv="Bürgerinnen und Bürger sowie Händlerinnen und Händler berichten von einer wachsenden Zahl leerstehender Geschäfte in der Innenstadt. Wir bitten um Beantwortung folgender Fragen:\n"
     "1. Wie viele Ladenlokale stehen derzeit leer und wie hat sich die Zahl seit 2023 entwickelt?\n2. Wo liegen die Schwerpunkte des Leerstands?\n"
     "3. Welche Förderprogramme nutzt die Stadt gegen Leerstand?\n4. Welche weiteren Maßnahmen plant die Verwaltung?",
  related=["LEERA"])

P("LEERA", "0170/2026", "Beantwortung einer Anfrage", "2026-08-20", "Beantwortung der Anfrage F 02/2026 zu Leerständen in der Innenstadt", "FB1",
  sv="Zu Frage 1: Zum Stichtag 30.06.2026 standen 37 von 324 Ladenlokalen in der Innenstadt leer; das entspricht einer Leerstandsquote von 11,4 %. Im Jahr 2023 waren es 29 Ladenlokale (8,9 %).\n"
     "Zu Frage 2: Schwerpunkte sind die obere Bahnhofstraße und die Kirchgasse. In der Fußgängerzone zwischen Rathausplatz und Marktstraße ist der Leerstand dagegen gering.\n"
     "Zu Frage 3: Die Stadt nutzt das Landesprogramm zur Stärkung der Innenstädte. Damit hat die Stadt seit 2022 neun Ladenlokale angemietet und verbilligt an Gründerinnen, Gründer und Pop-up-Stores weitervermietet; sechs davon werden inzwischen regulär vermietet.\n"
     "Zu Frage 4: Ab Januar 2027 soll eine Zwischennutzungsagentur bei der Wirtschaftsförderungsgesellschaft eingerichtet werden. Zudem wird ein Leerstandskataster im Geoportal veröffentlicht.",
  cons=[("BI2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["LEER"])

# ---------------------------------------------------------------- Umwelt und Klimaschutz
P("TRINK", "A 17/2026", "Antrag", "2026-04-07", "Hitzeschutz: Öffentliche Trinkbrunnen in der Innenstadt und in Kirchheide", "GZM",
  sv="Im Sommer 2025 wurden in Musterhausen 19 Tage mit Temperaturen über 30 °C gemessen. Besonders ältere Menschen, Kinder und Wohnungslose leiden unter Hitze. "
     "Das Wasserhaushaltsgesetz sieht vor, dass Trinkwasser im öffentlichen Raum über Trinkwasserbrunnen bereitgestellt wird, soweit dies technisch machbar ist und ein Bedarf besteht. "
     "In Musterhausen gibt es bislang keinen einzigen öffentlichen Trinkbrunnen.",
  bv="Die Verwaltung wird beauftragt, gemeinsam mit den Stadtwerken bis zum Sommer 2027 mindestens sechs öffentliche Trinkbrunnen aufzustellen, davon vier in der Innenstadt und zwei im Stadtbezirk Kirchheide, und einen Hitzeaktionsplan vorzulegen.",
  cons=[("U1", "Entscheidung", "geändert beschlossen",
         "Der Ausschuss beschließt den Antrag mit der Maßgabe, dass zunächst vier Trinkbrunnen bis zum Sommer 2027 aufgestellt werden, davon drei in der Innenstadt und einer in Kirchheide. "
         "Die Kosten werden auf rund 25.000 Euro je Brunnen geschätzt. Der Hitzeaktionsplan ist bis zum 31.03.2027 vorzulegen. Abstimmungsergebnis: einstimmig.")])

P("BAUM", "0110/2026", "Beschlussvorlage", "2026-04-08", "Neufassung der Baumschutzsatzung", "FB5",
  sv="Die geltende Baumschutzsatzung stammt aus dem Jahr 1998. Angesichts des Klimawandels und des Verlusts von Stadtbäumen soll der Schutz verbessert werden. "
     "Künftig sollen Bäume ab einem Stammumfang von 80 cm (bisher 100 cm), gemessen in 1 m Höhe, geschützt sein. Obstbäume bleiben ausgenommen, mit Ausnahme von Walnuss und Esskastanie. "
     "Für gefällte Bäume ist je angefangene 50 cm Stammumfang ein Ersatzbaum zu pflanzen; ist dies nicht möglich, wird eine Ausgleichszahlung von 1.200 Euro je Ersatzbaum fällig. "
     "Das Genehmigungsverfahren wird digitalisiert und kann künftig online beantragt werden.",
  bv="Der Rat beschließt die Satzung zum Schutz des Baumbestandes in der Stadt Musterhausen (Baumschutzsatzung) in der als Anlage beigefügten Fassung.",
  fin="Für die Bearbeitung der zusätzlichen Anträge wird eine halbe Stelle benötigt (rund 38.000 Euro jährlich).",
  cons=[("U1", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R4", "Entscheidung", "geändert beschlossen",
         "Der Rat beschließt die Baumschutzsatzung mit der Änderung, dass auf Grundstücken mit selbst genutzten Ein- und Zweifamilienhäusern Bäume erst ab einem Stammumfang von 100 cm geschützt sind. Abstimmungsergebnis: 30 Ja-Stimmen, 21 Nein-Stimmen, 2 Enthaltungen.")])

P("SRK", "0112/2026", "Mitteilungsvorlage", "2026-04-09", "Starkregengefahrenkarte für das Stadtgebiet", "FB5",
  sv="Seit dem 15.04.2026 ist die Starkregengefahrenkarte für das gesamte Stadtgebiet im Geoportal der Stadt veröffentlicht. Sie zeigt die zu erwartenden Wassertiefen und Fließwege für ein seltenes (30-jährliches), ein außergewöhnliches (100-jährliches) und ein extremes Starkregenereignis mit 90 mm Niederschlag in einer Stunde. "
     "Im Extremszenario liegen 1.380 Gebäude in Bereichen mit mehr als 50 cm Wassertiefe. Besonders betroffen sind die Unterführung Bahnhofstraße und die Mühlenbachaue. "
     "Hauseigentümerinnen und Hauseigentümer können eine kostenfreie Starkregenberatung der Stadtentwässerung in Anspruch nehmen.",
  cons=[("U1", "Kenntnisnahme", "zur Kenntnis genommen", None)])

# ---------------------------------------------------------------- Schule
P("GSK1", "VO/2025/0301", "Beschlussvorlage", "2025-05-20", "Sanierung der Gesamtschule Kirchheide – 1. Bauabschnitt (naturwissenschaftlicher Fachtrakt)", "FB4",
  sv="Das Gebäude der Gesamtschule Kirchheide wurde 1974 errichtet und wird von 1.150 Schülerinnen und Schülern besucht. Ein Gutachten aus dem Jahr 2024 bescheinigt eine verbrauchte Haustechnik, Mängel im Brandschutz und veraltete Fachräume. "
     "Im 1. Bauabschnitt soll der naturwissenschaftliche Fachtrakt mit 12 Fachräumen für Physik, Chemie und Biologie kernsaniert und energetisch ertüchtigt werden; auf dem Dach wird eine Photovoltaikanlage mit 180 kWp errichtet. "
     "Während der Bauzeit wird der Unterricht in 14 Containerklassenräumen auf dem Schulgelände fortgeführt. Die Bauzeit ist von den Sommerferien 2026 bis zum Sommer 2028 geplant.",
  bv="Der Rat beschließt die Sanierung des naturwissenschaftlichen Fachtrakts der Gesamtschule Kirchheide als 1. Bauabschnitt und beauftragt die Verwaltung mit der weiteren Planung und Ausschreibung.",
  fin="Die Gesamtkosten betragen 7,8 Mio. Euro einschließlich 640.000 Euro für die Interimscontainer. Eine Förderung über die Bundesförderung für effiziente Gebäude von rund 1,2 Mio. Euro wird beantragt.",
  cons=[("S1", "Vorberatung", "einstimmig empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("GSK2", "0071/2026", "Mitteilungsvorlage", "2026-02-27", "Sanierung der Gesamtschule Kirchheide – Sachstand und Kostenentwicklung", "FB4",
  sv="Bei Voruntersuchungen im Dezember 2025 wurden im naturwissenschaftlichen Fachtrakt der Gesamtschule Kirchheide PCB-haltige Fugenmassen in 9 Räumen festgestellt. Eine Gefährdung für den laufenden Schulbetrieb besteht nach den Raumluftmessungen nicht. "
     "Vor der Sanierung ist jedoch eine fachgerechte Schadstoffsanierung erforderlich. Die Kosten des 1. Bauabschnitts steigen dadurch von 7,8 Mio. Euro auf 8,65 Mio. Euro. "
     "Der Baubeginn verschiebt sich von den Sommerferien in die Herbstferien 2026 (12.10.2026); die Fertigstellung ist nun für Ende 2028 vorgesehen. "
     "Die Containeranlage wird zum 01.09.2026 bezugsfertig sein. Schulleitung und Schulpflegschaft wurden am 19.02.2026 informiert.",
  fin="Mehrkosten von 850.000 Euro; die Deckung wird im Rahmen des Haushalts 2027 dargestellt.",
  cons=[("S2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["GSK1"],
  aux=[("Anlage – Zusammenfassung des Schadstoffgutachtens",
        "Gesamtschule Kirchheide, naturwissenschaftlicher Fachtrakt – Zusammenfassung der Schadstofferkundung (Ingenieurbüro für Umwelttechnik, Januar 2026)\n\n"
        "Untersucht wurden 46 Materialproben aus Fugen, Bodenbelägen, Deckenplatten und Fensterkitten. In 9 Räumen wurden dauerelastische Fugenmassen mit PCB-Gehalten über dem Grenzwert der PCB-Richtlinie NRW festgestellt. "
        "Asbesthaltige Materialien wurden in den Fensterbänken von zwei Räumen gefunden. Künstliche Mineralfasern alter Bauart befinden sich in der Dämmung der Lüftungskanäle.\n\n"
        "Raumluftmessungen: In allen Räumen lagen die PCB-Konzentrationen unter dem Vorsorgewert von 300 Nanogramm je Kubikmeter. Eine Nutzungseinschränkung ist daher nicht erforderlich. "
        "Die Räume werden bis zum Beginn der Sanierung regelmäßig gelüftet; weitere Messungen erfolgen im Mai 2026.\n\n"
        "Empfehlung: Ausbau und Entsorgung aller belasteten Materialien vor Beginn der Kernsanierung unter Schwarz-Weiß-Trennung. Geschätzte Dauer der Schadstoffsanierung: zehn Wochen. "
        "Geschätzte Kosten einschließlich Entsorgung und Fachbauleitung: 720.000 Euro netto. Hinzu kommen Kosten für die längere Containermiete. Nach Abschluss der Schadstoffsanierung ist durch Freimessungen nachzuweisen, dass die Räume frei von Belastungen sind. Erst danach beginnen die eigentlichen Umbauarbeiten im Fachtrakt.")])

P("SEP", "0072/2026", "Beschlussvorlage", "2026-02-27", "Schulentwicklungsplan Primarstufe 2026/27 bis 2031/32", "FB4",
  sv="Die Zahl der Grundschülerinnen und Grundschüler in Musterhausen steigt von 2.940 im Schuljahr 2025/26 auf voraussichtlich 3.260 im Schuljahr 2031/32, vor allem wegen der Neubaugebiete und des Zuzugs junger Familien. "
     "Die Stadt unterhält 11 Grundschulen. Die Grundschule Am Lindenhof soll ab dem Schuljahr 2027/28 von drei auf vier Züge erweitert werden; dafür wird ein Anbau mit vier Klassenräumen und einer Mensa benötigt. "
     "An der Grundschule Kirchheide-Nord wird die Zügigkeit auf zwei Züge begrenzt, um die Raumkapazität einzuhalten. Der Ganztagsbedarf wird in der Planung berücksichtigt.",
  bv="Der Rat beschließt den Schulentwicklungsplan Primarstufe 2026/27 bis 2031/32 und die Erweiterung der Grundschule Am Lindenhof auf vier Züge ab dem Schuljahr 2027/28.",
  fin="Die Kosten für den Anbau an der Grundschule Am Lindenhof werden auf 4,2 Mio. Euro geschätzt und im Haushalt 2027 veranschlagt.",
  cons=[("S2", "Vorberatung", "einstimmig empfohlen", None),
        ("R4", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("OGS", "VO/2025/0310", "Beschlussvorlage", "2025-05-22", "Ausbau des Offenen Ganztags an Grundschulen – Umsetzung des Rechtsanspruchs ab dem Schuljahr 2026/27", "FB4",
  sv="Ab dem 01.08.2026 besteht für Kinder der ersten Klasse ein Rechtsanspruch auf ganztägige Betreuung; er wird bis zum Schuljahr 2029/30 schrittweise auf alle Jahrgangsstufen ausgeweitet. "
     "Derzeit nutzen 58 % der Grundschulkinder in Musterhausen die Offene Ganztagsschule. Die Verwaltung rechnet mit einer Nachfrage von 80 % und plant daher 420 zusätzliche OGS-Plätze bis 2029. "
     "An sechs Grundschulen sind bauliche Erweiterungen, insbesondere Mensen und Gruppenräume, erforderlich. Die Trägerschaft der OGS bleibt bei den freien Trägern.",
  bv="Der Rat beschließt das Ausbaukonzept für den Offenen Ganztag und beauftragt die Verwaltung, die Baumaßnahmen an den sechs Grundschulen umzusetzen.",
  fin="Die Investitionen betragen 5,1 Mio. Euro; aus dem Investitionsprogramm Ganztagsausbau von Bund und Land werden 3,4 Mio. Euro erwartet. Die laufenden Kosten steigen bis 2029 um rund 1,35 Mio. Euro jährlich.",
  cons=[("S1", "Vorberatung", "einstimmig empfohlen", None),
        ("J1", "Vorberatung", "einstimmig empfohlen", None),
        ("R3", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("IPAD", "A 21/2025", "Antrag", "2025-05-26", "Digitale Endgeräte für alle Schülerinnen und Schüler ab Klasse 5", "GZM",
  sv="Die Ausstattung der weiterführenden Schulen mit digitalen Endgeräten ist unzureichend; derzeit teilen sich im Durchschnitt drei Schülerinnen und Schüler ein Gerät. "
     "Digitale Bildung darf nicht vom Geldbeutel der Eltern abhängen. Eine einheitliche Ausstattung erleichtert zudem die Administration und den Unterricht.",
  bv="Die Stadt stattet ab dem Schuljahr 2026/27 alle Schülerinnen und Schüler der weiterführenden Schulen ab Jahrgang 5 mit einem schulgebundenen Tablet aus. Die Verwaltung legt dazu ein Finanzierungskonzept vor.",
  cons=[("S1", "Vorberatung", "verwiesen in den Finanzausschuss", None),
        ("F2", "Entscheidung", "abgelehnt", "Der Antrag wird abgelehnt. Abstimmungsergebnis: 6 Ja-Stimmen, 11 Nein-Stimmen. Die Verwaltung wird gebeten, ein Konzept für eine sozial gestaffelte Elternbeteiligung zu prüfen.")])

P("TOI", "F 04/2026", "Anfrage", "2026-02-02", "Anfrage zum Zustand der Schultoiletten", "SLM",
  sv="Eltern und Schülervertretungen beklagen seit Langem den Zustand der Toilettenanlagen an mehreren Schulen. Wir bitten um Beantwortung folgender Fragen:\n"
     "1. An wie vielen städtischen Schulen sind die Toilettenanlagen sanierungsbedürftig?\n2. Welche Kosten würde eine Sanierung verursachen?\n3. In welcher Reihenfolge sollen die Anlagen saniert werden?\n4. Wie wird die Reinigung verbessert?",
  related=["TOIA"])

P("TOIA", "0096/2026", "Beantwortung einer Anfrage", "2026-03-05", "Beantwortung der Anfrage F 04/2026 zum Zustand der Schultoiletten", "FB4",
  sv="Zu Frage 1: Von den 23 städtischen Schulen haben 14 Schulen sanierungsbedürftige Toilettenanlagen.\n"
     "Zu Frage 2: Die Kosten einer Sanierung aller betroffenen Anlagen werden auf 2,3 Mio. Euro geschätzt.\n"
     "Zu Frage 3: Vorgesehen ist die Sanierung von vier Schulen pro Jahr. Begonnen wird 2026 mit der Grundschule Kirchheide-Nord, der Realschule am Stadtpark, der Grundschule Am Lindenhof und dem Städtischen Gymnasium Musterhausen.\n"
     "Zu Frage 4: An sechs Schulen wird seit Februar 2026 testweise eine zweite Reinigung der Toiletten am Mittag durchgeführt. Über eine Ausweitung wird nach Auswertung im Sommer 2026 entschieden.",
  cons=[("S2", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["TOI"])

P("DTS", "0099/2026", "Beschlussvorlage", "2026-03-02", "Schülerbeförderung: Umstellung auf das Deutschlandticket Schule", "FB4",
  sv="Anspruchsberechtigte Schülerinnen und Schüler erhalten derzeit ein Schülerticket des Verkehrsverbunds. Ab dem 01.08.2026 soll stattdessen das Deutschlandticket Schule ausgegeben werden, das bundesweit im Nahverkehr gilt. "
     "Der Eigenanteil der Eltern beträgt künftig 12 Euro pro Monat; für Kinder aus Familien mit Leistungsbezug entfällt der Eigenanteil. Betroffen sind rund 3.100 Schülerinnen und Schüler.",
  bv="Der Schulausschuss beschließt die Umstellung der Schülerbeförderung auf das Deutschlandticket Schule zum 01.08.2026.",
  fin="Es entstehen Mehrkosten von rund 190.000 Euro jährlich.",
  cons=[("S2", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

# ---------------------------------------------------------------- Jugend
P("KITA", "VO/2025/0398", "Beschlussvorlage", "2025-08-12", "Neufassung der Satzung über Elternbeiträge für Kindertageseinrichtungen und Kindertagespflege ab dem Kindergartenjahr 2026/27", "FB4",
  sv="Die geltende Elternbeitragssatzung stammt aus dem Jahr 2019. Die Verwaltung schlägt eine Neufassung zum Kindergartenjahr 2026/27 (ab 01.08.2026) vor. "
     "Die Einkommensgrenze, bis zu der keine Elternbeiträge erhoben werden, soll von 25.000 Euro auf 30.000 Euro Jahreseinkommen angehoben werden. "
     "Die Beitragstabelle wird auf neun Einkommensstufen umgestellt. Der Höchstbeitrag für ein Kind unter drei Jahren mit 45 Stunden Betreuungszeit steigt von 452 Euro auf 489 Euro monatlich. "
     "Geschwisterkinder bleiben beitragsfrei. Die Regelungen gelten gleichermaßen für die Kindertagespflege.",
  bv="Der Rat beschließt die Satzung über die Erhebung von Elternbeiträgen für Kindertageseinrichtungen und Kindertagespflege in der als Anlage beigefügten Fassung mit Wirkung zum 01.08.2026.",
  fin="Den Mindererträgen durch die höhere Einkommensgrenze von rund 210.000 Euro stehen Mehrerträge von rund 380.000 Euro gegenüber.",
  cons=[("J1", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R3", "Entscheidung", "geändert beschlossen",
         "Der Rat beschließt die Elternbeitragssatzung mit der Änderung, dass der Höchstbeitrag auf 470 Euro monatlich begrenzt wird. Abstimmungsergebnis: 29 Ja-Stimmen, 22 Nein-Stimmen, 2 Enthaltungen.")])

P("KTP", "A 33/2025", "Antrag", "2025-08-25", "Geschwisterregelung auch bei gleichzeitiger Betreuung in Kita und Offener Ganztagsschule", "SLM",
  sv="Nach der geltenden Regelung zahlen Familien, deren Kinder gleichzeitig eine Kita und die Offene Ganztagsschule besuchen, für beide Kinder Beiträge, weil die Geschwisterregelung nur innerhalb derselben Satzung gilt. "
     "Das belastet gerade Familien mit mittleren Einkommen.",
  bv="Werden Geschwister gleichzeitig in einer Kindertageseinrichtung oder Kindertagespflege und in der Offenen Ganztagsschule betreut, ist nur für das Kind mit dem höchsten Beitrag ein Elternbeitrag zu zahlen.",
  cons=[("J1", "Vorberatung", "verwiesen in den Hauptausschuss", None),
        ("H1", "Entscheidung", "ungeändert beschlossen",
         "Der Hauptausschuss beschließt den Antrag. Die Verwaltung wird beauftragt, die OGS-Beitragssatzung zum 01.08.2026 entsprechend anzupassen. Abstimmungsergebnis: einstimmig.")])

P("KBP", "0101/2026", "Mitteilungsvorlage", "2026-04-02", "Kindertagesbetreuung: Bedarfsplanung für das Kindergartenjahr 2026/27", "FB4",
  sv="Nach Auswertung der Anmeldungen über den Kita-Navigator werden für das Kindergartenjahr 2026/27 insgesamt 1.020 Plätze für Kinder unter drei Jahren benötigt. Vorhanden sind 806 Plätze; es fehlen damit 214 Plätze. "
     "Die Versorgungsquote für Kinder unter drei Jahren beträgt 41 % (Ziel: 50 %), für Kinder über drei Jahren 97 %. "
     "Zur Verbesserung sind der Neubau der Kita Am Mühlenbach mit sechs Gruppen (2028), die Erweiterung der Kita Sonnenblume um zwei Gruppen und zusätzliche Großtagespflegestellen mit 27 Plätzen geplant.",
  cons=[("J2", "Kenntnisnahme", "zur Kenntnis genommen", None)])

P("KMB", "0102/2026", "Beschlussvorlage", "2026-04-02", "Neubau der Kindertageseinrichtung „Am Mühlenbach“ – Auswahl des Trägers", "FB4",
  sv="Im Baugebiet des Bebauungsplans Nr. 112 entsteht eine Kindertageseinrichtung mit sechs Gruppen und 110 Plätzen, davon 40 für Kinder unter drei Jahren. Das Gebäude wird von einem Investor errichtet und von der Stadt angemietet. "
     "Im Interessenbekundungsverfahren gingen vier Bewerbungen ein. Bewertet wurden das pädagogische Konzept, das Inklusionskonzept und die Erfahrung der Träger. "
     "Die beste Bewertung erhielt der Kinderwelt Musterhausen e. V. mit 87 von 100 Punkten. Die Inbetriebnahme ist zum 01.08.2028 vorgesehen.",
  bv="Der Jugendhilfeausschuss beschließt, die Trägerschaft der Kindertageseinrichtung „Am Mühlenbach“ dem Kinderwelt Musterhausen e. V. zu übertragen.",
  fin="Die Betriebskosten werden nach dem Kinderbildungsgesetz gefördert; der städtische Anteil beträgt rund 410.000 Euro jährlich ab 2028.",
  cons=[("J2", "Entscheidung", "ungeändert beschlossen", "Die Trägerschaft der Kindertageseinrichtung „Am Mühlenbach“ wird dem Kinderwelt Musterhausen e. V. übertragen. Abstimmungsergebnis: einstimmig.")], related=["BP112B"])

P("JUF", "0103/2026", "Beschlussvorlage", "2026-04-07", "Neufassung der Richtlinien zur Förderung der Jugendverbandsarbeit", "FB4",
  sv="Die Richtlinien zur Förderung der Jugendverbandsarbeit stammen aus dem Jahr 2012. Der Zuschuss für Ferienfreizeiten soll von 8 Euro auf 12 Euro je Teilnehmerin bzw. Teilnehmer und Tag steigen. "
     "Neu eingeführt werden eine Pauschale für Inhaberinnen und Inhaber der Jugendleiter-Card sowie eine Grundförderung für alle anerkannten Jugendverbände. Das Förderbudget steigt von 145.000 Euro auf 182.000 Euro.",
  bv="Der Jugendhilfeausschuss beschließt die Richtlinien zur Förderung der Jugendverbandsarbeit in der Stadt Musterhausen mit Wirkung zum 01.01.2027.",
  fin="Mehraufwand von 37.000 Euro jährlich ab 2027.",
  cons=[("J2", "Entscheidung", "vertagt", "Die Beratung wird vertagt, da der Stadtjugendring um Gelegenheit zur Stellungnahme gebeten hat.")])

# ---------------------------------------------------------------- Rat, Hauptausschuss, Organisation
P("SCHIED", "VO/2025/0101", "Beschlussvorlage", "2025-02-11", "Wahl einer Schiedsperson für den Schiedsamtsbezirk Musterhausen-Nord", "FB3",
  sv="Die Amtszeit der Schiedsperson für den Schiedsamtsbezirk Musterhausen-Nord, Herrn Gerhard Vossberg, endet am 30.04.2025. Herr Vossberg steht für eine weitere Amtszeit nicht zur Verfügung. "
     "Die Verwaltung schlägt Frau Dagmar Kleinschmidt, Justizfachwirtin im Ruhestand, vor. Die Amtszeit beträgt fünf Jahre. Die Wahl bedarf der Bestätigung durch die Direktorin des Amtsgerichts Musterhausen.",
  bv="Der Rat wählt Frau Dagmar Kleinschmidt für die Dauer von fünf Jahren zur Schiedsperson für den Schiedsamtsbezirk Musterhausen-Nord.",
  fin="Keine.",
  cons=[("R1", "Entscheidung", "ungeändert beschlossen", "Frau Dagmar Kleinschmidt wird einstimmig gewählt.")])

P("AUS", "VO/2025/0560", "Beschlussvorlage", "2025-10-20", "Bildung der Ausschüsse und Festlegung der Zahl der Mitglieder für die Wahlperiode 2025–2030", "FB1",
  sv="Nach der Kommunalwahl vom 14.09.2025 hat der Rat in seiner konstituierenden Sitzung die Ausschüsse zu bilden. Pflichtausschüsse sind der Hauptausschuss, der Finanzausschuss, der Rechnungsprüfungsausschuss, der Wahlprüfungsausschuss und der Jugendhilfeausschuss. "
     "Daneben schlägt die Verwaltung folgende Fachausschüsse vor: Ausschuss für Verwaltung, Wirtschaft und Digitalisierung; Ausschuss für Stadtentwicklung und Bauen; Schulausschuss; Ausschuss für Umwelt und Klimaschutz; Ausschuss für Soziales, Gesundheit und Integration. "
     "Der Ausschuss für Umwelt und Klimaschutz wird neu gebildet; die Zuständigkeit für Mobilität geht auf den Ausschuss für Stadtentwicklung und Bauen über. "
     "Die Fachausschüsse sollen jeweils 17 Mitglieder haben, der Hauptausschuss 19 Mitglieder zuzüglich der Bürgermeisterin.",
  bv="Der Rat bildet die in der Begründung genannten Ausschüsse und legt die Zahl der Mitglieder wie vorgeschlagen fest.",
  fin="Keine.",
  cons=[("R2", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("STV", "VO/2025/0561", "Beschlussvorlage", "2025-10-20", "Wahl der ehrenamtlichen Stellvertreterinnen und Stellvertreter der Bürgermeisterin", "FB1",
  sv="Nach § 67 der Gemeindeordnung NRW wählt der Rat aus seiner Mitte ohne Aussprache die ehrenamtlichen Stellvertreterinnen und Stellvertreter der Bürgermeisterin. Die Wahl erfolgt nach den Grundsätzen der Verhältniswahl. "
     "Die Hauptsatzung sieht drei Stellvertretungen vor.",
  bv="Der Rat wählt drei ehrenamtliche Stellvertreterinnen und Stellvertreter der Bürgermeisterin.",
  fin="Die Aufwandsentschädigung richtet sich nach der Entschädigungsverordnung NRW.",
  cons=[("R2", "Entscheidung", "gewählt",
         "Gewählt wurden: 1. stellvertretende Bürgermeisterin Monika Brandes (BLM), 2. stellvertretender Bürgermeister Bernd Kowalczyk (SLM), 3. stellvertretende Bürgermeisterin Miriam Sander (GZM).")])

P("HS", "0140/2026", "Beschlussvorlage", "2026-05-12", "3. Satzung zur Änderung der Hauptsatzung – Hybride Ausschusssitzungen", "FB1",
  sv="Die Gemeindeordnung NRW ermöglicht es, in der Hauptsatzung die Teilnahme an Ausschusssitzungen per Videokonferenz zuzulassen. "
     "Die Verwaltung schlägt vor, hybride Sitzungen für alle Ausschüsse und die Bezirksvertretungen zu ermöglichen, nicht jedoch für den Rat. Geheime Abstimmungen und Wahlen bleiben Präsenzsitzungen vorbehalten. "
     "Für die technische Ausstattung von zwei Sitzungsräumen entstehen einmalige Kosten.",
  bv="Der Rat beschließt die 3. Satzung zur Änderung der Hauptsatzung der Stadt Musterhausen.",
  fin="Einmalige Kosten für Medientechnik von 68.000 Euro.",
  cons=[("H2", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R4", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 44 Ja-Stimmen, 9 Nein-Stimmen.")])

P("LIVE", "A 25/2026", "Antrag", "2026-05-18", "Livestream der öffentlichen Ratssitzungen", "BLM",
  sv="Viele Bürgerinnen und Bürger können Ratssitzungen nicht persönlich verfolgen. Ein Livestream stärkt Transparenz und Beteiligung; zahlreiche Städte in NRW übertragen ihre Sitzungen bereits.",
  bv="Ab dem 01.01.2027 werden alle öffentlichen Sitzungen des Rates per Livestream übertragen und für drei Monate in einer Mediathek bereitgestellt.",
  cons=[("H2", "Vorberatung", "verwiesen in den Ausschuss für Verwaltung, Wirtschaft und Digitalisierung", None)])

P("BET", "0145/2026", "Mitteilungsvorlage", "2026-05-20", "Beteiligungsbericht 2025 der Stadt Musterhausen", "FB2",
  sv="Die Stadt ist an elf Unternehmen unmittelbar oder mittelbar beteiligt. Die Stadtwerke Musterhausen GmbH erzielten 2025 einen Jahresüberschuss von 6,8 Mio. Euro (Vorjahr: 5,9 Mio. Euro). "
     "Die Musterhausener Wohnungsbaugesellschaft mbH bewirtschaftet 2.430 Wohnungen und erzielte einen Jahresüberschuss von 1,9 Mio. Euro. "
     "Der Verlustausgleich für den öffentlichen Nahverkehr der Verkehrsgesellschaft Musterhausen mbH betrug 7,4 Mio. Euro. "
     "Die Wirtschaftsförderungsgesellschaft Musterhausen mbH wird über einen jährlichen Zuschuss von 1,1 Mio. Euro finanziert.",
  cons=[("H2", "Kenntnisnahme", "zur Kenntnis genommen", None)])

P("GZ", "VO/2025/0470", "Beschlussvorlage", "2025-08-20", "Gründerzentrum im ehemaligen Postgebäude an der Bahnhofstraße", "FB1",
  sv="Die Stadt hat das ehemalige Postgebäude an der Bahnhofstraße im Jahr 2023 erworben. Es soll zu einem Gründerzentrum mit 2.100 m² Nutzfläche umgebaut werden; vorgesehen sind 24 Büros, ein Coworking-Bereich und eine Werkstatt. "
     "Betreiberin wird die Wirtschaftsförderungsgesellschaft Musterhausen mbH. Die Eröffnung ist für den Herbst 2027 geplant.",
  bv="Der Hauptausschuss beschließt den Umbau des ehemaligen Postgebäudes zu einem Gründerzentrum und beauftragt die Verwaltung mit der Beantragung von Fördermitteln.",
  fin="Die Umbaukosten betragen 5,6 Mio. Euro; aus dem regionalen Wirtschaftsförderungsprogramm des Landes werden 60 % (3,36 Mio. Euro) erwartet.",
  cons=[("H1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 16 Ja-Stimmen, 3 Nein-Stimmen.")])

# ---------------------------------------------------------------- Bezirksvertretung Innenstadt
P("LIND", "VO/2025/0302", "Beschlussvorlage", "2025-08-26", "Einrichtung einer Fahrradstraße in der Lindenallee", "FB5",
  sv="Die Lindenallee ist eine wichtige Verbindung für den Radverkehr zwischen Bahnhof, Innenstadt und Stadtpark; täglich fahren hier rund 2.600 Radfahrende. "
     "Als vorgezogene Maßnahme aus dem Entwurf des Radverkehrskonzepts 2030 soll die Lindenallee zwischen Bahnhofstraße und Am Stadtpark auf 1,3 km Länge als Fahrradstraße ausgewiesen werden; Kraftfahrzeuge bleiben als Anlieger zugelassen. "
     "Für eine ausreichende Fahrgassenbreite müssen nach der Planung 46 Parkplätze entfallen.",
  bv="Die Bezirksvertretung Innenstadt beschließt die Einrichtung einer Fahrradstraße in der Lindenallee zwischen Bahnhofstraße und Am Stadtpark.",
  fin="Die Kosten betragen rund 280.000 Euro; eine Förderung von 70 % wird beantragt.",
  cons=[("BI1", "Entscheidung", "geändert beschlossen",
         "Die Bezirksvertretung beschließt die Fahrradstraße mit der Maßgabe, dass statt 46 nur 31 Parkplätze entfallen und zwei Lieferzonen eingerichtet werden. Abstimmungsergebnis: 11 Ja-Stimmen, 6 Nein-Stimmen.")],
  related=["RAD"])

P("SPIEL", "VO/2025/0480", "Beschlussvorlage", "2025-08-28", "Neugestaltung des Spielplatzes im Rosenpark", "FB5",
  sv="Der Spielplatz im Rosenpark stammt aus den 1990er Jahren; mehrere Geräte mussten bereits gesperrt werden. In einer Beteiligung mit zwei Kitas und der Grundschule Rosenpark wünschten sich die Kinder ein Wasserspiel, einen Kletterturm, eine inklusive Nestschaukel und mehr Schattenplätze. "
     "Die Planung greift diese Wünsche auf. Die Umsetzung ist im Frühjahr 2026 vorgesehen.",
  bv="Die Bezirksvertretung Innenstadt beschließt die Neugestaltung des Spielplatzes im Rosenpark nach dem vorgestellten Entwurf.",
  fin="Die Kosten betragen 240.000 Euro.",
  cons=[("BI1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("BANK", "VO/2025/0481", "Beschlussvorlage", "2025-09-01", "Möblierung der Fußgängerzone Bahnhofstraße: Sitzbänke, Abfallbehälter und Fahrradbügel", "FB5",
  sv="Die Ausstattung der Fußgängerzone Bahnhofstraße ist veraltet. Vorgesehen sind 18 neue Sitzbänke mit Rücken- und Armlehnen, 12 Abfallbehälter mit integriertem Ascher sowie 40 Fahrradbügel. "
     "Die Auswahl der Bänke wurde mit dem Seniorenbeirat und dem Behindertenbeirat abgestimmt.",
  bv="Die Bezirksvertretung Innenstadt beschließt die Neumöblierung der Fußgängerzone Bahnhofstraße.",
  fin="Die Kosten betragen 96.000 Euro.",
  cons=[("BI1", "Entscheidung", "ungeändert beschlossen", None)])

P("WM", "0175/2026", "Mitteilungsvorlage", "2026-08-24", "Weihnachtsmarkt 2026: Verlegung auf den Rathausplatz", "FB3",
  sv="Wegen der Kanalsanierung in der Kirchgasse kann der Weihnachtsmarkt 2026 nicht wie gewohnt auf dem Kirchplatz stattfinden. Er wird daher auf den Rathausplatz verlegt. "
     "Der Markt findet vom 23.11. bis 23.12.2026 mit 48 Ständen statt. Die Eisbahn entfällt in diesem Jahr aus Platzgründen. Das Sicherheitskonzept sieht einen Zufahrtsschutz mit mobilen Pollern vor.",
  cons=[("BI2", "Kenntnisnahme", "zur Kenntnis genommen", None)])

# ---------------------------------------------------------------- Bezirksvertretung Kirchheide
P("MP", "850/26", "Beschlussvorlage", "2026-01-05", "Umgestaltung des Marktplatzes Kirchheide – Entwurfsplanung", "FB5",
  sv="Der Marktplatz Kirchheide wurde 1978 angelegt und umfasst 4.200 m². Ziele der Umgestaltung sind mehr Aufenthaltsqualität, Barrierefreiheit und bessere Bedingungen für den Wochenmarkt. "
     "Der Entwurf sieht vor, 30 % der Fläche zu entsiegeln, ein Wasserspiel anzulegen und 12 Bäume neu zu pflanzen. Wegen der Verlegung von Versorgungsleitungen müssten 4 der 9 Platanen gefällt werden. "
     "Die Zahl der Stellplätze sinkt von 38 auf 22. Die Bürgerinnen und Bürger wurden im September 2025 in einer Planungswerkstatt beteiligt.",
  bv="Die Bezirksvertretung Kirchheide beschließt die Entwurfsplanung für die Umgestaltung des Marktplatzes Kirchheide.",
  fin="Die Kosten betragen 2,45 Mio. Euro; aus der Städtebauförderung werden 60 % erwartet.",
  cons=[("BK1", "Entscheidung", "vertagt", "Die Bezirksvertretung vertagt die Entscheidung und bittet die Verwaltung, eine Planungsvariante mit Erhalt aller Platanen vorzulegen."),
        ("BK2", "Entscheidung", "erledigt", "Die Vorlage ist durch die Ergänzungsvorlage 850/26 A erledigt.")],
  loc="MPK")

P("MPA", "850/26 A", "Ergänzungsvorlage", "2026-04-14", "Umgestaltung des Marktplatzes Kirchheide – Ergänzung: Planungsvariante mit Erhalt aller Platanen", "FB5",
  sv="Die Bezirksvertretung Kirchheide hat die Verwaltung am 21.01.2026 gebeten, eine Variante mit Erhalt aller Platanen vorzulegen. In der Variante B bleiben alle 9 Platanen erhalten; die Versorgungsleitungen werden am Nordrand des Platzes verlegt. "
     "Der Anteil der entsiegelten Fläche sinkt auf 26 %, die Zahl der Stellplätze beträgt 26. Das Wasserspiel wird an den Südrand verschoben. "
     "Die Mehrkosten betragen 180.000 Euro, die Gesamtkosten damit 2,63 Mio. Euro. Der Baubeginn ist für das Frühjahr 2027 vorgesehen.",
  bv="Die Bezirksvertretung Kirchheide beschließt die Entwurfsplanung für die Umgestaltung des Marktplatzes Kirchheide in der Variante B (Erhalt aller Platanen).",
  fin="Gesamtkosten 2,63 Mio. Euro, Förderquote 60 %.",
  cons=[("BK2", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")], related=["MP"], loc="MPK",
  aux=[("Anlage – Variantenvergleich Marktplatz Kirchheide",
        "Umgestaltung des Marktplatzes Kirchheide – Vergleich der Planungsvarianten A und B\n\n"
        "Variante A (Entwurf der Vorlage 850/26): Entsiegelung 30 % der Fläche, 12 Neupflanzungen, Fällung von 4 Platanen, 22 Stellplätze, Wasserspiel in der Platzmitte, Kosten 2,45 Mio. Euro.\n\n"
        "Variante B (Ergänzungsvorlage 850/26 A): Entsiegelung 26 % der Fläche, 9 Neupflanzungen, Erhalt aller 9 Platanen, 26 Stellplätze, Wasserspiel am Südrand, Kosten 2,63 Mio. Euro.\n\n"
        "Bewertung: Variante B erhält den prägenden alten Baumbestand, der nach dem Baumgutachten in gutem Zustand ist und eine Restlebensdauer von mindestens 40 Jahren erwarten lässt. "
        "Der Schattenwurf der Platanen verbessert die Aufenthaltsqualität im Sommer deutlich. Nachteilig sind die höheren Kosten für die Verlegung der Versorgungsleitungen am Nordrand und die etwas kleinere entsiegelte Fläche. "
        "Für den Wochenmarkt bieten beide Varianten ausreichend Platz für bis zu 28 Stände; in Variante B ist die Anlieferung über die Nordseite sogar einfacher.\n\n"
        "Ergebnis der Abstimmung mit den Marktbeschickern und dem Heimatverein Kirchheide: Beide sprechen sich für Variante B aus. Die Verwaltung empfiehlt daher Variante B.")])

P("STRN", "851/26", "Beschlussvorlage", "2026-01-07", "Benennung einer Planstraße im Baugebiet Kirchheide-West („Else-Brandt-Weg“)", "FB5",
  sv="Im Baugebiet Kirchheide-West ist eine neue Erschließungsstraße zu benennen. Der Heimatverein Kirchheide schlägt vor, die Straße nach Else Brandt (1902–1987) zu benennen. "
     "Else Brandt war von 1931 bis 1967 Hebamme in Kirchheide und hat in dieser Zeit mehr als 3.000 Geburten begleitet. Der Anteil nach Frauen benannter Straßen liegt in Musterhausen bislang bei 8 %.",
  bv="Die Bezirksvertretung Kirchheide beschließt, die Planstraße A im Baugebiet Kirchheide-West „Else-Brandt-Weg“ zu benennen.",
  fin="Kosten für Straßennamensschilder von rund 1.500 Euro.",
  cons=[("BK1", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: einstimmig.")])

P("BZM", "852/26", "Beschlussvorlage", "2026-01-08", "Verwendung der bezirksbezogenen Mittel 2026 im Stadtbezirk Kirchheide", "FB1",
  sv="Der Bezirksvertretung Kirchheide stehen 2026 bezirksbezogene Mittel von 38.500 Euro zur Verfügung. Die Verwaltung schlägt auf Grundlage der eingegangenen Anträge folgende Verwendung vor: "
     "Heimatverein Kirchheide e. V., Druck einer Ortschronik: 4.500 Euro; TuS Kirchheide 1911 e. V., Erneuerung der Vereinsheimküche: 8.000 Euro; Förderverein der Grundschule Kirchheide-Nord, Schulgarten: 3.000 Euro; "
     "Seniorentreff Kirchheide: 2.500 Euro; Kirchheider Adventsmarkt: 3.500 Euro; Sitzbänke und Blühwiesen im Stadtbezirk: 12.000 Euro; Reserve: 5.000 Euro.",
  bv="Die Bezirksvertretung Kirchheide beschließt die Verwendung der bezirksbezogenen Mittel 2026 wie vorgeschlagen.",
  fin="Die Mittel von 38.500 Euro stehen im Haushalt 2026 zur Verfügung.",
  cons=[("BK1", "Entscheidung", "ungeändert beschlossen", "Die Mittel werden wie vorgeschlagen vergeben, darunter 4.500 Euro an den Heimatverein Kirchheide e. V. für den Druck einer Ortschronik. Abstimmungsergebnis: einstimmig.")])

P("BP115", "0165/2026", "Beschlussvorlage", "2026-08-25", "Bebauungsplan Nr. 115 „Nahversorgung Kirchheide-West“ – Aufstellungsbeschluss", "FB5",
  sv="Im Stadtbezirk Kirchheide fehlt im Westen eine fußläufig erreichbare Nahversorgung. Ein Investor beabsichtigt, am Kreisverkehr Kirchheider Straße einen Lebensmittelvollsortimenter mit 1.800 m² Verkaufsfläche und einen Drogeriemarkt mit 700 m² Verkaufsfläche zu errichten. "
     "Das Plangebiet umfasst rund 1,8 ha. Das Einzelhandelskonzept der Stadt sieht an dieser Stelle einen Nahversorgungsstandort vor. Die Kosten der Planung trägt der Investor auf Grundlage eines städtebaulichen Vertrags.",
  bv="Der Ausschuss für Stadtentwicklung und Bauen beschließt die Aufstellung des Bebauungsplans Nr. 115 „Nahversorgung Kirchheide-West“.",
  fin="Keine.",
  cons=[("B3", "Entscheidung", "ungeändert beschlossen", "Abstimmungsergebnis: 16 Ja-Stimmen, 1 Nein-Stimme.")])

# ---------------------------------------------------------------- Finanzen 2027
P("HH27", "0201/2026", "Mitteilungsvorlage", "2026-10-20", "Eckdaten des Haushaltsplanentwurfs 2027", "FB2",
  sv="Der Entwurf des Haushaltsplans 2027 weist ordentliche Erträge von 431,2 Mio. Euro und ordentliche Aufwendungen von 445,9 Mio. Euro aus; der Fehlbetrag beträgt 14,7 Mio. Euro. "
     "Die Ausgleichsrücklage reicht zur Deckung nicht mehr vollständig aus, sodass auch die allgemeine Rücklage in Anspruch genommen werden muss. Ein Haushaltssicherungskonzept ist nach derzeitigem Stand nicht erforderlich. "
     "Wesentliche Ursachen sind eine um 3,1 Mio. Euro höhere Kreisumlage und um 4,6 % steigende Personalaufwendungen. Das Investitionsvolumen beträgt 63,0 Mio. Euro. "
     "Der Entwurf soll in der Sitzung des Rates am 03.12.2026 eingebracht und im Februar 2027 verabschiedet werden.",
  cons=[("F3", "Kenntnisnahme", "zur Kenntnis genommen", None)], related=["HH"])

P("GRST", "0190/2026", "Beschlussvorlage", "2026-10-13", "Hebesätze der Grundsteuer ab 2027 – Beibehaltung der differenzierten Hebesätze", "FB2",
  sv="Seit dem 01.01.2025 erhebt die Stadt die Grundsteuer B mit differenzierten Hebesätzen: 610 % für Wohngrundstücke und 980 % für Nichtwohngrundstücke. Ein einheitlicher aufkommensneutraler Hebesatz hätte bei 745 % gelegen und Wohneigentum stärker belastet. "
     "Das Aufkommen der Grundsteuer B betrug 2025 rund 27,9 Mio. Euro. Die Rechtmäßigkeit differenzierter Hebesätze ist Gegenstand verwaltungsgerichtlicher Verfahren; eine abschließende höchstrichterliche Entscheidung liegt noch nicht vor. "
     "Die Verwaltung empfiehlt, die differenzierten Hebesätze für 2027 unverändert beizubehalten.",
  bv="Der Rat beschließt, die Hebesätze der Grundsteuer B für das Haushaltsjahr 2027 unverändert bei 610 % für Wohngrundstücke und 980 % für Nichtwohngrundstücke festzusetzen.",
  fin="Das Aufkommen bleibt unverändert bei rund 27,9 Mio. Euro.",
  cons=[("F3", "Vorberatung", "mehrheitlich empfohlen", None),
        ("R5", "Entscheidung", None, None)], related=["HH"])

P("STR27", "0195/2026", "Beschlussvorlage", "2026-10-13", "13. Satzung zur Änderung der Straßenreinigungs- und Gebührensatzung (Gebühren 2027)", "FB5",
  sv="Die Gebührenbedarfsberechnung für 2027 ergibt ansatzfähige Kosten von 5,02 Mio. Euro. Der Allgemeinanteil bleibt bei 25 %. "
     "Die Jahresgebühren je Frontmeter betragen künftig: Reinigungsklasse 1 3,51 Euro (bisher 3,38 Euro), Reinigungsklasse 2 6,84 Euro (bisher 6,59 Euro), Reinigungsklasse 3 22,10 Euro (bisher 21,40 Euro). "
     "Die Gebühr für den Winterdienst steigt von 0,71 Euro auf 0,74 Euro je Frontmeter. Für ein Einfamilienhaus mit 15 Metern Front in Reinigungsklasse 1 mit Winterdienst steigt die Jahresbelastung von 61,35 Euro auf 63,75 Euro.",
  bv="Der Rat beschließt die 13. Satzung zur Änderung der Satzung über die Straßenreinigung und die Erhebung von Straßenreinigungsgebühren. Die Satzung tritt am 01.01.2027 in Kraft.",
  fin="Die Gebühren sind kostendeckend kalkuliert.",
  cons=[("F3", "Vorberatung", "einstimmig empfohlen", None),
        ("R5", "Entscheidung", None, None)], related=["STR"])

# Drucksachen im OParl-1.0-Format (Altdaten aus dem Vorgängersystem, 2024)
PAPERS_10 = []


def P10(key, ref, ptype, date, name, by, sv, bv="", fin=""):
    PAPERS_10.append(dict(key=key, ref=ref, ptype=ptype, date=date, name=name, by=by, sv=sv, bv=bv, fin=fin,
                          cons=[], aux=[], related=[], loc=None, mime="application/pdf"))


P10("L1", "2024/2701", "Beschlussvorlage", "2024-06-11", "Fortschreibung des Einzelhandels- und Zentrenkonzepts", "FB5",
    sv="Das Einzelhandels- und Zentrenkonzept der Stadt Musterhausen aus dem Jahr 2013 wurde durch ein Fachgutachten fortgeschrieben. Es definiert den zentralen Versorgungsbereich Innenstadt, das Nebenzentrum Kirchheide und vier Nahversorgungsstandorte, darunter Kirchheide-West. "
       "Die Liste der zentrenrelevanten Sortimente wurde aktualisiert; Bekleidung, Schuhe, Bücher und Unterhaltungselektronik bleiben zentrenrelevant. Großflächiger Einzelhandel mit diesen Sortimenten ist außerhalb der Innenstadt künftig ausgeschlossen. "
       "Das Konzept dient als städtebauliches Entwicklungskonzept im Sinne des § 1 Abs. 6 Nr. 11 BauGB und ist bei der Bauleitplanung zu berücksichtigen.",
    bv="Der Rat beschließt die Fortschreibung des Einzelhandels- und Zentrenkonzepts als städtebauliches Entwicklungskonzept.",
    fin="Die Kosten des Gutachtens von 48.000 Euro wurden 2023 verausgabt.")
P10("L2", "2024/2755", "Beschlussvorlage", "2024-07-02", "Lärmaktionsplan der Stufe 4", "FB5",
    sv="Nach der EU-Umgebungslärmrichtlinie ist der Lärmaktionsplan alle fünf Jahre zu überprüfen. Die Lärmkartierung des Landes zeigt, dass rund 6.300 Einwohnerinnen und Einwohner nachts einem Straßenlärm von mehr als 55 dB(A) ausgesetzt sind, vor allem an der Hellwegstraße und der Kirchheider Straße. "
       "Vorgeschlagen werden unter anderem Tempo 30 in der Nacht auf drei Abschnitten, lärmmindernde Fahrbahnbeläge bei anstehenden Sanierungen und die Förderung des Radverkehrs. Die Öffentlichkeit wurde vom 15.04. bis 17.05.2024 beteiligt; es gingen 87 Hinweise ein.",
    bv="Der Rat beschließt den Lärmaktionsplan der Stufe 4.",
    fin="Die Maßnahmen werden im Rahmen der jeweiligen Haushaltsansätze umgesetzt.")
P10("L3", "2024/2802", "Beschlussvorlage", "2024-08-20", "Neufassung der Marktsatzung und der Marktgebührensatzung", "FB3",
    sv="Die Wochenmärkte in der Innenstadt und in Kirchheide finden dienstags und samstags statt. Die Marktsatzung aus dem Jahr 2005 wird an die Gewerbeordnung angepasst; neu geregelt werden die Vergabe der Standplätze nach transparenten Kriterien und die Nutzung von Stromanschlüssen. "
       "Die Marktstandgebühr beträgt künftig 2,10 Euro je laufendem Frontmeter und Markttag (bisher 1,80 Euro). Für Stände mit regionalen Produkten aus dem Kreis Musterland wird ein Nachlass von 20 % gewährt.",
    bv="Der Rat beschließt die Marktsatzung und die Marktgebührensatzung in der als Anlage beigefügten Fassung mit Wirkung zum 01.01.2025.",
    fin="Mehrerträge von rund 14.000 Euro jährlich.")
